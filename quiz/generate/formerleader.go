package generate

import "strings"

// pastHolder reports a title at toks[i] (or the place or body before it)
// after a word that puts its holder's office in the past for good:
// "former New Orleans mayor X", "ex-Governor X", "onetime Senator X".
// Such a leader is asked only "What office did X hold?" and stated in the
// past ("X was the Mayor of New Orleans"), never "Who was the mayor?" (the
// article may name the office's later holders) nor counted among the
// office's holders. A holder who died in office ("the late Senator X"),
// one named by the office of then ("then-Governor X") or one about to
// leave ("outgoing") is not one: formerBefore still leaves them unread.
func pastHolder(toks []token, i int) bool {
	t := formerWordBefore(toks, i)
	return t != nil && t.is(pastWords...)
}

// pastWords put an office in the past for good (formerBefore's words
// but those of a holder of then, late or outgoing).
var pastWords = []string{"former", "ex", "ex-", "erstwhile", "onetime", "one-time"}

// exTitle reads a title glued to "ex-" ("Ex-Foreign Minister X" at the
// start of a sentence, read as one portfolio word): the office without
// it, held in the past.
func exTitle(title string, past bool) (string, bool) {
	if rest, ok := strings.CutPrefix(title, "Ex-"); ok && rest != "" {
		return rest, true
	}
	if rest, ok := strings.CutPrefix(title, "ex-"); ok && rest != "" {
		return strings.ToUpper(rest[:1]) + rest[1:], true
	}
	return title, past
}

// possessiveFormer reads the country of a past holder written before the
// word that puts the office in the past: "Kenya's former president X",
// "Britain's former deputy prime minister X" (the title at toks[ti]).
// It returns the country, where it starts and whether the holder is a
// past one; country "" and cstart, past unchanged otherwise.
func possessiveFormer(toks []token, ti, cstart int, past bool) (string, int, bool) {
	if ti < 2 || !toks[ti-1].is(pastWords...) || !toks[ti-2].poss || !toks[ti-2].cap() {
		return "", cstart, past
	}
	if c, k := countryBefore(toks, ti-1); c != "" && knownCountry(c) {
		return c, k, true
	}
	return "", cstart, past
}
