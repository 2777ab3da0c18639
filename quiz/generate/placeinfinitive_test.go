package generate

import "testing"

// TestPlaceInfinitiveResult: a place after an infinitive of a title or a
// win is asked as where the result happened; a purpose ("to meet"), a
// list in the object, or no object after the verb is not asked that way.
func TestPlaceInfinitiveResult(t *testing.T) {
	cases := []struct{ sentence, want string }{
		{"Kenya’s Ruth Achieng has smashed her own world record to become Olympic champion of the women’s 3,000 metres steeplechase in Paris.",
			"did Kenya’s Ruth Achieng become Olympic champion of the women’s 3,000 metres steeplechase"},
		{"Tom Hale beat the favourite to win the national title in Glasgow.", "did Tom Hale win the national title"},
		{"Tom Hale flew to Paris to meet the minister in Lyon.", ""},
		{"Tom Hale beat the favourite to win the title and the cup in Glasgow.", ""},
		{"Tom Hale trained for a decade to win in Glasgow.", ""},
	}
	for _, c := range cases {
		toks := tokenize(c.sentence)
		w := &writer{text: c.sentence}
		p := -1
		for i, tk := range toks {
			if tk.is("in") {
				p = i
			}
		}
		got := ""
		if cl := w.placeClause(toks, p); len(cl) > 0 {
			got = cl[0]
		}
		if got != c.want && !(c.want == "" && got != "" && !hasInfinitiveResult(got)) {
			t.Errorf("%q: clause %q, want %q", c.sentence, got, c.want)
		}
	}
}

// hasInfinitiveResult reports a clause this rule would write.
func hasInfinitiveResult(c string) bool {
	for _, v := range []string{" become ", " win ", " claim ", " retain "} {
		if containsWords(c, v) {
			return true
		}
	}
	return false
}

// TestEventDistance: a race's distance read as a count is no figure a
// where-question gives away; other counts of length are.
func TestEventDistance(t *testing.T) {
	cases := []struct {
		noun string
		race bool
	}{
		{"metres hurdles", true}, {"meters freestyle", true}, {"m relay", true},
		{"metres", false}, {"metres of track", false}, {"miles inland", false}, {"people hurdles", false},
	}
	for _, c := range cases {
		if got := eventDistance(Fact{Kind: Count, Number: 400, Noun: c.noun}); got != c.race {
			t.Errorf("%q: race %v, want %v", c.noun, got, c.race)
		}
	}
}
