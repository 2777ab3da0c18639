package generate

import "testing"

// TestCenturyOrder: a century and a year inside it are not ordered.
func TestCenturyOrder(t *testing.T) {
	c := centuryDate(18, "", 0, 0)
	for _, tc := range []struct {
		y, want int
	}{{1750, 0}, {1701, 0}, {1800, 0}, {1650, 1}, {1815, -1}} {
		if got := dateOrder(c, date{form: formYear, year: tc.y}); got != tc.want {
			t.Errorf("18th century vs %d: %d, want %d", tc.y, got, tc.want)
		}
	}
}
