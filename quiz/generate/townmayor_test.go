package generate

import "testing"

// TestTownMayor: "X, the mayor of TOWN, STATE," gives the town's mayor
// when the gazetteer does not know the town; a town without its state
// after it, or a body, gives none.
func TestTownMayor(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"Ann Byrne, the mayor of Dunmore, Nebraska, said the river had crested.", "Ann Byrne | Mayor | Dunmore"},
		{"Ann Byrne, mayor of Dunmore, Neb., said the river had crested.", "Ann Byrne | Mayor | Dunmore"},
		{"Ann Byrne, the mayor of Dunmore, said the river had crested.", ""},
		{"Ann Byrne, the mayor of Dunmore, a small town, said the river had crested.", ""},
		{"Ann Byrne, the mayor of London, said the river had crested.", "Ann Byrne | Mayor | London"},
	} {
		got := leaderIn(c.sentence)
		first := ""
		if len(got) > 0 {
			first = got[0]
		}
		if first != c.want {
			t.Errorf("%q: leaders %q, want %q", c.sentence, got, c.want)
		}
	}
}
