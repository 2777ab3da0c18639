package ui

import (
	"strconv"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/format"
	"factquiz/quiz/share"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SharePanel is a quiz's Share action: a link that carries the whole quiz
// in its fragment (quiz/share), a Copy button and the link's QR code,
// drawn as SVG shapes. Nothing is sent anywhere: the link is made in the
// browser, and the fragment never reaches a server. A quiz too long for
// a link is offered as a file instead.
type SharePanel struct {
	app.Compo

	Quiz *quiz.Quiz

	open    bool
	link    string // the link, or "" when the quiz is too long for one
	linkErr string // why there is no link
	code    *share.QRCode
	qrErr   string // why there is no QR code
	status  string // said by the live region (copied, or how to copy)
}

func (s *SharePanel) toggle(ctx app.Context) {
	s.open = !s.open
	if s.open {
		s.makeLink()
	}
}

// OnUpdate makes the link again when the quiz changes under an open
// panel: on /new, a question left out or the title edited.
func (s *SharePanel) OnUpdate(ctx app.Context) {
	if s.open {
		s.makeLink()
	}
}

// makeLink makes the link and its QR code of the quiz.
func (s *SharePanel) makeLink() {
	if app.IsServer {
		return
	}
	s.link, s.linkErr, s.code, s.qrErr, s.status = "", "", nil, "", ""
	packed, err := share.Pack(s.Quiz)
	if err != nil {
		s.linkErr = "This quiz could not be packed into a link: " + err.Error()
		return
	}
	frag, _ := share.Encode(s.Quiz)
	if len(frag) > share.MaxFragment {
		s.linkErr = "This quiz is too long for a link (" + strconv.Itoa(len(frag)) + " characters; a link may hold " + strconv.Itoa(share.MaxFragment) + "). Share the file instead."
		return
	}
	base := sharedPageURL()
	s.link = base + "#" + frag
	if s.code, err = share.QR(base+"#", packed); err != nil {
		s.qrErr = err.Error()
	}
}

// sharedPageURL is the address of this deployment's /shared page.
func sharedPageURL() string {
	u := *app.Window().URL()
	u.Path, u.RawPath, u.RawQuery, u.Fragment, u.RawFragment = appPath("/shared"), "", "", "", ""
	return u.String()
}

// copyLink puts the link on the clipboard (copyText).
func (s *SharePanel) copyLink(ctx app.Context) {
	copyText(ctx, s.link, "share-link", "link", func(msg string) { s.status = msg })
}

// copyField is a read-only text field of id fieldID under its label,
// with a Copy button of id buttonID beside it; describedBy, when not "",
// names an element that tells which Copy this is to a screen reader.
func copyField(fieldID, buttonID, label, value, describedBy string, onCopy func(app.Context)) app.UI {
	button := app.Button().ID(buttonID).Class("button primary").Type("button").Text("Copy").
		OnClick(func(ctx app.Context, e app.Event) { onCopy(ctx) })
	if describedBy != "" {
		button = button.Aria("describedby", describedBy)
	}
	return app.Div().Body(
		app.Label().For(fieldID).Text(label),
		app.Div().Class("share-link-row").Body(
			app.Input().ID(fieldID).Class("share-link").Type("text").ReadOnly(true).Value(value).
				Attr("spellcheck", "false"),
			button,
		),
	)
}

// copyText puts text on the clipboard and says so; where the browser
// refuses (no clipboard API, an http page, a denied permission) it
// selects the text in the field of id fieldID so that Ctrl+C or the
// phone's Copy takes it. what names the text: "link", "code".
func copyText(ctx app.Context, text, fieldID, what string, say func(string)) {
	selectIt := func(ctx app.Context) {
		if el := app.Window().GetElementByID(fieldID); el.Truthy() {
			el.Call("focus")
			el.Call("select")
		}
		say("The " + what + " is selected: press Ctrl+C (or ⌘C) to copy it.")
	}
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		selectIt(ctx)
		return
	}
	var done, failed app.Func
	release := func() { done.Release(); failed.Release() }
	done = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { say(strings.ToUpper(what[:1]) + what[1:] + " copied.") })
		release()
		return nil
	})
	failed = app.FuncOf(func(app.Value, []app.Value) any {
		ctx.Dispatch(selectIt)
		release()
		return nil
	})
	clip.Call("writeText", text).Call("then", done, failed)
}

func (s *SharePanel) download(ctx app.Context) {
	var b strings.Builder
	if err := format.WriteNative(&b, s.Quiz); err == nil {
		err = saveTextAsFile(format.Slug(s.Quiz.Title)+".yaml", "application/yaml", b.String())
		if err != nil {
			s.status = "The file could not be saved: " + err.Error()
		}
	}
}

func (s *SharePanel) Render() app.UI {
	return app.Div().Class("share").Body(
		app.Button().ID("share").Class("button").Type("button").
			Aria("expanded", strconv.FormatBool(s.open)).Aria("controls", "share-panel").
			Text("Share this quiz").
			OnClick(func(ctx app.Context, e app.Event) { s.toggle(ctx) }),
		app.If(s.open, func() app.UI {
			return app.Section().ID("share-panel").Class("share-panel card").Aria("labelledby", "share-title").Body(
				app.H2().ID("share-title").Text("Share this quiz"),
				app.If(s.linkErr != "", func() app.UI {
					return app.Div().Body(
						app.P().ID("share-too-long").Text(s.linkErr),
						app.Button().ID("share-download").Class("button").Type("button").Text("Download the quiz as a file").
							OnClick(func(ctx app.Context, e app.Event) { s.download(ctx) }),
					)
				}).Else(func() app.UI {
					return app.Div().Body(
						app.P().Class("muted").Text("The whole quiz travels in this link, not through any server: anyone who opens it with Factquiz gets the quiz, even offline once the app is installed."),
						copyField("share-link", "share-copy", "Link ("+strconv.Itoa(len(s.link))+" characters)", s.link, "",
							func(ctx app.Context) { s.copyLink(ctx) }),
						s.renderQR(),
					)
				}),
				app.P().ID("share-status").Class("muted").Attr("role", "status").Aria("live", "polite").Text(s.status),
			)
		}),
	)
}

func (s *SharePanel) renderQR() app.UI {
	if s.code == nil {
		return app.P().ID("share-no-qr").Text(s.qrErr)
	}
	return qrFigure(s.code, "share-qr", "QR code of the link", app.If(s.code.Version > share.DenseVersion, func() app.UI {
		return app.FigCaption().ID("share-qr-dense").Text("A dense code (version " + strconv.Itoa(s.code.Version) + "): show it full-screen on the projector, or let learners come closer; a phone reads it best from a third of the screen's width or more.")
	}).Else(func() app.UI {
		return app.FigCaption().Class("muted").Text("Scan it with a phone's camera.")
	}))
}

// qrFigure draws a QR code as one SVG path on a white square, its <svg>
// of the given id labelled by its title (what, with the version and
// size), followed by caption.
func qrFigure(code *share.QRCode, id, what string, caption app.UI) app.UI {
	side := code.Size + 8 // the standard's quiet zone: 4 modules a side
	label := what + " (version " + strconv.Itoa(code.Version) + ", " + strconv.Itoa(code.Size) + " modules a side)"
	return app.Figure().Class("share-qr").Body(
		svgEl("svg").ID(id).Class("share-qr-svg").
			Attr("viewBox", "0 0 "+strconv.Itoa(side)+" "+strconv.Itoa(side)).
			Attr("role", "img").Aria("labelledby", id+"-label").
			Attr("shape-rendering", "crispEdges").
			Body(
				svgEl("title").ID(id+"-label").Text(label),
				svgEl("rect").Attr("width", strconv.Itoa(side)).Attr("height", strconv.Itoa(side)).Attr("fill", "#fff"),
				svgEl("path").Attr("d", qrPath(code)).Attr("fill", "#000"),
			),
		caption,
	)
}

// qrPath is the dark modules as one SVG path, a rectangle per run of
// dark modules in a row, offset by the quiet zone: one element, not
// thousands, for the browser to lay out.
func qrPath(c *share.QRCode) string {
	var b strings.Builder
	for y := 0; y < c.Size; y++ {
		for x := 0; x < c.Size; {
			if !c.Dark(x, y) {
				x++
				continue
			}
			run := 1
			for x+run < c.Size && c.Dark(x+run, y) {
				run++
			}
			b.WriteString("M" + strconv.Itoa(x+4) + " " + strconv.Itoa(y+4) + "h" + strconv.Itoa(run) + "v1h-" + strconv.Itoa(run) + "z")
			x += run
		}
	}
	return b.String()
}
