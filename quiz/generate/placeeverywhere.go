package generate

// placeEverywhere reports whether the article names the place of where-
// question fact fi (a country by its name or adjective: "Sweden",
// "Swedish") in at least placeEverywhereMin sentences besides the fact's
// own: the article is about that place, so its other questions and its
// title name it, and "In which country …?" answers itself (held-out set
// 18 judged "In which country did … prevent the coalition …?" bad beside
// "Swedish politics" and "Sweden Democrats", and New Orleans named in
// five sentences of a page on its mayor). Headlines count, furniture does
// not. It runs once per place fact asked, after the cheap checks, on
// the article's normalized sentences (normalSentence, made once).
func (w *writer) placeEverywhere(fi int, name string, gp *gazPlace) bool {
	f := w.facts[fi]
	forms := []string{normalize(name)}
	if f.PlaceKind == "country" && gp != nil {
		forms = countryNamesOf(gp.country)
	}
	n := 0
	for si, s := range w.sents {
		if si == f.sent || s.furniture {
			continue
		}
		t := w.normalSentence(si) // made once per article
		for _, form := range forms {
			if form != "" && hasWords(t, form) {
				n++
				break
			}
		}
		if n >= placeEverywhereMin {
			return true
		}
	}
	return false
}

// placeEverywhereMin is how many other sentences naming a place make the
// article about it. Two (a dateline-like opening and one more mention) do
// not: Melbourne and Tokyo, each named twice, were asked acceptably.
const placeEverywhereMin = 3
