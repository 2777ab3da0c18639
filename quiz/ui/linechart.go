package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// LineChart draws percentages over time as a line through points, one
// point per value, evenly spaced in their order, the first and last
// labelled under the axis (scores of full attempts, oldest first).
type LineChart struct {
	app.Compo

	// ID names the chart's figure; its elements' ids start with it.
	ID string
	// Caption is shown above the chart; "" when a heading says it.
	Caption string
	// Title names the chart to a screen reader and captions its table.
	Title   string
	Summary string
	Points  []LinePoint
	Table   chartTable
}

// LinePoint is one value of a LineChart.
type LinePoint struct {
	// Label names the point under the axis ("2 Dec").
	Label string
	// Percent is the value, 0 to 100.
	Percent int
}

// The line chart's geometry, in viewBox units.
const (
	lineW, lineH                             = 320.0, 190.0
	lineLeft, lineRight, lineTop, lineBottom = 44.0, 14.0, 12.0, 30.0
)

func (c *LineChart) Render() app.UI {
	pw, ph := lineW-lineLeft-lineRight, lineH-lineTop-lineBottom
	x := func(i int) float64 {
		if len(c.Points) < 2 {
			return lineLeft + pw/2
		}
		return lineLeft + pw*float64(i)/float64(len(c.Points)-1)
	}
	y := func(p int) float64 { return lineTop + ph*(1-float64(min(max(p, 0), 100))/100) }

	var grid []app.UI
	for _, p := range []int{0, 50, 100} {
		grid = append(grid,
			svgEl("line").Class("grid").Attr("x1", svgNum(lineLeft)).Attr("x2", svgNum(lineW-lineRight)).
				Attr("y1", svgNum(y(p))).Attr("y2", svgNum(y(p))),
			svgText(lineLeft-6, y(p)+5, strconv.Itoa(p)+"%").Class("axis-label").Attr("text-anchor", "end"),
		)
	}
	path := ""
	for i, p := range c.Points {
		if i > 0 {
			path += " "
		}
		path += svgNum(x(i)) + "," + svgNum(y(p.Percent))
	}
	var labels []app.UI
	if n := len(c.Points); n > 0 {
		labels = append(labels, svgText(x(0), lineH-8, c.Points[0].Label).Class("axis-label").Attr("text-anchor", lineAnchor(n)))
		if n > 1 {
			labels = append(labels, svgText(x(n-1), lineH-8, c.Points[n-1].Label).Class("axis-label").Attr("text-anchor", "end"))
		}
	}
	return chartFrame(c.ID, c.Caption, c.Title, c.Summary, chartSVG(c.ID, "line-chart", lineW, lineH, c.Title, c.Summary,
		svgEl("g").Body(grid...),
		app.If(len(c.Points) > 1, func() app.UI {
			return svgEl("polyline").Class("line").Attr("points", path)
		}),
		svgEl("g").Body(app.Range(c.Points).Slice(func(i int) app.UI {
			return svgEl("circle").Class("point").Attr("cx", svgNum(x(i))).Attr("cy", svgNum(y(c.Points[i].Percent))).Attr("r", "5")
		})),
		svgEl("g").Body(labels...),
	), c.Table)
}

// lineAnchor places the first label under its point: centred when it is
// alone in the middle, else starting at it.
func lineAnchor(n int) string {
	if n == 1 {
		return "middle"
	}
	return "start"
}
