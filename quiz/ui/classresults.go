package ui

import (
	"sort"
	"strconv"
	"strings"
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
// What is counted is kept in this browser (store.ClassResults). Names
// and answers are the learners' text: shown as text only.
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
}

// maxResultsFile is the largest file of results read: a term of chats.
const maxResultsFile = 4 << 20

func (c *ClassResultsPanel) OnMount(ctx app.Context) {
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
		headedTable("class-table", "Learners: "+c.quizTitle(cls.Fingerprint), []string{"Learner", "Score", "Percent", "Time"},
			app.Range(cls.Rows).Slice(func(i int) app.UI {
				r := cls.Rows[i].Result
				return app.Tr().Body(
					app.Th().Scope("row").Class("learner").Text(r.Name),
					app.Td().Text(formatScore(r.Score())+" of "+strconv.Itoa(r.Played())),
					app.Td().Text(strconv.Itoa(r.Percent())+"%"),
					app.Td().Text(share.Clock(r.Seconds)),
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
