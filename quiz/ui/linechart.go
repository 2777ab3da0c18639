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
	n := len(c.Points)
	x := func(i int) float64 {
		if n < 2 {
			return lineLeft + pw/2
		}
		return lineLeft + pw*float64(i)/float64(n-1)
	}
	y := func(p int) float64 { return lineTop + ph*(1-float64(min(max(p, 0), 100))/100) }

	var shapes []app.UI
	for _, p := range []int{0, 50, 100} {
		shapes = append(shapes,
			svgShape("line", "grid", "x1", svgNum(lineLeft), "x2", svgNum(lineW-lineRight), "y1", svgNum(y(p)), "y2", svgNum(y(p))),
			svgText(lineLeft-6, y(p)+5, "axis-label", "end", strconv.Itoa(p)+"%"))
	}
	path := ""
	for i, p := range c.Points {
		if i > 0 {
			path += " "
		}
		path += svgNum(x(i)) + "," + svgNum(y(p.Percent))
	}
	if n > 1 {
		shapes = append(shapes, svgShape("polyline", "line", "points", path))
	}
	for i, p := range c.Points {
		shapes = append(shapes, svgShape("circle", "point", "cx", svgNum(x(i)), "cy", svgNum(y(p.Percent)), "r", "5"))
	}
	switch {
	case n == 1:
		// Alone in the middle: its label is centred under it.
		shapes = append(shapes, svgText(x(0), lineH-8, "axis-label", "middle", c.Points[0].Label))
	case n > 1:
		shapes = append(shapes,
			svgText(x(0), lineH-8, "axis-label", "start", c.Points[0].Label),
			svgText(x(n-1), lineH-8, "axis-label", "end", c.Points[n-1].Label))
	}
	return chartFrame(c.ID, c.Caption, c.Title, c.Summary, chartSVG(c.ID, "line-chart", lineW, lineH, c.Title, c.Summary, shapes), c.Table)
}
