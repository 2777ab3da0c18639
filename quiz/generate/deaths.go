package generate

// An obituary quotes the living about the dead: "He was a giant of his
// age," said X of the man who died. Offered as a wrong speaker of those
// words, the dead man is set aside by any learner (he cannot have paid
// himself a tribute), and stated falsely as their speaker, the statement
// reads as absurd. So a person whose death the article reports is no
// wrong speaker. (He stays the answer where the article quotes him.)

// deathWords follow a name to report its death: "Prescott died",
// "Paxton, 61, dies", "Smith has died", "Jones was found dead".
var deathWords = map[string]bool{"died": true, "dies": true, "dead": true}

// nameBeforeDeath are the words that may stand between a name and its
// death word: an age in commas, an auxiliary ("has died", "was found
// dead", "is dead").
var nameBeforeDeath = map[string]bool{
	",": true, "aged": true, "who": true, "has": true, "had": true, "have": true,
	"was": true, "is": true, "were": true, "found": true, "reportedly": true,
	"suddenly": true, "peacefully": true,
}

// diedInArticle reports whether the article says person (a full name)
// died: the name, or its surname alone, before a death word ("Prescott,
// 86, died", "has died", "passed away") or after "death of" / before
// "'s death".
func (w *writer) diedInArticle(person string) bool {
	if w.died == nil {
		w.died = map[string]bool{}
	}
	if d, ok := w.died[person]; ok {
		return d
	}
	d := w.readDeath(person)
	w.died[person] = d
	return d
}

func (w *writer) readDeath(person string) bool {
	surname := lastWord(person)
	if surname == "" {
		return false
	}
	for si := range w.sents {
		ts := w.sents[si].toks
		for i := range ts {
			if ts[i].text != surname {
				continue
			}
			if ts[i].poss && i+1 < len(ts) && ts[i+1].is("death", "funeral", "obituary") {
				return true
			}
			if deathAfter(ts, i+1) {
				return true
			}
			// "the death of John Prescott": the name's first word after "of".
			first := i
			for first > 0 && ts[first-1].cap() && !ts[first-1].punct {
				first--
			}
			if first >= 2 && ts[first-1].is("of") && ts[first-2].is("death", "funeral") {
				return true
			}
		}
	}
	return false
}

// deathAfter reports a death word at ts[k] or after a few words that may
// stand between a name and it (an age in commas, an auxiliary).
func deathAfter(ts []token, k int) bool {
	for j := k; j < len(ts) && j < k+5; j++ {
		t := &ts[j]
		switch {
		case deathWords[t.lower()]:
			return true
		case t.is("passed") && j+1 < len(ts) && ts[j+1].is("away"):
			return true
		case nameBeforeDeath[t.lower()] || len(t.text) <= 3 && allDigits(t.text): // an age
			continue
		}
		return false
	}
	return false
}
