//go:build !wasm

// Command measure measures the article quiz generator on real pages,
// without the pages entering the repository or the app.
//
//	go run ./quiz/generate/internal/measure DIR [-o SHEET.md]
//
// reads DIR/*.txt (and DIR/NAME.facts, the hand-made list of a page's
// facts, when present; format in quiz/generate/testdata/corpus/README.md),
// runs the generator on each page and writes a judging sheet in Markdown:
// per page the notes and errors, the facts found, every question with a
// "judge:" line for a human verdict, and which question asks each listed
// fact. The figures that need no judge go to standard error.
//
//	go run ./quiz/generate/internal/measure -judged SHEET.md [DIR]
//
// reads a judged sheet and prints its figures, computed from the sheet
// alone. The sheet is first compared with what the generator writes now
// on DIR (by default the folder the sheet names, when it is there); a
// sheet whose pages or questions no longer match is refused.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"factquiz/quiz/atomicfile"
)

func main() {
	os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage:
  measure DIR [-o SHEET.md]        write a judging sheet of the pages DIR/*.txt
  measure -judged SHEET.md [DIR]   print the figures of a judged sheet`

// Main runs the command and returns its exit status: 0, 1 for a failure,
// 2 for a bad command line.
func Main(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("measure", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("o", "", "write the sheet to this file")
	judged := fs.String("judged", "", "read this judged sheet and print its figures")
	// Flags may come before or after the folder.
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			fmt.Fprintf(stderr, "measure: %v\n%s\n", err, usage)
			return 2
		}
		if fs.NArg() == 0 {
			break
		}
		rest = append(rest, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if *judged != "" {
		if *out != "" || len(rest) > 1 {
			fmt.Fprintf(stderr, "measure: -judged takes a sheet and at most one folder\n%s\n", usage)
			return 2
		}
		dir := ""
		if len(rest) == 1 {
			dir = rest[0]
		}
		if err := figures(*judged, dir, stdout, stderr); err != nil {
			fmt.Fprintf(stderr, "measure: %v\n", err)
			return 1
		}
		return 0
	}
	if len(rest) != 1 {
		fmt.Fprintf(stderr, "measure: give one folder of pages\n%s\n", usage)
		return 2
	}
	s, err := Build(rest[0])
	if err != nil {
		fmt.Fprintf(stderr, "measure: %v\n", err)
		return 1
	}
	text := Render(s)
	if *out != "" {
		if err := atomicfile.WriteFile(*out, []byte(text)); err != nil {
			fmt.Fprintf(stderr, "measure: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "measure: wrote %s (%d pages)\n", *out, len(s.Pages))
	} else {
		io.WriteString(stdout, text)
	}
	f, err := Compute(s, false)
	if err != nil {
		fmt.Fprintf(stderr, "measure: %v\n", err)
		return 1
	}
	io.WriteString(stderr, f.Report(s))
	return 0
}

// figures reads a judged sheet, checks it against the generator's output
// on dir (or on the folder it names, when there), and prints its figures.
func figures(path, dir string, stdout, stderr io.Writer) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s, err := Parse(string(data))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if dir == "" {
		if st, err := os.Stat(s.Source); err == nil && st.IsDir() {
			dir = s.Source
		}
	}
	if dir == "" {
		fmt.Fprintf(stderr, "measure: %s is not here, so the sheet is not compared with what the generator writes now; the figures are the sheet's own\n", s.Source)
	} else {
		now, err := Build(dir)
		if err != nil {
			return err
		}
		if err := Compare(s, now); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
	}
	f, err := Compute(s, true)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	_, err = io.WriteString(stdout, f.Report(s))
	return err
}

// Compare refuses a sheet whose pages or questions are no longer what the
// generator writes (now is the sheet it would write today): a verdict must
// never be counted for another question than the one judged.
func Compare(s, now Sheet) error {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if s.Generator != now.Generator {
		bad("the sheet was written with %s, the pages are now read with %s", s.Generator, now.Generator)
	}
	pages := map[string]Page{}
	for _, pg := range now.Pages {
		pages[pg.Name] = pg
	}
	seen := map[string]bool{}
	for _, pg := range s.Pages {
		seen[pg.Name] = true
		np, ok := pages[pg.Name]
		if !ok {
			bad("page %s is in the sheet but not in the folder", pg.Name)
			continue
		}
		if pg.TextSum != np.TextSum {
			bad("page %s: its text has changed since the sheet was written", pg.Name)
			continue
		}
		if pg.FactsSum != np.FactsSum {
			bad("page %s: its list of facts has changed since the sheet was written", pg.Name)
		}
		qs := map[string]Question{}
		for _, q := range np.Questions {
			qs[q.ID] = q
		}
		had := map[string]bool{}
		for _, q := range pg.Questions {
			had[q.ID] = true
			nq, ok := qs[q.ID]
			switch {
			case !ok:
				bad("%s: the generator no longer writes this question", q.Label(pg.Name))
			case nq.Check(pg.Name) != q.Check(pg.Name):
				bad("%s: the generator now writes it differently (%s)", q.Label(pg.Name), difference(q, nq))
			}
		}
		for _, q := range np.Questions {
			if !had[q.ID] {
				bad("%s: the generator now writes this question, which the sheet does not judge", q.Label(pg.Name))
			}
		}
	}
	for _, pg := range now.Pages {
		if !seen[pg.Name] {
			bad("page %s is in the folder but not in the sheet", pg.Name)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	if len(errs) > 20 {
		errs = append(errs[:20], fmt.Sprintf("and %d more", len(errs)-20))
	}
	return errors.New("the sheet no longer matches what the generator writes, so its verdicts cannot be counted:\n  " +
		strings.Join(errs, "\n  ") + "\nwrite a new sheet (measure DIR -o SHEET.md) and judge it")
}

// difference names the first thing that differs between two versions of
// a question.
func difference(old, now Question) string {
	pairs := [][3]string{
		{"prompt", old.Prompt, now.Prompt}, {"answer", old.Answer, now.Answer},
		{"type", old.Type, now.Type}, {"fact", old.Kind, now.Kind}, {"evidence", old.Evidence, now.Evidence},
		{"choices", choiceText(old), choiceText(now)},
	}
	for _, p := range pairs {
		if p[1] != p[2] {
			return fmt.Sprintf("%s %q, now %q", p[0], p[1], p[2])
		}
	}
	return "it asks about another fact"
}

func choiceText(q Question) string {
	var parts []string
	for _, c := range q.Choices {
		m := ""
		if c.Right {
			m = " (right)"
		}
		parts = append(parts, c.Text+m)
	}
	return strings.Join(parts, "; ")
}
