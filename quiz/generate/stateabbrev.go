package generate

import "strings"

// American news writes the state after a town in its abbreviated form:
// AP style in prose and datelines ("Foxboro, Mass.", "Tipton, Tenn.,
// on Monday", "Wheeling, W.Va."), postal codes in some ("Plano, TX").
// Read there, right after a place and its comma, the abbreviation is the
// state the town lies in, as "Huntsville, Alabama" is: the town can be
// asked with the state as its parent, and a town named like a capital
// elsewhere ("Panama City, Fla.", "Birmingham, Ala.") is the state's.
// Nowhere else is such a word read as a state: "Mass" is a service,
// "Miss" a title, "Ind." an independent, "Wash." a word.

// apStates maps the AP abbreviations (and a few older forms) to the
// gazetteer's names of the states.
var apStates = pairsOf(`Ala=Alabama|Ariz=Arizona|Ark=Arkansas|Calif=California|Cal=California|Colo=Colorado|Conn=Connecticut|
Del=Delaware|Fla=Florida|Ga=Georgia|Ill=Illinois|Ind=Indiana|Kan=Kansas|Kans=Kansas|Ky=Kentucky|La=Louisiana|Md=Maryland|
Mass=Massachusetts|Mich=Michigan|Minn=Minnesota|Miss=Mississippi|Mo=Missouri|Mont=Montana|Neb=Nebraska|Nebr=Nebraska|
Nev=Nevada|N.H.=New Hampshire|N.J.=New Jersey|N.M.=New Mexico|N.Y.=New York State|N.C.=North Carolina|N.D.=North Dakota|
Okla=Oklahoma|Ore=Oregon|Oreg=Oregon|Pa=Pennsylvania|Penn=Pennsylvania|R.I.=Rhode Island|S.C.=South Carolina|
S.D.=South Dakota|Tenn=Tennessee|Tex=Texas|Vt=Vermont|Va=Virginia|Wash=Washington State|Wis=Wisconsin|Wisc=Wisconsin|
Wyo=Wyoming`)

// postalStates maps the two-letter postal codes to the states.
var postalStates = pairsOf(`AL=Alabama|AK=Alaska|AZ=Arizona|AR=Arkansas|CA=California|CO=Colorado|CT=Connecticut|DE=Delaware|
FL=Florida|GA=Georgia|HI=Hawaii|ID=Idaho|IL=Illinois|IN=Indiana|IA=Iowa|KS=Kansas|KY=Kentucky|LA=Louisiana|ME=Maine|
MD=Maryland|MA=Massachusetts|MI=Michigan|MN=Minnesota|MS=Mississippi|MO=Missouri|MT=Montana|NE=Nebraska|NV=Nevada|
NH=New Hampshire|NJ=New Jersey|NM=New Mexico|NY=New York State|NC=North Carolina|ND=North Dakota|OH=Ohio|OK=Oklahoma|
OR=Oregon|PA=Pennsylvania|RI=Rhode Island|SC=South Carolina|SD=South Dakota|TN=Tennessee|TX=Texas|UT=Utah|VT=Vermont|
VA=Virginia|WA=Washington State|WV=West Virginia|WI=Wisconsin|WY=Wyoming`)

// stateAbbrevAt reads an abbreviated US state at toks[k], right after a
// place name and its comma ("Foxboro, Mass."): it returns the state and
// the index after the abbreviation (its dot included), or nil.
func stateAbbrevAt(toks []token, k int) (*gazPlace, int) {
	if k < 2 || k >= len(toks) || toks[k-1].text != "," || !toks[k-2].cap() || !toks[k].isWord() {
		return nil, k
	}
	t := toks[k]
	glued := func(j int) bool { return j < len(toks) && toks[j].start == toks[j-1].end }
	name, end := "", k
	switch {
	case strings.Count(t.text, ".") == 2 && len(t.text) == 4:
		// "N.Y.", "R.I.": one token with its dots.
		name, end = apStates[t.text], k+1
	case t.text == "W" && glued(k+1) && toks[k+1].text == "." && glued(k+2) && k+3 < len(toks) && toks[k+2].text == "Va" && glued(k+3) && toks[k+3].text == ".":
		name, end = "West Virginia", k+4 // "W.Va."
	case glued(k+1) && toks[k+1].text == ".":
		// "Mass." with its dot: the word alone is no state ("attended
		// Mass", "Miss Reeve").
		name, end = apStates[t.text], k+2
	case len(t.text) == 2 && isUpperWord(t.text) && !isUpperWord(toks[k-2].text):
		// "Plano, TX": a postal code after a town written in lower case
		// (in a text in capitals "PARIS, OR" may be a word).
		if k+1 < len(toks) && !toks[k+1].punct {
			return nil, k
		}
		name, end = postalStates[t.text], k+1
	}
	if name == "" {
		return nil, k
	}
	gp := places().lookupKind(name, "region")
	if gp == nil {
		return nil, k
	}
	return gp, end
}

// cityOfParent is the city gp as the state or country written after it
// at toks[b] places it: "Birmingham, Ala." is Alabama's Birmingham, not
// England's; a city the gazetteer lists elsewhere only ("Panama City,
// Fla.", "Paris, Texas") is a city of that parent the gazetteer does not
// know. After a name both a country's and a state's ("Athens, Georgia")
// the city stays as the gazetteer has it.
func cityOfParent(gp *gazPlace, text string, toks []token, b int) *gazPlace {
	if gp == nil || gp.kind != "city" {
		return gp
	}
	parent, _ := placeParent(text, toks, b)
	g := places()
	if parent == nil || gp.parent == parent.name || g.within(gp, parent) {
		return gp
	}
	// "Athens, Georgia": a name both a country's and a state's says too
	// little to move the city (the two share their cities' parent name).
	if g.lookupKind(parent.name, "region") != nil && g.lookupKind(parent.name, "country") != nil {
		return gp
	}
	for _, c := range g.byName[gp.name] {
		if c.kind == "city" && (c.parent == parent.name || g.within(c, parent)) {
			return c
		}
	}
	return &gazPlace{name: gp.name, kind: "city", parent: parent.name, country: parent.country, region: parent.region, continent: parent.continent}
}
