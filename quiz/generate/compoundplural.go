package generate

import "strings"

// Plurals made on an irregular one: "grandchildren", "great-grandchildren",
// "schoolchildren", "gunmen", "policemen", "fishermen", "businesswomen",
// "townspeople". isPlural reads them as it reads "children" and "men":
// "Four gunmen stormed the hotel" counts gunmen. Words in "-men" that are
// no plurals ("specimen", "abdomen", "Yemen") are left out by name.

// compoundPluralOff switches the rule off (tests check they fail without it).
var compoundPluralOff = false

// notMenPlurals end in "men" and are singular.
var notMenPlurals = setOf(`specimen|abdomen|regimen|acumen|omen|amen|yemen|semen|hymen|stamen|cyclamen|albumen|bitumen|germen|rumen|lumen|dolmen|gravamen|foramen|nomen|cognomen|ramen|examen|tegmen|carmen|hegumen`)

// compoundPlural reports a lower-case word that ends on an irregular
// plural after a first part: "grandchildren", "gunmen".
func compoundPlural(w string) bool {
	if compoundPluralOff || len(w) < 5 {
		return false
	}
	for _, plural := range [...]string{"children", "women", "people"} {
		if strings.HasSuffix(w, plural) {
			return len(w) > len(plural) // a first part before it
		}
	}
	return strings.HasSuffix(w, "men") && !notMenPlurals[strings.TrimPrefix(w, "-")] && !strings.ContainsAny(w, "’'")
}
