package generate

import "strings"

// A leader whose office the article gives nobody else a kind of
// ("Governor Ann Lee of Nairobi" on a page of one governor) and who gets
// no other question (leaderTF's alone) gets no false statement either:
// no wrong office of the page fits. The deputy's office does, false for
// certain of the head: a governor is not the deputy governor. rankTwin
// gives it for leaderTF, which states it false by the fact's parity, as
// it states the offices of other people of the page ("According to the
// article, Ann Lee is the Deputy Governor of Nairobi.").
//
// Only for an office held now ("is"): a past holder may have held both
// in turn. Not in a sentence with a date or a count: its statement would
// clash with their questions (doertf.go). Only when the article writes
// the deputy's office nowhere (it would tell who holds it, or hint that
// the head did). Only for
// offices of state that have a deputy of that name (heads of government,
// governors, mayors, law officers, a minister's or a secretary's
// portfolio). Not the other way, a deputy stated as the head: "Deputy
// Prime Minister Ann Lee" holds "Prime Minister Ann Lee" word for word,
// and the checker reads the head's office as hers. Not for a class of
// ministers ("Union Minister"), a king, a president (whose deputy is a
// vice president, stated by the office choices already), a judge, a
// member of a seat, a company's officers.

// rankHeads are offices whose deputy is "Deputy " before them.
var rankHeads = setOf("Prime Minister|Premier|Chief Minister|Governor|Mayor|Lord Mayor|Chief Justice|Attorney General|Attorney-General|Solicitor General|Speaker|Chief Constable|Sheriff|First Minister")

// rankTwin is the label of the deputy's office of leader fact fi's
// office, as leaderTF's only wrong office, or nil.
func (w *writer) rankTwin(fi int) []string {
	f := w.facts[fi]
	if f.l.former || f.l.role != "" || companyOfficer(f) || memberOfSeat(f.Office) || royalGender(f.Office) != "" ||
		classMinister(f.Office) || classOffice(f.Office) || manyHolders(f.Office) || genericTitle(f.Office) {
		return nil
	}
	if is, when, ok := w.leaderTense(fi); !ok || is != "is" || when != "" || w.sentenceHoldsFigure(fi) {
		return nil
	}
	o := f.Office
	var twin string
	switch {
	case o == "Governor" && usState(f.Country):
		return nil // a lieutenant governor, whom the checker reads as a governor
	case strings.HasPrefix(o, "Deputy ") || strings.HasPrefix(o, "Vice ") || strings.HasPrefix(o, "Lieutenant "):
		return nil
	case rankHeads[o] || portfolio(o):
		twin = "Deputy " + o
	default:
		return nil
	}
	// Written nowhere in the article, in any case.
	if strings.Contains(strings.ToLower(w.text), strings.ToLower(twin)) {
		return nil
	}
	return []string{officeLabel(twin, f.Country)}
}

// usState reports a state of the United States, whose governor's deputy
// is the lieutenant governor: no "Deputy Governor" is false of him at a
// glance, and the checker reads a lieutenant governor as a governor.
func usState(name string) bool {
	p := places().lookup(name)
	return p != nil && p.kind == "region" && p.country == "United States"
}
