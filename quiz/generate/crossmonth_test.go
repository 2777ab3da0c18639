package generate

import (
	"strings"
	"testing"
)

// TestMonthSpanReadWhole: a span of days across two months of one year is
// one date, written back as the article wrote it; without its year, or
// across a new year, it stays two dates.
func TestMonthSpanReadWhole(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The regatta was held on 27 November – 1 December 1979 on the lake.", []string{"27 November – 1 December 1979"}},
		{"The regatta was held from 29 April to 3 May 1911 on the lake.", []string{"29 April to 3 May 1911"}},
		{"The congress met on November 28 – December 2, 1820 in Vienna.", []string{"November 28 – December 2, 1820"}},
		// Refused: no year, a new year between, the second month first.
		{"The regatta was held on 27 November – 1 December on the lake.", []string{"27 November", "1 December"}},
		{"The regatta ran on 30 December – 2 January 1980 on the lake.", []string{"30 December", "2 January 1980"}},
	}
	for _, tc := range cases {
		var got []string
		for _, d := range findDates(tokenize(tc.text)) {
			got = append(got, d.text())
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: dates %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestMonthSpanAsked: a clause dated by a span across months is asked with
// the whole span as its answer, its wrong choices the same days in other
// months.
func TestMonthSpanAsked(t *testing.T) {
	const tail = " The club was founded in 1861. The pavilion burned down in 1902. The ground was sold in 1948."
	cases := []struct{ text, prompt, answer string }{
		{"The first floodlit match was played at the Lake Oval on 27 November – 1 December 2015.",
			"When was the first floodlit match played at the Lake Oval?", "27 November – 1 December 2015"},
		{"The rowing congress met in the town hall on November 28 – December 2, 1820.",
			"When did the rowing congress meet in the town hall?", "November 28 – December 2, 1820"},
		// A venue's town set off by commas ends no clause (placeaside.go).
		{"The first floodlit match took place at the Lake Oval, Adelaide, on 27 November – 1 December 2015.",
			"When did the first floodlit match take place at the Lake Oval, Adelaide?", "27 November – 1 December 2015"},
		{"The first floodlit match took place at the Lake Oval, Adelaide, on 27 November 2015.",
			"When did the first floodlit match take place at the Lake Oval, Adelaide?", "27 November 2015"},
	}
	for _, tc := range cases {
		got := offeredWith(t, tc.text+tail, "When ")
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: offered %q, want %q -> %q", tc.text, got, tc.prompt, tc.answer)
		}
	}
	// A name set off by commas that is no town still ends the clause.
	for _, text := range []string{
		"The first floodlit match took place at the Lake Oval, Harold Larwood, on 27 November 2015.",
	} {
		if got := offeredWith(t, text+tail, "When did the first"); len(got) > 0 {
			t.Errorf("%q: offered %q", text, got)
		}
	}
	d, _ := crossMonthRange(tokenize("27 November – 1 December 2015"), 0)
	for _, e := range append(monthSpanSides(d, -1), monthSpanSides(d, 1)...) {
		if e.month2 != e.month+1 || e.day != 27 || e.day2 != 1 || e.overlaps(d) {
			t.Errorf("wrong choice %q is no span like the right one", e.text())
		}
	}
}
