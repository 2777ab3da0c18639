//go:build unix

package server

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRunGenerateToAPipe: -o naming a device or a pipe (/dev/null) writes
// into it; renaming a temporary file over it, as for a regular file, would
// replace the device by a file (it did: /dev/null became a file and broke
// the tools that read it).
func TestRunGenerateToAPipe(t *testing.T) {
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
	var stdout, stderr bytes.Buffer
	if code := runGenerate([]string{karabakhCopy, "-o", pipe}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	select {
	case got := <-received:
		if !strings.Contains(got, "questions:") {
			t.Errorf("the pipe received %q, want the quiz", got)
		}
	case <-time.After(10 * time.Second):
		t.Error("nothing was written into the pipe")
	}
	st, err := os.Lstat(pipe)
	if err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("after writing, %s is %v (%v), want the pipe still there", pipe, st.Mode(), err)
	}
}
