package generate

import (
	"slices"
	"strconv"
	"testing"
)

func TestScaledCounts(t *testing.T) {
	tests := []struct {
		n           int
		approximate bool
		h           uint32
		up, down    []int
	}{
		// The factor turns with the hash; the figure keeps the right one's
		// significant digits (two at least).
		{62, false, 0, []int{93, 120, 78, 190}, []int{31, 47, 50, 41}},
		{62, false, 1 << 3, []int{120, 78, 190, 93}, []int{31, 47, 50, 41}},
		{1400, false, 0, []int{2100, 2800, 1800, 4200}, []int{700, 1100, 1100, 930}},
		{100000, false, 1 << 7, []int{150000, 200000, 130000, 300000}, []int{75000, 80000, 67000, 50000}},
		// "about 300": nothing within a quarter of it, and round as it is
		// (250, not 230).
		{300, true, 0, []int{450, 600, 900}, []int{150, 250, 200}},
		// "nearly 30": 25 and 20, not 23.
		{30, true, 0, []int{45, 60, 90}, []int{15, 25, 20}},
		// "about 250" is not round to one digit: two significant digits.
		{250, true, 0, []int{380, 500, 750}, []int{130, 190, 170}},
	}
	for _, tt := range tests {
		up, down := scaledCounts(tt.n, tt.approximate, tt.h)
		if !slices.Equal(up, tt.up) || !slices.Equal(down, tt.down) {
			t.Errorf("scaledCounts(%d, %v, %d) = %v, %v; want %v, %v", tt.n, tt.approximate, tt.h, up, down, tt.up, tt.down)
		}
	}
}

// A false statement's figure must not give itself away by always being
// double or half the article's.
func TestWrongCountNotAlwaysDoubleOrHalf(t *testing.T) {
	doubledOrHalved, total := 0, 0
	for n := 20; n < 2000; n += 7 {
		text := strconv.Itoa(n) + " people"
		f := Fact{Kind: Count, Number: n, Noun: "people", Text: text, Sentence: "Officials said " + text + " were moved."}
		w := &writer{facts: []Fact{f}}
		c := w.wrongCount(0)
		if c == 0 || c == n {
			t.Fatalf("wrongCount for %d = %d", n, c)
		}
		total++
		if c == 2*n || c == n/2 || c == (n+1)/2 {
			doubledOrHalved++
		}
	}
	if 2*doubledOrHalved > total {
		t.Errorf("%d of %d false figures are double or half the right one", doubledOrHalved, total)
	}
}

func TestRoundHalfStep(t *testing.T) {
	for x, want := range map[int]int{7: 7, 13: 15, 23: 25, 150: 150, 225: 250, 449: 450, 2250: 2500, 266667: 250000, 999: 1000} {
		if got := roundHalfStep(x); got != want {
			t.Errorf("roundHalfStep(%d) = %d, want %d", x, got, want)
		}
	}
}
