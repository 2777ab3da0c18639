package generate

// A count of a whole ("all 21 coaches of the train", "the 27 member
// states", "each of the 12 jurors", "its 150-seat parliament") is the
// size of one thing the article describes: tripled or halved it reads as
// absurd ("all 63 coaches" of one train, held-out set 17) and a learner
// throws it out without reading. Its false figures stay near it: a
// quarter or a third more or less, or one or two for a small count.

// wholeOpeners are the words before a number that make its noun a whole:
// "all 21", "the 21", "its 21", "all of the 21", "each of the 12".
var wholeOpeners = setOf(`all|the|its|their|these|those|whole|entire`)

// wholeCount reports a count stated as a whole: after one of
// wholeOpeners (itself after "all of", "each of", "every one of", "both
// of" or nothing), or a compound ("the 150-seat parliament").
func wholeCount(toks []token, c count) bool {
	if c.compound {
		return true
	}
	k := c.start - 1
	return k >= 0 && wholeOpeners[toks[k].lower()] && c.qualifier == ""
}

var (
	wholeFactorsUp   = [][2]int{{5, 4}, {4, 3}}
	wholeFactorsDown = [][2]int{{4, 5}, {3, 4}}
)

// wholeCounts are wrongCount's candidates for a whole of n: up and down
// by wholeFactors, rounded as scaledCounts rounds; n+2, n+1 and n-1, n-2
// under 20.
func wholeCounts(n int, h uint32) (up, down []int) {
	if n < 20 {
		return []int{n + 2, n + 1}, []int{n - 1, n - 2}
	}
	pick := func(fs [][2]int, k uint32) []int {
		var out []int
		for i := range fs {
			f := fs[(int(k)+i)%len(fs)]
			out = append(out, roundSignificant((n*f[0]+f[1]/2)/f[1], max(2, significantDigits(n))))
		}
		return out
	}
	return pick(wholeFactorsUp, h>>3), pick(wholeFactorsDown, h>>7)
}
