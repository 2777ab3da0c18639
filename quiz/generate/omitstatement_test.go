package generate

import (
	"strings"
	"testing"
)

// TestOmitStatementPhrase: the phrase of a sentence that holds another
// fact and that the sentence reads well without (omittable), and the
// phrases it must keep.
func TestOmitStatementPhrase(t *testing.T) {
	tests := []struct {
		name, text, fact string
		want             string // the phrase left out; "" when none
	}{
		{"a date after in",
			"The Vell virus was first found in 1994 in three farming villages of Norland, taking its name from the river Vell.",
			"1994", "in 1994"},
		{"a fronted date closed by a comma",
			"In March, the Sela council closed nine libraries across the county.",
			"March", "In March,"},
		{"a title before a two-word name",
			"Turkish President Recep Tayyip Erdogan said the quake was felt in 12 provinces, from Izmir to Istanbul.",
			"Erdogan", "Turkish President"},
		{"an aside opening on a participle",
			"New figures, released on June 14, show that in April 4,200 patients in Vell were waiting for surgery.",
			"June 14", ", released on June 14,"},
		{"an aside opening on a participle in -ed",
			"Vestra, based in Oslo, employs 9,000 people and sells its pumps in 40 countries.",
			"Oslo", ", based in Oslo,"},
		{"the first of two counts joined by and",
			"The health agency said 52 new cases and 16 deaths had been reported in the province since Monday.",
			"52 new cases", "52 new cases and"},
		{"the second of two counts joined by and",
			"The health agency said 52 new cases and 16 deaths had been reported in the province since Monday.",
			"16 deaths", "and 16 deaths"},
		{"two counts that make one whole after of",
			"The jury of seven women and five men reached its verdict in the Vell case after two days.",
			"five men", ""},
		{"a date ending the sentence after its verb",
			"The harbour plan is one of six plans paid for by the Norland recovery package passed in March 2021.",
			"March 2021", ""},
		{"a date that another word finishes",
			"The Vell bridge reopened early in 2019 after three years of repairs to its piers.",
			"2019", ""},
		{"a second date in the sentence",
			"The Vell clinic treated 40 patients in 2019 and 65 patients in 2020, the board of the clinic said.",
			"2019", ""},
		{"a judge's title: the sentence shows the office",
			"Jarl Moe faces sentencing on Oct. 30 by U.S. District Judge Mia Holm, who earlier gave long terms to two of his partners.",
			"Mia Holm", ""},
		{"an election shows the leader's office",
			"British Prime Minister Rishi Sunak conceded defeat on Friday as his party lost 250 seats in the election.",
			"Sunak", ""},
	}
	for _, tc := range tests {
		w := articleWriter(tc.text, "Quiz")
		if w == nil {
			t.Fatalf("%s: no facts", tc.name)
		}
		got, seen := "", false
		for gi, g := range w.facts {
			if !strings.Contains(g.Text, tc.fact) {
				continue
			}
			seen = true
			if lo, hi, ok := w.omittable(gi); ok {
				toks := w.sents[g.sent].toks
				got = w.text[toks[lo].start:toks[hi-1].end]
			}
		}
		if !seen {
			t.Fatalf("%s: no fact %q", tc.name, tc.fact)
		}
		if got != tc.want {
			t.Errorf("%s: left out %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestOmitStatementQuiz: a sentence whose date or leader is asked by a
// real question also gets its count's or date's statement without that
// phrase, beside it; never a copy of the whole sentence beside it.
func TestOmitStatementQuiz(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // prompts' openings that must all be asked
	}{
		{"a date question and a count statement",
			"Doctors in Guinea warned of a new outbreak on Monday.\n\nEbola virus was first identified in 1976 in two outbreaks in Sudan and in Zaire, taking its name from a river near one of the villages.\n\nThe health ministry opened 40 clinics across the region.",
			[]string{"When was ebola virus first identified?", "According to the article, ebola virus was first identified in two outbreaks "}},
		{"an office question and a count statement",
			"A strong earthquake struck western Turkey on Friday.\n\nTurkish President Recep Tayyip Erdogan said the quake was felt in 12 provinces, from Izmir to Istanbul.\n\nSchools in the region stayed closed.",
			[]string{"According to the article, Recep Tayyip Erdogan is the President of Turkey.", "According to the article, Recep Tayyip Erdogan said the quake was felt in "}},
		{"two statements, each without the other's count",
			"Doctors in Guinea warned of a new outbreak on Monday.\n\nThe health agency said 52 new cases and 16 deaths had been reported in the province since Monday, a spokesman for the agency said.\n\nThe health ministry opened 40 clinics across the region.",
			[]string{"According to the article, the health agency said 52 new cases had been reported in the province", "According to the article, the health agency said 1"}},
	}
	for _, tc := range tests {
		res, err := FromText("Quiz", tc.text)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := prompts(res)
		for _, w := range tc.want {
			found := false
			for _, p := range got {
				found = found || strings.HasPrefix(p, w)
			}
			if !found {
				t.Errorf("%s: no question %q: %q", tc.name, w, got)
			}
		}
	}
}

// TestOmitListRunsOn: a count joined by "and" to another is not left out
// when a phrase after the pair names members of the list ("including"):
// the phrase would then hold the count left alone (listconjunct.go).
func TestOmitListRunsOn(t *testing.T) {
	tests := []struct {
		name, text, fact, want string
	}{
		{"including after the pair: the first count stays",
			"The Norland government runs six heritage parks and 40 marine reserves, including the Vell Gorge park in the desert north.",
			"six heritage parks", ""},
		{"including after the pair: the second count stays",
			"The Norland government runs six heritage parks and 40 marine reserves, including the Vell Gorge park in the desert north.",
			"40 marine reserves", ""},
		{"such as after the pair",
			"The Vell fund paid for 12 schools and 30 clinics such as the one in Sela, the minister said on Monday.",
			"12 schools", ""},
		{"of which after the pair",
			"The agency counted 52 new cases and 16 deaths, of which nine were in the capital, the agency said.",
			"16 deaths", ""},
		{"the first of the last two of a longer list",
			"The health agency counted 40 new cases, 16 deaths and nine recoveries in the province on Monday.",
			"16 deaths", ""},
		{"the last of a longer list",
			"The health agency counted 40 new cases, 16 deaths and nine recoveries in the province on Monday.",
			"nine recoveries", ""},
		{"a fronted date's comma is no list",
			"In March, 52 new cases and 16 deaths were reported in the province, the health agency said.",
			"16 deaths", "and 16 deaths"},
		{"a phrase of the whole event reads on",
			"The health agency said 52 new cases and 16 deaths had been reported in the province since Monday.",
			"16 deaths", "and 16 deaths"},
	}
	for _, tc := range tests {
		w := articleWriter(tc.text, "Quiz")
		if w == nil {
			t.Fatalf("%s: no facts", tc.name)
		}
		got, seen := "", false
		for gi, g := range w.facts {
			if g.Kind != Count || !strings.Contains(g.Text, tc.fact) && !strings.Contains(tc.fact, g.Text) {
				continue
			}
			seen = true
			if lo, hi, ok := w.omittable(gi); ok {
				toks := w.sents[g.sent].toks
				got = w.text[toks[lo].start:toks[hi-1].end]
			}
		}
		if !seen {
			t.Fatalf("%s: no fact %q", tc.name, tc.fact)
		}
		if got != tc.want {
			t.Errorf("%s: left out %q, want %q", tc.name, got, tc.want)
		}
		// With the rule off the phrase is left out.
		if tc.want == "" {
			listConjunctOff = true
			for gi, g := range w.facts {
				if g.Kind == Count && strings.Contains(g.Text, tc.fact) {
					if _, _, ok := w.omittable(gi); !ok {
						t.Errorf("%s: not left out with the rule off either", tc.name)
					}
				}
			}
			listConjunctOff = false
		}
	}
}
