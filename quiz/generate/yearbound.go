package generate

// boundYear is a year written just after a date by "to", "through" or
// "until" that the reader of dates took for no date of its own: "fell to
// 29 million tonnes in 2018 to 2019". A wrong year for the blank must keep
// its side of it: "in _____ to 2019" rules out 2021 without reading.
func boundYear(toks []token, d date) (date, bool) {
	if d.end+1 >= len(toks) || !toks[d.end].is("to", "through", "until", "till") {
		return date{}, false
	}
	y := yearNumber(toks[d.end+1])
	if y == 0 || !yearToken(toks[d.end+1]) {
		return date{}, false
	}
	return date{form: formYear, year: y}, true
}
