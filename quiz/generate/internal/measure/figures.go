//go:build !wasm

package main

import (
	"fmt"
	"slices"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/generate"
	"factquiz/quiz/generate/internal/factlist"
	"factquiz/quiz/testwise"
)

// Issue 7's bar for a long page: at least 8 questions for a page of 300
// words or more that has 8 listed facts or more.
const (
	longWords     = 300
	longFacts     = 8
	longQuestions = 8
)

// closeMark follows "ok" or "bad" on a close call: "ok (close): why",
// "bad (close): reason".
const closeMark = " (close)"

// Verdict reads a judge: line: "ok", or "bad: " and a reason; either may
// be marked a close call ("ok (close)", "bad (close): reason"), which
// closeCall tells.
func Verdict(v string) (ok bool, err error) {
	if r, isClose := cutFold(v, "ok"+closeMark); isClose && (r == "" || r[0] == ':') {
		return true, nil
	}
	if strings.EqualFold(v, "ok") {
		return true, nil
	}
	if r, isClose := cutFold(v, "bad"+closeMark); isClose {
		v = "bad" + r
	}
	if r, isBad := cutFold(v, "bad:"); isBad {
		if strings.TrimSpace(r) == "" {
			return false, fmt.Errorf("say why after \"bad:\"")
		}
		return false, nil
	}
	if v == "" {
		return false, fmt.Errorf("not judged yet")
	}
	return false, fmt.Errorf("the verdict is \"ok\" or \"bad: reason\" (\"ok (close)\", \"bad (close): reason\" for a close call), not %q", v)
}

// closeCall reports a verdict marked a close call.
func closeCall(v string) bool {
	_, ok := cutFold(v, "ok"+closeMark)
	_, bad := cutFold(v, "bad"+closeMark)
	return ok || bad
}

func cutFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return "", false
}

// PageFigures are one page's figures.
type PageFigures struct {
	Name                          string
	Words, Questions, FillIn      int
	Problems, Acceptable          int
	CloseOK, CloseBad             int // close calls judged acceptable, and not
	Listed, Found, Asked, AskedOK int
	HasList                       bool
}

// KindFigures count one kind's listed facts: all, found, asked by a
// question, asked by an acceptable one (judged sheets only).
type KindFigures struct{ Listed, Found, Asked, AskedOK int }

// Figures are the sheet's figures; the judged ones only when Judged.
type Figures struct {
	Judged, Checked bool
	Pages           []PageFigures
	Refused         []string // pages with no quiz, and why
	// ByKind is, per kind, the listed facts and those found and asked.
	ByKind   map[string]KindFigures
	Short    []string // long pages with too few questions
	NotTaken int
	Testwise []testwise.Score
	// SameAnswer plays the same-answer strategy on the true-or-false ones.
	SameAnswer testwise.SameAnswer
	// Unshared plays the cross-question strategy on each page's quiz.
	Unshared testwise.Score
	Total    PageFigures
}

// Compute works out the figures from the sheet alone. With judged, every
// question must carry a verdict.
func Compute(s Sheet, judged bool) (Figures, error) {
	f := Figures{Judged: judged, Checked: s.Checker != "", ByKind: map[string]KindFigures{}}
	f.Testwise = make([]testwise.Score, len(testwise.Strategies))
	var errs []string
	for _, pg := range s.Pages {
		p := PageFigures{Name: pg.Name, Words: pg.Words, Questions: len(pg.Questions), HasList: pg.FactsSum != ""}
		ok := map[string]bool{}
		var page []quiz.Question // for the cross-question strategy
		for _, q := range pg.Questions {
			if factlist.FillIn(q.Prompt) {
				p.FillIn++
			}
			if len(q.Problems) > 0 {
				p.Problems++
			}
			if judged {
				good, err := Verdict(q.Verdict)
				if err != nil {
					errs = append(errs, q.Label(pg.Name)+": "+err.Error())
				}
				if good {
					p.Acceptable++
					ok[q.ID] = true
				}
				switch {
				case err == nil && closeCall(q.Verdict) && good:
					p.CloseOK++
				case err == nil && closeCall(q.Verdict):
					p.CloseBad++
				}
			}
			mc := quiz.Question{Type: quiz.Type(q.Type)}
			for _, c := range q.Choices {
				mc.Choices = append(mc.Choices, quiz.Choice{Text: c.Text, Correct: c.Right})
			}
			page = append(page, mc)
			for i, st := range testwise.Strategies {
				f.Testwise[i].Add(st, mc)
			}
			if mc.Type == quiz.TrueFalse {
				mc.Truth = q.Answer == "true"
				f.SameAnswer.Add(mc)
			}
		}
		f.Unshared.Merge(testwise.Unshared(page))
		for _, l := range pg.Listed {
			p.Listed++
			kind, _, _ := strings.Cut(l.Line, ":")
			k := f.ByKind[kind]
			k.Listed++
			if l.Found {
				p.Found++
				k.Found++
			}
			if len(l.AskedBy) > 0 {
				p.Asked++
				k.Asked++
			}
			if slices.ContainsFunc(l.AskedBy, func(id string) bool { return ok[id] }) {
				p.AskedOK++
				k.AskedOK++
			}
			f.ByKind[kind] = k
		}
		f.NotTaken += len(pg.NotTaken)
		if pg.Error != "" {
			f.Refused = append(f.Refused, pg.Name+": "+pg.Error)
		}
		if p.Words >= longWords && p.Listed >= longFacts && p.Questions < longQuestions {
			f.Short = append(f.Short, fmt.Sprintf("%s (%d words, %d listed facts, %d questions)", pg.Name, p.Words, p.Listed, p.Questions))
		}
		f.Pages = append(f.Pages, p)
		t := &f.Total
		t.Words += p.Words
		t.Questions += p.Questions
		t.FillIn += p.FillIn
		t.Problems += p.Problems
		t.Acceptable += p.Acceptable
		t.CloseOK += p.CloseOK
		t.CloseBad += p.CloseBad
		t.Listed += p.Listed
		t.Found += p.Found
		t.Asked += p.Asked
		t.AskedOK += p.AskedOK
		if p.HasList {
			t.HasList = true
		}
	}
	if len(errs) > 0 {
		if len(errs) > 20 {
			errs = append(errs[:20], fmt.Sprintf("and %d more", len(errs)-20))
		}
		return f, fmt.Errorf("every question needs a verdict on its judge: line:\n  %s", strings.Join(errs, "\n  "))
	}
	return f, nil
}

func share(n, d int) string {
	if d == 0 {
		return fmt.Sprintf("%d of 0", n)
	}
	return fmt.Sprintf("%d of %d (%.1f%%)", n, d, 100*float64(n)/float64(d))
}

// Report writes the figures in Markdown.
func (f Figures) Report(s Sheet) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	t := f.Total
	n := len(f.Pages)
	withList := 0
	for _, pg := range f.Pages {
		if pg.HasList {
			withList++
		}
	}
	state := "unjudged"
	if f.Judged {
		state = "judged"
	}
	p("# Figures of the %s sheet on %s (%s)\n\n", state, s.Source, s.Generator)
	p("- pages: %d (%d with a list of facts; %d words)\n", n, withList, t.Words)
	p("- questions written: %d (%.1f per page; %.1f per 300 words)\n", t.Questions, float64(t.Questions)/float64(max(n, 1)), float64(t.Questions)*300/float64(max(t.Words, 1)))
	if f.Judged {
		p("- judged acceptable: %s\n", share(t.Acceptable, t.Questions))
		if t.CloseOK+t.CloseBad > 0 {
			p("  - strict, the close calls judged ok (%d) counted bad: %s\n", t.CloseOK, share(t.Acceptable-t.CloseOK, t.Questions))
			p("  - lenient, the close calls judged bad (%d) counted ok: %s\n", t.CloseBad, share(t.Acceptable+t.CloseBad, t.Questions))
		}
	}
	p("- fill-in-the-blank: %s\n", share(t.FillIn, t.Questions))
	if f.Checked {
		p("- with automatic problems (%s): %s\n", s.Checker, share(t.Problems, t.Questions))
	} else {
		p("- with automatic problems: not checked (no checker when the sheet was written)\n")
	}
	p("- listed facts found: %s\n", share(t.Found, t.Listed))
	p("- listed facts asked by a question: %s\n", share(t.Asked, t.Listed))
	if f.Judged {
		p("- listed facts asked in an acceptable question: %s\n", share(t.AskedOK, t.Listed))
	}
	// Issue 7's measure: dates, leaders and counts.
	var dlc KindFigures
	for _, k := range []generate.Kind{generate.Date, generate.Leader, generate.Count} {
		v := f.ByKind[string(k)]
		dlc.Listed, dlc.Asked, dlc.AskedOK = dlc.Listed+v.Listed, dlc.Asked+v.Asked, dlc.AskedOK+v.AskedOK
	}
	p("- dates, leaders and counts asked by a question: %s\n", share(dlc.Asked, dlc.Listed))
	if f.Judged {
		p("- dates, leaders and counts asked in an acceptable question: %s\n", share(dlc.AskedOK, dlc.Listed))
	}
	p("- by kind, of the listed facts:\n")
	for _, k := range factlist.Kinds {
		v := f.ByKind[string(k)]
		p("  - %s: %d listed, %d found, %d asked by a question", k, v.Listed, v.Found, v.Asked)
		if f.Judged {
			p(", %d in an acceptable one", v.AskedOK)
		}
		p("\n")
	}
	p("- not: texts taken for a fact: %d\n", f.NotTaken)
	p("- pages of %d+ words with %d+ listed facts and fewer than %d questions: %d", longWords, longFacts, longQuestions, len(f.Short))
	if len(f.Short) > 0 {
		p(" (%s)", strings.Join(f.Short, "; "))
	}
	p("\n- pages with no quiz: %d", len(f.Refused))
	if len(f.Refused) > 0 {
		p(" (%s)", strings.Join(f.Refused, "; "))
	}
	p("\n\n| page | words | questions | per 300 w | fill-in | auto problems |")
	if f.Judged {
		p(" acceptable |")
	}
	p(" listed | found | asked |")
	if f.Judged {
		p(" asked ok |")
	}
	p("\n|---|---:|---:|---:|---:|---:|")
	if f.Judged {
		p("---:|")
	}
	p("---:|---:|---:|")
	if f.Judged {
		p("---:|")
	}
	p("\n")
	for _, pg := range append(append([]PageFigures{}, f.Pages...), t) {
		name := pg.Name
		if name == "" {
			name = "all"
		}
		probs := fmt.Sprint(pg.Problems)
		if !f.Checked {
			probs = "n/a"
		}
		p("| %s | %d | %d | %.1f | %d | %s |", name, pg.Words, pg.Questions, float64(pg.Questions)*300/float64(max(pg.Words, 1)), pg.FillIn, probs)
		if f.Judged {
			p(" %d |", pg.Acceptable)
		}
		if pg.HasList {
			p(" %d | %d | %d |", pg.Listed, pg.Found, pg.Asked)
		} else {
			p(" - | - | - |")
		}
		if f.Judged {
			if pg.HasList {
				p(" %d |", pg.AskedOK)
			} else {
				p(" - |")
			}
		}
		p("\n")
	}
	p("\nTest-wise strategies over the multiple-choice questions (chance + 10 points at most):\n\n")
	for i, st := range testwise.Strategies {
		p("- %s: %s\n", st.Name, f.Testwise[i])
	}
	p("- %s (over the true-or-false questions): %s\n", testwise.SameAnswerName, f.SameAnswer)
	p("- %s: %s\n", testwise.UnsharedName, f.Unshared)
	return b.String()
}
