//go:build !quizonly

package ui

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"factquiz/quiz"
	"factquiz/quiz/format"
	"factquiz/quiz/generate"
	"factquiz/quiz/plaintext"
	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// maxArticleBytes bounds what the generator is given: a long article is
// a few tens of kilobytes; a pasted book would freeze the tab.
const maxArticleBytes = 400_000

// NewQuizPage is /new: paste an article, see the facts found (marked in
// the article) and the questions written from them, drop the questions
// not wanted, then take the quiz at once, keep it among the learner's
// quizzes, or download it as a question file for the questions/ folder.
//
// Everything happens in the browser: the server prerenders only the empty
// form, and no text of the article ever reaches a prerendered attribute.
type NewQuizPage struct {
	app.Compo

	title       string // the title field
	titleEdited bool   // the learner typed a title: stop following the article
	text        string // the article as last generated
	stale       bool   // the article was edited since

	result    *generate.Result
	notes     []string // what was done to the input ("The text is HTML …"), shown as text
	genErr    string   // why the article gave no quiz
	status    string   // "Found 14 facts and wrote 11 questions."
	elapsedMS float64  // how long FromText took in this browser
	runs      int      // how many times Generate ran on this page
	keep      []bool   // per question of result.Quiz

	savedID string // the user quiz saved from this result, replaced on a new save
	saveMsg string
	saveErr string
}

func (p *NewQuizPage) OnNav(ctx app.Context) {
	// A fixed title: nothing of the article goes into the page's head.
	ctx.Page().SetTitle("New quiz from an article · Factquiz")
	// The generator never runs here on the server: the prerendered page
	// is the empty form.
}

// onArticleInput follows the article's first line in the title field
// until the learner types a title of their own.
// It re-renders only when something shown changes, so that typing in a
// long article stays quick.
func (p *NewQuizPage) onArticleInput(ctx app.Context, e app.Event) {
	text := ctx.JSSrc().Get("value").String()
	changed := false
	if !p.titleEdited {
		if t := articleFirstLine(text); t != p.title {
			p.title, changed = t, true
		}
	}
	if stale := p.result != nil && text != p.text; stale != p.stale {
		p.stale, changed = stale, true
	}
	if !changed {
		ctx.PreventUpdate()
	}
}

func (p *NewQuizPage) onTitleInput(ctx app.Context, e app.Event) {
	p.title = ctx.JSSrc().Get("value").String()
	p.titleEdited = strings.TrimSpace(p.title) != ""
	// The field already shows what was typed. A render here could lag
	// behind the next keys and write this older value back over them.
	ctx.PreventUpdate()
}

// articleValue reads the text area itself, so that text set by a script
// or an extension without an input event is not missed.
func articleValue() string {
	if app.IsServer {
		return ""
	}
	el := app.Window().GetElementByID("article")
	if !el.Truthy() {
		return ""
	}
	return el.Get("value").String()
}

func (p *NewQuizPage) generate(ctx app.Context) {
	text := articleValue()
	if !p.titleEdited {
		p.title = articleFirstLine(text)
	}
	p.text, p.stale = text, false
	p.result, p.keep, p.genErr, p.status, p.elapsedMS = nil, nil, "", "", 0
	p.notes = nil
	p.savedID, p.saveMsg, p.saveErr = "", "", ""

	if len(text) > maxArticleBytes {
		p.genErr = fmt.Sprintf("This text is too long for one quiz (%d KB; at most %d KB). Paste one article at a time.",
			len(text)/1000, maxArticleBytes/1000)
		p.status = "No quiz: the text is too long."
		return
	}

	start := perfNowMS()
	res, err := runGenerator(strings.TrimSpace(p.title), text)
	p.elapsedMS = perfNowMS() - start
	p.runs++
	p.notes = res.Notes
	if !p.titleEdited && p.title == "" && res.Quiz != nil {
		// HTML has no title line to follow: take the generator's headline.
		p.title = res.Quiz.Title
	}

	if len(res.Facts) > 0 {
		r := res
		p.result = &r
	}
	if err != nil {
		p.genErr = generatorMessage(err)
		if len(res.Facts) > 0 {
			p.status = fmt.Sprintf("Found %s, but no questions.", plural(len(res.Facts), "fact", "facts"))
			p.focusResults(ctx)
		} else {
			p.status = messageLead(p.genErr)
		}
		return
	}
	if res.Quiz == nil || len(res.Quiz.Questions) == 0 {
		p.result = nil
		p.genErr = "The article gave no questions."
		p.status = "No quiz."
		return
	}
	p.keep = make([]bool, len(res.Quiz.Questions))
	for i := range p.keep {
		p.keep[i] = true
	}
	p.status = fmt.Sprintf("Found %s and wrote %s.",
		plural(len(res.Facts), "fact", "facts"), plural(len(res.Quiz.Questions), "question", "questions"))
	p.focusResults(ctx)
}

// focusResults moves the focus to the summary's heading and scrolls it to
// the top of the screen, so that Take, Keep and Download are in view on a
// phone too.
func (p *NewQuizPage) focusResults(ctx app.Context) {
	ctx.Defer(func(ctx app.Context) {
		if app.IsServer {
			return
		}
		el := app.Window().GetElementByID("results-heading")
		if !el.Truthy() {
			return
		}
		el.Call("focus", map[string]any{"preventScroll": true})
		el.Call("scrollIntoView", map[string]any{"block": "start"})
	})
}

// runGenerator calls the generator and turns a panic into an error: a
// bug in it must show a message, not stop the app.
func runGenerator(title, text string) (res generate.Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = generate.Result{}, fmt.Errorf("the quiz generator failed on this text (%v); please report it with the article", r)
		}
	}()
	return generate.FromText(title, text)
}

// generatorMessage tells the learner why the article gave no quiz and
// what to do about it.
func generatorMessage(err error) string {
	var ie *generate.InputError
	detail := ""
	if errors.As(err, &ie) && ie.Detail != "" {
		detail = ie.Detail
	}
	switch {
	case errors.Is(err, generate.ErrEmpty) && detail != "":
		return "There is no article to read: " + detail + "."
	case errors.Is(err, generate.ErrEmpty):
		return "The article is empty. Paste the text of a news article into the box, then press Generate."
	case errors.Is(err, generate.ErrNotText):
		msg := "This is not text that Factquiz can read."
		if detail != "" {
			msg += " Detail: " + detail + "."
		}
		return msg + " Paste the article's text itself."
	case errors.Is(err, generate.ErrNotEnglish):
		msg := "This article does not seem to be in English."
		if detail != "" {
			msg = "This article does not seem to be in English: " + detail + "."
		}
		return msg + " Factquiz writes questions from English articles only: paste an article in English."
	case errors.Is(err, generate.ErrAllCaps):
		msg := "This article is written in capital letters, so Factquiz cannot tell names from other words."
		if detail != "" {
			msg = "This article is written in capital letters, so Factquiz cannot tell names from other words: " + detail + "."
		}
		return msg
	case errors.Is(err, generate.ErrNoFacts):
		return "No facts were found in this text. Factquiz asks about dates (“on September 27”), leaders with their office (“President Ilham Aliyev”), counts (“three ceasefire agreements”), places and quotations: try a news article in English."
	case errors.Is(err, generate.ErrInternal):
		return "Factquiz failed on this article: this is a fault of Factquiz, not of the article. Your text is still here; please report it with the article."
	case errors.Is(err, generate.ErrNoQuestions):
		return "Facts were found (they are marked below), but none of them gives a good question. Try a longer article."
	}
	return "No quiz could be made from this text: " + err.Error()
}

// messageLead is msg up to its first full stop.
func messageLead(msg string) string {
	if i := strings.Index(msg, ". "); i >= 0 {
		return msg[:i+1]
	}
	return msg
}

// articleFirstLine is the article's first non-blank line, cut to a title's
// length. HTML has none (its first line is markup): the title then comes
// from the generator's headline.
func articleFirstLine(text string) string {
	if plaintext.LooksHTML(text) {
		return ""
	}
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if line == "" {
			continue
		}
		if !utf8.ValidString(line) {
			return ""
		}
		const max = 120
		if len(line) > max {
			cut := strings.LastIndexByte(line[:max], ' ')
			if cut < max/2 {
				cut = max
				for cut > 0 && !utf8.RuneStart(line[cut]) {
					cut--
				}
			}
			line = strings.TrimRight(line[:cut], " ,;:") + "…"
		}
		return line
	}
	return ""
}

// perfNowMS is the browser's performance.now(), in milliseconds.
func perfNowMS() float64 {
	if app.IsServer {
		return 0
	}
	return app.Window().Get("performance").Call("now").Float()
}

// keptQuiz is the generated quiz with only the kept questions.
func (p *NewQuizPage) keptQuiz() *quiz.Quiz {
	if p.result == nil || p.result.Quiz == nil {
		return nil
	}
	q := *p.result.Quiz
	q.ID = ""
	if t := strings.TrimSpace(p.title); t != "" {
		q.Title = t
	}
	if q.Source == "" {
		if h := articleFirstLine(p.text); h != "" && h != q.Title {
			q.Source = "Article: " + h
		} else {
			q.Source = "An article pasted into Factquiz"
		}
	}
	q.Questions = nil
	for i, qu := range p.result.Quiz.Questions {
		if i < len(p.keep) && p.keep[i] {
			q.Questions = append(q.Questions, qu)
		}
	}
	return &q
}

func (p *NewQuizPage) keptCount() int {
	n := 0
	for _, k := range p.keep {
		if k {
			n++
		}
	}
	return n
}

// fileName is the name of the question file: the title as a slug.
func (p *NewQuizPage) fileName(q *quiz.Quiz) string {
	s := format.Slug(q.Title)
	if len(s) > 80 {
		cut := strings.LastIndexByte(s[:80], '-')
		if cut < 40 {
			cut = 80
		}
		s = strings.TrimRight(s[:cut], "-_")
	}
	if s == "" {
		s = "quiz"
	}
	return s + ".yaml"
}

// save keeps the kept questions among the learner's quizzes. Saving again
// replaces the quiz saved before from the same result. A failed save
// (storage full) is reported and changes nothing: the page keeps it all.
func (p *NewQuizPage) save() (store.UserQuiz, bool) {
	q := p.keptQuiz()
	if q == nil || len(q.Questions) == 0 {
		p.saveErr, p.saveMsg = "Keep at least one question first.", ""
		return store.UserQuiz{}, false
	}
	u, err := learnerStore().SaveUserQuiz(store.UserQuiz{
		ID:       p.savedID,
		Quiz:     *q,
		FileName: p.fileName(q),
		Format:   string(format.Native),
	})
	if err != nil {
		p.saveErr = "The quiz was not kept in this browser: " + err.Error() +
			" Nothing is lost: your questions are still here, and “Download question file” still works."
		p.saveMsg = ""
		return u, false
	}
	p.savedID = u.ID
	p.saveErr = ""
	p.saveMsg = fmt.Sprintf("Kept in your quizzes: %s, %s.", q.Title, plural(len(q.Questions), "question", "questions"))
	return u, true
}

func (p *NewQuizPage) take(ctx app.Context) {
	u, ok := p.save()
	if !ok {
		return
	}
	ctx.Navigate(quizPath(u.ID))
}

func (p *NewQuizPage) download(ctx app.Context) {
	q := p.keptQuiz()
	if q == nil || len(q.Questions) == 0 {
		p.saveErr, p.saveMsg = "Keep at least one question first.", ""
		return
	}
	var b bytes.Buffer
	if err := format.WriteNative(&b, q); err != nil {
		p.saveErr, p.saveMsg = "The question file could not be written: "+err.Error(), ""
		return
	}
	name := p.fileName(q)
	if err := saveTextAsFile(name, "application/yaml", b.String()); err != nil {
		p.saveErr, p.saveMsg = "The download did not start: "+err.Error(), ""
		return
	}
	p.saveErr = ""
	p.saveMsg = "Downloading " + name + ". Put it in the questions/ folder to share the quiz."
}

func (p *NewQuizPage) Render() app.UI {
	return page("new",
		app.H1().Text("New quiz from an article"),
		app.P().Class("lead").Text("Paste a news article in English. Factquiz finds its dates, leaders and counts, writes questions about them, and shows the sentence that proves each answer. Nothing leaves this browser."),
		app.Div().Class("new-form").Body(
			app.Div().Class("field").Body(
				app.Div().Body(app.Label().For("new-title").Text("Title of the quiz")),
				app.Input().Type("text").ID("new-title").Name("title").
					Value(p.title).AutoComplete(false).
					Aria("describedby", "new-title-help").
					OnInput(p.onTitleInput).
					// Leaving the field renders the title typed into the
					// quiz that Share makes a link of.
					OnChange(func(app.Context, app.Event) {}),
				app.P().ID("new-title-help").Class("muted").Text("Taken from the article's first line until you type your own."),
			),
			app.Div().Class("field").Body(
				app.Div().Body(app.Label().For("article").Text("Article text")),
				app.Textarea().ID("article").Name("article").Rows(14).
					Attr("spellcheck", "false").
					Aria("describedby", "article-help").
					OnInput(p.onArticleInput),
				app.P().ID("article-help").Class("muted").Text("Plain text: the headline on the first line, then the article. HTML copied from a web page is reduced to its text."),
			),
			app.Div().Class("actions").Body(
				app.Button().ID("generate").Class("button primary").Type("button").Text("Generate").
					OnClick(func(ctx app.Context, e app.Event) { p.generate(ctx) }),
			),
		),
		app.P().ID("new-status").Attr("role", "status").Aria("live", "polite").Text(p.status),
		app.Div().ID("new-error").Attr("role", "alert").Body(
			app.If(p.genErr != "", func() app.UI {
				return app.P().Class("alert").Text(p.genErr)
			}),
		),
		// What was done to the input (HTML reduced to its text…), above
		// the facts, in a live region that is always there.
		app.Div().ID("new-notes").Attr("role", "status").Aria("live", "polite").Body(
			app.If(len(p.notes) > 0, func() app.UI {
				return app.Ul().Class("notes").Aria("label", "Notes on the text").Body(
					app.Range(p.notes).Slice(func(i int) app.UI {
						return app.Li().Class("hint").Text(p.notes[i])
					}),
				)
			}),
		),
		app.If(p.result != nil, func() app.UI { return p.renderResult() }),
	)
}

func (p *NewQuizPage) renderResult() app.UI {
	r := p.result
	var questions []quiz.Question
	if r.Quiz != nil && p.genErr == "" {
		questions = r.Quiz.Questions
	}
	kept := p.keptCount()
	// The summary comes first, with what can be done with the quiz (on a
	// phone, the facts and questions below fill several screens); the
	// details follow.
	return app.Div().ID("new-result").Body(
		app.Section().ID("new-summary").Class("new-summary").Aria("labelledby", "results-heading").Body(
			app.H2().ID("results-heading").TabIndex(-1).Text(summaryHeading(len(questions))),
			app.If(p.stale, func() app.UI {
				return app.P().ID("stale").Class("hint").Text("The article has changed since: press Generate again to update the facts and questions.")
			}),
			app.P().ID("gen-time").Class("summary-figures").
				DataSet("ms", fmt.Sprintf("%.2f", p.elapsedMS)).DataSet("run", p.runs).
				Text(summaryLine(len(r.Facts), len(questions), formatElapsedMS(p.elapsedMS))),
			app.If(len(questions) > 0, func() app.UI {
				return p.renderActions(kept, len(questions))
			}),
			app.If(len(questions) > 0, func() app.UI {
				return app.P().Class("muted").Text("Below: the facts found, the article with the facts marked, and the questions. Untick a question to leave it out.")
			}),
		),
		app.Section().Aria("labelledby", "facts-heading").Body(
			app.H2().ID("facts-heading").Text(fmt.Sprintf("Facts found (%d)", len(r.Facts))),
			p.renderFactLists(),
			app.H3().ID("article-heading").Text("The article, facts marked"),
			&ArticleHighlight{Text: p.readText(), Facts: r.Facts},
		),
		app.If(len(questions) > 0, func() app.UI {
			return app.Section().Aria("labelledby", "questions-heading").Body(
				app.H2().ID("questions-heading").Text(fmt.Sprintf("Questions (%d)", len(questions))),
				app.P().Class("muted").Text("Untick a question to leave it out of the quiz."),
				app.Div().Class("drafts").Body(
					app.Range(questions).Slice(func(i int) app.UI {
						d := &DraftQuestion{Index: i, Question: questions[i], Kept: i < len(p.keep) && p.keep[i], OnToggle: p.toggle}
						if i < len(r.Items) && r.Items[i].QuestionID == questions[i].ID {
							it := r.Items[i]
							d.Answer, d.Wrong = it.Answer, it.Wrong
							if it.Fact >= 0 && it.Fact < len(r.Facts) {
								d.Fact, d.HasFact = r.Facts[it.Fact], true
							}
						}
						return d
					}),
				),
			)
		}),
	)
}

// summaryHeading heads the result of Generate: a quiz, or only facts.
func summaryHeading(questions int) string {
	if questions == 0 {
		return "Facts found, no quiz"
	}
	return "Your quiz is ready"
}

// summaryLine says what Generate found and wrote, and how long it took.
func summaryLine(facts, questions int, took string) string {
	if questions == 0 {
		return fmt.Sprintf("Found %s in %s, in this browser, but wrote no questions.", plural(facts, "fact", "facts"), took)
	}
	return fmt.Sprintf("Found %s and wrote %s in %s, in this browser.",
		plural(facts, "fact", "facts"), plural(questions, "question", "questions"), took)
}

// readText is the article as the generator read it (HTML reduced to its
// text): the facts' offsets are in it.
func (p *NewQuizPage) readText() string {
	if p.result != nil && p.result.Text != "" {
		return p.result.Text
	}
	return p.text
}

func (p *NewQuizPage) toggle(ctx app.Context, i int, kept bool) {
	if i >= 0 && i < len(p.keep) {
		p.keep[i] = kept
	}
	p.saveMsg = ""
}

// factKinds are the kinds of fact in the order the page lists them.
var factKinds = []generate.Kind{generate.Date, generate.Leader, generate.Count}

func (p *NewQuizPage) renderFactLists() app.UI {
	facts := p.result.Facts
	kinds := append([]generate.Kind(nil), factKinds...)
	for _, f := range facts {
		if !hasFactKind(kinds, f.Kind) {
			kinds = append(kinds, f.Kind)
		}
	}
	return app.Div().Class("fact-lists").Body(
		app.Range(kinds).Slice(func(k int) app.UI {
			kind := kinds[k]
			var of []generate.Fact
			for _, f := range facts {
				if f.Kind == kind {
					of = append(of, f)
				}
			}
			headingID := "facts-" + factClass(kind)
			return app.Div().Class("fact-list").Body(
				app.H3().ID(headingID).Text(fmt.Sprintf("%s (%d)", factKindHeading(kind), len(of))),
				app.If(len(of) == 0, func() app.UI {
					return app.P().Class("muted").Text("None found.")
				}).Else(func() app.UI {
					return app.Ul().Aria("labelledby", headingID).Body(
						app.Range(of).Slice(func(i int) app.UI {
							f := of[i]
							return app.Li().Body(
								app.Mark().Class(factClass(f.Kind)).Text(f.Text),
								app.If(factDetail(f) != "", func() app.UI {
									return app.Span().Class("muted").Text(" — " + factDetail(f))
								}),
							)
						}),
					)
				}),
			)
		}),
	)
}

func hasFactKind(kinds []generate.Kind, k generate.Kind) bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

func factKindHeading(kind generate.Kind) string {
	switch kind {
	case generate.Date:
		return "Dates"
	case generate.Leader:
		return "Leaders"
	case generate.Count:
		return "Counts"
	case generate.Place:
		return "Places"
	case generate.Quote:
		return "Quotations"
	case generate.Actor:
		return "Who did what"
	}
	return "Other facts"
}

// factDetail is what the generator understood of a fact.
func factDetail(f generate.Fact) string {
	switch f.Kind {
	case generate.Leader:
		office := f.Office
		if office != "" && f.Country != "" {
			office += " of " + f.Country
		}
		if f.Person != "" && office != "" {
			return f.Person + ", " + office
		}
		return office
	case generate.Date:
		return f.Event
	case generate.Place:
		return f.PlaceKind
	case generate.Quote:
		return "said by " + f.Speaker
	case generate.Actor:
		return f.Doer + " " + f.Action
	}
	return ""
}

func (p *NewQuizPage) renderActions(kept, total int) app.UI {
	none := kept == 0
	return app.Div().Class("new-actions").Body(
		app.P().ID("kept-count").Attr("role", "status").Text(fmt.Sprintf("%d of %d questions kept.", kept, total)),
		app.If(none, func() app.UI {
			return app.P().Class("muted").Text("Keep at least one question to take, keep or download the quiz.")
		}),
		app.Div().Class("actions").Body(
			app.Button().ID("take-quiz").Class("button primary").Type("button").Disabled(none).Text("Take this quiz").
				OnClick(func(ctx app.Context, e app.Event) { p.take(ctx) }),
			app.Button().ID("keep-quiz").Class("button").Type("button").Disabled(none).Text("Keep in my quizzes").
				OnClick(func(ctx app.Context, e app.Event) { p.save() }),
			app.Button().ID("download-quiz").Class("button").Type("button").Disabled(none).Text("Download question file").
				OnClick(func(ctx app.Context, e app.Event) { p.download(ctx) }),
		),
		// Share the quiz as it stands, kept or not: the link carries it.
		app.If(!none, func() app.UI { return &SharePanel{Quiz: p.keptQuiz()} }),
		app.Div().ID("save-status").Attr("role", "status").Body(
			app.If(p.saveMsg != "", func() app.UI {
				return app.P().Body(
					app.Text(p.saveMsg+" "),
					app.If(p.savedID != "", func() app.UI { return app.A().Href(appPath("/")).Text("See your quizzes") }),
				)
			}),
		),
		app.Div().ID("save-error").Attr("role", "alert").Body(
			app.If(p.saveErr != "", func() app.UI {
				return app.P().Class("alert").Text(p.saveErr)
			}),
		),
	)
}

// formatElapsedMS writes a duration in milliseconds the way it reads best:
// "0.8 ms", "14 ms", "1.2 s".
func formatElapsedMS(ms float64) string {
	switch {
	case ms < 10:
		return fmt.Sprintf("%.1f ms", ms)
	case ms < 1000:
		return fmt.Sprintf("%.0f ms", ms)
	}
	return fmt.Sprintf("%.1f s", ms/1000)
}
