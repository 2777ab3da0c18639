package generate

// ageAsideAt reports an age set off by commas at toks[i]: ", 57," in
// "find Nagin, 57, guilty on 20 counts". The clause goes on after it, so
// an object cut at its first comma is not the whole object: "did the jury
// take two days to find Nagin" drops "guilty" and says something else
// (held-out set 18 judged it bad).
func ageAsideAt(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].text != "," || toks[i+2].text != "," {
		return false
	}
	n := toks[i+1].text
	return len(n) <= 3 && allDigits(n)
}
