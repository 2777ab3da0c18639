package format

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"factquiz/quiz"
)

// addSeeds adds every testdata file with one of exts, and the inputs of
// the broken-file tests, to a fuzz corpus (besides testdata/fuzz/).
func addSeeds(f *testing.F, extra []string, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob("testdata/*" + ext)
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
	for _, s := range extra {
		f.Add([]byte(s))
	}
}

// minimizeBriefly makes go test -fuzz spend 2 s, not 60, on shrinking
// each new input, unless -fuzzminimizetime is given. The minimizer tries
// every cut of an input, O(n²) runs of checkParsed for the seeds of a
// kilobyte or more: at about a millisecond each under coverage, a worker
// spent its whole minute shrinking and the run showed no execs ("stalls
// with some seeds"), not a slow reader.
func minimizeBriefly(f *testing.F) {
	fl := flag.Lookup("test.fuzzminimizetime")
	if fl == nil {
		return
	}
	given := false
	flag.Visit(func(v *flag.Flag) { given = given || v == fl })
	if !given {
		if err := fl.Value.Set("2s"); err != nil {
			f.Fatal(err)
		}
	}
}

// checkParsed asserts what holds for any input: positions are inside
// the file, a quiz has questions with unique ids, and a quiz written
// natively reads back the same.
func checkParsed(t *testing.T, data []byte, q *quiz.Quiz, ps Problems) {
	lines := bytes.Count(LoneCRToLF(data), []byte("\n")) + 1 // a lone CR ends a line too
	for _, p := range ps {
		if p.Line < 0 || p.Line > lines || p.Col < 0 || p.Msg == "" {
			t.Fatalf("bad problem position %d:%d (file has %d lines): %v", p.Line, p.Col, lines, p)
		}
	}
	if q == nil {
		return
	}
	if len(q.Questions) == 0 {
		t.Fatal("quiz without questions")
	}
	ids := map[string]bool{}
	for _, qu := range q.Questions {
		if ids[qu.ID] || qu.ID == "" {
			t.Fatalf("duplicate or empty id %q", qu.ID)
		}
		ids[qu.ID] = true
		if strings.TrimSpace(qu.Prompt) == "" {
			t.Fatalf("empty prompt accepted: %+v", qu)
		}
	}
	if !utf8.ValidString(q.Title) {
		t.Fatal("title not UTF-8")
	}
	var b bytes.Buffer
	if err := WriteNative(&b, q); err != nil {
		t.Fatalf("WriteNative: %v", err)
	}
	back, bps := parseAs(Native, q.ID+".yaml", b.Bytes())
	if bps.HasErrors() {
		t.Fatalf("native output does not read back: %v\n%s", bps, b.String())
	}
	if !reflect.DeepEqual(back, q) {
		t.Fatalf("native round trip changed the quiz:\n got %+v\nwant %+v\n%s", back, q, b.String())
	}
	b.Reset()
	if err := WriteGIFT(&b, q); err != nil {
		t.Fatalf("WriteGIFT: %v", err)
	}
	if _, gps := parseAs(GIFT, q.ID+".gift", b.Bytes()); gps.HasErrors() {
		t.Fatalf("GIFT output does not read back: %v\n%s", gps, b.String())
	}
}

// Worst cases that once took a reader far longer than their size
// warrants, small enough to fuzz from (BenchmarkHostile has them full
// size): repeated Aiken options each checked against all before them,
// a problem on every line, a syntax error after a long list (the search
// for its line), nesting past the parser's limit.
var (
	aikenManyOptions = func() string {
		var b strings.Builder
		b.WriteString("Which?\n")
		for i := 0; i < 300; i++ {
			fmt.Fprintf(&b, "%c. o%d\n", 'A'+i%26, i%40)
		}
		return b.String() + "ANSWER: A\n"
	}()
	yamlListThenMapping = strings.Repeat("- a\n", 2000) + "x: y\n"
	yamlDeep            = strings.Repeat("- ", 1200) + "x\n"
	jsonDeep            = strings.Repeat("[\n", 1200)
)

func FuzzParseNative(f *testing.F) {
	minimizeBriefly(f)
	addSeeds(f, []string{
		yamlListThenMapping, yamlDeep, jsonDeep, "title: t\nquestions:\n- type: single\n  prompt: p\n  choices:\n" + strings.Repeat("  - ''\n", 300),
		"title: x\nquestions:\n  - type: single\n   prompt: bad\n",
		"title: x\nquestions:\n  - &a {type: text, prompt: p, answer: a}\n  - *a\n",
		"[{type: number, prompt: p, range: [1, 2]}]",
		`{"title": "j", "questions": [{"type": "truefalse", "prompt": "p", "answer": false}]}`,
		"questions:\n  - {type: matching, prompt: p, pairs: {a: b, c: d}}\n",
	}, ".yaml", ".yml", ".json")
	f.Fuzz(func(t *testing.T, data []byte) {
		q, ps := parseAs(Native, "f.yaml", data)
		checkParsed(t, data, q, ps)
	})
}

func FuzzParseGIFT(f *testing.F) {
	minimizeBriefly(f)
	addSeeds(f, []string{
		"Q1 {=a ~b", "Q1 {=a ~b} and {=c ~d}", "Q1 {#1822:5}", "Q {#=1 =%50%2..3#f ####g}",
		"::T::[html]<p>x</p>{=a -> b =c -> d}", "Q {T#w#r}", "// [id:x]\nQ {=a =%50%b}",
		"$CATEGORY: a/b\n\nQ \\{ {~%50%a ~%50%b ~c}",
		strings.Repeat("Q}\n\n", 300), "Q {" + strings.Repeat("=a ", 300) + "}",
		// BenchmarkHostileGIFT's files, small.
		strings.Repeat("Q}\n", 300), strings.Repeat("::t::Q{=a ~b}\n", 100), strings.Repeat("{", 1000),
		strings.Repeat("~\n", 300), "Q {=r " + strings.Repeat("~a ", 300) + "}", "Q\n//c\n{=a\n// d\n~b}",
	}, ".gift")
	f.Fuzz(func(t *testing.T, data []byte) {
		q, ps := parseAs(GIFT, "f.gift", data)
		checkParsed(t, data, q, ps)
	})
}

func FuzzParseAiken(f *testing.F) {
	minimizeBriefly(f)
	addSeeds(f, []string{
		"Q?\nA. x\nB. y\nANSWER: E", "Q?\nA) x\nB) y\nANSWER: B\n\nQ2\nA. 1\nB. 2\nANSWER: A",
		"Q?\na. x\nANSWER:", "ANSWER: A\nA. x",
		aikenManyOptions, strings.Repeat("ANSWER: A\n", 300),
		// BenchmarkHostileAiken's files, small.
		strings.Repeat("Q\n", 300), "Q\n" + strings.Repeat("A. x\n", 300), strings.Repeat("Q", 1000),
	}, ".aiken")
	f.Fuzz(func(t *testing.T, data []byte) {
		q, ps := parseAs(Aiken, "f.aiken", data)
		checkParsed(t, data, q, ps)
	})
}

func FuzzParseMoodleXML(f *testing.F) {
	minimizeBriefly(f)
	addSeeds(f, []string{
		mxFile(`<question type="multichoice"><name><text>N</text></name><questiontext format="html"><text><![CDATA[<p>Q <b>b</b></p>]]></text></questiontext>` +
			`<answer fraction="100"><text>a</text><feedback><text>f</text></feedback></answer><answer fraction="0"><text>b</text></answer><single>true</single></question>`),
		mxFile(`<question type="truefalse"><questiontext><text>T?</text></questiontext><answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>`),
		// BenchmarkHostileMoodleXML's files, small.
		mxFile(strings.Repeat("<a/>", 300)), mxFile(strings.Repeat(`<question type="essay"/>`, 100)),
		"<quiz>" + strings.Repeat("<a>", 300), mxFile(`<question type="truefalse">` + strings.Repeat("<a/>", 300) + "</question>"),
	}, ".xml")
	f.Fuzz(func(t *testing.T, data []byte) {
		q, ps := parseAs(MoodleXML, "f.xml", data)
		checkParsed(t, data, q, ps)
	})
}
