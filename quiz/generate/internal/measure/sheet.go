//go:build !wasm

package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"factquiz/quiz/generate/internal/factlist"
)

// The sheet's first lines say what it is; the reader refuses anything
// else.
const sheetMark = "factquiz judging sheet v1"

// Sheet is a judging sheet: what the generator wrote on every page of a
// folder, with a verdict line for each question. Everything the figures
// need is in it, so that they can be computed again from the sheet alone.
type Sheet struct {
	// Source is the folder of the pages, as given on the command line.
	Source string
	// Generator names the function that read the pages.
	Generator string
	// Checker names the automatic quality checker, "" when there was
	// none.
	Checker string
	Pages   []Page
}

// Page is one page of the folder: NAME.txt, with NAME.facts when present.
type Page struct {
	Name  string
	Title string
	Words int
	// TextSum and FactsSum identify the page's files (FactsSum is ""
	// when the page has no list of facts).
	TextSum, FactsSum string
	// Notes are what the generator said about the input (HTML reduced to
	// text, a legacy encoding decoded…); Error why it wrote no quiz.
	Notes     []string
	Error     string
	Found     []FoundFact
	Questions []Question
	// Listed are the facts of NAME.facts, each with the questions that
	// ask about it; NotTaken the not: texts taken for a fact.
	Listed   []ListedFact
	NotTaken []string
}

// FoundFact is a fact the generator found, numbered from 1.
type FoundFact struct {
	N      int
	Kind   string
	Text   string
	Detail string
}

// Question is one question as the generator wrote it, and its verdict.
type Question struct {
	N    int    // its place in the quiz, from 1
	ID   string // with the page's name, what identifies it
	Kind string // the fact kind
	Fact int    // the number of the fact it asks about
	Type string
	// Prompt, the choices, the answer and the evidence sentence, as
	// written.
	Prompt   string
	Choices  []Choice
	Answer   string
	Evidence string
	// Problems found by the automatic checker.
	Problems []string
	// Verdict is what the judge wrote after "judge:" ("" until judged).
	Verdict string
}

// Choice is a choice of a multiple-choice question.
type Choice struct {
	Text  string
	Right bool
}

// ListedFact is one line of the page's list of facts.
type ListedFact struct {
	Pos   string // "d01.facts:5"
	Line  string // "date: September 15, 2015 | the event"
	Found bool
	// AskedBy are the IDs of the questions that ask about it.
	AskedBy []string
}

// Check is a short fingerprint of what the question says, so that a
// verdict cannot be kept for a question whose words have changed.
func (q Question) Check(page string) string {
	h := sha256.New()
	field := func(s string) { fmt.Fprintf(h, "%d:%s;", len(s), s) }
	for _, s := range []string{page, q.ID, q.Kind, strconv.Itoa(q.Fact), q.Type, q.Prompt, q.Answer, q.Evidence} {
		field(s)
	}
	for _, c := range q.Choices {
		field(strconv.FormatBool(c.Right) + c.Text)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Label names a question in messages: "d03 Q4 `date-clashes-erupted`".
func (q Question) Label(page string) string {
	return fmt.Sprintf("%s Q%d `%s`", page, q.N, q.ID)
}

// esc writes a value on one line: backslash, line ends and the table's
// bar are escaped.
func esc(s string) string {
	r := strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`, "|", `\|`)
	return r.Replace(s)
}

func unesc(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 == len(s) {
			return "", fmt.Errorf("a lone backslash ends %q", s)
		}
		i++
		switch s[i] {
		case '\\':
			b.WriteByte('\\')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case '|':
			b.WriteByte('|')
		default:
			return "", fmt.Errorf("unknown escape \\%c in %q", s[i], s)
		}
	}
	return b.String(), nil
}

const howToJudge = `How to judge: read each page's text, then every question. On its
"judge:" line write "ok" when a careful reader would keep the question,
or "bad: " and the reason ("ok (close): why" or "bad (close): reason"
for a close call). A question is ok when it is grammatical, has
one right answer, the answer is correct and complete, it is not given
away by the prompt or by another question of the same page, no wrong
choice is also right, and the wrong choices are of the same kind and
plausible. Edit nothing but the judge: lines: each question carries a
check of its words, and a sheet whose questions were changed, or no
longer match what the generator writes, is refused. The sheet quotes
the pages: keep it beside them, out of the repository.`

// Render writes the sheet in Markdown.
func Render(s Sheet) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	p("# Judging sheet: the article quiz generator on real pages\n\n")
	p("- sheet: %s\n- source: %s\n- generator: %s\n", sheetMark, esc(s.Source), esc(s.Generator))
	checker := s.Checker
	if checker == "" {
		checker = "none"
	}
	p("- checker: %s\n- pages: %d\n\n%s\n", esc(checker), len(s.Pages), howToJudge)
	for _, pg := range s.Pages {
		p("\n## Page %s\n\n", pg.Name)
		p("- title: %s\n- words: %d\n- text sha256: %s\n", esc(pg.Title), pg.Words, pg.TextSum)
		if pg.FactsSum == "" {
			p("- facts sha256: none\n")
		} else {
			p("- facts sha256: %s\n", pg.FactsSum)
		}
		p("- found: %s\n", foundByKind(pg.Found))
		for _, n := range pg.Notes {
			p("- note: %s\n", esc(n))
		}
		if pg.Error != "" {
			p("- error: %s\n", esc(pg.Error))
		}
		p("\n### Facts found on %s\n\n| # | kind | text | details |\n|---:|---|---|---|\n", pg.Name)
		for _, f := range pg.Found {
			p("| %d | %s | %s | %s |\n", f.N, esc(f.Kind), esc(f.Text), esc(f.Detail))
		}
		p("\n### Questions on %s\n", pg.Name)
		for _, q := range pg.Questions {
			p("\n#### %s\n\n", q.Label(pg.Name))
			p("- fact: %s, found fact %d\n- type: %s\n- prompt: %s\n", esc(q.Kind), q.Fact, esc(q.Type), esc(q.Prompt))
			if len(q.Choices) > 0 {
				p("- choices:\n")
				for _, c := range q.Choices {
					mark := " "
					if c.Right {
						mark = "x"
					}
					p("  - [%s] %s\n", mark, esc(c.Text))
				}
			}
			p("- answer: %s\n- evidence: %s\n", esc(q.Answer), esc(q.Evidence))
			if s.Checker == "" {
				p("- automatic problems: not checked\n")
			} else if len(q.Problems) == 0 {
				p("- automatic problems: none\n")
			}
			for _, pr := range q.Problems {
				p("- automatic problem: %s\n", esc(pr))
			}
			p("- check: %s\n\njudge: %s\n", q.Check(pg.Name), q.Verdict)
		}
		if pg.FactsSum != "" {
			p("\n### Listed facts of %s\n\n| listed | fact | found | asked by |\n|---|---|---|---|\n", pg.Name)
			for _, l := range pg.Listed {
				found := "no"
				if l.Found {
					found = "yes"
				}
				asked := "none"
				if len(l.AskedBy) > 0 {
					asked = "`" + strings.Join(l.AskedBy, "`, `") + "`"
				}
				p("| %s | %s | %s | %s |\n", esc(l.Pos), esc(l.Line), found, asked)
			}
			for _, n := range pg.NotTaken {
				p("- not: taken for a fact: %s\n", esc(n))
			}
		}
	}
	return b.String()
}

// foundByKind counts the facts found by kind: "3 date, 1 leader, …".
func foundByKind(fs []FoundFact) string {
	var parts []string
	for _, k := range factlist.Kinds {
		n := 0
		for _, f := range fs {
			if f.Kind == string(k) {
				n++
			}
		}
		parts = append(parts, fmt.Sprintf("%d %s", n, k))
	}
	return strings.Join(parts, ", ")
}

// Parse reads a sheet written by Render, perhaps with its judge: lines
// filled in. It refuses a sheet whose questions were changed (their check
// no longer matches) or that is not a sheet at all.
func Parse(text string) (Sheet, error) {
	var s Sheet
	var errs []string
	fail := func(n int, format string, a ...any) {
		errs = append(errs, fmt.Sprintf("line %d: %s", n, fmt.Sprintf(format, a...)))
	}
	var (
		pg      *Page
		q       *Question
		section string // "", "facts", "questions", "listed"
		choices bool
		marked  bool
		pages   = -1
		// What is known of each question, by page and question index
		// (pointers into the slices would not survive their growth).
		checks = map[[2]int]string{}
		judged = map[[2]int]bool{}
		qLine  = map[[2]int]int{}
		at     [2]int
	)
	value := func(n int, v string) string {
		u, err := unesc(v)
		if err != nil {
			fail(n, "%v", err)
		}
		return u
	}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.HasPrefix(line, "## Page "):
			s.Pages = append(s.Pages, Page{Name: strings.TrimSpace(strings.TrimPrefix(line, "## Page "))})
			pg, q, section, choices = &s.Pages[len(s.Pages)-1], nil, "", false
			for _, o := range s.Pages[:len(s.Pages)-1] {
				if o.Name == pg.Name {
					fail(n, "page %s appears twice", pg.Name)
				}
			}
			continue
		case strings.HasPrefix(line, "### "):
			if pg == nil {
				fail(n, "a section before the first page")
				continue
			}
			q, choices = nil, false
			switch line {
			case "### Facts found on " + pg.Name:
				section = "facts"
			case "### Questions on " + pg.Name:
				section = "questions"
			case "### Listed facts of " + pg.Name:
				section = "listed"
			default:
				fail(n, "unknown section %q in page %s", line, pg.Name)
			}
			continue
		case strings.HasPrefix(line, "#### "):
			if section != "questions" {
				fail(n, "a question heading outside the questions of a page")
				continue
			}
			nq, err := parseHeading(strings.TrimPrefix(line, "#### "), pg.Name)
			if err != nil {
				fail(n, "%v", err)
				continue
			}
			for _, o := range pg.Questions {
				if o.ID == nq.ID {
					fail(n, "question `%s` appears twice on page %s", nq.ID, pg.Name)
				}
			}
			pg.Questions = append(pg.Questions, nq)
			q, choices = &pg.Questions[len(pg.Questions)-1], false
			at = [2]int{len(s.Pages) - 1, len(pg.Questions) - 1}
			qLine[at] = n
			continue
		}
		if pg == nil {
			// The header: "- key: value" lines; the rest is prose.
			if k, v, ok := item(line); ok {
				switch k {
				case "sheet":
					marked = v == sheetMark
				case "source":
					s.Source = value(n, v)
				case "generator":
					s.Generator = value(n, v)
				case "checker":
					if s.Checker = value(n, v); s.Checker == "none" {
						s.Checker = ""
					}
				case "pages":
					pages, _ = strconv.Atoi(v)
				}
			}
			continue
		}
		if strings.HasPrefix(line, "judge:") {
			if q == nil {
				fail(n, "a judge: line outside a question")
				continue
			}
			if judged[at] {
				fail(n, "%s has two judge: lines", q.Label(pg.Name))
			}
			judged[at] = true
			q.Verdict = strings.TrimSpace(strings.TrimPrefix(line, "judge:"))
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		switch section {
		case "":
			k, v, ok := item(line)
			if !ok {
				continue // a remark
			}
			switch k {
			case "title":
				pg.Title = value(n, v)
			case "words":
				pg.Words, _ = strconv.Atoi(v)
			case "text sha256":
				pg.TextSum = v
			case "facts sha256":
				if v != "none" {
					pg.FactsSum = v
				}
			case "found":
				// Written from the facts' table, which is read below.
			case "note":
				pg.Notes = append(pg.Notes, value(n, v))
			case "error":
				pg.Error = value(n, v)
			default:
				fail(n, "unknown page line %q", line)
			}
		case "facts":
			cells, ok := row(line)
			if !ok || header(cells) {
				continue
			}
			if len(cells) != 4 {
				fail(n, "a found fact has 4 cells (#, kind, text, details), this row has %d", len(cells))
				continue
			}
			num, err := strconv.Atoi(cells[0])
			if err != nil {
				fail(n, "a found fact's number is %q", cells[0])
			}
			pg.Found = append(pg.Found, FoundFact{num, value(n, cells[1]), value(n, cells[2]), value(n, cells[3])})
		case "questions":
			if q == nil {
				continue // prose before the first question
			}
			if c, ok := strings.CutPrefix(line, "  - ["); ok && choices && len(c) >= 3 && c[1:3] == "] " {
				if c[0] != 'x' && c[0] != ' ' {
					fail(n, "a choice is marked [x] (right) or [ ] (wrong), not [%c]", c[0])
				}
				q.Choices = append(q.Choices, Choice{Text: value(n, c[3:]), Right: c[0] == 'x'})
				continue
			}
			choices = false
			k, v, ok := item(line)
			if !ok {
				continue // a remark under the question
			}
			switch k {
			case "fact":
				kind, num, ok := strings.Cut(v, ", found fact ")
				q.Kind = value(n, kind)
				var err error
				if q.Fact, err = strconv.Atoi(num); !ok || err != nil {
					fail(n, "the fact line reads \"kind, found fact N\", not %q", v)
				}
			case "type":
				q.Type = value(n, v)
			case "prompt":
				q.Prompt = value(n, v)
			case "choices":
				choices = true
			case "answer":
				q.Answer = value(n, v)
			case "evidence":
				q.Evidence = value(n, v)
			case "automatic problems":
				// "none" or "not checked": nothing to keep.
			case "automatic problem":
				q.Problems = append(q.Problems, value(n, v))
			case "check":
				checks[at] = v
			default:
				fail(n, "unknown question line %q", line)
			}
		case "listed":
			if k, v, ok := item(line); ok && k == "not" {
				pg.NotTaken = append(pg.NotTaken, value(n, strings.TrimPrefix(v, "taken for a fact: ")))
				continue
			}
			cells, ok := row(line)
			if !ok || header(cells) {
				continue
			}
			if len(cells) != 4 {
				fail(n, "a listed fact has 4 cells (listed, fact, found, asked by), this row has %d", len(cells))
				continue
			}
			l := ListedFact{Pos: value(n, cells[0]), Line: value(n, cells[1]), Found: cells[2] == "yes"}
			if cells[2] != "yes" && cells[2] != "no" {
				fail(n, "found is yes or no, not %q", cells[2])
			}
			if cells[3] != "none" {
				for _, id := range strings.Split(cells[3], ",") {
					l.AskedBy = append(l.AskedBy, strings.Trim(strings.TrimSpace(id), "`"))
				}
			}
			pg.Listed = append(pg.Listed, l)
		}
	}
	if err := sc.Err(); err != nil {
		return s, err
	}
	if !marked {
		return s, fmt.Errorf("this is not a judging sheet written by the measure command (no \"- sheet: %s\" line)", sheetMark)
	}
	if pages != len(s.Pages) {
		errs = append(errs, fmt.Sprintf("the sheet says it has %d pages but holds %d: it is cut short or pages were removed", pages, len(s.Pages)))
	}
	for i := range s.Pages {
		pg := &s.Pages[i]
		ids := map[string]bool{}
		for j := range pg.Questions {
			q, k := &pg.Questions[j], [2]int{i, j}
			ids[q.ID] = true
			if !judged[k] {
				errs = append(errs, fmt.Sprintf("line %d: %s has no judge: line", qLine[k], q.Label(pg.Name)))
			}
			if c, want := checks[k], q.Check(pg.Name); c != want {
				errs = append(errs, fmt.Sprintf("line %d: %s was changed after the sheet was written (its check is %q, its words give %q): only the judge: lines may be edited",
					qLine[k], q.Label(pg.Name), c, want))
			}
		}
		for _, l := range pg.Listed {
			for _, id := range l.AskedBy {
				if !ids[id] {
					errs = append(errs, fmt.Sprintf("page %s: %s is asked by `%s`, which is not a question of the page", pg.Name, l.Pos, id))
				}
			}
		}
	}
	if len(errs) > 0 {
		return s, fmt.Errorf("the sheet cannot be read:\n  %s", strings.Join(errs, "\n  "))
	}
	return s, nil
}

// parseHeading reads "d03 Q4 `date-clashes-erupted`".
func parseHeading(h, page string) (Question, error) {
	name, rest, _ := strings.Cut(h, " ")
	num, id, _ := strings.Cut(rest, " ")
	n, err := strconv.Atoi(strings.TrimPrefix(num, "Q"))
	if name != page || !strings.HasPrefix(num, "Q") || err != nil || len(id) < 3 || id[0] != '`' || id[len(id)-1] != '`' {
		return Question{}, fmt.Errorf("a question heading reads \"%s Q<number> `<question ID>`\", not %q", page, h)
	}
	return Question{N: n, ID: id[1 : len(id)-1]}, nil
}

// item reads "- key: value".
func item(line string) (k, v string, ok bool) {
	rest, ok := strings.CutPrefix(line, "- ")
	if !ok {
		return "", "", false
	}
	k, v, ok = strings.Cut(rest, ": ")
	if !ok {
		k, ok = strings.CutSuffix(rest, ":")
	}
	return k, v, ok
}

// row splits a table row on its unescaped bars; the cells stay escaped.
func row(line string) ([]string, bool) {
	line = strings.TrimSpace(line)
	if !strings.HasPrefix(line, "|") || !strings.HasSuffix(line, "|") || len(line) < 2 {
		return nil, false
	}
	var cells []string
	var cur strings.Builder
	body := line[1:]
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '\\' && i+1 < len(body):
			cur.WriteByte(c)
			cur.WriteByte(body[i+1])
			i++
		case c == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return cells, true
}

// header says whether a row is a table's head or its rule.
func header(cells []string) bool {
	if len(cells) > 0 && (cells[0] == "#" || cells[0] == "listed") {
		return true
	}
	for _, c := range cells {
		if strings.Trim(c, ":-") != "" {
			return false
		}
	}
	return true
}
