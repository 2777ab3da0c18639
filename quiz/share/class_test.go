package share

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
	"time"

	"factquiz/quiz"
)

// resultOf is a learner's result at q with the given questions right,
// finished at testStart plus late.
func resultOf(t testing.TB, q *quiz.Quiz, name string, late time.Duration, right ...int) Result {
	t.Helper()
	set := map[int]bool{}
	for _, i := range right {
		set[i] = true
	}
	r, err := NewResult(q, play(t, q, set, "no idea"), name)
	if err != nil {
		t.Fatal(err)
	}
	r.Finished = r.Finished.Add(late)
	return r
}

func codeOf(t testing.TB, r Result) string {
	t.Helper()
	c, err := r.Code()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func linkOf(t testing.TB, r Result) string {
	t.Helper()
	f, err := r.Fragment()
	if err != nil {
		t.Fatal(err)
	}
	return "https://factquiz.example.org/teacher#" + f
}

func TestScanAndClass(t *testing.T) {
	q := stockQuizzes(t)["capitals.aiken"]
	other := stockQuizzes(t)["moodle-sample.gift"]
	anna1 := resultOf(t, q, "Anna", 0, 0, 1)
	anna2 := resultOf(t, q, "anna ", time.Hour, 0, 1, 2, 3, 4)
	ben := resultOf(t, q, "Ben", 0, 0, 2)
	cleo := resultOf(t, q, "Cleo", 0, 0, 1, 2)
	dan := resultOf(t, other, "Dan", 0)
	bad := codeOf(t, ben)
	text := strings.Join([]string{
		"Teacher: please send your results",   // 1: noise
		"Anna: " + linkOf(t, anna1),           // 2
		"",                                    // 3: blank
		"Ben: (" + codeOf(t, ben) + ").",      // 4: punctuation around
		"Cleo " + linkOf(t, cleo) + " thanks", // 5
		"Anna again: " + codeOf(t, anna2),     // 6: a later result
		"Dan: " + codeOf(t, dan),              // 7: another quiz
		"Eve: " + bad[:len(bad)-5],            // 8: cut off
		"Ben: " + linkOf(t, ben),              // 9: the same again
		"Anna: " + codeOf(t, anna1),           // 10: the earlier one, pasted after
	}, "\n")
	entries, problems := Scan("", text)
	if len(entries) != 7 {
		t.Fatalf("found %d results, want 7: %v", len(entries), problems)
	}
	c := NewClass(Fingerprint(q), q, entries)
	problems = append(problems, c.Problems...)
	var got []string
	for _, p := range problems {
		got = append(got, p.String())
	}
	want := []string{
		"line 8: this result cannot be read: it is cut off",
		"line 1: no result link or code here",
		"line 6: a later result of anna (finished 2 Dec 2026 15:01 UTC) replaces the one of line 2",
		"line 7: Dan's result is for another quiz (fingerprint " + Fingerprint(other) + "), not “" + q.Title + "”; not counted",
		"line 9: Ben's result is already counted (line 4); counted once",
		"line 10: an earlier result of Anna (finished 2 Dec 2026 14:01 UTC); the later one (line 6) is kept",
	}
	if len(got) != len(want) {
		t.Fatalf("problems:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("problem %d:\n got %s\nwant %s…", i, got[i], want[i])
		}
	}
	var names []string
	for _, r := range c.Rows {
		names = append(names, r.Result.Name+"@"+r.Where)
	}
	if strings.Join(names, " ") != "anna@line 6 Ben@line 4 Cleo@line 5" {
		t.Errorf("rows %v", names)
	}
	// Q1 3 of 3 right, Q2 2 of 3, Q3 3 of 3, Q4 1 of 3, Q5 1 of 3:
	// hardest first, ties in the quiz's order.
	var order []int
	for _, s := range c.Questions {
		order = append(order, s.Index+1)
	}
	if want := []int{4, 5, 2, 1, 3}; !equalInts(order, want) {
		t.Errorf("questions in order %v, want %v", order, want)
	}
	if s := c.Questions[0]; s.Right != 1 || s.Played != 3 || s.Prompt != q.Questions[3].Prompt {
		t.Errorf("hardest question %+v", s)
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestScanFileNamesPositions(t *testing.T) {
	q := stockQuizzes(t)["capitals.aiken"]
	text := "hello\r\n" + codeOf(t, resultOf(t, q, "Anna", 0)) + "\r\nFQR-AB$CDE\r\n"
	entries, problems := Scan("results.txt", text)
	if len(entries) != 1 || entries[0].Where != "results.txt:2" {
		t.Fatalf("entries %+v", entries)
	}
	if len(problems) != 2 || !strings.HasPrefix(problems[0].String(), `results.txt:3: this result cannot be read: it is damaged: character 3, "$"`) ||
		problems[1].String() != "results.txt: line 1: no result link or code here (a result link has #result= in it, a code starts with FQR-); left out" {
		t.Errorf("problems %v", problems)
	}
}

// Kept results come first; the same result pasted again is not noted,
// and a class without the quiz names its questions by number.
func TestClassKeptAndUnknownQuiz(t *testing.T) {
	q := stockQuizzes(t)["capitals.aiken"]
	anna := resultOf(t, q, "Anna", 0, 1)
	kept := []Entry{{Where: KeptWhere, Code: codeOf(t, anna), Result: anna}}
	pasted, _ := Scan("", codeOf(t, anna))
	c := NewClass(Fingerprint(q), nil, append(pasted, kept...))
	if len(c.Rows) != 1 || len(c.Problems) != 0 {
		t.Fatalf("rows %v problems %v", c.Rows, c.Problems)
	}
	if got := c.Questions[len(c.Questions)-1].Label(); got != "Q2" {
		t.Errorf("easiest question labelled %q, want Q2", got)
	}
	short := *q
	short.Questions = short.Questions[:3]
	c = NewClass(Fingerprint(q), &short, kept)
	if len(c.Rows) != 0 || len(c.Problems) != 1 || !strings.Contains(c.Problems[0].Msg, "marks 5 questions") {
		t.Errorf("a result of another length: rows %v problems %v", c.Rows, c.Problems)
	}
}

func TestClassCSV(t *testing.T) {
	q := stockQuizzes(t)["capitals.aiken"]
	evil := resultOf(t, q, "=HYPERLINK(\"http://x\")", 0, 0)
	ben := resultOf(t, q, "Ben", 0, 0, 1, 2, 3, 4)
	c := NewClass(Fingerprint(q), q, []Entry{{Where: "line 1", Result: evil}, {Where: "line 2", Result: ben}})
	var b bytes.Buffer
	if err := c.WriteCSV(&b); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || len(rows[0]) != 6+len(q.Questions) {
		t.Fatalf("%d rows of %d columns:\n%v", len(rows), len(rows[0]), rows)
	}
	if rows[0][0] != "Learner" || !strings.HasPrefix(rows[0][6], "Q") {
		t.Errorf("header %v", rows[0])
	}
	if rows[1][0] != "'=HYPERLINK(\"http://x\")" {
		t.Errorf("a formula name is written %q", rows[1][0])
	}
	if got := strings.Join(rows[2][:5], "|"); got != "Ben|5|5|100|1:40" {
		t.Errorf("Ben's row %q", got)
	}
	if rows[3][0] != "Share right" || rows[3][len(rows[3])-1] != "100% (2 of 2)" {
		t.Errorf("share row %v", rows[3])
	}
	if !strings.HasPrefix(rows[1][6], "wrong") {
		t.Errorf("the hardest question for the first learner: %q", rows[1][6])
	}
}
