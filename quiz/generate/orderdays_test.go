package generate

import "testing"

// TestOrderEventWords: an event's words may hold a name that opens on
// "New" (no sign of order), but not a time of their own, which would set
// the choice apart or date it otherwise.
func TestOrderEventWords(t *testing.T) {
	for _, tc := range []struct {
		text         string
		tells, names bool
	}{
		{"Two trains collided near New Delhi", false, false},
		{"The mayor flew to New York", false, false},
		{"A new ceasefire was signed", true, false},
		{"New talks opened in Geneva", true, false},
		{"The first war broke out", true, false},
		{"The council met on Monday to vote", false, true},
		{"The plant opened in 2019 near the coast", false, true},
		{"The board said in March it would sell", false, true},
		{"The union may march through the city", false, false},
		{"The bill passed the Senate", false, false},
		{"Apollo 11 lifted off", false, false},
	} {
		if got := tellsOrder(tc.text); got != tc.tells {
			t.Errorf("tellsOrder(%q) = %v, want %v", tc.text, got, tc.tells)
		}
		if got := namesATime(tc.text); got != tc.names {
			t.Errorf("namesATime(%q) = %v, want %v", tc.text, got, tc.names)
		}
	}
}

// TestYearlessOrdered: two days without a year are ordered by the
// calendar only when they are close.
func TestYearlessOrdered(t *testing.T) {
	ev := func(m, d int) orderEvent {
		return orderEvent{lo: dayOfYear(m, d), hi: dayOfYear(m, d), yearless: true}
	}
	for _, tc := range []struct {
		a, b orderEvent
		want bool
	}{
		{ev(3, 3), ev(5, 9), true},
		{ev(5, 9), ev(3, 3), false},
		{ev(1, 9), ev(12, 28), false}, // may be December of the year before
		{ev(2, 3), ev(9, 9), false},
		{ev(6, 1), ev(6, 1), false},
		{ev(3, 3), orderEvent{lo: 19950101, hi: 19951231}, false},
	} {
		if got := tc.a.before(tc.b); got != tc.want {
			t.Errorf("%d before %d = %v, want %v", tc.a.lo, tc.b.lo, got, tc.want)
		}
	}
}

// TestOrderGuessable: an order that the events' verbs tell (a beginning
// before every other, an ending after) is known without the article.
func TestOrderGuessable(t *testing.T) {
	for _, tc := range []struct {
		first string
		later []string
		want  bool
	}{
		{"The election was held", []string{"Kowalczyk conceded defeat"}, true},
		{"The spacecraft lifted off", []string{"Four astronauts splashed down"}, true},
		{"The war broke out", []string{"The army withdrew", "A peace deal was ratified"}, true},
		{"The tournament opened", []string{"The team returned home"}, true},
		// Two beginnings, or an ending first: the verbs tell nothing.
		{"The war broke out", []string{"Clashes erupted", "The army withdrew"}, false},
		{"Roosevelt died", []string{"Germany surrendered unconditionally", "A general election was held"}, false},
		{"The ministers agreed the text", []string{"The parliament moved to a new building"}, false},
		{"The old bridge closed", []string{"The new bridge opened"}, false},
	} {
		if got := orderGuessable(tc.first, tc.later); got != tc.want {
			t.Errorf("orderGuessable(%q, %q) = %v, want %v", tc.first, tc.later, got, tc.want)
		}
	}
}

// TestTwoWordEvent: an event of two words reads alone when its subject
// is a name ("Germany surrendered"), not a noun that leaves out of what
// ("Construction began").
func TestTwoWordEvent(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"The talks stalled in 1944. Germany surrendered in 1945. Troops left Germany in 1946.", "Germany surrendered"},
		{"The company was formed in 1854. Construction began in 1859. The canal opened to ships in 1869.", ""},
	} {
		w := articleWriter(tc.text, "")
		got := ""
		for _, e := range w.orderEvents() {
			if wordCount(e.clause) == 2 {
				got = e.clause
			}
		}
		if got != tc.want {
			t.Errorf("%q: two-word event %q, want %q", tc.text, got, tc.want)
		}
	}
}
