package generate

import (
	"strings"
	"testing"
)

// TestYearBeforeDashChoices checks a bare year followed by a dash aside:
// it is no lifespan's birthday shared with other dates (both have no day
// and month), so its wrong choices are years, not " 0, 1993".
func TestYearBeforeDashChoices(t *testing.T) {
	const page = "The harbour town held its council vote on Tuesday. Anna Brandt joined the council in 1964 and retired in 1997. " +
		"\"Anna became mayor in 1991 — the year that I first stood for council,\" the current mayor said on Wednesday. " +
		"The town opened its new library in 2003."
	w := writeAll(t, page)
	asked := false
	for _, c := range w.offered {
		if !strings.HasPrefix(c.q.Prompt, "When ") {
			continue
		}
		if strings.Contains(c.q.Prompt, "mayor") {
			asked = true
		}
		for _, ch := range c.q.Choices {
			s := strings.TrimSpace(ch.Text)
			if len(s) != 4 || strings.Trim(s, "0123456789") != "" {
				t.Errorf("%q: choice %q is no year", c.q.Prompt, ch.Text)
			}
		}
	}
	if !asked {
		t.Errorf("no when question on the mayor; offered:")
		for _, c := range w.offered {
			t.Logf("  %q", c.q.Prompt)
		}
	}
}
