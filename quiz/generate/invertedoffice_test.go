package generate

import (
	"strings"
	"testing"
)

// TestInvertedOffice: a headline writing a portfolio's title head last
// ("Health minister opens two clinics") gives away "What office does X
// hold?" (Minister of Health).
func TestInvertedOffice(t *testing.T) {
	for office, want := range map[string]string{
		"Minister of Health":           "Health Minister",
		"Minister for Foreign Affairs": "Foreign Affairs Minister",
		"Secretary of Defense":         "Defense Secretary",
		// Refused: no portfolio to turn, or one holding a further link.
		"Prime Minister":               "",
		"Secretary of State":           "",
		"Minister of State for Trade":  "",
		"Minister for Trade of Canada": "",
	} {
		if got := invertedOffice(office); got != want {
			t.Errorf("invertedOffice(%q) = %q, want %q", office, got, want)
		}
	}
	text := "The Minister of Health, Dr Kofi Mensah, opened two clinics in Tamale on Friday.\n" +
		"He said the clinics would serve 40,000 people in the region.\n" +
		"“This will bring care closer to families,” Dr Mensah said.\n" +
		"The clinics cost 3 million cedis to build, the ministry said.\n"
	for title, away := range map[string]bool{"Health minister opens two clinics": true, "Two clinics open in Tamale": false} {
		res, err := FromText(title, text)
		if err != nil {
			t.Fatal(err)
		}
		asked := false
		for _, q := range res.Quiz.Questions {
			asked = asked || strings.HasPrefix(q.Prompt, "What office does Kofi Mensah")
		}
		if asked == away {
			t.Errorf("title %q: office question asked %v, want %v", title, asked, !away)
		}
	}
}
