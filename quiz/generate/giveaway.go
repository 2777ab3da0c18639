package generate

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
)

// What gives a question's answer away besides another question: the quiz's
// title (the article's headline, read before any question: "British Prime
// Minister May announces resignation" answers "What office did Theresa May
// hold?"), and the question's own prompt pointing at one choice ("… by
// 2025 while the rest should be done some time _____" with "between 2025
// and 2030" the only choice holding 2025). The writer drops such questions
// (choose) and the checker reports them (QualityProblems).

// defaultTitle names a quiz whose article has no headline.
const defaultTitle = "Quiz from an article"

// givenAway reports whether offered question i is given away by the title
// or by its own prompt.
func (w *writer) givenAway(i int) bool {
	// choose asks again and again: each answer is found once.
	if len(w.givenAwayMemo) != len(w.offered) {
		w.givenAwayMemo = make([]int8, len(w.offered))
	}
	if m := w.givenAwayMemo[i]; m != 0 {
		return m > 0
	}
	c := w.offered[i]
	if w.titleText == "" {
		w.titleText = headlineText(w.title)
	}
	away := w.title != "" && w.title != defaultTitle && headlineGivesAway(w.title, w.titleText, w.titleDatesRead(), c.q, c.item.Answer, w.facts[c.item.Fact]) ||
		promptPointsToNormal(c.q, w.normalPrompt(i), w.normalChoices(i)) != "" || boundGiveAway(c.q) != "" ||
		fixedCountGiveaway(w.normalPrompt(i), w.facts[c.item.Fact]) || matchSidesGiveaway(w.normalPrompt(i), w.facts[c.item.Fact]) // fixedcount.go, matchsides.go
	w.givenAwayMemo[i] = -1
	if away {
		w.givenAwayMemo[i] = 1
	}
	return away
}

// titleGivesAway reports whether a quiz's title gives away the answer of
// question q on fact f.
func titleGivesAway(title string, q quiz.Question, answer string, f Fact) bool {
	if title == "" || title == defaultTitle {
		return false
	}
	return headlineGivesAway(title, headlineText(title), nil, q, answer, f)
}

// headlineText is a title normalized with its offices written out, as
// titleGivesAway reads it (the writer makes it once: givenAway).
func headlineText(title string) string {
	// Headlines abbreviate offices: "UK PM resigns", "Gov. Mills signs".
	t := " " + normalize(title) + " "
	for short, long := range headlineOffices {
		t = strings.ReplaceAll(t, " "+short+" ", " "+long+" ")
	}
	return strings.TrimSpace(t)
}

// headlineGivesAway is titleGivesAway on title's headlineText t; tds are
// the title's dates (titledates.go), nil to read them from title.
func headlineGivesAway(title, t string, tds []date, q quiz.Question, answer string, f Fact) bool {
	if f.Kind == Leader {
		// A headline naming a leader ("Putin, Erdogan ready to join
		// efforts") tells who is in the news, not who holds which office.
		has := func(s string) bool { return s != "" && hasNormalWords(t, s) }
		office := has(f.Office) || has(officeKey(f.Office)) || has(invertedOffice(f.Office)) // invertedoffice.go
		// Asked for the office, a headline naming it needs no name: the
		// learner picks the choice it echoes ("Papua New Guinea prime
		// minister resigns", "…: Premier").
		if office && strings.HasPrefix(q.Prompt, "What office ") && (normalize(answer) == normalize(f.Office) || titleOfficeOf(t, f)) ||
			strings.HasPrefix(q.Prompt, "What office ") && titlePortfolio(t, q) { // titleportfolio.go
			return true
		}
		// "Chinese President meets US envoy" makes "X is the President of
		// China" true: the story's one Chinese President is its X; and
		// "X is the Prime Minister of China" false (held-out set 11).
		if q.Type == quiz.TrueFalse && titleOfficeOf(t, f) {
			return true
		}
		return has(surname(f.Person)) && office
	}
	// (The prompt is normalized only for a count with a noun, all that
	// titleCountsNoun reads.)
	if f.Kind == Count && f.Noun != "" && titleCountsNoun(t, normalize(q.Prompt), f) { // fixedcount.go
		return true
	}
	// "City 2 [Kane 58, 63] Rovers 0" answers "Who broke the deadlock on
	// 58 minutes?": the headline ties its one person to the deed.
	if person := doerOrSpeaker(f); person != "" && titleTiesPerson(t, q, person) {
		return true
	}
	// "Minister to visit US on May 16-19" answers "… on _____" with May 18
	// the one choice in the visit.
	if f.Kind == Date && (tds == nil && titleDateOnlyRight(title, q) || tds != nil && datesOnlyRight(tds, q)) {
		return true
	}
	// "Virginia ex-governor gets 2 years" answers "In which state …?",
	// "Russian rocket launches satellites" "Which country launched …?":
	// the headline's place or country is the story's.
	if (f.Kind == Place || f.Kind == Actor) && q.Type != quiz.TrueFalse {
		for _, name := range countryNamesOf(answer) {
			if strings.Contains(" "+t+" ", " "+name+" ") {
				return true
			}
		}
	}
	// "'The best goal I've scored': Irish striker's volley": a headline
	// quoting the words tells whose they are.
	if f.Kind == Quote {
		_, quoted, _ := strings.Cut(q.Prompt, "“")
		quoted, _, _ = strings.Cut(quoted, "”")
		ws := strings.Fields(normalize(quoted))
		for i := 0; i+4 <= len(ws); i++ {
			if strings.Contains(" "+t+" ", " "+strings.Join(ws[i:i+4], " ")+" ") {
				return true
			}
		}
	}
	// "Serena sets up finale with 3rd major win" answers "gave her the
	// first _____ legs of the Grand Slam": the number to give is the
	// headline's. (A statement is not: "the seventh round of talks"
	// tells nothing of "for six consecutive years".)
	if f.Kind == Count && q.Type != quiz.TrueFalse && titleOrdinal(title, f.Number) {
		return true
	}
	// A headline's numbers go without their nouns ("At least 172 dead in
	// India floods"): any of them states a count.
	if f.Kind == Count && q.Type == quiz.TrueFalse {
		if titleCountsOther(t, f) { // titlecount.go
			return false
		}
		ws := strings.Fields(t) // split once, not per form
		return slices.ContainsFunc(append(countForms(f.Number), decadeForms(f)...), func(n string) bool { return findWords(ws, strings.Fields(normalize(n)), 0) >= 0 })
	}
	// "Fugitive caught after decade on run" answers "How many years was
	// he on the run?".
	if slices.ContainsFunc(decadeForms(f), func(n string) bool { return findWords(strings.Fields(t), strings.Fields(n), 0) >= 0 }) {
		return true
	}
	// "Three sentenced after fraud inquiry": a number before a verb
	// counts people.
	if head := lastWord(f.Noun); f.Kind == Count && (impliedHeads[head] || head == "men" || head == "women") {
		ws := strings.Fields(t)
		for _, n := range countForms(f.Number) {
			if k := findWords(ws, strings.Fields(normalize(n)), 0); k >= 0 {
				next := k + len(strings.Fields(n))
				if next < len(ws) && (pastVerbs[ws[next]] != "" || strings.HasSuffix(ws[next], "ed") || ws[next] == "dead") {
					return true
				}
			}
		}
	}
	return promptGivesAway(t, title, q, answer, f, numberFormsOf(f))
}

// decadeForms are the words a headline uses for a count of years in
// tens or hundreds: "decade" for 10, "three decades" for 30, "century"
// for 100; none for another count.
func decadeForms(f Fact) []string {
	if f.Kind != Count || lastWord(f.Noun) != "years" || f.Number <= 0 {
		return nil
	}
	switch n := f.Number; {
	case n == 10:
		return []string{"decade"}
	case n == 100:
		return []string{"century"}
	case n%100 == 0 && n <= 900:
		return []string{numberWords(n/100) + " centuries"}
	case n%10 == 0 && n < 100:
		return []string{numberWords(n/10) + " decades"}
	}
	return nil
}

// doerOrSpeaker is the person a doer or a "who said" question asks for,
// "" for other facts and for organisations.
func doerOrSpeaker(f Fact) string {
	switch {
	case f.Kind == Actor && f.DoerKind == "person":
		return f.Doer
	case f.Kind == Quote && !speakerIsOrg(f.Speaker):
		return f.Speaker
	}
	return ""
}

// titleTiesPerson reports whether normalized title t names person beside
// a number or a content word of q's prompt: "[Kane 58, 63]" and "Who
// broke the deadlock on 58 minutes?", "Kane double sinks Rovers" and
// "According to the article, Kane scored twice against Rovers". A title
// naming the person alone tells who is in the news, not who did what.
func titleTiesPerson(t string, q quiz.Question, person string) bool {
	if !hasNormalWords(t, surname(person)) {
		return false
	}
	for _, x := range strings.Fields(normalize(q.Prompt)) {
		if startsWithDigit(x) && hasWords(t, x) {
			return true
		}
	}
	names := person
	for _, c := range q.Choices {
		names += " " + c.Text
	}
	return shareContent(t, q.Prompt, names)
}

// titleDateOnlyRight reports whether a date of the title overlaps the
// right choice of date question q and no wrong one: the learner picks
// the choice the headline dates.
func titleDateOnlyRight(title string, q quiz.Question) bool {
	if q.Type != quiz.Single {
		return false
	}
	var buf [48]token // a title's words, on the stack (tokenizeInto)
	return datesOnlyRight(findDates(tokenizeInto(buf[:0], title)), q)
}

// datesOnlyRight is titleDateOnlyRight on the title's dates tds.
func datesOnlyRight(tds []date, q quiz.Question) bool {
	if q.Type != quiz.Single {
		return false
	}
	for _, td := range tds {
		right, wrong := false, false
		for _, c := range q.Choices {
			d, ok := parseDate(c.Text)
			if !ok {
				return false
			}
			if td.overlaps(d) {
				right, wrong = right || c.Correct, wrong || !c.Correct
			}
		}
		if right && !wrong {
			return true
		}
	}
	return false
}

// titleOrdinal reports whether a title holds ordinal n ("3rd", "third";
// from two on).
func titleOrdinal(title string, n int) bool {
	var buf [48]token // a title's words, on the stack (tokenizeInto)
	for _, t := range tokenizeInto(buf[:0], title) {
		if v, ok := ordinalValue(t); ok && v == n {
			return true
		}
	}
	return false
}

// crossesTitleFigure reports whether wrong number n lies on the other side
// of a figure of the title than the right number does: "death toll
// passes 11,000" makes "12,860 confirmed dead in Turkey alone" (8,574)
// false on its face. Only figures of the same order as the count are
// read: a title's "2 years" says nothing of "40,000 workers".
func crossesTitleFigure(title string, right, n int) bool {
	if title == "" || title == defaultTitle {
		return false
	}
	var buf [48]token // a title's words, on the stack (tokenizeInto)
	toks := tokenizeInto(buf[:0], title)
	for i := range toks {
		t, _, _, ok := numberAt(toks, i)
		if !ok || t == right || t*10 < right || t > right*10 {
			continue
		}
		if (right < t) != (n < t) {
			return true
		}
	}
	return false
}

// titleOfficeOf reports whether a normalized title names f's office as
// its country's: "cuban foreign minister", "foreign minister of cuba". A
// headline's office alone may be another country's ("Foreign Minister
// meets Cuban Ambassador" is Mongolia's), not the answer "Foreign
// Minister of Cuba".
func titleOfficeOf(t string, f Fact) bool {
	if f.Country == "" {
		return false
	}
	t = " " + t + " "
	names := countryNamesOf(f.Country)
	for _, o := range []string{normalize(f.Office), normalize(officeKey(f.Office))} {
		for _, c := range names {
			if strings.Contains(t, " "+c+" "+o+" ") || strings.Contains(t, " "+o+" of "+c+" ") || strings.Contains(t, " "+o+" of the "+c+" ") {
				return true
			}
		}
	}
	return false
}

// countryNamesOf is a place's name and, for a country, its adjectives
// ("Russia", "Russian"), normalized, as a headline writes them.
func countryNamesOf(place string) []string {
	adjectives := countryAdjectives()[place]
	return append(append(make([]string, 0, 1+len(adjectives)), normalize(place)), adjectives...)
}

// countryAdjectives are each country's adjectives normalized, in no
// order, made once per process: countryNamesOf is asked for every
// question, and reading all the nationalities each time cost.
var countryAdjectives = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for adjective, country := range nationalities {
		m[country] = append(m[country], normalize(adjective))
	}
	return m
})

var headlineOffices = map[string]string{
	"pm": "prime minister", "gov": "governor", "sen": "senator", "rep": "representative",
	"premier": "prime minister", "ceo": "chief executive",
}

// promptGivesAway reports whether a prompt (normPrompt is it normalized)
// gives away the answer of question qb on fact fb; forms are
// numberFormsOf(fb).
func promptGivesAway(normPrompt, prompt string, qb quiz.Question, answer string, fb Fact, forms []string) bool {
	p := normPrompt
	has := func(s string) bool { return s != "" && hasNormalWords(p, s) }
	// "When did Turkey's President Recep Tayyip Erdogan …?" answers every
	// question on Erdogan's office.
	if fb.Kind == Leader && has(surname(fb.Person)) && (has(fb.Office) || has(officeKey(fb.Office)) || namesOfficeShort(p, fb.Office)) {
		return true
	}
	// A place or a doer named elsewhere gives nothing away unless that
	// prompt also tells what happened there: "Who is Sweden's Prime
	// Minister?" does not answer "Which country formally joined NATO?",
	// "When did Sweden formally join NATO?" does.
	if (fb.Kind == Place || fb.Kind == Actor) && qb.Type != quiz.TrueFalse {
		return givesAwayNormal(p, answer, fb) && (shareContent(prompt, qb.Prompt, answer) || fb.Kind == Actor && (shareFigure(prompt, qb.Prompt) || shareStem(prompt, qb.Prompt, answer)))
	}
	if fb.Kind == Count && figuresSumTo(prompt, fb.Number) { // sumgiveaway.go
		return true
	}
	if fb.Kind == Date && otherPromptDatesAnswer(prompt, qb, answer) { // dateprompt.go
		return true
	}
	if qb.Type != quiz.TrueFalse {
		// A count's number counting something else there gives nothing
		// away: "6-3" does not answer "How many match points did he save?"
		if fb.Kind == Count && slices.ContainsFunc(forms, func(n string) bool { return normalize(n) == normalize(answer) }) {
			return statesCount(p, fb, forms)
		}
		return givesAwayNormal(p, answer, fb)
	}
	// A statement is given away by a prompt that states its fact.
	switch fb.Kind {
	case Leader:
		return false // handled above
	case Date:
		return has(fb.d.text()) || has(fb.Text)
	case Count:
		return statesCount(p, fb, forms)
	case Quote:
		return has(fb.Speaker) && shareContent(prompt, fb.Quotation, fb.Speaker)
	}
	return has(answer)
}

// statesCount reports whether a normalized prompt states count fact f's
// number. A number that counts something else there does not: "20
// individuals" states no "20 years in prison", "6-4" (a score) no "four
// ATP Tour trophies", "three inspectors" no "three locomotives". A number
// followed by the fact's noun, by no word or by a word that names nothing
// ("killed 37 in …", "37 more people") does.
func statesCount(p string, f Fact, forms []string) bool {
	// Most prompts hold no form of the number (forms, numberFormsOf(f)):
	// their words are not split.
	if !slices.ContainsFunc(forms, func(form string) bool { return hasNormalWords(p, form) }) {
		return false
	}
	words := strings.Fields(p)
	noun := strings.Fields(normalize(f.Noun))
	for _, form := range forms {
		n := strings.Fields(normalize(form))
		for i := findWords(words, n, 0); i >= 0; i = findWords(words, n, i+1) {
			if len(noun) == 0 {
				return true
			}
			// A score's or a decimal's second half ("6-3", "2.5") is no count.
			if i > 0 && startsWithDigit(words[i-1]) || partOfOther(words[i+len(n):], noun) {
				continue
			}
			if i+len(n) == len(words) || !countsOther(words[i+len(n)], noun) && !modifierThenOther(words[i+len(n):], noun) || nounFollows(words[i+len(n):], noun) {
				return true
			}
		}
	}
	return false
}

// findWords returns the index of the first run of words equal to n at or
// after from, or -1.
func findWords(words, n []string, from int) int {
	for i := from; i+len(n) <= len(words); i++ {
		if slices.Equal(words[i:i+len(n)], n) {
			return i
		}
	}
	return -1
}

// countsOther reports whether next, the word after a number, says the
// number counts something other than noun's things: a digit (a score's
// other half) or a word naming a thing of another name.
func countsOther(next string, noun []string) bool {
	if startsWithDigit(next) {
		return true
	}
	if len(next) < 4 || promptWords[next] || notThings[next] {
		return false
	}
	for _, x := range noun {
		if sharePrefix(x, next, 4) {
			return false
		}
	}
	return true
}

// nounFollows reports whether the counted noun comes within two words
// after a number's next word, past its adjectives: "three distant
// planets", "four rare wild orchids".
func nounFollows(after []string, noun []string) bool {
	for k := 1; k < len(after) && k <= 2; k++ {
		if w := after[k-1]; startsWithDigit(w) || promptWords[w] || notAdjectives[w] {
			return false
		}
		for _, x := range noun {
			if sharePrefix(x, after[k], 4) {
				return true
			}
		}
	}
	return false
}

// notAdjectives end a number's phrase before its noun: "3 in the
// planets' orbit" counts no planets.
var notAdjectives = map[string]bool{"and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "per": true, "than": true, "but": true}

func startsWithDigit(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}

// notThings follow a number without naming what it counts.
var notThings = map[string]bool{
	"more": true, "than": true, "other": true, "million": true, "billion": true, "thousand": true,
	"hundred": true, "about": true, "nearly": true, "over": true, "times": true, "each": true,
	"percent": true,
	// what a toll counts goes without saying
	// an adverb: the noun is left out, "more than 500 also set to be created"
	"also": true, "already": true, "again": true,
	"dead": true, "killed": true, "injured": true, "missing": true, "wounded": true, "hurt": true, "died": true,
}

// sharePrefix reports whether a and b begin with the same n bytes (or are
// equal): "trophy" and "trophies", "person" and "persons".
func sharePrefix(a, b string, n int) bool {
	if len(a) < n || len(b) < n {
		return a == b
	}
	return a[:n] == b[:n]
}

// promptPointsToChoice returns a word of the right choice that the prompt
// also holds and no wrong choice does ("2025" in "… by 2025 … some time
// _____" against "between 2031 and 2036"), or "" when there is none: a
// learner who never read the article picks the choice the prompt echoes.
func promptPointsToChoice(q quiz.Question) string {
	if q.Type != quiz.Single || len(q.Choices) < 2 {
		return ""
	}
	norm := make([]string, len(q.Choices))
	for k, c := range q.Choices {
		norm[k] = normalize(c.Text)
	}
	return promptPointsToNormal(q, normalize(q.Prompt), norm)
}

// promptPointsToNormal is promptPointsToChoice on q's prompt and choices
// already normalized (the writer's: normalPrompt, normalChoices).
func promptPointsToNormal(q quiz.Question, p string, normChoices []string) string {
	if q.Type != quiz.Single || len(q.Choices) < 2 {
		return ""
	}
	// Words are compared with hasWords, on the normalized texts: no
	// padded copies (givenAway asks it of every question offered).
	var right string
	var room [8]string
	wrong := room[:0]
	for k, c := range q.Choices {
		if c.Correct {
			right = normChoices[k]
		} else {
			wrong = append(wrong, normChoices[k])
		}
	}
	for x := range strings.FieldsSeq(right) {
		if len(x) < 3 || stopChoiceWords[x] || !hasWords(p, x) {
			continue
		}
		shared := false
		for _, wc := range wrong {
			if hasWords(wc, x) {
				shared = true
				break
			}
		}
		if !shared {
			return x
		}
	}
	return ""
}

// stopChoiceWords carry nothing a learner could match on.
var stopChoiceWords = map[string]bool{"the": true, "and": true, "of": true, "between": true, "from": true, "early": true, "late": true, "mid": true}

// listCountsAnswer reports a fill-in whose blank is followed, after a dash
// or a colon, by a list naming as many items as the number asked: "from
// _____ countries to the station — A of NASA, B, C, and D, a Russian
// cosmonaut" lets the learner count the names.
func listCountsAnswer(prompt string, n int) bool {
	i := strings.Index(prompt, blank)
	if i < 0 || n < 2 {
		return false
	}
	after := prompt[i+len(blank):]
	j := strings.IndexAny(after, "—–:")
	if j < 0 {
		return false
	}
	// A colon right after the counted noun ("_____ groups of birds: the
	// X and later Y") opens the list of what was counted, whatever its
	// items' case.
	nounWords := wordCount(after[:j])
	wholeList := after[j] == ':' && nounWords >= 1 && nounWords <= 4
	// An aside between two dashes ("_____ of the nine new ministers – a
	// former diplomat A and a former officer B – are") lists what was
	// counted, its items named after their titles.
	seg := after[j:]
	if r, size := utf8.DecodeRuneInString(seg); r != ':' {
		if k := strings.IndexRune(seg[size:], r); k >= 0 {
			seg, wholeList = seg[:size+k], true
		}
	}
	items, all := 0, 0
	for _, part := range strings.Split(seg, ",") {
		part = strings.TrimSpace(strings.TrimLeft(part, "—–: "))
		for _, and := range strings.Split(part, " and ") {
			and = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(and), "and "))
			if and == "" {
				continue
			}
			all++
			r, _ := utf8.DecodeRuneInString(and)
			if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.HasPrefix(and, "the ") {
				items++
			}
		}
	}
	return items == n || wholeList && all == n
}

// ---- given away by the prompt's own words (held-out sets 4 and 6) ----

// partsGiveAway explains how a count's prompt goes on to give its parts
// or its members right after the blank: "_____ people -- three women and
// two children -- were killed" (3 + 2) or "_____ other species of
// dinosaur, Anchiceratops and Chasmosaurus," (two names). The learner
// adds up or counts instead of remembering. "" when it does not.
func partsGiveAway(prompt string, n int) string {
	i := strings.Index(prompt, blank)
	if i < 0 || n < 2 {
		return ""
	}
	// "Not one, but _____ deputies": the turn of phrase counts up by one.
	if before := strings.Fields(strings.ReplaceAll(strings.ToLower(prompt[:i]), ",", " ")); len(before) >= 3 &&
		before[len(before)-3] == "not" && before[len(before)-1] == "but" {
		if v, ok := wordValue(before[len(before)-2]); ok && v == n-1 {
			return "the words before the blank (“not " + before[len(before)-2] + ", but”) lead to the next number"
		}
	}
	after := prompt[i+len(blank):]
	if msg := eachPartsGiveAway(after, n); msg != "" { // eachparts.go
		return msg
	}
	// The parts open right after the counted noun: a dash, a colon, a
	// bracket or a comma within a few words.
	open := -1
	for _, sep := range []string{"--", "—", "–", ":", "(", ","} {
		if j := strings.Index(after, sep); j >= 0 && (open < 0 || j < open) {
			open = j
		}
	}
	if open < 0 || wordCount(after[:open]) > 6 {
		return ""
	}
	comma := after[open] == ','
	seg := strings.TrimLeft(after[open:], "-—–:(, ")
	if j := strings.IndexAny(seg, "—–);.:"); j >= 0 {
		seg = seg[:j]
	}
	if j := strings.Index(seg, "--"); j >= 0 {
		seg = seg[:j]
	}
	var items []string
	for _, part := range strings.Split(seg, ",") {
		for _, it := range strings.Split(part, " and ") {
			it = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(it), "and "))
			if it != "" {
				items = append(items, it)
			}
		}
	}
	// After a comma, only a list of names that ends the phrase counts
	// ("…, thatroamed Canada" or "…, officials said" are no members).
	if comma {
		for k, it := range items {
			if r, _ := utf8.DecodeRuneInString(it); !unicode.IsUpper(r) {
				items = items[:k]
				break
			}
		}
	}
	if len(items) < 2 {
		return ""
	}
	sum, numbers, names := 0, 0, 0
	for _, it := range items {
		first := strings.Fields(it)[0]
		if v, ok := wordOrFigure(first); ok {
			sum += v
			numbers++
		} else if r, _ := utf8.DecodeRuneInString(it); unicode.IsUpper(r) {
			names++
		}
	}
	switch {
	case numbers == len(items) && !comma && sum == n:
		return "the words after the blank give the number's parts (“" + strings.TrimSpace(seg) + "”): adding them up answers it"
	case numbers > 0 && numbers < len(items) && !comma && sum+len(items)-numbers == n:
		// "_____ counts: the murder of his wife, the murder of his son,
		// and two counts of theft": 1 + 1 + 2.
		return "the words after the blank give the number's parts (“" + strings.TrimSpace(seg) + "”): counting them up answers it"
	case names == len(items) && len(items) == n:
		return "the words after the blank name all " + strconv.Itoa(n) + " of them (“" + strings.Join(items[:n-1], ", ") + " and " + items[n-1] + "”): counting the names answers it"
	}
	return ""
}

// inCountedList reports a blank inside a list that follows a count and a
// colon or a dash: "convicted on four counts: the murder of his wife,
// the murder of his son, and _____ counts of theft". The list adds up to
// the count before it, so the learner works the blank out (4 - 1 - 1),
// and a wrong figure put there makes a sentence that no longer adds up.
func inCountedList(prompt string) bool {
	i := strings.Index(prompt, blank)
	if i < 0 {
		return false
	}
	if partOfBracketedTotal(prompt) { // eachparts.go
		return true
	}
	before := prompt[:i]
	open := -1
	for _, sep := range []string{": ", " — ", " – ", " -- ", "—"} {
		open = max(open, strings.LastIndex(before, sep))
	}
	if open < 0 || strings.ContainsAny(before[open:], ";.") {
		return false
	}
	// The count's phrase ends on the colon: "on four counts:", not "at
	// 10:30 was low:".
	words := strings.Fields(before[:open])
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		if _, ok := wordValue(words[k]); ok || startsWithDigit(words[k]) && !strings.Contains(words[k], ":") {
			return true
		}
		if auxiliaries[strings.ToLower(words[k])] {
			return false
		}
	}
	return false
}

// sumStated reports whether number n, written in text, is the total or a
// part of a sum the text states (any sum when n < 0): "585 cases,
// including 537 confirmed and 48 probable", "won 50 seats and ACT 11,
// giving the two parties 61". Such a number is worked out from the
// others, and changed it makes a statement that no longer adds up.
func sumStated(text string, n int) bool { return sumStatedIn(tokenize(text), n) }

// sumStatedIn is sumStated on a sentence's tokens.
func sumStatedIn(toks []token, n int) bool {
	var nums []int
	for i := 0; i < len(toks); {
		if v, end, _, ok := numberAt(toks, i); ok {
			nums = append(nums, v)
			i = end
			continue
		}
		i++
	}
	if majorityStated(toks, nums, n) {
		return true
	}
	// Parts stand within four numbers of their total, on one side, maybe
	// beside a number of something else ("the two parties").
	for t := range nums {
		for _, side := range [][]int{nums[max(0, t-4):t], nums[t+1 : min(len(nums), t+5)]} {
			for set := 1; set < 1<<len(side); set++ {
				sum, parts, has := 0, 0, n < 0 || nums[t] == n
				for k, v := range side {
					if set&(1<<k) != 0 {
						sum, parts, has = sum+v, parts+1, has || v == n
					}
				}
				if parts >= 2 && has && sum == nums[t] {
					return true
				}
			}
		}
	}
	return false
}

// majorityStated reports a seat count worked out from a majority: "61 of
// the 121 seats, a majority of one" (121 = 2 × 61 - 1), with n among its
// three numbers (any when n < 0).
func majorityStated(toks []token, nums []int, n int) bool {
	m := -1
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].is("majority") && toks[i+1].is("of") {
			if v, _, _, ok := numberAt(toks, i+2); ok {
				m = v
			}
		}
	}
	if m < 0 {
		return false
	}
	for _, x := range nums {
		for _, y := range nums {
			if y == 2*x-m && x != y && (n < 0 || n == x || n == y || n == m) {
				return true
			}
		}
	}
	return false
}

// partExceedsWhole reports a part larger than its whole ("losing 50 of
// its 41 seats", "12 out of 9 games"): a wrong number put into a sentence
// can make it false on its face.
func partExceedsWhole(text string) bool {
	// Most sentences hold no "of" after a number: not tokenized.
	if !strings.Contains(text, " of ") {
		return false
	}
	var buf [64]token // a sentence's words, on the stack (tokenizeInto)
	toks := tokenizeInto(buf[:0], text)
	for i := range toks {
		part, end, _, ok := numberAt(toks, i)
		if !ok {
			continue
		}
		k := end
		if k < len(toks) && toks[k].is("out") {
			k++
		}
		if k+1 >= len(toks) || !toks[k].is("of") {
			continue
		}
		k++
		if toks[k].is("its", "their", "the", "his", "her", "our", "a") {
			k++
		}
		if k < len(toks) && toks[k].is("total") {
			k++
		}
		if k < len(toks) {
			if whole, _, _, ok := numberAt(toks, k); ok && part > whole {
				return true
			}
		}
	}
	return false
}

// boundGiveAway explains how a date's prompt bounds its blank so that one
// choice alone fits: "rose from 50,397 in _____ to 55,955 at the end of
// May" leaves April the only choice before May. "" when it does not.
func boundGiveAway(q quiz.Question) string {
	i := strings.Index(q.Prompt, blank)
	if q.Type != quiz.Single || i < 0 {
		return ""
	}
	before := strings.Fields(q.Prompt[:i])
	if len(before) > 5 {
		before = before[len(before)-5:]
	}
	from := false
	for _, w := range before {
		from = from || strings.EqualFold(w, "from")
	}
	after := strings.Fields(q.Prompt[i+len(blank):])
	to := -1
	for k, w := range after {
		if k < 5 && w == "to" {
			to = k
			break
		}
	}
	if !from || to < 0 {
		return ""
	}
	ds := findDates(tokenize(strings.Join(after[to+1:], " ")))
	if len(ds) == 0 {
		return ""
	}
	bound := ds[0]
	fits, rightFits := 0, false
	for _, c := range q.Choices {
		d, ok := parseDate(c.Text)
		if !ok {
			return ""
		}
		earlier, ok := dateBefore(d, bound)
		if !ok {
			return ""
		}
		if earlier {
			fits++
			rightFits = rightFits || c.Correct
		}
	}
	if fits == 1 && rightFits {
		return "the prompt runs “from … _____ to … " + bound.text() + "”, and only the right choice comes before " + bound.text()
	}
	return ""
}

// dateBefore reports whether a comes before b, and whether the two can be
// compared (months alone with months alone, dated years with years).
func dateBefore(a, b date) (before, ok bool) {
	switch {
	case a.year != 0 && b.year != 0:
		return a.year < b.year || a.year == b.year && a.month < b.month, a.year != b.year || a.month != 0 && b.month != 0
	case a.year == 0 && b.year == 0 && a.month != 0 && b.month != 0:
		return a.month < b.month, true
	}
	return false, false
}

// sameOfficeAsked reports two office questions on one page with the same
// answer among the other's choices: "What office did A hold?" and "What
// office did B hold?", both "Prince", differ but by the name (choose
// allows two such, not a third).
func sameOfficeAsked(a, b candidate) bool {
	const office = "leader-office-"
	if !strings.HasPrefix(a.idHint, office) || !strings.HasPrefix(b.idHint, office) || a.item.Fact == b.item.Fact {
		return false
	}
	if a.item.Answer != b.item.Answer {
		return false
	}
	return slices.ContainsFunc(a.q.Choices, func(c quiz.Choice) bool { return c.Text == b.item.Answer })
}

// shareFigure reports a number written in both texts: a scoreline
// headline "City 2 [Haaland 58, 63]" tells who scored "on 58 minutes".
func shareFigure(a, b string) bool {
	bs := strings.Fields(normalize(b))
	for _, x := range strings.Fields(normalize(a)) {
		if startsWithDigit(x) && slices.Contains(bs, x) {
			return true
		}
	}
	return false
}

// shareStem reports a longer word of a that b writes in another form
// ("resigns" and "resigned", "sentencing" and "sentenced"): its first
// five letters begin a word of b. The answer's words do not count.
func shareStem(a, b, answer string) bool {
	skip := strings.Fields(normalize(answer))
	bs := strings.Fields(normalize(b))
	for _, x := range strings.Fields(normalize(a)) {
		if len(x) < 5 || promptWords[x] || slices.Contains(skip, x) {
			continue
		}
		if slices.ContainsFunc(bs, func(y string) bool { return len(y) >= 5 && y[:5] == x[:5] }) {
			return true
		}
	}
	return false
}
