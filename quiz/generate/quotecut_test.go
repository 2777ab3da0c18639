package generate

import "testing"

// TestQuoteCutShapes: an excerpt of a quotation is never cut in a shape
// judges rejected (a verb before its "to", a correlative before its
// partner, a phrase split by an "if not" aside), and still is in the
// shapes judged acceptable (a clause before a phrase that only adds to it).
func TestQuoteCutShapes(t *testing.T) {
	for _, c := range []struct {
		name, quote string
		refused     []string // excerpts that must not be offered
		kept        string   // the excerpt expected ("" when none may be)
	}{
		{"verb before its infinitive",
			"This is a season in Carlow football that the supporters want to forget and leave behind",
			[]string{"This is a season in Carlow football that the supporters want"}, ""},
		{"not so much … as",
			"The ruling is not so much about blaming the council for the floods as it is about protecting the town",
			[]string{"The ruling is not so much about blaming the council"}, ""},
		{"not only … but",
			"The new bridge will not only shorten the daily journey for commuters but also ease the traffic downtown",
			[]string{"The new bridge will not only shorten the daily journey"}, ""},
		{"head after an if-not aside",
			"This is surely one of the hardest, if not the hardest, winters the valley has ever known",
			[]string{"winters the valley has ever known", "This is surely one of the hardest"}, ""},
		{"cut inside a noun phrase",
			"That is remarkable for a small harbour, especially when you consider that most owners had to sell their fishing boats last winter",
			[]string{"especially when you consider that most owners had to sell their fishing", "most owners had to sell their fishing"}, ""},
		{"a that-clause before its verb",
			"I assure the residents and the visitors that the harbour in the old town remains safe and open to all boats",
			[]string{"I assure the residents and the visitors that the harbour"}, ""},
		{"a verb before its adverb",
			"This shows that our council takes the harbour's future as the main hub of trade for the whole coast seriously",
			[]string{"This shows that our council takes the harbour's future"}, ""},
		{"kept: a clause before an added phrase",
			"This merger delivers real savings for our members and creates a society ready to serve them for decades",
			nil, "This merger delivers real savings"},
		{"kept: a verb with its infinitive",
			"I want to thank Mayor Ruth Ellery for her patience during the long months of repairs to the harbour wall",
			nil, "I want to thank Mayor Ruth Ellery"},
	} {
		got := quoteExcerpt(c.quote, tokenize(c.quote), "Nobody Here")
		for _, r := range c.refused {
			if got == r {
				t.Errorf("%s: excerpt %q is a rejected cut", c.name, got)
			}
		}
		if c.kept != "" && got != c.kept {
			t.Errorf("%s: excerpt %q, want %q", c.name, got, c.kept)
		}
	}
}
