package generate

import "testing"

// TestConcessiveCut: an excerpt is never the conceded half of what the
// speaker said ("While the new road is welcome, …" is no “the new road is
// welcome”), nor a clause cut before the "but" that turns it; the clause
// that carries the speaker's point still is offered.
func TestConcessiveCut(t *testing.T) {
	for _, c := range []struct {
		name, quote string
		refused     []string // excerpts that must not be offered
		kept        string   // the excerpt expected ("" when none may be)
	}{
		{"while … main clause",
			"While any investment in the harbour is welcome, we are disappointed that the council has chosen not to deliver this funding through the harbour trust",
			[]string{"any investment in the harbour is welcome"}, ""},
		{"although … main clause",
			"Although the bypass will save drivers a lot of time, the villagers say that they will lose the only green field left for their children to play on",
			[]string{"the bypass will save drivers a lot of time"}, ""},
		{"even though … main clause",
			"Even though the museum has more visitors than ever, the trustees tell us that its old roof still leaks badly into the main gallery every single winter",
			[]string{"the museum has more visitors than ever", "Even though the museum has more visitors than ever"}, ""},
		{"whereas … main clause",
			"Whereas the old bridge carried only cars, the new one will carry trams and bicycles as well",
			[]string{"the old bridge carried only cars", "Whereas the old bridge carried only cars"}, ""},
		{"cut before a turning but",
			"I accept that the inspection found real problems, but the staff have worked hard to put every one of them right",
			[]string{"I accept that the inspection found real problems"}, ""},
		{"cut before a but with no comma",
			"We are not hearing the whales themselves but as we track how the water moves we know the pod is there",
			[]string{"We are not hearing the whales themselves"}, ""},
		{"kept: the main clause after the concession",
			"While the storm damaged the pier, the lifeboat crew answered every call that night",
			nil, "the lifeboat crew answered every call that night"},
	} {
		got := quoteExcerpt(c.quote, tokenize(c.quote), "Nobody Here")
		for _, r := range c.refused {
			if got == r {
				t.Errorf("%s: excerpt %q is a concession cut from its turn", c.name, got)
			}
		}
		if c.kept != "" && got != c.kept {
			t.Errorf("%s: excerpt %q, want %q", c.name, got, c.kept)
		}
	}
}
