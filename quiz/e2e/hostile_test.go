package e2e

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestHostileFolder puts a good quiz among the files a careless teacher
// or an attacker could leave in questions/: 40,000 Aiken option lines
// (quadratic once), YAML nested 10,000 deep, a 15 MiB file and a 17 MiB
// one (over the limit), 100,000 questions, bytes that are no text, a
// named pipe, a folder named x.yaml, a symbolic link to /dev/zero and a
// file rewritten over and over. `factquiz check` finishes, the server
// answers, and a learner sees the good quiz's card and takes the quiz to
// its end. The deadlines are liveness limits (a hang or a freeze fails),
// not speed measurements: those are the readers' benchmarks.
func TestHostileFolder(t *testing.T) {
	q := shortQuiz(t)
	dir := questionsDir(t, "short.yaml")
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var aiken strings.Builder
	aiken.WriteString("Which letter?\n")
	for i := range 40_000 {
		fmt.Fprintf(&aiken, "%c. option %d\n", 'A'+i%26, i)
	}
	aiken.WriteString("ANSWER: A\n")
	write("many-options.aiken", []byte(aiken.String()))
	write("deep.yaml", []byte(strings.Repeat("[", 10_000)+strings.Repeat("]", 10_000)+"\n"))
	write("padded.gift", append([]byte(strings.Repeat("// a teacher's long notes, line after line\n", 15<<20/43)), "Last? {T}\n"...))
	write("too-big.gift", []byte(strings.Repeat("x", 17<<20)))
	var many strings.Builder
	for i := range 100_000 {
		fmt.Fprintf(&many, "Q%d {T}\n\n", i)
	}
	write("many-questions.gift", []byte(many.String()))
	write("not-text.yaml", []byte("title: \xff\xfe\x00\x01\x81\x8d\n"))
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "x.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.yaml")); err != nil {
		t.Fatal(err)
	}
	// A file rewritten in a loop while everything runs.
	ctx, stop := context.WithCancel(context.Background())
	defer stop()
	go func() {
		for i := 0; ctx.Err() == nil; i++ {
			os.WriteFile(filepath.Join(dir, "rewritten.gift"), []byte(strings.Repeat(fmt.Sprintf("Q%d {T}\n\n", i), i%50+1)), 0o644)
			time.Sleep(5 * time.Millisecond)
		}
	}()

	cctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	out, err := exec.CommandContext(cctx, binPath, "check", dir).CombinedOutput()
	if cctx.Err() != nil {
		t.Fatalf("factquiz check did not finish in 3 minutes on the hostile folder")
	}
	if code := exitCode(err); code != 1 {
		t.Errorf("check exited %d (%v), want 1 (the folder has errors)", code, err)
	}
	report := string(out)
	for _, want := range []string{"pipe.yaml", "x.yaml", "zero.yaml", "too-big.gift", "not-text.yaml"} {
		if !strings.Contains(report, want) {
			t.Errorf("check says nothing of %s:\n%.2000s", want, report)
		}
	}
	if strings.Contains(report, "short.yaml:") {
		t.Errorf("check reports a problem in the good quiz:\n%.2000s", report)
	}

	srv := startServer(t, dir)
	bctx := newBrowser(t)
	p := newLearnerTab(t, bctx, "tab")
	p.open(srv.URL + "/")
	p.untilText(".cards", q.Title)
	p.startQuiz(srv.URL, q)
	p.playRight(q)
	p.untilText("#results-title", "Results")
}

// exitCode is a finished command's exit status (0 when err is nil).
func exitCode(err error) int {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}
