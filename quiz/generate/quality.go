package generate

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
)

// QualityProblem is one way a generated question breaks the quality rules.
type QualityProblem struct {
	// QuestionID is the question's ID; empty for a problem of the whole quiz.
	QuestionID string
	// Message says what is wrong, in words a teacher understands.
	Message string
}

// QualityProblems checks every question of a result against the quality
// rules (docs/generator.md, "Quality rules"). It is independent of how the
// writer builds questions: it only reads the article, the quiz, the items
// and the facts, so that the tests and the measurement of real pages can
// judge any result with it. No problems means the checker found none, not
// that the questions are good: a careful reader still judges them.
//
// text is the article the facts' offsets are in: res.Text for a result of
// FromInput (HTML reduced, mojibake repaired), not the bytes pasted.
func QualityProblems(text string, res Result) []QualityProblem {
	var out []QualityProblem
	bad := func(id, msg string) { out = append(out, QualityProblem{id, msg}) }
	if res.Quiz == nil || len(res.Items) != len(res.Quiz.Questions) {
		return []QualityProblem{{"", "items and questions differ in number"}}
	}
	// A fact whose offsets fall outside the text is reported, never read.
	within := func(a, b int) bool { return 0 <= a && a <= b && b <= len(text) }
	ids, prompts := map[string]bool{}, map[string]bool{}
	var sents []sentence // the article's sentences, read once when needed
	for qi, q := range res.Quiz.Questions {
		it := res.Items[qi]
		id := q.ID
		if it.QuestionID != id || it.Fact < 0 || it.Fact >= len(res.Facts) {
			bad(id, "item does not match its question")
			continue
		}
		f := res.Facts[it.Fact]
		// No duplicates.
		if ids[id] {
			bad(id, "duplicate id")
		}
		ids[id] = true
		if prompts[strings.ToLower(q.Prompt)] {
			bad(id, "duplicate prompt")
		}
		prompts[strings.ToLower(q.Prompt)] = true
		// Kind, evidence exactly as in the article, holding the fact.
		if q.Fact != string(f.Kind) {
			bad(id, "fact kind "+q.Fact+" is not "+string(f.Kind))
		}
		if !within(f.SentenceStart, f.SentenceStart+len(f.Sentence)) || !within(f.Start, f.End) {
			bad(id, "fact offsets fall outside the article")
			continue
		}
		if q.Evidence != f.Sentence || !strings.Contains(text, q.Evidence) ||
			text[f.SentenceStart:f.SentenceStart+len(f.Sentence)] != f.Sentence ||
			f.Start < f.SentenceStart || f.End > f.SentenceStart+len(f.Sentence) {
			bad(id, "evidence is not the article's sentence holding the fact")
		}
		if text[f.Start:f.End] != f.Text {
			bad(id, "fact offsets do not give its text")
		}
		// Not from page furniture: a caption, a byline, a credit.
		if sents == nil {
			sents = splitSentences(text, tokenize(text))
		}
		if furnitureAt(sents, f.SentenceStart) {
			bad(id, "the evidence is page furniture (a photo caption, a byline or a credit), not the story")
		}
		// The answer is in the evidence.
		if !answerInEvidence(f, q, it) {
			bad(id, "answer not in the evidence sentence")
		}
		// No giveaway: by the prompt, by the quiz's title, by another
		// question's prompt.
		if q.Type != quiz.TrueFalse && containsWords(q.Prompt, it.Answer) {
			bad(id, "prompt gives its answer away")
		}
		if x := promptPointsToChoice(q); x != "" {
			bad(id, "prompt points to the right choice: only it shares “"+x+"” with the prompt")
		}
		if titleGivesAway(res.Quiz.Title, q, it.Answer, f) {
			bad(id, "the quiz's title (“"+res.Quiz.Title+"”) gives the answer away")
		}
		for oi, o := range res.Quiz.Questions {
			if oi != qi && !officeAskedOf(o.ID, f.Kind) && promptGivesAway(normalize(o.Prompt), o.Prompt, q, it.Answer, f, numberFormsOf(f)) {
				bad(id, "question "+o.ID+" gives the answer away")
				break
			}
		}
		if f.Kind == Count && q.Type == quiz.Number && listCountsAnswer(q.Prompt, f.Number) {
			bad(id, "the list after the blank names as many items as the number asked")
		}
		if f.Kind == Count && q.Type == quiz.Number {
			for _, n := range []string{strconv.Itoa(f.Number), formatDigits(f.Number), numberWords(f.Number)} {
				if containsWords(q.Prompt, n) {
					bad(id, "prompt gives its number away")
				}
			}
		}
		if f.Kind == Leader && q.Type == quiz.Single && it.Answer == f.Person && containsWords(q.Prompt, surname(f.Person)) {
			bad(id, "prompt names the person asked for")
		}
		if !strings.HasPrefix(q.Explanation, "The article ") || !strings.HasSuffix(q.Explanation, ".") {
			bad(id, "no explanation sentence")
		}
		// Reads as English.
		if msg := englishProblem(q); msg != "" {
			bad(id, msg)
		}
		for _, msg := range surfaceProblems(text, sents, res.Facts, f, q, it) {
			bad(id, msg)
		}
		for _, msg := range rejectionProblems(text, sents, f, q) {
			bad(id, msg)
		}
		switch q.Type {
		case quiz.Single:
			out = append(out, choiceProblems(id, res, f, q, it)...)
		case quiz.Number:
			if len(q.Numbers) != 1 || q.Numbers[0].Value != float64(f.Number) || it.Answer != strconv.Itoa(f.Number) {
				bad(id, "number answer is not the fact's number")
			}
		case quiz.TrueFalse:
			if (it.Answer == "true") != q.Truth {
				bad(id, "item answer disagrees with the truth")
			}
			if !q.Truth && (len(it.Wrong) != 1 || !containsWords(q.Prompt, it.Wrong[0]) && !countInWords(f, q.Prompt, it.Wrong[0])) {
				bad(id, "false statement does not carry its wrong fact")
			}
			if !q.Truth && !orderStatement(id) && wrongIsRight(res, f, it.Wrong[0]) {
				bad(id, "false statement is true in the article")
			} else if !q.Truth && copiesSentence(f, q.Prompt) && wrongElsewhere(res, f, it.Wrong[0]) {
				bad(id, "false statement copies its sentence with a value the article also gives")
			}
			if q.Truth && !trueStatementHolds(f, q.Prompt) && !orderStatement(id) {
				bad(id, "true statement does not state the fact")
			}
		default:
			bad(id, "unexpected type "+string(q.Type))
		}
	}
	return out
}

// furnitureAt reports a sentence of page furniture starting at byte at.
func furnitureAt(sents []sentence, at int) bool {
	for _, s := range sents {
		if s.start == at {
			return s.furniture
		}
	}
	return false
}

func containsWords(hay, needle string) bool {
	// The hay, a sentence most often, is normalized on the stack too: it
	// is only searched (containsWords ran normalize a sixth of its times).
	var buf [512]byte
	return containsNormalWords(scratchString(appendNormal(buf[:0], hay)), needle)
}

// containsNormalWords is containsWords on a hay already normalized, for a
// hay asked of several needles.
func containsNormalWords(normHay, needle string) bool {
	// The needle, most often short, is normalized on the stack.
	var buf [64]byte
	n := appendNormal(buf[:0], needle)
	return len(n) > 0 && hasWords(normHay, scratchString(n))
}

// hasWords is strings.Contains(" "+p+" ", " "+n+" ") without making the
// two strings: the writer asks it of every pair of questions.
func hasWords(p, n string) bool { return wordIndex(p, n) >= 0 }

// wordIndex is the index of n in p as whole words (both normalized), or -1.
func wordIndex(p, n string) int {
	for i := 0; i <= len(p)-len(n); i++ {
		j := strings.Index(p[i:], n)
		if j < 0 {
			return -1
		}
		i += j
		if (i == 0 || p[i-1] == ' ') && (i+len(n) == len(p) || p[i+len(n)] == ' ') {
			return i
		}
	}
	return -1
}

func answerInEvidence(f Fact, q quiz.Question, it Item) bool {
	ev := f.Sentence
	switch f.Kind {
	case Date:
		return containsWords(ev, f.Text)
	case Count:
		return containsWords(ev, strconv.Itoa(f.Number)) || containsWords(ev, formatDigits(f.Number)) ||
			containsWords(ev, numberWords(f.Number)) || containsWords(ev, f.Text)
	case Leader:
		if !containsWords(ev, f.Person) || !containsWords(ev, strings.ReplaceAll(f.Office, "-", " ")) && !strings.Contains(strings.ToLower(ev), strings.ToLower(f.Office)) &&
			// Pages abbreviate offices as headlines do ("British PM Rishi
			// Sunak", "Gov. Thomas J. Whitaker"); the questions write them
			// in full.
			!hasWords(headlineText(ev), normalize(f.Office)) {
			return false
		}
		if f.Country == "" {
			return true
		}
		if containsWords(ev, f.Country) {
			return true
		}
		for adj, c := range nationalities {
			if c == f.Country && containsWords(ev, adj) {
				return true
			}
		}
		return false
	}
	// Places, quotations, actors: the answer is written in the sentence,
	// a person perhaps by the surname alone ("Whitmore said …").
	if q.Type == quiz.TrueFalse {
		return containsWords(ev, f.Text)
	}
	return containsWords(ev, it.Answer) || it.Answer != "" && containsWords(ev, surname(it.Answer))
}

func choiceProblems(id string, res Result, f Fact, q quiz.Question, it Item) []QualityProblem {
	var out []QualityProblem
	bad := func(msg string) { out = append(out, QualityProblem{id, msg}) }
	if len(q.Choices) < 3 {
		bad("fewer than three choices")
	}
	seen := map[string]bool{}
	right := 0
	for _, c := range q.Choices {
		k := strings.ToLower(c.Text)
		if seen[k] {
			bad("choices are not distinct: " + c.Text)
		}
		seen[k] = true
		if c.Correct {
			right++
			if c.Text != it.Answer {
				bad("the correct choice is not the item's answer")
			}
		}
	}
	if right != 1 {
		bad("want exactly one correct choice")
	}
	// "Which happened first?" offers events, not dates (orderdays.go).
	if q.Prompt == orderPrompt {
		return out
	}
	for _, w := range it.Wrong {
		if wrongIsRight(res, f, w) {
			bad("wrong choice is also right: " + w)
		}
	}
	// One place spelled two ways ("U.S." and "US") is one choice twice.
	named := map[string]string{}
	for _, c := range q.Choices {
		p := places().lookup(c.Text)
		if p == nil {
			continue
		}
		if other, ok := named[p.name]; ok {
			bad("choices " + other + " and " + c.Text + " name one place")
		}
		named[p.name] = c.Text
	}
	if f.Kind == Leader && it.Answer != f.Person {
		for _, w := range it.Wrong {
			office, body, _ := strings.Cut(w, " of ")
			if body != "" && !stateHasOffice(officeKey(office), strings.TrimPrefix(body, "the ")) {
				bad("wrong office does not exist: " + w)
			}
			if g := royalGender(f.Office); g != "" && royalGender(office) != "" && royalGender(office) != g {
				bad("wrong royal title of the other sex: " + w)
			}
		}
	}
	// Same kind and form.
	switch f.Kind {
	case Date:
		for _, c := range q.Choices {
			d, ok := parseDate(c.Text)
			if !ok || d.form != f.d.form {
				bad("choice is not a date of the answer's form: " + c.Text)
			}
		}
	case Leader:
		person := it.Answer == f.Person
		for _, c := range q.Choices {
			isPerson := false
			// A leader, or another person the article names (a speaker,
			// a doer): wrong choices when its leaders are too few.
			for _, g := range res.Facts {
				if g.Kind == Leader && g.Person == c.Text || g.Kind == Quote && g.Speaker == c.Text ||
					g.Kind == Actor && g.DoerKind == "person" && g.Doer == c.Text {
					isPerson = true
				}
			}
			if person != isPerson {
				bad("choice is not of the answer's kind: " + c.Text)
			}
			if !person && officeOfBody(c.Text) != officeOfBody(it.Answer) {
				bad("office choice is not of the answer's form: " + c.Text)
			}
		}
	}
	return out
}

// parseDate reads a choice back as a date.
func parseDate(s string) (date, bool) {
	var buf [24]token // a choice's words, on the stack (tokenizeInto)
	for _, pre := range []string{"", "in "} {
		toks := tokenizeInto(buf[:0], pre+s)
		ds := findDates(toks)
		if len(ds) == 1 && ds[0].end == len(toks) {
			return ds[0], true
		}
	}
	return date{}, false
}

// wrongIsRight reports whether a wrong choice (or a false statement's
// fact) is also right by the article.
func wrongIsRight(res Result, f Fact, wrong string) bool {
	switch f.Kind {
	case Date:
		d, ok := parseDate(wrong)
		if !ok {
			return true // cannot tell: count it against the question
		}
		for _, g := range res.Facts {
			if g.Kind == Date && (g.sent == f.sent || g.Event == f.Event) && g.d.overlaps(d) {
				return true
			}
		}
	case Leader:
		for _, g := range res.Facts {
			if g.Kind != Leader {
				continue
			}
			// A wrong person holding the office asked about.
			if g.Person == wrong && g.Office == f.Office && (g.Country == f.Country || f.Country == "") {
				return true
			}
			// A wrong office the person holds.
			if g.Person == f.Person && officeLabel(g.Office, g.Country) == wrong {
				return true
			}
		}
	case Actor:
		// Another doer of the same deed (doertf.go).
		for _, g := range res.Facts {
			if g.Kind == Actor && g.Action == f.Action && samePerson(g.Doer, wrong) {
				return true
			}
		}
	case Count:
		n, err := strconv.Atoi(wrong)
		if err != nil {
			return true
		}
		for _, g := range res.Facts {
			if g.Kind == Count && g.Noun == f.Noun && g.Number == n && g.sent == f.sent {
				return true
			}
		}
	}
	return false
}

func trueStatementHolds(f Fact, prompt string) bool {
	switch f.Kind {
	case Leader:
		// A copy of the sentence holds the leader as the article writes
		// the office (namestatement.go): "West German Chancellor X".
		return containsWords(prompt, f.Person) && (containsWords(prompt, officeLabel(f.Office, f.Country)) || companyOfficer(f) && containsWords(prompt, f.Office+" of "+f.Country) || copiesSentence(f, prompt) && containsWords(prompt, f.Text))
	case Count:
		return containsWords(prompt, f.Text)
	case Quote:
		return containsWords(prompt, f.Text) || quoteExcerptHolds(f, prompt) // quotestatement.go
	case Actor:
		return containsWords(prompt, plainName(f.Doer)) && containsWords(prompt, f.Action) // doertf.go
	default:
		return containsWords(prompt, f.Text)
	}
}

// englishProblem checks the surface of a prompt: a known opening, a
// capital, one final mark, no doubled or stray spaces, one blank in a
// fill-in, a "did" question in the base form.
func englishProblem(q quiz.Question) string {
	p := q.Prompt
	ok := false
	for _, o := range promptOpenings {
		if strings.HasPrefix(p, o) {
			ok = true
		}
	}
	if !ok {
		return "prompt has no known opening"
	}
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsUpper(r) {
		return "prompt does not start with a capital"
	}
	if strings.Contains(p, "  ") || strings.Contains(p, " ,") || strings.Contains(p, " .") || strings.Contains(p, " ?") || strings.Contains(p, "??") {
		return "prompt has stray spaces or marks"
	}
	last, _ := utf8.DecodeLastRuneInString(p)
	if !strings.ContainsRune("?.”\"", last) {
		return "prompt does not end a sentence"
	}
	fill := strings.HasPrefix(p, "Fill in")
	if fill != (strings.Count(p, blank) == 1) {
		return "fill-in prompt needs exactly one blank"
	}
	isQuestion := !fill && !strings.HasPrefix(p, "According to the article, ")
	if isQuestion != strings.HasSuffix(p, "?") {
		return "questions end with a question mark, statements do not"
	}
	if strings.HasPrefix(p, "When did ") || strings.HasPrefix(p, "How many ") && strings.Contains(p, " did ") {
		// After "did" no verb is in the past: "When did X erupted?" is wrong.
		words := strings.Fields(strings.TrimSuffix(p, "?"))
		did := slices.Index(words, "did")
		for i, w := range words {
			// "How many draft bills proposed by the government did …": a
			// participle and its phrase before "did" qualify the counted
			// noun (didparticiple.go).
			if participleModifierOK(words, i, did) {
				continue
			}
			// A past form after a determiner, or opening the subject
			// before its noun ("When did renewed clashes …"), is an
			// adjective: "the disputed region".
			// "did the storm leave injured": the state "left" puts people
			// in (leftstate.go).
			if i > 0 && adjectiveSlot(words[i-1]) || i > 0 && words[i-1] == "did" && i+1 < len(words) && !adjectiveSlot(words[i+1]) && !prepositions[words[i+1]] ||
				i > 0 && words[i-1] == "leave" && leftStates[w] && !leftStateOff {
				continue
			}
			if base, ok := pastVerbs[strings.ToLower(w)]; ok && base != strings.ToLower(w) && w != "left" {
				return "past verb after did: " + w
			}
		}
	}
	if rep := repeatedWords(p); rep != "" {
		return "words repeated (“" + rep + "”): a slip of the source copied into the prompt"
	}
	if strings.HasPrefix(p, "According to the article, ") {
		rest := strings.TrimPrefix(p, "According to the article, ")
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
			// Only names stay capitalised after the comma.
			// Months, weekdays and agencies are names all the same.
			w := strings.Fields(rest)[0]
			if notNames[w] && monthIndex[strings.ToLower(w)] == 0 && !weekdays[w] && !quoteKnownOrgs[w] {
				return "capital after the comma: " + w
			}
		}
	}
	return ""
}

// ---- what real pages broke (issue 7) ----

// surfaceProblems are the checks added for text from real pages: a blank
// with nothing around it, a sentence cut in the middle, a name cut short,
// capitals and markup, a verb in the wrong voice, a wrong choice that
// means the answer, an adjective offered as a country. sents are the
// article's sentences.
func surfaceProblems(text string, sents []sentence, facts []Fact, f Fact, q quiz.Question, it Item) []string {
	var out []string
	if msg := blankProblem(q.Prompt); msg != "" {
		out = append(out, msg)
	}
	if msg := cutProblem(text, f, q.Prompt); msg != "" {
		out = append(out, msg)
	}
	if strings.HasPrefix(q.Prompt, "Fill in") {
		sents := splitSentences(f.Sentence, tokenize(f.Sentence))
		if len(sents) > 0 && !(&writer{text: f.Sentence, sents: sents[:1]}).standsAlone(0) {
			out = append(out, "fill-in copies a sentence that needs the one before it (a pronoun or “that …” pointing back)")
		}
	}
	names := []string{f.Person, f.Speaker}
	if f.DoerKind == "person" {
		names = append(names, f.Doer)
	}
	if f.Kind == Leader && q.Type == quiz.Single && it.Answer == f.Person {
		names = append(names, it.Wrong...)
	}
	for _, n := range names {
		if msg := nameProblem(n); msg != "" {
			out = append(out, msg)
		}
	}
	texts := []string{q.Prompt}
	for _, c := range q.Choices {
		texts = append(texts, c.Text)
	}
	for _, s := range texts {
		if msg := capsProblem(s); msg != "" {
			out = append(out, msg)
			break
		}
	}
	for _, s := range texts {
		if msg := markupProblem(s); msg != "" {
			out = append(out, msg)
			break
		}
	}
	if msg := voiceProblem(q.Prompt); msg != "" {
		out = append(out, msg)
	}
	if f.Kind == Leader {
		var near []string
		if it.Answer != f.Person {
			near = officesWith(sents, f.Person)
		}
		for _, w := range it.Wrong {
			if w != it.Answer && sameOfficeLabel(w, it.Answer) {
				out = append(out, "wrong choice “"+w+"” names the same office as the answer “"+it.Answer+"”")
				continue
			}
			if it.Answer == f.Person {
				continue
			}
			// In the person's own country (or without one): nearly the
			// same office, or one the article gives them elsewhere.
			wo := w
			if f.Country != "" {
				var ok bool
				if wo, ok = strings.CutSuffix(w, " of "+f.Country); !ok {
					if wo, ok = strings.CutSuffix(w, " of the "+f.Country); !ok {
						continue
					}
				}
			}
			if closeOffices(wo, f.Office) {
				out = append(out, "wrong choice “"+w+"” is nearly the answer’s office “"+f.Office+"”")
				continue
			}
			for _, o := range near {
				if closeOffices(wo, o) && !othersOffice(facts, f, o) { // variedfillers.go
					out = append(out, "wrong choice “"+w+"” is close to “"+o+"”, which the article gives "+f.Person)
					break
				}
			}
		}
		countries := []string{f.Country}
		for _, c := range append([]string{it.Answer}, it.Wrong...) {
			if i := strings.LastIndex(c, " of "); i >= 0 {
				countries = append(countries, strings.TrimPrefix(c[i+4:], "the "))
			}
		}
		for _, c := range countries {
			if adj, ok := adjectiveCountry(c); ok {
				out = append(out, "“"+c+"” is offered as a country, but it is an adjective"+adj)
				break
			}
		}
	}
	return out
}

// blankProblem: a fill-in prompt must give the learner something to go
// by: at least 4 words besides its blank.
func blankProblem(prompt string) string {
	rest, ok := strings.CutPrefix(prompt, "Fill in the blank: ")
	if !ok {
		rest, ok = strings.CutPrefix(prompt, "Fill in the number: ")
	}
	if !ok {
		return ""
	}
	n := 0
	for w := range strings.FieldsSeq(strings.ReplaceAll(rest, blank, " ")) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	switch {
	case n == 0:
		return "fill-in prompt is nothing but the blank: there is no sentence to complete"
	case n < 4:
		return "fill-in prompt has only " + strconv.Itoa(n) + " words besides the blank (at least 4 are needed to know what is asked)"
	}
	return ""
}

// Abbreviations that end a piece of text without ending its sentence.
var cutAbbrevs = map[string]bool{
	"a.m.": true, "p.m.": true, "a.": true, "p.": true, "mr.": true, "mrs.": true, "ms.": true, "dr.": true,
	"gen.": true, "sen.": true, "rep.": true, "gov.": true, "lt.": true, "col.": true, "prof.": true,
	"sgt.": true, "capt.": true, "st.": true, "no.": true, "vs.": true, "jan.": true, "feb.": true,
	"aug.": true, "sept.": true, "oct.": true, "nov.": true, "dec.": true,
	"v.": true, // a court case: "Brown v. Board of Education"
}

// cutProblem: the evidence of a question must be a whole sentence. It is
// cut when it ends on an initial or an abbreviation ("Harry S.",
// "11:43 a.") or when the article goes on with a lower-case word.
func cutProblem(text string, f Fact, prompt string) string {
	end := f.SentenceStart + len(f.Sentence)
	if f.Sentence == "" || end > len(text) || f.SentenceStart < 0 {
		return ""
	}
	cut := ""
	// The sentence's last word, and whether a word comes before it: no
	// slice of every word (copyable and every question's check read it).
	trimmed := strings.TrimRightFunc(f.Sentence, unicode.IsSpace)
	lastWord := lastField(trimmed)
	more := strings.TrimFunc(trimmed[:len(trimmed)-len(lastWord)], unicode.IsSpace) != ""
	last := strings.TrimRight(lastWord, "”’\"')")
	if cutAbbrevs[strings.ToLower(last)] {
		cut = "ends on “" + last + "”"
	} else if r, size := utf8.DecodeRuneInString(last); size == len(last)-1 && unicode.IsUpper(r) && strings.HasSuffix(last, ".") && more {
		cut = "ends on the initial “" + last + "”"
	} else {
		after := strings.TrimLeft(text[end:], " \t")
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLower(r) {
			next := after
			if i := strings.IndexAny(next, " \n"); i > 0 {
				next = next[:i]
			}
			cut = "is followed in the article by “" + next + "”"
		}
	}
	if cut == "" {
		return ""
	}
	if strings.HasPrefix(prompt, "Fill in") && strings.HasSuffix(strings.TrimRight(prompt, ".!?”\" "), blank) {
		return "the blank ends a prompt cut in the middle of its sentence: the sentence " + cut
	}
	return "the evidence is cut in the middle of a sentence: it " + cut
}

// Small words inside names; a name never ends on one.
var qualityParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "abu": true, "van": true, "von": true,
	"de": true, "der": true, "den": true, "da": true, "di": true, "du": true, "la": true, "le": true,
	"dos": true, "das": true, "del": true, "della": true, "ter": true, "ten": true, "y": true, "st.": true,
}

// nameProblem: a person's name must be whole, not "Harry S" for "Harry
// S. Truman" nor "Abdullah bin Zayed Al" for "… Al Nahyan".
func nameProblem(name string) string {
	words := strings.Fields(name)
	if len(words) == 0 {
		return ""
	}
	last := words[len(words)-1]
	// "Alexander I", "Charles V": a regnal number, not an initial.
	regnal := len(words) > 1 && (last == "I" || last == "V" || last == "X")
	if r, size := utf8.DecodeRuneInString(last); size == len(last) && unicode.IsUpper(r) && !regnal || len(words) > 1 && size == len(last)-1 && strings.HasSuffix(last, ".") {
		return "the name “" + name + "” is cut after an initial"
	}
	if len(words) > 1 && qualityParticles[strings.ToLower(last)] {
		return "the name “" + name + "” ends on “" + last + "”, which begins the rest of the name"
	}
	return ""
}

// capsProblem: three words in a row in capitals are shouting, a heading
// or a page in capitals, not a question ("What office does VLADIMIR PUTIN
// INFORMED hold?"). Acronyms alone (NATO, U.S.) are fine.
func capsProblem(s string) string {
	run := 0
	var words []string
	for _, w := range strings.Fields(s) {
		letters, upper := 0, 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
				if unicode.IsUpper(r) {
					upper++
				}
			}
		}
		if letters >= 2 && upper == letters {
			run++
			words = append(words, w)
			if run >= 3 {
				return "written in capital letters (“" + strings.Join(words[len(words)-3:], " ") + "”): the question must be in ordinary writing"
			}
			continue
		}
		run = 0
	}
	return ""
}

// markupProblem: HTML or script pasted as text must never reach a question.
func markupProblem(s string) string {
	l := strings.ToLower(s)
	if strings.ContainsAny(s, "<>{}") {
		return "holds markup or code (“<”, “>” or braces): the page was not reduced to its text"
	}
	for i := strings.IndexByte(l, '&'); i >= 0; i = strings.IndexByte(l, '&') {
		j := strings.IndexByte(l[i:], ';')
		if j > 1 && j <= 8 && strings.IndexFunc(l[i+1:i+j], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '#' }) < 0 {
			return "holds an HTML entity (“" + s[i:i+j+1] + "”): the page was not reduced to its text"
		}
		l = l[i+1:]
	}
	l = strings.ToLower(s)
	for _, code := range []string{"javascript", "text/css", "script type", "script src", "function(", "document.", "window.", "var "} {
		if strings.Contains(l, code) {
			return "holds script or style code (“" + code + "”): the page was not reduced to its text"
		}
	}
	return ""
}

// Things that are signed or held rather than signing or holding, and the
// verbs that need a doer: "When did a previous ceasefire sign in Minsk?"
// should be "When was … signed?".
var (
	passiveThings = map[string]bool{
		"ceasefire": true, "truce": true, "agreement": true, "accord": true, "accords": true, "treaty": true,
		"deal": true, "pact": true, "law": true, "bill": true, "resolution": true, "constitution": true,
		"charter": true, "protocol": true, "declaration": true, "memorandum": true, "contract": true,
		"summit": true, "meeting": true, "conference": true, "election": true, "referendum": true,
		"budget": true, "decision": true, "plan": true, "sanctions": true, "measures": true, "talks": true,
	}
	agentVerbs = map[string]bool{
		"sign": true, "ratify": true, "adopt": true, "approve": true, "hold": true, "announce": true,
		"publish": true, "introduce": true, "impose": true, "negotiate": true, "broker": true,
		"conduct": true, "pass": true, "reject": true, "declare": true, "unveil": true, "draft": true,
		"convene": true, "host": true, "organise": true, "organize": true, "enact": true, "lift": true,
		"call": true, "finalize": true, "finalise": true, "seal": true, "strike": true,
	}
)

func voiceProblem(prompt string) string {
	rest, ok := strings.CutPrefix(prompt, "When did ")
	if !ok {
		return ""
	}
	words := strings.Fields(strings.TrimSuffix(rest, "?"))
	for i := 1; i < len(words); i++ {
		v := strings.ToLower(words[i])
		if !agentVerbs[v] {
			continue
		}
		head := strings.ToLower(strings.Trim(words[i-1], ",;:’'\""))
		if passiveThings[head] || passiveThings[strings.TrimSuffix(head, "s")] {
			return "verb in the wrong voice: a " + head + " does not " + v + ", it is " + v + "ed by someone (“When was … " + v + "ed?”)"
		}
		return ""
	}
	return ""
}

// officeWords gives one name to the names of one office, so that a wrong
// choice meaning the answer is caught. It is the checker's own list, kept
// apart from the writer's, so that the writer cannot hide its mistakes.
var officeWords = strings.NewReplacer(
	"premier", "prime minister", "chairwoman", "chairman", "chairperson", "chairman",
	"defense", "defence", "secretary general", "secretary-general", "director general", "director-general",
	"head of state", "president", "ceo", "chief executive", "chief executive officer", "chief executive",
)

func sameOfficeLabel(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.TrimSpace(s))
		s = strings.ReplaceAll(s, "vice premier", "vice-premier")
		return officeWords.Replace(s)
	}
	return norm(a) == norm(b)
}

// adjectiveCountry reports whether a country or organisation is written as
// an adjective ("Bosnian", "Soviet"); the detail names the country.
func adjectiveCountry(c string) (string, bool) {
	c = strings.TrimSpace(c)
	if c == "" || strings.Contains(c, " ") {
		return "", false
	}
	for _, v := range nationalities {
		if v == c {
			return "", false
		}
	}
	if v, ok := nationalities[c]; ok {
		return " (the country is “" + v + "”)", true
	}
	for _, suf := range []string{"ian", "ean", "ese", "ish"} {
		if strings.HasSuffix(c, suf) {
			return "", true
		}
	}
	return "", false
}

// adjectiveSlot reports a word after which a past form is an adjective.
func adjectiveSlot(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "newly", "recently":
		return true
	}
	return false
}

// repeatedWords returns a word or a pair of words written twice in a row
// ("the the", "during the during the"), a slip of the source that makes a
// prompt ungrammatical, or "". "had had" and "that that" can be right.
func repeatedWords(p string) string {
	// The last four words read, w[3] the newest: no slice of every word
	// (every question offered is read so).
	// An ASCII prompt (most are) is not lowered as a whole: its words
	// are compared ignoring case, which in ASCII is the same, and only a
	// repetition found is lowered.
	same, lowered := strings.EqualFold, strings.ToLower
	for i := 0; i < len(p); i++ {
		if p[i] >= utf8.RuneSelf {
			same = func(a, b string) bool { return a == b }
			p, lowered = strings.ToLower(p), func(s string) string { return s }
			break
		}
	}
	var w [4]string
	n := 0
	for x := range strings.FieldsSeq(p) {
		w[0], w[1], w[2], w[3] = w[1], w[2], w[3], x
		n++
		if n >= 2 && same(w[3], w[2]) && !same(w[3], "had") && !same(w[3], "that") && w[3] != blank && strings.IndexFunc(w[3], unicode.IsLetter) >= 0 {
			return lowered(w[2] + " " + w[3])
		}
		if n >= 4 && same(w[3], w[1]) && same(w[2], w[0]) && strings.IndexFunc(w[3], unicode.IsLetter) >= 0 {
			return lowered(strings.Join(w[:], " "))
		}
	}
	return ""
}

// countInWords reports a false count statement that writes its wrong
// number as the article writes its own: in words ("three astronauts" for
// 3), with commas or a scale word ("107.8 million").
func countInWords(f Fact, prompt, wrong string) bool {
	n, err := strconv.Atoi(wrong)
	if err != nil || f.Kind != Count {
		return false
	}
	for _, form := range countForms(n) {
		if containsWords(prompt, form) {
			return true
		}
	}
	return false
}

// ---- what held-out sets 4 to 6 rejected ----

// gluedLinesProblem: a fill-in copies one sentence, so a line of its
// prompt that ends a sentence or a lead-in ("… released on 24 October:")
// is another line of the page glued before it, and so is a list item
// ending with a semicolon.
func gluedLinesProblem(prompt string) string {
	if !strings.HasPrefix(prompt, "Fill in") {
		return ""
	}
	lines := strings.Split(prompt, "\n")
	for _, l := range lines[:len(lines)-1] {
		l = strings.TrimRight(l, " \t")
		end := strings.TrimRight(l, "”’\"'")
		words := strings.Fields(end)
		if len(words) == 0 {
			continue
		}
		last := strings.ToLower(words[len(words)-1])
		if strings.HasSuffix(end, ":") || strings.HasSuffix(end, ";") || strings.HasSuffix(end, "?") || strings.HasSuffix(end, "!") ||
			strings.HasSuffix(end, ".") && !cutAbbrevs[last] && !strings.Contains(strings.TrimSuffix(last, "."), ".") {
			return "the prompt glues lines of the page together: the line “" + lastWords(l, 6) + "” ends before the sentence with the blank"
		}
	}
	return ""
}

// lastWords returns the last n words of s, after "…" when it cut some.
func lastWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return s
	}
	return "… " + strings.Join(w[len(w)-n:], " ")
}

// datelineProblem: a prompt opening on a dateline ("TEHRAN, July 07
// (AFP):", "CAPE CANAVERAL, Fla. - ") copies page furniture, and its
// date often bounds the answer.
func datelineProblem(prompt string) string {
	s := prompt
	for _, pre := range []string{"Fill in the blank: ", "Fill in the number: ", "According to the article, "} {
		s = strings.TrimPrefix(s, pre)
	}
	// Most prompts open on no word in capitals: their words are not split.
	first := strings.TrimLeftFunc(s, unicode.IsSpace)
	if end := strings.IndexFunc(first, unicode.IsSpace); end >= 0 {
		first = first[:end]
	}
	if !isCapsWord(strings.TrimRight(first, ",")) {
		return ""
	}
	words := strings.Fields(s)
	k := 0
	for k < len(words) && isCapsWord(strings.TrimRight(words[k], ",")) {
		k++
		if strings.HasSuffix(words[k-1], ",") {
			break
		}
	}
	if k == 0 || k >= len(words) {
		return ""
	}
	place := strings.Join(words[:k], " ")
	next := words[k]
	r, _ := utf8.DecodeRuneInString(next)
	switch {
	case strings.HasSuffix(place, ",") && (unicode.IsUpper(r) || unicode.IsDigit(r) || strings.HasPrefix(next, blank)),
		strings.HasPrefix(next, "(") || next == "-" || next == "–" || next == "—":
		return "the prompt opens on the article's dateline (“" + strings.TrimRight(place, ",") + "”), which is page furniture, not part of the story"
	}
	return ""
}

// isCapsWord: a word of at least three letters, all of them capitals.
func isCapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 3
}

// Words a question cannot end on: its sentence was cut before their
// object ("How many people were killed in?").
// "cited the statement as?" lost the words after its "as"; "sentenced
// to?" and "jailed for?" may end a question, and stay out.
var danglingEnds = setOf(`in|at|into|from|by|of|the|a|an|than|and|or|whose|its|their|his|her|as|with|between|among|via|toward|towards|upon|onto|like`)

// Conjunctions that open a clause and cannot follow "When did".
var clauseOpeners = setOf(`whilst|while|although|though|because|if|unless|as|when|since|until|after|before|where`)

// Words opening a relative or subordinate clause.
var relativeWords = setOf(`where|which|who|whom|whose|that|while|whilst|when`)

// cutQuestionProblem: a question made from a cut or misread clause: it
// ends on a preposition or an article ("killed in?"), stops inside a
// clause ("… where army troops?") or keeps a clause's conjunction after
// its opening ("When did whilst …?").
func cutQuestionProblem(prompt string) string {
	if !strings.HasSuffix(prompt, "?") || strings.ContainsAny(prompt, "“”\"") {
		return ""
	}
	words := strings.Fields(strings.TrimSuffix(prompt, "?"))
	if len(words) < 3 {
		return ""
	}
	// "How many counts was Jones convicted of?": the preposition of a
	// word that governs it ends the question whole.
	if n := len(words); words[n-1] == "of" && ofCountWords[strings.ToLower(words[n-2])] && hasASCIIFold(prompt, "how many") {
		return ""
	}
	if last := words[len(words)-1]; danglingEnds[last] {
		return "the question stops on “" + last + "”: its sentence was cut before what follows it"
	}
	if words[0] == "When" && clauseOpeners[strings.ToLower(words[2])] {
		return "the question keeps the conjunction “" + words[2] + "” of the clause it was made from (“" + strings.Join(words[:3], " ") + " …”)"
	}
	for k := len(words) - 3; k < len(words)-1; k++ {
		if k > 2 && relativeWords[words[k]] {
			return "the question stops inside a clause (“" + strings.Join(words[k:], " ") + "?”): the clause is left unfinished"
		}
	}
	return ""
}

// listSubjectProblem: "When was The Lie and Birdcage Walk published?"
// (or a statement "… was published in June") joins the last two items of a list ("The Betrayal, The Lie and Birdcage
// Walk, which was published in March") into one subject: what the
// sentence says of its last item is said of both.
func listSubjectProblem(prompt, evidence string) string {
	// A fill-in copies its sentence: its list is whole.
	if strings.HasPrefix(prompt, "Fill in") {
		return ""
	}
	rest := strings.TrimRight(strings.TrimPrefix(prompt, "According to the article,"), "?.")
	if !strings.Contains(rest, "and") { // no list: the words are not split
		return ""
	}
	words := strings.Fields(rest)
	for k := 1; k+1 < len(words); k++ {
		if words[k] != "and" || !upperStart(words[k-1]) || !upperStart(words[k+1]) {
			continue
		}
		// The two names around "and", as long as they go.
		a := k - 1
		for a > 0 && upperStart(words[a-1]) && words[a-1] != "When" {
			a--
		}
		b := k + 1
		for b+1 < len(words) && upperStart(words[b+1]) {
			b++
		}
		pair := strings.Join(words[a:b+1], " ")
		// The list whole in the prompt too (a statement copying its
		// sentence) is no misreading.
		if strings.Contains(evidence, ", "+pair) && !strings.Contains(rest, ", "+pair) {
			return "the question joins two items of a list (“" + pair + "”) into one subject: the article's sentence says it of the last one only"
		}
	}
	return ""
}

func upperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// Words of a How many question that say nothing of which count it asks.
var bareCountWords = setOf(`how|many|at|least|more|than|about|nearly|almost|over|some|had|have|has|been|were|was|be|is|are|did|do|does|the|a|an`)

// timeFrameProblem: a How many question on a noun the article counts
// more than once must keep what tells the counts apart. It fails when it
// leaves out its sentence's date ("at the end of May", where the article
// also gives April's figure) or keeps nothing but its verb ("At least how
// many people had been killed?" beside another toll).
func timeFrameProblem(sents []sentence, f Fact, prompt string) string {
	var none []bool // findCounts only reads it: one slice serves every sentence
	return countsTimeFrameProblem(len(sents), func(si int) []count {
		toks := sents[si].toks
		if len(toks) > len(none) {
			none = make([]bool, len(toks))
		}
		return findCounts(toks, none[:len(toks)])
	}, func(si int) string { return " " + normalize(joinTokens(sents[si].toks)) + " " }, f, prompt)
}

// countsTimeFrameProblem is timeFrameProblem on the counts of the
// article's n sentences, countsOf(si) each (the writer reads them once:
// sentenceCounts).
func countsTimeFrameProblem(n int, countsOf func(si int) []count, sentNorm func(si int) string, f Fact, prompt string) string {
	if f.Kind != Count || f.Noun == "" || !strings.Contains(strings.ToLower(prompt), "how many ") {
		return ""
	}
	other, first := "", 0
	for si := range n {
		for _, c := range countsOf(si) {
			if c.noun == f.Noun && c.value != f.Number && !otherFigureSkips(c, si, f.c, f.sent) {
				other, first = formatDigits(c.value), si
				break
			}
		}
		if other != "" {
			break
		}
	}
	if other == "" {
		return ""
	}
	// The sentences of the other figures, read when a date is left out.
	var others []int
	otherSents := func() []int {
		if others == nil {
			others = otherFigureSents(n, countsOf, f, first)
		}
		return others
	}
	toks := tokenize(f.Sentence)
	for _, d := range findDates(toks) {
		// As written: "2001-02", not "2001-2002".
		written := f.Sentence[toks[d.start].start:toks[d.end-1].end]
		// The event's own words may tell the figures apart without the
		// date (countframe.go).
		if !containsWords(prompt, written) && !eventTellsApart(prompt, f.Noun, otherSents(), sentNorm) {
			return "the question leaves out when (“" + written + "”), and the article gives another number of " + f.Noun + " (" + other + "): two answers fit"
		}
	}
	nounWords := setOf(strings.ReplaceAll(normalize(f.Noun), " ", "|"))
	rest := 0
	for _, w := range strings.Fields(normalize(prompt)) {
		if !bareCountWords[w] && !nounWords[w] {
			rest++
		}
	}
	if rest <= 1 {
		return "nothing in the question but its verb tells which number of " + f.Noun + " it asks, and the article gives another (" + other + ")"
	}
	return ""
}

// Words that make a title a past one: "Former Newark Mayor Sharpe James".
var pastTitleWords = setOf(`former|late|then|onetime|erstwhile|ex`)

// pastHolderProblem: "What office does X hold?" asks in the present. It is
// wrong when the article calls X a former or late holder, or places X in
// a year decades before its latest one (a history page: Earl Warren in
// 1954 on a page running to 2012), where an office is asked with its year.
// sents are the article's sentences.
func pastHolderProblem(text string, sents []sentence, f Fact, prompt string) string {
	if f.Kind != Leader || f.Person == "" || !strings.HasPrefix(prompt, "What office does ") {
		return ""
	}
	for at := 0; ; {
		i := strings.Index(text[at:], f.Person)
		if i < 0 {
			break
		}
		i += at
		before := strings.Fields(normalize(text[max(0, i-60):i]))
		if len(before) > 4 {
			before = before[len(before)-4:]
		}
		for _, w := range before {
			if pastTitleWords[w] {
				return "the article calls " + f.Person + " a " + w + " holder, but the question asks what office " + f.Person + " holds now"
			}
		}
		at = i + len(f.Person)
	}
	// The year the article gives the person: the last one of the
	// paragraph before the person is first named.
	first := strings.Index(text, f.Person)
	if first < 0 {
		return ""
	}
	latest := 0
	for _, s := range sents {
		for _, d := range findDates(s.toks) {
			latest = max(latest, d.year, d.year2)
		}
	}
	par := strings.LastIndex(text[:first], "\n") + 1
	year := 0
	for _, d := range findDates(tokenize(text[par:first])) {
		if d.year != 0 {
			year = d.year
		}
	}
	if year != 0 && latest-year >= 25 {
		return "the article places " + f.Person + " in " + strconv.Itoa(year) + ", decades before its latest date (" + strconv.Itoa(latest) + "), but the question asks what office " + f.Person + " holds now: ask it with its year"
	}
	return ""
}

// dateOrderProblem explains a wrong date choice on the other side of a
// date of the fact's sentence than the right one ("served as PM _____,
// and again, briefly, in 1834" offering "from 1837 to 1839"), "" when
// there is none.
func dateOrderProblem(f Fact, q quiz.Question) string {
	if q.Type != quiz.Single {
		return ""
	}
	var right date
	found := false
	for _, c := range q.Choices {
		if c.Correct {
			right, found = parseDate(c.Text)
		}
	}
	if !found {
		return ""
	}
	for _, g := range findDates(tokenize(f.Sentence)) {
		if g.overlaps(right) {
			continue // the answer's own date
		}
		for _, c := range q.Choices {
			if e, ok := parseDate(c.Text); ok && !c.Correct && !sameSideOf(g, right, e) {
				return "the wrong choice “" + c.Text + "” falls on the other side of " + g.text() + ", a date of the same sentence, than the answer: false on its face"
			}
		}
	}
	return ""
}

// rejectionProblems are the causes of rejection the judges of held-out
// sets 4 to 6 gave most often, for one question; sents are the article's
// sentences, split once by the caller.
func rejectionProblems(text string, sents []sentence, f Fact, q quiz.Question) []string {
	var out []string
	for _, msg := range []string{gluedLinesProblem(q.Prompt), datelineProblem(q.Prompt), cutQuestionProblem(q.Prompt),
		listSubjectProblem(q.Prompt, f.Sentence), pastHolderProblem(text, sents, f, q.Prompt),
		boundGiveAway(q), agreementProblem(q.Prompt), bracketSpaceProblem(q.Prompt), rankDroppedProblem(text, f)} {
		if msg != "" {
			out = append(out, msg)
		}
	}
	out = append(out, promptShapeProblems(q.Prompt)...)
	for _, msg := range []string{verblessProblem(text, f, q.Prompt), subjectlessProblem(text, f, q.Prompt)} {
		if msg != "" {
			out = append(out, msg)
		}
	}
	if f.Kind == Actor {
		if msg := sharedActionProblem(text, sents, f, q.Prompt); msg != "" {
			out = append(out, msg)
		}
	}
	if f.Kind == Count {
		if msg := timeFrameProblem(sents, f, q.Prompt); msg != "" {
			out = append(out, msg)
		}
	}
	if f.Kind == Count && q.Type == quiz.Number {
		if msg := partsGiveAway(q.Prompt, f.Number); msg != "" {
			out = append(out, msg)
		}
		if inCountedList(q.Prompt) {
			out = append(out, "the blank is a part of a list that breaks down the count before it: the other parts work it out")
		}
	}
	if f.Kind == Date {
		if msg := dateOrderProblem(f, q); msg != "" {
			out = append(out, msg)
		}
	}
	// "losing 50 of its 41 seats": a wrong number put into the sentence.
	if q.Type == quiz.TrueFalse && partExceedsWhole(q.Prompt) {
		out = append(out, "the statement gives a part larger than its whole: false on its face")
	}
	return out
}

// rejected reports whether the writer should not offer question q on
// fact f for one of the causes of rejection that its own prompt shows
// (rejectionProblems less the past holder, which the office questions
// decide): the checker's rule, applied before the question is offered.
func (w *writer) rejected(f Fact, q quiz.Question) bool {
	if gluedLinesProblem(q.Prompt) != "" || datelineProblem(q.Prompt) != "" || cutQuestionProblem(q.Prompt) != "" ||
		listSubjectProblem(q.Prompt, f.Sentence) != "" || agreementProblem(q.Prompt) != "" || bracketSpaceProblem(q.Prompt) != "" ||
		len(promptShapeProblems(q.Prompt)) > 0 || sharedActionProblem(w.text, w.sents, f, q.Prompt) != "" || englishProblem(q) != "" ||
		verblessProblem(w.text, f, q.Prompt) != "" || subjectlessProblem(w.text, f, q.Prompt) != "" {
		return true
	}
	if f.Kind == Count && q.Type == quiz.Number && (partsGiveAway(q.Prompt, f.Number) != "" || inCountedList(q.Prompt) ||
		strings.Contains(q.Prompt, blank) && sumStatedIn(w.sents[f.sent].toks, f.Number)) {
		return true
	}
	return f.Kind == Count && countsTimeFrameProblem(len(w.sents), w.sentenceCounts, w.normalSentence, f, q.Prompt) != ""
}

// agreementProblem: "How many seats is needed …?" keeps the verb of a
// singular subject ("A total of 76 seats is needed") after a plural noun.
func agreementProblem(prompt string) string {
	if !hasASCIIFold(prompt, "many") { // no How many question: the words are not split
		return ""
	}
	words := strings.Fields(prompt)
	for i, w := range words {
		if strings.EqualFold(w, "many") && i+3 < len(words) && i > 0 && strings.EqualFold(words[i-1], "how") {
			// "is needed", not "is Harlow Foods renting" (the verb before
			// its own subject).
			noun, verb, next := words[i+1], words[i+2], strings.ToLower(strings.TrimRight(words[i+3], "?"))
			_, past := pastVerbs[next]
			if strings.HasSuffix(noun, "s") && !strings.HasSuffix(noun, "ss") && (verb == "is" || verb == "was") && (past || strings.HasSuffix(next, "ed")) {
				return "“how many " + noun + " " + verb + "” is ungrammatical: the verb is the one of the sentence's singular subject"
			}
		}
	}
	return ""
}

// bracketSpaceProblem: "since the[ 7.3 magnitude]" or "finalists( and
// winners)": the space before a bracket moved inside it, so the words
// shown are not the ones printed.
func bracketSpaceProblem(prompt string) string {
	for _, open := range []string{"[ ", "( "} {
		i := strings.Index(prompt, open)
		if i <= 0 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(prompt[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			j := strings.LastIndex(prompt[:i], " ") + 1
			return "the space before a bracket moved inside it (“" + prompt[j:i+len(open)] + "…”): the words are not printed as the article gives them"
		}
	}
	return ""
}

// Ranks that make another office of the one after them.
var officeRanks = setOf(`deputy|vice|assistant|acting|interim|associate`)

// rankDroppedProblem: "Armidale deputy Mayor Todd Redwood" is no mayor: a
// rank written in lower case before the office must stay in the answer.
func rankDroppedProblem(text string, f Fact) string {
	if f.Kind != Leader || f.Start <= 0 || f.Start > len(text) {
		return ""
	}
	before := strings.Fields(text[max(0, f.Start-20):f.Start])
	if len(before) == 0 {
		return ""
	}
	rank := strings.ToLower(before[len(before)-1])
	if !officeRanks[rank] || strings.Contains(strings.ToLower(f.Office), rank) {
		return ""
	}
	return "the article calls " + f.Person + " “" + rank + " " + f.Office + "”, but the question drops “" + rank + "”"
}

// hasASCIIFold reports whether s holds word, a word of lower-case ASCII
// letters, in any case: what strings.EqualFold matches of it, for none of
// Unicode's other letters folds to an ASCII letter but k and s.
func hasASCIIFold(s, word string) bool {
	for i := 0; i+len(word) <= len(s); i++ {
		k := 0
		for k < len(word) && s[i+k]|0x20 == word[k] {
			k++
		}
		if k == len(word) {
			return true
		}
	}
	return false
}
