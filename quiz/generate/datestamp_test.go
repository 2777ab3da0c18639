package generate

import (
	"strings"
	"testing"
)

// TestBlankDateStamp: a bare "date YYYY-MM-DD" stamp opening the text is
// blanked (same length, offsets kept) and no longer spoils the first
// sentence; a date written in the story, or a stamp anywhere else, is
// left as it is.
func TestBlankDateStamp(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{" date 2023-04-05 A ferry rescued five people.", "                \nA ferry rescued five people."},
		{"date 2023-04-05 A ferry rescued five people.", "               \nA ferry rescued five people."},
		// left alone
		{"date night 2023 was a success.", "date night 2023 was a success."},
		{"A ferry rescued five people. date 2023-04-05 was the day.", "A ferry rescued five people. date 2023-04-05 was the day."},
		{" date 2023-4-5 A ferry rescued five people.", " date 2023-4-5 A ferry rescued five people."},
		{"Date: 2023-04-05 A ferry rescued five people.", "Date: 2023-04-05 A ferry rescued five people."},
		{"date 2023-04-05", "date 2023-04-05"},
	} {
		got := blankDateStamp(c.text)
		if got != c.want {
			t.Errorf("blankDateStamp(%q) = %q, want %q", c.text, got, c.want)
		}
		if len(got) != len(c.text) {
			t.Errorf("blankDateStamp(%q): length %d, want %d", c.text, len(got), len(c.text))
		}
	}
	// Through the generator: the first sentence is asked as it would be
	// without the stamp, and no question carries the stamp.
	story := "A harbour ferry rescued five people after a small boat sank on Friday near Pine Island, in the north of the bay.\n" +
		"The ferry's crew pulled the five from the water within an hour.\n"
	plain, err := FromText("", story)
	if err != nil {
		t.Fatal(err)
	}
	stamped, err := FromText("", " date 2023-04-05 "+story)
	if err != nil {
		t.Fatalf("stamped: %v (without the stamp: %d questions)", err, len(plain.Quiz.Questions))
	}
	if len(stamped.Quiz.Questions) != len(plain.Quiz.Questions) {
		t.Errorf("stamped: %d questions, without the stamp %d", len(stamped.Quiz.Questions), len(plain.Quiz.Questions))
	}
	for _, q := range stamped.Quiz.Questions {
		if strings.Contains(q.Prompt, "2023-04-05") {
			t.Errorf("question carries the stamp: %q", q.Prompt)
		}
	}
}
