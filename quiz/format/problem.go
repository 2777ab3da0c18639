package format

import (
	"fmt"
	"sort"
	"strconv"
)

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
}

// Error returns "file:line:col: message", the form of Go's compiler
// errors, with "warning: " before the message of a warning.
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
	if p.Warning {
		s += "warning: "
	}
	return s + p.Msg
}

// Problems is every problem found in one or more files, in the manner of
// go/scanner.ErrorList.
type Problems []Problem

func (ps Problems) Len() int      { return len(ps) }
func (ps Problems) Swap(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
func (ps Problems) Less(i, j int) bool {
	a, b := ps[i], ps[j]
	if a.File != b.File {
		return a.File < b.File
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
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].Error()
	}
	return fmt.Sprintf("%s (and %d more problems)", ps[0].Error(), len(ps)-1)
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
