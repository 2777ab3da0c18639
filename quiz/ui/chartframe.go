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

// svgText is an SVG <text> at x, y showing s as a text node.
func svgText(x, y float64, s string) app.HTMLElem {
	return svgEl("text").Attr("x", svgNum(x)).Attr("y", svgNum(y)).Text(s)
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
func chartSVG(id, class string, width, height float64, title, summary string, body ...app.UI) app.UI {
	label := title
	if summary != "" {
		label += ". " + summary
	}
	return svgEl("svg").
		Class("chart-svg", class).
		Attr("viewBox", "0 0 "+svgNum(width)+" "+svgNum(height)).
		Attr("role", "img").
		Aria("labelledby", id+"-label").
		Body(append([]app.UI{svgEl("title").ID(id + "-label").Text(label)}, body...)...)
}

// chartFrame is a chart with its caption (none when the section's heading
// says it), a sentence saying what it shows and, under "Show the
// numbers", the table of its data, captioned with the chart's title.
func chartFrame(id, caption, title, summary string, svg app.UI, table chartTable) app.UI {
	return app.Figure().ID(id).Class("chart").Body(
		app.If(caption != "", func() app.UI {
			return app.FigCaption().Class("chart-title").Text(caption)
		}),
		svg,
		app.P().Class("chart-summary").Text(summary),
		app.Details().Class("chart-data").Body(
			app.Summary().Text("Show the numbers"),
			// A table wider than a phone scrolls; the keyboard can too.
			app.Div().Class("table-scroll").TabIndex(0).Role("region").Aria("labelledby", id+"-caption").Body(
				app.Table().Class("history").Body(
					app.Caption().ID(id+"-caption").Class("visually-hidden").Text(title),
					app.THead().Body(app.Tr().Body(
						app.Range(table.Head).Slice(func(i int) app.UI {
							return app.Th().Scope("col").Text(table.Head[i])
						}),
					)),
					app.TBody().Body(
						app.Range(table.Rows).Slice(func(i int) app.UI {
							row := table.Rows[i]
							return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
								if j == 0 {
									return app.Th().Scope("row").Text(row[j])
								}
								return app.Td().Text(row[j])
							}))
						}),
					),
				),
			),
		),
	)
}
