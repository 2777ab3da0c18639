package generate

import (
	"strings"
	"testing"
)

// TestOfficeOfBody checks that a title written after "<Body> of <Place>"
// is the body's office, never the place's: no "Chairwoman of Fiji".
func TestOfficeOfBody(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Labour Party of Fiji Chairwoman Mere Tora and National Party of Fiji Chairman Sam Vula watched the count on Monday.", ""},
		{"Reserve Bank of Fiji Governor Sam Vula said rates would hold.", ""},
		// The place's own office still reads.
		{"Fiji Prime Minister Sam Vula watched the count on Monday.", "Sam Vula/Prime Minister/Fiji"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts("Island news\n\n"+tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLeaderTenseKin checks that a year dates no office of a leader
// named only as someone's parent, spouse or child.
func TestLeaderTenseKin(t *testing.T) {
	const days = "On this day\n\nIn 1640, the treaty of Ripon was signed. In 1802, the palace burned.\n\n"
	const page = days + "In 1938, Princess Louise of Sweden died at the age of 80. She was the youngest child of Queen Sofia and Prince Oscar."
	tests := []struct {
		text, person, is, when string
		ok                     bool
	}{
		{page, "Oscar", "", "", false},
		{page, "Sofia", "", "", false},
		{days + "In 1938, Princess Louise of Sweden died. Prince Oscar opened the bridge.", "Oscar", "was", " in 1938", true},
		{days + "In 1938, Prince Oscar of Sweden opened the bridge at Lund.", "Oscar", "was", " in 1938", true},
	}
	for _, tc := range tests {
		w := writerFor(tc.text)
		found := false
		for fi, f := range w.facts {
			if f.Kind != Leader || f.Person != tc.person {
				continue
			}
			found = true
			if is, when, ok := w.leaderTense(fi); is != tc.is || when != tc.when || ok != tc.ok {
				t.Errorf("%q: leaderTense(%s) = %q %q %v, want %q %q %v", tc.text, tc.person, is, when, ok, tc.is, tc.when, tc.ok)
			}
		}
		if !found {
			t.Errorf("%q: %s not found as a leader", tc.text, tc.person)
		}
	}
}

// TestPersonChoicesRoyalSex checks that the wrong choices for a man's
// royal title are no women with a woman's title, and the other way round.
func TestPersonChoicesRoyalSex(t *testing.T) {
	const page = "Royal days\n\nIn 1802, Queen Maria of Portugal opened the palace. In 1810, King Carlos of Spain signed the treaty. " +
		"In 1815, Prince Pedro of Portugal married. In 1820, Queen Ana of Spain died. In 1825, King Luis of Portugal was crowned."
	tests := []struct {
		person string
		right  []string // every wrong choice is one of these
	}{
		{"Pedro", []string{"Carlos", "Luis"}},
		{"Ana", []string{"Maria"}},
	}
	for _, tc := range tests {
		w := writerFor(page)
		found := false
		for fi, f := range w.facts {
			if f.Kind != Leader || f.Person != tc.person {
				continue
			}
			found = true
			for _, c := range w.personChoices(fi) {
				if !containsString(tc.right, c) {
					t.Errorf("%s: wrong choice %q, want one of %q", tc.person, c, tc.right)
				}
			}
		}
		if !found {
			t.Errorf("%s not found as a leader", tc.person)
		}
	}
}
