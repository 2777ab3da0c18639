package generate

// deedIndex holds where each word of the article stands (its lower
// case → sentence and token indexes), made on first use and once per
// article (speed19c): deedOfAnother looks up the forms of each actor
// question's verb there instead of reading every token of the article
// for each question.
type deedIndex struct {
	sents []sentence
	at    map[string][][2]int32
	heads []*token // each sentence's first token when indexed
	lens  []int    // and its length
}

// current reports whether the tokens indexed are the sentences' own
// still: a statement written with a pronoun's referent (withReferent)
// reads a copy of its sentence, with names for the pronoun, which
// deedOfAnother then reads token by token as before.
func (ix *deedIndex) current() bool {
	if ix.at == nil {
		return true
	}
	for si := range ix.sents {
		if toks := ix.sents[si].toks; len(toks) != ix.lens[si] || len(toks) > 0 && &toks[0] != ix.heads[si] {
			return false
		}
	}
	return true
}

// positions lists where the word of lower case low stands.
func (ix *deedIndex) positions(low string) [][2]int32 {
	if ix.at == nil {
		ix.at = map[string][][2]int32{}
		ix.heads, ix.lens = make([]*token, len(ix.sents)), make([]int, len(ix.sents))
		for si := range ix.sents {
			ix.lens[si] = len(ix.sents[si].toks)
			if len(ix.sents[si].toks) > 0 {
				ix.heads[si] = &ix.sents[si].toks[0]
			}
			for j := range ix.sents[si].toks {
				l := ix.sents[si].toks[j].lower()
				ix.at[l] = append(ix.at[l], [2]int32{int32(si), int32(j)})
			}
		}
	}
	return ix.at[low]
}

// deedIndexOf is the writer's deedIndex of its sentences.
func (w *writer) deedIndexOf() *deedIndex {
	if w.deedIx == nil {
		w.deedIx = &deedIndex{sents: w.sents}
	}
	return w.deedIx
}
