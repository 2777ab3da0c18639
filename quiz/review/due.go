package review

import (
	"sort"
	"time"
)

// Due returns the active cards (not retired) due by now, the longest
// overdue first; cards due at the same time are in key order.
func Due(cards []Card, now time.Time) []Card {
	var out []Card
	for _, c := range cards {
		if c.Retired.IsZero() && !c.FSRS.Due.After(now) {
			out = append(out, c)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].FSRS.Due.Equal(out[j].FSRS.Due) {
			return out[i].FSRS.Due.Before(out[j].FSRS.Due)
		}
		return out[i].Key() < out[j].Key()
	})
	return out
}

// NextDue returns when the next active card comes due after now, and
// false when no active card is due after now.
func NextDue(cards []Card, now time.Time) (time.Time, bool) {
	var next time.Time
	found := false
	for _, c := range cards {
		d := c.FSRS.Due
		if !c.Retired.IsZero() || !d.After(now) {
			continue
		}
		if !found || d.Before(next) {
			next, found = d, true
		}
	}
	return next, found
}
