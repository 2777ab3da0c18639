package e2e

import (
	"net/http"
	"os"
	"strings"
	"testing"
	"time"
)

// TestServerShutsDownOnInterrupt: Ctrl-C (SIGINT) ends the server cleanly:
// it says so, exits with status 0 within seconds, and stops answering.
func TestServerShutsDownOnInterrupt(t *testing.T) {
	s := startServer(t, copyQuestions(t, "karabakh.yaml"))
	s.mu.Lock()
	cmd := s.cmd
	s.cmd = nil // this test ends it, not Stop
	s.mu.Unlock()

	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("the server exited with %v after Ctrl-C, want status 0", err)
		}
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("the server was still running 15 s after Ctrl-C")
	}
	if !strings.Contains(s.Log(), "shutting down") {
		t.Errorf("the server did not say it was shutting down:\n%s", s.Log())
	}
	if res, err := http.Get(s.URL + "/"); err == nil {
		res.Body.Close()
		t.Errorf("the server still answers after shutting down")
	}
}
