package generate

// Speakers named after their role: “…,” says political analyst Clancy
// DuBos / “…,” said local resident Ann Rowe. The speech verb follows the
// quotation and one or two lower-case words, the last a role noun, come
// before the name.

// roleNameAfter reads the speaker of the speech verb at k as a role in
// lower case and a name after it; it records the speech event and
// reports whether it did.
func (q *qtext) roleNameAfter(ev *quoteSpeech, k int) bool {
	j := k + 1
	if j >= len(q.toks) || q.sent[j] != q.sent[k] || q.runStart(j) {
		return false
	}
	a, b := q.nameAfterRole(j)
	if a == 0 || !quoteRoleNouns[q.toks[a-1].lower()] {
		return false
	}
	who, org := q.resolveRun(a, b)
	if who == "" || org {
		return false
	}
	ev.subj, ev.subjEnd, ev.person, ev.after = a, b, who, true
	q.events = append(q.events, *ev)
	return true
}
