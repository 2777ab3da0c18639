package quiz

import (
	"math"
	"testing"
)

// The learner types anything; these must never panic or let NaN through.

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"3", "1,822", "-1e3", "twenty-one", "NaN", "1e400", "3,5", "−2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, ok := ParseNumber(s)
		if ok && (math.IsNaN(v) || math.IsInf(v, 0)) {
			t.Errorf("ParseNumber(%q) = %v", s, v)
		}
	})
}

func FuzzNormalizeText(f *testing.F) {
	for _, s := range []string{"Şuşa.", " «O’Brien» ", "cafe\u0301", "İı"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeText(s)
		if NormalizeText(n) != n {
			t.Errorf("NormalizeText not idempotent on %q: %q then %q", s, n, NormalizeText(n))
		}
	})
}

func FuzzGrade(f *testing.F) {
	f.Add("3", 0, 1, -1, true)
	f.Fuzz(func(t *testing.T, text string, c1, c2, m int, b bool) {
		r := Response{Choices: []int{c1, c2}, Text: text, Matches: []int{m, c1}, Bool: &b}
		qs := []Question{
			{Type: Single, Choices: []Choice{{Text: "a", Correct: true}, {Text: "b", Weight: -50}}},
			{Type: Multiple, Choices: []Choice{{Text: "a", Correct: true}, {Text: "b"}}},
			{Type: TrueFalse},
			{Type: Text, Accepted: []TextAnswer{{Text: text}}},
			{Type: Number, Numbers: []NumberAnswer{{Value: 3, Tolerance: 1}, {Min: 1, Max: 2}}},
			{Type: Matching, Pairs: []Pair{{"a", "b"}, {"c", "b"}}},
			{Type: Single},
		}
		for _, q := range qs {
			res := Grade(q, r)
			if math.IsNaN(res.Score) || res.Score < 0 || res.Score > 1 || (res.Correct && res.Score != 1) {
				t.Errorf("Grade(%s) = %+v", q.Type, res)
			}
		}
	})
}
