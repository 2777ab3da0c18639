//go:build !wasm

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"factquiz/quiz/testwise"
)

// sample is a sheet with one page of every sort.
func sample() Sheet {
	return Sheet{
		Source: "/pages/dev", Generator: "generate.FromText", Checker: "generate.QualityProblems",
		Pages: []Page{
			{
				Name: "d01", Title: "Truce | agreed in Minsk", Words: 320, TextSum: "0123456789abcdef", FactsSum: "fedcba9876543210",
				Notes: []string{"HTML reduced to its text"},
				Found: []FoundFact{
					{1, "date", "Feb. 15", "event: the truce takes effect"},
					{2, "leader", "President Vladimir Putin", "person: Vladimir Putin; office: President; country: Russia"},
				},
				Questions: []Question{
					{N: 1, ID: "date-truce-takes-effect", Kind: "date", Fact: 1, Type: "single", Prompt: "When does the truce take effect?",
						Choices: []Choice{{"Feb. 15", true}, {"Feb. 12", false}, {"Sept. 5", false}}, Answer: "Feb. 15",
						Evidence: "The truce takes effect on Feb. 15\n(2200 GMT on Saturday).", Verdict: "ok"},
					{N: 2, ID: "leader-putin", Kind: "leader", Fact: 2, Type: "text", Prompt: `Fill in the blank: a \ back | slash _____.`,
						Answer: "Vladimir Putin", Evidence: "Russian President Vladimir Putin spoke.",
						Problems: []string{"prompt gives its answer away", "answer not in the evidence sentence"}, Verdict: "bad: the blank is the whole sentence"},
					{N: 3, ID: "count-hours", Kind: "count", Fact: 2, Type: "truefalse", Prompt: "The talks lasted 16 hours.", Answer: "true", Evidence: "x"},
				},
				Listed: []ListedFact{
					{Pos: "d01.facts:4", Line: "date: Feb. 15 | the truce takes effect", Found: true, AskedBy: []string{"date-truce-takes-effect", "count-hours"}},
					{Pos: "d01.facts:5", Line: "leader: Vladimir Putin | President | Russia", Found: true},
					{Pos: "d01.facts:6", Line: "place: Minsk | city"},
				},
				NotTaken: []string{`d01.facts:9 "2:47 PM" taken for a count fact (found fact 3, "47")`},
			},
			{Name: "d02", Words: 12, TextSum: "1111111111111111", Error: "no dates, leaders or counts were found in the article"},
		},
	}
}

func TestSheetRoundTrip(t *testing.T) {
	unchecked := sample()
	unchecked.Checker = ""
	unchecked.Pages[0].Questions[1].Problems = nil
	unjudged := sample()
	for i := range unjudged.Pages[0].Questions {
		unjudged.Pages[0].Questions[i].Verdict = ""
	}
	tests := []struct {
		name string
		s    Sheet
	}{
		{"judged, with a checker", sample()},
		{"no checker", unchecked},
		{"not judged yet", unjudged},
		{"no pages", Sheet{Source: "x", Generator: "g"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := Render(tc.s)
			got, err := Parse(text)
			if err != nil {
				t.Fatalf("the sheet does not read back: %v\n%s", err, text)
			}
			if !reflect.DeepEqual(got, tc.s) {
				t.Errorf("read back\n%+v\nwant\n%+v", got, tc.s)
			}
			if again := Render(got); again != text {
				t.Errorf("written again, the sheet differs:\n%s", again)
			}
		})
	}
}

func TestSheetRefused(t *testing.T) {
	good := Render(sample())
	tests := []struct {
		name string
		edit func(string) string
		want string
	}{
		{"a prompt edited", func(s string) string {
			return strings.Replace(s, "When does the truce take effect?", "When did the truce take effect?", 1)
		}, "d01 Q1 `date-truce-takes-effect` was changed after the sheet was written"},
		{"the right choice moved", func(s string) string {
			s = strings.Replace(s, "  - [x] Feb. 15", "  - [ ] Feb. 15", 1)
			return strings.Replace(s, "  - [ ] Feb. 12", "  - [x] Feb. 12", 1)
		}, "d01 Q1 `date-truce-takes-effect` was changed"},
		{"a verdict moved to another question's heading", func(s string) string {
			return strings.Replace(s, "#### d01 Q2 `leader-putin`", "#### d01 Q2 `leader-merkel`", 1)
		}, "d01 Q2 `leader-merkel` was changed"},
		{"a judge line removed", func(s string) string {
			return strings.Replace(s, "judge: ok\n", "", 1)
		}, "d01 Q1 `date-truce-takes-effect` has no judge: line"},
		{"two judge lines", func(s string) string {
			return strings.Replace(s, "judge: ok\n", "judge: ok\njudge: bad: no\n", 1)
		}, "has two judge: lines"},
		{"a question of another page", func(s string) string {
			return strings.Replace(s, "#### d01 Q3", "#### d02 Q3", 1)
		}, "a question heading reads \"d01 Q<number> `<question ID>`\""},
		{"a question twice", func(s string) string {
			return strings.Replace(s, "#### d01 Q3 `count-hours`", "#### d01 Q3 `leader-putin`", 1)
		}, "question `leader-putin` appears twice on page d01"},
		{"a page removed", func(s string) string {
			i := strings.Index(s, "\n## Page d02")
			return s[:i]
		}, "the sheet says it has 2 pages but holds 1"},
		{"an unknown question asks a listed fact", func(s string) string {
			return strings.Replace(s, "`date-truce-takes-effect`, `count-hours`", "`date-truce-takes-effect`, `count-days`", 1)
		}, "d01.facts:4 is asked by `count-days`, which is not a question of the page"},
		{"a badly marked choice", func(s string) string {
			return strings.Replace(s, "  - [ ] Feb. 12", "  - [v] Feb. 12", 1)
		}, "a choice is marked [x] (right) or [ ] (wrong), not [v]"},
		{"not a sheet", func(s string) string {
			return strings.Replace(s, "- sheet: "+sheetMark, "- sheet: something else", 1)
		}, "this is not a judging sheet written by the measure command"},
		{"a bad escape", func(s string) string {
			return strings.Replace(s, "- title: Truce", `- title: \qTruce`, 1)
		}, `unknown escape \q`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			edited := tc.edit(good)
			if edited == good {
				t.Fatal("the edit changed nothing")
			}
			_, err := Parse(edited)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one containing %q", err, tc.want)
			}
		})
	}
}

func TestVerdict(t *testing.T) {
	tests := []struct {
		in      string
		ok      bool
		wantErr string
	}{
		{"ok", true, ""},
		{"OK", true, ""},
		{"bad: two right answers", false, ""},
		{"Bad: the prompt gives it away", false, ""},
		{"bad:", false, "say why"},
		{"bad", false, `not "bad"`},
		{"", false, "not judged yet"},
		{"fine", false, `not "fine"`},
		{"ok (close)", true, ""},
		{"ok (close): the title nearly gives it away", true, ""},
		{"bad (close): a wrong choice is arguably right", false, ""},
		{"bad (close):", false, "say why"},
		{"ok (closer)", false, `not "ok (closer)"`},
	}
	for _, tc := range tests {
		ok, err := Verdict(tc.in)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if ok != tc.ok || (tc.wantErr == "") != (gotErr == "") || !strings.Contains(gotErr, tc.wantErr) {
			t.Errorf("Verdict(%q) = %v, %q; want %v, %q", tc.in, ok, gotErr, tc.ok, tc.wantErr)
		}
	}
}

func TestCompute(t *testing.T) {
	s := sample()
	long := Page{Name: "d03", Words: 400, TextSum: "2", FactsSum: "3"}
	for i := 0; i < 8; i++ {
		long.Listed = append(long.Listed, ListedFact{Pos: "d03.facts:1", Line: "count: 1 | x"})
	}
	s.Pages = append(s.Pages, long)
	tests := []struct {
		name    string
		judged  bool
		verdict string // of d01 Q3
		want    PageFigures
		short   int
		wantErr string
		date    KindFigures
	}{
		{"judged, Q3 ok", true, "ok", PageFigures{Words: 732, Questions: 3, FillIn: 1, Problems: 1, Acceptable: 2, Listed: 11, Found: 2, Asked: 1, AskedOK: 1, HasList: true}, 1, "", KindFigures{1, 1, 1, 1}},
		{"judged, Q3 bad", true, "bad: wrong", PageFigures{Words: 732, Questions: 3, FillIn: 1, Problems: 1, Acceptable: 1, Listed: 11, Found: 2, Asked: 1, AskedOK: 1, HasList: true}, 1, "", KindFigures{1, 1, 1, 1}},
		{"not judged", false, "", PageFigures{Words: 732, Questions: 3, FillIn: 1, Problems: 1, Listed: 11, Found: 2, Asked: 1, HasList: true}, 1, "", KindFigures{1, 1, 1, 0}},
		{"judged, Q3 not judged", true, "", PageFigures{}, 0, "d01 Q3 `count-hours`: not judged yet", KindFigures{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s.Pages[0].Questions[2].Verdict = tc.verdict
			f, err := Compute(s, tc.judged)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if f.Total != tc.want || len(f.Short) != tc.short || f.NotTaken != 1 || len(f.Refused) != 1 {
				t.Errorf("totals %+v short %v not taken %d refused %v; want %+v, %d short, 1, 1", f.Total, f.Short, f.NotTaken, f.Refused, tc.want, tc.short)
			}
			if f.ByKind["date"] != tc.date || f.ByKind["place"] != (KindFigures{Listed: 1}) || f.ByKind["count"] != (KindFigures{Listed: 8}) {
				t.Errorf("by kind %v", f.ByKind)
			}
			// The one multiple-choice question has its answer among 3.
			if f.Testwise[0].Questions != 1 {
				t.Errorf("test-wise saw %d multiple-choice questions, want 1", f.Testwise[0].Questions)
			}
			// The one true-or-false question is true.
			if f.SameAnswer != (testwise.SameAnswer{Questions: 1, True: 1}) {
				t.Errorf("same answer counted %+v, want 1 question, 1 true", f.SameAnswer)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	tests := []struct {
		name string
		edit func(*Sheet)
		want string // "" when the sheet still matches
	}{
		{"the same", func(*Sheet) {}, ""},
		{"verdicts differ only", func(s *Sheet) { s.Pages[0].Questions[0].Verdict = "" }, ""},
		{"a question written differently", func(s *Sheet) { s.Pages[0].Questions[0].Choices[1].Text = "March 15" },
			"d01 Q1 `date-truce-takes-effect`: the generator now writes it differently (choices"},
		{"a question no longer written", func(s *Sheet) { s.Pages[0].Questions = s.Pages[0].Questions[:2] },
			"d01 Q3 `count-hours`: the generator now writes this question, which the sheet does not judge"},
		{"a new page", func(s *Sheet) { s.Pages = append(s.Pages, Page{Name: "d09"}) }, "page d09 is in the sheet but not in the folder"},
		{"a changed text", func(s *Sheet) { s.Pages[1].TextSum = "2222222222222222" }, "page d02: its text has changed"},
		{"a changed list", func(s *Sheet) { s.Pages[0].FactsSum = "" }, "page d01: its list of facts has changed"},
		{"another generator", func(s *Sheet) { s.Generator = "generate.FromInput" }, "the sheet was written with generate.FromInput"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := sample()
			tc.edit(&s)
			err := Compare(s, sample())
			if (tc.want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.want)) {
				t.Errorf("Compare: %v, want %q", err, tc.want)
			}
		})
	}
}

// TestMain runs the command on a folder: a sheet is written, judged and
// read back; a sheet on a page that changed since is refused.
func TestCommand(t *testing.T) {
	dir := t.TempDir()
	article := "Leaders agree truce in Minsk\n\nThe leaders met in Minsk on February 11, 2015. Russian President Vladimir Putin and French President Francois Hollande agreed on a truce after 16 hours of talks. The truce takes effect on February 15.\n"
	facts := "date: February 11, 2015 | the leaders met\nleader: Vladimir Putin | President | Russia\nleader: Francois Hollande | President | France\ncount: 16 | hours of talks\ndate: February 15 | the truce takes effect\nnot: Minsk on\n"
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("p01.txt", article)
	write("p01.facts", facts)
	sheet := filepath.Join(t.TempDir(), "sheet.md")
	var stdout, stderr bytes.Buffer
	if code := Main([]string{dir, "-o", sheet}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	data, err := os.ReadFile(sheet)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	if n := strings.Count(text, "\njudge: \n"); n == 0 || !strings.Contains(text, "| p01.facts:1 | date: February 11, 2015 \\| the leaders met |") {
		t.Fatalf("the sheet has %d questions to judge or lacks its listed facts:\n%s", n, text)
	}
	// Unjudged, the figures are refused.
	stdout.Reset()
	stderr.Reset()
	if code := Main([]string{"-judged", sheet}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "not judged yet") {
		t.Errorf("an unjudged sheet gives exit %d: %s", code, stderr.String())
	}
	// Judged, they are printed.
	judged := strings.ReplaceAll(text, "\njudge: \n", "\njudge: ok\n")
	if err := os.WriteFile(sheet, []byte(judged), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	stderr.Reset()
	if code := Main([]string{"-judged", sheet}, &stdout, &stderr); code != 0 || !strings.Contains(stdout.String(), "- judged acceptable: ") {
		t.Fatalf("exit %d: %s%s", code, stdout.String(), stderr.String())
	}
	n := strings.Count(text, "\njudge: \n")
	for _, want := range []string{"- judged acceptable: " + share(n, n), "- dates, leaders and counts asked in an acceptable question: ", "  - date: 2 listed, "} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("figures lack %q:\n%s", want, stdout.String())
		}
	}
	// Close calls give the strict and lenient figures.
	closeCalls := strings.Replace(strings.Replace(text, "\njudge: \n", "\njudge: ok (close): the title nearly tells\n", 1), "\njudge: \n", "\njudge: bad (close): vague\n", 1)
	closeCalls = strings.ReplaceAll(closeCalls, "\njudge: \n", "\njudge: ok\n")
	if err := os.WriteFile(sheet, []byte(closeCalls), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	if code := Main([]string{"-judged", sheet}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, want := range []string{"- judged acceptable: " + share(n-1, n), "strict, the close calls judged ok (1) counted bad: " + share(n-2, n), "lenient, the close calls judged bad (1) counted ok: " + share(n, n)} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("figures lack %q:\n%s", want, stdout.String())
		}
	}
	// The page changes: the sheet is refused.
	write("p01.txt", strings.Replace(article, "16 hours", "18 hours", 1))
	stdout.Reset()
	stderr.Reset()
	if code := Main([]string{"-judged", sheet, dir}, &stdout, &stderr); code != 1 || !strings.Contains(stderr.String(), "page p01: its text has changed since the sheet was written") {
		t.Errorf("a sheet on a changed page gives exit %d: %s", code, stderr.String())
	}
	// A bad command line.
	if code := Main([]string{}, &stdout, &stderr); code != 2 {
		t.Errorf("no folder gives exit %d, want 2", code)
	}
}

// TestRefusedPageKeepsItsFacts checks that a page the generator refuses
// still lists its facts in the sheet (none asked), so that the figures
// count them instead of leaving the page out.
func TestRefusedPageKeepsItsFacts(t *testing.T) {
	dir := t.TempDir()
	// Facts a reader lists, none the generator reads: it refuses the page.
	article := "Wildlife plan\n\nThe minister welcomed the plan today and thanked the volunteers who counted the birds.\n"
	if err := os.WriteFile(filepath.Join(dir, "p01.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "p01.facts"), []byte("actor: The minister | welcomed the plan\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	sheet := filepath.Join(t.TempDir(), "sheet.md")
	var stdout, stderr bytes.Buffer
	if code := Main([]string{dir, "-o", sheet}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	data, err := os.ReadFile(sheet)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "| p01.facts:1 | actor: The minister \\| welcomed the plan |") {
		t.Errorf("the refused page's listed fact is missing from the sheet:\n%s", data)
	}
}
