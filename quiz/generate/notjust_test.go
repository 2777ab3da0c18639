package generate

import "testing"

// TestHalfCorrelative: "not just …" cut before its "but also …" half is
// no question; the whole sentence still is.
func TestHalfCorrelative(t *testing.T) {
	tests := []struct {
		prompt string
		half   bool
	}{
		{"When did Acme Foods become not just the country's largest egg producer?", true},
		{"When did Acme Foods become not only the largest egg producer?", true},
		{"According to the article, in 2004 Acme Foods became not just the largest egg producer, but also the largest dairy.", false},
		{"When did Acme Foods become the country's largest egg producer?", false},
		{"Who said the plan was not justified?", false},
	}
	for _, tc := range tests {
		if got := halfCorrelative(tc.prompt); got != tc.half {
			t.Errorf("halfCorrelative(%q) = %v, want %v", tc.prompt, got, tc.half)
		}
	}
	text := headlineLine + "Tom Hale took over the family farm in 1980.\n\n" +
		"In 2004 Acme Foods became not just the country's largest egg producer, but also its largest dairy.\n"
	w := writeAll(t, text)
	for _, o := range w.offered {
		if halfCorrelative(o.q.Prompt) {
			t.Errorf("offered %q", o.q.Prompt)
		}
	}
}
