//go:build unix

package main

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestWriteFileKeepsAPipe: -o /dev/null must write into the device, not
// rename a file over it.
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
	if err := writeFile(pipe, "sheet\n"); err != nil {
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
