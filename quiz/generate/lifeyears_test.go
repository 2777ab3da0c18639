package generate

import (
	"strings"
	"testing"
)

// TestLifeYears: a year in a person's life before the person's birth or
// long after it is not asked; years inside the life are (lifeyears.go).
func TestLifeYears(t *testing.T) {
	tests := []struct {
		name, text, year string
		asked            bool
	}{
		{"a knighthood long after the birth, by the given name",
			"Tomas Varga, born in 1803, was a bridge engineer from Vell. Tomas was made a knight of the Order of the Lion in 1941 for his iron bridges.",
			"1941", false},
		{"the same by a pronoun",
			"Tomas Varga, born in 1803, was a bridge engineer from Vell. He was made a knight of the Order of the Lion in 1941 for his iron bridges.",
			"1941", false},
		{"a deed before the birth",
			"Ilse Marr was a Norland chemist, born in Sela in 1820. Ilse Marr opened her first laboratory in 1790 in the old town.",
			"1790", false},
		{"a life's span in brackets",
			"Tomas Varga (1803–1859) was a bridge engineer from Vell. Tomas was made a knight of the Order of the Lion in 1941 for his iron bridges.",
			"1941", false},
		{"a deed inside the life",
			"Tomas Varga, born in 1803, was a bridge engineer from Vell. Tomas was made a knight of the Order of the Lion in 1841 for his iron bridges.",
			"1841", true},
		{"another person of the same given name",
			"Tomas Varga, born in 1803, was a bridge engineer from Vell. Tomas Belan was made a knight of the Order of the Lion in 1941 for his iron bridges.",
			"1941", true},
	}
	for _, tc := range tests {
		for _, off := range []bool{false, true} {
			lifeYearsOff = off
			w := writeAll(t, tc.text)
			asked := false
			for _, c := range w.offered {
				if c.q.Fact == string(Date) && c.item.Answer != "" && (strings.Contains(c.item.Answer, tc.year) || strings.Contains(c.q.Prompt, tc.year)) {
					asked = true
				}
			}
			if !off && asked != tc.asked {
				t.Errorf("%s: asked %v, want %v", tc.name, asked, tc.asked)
			}
			if off && !tc.asked && !asked {
				t.Errorf("%s: not asked with the rule off either", tc.name)
			}
		}
		lifeYearsOff = false
	}
}

// TestLifeYearsOrder: a year out of its person's life is no event of a
// "Which happened first?" question either.
func TestLifeYearsOrder(t *testing.T) {
	text := "Tomas Varga, born in 1803, was a bridge engineer from Vell. Tomas was made a knight of the Order of the Lion in 1941 for his iron bridges. Ilse Marr, born in 1797, was a chemist from Sela. The Sela bridge opened in 1830 after six years of work."
	for _, off := range []bool{false, true} {
		lifeYearsOff = off
		w := writeAll(t, text)
		found := false
		for _, e := range w.orderEvents() {
			if w.facts[e.fact].d.year == 1941 {
				found = true
			}
		}
		if found != off {
			t.Errorf("rule off %v: the knighthood of 1941 an order event: %v", off, found)
		}
	}
	lifeYearsOff = false
}
