package generate

import "unicode"

// A short quotation can be a modifier inside a noun phrase: "called for
// “binding” agreements", "a “historic” deal". Cut at its marks it loses
// its noun ("called for “binding”") and a question on it is truncated.

// quoteModifier reports a closed quotation of four words or fewer, ending
// on no sentence mark, whose closing mark is followed in the same sentence
// by a lower-case word that goes on with the phrase: no function word,
// verb, adverb of time or speech verb.
func (q *qtext) quoteModifier(sp quoteSpan) bool {
	if !sp.closed || sp.close+1 >= len(q.toks) {
		return false
	}
	words := 0
	for k := sp.open + 1; k < sp.close; k++ {
		if q.toks[k].isWord() {
			words++
		}
	}
	if words == 0 || words > 4 {
		return false
	}
	last := q.toks[sp.close-1]
	if last.punct && (last.text == "." || last.text == "!" || last.text == "?" || last.text == ",") {
		return false
	}
	n := q.toks[sp.close+1]
	if n.punct || q.sent[sp.close+1] != q.sent[sp.close] || n.cap() || n.time {
		return false
	}
	l := n.lower()
	for _, r := range l {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return !quoteModifierStops[l] && !auxiliaries[l] && pastVerbs[l] == "" && !quoteSpeechVerbs[l]
}

// quoteModifierStops are words after a closing mark that start a new part
// of the sentence, not the quotation's noun.
var quoteModifierStops = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "yet": true, "so": true, "then": true, "than": true,
	"on": true, "in": true, "at": true, "to": true, "for": true, "from": true, "by": true, "with": true,
	"as": true, "of": true, "after": true, "before": true, "because": true, "while": true, "when": true,
	"where": true, "which": true, "that": true, "who": true, "whom": true, "whose": true, "over": true,
	"since": true, "during": true, "into": true, "about": true, "against": true, "under": true, "without": true,
	"amid": true, "between": true, "among": true, "across": true, "if": true, "unless": true, "until": true,
	"though": true, "although": true, "whether": true, "too": true, "also": true, "again": true, "now": true,
	"today": true, "tonight": true, "yesterday": true, "tomorrow": true, "here": true, "there": true,
	"saying": true, "adding": true, "says": true, "adds": true, "this": true, "these": true, "those": true,
	"it": true, "its": true, "their": true, "his": true, "her": true, "him": true, "them": true, "he": true,
	"she": true, "they": true, "we": true, "you": true, "i": true, "not": true, "only": true, "even": true,
	"instead": true, "rather": true, "either": true, "neither": true, "per": true,
	"toward": true, "towards": true, "through": true, "within": true, "upon": true, "despite": true,
	"like": true, "unlike": true, "near": true, "behind": true, "above": true, "below": true, "off": true,
	"out": true, "up": true, "down": true, "around": true, "along": true, "beyond": true, "via": true,
}
