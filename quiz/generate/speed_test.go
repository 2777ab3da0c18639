package generate

import (
	"strings"
	"testing"
)

// The fast paths taken for speed must give what the plain definitions
// give: these tests compare them on the project's own examples.

func TestOfficeKeyFastPath(t *testing.T) {
	plain := func(office string) string {
		k := strings.ToLower(strings.TrimSpace(office))
		if s, ok := officeSynonyms[k]; ok {
			return s
		}
		return k
	}
	cases := append([]string{"Premier", " Chairwoman ", "CEO", "Health Minister", "Sen.", "Tsar",
		"Président", "", "Secretary of Housing and Urban Development and Planning", "PRIME MINISTER"}, titles...)
	for _, office := range cases {
		if got, want := officeKey(office), plain(office); got != want {
			t.Errorf("officeKey(%q) = %q, want %q", office, got, want)
		}
	}
	for _, c := range []struct{ a, b string }{{"Premier", "Prime Minister"}, {"Chair", "Chairman"}, {"CEO", "Chief Executive Officer"}} {
		if !sameOffice(c.a, c.b) {
			t.Errorf("sameOffice(%q, %q) = false", c.a, c.b)
		}
	}
}
