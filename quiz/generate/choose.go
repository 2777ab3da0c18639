package generate

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"factquiz/quiz"
)

// DefaultMax is the number of questions a quiz keeps at most unless told
// otherwise.
const DefaultMax = 20

// minQuiz is the size up to which fill-in-the-blank questions may pass
// their quarter of the quiz: a short article with two real questions
// keeps its two fill-ins rather than stopping at two questions (2 before
// round 16, which cut six development pages' acceptable fill-ins).
const minQuiz = 4

// candidate is a question offered for the quiz.
type candidate struct {
	q      quiz.Question
	item   Item
	idHint string
	group  string // "" for a question on one fact (an order question is its first event's: orderdays.go)
	copy   bool   // a true-or-false copy of its sentence (sentencetf.go)
	later  int    // an order statement's later event: its fact + 1 (order.go); 0 otherwise
	others []int  // an order question's or statement's later events' facts (orderdays.go)

	part   *clausePart // a statement copying one clause only (clausestatement.go)
	twin   int         // a statement's twin, of the other truth: that statement's index + 1 (truebalance.go)
	retell func() bool // writes the statement again, as its twin (truebalance.go)
}

// style ranks a question's form: a real question (who, what office, when,
// how many, where, who said, which first, true or false) before a
// true-or-false copy of a sentence, before a fill-in-the-blank copy.
func (c candidate) style() int {
	switch {
	case strings.HasPrefix(c.q.Prompt, "Fill in"):
		return 0
	case c.copy:
		return 1
	}
	return 2
}

// shape names the form of a question for variety: kind and type.
func (c candidate) shape() string {
	return c.q.Fact + "/" + string(c.q.Type) + "/" + firstWords(c.q.Prompt, 1)
}

// choose builds the quiz from the questions offered: one question per fact
// (and per date, and one date or count question per sentence), in the
// order of the article so that its main event comes first; real questions
// before fill-in-the-blank ones, which make at most a quarter of the quiz;
// the forms varied; no question whose prompt gives away the answer of
// another; at most max questions, keeping the best.
func (w *writer) choose(max int) {
	if max <= 0 {
		max = DefaultMax
	}
	byFact := map[string][]int{}
	var keys []string
	for i, c := range w.offered {
		if c.twin > 0 { // taken only in its statement's place (balanceTruth)
			continue
		}
		k := c.group + strconv.Itoa(c.item.Fact)
		if c.group != "" {
			k = c.group + strconv.Itoa(i)
		}
		if _, ok := byFact[k]; !ok {
			keys = append(keys, k)
		}
		byFact[k] = append(byFact[k], i)
	}
	var chosen []int
	shapes := map[string]int{}
	shapeMemo := make([]string, len(w.offered)) // each offered question's shape, made once
	shapeOf := func(i int) string {
		if shapeMemo[i] == "" {
			shapeMemo[i] = w.offered[i].shape()
		}
		return shapeMemo[i]
	}
	// A sentence's date and count questions: a fill-in-the-blank copies the
	// sentence, so it shares it with no other; real questions on two
	// clauses of a long sentence ("… was opened on 22 December 1989, and
	// the demolition began on 13 June 1990") may, when neither gives the
	// other away.
	dateSent, countSent := map[int]int{}, map[int]int{}
	var datesAsked []date
	var datesAskedText []string // their text(), written once
	// The prompts in lower case, made once: fits asks of each again and
	// again.
	lowPrompts := make([]string, len(w.offered))
	lowPrompt := func(i int) string {
		if lowPrompts[i] == "" {
			lowPrompts[i] = strings.ToLower(w.offered[i].q.Prompt)
		}
		return lowPrompts[i]
	}
	const sentFill = 1 // a fill-in; 2 for a real question (sentUse)
	prompts := map[string]bool{}
	type figure struct {
		n    int
		noun string
	}
	countsAsked := map[figure]bool{}
	fits := func(i int) bool {
		c := w.offered[i]
		f := w.facts[c.item.Fact]
		if prompts[lowPrompt(i)] || w.givenAway(i) || w.thinned(i, chosen) {
			return false
		}
		if c.group == "" {
			switch f.Kind {
			case Date:
				if dateSent[f.sent] != 0 && (c.style() == 0 || dateSent[f.sent] == sentFill) {
					return false
				}
				// One question per date: "June 7, 2019" in the lead and
				// "June 7" later are one date.
				text := ""
				if len(datesAsked) > 0 {
					text = f.d.text()
				}
				for k, d := range datesAsked {
					if datesAskedText[k] == text || d.day != 0 && d.day == f.d.day && d.month == f.d.month && (d.year == 0 || f.d.year == 0 || d.year == f.d.year) {
						return false
					}
				}
			case Count:
				if countSent[f.sent] != 0 && (c.style() == 0 || countSent[f.sent] == sentFill) {
					return false
				}
				// One question per figure: "two villages were evacuated"
				// in the lead and again later is one fact.
				if countsAsked[figure{f.Number, f.Noun}] {
					return false
				}
			}
		}
		sameOffice := 0
		for _, j := range chosen {
			// "Sato took office before Britain joined the bloc" beside
			// "When did Sato take office?" and "When did Britain join?":
			// the two answers order the events.
			if c.later > 0 && w.dateAsked(c.item.Fact, chosen) && w.dateAsked(c.later-1, chosen) || w.orderAnswered(c, chosen) || w.orderGivenAway(c, chosen) {
				return false
			}
			if w.answers(j, i) || w.answers(i, j) || w.namesAnswer(j, i) || w.namesAnswer(i, j) {
				return false
			}
			// Two people of one office may both be asked (Churchill and
			// Attlee as prime minister); a third question alike but for
			// the name repeats the answer the learner has seen twice.
			if sameOfficeAsked(w.offered[j], c) {
				if sameOffice++; sameOffice >= 2 {
					return false
				}
			}
			// A sentence statement copies the whole sentence: it gives
			// away any other question on it (a clause statement only
			// those on its clause).
			if w.facts[w.offered[j].item.Fact].sent == f.sent && w.partsClash(c, w.offered[j]) { // clausestatement.go
				return false
			}
		}
		return true
	}
	take := func(i int) {
		c := w.offered[i]
		f := w.facts[c.item.Fact]
		chosen = append(chosen, i)
		shapes[shapeOf(i)]++
		prompts[lowPrompt(i)] = true
		if c.group == "" {
			switch f.Kind {
			case Date:
				dateSent[f.sent] = sentUse(dateSent[f.sent], c)
				datesAsked = append(datesAsked, f.d)
				datesAskedText = append(datesAskedText, f.d.text())
			case Count:
				countSent[f.sent] = sentUse(countSent[f.sent], c)
				countsAsked[figure{f.Number, f.Noun}] = true
			}
		}
	}
	done := map[string]bool{}
	// Real questions first, each fact taking its least used form: the
	// dates, leaders, counts and quotations, then places, doers and
	// orderings where they do not clash with those.
	firstPass := func(k string) bool {
		c := w.offered[byFact[k][0]]
		switch Kind(c.q.Fact) {
		case Place, Actor:
			return false
		}
		return c.group == ""
	}
	var ordered []string
	var later []string
	for _, k := range keys {
		if firstPass(k) {
			ordered = append(ordered, k)
		} else {
			later = append(later, k)
		}
	}
	ordered = append(w.crowdingLast(ordered, byFact), w.crowdingLast(later, byFact)...)
	keyOf := map[int]string{}
	for k, is := range byFact {
		for _, i := range is {
			keyOf[i] = k
		}
	}
	// drop takes out the chosen questions that the others leave with too
	// few wrong choices (thinned), and reports whether it took any.
	drop := func() bool {
		var kept []int
		for _, i := range chosen {
			if !w.thinned(i, chosen) {
				kept = append(kept, i)
				continue
			}
			shapes[shapeOf(i)]--
			prompts[lowPrompt(i)] = false
			done[keyOf[i]] = false
		}
		dropped := len(kept) < len(chosen)
		chosen = kept
		return dropped
	}
	// kills counts the facts not asked yet whose every question offered
	// clashes with offered question i: of a fact's forms, the one leaving
	// the others askable is taken ("What office does John Roberts hold?"
	// rather than "Who is the Chief Justice?" beside a date question
	// naming Roberts).
	kills := func(i int) int {
		f := w.facts[w.offered[i].item.Fact]
		name, office := normalize(surname(f.Person)), normalize(f.Office)
		n := 0
		for _, k := range ordered {
			is := byFact[k]
			if done[k] || keyOf[i] == k || w.offered[is[0]].group != "" {
				continue
			}
			// Only a fact whose sentence names the leader or the office
			// can clash with one form and not the other.
			s := w.normalSentence(w.facts[w.offered[is[0]].item.Fact].sent)
			if (name == "" || !hasWords(s, name)) && (office == "" || !hasWords(s, office)) {
				continue
			}
			n++
			for _, j := range is {
				if !w.givenAway(j) && !w.answers(i, j) && !w.answers(j, i) && !w.offered[j].leavesOut() { // omitstatement.go
					n--
					break
				}
			}
		}
		return n
	}
	// Sentence statements only for the facts no question on a clause
	// asks, so that each fact keeps its best form. A statement taken
	// after a "Who is …?" may show one of its wrong people to hold
	// another office: the question left with too few wrong choices gives
	// way to the statements (thinned questions hold no date nor count:
	// nothing else to undo), and its fact may take another form.
	var waiting []int // doer questions naming a figure (doerfigure.go)
	for pass := 0; pass < 2; pass++ {
		for _, style := range []int{2, 1} {
			for _, k := range ordered {
				if done[k] {
					continue
				}
				best, bestKills := -1, -1
				for _, i := range byFact[k] {
					c := w.offered[i]
					if c.style() != style || !fits(i) {
						continue
					}
					if style == 2 && w.figureDoer(i) && w.figureDoerWaits(i, ordered, byFact, keyOf, done) {
						waiting = append(waiting, i)
						continue
					}
					// A leader's forms differ in what they name (the
					// person or the office); a date's or a count's all
					// name the same event.
					if best >= 0 && c.q.Fact == string(Leader) {
						if bestKills < 0 {
							bestKills = kills(best)
						}
						if n := kills(i); n != bestKills {
							if n < bestKills {
								best, bestKills = i, n
							}
							continue
						}
					}
					if best < 0 || shapes[shapeOf(i)] < shapes[shapeOf(best)] || orderBeforeWhen(c, w.offered[best], shapes) {
						best = i
					}
				}
				if best >= 0 {
					take(best)
					done[k] = true
				}
			}
		}
		if !drop() {
			break
		}
	}
	for _, i := range waiting {
		if !done[keyOf[i]] && fits(i) {
			take(i)
			done[keyOf[i]] = true
		}
	}
	// Then fill-in-the-blank questions for facts still unasked, while they
	// stay at most a quarter of the quiz.
	real := len(chosen)
	fills := 0
	// Kinds not asked yet go first, so that every kind found is asked.
	asked := map[string]bool{}
	for _, i := range chosen {
		asked[w.offered[i].q.Fact] = true
	}
	sort.SliceStable(keys, func(a, b int) bool {
		return !asked[w.offered[byFact[keys[a]][0]].q.Fact] && asked[w.offered[byFact[keys[b]][0]].q.Fact]
	})
	for _, k := range keys {
		kind := w.offered[byFact[k][0]].q.Fact
		// A quarter at most, but a quiz of a handful of questions rather
		// than none: an article whose facts only give fill-in questions
		// still gets minQuiz of them.
		if done[k] || (fills+1)*4 > real+fills+1 && real+fills >= minQuiz {
			continue
		}
		for _, i := range byFact[k] {
			if w.offered[i].style() == 0 && fits(i) {
				take(i)
				fills++
				done[k] = true
				asked[kind] = true
				break
			}
		}
	}
	w.wholeAgain(chosen) // clausestatement.go
	// Too many: keep real questions before fill-ins, earlier facts (the
	// main event) before later ones; a "where" question goes first, as
	// the place is the lesser fact beside a date, a leader or a count.
	if len(chosen) > max {
		ranked := append([]int(nil), chosen...)
		rank := func(i int) int {
			if w.offered[i].q.Fact == string(Place) {
				return -1
			}
			return w.offered[i].style()
		}
		sort.SliceStable(ranked, func(a, b int) bool {
			return rank(ranked[a]) > rank(ranked[b])
		})
		keep := map[int]bool{}
		for _, i := range ranked[:max] {
			keep[i] = true
		}
		var kept []int
		for _, i := range chosen {
			if keep[i] {
				kept = append(kept, i)
			}
		}
		chosen = kept
	}
	drop()
	chosen = w.balanceTruth(chosen) // truebalance.go
	// In the order of the article; questions on several facts at the end.
	sort.SliceStable(chosen, func(a, b int) bool {
		ca, cb := w.offered[chosen[a]], w.offered[chosen[b]]
		if (ca.group == "") != (cb.group == "") {
			return ca.group == ""
		}
		return w.facts[ca.item.Fact].Start < w.facts[cb.item.Fact].Start
	})
	w.questions = slices.Grow(w.questions, len(chosen))
	w.items = slices.Grow(w.items, len(chosen))
	for _, i := range chosen {
		c := w.offered[i]
		if out := w.ruledOutAll(i, chosen); len(out) > 0 {
			var kept []quiz.Choice
			c.item.Wrong = nil
			for _, ch := range c.q.Choices {
				if !out[ch.Text] {
					kept = append(kept, ch)
					if !ch.Correct {
						c.item.Wrong = append(c.item.Wrong, ch.Text)
					}
				}
			}
			c.q.Choices = kept
		}
		c.q.ID = w.uniqueID(c.idHint)
		c.item.QuestionID = c.q.ID
		w.questions = append(w.questions, c.q)
		w.items = append(w.items, c.item)
	}
}

// crowdingLast orders facts by how many other facts' real questions
// their own real question would give away or be given away by, fewest
// first (stable): "What office does X hold?" (Judge) clashes with every
// "When was Judge Y convicted?" of the article, and taken first it would
// keep them all out. Picking the least clashing first keeps more facts.
func (w *writer) crowdingLast(keys []string, byFact map[string][]int) []string {
	best := make([]int, len(keys))
	for a, k := range keys {
		best[a] = -1
		for _, i := range byFact[k] {
			if w.offered[i].style() == 2 && !w.givenAway(i) {
				best[a] = i
				break
			}
		}
	}
	clashes := make([]int, len(keys))
	for a := range keys {
		for b := a + 1; b < len(keys); b++ {
			if best[a] < 0 || best[b] < 0 || w.offered[best[a]].item.Fact == w.offered[best[b]].item.Fact {
				continue
			}
			if w.answers(best[a], best[b]) || w.answers(best[b], best[a]) {
				clashes[a]++
				clashes[b]++
			}
		}
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(x, y int) bool { return clashes[idx[x]] < clashes[idx[y]] })
	out := make([]string, len(keys))
	for i, a := range idx {
		out[i] = keys[a]
	}
	return out
}

// sentUse records a date or count question on a sentence: a fill-in
// (sentFill) stays recorded over a real question (sentReal).
func sentUse(was int, c candidate) int {
	if was == 1 || c.style() == 0 {
		return 1
	}
	return 2
}

// answers reports whether the prompt of offered question a gives away the
// answer of offered question b: "When did Russian President Vladimir Putin
// …?" answers "Who is Russia's President?".
func (w *writer) answers(a, b int) bool {
	// choose and crowdingLast ask of the same pairs again and again.
	n := len(w.offered)
	if len(w.answersMemo) != n*n {
		w.answersMemo = make([]int8, n*n)
	}
	if m := w.answersMemo[a*n+b]; m != 0 {
		return m > 0
	}
	// By pointer: a candidate and a fact are hundreds of bytes, and the
	// pairs are many.
	ca, cb := &w.offered[a], &w.offered[b]
	fb := &w.facts[cb.item.Fact]
	// A statement on a date is answered by the date's year as a question
	// is: four dates in 1865 tell "Lincoln was shot in 1865" true.
	answer := ""
	switch {
	case cb.q.Type != quiz.TrueFalse:
		answer = w.normalAnswer(b)
	case fb.Kind == Date:
		answer = normalize(fb.Text)
	}
	// A sentence copied as a statement or a fill-in naming a person
	// points to them as the doer of a nearby sentence's deed ("Obama had
	// to retake the oath of office after Roberts stumbled" beside "Who
	// repeated the incorrect version?", judged given away in held-out
	// set 10).
	apart := fb.sent - w.facts[ca.item.Fact].sent
	away := !officeOfNamed(ca, cb) && promptGivesAway(w.normalPrompt(a), ca.q.Prompt, cb.q, cb.item.Answer, *fb, w.numberFormsOf(*fb)) ||
		everyChoiceNames(w.normalChoices(a), answer) ||
		(ca.copy || ca.style() == 0) && fb.Kind == Actor && fb.DoerKind == "person" && cb.q.Type != quiz.TrueFalse &&
			apart != 0 && apart*apart <= 4 && givesAwayNormal(w.normalPrompt(a), cb.item.Answer, *fb)
	away = away || sameActSpeakerOf(ca, cb, &w.facts[ca.item.Fact], fb) ||
		fb.Kind == Count && partsTotalAcross(ca.q, cb.q.Prompt, fb.Number) || // partsacross.go
		fb.Kind == Leader && strings.HasPrefix(cb.idHint, "leader-office-") && officeDeedGivesAway(w.normalPrompt(a), fb.Person, cb.item.Answer, cb.item.Wrong) // officedeed.go
	w.answersMemo[a*n+b] = -1
	if away {
		w.answersMemo[a*n+b] = 1
	}
	return away
}

// dateAsked reports a chosen question of its own on date fact fi.
func (w *writer) dateAsked(fi int, chosen []int) bool {
	return slices.ContainsFunc(chosen, func(j int) bool { return w.offered[j].group == "" && w.offered[j].item.Fact == fi })
}

// officeOfNamed reports an office question or statement a ("What office
// does Rick Scott hold?", "Rick Scott is the Governor of Florida") beside
// a who-said or doer question b: a names the person only to ask their
// office, which tells nothing of who said or did what, so naming b's
// answer gives nothing away (held-out sets 13 and 14 lost "Who said …?"
// beside the speaker's office).
func officeOfNamed(a, b *candidate) bool {
	return b.group == "" && officeAskedOf(a.idHint, Kind(b.q.Fact))
}

// officeAskedOf reports a question id of an office question or statement
// ("leader-office-…", "leader-tf-…") beside a question of kind k that asks
// who said or did something: the first names a person only to ask their
// office (officeOfNamed). The quality checker asks it too.
func officeAskedOf(id string, k Kind) bool {
	return (strings.HasPrefix(id, "leader-office-") || strings.HasPrefix(id, "leader-tf-")) && (k == Quote || k == Actor)
}

// sameActSpeaker reports whether doer question a and who-said question b
// (on facts fa and fb) answer with one person, the quotation in the
// sentence after the deed's: it is the doer's word on that act, so the doer question tells
// who said it ("Who ruled out any revote?" beside "Who said 'There is no
// scope to hold the election again'?", held-out set 14).
func sameActSpeaker(a, b candidate, fa, fb Fact) bool { return sameActSpeakerOf(&a, &b, &fa, &fb) }

// sameActSpeakerOf is sameActSpeaker by pointer, as answers asks it of
// every pair of questions.
func sameActSpeakerOf(a, b *candidate, fa, fb *Fact) bool {
	if fa.Kind != Actor || fb.Kind != Quote || a.q.Type != quiz.Single || b.q.Type != quiz.Single {
		return false
	}
	// The quotation right after the deed: the same sentence may quote the
	// doer on something else ("X, who proposed the fund, said …").
	if fb.sent-fa.sent != 1 {
		return false
	}
	s := normalize(surname(a.item.Answer))
	return s != "" && s == normalize(surname(b.item.Answer))
}

// everyChoiceNames reports whether all the choices of one question name
// another's normalized answer: four dates in 1865 answer "When was
// Lincoln shot?" whichever the learner picks.
func everyChoiceNames(normChoices []string, n string) bool {
	if n == "" || len(normChoices) < 2 {
		return false
	}
	for _, c := range normChoices {
		if !hasWords(c, n) {
			return false
		}
	}
	return true
}

// shareContent reports whether two prompts share a content word other
// than the answer's own words and the words every question uses.
func shareContent(a, b, answer string) bool {
	skip := map[string]bool{}
	for _, x := range strings.Fields(normalize(answer)) {
		skip[x] = true
	}
	words := map[string]bool{}
	for _, x := range strings.Fields(normalize(a)) {
		if len(x) >= 4 && !skip[x] && !promptWords[x] {
			words[x] = true
		}
	}
	for _, x := range strings.Fields(normalize(b)) {
		if words[x] {
			return true
		}
	}
	return false
}

// promptWords are the words of the question forms themselves.
var promptWords = map[string]bool{
	"according": true, "article": true, "which": true, "what": true, "when": true, "where": true,
	"country": true, "city": true, "organisation": true, "these": true, "people": true, "office": true,
	"hold": true, "held": true, "that": true, "with": true, "from": true, "into": true, "have": true,
	"this": true, "their": true, "there": true, "were": true, "been": true, "about": true,
}

// numberFormsOf is numberFormsOf(f), made once per number of the article:
// choose asks it of a count for every pair of questions it compares.
func (w *writer) numberFormsOf(f Fact) []string {
	if f.Kind != Count {
		return nil
	}
	return memo(&w.numberForms, f.Number, countForms)
}

// normalPrompt is offered question i's prompt normalized, made once.
func (w *writer) normalPrompt(i int) string {
	if len(w.normPrompts) != len(w.offered) {
		w.normPrompts = normalizeEach(len(w.offered), func(j int) string { return w.offered[j].q.Prompt }, "")
	}
	return w.normPrompts[i]
}

// normalChoices is offered question i's choices normalized, as
// everyChoiceNames reads them for every pair of questions.
func (w *writer) normalChoices(i int) []string {
	if len(w.normChoices) != len(w.offered) {
		w.normChoices = make([][]string, len(w.offered))
	}
	if w.normChoices[i] == nil {
		cs := w.offered[i].q.Choices
		w.normChoices[i] = normalizeEach(len(cs), func(k int) string { return cs[k].Text }, "")
	}
	return w.normChoices[i]
}

// normalAnswer is offered question i's answer normalized: the choice
// that is the answer, normalized once by normalChoices.
func (w *writer) normalAnswer(i int) string {
	c := w.offered[i]
	for k, ch := range c.q.Choices {
		if ch.Text == c.item.Answer {
			return w.normalChoices(i)[k]
		}
	}
	return normalize(c.item.Answer)
}

// ---- wrong choices the quiz itself rules out (held-out sets 9 and 10) ----

// minWrong is how many wrong choices a question keeps at least once those
// the quiz rules out are gone.
const minWrong = 2

// thinned reports whether offered question i, beside the chosen ones,
// keeps fewer than minWrong of its wrong choices (ruledOutAll).
func (w *writer) thinned(i int, chosen []int) bool {
	out := w.ruledOutAll(i, chosen)
	if len(out) > 0 && len(w.offered[i].item.Wrong)-len(out) < minWrong {
		return true
	}
	if n := w.officesTold(i, chosen); n > 0 && len(w.offered[i].item.Wrong)-n < minWrong { // officetold.go
		return true
	}
	return w.wrongPersonPlaced(i, chosen)
}

// wrongPersonPlaced reports whether a wrong person of "Which of these
// people is …?" (offered question i) is the leader of another chosen
// question, which tells the learner that person's office: "What office
// does Aydin Barus hold? Governor" beside "Which of these people is an
// interior minister?" offering Barus (held-out set 14). One such choice
// leaves the question narrower than it looks, so it goes: the fact keeps
// its other forms ("What office does X hold?").
func (w *writer) wrongPersonPlaced(i int, chosen []int) bool {
	c := w.offered[i]
	// Only the bare office ("a governor"): "Who is Russia's President?"
	// names the country, and its wrong people who hold that office
	// elsewhere are not written (foreignLeaderAmong) nor those another
	// prompt places (ruledOut).
	if c.q.Type != quiz.Single || c.group != "" || len(c.item.Wrong) == 0 || !strings.HasPrefix(c.idHint, "leader-who-") ||
		!strings.HasPrefix(c.q.Prompt, "Which of these people ") {
		return false
	}
	for _, j := range chosen {
		if j == i || w.offered[j].group != "" {
			continue
		}
		if fa := w.facts[w.offered[j].item.Fact]; fa.Kind == Leader && containsString(c.item.Wrong, fa.Person) {
			return true
		}
	}
	return false
}

// ruledOutAll is the set of offered question i's wrong choices that its
// own prompt or a chosen question's prompt shows to be wrong (ruledOut).
func (w *writer) ruledOutAll(i int, chosen []int) map[string]bool {
	c := w.offered[i]
	if c.q.Type != quiz.Single || c.group != "" || len(c.item.Wrong) == 0 {
		return nil
	}
	var out map[string]bool
	add := func(a int) {
		for _, x := range w.ruledOut(a, i) {
			if out == nil {
				out = map[string]bool{}
			}
			out[x] = true
		}
	}
	add(i)
	for _, j := range chosen {
		if j != i {
			add(j)
		}
	}
	return out
}

// ruledOut lists the wrong choices of offered question b that the prompt
// of offered question a (b's own, when a == b) shows to be wrong, so that
// a learner who never read the article sets them aside: a person or a
// country the prompt names ("Who testified against the McDonnells?"
// offering Robert McDonnell, "Which country invaded the then British
// colony?" offering Britain); for "Who is the President of the United
// States?", a person another prompt gives another office ("Xi Jinping is
// the President of China"), or whose "What office does X hold?" offers
// only offices of other countries.
func (w *writer) ruledOut(a, b int) []string {
	ca, cb := w.offered[a], w.offered[b]
	kind := Kind(cb.q.Fact)
	const who, office = "leader-who-", "leader-office-"
	isWho := strings.HasPrefix(cb.idHint, who)
	// Asked of every candidate against every chosen question: most pairs
	// end here.
	if kind == Date || kind == Count || kind == Leader && !isWho || a != b && !isWho {
		return nil
	}
	p := w.normalPrompt(a)
	has := func(s string) bool { return s != "" && hasNormalWords(p, s) }
	// "the McDonnells" names Robert McDonnell.
	named := func(person string) bool {
		s := surname(person)
		if !strings.Contains(ca.q.Prompt, s) {
			return false
		}
		s = normalize(s)
		return hasWords(p, s) || hasWords(p, "the "+s+"s")
	}
	var out []string
	for _, x := range cb.item.Wrong {
		switch {
		case a == b:
			// countryNamesOf reads every adjective: only for a country.
			if kind != Place && named(x) && plainPersonName(x) && places().lookup(x) == nil || countryNames[x] && slices.ContainsFunc(countryNamesOf(x), has) {
				out = append(out, x)
			}
		default:
			asked := w.facts[cb.item.Fact]
			if named(x) {
				for _, g := range w.facts {
					if g.Kind == Leader && g.Person == x && (has(g.Office) || has(officeKey(g.Office))) {
						out = append(out, x)
						break
					}
				}
			}
			// "What office does X hold?" offering only offices of other
			// countries tells that X is none of Kazakhstan's (a person
			// may hold two offices of one country: a minister and an MP).
			if fa := w.facts[ca.item.Fact]; asked.Country != "" && strings.HasPrefix(ca.idHint, office) && fa.Person == x &&
				!slices.ContainsFunc(ca.q.Choices, func(ch quiz.Choice) bool {
					return !strings.Contains(ch.Text, " of ") || strings.HasSuffix(ch.Text, " "+asked.Country)
				}) && !containsString(out, x) {
				out = append(out, x)
			}
		}
	}
	return out
}
