package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestPMTitle checks "PM" read as the title Prime Minister before a name
// ("British PM Rishi Sunak"), and not the time of "10:28 PM" nor a
// lower-case "pm".
func TestPMTitle(t *testing.T) {
	tests := []struct {
		text, person, office, country string
	}{
		{"British PM Anne Fowler conceded defeat on Friday.", "Anne Fowler", "Prime Minister", "Britain"},
		{"The talks ended at 10:28 PM Anne Fowler said.", "", "", ""},
		{"The ship sailed at five pm Anne Fowler said.", "", "", ""},
	}
	for _, tc := range tests {
		var got []Fact
		for _, f := range writeAll(t, tc.text).facts {
			if f.Kind == Leader {
				got = append(got, f)
			}
		}
		if tc.person == "" {
			if len(got) > 0 {
				t.Errorf("%q: leader %q | %q found", tc.text, got[0].Person, got[0].Office)
			}
			continue
		}
		if len(got) != 1 || got[0].Person != tc.person || got[0].Office != tc.office || got[0].Country != tc.country {
			t.Errorf("%q: leaders %+v, want %s | %s | %s", tc.text, got, tc.person, tc.office, tc.country)
		}
	}
}

// TestPluralTitleTwoCountries checks "Russian and US Presidents Vladimir
// Putin and Donald Trump": each name takes its country in turn; with more
// names than countries nobody is read.
func TestPluralTitleTwoCountries(t *testing.T) {
	tests := []struct {
		text string
		want []string // person | country, in order
	}{
		{"The talks between Russian and US Presidents Pavel Orlov and Dana Reed ended.", []string{"Pavel Orlov|Russia", "Dana Reed|United States"}},
		{"US Presidents Pavel Orlov and Dana Reed met.", []string{"Pavel Orlov|United States", "Dana Reed|United States"}},
		{"French and German Presidents Anne Roy, Paul Klee and Tom Hart met.", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, l := range pluralTitleList(tokenize(tc.text), presidentsAt(tc.text)) {
			got = append(got, l.person+"|"+l.country)
		}
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// presidentsAt is the index of the token "Presidents" in text.
func presidentsAt(text string) int {
	for i, tok := range tokenize(text) {
		if tok.text == "Presidents" {
			return i
		}
	}
	return 0
}

// TestAcronymBodyAtSentenceStart checks an acronym naming the body of a
// lower-case title at the sentence's start ("UNITE general secretary
// Mike Lowe said"), and that a party's acronym before "leader" still
// gives no leader (one of its senior members, titleFirst).
func TestAcronymBodyAtSentenceStart(t *testing.T) {
	tests := []struct{ text, want string }{
		{"UNITE general secretary Mike Lowe said the offer was fair.", "Mike Lowe|General Secretary|UNITE"},
		{"BJP leader Mike Lowe said the offer was fair.", ""},
	}
	for _, tc := range tests {
		got := ""
		for _, l := range findLeaders(tokenize(tc.text)) {
			if l.person != "" {
				got = l.person + "|" + l.office + "|" + l.country
			}
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAbbreviatedOfficeInEvidence checks that the checker reads an office
// the evidence abbreviates as headlines do ("PM", "Gov.", "Sen.", "Rep.")
// as the answer's office written in full, and still refuses an office the
// sentence does not hold.
func TestAbbreviatedOfficeInEvidence(t *testing.T) {
	cases := []struct {
		evidence, person, office, country string
		want                              bool
	}{
		{"British PM Anne Fowler conceded defeat on Friday.", "Anne Fowler", "Prime Minister", "Britain", true},
		{"British PM Anne Fowler conceded defeat on Friday.", "Anne Fowler", "Foreign Minister", "Britain", false},
		{"Gov. Thomas J. Whitaker signed the bill into law on Tuesday.", "Thomas J. Whitaker", "Governor", "", true},
		{"Sen. Robert E. Haskell voted against the measure.", "Robert E. Haskell", "Senator", "", true},
		{"Rep. Dana Ortiz filed the amendment in March.", "Dana Ortiz", "Representative", "", true},
		{"Sen. Robert E. Haskell voted against the measure.", "Robert E. Haskell", "Governor", "", false},
	}
	for _, tc := range cases {
		f := Fact{Kind: Leader, Sentence: tc.evidence, Person: tc.person, Office: tc.office, Country: tc.country}
		if got := answerInEvidence(f, quiz.Question{}, Item{}); got != tc.want {
			t.Errorf("%s as %s in %q: %v, want %v", tc.person, tc.office, tc.evidence, got, tc.want)
		}
	}
}
