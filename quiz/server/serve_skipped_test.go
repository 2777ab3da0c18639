//go:build !wasm

package server

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestScanQuestionsSaysWhatItSkips: a file that looks like a question file
// but is not served is named with the reason, never dropped silently.
func TestScanQuestionsSaysWhatItSkips(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ok.yaml", "title: ok\n")
	write("what?.yaml", "title: x\n")
	write("U7-p77-It is,there is.yaml", "title: y\n")
	write("notes.md", "not a question file")
	outside := filepath.Join(t.TempDir(), "outside.yaml")
	if err := os.WriteFile(outside, []byte("title: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "link.yaml")); err != nil {
		t.Fatal(err)
	}

	files, skipped, err := scanQuestions(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 || files[0].Name != "U7-p77-It is,there is.yaml" || files[1].Name != "ok.yaml" {
		t.Errorf("served %v, want ok.yaml and U7-p77-It is,there is.yaml", files)
	}
	report := strings.Join(skipped, "")
	for _, want := range []string{
		"link.yaml is not served: it is a symbolic link",
		"what?.yaml is not served: rename it",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("the report lacks %q:\n%s", want, report)
		}
	}
	if strings.Contains(report, "notes.md") || len(skipped) != 2 {
		t.Errorf("report of skipped files:\n%s\nwant two lines, none about notes.md", report)
	}
}
