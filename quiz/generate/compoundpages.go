package generate

import "strconv"

// A bill's or a report's length as a compound adjective: "the
// 2,741-page bill" gives "How many pages did the bill have?". Figures
// written with a thousands comma are read too (never a year, so the
// ceiling of compoundCount that keeps years out does not apply).

// compoundPagesOff switches the rule off (tests check they fail without it).
var compoundPagesOff = false

// compoundPageUnit reports "page" as a compound's unit.
func compoundPageUnit(unit string) bool {
	return !compoundPagesOff && unit == "page"
}

// commaFigure parses a figure with thousands commas ("2,741"); ok is
// false for anything else, and for any figure when the rule is off.
func commaFigure(s string) (int, bool) {
	if compoundPagesOff || len(s) < 5 || s[0] == '0' {
		return 0, false
	}
	digits := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ',' {
			// Groups of three after each comma.
			if (len(s)-i-1)%4 != 3 {
				return 0, false
			}
			continue
		}
		if c < '0' || c > '9' {
			return 0, false
		}
		digits = append(digits, c)
	}
	if len(digits) == len(s) {
		return 0, false
	}
	v, err := strconv.Atoi(string(digits))
	return v, err == nil
}
