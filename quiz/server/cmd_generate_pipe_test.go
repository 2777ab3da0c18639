//go:build unix

package server

import (
	"bytes"
	"strings"
	"testing"

	"factquiz/quiz/atomicfile/atomicfiletest"
)

// TestRunGenerateToAPipe: -o naming a device or a pipe (/dev/null) writes
// into it; renaming a temporary file over it, as for a regular file, would
// replace the device by a file (it did: /dev/null became a file and broke
// the tools that read it).
func TestRunGenerateToAPipe(t *testing.T) {
	pipe := atomicfiletest.NewPipe(t)
	var stdout, stderr bytes.Buffer
	if code := runGenerate([]string{karabakhCopy, "-o", pipe.Path}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	switch got, ok := pipe.Received(); {
	case !ok:
		t.Error("nothing was written into the pipe")
	case !strings.Contains(got, "questions:"):
		t.Errorf("the pipe received %q, want the quiz", got)
	}
}
