package share

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"factquiz/quiz"
)

// Entry is a result found in pasted text or a file, or kept from before.
type Entry struct {
	// Where it was found: "line 3", "results.txt:3", or KeptWhere.
	Where  string
	Code   string // the result as a bare code, FQR-…, to keep
	Result Result
}

// KeptWhere is the Where of results kept from an earlier paste.
const KeptWhere = "kept"

// LineProblem is why something found at Where was not counted, or a
// note about it; it reads "line 3: …" like the checker's problems.
type LineProblem struct {
	Where string
	Msg   string
}

func (p LineProblem) String() string { return p.Where + ": " + p.Msg }

// Scan finds every result in text: each word holding "#result=" (a
// result link, with chat around it: "Anna: https://…#result=…") and
// each word starting with FQR- (a bare code). file names the positions
// ("results.txt:3"); empty, they read "line 3". Results that cannot be
// read are problems; lines with words but no result are named in one
// note, so that nothing pasted goes unmentioned.
func Scan(file, text string) ([]Entry, []LineProblem) {
	var entries []Entry
	var problems []LineProblem
	var noise []int
	where := func(n int) string {
		if file == "" {
			return "line " + strconv.Itoa(n)
		}
		return file + ":" + strconv.Itoa(n)
	}
	for n, line := range strings.Split(text, "\n") {
		found := false
		for _, word := range strings.Fields(line) {
			word = strings.Trim(word, "<>()[]{}\"'.,;:!?*")
			if !strings.Contains(word, "#"+ResultKey) && !strings.HasPrefix(word, ResultKey) &&
				!(len(word) >= len(CodePrefix) && strings.EqualFold(word[:len(CodePrefix)], CodePrefix)) {
				continue
			}
			found = true
			r, err := DecodeResult(word)
			if err != nil {
				problems = append(problems, LineProblem{where(n + 1), "this result cannot be read: " + err.Error()})
				continue
			}
			code, _ := r.Code() // a result read back always packs
			entries = append(entries, Entry{Where: where(n + 1), Code: code, Result: r})
		}
		if !found && strings.TrimSpace(line) != "" {
			noise = append(noise, n+1)
		}
	}
	if len(noise) > 0 {
		nums := make([]string, len(noise))
		for i, n := range noise {
			nums[i] = strconv.Itoa(n)
		}
		w := "lines " + strings.Join(nums, ", ")
		if len(noise) == 1 {
			w = "line " + nums[0]
		}
		if file != "" {
			w = file + ": " + w
		}
		problems = append(problems, LineProblem{w, "no result link or code here (a result link has #result= in it, a code starts with FQR-); left out"})
	}
	return entries, problems
}

// Class is a class's results at one quiz: a row per learner and, per
// question, the share of the class that got it right.
type Class struct {
	Fingerprint string
	// Quiz names the questions; nil when the quiz is not known here.
	Quiz *quiz.Quiz
	// Rows are the results counted, one per learner, by name.
	Rows []Entry
	// Questions are the quiz's questions, hardest first: the lowest share
	// right first, questions nobody played last.
	Questions []QuestionStat
	// Problems say what was not counted and why, and which results
	// replaced others, in the order found.
	Problems []LineProblem
}

// QuestionStat is how the class did at one question.
type QuestionStat struct {
	Index  int // in the quiz, from 0
	Prompt string
	Right  int // learners who got it fully right
	Partly int // partly right
	Played int // learners who played it
}

// ShareRight is the share of those who played the question who got it
// fully right, 0 to 1; 0 when nobody played it.
func (s QuestionStat) ShareRight() float64 {
	if s.Played == 0 {
		return 0
	}
	return float64(s.Right) / float64(s.Played)
}

// NameKey is how two results are told to be the same learner's: the
// name with case and spacing ignored.
func NameKey(name string) string { return strings.ToLower(CleanName(name)) }

// NewClass counts entries (kept ones first, then new ones in the order
// found) for the quiz of the given fingerprint; q, when known, names the
// questions and must have that fingerprint. A result for another quiz is
// a problem, not counted. A learner who sent more than one result counts
// once, with the latest (by the time the quiz was finished, then the one
// found last), and a problem says which was kept.
func NewClass(fingerprint string, q *quiz.Quiz, entries []Entry) *Class {
	c := &Class{Fingerprint: fingerprint, Quiz: q}
	title := "this quiz"
	if q != nil {
		title = "“" + q.Title + "”"
	}
	byName := map[string]int{} // index in c.Rows
	for _, e := range entries {
		r := e.Result
		switch {
		case r.Fingerprint != fingerprint:
			c.Problems = append(c.Problems, LineProblem{e.Where, fmt.Sprintf(
				"%s's result is for another quiz (fingerprint %s), not %s; not counted", r.Name, r.Fingerprint, title)})
			continue
		case q != nil && len(r.Marks) != len(q.Questions):
			c.Problems = append(c.Problems, LineProblem{e.Where, fmt.Sprintf(
				"%s's result marks %d questions and %s has %d; not counted", r.Name, len(r.Marks), title, len(q.Questions))})
			continue
		}
		key := NameKey(r.Name)
		i, seen := byName[key]
		if !seen {
			byName[key] = len(c.Rows)
			c.Rows = append(c.Rows, e)
			continue
		}
		old := c.Rows[i]
		switch {
		case old.Code == e.Code:
			if e.Where != KeptWhere {
				c.Problems = append(c.Problems, LineProblem{e.Where, fmt.Sprintf(
					"%s's result is already counted (%s); counted once", r.Name, old.Where)})
			}
		case r.Finished.Before(old.Result.Finished):
			c.Problems = append(c.Problems, LineProblem{e.Where, fmt.Sprintf(
				"an earlier result of %s (finished %s); the later one (%s) is kept", r.Name, when(r.Finished), old.Where)})
		default:
			c.Rows[i] = e
			c.Problems = append(c.Problems, LineProblem{e.Where, fmt.Sprintf(
				"a later result of %s (finished %s) replaces the one of %s", r.Name, when(r.Finished), old.Where)})
		}
	}
	sort.SliceStable(c.Rows, func(i, j int) bool {
		return NameKey(c.Rows[i].Result.Name) < NameKey(c.Rows[j].Result.Name)
	})
	c.Questions = c.questionStats()
	return c
}

// when writes a finishing time for a teacher, in UTC.
func when(t time.Time) string { return t.UTC().Format("2 Jan 2006 15:04 UTC") }

func (c *Class) questionStats() []QuestionStat {
	n := 0
	if c.Quiz != nil {
		n = len(c.Quiz.Questions)
	} else if len(c.Rows) > 0 {
		n = len(c.Rows[0].Result.Marks)
	}
	stats := make([]QuestionStat, n)
	for i := range stats {
		stats[i].Index = i
		if c.Quiz != nil {
			stats[i].Prompt = c.Quiz.Questions[i].Prompt
		}
	}
	for _, row := range c.Rows {
		for i, m := range row.Result.Marks[:min(n, len(row.Result.Marks))] {
			switch m {
			case Right:
				stats[i].Right++
			case Partly:
				stats[i].Partly++
			}
			if m != NotPlayed {
				stats[i].Played++
			}
		}
	}
	sort.SliceStable(stats, func(i, j int) bool {
		a, b := stats[i], stats[j]
		if (a.Played == 0) != (b.Played == 0) {
			return b.Played == 0
		}
		return a.ShareRight() < b.ShareRight()
	})
	return stats
}

// Label names a question for a table: "Q3" and its prompt when known.
func (s QuestionStat) Label() string {
	if s.Prompt == "" {
		return "Q" + strconv.Itoa(s.Index+1)
	}
	return "Q" + strconv.Itoa(s.Index+1) + ": " + s.Prompt
}

// Percent is the share of the points scored, 0 to 100, rounded.
func (r Result) Percent() int {
	if r.Played() == 0 {
		return 0
	}
	return (r.Tenths*10 + r.Played()/2) / r.Played()
}

// Clock writes seconds as minutes and seconds: "4:05", "72:00".
func Clock(seconds int) string {
	return fmt.Sprintf("%d:%02d", seconds/60, seconds%60)
}

// WriteCSV writes the table: a row per learner (name, score, out of,
// percent, time, finished, then the question columns hardest first, each
// "right", "partly", "wrong", or empty when not played, followed by the
// learner's answer when the result carries it), and a last row with each
// question's share right. A cell that a spreadsheet would run as a
// formula (it starts with = + - @) is written with a ' before it: names
// and answers are the learners' text.
func (c *Class) WriteCSV(w io.Writer) error {
	out := csv.NewWriter(w)
	head := []string{"Learner", "Score", "Out of", "Percent", "Time (m:ss)", "Finished (UTC)"}
	for _, s := range c.Questions {
		head = append(head, s.Label())
	}
	rows := [][]string{head}
	for _, e := range c.Rows {
		r := e.Result
		row := []string{r.Name, quiz.FormatNumber(r.Score()), strconv.Itoa(r.Played()), strconv.Itoa(r.Percent()),
			Clock(r.Seconds), r.Finished.UTC().Format("2006-01-02 15:04")}
		for _, s := range c.Questions {
			cell := ""
			if s.Index < len(r.Marks) {
				cell = [...]string{"", "wrong", "partly", "right"}[r.Marks[s.Index]]
			}
			if g, ok := r.Given[s.Index]; ok {
				cell += ": " + g
			}
			row = append(row, cell)
		}
		rows = append(rows, row)
	}
	share := []string{"Share right", "", "", "", "", ""}
	for _, s := range c.Questions {
		share = append(share, fmt.Sprintf("%d%% (%d of %d)", int(s.ShareRight()*100+0.5), s.Right, s.Played))
	}
	rows = append(rows, share)
	for _, row := range rows {
		for i, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				row[i] = "'" + cell
			}
		}
	}
	if err := out.WriteAll(rows); err != nil {
		return err
	}
	return out.Error()
}
