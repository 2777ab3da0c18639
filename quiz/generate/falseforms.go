package generate

import "strings"

// A statement stated false must be plainly false by the article and of
// the same kind as the true one, not odd at a glance. Two dates and one
// speaker are not stated false (held by the truth balance, truebalance.go,
// which states many more statements false):
//
//   - a year that is part of a name: "the War of 1812" stated as "the War
//     of 1814" changes a name, not a date;
//   - a date in brackets, a life's years beside a name: "(1773–1841)"
//     moved to "(1704–1772)" dies before the office it names;
//   - a place as the speaker of words: "W.C. Town Funeral Chapel" said "I
//     am saddened …".
//
// And a false date is written as the true one is, not told by its form
// (commasAsWritten).

// namedOrAsideDate reports date fact fi's date as part of a name (a year
// after "of" after a capitalised word that is no month: "War of 1812") or
// a span of years in brackets (its last word before ")": the years of a
// life beside a name; a day in brackets, "on Saturday night (March 2)",
// is stated false like any other).
func (w *writer) namedOrAsideDate(fi int) bool {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	a, b := f.d.start, f.d.end
	if b < len(toks) && toks[b].text == ")" && f.d.year2 != 0 {
		return true
	}
	return a >= 2 && f.d.month == 0 && toks[a-1].is("of") && toks[a-2].cap() && monthIndex[toks[a-2].lower()] == 0 &&
		!toks[a-2].is("the", "end", "spring", "summer", "autumn", "fall", "winter")
}

// placeSpeakerWords end the name of a building, which says nothing
// ("Town Funeral Chapel", "St. Mary's Hospital").
var placeSpeakerWords = setOf(`Chapel|Church|Cathedral|Hospital|School|Museum|Centre|Center|Library|Theatre|Theater|Stadium|Hotel|Cemetery`)

// placeSpeaker reports a name of three words or more ending on one of
// placeSpeakerWords (two, "Frank Church", may be a person's).
func placeSpeaker(p string) bool {
	p = strings.TrimRight(p, ". ")
	return strings.Count(p, " ") >= 2 && placeSpeakerWords[p[strings.LastIndexByte(p, ' ')+1:]]
}

// commasAsWritten writes a false date stated in place of a written one
// without its commas when the written one has none: "August 14, 2018"
// beside the article's "July 13 2018" is the rewritten one at a glance.
func commasAsWritten(written, stated string) string {
	if strings.Contains(written, ",") {
		return stated
	}
	return strings.ReplaceAll(stated, ",", "")
}
