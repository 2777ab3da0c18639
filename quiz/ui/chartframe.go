package ui

import (
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The charts of the Progress page are SVG drawn with go-app elements,
// each created in the SVG namespace (go-app calls createElementNS for an
// element with an XMLNS). They scale to the width of the page (viewBox,
// width 100% in app.css), take their colours from the stylesheet's custom
// properties (light and dark mode) and are one image to a screen reader
// (role="img" named by the chart's <title>), with the same figures in a
// sentence and a table beside them (chartFrame).

const svgNS = "http://www.w3.org/2000/svg"

// svgEl is an SVG element.
func svgEl(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// svgShape is an SVG element of a class with attributes given as name,
// value pairs. (One call in a loop rather than a chain of Attr calls per
// shape: the charts' share of app.wasm is smaller so.)
func svgShape(tag, class string, attrs ...string) app.UI {
	e := svgEl(tag).Class(class)
	for i := 0; i+1 < len(attrs); i += 2 {
		e = e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// svgText is an SVG <text> of a class at x, y, anchored ("start",
// "middle", "end"), showing s as a text node.
func svgText(x, y float64, class, anchor, s string) app.UI {
	return svgEl("text").Class(class).Attr("x", svgNum(x)).Attr("y", svgNum(y)).Attr("text-anchor", anchor).Text(s)
}

// svgNum writes a coordinate with at most one decimal.
func svgNum(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }

// chartTable is the data of a chart as a table: its column headings and
// rows of cells, all shown as text.
type chartTable struct {
	Head []string
	Rows [][]string
}

// chartSVG is the chart's <svg>: an image named by its first child, a
// <title> holding the chart's title and summary.
func chartSVG(id, class string, width, height float64, title, summary string, shapes []app.UI) app.UI {
	label := title
	if summary != "" {
		label += ". " + summary
	}
	return svgEl("svg").
		Class("chart-svg", class).
		Attr("viewBox", "0 0 "+svgNum(width)+" "+svgNum(height)).
		Attr("role", "img").
		Aria("labelledby", id+"-label").
		Body(append([]app.UI{svgEl("title").ID(id + "-label").Text(label)}, shapes...)...)
}

// chartFrame is a chart with its caption (none when the section's heading
// says it), a sentence saying what it shows and, under "Show the
// numbers", the table of its data, captioned with the chart's title.
func chartFrame(id, caption, title, summary string, svg app.UI, table chartTable) app.UI {
	head := make([]app.UI, len(table.Head))
	for i, h := range table.Head {
		head[i] = app.Th().Scope("col").Text(h)
	}
	rows := make([]app.UI, len(table.Rows))
	for i, row := range table.Rows {
		cells := make([]app.UI, len(row))
		for j, cell := range row {
			if j == 0 {
				cells[j] = app.Th().Scope("row").Text(cell)
			} else {
				cells[j] = app.Td().Text(cell)
			}
		}
		rows[i] = app.Tr().Body(cells...)
	}
	var figcaption app.UI
	if caption != "" {
		figcaption = app.FigCaption().Class("chart-title").Text(caption)
	}
	return app.Figure().ID(id).Class("chart").Body(
		figcaption,
		svg,
		app.P().Class("chart-summary").Text(summary),
		// <details> and <summary> through app.Elem, which the charts use
		// anyway: go-app's own types for them would add their every method
		// to app.wasm.
		app.Elem("details").Class("chart-data").Body(
			app.Elem("summary").Text("Show the numbers"),
			// A table wider than a phone scrolls; the keyboard can too.
			app.Div().Class("table-scroll").TabIndex(0).Role("region").Aria("labelledby", id+"-caption").Body(
				app.Table().Class("history").Body(
					app.Caption().ID(id+"-caption").Class("visually-hidden").Text(title),
					app.THead().Body(app.Tr().Body(head...)),
					app.TBody().Body(rows...),
				),
			),
		),
	)
}
