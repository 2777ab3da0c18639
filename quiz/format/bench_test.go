package format

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"factquiz/quiz"
)

// bigQuiz returns a quiz of n questions of every type.
func bigQuiz(n int) *quiz.Quiz {
	q := &quiz.Quiz{Title: "Big", Source: "generated for benchmarks"}
	for i := 0; i < n; i++ {
		id := fmt.Sprintf("q%d", i+1)
		prompt := fmt.Sprintf("Question number %d: which answer is the right one for this benchmark question?", i+1)
		var qu quiz.Question
		switch i % 6 {
		case 0:
			qu = quiz.Question{Type: quiz.Single, Choices: []quiz.Choice{{Text: "Right answer", Correct: true}, {Text: "Wrong answer one"}, {Text: "Wrong answer two"}, {Text: "Wrong answer three"}}}
		case 1:
			qu = quiz.Question{Type: quiz.Multiple, Choices: []quiz.Choice{{Text: "Right one", Correct: true, Weight: 50}, {Text: "Right two", Correct: true, Weight: 50}, {Text: "Wrong", Weight: -100, Feedback: "No."}}}
		case 2:
			qu = quiz.Question{Type: quiz.TrueFalse, Truth: true}
		case 3:
			qu = quiz.Question{Type: quiz.Text, Accepted: []quiz.TextAnswer{{Text: "answer"}, {Text: "other", Weight: 50}}}
		case 4:
			qu = quiz.Question{Type: quiz.Number, Numbers: []quiz.NumberAnswer{{Value: 1822, Tolerance: 2}}}
		case 5:
			qu = quiz.Question{Type: quiz.Matching, Pairs: []quiz.Pair{{Item: "France", Match: "Paris"}, {Item: "Italy", Match: "Rome"}, {Item: "Spain", Match: "Madrid"}}}
		}
		qu.ID, qu.Prompt, qu.Explanation = id, prompt, "Because the benchmark says so."
		q.Questions = append(q.Questions, qu)
	}
	return q
}

// fileOf writes a quiz of about size bytes (or of n questions when size
// is 0) in the given format.
func fileOf(tb testing.TB, f Format, n, size int) []byte {
	write := func(q *quiz.Quiz) []byte {
		var b bytes.Buffer
		var err error
		if f == GIFT {
			err = WriteGIFT(&b, q)
		} else {
			err = WriteNative(&b, q)
		}
		if err != nil {
			tb.Fatal(err)
		}
		return b.Bytes()
	}
	if size == 0 {
		return write(bigQuiz(n))
	}
	per := len(write(bigQuiz(600))) / 600
	return write(bigQuiz(size / per))
}

func benchParse(b *testing.B, name string, data []byte, want int) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		q, ps := Parse(name, data)
		if len(ps) != 0 || q == nil || (want > 0 && len(q.Questions) != want) {
			b.Fatalf("problems: %v", ps)
		}
	}
}

func BenchmarkParse10kQuestions(b *testing.B) {
	b.Run("native", func(b *testing.B) { benchParse(b, "b.yaml", fileOf(b, Native, 10000, 0), 10000) })
	b.Run("gift", func(b *testing.B) { benchParse(b, "b.gift", fileOf(b, GIFT, 10000, 0), 10000) })
	b.Run("aiken", func(b *testing.B) { benchParse(b, "b.aiken", aikenOf(10000), 10000) })
}

// aikenOf is an Aiken file of n four-option questions (Aiken has no
// writer: it holds single-choice questions only).
func aikenOf(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "Question number %d: which answer is the right one for this benchmark question?\n", i+1)
		b.WriteString("A. Right answer\nB. Wrong answer one\nC. Wrong answer two\nD. Wrong answer three\n")
		fmt.Fprintf(&b, "ANSWER: %c\n\n", "ABCD"[i%4])
	}
	return b.Bytes()
}

func BenchmarkParse10MB(b *testing.B) {
	b.Run("native", func(b *testing.B) { benchParse(b, "b.yaml", fileOf(b, Native, 0, 10<<20), 0) })
	b.Run("gift", func(b *testing.B) { benchParse(b, "b.gift", fileOf(b, GIFT, 0, 10<<20), 0) })
}

// A file of 10,000 questions, and one of 10 MB, fits under MaxSize.
func TestBigFilesUnderLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("big files")
	}
	for _, data := range [][]byte{fileOf(t, Native, 10000, 0), fileOf(t, GIFT, 0, 10<<20)} {
		if len(data) > MaxSize {
			t.Errorf("%d bytes over MaxSize", len(data))
		}
	}
}

// hostileFile is a file made to be slow or costly to read: each once
// took a reader far longer than its size warrants, or stands for a kind
// of file that could.
type hostileFile struct {
	name string // the file's name, which gives its format
	data []byte
}

// hostileFiles returns the worst cases the readers are measured on: an
// Aiken question with 40,000 option lines (each one checked against all
// the options before it, once), files with 100,000 problems in each
// format, YAML nested 10,000 deep, and 15 MiB files (a syntax error at
// the end of a long list makes the native reader search for its line);
// YAML of as many lines as a native file may have with an error at its
// end, and millions of values on one line.
func hostileFiles(tb testing.TB) []hostileFile {
	var aikenOptions bytes.Buffer
	aikenOptions.WriteString("Which option is right?\n")
	for i := 0; i < 40000; i++ {
		fmt.Fprintf(&aikenOptions, "%c. o%d\n", 'A'+i%26, i)
	}
	aikenOptions.WriteString("ANSWER: A\n")
	var aikenProblems, giftProblems, nativeProblems bytes.Buffer
	for i := 0; i < 100000; i++ {
		aikenProblems.WriteString("ANSWER: A\n")
		giftProblems.WriteString("Q}\n\n")
	}
	nativeProblems.WriteString("title: t\nquestions:\n- type: single\n  prompt: p\n  choices:\n")
	for i := 0; i < 100000; i++ {
		nativeProblems.WriteString("  - ''\n")
	}
	return []hostileFile{
		{"aiken-40k-options.aiken", aikenOptions.Bytes()},
		{"aiken-100k-problems.aiken", aikenProblems.Bytes()},
		{"gift-100k-problems.gift", giftProblems.Bytes()},
		{"native-100k-problems.yaml", nativeProblems.Bytes()},
		{"gift-100k-problems-one-line.gift", []byte("Q {" + strings.Repeat("=a ", 100000) + "}")},
		{"native-10k-deep.yaml", []byte(strings.Repeat("- ", 10000) + "x\n")},
		{"json-10k-deep.json", []byte(strings.Repeat("[\n", 10000) + strings.Repeat("]\n", 10000))},
		{"native-15MiB.yaml", fileOf(tb, Native, 0, 15<<20)},
		{"gift-15MiB.gift", fileOf(tb, GIFT, 0, 15<<20)},
		{"native-15MiB-error-at-end.yaml", append(fileOf(tb, Native, 0, 15<<20), "\n  - [\n"...)},
		{"newlines-15MiB.aiken", bytes.Repeat([]byte("\n"), 15<<20)},
		{"list-15MiB.yaml", bytes.Repeat([]byte("- a\n"), 15<<18)},
		{"list-15MiB-then-mapping.yaml", append(bytes.Repeat([]byte("- a\n"), 15<<18-2), "x: y\n"...)},
		{"list-most-lines-then-mapping.yaml", append(bytes.Repeat([]byte("- a\n"), MaxNativeLines-2), "x: y\n"...)},
		{"flow-list-15MiB.yaml", append(append([]byte("["), fill("a, ")...), ']')},
		{"one-line-15MiB.json", []byte(`["` + strings.Repeat("é", 15<<19-4) + `", `)},
	}
}

// BenchmarkHostile reads each hostile file; each must end with at most
// MaxProblems problems listed. Run with
// go test -run '^$' -bench 'Parse|Hostile' ./quiz/format/
func BenchmarkHostile(b *testing.B) { benchHostile(b, hostileFiles(b)) }

// fill repeats unit to about 15 MiB, the most a hostile file gets under
// MaxSize with room to spare.
func fill(unit string) []byte { return bytes.Repeat([]byte(unit), 15<<20/len(unit)) }

// hostileGIFT returns GIFT files of 15 MiB made of one short line again
// and again (no blank line, so all one question block), or of one line,
// beside an ordinary file of the same size: their time and memory per
// byte should stay near the ordinary file's.
func hostileGIFT(tb testing.TB) []hostileFile {
	return []hostileFile{
		{"gift-ordinary-15MiB.gift", fileOf(tb, GIFT, 0, 15<<20)},
		{"gift-stray-braces-15MiB.gift", fill("Q}\n")},
		{"gift-stray-braces-blank-lines-15MiB.gift", fill("Q}\n\n")},
		{"gift-questions-without-blank-lines-15MiB.gift", fill("::t::Q{=a ~b}\n")},
		{"gift-open-braces-15MiB.gift", fill("{")},
		{"gift-tilde-lines-15MiB.gift", fill("~\n")},
		{"gift-one-line-of-choices-15MiB.gift", append(append([]byte("Q {=r "), fill("~a ")...), '}')},
	}
}

// BenchmarkHostileGIFT reads each of hostileGIFT's files. Run with
// go test -run '^$' -bench HostileGIFT -benchmem ./quiz/format/
func BenchmarkHostileGIFT(b *testing.B) { benchHostile(b, hostileGIFT(b)) }

// hostileAiken returns Aiken files of 15 MiB made of one line again and
// again, or of one line, beside an ordinary file of the same size.
func hostileAiken() []hostileFile {
	var ordinary bytes.Buffer
	for i := 0; ordinary.Len() < 15<<20-200; i++ {
		fmt.Fprintf(&ordinary, "Question number %d: which answer is the right one for this benchmark question?\nA. Wrong answer one\nB. Right answer\nC. Wrong answer two\nANSWER: B\n\n", i+1)
	}
	var options bytes.Buffer
	options.WriteString("Which option is right?\n")
	for i := 0; options.Len() < 15<<20-20; i++ {
		fmt.Fprintf(&options, "%c. o%d\n", 'A'+i%26, i)
	}
	return []hostileFile{
		{"aiken-ordinary-15MiB.aiken", ordinary.Bytes()},
		{"aiken-question-lines-15MiB.aiken", fill("Q\n")},
		{"aiken-same-option-15MiB.aiken", append([]byte("Q\n"), fill("A. x\n")...)},
		{"aiken-options-15MiB.aiken", options.Bytes()},
		{"aiken-answer-lines-15MiB.aiken", fill("ANSWER: A\n")},
		{"aiken-one-line-15MiB.aiken", fill("Q")},
	}
}

// BenchmarkHostileAiken reads each of hostileAiken's files. Run with
// go test -run '^$' -bench HostileAiken -benchmem ./quiz/format/
func BenchmarkHostileAiken(b *testing.B) { benchHostile(b, hostileAiken()) }

// benchHostile reads each file, which must end with at most MaxProblems
// problems listed. Besides ns/op it reports s/MiB, the budget's measure
// (below 1), and cpu-s/MiB, the CPU the process spent (the reader and
// the garbage collector's workers): on a machine shared with others' work
// wall time grows with their load, CPU time much less.
func benchHostile(b *testing.B, files []hostileFile) {
	for _, h := range files {
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(h.data)))
			b.ReportAllocs()
			mib := float64(len(h.data)) / (1 << 20)
			cpu := processCPU()
			for b.Loop() {
				if _, ps := Parse(h.name, h.data); len(ps) > MaxProblems+1 {
					b.Fatalf("%d problems listed", len(ps))
				}
			}
			cpu = processCPU() - cpu
			b.ReportMetric(b.Elapsed().Seconds()/float64(b.N)/mib, "s/MiB")
			b.ReportMetric(cpu.Seconds()/float64(b.N)/mib, "cpu-s/MiB")
		})
	}
}
