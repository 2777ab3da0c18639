package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestHowManyShapes checks the count clauses real pages showed that were
// not asked, or asked wrongly: each text must offer the want question
// (when given) and no offered count question may start with a forbidden
// prefix.
func TestHowManyShapes(t *testing.T) {
	tests := []countOffer{
		{"passive sentence with the name in an appositive",
			"Mr. Cole's business partner, Dana Reeve, was sentenced to 18 months in prison.",
			"How many months in prison was Dana Reeve sentenced to?", "18", nil},
		{"active sentence: who passed it is left out",
			"A judge on Monday sentenced former Councillor Ray Dunn of Hull to 30 months in prison.",
			"How many months in prison was former Councillor Ray Dunn of Hull sentenced to?", "30", nil},
		{"a pronoun gives no sentence question",
			"He was sentenced to 12 years in prison.",
			"", "", []string{"How many"}},
		{"first of two counts joined by and",
			"A total of 84 flu cases and 19 measles cases have been recorded in the county this year.",
			"How many flu cases have been recorded in the county this year?", "84", nil},
		{"second of two counts joined by and",
			"A total of 84 flu cases and 19 measles cases have been recorded in the county this year.",
			"How many measles cases have been recorded in the county this year?", "19", nil},
		{"joined counts keep their of-phrase",
			"Doctors said that 40 cases of mumps and only six cases of measles were reported in March.",
			"How many cases of measles were reported in March?", "6", nil},
		{"an object joined to another: the other is left out",
			"Other finds at the dig included 30 round houses and wells.",
			"How many round houses did other finds at the dig include?", "30", []string{"How many round houses did other finds at the dig include and"}},
		{"an object joined to a longer phrase: no question cut",
			"The survey counted 40 farms and several mills on the river in the old parish.",
			"", "", []string{"How many farms did the survey count and"}},
		{"there are",
			"There are 212 insurance claims pending.",
			"How many insurance claims are pending?", "212", nil},
		{"there were, with a place",
			"There were 35 boats in the harbour.",
			"How many boats were in the harbour?", "35", nil},
		{"a participle aside after the subject's phrase",
			"Four members of the Irish squad, led by Ann Walsh, finished in the top ten.",
			"How many members of the Irish squad finished in the top ten?", "4", nil},
		{"that after a preposition points back",
			"A local official told Radio Nord that six people were killed in that town after the storm.",
			"", "", []string{"How many", "According to the article"}},
		{"a toll the sentence says is unconfirmed",
			"Reports on Channel 9 said at least 30 people had died, but the reports could not be immediately confirmed.",
			"", "", []string{"At least how many", "How many", "According to the article"}},
		{"a clause of result after the event",
			"Heavy storms swept the northern coast of Norland, killing at least 41 people, the coastguard said.",
			"At least how many people were killed when heavy storms swept the northern coast of Norland?", "41", nil},
		{"a result with up to gives no number",
			"A strong quake struck the island of Vell, killing up to 15 people.",
			"", "", []string{"How many", "Up to", "At least"}},
		{"adverbs between have and the participle",
			"Farmers in the county have already filed more than 3,400 drought claims.",
			"More than how many drought claims have farmers in the county filed?", "3400", nil},
		{"a part of a set is asked by its blank only",
			"Officials declared a state of emergency for 51 of the state's 67 counties.",
			"Fill in the number: Officials declared a state of emergency for _____ of the state's 67 counties.", "51",
			[]string{"How many"}},
		{"a part in millions is blanked with its scale",
			"About 25 million of the country's 53.9 million voters took part in the poll.",
			"Fill in the number: About _____ of the country's 53.9 million voters took part in the poll.", "25000000",
			[]string{"How many"}},
		{"what happened while is left out",
			"At least 240 residents were moved from their homes as the river rose through the night.",
			"At least how many residents were moved from their homes?", "240", nil},
		{"a near figure of the same thing gives two answers",
			"More than 2,000 Norland residents were still in shelters on Monday. Officials said 2,085 residents were living in shelters.",
			"", "", []string{"More than how many", "According to the article, more than"}},
		{"a statement keeps the qualifier and a total's plural verb",
			"A total of 84 seats is needed to govern. Parties need allies, Mayor Tim Alder and Senator Ruth Penn said.",
			"", "", []string{"According to the article, 84 seats is", "According to the article, 42 seats is", "According to the article, 168 seats is"}},
		{"a span of years after a perfect",
			"Dana Reeve has led the orchestra for 14 years.",
			"For how many years has Dana Reeve led the orchestra?", "14", nil},
		{"a span of years after a progressive",
			"Harlow Foods is renting the mill from the council for 25 years.",
			"For how many years is Harlow Foods renting the mill from the council?", "25", nil},
		{"parts that add up to the whole give no blank",
			"Officials said seven people -- four men and three children -- were hurt in the fire.",
			"", "", []string{"Fill in the number"}},
	}
	checkCountOffers(t, tests)
}

// TestQualifiedOpenings checks that the checker knows howMany's openings
// with a preposition and a qualifier ("For more than how many …?").
func TestQualifiedOpenings(t *testing.T) {
	tests := []struct{ prompt, want string }{
		{"For more than how many decades did the programme stay in orbit?", ""},
		{"With about how many medals did Spain finish?", ""},
		{"Into at least how many parts was the estate split?", ""},
		{"Over how many years did the drought last?", "prompt has no known opening"},
	}
	for _, tc := range tests {
		if got := englishProblem(quiz.Question{Type: quiz.Number, Prompt: tc.prompt}); got != tc.want {
			t.Errorf("englishProblem(%q) = %q, want %q", tc.prompt, got, tc.want)
		}
	}
}

// countOffer is a text whose writer must offer the count question want
// (when given) with its answer, and no count question opening on a
// forbidden prefix.
type countOffer struct {
	name   string
	text   string
	want   string // an offered question; "" for none required
	answer string
	forbid []string // prefixes no offered count question may have
}

func checkCountOffers(t *testing.T, tests []countOffer) {
	t.Helper()
	for _, tc := range tests {
		w := writeAll(t, tc.text)
		var prompts []string
		found := false
		for _, c := range w.offered {
			if c.q.Fact != string(Count) {
				continue
			}
			prompts = append(prompts, c.q.Prompt)
			if c.q.Prompt == tc.want {
				found = true
				if c.item.Answer != tc.answer {
					t.Errorf("%s: answer %q, want %q", tc.name, c.item.Answer, tc.answer)
				}
			}
			for _, f := range tc.forbid {
				if strings.HasPrefix(c.q.Prompt, f) {
					t.Errorf("%s: offered %q", tc.name, c.q.Prompt)
				}
			}
		}
		if tc.want != "" && !found {
			t.Errorf("%s: no question %q offered; got %q", tc.name, tc.want, prompts)
		}
	}
}
