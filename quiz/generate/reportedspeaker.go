package generate

// A page with one quoted speaker often names others who speak without
// quotation marks: "…, architect Ed Champagne said." / "USQ
// astrophysicist Brett Addison said the discovery …". They are people of
// the page of the same kind as the speaker (someone who speaks in it)
// and, their words being reported, plainly not the ones who said the
// quoted words: wrong choices for a "who said it" question when the
// article names no one else. reportedSpeakers gives those names: a run
// of two or three capitalised name words, outside quotation marks, right
// before "said", "says" or "told", after a word in lower case, a comma or
// the start of the sentence (so "Consultant Art Edgerly" or "Twitter
// Board Chair Bret Taylor", a title run into the name, is not read).
// They are read once per article.
func (q *qtext) reportedSpeakers() []string {
	if !q.reportedRead {
		q.reported, q.reportedRead = q.readReportedSpeakers(), true
	}
	return q.reported
}

func (q *qtext) readReportedSpeakers() []string {
	var out []string
	var words [8]string
	for i := 0; i < len(q.toks); {
		if q.quoted[i] || !q.runStart(i) || q.titleCase(q.sent[i]) {
			i++
			continue
		}
		end := q.runEnd(i)
		next := i + 1
		if end > next {
			next = end
		}
		if end >= len(q.toks) || q.sent[end] != q.sent[i] || !q.toks[end].is("said", "says", "told") ||
			i > 0 && q.sent[i-1] == q.sent[i] && !(q.toks[i-1].text == "," || q.toks[i-1].isWord() && !q.toks[i-1].cap()) ||
			q.isOrg(i, end) {
			i = next
			continue
		}
		a, name := q.coreName(i, end)
		if n := len(appendQuoteNameWords(words[:0], name)); a != i || n < 2 || n > 3 || !plainPersonName(name) {
			i = next
			continue
		}
		out = append(out, name)
		i = next
	}
	return out
}

// reportedPiece reports a statement on a piece of a quotation (not all of
// it) whose other speaker p is one read by reportedSpeakers: stated true,
// it would give half of what was said, so it is stated false, with p
// (whose words are reported, not quoted). Statements with the other
// people of the page keep their parity, as judged before.
func (w *writer) reportedPiece(f Fact, vp, ex, p string) bool {
	if containsWords(ex, f.Text) || !falseSpeakerFits(vp, ex, p) {
		return false
	}
	for _, r := range w.peopleText().reportedSpeakers() {
		if r == p && !w.peopleText().people[p] {
			return true
		}
	}
	return false
}
