//go:build !wasm

package server

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// TestCompressKeepsUpToDateCopies: a second run on the same bytes keeps
// the compressed copies (brotli 11 is slow), and new bytes replace them.
func TestCompressKeepsUpToDateCopies(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "app.wasm")
	for _, step := range []struct {
		data     string
		rewrites bool
	}{
		{strings.Repeat("first build ", 500), true},
		{strings.Repeat("first build ", 500), false},
		{strings.Repeat("second build ", 500), true},
	} {
		must(t, os.WriteFile(name, []byte(step.data), 0o644))
		before := map[string]time.Time{}
		for _, ext := range []string{".br", ".gz"} {
			if info, err := os.Stat(name + ext); err == nil {
				before[ext] = info.ModTime()
			}
		}
		time.Sleep(20 * time.Millisecond) // a rewrite shows in the modification time
		var out, errb bytes.Buffer
		if code := runCompress([]string{name}, &out, &errb); code != 0 {
			t.Fatalf("compress: %d %s", code, errb.String())
		}
		if got := strings.Contains(out.String(), "(up to date)"); got == step.rewrites {
			t.Errorf("compress said %q; want a rewrite: %v", out.String(), step.rewrites)
		}
		for _, ext := range []string{".br", ".gz"} {
			info, err := os.Stat(name + ext)
			must(t, err)
			kept := before[ext].Equal(info.ModTime())
			if kept == step.rewrites {
				t.Errorf("%s: kept %v, want a rewrite: %v", ext, kept, step.rewrites)
			}
		}
		br, err := os.ReadFile(name + ".br")
		must(t, err)
		got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
		must(t, err)
		if string(got) != step.data {
			t.Error("app.wasm.br does not decode to the latest app.wasm")
		}
	}
}
