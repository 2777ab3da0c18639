package generate

import "testing"

// TestDottedHonorific: "H.E" (His Excellency) before a holder's name is
// an honorific, not two initials of the name; initials written with
// spaces stay the name's.
func TestDottedHonorific(t *testing.T) {
	for _, c := range []struct{ text, person string }{
		{"Harbour County Governor H.E Marta Lindqvist opened the new ferry pier on Monday.", "Marta Lindqvist"},
		{"Harbour County Governor H.E. Marta Lindqvist opened the new ferry pier on Monday.", "Marta Lindqvist"},
		{"The President H.E Dr. Tomas Varga opened the new ferry pier on Monday.", "Tomas Varga"},
		{"Harbour County Governor H. E. Lindqvist opened the new ferry pier on Monday.", "H. E. Lindqvist"},
	} {
		got := ""
		for _, l := range findLeaders(tokenize(c.text)) {
			got = l.person
		}
		if !sameName(got, c.person) {
			t.Errorf("%q: person %q, want %q", c.text, got, c.person)
		}
	}
}
