package generate

// A speaker's name opening a paragraph, then a colon and a quotation, as
// pages of reactions print them: "Ann Reyes: “We were the better side
// for an hour.”". The name is a person of the page and the quotation is
// theirs. Only a run of two or more capitalised words that opens its
// paragraph, and a quotation mark right after the colon.

// colonLead reports the run i..end opening its paragraph with a colon
// and an opening quotation mark after it.
func (q *qtext) colonLead(i, end int) bool {
	if !q.colonShape(i, end) || i > 0 && q.para[i-1] == q.para[i] || q.sents[q.sent[i]].headline {
		return false
	}
	// A page of reactions prints the form more than once: one "Photo
	// Credit: “…”" line is no speaker.
	return q.colonLeads() >= 2
}

// colonLeads counts the paragraphs that open with a run of capitalised
// words, a colon and an opening quotation mark (asked only when one
// run has that shape, so rarely).
func (q *qtext) colonLeads() int {
	n := 0
	for i := 0; i < len(q.toks); i++ {
		if i > 0 && q.para[i-1] == q.para[i] || !q.runStart(i) {
			continue
		}
		if q.colonShape(i, q.runEnd(i)) {
			n++
		}
	}
	return n
}

// colonShape reports a run i..end of two or more words followed by a
// colon and an opening quotation mark.
func (q *qtext) colonShape(i, end int) bool {
	return end+1 < len(q.toks) && end-i >= 2 && q.toks[end].text == ":" && isOpener(q.toks[end+1])
}

// findColonSpeech adds the speech of each paragraph that opens with a
// person's name, a colon and a quotation; the colon stands for the verb.
func (q *qtext) findColonSpeech() {
	for i := 0; i < len(q.toks); i++ {
		if q.quoted[i] || !q.runStart(i) || i > 0 && q.para[i-1] == q.para[i] {
			continue
		}
		end := q.runEnd(i)
		if !q.colonLead(i, end) {
			continue
		}
		who, org := q.resolveRun(i, end)
		if who == "" || org || len(quoteNameWords(who)) < 2 || !q.people[who] || !plainPersonName(who) || notPersonName(q.text, who) {
			continue
		}
		q.events = append(q.events, quoteSpeech{verb: end, subj: i, subjEnd: end, person: who, sent: q.sent[end], para: q.para[end]})
	}
}
