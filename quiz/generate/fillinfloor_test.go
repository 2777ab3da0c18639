package generate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFillInFloor: a short quiz takes fill-in questions beyond their
// quarter up to minQuiz questions (a page with two real questions and one
// fill-in gets three), and a longer quiz keeps them to a quarter.
func TestFillInFloor(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       string // a prompt the quiz must hold
	}{
		{"two real questions and a fill-in", "Health officials trace mumps cases in Lakeford\n\n" +
			"The county health office confirmed the first case of mumps in Lakeford on April 3, 2023.\n" +
			"Nurses have called more than 180 families who were at the spring fair where the first patient worked.\n" +
			"Officials have visited more than 40 schools that shared a bus route with the fair.\n",
			"Fill in the number: Officials have visited more than _____ schools"},
	} {
		res, err := FromText("", c.text)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		found := false
		for _, q := range res.Quiz.Questions {
			found = found || strings.HasPrefix(q.Prompt, c.want)
		}
		if !found {
			t.Errorf("%s: no question %q in %d questions", c.name, c.want, len(res.Quiz.Questions))
		}
	}
	// A longer quiz: fill-ins stay a quarter once it has minQuiz questions.
	for _, name := range []string{"karabakh", "election", "peace-talks", "space-mission", "climate-deal"} {
		b, err := os.ReadFile(filepath.Join("testdata", name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		res, err := FromText("", string(b))
		if err != nil {
			t.Fatal(err)
		}
		n, fills := len(res.Quiz.Questions), 0
		for _, q := range res.Quiz.Questions {
			if strings.HasPrefix(q.Prompt, "Fill in") {
				fills++
			}
		}
		if n >= 2*minQuiz && fills*4 > n {
			t.Errorf("%s: %d fill-ins of %d questions", name, fills, n)
		}
	}
}
