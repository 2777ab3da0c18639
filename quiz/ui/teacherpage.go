package ui

import (
	"bytes"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format"
	"factquiz/quiz/share"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TeacherPage is /teacher: every quiz (the files of the questions folder
// and the quizzes kept in this browser) in a table with its file, format,
// question count and number of errors and warnings, a link to play it and
// downloads as GIFT or YAML; below, every problem as the checker prints
// it.
type TeacherPage struct {
	app.Compo

	catalog catalog
	loaded  bool
	status  string
	// pasted is the result link the page was opened with (#result=…,
	// from a learner's Send my result): Class results adds it.
	pasted string
}

func (p *TeacherPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Teacher · Factquiz")
	if app.IsServer {
		return
	}
	p.pasted = ""
	if u := app.Window().URL(); strings.HasPrefix(u.Fragment, share.ResultKey) {
		p.pasted = "#" + u.Fragment
		// Read once: a reload, or a later visit through the history,
		// would add the result again, even after the teacher removed it.
		u.Fragment, u.RawFragment = "", ""
		app.Window().Get("history").Call("replaceState", nil, "", u.String())
	}
	ctx.Async(func() {
		c := loadCatalog()
		ctx.Dispatch(func(ctx app.Context) {
			p.catalog, p.loaded = c, true
		})
	})
}

// OnAppUpdate reloads the list: a new question file comes with a new version.
func (p *TeacherPage) OnAppUpdate(ctx app.Context) { p.OnNav(ctx) }

func (p *TeacherPage) Render() app.UI {
	files := p.catalog.Files
	withErrors := 0
	for _, f := range files {
		if f.Problems.HasErrors() {
			withErrors++
		}
	}
	return page("teacher",
		app.H1().Text("Every quiz and its problems"),
		app.P().Class("lead").Body(
			app.Text("The files of the questions folder, checked as "),
			app.Code().Text("factquiz check"),
			app.Text(" does, and the quizzes kept in this browser. A file saved in the questions folder shows here on the next page load."),
		),
		app.P().ID("teacher-status").Class("muted").Attr("role", "status").Aria("live", "polite").Body(
			app.If(!p.loaded, func() app.UI { return app.Text("Loading quizzes…") }).
				ElseIf(p.status != "", func() app.UI { return app.Text(p.status) }).
				Else(func() app.UI {
					return app.Text(plural(len(files), "quiz", "quizzes") + ", " + plural(withErrors, "file", "files") + " with errors.")
				}),
		),
		app.If(p.catalog.Err != nil, func() app.UI {
			return app.P().Class("alert").Attr("role", "alert").Text(fmt.Sprint(p.catalog.Err))
		}),
		app.If(len(files) > 0, func() app.UI { return p.renderTable(files) }),
		app.If(p.loaded, func() app.UI { return &ClassResultsPanel{Quizzes: files, Pasted: p.pasted} }),
		app.Range(files).Slice(func(i int) app.UI {
			f := files[i]
			if len(f.Problems) == 0 {
				return nil
			}
			return app.Section().Class("file-problems").Aria("labelledby", "problems-"+f.ID).Body(
				app.H2().ID("problems-"+f.ID).TabIndex(-1).Text(f.File),
				&ProblemList{Title: f.File + ": " + problemCount(f.Problems), Problems: f.Problems},
			)
		}),
	)
}

func (p *TeacherPage) renderTable(files []quizFile) app.UI {
	return app.Div().Class("table-scroll").Body(
		app.Table().ID("quiz-table").Class("history teacher-table").Body(
			app.Caption().Class("visually-hidden").Text("Every quiz, its file and its problems"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("File and title"),
				app.Th().Scope("col").Text("Format"),
				app.Th().Scope("col").Text("Questions"),
				app.Th().Scope("col").Text("Errors"),
				app.Th().Scope("col").Text("Warnings"),
				app.Th().Scope("col").Text("Play"),
				app.Th().Scope("col").Text("Download"),
			)),
			app.TBody().Body(
				app.Range(files).Slice(func(i int) app.UI { return p.renderRow(files[i]) }),
			),
		),
	)
}

func (p *TeacherPage) renderRow(f quizFile) app.UI {
	file := f.File
	if file == "" {
		file = "made from an article"
	}
	title, questions := "", 0
	if f.Quiz != nil {
		title, questions = f.Quiz.Title, len(f.Quiz.Questions)
	}
	errs, warns := f.Problems.Errors().Count(), f.Problems.Warnings().Count()
	count := func(n int) app.UI {
		if n == 0 {
			return app.Text("0")
		}
		return app.A().Href("#problems-" + f.ID).Text(strconv.Itoa(n))
	}
	return app.Tr().ID("row-"+f.ID).Body(
		app.Th().Scope("row").Body(
			app.Text(file),
			app.If(f.Own, func() app.UI { return app.Span().Class("muted").Text(" (kept in this browser)") }),
			app.If(f.Quiz != nil, func() app.UI {
				return app.Span().Body(app.Br(), app.Span().Class("row-title").Text(title))
			}),
		),
		app.Td().Text(formatName(f.File, f.Format)),
		app.Td().Class("questions").Text(strconv.Itoa(questions)),
		app.Td().Class("errors").Body(count(errs)),
		app.Td().Class("warnings").Body(count(warns)),
		app.Td().Body(
			app.If(f.Playable(), func() app.UI {
				return app.A().Class("button small").Href(quizPath(f.ID)).Body(
					app.Text("Play"),
					app.Span().Class("visually-hidden").Text(" "+title),
				)
			}).Else(func() app.UI { return app.Text("cannot be played") }),
		),
		app.Td().Body(
			app.If(f.Playable(), func() app.UI {
				return app.Div().Class("downloads").Body(
					p.downloadButton(f, "GIFT", ".gift", "text/plain", format.WriteGIFT),
					p.downloadButton(f, "YAML", ".yaml", "application/yaml", format.WriteNative),
				)
			}),
		),
	)
}

func (p *TeacherPage) downloadButton(f quizFile, label, ext, mime string, write func(io.Writer, *quiz.Quiz) error) app.UI {
	id := f.ID
	// Seen: "GIFT" under the Download column; heard: "Download as GIFT:
	// karabakh.gift".
	return app.Button().Class("button download").Type("button").Body(
		app.Span().Class("visually-hidden").Text("Download as "),
		app.Text(label),
		app.Span().Class("visually-hidden").Text(": "+downloadName(f, ext)),
	).OnClick(func(ctx app.Context, e app.Event) {
		// The quiz as it is now: the list may have been reloaded since.
		f, ok := p.catalog.Find(id)
		if !ok || f.Quiz == nil {
			return
		}
		name := downloadName(f, ext)
		var buf bytes.Buffer
		if err := write(&buf, f.Quiz); err != nil {
			p.status = name + " could not be written: " + err.Error()
			return
		}
		if err := saveTextAsFile(name, mime, buf.String()); err != nil {
			p.status = name + " could not be downloaded: " + err.Error()
			return
		}
		p.status = "Downloaded " + name + "."
	}, app.EventScope(id, ext))
}

// downloadName is the name a quiz is downloaded under: its file's name
// with the new extension, or its ID for a quiz that had no file.
func downloadName(f quizFile, ext string) string {
	base := path.Base(f.File)
	base = strings.TrimSuffix(base, path.Ext(base))
	if f.File == "" || base == "" || base == "." || base == "/" {
		base = f.ID
	}
	return base + ext
}

// formatName is a file's format as a teacher calls it.
func formatName(file string, f format.Format) string {
	switch f {
	case format.Native:
		if strings.EqualFold(path.Ext(file), ".json") {
			return "JSON"
		}
		return "YAML"
	case format.GIFT:
		return "GIFT"
	case format.Aiken:
		return "Aiken"
	case format.Text:
		return "text (GIFT or Aiken)"
	case format.MoodleXML:
		return "Moodle XML"
	case "":
		if file == "" {
			return "—"
		}
		return "unknown"
	}
	return string(f)
}
