package generate

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
)

// A sentence statement is a true-or-false question made from the fact's
// own sentence, with its date or number as written or with one wrong value
// put in its place: "According to the article, the bridge reopened on
// June 4, 2019." Most real sentences are too long or too tangled for a
// when or how-many clause (dateClause, countClause), and a fill-in copies
// the sentence anyway; a statement asks the same fact as a real question.
// It is offered after the clause questions and before the fill-ins
// (choose), and it takes its sentence for itself: the copy would give away
// any other question on it.

// maxStatementWords keeps a statement short enough to judge at a glance.
const maxStatementWords = 40

// boundQualifiers make a count a bound ("at least 30"; true: a lower
// bound): a wrong number on the far side of the bound is still true, so
// a false statement drops the bound and states a number on its near side
// ("the loss of 500 jobs" for "more than 1,000 jobs").
var boundQualifiers = map[string]bool{
	"at least": true, "more than": true, "fewer than": false, "less than": false, "up to": false,
	"over": true, "just over": true, "just under": false,
	"no fewer than": true, "no less than": true, "not less than": true, "no more than": false, "not more than": false,
}

// sentenceTFAs offers the sentence statement of a date or count fact,
// true by parity or false as a twin (sentenceTF, truebalance.go).
func (w *writer) sentenceTFAs(fi int) bool {
	f := w.facts[fi]
	s := w.sents[f.sent]
	if !w.copyable(f) {
		return false
	}
	truth := w.statedTrue(f) // truebalance.go
	var a, b int             // the written value, in bytes of the sentence
	var stated, wrong, explanation string
	switch f.Kind {
	case Date:
		// Dates listed with "and" may be two of many ("won in 2019 and
		// 2022"); a range's ends are the only ones ("between April 4
		// and May 13").
		if normalize(f.d.text()) != normalize(f.Text) || w.listedWithDate(fi) && !w.dateRange(fi) ||
			f.d.end < len(s.toks) && s.toks[f.d.end].text == ":" ||
			f.d.start > 0 && s.toks[f.d.start-1].is("about", "around", "circa", "approximately", "c") ||
			w.spanHoldsDate(fi) { // daterange.go

			return false
		}
		a, b = f.Start-f.SentenceStart, f.End-f.SentenceStart
		if !truth {
			d, ok := w.unwrittenDate(fi)
			if !ok || w.namedOrAsideDate(fi) { // falseforms.go
				return false
			}
			stated, wrong = commasAsWritten(f.Sentence[a:b], d.text()), d.text() // falseforms.go
		}
		explanation = "The article dates this to " + f.Text + "."
	case Count:
		// A percentage beside the count lets the learner work it out
		// ("25 million of the 53.9 million voters, a turnout of 47 percent").
		if !recallable(f.Number) || inQuote(s.toks, f.c.start) || f.c.implied ||
			strings.Contains(f.Sentence, "%") || strings.Contains(strings.ToLower(f.Sentence), "percent") ||
			f.c.qualifier != "" && f.Number < 20 {
			return false
		}
		a, b = s.toks[f.c.start].start-f.SentenceStart, s.toks[f.c.nounStart-1].end-f.SentenceStart
		// A sentence that states a sum ("won 50 seats and ACT 11,
		// giving the two parties 61 of the 121 seats, a majority of one")
		// ties its numbers together: none is changed.
		if countListed(f, s.toks) || brokenDown(s.toks) || inCountedList(f.Sentence[:a]+blank+f.Sentence[b:]) ||
			!truth && (sumStatedIn(s.toks, -1) || ratioTied(s.toks, f.c.start)) { // ratiotied.go
			return false
		}
		// A bound beside a near exact figure of the same thing, or one the
		// article calls unconfirmed, is no fact to state.
		lower, bound := boundQualifiers[f.c.qualifier]
		// A true one would keep its bound, which a false one drops: the
		// bound would tell them apart, so a bound is only stated false.
		if bound && (truth || w.nearFigure(fi) || unconfirmed(s.toks)) {
			return false
		}
		// A span holds every shorter one ("in office for three years" was
		// in office for two; "the strongest in more than 50 years" is the
		// strongest in 38), and a denied span every longer one ("had not
		// been retired for seven years", nor for nine): a false span is
		// longer, in a sentence that denies nothing.
		span := durations[s.toks[f.c.nounStart].lower()]
		if span && !truth && (bound && lower || slices.ContainsFunc(s.toks, func(t token) bool { return t.is("not", "never", "no") || t.text == "n't" })) {
			return false
		}
		explanation = countExplanation(f)
		if bound {
			explanation = strings.Replace(explanation, "counts ", "counts "+f.c.qualifier+" ", 1)
		}
		if !truth {
			n := w.unwrittenCount(fi, bound, lower, span)
			if n == 0 || crossesTitleFigure(w.title, f.Number, n) {
				return false
			}
			var ok bool
			if stated, ok = writtenLike(f.Sentence[a:b], n); !ok {
				return false
			}
			if bound {
				// The bound goes with the number it bounded ("just over").
				q := f.c.qualifiedStart()
				if q > 0 && s.toks[q-1].is("just") {
					q--
				}
				a = s.toks[q].start - f.SentenceStart
			}
			wrong = strconv.Itoa(n)
		}
	default:
		return false
	}
	// "Between 1850 and 1853, …": a date opening on a preposition takes
	// a small letter after "According to the article,".
	body, ok := w.statementBody(fi, a, b, stated, truth, f.Kind == Date && a == 0 && !prepositions[strings.ToLower(strings.SplitN(f.Sentence, " ", 2)[0])])
	if !ok {
		return false
	}
	if w.clause != nil { // one clause only (clausestatement.go)
		var part clausePart
		if body, part, ok = w.cutClause(fi, a, b, stated, truth, body); !ok {
			return false
		}
		w.part = &part
		defer func() { w.part = nil }()
	} else if w.omit != nil { // a phrase left out (omitstatement.go)
		var part clausePart
		if body, part, ok = w.cutOmit(fi, body); !ok {
			return false
		}
		w.part = &part
		defer func() { w.part = nil }()
	}
	q := quiz.Question{Type: quiz.TrueFalse, Truth: truth, Prompt: "According to the article, " + body, Explanation: explanation}
	var ws []string
	if !truth {
		ws = []string{wrong}
	}
	w.copying = true
	defer func() { w.copying = false }()
	return w.add(fi, q, strconv.FormatBool(truth), ws, "statement-"+slug(firstWords(f.Event+" "+f.Noun, 3)))
}

// statementBody is the statement of fact fi's sentence after "According
// to the article,": the sentence as written, or, when !truth, with its
// bytes [a, b) replaced by stated; a pronoun opening it named, a dropped
// connective cut, its first word in lower case unless it is a name
// (keepFirst: the value at its start keeps its capital). It fails on a
// sentence a statement cannot copy that way.
func (w *writer) statementBody(fi, a, b int, stated string, truth, keepFirst bool) (string, bool) {
	f := w.facts[fi]
	s := w.sents[f.sent]
	lead := w.connectiveLead(f.sent)
	// "World Cup Final 2015 4:00pm Saturday 31st October 2015, Twickenham,
	// attended by …": a title line before the value has no verb to state.
	if k, words := s.firstWord(), 0; k >= 0 {
		for ; k < len(s.toks) && s.toks[k].start < f.Start && (s.toks[k].cap() || !s.toks[k].isWord() || unicode.IsDigit(rune(s.toks[k].text[0]))); k++ {
			if s.toks[k].isWord() {
				words++
			}
		}
		if words >= 4 && (k == len(s.toks) || s.toks[k].start >= f.Start) {
			return "", false
		}
	}
	body := f.Sentence
	if !truth {
		if a == 0 {
			stated = upperFirst(stated)
		}
		body = f.Sentence[:a] + stated + f.Sentence[b:]
		if partExceedsWhole(body) {
			return "", false
		}
	}
	// "He was named …" with its referent: "Dana Reeve was named …"; "His
	// second coronation …": "Henry III's second coronation …".
	pi, pl, person := w.referentText(f.sent)
	if person != "" {
		p, pe := s.toks[pi], s.toks[pl]
		x, y := p.start-f.SentenceStart, pe.end-f.SentenceStart
		if !truth && x >= b { // "In 1940 he …" with another year
			x, y = x+len(body)-len(f.Sentence), y+len(body)-len(f.Sentence)
		}
		if x < 0 || y > len(body) || !strings.EqualFold(body[x:y], w.text[p.start:pe.end]) {
			return "", false // the sentence as written is not the one tokenized
		}
		body = body[:x] + person + body[y:]
	}
	// Only the sentence's place at the start capitalised its first word.
	first := s.firstWord()
	if first < 0 || s.toks[first].start != f.SentenceStart {
		return "", false
	}
	// "However, the toll rose …": the statement starts after the connective.
	if lead > 0 {
		cut := s.toks[lead].start - f.SentenceStart
		if a < cut {
			return "", false
		}
		body, first = body[cut:], lead
	}
	body = strings.Join(strings.Fields(body), " ")
	if !strings.HasSuffix(body, ".") || strings.HasSuffix(body, "..") {
		return "", false
	}
	// "According to the police, …": "the police said …" (statementsource.go).
	body, keepSource, ok := sourceSaid(s.toks, first, body)
	if !ok {
		return "", false
	}
	keepFirst = keepFirst || keepSource
	// A person's name keeps its capital; a thing's "The" does not ("the
	// Apollo program landed …").
	if !(person != "" && pi == first && !strings.HasPrefix(person, "The ")) && !w.nameFirst(s.toks[first:]) && !keepFirst {
		r, size := utf8.DecodeRuneInString(body)
		body = string(unicode.ToLower(r)) + body[size:]
	}
	return body, true
}

// copyable reports whether the fact's sentence can be copied whole into
// a statement: a sentence of the story (no headline, furniture, list
// item, caption credit or sentence cut short), of 6 to 40 words, that
// reads alone (standsAlone, openingReadsAlone, no pronoun before a name,
// no "we" or "you" of a speaker),
// with no quotation (rhetoric, and quotation marks a copy may leave
// unpaired) and no source slips (" ,", "[8]").
func (w *writer) copyable(f Fact) bool {
	return w.copyableMemo(f) // copyablememo.go
}

// copyableRead is copyable, read afresh.
func (w *writer) copyableRead(f Fact) bool {
	defer w.withReferent(f.sent)()
	// After a connective the statement reads from the next word on, which
	// must read alone as a sentence's first word would ("However, he …" not).
	if lead := w.connectiveLead(f.sent); lead > 0 {
		old := w.sents[f.sent].toks
		toks := append([]token(nil), old[lead:]...)
		toks[0].rename(upperFirst(toks[0].text))
		w.sents[f.sent].toks = toks
		defer func() { w.sents[f.sent].toks = old }()
	}
	s := w.sents[f.sent]
	n := wordCount(f.Sentence)
	// The string tests first: they are cheap, and refuse most quotations.
	return !s.headline && !s.furniture && n >= 6 && n <= maxStatementWords &&
		!strings.ContainsAny(f.Sentence, "\"“”|[]") && !strings.Contains(f.Sentence, " ,") && !strings.Contains(f.Sentence, " / ") &&
		w.standsAlone(f.sent) && w.openingReadsAlone(f.sent) && !w.listItem(f.sent) && cutProblem(w.text, f, "") == "" && !pronounBeforeName(s.toks, w.proper) &&
		!inFirstOrSecondPerson(s.toks) // a quotation's sentence without its marks
}

// weekdayBefore reports a weekday just before the date ("Tuesday, Sept.
// 5"): a wrong date would no longer fall on it, which gives it away.
func weekdayBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if weekdays[toks[k].text] {
			return true
		}
	}
	return false
}

// unwrittenDate is a wrong date for a statement that is certainly false:
// of the fact's form and style, near it, and overlapping no date the
// article gives, for this event or any other (another date of the article
// may be a second date of the same event, which the writer cannot tell).
// It keeps its place among the sentence's other dates ("between April 4
// and May 13" never gets a start after its end), and the weekday written
// before it ("Tuesday, May 6" becomes "Tuesday, May 13").
func (w *writer) unwrittenDate(fi int) (date, bool) {
	f := w.facts[fi]
	// "by 30 July", "By 1086 it was a manor": what holds by a date holds
	// by any later one, and an earlier one the article leaves open, so
	// no other date makes the statement certainly false.
	if f.d.prep == "by" {
		return date{}, false
	}
	free := func(e date) bool {
		for _, g := range w.facts {
			if g.Kind == Date && (g.d.overlaps(e) || g.sent == f.sent && g.Start != f.Start && !sameSideOf(g.d, f.d, e)) {
				return false
			}
		}
		return true
	}
	if weekdayBefore(w.sents[f.sent].toks, f.d.start) {
		e := f.d
		if e.form != formDay && e.form != formDayYear {
			return date{}, false
		}
		// A week on, or back, within the month: the same weekday.
		if e.day += 7; e.day > 28 {
			e.day -= 14
		}
		return e, free(e)
	}
	for _, t := range w.dateDistractors(fi) {
		if e, ok := parseDate(t); ok && e.form == f.d.form && free(e) {
			if e, ok = e.asForm(f.d.form, f.d); ok && e.text() == t {
				return e, true
			}
		}
	}
	h := factHash(f)
	for s := 0; s < 2; s++ {
		for _, e := range sideDates(f.d, int(h>>3&1)^s, h) {
			if free(e) {
				return e, true
			}
		}
	}
	return date{}, false
}

// dateOrder compares two dates by what both give (year, then month, then
// day): -1, 1, or 0 when they agree on all of it.
func dateOrder(a, b date) int {
	if a.form == formCentury || b.form == formCentury { // a century is a span of years (century.go)
		return centuryOrder(a, b)
	}
	for _, p := range [][2]int{{a.year, b.year}, {a.month, b.month}, {a.day, b.day}} {
		switch {
		case p[0] == 0 || p[1] == 0 || p[0] == p[1]:
		case p[0] < p[1]:
			return -1
		default:
			return 1
		}
	}
	return 0
}

// unwrittenCount is a wrong number for a statement that is certainly
// false: wrongCount's (no number the article gives for the same noun),
// and no number written anywhere in the sentence. A bound's is on its
// near side, where no number fits it: below "more than 1,000", above "up
// to 60".
func (w *writer) unwrittenCount(fi int, bound, lower, span bool) int {
	f := w.facts[fi]
	cands := []int{w.wrongCount(fi)}
	if bound || span {
		up, down := scaledCounts(f.Number, true, factHash(f))
		if cands = up; bound && lower {
			cands = down
		} else if !bound {
			// The nearest longer span: "for 230 years" against 76 would
			// reach back before most things an article dates.
			cands = slices.Sorted(slices.Values(up))
		}
	}
	toks := w.sents[f.sent].toks
next:
	for _, n := range cands {
		if n < 2 || n == f.Number || bound && (n < f.Number) != lower || span && n < f.Number {
			continue
		}
		// "50 funerary cones, 40 of which …": a wrong 25 would contradict
		// the sentence's other number, which gives it away.
		for i := 0; i < len(toks); i++ {
			if i >= f.c.start && i < f.c.end {
				continue
			}
			v, end, _, ok := numberAt(toks, i)
			if !ok { // "the 200-seat house" bounds the seats won too
				head, _, _ := strings.Cut(toks[i].text, "-")
				// Only a number is read: a word Atoi refuses costs an error
				// value (every word of the sentence, for every candidate).
				v = 0
				if digits := strings.ReplaceAll(head, ",", ""); digits != "" && (digits[0] >= '0' && digits[0] <= '9' || digits[0] == '+' || digits[0] == '-') {
					v, _ = strconv.Atoi(digits)
				}
				end = i + 1
			}
			if v == n || v > 1 && (n < v) != (f.Number < v) {
				continue next
			}
			i = end - 1
		}
		for _, g := range w.facts {
			if g.Kind == Count && (g.sent == f.sent || g.Noun == f.Noun) && g.Number == n {
				continue next
			}
		}
		return n
	}
	return 0
}

// writtenLike writes n the way the article wrote its number: words stay
// words ("seven"), digits keep or drop their commas, and a scale word
// stays ("5 million" gives "10 million", "two million" "four million").
// It fails where the form cannot be kept.
func writtenLike(written string, n int) (string, bool) {
	parts := strings.Fields(written)
	if len(parts) == 0 {
		return "", false
	}
	words := parts[0][0] < '0' || parts[0][0] > '9'
	if len(parts) > 1 {
		scale, ok := scales[strings.ToLower(parts[len(parts)-1])]
		if !ok || len(parts) != 2 || scale < 1000 || n%(scale/10) != 0 {
			return "", false
		}
		word := strings.ToLower(parts[1])
		if words {
			if n%scale != 0 || n/scale >= 100 {
				return "", false
			}
			return numberWords(n/scale) + " " + word, true
		}
		return strconv.FormatFloat(float64(n)/float64(scale), 'f', -1, 64) + " " + word, true
	}
	switch {
	case words:
		if n >= 100 {
			return "", false // "one hundred twenty" reads unlike the article's own
		}
		return numberWords(n), true
	case strings.Contains(written, ","):
		return commaDigits(n), true
	}
	return strconv.Itoa(n), true
}

// commaDigits writes n with a comma every three digits, from 1,000 on, as
// an article that wrote "1,500" does.
func commaDigits(n int) string {
	s := strconv.Itoa(n)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// countForms are the ways a statement may write the number n: digits with
// or without commas, words, and a scale word ("2.5 million").
func countForms(n int) []string {
	if forms := smallCountForms(); n >= 0 && n < len(forms) {
		return forms[n]
	}
	return slices.Clip(makeCountForms(n)) // clipped as smallCountForms are
}

// numberFormsOf are the countForms of count fact f's number, nil for
// another fact.
func numberFormsOf(f Fact) []string {
	if f.Kind != Count {
		return nil
	}
	return countForms(f.Number)
}

func makeCountForms(n int) []string {
	out := []string{strconv.Itoa(n), commaDigits(n), numberWords(n)}
	for _, sc := range []struct {
		word  string
		value int
	}{{"thousand", 1000}, {"million", 1000000}, {"billion", 1000000000}} {
		if n >= sc.value && n%(sc.value/10) == 0 {
			out = append(out, strconv.FormatFloat(float64(n)/float64(sc.value), 'f', -1, 64)+" "+sc.word)
			if n%sc.value == 0 && n/sc.value < 100 {
				out = append(out, numberWords(n/sc.value)+" "+sc.word)
			}
		}
	}
	return out
}

// countListed reports a count followed by a list that names as many
// items ("two other species, A and B, …") or by its parts after a dash,
// a colon or a bracket ("five people -- three women and two children"):
// the learner counts the names or adds the parts up.
func countListed(f Fact, toks []token) bool {
	// Past an "of" phrase: "four other species of dinosaur, A and B".
	k := f.c.end
	for k < len(toks) && k < f.c.end+4 && toks[k].isWord() {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch next := toks[k].text; {
	case strings.HasPrefix(next, "-") || strings.Contains(":—–(", next):
		return true
	case next != ",":
		return false
	}
	after := strings.Join(strings.Fields(f.Sentence[toks[k].end-f.SentenceStart:]), " ")
	return listCountsAnswer(blank+" :"+after, f.Number)
}

// connectives open a sentence that answers the one before it ("Yet he
// was returned …"): copied alone it reads as a reply to nothing.
var connectives = map[string]bool{
	"yet": true, "but": true, "and": true, "or": true, "however": true, "still": true, "meanwhile": true,
	"instead": true, "then": true, "so": true, "thus": true, "nevertheless": true, "moreover": true,
	"furthermore": true, "hence": true, "therefore": true,
}

// droppedConnectives open a sentence whose statement stays true without
// them ("However, the toll rose to 40."); the comma after those of the
// first line is required.
var droppedConnectives = map[string]bool{
	"however": true, "meanwhile": true, "moreover": true, "furthermore": true, "nevertheless": true, "instead": true,
	"but": false, "yet": false, "and": false,
}

// connectiveLead is the index of the word a statement starts on after a
// dropped connective and its comma, or after a speaker the article leaves
// to a pronoun ("It said 393 people …": what was said, as the article
// reports it), or -1 when the sentence opens on neither (or on a
// pronoun whose person is known: the statement names them).
func (w *writer) connectiveLead(si int) int {
	s := w.sents[si]
	first := s.firstWord()
	if first < 0 {
		return -1
	}
	comma, ok := droppedConnectives[s.toks[first].lower()]
	k := first + 1
	if e := connectivePhraseEnd(s.toks, first); e > 0 && !ok { // connectivephrase.go
		comma, ok, k = true, true, e
	}
	speaker := k+1 < len(s.toks) && s.toks[first].is("he", "she", "it", "they") && s.toks[k].is("said", "says", "added")
	if !ok && !speaker || w.referent(si) != "" {
		return -1
	}
	if speaker {
		if k++; s.toks[k].is("that") {
			k++
		}
		comma, ok = false, true
	}
	if !ok || !s.toks[first].cap() || k >= len(s.toks) {
		return -1
	}
	if s.toks[k].text == "," {
		k++
	} else if comma {
		return -1
	}
	if k >= len(s.toks) || !s.toks[k].isWord() {
		return -1
	}
	return k
}

// openingReadsAlone reports whether the sentence opens like one a
// statement can copy: on a capital or a figure, not on a connective, not on a participle of a
// dictionary entry ("Fought June 8, 1857, when …"), not on a dateline in
// capitals ("CAPE CANAVERAL, Fla. –") nor on a heading run into the
// sentence ("History Against Expectations The company …").
func (w *writer) openingReadsAlone(si int) bool {
	s := w.sents[si]
	first := s.firstWord()
	t := s.toks[first]
	if !t.cap() && !unicode.IsDigit(rune(t.text[0])) || connectives[t.lower()] || participleBase(t.text) != "" && !w.proper[t.text] || len(t.text) > 1 && t.text == strings.ToUpper(t.text) && t.text != t.lower() {
		return false
	}
	for k := first + 1; k < len(s.toks) && k <= first+6; k++ {
		if s.toks[k].is("the", "a", "an") && s.toks[k].cap() && s.toks[k-1].isWord() && s.toks[k-1].cap() {
			return false
		}
	}
	return !opensOnDateline(s)
}

// opensOnDateline reports a sentence that opens on a dateline in
// capitalised words before a colon ("Washington: A young planet …",
// "New Delhi, May 3: …"): page furniture, in no statement or blank.
//
// A timeline's date cell before a colon ("3 November 1918: The army
// …", "1919: …") is furniture the same way.
func opensOnDateline(s sentence) bool {
	first := s.firstWord()
	if first < 0 {
		return false
	}
	dateCell := yearNumber(s.toks[first]) > 0 || dayNumber(s.toks[first]) > 0
	if !s.toks[first].cap() && !dateCell {
		return false
	}
	for k := first + 1; k < len(s.toks) && k <= first+5; k++ {
		t := &s.toks[k]
		if t.text == ":" {
			return true
		}
		if !(t.cap() || t.text == "," || t.isWord() && yearNumber(*t) == 0 && dayNumber(*t) > 0 || dateCell && yearNumber(*t) > 0) {
			return false
		}
	}
	return false
}

// qualifierOpening are the first words of a count's qualifiers ("About
// 1,000 companies"), never names.
var qualifierOpening = func() map[string]bool {
	m := map[string]bool{}
	for _, q := range qualifierWords {
		m[q[0]] = true
	}
	return m
}()

// nameFirst reports whether the sentence's first word is a name, which
// keeps its capital after "According to the article,": a month, a
// weekday or an agency, the start of a name joined by "and" ("Health and
// Human Services"), or keepCapital's reading unless the article also
// writes the word in lower case.
func (w *writer) nameFirst(ts []token) bool {
	t := ts[0]
	lower := t.lower()
	switch {
	case prepositions[lower] || connectives[lower] || qualifierOpening[lower] || w.descriptiveOpener(t) || countWordFirst(w, ts): // sentenceterm.go, countwordfirst.go
		return false
	case monthIndex[lower] != 0 && len(lower) > 3 || weekdays[t.text] || quoteKnownOrgs[t.text]:
		return true
	case len(ts) > 2 && t.cap() && ts[1].is("and") && ts[2].cap():
		return true
	// "Martin de Souza", "Martin Souza, 52,": a person's name.
	case len(ts) > 1 && t.cap() && qualityParticles[ts[1].text], len(ts) > 2 && t.cap() && ts[1].text == "," && ts[2].text[0] >= '1' && ts[2].text[0] <= '9':
		return true
	// "Minister Barnett said", "Team GB arrived": a title before a
	// person's name, a word before an acronym, though "the minister" and
	// "the team" are written in lower case elsewhere.
	case len(ts) > 1 && t.cap() && (w.names[ts[1].text] || isUpperWord(ts[1].text) && len(ts[1].text) >= 2 && !t.is("the", "a", "an", "this", "that", "its", "their")):
		return true
	// "Meade had lost …": a surname the article writes nowhere else.
	case len(ts) > 1 && (auxiliaries[ts[1].lower()] || pastVerbs[ts[1].lower()] != "") && w.loneName(ts[:1]):
		return true
	case !w.keepCapital(ts):
		return false
	case lower == t.text || w.names[t.text] || countryOpener(ts) || t.poss:
		return true
	}
	for i := strings.Index(w.text, lower); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(w.text[:i])
		after, _ := utf8.DecodeRuneInString(w.text[i+len(lower):])
		if i > 0 && !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return false
		}
		j := strings.Index(w.text[i+1:], lower)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return true
}

// copiesSentence reports a statement that copies the fact's sentence
// (sentenceTF's form): after "According to the article," the sentence's
// words with at most a few changed where the value stands.
func copiesSentence(f Fact, prompt string) bool {
	rest, ok := strings.CutPrefix(prompt, "According to the article, ")
	if !ok {
		return false
	}
	a, b := strings.Fields(normalize(f.Sentence)), strings.Fields(normalize(rest))
	if len(a) < 6 || abs(len(a)-len(b)) > 3 {
		return false
	}
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	return head+tail >= len(a)-4
}

// wrongElsewhere reports the wrong value of a sentence statement that the
// article gives anywhere: a copy keeps the whole sentence, so the writer
// must not risk a value the article may give the same event elsewhere.
func wrongElsewhere(res Result, f Fact, wrong string) bool {
	switch f.Kind {
	case Date:
		d, ok := parseDate(wrong)
		if !ok {
			return true
		}
		for _, g := range res.Facts {
			if g.Kind == Date && g.d.overlaps(d) {
				return true
			}
		}
	case Count:
		n, err := strconv.Atoi(wrong)
		if err != nil {
			return true
		}
		for _, g := range res.Facts {
			if g.Kind == Count && (g.Noun == f.Noun || g.sent == f.sent) && g.Number == n {
				return true
			}
		}
	}
	return false
}

// brokenDown reports a sentence that breaks a figure down between dashes
// or brackets ("five people -- three women and two children --"): a
// wrong part would no longer add up, which gives it away.
func brokenDown(toks []token) bool {
	aside := func(t token) bool {
		return t.punct && (strings.HasPrefix(t.text, "-") || strings.ContainsAny(t.text, "—–()"))
	}
	for i, t := range toks {
		if !aside(t) || t.text == ")" {
			continue
		}
		// An aside with no number in it ("(DRC)", "– the first since the
		// war –") breaks nothing down.
		for k := i + 1; k < len(toks) && !aside(toks[k]); k++ {
			if _, _, _, ok := numberAt(toks, k); ok {
				return true
			}
		}
	}
	return false
}

// listItem reports a sentence that is an item of a list: its line opens
// on a bullet or a number, or the line before ends on a colon.
func (w *writer) listItem(si int) bool {
	start := w.sents[si].start
	line := strings.LastIndexByte(w.text[:start], '\n') + 1
	lead := strings.TrimSpace(w.text[line:start] + w.text[start:min(start+2, len(w.text))])
	if r, _ := utf8.DecodeRuneInString(lead); strings.ContainsRune("-•*–—·▪", r) {
		return true
	}
	if k := strings.IndexAny(lead, ".)"); k > 0 && k <= 2 && strings.Trim(lead[:k], "0123456789") == "" {
		return true
	}
	return strings.HasSuffix(strings.TrimRight(w.text[:line], " \t\r\n"), ":")
}

// subjectless reports a line that is no statement on its own because its
// main clause has no verb: an entry's headword ("Ada Lovelace, writer on
// the engine of Babbage.") or a list's description of someone it named on
// the line before ("Welsh painter who won the prize in 1961."). Copied
// after "According to the article," it says nothing about anyone.
func subjectless(s sentence) bool {
	first := s.firstWord()
	if first < 0 || determiners[s.toks[first].lower()] || pronouns[s.toks[first].lower()] {
		return false
	}
	ts := s.toks[first:]
	// "Inventor; born in Foxboro …; was educated …": an entry's
	// description in clauses after its one-word heading.
	for k := 1; k < len(ts) && k <= 3; k++ {
		if ts[k].text == ";" {
			return true
		}
	}
	rel, commas := len(ts), 0
	for k, t := range ts {
		if t.is("who", "whose", "whom", "which") {
			rel = k
			break
		}
		if t.text == "," {
			commas++
		}
	}
	for k, t := range ts[:rel] {
		l := t.lower()
		// A reporting verb is a verb too: "The WHO said 393 people who …".
		if auxiliaries[l] || (pastVerbs[l] != "" || speechVerbs[l] || strings.HasSuffix(l, "ed")) && !participleUse(ts, k) && !t.cap() {
			return false
		}
	}
	if rel < len(ts) {
		// "… translator, whose" and "scientist who": a bare noun described,
		// not "Smith, who …, died", whose verb follows the clause.
		p := rel - 1
		if p >= 0 && ts[p].text == "," {
			p--
		}
		// The noun phrase is bare: no article, preposition or owner in it
		// ("According to the study, which …", "Reeve's album, which …" go on
		// to a clause of their own).
		for _, t := range ts[:rel] {
			if determiners[t.lower()] || prepositions[t.lower()] || t.is("of") || t.poss {
				return false
			}
		}
		return p >= 0 && ts[p].isWord() && !ts[p].cap() && unicode.IsLetter([]rune(ts[p].text)[0])
	}
	// The headword form: a name, perhaps with its dates in brackets, a
	// comma and a description, with no verb after it either.
	if commas != 1 {
		return false
	}
	comma := 0
	for k, t := range ts {
		if t.text == "," {
			comma = k
			break
		}
		if t.isWord() && (!t.cap() || prepositions[t.lower()] || connectives[t.lower()]) {
			return false
		}
	}
	after := comma + 1
	return comma > 0 && after < len(ts) && ts[after].isWord() && !ts[after].cap() && !determiners[ts[after].lower()]
}

var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true, "some": true, "many": true, "most": true, "all": true, "each": true, "every": true}

// personPronouns need a person named before them in the sentence
// ("Facing a crowd of 20,000, he opened the gate"): copied alone, the
// statement would be about no one. "They" and "them" may have a group of
// people instead ("Rescue workers cleared roads so they could …").
var personPronouns = map[string]bool{"he": true, "she": true, "they": true, "him": true, "them": true, "we": true, "i": true, "us": true}

// groupEndings end the plurals that name groups of people: workers,
// residents, scientists, officials, historians, inspectors, trainees
// (and irregularPlurals: people, children, police).
var groupEndings = []string{"ers", "ents", "ists", "ials", "ians", "ors", "ees"}

// pronounBeforeName reports a person pronoun with no one named before it
// in the sentence; the first word names someone, for "he" or "she", only
// when the article writes it capitalised elsewhere too ("Wolszczan …
// when he used"; not "Wolszczan says they find …").
func pronounBeforeName(toks []token, proper map[string]bool) bool {
	named, person, group := false, false, false
	for i, t := range toks {
		if t.punct {
			continue
		}
		if personPronouns[t.text] {
			plural := t.text == "they" || t.text == "them"
			return !named && !(group && plural) && !(person && t.is("he", "she", "him"))
		}
		if t.cap() && !notNames[t.text] {
			named = named || i > 0 || nameForPronoun(&toks[i]) // referentfor.go
			person = person || proper[t.text]
		}
		if !group && !t.cap() {
			group = irregularPlurals[t.text]
			for _, e := range groupEndings {
				group = group || strings.HasSuffix(t.text, e)
			}
		}
	}
	return false
}
