//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"factquiz/quiz/format"
	"factquiz/quiz/generate"
)

const karabakhCopy = "../generate/testdata/karabakh.txt"

func TestRunGenerate(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", nil)
	blank := write("blank.txt", []byte("  \n\n \t\n"))
	binary := write("binary.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"))
	latin1 := write("latin1.txt", []byte("Le pr\xe9sident est arriv\xe9 le 3 mars."))
	nofacts := write("nofacts.txt", []byte("The weather was fine on Saturday and everyone went home happy.\n"))

	tests := []struct {
		name     string
		args     []string
		code     int
		stdout   string // a part of standard output
		stderr   string // a part of standard error
		out      string // -o file that must exist (code 0) or not (otherwise)
		validate string // "yaml" or "json": the output parses as a quiz
	}{
		{name: "good article", args: []string{karabakhCopy}, code: 0,
			stdout: "questions:", stderr: "found 7 dates, 4 leaders, 2 counts", validate: "yaml"},
		{name: "good article to file", args: []string{karabakhCopy, "-o", filepath.Join(dir, "k.yaml")}, code: 0,
			stderr: fmt.Sprintf("wrote %d questions to", karabakhQuestions(t)), out: filepath.Join(dir, "k.yaml"), validate: "yaml"},
		{name: "flags first, json", args: []string{"--format", "json", "-o", filepath.Join(dir, "k.json"), karabakhCopy}, code: 0,
			stderr: "found 7 dates", out: filepath.Join(dir, "k.json"), validate: "json"},
		{name: "at most 3 questions", args: []string{"--max", "3", karabakhCopy, "-o", filepath.Join(dir, "k3.yaml")}, code: 0,
			stderr: "wrote 3 questions to", out: filepath.Join(dir, "k3.yaml")},
		{name: "max below 1", args: []string{"--max", "0", karabakhCopy}, code: 2, stderr: "want at least 1 question"},
		{name: "missing file", args: []string{filepath.Join(dir, "nope.txt"), "-o", filepath.Join(dir, "m.yaml")}, code: 1,
			stderr: "cannot read the article", out: filepath.Join(dir, "m.yaml")},
		{name: "directory", args: []string{dir, "-o", filepath.Join(dir, "d.yaml")}, code: 1,
			stderr: "is a directory", out: filepath.Join(dir, "d.yaml")},
		{name: "empty file", args: []string{empty, "-o", filepath.Join(dir, "e.yaml")}, code: 1,
			stderr: "the article is empty; no quiz written", out: filepath.Join(dir, "e.yaml")},
		{name: "blank file", args: []string{blank}, code: 1, stderr: "the article is empty"},
		{name: "binary file", args: []string{binary, "-o", filepath.Join(dir, "b.yaml")}, code: 1,
			stderr: "not text", out: filepath.Join(dir, "b.yaml")},
		{name: "not UTF-8", args: []string{latin1}, code: 1, stderr: "note: The file is not UTF-8: it was read as Windows-1252"},
		{name: "no facts", args: []string{nofacts, "-o", filepath.Join(dir, "n.yaml")}, code: 1,
			stderr: "found 0 dates, 0 leaders, 0 counts", out: filepath.Join(dir, "n.yaml")},
		{name: "unwritable output", args: []string{karabakhCopy, "-o", filepath.Join(dir, "no", "such", "dir", "q.yaml")}, code: 1,
			stderr: "cannot write", out: filepath.Join(dir, "no", "such", "dir", "q.yaml")},
		{name: "no article", args: nil, code: 2, stderr: "usage: factquiz generate"},
		{name: "two articles", args: []string{karabakhCopy, karabakhCopy}, code: 2, stderr: "want exactly one article"},
		{name: "bad format", args: []string{"--format", "xml", karabakhCopy}, code: 2, stderr: `unknown format "xml"`},
		{name: "bad flag", args: []string{"-x", karabakhCopy}, code: 2, stderr: "flag provided but not defined"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runGenerate(tc.args, &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr.String())
			}
			if !strings.Contains(stdout.String(), tc.stdout) {
				t.Errorf("stdout does not contain %q:\n%s", tc.stdout, stdout.String())
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tc.stderr, stderr.String())
			}
			if strings.Contains(stderr.String(), "panic") {
				t.Errorf("panic: %s", stderr.String())
			}
			if tc.code != 0 && stdout.Len() != 0 {
				t.Errorf("failure wrote to stdout: %q", stdout.String())
			}
			output := stdout.Bytes()
			if tc.out != "" {
				data, err := os.ReadFile(tc.out)
				if tc.code == 0 && err != nil {
					t.Fatalf("no output file: %v", err)
				}
				if tc.code != 0 && err == nil {
					t.Fatalf("failure left %s behind", tc.out)
				}
				output = data
			}
			temps, _ := filepath.Glob(filepath.Join(dir, ".generate-*"))
			if len(temps) != 0 {
				t.Errorf("temporary files left: %v", temps)
			}
			switch tc.validate {
			case "yaml":
				if !bytes.HasPrefix(output, []byte("# Generated by factquiz generate from ")) {
					t.Errorf("no generated-by comment: %.80q", output)
				}
				q, ps := format.ParseAs(format.Native, "k.yaml", output)
				if want := karabakhQuestions(t); ps.HasErrors() || q == nil || len(q.Questions) != want {
					t.Errorf("output does not read back as the generator's %d questions: %v", want, ps)
				}
			case "json":
				var v struct {
					Questions []struct {
						Fact, Evidence string
					}
				}
				if err := json.Unmarshal(output, &v); err != nil || len(v.Questions) != karabakhQuestions(t) {
					t.Fatalf("output is not the JSON quiz: %v", err)
				}
				for _, q := range v.Questions {
					if q.Fact == "" || q.Evidence == "" {
						t.Errorf("question without fact kind or evidence: %+v", q)
					}
				}
			}
		})
	}
}

// TestGeneratedQuestionsUpToDate fails when the generator's output for the
// Karabakh article differs from the committed questions/karabakh-generated.yaml.
func TestGeneratedQuestionsUpToDate(t *testing.T) {
	// The generator's own copy of the article (its test data), the one
	// make questions reads, so that the check needs nothing outside the
	// repository.
	// make questions runs at the repository's root, and the file's first
	// line names the article by its path from there.
	t.Chdir("../..")
	const article = "quiz/generate/testdata/karabakh.txt"
	var stdout, stderr bytes.Buffer
	if code := runGenerate([]string{article}, &stdout, &stderr); code != 0 {
		t.Fatalf("generate failed: %s", stderr.String())
	}
	committed, err := os.ReadFile("questions/karabakh-generated.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stdout.Bytes(), committed) {
		t.Error("questions/karabakh-generated.yaml is out of date with the generator: run make questions")
	}
}

// karabakhQuestions is how many questions the generator writes for the
// Karabakh article, for the command to write the same.
func karabakhQuestions(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile(karabakhCopy)
	if err != nil {
		t.Fatal(err)
	}
	res, err := generate.FromText("", string(b))
	if err != nil || len(res.Quiz.Questions) < 5 {
		t.Fatalf("the generator writes %d questions for Karabakh (%v); want at least 5", len(res.Quiz.Questions), err)
	}
	return len(res.Quiz.Questions)
}

// TestRunGenerateInput: an article saved as UTF-16, in Windows-1252 or as
// a web page gives the quiz of the plain article, with a note on standard
// error; text the generator cannot read is refused with the reason.
func TestRunGenerateInput(t *testing.T) {
	dir := t.TempDir()
	article, err := os.ReadFile(karabakhCopy)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	utf16le := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(string(article))) {
		utf16le = append(utf16le, byte(u), byte(u>>8))
	}
	ansi := []byte(strings.NewReplacer("’", "\x92", "“", "\x93", "”", "\x94").Replace(string(article)))
	for _, c := range ansi {
		if c >= 0x80 && c != 0x92 && c != 0x93 && c != 0x94 {
			t.Fatal("the article has a character this test does not write in Windows-1252")
		}
	}
	page := "<!DOCTYPE html>\n<html><head><title>News</title><script>var byline = \"President John Smith\";</script></head><body><article><h1>" +
		strings.ReplaceAll(strings.TrimSpace(string(article)), "\n\n", "</h1><p>") + "</p></article></body></html>"
	page = strings.Replace(page, "</h1><p>", "</h1>\n<p>", 1)
	page = strings.ReplaceAll(page, "<p>", "</p>\n<p>")
	page = strings.Replace(page, "</h1>\n</p>\n<p>", "</h1>\n<p>", 1)

	plain := runGenerateOK(t, karabakhCopy)
	tests := []struct {
		name   string
		file   string
		data   []byte
		code   int
		stderr []string // parts of standard error, in order
	}{
		{"utf-16", "utf16.txt", utf16le, 0, []string{"utf16.txt: note: The file was read as UTF-16", "found 7 dates"}},
		{"windows-1252", "ansi.txt", ansi, 0, []string{"ansi.txt: note: The file is not UTF-8: it was read as Windows-1252 (Western European)", "found 7 dates"}},
		{"web page", "page.html", []byte(page), 0, []string{"page.html: note: The text is HTML", "found 7 dates"}},
		{"french", "fr.txt", []byte("Le président russe a appelé le président turc. Les deux dirigeants ont parlé du conflit, qui a repris le 27 septembre, et des trois accords de cessez-le-feu."), 1,
			[]string{"fr.txt: the article does not seem to be in English, and the generator knows English only: it seems to be in French", "no quiz written"}},
		{"all caps", "caps.txt", bytes.ToUpper(article), 1, []string{"caps.txt: the article is written in capital letters, so names cannot be told from other words", "no quiz written"}},
		{"pdf", "a.pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), 1, []string{"a.pdf: the input is not text that Factquiz can read: it is a PDF document; save or copy the article as plain text"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := write(tc.file, tc.data)
			var stdout, stderr bytes.Buffer
			code := runGenerate([]string{path}, &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tc.code, stderr.String())
			}
			rest := stderr.String()
			for _, want := range tc.stderr {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Fatalf("stderr lacks %q (in order):\n%s", want, stderr.String())
				}
				rest = rest[i+len(want):]
			}
			if tc.code != 0 {
				if stdout.Len() != 0 {
					t.Errorf("a refusal wrote to stdout: %q", stdout.String())
				}
				return
			}
			// The quiz is the plain article's, but for the file's name.
			_, got, _ := strings.Cut(stdout.String(), "\n")
			got = strings.Replace(got, "source: "+tc.file+"\n", "source: karabakh.txt\n", 1)
			if got != plain {
				t.Errorf("the quiz differs from the plain article's:\n%s", got)
			}
		})
	}
}

// runGenerateOK runs generate on a file and returns its quiz without the
// first line (the comment that names the file).
func runGenerateOK(t *testing.T, path string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	if code := runGenerate([]string{path}, &stdout, &stderr); code != 0 {
		t.Fatalf("generate %s: %s", path, stderr.String())
	}
	if strings.Contains(stderr.String(), "note:") {
		t.Errorf("a note on a plain UTF-8 article: %s", stderr.String())
	}
	_, rest, _ := strings.Cut(stdout.String(), "\n")
	return rest
}
