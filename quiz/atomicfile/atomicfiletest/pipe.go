//go:build unix

// Package atomicfiletest gives tests a named pipe to write into: a target
// that is not a regular file, as /dev/null is not, which
// atomicfile.WriteFile must write into rather than rename a file over.
package atomicfiletest

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// Pipe makes a named pipe in a temporary folder and reads it to its end
// in the background. Received waits for what was written (10 seconds at
// most) and checks that the pipe is still a pipe afterwards.
type Pipe struct {
	Path     string
	t        testing.TB
	received chan string
}

// NewPipe makes the pipe; it is removed with t's temporary folder.
func NewPipe(t testing.TB) *Pipe {
	t.Helper()
	p := &Pipe{Path: filepath.Join(t.TempDir(), "pipe"), t: t, received: make(chan string, 1)}
	if err := syscall.Mkfifo(p.Path, 0o600); err != nil {
		t.Fatal(err)
	}
	go func() {
		f, err := os.Open(p.Path)
		if err != nil {
			p.received <- "open: " + err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		p.received <- string(b)
	}()
	return p
}

// Received is what was written into the pipe, and false when nothing was
// within 10 seconds. It fails the test when the pipe was replaced.
func (p *Pipe) Received() (string, bool) {
	p.t.Helper()
	var got string
	ok := true
	select {
	case got = <-p.received:
	case <-time.After(10 * time.Second):
		ok = false
	}
	st, err := os.Lstat(p.Path)
	if err != nil || st.Mode()&os.ModeNamedPipe == 0 {
		p.t.Errorf("after writing, %s is %v (%v), want the pipe still there", p.Path, st.Mode(), err)
	}
	return got, ok
}
