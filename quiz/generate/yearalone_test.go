package generate

import (
	"strings"
	"testing"
)

// TestShareAnswerYear: when the three wrong dates share a year the right
// one does not have ("February 2020" among three months of 2019), one of
// them moves into the right one's year; wrong dates of two years, or no
// date of that year that passes the checks, are left alone.
func TestShareAnswerYear(t *testing.T) {
	month := func(m, y int) date { return date{form: formMonthYear, month: m, year: y} }
	right := month(2, 2020)
	for _, c := range []struct {
		name   string
		wrong  []date
		accept bool
		want   string // the wrong dates after, in order
	}{
		{"all in 2019", []date{month(3, 2019), month(7, 2019), month(12, 2019)}, true, "July 2019, December 2019, January 2020"},
		{"two years already", []date{month(3, 2019), month(12, 2019), month(6, 2020)}, true, "March 2019, December 2019, June 2020"},
		{"no date passes", []date{month(3, 2019), month(7, 2019), month(12, 2019)}, false, "March 2019, July 2019, December 2019"},
	} {
		var picked [2][]date
		side := func(e date) int {
			if dateKey(e) < dateKey(right) {
				return 0
			}
			return 1
		}
		for _, e := range c.wrong {
			picked[side(e)] = append(picked[side(e)], e)
		}
		need := [2]int{len(picked[0]), len(picked[1])}
		try := func(e date, s int) bool {
			if !c.accept || len(picked[s]) >= need[s] {
				return false
			}
			picked[s] = append(picked[s], e)
			return true
		}
		shareAnswerYear(right, &picked, &need, try, side)
		var got []string
		for _, ds := range picked {
			for _, e := range ds {
				got = append(got, e.text())
			}
		}
		if g := strings.Join(got, ", "); g != c.want {
			t.Errorf("%s: wrong dates %s, want %s", c.name, g, c.want)
		}
	}
}
