package generate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestNameStatement writes the statements of places and people with an
// office (namestatement.go) on articles of two or three sentences: one
// is offered on the marked sentence only where a false one can be made
// with a name the article gives elsewhere, of the same kind, and
// certainly false; the swapped-in name is checked when one is wanted.
func TestNameStatement(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		marker string // the statement's sentence holds it
		want   bool   // a statement is offered on that sentence
		swap   string // the false name it would state ("" for any)
	}{
		// Places.
		{"city for a city of another event",
			"The trade talks opened in Lisbon with ministers from a dozen countries at the table.\n\nA year earlier the same group had toured a car plant in Porto for an afternoon.",
			"trade talks", true, "Porto"},
		{"country for a country named without a place's preposition",
			"The ministers later signed a letter on the elections held in Georgia during the spring.\n\nThe envoys of Latvia and Estonia had flown home before the dinner began.",
			"signed a letter", true, ""},
		{"a description after the place fits no other",
			"The festival was held in Lisbon, the capital of Portugal, for the first time in its history.\n\nA year earlier the same group had toured a car plant in Porto for an afternoon.",
			"festival", false, ""},
		{"a city before its state",
			"The new engine was tested in Huntsville, Alabama, by a team of engineers from the firm.\n\nThe first parts had been made at a small works in Denver during the winter.",
			"new engine", false, ""},
		{"no other place of the kind",
			"The trade talks opened in Lisbon with ministers from a dozen countries at the table.\n\nThe ministers agreed to meet again before the end of the summer.",
			"trade talks", false, ""},
		{"the other place is the same event's",
			"The peace talks opened in Lisbon with ministers from a dozen countries at the table.\n\nThe peace talks moved on to Porto after two long days of argument.",
			"opened in Lisbon", false, ""},
		{"a country whose people the sentence names",
			"French fishermen were detained by the navy in Morocco after their boats drifted south.\n\nThe boats had sailed from a harbour in France a week before the storm.",
			"fishermen", false, ""},
		{"a caption's present",
			"Ana Ruiz celebrates her gold medal on the track in Lisbon after the final.\n\nA year earlier the same group had toured a car plant in Porto for an afternoon.",
			"celebrates", false, ""},
		{"a place written with its article",
			"The trade talks opened in the Netherlands with ministers from a dozen countries at the table.\n\nA year earlier the same group had toured a car plant in Belgium for an afternoon.",
			"trade talks", false, ""},
		{"a city of another country than the sentence names",
			"In Spain, the health ministry in Madrid reported 40 new cases of the illness overnight.\n\nThe first case had been found by doctors in Lisbon during the spring.",
			"health ministry", false, ""},
		{"an abbreviated country needs its article",
			"The rocket lifted off from the launch site in southern Russia shortly before dawn.\n\nThe satellites it carried were built by two U.S. firms for a weather service.",
			"rocket lifted off", false, ""},
		// People with an office.
		{"a person of another office",
			"Health Minister Ana Ruiz opened the new children's ward at the county hospital.\n\nFinance Minister Carlos Vega approved the money for the building last spring.",
			"children's ward", true, "Carlos Vega"},
		{"the same office of another country first",
			"Portuguese President Rui Matos opened the bridge across the river at noon.\n\nSpanish President Luis Ortega and Finance Minister Carlos Vega watched from a boat below the deck.",
			"opened the bridge", true, "Luis Ortega"},
		{"a pronoun the swap would leave",
			"Health Minister Ana Ruiz opened the ward she had promised in the spring.\n\nFinance Minister Carlos Vega approved the money for the building last spring.",
			"promised", false, ""},
		{"another holder of the same office",
			"Senator Ruth Penn voted for the harbour bill in the chamber on the first day.\n\nSenator Carl Ostrow voted against the same bill later in the week.",
			"harbour bill", false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := articleWriter(tc.text, "Test")
			if w == nil {
				t.Fatal("no facts")
			}
			// Offered directly: in a quiz a leader's statement is offered
			// only when no other question asks the leader.
			for fi, f := range w.facts {
				if strings.Contains(f.Sentence, tc.marker) {
					switch f.Kind {
					case Place:
						w.placeStatement(fi, nil)
					case Leader:
						w.leaderStatement(fi, nil)
					}
				}
			}
			var got []candidate
			for _, c := range w.offered {
				if (strings.HasPrefix(c.idHint, "place-statement-where-") || strings.HasPrefix(c.idHint, "leader-statement-who-")) &&
					strings.Contains(w.facts[c.item.Fact].Sentence, tc.marker) {
					got = append(got, c)
				}
			}
			if (len(got) > 0) != tc.want {
				t.Fatalf("statements %v, want one: %v", candidatePrompts(got), tc.want)
			}
			if !tc.want {
				return
			}
			c := got[0]
			f := w.facts[c.item.Fact]
			swap := ""
			if f.Kind == Place {
				pa, _ := w.placeAsking(c.item.Fact)
				swap = w.swappedPlace(c.item.Fact, pa.gp, nil)
			} else {
				swap = w.swappedPerson(c.item.Fact, nil)
			}
			if tc.swap != "" && swap != tc.swap {
				t.Errorf("swapped-in name %q, want %q", swap, tc.swap)
			}
			body := strings.TrimPrefix(c.q.Prompt, "According to the article, ")
			if c.q.Truth {
				if !strings.EqualFold(body, f.Sentence) {
					t.Errorf("true statement %q is not its sentence %q", body, f.Sentence)
				}
			} else if len(c.item.Wrong) != 1 || !strings.Contains(body, c.item.Wrong[0]) || strings.Contains(f.Sentence, c.item.Wrong[0]) {
				t.Errorf("false statement %q does not state its wrong name %v", body, c.item.Wrong)
			}
			// It passes the checker.
			res, err := FromText("Test", tc.text)
			if err != nil {
				t.Fatal(err)
			}
			c.q.ID = "s"
			res.Quiz.Questions = []quiz.Question{c.q}
			res.Items = []Item{c.item}
			res.Items[0].QuestionID = "s"
			for _, p := range QualityProblems(res.Text, res) {
				t.Errorf("checker: %s", p.Message)
			}
		})
	}
}

func candidatePrompts(cs []candidate) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.q.Prompt)
	}
	return out
}

// TestNameStatementAlone checks, on the corpus and on an article whose
// sentence holds two places, that a name statement shares its sentence
// with no other question of the quiz: its copy would answer a "where" or
// "who" question on it.
func TestNameStatementAlone(t *testing.T) {
	texts := map[string]string{
		"two places": "The trade talks opened in Lisbon on Monday after a week of meetings in Madrid with ministers from a dozen countries.\n\n" +
			"A year earlier the same group had toured a car plant in Porto for an afternoon.\n\nThe envoys of France and Italy flew home on Friday.",
		// A "where" question and a statement in one quiz: the statement
		// swaps in a country no question asks.
		"where and statement": "The foreign ministers met in Riga on Tuesday for a day of talks on trade and energy.\n\n" +
			"After the meeting, the ministers adopted a declaration in which they praised the conduct of the elections in Georgia.\n\n" +
			"The envoys of Latvia and Estonia had flown home before the dinner began.",
	}
	names, _ := filepath.Glob("testdata/corpus/*.txt")
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		texts[n] = string(b)
	}
	seen := 0
	for name, text := range texts {
		res, err := FromText("", text)
		if err != nil {
			t.Fatal(err)
		}
		for i, q := range res.Quiz.Questions {
			if !strings.Contains(q.ID, "-statement-where-") && !strings.Contains(q.ID, "-statement-who-") {
				continue
			}
			seen++
			for j, o := range res.Quiz.Questions {
				if j != i && res.Facts[res.Items[j].Fact].SentenceStart == res.Facts[res.Items[i].Fact].SentenceStart {
					t.Errorf("%s: %q shares its sentence with %q", name, q.Prompt, o.Prompt)
				}
			}
		}
	}
	if seen == 0 {
		t.Error("no name statement in any quiz")
	}
}

// TestNameStatementClash checks that a name statement's other name is
// never the answer of another question offered, true or false: stated
// false it would give that answer away and choose would drop it, stated
// true it would stay, and the quiz's statements would lean true.
func TestNameStatementClash(t *testing.T) {
	tests := []struct {
		name, text, marker string
		want               bool
	}{
		{"the only other city is asked where",
			"The trade talks opened in Lisbon with ministers from a dozen countries at the table.\n\nThe fishing deal between the two countries was signed in Porto.",
			"trade talks", false},
		{"the other city is asked nothing",
			"The trade talks opened in Lisbon with ministers from a dozen countries at the table.\n\nA year earlier the same group had toured a car plant in Porto for an afternoon.",
			"trade talks", true},
		{"another country no question asks",
			"The foreign ministers met in Riga on Tuesday for a day of talks on trade and energy.\n\nAfter the meeting, the ministers adopted a declaration in which they praised the conduct of the elections in Georgia.\n\nThe envoys of Latvia and Estonia had flown home before the dinner began.",
			"declaration", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := articleWriter(tc.text, "Test")
			w.write()
			got := false
			for _, c := range w.offered {
				if (strings.Contains(c.idHint, "-statement-where-") || strings.Contains(c.idHint, "-statement-who-")) && strings.Contains(w.facts[c.item.Fact].Sentence, tc.marker) {
					got = true
				}
			}
			if got != tc.want {
				t.Errorf("statement offered: %v, want %v", got, tc.want)
			}
		})
	}
}
