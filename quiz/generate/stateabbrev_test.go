package generate

import (
	"strings"
	"testing"
)

// TestStateAbbreviationPlaces: a town followed by its state in AP style
// ("Foxboro, Mass.") or by a postal code ("Plano, TX") is a town of that
// state, asked as one; a town named like a city elsewhere ("Birmingham,
// Ala.") gets wrong choices of its own state's country. The abbreviation
// read nowhere else: after no place, "Mass" and "Miss" are words.
func TestStateAbbreviationPlaces(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		prompt string // "" when no question on the place may be written
		answer string
		never  []string
	}{
		{"AP abbreviation with a comma after it", "The Patriots beat the Jets 24-10 in Foxboro, Mass., on Sunday.",
			"In which city did the Patriots beat the Jets 24-10?", "Foxboro", nil},
		{"AP abbreviation closing the sentence", "The governor signed the budget in Covington, Tenn.",
			"In which city did the governor sign the budget?", "Covington", nil},
		{"two-letter AP abbreviation", "The council approved the new stadium in Marietta, Ga., on Tuesday.",
			"In which city did the council approve the new stadium?", "Marietta", nil},
		{"dotted abbreviation in one token", "The firm opened a factory in Rochester, N.Y., in March.",
			"In which city did the firm open a factory?", "Rochester", nil},
		{"West Virginia", "The union held its annual meeting in Wheeling, W.Va., on Monday.",
			"In which city did the union hold its annual meeting?", "Wheeling", nil},
		{"postal code", "The team won the title in Plano, TX, on Friday.",
			"In which city did the team win the title?", "Plano", nil},
		{"a city named like one elsewhere takes its state", "The former mayor was sentenced in Birmingham, Ala., on Friday.",
			"In which city was the former mayor sentenced?", "Birmingham", []string{"London", "Manchester", "Edinburgh", "Liverpool"}},
		{"a city named like a capital elsewhere is the state's", "The governor signed the budget in Panama City, Fla., on Monday.",
			"In which city did the governor sign the budget?", "Panama City", []string{"Managua", "San Jose", "Guatemala City", "Tegucigalpa", "Havana"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlaceQuestion(t, tc.text, tc.prompt, tc.answer, tc.never) })
	}
}

// TestStateAbbreviationOnlyAfterAPlace: the words that abbreviate states
// keep their own sense where no town and comma come before them.
func TestStateAbbreviationOnlyAfterAPlace(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		state      string // "" when the word is no state there
	}{
		{"The family attended Mass. Then they went home.", "Mass", ""},
		{"The family attended Mass, then went home.", "Mass", ""},
		{"He thanked Miss. Reeve for the flowers.", "Miss", ""},
		{"The crowd in Oxford, Miss., cheered.", "Miss", "Mississippi"},
		{"The crowd in Oxford, Miss cheered.", "Miss", ""},
		{"Shares of Acme Corp., Wash. Trust and others fell.", "Wash", ""},
		{"THE CROWD IN SALEM, OR IN PORTLAND, CHEERED.", "OR", ""},
		{"The crowd in Salem, OR, cheered.", "OR", "Oregon"},
	} {
		toks := tokenize(tc.text)
		k := -1
		for i, tk := range toks {
			if tk.text == tc.word {
				k = i
				break
			}
		}
		gp, _ := stateAbbrevAt(toks, k)
		got := ""
		if gp != nil {
			got = gp.name
		}
		if got != tc.state {
			t.Errorf("%q: %s read as %q, want %q", tc.text, tc.word, got, tc.state)
		}
	}
	// Through the generator: an independent senator ("Angus King, Ind.")
	// is no town of Indiana, Mass and Miss no states.
	for _, text := range []string{
		"The family attended Mass in Boston on Sunday.",
		"The award went to Miss Reeve in Boston on Sunday.",
		"Senator Angus King, Ind., voted against the bill in Washington on Friday.",
	} {
		res, _ := FromText("", headlineLine+text)
		for _, q := range res.Quiz.Questions {
			all := q.Prompt
			for _, c := range q.Choices {
				all += "|" + c.Text
			}
			for _, st := range []string{"Massachusetts", "Mississippi", "Indiana"} {
				if strings.Contains(all, st) {
					t.Errorf("%q: wrote %q", text, all)
				}
			}
		}
		for _, f := range res.Facts {
			if f.Kind == Place && (f.Place == "King" || f.Place == "Mass" || f.Place == "Reeve") {
				t.Errorf("%q: place %q", text, f.Place)
			}
		}
	}
}

// TestCityAfterAmbiguousParent: after a name both a country's and a
// state's ("Athens, Georgia") the city is not moved into the country of
// that name: no Georgian city is offered for it.
func TestCityAfterAmbiguousParent(t *testing.T) {
	checkPlaceQuestion(t, "The governor signed the budget in Athens, Georgia, on Monday.",
		"In which city did the governor sign the budget?", "Athens", []string{"Tbilisi", "Batumi"})
}
