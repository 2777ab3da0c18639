package e2e

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// TestMatchingDistractor plays GIFT matching questions with extra
// partners that go with no item (Moodle's "= -> match"): each item's
// select offers them among the right partners, a right set scores full,
// and a distractor picked for an item is marked wrong with the right
// partner named.
func TestMatchingDistractor(t *testing.T) {
	q := loadQuiz(t, filepath.Join(repoRoot, "quiz", "e2e", "testdata", "matching-distractor.gift"))
	srv := startServer(t, questionsDir(t, "matching-distractor.gift"))
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "learner")
	p.startQuiz(srv.URL, q)

	// options is every select's partners, sorted, the "Choose…" left out.
	options := func() [][]string {
		return eval[[][]string](t, ctx, `[...document.querySelectorAll(".matching select")].map(s => [...s.options].filter(o => o.value !== "-1").map(o => o.text).sort())`)
	}
	tests := []struct {
		items    []string   // the rows, one per real item
		partners []string   // every select's choices, sorted
		give     [][]string // item, partner picked
		verdict  string
		marks    []string // each row's mark, in the rows' order
	}{
		{[]string{"Ardlow", "Kessick"}, []string{"the Brede", "the Oul", "the Tane", "the Wyle"},
			[][]string{{"Ardlow", "the Tane"}, {"Kessick", "the Oul"}}, "Right!",
			[]string{"Your answer — right", "Your answer — right"}},
		{[]string{"Penmarth", "Tolvean"}, []string{"Bryn Du", "Carn Hir", "Moel Fach"},
			[][]string{{"Penmarth", "Moel Fach"}, {"Tolvean", "Bryn Du"}}, "Partly right: 50% of the marks.",
			[]string{"Your answer — wrong. Right answer: Carn Hir", "Your answer — right"}},
	}
	for n, tt := range tests {
		where := fmt.Sprintf("question %d", n+1)
		p.untilText("#progress-text", fmt.Sprintf("%d of %d", n+1, len(q.Questions)))
		if got := ofTexts(t, ctx, ".matching label"); !slices.Equal(got, tt.items) {
			t.Errorf("%s: rows %q, want one per item %q (no row for a distractor)", where, got, tt.items)
		}
		for i, got := range options() {
			if !slices.Equal(got, tt.partners) {
				t.Errorf("%s: select %d offers %q, want %q", where, i+1, got, tt.partners)
			}
		}
		for _, g := range tt.give {
			matchPartner(t, ctx, g[0], g[1])
		}
		p.check()
		if got := p.text("#verdict"); got != tt.verdict {
			t.Errorf("%s: verdict %q, want %q", where, got, tt.verdict)
		}
		if got := p.texts(".matching .match .mark-words"); !slices.Equal(got, tt.marks) {
			t.Errorf("%s: marks %q, want %q", where, got, tt.marks)
		}
		p.next()
	}
	// The question missed on the distractor comes back, as any missed one.
	p.untilText("#progress-text", "3 of 3")
	if got := p.current(q); got.ID != "hills" {
		t.Fatalf("question %q came back, want the missed one, hills", got.ID)
	}
	ofWaitText(t, ctx, "You missed this one")
	matchPartner(t, ctx, "Penmarth", "Carn Hir")
	matchPartner(t, ctx, "Tolvean", "Bryn Du")
	p.check()
	if got := p.text("#verdict"); got != "Right!" {
		t.Errorf("again: verdict %q, want Right!", got)
	}
	p.next()
	p.until(`!!document.getElementById("results-title")`, "the results")
	noConsoleErrors(t, ctx)
}
