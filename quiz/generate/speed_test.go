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

func TestStatesCountPreCheck(t *testing.T) {
	// The plain reading, word by word, without the quick look first.
	plain := func(p string, f Fact) bool {
		words := strings.Fields(p)
		noun := strings.Fields(normalize(f.Noun))
		for _, form := range countForms(f.Number) {
			n := strings.Fields(normalize(form))
			for i := findWords(words, n, 0); i >= 0; i = findWords(words, n, i+1) {
				if len(noun) == 0 || !(i > 0 && startsWithDigit(words[i-1])) &&
					(i+len(n) == len(words) || !countsOther(words[i+len(n)], noun) || nounFollows(words[i+len(n):], noun)) {
					return true
				}
			}
		}
		return false
	}
	for _, c := range []struct {
		prompt string
		f      Fact
	}{
		{"How many ferries were sunk in the 1,200-mile strait?", Fact{Kind: Count, Number: 1200, Noun: "ferries"}},
		{"Rescuers freed 1,200 miners after the collapse.", Fact{Kind: Count, Number: 1200, Noun: "miners"}},
		{"She won 6-3 in the final set.", Fact{Kind: Count, Number: 3, Noun: "titles"}},
		{"Three inspectors arrived on Tuesday.", Fact{Kind: Count, Number: 3, Noun: "locomotives"}},
		{"The flood killed 37 in two villages.", Fact{Kind: Count, Number: 37, Noun: "people"}},
		{"Nobody was hurt.", Fact{Kind: Count, Number: 2000000, Noun: "doses"}},
		{"About 2 million doses were sent.", Fact{Kind: Count, Number: 2000000, Noun: "doses"}},
		{"Two million doses were sent.", Fact{Kind: Count, Number: 2000000}},
	} {
		p := normalize(c.prompt)
		if got, want := statesCount(p, c.f, numberFormsOf(c.f)), plain(p, c.f); got != want {
			t.Errorf("statesCount(%q, %d %s) = %v, want %v", p, c.f.Number, c.f.Noun, got, want)
		}
	}
}

func TestNormalizeOnTheStack(t *testing.T) {
	long := strings.Repeat("The Minister’s Long Speech, Again! ", 10) // past every buffer
	for _, c := range []struct{ in, want string }{
		{"Azerbaijan’s army.", "azerbaijan army"},
		{"ÉCOLE Normale—Supérieure!", "école normale supérieure"},
		{"İstanbul", "istanbul"},
		{"...", ""},
		{long, strings.TrimSpace(strings.Repeat("the minister long speech again ", 10))},
	} {
		if got := normalize(c.in); got != c.want {
			t.Errorf("normalize(%q) = %q, want %q", c.in, got, c.want)
		}
		for _, p := range []string{"", c.want, "the " + c.want + " said", "azerbaijan army", "the armys"} {
			if got, want := hasNormalWords(p, c.in), hasWords(p, c.want); got != want {
				t.Errorf("hasNormalWords(%q, %q) = %v, want %v", p, c.in, got, want)
			}
		}
	}
}
