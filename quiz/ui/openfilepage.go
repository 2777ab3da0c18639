package ui

import (
	"errors"
	"fmt"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format"
	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// OpenFilePage is /open: the learner (or a teacher) picks or drops a
// question file from the computer. It is read with the browser's File API
// and checked like `factquiz check` does, with no server involved; a
// playable file is kept among the learner's own quizzes and played. The
// page also lists those own quizzes, each of which can be deleted.
//
// Everything that comes from the file (its name, titles, problems) is
// shown in text nodes only, and only in the browser: nothing of it is
// ever prerendered or put in the page title.
type OpenFilePage struct {
	app.Compo

	seq     int         // which file is being read; a newer one wins
	reading string      // the name of the file being read, or ""
	opened  *openedFile // the last file opened
	status  string      // said by the live region after each step
	saveErr string      // why keeping the opened quiz failed
	saved   string      // the ID under which the opened quiz was kept
	own     []store.UserQuiz
	deleted *store.UserQuiz // the last own quiz deleted, for Undo
	drag    bool            // a file is being dragged over the page

	// ctx is the page's own context: a Defer made with the context of a
	// button that the update removes (Delete, Undo) would never run.
	ctx         app.Context
	releaseDrop func()
}

// openedFile is a file read from the computer and checked.
type openedFile struct {
	Name     string
	Size     int
	Format   format.Format
	Quiz     *quiz.Quiz // nil when nothing in it can be played
	Problems format.Problems
	// Refused: the file was not read at all (too large, unknown kind).
	Refused bool
	// Replaces is the ID of the own quiz that came from a file of the
	// same name; keeping this one replaces it, history included.
	Replaces string
}

func (f *openedFile) playable() bool { return f.Quiz != nil && len(f.Quiz.Questions) > 0 }

// acceptedFiles is the file input's accept attribute: every extension
// format.Parse reads.
const acceptedFiles = ".yaml,.yml,.json,.gift,.aiken,.txt,.xml"

func (p *OpenFilePage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Open a question file · Factquiz")
	if app.IsServer {
		return
	}
	p.own = learnerStore().UserQuizzes()
}

func (p *OpenFilePage) OnMount(ctx app.Context) {
	p.ctx = ctx
	p.releaseDrop = listenDrop(ctx, func(ctx app.Context, dragging bool) {
		if p.drag == dragging {
			ctx.PreventUpdate()
		}
		p.drag = dragging
	}, p.open)
}

func (p *OpenFilePage) OnDismount() {
	if p.releaseDrop != nil {
		p.releaseDrop()
	}
}

// open reads and checks a File. A file over the size limit, or of a kind
// no format reads, is refused before it is read.
func (p *OpenFilePage) open(ctx app.Context, file app.Value) {
	if file == nil || !file.Truthy() {
		return
	}
	p.seq++
	seq := p.seq
	name := file.Get("name").String()
	size := file.Get("size").Float()
	p.opened, p.saveErr, p.saved, p.deleted = nil, "", "", nil
	f := &openedFile{Name: name, Size: int(size)}
	f.Format, _ = format.FormatOf(name)
	switch {
	case size > format.MaxSize:
		f.Refused = true
		f.Problems = format.Problems{{File: name, Msg: fmt.Sprintf(
			"file is %s, over the %s limit for question files: split it into smaller files",
			sizeText(size), sizeText(format.MaxSize))}}
	case f.Format == "":
		// Parse says what the checker says about an unknown extension,
		// without the file being read.
		f.Refused = true
		_, f.Problems = format.Parse(name, nil)
	}
	if f.Refused {
		p.reading = ""
		p.show(ctx, f)
		return
	}
	p.reading = name
	p.status = "Reading " + name + "…"
	ctx.Async(func() {
		data, err := readFile(file)
		if err != nil {
			f.Problems = format.Problems{{File: name, Msg: "could not be read: " + err.Error()}}
		} else {
			f.Quiz, f.Problems = format.Parse(name, data)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if seq != p.seq {
				return // another file was opened meanwhile
			}
			p.reading = ""
			p.show(ctx, f)
		})
	})
}

// show makes f the opened file, says what it holds, and moves the focus
// to it.
func (p *OpenFilePage) show(ctx app.Context, f *openedFile) {
	if f.Quiz != nil {
		f.Quiz.ID = "" // an own quiz gets a "user-…" ID when it is kept
		for _, u := range p.own {
			if u.FileName == f.Name {
				f.Replaces = u.ID
				break
			}
		}
	}
	p.opened = f
	p.status = openedStatus(f)
	p.focusLater(ctx, "opened-title")
}

// openedStatus is what the live region says once a file is checked.
func openedStatus(f *openedFile) string {
	errs, warns := f.Problems.Errors().Count(), f.Problems.Warnings().Count()
	problems := "no problems"
	switch {
	case errs > 0 && warns > 0:
		problems = plural(errs, "error", "errors") + " and " + plural(warns, "warning", "warnings")
	case errs > 0:
		problems = plural(errs, "error", "errors")
	case warns > 0:
		problems = plural(warns, "warning", "warnings")
	}
	switch {
	case f.Refused:
		return f.Name + " was not opened: " + f.Problems[0].Msg + "."
	case !f.playable():
		return "Opened " + f.Name + ": " + problems + "; nothing in it can be played."
	}
	return fmt.Sprintf("Opened %s: %s, %s.", f.Name, plural(len(f.Quiz.Questions), "question", "questions"), problems)
}

// keep saves the opened quiz among the learner's own; when play is true
// it then opens the quiz. A refused save is shown and the file stays
// opened, so that nothing is lost.
func (p *OpenFilePage) keep(ctx app.Context, play bool) {
	f := p.opened
	if f == nil || !f.playable() {
		return
	}
	u, err := learnerStore().SaveUserQuiz(store.UserQuiz{
		ID:       f.Replaces,
		Quiz:     *f.Quiz,
		FileName: f.Name,
		Format:   string(f.Format),
	})
	if err != nil {
		p.saveErr = saveErrorText(err)
		p.status = "" // the alert says it
		p.focusLater(ctx, "save-error")
		return
	}
	p.saveErr, p.saved = "", u.ID
	f.Replaces = u.ID
	p.own = learnerStore().UserQuizzes()
	if play {
		ctx.Navigate(quizPath(u.ID))
		return
	}
	p.status = "Kept " + f.Name + " among your own quizzes."
}

// saveErrorText says why a quiz was not kept, and that nothing is lost.
func saveErrorText(err error) string {
	msg := err.Error()
	var se *store.SaveError
	if !errors.As(err, &se) {
		msg = "the quiz could not be saved: " + msg
	}
	msg = strings.ToUpper(msg[:1]) + msg[1:]
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	return msg + " The file is still open here: press “Play now” again once there is room."
}

func (p *OpenFilePage) remove(ctx app.Context, id string) {
	u, ok := learnerStore().UserQuiz(id)
	if !ok {
		return
	}
	learnerStore().DeleteUserQuiz(id)
	p.own = learnerStore().UserQuizzes()
	p.deleted = &u
	p.status = "Deleted “" + u.Quiz.Title + "”."
	if p.opened != nil && p.opened.Replaces == id {
		p.opened.Replaces = ""
	}
	p.focusLater(ctx, "undo-delete")
}

// focusLater moves the focus to the element with the given id once the
// page is updated.
func (p *OpenFilePage) focusLater(ctx app.Context, id string) {
	if p.ctx.Context != nil {
		ctx = p.ctx
	}
	ctx.Defer(func(app.Context) { focusElement(id) })
}

func (p *OpenFilePage) undoDelete(ctx app.Context) {
	if p.deleted == nil {
		return
	}
	u := *p.deleted
	if _, err := learnerStore().SaveUserQuiz(u); err != nil {
		p.status = "“" + u.Quiz.Title + "” could not be put back: " + err.Error()
		return
	}
	p.deleted = nil
	p.own = learnerStore().UserQuizzes()
	p.status = "“" + u.Quiz.Title + "” is back among your quizzes."
	p.focusLater(ctx, "own-quizzes-title")
}

func (p *OpenFilePage) Render() app.UI {
	zone := "drop-zone card"
	if p.drag {
		zone += " dragging"
	}
	return page("open",
		app.H1().Text("Open a question file"),
		app.P().Class("lead").Text("Play a question file from your computer: Factquiz YAML or JSON, Moodle GIFT, Aiken or Moodle XML. The file is read and checked in this browser; it is not sent anywhere."),
		app.Div().ID("drop-zone").Class(zone).Body(
			app.Label().For("question-file").Class("field-label").Body(
				app.Strong().Text("Question file"),
				app.Span().Class("muted").Text(" (.yaml, .yml, .json, .gift, .aiken, .txt or .xml)"),
			),
			app.Div().Class("field").Body(
				app.Input().Type("file").ID("question-file").Name("question-file").
					Accept(acceptedFiles).Aria("describedby", "drop-help").
					OnChange(func(ctx app.Context, e app.Event) {
						input := ctx.JSSrc()
						files := input.Get("files")
						if !files.Truthy() || files.Length() == 0 {
							return
						}
						file := files.Index(0)
						// Cleared, so that choosing the same file again
						// (after fixing it) reads it again.
						input.Set("value", "")
						p.open(ctx, file)
					}),
			),
			app.P().ID("drop-help").Class("muted").Text(dropHelp(p.drag)),
		),
		app.P().ID("open-status").Class("muted").Attr("role", "status").Aria("live", "polite").Text(p.status),
		app.If(p.opened != nil, func() app.UI { return p.renderOpened() }),
		&OwnQuizList{
			Quizzes:  p.own,
			Deleted:  p.deleted,
			OnDelete: p.remove,
			OnUndo:   p.undoDelete,
		},
	)
}

func dropHelp(dragging bool) string {
	if dragging {
		return "Drop the file to open it."
	}
	return "Choose a file, or drop one anywhere on this page. Files up to " + sizeText(format.MaxSize) + "."
}

func (p *OpenFilePage) renderOpened() app.UI {
	f := p.opened
	errs := f.Problems.Errors()
	return app.Section().ID("opened").Class("opened card").Aria("labelledby", "opened-title").Body(
		app.H2().ID("opened-title").TabIndex(-1).Text(f.Name),
		app.If(f.Quiz != nil, func() app.UI {
			return app.P().ID("opened-summary").Body(
				app.Strong().Text(f.Quiz.Title),
				app.Text(" · "+formatName(f.Name, f.Format)+" · "+plural(len(f.Quiz.Questions), "question", "questions")),
			)
		}),
		app.If(len(f.Problems) == 0, func() app.UI {
			return app.P().ID("opened-ok").Text("No problems found.")
		}).Else(func() app.UI {
			return &ProblemList{Title: f.Name + ": " + problemCount(f.Problems), Problems: f.Problems}
		}),
		app.If(f.playable(), func() app.UI {
			return app.Div().Body(
				app.If(len(errs) > 0, func() app.UI {
					return app.P().Text("The questions with errors are left out: " + plural(len(f.Quiz.Questions), "question", "questions") + " can be played.")
				}),
				app.If(f.Replaces != "" && p.saved == "", func() app.UI {
					return app.P().Class("muted").Text("You already have a quiz from a file named " + f.Name + ": keeping this one replaces it, and keeps its history.")
				}),
				app.Div().Class("actions").Body(
					app.Button().ID("play-now").Class("button primary").Type("button").Text("Play now").
						OnClick(func(ctx app.Context, e app.Event) { p.keep(ctx, true) }),
					app.If(p.saved == "", func() app.UI {
						return app.Button().ID("keep").Class("button").Type("button").Text("Keep for later").
							OnClick(func(ctx app.Context, e app.Event) { p.keep(ctx, false) })
					}),
				),
			)
		}).ElseIf(!f.Refused, func() app.UI {
			return app.P().Text("Nothing in this file can be played. Fix the problems above and open the file again.")
		}),
		app.If(p.saveErr != "", func() app.UI {
			return app.P().ID("save-error").Class("alert").Attr("role", "alert").TabIndex(-1).Text(p.saveErr)
		}),
	)
}

// problemCount writes "2 errors, 1 warning".
func problemCount(ps format.Problems) string {
	errs, warns := ps.Errors().Count(), ps.Warnings().Count()
	switch {
	case errs > 0 && warns > 0:
		return plural(errs, "error", "errors") + ", " + plural(warns, "warning", "warnings")
	case warns > 0:
		return plural(warns, "warning", "warnings")
	}
	return plural(errs, "error", "errors")
}

// sizeText writes a file size the way the checker does: "16.0 MiB".
func sizeText(n float64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", n/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", n/(1<<10))
	}
	return fmt.Sprintf("%d bytes", int(n))
}

// readFile reads a File's bytes with the browser's File API
// (file.arrayBuffer(), a promise). It blocks: call it from ctx.Async. The
// bytes, not file.text(), so that a file that is not UTF-8 gets the
// checker's own message rather than being silently mangled.
func readFile(file app.Value) ([]byte, error) {
	if app.IsServer {
		return nil, errNotInBrowser
	}
	type result struct {
		data []byte
		err  error
	}
	done := make(chan result, 1)
	onData := app.FuncOf(func(_ app.Value, args []app.Value) any {
		if len(args) == 0 || !args[0].Truthy() {
			done <- result{err: errors.New("the browser gave no data")}
			return nil
		}
		bytes := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, bytes.Length())
		app.CopyBytesToGo(data, bytes)
		done <- result{data: data}
		return nil
	})
	defer onData.Release()
	onError := app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "the browser could not read it"
		if len(args) > 0 && args[0].Truthy() {
			msg = args[0].Call("toString").String()
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	defer onError.Release()
	file.Call("arrayBuffer").Call("then", onData, onError)
	r := <-done
	return r.data, r.err
}

// listenDrop makes the whole page a drop target for files while the
// component is mounted: dragging tells when a file is dragged over the
// page, and drop gets the first file dropped. go-app's own event
// handlers run a frame later, too late to stop the browser from opening
// the dropped file in place of the app, so these are plain listeners.
func listenDrop(ctx app.Context, dragging func(app.Context, bool), drop func(app.Context, app.Value)) func() {
	if app.IsServer {
		return func() {}
	}
	hasFiles := func(e app.Value) bool {
		dt := e.Get("dataTransfer")
		if !dt.Truthy() {
			return false
		}
		types := dt.Get("types")
		for i := 0; types.Truthy() && i < types.Length(); i++ {
			if types.Index(i).String() == "Files" {
				return true
			}
		}
		return false
	}
	over := app.FuncOf(func(_ app.Value, args []app.Value) any {
		e := args[0]
		if !hasFiles(e) {
			return nil
		}
		e.Call("preventDefault")
		e.Get("dataTransfer").Set("dropEffect", "copy")
		ctx.Dispatch(func(ctx app.Context) { dragging(ctx, true) })
		return nil
	})
	leave := app.FuncOf(func(_ app.Value, args []app.Value) any {
		// Leaving the window: relatedTarget is null.
		if e := args[0]; !e.Get("relatedTarget").Truthy() {
			ctx.Dispatch(func(ctx app.Context) { dragging(ctx, false) })
		}
		return nil
	})
	dropped := app.FuncOf(func(_ app.Value, args []app.Value) any {
		e := args[0]
		if !hasFiles(e) {
			return nil
		}
		e.Call("preventDefault")
		// The files are only there during the event: take one now.
		var file app.Value
		if files := e.Get("dataTransfer").Get("files"); files.Truthy() && files.Length() > 0 {
			file = files.Index(0)
		}
		ctx.Dispatch(func(ctx app.Context) {
			dragging(ctx, false)
			if file != nil {
				drop(ctx, file)
			}
		})
		return nil
	})
	win := app.Window()
	win.Call("addEventListener", "dragover", over)
	win.Call("addEventListener", "dragleave", leave)
	win.Call("addEventListener", "drop", dropped)
	return func() {
		win.Call("removeEventListener", "dragover", over)
		win.Call("removeEventListener", "dragleave", leave)
		win.Call("removeEventListener", "drop", dropped)
		over.Release()
		leave.Release()
		dropped.Release()
	}
}
