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
	shapes := []app.UI{
		svgShape("line", "grid", "x1", svgNum(colLeft), "x2", svgNum(colW-colRight), "y1", svgNum(y(top)), "y2", svgNum(y(top))),
		svgText(colLeft-6, y(top)+5, "axis-label", "end", strconv.Itoa(top)),
		svgShape("line", "axis", "x1", svgNum(colLeft), "x2", svgNum(colW-colRight), "y1", svgNum(y(0)), "y2", svgNum(y(0))),
		svgText(colLeft-6, y(0)+5, "axis-label", "end", "0"),
	}
	for i, col := range c.Columns {
		x := colLeft + slot*float64(i)
		if col.N > 0 {
			shapes = append(shapes, svgShape("rect", "column",
				"x", svgNum(x+slot*0.15), "y", svgNum(y(col.N)), "width", svgNum(slot*0.7), "height", svgNum(y(0)-y(col.N))))
		}
		if i%every == 0 {
			// The first label starts at its column, so as not to run off
			// the left edge; the others are centred under theirs.
			anchor := "middle"
			if i == 0 && len(c.Columns) > 1 {
				anchor = "start"
			}
			shapes = append(shapes,
				svgShape("line", "tick", "x1", svgNum(x+slot/2), "x2", svgNum(x+slot/2), "y1", svgNum(y(0)), "y2", svgNum(y(0)+4)),
				svgText(x+slot/2, colH-8, "axis-label", anchor, col.Label))
		}
	}
	return chartFrame(c.ID, c.Caption, c.Title, c.Summary, chartSVG(c.ID, "column-chart", colW, colH, c.Title, c.Summary, shapes), c.Table)
}
