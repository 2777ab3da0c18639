package generate

import "testing"

// TestUnopenedQuote: the end of a quotation opened in the sentence
// before is not copied alone; a quotation whole in its sentence is.
func TestUnopenedQuote(t *testing.T) {
	for _, c := range []struct {
		text  string
		alone bool
	}{
		{"“We cannot wait. The pier has lost 214 visitors a week for the last two years,” Dana Reeve said.", false},
		{"Dana Reeve said the pier had “lost 214 visitors a week” for the last two years.", true},
		{"Dana Reeve said the pier had lost 214 visitors a week for the last two years.", true},
	} {
		sents := splitSentences(c.text, tokenize(c.text))
		w := &writer{text: c.text, sents: sents}
		last := len(sents) - 1
		if got := w.standsAlone(last); got != c.alone {
			t.Errorf("%q: standsAlone(last sentence) = %v, want %v", c.text, got, c.alone)
		}
	}
}
