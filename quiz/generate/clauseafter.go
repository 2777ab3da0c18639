package generate

import "strings"

// ---- a clause statement cut at "after" or "while" (samesentence) ----
//
// clausestatement.go cuts a sentence of two clauses at the "and" that
// joins them. A main clause and a clause of its own subject and verb
// opened by "after", "while" or "whereas" hold two facts the same way:
//
//	"In May, the governor closed the harbour after the port council
//	 rejected three plans proposed by the mayor."
//	  -> "According to the article, in June, the governor closed the harbour."
//	  beside "How many plans proposed by the mayor did the port council reject?"
//
// A copy of the whole sentence shows the other question's answer, so
// one of the two facts went unasked (the unasked diagnostic's "only
// copies offered, its sentence asked"). Each clause is true alone: the
// main clause's deed happened, and so did the one "after" dates it by.
// twoClauses reads the subordinator as it reads "and", but the second
// clause must have its own subject (no "after being …") and, unlike
// after "and", a past verb needs no comma before the word: "after" and
// "while" join no list of nouns.

// subordinateJoin reports toks[k] an "after", "while" or "whereas" that
// may open a clause of its own: not "after being re-elected", "while
// visiting", "after killed" (a participle shares the first subject), nor
// one a time before it measures ("two days after", "shortly after").
func subordinateJoin(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || !toks[k].is("after", "while", "whereas") {
		return false
	}
	// "several hours after", "shortly after", "right after": a time
	// before the word belongs to it, and the first clause stops short
	// without it ("the suspect was arrested several hours").
	if prev := toks[k-1]; durations[prev.lower()] || singularDuration(prev) || prev.is("shortly", "soon", "right", "just", "immediately", "long", "only", "even", "later", "moments") {
		return false
	}
	open := toks[k+1].lower()
	return !strings.HasSuffix(open, "ing") && pastVerbs[open] == "" && irregularParticiples[open] == ""
}

// singularDuration reports "hour", "day", "week", "century" … (durations
// holds the plurals; "century" and "millennium" are not a plural less "s").
func singularDuration(t token) bool {
	return t.is("second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "century", "millennium")
}
