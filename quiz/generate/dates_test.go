package generate

import (
	"strings"
	"testing"
)

// TestOrdinalDates: a day written as an ordinal keeps its suffix in the
// date's text, so that a statement copies it and the wrong dates follow it.
func TestOrdinalDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"July 4th", "July 4th"},
		{"August 2nd 1776", "August 2nd 1776"},
		{"31st October 2015", "31st October 2015"},
		{"September 23rd", "September 23rd"},
		{"March 11th", "March 11th"},
		{"July 4", "July 4"},
		{"September 27, 2020", "September 27, 2020"},
	}
	for _, tc := range tests {
		d, ok := parseDate(tc.in)
		if !ok || d.text() != tc.want {
			t.Errorf("parseDate(%q).text() = %q, %v; want %q", tc.in, d.text(), ok, tc.want)
		}
	}
	for n, want := range map[int]string{1: "st", 2: "nd", 3: "rd", 4: "th", 11: "th", 12: "th", 13: "th", 21: "st", 22: "nd", 23: "rd", 30: "th", 31: "st"} {
		if got := ordinalSuffix(n); got != want {
			t.Errorf("ordinalSuffix(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestDateFormsAndLookalikes checks the looser date forms of real prose:
// a month shortened without its full stop before a day, a month and year
// parted by a comma, a year alone in brackets, a range of years ended by
// one digit, a day "of" a month, two days joined by "or", "the year
// 1898", a year before "was", and a year before an event's name or noun.
// It checks too the words that must not be read as dates: a name "Jan",
// the verb "mar", a count after a comma, a number before a plural noun,
// an author's year in a reference. The sentences are the project's own.
func TestDateFormsAndLookalikes(t *testing.T) {
	tests := []struct {
		in   string
		want string // the dates' texts, joined by "|"
	}{
		{"The ferry service resumed on Oct 9, the harbour office said.", "October 9"},
		{"The new council met at the town hall on Thursday (Mar 5).", "March 5"},
		{"He is due to report to the county prison on Sept 14.", "September 14"},
		{"The second hearing opened Dec 2. The first had collapsed.", "December 2"},
		{"Fought June, 1745, between the Dutch and a French column under Saxe.", "June 1745"},
		{"He served as Lord Privy Seal (1931-5) under two leaders.", "1931-1935"},
		{"She won the county poetry medal (1962) and wrote a history of the mill (1971).", "1962|1971"},
		{"The mill was opened on the 5th of March 1842, the parish record says.", "5th of March 1842"},
		{"The vote on the new bridge will be held on June 8 or 9.", "June 8 or 9"},
		{"Forty wells were dug in the county in the year 1898, the survey found.", "1898"},
		{"A storm in 1703 was the worst the coast had seen in a century.", "1703"},
		{"She had not won since the 1889 Harbour Regatta at Whitby.", "1889"},
		{"A 1703 storm destroyed the old pier and most of the fleet.", "1703"},
		{"The firm raised its forecast for its 1998 financial year.", "1998"},
		// Not dates.
		{"Jan Dekker scored twice in the final.", ""},
		{"Rain did not mar the parade on Saturday.", ""},
		{"The choir of Mar Elias sang at the funeral.", ""},
		{"By August, 1500 people had left the valley.", "August"},
		{"Only Oct 4 players were fit for the tie.", ""},
		{"The home side won 6-4 in the deciding set.", ""},
		{"Sarotte, Mary Elise (2014). The fall of the wall.", ""},
		{"The bells were rung on the 3rd of the month.", ""},
		{"Most of the recruits were 14-15 years old.", ""},
		{"The firm cut 20 jobs in 1500 stores.", ""},
		{"Every year 1500 pupils sit the county exam.", ""},
		{"The 1500 Britons in the camp were sent home.", ""},
		{"Each pupil wrote a 1200 word essay on the river.", ""},
		{"His rival in the 1998 election called the deal a mistake.", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, d := range findDates(tokenize(tc.in)) {
			got = append(got, d.text())
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("findDates(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}

// TestDateFormsAsked checks that a date in one of those forms (a month
// shortened, a year before an event's noun) gets its "When" question,
// written in full, and that a year before its noun dates the noun, not
// the verb: no question.
func TestDateFormsAsked(t *testing.T) {
	const days = " The harbour wall was rebuilt on March 3. The town hall opened on May 19. The railway reached the valley on July 8."
	const years = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	checkCoverageAfter(t, "", []coverageCase{
		{"The county's second inquiry opened Dec 4." + days, "When did the county's second inquiry open?", "December 4"},
		{"A great storm in 1703 destroyed the pier." + years, "When did a great storm destroy the pier?", "1703"},
		{"A 1703 storm destroyed the old pier." + years, "", "1703"},
	}, "When ")
}

// TestPleaDatesTheOffence: a charge is worded with the offence's date
// ("admitted misconduct in a public office on October 20"), while the
// plea was made at the hearing: no "When did … admit …?" asks it. A date
// before the charge, or after "pleaded guilty", dates the plea.
func TestPleaDatesTheOffence(t *testing.T) {
	lead := "Tom Cole, 41, of Hill Road, appeared at the city court on March 3, 2021. "
	cases := []struct{ text, prompt, answer string }{
		{"Tom Cole admitted misconduct in a public office on October 20, 2020.", "", ""},
		{"Tom Cole denied the theft of a van on October 20, 2020.", "", ""},
		{"Tom Cole pleaded guilty in January 2021 to fraud.", "When did Tom Cole plead guilty?", "January 2021"},
		{"On October 20, 2020, Tom Cole admitted fraud.", "When did Tom Cole admit fraud?", "October 20, 2020"},
	}
	for _, c := range cases {
		got := whenOffered(t, lead+c.text)
		delete(got, "When did Tom Cole appear at the city court?")
		if c.prompt == "" {
			for p, a := range got {
				if strings.Contains(p, "admit") || strings.Contains(p, "deny") {
					t.Errorf("%q: offered %q (%s)", c.text, p, a)
				}
			}
			continue
		}
		if got[c.prompt] != c.answer {
			t.Errorf("%q: want %q → %q, got %v", c.text, c.prompt, c.answer, got)
		}
	}
}
