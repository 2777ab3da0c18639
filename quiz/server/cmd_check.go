//go:build !wasm

package server

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
	"syscall"
	"unicode/utf8"

	"factquiz/quiz"
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
		if strings.HasPrefix(name, ".") || name == "index.json" {
			continue
		}
		if _, ok := format.FormatOf(name); !ok {
			continue
		}
		// Folders, links, pipes and devices named like question files are
		// kept, for file to say why it does not read them.
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
	var ps format.Problems
	data, problem := readCheckedFile(name)
	if problem != nil {
		ps = format.Problems{*problem}
	} else {
		var qz *quiz.Quiz
		var problems format.Problems
		if c.as != "" {
			qz, problems = format.ParseAs(c.as, name, data)
		} else {
			qz, problems = format.Parse(name, data)
		}
		if qz != nil {
			c.questions += len(qz.Questions)
		}
		ps = problems
	}
	c.report(ps, format.DecodedText(data), w, quiet)
}

// readCheckedFile reads a question file as carefully as the server
// does: a regular file only (a named pipe would keep the check waiting,
// a device like /dev/zero never ends), never through a symbolic link (it
// may point anywhere), and no larger than the server's limit, which is
// checked before reading. The problem says why a file is not read.
func readCheckedFile(name string) ([]byte, *format.Problem) {
	cannot := func(err error) *format.Problem {
		return &format.Problem{File: name, Msg: "cannot read: " + errText(err)}
	}
	info, err := os.Lstat(name)
	if err != nil {
		return nil, cannot(err)
	}
	if p := notReadable(name, info); p != nil {
		return nil, p
	}
	root, err := os.OpenRoot(filepath.Dir(name))
	if err != nil {
		return nil, cannot(err)
	}
	defer root.Close()
	// Non-blocking, in case a pipe took the file's place since Lstat; the
	// root keeps any link that did inside the folder.
	f, err := root.OpenFile(filepath.Base(name), os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, cannot(err)
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return nil, cannot(err)
	}
	if !os.SameFile(info, opened) {
		return nil, &format.Problem{File: name, Msg: "not read: the file changed while it was being opened; check again"}
	}
	if p := notReadable(name, opened); p != nil {
		return nil, p
	}
	data, err := io.ReadAll(io.LimitReader(f, maxQuestionFileSize+1))
	if err != nil {
		return nil, cannot(err)
	}
	if len(data) > maxQuestionFileSize {
		return nil, &tooBig(name, int64(len(data)))[0]
	}
	return data, nil
}

// notReadable says why a file is not read, from its Lstat, or returns nil.
func notReadable(name string, info fs.FileInfo) *format.Problem {
	mode := info.Mode()
	why := ""
	switch {
	case mode&fs.ModeSymlink != 0:
		why = "it is a symbolic link, which may point outside the folder (the app does not serve links either): copy the file into the folder instead"
	case mode.IsDir():
		why = "it is a folder, not a file"
	case mode&fs.ModeNamedPipe != 0:
		why = "it is a named pipe, not a regular file (the app does not serve it either)"
	case mode&fs.ModeDevice != 0:
		why = "it is a device, not a regular file (the app does not serve it either)"
	case !mode.IsRegular():
		why = "it is not a regular file (the app does not serve it either)"
	case info.Size() > maxQuestionFileSize:
		// Refused without reading it.
		return &tooBig(name, info.Size())[0]
	default:
		return nil
	}
	return &format.Problem{File: name, Msg: "not read: " + why}
}

// tooBig reports a file too big to read, in the words of format.Parse.
func tooBig(name string, size int64) format.Problems {
	mib := func(n int64) string { return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20)) }
	is, limit := mib(size), mib(maxQuestionFileSize)
	if is == limit { // just over: "16.0 MiB, over the 16.0 MiB limit" would puzzle
		is, limit = fmt.Sprintf("%d bytes", size), fmt.Sprintf("%s (%d bytes)", limit, maxQuestionFileSize)
	}
	return format.Problems{{File: name, Msg: fmt.Sprintf("file is %s, over the %s limit for question files: split it into smaller files", is, limit)}}
}

func (c *checker) report(ps format.Problems, data []byte, w io.Writer, quiet bool) {
	bad := false
	lines := newLineCursor(data)
	for _, p := range ps {
		n := max(p.More, 1) // "and N more problems" stands for N
		if p.Warning {
			c.warnings += n
			if format.SkipsQuestion(p) {
				c.skipped++
			}
			if quiet {
				continue
			}
		} else {
			c.errors += n
			bad = true
		}
		fmt.Fprintln(w, p.Error())
		if line, caret, ok := lines.show(p.Line, p.Col); ok {
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
	return newLineCursor(data).show(n, col)
}

// lineCursor shows the lines of a file's problems, which come sorted by
// line and column, walking forward through the file once instead of
// from its start for each problem, and never decoding more of a long
// line than it shows.
type lineCursor struct {
	data       []byte
	line       int // the line at data[start:end]
	start, end int
	col, colAt int // a character of that line (0-based) and its offset, to go on from
	long       int // 1 when the line is longer than shown whole, -1 when not, 0 unknown
}

func newLineCursor(data []byte) *lineCursor {
	lc := &lineCursor{data: format.LoneCRToLF(data)} // count lines as the readers do
	lc.seek(1)
	return lc
}

// seek moves to line n, and reports whether the file has it.
func (lc *lineCursor) seek(n int) bool {
	if n < lc.line || lc.line == 0 {
		lc.line, lc.start, lc.end = 1, 0, lineEndAt(lc.data, 0)
		lc.col, lc.colAt, lc.long = 0, 0, 0
	}
	for lc.line < n {
		if lc.end == len(lc.data) {
			return false
		}
		lc.line, lc.start = lc.line+1, lc.end+1
		lc.end = lineEndAt(lc.data, lc.start)
		lc.col, lc.colAt, lc.long = 0, lc.start, 0
	}
	return true
}

func lineEndAt(data []byte, off int) int {
	if i := bytes.IndexByte(data[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(data)
}

// offsetOf returns the offset of character k of the line (0-based), or
// the line's end when it is shorter.
func (lc *lineCursor) offsetOf(k int, end int) int {
	if k < lc.col {
		lc.col, lc.colAt = 0, lc.start
	}
	for lc.col < k && lc.colAt < end {
		_, size := utf8.DecodeRune(lc.data[lc.colAt:end])
		lc.col, lc.colAt = lc.col+1, lc.colAt+size
	}
	return lc.colAt
}

// show returns line n (tabs kept, a long line cut to a window around the
// column) and a caret under column col, both without a new line.
func (lc *lineCursor) show(n, col int) (line, caret string, ok bool) {
	if n <= 0 || lc.data == nil || !lc.seek(n) {
		return "", "", false
	}
	end := lc.end
	if end > lc.start && lc.data[end-1] == '\r' {
		end--
	}
	col = max(col, 1)
	const width = 100
	if lc.long == 0 {
		lc.long = -1
		if utf8.RuneCount(lc.data[lc.start:min(end, lc.start+4*(width+1))]) > width {
			lc.long = 1
		}
	}
	from, lead := 0, ""
	if lc.long > 0 {
		from = max(0, col-1-width/2)
		if from > 0 {
			lead = "…"
		}
	}
	runes := []rune(lead)
	for i, k := lc.offsetOf(from, end), 0; i < end && k < width; k++ {
		r, size := utf8.DecodeRune(lc.data[i:end])
		runes = append(runes, r)
		i += size
		if k == width-1 && i < end {
			runes = append(runes, '…')
		}
	}
	col = col - from + len([]rune(lead))
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
