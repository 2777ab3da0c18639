//go:build !wasm

package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/generate"
	"factquiz/quiz/generate/internal/factlist"
)

// generatorName names what reads the pages, as the sheet records it: the
// bytes go through generate.FromInput as the command's do (encodings,
// HTML and other languages handled with notes).
const generatorName = "generate.FromInput"

// checkerName names the automatic checker, "" when there is none.
const checkerName = "generate.QualityProblems"

// run is one page through the generator: the result, the notes on the
// input, and the error when no quiz was written.
func run(data []byte) (generate.Result, []string, error) {
	res, err := generate.FromInput("", data)
	return res, res.Notes, err
}

// problems are the automatic checker's problems of each question, and
// those of the whole quiz.
func problems(text string, res generate.Result) (each [][]string, quiz []string) {
	each = make([][]string, len(res.Quiz.Questions))
	byID := map[string][]string{}
	if res.Text != "" {
		// The text the generator read (HTML reduced, mojibake
		// repaired): the facts' offsets are in it.
		text = res.Text
	}
	for _, p := range generate.QualityProblems(text, res) {
		if p.QuestionID == "" {
			quiz = append(quiz, p.Message)
			continue
		}
		byID[p.QuestionID] = append(byID[p.QuestionID], p.Message)
	}
	for i, q := range res.Quiz.Questions {
		each[i] = byID[q.ID]
	}
	return each, quiz
}

func sum(data []byte) string {
	h := sha256.Sum256(data)
	return hex.EncodeToString(h[:])[:16]
}

// Build runs the generator on every DIR/*.txt (with DIR/NAME.facts when
// present) and writes down what it found and asked. A list of facts that
// cannot be read, or that does not agree with its page, is an error.
func Build(dir string) (Sheet, error) {
	s := Sheet{Source: dir, Generator: generatorName, Checker: checkerName}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return s, err
	}
	if len(names) == 0 {
		return s, fmt.Errorf("%s holds no page (no .txt file)", dir)
	}
	sort.Strings(names)
	var errs []string
	for _, path := range names {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		data, err := os.ReadFile(path)
		if err != nil {
			return s, err
		}
		pg := Page{Name: name, Words: factlist.Words(string(data)), TextSum: sum(data)}
		var list factlist.List
		facts, err := os.ReadFile(filepath.Join(dir, name+".facts"))
		switch {
		case err == nil:
			pg.FactsSum = sum(facts)
			if list, err = factlist.Parse(name+".facts", facts); err != nil {
				errs = append(errs, err.Error())
			} else if cerrs := factlist.Check(list, string(data)); len(cerrs) > 0 {
				errs = append(errs, cerrs.Error())
			}
		case errors.Is(err, os.ErrNotExist):
		default:
			return s, err
		}
		res, notes, gerr := run(data)
		pg.Notes = notes
		if gerr != nil {
			pg.Error = gerr.Error()
		}
		if res.Quiz != nil {
			pg.Title = res.Quiz.Title
		}
		fill(&pg, string(data), res, list)
		s.Pages = append(s.Pages, pg)
	}
	if len(errs) > 0 {
		return s, fmt.Errorf("the lists of facts must be fixed first:\n%s", strings.Join(errs, "\n"))
	}
	return s, nil
}

// fill writes the page's facts, questions and listed facts from the
// generator's result.
func fill(pg *Page, text string, res generate.Result, list factlist.List) {
	for i, f := range res.Facts {
		pg.Found = append(pg.Found, FoundFact{N: i + 1, Kind: string(f.Kind), Text: f.Text, Detail: detail(f)})
	}
	if res.Quiz != nil {
		fillQuestions(pg, text, res)
	}
	// A page refused still has its listed facts: none is asked.
	if pg.FactsSum == "" {
		return
	}
	m := factlist.Run(text, list, res)
	for _, o := range m.Outcomes {
		l := ListedFact{Pos: o.Entry.Pos(), Line: o.Entry.String(), Found: len(o.Found) > 0}
		for _, qi := range o.AskedBy {
			l.AskedBy = append(l.AskedBy, res.Quiz.Questions[qi].ID)
		}
		pg.Listed = append(pg.Listed, l)
	}
	for _, tk := range m.Taken {
		f := res.Facts[tk.Fact]
		pg.NotTaken = append(pg.NotTaken, fmt.Sprintf("%s %q taken for a %s fact (found fact %d, %q)", tk.Entry.Pos(), tk.Entry.Fields[0], f.Kind, tk.Fact+1, f.Text))
	}
}

// fillQuestions writes the page's questions.
func fillQuestions(pg *Page, text string, res generate.Result) {
	probs, quizProbs := problems(text, res)
	for _, p := range quizProbs {
		pg.Notes = append(pg.Notes, "automatic checker, on the whole quiz: "+p)
	}
	for i, q := range res.Quiz.Questions {
		var it generate.Item
		if i < len(res.Items) {
			it = res.Items[i]
		}
		sq := Question{N: i + 1, ID: q.ID, Kind: q.Fact, Fact: it.Fact + 1, Type: string(q.Type),
			Prompt: q.Prompt, Answer: answer(q, it), Evidence: q.Evidence, Problems: probs[i]}
		for _, c := range q.Choices {
			sq.Choices = append(sq.Choices, Choice{Text: c.Text, Right: c.Correct})
		}
		pg.Questions = append(pg.Questions, sq)
	}
}

// answer is the right answer as a teacher reads it.
func answer(q quiz.Question, it generate.Item) string {
	switch q.Type {
	case quiz.TrueFalse:
		if q.Truth {
			return "true"
		}
		return "false"
	case quiz.Number:
		if len(q.Numbers) > 0 {
			return strconv.FormatFloat(q.Numbers[0].Value, 'f', -1, 64)
		}
	case quiz.Text:
		var acc []string
		for _, a := range q.Accepted {
			acc = append(acc, a.Text)
		}
		if len(acc) > 0 {
			return strings.Join(acc, " / ")
		}
	}
	return it.Answer
}

// detail says what the generator understood of a fact.
func detail(f generate.Fact) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+": "+v)
		}
	}
	switch f.Kind {
	case generate.Date:
		add("event", f.Event)
	case generate.Leader:
		add("person", f.Person)
		add("office", f.Office)
		add("country", f.Country)
	case generate.Count:
		add("number", strconv.Itoa(f.Number))
		add("noun", f.Noun)
	case generate.Place:
		add("place", f.Place)
		add("is a", f.PlaceKind)
		add("event", f.Event)
	case generate.Quote:
		add("speaker", f.Speaker)
		add("quotation", f.Quotation)
	case generate.Actor:
		add("doer", f.Doer)
		add("action", f.Action)
		add("is a", f.DoerKind)
	}
	return strings.Join(parts, "; ")
}
