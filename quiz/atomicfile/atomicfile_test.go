//go:build unix

package atomicfile

import (
	"os"
	"path/filepath"
	"testing"

	"factquiz/quiz/atomicfile/atomicfiletest"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "quiz.yaml")
	for _, text := range []string{"first\n", "second, longer\n"} {
		if err := WriteFile(name, []byte(text)); err != nil {
			t.Fatal(err)
		}
		if got, err := os.ReadFile(name); err != nil || string(got) != text {
			t.Errorf("after writing %q the file holds %q (%v)", text, got, err)
		}
	}
	if st, err := os.Stat(name); err != nil || st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v (%v), want 0644", st.Mode(), err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want the file alone (no temporary file left)", len(entries))
	}
	// A folder that cannot be written: the error, and nothing changed.
	if err := WriteFile(filepath.Join(dir, "missing", "q.yaml"), []byte("x")); err == nil {
		t.Error("writing into a missing folder gave no error")
	}
}

// TestWriteFileKeepsAPipe: a pipe (as /dev/null, a device) is written into,
// not replaced by a file renamed over it.
func TestWriteFileKeepsAPipe(t *testing.T) {
	pipe := atomicfiletest.NewPipe(t)
	if err := WriteFile(pipe.Path, []byte("sheet\n")); err != nil {
		t.Fatal(err)
	}
	switch got, ok := pipe.Received(); {
	case !ok:
		t.Error("nothing was written into the pipe")
	case got != "sheet\n":
		t.Errorf("the pipe received %q, want %q", got, "sheet\n")
	}
}
