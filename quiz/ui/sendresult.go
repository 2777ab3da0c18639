package ui

import (
	"strconv"

	"factquiz/quiz"
	"factquiz/quiz/attempt"
	"factquiz/quiz/share"
	"factquiz/quiz/store"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SendResult is "Send my result to the teacher" on the results of a full
// attempt: the learner types a name, and gets the result as a link (to
// the teachers' page of this deployment, the result in its fragment), as
// a bare code to paste in a chat, and as a QR code of the link. Nothing
// is sent by the app: the learner sends it by any channel. The teacher's
// Class results (ClassResults) reads it.
type SendResult struct {
	app.Compo

	Quiz    *quiz.Quiz
	Attempt *attempt.Attempt

	open   bool
	name   string
	link   string
	code   string
	qr     *share.QRCode
	err    string // why no result was made
	status string // said by the live region
}

// nameKey keeps the name typed last, so that a learner types it once.
// It is one of the app pages' records (store.Prefix), in backups too.
const nameKey = store.Prefix + "send/name"

func (s *SendResult) toggle(ctx app.Context) {
	s.open = !s.open
	if s.open && s.name == "" && !app.IsServer {
		s.name, _ = localStorage{}.Get(nameKey)
	}
}

// make builds the result under the typed name.
func (s *SendResult) make(ctx app.Context) {
	s.link, s.code, s.qr, s.err, s.status = "", "", nil, "", ""
	r, err := share.NewResult(s.Quiz, s.Attempt, s.name)
	if err != nil {
		s.err = sentence(err.Error())
		s.status = s.err
		return
	}
	s.name = r.Name
	_ = localStorage{}.Set(nameKey, r.Name) // best effort: only saves retyping
	frag, err := r.Fragment()
	if err != nil {
		s.err = sentence(err.Error())
		return
	}
	s.code, _ = r.Code()
	s.link = teacherPageURL() + "#" + frag
	if s.qr, err = share.QRText(s.link); err != nil {
		s.qr = nil
	}
	s.status = "Your result is ready, under the name " + r.Name + ": send the link or the code to your teacher."
}

// teacherPageURL is the address of this deployment's teachers' page.
func teacherPageURL() string {
	u := *app.Window().URL()
	u.Path, u.RawPath, u.RawQuery, u.Fragment, u.RawFragment = appPath("/teacher"), "", "", "", ""
	return u.String()
}

func (s *SendResult) Render() app.UI {
	return app.Div().Class("send-result").Body(
		app.Button().ID("send-result").Class("button").Type("button").
			Aria("expanded", strconv.FormatBool(s.open)).Aria("controls", "send-result-panel").
			Text("Send my result to the teacher").
			OnClick(func(ctx app.Context, e app.Event) { s.toggle(ctx) }),
		app.If(s.open, func() app.UI {
			return app.Section().ID("send-result-panel").Class("share-panel card").Aria("labelledby", "send-result-title").Body(
				app.H2().ID("send-result-title").Text("Send my result to the teacher"),
				app.P().Class("muted").Text("Your result (your name, score, time and each answer) goes into a link and a code that you send your teacher yourself, by chat or mail. Nothing is sent by this app."),
				app.Form().ID("send-result-form").Class("send-result-form").Body(
					app.Label().For("send-result-name").Class("field-label").Text("Your name, as your teacher knows you"),
					app.Div().Class("share-link-row").Body(
						app.Input().ID("send-result-name").Class("share-link").Type("text").Name("name").Value(s.name).
							Attr("autocomplete", "name").MaxLength(share.MaxName).Required(true).
							Attr("spellcheck", "false").
							OnInput(func(ctx app.Context, e app.Event) {
								s.name = ctx.JSSrc().Get("value").String()
								ctx.PreventUpdate()
							}),
						app.Button().ID("send-result-make").Class("button primary").Type("submit").Text("Make my result"),
					),
				).OnSubmit(func(ctx app.Context, e app.Event) {
					e.PreventDefault()
					s.make(ctx)
				}),
				app.If(s.err != "", func() app.UI {
					return app.P().ID("send-result-error").Class("alert").Text(s.err)
				}),
				app.If(s.link != "", func() app.UI { return s.renderResult() }),
				app.P().ID("send-result-status").Class("muted").Attr("role", "status").Aria("live", "polite").Text(s.status),
			)
		}),
	)
}

func (s *SendResult) renderResult() app.UI {
	say := func(msg string) { s.status = msg }
	return app.Div().ID("send-result-ready").Body(
		copyField("send-result-link", "send-result-copy-link", "Result link ("+strconv.Itoa(len(s.link))+" characters)", s.link,
			"send-result-link-what", func(ctx app.Context) { copyText(ctx, s.link, "send-result-link", "link", say) }),
		app.Span().ID("send-result-link-what").Class("visually-hidden").Text("the result link"),
		copyField("send-result-code", "send-result-copy-code", "Or the code alone, to paste in a chat ("+strconv.Itoa(len(s.code))+" characters)", s.code,
			"send-result-code-what", func(ctx app.Context) { copyText(ctx, s.code, "send-result-code", "code", say) }),
		app.Span().ID("send-result-code-what").Class("visually-hidden").Text("the result code"),
		app.If(s.qr != nil, func() app.UI {
			return qrFigure(s.qr, "send-result-qr", "QR code of your result link",
				app.FigCaption().Class("muted").Text("Or let your teacher scan it with a phone."))
		}),
	)
}
