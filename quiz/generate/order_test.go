package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// orderQuestions returns the which-came-first questions written for a
// text, with their items.
func orderQuestions(t *testing.T, text string) ([]quiz.Question, []Item, Result) {
	t.Helper()
	res, err := FromText("t", text)
	if err != nil {
		t.Fatalf("%v", err)
	}
	var qs []quiz.Question
	var its []Item
	for i, q := range res.Quiz.Questions {
		if q.Prompt == "Which happened first, according to the article?" || strings.Contains(q.Prompt, " before ") && q.Type == quiz.TrueFalse {
			qs = append(qs, q)
			its = append(its, res.Items[i])
		}
	}
	return qs, its, res
}

// TestWhichFirst checks the ordering questions on articles written in the
// manner of news wire copy.
func TestWhichFirst(t *testing.T) {
	const people = " Russian President Vladimir Putin, French President Emmanuel Macron and Armenian Prime Minister Nikol Pashinyan attended the talks."
	tests := []struct {
		name    string
		text    string
		answer  string   // the right choice of "Which happened first"; "" for none
		choices []string // all its choices
		tf      string   // a statement "… before …" that must be written; "" for none
	}{
		{"three events with years",
			"The war broke out in 1988." + people + "\n\nA ceasefire was signed in May 1994 after years of fighting.\n\nThe two countries opened embassies in 2009.\n\nClashes erupted on September 27, 2020, near the border.",
			"The war broke out",
			[]string{"The war broke out", "A ceasefire was signed", "The two countries opened embassies"},
			""},
		{"close days without a year are ordered",
			"The talks began on Monday (March 3)." + people + "\n\nThe treaty was signed on Friday, May 9.\n\nThe summit opened on June 1.",
			"The talks began",
			[]string{"The talks began", "The treaty was signed", "The summit opened"},
			""},
		// "When did the talks begin?", "When was the treaty signed?" and
		// "When did the summit open?" would order the three events: the
		// question takes the place of the first.
		{"the question takes its answer's date question's place",
			"The talks began on March 3." + people + "\n\nThe treaty was signed on May 9.\n\nThe summit opened on June 1.",
			"The talks began",
			[]string{"The talks began", "The treaty was signed", "The summit opened"},
			""},
		{"days without a year across the new year are not ordered",
			"The talks began on December 28." + people + "\n\nThe treaty was signed on January 9.",
			"", nil, ""},
		{"days without a year far apart are not ordered",
			"The talks began on February 3." + people + "\n\nThe treaty was signed on September 9.",
			"", nil, ""},
		{"a day after its weekday",
			"The mayor opened the bridge on Monday (March 4)." + people + "\n\nThe council approved the plan on Tuesday, February 6, after a long debate.\n\nA fire destroyed the old bridge on January 9.",
			"A fire destroyed the old bridge",
			[]string{"The mayor opened the bridge", "The council approved the plan", "A fire destroyed the old bridge"},
			""},
		{"days after different years are not ordered",
			"The war entered its last phase in 1944." + people + "\n\nOn June 6 Allied troops landed in Normandy.\n\nThe final offensive opened in 1945.\n\nOn April 12 Roosevelt died in Georgia.\n\nOn May 20 the delegates met in Vienna.",
			// April 12 and May 20 follow the same year: they are ordered.
			"", nil, "According to the article, Roosevelt died in Georgia before the delegates met in Vienna."},
		{"a day without a year is not ordered with a year",
			"The talks began on March 3." + people + "\n\nThe treaty was signed in 1995.",
			"", nil, ""},
		{"words that tell the order are left out",
			"The first war broke out in 1988." + people + "\n\nA new ceasefire was signed in May 1994.\n\nThe talks resumed in 2009.",
			"", nil, ""},
		{"two events make a statement",
			"The ministers agreed the text in March 1992." + people + "\n\nThe parliament approved the budget in 1995.",
			"", nil, "According to the article, the ministers agreed the text before the parliament approved the budget."},
		// A war breaks out before an army withdraws or a deal is
		// ratified: the answer would be known without the article.
		{"a title before a name keeps its capital",
			"The army took the town in March 1990." + people + "\n\nPresident Anna Berg signed the decree in 1995.",
			"", nil, "According to the article, the army took the town before President Anna Berg signed the decree."},
		{"an order the verbs tell is not asked",
			"The war broke out in 1988." + people + "\n\nThe army withdrew in 1994.\n\nThe parliament ratified a peace deal in 2009.",
			"", nil, ""},
		{"a statement the verbs tell is not made",
			"The treaty was signed in March 1992." + people + "\n\nThe parliament ratified the treaty in 1995.",
			"", nil, ""},
		{"overlapping dates are not ordered",
			"The rebels captured the airport in 2014." + people + "\n\nThe army launched an offensive in August 2014.",
			"", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			qs, its, res := orderQuestions(t, tc.text)
			var mc []int
			tfFound := false
			for i, q := range qs {
				if q.Fact != "date" {
					t.Errorf("%q: kind %q, want date", q.Prompt, q.Fact)
				}
				f := res.Facts[its[i].Fact]
				if q.Evidence != f.Sentence || !strings.Contains(tc.text, q.Evidence) || f.Kind != Date {
					t.Errorf("%q: evidence %q is not the sentence of a date", q.Prompt, q.Evidence)
				}
				if q.Type == quiz.Single {
					mc = append(mc, i)
				} else {
					// Whatever its truth, the statement is about the two events.
					want := tc.tf
					if !q.Truth && want != "" {
						a, b, _ := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(want, "According to the article, "), "."), " before ")
						want = "According to the article, " + b + " before " + a + "."
					}
					if q.Prompt == want {
						tfFound = true
					} else {
						t.Errorf("statement %q, want %q", q.Prompt, want)
					}
					if strings.HasPrefix(want, "According") && !strings.ContainsAny(q.Explanation, "0123456789") {
						t.Errorf("explanation %q does not give the dates", q.Explanation)
					}
				}
			}
			// The statement is a form of the earlier event's fact, in
			// the place of its "When …?": it is always written.
			if tc.tf != "" && !tfFound {
				t.Errorf("no statement %q", tc.tf)
			}
			if tc.answer == "" {
				if len(mc) > 0 {
					t.Errorf("unexpected question with choices %v", qs[mc[0]].Choices)
				}
				return
			}
			if len(mc) != 1 {
				t.Fatalf("want one which-first question, got %d", len(mc))
			}
			q, it := qs[mc[0]], its[mc[0]]
			// Its answer's date is asked by no other question: the
			// answers of three "When …?" would order the events.
			for i, o := range res.Quiz.Questions {
				if res.Items[i].Fact == it.Fact && o.Prompt != q.Prompt {
					t.Errorf("the answer's date is asked again: %q", o.Prompt)
				}
			}
			if it.Answer != tc.answer {
				t.Errorf("answer %q, want %q", it.Answer, tc.answer)
			}
			var got []string
			for _, c := range q.Choices {
				got = append(got, c.Text)
				if c.Correct != (c.Text == tc.answer) {
					t.Errorf("choice %q marked %v", c.Text, c.Correct)
				}
			}
			if strings.Join(got, "|") != strings.Join(tc.choices, "|") {
				t.Errorf("choices %q, want %q", got, tc.choices)
			}
		})
	}
}

// TestDayRange checks the span of days a date may mean.
func TestDayRange(t *testing.T) {
	tests := []struct {
		text   string
		lo, hi int
	}{
		{"on September 27, 2020", 20200927, 20200927},
		{"in May 1994", 19940501, 19940531},
		{"in 1988", 19880101, 19881231},
		{"in the winter of 2014", 20141201, 20150229},
		{"between 1969 and 1972", 19690101, 19721231},
	}
	for _, tc := range tests {
		ds := findDates(tokenize(tc.text))
		if len(ds) != 1 {
			t.Errorf("%q: %d dates", tc.text, len(ds))
			continue
		}
		lo, hi := dayRange(ds[0])
		if lo != tc.lo || hi != tc.hi {
			t.Errorf("%q: %d-%d, want %d-%d", tc.text, lo, hi, tc.lo, tc.hi)
		}
	}
}

// TestShortenedRest: an event's clause too long for an order question's
// choice loses the prepositional phrases that close it, last first, and
// is refused when what stays does not read alone.
func TestShortenedRest(t *testing.T) {
	for _, tc := range []struct {
		rest string
		head int
		want string
		ok   bool
	}{
		// Short enough: kept as it is.
		{"a ceasefire in Oslo", 3, "a ceasefire in Oslo", true},
		// One closing phrase goes.
		{"an honorary award for her work in the music industry", 5, "an honorary award for her work", true},
		// Two go, last first.
		{"a fort as a frontier defence on the highest point on the river", 6, "a fort as a frontier defence", true},
		// No preposition to cut at: refused.
		{"a long list of demands that the unions had drawn up and sent to every member", 6, "", false},
		// What stays names "it", whose referent the sentence before held.
		{"plans to enlarge it to allow two-way traffic along its entire length", 5, "", false},
		// "in return for" is cut at its "in".
		{"larger rebates on its contributions to the budget in return for dropping its objections", 4, "larger rebates on its contributions to the budget", true},
		// An absolute "with" phrase keeps its end, or the clause is refused.
		{"from Hacken two summers ago with the side in the bottom half of the league", 4, "", false},
		// A "with" phrase naming a partner is part of the deed.
		{"meaningful talks over the phone with Prime Minister Nikol Pashinyan and President Ilham Aliyev", 3, "", false},
		// What stays holds a comma: an aside or a list cut in two.
		{"the treaty, a long document of many pages, at the conference in the city", 4, "", false},
	} {
		got, ok := shortenedRest(tokenize(tc.rest), tc.head, maxOrderWords)
		if ok != tc.ok || ok && joinTokens(got) != tc.want {
			t.Errorf("shortenedRest(%q, %d) = %q, %v; want %q, %v", tc.rest, tc.head, joinTokens(got), ok, tc.want, tc.ok)
		}
	}
}
