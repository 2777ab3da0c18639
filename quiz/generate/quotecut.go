package generate

import "strings"

// Cut quotations: the shapes of an excerpt that judges rejected as a
// quotation cut off in the middle of what the speaker said (sets 15-18),
// refused while the shapes judged acceptable are kept.
//
// Rejected: a verb left without the complement that follows it ("that
// people want | to close and move on"); a pair of correlatives left open
// ("not so much about punishing for the past | as it about shaping the
// future"); the head of a phrase whose front was interrupted by an aside
// ("one of the greatest, if not the greatest, | tragedies California has
// ever faced"). Kept: a clause cut before a phrase that only adds to it
// ("This transaction delivers great value | for our shareholders", "I
// want to thank Governor Brian Kemp | for his leadership").

// quoteCutShape reports why excerpt c, a run of the quotation's tokens
// inner, is a rejected cut ("" when it is not).
func quoteCutShape(c, inner []token) string {
	if len(c) == 0 || len(c) >= len(inner) {
		return ""
	}
	at := -1 // index of c[0] in inner
	for k := range inner {
		if &inner[k] == &c[0] {
			at = k
			break
		}
	}
	if at < 0 {
		return ""
	}
	end := at + len(c) // index in inner after the excerpt
	// quotehead.go
	if why := quoteHeadCut(inner, at, end); why != "" {
		return why
	}
	// concessive.go
	if why := concessiveCut(inner, at, end); why != "" {
		return why
	}
	if thatClauseCut(c, end < len(inner)) { // thatclausecut.go
		return "a that-clause cut before its verb"
	}
	if end < len(inner) && adverbLeftCut(inner, end) { // thatclausecut.go
		return "a verb cut from its adverb"
	}
	if end < len(inner) && inner[end].is("to") && catenativeVerbs[c[len(c)-1].lower()] {
		return "a verb cut from its complement"
	}
	if end < len(inner) && inner[end].isWord() && !quotePhraseStarts[inner[end].lower()] && !quoteLeading[inner[end].lower()] &&
		!inner[end].is("which", "when", "where", "whether", "if", "so", "yet", "not") && !clauseFollows(inner, end) {
		return "cut inside a phrase before “" + inner[end].text + "”"
	}
	if at > 0 && len(c) > 1 && quoteAdverb(c[0].lower()) && (clauseOpeners[c[1].lower()] || relativeWords[c[1].lower()]) {
		return "a subordinate clause cut from the clause it leans on"
	}
	for i := range c {
		partner := correlativePartner(c, i)
		if partner == "" {
			continue
		}
		found := false
		for _, t := range c[i:] {
			if t.is(partner) {
				found = true
			}
		}
		for _, t := range inner[end:] {
			if !found && t.is(partner) {
				return "a correlative cut before “" + partner + "”"
			}
		}
	}
	if at >= 2 && inner[at-1].text == "," && asideBefore(inner[:at-1]) {
		return "the head of a phrase cut from its front"
	}
	if end+1 < len(inner) && inner[end].text == "," && asideOpens(inner[end+1:]) {
		return "the front of a phrase cut from its head"
	}
	return ""
}

// catenativeVerbs take an infinitive that completes them: "people want",
// cut before "to close", leaves the verb hanging.
var catenativeVerbs = setOf(`want|wants|wanted|need|needs|needed|hope|hopes|hoped|plan|plans|planned|try|tries|tried|trying|decide|decides|decided|intend|intends|intended|expect|expects|expected|seek|seeks|sought|going|able|unable|refuse|refuses|refused|continue|continues|continued|begin|begins|began|start|starts|started|like|likes|liked|love|loves|loved|wish|wishes|wished|ought|used|afford|manage|managed|fail|failed|promise|promised|agree|agreed|prefer|preferred`)

// correlativePartner gives the word that must close the correlative
// opened at c[i] ("not so much … as", "not only … but"), or "".
func correlativePartner(c []token, i int) string {
	if !c[i].is("not") || i+2 >= len(c) {
		return ""
	}
	switch {
	case c[i+1].is("so") && c[i+2].is("much"):
		return "as"
	case c[i+1].is("only", "just", "merely", "simply"):
		return "but"
	}
	return ""
}

// asideBefore reports tokens before an excerpt's comma ending on an
// aside set in the middle of a phrase: ", if not the greatest".
func asideBefore(ts []token) bool {
	k := len(ts) - 1
	for k >= 0 && ts[k].text != "," {
		k--
	}
	return asideOpens(ts[k+1:]) && len(ts[k+1:]) <= 6
}

// asideOpens reports tokens opening on an aside set inside a phrase:
// "if not the greatest", "or even", "perhaps … -est".
func asideOpens(piece []token) bool {
	if len(piece) < 2 {
		return false
	}
	first := piece[0].lower() + " " + piece[1].lower()
	return first == "if not" || first == "or even" || first == "and perhaps" || first == "or perhaps" ||
		first == "if anything" || strings.HasSuffix(piece[len(piece)-1].lower(), "est") && piece[0].is("perhaps", "arguably", "possibly")
}
