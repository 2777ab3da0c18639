package generate

// ratioWords tie two numbers of a sentence by division: "496 runs in five
// innings at an average of 165.33", "120 km in three hours, 40 km per
// hour".
var ratioWords = setOf(`average|averages|averaged|averaging|per|apiece|mean|ratio`)

// ratioTied reports a sentence that holds a rate or an average beside
// the count at token c: a wrong count must change the rate with it, or the
// statement gives itself away as false ("1490 runs in five innings at an
// average of 165.33"), so no false count is stated there.
func ratioTied(toks []token, c int) bool {
	ratio, other := false, false
	for k, t := range toks {
		ratio = ratio || ratioWords[t.lower()]
		if k != c && t.isWord() && t.text[0] >= '0' && t.text[0] <= '9' {
			other = true
		}
	}
	return ratio && other
}
