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

func TestCoreNameAsWritten(t *testing.T) {
	for _, text := range []string{
		"Gen. Mark  Alden Jr. said the talks would resume.", "Minister Rosa\tDelgado and Rep. Tom Hale Jr . spoke.",
		"Speaker Nora T. Vance told reporters that Kenya's Samuel Wanjiru won.",
		"The visit of Dr. Lena\nOkafor ended on Monday, said Sen. Paul Reyes.",
	} {
		toks := tokenize(text)
		q := newQtext(text, splitSentences(text, toks), nil)
		for i := 0; i < len(q.toks); i++ {
			if !q.runStart(i) {
				continue
			}
			end := q.runEnd(i)
			a, got := q.coreName(i, end)
			var b strings.Builder
			for k := a; k < end; k++ {
				if k > a && !q.toks[k].punct {
					b.WriteByte(' ')
				}
				b.WriteString(q.toks[k].text)
			}
			if got != b.String() {
				t.Errorf("%q: coreName(%d, %d) = %q, want %q", text, i, end, got, b.String())
			}
		}
	}
}
