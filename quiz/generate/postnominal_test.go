package generate

import (
	"strings"
	"testing"
)

// TestPostNominalAfterHolder: "the judge, X QC," gives the judge X, the
// letters after the name left out of it; other letters in capitals after
// the name still give nobody.
func TestPostNominalAfterHolder(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"The judge, Ann Marlow QC, said the pair had lied to the court.", []string{"Ann Marlow|Judge|"}},
		{"The judge, Ann Marlow KC said the pair had lied to the court.", []string{"Ann Marlow|Judge|"}},
		{"The judge, Ann Marlow NHS, said the pair had lied.", nil},
	} {
		got := leadersOf(t, tc.text)
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%q: leaders %q, want %q", tc.text, got, tc.want)
		}
	}
}
