package generate

import (
	"strings"
	"testing"
)

// TestWhenFrontedDatesRoundEleven checks a date that opens its sentence
// in the "the 28th of June" style, and one followed by an aside that
// measures it against another event (development set 13's Versailles
// page); the sentences are the project's own.
func TestWhenFrontedDatesRoundEleven(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct{ text, prompt, answer string }{
		{"On the 14th of May 1890, the bridge over the river was opened by the mayor." + more,
			"When was the bridge over the river opened by the mayor?", "14th of May 1890"},
		{"On 14 May 1890, ten years to the day since the great flood, the bridge over the river was opened." + more,
			"When was the bridge over the river opened?", "14 May 1890"},
		{"In 1890, two weeks after the vote of the council, the new bridge opened to carts." + more,
			"When did the new bridge open to carts?", "1890"},
	}
	for _, tc := range tests {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
	// The statement keeps the article before the ordinal day.
	w := writeAll(t, tests[0].text)
	for _, c := range w.offered {
		if strings.Contains(c.q.Prompt, " on 14th of May") {
			t.Errorf("offered %q, want 'on the 14th of May'", c.q.Prompt)
		}
	}
	// An aside that holds a verb is no interval: no "When" on the aside.
	for p := range whenOffered(t, "On 14 May 1890, ten years after the river flooded the town, the bridge was opened."+more) {
		if strings.Contains(p, "years") {
			t.Errorf("offered %q", p)
		}
	}
}

// TestWhenCleftRoundEleven checks "It was 1700 when …" (development set
// 13's history feature): the year dates the clause after "when".
func TestWhenCleftRoundEleven(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	got := whenOffered(t, "It was 1810 when three river towns joined forces against the duke."+more)
	if p := "When did three river towns join forces against the duke?"; got[p] != "1810" {
		t.Errorf("want %q (1810); got %q", p, got)
	}
	// Not a cleft: "It was 1810 and …", "The year was 1810 when …".
	for _, text := range []string{"It was 1810 and three river towns joined forces." + more, "He said it was 1810 when the towns joined forces." + more} {
		for p, a := range whenOffered(t, text) {
			if a == "1810" {
				t.Errorf("%q: offered %q", text, p)
			}
		}
	}
}
