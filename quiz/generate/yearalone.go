package generate

import "slices"

// shareAnswerYear gives the right date d's year to one wrong date when
// the three wrong ones picked all share another year: "February 2020"
// among "March 2019", "July 2019" and "December 2019" is the one choice
// of its year, a cue to a learner who never read the article (set 24's
// close call). The wrong date farthest from d gives its place to d's
// month before or after (then two before or after) in d's year, if try
// takes it (every check a wrong date passes), on the day the farthest
// one had; else nothing changes.
func shareAnswerYear(d date, picked *[2][]date, need *[2]int, try func(date, int) bool, side func(date) int) {
	if d.year == 0 || d.year2 != 0 || d.month == 0 || d.day2 != 0 || len(picked[0])+len(picked[1]) != 3 {
		return
	}
	other, fs, fk, far := 0, -1, -1, -1
	for s := range picked {
		for k, e := range picked[s] {
			if e.year == 0 || e.year2 != 0 || e.year == d.year || other != 0 && e.year != other {
				return
			}
			other = e.year
			if gap := abs(dateKey(e) - dateKey(d)); gap > far {
				fs, fk, far = s, k, gap
			}
		}
	}
	old := picked[fs][fk]
	picked[fs] = slices.Delete(slices.Clone(picked[fs]), fk, fk+1)
	saved := *need
	*need = [2]int{len(picked[0]) + 1, len(picked[1]) + 1}
	defer func() { *need = saved }()
	for _, m := range []int{-1, 1, -2, 2} {
		e, ok := shiftMonths(d, m)
		// A day of its own: the day given up ("February 6" beside the
		// right "January 6" would share its day).
		if ok && e.day != 0 && old.day != 0 && old.day <= 28 {
			e.day = old.day
		}
		if ok && e.year == d.year && try(e, side(e)) {
			return
		}
	}
	picked[fs] = slices.Insert(picked[fs], fk, old)
}
