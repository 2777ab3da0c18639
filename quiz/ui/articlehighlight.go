//go:build !quizonly

package ui

import (
	"slices"
	"strings"
	"unicode/utf8"

	"factquiz/quiz/generate"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ArticleHighlight shows a pasted article with the facts the generator
// found marked in it: <mark class="fact-date|fact-leader|fact-count">,
// later mentions of a leader by surname included. The article is data:
// it is shown only through text nodes, never as HTML, and never reaches
// a prerendered attribute (the page is filled in the browser).
type ArticleHighlight struct {
	app.Compo

	Text  string
	Facts []generate.Fact
}

func (a *ArticleHighlight) Render() app.UI {
	spans := factSpans(a.Text, a.Facts)
	paras := articleParagraphs(a.Text)
	// The region scrolls when the article is long: it takes focus so that a
	// keyboard user can scroll it, and is named for screen readers.
	return app.Div().ID("article-highlight").Class("article-highlight").
		TabIndex(0).Attr("role", "region").Aria("label", "The article, with the facts found marked").Body(
		app.Range(paras).Slice(func(i int) app.UI {
			return app.P().Body(highlightedText(a.Text, paras[i], spans)...)
		}),
	)
}

// factSpan is a stretch of text to mark.
type factSpan struct {
	start, end int
	kind       generate.Kind
	mention    bool // a later mention of a leader ("Erdogan insisted")
}

// factSpans turns facts and their mentions into marks, in the order of
// the text. Spans that do not fit the text (out of range, cutting a
// character) or that overlap an earlier one are dropped: the generator
// is still changing, and a wrong offset must never break the page.
func factSpans(text string, facts []generate.Fact) []factSpan {
	var spans []factSpan
	for _, f := range facts {
		if validFactSpan(text, f.Start, f.End) {
			spans = append(spans, factSpan{f.Start, f.End, f.Kind, false})
		}
		for _, m := range f.Mentions {
			if validFactSpan(text, m.Start, m.End) {
				spans = append(spans, factSpan{m.Start, m.End, f.Kind, true})
			}
		}
	}
	slices.SortStableFunc(spans, func(a, b factSpan) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end // the longer first
	})
	out := spans[:0]
	last := 0
	for _, s := range spans {
		if s.start < last {
			continue
		}
		out = append(out, s)
		last = s.end
	}
	return out
}

// validFactSpan reports whether text[start:end] is a non-empty slice that
// begins and ends on character boundaries.
func validFactSpan(text string, start, end int) bool {
	return start >= 0 && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

// articleParagraphs splits text at blank lines and returns the byte range of
// each paragraph, without the white space around it.
func articleParagraphs(text string) [][2]int {
	var out [][2]int
	start := -1 // start of the current paragraph, -1 between articleParagraphs
	end := 0    // end of its last non-blank line
	for pos := 0; pos <= len(text); {
		nl := strings.IndexByte(text[pos:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = pos + nl
		}
		line := text[pos:lineEnd]
		if strings.TrimSpace(line) == "" {
			if start >= 0 {
				out = append(out, [2]int{start, end})
				start = -1
			}
		} else {
			if start < 0 {
				start = pos + (len(line) - len(strings.TrimLeft(line, " \t\r\f\v\u00a0\ufeff")))
			}
			end = pos + len(strings.TrimRight(line, " \t\r\f\v"))
		}
		if nl < 0 {
			break
		}
		pos = lineEnd + 1
	}
	if start >= 0 {
		out = append(out, [2]int{start, end})
	}
	return out
}

// highlightedText is the paragraph text[para[0]:para[1]] as text nodes and
// marks, a line break where the text has one.
func highlightedText(text string, para [2]int, spans []factSpan) []app.UI {
	var out []app.UI
	plain := func(s string) {
		for i, line := range strings.Split(s, "\n") {
			if i > 0 {
				out = append(out, app.Br())
			}
			if line = strings.TrimRight(line, "\r"); line != "" {
				out = append(out, app.Text(line))
			}
		}
	}
	pos := para[0]
	for _, s := range spans {
		start, end := max(s.start, para[0]), min(s.end, para[1])
		if start >= end || start < pos {
			continue
		}
		plain(text[pos:start])
		out = append(out, factMark(s.kind, s.mention, strings.Join(strings.Fields(text[start:end]), " ")))
		pos = end
	}
	plain(text[pos:para[1]])
	return out
}

// factMark marks one fact. Its kind is said in words as well as colour,
// to screen readers by a hidden label.
func factMark(kind generate.Kind, mention bool, text string) app.UI {
	label := factKindName(kind)
	if mention {
		label += ", mentioned again"
	}
	return app.Mark().Class(factClass(kind)).Body(
		app.Text(text),
		app.Span().Class("visually-hidden").Text(" ("+label+")"),
	)
}

// factClass is the stylesheet's class for a kind of fact.
func factClass(kind generate.Kind) string {
	switch kind {
	case generate.Date, generate.Leader, generate.Count, generate.Place, generate.Quote, generate.Actor:
		return "fact-" + string(kind)
	}
	return "fact-other"
}

// factKindName names a kind of fact in words.
func factKindName(kind generate.Kind) string {
	switch kind {
	case generate.Date:
		return "date"
	case generate.Leader:
		return "leader"
	case generate.Count:
		return "count"
	case generate.Place:
		return "place"
	case generate.Quote:
		return "quotation"
	case generate.Actor:
		return "who did what"
	}
	return "fact"
}
