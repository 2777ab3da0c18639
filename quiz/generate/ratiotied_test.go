package generate

import "testing"

// TestRatioTied: a count beside an average or a rate is tied to it by
// division, and no false count is stated; a count beside other numbers is
// not.
func TestRatioTied(t *testing.T) {
	cases := []struct {
		sentence string
		tied     bool
	}{
		{"Ana Ruiz was named player of the season for scoring 512 runs in six innings at an average of 128.5.", true},
		{"The train covered 240 kilometres in three hours, 80 kilometres per hour.", true},
		{"Ana Ruiz scored 512 runs in six innings, including two centuries.", false},
		{"The council built 40 homes and 12 schools in 2021.", false},
	}
	for _, c := range cases {
		toks := tokenize(c.sentence)
		at := -1
		for k, tk := range toks {
			if allDigits(tk.text) && at < 0 {
				at = k
			}
		}
		if got := ratioTied(toks, at); got != c.tied {
			t.Errorf("%q: tied %v, want %v", c.sentence, got, c.tied)
		}
	}
}
