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
	h := barRow*float64(len(c.Bars)) + 4
	return chartFrame(c.ID, c.Caption, c.Title, c.Summary, chartSVG(c.ID, "bar-chart", barW, h, c.Title, c.Summary,
		app.Range(c.Bars).Slice(func(i int) app.UI {
			b := c.Bars[i]
			top := barRow * float64(i)
			w := 0.0
			if b.Max > 0 {
				w = barTrack * min(max(b.Value/b.Max, 0), 1)
			}
			return svgEl("g").Class("bar-row").Body(
				svgText(0, top+17, b.Label).Class("bar-label"),
				svgEl("rect").Class("track").Attr("x", "0").Attr("y", svgNum(top+25)).
					Attr("width", svgNum(barTrack)).Attr("height", svgNum(barHeight)).Attr("rx", "3"),
				app.If(w > 0, func() app.UI {
					return svgEl("rect").Class("bar").Attr("x", "0").Attr("y", svgNum(top+25)).
						Attr("width", svgNum(max(w, 2))).Attr("height", svgNum(barHeight)).Attr("rx", "3")
				}),
				svgText(barTrack+8, top+38, b.Text).Class("bar-value"),
			)
		}),
	), c.Table)
}
