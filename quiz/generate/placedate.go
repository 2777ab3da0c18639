package generate

import "strings"

// openingDate is the date a place's sentence opens with ("In May 1918,
// de Valera was imprisoned in Lincoln"): "In which city was de Valera
// imprisoned?" without it asks of every imprisonment of his life, and
// another city may be right too. The question keeps it: "… imprisoned in
// May 1918?". Only "In DATE," openings that the page read as a date.
func (w *writer) openingDate(f Fact) string {
	s := strings.TrimSpace(f.Sentence)
	rest, ok := strings.CutPrefix(s, "In ")
	if !ok {
		return ""
	}
	d, _, ok := strings.Cut(rest, ",")
	if !ok || d == "" || len(d) > 30 {
		return ""
	}
	for _, g := range w.facts {
		if g.Kind == Date && g.sent == f.sent && g.Text == d {
			return d
		}
	}
	return ""
}
