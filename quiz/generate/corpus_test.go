package generate_test

// The corpus measure of issue 7: every testdata/corpus/NAME.txt is run
// through the generator and measured against its hand-made NAME.facts
// (format: testdata/corpus/README.md; matching rules: factlist.Matches).
//
//	go test ./quiz/generate -run TestCorpusReport -v   # the table
//	go test ./quiz/generate -run TestCorpus            # the thresholds

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"text/tabwriter"

	"factquiz/quiz/generate"
	"factquiz/quiz/generate/internal/factlist"
)

const corpusDir = "testdata/corpus"

// The thresholds of issue 7 ("What must hold"); not to be lowered.
const (
	minArticles       = 24 // "a test corpus of at least 24 articles"
	minAskedPercent   = 75 // listed facts asked, over the corpus
	maxFillInPercent  = 25 // fill-in-the-blank copies of a sentence
	longArticleWords  = 300
	longArticleFacts  = 8
	longArticleAsks   = 8 // questions at least, for an article of 300+ words with 8+ listed facts
	wordsPerQuestions = 300
)

type corpusArticle struct {
	name     string
	text     string
	list     factlist.List
	res      generate.Result
	err      error // the generator's
	m        factlist.Measure
	problems int // questions with automatic problems (generate.QualityProblems)
}

// loadCorpus reads and measures every article; any problem with the
// files (an article without its list or the reverse, a bad line, a
// listed text that is not in the article) fails the test.
func loadCorpus(t *testing.T) []corpusArticle {
	t.Helper()
	entries, err := os.ReadDir(corpusDir)
	if err != nil {
		t.Fatalf("cannot read the corpus: %v", err)
	}
	has := map[string]bool{}
	for _, e := range entries {
		has[e.Name()] = true
	}
	var out []corpusArticle
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok {
			if n, isFacts := strings.CutSuffix(e.Name(), ".facts"); isFacts && !has[n+".txt"] {
				t.Errorf("%s/%s has no article %s.txt", corpusDir, e.Name(), n)
			}
			continue
		}
		if !has[name+".facts"] {
			t.Errorf("%s/%s.txt has no list of facts %s.facts", corpusDir, name, name)
			continue
		}
		text, err := os.ReadFile(filepath.Join(corpusDir, name+".txt"))
		if err != nil {
			t.Errorf("cannot read %s.txt: %v", name, err)
			continue
		}
		data, err := os.ReadFile(filepath.Join(corpusDir, name+".facts"))
		if err != nil {
			t.Errorf("cannot read %s.facts: %v", name, err)
			continue
		}
		list, err := factlist.Parse(name+".facts", data)
		if err != nil {
			t.Errorf("bad list of facts:\n%v", err)
			continue
		}
		if errs := factlist.Check(list, string(text)); len(errs) > 0 {
			t.Errorf("the list of facts does not agree with its article:\n%v", errs)
		}
		a := corpusArticle{name: name, text: string(text), list: list}
		a.res, a.err = generate.FromText("", a.text)
		a.m = factlist.Run(a.text, list, a.res)
		a.problems = problemQuestions(a.text, a.res)
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// problemQuestions counts the questions the automatic checker finds a
// problem with (every question when it finds one with the whole quiz).
func problemQuestions(text string, res generate.Result) int {
	if res.Quiz == nil {
		return 0
	}
	bad := map[string]bool{}
	for _, p := range generate.QualityProblems(text, res) {
		if p.QuestionID == "" {
			return len(res.Quiz.Questions)
		}
		bad[p.QuestionID] = true
	}
	n := 0
	for _, q := range res.Quiz.Questions {
		if bad[q.ID] {
			n++
		}
	}
	return n
}

// corpusTotals are the corpus-wide sums.
type corpusTotals struct {
	listed, found map[generate.Kind]int
	facts, asked  int
	// core are the dates, leaders and counts: the facts issue 7 measures
	// "asked" on.
	coreFacts, coreAsked int
	askedBy, listedBy    map[generate.Kind]int
	questions            int
	fillIn               int
	words                int
	problems             int
}

func totals(arts []corpusArticle) corpusTotals {
	tt := corpusTotals{listed: map[generate.Kind]int{}, found: map[generate.Kind]int{}, askedBy: map[generate.Kind]int{}, listedBy: map[generate.Kind]int{}}
	for _, a := range arts {
		for _, k := range factlist.Kinds {
			tt.listed[k] += a.m.Listed(k)
			tt.found[k] += a.m.Found(k)
		}
		tt.facts += len(a.m.Outcomes)
		tt.asked += a.m.Asked()
		for _, o := range a.m.Outcomes {
			tt.listedBy[generate.Kind(o.Entry.Kind)]++
			if len(o.AskedBy) > 0 {
				tt.askedBy[generate.Kind(o.Entry.Kind)]++
			}
			switch generate.Kind(o.Entry.Kind) {
			case generate.Date, generate.Leader, generate.Count:
				tt.coreFacts++
				if len(o.AskedBy) > 0 {
					tt.coreAsked++
				}
			}
		}
		tt.questions += a.m.Questions
		tt.fillIn += a.m.FillIn
		tt.words += a.m.Words
		tt.problems += a.problems
	}
	return tt
}

func pct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.0f%%", 100*float64(n)/float64(d))
}

func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%d/%d", n, d)
}

// corpusTable writes the report: one row per article and the corpus.
func corpusTable(arts []corpusArticle) string {
	var b strings.Builder
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := []string{"article", "words"}
	for _, k := range factlist.Kinds {
		head = append(head, string(k))
	}
	head = append(head, "asked", "questions", "per 300 w", "fill-in", "auto problems", "not: taken", "")
	fmt.Fprintln(w, strings.Join(head, "\t"))
	for _, a := range arts {
		row := []string{a.name, fmt.Sprint(a.m.Words)}
		for _, k := range factlist.Kinds {
			row = append(row, ratio(a.m.Found(k), a.m.Listed(k)))
		}
		row = append(row, ratio(a.m.Asked(), len(a.m.Outcomes)), fmt.Sprint(a.m.Questions),
			fmt.Sprintf("%.1f", float64(a.m.Questions)*wordsPerQuestions/float64(max(a.m.Words, 1))),
			pct(a.m.FillIn, a.m.Questions), fmt.Sprint(a.problems), fmt.Sprint(len(a.m.Taken)), "")
		fmt.Fprintln(w, strings.Join(row, "\t"))
	}
	tt := totals(arts)
	row := []string{fmt.Sprintf("all (%d articles)", len(arts)), fmt.Sprint(tt.words)}
	for _, k := range factlist.Kinds {
		row = append(row, ratio(tt.found[k], tt.listed[k])+" "+pct(tt.found[k], tt.listed[k]))
	}
	taken := 0
	for _, a := range arts {
		taken += len(a.m.Taken)
	}
	row = append(row, ratio(tt.asked, tt.facts)+" "+pct(tt.asked, tt.facts), fmt.Sprint(tt.questions),
		fmt.Sprintf("%.1f", float64(tt.questions)*wordsPerQuestions/float64(max(tt.words, 1))),
		ratio(tt.fillIn, tt.questions)+" "+pct(tt.fillIn, tt.questions), ratio(tt.problems, tt.questions)+" "+pct(tt.problems, tt.questions), fmt.Sprint(taken), "")
	fmt.Fprintln(w, strings.Join(row, "\t"))
	w.Flush()
	fmt.Fprintf(&b, "\ndates, leaders and counts asked (issue 7's measure): %s %s\n", ratio(tt.coreAsked, tt.coreFacts), pct(tt.coreAsked, tt.coreFacts))
	b.WriteString("asked by kind:")
	for _, k := range factlist.Kinds {
		fmt.Fprintf(&b, " %s %s", k, ratio(tt.askedBy[k], tt.listedBy[k]))
	}
	b.WriteString("\n")
	b.WriteString("\nkinds: listed facts the generator found / listed; asked: listed facts some question asks about / listed;\n" +
		"fill-in: questions whose prompt starts \"Fill in\"; auto problems: questions generate.QualityProblems finds a problem with;\nnot: taken: not: texts the generator took for a fact\n")
	for _, a := range arts {
		if a.err != nil {
			fmt.Fprintf(&b, "%s: the generator refused it: %v\n", a.name, a.err)
		}
		for _, tk := range a.m.Taken {
			f := a.res.Facts[tk.Fact]
			fmt.Fprintf(&b, "%s: %q taken for a %s fact (found fact %d, %q)\n", tk.Entry.Pos(), tk.Entry.Fields[0], f.Kind, tk.Fact+1, f.Text)
		}
	}
	return b.String()
}

// TestCorpusReport prints the corpus table (run with -v); it fails only
// when the corpus cannot be read or measured.
func TestCorpusReport(t *testing.T) {
	arts := loadCorpus(t)
	if len(arts) == 0 {
		t.Fatalf("no article in %s", corpusDir)
	}
	t.Log("\n" + corpusTable(arts))
}

// Floors under which the generator must not fall on the corpus. They are
// the figures reached so far on issue 7 (raised in the third session:
// 24% of the listed facts, 29.8% of the dates, leaders and counts, 10
// long articles), not the targets (minAskedPercent,
// longArticleAsks), which are not met yet: TestCorpusReport prints both.
// Raise them as the generator improves.
const (
	floorAskedPercent     = 30 // of the listed facts asked (target 75)
	floorCoreAskedPercent = 39 // of the listed dates, leaders and counts asked (target 75)
	floorLongOK           = 15 // long articles with at least longArticleAsks questions (target: all)
	ceilingTakenNotFact   = 3  // not: texts taken for a fact (target 0)
)

// TestCorpus holds the generator to issue 7's thresholds where it meets
// them (the corpus size, the share of fill-in-the-blank questions, a quiz
// for every article) and to the floors above where it does not yet.
func TestCorpus(t *testing.T) {
	arts := loadCorpus(t)
	if len(arts) < minArticles {
		t.Errorf("the corpus has %d articles with their lists; issue 7 asks for at least %d", len(arts), minArticles)
	}
	tt := totals(arts)
	if tt.facts == 0 {
		t.Fatalf("no listed facts in %s", corpusDir)
	}
	if 100*tt.asked < floorAskedPercent*tt.facts {
		t.Errorf("only %d of the %d listed facts (%s) are asked by a question; the floor is %d%% (issue 7's target %d%%)",
			tt.asked, tt.facts, pct(tt.asked, tt.facts), floorAskedPercent, minAskedPercent)
	}
	if 100*tt.coreAsked < floorCoreAskedPercent*tt.coreFacts {
		t.Errorf("only %d of the %d listed dates, leaders and counts (%s) are asked by a question; the floor is %d%% (issue 7's target %d%%)",
			tt.coreAsked, tt.coreFacts, pct(tt.coreAsked, tt.coreFacts), floorCoreAskedPercent, minAskedPercent)
	}
	if 100*tt.fillIn > maxFillInPercent*tt.questions {
		t.Errorf("%d of the %d questions (%s) are fill-in-the-blank copies of a sentence; at most %d%% may be",
			tt.fillIn, tt.questions, pct(tt.fillIn, tt.questions), maxFillInPercent)
	}
	longOK, taken := 0, 0
	for _, a := range arts {
		if a.err != nil && !errors.Is(a.err, generate.ErrNoQuestions) {
			t.Errorf("%s: the generator refused the article: %v", a.name, a.err)
		} else if a.err != nil {
			t.Errorf("%s: the generator wrote no question: %v", a.name, a.err)
		}
		if a.m.Words >= longArticleWords && len(a.m.Outcomes) >= longArticleFacts {
			if a.m.Questions >= longArticleAsks {
				longOK++
			} else {
				t.Logf("%s: %d questions for an article of %d words with %d listed facts; issue 7 asks for at least %d",
					a.name, a.m.Questions, a.m.Words, len(a.m.Outcomes), longArticleAsks)
			}
		}
		for _, tk := range a.m.Taken {
			f := a.res.Facts[tk.Fact]
			taken++
			t.Logf("%s: %q, listed as not a fact, is taken for a %s fact (found fact %d, %q)", tk.Entry.Pos(), tk.Entry.Fields[0], f.Kind, tk.Fact+1, f.Text)
		}
	}
	if longOK < floorLongOK {
		t.Errorf("only %d long articles get %d questions or more; the floor is %d", longOK, longArticleAsks, floorLongOK)
	}
	if taken > ceilingTakenNotFact {
		t.Errorf("%d texts listed as not facts are taken for facts; at most %d (issue 7's target 0)", taken, ceilingTakenNotFact)
	}
}
