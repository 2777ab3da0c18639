package generate

import (
	"slices"
	"strings"
	"testing"
)

// The helpers of the nineteenth round's speed pass (text.go) must give
// what the plain calls they replace give.

var speed19Texts = []string{
	"", " ", "Prime Minister Rosa Delgado", "  two  spaces\tand a tab ", "THE COUNCIL’S vote, in 2019",
	"Président Émile Durand's plan", "ſtrange Kelvin K sign", "The mayor's 12,000-seat arena (opened 1998).",
	"his Mr Hale", "ÀÉÎ Straße İstanbul", strings.Repeat("A long sentence of many words, ", 30),
}

func TestSpeed19Helpers(t *testing.T) {
	for _, s := range speed19Texts {
		var buf [4]string
		if got, want := appendFields(buf[:0], s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("appendFields(%q) = %q, want %q", s, got, want)
		}
		if w := strings.Fields(s); len(w) > 0 && firstField(s) != w[0] {
			t.Errorf("firstField(%q) = %q, want %q", s, firstField(s), w[0])
		}
		var b [8]byte
		if got, ok := appendLowerASCII(b[:0], s); ok && string(got) != strings.ToLower(s) {
			t.Errorf("appendLowerASCII(%q) = %q, want %q", s, got, strings.ToLower(s))
		}
		for _, needle := range []string{"minister", "Rosa Delgado", "council", "2019", "k sign", "many words", ""} {
			if got, want := containsWords(s, needle), containsNormalWords(normalize(s), needle); got != want {
				t.Errorf("containsWords(%q, %q) = %v, want %v", s, needle, got, want)
			}
		}
	}
	for _, pad := range []string{"", " "} {
		got := normalizeEach(len(speed19Texts), func(i int) string { return speed19Texts[i] }, pad)
		for i, s := range speed19Texts {
			if want := pad + normalize(s) + pad; got[i] != want {
				t.Errorf("normalizeEach(%q, pad %q) = %q, want %q", s, pad, got[i], want)
			}
		}
	}
}
