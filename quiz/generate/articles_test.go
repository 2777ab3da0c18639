package generate

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// expectation is one line of a testdata/*.facts file:
//
//	leader: Person | Office | Country
//	date: Text
//	count: Number | Noun
//	extra: Text      (found and acceptable, not counted for recall)
//	not: Text        (must not be part of any fact)
type expectation struct {
	kind                    string
	text                    string
	person, office, country string
	number                  int
	noun                    string
}

type testArticle struct {
	name   string
	text   string
	expect []expectation
	extra  []string
	not    []string
}

func loadArticles(t testing.TB) []testArticle {
	t.Helper()
	names, err := filepath.Glob("testdata/*.facts")
	if err != nil || len(names) < 6 {
		t.Fatalf("want the Karabakh article and at least five others in testdata, found %d (%v)", len(names), err)
	}
	var out []testArticle
	for _, n := range names {
		a := testArticle{name: strings.TrimSuffix(filepath.Base(n), ".facts")}
		b, err := os.ReadFile(strings.TrimSuffix(n, ".facts") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		a.text = string(b)
		f, err := os.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		line := 0
		for sc.Scan() {
			line++
			l := strings.TrimSpace(sc.Text())
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			kind, rest, ok := strings.Cut(l, ":")
			if !ok {
				t.Fatalf("%s:%d: want kind: value", n, line)
			}
			parts := strings.Split(rest, "|")
			for i := range parts {
				parts[i] = strings.TrimSpace(parts[i])
			}
			e := expectation{kind: kind}
			switch kind {
			case "leader":
				if len(parts) != 3 {
					t.Fatalf("%s:%d: want Person | Office | Country", n, line)
				}
				e.person, e.office, e.country = parts[0], parts[1], parts[2]
			case "date":
				e.text = parts[0]
			case "count":
				if len(parts) != 2 {
					t.Fatalf("%s:%d: want Number | Noun", n, line)
				}
				v, err := strconv.Atoi(parts[0])
				if err != nil {
					t.Fatalf("%s:%d: %v", n, line, err)
				}
				e.number, e.noun = v, parts[1]
			case "extra":
				a.extra = append(a.extra, parts[0])
				continue
			case "not":
				a.not = append(a.not, parts[0])
				continue
			default:
				t.Fatalf("%s:%d: unknown kind %q", n, line, kind)
			}
			a.expect = append(a.expect, e)
		}
		f.Close()
		out = append(out, a)
	}
	return out
}

func (e expectation) matches(f Fact) bool {
	switch e.kind {
	case "leader":
		// "former President": a past holder (formerleader.go).
		office, former := strings.CutPrefix(e.office, "former ")
		return f.Kind == Leader && f.Person == e.person && f.Office == office && f.Former == former && f.Country == e.country
	case "date":
		return f.Kind == Date && f.Text == e.text
	case "count":
		// The noun may go on with an "of" phrase: "weeks" matches "weeks
		// of tense negotiations".
		return f.Kind == Count && f.Number == e.number && (f.Noun == e.noun || strings.HasPrefix(f.Noun, e.noun+" of "))
	}
	return false
}

func (e expectation) String() string {
	switch e.kind {
	case "leader":
		return fmt.Sprintf("leader %s (%s of %q)", e.person, e.office, e.country)
	case "count":
		return fmt.Sprintf("count %d %s", e.number, e.noun)
	}
	return "date " + e.text
}

// score compares what was found in an article with what it holds.
type score struct {
	found, present     map[Kind]int
	missing, unwanted  []string
	questions, passing int
	problems           []string
}

func scoreArticle(t testing.TB, a testArticle) score {
	t.Helper()
	res, err := FromText("", a.text)
	if err != nil {
		t.Fatalf("%s: %v", a.name, err)
	}
	s := score{found: map[Kind]int{}, present: map[Kind]int{}}
	used := make([]bool, len(res.Facts))
	for _, e := range a.expect {
		k := Kind(e.kind)
		s.present[k]++
		hit := false
		for i, f := range res.Facts {
			if !used[i] && e.matches(f) {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			s.found[k]++
		} else {
			s.missing = append(s.missing, e.String())
		}
	}
	for i, f := range res.Facts {
		// These articles list dates, leaders and counts only; the corpus
		// (corpus_test.go) measures the other kinds.
		if used[i] || f.Kind != Date && f.Kind != Leader && f.Kind != Count {
			continue
		}
		ok := false
		for _, x := range a.extra {
			if f.Text == x {
				ok = true
			}
		}
		if !ok {
			s.unwanted = append(s.unwanted, fmt.Sprintf("%s %q", f.Kind, f.Text))
		}
	}
	for _, n := range a.not {
		for _, f := range res.Facts {
			if containsWords(f.Text, n) || f.Person == n || f.Kind == Count && strconv.Itoa(f.Number) == n {
				s.unwanted = append(s.unwanted, fmt.Sprintf("%s %q (listed as not a fact)", f.Kind, f.Text))
			}
		}
	}
	probs := qualityProblems(a.text, res)
	s.questions = len(res.Quiz.Questions)
	bad := map[string]bool{}
	for _, p := range probs {
		bad[p.id] = true
		s.problems = append(s.problems, p.id+": "+p.msg)
	}
	s.passing = s.questions - len(bad)
	return s
}

// TestArticleFacts checks, on every article, that the facts listed in its
// .facts file are found (at least 80% of each kind over all articles, and
// of all facts in each article), that nothing else is found, and that
// nothing listed under "not:" is taken for a fact.
func TestArticleFacts(t *testing.T) {
	total := map[Kind][2]int{}
	for _, a := range loadArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			s := scoreArticle(t, a)
			for _, m := range s.missing {
				t.Logf("missed: %s", m)
			}
			for _, u := range s.unwanted {
				t.Errorf("found what is not a fact to ask about: %s", u)
			}
			f, p := 0, 0
			for _, k := range []Kind{Date, Leader, Count} {
				f += s.found[k]
				p += s.present[k]
				tk := total[k]
				total[k] = [2]int{tk[0] + s.found[k], tk[1] + s.present[k]}
			}
			if f*5 < p*4 {
				t.Errorf("recall %d/%d is under 80%%", f, p)
			}
		})
	}
	for k, v := range total {
		if v[0]*5 < v[1]*4 {
			t.Errorf("%s recall over all articles %d/%d is under 80%%", k, v[0], v[1])
		}
	}
}

// TestReport prints the recall and precision table of docs/generator.md:
//
//	go test ./quiz/generate -run TestReport -v
func TestReport(t *testing.T) {
	var b strings.Builder
	b.WriteString("| article | dates found/present | leaders found/present | counts found/present | recall | questions passing/written | precision |\n")
	b.WriteString("|---|---|---|---|---|---|---|\n")
	sum := score{found: map[Kind]int{}, present: map[Kind]int{}}
	row := func(name string, s score) {
		f := s.found[Date] + s.found[Leader] + s.found[Count]
		p := s.present[Date] + s.present[Leader] + s.present[Count]
		fmt.Fprintf(&b, "| %s | %d/%d | %d/%d | %d/%d | %s | %d/%d | %s |\n", name,
			s.found[Date], s.present[Date], s.found[Leader], s.present[Leader], s.found[Count], s.present[Count],
			percent(f, p), s.passing, s.questions, percent(s.passing, s.questions))
	}
	for _, a := range loadArticles(t) {
		s := scoreArticle(t, a)
		row(a.name, s)
		for _, k := range []Kind{Date, Leader, Count} {
			sum.found[k] += s.found[k]
			sum.present[k] += s.present[k]
		}
		sum.questions += s.questions
		sum.passing += s.passing
	}
	row("**all**", sum)
	if sum.questions == 0 {
		t.Fatal("no questions written")
	}
	if testing.Verbose() {
		fmt.Print(b.String())
	}
}

func percent(a, b int) string {
	if b == 0 {
		return "-"
	}
	return strconv.Itoa((a*1000/b+5)/10) + "%"
}
