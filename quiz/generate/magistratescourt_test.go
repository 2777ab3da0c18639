package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestMagistratesCourt checks where-questions on a magistrates' court: the
// court's name is found whole ("Magistrates'" is no possessive that ends
// it), a defendant who appeared there is asked among other magistrates'
// courts (never among crown courts), and only when the article shows it
// is British and names no other court in a sentence about the defendant.
func TestMagistratesCourt(t *testing.T) {
	tests := []struct {
		name, text, prompt, answer string
	}{
		{"a British story, pounds", "Tom Hale was fined £200 for the theft. Tom Hale appeared at Carlisle Magistrates' Court on Monday.",
			"Where did Tom Hale appear?", "Carlisle Magistrates' Court"},
		{"an aside of age and address", "The thief was fined £200. Tom Hale, 42, of Mill Lane, appeared at Kendal Magistrates Court on Monday.",
			"Where did Tom Hale appear?", "Kendal Magistrates Court"},
		{"a British story, a known city", "Tom Hale was arrested in Leeds in May. Tom Hale appeared at Kendal Magistrates Court on Monday.",
			"Where did Tom Hale appear?", "Kendal Magistrates Court"},
		{"a crown court too", "Tom Hale appeared at Preston Crown Court on Monday.", "Where did Tom Hale appear?", "Preston Crown Court"},
		{"no sign of Britain", "Tom Hale appeared at Ikeja Magistrates Court on Monday.", "", ""},
		{"another court of the defendant", "Tom Hale will be sentenced at Preston Crown Court. Tom Hale appeared at Kendal Magistrates Court on Monday.",
			"Where will Tom Hale be sentenced?", "Preston Crown Court"},
		{"a pronoun's referent", "Tom Hale was fined £200. He appeared at Kendal Magistrates Court on Monday.",
			"Where did Tom Hale appear?", "Kendal Magistrates Court"},
		{"the town named in another sentence", "A Carlisle man was fined £200 for the theft. Tom Hale appeared at Carlisle Magistrates' Court on Monday.", "", ""},
		{"the town named in the title", "\x00Carlisle Man Fined\n\nTom Hale was fined £200 for the theft. Tom Hale appeared at Carlisle Magistrates' Court on Monday.", "", ""},
		{"a pronoun without a name", "The thief was fined £200. He appeared at Kendal Magistrates Court on Monday.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := headlineLine + tc.text
			if raw, ok := strings.CutPrefix(tc.text, "\x00"); ok {
				text = raw // a headline of its own
			}
			w := writeKind(text, Place, (*writer).place)
			var got []string
			for _, c := range w.offered {
				if c.q.Fact != string(Place) || c.copy {
					continue
				}
				got = append(got, c.q.Prompt)
				if c.q.Prompt != tc.prompt {
					continue
				}
				checkSingle(t, c.q, c.item, tc.answer, nil)
				for _, ch := range c.q.Choices {
					if strings.Contains(tc.answer, "Magistrates") && !strings.Contains(ch.Text, "Magistrates") {
						t.Errorf("choice %q beside magistrates' court %q", ch.Text, tc.answer)
					}
				}
			}
			if tc.prompt == "" && len(got) > 0 || tc.prompt != "" && !slices.Contains(got, tc.prompt) {
				t.Errorf("questions %q, want %q", got, tc.prompt)
			}
		})
	}
}
