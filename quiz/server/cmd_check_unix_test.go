//go:build unix

package server

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestRunCheckReadsOnlyRegularFiles: check reads what the server would
// serve and nothing else: a named pipe (which would block a read), a
// folder named like a question file, a link to /dev/zero (which never
// ends) or to a file outside the folder, and a file over the limit are
// each reported with the reason and not read; the regular file beside
// them is checked.
func TestRunCheckReadsOnlyRegularFiles(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.yaml":         "title: Good\nquestions:\n  - {type: truefalse, prompt: Water is wet., answer: true}\n",
		"x.yaml/inner.yaml": "title: Inner\n",
	})
	outside := writeFiles(t, map[string]string{"outside.yaml": "outsidekey: 1\n"})
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.yaml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(outside, "outside.yaml"), filepath.Join(dir, "out.yaml")); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create(filepath.Join(dir, "big.gift"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(maxQuestionFileSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	big.Close()

	named := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name string
		args []string
		want []string // lines of the output
	}{
		{"folder", []string{dir}, []string{
			named("big.gift") + ": file is 16777217 bytes, over the 16.0 MiB (16777216 bytes) limit for question files: split it into smaller files",
			named("out.yaml") + ": not read: it is a symbolic link, which may point outside the folder (the app does not serve links either): copy the file into the folder instead",
			named("pipe.yaml") + ": not read: it is a named pipe, not a regular file (the app does not serve it either)",
			named("x.yaml") + ": not read: it is a folder, not a file",
			named("zero.yaml") + ": not read: it is a symbolic link, which may point outside the folder (the app does not serve links either): copy the file into the folder instead",
			"checked 6 files, 1 question: 5 errors, 0 warnings (errors in 5 files)",
		}},
		{"pipe named", []string{named("pipe.yaml")}, []string{
			named("pipe.yaml") + ": not read: it is a named pipe, not a regular file (the app does not serve it either)",
			"checked 1 file, 0 questions: 1 error, 0 warnings (errors in 1 file)",
		}},
		{"link to /dev/zero named", []string{named("zero.yaml")}, []string{
			named("zero.yaml") + ": not read: it is a symbolic link, which may point outside the folder (the app does not serve links either): copy the file into the folder instead",
			"checked 1 file, 0 questions: 1 error, 0 warnings (errors in 1 file)",
		}},
		{"device named", []string{"/dev/zero"}, []string{
			"/dev/zero: not read: it is a device, not a regular file (the app does not serve it either)",
			"checked 1 file, 0 questions: 1 error, 0 warnings (errors in 1 file)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			done := make(chan int)
			go func() { done <- runCheck(tt.args, &out, &errOut) }()
			var code int
			select {
			case code = <-done:
			case <-time.After(time.Minute):
				t.Fatal("check has not returned after a minute: it is stuck reading a file")
			}
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n"); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("output:\n%s\nwant:\n%s", out.String(), strings.Join(tt.want, "\n"))
			}
			if strings.Contains(out.String(), "outsidekey") {
				t.Error("the file outside the folder was read")
			}
		})
	}
}
