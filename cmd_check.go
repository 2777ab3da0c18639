//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"factquiz/quiz/format"
)

// runCheck is "factquiz check [-q] [FILES or folders]": it reads every
// question file (folders are searched for files with a recognised
// extension; the default is questions/) and prints every problem as
// file:line:col: message, with the offending line and a caret under the
// column, then a summary. The exit status is 0 when no file has an
// error, 1 when one has or (unless --allow-skipped) a whole question is
// skipped (an essay, a description, an Aiken question in a GIFT file),
// 2 for a usage mistake.
func runCheck(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	quiet := flags.Bool("q", false, "print errors only, not warnings")
	as := flags.String("format", "", "read every file in this format (yaml, json, gift, aiken, txt, moodlexml) whatever its extension")
	allowSkipped := flags.Bool("allow-skipped", false, "exit 0 even when whole questions are skipped (essays, descriptions)")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: factquiz check [-q] [--format FORMAT] [--allow-skipped] [FILES or folders]   (default: questions/)")
		fmt.Fprintln(stderr, "Reads question files (.yaml, .yml, .json, .gift, .aiken, .txt, .xml) and prints every problem.")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	paths := flags.Args()
	if len(paths) == 0 {
		paths = []string{"questions"}
	}
	var c checker
	if *as != "" {
		f, ok := format.ParseFormat(*as)
		if !ok {
			fmt.Fprintf(stderr, "check: unknown format %q: use yaml, json, gift, aiken, txt or moodlexml\n", *as)
			return 2
		}
		c.as = f
	}
	for _, p := range paths {
		c.path(p)
	}
	for _, f := range c.files {
		c.file(f, stdout, *quiet)
	}
	fmt.Fprintln(stdout, c.summary())
	if c.errors > 0 {
		return 1
	}
	if c.skipped > 0 && !*allowSkipped {
		what := fmt.Sprintf("%d questions are", c.skipped)
		if c.skipped == 1 {
			what = "1 question is"
		}
		fmt.Fprintf(stdout, "%s skipped: the app does not play them (run with --allow-skipped to accept that)\n", what)
		return 1
	}
	return 0
}

type checker struct {
	as                         format.Format // read every file so; empty: by extension
	files                      []string
	notFound                   []format.Problem
	checked, questions         int
	errors, warnings, badFiles int
	skipped                    int // questions left out, counted among the warnings
}

// path adds a file, or the question files in a folder: those directly
// in it (not in subfolders, as the server serves them) whose extension
// is recognised.
func (c *checker) path(p string) {
	info, err := os.Stat(p)
	if err != nil {
		c.notFound = append(c.notFound, format.Problem{File: p, Msg: "no such file or folder"})
		return
	}
	if !info.IsDir() {
		c.files = append(c.files, p)
		return
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		c.notFound = append(c.notFound, format.Problem{File: p, Msg: "cannot read: " + errText(err)})
		return
	}
	before := len(c.files)
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || name == "index.json" {
			continue
		}
		if _, ok := format.FormatOf(name); !ok {
			continue
		}
		full := filepath.Join(p, name)
		if !validQuestionName(name) {
			c.notFound = append(c.notFound, format.Problem{File: full, Msg: "the app does not serve this file because of its name: rename it with letters, digits, spaces and . _ - , ( ) ' & + ! only", Warning: true})
		}
		c.files = append(c.files, full)
	}
	if len(c.files) == before {
		c.notFound = append(c.notFound, format.Problem{File: p, Msg: "no question files here (.yaml, .yml, .json, .gift, .aiken, .txt or .xml)", Warning: true})
	}
}

func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func (c *checker) file(name string, w io.Writer, quiet bool) {
	c.checked++
	var data []byte
	var ps format.Problems
	info, err := os.Stat(name)
	switch {
	case err != nil:
		ps = format.Problems{{File: name, Msg: "cannot read: " + errText(err)}}
	case info.Size() > format.MaxSize:
		// Refused without reading it.
		ps = tooBig(name, info.Size())
	default:
		data, err = os.ReadFile(name)
		if err != nil {
			ps = format.Problems{{File: name, Msg: "cannot read: " + errText(err)}}
			break
		}
		qz, problems := format.Parse(name, data)
		if c.as != "" {
			qz, problems = format.ParseAs(c.as, name, data)
		}
		if qz != nil {
			c.questions += len(qz.Questions)
		}
		ps = problems
	}
	c.report(ps, format.DecodedText(data), w, quiet)
}

// tooBig reports a file too big to read, in the words of format.Parse.
func tooBig(name string, size int64) format.Problems {
	return format.Problems{{File: name, Msg: fmt.Sprintf("file is %.1f MiB, over the %.1f MiB limit for question files: split it into smaller files", float64(size)/(1<<20), float64(format.MaxSize)/(1<<20))}}
}

func (c *checker) report(ps format.Problems, data []byte, w io.Writer, quiet bool) {
	bad := false
	for _, p := range ps {
		if p.Warning {
			c.warnings++
			if format.SkipsQuestion(p) {
				c.skipped++
			}
			if quiet {
				continue
			}
		} else {
			c.errors++
			bad = true
		}
		fmt.Fprintln(w, p.Error())
		if line, caret, ok := showLine(data, p.Line, p.Col); ok {
			fmt.Fprintln(w, "\t"+line)
			fmt.Fprintln(w, "\t"+caret)
		}
	}
	if bad {
		c.badFiles++
	}
}

func (c *checker) summary() string {
	var b strings.Builder
	for _, p := range c.notFound {
		if p.Warning {
			c.warnings++
		} else {
			c.errors++
		}
	}
	plural := func(n int, word string) string {
		if n == 1 {
			return "1 " + word
		}
		return fmt.Sprintf("%d %ss", n, word)
	}
	fmt.Fprintf(&b, "checked %s, %s: ", plural(c.checked, "file"), plural(c.questions, "question"))
	switch {
	case c.errors == 0 && c.warnings == 0:
		b.WriteString("no problems")
	default:
		b.WriteString(plural(c.errors, "error") + ", " + plural(c.warnings, "warning"))
		if c.badFiles > 0 {
			fmt.Fprintf(&b, " (errors in %s)", plural(c.badFiles, "file"))
		}
	}
	prefix := ""
	for _, p := range c.notFound {
		prefix += p.Error() + "\n"
	}
	return prefix + b.String()
}

// showLine returns line n of data (tabs kept, long lines cut around the
// column) and a caret under column col, both without a new line.
func showLine(data []byte, n, col int) (line, caret string, ok bool) {
	if n <= 0 || data == nil {
		return "", "", false
	}
	data = format.LoneCRToLF(data) // count lines as the readers do
	start := 0
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(data[start:], '\n')
		if j < 0 {
			return "", "", false
		}
		start += j + 1
	}
	end := bytes.IndexByte(data[start:], '\n')
	if end < 0 {
		end = len(data)
	} else {
		end += start
	}
	text := strings.TrimRight(string(data[start:end]), "\r")
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	runes := []rune(text)
	if col < 1 {
		col = 1
	}
	// Cut long lines to a window around the column.
	const width = 100
	lead := ""
	if len(runes) > width {
		from := max(0, col-1-width/2)
		to := min(len(runes), from+width)
		if from > 0 {
			lead = "…"
		}
		tail := ""
		if to < len(runes) {
			tail = "…"
		}
		runes = append(append([]rune(lead), runes[from:to]...), []rune(tail)...)
		col = col - from + len([]rune(lead))
	}
	var cb strings.Builder
	for i := 0; i < col-1; i++ {
		if i < len(runes) && runes[i] == '\t' {
			cb.WriteByte('\t')
		} else {
			cb.WriteByte(' ')
		}
	}
	cb.WriteByte('^')
	return string(runes), cb.String(), true
}
