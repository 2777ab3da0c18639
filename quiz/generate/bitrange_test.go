package generate

import "testing"

// bitRange must give what dayRange's four loops gave: the first and last
// set bit within lo..hi, lo and hi when none is set there.
func TestBitRange(t *testing.T) {
	loop := func(mask uint64, lo, hi int) (int, int) {
		a, b := lo, hi
		for k := lo; k <= hi; k++ {
			if mask&(1<<k) != 0 {
				a = k
				break
			}
		}
		for k := hi; k >= lo; k-- {
			if mask&(1<<k) != 0 {
				b = k
				break
			}
		}
		return a, b
	}
	masks := []uint64{0, 1, 1 << 1, 1 << 12, 1 << 13, 1<<3 | 1<<7, 1<<31 | 1<<32, 1 << 31, 1<<0 | 1<<13, ^uint64(0)}
	for _, m := range masks {
		for _, r := range [][2]int{{1, 12}, {1, 31}} {
			a, b := bitRange(m, r[0], r[1])
			wa, wb := loop(m, r[0], r[1])
			if a != wa || b != wb {
				t.Errorf("bitRange(%#x, %d, %d) = %d, %d; want %d, %d", m, r[0], r[1], a, b, wa, wb)
			}
		}
	}
}
