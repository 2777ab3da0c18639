package generate

import (
	"strings"
	"testing"
)

// TestSidebarEnd: a title-case heading of a link list on a line of its own
// ends the story (every sentence after it is furniture); under it with a
// bulleted list, only the heading and the list are. The words in a
// sentence, or in lower case, end nothing.
func TestSidebarEnd(t *testing.T) {
	const story = "Cabinet shuffle in Delhi\n\nThe prime minister named 43 ministers on Wednesday.\n\n"
	const after = "Floods hit Karachi and Lahore in Pakistan\n\nThe rain fell for three days in the north of the country.\n"
	cases := []struct {
		name, text string
		ends       bool // the sentences after the heading are furniture
	}{
		{"recent posts", story + "Recent Posts\n\n" + after, true},
		{"related with a colon", story + "Related:\n\n" + after, true},
		{"most popular", story + "Most Popular\n" + after, true},
		{"in a sentence", story + "Related articles here.\n\n" + after, false},
		{"lower case", story + "recent posts\n\n" + after, false},
		{"a title that starts so", story + "Recent Posts From Karachi Show Rain\n\n" + after, false},
	}
	for _, c := range cases {
		sents := splitSentences(c.text, tokenize(c.text))
		last := sents[len(sents)-1]
		if last.furniture != c.ends {
			t.Errorf("%s: last sentence %q furniture %v, want %v", c.name, c.text[last.start:last.end], last.furniture, c.ends)
		}
		if sents[1].furniture {
			t.Errorf("%s: the story's sentence is furniture", c.name)
		}
	}
	// A box of links inside the story: the story goes on after its list.
	text := story + "Most Read\n- 1 Floods hit Karachi in Pakistan\n- 2 Rain falls for three days\nThe ministers were sworn in on Thursday.\n"
	sents := splitSentences(text, tokenize(text))
	for _, s := range sents {
		line := text[s.start:s.end]
		want := strings.Contains(line, "Karachi") || strings.Contains(line, "Rain falls") || line == "Most Read" || !strings.ContainsAny(line, "abcdefghijklmnopqrstuvwxyz")
		if s.furniture != want {
			t.Errorf("box of links: %q furniture %v, want %v", line, s.furniture, want)
		}
	}
}

// TestSidebarCountry: the countries of a sidebar's headlines give no
// country to the story's president.
func TestSidebarCountry(t *testing.T) {
	text := "Twelve ministers quit before a cabinet shuffle\n\n" +
		"President Ram Nath Kovind accepted the resignation of all 12 ministers on Wednesday.\n\n" +
		"The new ministers will be sworn in on Thursday evening, the office said.\n\n" +
		"Recent Posts\n\n" +
		"Floods Hit Karachi As Pakistan Braces For More Rain\n\n" +
		"Karachi: Heavy rain lashed the city for a third day…\n\n" +
		"Pakistan Names New Army Chief After Long Wait\n\n" +
		"Islamabad: Pakistan on Friday named a new army chief…\n"
	res, err := FromText("", text)
	if err != nil && res.Quiz == nil {
		t.Fatal(err)
	}
	for _, f := range res.Facts {
		if f.Kind == Leader && f.Country == "Pakistan" {
			t.Errorf("leader %q given the sidebar's country", f.Text)
		}
	}
	if res.Quiz != nil {
		for _, q := range res.Quiz.Questions {
			if strings.Contains(q.Prompt, "Pakistan") {
				t.Errorf("question from the sidebar: %q", q.Prompt)
			}
		}
	}
}
