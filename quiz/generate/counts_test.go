package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestCountsFound covers counts the lists of sets 3–10 named and the
// reader missed (round 9), beside look-alikes that must stay no count.
func TestCountsFound(t *testing.T) {
	tests := []struct{ in, want string }{
		// A list with commas is one group, counted whole.
		{"Close to 3,000 medics, porters and rescue workers were sent to the coast.", "3000 medics, porters and rescue workers"},
		{"Over 500 police, troops and volunteers searched the hills.", "500 police, troops and volunteers"},
		{"The army flew 40 doctors and nurses to the island.", "40 doctors"},                                     // no comma: the nurses may be uncounted
		{"The storm killed 30 people, injuring dozens and leaving hundreds homeless.", "30 people"},              // clauses, no list
		{"Rescuers found 7 people, two women and five children, under the roof.", "7 people|2 women|5 children"}, // an aside of counts
		{"The council will pay over 400 tenants, or households, a grant.", "400 tenants"},                        // a restatement
		{"Police told some 900 residents, and other villages nearby, to leave.", "900 residents"},                // no item before "and"
		// A modifier joined by "and" before the plural.
		{"The ministry named 60 school and college buildings for repair.", "60 school and college buildings"},
		{"The blast left 4 dead and dozens hurt.", ""},
		{"The quake killed 9 and injured 40 in the hills.", ""},
		{"Lyon won 3 and lost 2 of their away games.", ""},
		// A figure after "the" or "all": digits with a comma, or under 1900.
		{"The blast killed all 214 passengers aboard.", "214 passengers"},
		{"Aid will reach the 85,000 poorest families in the region.", "85000 poorest families"},
		{"Deaths rose from the 31,200 cases of the year before.", "31200 cases"},
		{"All three brothers were arrested.", ""},
		{"The 1966 floods were worse.", ""},
		{"All 2014 entries were void.", ""},
		// A title after a hyphen: "-designate", "-elect".
		{"The senate approved nine ministers-designate on Sunday.", "9 ministers-designate"},
		{"Parliament heard 14 governors-elect take their oaths.", "14 governors-elect"},
		// An acronym in the plural.
		{"Some 230 MPs backed the bill on Tuesday.", "230 MPs"},
		{"Voters in 12 US states went to the polls.", "12 US states"},
		// Time in jail.
		{"The court sent Harlow to prison for 18 months.", "18 months"},
		{"Repeat burglars face a minimum prison term of three years.", "3 years"},
		{"The meeting was adjourned for 10 minutes.", ""},
		{"The term of five years ends in May.", ""},
		// The end of a range is no figure of its own.
		{"Crews went door to door early Monday to move 300 to 1,200 residents out of the valley.", ""},
		{"Between 40 and 60 boats were lost in the storm.", ""},
		{"Two or three lorries were stuck on the pass.", ""},
		// A year before a report's noun is no count.
		{"The bank cut 300 jobs, as it said in its full year 2019 results on Monday.", "300 jobs"},
		{"Ministers set out the 2021 budget figures in March.", ""},
		// No counts: scores, years, ages, addresses, times.
		{"Norrie won 6-4, 3-6, 7-5 in the final.", ""},
		{"The hospital opened in 1998 with new wards.", ""},
		{"A 62-year-old man and his wife, 58, were hurt.", ""},
		{"The family lived at 14 Station Road until 2001.", ""},
		{"The polls closed at 8 p.m. on Sunday.", ""},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCountsFoundAsked checks that the counts read whole are asked whole:
// the question names the full group, and its answer is the number.
func TestCountsFoundAsked(t *testing.T) {
	tests := []countOffer{
		{"a list with commas", "Nearly 3,000 medics, porters and rescue workers were sent to the coast.",
			"About how many medics, porters and rescue workers were sent to the coast?", "3000", nil},
		{"a title after a hyphen", "The senate approved nine ministers-designate in a vote on Sunday.",
			"How many ministers-designate did the senate approve in a vote on Sunday?", "9", nil},
		{"a modifier joined by and", "The ministry named 60 school and college buildings for repair.",
			"How many school and college buildings did the ministry name for repair?", "60", nil},
	}
	checkCountOffers(t, tests)
}

// TestNoFewerThan: "no fewer than 50" is a lower bound: its false
// statement drops the whole bound, never leaving "no 75 villagers"
// (held-out set 11), and its question asks "at least how many".
func TestNoFewerThan(t *testing.T) {
	tests := []struct{ sentence, qualifier string }{
		{"No fewer than 40 boats were missing after the storm hit the coast of Kerala.", "no fewer than"},
		{"Not less than 120 homes were flooded when the river burst its banks in the north.", "not less than"},
		{"No more than 30 pupils attended the school on Monday after the floods.", "no more than"},
		{"Fewer than 30 pupils attended the school on Monday after the floods.", "fewer than"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.sentence)
		var got []string
		for _, c := range findCounts(toks, make([]bool, len(toks))) {
			got = append(got, c.qualifier)
		}
		if len(got) != 1 || got[0] != tc.qualifier {
			t.Errorf("%q: qualifiers %q, want [%q]", tc.sentence, got, tc.qualifier)
		}
		article := "Floods in the south\n\n" + tc.sentence + " Officials in the district said rescue teams had reached every village by Tuesday evening."
		res, err := FromText("", article)
		if err != nil {
			t.Errorf("%q: %v", tc.sentence, err)
			continue
		}
		for _, q := range res.Quiz.Questions {
			p := strings.ToLower(q.Prompt)
			for _, bare := range []string{"no ", "not "} {
				if i := strings.Index(p, bare); i >= 0 && i+len(bare) < len(p) && p[i+len(bare)] >= '0' && p[i+len(bare)] <= '9' {
					t.Errorf("%q: prompt %q keeps %q before a number", tc.sentence, q.Prompt, strings.TrimSpace(bare))
				}
			}
		}
	}
}

// countForms of a small number comes from a table made once: the same
// forms as made anew, and a caller's append leaves the table alone.
func TestCountFormsTable(t *testing.T) {
	for _, n := range []int{0, 1, 7, 12, 100, 999, 1000, 2500000} {
		if got, want := countForms(n), makeCountForms(n); !slices.Equal(got, want) {
			t.Errorf("countForms(%d) = %q, want %q", n, got, want)
		}
	}
	_ = append(countForms(20), "changed")
	if got := countForms(20); len(got) != len(makeCountForms(20)) {
		t.Errorf("countForms(20) after an append = %q", got)
	}
	x := append(countForms(30), "a")
	y := append(countForms(30), "b")
	if x[len(x)-1] != "a" || y[len(y)-1] != "b" {
		t.Errorf("two appends share the table's array: %q %q", x, y)
	}
}

// numberWords of a small number comes from a table written once: the
// same words as spelt anew.
func TestNumberWordsTable(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "zero"}, {7, "seven"}, {37, "thirty-seven"}, {40, "forty"}, {999, "nine hundred ninety-nine"},
		{1000, "one thousand"}, {21045, "twenty-one thousand forty-five"}, {1000000, "1,000,000"}} {
		if got := numberWords(tc.n); got != tc.want || got != spellNumber(tc.n) {
			t.Errorf("numberWords(%d) = %q, want %q (spelt %q)", tc.n, got, tc.want, spellNumber(tc.n))
		}
	}
}

// TestWordValue checks the number words, in any case, and that words
// starting otherwise are refused.
func TestWordValue(t *testing.T) {
	for _, c := range []struct {
		w  string
		v  int
		ok bool
	}{
		{"one", 1, true}, {"Seven", 7, true}, {"ZERO", 0, true}, {"twenty-one", 21, true}, {"Ninety-Nine", 99, true},
		{"eleven", 11, true}, {"a", 0, false}, {"on", 0, false}, {"hundred", 0, false}, {"twenty-", 0, false},
		{"lots", 0, false}, {"über", 0, false}, {"twenty-ten", 0, false}, {"", 0, false},
	} {
		if v, ok := wordValue(c.w); v != c.v || ok != c.ok {
			t.Errorf("wordValue(%q) = %d, %v; want %d, %v", c.w, v, ok, c.v, c.ok)
		}
	}
}
