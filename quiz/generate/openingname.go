package generate

// A name inside a sentence's opening phrase is not its subject when the
// pronoun follows the phrase's comma: in "However, unlike Shan, he lost
// four matches", "he" is the subject and Shan is the one he is set
// against, so "he" cannot be read back to Shan by the next sentence's
// "He" (set 22: "He was the captain … in 1962" was asked of Shan, whose
// rival it was). Also "Like Reeve, she …", "Besides Cole, he …".

// phraseOpeners open a phrase that sets a name beside the subject.
var phraseOpeners = setOf(`like|unlike|besides|despite|except|alongside|beside`)

// pronounAfterNamePhrase returns the index of the pronoun that follows
// the name run at d and its comma when the name is inside an opening
// phrase; -1 otherwise.
func (q *qtext) pronounAfterNamePhrase(from, d, to int, pronouns ...string) int {
	// "unlike Cole, he": a word in lower case before the name; "Like
	// Reeve, she": the phrase's word opens the sentence, its capital
	// taken into the name's run.
	lower := d > from && q.toks[d-1].isWord() && !q.toks[d-1].cap()
	if !lower && !phraseOpeners[q.toks[d].lower()] {
		return -1
	}
	e := q.runEnd(d)
	if e+1 < to && q.toks[e].text == "," && q.toks[e+1].is(pronouns...) {
		return e + 1
	}
	return -1
}
