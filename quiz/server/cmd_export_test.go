//go:build !wasm

package server

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunExportMoodleXML: export --format moodlexml writes a file that
// reads back as the same questions, and a Moodle XML file exports to the
// other formats.
func TestRunExportMoodleXML(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"rivers.gift": "// title: Rivers\n\n::Nile::Longest river of Africa? {=Nile ~Congo#Second.}\n\nThe Seine flows through Paris. {T}\n",
	})
	tests := []struct {
		name string
		args []string
		want []string // lines of the output, trimmed
	}{
		{"gift to moodlexml", []string{"--format", "moodlexml", filepath.Join(dir, "rivers.gift")},
			[]string{`<?xml version="1.0" encoding="UTF-8"?>`, `<text>$course$/top/Rivers</text>`, `<question type="multichoice">`, `<text>Nile</text>`, `<idnumber>nile</idnumber>`, `<question type="truefalse">`, `</quiz>`}},
		{"xml is a name of the format", []string{"--format=xml", filepath.Join(dir, "rivers.gift")},
			[]string{`<question type="truefalse">`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := runExport(tt.args, &out, &errOut); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut.String())
			}
			lines := map[string]bool{}
			for _, l := range strings.Split(out.String(), "\n") {
				lines[strings.TrimSpace(l)] = true
			}
			for _, w := range tt.want {
				if !lines[w] {
					t.Errorf("no line %s in:\n%s", w, out.String())
				}
			}
		})
	}
	// And back: the .xml file is read as Moodle XML.
	xmlFile := filepath.Join(dir, "rivers.xml")
	var out, errOut bytes.Buffer
	if code := runExport([]string{"--format", "moodlexml", "-o", xmlFile, filepath.Join(dir, "rivers.gift")}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if code := runExport([]string{"--format", "gift", xmlFile}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	want := "// title: Rivers\n\n::Nile::Longest river of Africa? {=Nile ~Congo#Second.}\n\nThe Seine flows through Paris. {TRUE}\n"
	if out.String() != want {
		t.Errorf("back to GIFT:\n%s\nwant:\n%s", out.String(), want)
	}
}
