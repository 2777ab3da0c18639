package generate

import (
	"strings"
	"testing"
)

func TestTitleChain(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"Detective Sergeant Ann Cole", "Ann Cole"},
		{"Detective Chief Inspector Leon Marsh", "Leon Marsh"},
		{"Professor Emeritus Kofi Mensah", "Kofi Mensah"},
		{"Prince Faisal bin Farhan", "Faisal bin Farhan"},
		// A name of two words, or no rank, is left whole.
		{"Sergeant Pepper", "Sergeant Pepper"},
		{"Ann Cole", "Ann Cole"},
		{"Chief Joseph", "Chief Joseph"},
	} {
		if got := withoutNameTitle(c.name); got != c.want {
			t.Errorf("withoutNameTitle(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// boardArticle names a chairman by a rank of two words; a speaker is
// named by another.
const boardArticle = "New council for the Kelsey college\n\n" +
	"The Kelsey Technical College has a new governing council, with Professor Emeritus Kofi Mensah as its chairman.\n\n" +
	"\"This council will help the college absorb the many new students who will arrive next year,\" Detective Sergeant Ann Cole told the members.\n\n" +
	"\"We have waited for this council for many years,\" Mary Osei, the head of the students' union, said.\n\n" +
	"Peter Adjei, a lecturer, said the staff welcomed the news."

// TestTitleChainNames: no question names "Emeritus Kofi Mensah" or
// "Sergeant Ann Cole".
func TestTitleChainNames(t *testing.T) {
	res, err := FromText("", boardArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		all := q.Prompt
		for _, c := range q.Choices {
			all += " | " + c.Text
		}
		if strings.Contains(all, "Emeritus Kofi") || strings.Contains(all, "Sergeant Ann") {
			t.Errorf("a rank left on a name: %q", all)
		}
		t.Log(all)
	}
}
