package generate

import "testing"

// TestTwoDatesTwoClauses: a comma before "and" opens a clause of its own
// past a reference mark, and so does a comma before "where": each date is
// asked with its own clause; a plea's charge dated after "where", and a
// list of years, stay unasked.
func TestTwoDatesTwoClauses(t *testing.T) {
	const tail = " The academy was founded in 1711. Its hall burned down in 1790. Its library was sold in 1852."
	cases := []struct{ text, prompt, answer string }{
		{"The painter Anna Holt became a fellow aged 19 in 1768,[2] and the sculptor Tom Quill became a fellow aged 18 in 1806.",
			"When did the sculptor Tom Quill become a fellow aged 18?", "1806"},
		{"The painter Anna Holt became a fellow aged 19 in 1768,[2] and the sculptor Tom Quill became a fellow aged 18 in 1806.",
			"When did the painter Anna Holt become a fellow aged 19?", "1768"},
		{"Sam Reyes appeared at Leeds Crown Court on Monday, 4th March 2019, where he admitted stealing a van on 2nd March.",
			"When did Sam Reyes appear at Leeds Crown Court?", "4th March 2019"},
	}
	for _, tc := range cases {
		got := offeredWith(t, tc.text+tail, "When ")
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: offered %q, want %q -> %q", tc.text, got, tc.prompt, tc.answer)
		}
	}
	for _, tc := range []struct{ text, answer string }{
		// The charge's date is not the plea's.
		{"Sam Reyes appeared at Leeds Crown Court on Monday, 4th March 2019, where he admitted stealing a van on 2nd March.", "2nd March"},
		// Years listed after one "in" are no clause's each.
		{"The court heard of burglaries in 1986, 1988, 1989 and 1996, and of a theft in 2003.", "1988"},
		{"The court heard of burglaries in 1986, 1988, 1989 and 1996, and of a theft in 2003.", "2003"},
	} {
		for p, a := range offeredWith(t, tc.text+tail, "When ") {
			if a == tc.answer {
				t.Errorf("%q: offered %q -> %q", tc.text, p, a)
			}
		}
	}
}

// TestActiveAfterPassive: "was born on … and died on …" gives "When did X
// die?", never "When was X died?"; a past that is no participle after
// "and" is asked in its own voice; a participle after "and" still takes
// the first verb's "was".
func TestActiveAfterPassive(t *testing.T) {
	const tail = " The academy was founded in 1711. Its hall burned down in 1790. Its library was sold in 1852."
	cases := []struct{ text, prompt, answer string }{
		{"Edith Marlow was born on 3 March 1911 and died on 9 May 2002.", "When did Edith Marlow die?", "9 May 2002"},
		{"Tom Quill was elected in 1990 and resigned in 1996.", "When did Tom Quill resign?", "1996"},
		{"Tom Quill was elected in 1990 and became party leader in 1996.", "When did Tom Quill become party leader?", "1996"},
		{"The chapel was damaged in 1941 and restored in 1950.", "When was the chapel restored?", "1950"},
	}
	for _, tc := range cases {
		got := offeredWith(t, tc.text+tail, "When ")
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: offered %q, want %q -> %q", tc.text, got, tc.prompt, tc.answer)
		}
		for p := range got {
			if p == "When was Edith Marlow died?" || p == "When was Tom Quill resigned?" {
				t.Errorf("%q: offered %q", tc.text, p)
			}
		}
	}
}

// TestReferenceMarkOpening: a reference mark glued to the sentence
// before ("…in 1861.[4] A jubilee match …") is no word of the next
// sentence: its clause starts after it, and its subject is lowered as a
// sentence's first word.
func TestReferenceMarkOpening(t *testing.T) {
	text := "The club played its first match in 1861.[4] A jubilee match was held between 12 and 16 June 1911. Its hall burned down in 1790. Its library was sold in 1852."
	got := offeredWith(t, text, "When ")
	const want = "When was a jubilee match held?"
	if a, ok := got[want]; !ok || a != "between 12 and 16 June 1911" {
		t.Errorf("offered %q, want %q", got, want)
	}
}
