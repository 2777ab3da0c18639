package generate

import (
	"slices"
	"strconv"
	"strings"

	"factquiz/quiz"
)

// A doer with only one other person of the article to offer (a story of
// two people: the winner and the runner-up, the officer and the one
// jailed) gets no "Who …?" question: a choice between two is a coin. It
// is stated instead, true with the doer, false with the other person:
// "According to the article, Ann Lee won the final in three sets." The
// other person is the one actorChoices found, who by its checks did not
// do the deed (no fact of the same deed, no sentence naming them with
// its words), and named as people are (namelike). Both statements must hold, as either may be written
// (truebalance.go), so the deed must be one the other person could not
// also have done unremarked and must read whole without its sentence:
//
//   - four words at least: "left the House" may be true of many;
//   - no "his" or "her" (the other person may not be of the same sex);
//   - no "the first …", "the only …" or "the last …" cut before the
//     sentence completes it ("became the first skipper in history to
//     lose …");
//   - no doer named after "The <noun>" opening the sentence: "The camera
//     Sir Ann Lee took to the summit" is a thing's caption, not her deed
//     (the doer's title, if any, after the noun);
//   - no doer set beside "the company" or "the firm": a company read
//     as a person, whom no person replaces;
//   - no object "the <noun>" the deed does not complete ("made the
//     announcement at a news conference": which one, a sentence before
//     tells);
//   - no date or count in its sentence: the sentence's own statement or
//     question asks those (a listed fact), and this one would take the
//     sentence from it.

// doerTF offers the statement of doer fact fi: answer did action, or
// (false) other did it.
func (w *writer) doerTF(fi int, answer, action, other string) bool {
	f := w.facts[fi]
	other = plainName(other)
	// "Cllr Ann Lee", "Dc Ann Lee": a rank written without a vowel is no
	// part of the name.
	if t, rest, ok := strings.Cut(other, " "); ok && strings.Contains(rest, " ") && !strings.ContainsAny(t, "aeiouyAEIOUY") {
		other = rest
	}
	if action != f.Action || len(strings.Fields(action)) < 4 || !w.namelike(other) || !w.deedStatable(fi) {
		return false
	}
	truth := w.statedTrue(f) // truebalance.go
	who := answer
	var wrong []string
	if !truth {
		who, wrong = other, []string{other}
	}
	q := quiz.Question{Type: quiz.TrueFalse, Truth: truth,
		Prompt:      "According to the article, " + who + " " + action + ".",
		Explanation: "The article says that " + answer + " " + f.Action + "."}
	verb := strings.Fields(action)
	return w.add(fi, q, strconv.FormatBool(truth), wrong, "tf-who-"+slug(strings.Join(verb[:min(3, len(verb))], " ")))
}

// deedStatable applies doerTF's checks on the sentence of doer fact fi.
func (w *writer) deedStatable(fi int) bool {
	f := w.facts[fi]
	if w.sentenceHoldsFigure(fi) {
		return false
	}
	s := f.Sentence
	// The doer as the sentence names them: in full, or by surname.
	at, n := strings.Index(s, f.Doer), len(f.Doer)
	if at < 0 {
		sn := surname(f.Doer)
		at, n = strings.Index(s, sn), len(sn)
	}
	if at < 0 {
		return false
	}
	if ws := strings.Fields(s[:at]); len(ws) >= 2 && len(ws) <= 4 && (ws[0] == "The" || ws[0] == "A") && ws[1][0] >= 'a' && ws[1][0] <= 'z' &&
		!slices.ContainsFunc(ws[1:], func(x string) bool { return prepositions[x] || strings.ContainsAny(x, ",;:") }) {
		return false // "The camera Sir Ann Lee took …", not "The speech by Ann Lee"
	}
	if rest := strings.TrimLeft(s[at+n:], " "); strings.HasPrefix(rest, ",") {
		ws := strings.Fields(strings.ToLower(rest[1:]))
		for _, x := range ws[:min(5, len(ws))] {
			if x = strings.Trim(x, ",.;"); x == "company" || x == "firm" {
				return false // "Ann Lee Ltd, the only company to bid, will …"
			}
		}
	}
	// "made the announcement at a news conference": an object of one
	// word after "the" and before a preposition points back to a sentence
	// before, which the statement leaves out.
	if ws := strings.Fields(f.Action); len(ws) >= 3 && ws[1] == "the" && ws[2] == strings.ToLower(ws[2]) &&
		(len(ws) == 3 || prepositions[ws[3]] && ws[3] != "of" && ws[3] != "to") {
		return false
	}
	for _, lim := range []string{"the first ", "the only ", "the last "} {
		k := strings.Index(f.Action, lim)
		if k < 0 {
			continue
		}
		// Completed in the deed itself, or the sentence goes on.
		end := strings.Index(s, f.Action)
		if end < 0 {
			return false
		}
		rest := strings.TrimLeft(s[end+len(f.Action):], " ")
		if rest != "" && !strings.ContainsAny(rest[:1], ".,;:!?") {
			return false
		}
	}
	return true
}

// sentenceHoldsFigure reports a date or a count fact in the sentence of
// fact fi: the dates and counts are the listed facts a quiz should ask,
// and a statement copying their sentence would take it from them.
func (w *writer) sentenceHoldsFigure(fi int) bool {
	f := &w.facts[fi]
	for gi := range w.facts {
		if g := &w.facts[gi]; (g.Kind == Date || g.Kind == Count) && g.sent == f.sent {
			return true
		}
	}
	return false
}

// namelike reports a name written once at least as a person's is: not
// after "the" or a possessive ("the Women's Singles Final"), not as an
// item of a list ("Parade, Football News and …"), and not with a last
// word the article writes in lower case too ("the final"), and never as
// "a second …", "another …" or "fellow …" of the doer's kind, who may
// have shared the deed ("a second corrupt officer, Ann Lee"). Headings and
// titles read from the page's capitals are hidden by a choice among
// three people; a false statement would name them alone. A surname that
// is a word too ("Ann Hill" on a page of hills) is refused with them.
func (w *writer) namelike(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	if last := ws[len(ws)-1]; strings.ToLower(last) != last && wordTimes(w.text, strings.ToLower(last)) > 0 {
		return false
	}
	for i := 0; ; {
		k := strings.Index(w.text[i:], name)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(name)
		i = b
		before, after := strings.TrimRight(w.text[:a], " "), w.text[b:]
		// "a second corrupt officer, Ann Lee": one of the doer's kind,
		// who may have shared the deed.
		if ws := strings.Fields(before[max(0, len(before)-40):]); slices.ContainsFunc(ws[max(0, len(ws)-4):], func(x string) bool {
			x = strings.ToLower(x)
			return x == "second" || x == "another" || x == "fellow"
		}) {
			return false
		}
		if strings.HasSuffix(before, " the") || strings.HasSuffix(before, "The") || strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "'s") ||
			strings.HasSuffix(before, ",") && (strings.HasPrefix(after, ",") || strings.HasPrefix(after, " and ")) {
			continue
		}
		return true
	}
}
