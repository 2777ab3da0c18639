package format

import (
	"container/heap"
	"fmt"
	"sort"
	"strconv"
)

// MaxProblems is how many problems are listed for one file. The rest
// are counted in one last problem, "and N more problems", so that a file
// with a mistake on every line costs neither the memory of a long list
// nor the reader's patience.
const MaxProblems = 100

// Problem is one thing wrong with a question file, at a position in it.
// Line and Col are 1-based; Col counts characters (runes), not bytes, so
// that a caret printed under the line points at the right place. A zero
// Line means the problem concerns the whole file.
type Problem struct {
	File      string
	Line, Col int
	Msg       string
	// Warning marks a problem that does not stop the rest of the file
	// from being used (a skipped essay question, an unsupported feature).
	Warning bool
	// More, when not zero, makes this the line "and N more problems" that
	// ends a list cut at MaxProblems: More is N, the problems left out.
	// It is a warning ("and N more warnings") when all of those are.
	More int
}

// Error returns "file:line:col: message", the form of Go's compiler
// errors, with "warning: " before the message of a warning (but "and N
// more warnings", which says so).
func (p Problem) Error() string {
	s := p.File
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if p.Col > 0 {
			s += ":" + strconv.Itoa(p.Col)
		}
	}
	if s != "" {
		s += ": "
	}
	if p.Warning && p.More == 0 {
		s += "warning: "
	}
	return s + p.Msg
}

// Problems is every problem found in one or more files, in the manner of
// go/scanner.ErrorList.
type Problems []Problem

func (ps Problems) Len() int           { return len(ps) }
func (ps Problems) Swap(i, j int)      { ps[i], ps[j] = ps[j], ps[i] }
func (ps Problems) Less(i, j int) bool { return ps[i].before(ps[j]) }

// before reports whether a comes before b in a sorted list: by file,
// line and column, errors before warnings, and a file's "and N more
// problems" last.
func (a Problem) before(b Problem) bool {
	if a.File != b.File {
		return a.File < b.File
	}
	if (a.More > 0) != (b.More > 0) {
		return b.More > 0
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Col != b.Col {
		return a.Col < b.Col
	}
	if a.Warning != b.Warning {
		return !a.Warning
	}
	return a.Msg < b.Msg
}

// Sort sorts the problems by file, line and column (stable, so that two
// problems at one position keep the order they were found in).
func (ps Problems) Sort() { sort.Stable(ps) }

// Error describes the first problem and how many more there are.
func (ps Problems) Error() string {
	switch n := ps.Count(); {
	case n == 0:
		return "no problems"
	case n == 1:
		return ps[0].Error()
	default:
		return fmt.Sprintf("%s (and %d more problems)", ps[0].Error(), n-1)
	}
}

// Count returns the number of problems, those left out of a list cut
// at MaxProblems included.
func (ps Problems) Count() int {
	n := 0
	for _, p := range ps {
		n += max(p.More, 1)
	}
	return n
}

// Errors returns the problems that are not warnings.
func (ps Problems) Errors() Problems { return ps.filter(false) }

// Warnings returns the problems that are warnings.
func (ps Problems) Warnings() Problems { return ps.filter(true) }

// HasErrors reports whether any problem is not a warning.
func (ps Problems) HasErrors() bool {
	for _, p := range ps {
		if !p.Warning {
			return true
		}
	}
	return false
}

// Err returns the errors (not the warnings) as an error, or nil when
// there are none.
func (ps Problems) Err() error {
	errs := ps.Errors()
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func (ps Problems) filter(warning bool) Problems {
	var out Problems
	for _, p := range ps {
		if p.Warning == warning {
			out = append(out, p)
		}
	}
	return out
}

// problemList gathers the problems of one file, keeping the first
// MaxProblems by position and counting the others, so that a reader's
// memory and time stay in proportion to the file however many problems
// it has.
type problemList struct {
	file string
	kept lastFirst // a heap once full: the problem listed last on top
	more int       // problems left out
	// moreErrors is whether any problem left out is an error.
	moreErrors bool
}

func (l *problemList) add(p Problem) {
	if len(l.kept) < MaxProblems {
		l.kept = append(l.kept, p)
		if len(l.kept) == MaxProblems {
			heap.Init(&l.kept)
		}
		return
	}
	out := p
	if p.before(l.kept[0]) {
		out, l.kept[0] = l.kept[0], p
		heap.Fix(&l.kept, 0)
	}
	l.more++
	if !out.Warning {
		l.moreErrors = true
	}
}

// addf adds p with the message format and args give it, formatted only
// when p is kept: a file with millions of problems is not made to format
// millions of messages.
func (l *problemList) addf(p Problem, format string, args ...any) {
	if len(l.kept) == MaxProblems && !p.before(l.kept[0]) {
		// Left out with its message empty, left out with any.
		l.add(p)
		return
	}
	p.Msg = fmt.Sprintf(format, args...)
	l.add(p)
}

// list returns the problems kept, sorted, and "and N more problems".
func (l *problemList) list() Problems {
	ps := Problems(l.kept)
	ps.Sort()
	if l.more > 0 {
		what := "problems"
		if !l.moreErrors {
			what = "warnings"
		}
		ps = append(ps, Problem{File: l.file, Msg: fmt.Sprintf("and %d more %s", l.more, what), Warning: !l.moreErrors, More: l.more})
	}
	return ps
}

// merge adds the problems of o, a list of the same file's problems kept
// apart: those o left out would be left out here too.
func (l *problemList) merge(o *problemList) {
	for _, p := range o.kept {
		l.add(p)
	}
	l.more += o.more
	l.moreErrors = l.moreErrors || o.moreErrors
}

// hasErrors reports whether any problem so far is an error.
func (l *problemList) hasErrors() bool { return l.moreErrors || Problems(l.kept).HasErrors() }

// lastFirst is a heap of problems with the one listed last on top.
type lastFirst []Problem

func (h lastFirst) Len() int           { return len(h) }
func (h lastFirst) Less(i, j int) bool { return h[j].before(h[i]) }
func (h lastFirst) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *lastFirst) Push(x any)        { *h = append(*h, x.(Problem)) }
func (h *lastFirst) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}
