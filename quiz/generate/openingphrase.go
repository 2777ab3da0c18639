package generate

// phraseComma is the comma closing an opening phrase that starts at k
// and holds a name but no verb ("After service in the Mexican War, he
// left …"), within ten words; 0 when there is none. A person named in the
// phrase still refuses the pronoun (findReferents' namesSomeone).
func (q *qtext) phraseComma(k, to int) int {
	name := false
	for c := k; c < to && c < k+10; c++ {
		t := q.toks[c]
		switch {
		case t.text == ",":
			if name {
				return c
			}
			return 0
		case t.punct || q.verbLike(c) || t.is("he", "she", "his", "her", "they", "it"):
			return 0
		case q.runStart(c):
			name = true
		}
	}
	return 0
}
