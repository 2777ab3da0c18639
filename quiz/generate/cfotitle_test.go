package generate

import (
	"strings"
	"testing"
)

// TestChiefOfficerAbbreviations: "CFO" and "COO" are company titles like
// "CEO", read before a name and after one with the company's possessive;
// without a name nobody is read.
func TestChiefOfficerAbbreviations(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Ann Cole, Brill Market’s CFO, said sales rose on Wednesday.", []string{"Ann Cole|CFO|Brill Market"}},
		{"Brill Market COO Tom Reed said sales rose on Wednesday.", []string{"Tom Reed|COO|Brill Market"}},
		{"The company’s CFO said sales rose on Wednesday.", nil},
	} {
		got := leadersOf(t, tc.text)
		if strings.Join(got, ";") != strings.Join(tc.want, ";") {
			t.Errorf("%q: leaders %q, want %q", tc.text, got, tc.want)
		}
	}
}
