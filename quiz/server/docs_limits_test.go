//go:build !wasm

package server

import (
	"os"
	"regexp"
	"strconv"
	"testing"
)

// TestDocsStateTheSizeLimits: every sentence of the docs that gives a
// size limit of the server names the code's (docs/serving.md once said
// 2 MiB where the code allowed 16).
func TestDocsStateTheSizeLimits(t *testing.T) {
	tests := []struct {
		doc, sentence string // sentence: a regular expression whose groups are sizes in MiB
		want          []int
	}{
		{"serving.md", `not a dot-file; at most (\d+) MiB\) and read`, []int{maxQuestionFileSize >> 20}},
		{"serving.md", "(\\d+) MiB \\(`format.MaxSize`", []int{maxQuestionFileSize >> 20}},
		{"serving.md", `and the (\d+) MiB limit`, []int{maxQuestionFileSize >> 20}},
		{"serving.md", `at most (\d+) MiB each and (\d+) MiB in all`, []int{maxPictureSize >> 20, maxPicturesTotal >> 20}},
		{"teachers.md", `A file may be up to (\d+) MiB`, []int{maxQuestionFileSize >> 20}},
		{"teachers.md", `over the (\d+)\.0 MiB limit for question files`, []int{maxQuestionFileSize >> 20}},
		{"teachers.md", `WebP files up to (\d+) MiB`, []int{maxPictureSize >> 20}},
	}
	docs := map[string]string{}
	for _, tt := range tests {
		if _, ok := docs[tt.doc]; !ok {
			data, err := os.ReadFile("../../docs/" + tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			docs[tt.doc] = string(data)
		}
		ms := regexp.MustCompile(tt.sentence).FindAllStringSubmatch(docs[tt.doc], -1)
		if len(ms) == 0 {
			t.Errorf("docs/%s has no sentence like %q: say the limit again, or change this test", tt.doc, tt.sentence)
		}
		for _, m := range ms {
			for i, want := range tt.want {
				if got, _ := strconv.Atoi(m[i+1]); got != want {
					t.Errorf("docs/%s says %q: %d MiB, the code %d", tt.doc, m[0], got, want)
				}
			}
		}
	}
}
