package format

import (
	"bytes"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"factquiz/quiz"
	"factquiz/quiz/format/internal/yaml"
)

// TestGIFTProblems asserts every message the GIFT reader gives, with its
// position.
func TestGIFTProblems(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"unclosed", "Q1 {=a ~b", []string{"1:10: unclosed '{' opened at 1:4: close the answers with '}'"}},
		{"unclosed before next", "::A::Q1 {=a ~b\n::B::Q2 {=c ~d}", []string{"2:9: unclosed '{' opened at 1:9: close the answers with '}' before another '{' (or write \\{ for a literal brace)"}},
		{"unclosed does not hide the next", "Q1 {=a ~b\n\nQ2 {=c ~d}\n\nQ3 {=e ~f}", []string{"1:10: unclosed '{' opened at 1:4: close the answers with '}'"}},
		{"second block", "Q1 {=a ~b} and {=c ~d}", []string{"1:16: second answer block in one question: Moodle would grade only the first one and show this one to learners as typed, right answer included; make one question per gap (separate them with a blank line), or write \\{ \\} for braces in text"}},
		{"braces in text", "The empty set {} has no members. {T}", []string{"1:15: braces in text must be written \\{ \\}: this {} and the answers in braces after it make no question"}},
		{"cloze", "Paris is the capital of {1:SA:=France}.", []string{"1:25: this is a Cloze (embedded answers) question, which GIFT cannot hold: Moodle's GIFT import would grade only the first gap, with \"1:SA:\" as one of its answers, and show any other gap to learners as typed; write one question per gap, like: Paris is the capital of {=France ~Spain}, or import the Cloze question as Moodle XML"}},
		{"stray close", "Q1 } {=a ~b}", []string{"1:4: '}' without '{': write \\} for a literal brace"}},
		{"stray close after", "Q1 {=a ~b} }", []string{"1:12: '}' without '{': write \\} for a literal brace"}},
		{"no right answer", "// comment\nQ1 {~a ~b ~c}", []string{"2:4: choice question has no right answer: mark one with ="}},
		{"right and wrong", "Q1 {=a ~a}", []string{"1:8: \"a\" is both a right answer and a wrong one: remove one of them"}},
		{"listed twice", "Q1 {=a ~b ~b}", []string{"1:11: warning: choice \"b\" is listed twice: the app shows it once"}},
		{"no mark", "Q1 {Paris ~Rome}", []string{"1:4: choice question has no right answer: mark one with =", "1:5: warning: answer \"Paris\" has no = or ~ before it, and Moodle counts it as a wrong answer: mark right answers with = and wrong ones with ~"}},
		{"empty answer", "Q {=a ~}", []string{"1:3: choice question needs at least 2 answers: add wrong answers with ~", "1:7: warning: answer after ~ is empty, and Moodle leaves it out: remove the ~ or write the answer (an '=' inside an answer starts a new answer: write \\= for a literal '=')"}},
		{"number", "Q1 {#abc}", []string{"1:6: number \"abc\" does not parse: write a number like 1822 or 3.14, 1822:5 for a tolerance, or 1820..1824 for a range"}},
		{"number comma", "Q1\n{#\n=1,5\n}", []string{"3:2: number \"1,5\" does not parse: write a number like 1822 or 3.14, 1822:5 for a tolerance, or 1820..1824 for a range"}},
		{"tolerance", "Q1 {#1822:x}", []string{"1:6: number \"x\" does not parse: write a number like 1822 or 3.14, 1822:5 for a tolerance, or 1820..1824 for a range"}},
		{"negative tolerance", "Q1 {#1822:-5}", []string{"1:6: tolerance -5 is negative: write how far from the answer is still right, like 1822:5"}},
		{"range backwards", "Q1 {#5..1}", []string{"1:6: range 5..1 is empty or backwards: write the smaller number first, like 1820..1824"}},
		{"numerical empty", "Q1 {#}", []string{"1:6: numerical question has no answer: write the number after #, like {#1822} or {#1822:5}"}},
		{"numerical tilde", "Q {#=1 ~2}", []string{"1:8: warning: Moodle reads ~ in a numerical question as \"any other answer\" and uses only its #feedback, so \"2\" is not used: write =%50%1822:2 for partial credit"}},
		{"matching one pair", "Q1 {=a -> b}", []string{"1:4: matching question needs at least 2 pairs: add more =item -> match"}},
		{"matching no arrow", "Q1 {=a -> b =c}", []string{"1:13: matching answer \"c\" has no '->': write =item -> match (an '=' inside an answer starts a new answer: write \\= for a literal '=')"}},
		{"matching no match", "Q1 {=a -> b =c ->}", []string{"1:13: item \"c\" has no match after '->': write its partner"}},
		{"matching item twice", "Q1 {=a -> b =a -> c =d -> e}", []string{"1:13: item \"a\" is listed twice: each item needs one match"}},
		{"matching distractor", "Q {= -> x =a -> b =c -> d}", nil},
		{"matching one item and a distractor", "Q {=a -> b = -> c}", []string{"1:3: matching question needs at least 2 items with their match (an extra match without an item does not count): add more =item -> match"}},
		{"matching distractor twice", "Q {=a -> b =c -> d = -> x = -> x}", []string{"1:27: warning: extra match \"x\" is listed twice: it is offered once"}},
		{"matching distractor like a match", "Q {=a -> b = -> b =c -> d}", []string{"1:12: warning: extra match \"b\" is the match of item \"a\" already: it is offered once, as that item's partner"}},
		{"matching neither item nor match", "Q {=a -> b = -> =c -> d}", []string{"1:12: matching answer has neither item nor match: write =item -> match, or = -> match for a wrong partner"}},
		{"weight not number", "Q1 {~%abc%a =b}", []string{"1:6: weight %abc% is not a number: write a percentage like %50%"}},
		{"weight not closed", "Q1 {~%50 a =b}", []string{"1:6: weight is not closed: write a percentage like %50% right after ~"}},
		{"weight range", "Q1 {~%150%a =b}", []string{"1:6: weight %150% is out of range: use a percentage from -100 to 100"}},
		{"weight after equals", "Q1 {=%0%a ~b}", []string{"1:5: warning: Moodle gives full credit to an answer marked = and shows %0% as part of its text: for partial credit write ~%0%a"}},
		{"short answer no credit", "Q1 {=a =%0%b}", []string{"1:8: warning: answer \"b\" with weight 0% gives no credit and is skipped: the app accepts only answers with credit"}},
		{"short answer twice", "Q1 {=a =a}", []string{"1:8: warning: answer \"a\" is listed twice: the first one counts, remove the other"}},
		{"duplicate titles", "::T::Q1 {=a ~b}\n\n::T::Q2 {=a ~b}", []string{"3:1: warning: duplicate question title \"T\" (first at 1:1): this question's id becomes \"t-2\"; give each question its own title"}},
		{"duplicate ids", "// [id:x]\nQ1 {=a ~b}\n\n// [id:x]\nQ2 {=a ~b}", []string{"5:1: warning: duplicate question id \"x\" (first at 2:1): this question's id becomes \"x-2\"; give each question its own title"}},
		{"empty prompt", "::T:: {=a ~b}", []string{"1:1: question has an empty prompt: write the question before the answers in braces"}},
		{"title only", "::T::", []string{"1:1: warning: question skipped: title \"T\" has no question after it, and Moodle makes an empty description of it: if the question follows, remove the blank line after the title"}},
		{"pasted aiken with more options than letters", "Q?\n" + strings.Repeat("A. o\n", 28), []string{"1:1: warning: question skipped: this looks like an Aiken question; put it in a .txt file of its own or write it in GIFT as: Q? {" + strings.Repeat("~o ", 26) + "…}"}},
		{"pasted aiken with a long question", strings.Repeat("word ", 1000) + "\nA. o\nB. p", []string{"1:1: warning: question skipped: this looks like an Aiken question; put it in a .txt file of its own or write it in GIFT as: word word word word word word … {~o ~p}"}},
		{"title not closed", "::T Q1 {=a ~b}", []string{"1:1: question title is not closed: end it with :: (or write \\: for a colon)"}},
		{"truefalse feedbacks", "Q {T#a#b#c}", []string{"1:9: true/false answer has more than two feedbacks: write {T#feedback if wrong#feedback if right}"}},
		{"essay", "Describe it. {}", []string{"1:14: warning: question skipped: an essay (empty {}) cannot be played in the app"}},
		{"description", "Just text.", []string{"1:1: warning: question skipped: text without an answer block {...} is a description in Moodle, which the app does not show"}},
		{"aiken in gift", "Q1 {=a ~b}\n\nWhat is 2+2?\nA. 3\nB. 4\nANSWER: B", []string{"3:1: warning: question skipped: this looks like an Aiken question; put it in a .txt file of its own or write it in GIFT as: What is 2+2? {~3 =4}"}},
		{"stray aiken options", "Q1 {=a ~b}\n\nA) 3\nB) 4", []string{"3:1: warning: question skipped: this looks like an Aiken question; put it in a .txt file of its own or write it in GIFT as: Question? {~3 ~4}"}},
		{"stray aiken option", "Q1 {=a ~b}\n\nC. 5", []string{"3:1: warning: question skipped: this looks like an Aiken question; put it in a .txt file of its own or write it in GIFT as: Question? {~5}"}},
		{"lower-case true", "Q1 {true}", []string{"1:5: warning: Moodle reads {true} as a short answer, not true/false: write {TRUE} in capitals"}},
		{"empty", "", []string{"1:1: file has no questions: write each question with its answers in braces, like: Capital of France? {=Paris ~Rome}"}},
		{"only comments", "// nothing\n", []string{"1:1: file has no questions: write each question with its answers in braces, like: Capital of France? {=Paris ~Rome}"}},
		{"windows-1252", "Q1 {=caf\xe9 ~b}", []string{"1:1: warning: file is not UTF-8: it was read as Windows-1252 (Western European, the “ANSI” of Windows Notepad); if letters look wrong, save it again as UTF-8"}},
		{"neither utf8 nor windows-1252", "Q1 {=caf\x81 ~b}", []string{"1:9: file is not UTF-8, nor Windows-1252 text (byte 0x81 here): save it again as UTF-8"}},
		{"columns count characters", "Größe? {~ä ~ö}", []string{"1:8: choice question has no right answer: mark one with ="}},
		{"comment lines inside a question", "Q1\n// c\n{~a ~b ~c}", []string{"3:1: choice question has no right answer: mark one with ="}},
		{"comment lines between answers", "Q1 {=a\n// c\n~b\n  // d\n ~b}", []string{"5:2: warning: choice \"b\" is listed twice: the app shows it once"}},
		{"title not closed", "// t\n\n$CATEGORY: c\n  ::T Q1 {=a ~b}", []string{"4:3: question title is not closed: end it with :: (or write \\: for a colon)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := Parse("t.gift", []byte(tt.in))
			if got := problemStrings(ps); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// One bad question never hides the good ones.
func TestGIFTBadQuestionSkipped(t *testing.T) {
	q, ps := Parse("t.gift", []byte("Q1 {=a ~b\n\nQ2 {=c ~d}\n\nQ3 {}\n\nQ4 {T}"))
	if len(ps.Errors()) != 1 || len(ps.Warnings()) != 1 {
		t.Fatalf("problems: %v", ps)
	}
	if q == nil || len(q.Questions) != 2 || q.Questions[0].ID != "q2" || q.Questions[1].ID != "q4" {
		t.Fatalf("quiz: %+v", q)
	}
}

func TestAiken(t *testing.T) {
	q, ps := Parse("testdata/capitals.aiken", mustRead(t, "testdata/capitals.aiken"))
	if len(ps) != 0 {
		t.Fatalf("problems: %v", ps)
	}
	want := &quiz.Quiz{ID: "capitals", Title: "Capitals", Questions: []quiz.Question{
		{ID: "q1", Type: quiz.Single, Prompt: "What is the capital of Australia?",
			Choices: []quiz.Choice{{Text: "Sydney"}, {Text: "Canberra", Correct: true}, {Text: "Melbourne"}, {Text: "Perth"}}},
		{ID: "q2", Type: quiz.Single, Prompt: "Which river flows through Cairo?",
			Choices: []quiz.Choice{{Text: "The Nile", Correct: true}, {Text: "The Congo"}, {Text: "The Niger"}}},
	}}
	if !reflect.DeepEqual(q, want) {
		t.Errorf("got  %+v\nwant %+v", q, want)
	}
}

func TestAikenProblems(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		{"more options than letters", "Q?\n" + func() string {
			var b strings.Builder
			for c := 'A'; c <= 'Z'; c++ {
				b.WriteString(string(c) + ". o" + string(c) + "\n")
			}
			return b.String()
		}() + "A. again\nB. more\nANSWER: A\n", []string{"28:1: more than 26 options: Aiken letters options A to Z, so a question has 26 at most; remove options or split the question", "29:1: more than 26 options: Aiken letters options A to Z, so a question has 26 at most; remove options or split the question"}},
		{"answer beyond options", "Q?\nA. w\nB. x\nC. y\nD. z\nANSWER: E", []string{"6:1: ANSWER: E but options stop at D"}},
		{"no answer at end", "Q?\nA. x\nB. y\n", []string{"3:5: question at line 1 has no ANSWER: line: add ANSWER: with the letter of the right option"}},
		{"no answer before next", "Q?\nA. x\nB. y\nQ2?\nA. x\nB. y\nANSWER: A", []string{"4:1: question at line 1 has no ANSWER: line: add ANSWER: with the letter of the right option before the next question"}},
		{"letters out of order", "Q?\nA. x\nC. y\nANSWER: A", []string{"3:1: option C where B was expected: letter the options A, B, C, ... in order"}},
		{"lowercase letters", "Q?\na) x\nb) y\nANSWER: A", []string{"2:1: option letters are capitals: write A)", "3:1: option letters are capitals: write B)"}},
		{"answer without question", "ANSWER: A", []string{"1:1: ANSWER: line without a question: write the question and its options above it"}},
		{"one option", "Q?\nA. x\nANSWER: A", []string{"1:1: question has only one option: add at least one more, like B. another option"}},
		{"no options", "Q?\nANSWER: A", []string{"1:1: question has no options: add lines like A. first option, B. second option"}},
		{"option twice", "Q?\nA. x\nB. x\nANSWER: A", []string{"3:1: option \"x\" is listed twice (first at 2:1): remove one"}},
		{"empty option", "Q?\nA. x\nB.\nANSWER: A", []string{"3:1: option B is empty: write its text after B."}},
		{"answer not a letter", "Q?\nA. x\nB. y\nANSWER: AB", []string{"4:1: ANSWER: AB is not one letter: write the letter of the right option, from A to B"}},
		{"answer empty", "Q?\nA. x\nB. y\n  ANSWER:", []string{"4:3: ANSWER: has no letter: write the letter of the right option, like ANSWER: A"}},
		{"empty file", "\n\n", []string{"1:1: file has no questions: write a question, its options A. B. C. on the next lines, then ANSWER: with the right letter"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ps := Parse("t.aiken", []byte(tt.in))
			if got := problemStrings(ps); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("problems:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// A .txt file is read as GIFT, or as Aiken when that fits.
func TestTxt(t *testing.T) {
	q, ps := Parse("a.txt", mustRead(t, "testdata/capitals.aiken"))
	if len(ps) != 0 || q == nil || len(q.Questions) != 2 || q.Questions[0].Choices[1].Text != "Canberra" {
		t.Errorf("aiken as txt: %v %+v", ps, q)
	}
	q, ps = Parse("g.txt", mustRead(t, "testdata/every-construct.gift"))
	if len(ps.Errors()) != 0 || q == nil || len(q.Questions) != 14 {
		t.Errorf("gift as txt: %v", ps)
	}
	// A broken Aiken file is reported as Aiken, not as GIFT.
	_, ps = Parse("b.txt", []byte("Q?\nA. x\nB. y\nANSWER: E\n"))
	if got := problemStrings(ps); !reflect.DeepEqual(got, []string{"4:1: ANSWER: E but options stop at B"}) {
		t.Errorf("broken aiken as txt: %q", got)
	}
}

func TestParseUnknownExtensionAndFormat(t *testing.T) {
	_, ps := Parse("notes.docx", []byte("x"))
	if got := ps.Error(); got != `notes.docx: unknown file extension ".docx": name question files .yaml, .yml, .json, .gift, .aiken, .txt or .xml` {
		t.Errorf("got %q", got)
	}
	_, ps = ParseAs("xml", "q.xml", []byte("x"))
	if got := ps.Error(); got != `q.xml: unknown format "xml": use native, gift, aiken or moodlexml` {
		t.Errorf("got %q", got)
	}
	q, ps := ParseAs(GIFT, "Weird Name!.yaml", []byte("Q {T}"))
	if len(ps) != 0 || q.ID != "weird-name" || q.Title != "Weird Name!" {
		t.Errorf("ParseAs: %v %+v", ps, q)
	}
}

func TestSizeLimit(t *testing.T) {
	big := make([]byte, MaxSize+1)
	q, ps := Parse("big.gift", big)
	if q != nil || ps.Error() != "big.gift: file is 16.0 MiB, over the 16.0 MiB limit for question files: split it into smaller files" {
		t.Errorf("got %v", ps)
	}
}

func TestProblemsAPI(t *testing.T) {
	ps := Problems{
		{File: "b.gift", Line: 2, Col: 1, Msg: "w", Warning: true},
		{File: "a.gift", Line: 3, Col: 4, Msg: "e"},
		{File: "a.gift", Line: 1, Col: 9, Msg: "f"},
		{File: "c.gift", Msg: "whole file"},
	}
	ps.Sort()
	want := []string{"a.gift:1:9: f", "a.gift:3:4: e", "b.gift:2:1: warning: w", "c.gift: whole file"}
	for i, p := range ps {
		if p.Error() != want[i] {
			t.Errorf("%d: %q, want %q", i, p.Error(), want[i])
		}
	}
	if ps.Error() != "a.gift:1:9: f (and 3 more problems)" {
		t.Errorf("Error() = %q", ps.Error())
	}
	if len(ps.Errors()) != 3 || len(ps.Warnings()) != 1 || !ps.HasErrors() || ps.Err() == nil {
		t.Error("Errors/Warnings/HasErrors/Err")
	}
	if (Problems{{Msg: "w", Warning: true}}).Err() != nil {
		t.Error("Err with only warnings should be nil")
	}
}

// A native file of millions of short lines, or of millions of values on
// one line, is refused with one message that says how to fix it; a big
// real file still reads.
func TestNativeLimits(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string // the first problem; "" for a file that reads without problems
	}{
		{"too many lines", bytes.Repeat([]byte("- a\n"), MaxNativeLines), "big.yaml: file has 1,000,001 lines, more than the 1,000,000 a question file may have (10,000 questions take about 70,000): split it into smaller files"},
		{"as many lines as allowed", bytes.Repeat([]byte("- a\n"), MaxNativeLines-1), "big.yaml:1:3: question 1 must be fields like type: and prompt:, not a single value"},
		// The value past the limit, counting the document and the list, is
		// the list's item MaxNodes-1, at column 2 + 2×(MaxNodes-2).
		{"too many values on a line", []byte("[" + strings.Repeat("a,", yaml.MaxNodes) + "a]"), "big.yaml:1:" + strconv.Itoa(2*yaml.MaxNodes-2) + ": file has more than 4,000,000 values (texts, fields and lists) by here, far more than a question file needs: split it into smaller files"},
		{"5,000 questions", fileOf(t, Native, 5000, 0), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, ps := Parse("big.yaml", tt.in)
			if tt.want == "" {
				if len(ps) != 0 || q == nil || len(q.Questions) != 5000 {
					t.Fatalf("problems: %v", ps)
				}
				return
			}
			if len(ps) == 0 || ps[0].Error() != tt.want {
				t.Errorf("got %v\nwant %s", ps, tt.want)
			}
		})
	}
}

func TestThousands(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {1000000, "1,000,000"}, {12345678, "12,345,678"}} {
		if got := thousands(tt.n); got != tt.want {
			t.Errorf("thousands(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
