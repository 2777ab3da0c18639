package format

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestMutations runs every reader on a few thousand random mutations of
// the testdata files (deterministic, unlike the fuzz tests): none may
// panic, take long, or break the invariants of checkParsed.
func TestMutations(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 200
	}
	for _, c := range []struct {
		f    Format
		glob string
	}{{GIFT, "*.gift"}, {Aiken, "*.aiken"}, {Native, "*.yaml"}} {
		var seeds [][]byte
		files, _ := filepath.Glob(filepath.Join("testdata", c.glob))
		for _, f := range files {
			d, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			seeds = append(seeds, d)
		}
		r := rand.New(rand.NewSource(1))
		const specials = "{}=~#:%\\\n ->TF[]ABC.)-'\"&*\t"
		for range n {
			s := append([]byte(nil), seeds[r.Intn(len(seeds))]...)
			for k := r.Intn(8); k >= 0; k-- {
				if len(s) == 0 {
					s = []byte("x")
				}
				i := r.Intn(len(s))
				switch r.Intn(3) {
				case 0:
					s[i] = specials[r.Intn(len(specials))]
				case 1:
					s = append(s[:i], s[min(len(s), i+r.Intn(20)):]...)
				case 2:
					j := r.Intn(len(s))
					s = append(s[:i], append(append([]byte(nil), s[j:min(len(s), j+r.Intn(30))]...), s[i:]...)...)
				}
			}
			start := time.Now()
			q, ps := parseAs(c.f, "m"+c.glob[1:], s)
			checkParsed(t, s, q, ps)
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("%s: %v on %q", c.f, d, s)
			}
		}
	}
}
