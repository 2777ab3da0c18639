package generate

import "testing"

// The ASCII bytes and the other runes take separate paths in normalize:
// both must lower-case, drop possessives and punctuation the same way.
func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Azerbaijan's army", "azerbaijan army"},
		{"Azerbaijan’s army", "azerbaijan army"},
		{"Jones's, Smith’s, and", "jones smith and"},
		{"it's", "its"},
		{"ÉCOLE Normale—Supérieure!", "école normale supérieure"},
		{"  6-3, 7–5 (in 2019) ", "6 3 7 5 in 2019"},
		{"Don't say 'no'.", "dont say no"},
		{"Ｆｕｌｌ ＷＩＤＴＨ", "ｆｕｌｌ ｗｉｄｔｈ"},
		{"", ""},
	}
	for _, c := range cases {
		if got := normalize(c.in); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
