//go:build unix

package atomicfile

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
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
	pipe := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	received := make(chan string, 1)
	go func() {
		f, err := os.Open(pipe)
		if err != nil {
			received <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		received <- string(b)
	}()
	if err := WriteFile(pipe, []byte("sheet\n")); err != nil {
		t.Fatal(err)
	}
	select {
	case got := <-received:
		if got != "sheet\n" {
			t.Errorf("the pipe received %q, want %q", got, "sheet\n")
		}
	case <-time.After(10 * time.Second):
		t.Error("nothing was written into the pipe")
	}
	st, err := os.Lstat(pipe)
	if err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("after writing, %s is %v (%v), want the pipe still there", pipe, st.Mode(), err)
	}
}
