package generate

// deedIndex holds where each word of the article stands (its lower
// case → sentence and token indexes), made on first use and once per
// article (speed19c): deedOfAnother looks up the forms of each actor
// question's verb there instead of reading every token of the article
// for each question.
type deedIndex struct {
	sents  []sentence
	first  map[string]int32 // each word's last place in at
	at     [][2]int32       // sentence and token of each place
	before []int32          // the place of the same word before each, -1 none
	heads  []*token         // each sentence's first token when indexed
	lens   []int            // and its length
}

// current reports whether the tokens indexed are the sentences' own
// still: a statement written with a pronoun's referent (withReferent)
// reads a copy of its sentence, with names for the pronoun, which
// deedOfAnother then reads token by token as before.
func (ix *deedIndex) current() bool {
	if ix.first == nil {
		return true
	}
	for si := range ix.sents {
		if toks := ix.sents[si].toks; len(toks) != ix.lens[si] || len(toks) > 0 && &toks[0] != ix.heads[si] {
			return false
		}
	}
	return true
}

// anyAt reports whether another(si, j) holds at a token of lower case
// low. The index is read on first use, in three allocations: the first
// place of each word, every place, and the place of the same word
// before each.
func (ix *deedIndex) anyAt(low string, another func(si, j int) bool) bool {
	if ix.first == nil {
		n := 0
		for si := range ix.sents {
			n += len(ix.sents[si].toks)
		}
		ix.first = make(map[string]int32, n/2) // about one word in two is new
		ix.at, ix.before = make([][2]int32, 0, n), make([]int32, 0, n)
		ix.heads, ix.lens = make([]*token, len(ix.sents)), make([]int, len(ix.sents))
		for si := range ix.sents {
			toks := ix.sents[si].toks
			ix.lens[si] = len(toks)
			if len(toks) > 0 {
				ix.heads[si] = &toks[0]
			}
			for j := range toks {
				// A verb's forms are words: no figure nor mark is looked up.
				if c := toks[j].text; c == "" || !(c[0] >= 'a' && c[0] <= 'z' || c[0] >= 'A' && c[0] <= 'Z') {
					continue
				}
				l := toks[j].lower()
				before, ok := ix.first[l]
				if !ok {
					before = -1
				}
				ix.first[l] = int32(len(ix.at))
				ix.at, ix.before = append(ix.at, [2]int32{int32(si), int32(j)}), append(ix.before, before)
			}
		}
	}
	k, ok := ix.first[low]
	for ok && k >= 0 {
		if another(int(ix.at[k][0]), int(ix.at[k][1])) {
			return true
		}
		k = ix.before[k]
	}
	return false
}

// deedIndexOf is the writer's deedIndex of its sentences.
func (w *writer) deedIndexOf() *deedIndex {
	if w.deedIx == nil {
		w.deedIx = &deedIndex{sents: w.sents}
	}
	return w.deedIx
}
