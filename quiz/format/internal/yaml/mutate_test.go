package yaml

import (
	"bytes"
	"math/rand"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestDifferentialMutations compares both parsers on inputs made by
// small random edits of the corpus (fixed seed, so failures repeat), and
// writes back every tree that parses. It finds in seconds what the
// coverage-guided fuzzers take minutes to find on a loaded machine.
func TestDifferentialMutations(t *testing.T) {
	n := 100000
	if testing.Short() {
		n = 10000
	}
	seed := int64(1)
	if v, err := strconv.ParseInt(os.Getenv("YAML_MUTATION_SEED"), 10, 64); err == nil {
		seed = v // other seeds: YAML_MUTATION_SEED=n go test -run Mutations
	}
	r := rand.New(rand.NewSource(seed))
	var seeds [][]byte
	for _, s := range tricky {
		seeds = append(seeds, []byte(s))
	}
	for _, s := range roundTripCases {
		seeds = append(seeds, []byte(s))
	}
	for _, d := range corpus(t) {
		seeds = append(seeds, d)
	}
	const alpha = "-:[]{}#&*!|>'\"%@` \n\t,?ab01\\.~xé"
	for i := 0; i < n && !t.Failed(); i++ {
		s := append([]byte(nil), seeds[r.Intn(len(seeds))]...)
		if len(s) > 40 && r.Intn(2) == 0 {
			k := r.Intn(len(s) - 20)
			s = s[k : k+20]
		}
		for k := 0; k < 1+r.Intn(6) && len(s) > 0; k++ {
			j := r.Intn(len(s))
			c := alpha[r.Intn(len(alpha))]
			switch r.Intn(3) {
			case 0:
				s[j] = c
			case 1:
				s = append(s[:j], s[j+1:]...)
			case 2:
				s = append(s[:j], append([]byte{c}, s[j:]...)...)
			}
		}
		if bytes.Contains(s, []byte(`\/`)) || bytes.Contains(s, []byte("%YAML 1.2")) {
			continue // read here, refused by yaml/v3 (documented)
		}
		compare(t, "mutation", s, false)
		var doc Node
		if Unmarshal(s, &doc) != nil || doc.Kind == 0 {
			continue
		}
		var b bytes.Buffer
		if err := NewEncoder(&b).Encode(&doc); err != nil {
			if !strings.Contains(err.Error(), "empty key") && !strings.Contains(err.Error(), "too long") {
				t.Errorf("Encode %q: %v", s, err)
			}
			continue
		}
		roundTrip(t, &doc, 2+r.Intn(3))
	}
}
