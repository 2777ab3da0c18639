package generate

import "testing"

// TestOneLetterNameWord checks a name holding a capital letter alone that
// is written in two bytes ("Ó" of Irish surnames): read as part of the
// name, not as an acronym that ends it; words of two capitals still
// shout.
func TestOneLetterNameWord(t *testing.T) {
	for _, c := range []struct {
		word  string
		shout bool
	}{{"Ó", false}, {"É", false}, {"ÓÉ", true}, {"NASA", true}, {"O", false}, {"Ó.", false}} {
		if got := shouting(c.word); got != c.shout {
			t.Errorf("shouting(%q) = %v, want %v", c.word, got, c.shout)
		}
	}
	tests := []struct{ text, person string }{
		{"Finance Minister Séamus Ó Briain announced new funding for the region's schools.", "Séamus Ó Briain"},
		{"Health Minister Aoife Ní Bhriain said the wards would stay open.", "Aoife Ní Bhriain"},
	}
	for _, tc := range tests {
		ls := findLeaders(tokenize(tc.text))
		if len(ls) != 1 || ls[0].person != tc.person {
			t.Errorf("%q: %+v, want %s", tc.text, ls, tc.person)
		}
	}
}
