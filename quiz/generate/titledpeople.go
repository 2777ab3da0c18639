package generate

import "strings"

// personNouns are nouns of people written before a name, as a title is:
// "Briton Andy Murray", "Frenchman Paul Durand".
var personNouns = setOf(`Briton|Frenchman|Frenchwoman|Englishman|Englishwoman|Dutchman|Scotsman|Welshman|Irishman|Spaniard|Swede|Dane|Finn|Pole|Scot|Kiwi`)

// nameLeadWords are words in lower case after which a full name is a
// person's more often than a place's: "led by Anthony Albanese", "level
// with Pete Sampras", "Asafa Powell and Yohan Blake".
var nameLeadWords = setOf(`by`)

// titledPeople are the people the article names in full right after a
// title, a rank or a noun of people ("Major General George Pickett",
// "Mayor Ann Ode", "Briton Andy Murray"), in the order of the text, for
// the wrong choices of a doer question: newActorCtx reads a name only
// after a word in lower case, and a title is capitalised. A title in the
// possessive ("the Queen's") names no one, and matchTitle refuses it.
func titledPeople(text string, sents []sentence) []string {
	var out []string
	for _, s := range sents {
		if s.headline {
			continue
		}
		for i := 0; i+2 < len(s.toks); i++ {
			t := s.toks[i]
			e := 0
			switch {
			case nameLeadWords[t.text]:
				e = i + 1
			case !t.cap():
				continue
			case honorifics[strings.TrimSuffix(t.text, ".")]:
				e = i // personAt reads past "General", "Sir"
			case personNouns[t.text] || t.poss || pluralNationality(t.text) || nationalities[t.text] != "":
				e = i + 1 // "Briton Andy Murray", "Norway’s Karsten Warholm", "American Jim Furyk"
			default:
				if title, k := matchTitle(s.toks, i, false); title != "" {
					e = k
				}
			}
			if e > 0 && e < len(s.toks) && pluralNationality(s.toks[e].text) {
				e++
			}
			if e == 0 && !honorifics[strings.TrimSuffix(t.text, ".")] || e >= len(s.toks) || !s.toks[e].cap() {
				continue
			}
			name, end := personAt(text, s.toks, e)
			// "Sheriff Bill Hollenbeck's deputies" is still Bill
			// Hollenbeck; a name that runs on into more capitals ("Judge
			// Ann Ode Court") is not read.
			if name == "" || end < len(s.toks) && s.toks[end].cap() && !s.toks[end-1].poss {
				continue
			}
			out = append(out, strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"))
			i = end - 1
		}
	}
	return out
}

// pluralNationality: "Americans" in "fellow Americans Matt Kuchar and …".
func pluralNationality(w string) bool {
	n, ok := strings.CutSuffix(w, "s")
	return ok && nationalities[n] != ""
}
