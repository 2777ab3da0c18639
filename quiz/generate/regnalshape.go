package generate

import "strings"

// regnalOdd reports a right answer set apart from every wrong choice by
// a regnal number: "Edward" among "Henry II" and "Philip II" (or "Edward
// III" among "Henry" and "Philip") is picked by its form alone.
func regnalOdd(right string, wrong []string) bool {
	if len(wrong) == 0 {
		return false
	}
	r := regnalName(right)
	for _, x := range wrong {
		if regnalName(x) == r {
			return false
		}
	}
	return true
}

// regnalName reports a name ending in a regnal number ("Henry II").
func regnalName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	return i > 0 && romanNumeral(strings.TrimSuffix(name[i+1:], ".")) && name[i+1:] != ""
}
