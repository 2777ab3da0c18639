//go:build unasked || whynot

package generate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factquiz/quiz/plaintext"
)

// pageWriter is a page of a diagnostic's folder, read as FromTextWith
// reads it, its questions written and chosen.
type pageWriter struct {
	name string // the page's file name without ".txt"
	w    *writer
}

// writtenPages reads every NAME.txt of dir as FromTextWith does, writes
// and chooses its questions, and logs a page it cannot read; a page
// without facts is left out.
func writtenPages(t *testing.T, dir string) []pageWriter {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out []pageWriter
	for _, p := range paths {
		raw, _ := os.ReadFile(p)
		pt, err := plaintext.DecodeBytes(raw)
		if err != nil {
			t.Logf("%s: %v", p, err)
			continue
		}
		text, _, err := checkText(pt.Text)
		if err != nil {
			t.Logf("%s: %v", p, err)
			continue
		}
		w := articleWriter(text, "")
		if w == nil {
			continue
		}
		w.write()
		w.choose(0)
		out = append(out, pageWriter{name: strings.TrimSuffix(filepath.Base(p), ".txt"), w: w})
	}
	return out
}
