package generate

import (
	"strings"
	"testing"
)

// TestFalseOfficeHeldUncountried: a leader stated false is never given an
// office the article names another person with, even without a country
// ("Defence Minister Luis Vera"): another question naming Vera with it
// would answer the statement.
func TestFalseOfficeHeldUncountried(t *testing.T) {
	text := headlineLine + "A strong earthquake struck central Peru on Friday.\n\n" +
		"President Ana Ruiz of Peru said she would declare two towns disaster zones.\n\n" +
		"Defence Minister Luis Vera told reporters that 40 bodies had been found.\n\n" +
		"Interior Minister Jon Reyes said rescue teams were still searching the rubble.\n"
	w := writeKind(text, Leader, func(w *writer, fi int) bool {
		return w.facts[fi].Person == "Ana Ruiz" && w.leaderTF(fi, true)
	})
	n := 0
	for _, o := range w.offered {
		if !strings.HasPrefix(o.q.Prompt, "According to the article, Ana Ruiz ") {
			continue
		}
		n++
		if strings.Contains(o.q.Prompt, "Defence Minister") || strings.Contains(o.q.Prompt, "Interior Minister") {
			t.Errorf("%q: states an office another person holds", o.q.Prompt)
		}
	}
	if n == 0 {
		t.Errorf("no statement on Ana Ruiz")
	}
}
