package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// BarChart draws one horizontal bar per group, its label above it and its
// value in words after it (accuracy by fact kind and by question, cards
// by state). Each bar has a faint track of the full length behind it, so
// that an empty bar still shows.
type BarChart struct {
	app.Compo

	// ID names the chart's figure; its elements' ids start with it.
	ID string
	// Caption is shown above the chart; "" when a heading says it.
	Caption string
	// Title names the chart to a screen reader and captions its table.
	Title   string
	Summary string
	Bars    []Bar
	Table   chartTable
}

// Bar is one bar of a BarChart.
type Bar struct {
	Label string
	// Value out of Max gives the bar's length; Max 0 draws no bar.
	Value, Max float64
	// Text is the value in words, after the bar ("7 of 10, 70%").
	Text string
}

// The bar chart's geometry, in viewBox units: a row per bar, the label
// on the first line, the bar and its value on the second.
const (
	barW, barRow, barTrack = 320.0, 50.0, 190.0
	barHeight              = 16.0
)

func (c *BarChart) Render() app.UI {
	var shapes []app.UI
	for i, b := range c.Bars {
		top := barRow * float64(i)
		shapes = append(shapes,
			svgText(0, top+17, "bar-label", "start", b.Label),
			svgShape("rect", "track", "x", "0", "y", svgNum(top+25), "width", svgNum(barTrack), "height", svgNum(barHeight), "rx", "3"))
		if b.Max > 0 && b.Value > 0 {
			w := max(barTrack*min(b.Value/b.Max, 1), 2)
			shapes = append(shapes, svgShape("rect", "bar", "x", "0", "y", svgNum(top+25), "width", svgNum(w), "height", svgNum(barHeight), "rx", "3"))
		}
		shapes = append(shapes, svgText(barTrack+8, top+38, "bar-value", "start", b.Text))
	}
	h := barRow*float64(len(c.Bars)) + 4
	return chartFrame(c.ID, c.Caption, c.Title, c.Summary, chartSVG(c.ID, "bar-chart", barW, h, c.Title, c.Summary, shapes), c.Table)
}
