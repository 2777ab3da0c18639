package generate

import (
	"strings"
	"testing"
)

// TestDeedAppositive: a quoted acronym in brackets and an appositive that
// closes the sentence leave a deed whole; an appositive with a verb of its
// own, or one the sentence goes on after, does not.
func TestDeedAppositive(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"The Harbour Board operated North Quay Depot (\"NQD\") within Camp Anvil.", "Harbour Board|organisation|operated North Quay Depot within Camp Anvil"},
		{"The Harbour Board operated North Quay Depot within Camp Anvil, a base near the airport.", "Harbour Board|organisation|operated North Quay Depot within Camp Anvil"},
		{"The Harbour Board operated North Quay Depot within Camp Anvil, a base that was closed in 2001.", ""},
		{"The Harbour Board operated North Quay Depot within Camp Anvil, a base near the airport, for ten years.", ""},
	} {
		text := headlineLine + tc.text
		sents := splitSentences(text, tokenize(text))
		var got []string
		for _, f := range extract(text, sents) {
			if f.Kind == Actor {
				got = append(got, f.Doer+"|"+f.DoerKind+"|"+f.Action)
			}
		}
		if strings.Join(got, "; ") != tc.want {
			t.Errorf("%q: actors %q, want %q", tc.text, got, tc.want)
		}
	}
}
