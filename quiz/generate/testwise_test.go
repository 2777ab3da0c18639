package generate

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"factquiz/quiz/testwise"
)

// maxTestwiseGain is how many points above chance a test-wise strategy
// may score before the choices count as giving answers away.
const maxTestwiseGain = 10

// minTestwiseKind is how many questions of one kind of fact a strategy
// must have picked in before its score on that kind alone can fail the
// test: below it, one or two lucky questions would decide.
const minTestwiseKind = 20

// TestTestwise plays every test-wise strategy on every multiple-choice
// question written for every test article and corpus article: a learner
// who never read the article must not gain more than maxTestwiseGain
// points over chance from the choices alone, over all questions and over
// each kind of fact.
func TestTestwise(t *testing.T) {
	var names []string
	for _, pat := range []string{"testdata/*.txt", "testdata/corpus/*.txt"} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, m...)
	}
	if len(names) < 8 {
		t.Fatalf("want at least the 8 test articles, found %d", len(names))
	}
	type key struct{ strategy, kind string }
	scores := map[key]*testwise.Score{}
	kinds := map[string]bool{}
	articles, questions := 0, 0
	var sameAnswer testwise.SameAnswer
	var unshared testwise.Score // across the questions of each quiz
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		res, err := FromText("", string(b))
		if err != nil {
			// Other tests say why an article gives no quiz.
			t.Logf("%s: %v", n, err)
			continue
		}
		articles++
		unshared.Merge(testwise.Unshared(res.Quiz.Questions))
		for _, q := range res.Quiz.Questions {
			sameAnswer.Add(q)
			if _, _, ok := testwise.Texts(q); !ok {
				continue
			}
			questions++
			kinds[q.Fact] = true
			for _, st := range testwise.Strategies {
				for _, k := range []key{{st.Name, q.Fact}, {st.Name, "all"}} {
					if scores[k] == nil {
						scores[k] = &testwise.Score{}
					}
					scores[k].Add(st, q)
				}
			}
		}
	}
	if questions == 0 {
		t.Fatal("no multiple-choice question written for any article")
	}
	ks := []string{"all"}
	for k := range kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks[1:])
	var b strings.Builder
	fmt.Fprintf(&b, "%d multiple-choice questions from %d articles\n", questions, articles)
	fmt.Fprintf(&b, "%-12s %-8s %10s %7s %7s %8s\n", "strategy", "kind", "hits/picks", "rate", "chance", "gain")
	for _, st := range testwise.Strategies {
		for _, k := range ks {
			s := scores[key{st.Name, k}]
			if s == nil {
				continue
			}
			fmt.Fprintf(&b, "%-12s %-8s %5.1f/%-4d %6.0f%% %6.0f%% %+8.1f\n", st.Name, k, s.Hits, s.Applied, 100*s.Rate(), 100*s.Chance(), s.Gain())
			if s.Gain() > maxTestwiseGain && (k == "all" || s.Applied >= minTestwiseKind) {
				t.Errorf("the %q strategy scores %.0f points above chance on %s questions (%s): the choices give the answer away to a learner who never read the article",
					st.Name, s.Gain(), k, s)
			}
		}
	}
	fmt.Fprintf(&b, "%s over the true-or-false questions: %s\n", testwise.SameAnswerName, sameAnswer)
	fmt.Fprintf(&b, "%s: %s\n", testwise.UnsharedName, unshared)
	if unshared.Gain() > maxTestwiseGain {
		t.Errorf("the choice no other question of the quiz offers scores %.0f points above chance (%s): same-form questions repeat their wrong choices",
			unshared.Gain(), unshared)
	}
	if sameAnswer.Gain() > maxTestwiseGain {
		t.Errorf("answering every true-or-false question alike scores %.0f points above chance (%s): the share of true statements gives the answer away",
			sameAnswer.Gain(), sameAnswer)
	}
	t.Log("\n" + b.String())
}
