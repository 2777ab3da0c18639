package generate

import (
	"strings"
	"testing"
)

// TestClassMinister: a "Union Minister" (any portfolio of the Union's
// government) is never offered among portfolio ministers, nor stated
// false as one; a portfolio minister still is.
func TestClassMinister(t *testing.T) {
	for _, tc := range []struct {
		office  string
		class   bool
		ministr bool // may a wrong choice or a false statement name a minister
	}{
		{"Union Minister", true, false},
		{"Cabinet Minister", true, false},
		{"Health Minister", false, true},
		{"Prime Minister", false, true},
	} {
		if got := classMinister(tc.office); got != tc.class {
			t.Errorf("classMinister(%q) = %v, want %v", tc.office, got, tc.class)
		}
		text := headlineLine + "A rocket lifted off from the coast of India on Monday.\n\n" +
			"Prime Minister Ravi Rao, Governor Anil Das and " + tc.office + " Vijay Mehta watched the launch.\n\n" +
			"Finance Minister Arun Shah said the mission cost 40 million dollars.\n"
		w := writeAll(t, text)
		for _, o := range w.offered {
			if !strings.Contains(o.q.Prompt, "Vijay Mehta") || !strings.HasPrefix(o.idHint, "leader-") {
				continue
			}
			for _, x := range append(append([]string(nil), o.item.Wrong...), o.q.Prompt) {
				if x != o.q.Prompt || !o.q.Truth && o.q.Type == "truefalse" {
					if strings.Contains(x, "Minister") && !strings.Contains(x, tc.office) && !tc.ministr {
						t.Errorf("%s: %q offers %q", tc.office, o.q.Prompt, x)
					}
				}
			}
		}
	}
}
