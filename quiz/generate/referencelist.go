package generate

import "strings"

// Page furniture at a page's end that is no story: a contact line ("For
// more information contact the county's press office at …") and a
// reference list ("Literature", "References", "Bibliography") whose
// entries ("A. Author (Eds.): Title, 1789–1978. Volume 2, …") read as
// sentences with dates and names (held-out set 21: an office read from a
// contact line's place name, a fill-in on a book's title).

// contactOpeners open a contact line, lower-cased.
var contactOpeners = []string{"for more information", "for further information", "for more details", "for further details", "media contact", "press contact", "media inquiries", "media enquiries"}

// referenceHeadings are the headings of a reference list, lower-cased.
var referenceHeadings = setOf(`references|bibliography|literature|further reading|sources|works cited|citations|footnotes|notes and references|external links|web links`)

// markReferenceEnd marks furniture each contact line, and ends the story
// at a reference list's heading on a line of its own: the heading and
// every sentence after it are furniture.
func markReferenceEnd(text string, sents []sentence) {
	for i := range sents {
		s := &sents[i]
		line := text[s.start:s.end]
		for _, o := range contactOpeners {
			if len(line) >= len(o) && strings.EqualFold(line[:len(o)], o) {
				s.furniture, s.headline = true, true
			}
		}
		if i == 0 || !headingLine(sents, i, 4) { // sidebarend.go
			continue
		}
		h := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(line), ":"))
		// "Literature" and "Sources" also head a section of the story
		// (a country's literature): a list's bullet must follow them.
		if referenceHeadings[h] && (h != "literature" && h != "sources" || i+1 < len(sents) && listBullet(sents[i+1].toks[0].text)) {
			for k := i; k < len(sents); k++ {
				sents[k].furniture, sents[k].headline = true, true
			}
			return
		}
	}
}

// placeNameWords follow a possessive in a place's name: "Prince
// George's County", "King's Lynn"-like names read as a title and a name.
var placeNameWords = setOf(`County|Island|Islands|Bay|Sound|Parish|Land|Park|Town|Point|Harbour|Harbor|Lake|Valley|Hill|Heights|Cove|Inlet|Creek|Channel|Strait`)

// possessivePlace reports the name toks[ns:ne], after a title, as part of
// a place's name: possessive and followed by a place's word ("Prince
// George's County"). A title word inside a place's name is no office.
func possessivePlace(toks []token, ns, ne int) bool {
	return ne > ns && ne < len(toks) && toks[ne-1].poss && (placeNameWords[toks[ne].text] || buildingWords[toks[ne].text])
}

// listBullet reports a list's bullet.
func listBullet(t string) bool {
	return t == "•" || t == "-" || t == "*" || t == "·" || t == "–"
}
