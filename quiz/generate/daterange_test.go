package generate

import (
	"strings"
	"testing"
)

// TestDaySpanReadWhole: a span of days in one month, with its year, is
// one date, written back as the article wrote it.
func TestDaySpanReadWhole(t *testing.T) {
	cases := []struct{ text, want string }{
		{"The regatta was held between 12 and 16 March 1979 on the lake.", "12 and 16 March 1979"},
		{"The regatta was held on 3–5 August 1911 on the lake.", "3–5 August 1911"},
		{"The regatta was held on 3-5 August 1911 on the lake.", "3-5 August 1911"},
		{"The congress met in Vienna on May 2-6, 1820 to redraw the map.", "May 2-6, 1820"},
		{"The fair ran on November 1 and 2, 1904 in the square.", "November 1 and 2, 1904"},
		{"The games were played on the 3rd and 4th May 1920 at the park.", "3rd and 4th May 1920"},
		// Without its year the span stays one date, as "November 1 and 2" was.
		{"The regatta is held on 3 and 4 August on the lake.", "3 and 4 August"},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text)
		var got []string
		for _, d := range findDates(toks) {
			got = append(got, d.text())
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%q: dates %q, want one %q", tc.text, got, tc.want)
		}
	}
}

// TestDaySpanAsked: a clause dated by a span is asked with the whole span
// as its answer ("between …" as the article has it), and not when the
// article dates a day inside the span elsewhere (the choices would give
// it away).
func TestDaySpanAsked(t *testing.T) {
	const tail = " The club was founded in 1861. The pavilion burned down in 1902. The ground was sold in 1948."
	cases := []struct{ text, prompt, answer string }{
		{"A jubilee regatta was held between 12 and 16 March 1979.",
			"When was a jubilee regatta held?", "between 12 and 16 March 1979"},
		{"The first rowing race on the lake was held on 3–5 August 1911.",
			"When was the first rowing race on the lake held?", "3–5 August 1911"},
		{"The village sides played their first match on 24 and 25 September 1844.",
			"When did the village sides play their first match?", "24 and 25 September 1844"},
		{"The congress of the rowing clubs met on May 2-6, 1820.",
			"When did the congress of the rowing clubs meet?", "May 2-6, 1820"},
	}
	for _, tc := range cases {
		got := offeredWith(t, tc.text+tail, "When ")
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: offered %q, want %q -> %q", tc.text, got, tc.prompt, tc.answer)
		}
	}
	// A day inside the span dated apart: no question answered by the span.
	for _, text := range []string{
		"The siege of the river fort lasted on June 16-19, 1815. The final assault came on June 18, 1815.",
		"The regatta was held between 12 and 16 March 1979. The final was rowed on 15 March 1979.",
	} {
		for p, a := range offeredWith(t, text+tail, "When ", "According to", "Fill in") {
			if strings.Contains(a, "16") || strings.Contains(p, "between 1") || strings.Contains(p, "-19") {
				t.Errorf("%q: offered %q -> %q", text, p, a)
			}
		}
	}
}
