package format

import (
	"fmt"
	"strings"
	"testing"
)

// TestProblemsCut: a file lists at most MaxProblems problems, the first
// by position, then "and N more problems" with the true count; the list
// has errors when any problem left out is one.
func TestProblemsCut(t *testing.T) {
	repeat := func(s string, n int) string { return strings.Repeat(s, n) }
	tests := []struct {
		name, file, data string
		problems         int  // problems in the file
		errors           bool // whether the list has errors
	}{
		{"aiken few", "a.aiken", repeat("ANSWER: A\n", 5), 5, true},
		{"aiken at the limit", "a.aiken", repeat("ANSWER: A\n", MaxProblems), MaxProblems, true},
		{"aiken one over", "a.aiken", repeat("ANSWER: A\n", MaxProblems+1), MaxProblems + 1, true},
		{"aiken many", "a.aiken", repeat("ANSWER: A\n", 5000), 5000, true},
		{"gift many", "g.gift", repeat("Q}\n\n", 3000), 3000, true},
		{"gift warnings only", "g.gift", repeat("Text only\n\n", 300) + "Q {=a ~b}\n", 300, false},
		{"gift an error after the warnings", "g.gift", repeat("Text only\n\n", 300) + "Q}\n", 301, true},
		{"native many", "n.yaml", "title: t\nquestions:\n- type: single\n  prompt: p\n  choices:\n" + repeat("  - ''\n", 400), 401, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := Parse(tt.file, []byte(tt.data))
			if got := ps.Count(); got != tt.problems {
				t.Errorf("Count() = %d, want %d", got, tt.problems)
			}
			listed := min(tt.problems, MaxProblems)
			if tt.problems > MaxProblems {
				listed++
			}
			if len(ps) != listed {
				t.Fatalf("%d problems listed, want %d", len(ps), listed)
			}
			if ps.HasErrors() != tt.errors {
				t.Errorf("HasErrors() = %v, want %v", ps.HasErrors(), tt.errors)
			}
			for i, p := range ps {
				if p.More != 0 && i != len(ps)-1 {
					t.Errorf("problem %d of %d has More=%d: %v", i+1, len(ps), p.More, p)
				}
			}
			if tt.problems <= MaxProblems {
				return
			}
			last := ps[len(ps)-1]
			more := tt.problems - MaxProblems
			what := "problems"
			if !tt.errors {
				what = "warnings"
			}
			if want := fmt.Sprintf("%s: and %d more %s", tt.file, more, what); last.More != more || last.Error() != want {
				t.Errorf("last = %q (More %d), want %q", last.Error(), last.More, want)
			}
			if last.Warning == tt.errors {
				t.Errorf("last is a warning: %v, want %v", last.Warning, !tt.errors)
			}
			if want := fmt.Sprintf("(and %d more problems)", tt.problems-1); !strings.HasSuffix(ps.Error(), want) {
				t.Errorf("Error() = %q, want it to end %q", ps.Error(), want)
			}
		})
	}
}

// TestProblemListKeepsFirst: problems found in any order, the list holds
// the first MaxProblems by position.
func TestProblemListKeepsFirst(t *testing.T) {
	for _, order := range []string{"forward", "backward", "interleaved"} {
		t.Run(order, func(t *testing.T) {
			const n = 1000
			l := problemList{file: "f"}
			for i := 0; i < n; i++ {
				line := i + 1
				switch order {
				case "backward":
					line = n - i
				case "interleaved":
					line = (i*389)%n + 1 // 389 is prime to n: every line once
				}
				l.add(Problem{File: "f", Line: line, Col: 1, Msg: "m"})
			}
			ps := l.list()
			for i := 0; i < MaxProblems; i++ {
				if ps[i].Line != i+1 {
					t.Fatalf("problem %d at line %d, want %d", i+1, ps[i].Line, i+1)
				}
			}
			if ps[MaxProblems].More != n-MaxProblems {
				t.Errorf("More = %d, want %d", ps[MaxProblems].More, n-MaxProblems)
			}
		})
	}
}
