package format

import (
	"bytes"
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
