package ui

import (
	"net/url"
	"strings"

	"factquiz/quiz"
	"factquiz/quiz/richtext"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// questionFolder is where question files, and the pictures their
// formatted texts name, are served.
const questionFolder = "/questions/"

// RichText shows a text of a question with its formatting (bold, lists,
// pictures): the tree quiz/richtext reads from the question's safe
// HTML, built element by element. No HTML from a file ever reaches the
// page as HTML: every text is a text node, every picture's source is
// checked again here.
type RichText struct {
	app.Compo

	// Markup is the text's safe HTML (quiz.Question.Formatted).
	Markup string

	parsed string // the Markup that nodes were read from
	nodes  []richtext.Node
}

func (r *RichText) Render() app.UI {
	if r.nodes == nil || r.parsed != r.Markup {
		r.nodes, r.parsed = richtext.Parse(richtext.HTML, r.Markup).Nodes, r.Markup
	}
	return app.Span().Class("rich-text").Body(richNodes(r.nodes)...)
}

// questionText shows text, one of q's plain texts, with its formatting
// when it has some, else as the plain text it is.
func questionText(q quiz.Question, text string) app.UI {
	if m := q.Formatted(text); m != "" {
		return &RichText{Markup: m}
	}
	return app.Text(text)
}

func richNodes(nodes []richtext.Node) []app.UI {
	out := make([]app.UI, len(nodes))
	for i, n := range nodes {
		out[i] = richNode(n)
	}
	return out
}

func richNode(n richtext.Node) app.UI {
	switch n.Tag {
	case "":
		return app.Text(n.Text)
	case "br":
		return app.Br()
	case "img":
		src, ok := pictureURL(n.Src)
		if !ok {
			return app.Text(n.Alt)
		}
		img := app.Img().Src(appPath(src)).Alt(n.Alt).Class("rich-picture")
		if n.Alt == "" {
			// go-app drops an empty alt: say it is decoration.
			img = img.Attr("role", "presentation")
		}
		return img
	}
	kids := richNodes(n.Children)
	switch n.Tag {
	case "b":
		return app.B().Body(kids...)
	case "i":
		return app.I().Body(kids...)
	case "em":
		return app.Em().Body(kids...)
	case "strong":
		return app.Strong().Body(kids...)
	case "u":
		return app.U().Body(kids...)
	case "sub":
		return app.Sub().Body(kids...)
	case "sup":
		return app.Sup().Body(kids...)
	case "p":
		return app.P().Body(kids...)
	case "ul":
		return app.Ul().Body(kids...)
	case "ol":
		return app.Ol().Body(kids...)
	case "li":
		return app.Li().Body(kids...)
	case "code":
		return app.Code().Body(kids...)
	case "pre":
		return app.Pre().Body(kids...)
	}
	// Not an element the tree may hold: its words only.
	return app.Text(richtext.PlainText(n.Children))
}

// pictureURL is where the browser finds a picture: a data:image URL as
// it is, a path of the quiz's folder under questionFolder, each part
// escaped. ok is false for anything else.
func pictureURL(src string) (string, bool) {
	if !richtext.ImageSource(src) {
		return "", false
	}
	if strings.HasPrefix(strings.ToLower(src), "data:") {
		return src, true
	}
	parts := strings.Split(src, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return questionFolder + strings.Join(parts, "/"), true
}
