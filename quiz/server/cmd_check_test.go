//go:build !wasm

package server

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunCheck(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"good.yaml":                  "title: Good\nquestions:\n  - {type: truefalse, prompt: Water is wet., answer: true}\n",
		"broken.gift":                "::Q1:: Capital of France? {=Paris ~Lyon\n\n::Q2::\tWhich? {~a ~b}\n\n::Q3:: Essay {}\n\n::Q4:: Fine {T}\n",
		"capitals.aiken":             "Capital of Peru?\nA. Lima\nB. Cusco\nANSWER: E\n",
		"typo.yml":                   "title: T\nquestions:\n  - type: text\n    promt: Capital of Italy?\n    answer: Rome\n",
		"notes.md":                   "not a question file",
		".hidden.gift":               "{",
		"sub/skip.gift":              "{",
		"latin1.txt":                 "Caf\xe9? {T}\n",
		"my quiz?.gift":              "Q {T}\n",
		"U7-p77-It is,there is.gift": "Q {T}\n",
	})
	var out, errOut bytes.Buffer
	code := runCheck([]string{dir}, &out, &errOut)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	got := strings.ReplaceAll(out.String(), dir+string(filepath.Separator), "")
	got = filepath.ToSlash(got)
	want := `broken.gift:1:40: unclosed '{' opened at 1:27: close the answers with '}'
	::Q1:: Capital of France? {=Paris ~Lyon
	                                       ^
broken.gift:3:15: choice question has no right answer: mark one with =
	::Q2::	Which? {~a ~b}
	      	       ^
broken.gift:5:14: warning: question skipped: an essay (empty {}) cannot be played in the app
	::Q3:: Essay {}
	             ^
capitals.aiken:4:1: ANSWER: E but options stop at B
	ANSWER: E
	^
latin1.txt:1:1: warning: file is not UTF-8: it was read as Windows-1252 (Western European, the “ANSI” of Windows Notepad); if letters look wrong, save it again as UTF-8
	Café? {T}
	^
typo.yml:3:5: question has no prompt: add prompt: with the question
	  - type: text
	    ^
typo.yml:4:5: unknown field "promt": did you mean "prompt"?
	    promt: Capital of Italy?
	    ^
my quiz?.gift: warning: the app does not serve this file because of its name: rename it with letters, digits, spaces and . _ - , ( ) ' & + ! only
checked 7 files, 5 questions: 5 errors, 3 warnings (errors in 3 files)
`
	if got != want {
		t.Errorf("output:\n%s\nwant:\n%s", got, want)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr: %s", errOut.String())
	}
}

func TestRunCheckClean(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.gift":  "Q {T}\n\nEssay {}\n",
		"b.aiken": "Q?\nA. x\nB. y\nANSWER: B\n",
	})
	// A skipped question (the essay) fails the check unless allowed.
	tests := []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"skipped fails", []string{"-q", dir}, 1, "checked 2 files, 2 questions: 0 errors, 1 warning\n1 question is skipped: the app does not play them (run with --allow-skipped to accept that)\n"},
		{"skipped allowed", []string{"-q", "--allow-skipped", dir}, 0, "checked 2 files, 2 questions: 0 errors, 1 warning\n"},
		{"clean file", []string{filepath.Join(dir, "b.aiken")}, 0, "checked 1 file, 1 question: no problems\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := runCheck(tt.args, &out, &errOut); code != tt.code || out.String() != tt.out {
				t.Errorf("exit %d, output %q; want %d, %q", code, out.String(), tt.code, tt.out)
			}
		})
	}
}

func TestRunCheckUsageAndMissing(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := runCheck([]string{"-nope"}, &out, &errOut); code != 2 {
		t.Errorf("bad flag: exit %d, want 2", code)
	}
	out.Reset()
	missing := filepath.Join(t.TempDir(), "missing")
	if code := runCheck([]string{missing}, &out, &errOut); code != 1 {
		t.Errorf("missing: exit %d, want 1", code)
	}
	if want := missing + ": no such file or folder\nchecked 0 files, 0 questions: 1 error, 0 warnings\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	// An explicit file of unknown extension is reported, not skipped.
	dir := writeFiles(t, map[string]string{"q.docx": "x"})
	out.Reset()
	if code := runCheck([]string{filepath.Join(dir, "q.docx")}, &out, &errOut); code != 1 || !strings.Contains(out.String(), `unknown file extension ".docx"`) {
		t.Errorf("docx: exit %d, output %q", code, out.String())
	}
}

func TestShowLineLong(t *testing.T) {
	line := strings.Repeat("a", 300) + "X" + strings.Repeat("b", 300)
	text, caret, ok := showLine([]byte("first\n"+line+"\n"), 2, 301)
	if !ok || len([]rune(text)) != 102 || []rune(text)[len([]rune(caret))-1] != 'X' {
		t.Errorf("text %q caret %q", text, caret)
	}
	if _, _, ok := showLine([]byte("one line"), 5, 1); ok {
		t.Error("line beyond the file shown")
	}
}

func TestRunExport(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"q.aiken":  "Capital of Peru?\nA. Lima\nB. Cusco\nANSWER: A\n",
		"bad.gift": "Q1 {=a ~b}\n\nQ2 {~a ~b}\n",
	})
	var out, errOut bytes.Buffer
	if code := runExport([]string{filepath.Join(dir, "q.aiken"), "--format", "gift"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if want := "// title: Q\n\nCapital of Peru? {=Lima ~Cusco}\n"; out.String() != want {
		t.Errorf("gift:\n%s\nwant:\n%s", out.String(), want)
	}
	out.Reset()
	target := filepath.Join(dir, "q.yaml")
	if code := runExport([]string{"--format=yaml", "-o", target, filepath.Join(dir, "q.aiken")}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if data, _ := os.ReadFile(target); string(data) != "title: Q\nquestions:\n  - type: single\n    prompt: Capital of Peru?\n    answer: Lima\n    wrong: [Cusco]\n" {
		t.Errorf("yaml:\n%s", data)
	}
	out.Reset()
	errOut.Reset()
	bad := filepath.Join(dir, "bad.gift")
	if code := runExport([]string{"--format", "json", bad}, &out, &errOut); code != 1 || out.Len() != 0 ||
		!strings.Contains(errOut.String(), "bad.gift:3:4: choice question has no right answer: mark one with =") ||
		!strings.Contains(errOut.String(), "add --force to export the 1 readable questions") {
		t.Errorf("errors: exit %d, out %q, err %q", code, out.String(), errOut.String())
	}
	out.Reset()
	if code := runExport([]string{"--force", "--format", "json", bad}, &out, &errOut); code != 1 || !strings.Contains(out.String(), `"prompt": "Q1"`) {
		t.Errorf("force: exit %d, out %q", code, out.String())
	}
	if code := runExport([]string{"--format", "docx", bad}, &out, &errOut); code != 2 {
		t.Errorf("bad format: exit %d", code)
	}
	if code := runExport(nil, &out, &errOut); code != 2 {
		t.Errorf("no file: exit %d", code)
	}
}

func TestRunCheckEmptyFolderAndBigFile(t *testing.T) {
	dir := writeFiles(t, map[string]string{"notes.md": "x"})
	var out, errOut bytes.Buffer
	if code := runCheck([]string{dir}, &out, &errOut); code != 0 {
		t.Errorf("empty folder: exit %d", code)
	}
	if want := dir + ": warning: no question files here (.yaml, .yml, .json, .gift, .aiken, .txt or .xml)\nchecked 0 files, 0 questions: 0 errors, 1 warning\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
	// A file over the limit is refused without being read (it is sparse).
	big := filepath.Join(dir, "big.gift")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(20 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out.Reset()
	if code := runCheck([]string{big}, &out, &errOut); code != 1 {
		t.Errorf("big file: exit %d", code)
	}
	if want := big + ": file is 20.0 MiB, over the 16.0 MiB limit for question files: split it into smaller files\nchecked 1 file, 0 questions: 1 error, 0 warnings (errors in 1 file)\n"; out.String() != want {
		t.Errorf("output %q, want %q", out.String(), want)
	}
}

// TestRunCheckExplicitFormat: --format reads a file in the format given,
// whatever its extension; an unknown format is a usage error.
func TestRunCheckExplicitFormat(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"moodle-export.txt": "Capital of Peru?\nA. Lima\nB. Cusco\nANSWER: E\n",
	})
	file := filepath.Join(dir, "moodle-export.txt")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--format", "aiken", file}, 1, "moodle-export.txt:4:1: ANSWER: E but options stop at B"},
		{[]string{"--format", "yaml", file}, 1, "moodle-export.txt:"},
		{[]string{"--format", "docx", file}, 2, ""},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		if code := runCheck(tt.args, &out, &errOut); code != tt.code {
			t.Errorf("check %q: exit %d, want %d\n%s%s", tt.args, code, tt.code, out.String(), errOut.String())
		}
		if !strings.Contains(out.String(), tt.want) {
			t.Errorf("check %q printed:\n%s\nwant it to contain %q", tt.args, out.String(), tt.want)
		}
	}
	var out, errOut bytes.Buffer
	runCheck([]string{"--format", "docx", file}, &out, &errOut)
	if !strings.Contains(errOut.String(), `unknown format "docx"`) {
		t.Errorf("an unknown format says %q", errOut.String())
	}
}

// TestRunCheckBareBlank: "Fill in the blank: _____." is reported at its
// prompt, in words a teacher understands.
func TestRunCheckBareBlank(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"blank.yaml": "title: T\nquestions:\n  - type: text\n    prompt: \"Fill in the blank: _____.\"\n    answer: Paris\n",
	})
	var out, errOut bytes.Buffer
	if code := runCheck([]string{dir}, &out, &errOut); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	got := filepath.ToSlash(strings.ReplaceAll(out.String(), dir+string(filepath.Separator), ""))
	want := "blank.yaml:4:13: the fill-in-the-blank prompt has no words besides its blank: write the sentence around the blank, so that learners know what to fill in\n" +
		"\t    prompt: \"Fill in the blank: _____.\"\n" +
		"\t            ^\n"
	if !strings.HasPrefix(got, want) {
		t.Errorf("output:\n%s\nwant it to start with:\n%s", got, want)
	}
}

// TestLineCursor: the lines and carets shown for a file's problems,
// walking forward through the file (or back, for a problem out of
// order), are those shown for each problem alone.
func TestLineCursor(t *testing.T) {
	long := strings.Repeat("é", 150) + "\tX" + strings.Repeat("b", 300)
	data := []byte("first\n" + long + "\r\nthird\twith tab\n\nlast")
	tests := []struct {
		line, col   int
		text, caret string
	}{
		{1, 1, "first", "^"},
		{1, 3, "first", "  ^"},
		{2, 1, strings.Repeat("é", 100) + "…", "^"},
		{2, 152, "…" + strings.Repeat("é", 49) + "\tX" + strings.Repeat("b", 49) + "…", strings.Repeat(" ", 50) + "\t^"},
		{2, 400, "…" + strings.Repeat("b", 100) + "…", strings.Repeat(" ", 51) + "^"},
		{3, 7, "third\twith tab", "     \t^"},
		{2, 5, strings.Repeat("é", 100) + "…", "    ^"},
		{4, 1, "", "^"},
		{5, 4, "last", "   ^"},
	}
	lines := newLineCursor(data)
	for _, tt := range tests {
		text, caret, ok := lines.show(tt.line, tt.col)
		if !ok || text != tt.text || caret != tt.caret {
			t.Errorf("%d:%d: %q %q %v, want %q %q", tt.line, tt.col, text, caret, ok, tt.text, tt.caret)
		}
		if alone, aloneCaret, _ := showLine(data, tt.line, tt.col); alone != text || aloneCaret != caret {
			t.Errorf("%d:%d alone: %q %q, after the others: %q %q", tt.line, tt.col, alone, aloneCaret, text, caret)
		}
	}
	if _, _, ok := lines.show(6, 1); ok {
		t.Error("line 6 of a file of 5 shown")
	}
}
