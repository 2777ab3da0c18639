package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ColumnChart draws counts as columns side by side, one per day, with
// the label of every Every-th column under the axis (reviews due per day
// over the next 30 days). A day with nothing keeps its place, without a
// column.
type ColumnChart struct {
	app.Compo

	// ID names the chart's figure; its elements' ids start with it.
	ID string
	// Caption is shown above the chart; "" when a heading says it.
	Caption string
	// Title names the chart to a screen reader and captions its table.
	Title   string
	Summary string
	Columns []Column
	// Every is how often a column's label is shown (7: once a week).
	Every int
	Table chartTable
}

// Column is one column of a ColumnChart.
type Column struct {
	Label string // under the axis ("Today", "9 Dec")
	N     int
}

// The column chart's geometry, in viewBox units.
const (
	colW, colH                           = 320.0, 180.0
	colLeft, colRight, colTop, colBottom = 30.0, 8.0, 14.0, 30.0
)

func (c *ColumnChart) Render() app.UI {
	top := 1
	for _, col := range c.Columns {
		top = max(top, col.N)
	}
	pw, ph := colW-colLeft-colRight, colH-colTop-colBottom
	slot := pw / float64(max(len(c.Columns), 1))
	y := func(n int) float64 { return colTop + ph*(1-float64(n)/float64(top)) }
	every := max(c.Every, 1)
	return chartFrame(c.ID, c.Caption, c.Title, c.Summary, chartSVG(c.ID, "column-chart", colW, colH, c.Title, c.Summary,
		svgEl("line").Class("grid").Attr("x1", svgNum(colLeft)).Attr("x2", svgNum(colW-colRight)).Attr("y1", svgNum(y(top))).Attr("y2", svgNum(y(top))),
		svgText(colLeft-6, y(top)+5, strconv.Itoa(top)).Class("axis-label").Attr("text-anchor", "end"),
		svgEl("line").Class("axis").Attr("x1", svgNum(colLeft)).Attr("x2", svgNum(colW-colRight)).Attr("y1", svgNum(y(0))).Attr("y2", svgNum(y(0))),
		svgText(colLeft-6, y(0)+5, "0").Class("axis-label").Attr("text-anchor", "end"),
		app.Range(c.Columns).Slice(func(i int) app.UI {
			col := c.Columns[i]
			x := colLeft + slot*float64(i)
			return svgEl("g").Body(
				app.If(col.N > 0, func() app.UI {
					return svgEl("rect").Class("column").Attr("x", svgNum(x+slot*0.15)).Attr("y", svgNum(y(col.N))).
						Attr("width", svgNum(slot*0.7)).Attr("height", svgNum(y(0)-y(col.N)))
				}),
				app.If(i%every == 0, func() app.UI {
					return svgEl("g").Body(
						svgEl("line").Class("tick").Attr("x1", svgNum(x+slot/2)).Attr("x2", svgNum(x+slot/2)).
							Attr("y1", svgNum(y(0))).Attr("y2", svgNum(y(0)+4)),
						svgText(x+slot/2, colH-8, col.Label).Class("axis-label").Attr("text-anchor", columnAnchor(i, len(c.Columns))),
					)
				}),
			)
		}),
	), c.Table)
}

// columnAnchor keeps the first label from running off the left edge.
func columnAnchor(i, n int) string {
	if i == 0 && n > 1 {
		return "start"
	}
	return "middle"
}
