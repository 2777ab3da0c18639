package ui

import (
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"factquiz/quiz"
	"factquiz/quiz/format"
	"factquiz/quiz/share"
	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ClassResultsPanel is the teachers' page's "Class results": the results
// learners sent (SendResult), pasted many at once with whatever chat text
// came with them, or read from a file, counted for one quiz (chosen, or
// recognised by its fingerprint among the quizzes here), in a table of
// learners and a table of questions, hardest first, with a CSV download.
// What is counted is kept in this browser (store.ClassResults). A
// learner's row, or the whole class, can be removed, with Undo (the
// whole class after a Yes / Cancel in the page: window.confirm cannot be
// styled, blocks the tab and is skipped by some browsers). Names and
// answers are the learners' text: shown as text only.
type ClassResultsPanel struct {
	app.Compo

	// Quizzes are the quizzes known here: files and own ones (kept,
	// shared), which name a result's quiz by its fingerprint.
	Quizzes []quizFile
	// Pasted is a result link the app was opened with: added on mount.
	Pasted string

	known       map[string]*quiz.Quiz // by fingerprint
	knownFrom   int                   // len(Quizzes) known was made from
	fp          string                // the quiz shown; "" recognises it
	text        string
	class       *share.Class
	problems    []share.LineProblem
	status      string
	drag        bool
	releaseDrop func()

	// focus moves the focus after a removal, from the panel's own
	// context: the Remove button pressed is gone after the render.
	focus      pageFocus
	confirmAll bool                // "Remove this class's results" asked: Yes / Cancel shown
	undo       *store.ClassResults // what was kept before the last removal
	undoWhat   string              // what Undo puts back: "Ana's result"
	undoCode   string              // the code of the row removed; "" for a class
}

// maxResultsFile is the largest file of results read: a term of chats.
const maxResultsFile = 4 << 20

func (c *ClassResultsPanel) OnMount(ctx app.Context) {
	c.focus.mount(ctx)
	c.releaseDrop = listenDrop(ctx, func(ctx app.Context, dragging bool) {
		if c.drag == dragging {
			ctx.PreventUpdate()
		}
		c.drag = dragging
	}, c.readFile)
	if c.Pasted != "" {
		ctx.Dispatch(func(ctx app.Context) {
			c.text = c.Pasted
			c.add(ctx, "", c.Pasted)
		})
		ctx.Defer(func(ctx app.Context) {
			if el := app.Window().GetElementByID("class-results-title"); el.Truthy() {
				el.Call("scrollIntoView")
				el.Call("focus")
			}
		})
	} else if kept := learnerStore().AllClassResults(); len(kept) > 0 {
		// The class last worked on, as the teacher left it.
		ctx.Dispatch(func(ctx app.Context) { c.choose(ctx, kept[0].Fingerprint) })
	}
}

func (c *ClassResultsPanel) OnDismount() {
	c.focus.dismount()
	if c.releaseDrop != nil {
		c.releaseDrop()
	}
}

// knownQuizzes maps the fingerprints of the quizzes here to them.
func (c *ClassResultsPanel) knownQuizzes() map[string]*quiz.Quiz {
	if c.known != nil && c.knownFrom == len(c.Quizzes) {
		return c.known
	}
	c.known, c.knownFrom = map[string]*quiz.Quiz{}, len(c.Quizzes)
	for _, f := range c.Quizzes {
		if f.Quiz != nil && len(f.Quiz.Questions) > 0 {
			c.known[share.Fingerprint(f.Quiz)] = f.Quiz
		}
	}
	return c.known
}

// quizTitle names the quiz of a fingerprint for the teacher.
func (c *ClassResultsPanel) quizTitle(fp string) string {
	if q := c.knownQuizzes()[fp]; q != nil {
		return "“" + q.Title + "”"
	}
	if kept, ok := learnerStore().ClassResults(fp); ok && kept.Title != "" {
		return "“" + kept.Title + "”"
	}
	return "a quiz not kept here (fingerprint " + fp + ")"
}

// recognise picks the quiz most of the results are for, a quiz known
// here first.
func (c *ClassResultsPanel) recognise(entries []share.Entry) string {
	count := map[string]int{}
	for _, e := range entries {
		count[e.Result.Fingerprint]++
	}
	best, bestScore := "", -1
	for fp, n := range count {
		score := n * 2
		if c.knownQuizzes()[fp] != nil {
			score += 1 << 20
		}
		if score > bestScore || (score == bestScore && fp < best) {
			best, bestScore = fp, score
		}
	}
	return best
}

// add counts the results found in text (a file's when file is not "")
// with those kept for their quiz, shows the table and keeps it.
func (c *ClassResultsPanel) add(ctx app.Context, file, text string) {
	c.forgetUndo()
	entries, problems := share.Scan(file, text)
	fp := c.fp
	if fp == "" {
		fp = c.recognise(entries)
	}
	if fp == "" {
		c.problems = problems
		c.status = "No result was found in what was given: nothing was added."
		return
	}
	c.fp = fp
	q := c.knownQuizzes()[fp]
	kept, _ := learnerStore().ClassResults(fp)
	cls := share.NewClass(fp, q, append(kept.Entries(), entries...))
	c.class, c.problems = cls, append(problems, cls.Problems...)
	codes := make([]string, len(cls.Rows))
	for i, r := range cls.Rows {
		codes[i] = r.Code
	}
	title := kept.Title
	if q != nil {
		title = q.Title
	}
	counted := 0
	for _, r := range cls.Rows {
		if r.Where != share.KeptWhere {
			counted++
		}
	}
	c.status = plural(counted, "result", "results") + " added for " + c.quizTitle(fp) + "; the table has " + plural(len(cls.Rows), "learner", "learners") + "."
	if n := len(c.problems); n > 0 {
		c.status += " " + plural(n, "note", "notes") + " below say what was not counted."
	}
	if err := learnerStore().SaveClassResults(store.ClassResults{Fingerprint: fp, Title: title, Codes: codes}); err != nil {
		c.status += " " + sentence(err.Error())
	} else if len(entries) > 0 {
		c.text = ""
	}
}

// choose shows the results kept for the quiz picked in the list.
func (c *ClassResultsPanel) choose(ctx app.Context, fp string) {
	c.forgetUndo()
	c.fp, c.class, c.problems, c.status = fp, nil, nil, ""
	if fp == "" {
		return
	}
	kept, ok := learnerStore().ClassResults(fp)
	c.class = share.NewClass(fp, c.knownQuizzes()[fp], kept.Entries())
	c.problems = c.class.Problems
	if !ok {
		c.status = "No results are kept for " + c.quizTitle(fp) + " yet: paste them below."
	} else {
		c.status = plural(len(c.class.Rows), "learner", "learners") + " in the results kept for " + c.quizTitle(fp) + "."
	}
}

// forgetUndo ends what a removal left open (Undo, a Yes / Cancel): the
// results kept are about to change another way.
func (c *ClassResultsPanel) forgetUndo() {
	c.undo, c.undoWhat, c.undoCode, c.confirmAll = nil, "", "", false
}

// showKept counts again the results kept for the quiz shown.
func (c *ClassResultsPanel) showKept() {
	kept, _ := learnerStore().ClassResults(c.fp)
	c.class = share.NewClass(c.fp, c.knownQuizzes()[c.fp], kept.Entries())
}

// learnersLeft says how many rows the table has now.
func (c *ClassResultsPanel) learnersLeft() string {
	if c.class == nil || len(c.class.Rows) == 0 {
		return "no results are kept for " + c.quizTitle(c.fp) + " now."
	}
	return "the table has " + plural(len(c.class.Rows), "learner", "learners") + "."
}

// removeRow forgets one learner's result, keeps the change, and moves
// the focus to Undo.
func (c *ClassResultsPanel) removeRow(ctx app.Context, row share.Entry) {
	before, _ := learnerStore().ClassResults(c.fp)
	who := row.Result.Name + "'s result"
	removed, err := learnerStore().RemoveClassResult(c.fp, row.Code)
	if err != nil {
		c.status = who + " was not removed: " + sentence(err.Error())
		return
	}
	c.forgetUndo()
	c.showKept()
	if !removed {
		// Removed meanwhile in another tab, or never kept (the storage
		// was full): the table shows what is kept.
		c.status = who + " is not kept in this browser; " + c.learnersLeft()
		return
	}
	c.undo, c.undoWhat, c.undoCode = &before, who, row.Code
	c.status = "Removed " + who + "; " + c.learnersLeft()
	c.focus.focus(ctx, "class-undo")
}

// removeAll forgets the results kept for the quiz shown, once the
// teacher said Yes.
func (c *ClassResultsPanel) removeAll(ctx app.Context) {
	fp := c.fp
	before, kept := learnerStore().ClassResults(fp)
	n := 0
	if c.class != nil {
		n = len(c.class.Rows)
	}
	learnerStore().DeleteClassResults(fp)
	c.forgetUndo()
	c.class = nil
	if kept {
		n = len(before.Codes)
	}
	c.status = "Removed " + resultsOf(n) + " for " + c.quizTitle(fp) + "."
	if c.knownQuizzes()[fp] == nil {
		// No longer in the list of quizzes: the list shows "Recognise".
		c.fp = ""
	}
	if kept {
		c.undo, c.undoWhat = &before, resultsOf(n)
		c.focus.focus(ctx, "class-undo")
	} else {
		c.focus.focus(ctx, "class-results-title")
	}
}

// undoRemoval keeps again what was kept before the last removal, and
// moves the focus back to where the teacher was.
func (c *ClassResultsPanel) undoRemoval(ctx app.Context) {
	if c.undo == nil {
		return
	}
	back, what, code := *c.undo, c.undoWhat, c.undoCode
	back.Saved = time.Time{}
	if err := learnerStore().SaveClassResults(back); err != nil {
		c.status = "Could not put back " + what + ": " + sentence(err.Error())
		return
	}
	c.forgetUndo()
	c.fp = back.Fingerprint
	c.showKept()
	c.status = "Put back " + what + "; " + c.learnersLeft()
	focus := "class-remove-all"
	for i, r := range c.class.Rows {
		if code != "" && r.Code == code {
			focus = rowRemoveID(i)
		}
	}
	c.focus.focus(ctx, focus)
}

// resultsOf names the results of n learners: "the results of 3 learners".
func resultsOf(n int) string {
	if n == 1 {
		return "the result of 1 learner"
	}
	return "the results of " + strconv.Itoa(n) + " learners"
}

func rowRemoveID(i int) string { return "class-remove-" + strconv.Itoa(i) }

// readFile adds the results of a chosen or dropped file.
func (c *ClassResultsPanel) readFile(ctx app.Context, file app.Value) {
	if file == nil || !file.Truthy() {
		return
	}
	name := file.Get("name").String()
	if size := file.Get("size").Float(); size > maxResultsFile {
		c.status = name + " is " + sizeText(size) + ", more than the " + sizeText(maxResultsFile) + " a file of results may be: nothing was read. Paste the results instead."
		return
	}
	c.status = "Reading " + name + "…"
	ctx.Async(func() {
		data, err := readFile(file)
		ctx.Dispatch(func(ctx app.Context) {
			switch {
			case err != nil:
				c.status = name + " could not be read: " + err.Error()
			case !utf8.Valid(data):
				c.status = name + " is not text (or not UTF-8): save the chat or the results as plain text and try again."
			default:
				c.add(ctx, name, string(data))
			}
		})
	})
}

func (c *ClassResultsPanel) download(ctx app.Context) {
	if c.class == nil {
		return
	}
	var b strings.Builder
	if err := c.class.WriteCSV(&b); err != nil {
		c.status = "The table could not be written: " + err.Error()
		return
	}
	name := "class-results-" + c.fp + ".csv"
	if q := c.class.Quiz; q != nil {
		name = format.Slug(q.Title) + "-class-results.csv"
	}
	if err := saveTextAsFile(name, "text/csv", b.String()); err != nil {
		c.status = "The file could not be saved: " + err.Error()
	}
}

// options are the quizzes to pick: those here, then those whose results
// are kept but which are not here.
func (c *ClassResultsPanel) options() []app.UI {
	type option struct{ fp, label string }
	var opts []option
	seen := map[string]bool{}
	for _, f := range c.Quizzes {
		if f.Quiz == nil || len(f.Quiz.Questions) == 0 {
			continue
		}
		fp := share.Fingerprint(f.Quiz)
		if seen[fp] {
			continue
		}
		seen[fp] = true
		label := f.Quiz.Title
		if f.File != "" && !f.Own {
			label += " (" + f.File + ")"
		}
		opts = append(opts, option{fp, label})
	}
	sort.SliceStable(opts, func(i, j int) bool { return opts[i].label < opts[j].label })
	for _, kept := range learnerStore().AllClassResults() {
		if !seen[kept.Fingerprint] {
			seen[kept.Fingerprint] = true
			opts = append(opts, option{kept.Fingerprint, c.quizTitle(kept.Fingerprint)})
		}
	}
	out := []app.UI{app.Option().Value("").Selected(c.fp == "").Text("Recognise it from the results")}
	for _, o := range opts {
		out = append(out, app.Option().Value(o.fp).Selected(o.fp == c.fp).Text(o.label))
	}
	return out
}

func (c *ClassResultsPanel) Render() app.UI {
	zone := "drop-zone card"
	if c.drag {
		zone += " dragging"
	}
	return app.Section().ID("class-results").Class("class-results").Aria("labelledby", "class-results-title").Body(
		app.H2().ID("class-results-title").TabIndex(-1).Text("Class results"),
		app.P().Class("muted").Text("Learners send their result from the end of a quiz (Send my result to the teacher), as a link or a code. Paste them here, as many as you have, with the chat around them if it comes along. They are counted for one quiz and kept in this browser only. A learner's browser makes the result, so a result can be forged: use this for practice and feedback, not for marks."),
		app.Div().Class("field").Body(
			app.Label().For("class-quiz").Class("field-label").Text("Quiz"),
			app.Select().ID("class-quiz").Body(c.options()...).
				OnChange(func(ctx app.Context, e app.Event) { c.choose(ctx, ctx.JSSrc().Get("value").String()) }),
		),
		app.Form().ID("class-form").Body(
			app.Div().Class("field").Body(
				app.Label().For("class-paste").Class("field-label").Text("Result links or codes, one or many"),
				app.Textarea().ID("class-paste").Rows(6).Attr("spellcheck", "false").
					Aria("describedby", "class-paste-help").Text(c.text).
					OnInput(func(ctx app.Context, e app.Event) {
						c.text = ctx.JSSrc().Get("value").String()
						ctx.PreventUpdate()
					}),
				app.P().ID("class-paste-help").Class("muted").Text("For example “Anna: https://…/teacher#result=…” or “FQR-…”, one or more a line."),
			),
			app.Button().ID("class-add").Class("button primary").Type("submit").Text("Add results"),
		).OnSubmit(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			c.add(ctx, "", c.text)
		}),
		app.Div().ID("class-drop").Class(zone).Body(
			app.Label().For("class-file").Class("field-label").Text("Or a file of results (a saved chat, a text file)"),
			app.Div().Class("field").Body(
				app.Input().Type("file").ID("class-file").Accept(".txt,.text,.csv,.log,text/plain").
					OnChange(func(ctx app.Context, e app.Event) {
						files := ctx.JSSrc().Get("files")
						if !files.Truthy() || files.Length() == 0 {
							return
						}
						file := files.Index(0)
						ctx.JSSrc().Set("value", "")
						c.readFile(ctx, file)
					}),
			),
			app.P().Class("muted").Text(classDropHelp(c.drag)),
		),
		app.P().ID("class-status").Attr("role", "status").Aria("live", "polite").Text(c.status),
		app.If(c.undo != nil, func() app.UI {
			return app.Div().Class("actions").Body(
				app.Button().ID("class-undo").Class("button").Type("button").Body(
					app.Text("Undo"),
					// The learner's name as text, out of attributes.
					app.Span().Class("visually-hidden").Text(": put back "+c.undoWhat),
				).OnClick(func(ctx app.Context, e app.Event) { c.undoRemoval(ctx) }),
			)
		}),
		app.If(len(c.problems) > 0, func() app.UI {
			return app.Div().Class("problems").Body(
				app.H3().ID("class-problems-title").Text("Not counted, and notes"),
				app.Ul().ID("class-problems").Aria("labelledby", "class-problems-title").Body(
					app.Range(c.problems).Slice(func(i int) app.UI { return app.Li().Text(c.problems[i].String()) }),
				),
			)
		}),
		app.If(c.class != nil && len(c.class.Rows) > 0, func() app.UI { return c.renderTables() }),
	)
}

func classDropHelp(dragging bool) string {
	if dragging {
		return "Drop the file to read its results."
	}
	return "Choose a file, or drop one anywhere on this page."
}

func (c *ClassResultsPanel) renderTables() app.UI {
	cls := c.class
	return app.Div().ID("class-tables").Body(
		app.If(cls.Quiz == nil, func() app.UI {
			return app.P().ID("class-unknown-quiz").Text("This quiz is not among the quizzes here, so its questions are shown by number. Open or keep the quiz here to see them by name.")
		}),
		headedTable("class-table", "Learners: "+c.quizTitle(cls.Fingerprint), []string{"Learner", "Score", "Percent", "Time", "Remove"},
			app.Range(cls.Rows).Slice(func(i int) app.UI {
				row := cls.Rows[i]
				r := row.Result
				return app.Tr().Body(
					app.Th().Scope("row").Class("learner").Text(r.Name),
					app.Td().Text(formatScore(r.Score())+" of "+strconv.Itoa(r.Played())),
					app.Td().Text(strconv.Itoa(r.Percent())+"%"),
					app.Td().Text(share.Clock(r.Seconds)),
					app.Td().Class("class-remove").Body(
						app.Button().ID(rowRemoveID(i)).Class("button").Type("button").Body(
							app.Text("Remove"),
							// "Remove Ana's result" to a screen reader; the
							// name as text, out of attributes.
							app.Span().Class("visually-hidden").Text(" "+r.Name+"'s result"),
						).OnClick(func(ctx app.Context, e app.Event) { c.removeRow(ctx, row) },
							// A reused button keeps its handler unless its
							// scope changes: without it, Remove would take
							// the learner who was in this row before.
							app.EventScope(row.Code)),
					),
				)
			})),
		headedTable("class-questions", "Questions, hardest first", []string{"Question", "Share right", "Right"},
			app.Range(cls.Questions).Slice(func(i int) app.UI {
				s := cls.Questions[i]
				return app.Tr().Body(
					app.Th().Scope("row").Text(s.Label()),
					app.Td().Class("share-right").Text(strconv.Itoa(int(s.ShareRight()*100+0.5))+"%"),
					app.Td().Text(strconv.Itoa(s.Right)+" of "+strconv.Itoa(s.Played)),
				)
			})),
		app.Div().Class("actions").Body(
			app.Button().ID("class-csv").Class("button").Type("button").Text("Download the table (CSV)").
				OnClick(func(ctx app.Context, e app.Event) { c.download(ctx) }),
			app.If(!c.confirmAll, func() app.UI {
				return app.Button().ID("class-remove-all").Class("button").Type("button").Text("Remove this class's results").
					OnClick(func(ctx app.Context, e app.Event) {
						c.confirmAll = true
						c.focus.focus(ctx, "class-remove-cancel")
					})
			}),
		),
		app.If(c.confirmAll, func() app.UI { return c.renderConfirmAll() }),
	)
}

// renderConfirmAll asks before the whole class goes: a group named by
// its question, so that a screen reader says it with the focused Cancel;
// Escape cancels.
func (c *ClassResultsPanel) renderConfirmAll() app.UI {
	cancel := func(ctx app.Context) {
		c.confirmAll = false
		c.focus.focus(ctx, "class-remove-all")
	}
	return app.Div().ID("class-remove-confirm").Class("confirm card").Attr("role", "group").
		Aria("labelledby", "class-remove-question").
		OnKeyDown(func(ctx app.Context, e app.Event) {
			if e.Get("key").String() == "Escape" {
				cancel(ctx)
			}
		}).Body(
		app.P().ID("class-remove-question").Text("Remove "+resultsOf(len(c.class.Rows))+" for "+c.quizTitle(c.fp)+
			" from this browser? Undo is offered just after."),
		app.Div().Class("actions").Body(
			app.Button().ID("class-remove-yes").Class("button primary").Type("button").Text("Yes, remove them").
				OnClick(func(ctx app.Context, e app.Event) { c.removeAll(ctx) }),
			app.Button().ID("class-remove-cancel").Class("button").Type("button").Text("Cancel").
				OnClick(func(ctx app.Context, e app.Event) { cancel(ctx) }),
		),
	)
}

// headedTable is a table with a caption, a header cell (scope col) per
// heading, and the given rows, in a box that scrolls sideways on a phone.
func headedTable(id, caption string, headings []string, rows app.UI) app.UI {
	heads := make([]app.UI, len(headings))
	for i, h := range headings {
		heads[i] = app.Th().Scope("col").Text(h)
	}
	return app.Div().Class("table-scroll").Body(
		app.Table().ID(id).Class("history").Body(
			app.Caption().Text(caption),
			app.THead().Body(app.Tr().Body(heads...)),
			app.TBody().Body(rows),
		),
	)
}
