package format

import (
	"bytes"
	"fmt"
	"testing"
)

// moodleXMLOf writes bigQuiz(n) as Moodle XML.
func moodleXMLOf(tb testing.TB, n int) []byte {
	var b bytes.Buffer
	if err := WriteMoodleXML(&b, bigQuiz(n)); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// BenchmarkParse10kQuestionsMoodleXML reads 10,000 questions of every
// type as Moodle XML; with -bench Parse10kQuestions it runs beside the
// native and GIFT readers' benchmark of the same questions.
func BenchmarkParse10kQuestionsMoodleXML(b *testing.B) {
	benchParse(b, "b.xml", moodleXMLOf(b, 10000), 10000)
}

// hostileMoodleXML returns Moodle XML files of 15 MiB made of one
// element again and again, or of one text or one tag, beside an ordinary
// export of the same size.
func hostileMoodleXML(tb testing.TB) []hostileFile {
	per := len(moodleXMLOf(tb, 600)) / 600
	var attrs bytes.Buffer
	attrs.WriteString("<quiz")
	for i := 0; attrs.Len() < 15<<20-20; i++ {
		fmt.Fprintf(&attrs, ` a%d=""`, i)
	}
	attrs.WriteString("></quiz>")
	within := func(inner []byte) []byte {
		return append(append([]byte("<quiz>"), inner...), "</quiz>"...)
	}
	return []hostileFile{
		{"moodlexml-ordinary-15MiB.xml", moodleXMLOf(tb, 15<<20/per)},
		{"moodlexml-not-questions-15MiB.xml", within(fill("<a/>"))},
		{"moodlexml-essays-15MiB.xml", within(fill(`<question type="essay"/>`))},
		{"moodlexml-empty-questions-15MiB.xml", within(fill(`<question type="truefalse"></question>`))},
		{"moodlexml-deep-15MiB.xml", append([]byte("<quiz>"), fill("<a>")...)},
		{"moodlexml-one-question-of-elements-15MiB.xml", within(append(append([]byte(`<question type="truefalse">`), fill("<a/>")...), "</question>"...))},
		{"moodlexml-one-text-15MiB.xml", within(append(append([]byte(`<question type="truefalse"><questiontext><text>`), fill("x")...), "</text></questiontext></question>"...))},
		{"moodlexml-attributes-15MiB.xml", attrs.Bytes()},
	}
}

// BenchmarkHostileMoodleXML reads each of hostileMoodleXML's files. Run
// with go test -run '^$' -bench HostileMoodleXML -benchmem ./quiz/format/
func BenchmarkHostileMoodleXML(b *testing.B) { benchHostile(b, hostileMoodleXML(b)) }
