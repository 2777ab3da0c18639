package yaml

import (
	"bytes"
	"strconv"
	"testing"

	v3 "go.yaml.in/yaml/v3"
)

// bigFile is a question file of about 10 MB in the native format.
func bigFile() []byte {
	var b bytes.Buffer
	b.WriteString("title: A big quiz\ndescription: Many questions.\nquestions:\n")
	for i := 0; b.Len() < 10<<20; i++ {
		n := strconv.Itoa(i)
		b.WriteString("  - id: q" + n + "\n    type: single\n    prompt: \"Which of these is number " + n + "?\"\n" +
			"    answer: '" + n + "'\n    wrong: [a" + n + ", b" + n + ", c" + n + "]\n" +
			"    explanation: |\n      Number " + n + " is the one.\n      It follows the one before it.\n" +
			"  - {type: number, prompt: \"How many?\", answer: " + n + ".5, tolerance: 0.5}\n" +
			"  - type: matching\n    prompt: Match them\n    pairs:\n      France: Paris\n      Italy: Rome\n")
	}
	return b.Bytes()
}

func BenchmarkParse10MB(b *testing.B) {
	data := bigFile()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var n Node
		if err := Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParse10MBYAMLv3(b *testing.B) {
	data := bigFile()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var n v3.Node
		if err := v3.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBigFileSame checks the benchmark's file reads as yaml/v3 reads it.
func TestBigFileSame(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB")
	}
	compare(t, "big", bigFile(), true)
}
