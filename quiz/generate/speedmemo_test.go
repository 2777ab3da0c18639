package generate

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestSpeedMemos checks the per-article memos of round 23's speed pass
// against fresh reads on every corpus article: copyable (copyablememo.go),
// the actor clauses (clausesmemo.go) and the date choices' order
// (datekeys.go). A memo that kept an answer past what it read would
// differ here.
func TestSpeedMemos(t *testing.T) {
	names, err := filepath.Glob("testdata/corpus/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := checkText(string(data))
		if err != nil {
			continue
		}
		w := articleWriter(text, "")
		if w == nil {
			continue
		}
		w.write()
		base := filepath.Base(n)
		for fi, f := range w.facts {
			if got, want := w.copyable(f), w.copyableRead(f); got != want {
				t.Errorf("%s: fact %d (%q): copyable %v, read afresh %v", base, fi, f.Text, got, want)
			}
			if f.Kind == Date {
				wrong := w.dateDistractors(fi)
				got, want := w.dateChoices(f.d.text(), wrong), dateChoicesKeyed(map[string]int{}, f.d.text(), wrong)
				if !slices.Equal(got, want) {
					t.Errorf("%s: fact %d (%q): date choices %v, read afresh %v", base, fi, f.Text, got, want)
				}
			}
		}
		for si, s := range w.sents {
			dates := datesOf(w.facts, si, s.toks)
			got, want := w.actors.clausesOf(si, s.toks, dates), w.actors.clauses(s.toks, dates)
			if len(got) != len(want) {
				t.Errorf("%s: sentence %d: %d clauses kept, %d read afresh", base, si, len(got), len(want))
				continue
			}
			for k := range got {
				if got[k].spanStart != want[k].spanStart || got[k].spanEnd != want[k].spanEnd || got[k].verb != want[k].verb ||
					got[k].object != want[k].object || got[k].d.name() != want[k].d.name() {
					t.Errorf("%s: sentence %d: clause %d kept as %+v, read afresh %+v", base, si, k, got[k], want[k])
				}
			}
		}
	}
}
