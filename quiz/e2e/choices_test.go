package e2e

import (
	"path/filepath"
	"testing"
)

// TestChoicesPickedFasterThanRedraw: three checkboxes ticked in one go,
// before the page redraws, are all kept. Each change used to start from
// the response of the last redraw, so only the last tick counted.
func TestChoicesPickedFasterThanRedraw(t *testing.T) {
	requireBuild(t)
	q := loadQuiz(t, filepath.Join(repoRoot, "quiz", "e2e", "testdata", "quick-picks.yaml"))
	srv := startServer(t, questionsDir(t, "quick-picks.yaml"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "learner")
	p.startQuiz(srv.URL, q)

	// One script, so no redraw comes between the clicks.
	p.eval(`(() => {
		for (const label of document.querySelectorAll(".choice label")) {
			if (!label.innerText.includes("Pashinyan")) {
				document.getElementById(label.htmlFor).click();
			}
		}
		return "";
	})()`)
	p.check()
	p.untilText("#verdict", "Right!")
	if got := p.pickedLabels(); len(got) != 3 {
		t.Errorf("picked %q, want the three presidents", got)
	}
	noConsoleErrors(t, ctx)
}
