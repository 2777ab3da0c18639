package generate

import (
	"strings"
	"testing"
)

// TestClassOffice: a title of nobility ("Prince") and a name for a class
// of offices ("Cabinet Minister") give no "What office" question, for a
// wrong choice would be right too ("Duke"; "Finance Minister" is a
// cabinet minister). Reigning crowns and portfolios are still offices.
func TestClassOffice(t *testing.T) {
	for _, c := range []struct {
		office      string
		noble, kind bool
	}{
		{"Prince", true, false},
		{"Duchess", true, false},
		{"Earl", true, false},
		{"Cabinet Minister", false, true},
		{"Government Minister", false, true},
		{"King", false, false},
		{"Emperor", false, false},
		{"Crown Prince", false, false},
		{"Finance Minister", false, false},
		{"Prime Minister", false, false},
		{"Cabinet Secretary", false, false},
		{"Police Chief", false, true},
		{"Police Commissioner", false, false},
	} {
		if got := nobleTitle(c.office); got != c.noble {
			t.Errorf("nobleTitle(%q) = %v, want %v", c.office, got, c.noble)
		}
		if got := classOffice(c.office); got != c.kind {
			t.Errorf("classOffice(%q) = %v, want %v", c.office, got, c.kind)
		}
	}
	for _, c := range []struct{ text, person string }{
		{"Court clears two for election\n\n" +
			"The ruling allows Deputy Prime Minister Alan Mwangi and former Cabinet Minister Peter Kiptoo to stand for president and deputy president in March.\n" +
			"The High Court in Nairobi said on Friday that the two men may run, after five judges heard the case over three weeks.\n" +
			"Lawyers for the petitioners said they would appeal to the Supreme Court within 14 days.\n", "Peter Kiptoo"},
		{"Royal visit to the final\n\n" +
			"Prince Edmund watched the final from the royal box on Sunday with his wife, who had come on Saturday as well.\n" +
			"The match lasted three hours and 40 minutes, the longest final at the club since 2008.\n" +
			"The winner took the title for the fourth time and received 2.3 million pounds in prize money.\n", "Edmund"},
	} {
		res, err := FromText("", c.text)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range res.Quiz.Questions {
			if strings.HasPrefix(q.Prompt, "What office") && strings.Contains(q.Prompt, c.person) {
				t.Errorf("office question of a class or noble title: %q", q.Prompt)
			}
		}
	}
}
