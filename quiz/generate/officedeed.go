package generate

import "strings"

// officeDeedOff switches the rule off (tests check they fail without it).
var officeDeedOff = false

// A question that shows a person signing bills into law, or vetoing
// them, tells which office the person holds among choices some of which
// sign no law ("Senator", "Ambassador"): "How many bills has Lind signed
// into law?" gives away "What office does Ana Lind hold?" (Governor).

// signsLaws reports a normalized prompt telling of signing or vetoing
// bills or laws.
func signsLaws(p string) bool {
	sign, law := false, false
	for w := range strings.FieldsSeq(p) {
		switch w {
		case "sign", "signs", "signed", "signing":
			sign = true
		case "veto", "vetoes", "vetoed", "vetoing":
			sign, law = true, true
		case "bill", "bills", "law", "laws", "legislation":
			law = true
		}
	}
	return sign && law
}

// lawSigner reports an office whose holder signs bills into law: a
// governor, a president (not a vice president) or a mayor. It runs only
// beside a prompt that signs laws (officeDeedGivesAway).
func lawSigner(office string) bool {
	o := strings.ToLower(office)
	if strings.Contains(o, "lieutenant") || strings.Contains(o, "deputy") || strings.Contains(o, "vice") {
		return false
	}
	return strings.Contains(o, "governor") || strings.Contains(o, "president") || strings.Contains(o, "mayor")
}

// officeDeedGivesAway reports normalized prompt pa naming person (by the
// surname) as signing laws, beside an office question whose answer
// signs laws and one of whose wrong choices does not.
func officeDeedGivesAway(pa, person, answer string, wrong []string) bool {
	if officeDeedOff || person == "" || !signsLaws(pa) || !lawSigner(answer) || !hasNormalWords(pa, surname(person)) {
		return false
	}
	for _, x := range wrong {
		if !lawSigner(x) {
			return true
		}
	}
	return false
}
