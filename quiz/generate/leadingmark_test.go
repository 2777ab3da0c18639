package generate

import "testing"

// TestLeadingMark: a reference mark or a paragraph's number opening a
// sentence's span is no part of the sentence; a bracketed year is.
func TestLeadingMark(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"glued to the full stop", "The course ran to the stadium (25 mi).[1] On May 3, 1902, Lars Holm won the first Nordic marathon.",
			"On May 3, 1902, Lars Holm won the first Nordic marathon."},
		{"after a space", "The course ran to the stadium. [3] Two sides of 11 players contest a match over five days.",
			"Two sides of 11 players contest a match over five days."},
		{"two marks", "The course ran to the stadium.[2][3] On May 3, 1902, Lars Holm won the race.",
			"On May 3, 1902, Lars Holm won the race."},
		{"a bracketed year stays", "The court sat in Velden. [2021] VLR 20 was the appeal of the three men.",
			"[2021] VLR 20 was the appeal of the three men."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sents := splitSentences(tc.text, tokenize(tc.text))
			last := sents[len(sents)-1]
			if got := tc.text[last.start:last.end]; got != tc.want {
				t.Errorf("last sentence %q, want %q", got, tc.want)
			}
		})
	}
	// The sentence after a glued mark gives its statement.
	w := writeAll(t, "Nordic marathon\n\nThe first course ran from Orn to the stadium in Velden, about 40 kilometres (25 mi).[1] On May 3, 1902, Danish carpenter Lars Holm won the first Nordic marathon in 3 hours 5 minutes and 2 seconds. The route was repeated when Velden hosted the Games in 1950.")
	found := false
	for _, c := range w.offered {
		found = found || c.q.Prompt == "According to the article, on May 3, 1902, Danish carpenter Lars Holm won the first Nordic marathon in 3 hours 5 minutes and 2 seconds."
	}
	if !found {
		t.Errorf("no statement of the sentence after the mark offered")
	}
}
