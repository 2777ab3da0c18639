package generate

import "testing"

// TestNamedLifeDates: a birth dated after a name and a comma or bracket,
// and a death after "the death of" a name, are asked of that name, even
// beside another date; a birth or death of a phrase that is no name of
// two to four words stays unasked.
func TestNamedLifeDates(t *testing.T) {
	const tail = " The society was founded in 1899. Its first show was held in 1903. Its hall was sold in 1961."
	cases := []struct{ text, prompt, answer string }{
		{"Since the death of Edith Marlow on 3 March 2011, the oldest living member is Walter Penn, born 14 April 1919.",
			"When did Edith Marlow die?", "3 March 2011"},
		{"Since the death of Edith Marlow on 3 March 2011, the oldest living member is Walter Penn, born 14 April 1919.",
			"When was Walter Penn born?", "14 April 1919"},
		{"The youngest member is Clara Voss (born 9 October 2001), a student from the town.",
			"When was Clara Voss born?", "9 October 2001"},
		// A capitalised opening word is no part of the name.
		{"Yesterday Clara Voss, born 9 October 2001, joined the society.",
			"When was Clara Voss born?", "9 October 2001"},
	}
	for _, tc := range cases {
		got := offeredWith(t, tc.text+tail, "When ")
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: offered %q, want %q -> %q", tc.text, got, tc.prompt, tc.answer)
		}
	}
	for _, tc := range []struct{ text, answer string }{
		// No name: "his father".
		{"After the death of his father in 1990, the society sold its hall.", "1990"},
		// A single word is no name to ask of.
		{"The oldest member is Walter, born 14 April 1919.", "14 April 1919"},
		// A title before the name: refused, as lifespans are.
		{"The oldest member is President Walter Penn, born 14 April 1919.", "14 April 1919"},
	} {
		for p, a := range offeredWith(t, tc.text+tail, "When ") {
			if a == tc.answer {
				t.Errorf("%q: offered %q -> %q", tc.text, p, a)
			}
		}
	}
}
