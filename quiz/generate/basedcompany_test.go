package generate

import (
	"strings"
	"testing"
)

// actorLineCase is a text and the doer facts read in it, "; " apart.
type actorLineCase struct{ name, text, want string }

func checkActorLines(t *testing.T, cases []actorLineCase) {
	t.Helper()
	for _, c := range cases {
		if got := strings.Join(actorLines(c.text), "; "); got != c.want {
			t.Errorf("%s: actors %q, want %q", c.name, got, c.want)
		}
	}
}

// actorLines reads the doer facts of a text as "Doer|kind|Action".
func actorLines(text string) []string {
	text = headlineLine + text
	sents := splitSentences(text, tokenize(text))
	var got []string
	for _, f := range extract(text, sents) {
		if f.Kind == Actor {
			got = append(got, f.Doer+"|"+f.DoerKind+"|"+f.Action)
		}
	}
	return got
}

func TestBasedCompanyIsAnOrganisation(t *testing.T) {
	cases := []actorLineCase{
		{"one word", "Oslo-based Norvik rebuffed Halden's advances.", "Norvik|organisation|rebuffed Halden's advances"},
		{"two words", "Leeds-based Carrow Mills agreed to buy a bakery chain.", "Carrow Mills|organisation|agreed to buy a bakery chain"},
		// Not a name read as a person's: "Stockholm-based Elekta".
		{"never a person", "Stockholm-based Verda will pay $24 in cash for each share.", "Verda|organisation|will pay $24 in cash for each share"},
		// A person described as based somewhere stays a person.
		{"a based person", "Paris-based artist Ann Ode painted the mural in the square.", "Ann Ode|person|painted the mural in the square"},
	}
	checkActorLines(t, cases)
}

func TestBareWeekdayLeftOutOfDeed(t *testing.T) {
	cases := []actorLineCase{
		{"weekday before an infinitive", "Oslo-based Norvik announced plans Thursday to buy rival Halden in a $3 billion deal.",
			"Norvik|organisation|announced plans to buy rival Halden in a $3 billion deal"},
		{"on and a weekday", "The Arctic Council approved the plan on Friday in Tromso.", "Arctic Council|organisation|approved the plan in Tromso"},
		// A name before an infinitive still ends the deed: "beat Goffin to win".
		{"a name before an infinitive", "Marta Kovac beat Elena Rossi to win the title in Rome.", "Marta Kovac|person|beat Elena Rossi"},
	}
	checkActorLines(t, cases)
}
