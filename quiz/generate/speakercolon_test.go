package generate

import "testing"

// TestSpeakerColon: a paragraph that opens with a person's name, a colon
// and a quotation is that person's, on a page that prints the form more
// than once; one such line, or a name and colon inside a paragraph, is
// not read as a speaker.
func TestSpeakerColon(t *testing.T) {
	two := "Harbour Cup: what the skippers said\n\nA short look at the skippers' words after Saturday's races off Merrow.\n\n" +
		"Owen Pryce: “We sailed the first leg badly and paid for it all afternoon on the water.”\n\n" +
		"Ruth Ellery: “The crew kept their heads when the wind dropped and that won us the race.”\n"
	one := "Harbour Cup ends in calm\n\nThe races off Merrow ended early on Saturday.\n\n" +
		"Owen Pryce: “We sailed the first leg badly and paid for it all afternoon on the water.”\n"
	inside := "Harbour Cup ends in calm\n\nThe races ended early. Owen Pryce: “We sailed the first leg badly and paid for it all afternoon.”\n\n" +
		"The wind dropped. Ruth Ellery: “The crew kept their heads when the wind dropped and that won us the race.”\n"
	cases := []struct {
		name, text string
		want       map[string]bool
	}{
		{"two leads", two, map[string]bool{"Owen Pryce": true, "Ruth Ellery": true}},
		{"one lead", one, map[string]bool{}},
		{"inside a paragraph", inside, map[string]bool{}},
	}
	for _, c := range cases {
		got := map[string]bool{}
		for _, f := range extract(c.text, splitSentences(c.text, tokenize(c.text))) {
			if f.Kind == Quote {
				got[f.Speaker] = true
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: speakers %v, want %v", c.name, got, c.want)
			continue
		}
		for s := range c.want {
			if !got[s] {
				t.Errorf("%s: speakers %v, want %v", c.name, got, c.want)
			}
		}
	}
}
