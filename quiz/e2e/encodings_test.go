package e2e

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
)

// TestFilesInEveryEncodingAndName serves question files as teachers save
// them: a GIFT file in Windows-1252 ("ANSI") whose name has spaces and a
// comma, an Aiken file in UTF-16 from Notepad, and a YAML file with an
// accent in its name. The teachers' page lists all three with no error
// and a warning naming the encoding of the two that are not UTF-8, and
// the learner sees "août", not replacement characters.
func TestFilesInEveryEncodingAndName(t *testing.T) {
	requireBuild(t)
	dir := t.TempDir()
	write := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// "août" in Windows-1252: the û is the byte 0xFB.
	write("U7-p77-It is,there is.gift", []byte("::Mois:: En quel mois est la fête du 15 ao\xfbt ? {=ao\xfbt ~mai ~juin}\n"))
	var units []byte
	for _, u := range utf16.Encode([]rune("La plus grande planète ?\r\nA. La Terre\r\nB. Jupiter\r\nANSWER: B\r\n")) {
		units = append(units, byte(u), byte(u>>8))
	}
	write("Notepad unicode.txt", append([]byte{0xFF, 0xFE}, units...))
	write("été.yaml", []byte("title: Été\nquestions:\n  - {type: truefalse, prompt: L’été suit le printemps., answer: true}\n"))

	srv := startServer(t, dir)
	ctx := newBrowser(t)
	p := newLearnerTab(t, ctx, "tab")

	p.open(srv.URL + "/teacher")
	p.until(`document.querySelectorAll("#quiz-table tbody tr").length === 3`, "three rows on the teachers' page")
	type row struct{ Quiz, Errors, Warnings string }
	rows := eval[[]row](t, ctx, `[...document.querySelectorAll("#quiz-table tbody tr")].map(tr => {
		const c = [...tr.children].map(td => td.innerText.replace(/\s+/g, " ").trim());
		return {Quiz: c[0], Errors: c[3], Warnings: c[4]};
	})`)
	want := map[string]row{
		"U7-p77-It is,there is.gift": {Errors: "0", Warnings: "1"},
		"Notepad unicode.txt":        {Errors: "0", Warnings: "1"},
		"été.yaml":                   {Errors: "0", Warnings: "0"},
	}
	for _, r := range rows {
		for name, w := range want {
			if strings.HasPrefix(r.Quiz, name) {
				if r.Errors != w.Errors || r.Warnings != w.Warnings {
					t.Errorf("%s: %s errors and %s warnings, want %s and %s", name, r.Errors, r.Warnings, w.Errors, w.Warnings)
				}
				delete(want, name)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("not listed on the teachers' page: %v (rows %+v)", want, rows)
	}
	problems := strings.Join(p.texts("section.file-problems li"), "\n")
	for _, w := range []string{"read as Windows-1252", "read as UTF-16"} {
		if !strings.Contains(problems, w) {
			t.Errorf("the teachers' page does not say the file was %s:\n%s", w, problems)
		}
	}

	p.open(srv.URL + "/quiz/u7-p77-it-is-there-is")
	p.click("start")
	p.untilText("#question-prompt", "15 ao")
	if got := p.text("#question-prompt"); got != "En quel mois est la fête du 15 août ?" {
		t.Errorf("the prompt reads %q", got)
	}
	if got := p.choiceLabels(); !slices.Contains(got, "août") {
		t.Errorf("the choices read %q, want août among them", got)
	}

	p.open(srv.URL + "/quiz/notepad-unicode")
	p.click("start")
	p.untilText("#question-prompt", "La plus grande plan")
	if got := p.text("#question-prompt"); got != "La plus grande planète ?" {
		t.Errorf("the UTF-16 file's prompt reads %q", got)
	}
	noConsoleErrors(t, ctx)
}
