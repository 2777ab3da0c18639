// Package generate writes a quiz from a news article: it finds the
// article's dates, leaders with their offices, and counts by scanning the
// English text, then turns those facts into questions whose answers are
// proved by a sentence of the article. It is deterministic and uses no
// network and no language model, so it runs the same natively and in the
// browser.
package generate

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"factquiz/quiz"
)

// Kind is the kind of a fact.
type Kind string

// The kinds of fact the generator finds.
const (
	Date   Kind = "date"
	Leader Kind = "leader"
	Count  Kind = "count"
	// Place is a city, country, region or named venue where something
	// happened ("In which city was the agreement signed?").
	Place Kind = "place"
	// Quote is a quotation attributed in the text to a named speaker.
	Quote Kind = "quote"
	// Actor is who did what: a named person, country or organisation as
	// the subject of a known verb ("Who mediated the talks?").
	Actor Kind = "actor"
)

// Span is a byte range [Start, End) of the input text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Fact is one date, leader or count found in the article.
type Fact struct {
	Kind Kind `json:"kind"`
	// Text is the fact as written in the article, text[Start:End].
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	// Sentence is the sentence that states the fact, exactly as in the
	// article, beginning at byte SentenceStart.
	Sentence      string `json:"sentence"`
	SentenceStart int    `json:"sentenceStart"`

	// Event is what happened at a date, in the article's words.
	Event string `json:"event,omitempty"`

	// Person holds Office in Country (a country or an organisation; empty
	// when the article does not say).
	Person  string `json:"person,omitempty"`
	Office  string `json:"office,omitempty"`
	Country string `json:"country,omitempty"`
	// Former says Person held Office in the past ("former New Orleans
	// mayor Ray Nagin"): asked only in the past (formerleader.go).
	Former bool `json:"former,omitempty"`
	// Mentions are later references to the person by surname alone
	// ("Erdogan insisted").
	Mentions []Span `json:"mentions,omitempty"`

	// Number of Noun ("3", "ceasefire agreements").
	Number int    `json:"number,omitempty"`
	Noun   string `json:"noun,omitempty"`

	// Place is where, PlaceKind says what it is ("city", "country",
	// "region", "venue"), and Event what happened there.
	Place     string `json:"place,omitempty"`
	PlaceKind string `json:"placeKind,omitempty"`

	// Speaker said Quotation (the words inside the quotation marks).
	Speaker   string `json:"speaker,omitempty"`
	Quotation string `json:"quotation,omitempty"`

	// Doer did Action ("mediated the talks in Pretoria"); DoerKind is
	// "person", "country" or "organisation".
	Doer     string `json:"doer,omitempty"`
	Action   string `json:"action,omitempty"`
	DoerKind string `json:"doerKind,omitempty"`

	sent int   // index of the sentence
	d    date  // parsed date
	c    count // parsed count
	l    leader
}

// Item ties a generated question to its fact.
type Item struct {
	QuestionID string `json:"questionId"`
	// Fact is the index in Result.Facts of the fact the question asks about.
	Fact int `json:"fact"`
	// Answer is the right answer as text ("September 27", "Ilham Aliyev",
	// "3", or for a true-or-false statement "true"/"false").
	Answer string `json:"answer"`
	// Wrong are the wrong choices; for a false statement, the wrong fact
	// swapped into it.
	Wrong []string `json:"wrong,omitempty"`
}

// Result is what the generator found and wrote.
type Result struct {
	Facts []Fact     `json:"facts"`
	Quiz  *quiz.Quiz `json:"quiz"`
	// Items are in the order of Quiz.Questions.
	Items []Item `json:"items"`
	// Notes say what was done to the input before it was read: "The
	// text is HTML …: only its text was kept", "read as Windows-1252".
	Notes []string `json:"notes,omitempty"`
	// Text is the article as the generator read it (HTML reduced to its
	// text, decoded): the offsets of Facts are in Text.
	Text string `json:"-"`
}

// Count returns how many facts of kind k were found.
func (r Result) Count(k Kind) int {
	n := 0
	for _, f := range r.Facts {
		if f.Kind == k {
			n++
		}
	}
	return n
}

// Problem says why an article gives no quiz.
type Problem int

// Problems FromText reports.
const (
	Empty       Problem = iota + 1 // nothing but white space
	NotText                        // not UTF-8 text: a binary file
	NoFacts                        // no date, leader or count found
	NoQuestions                    // facts found, but none makes a good question
	NotEnglish                     // the text is in another language
	AllCaps                        // the text is written in capitals
	Internal                       // a fault of the generator's own (a bug), caught
)

// InputError is the error FromText returns for an article it cannot use.
// Compare with errors.Is(err, generate.ErrEmpty) and the like.
type InputError struct {
	Problem Problem
	Detail  string
}

var (
	ErrEmpty       = &InputError{Problem: Empty}
	ErrNotText     = &InputError{Problem: NotText}
	ErrNoFacts     = &InputError{Problem: NoFacts}
	ErrNoQuestions = &InputError{Problem: NoQuestions}
	ErrNotEnglish  = &InputError{Problem: NotEnglish}
	ErrAllCaps     = &InputError{Problem: AllCaps}
	ErrInternal    = &InputError{Problem: Internal}
)

func (e *InputError) Error() string {
	var msg string
	switch e.Problem {
	case Empty:
		msg = "the article is empty"
	case NotText:
		msg = "the input is not text that Factquiz can read"
	case NoFacts:
		msg = "no dates, leaders or counts were found in the article"
	case NoQuestions:
		msg = "facts were found, but none gives a question that passes the quality rules"
	case NotEnglish:
		msg = "the article does not seem to be in English, and the generator knows English only"
	case AllCaps:
		msg = "the article is written in capital letters, so names cannot be told from other words"
	case Internal:
		msg = "the generator failed on this article (a bug in Factquiz: please report it with the article)"
	default:
		msg = "unusable article"
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Is makes errors.Is match on the problem, whatever the detail.
func (e *InputError) Is(target error) bool {
	var t *InputError
	return errors.As(target, &t) && t.Problem == e.Problem
}

// Options tune what the generator writes.
type Options struct {
	// Max is the most questions a quiz keeps (the best ones); 0 means
	// DefaultMax.
	Max int
}

// FromText finds the facts of an article and writes a quiz about them,
// with the default options. title names the quiz; when empty, the
// article's headline is used.
func FromText(title, text string) (Result, error) {
	return FromTextWith(title, text, Options{})
}

// FromTextWith is FromText with options.
func FromTextWith(title, text string, opt Options) (out Result, err error) {
	// A fault in the rules must not take the page down with it: the
	// learner gets a message and keeps the article. Tests and the fuzzer
	// fail on ErrInternal, so bugs are still seen.
	defer func() {
		if r := recover(); r != nil {
			out, err = Result{}, &InputError{Problem: Internal, Detail: fmt.Sprint(r)}
		}
	}()
	text, notes, err := checkText(text)
	if err != nil {
		return Result{Notes: notes}, err
	}
	defer func() { out.Notes, out.Text = notes, text }()
	g := articleWriter(text, title)
	if g == nil {
		return Result{Facts: []Fact{}}, ErrNoFacts
	}
	facts := g.facts
	g.write()
	g.choose(opt.Max)
	res := Result{
		Facts: facts,
		Quiz:  &quiz.Quiz{Title: g.title, Questions: g.questions},
		Items: g.items,
	}
	if len(g.questions) == 0 {
		return res, ErrNoQuestions
	}
	return res, nil
}

// articleWriter reads a checked text's facts and returns the writer that
// asks them, or nil when the text holds no fact. The title defaults to
// the article's headline.
func articleWriter(text, title string) *writer {
	sents := splitSentences(text, tokenize(text))
	if title == "" {
		title = headline(sents, text)
	}
	facts, actors, people := extractWith(text, sents)
	if len(facts) == 0 {
		return nil
	}
	g := newWriter(text, sents, facts)
	g.actors = actors
	if people != nil {
		people.facts = facts
		g.peopleQ = people
	}
	g.title = title
	// A date's event is best said by its clause when the sentence has one.
	for i := range facts {
		if facts[i].Kind == Date {
			if c, ok := g.dateClause(facts[i]); ok {
				facts[i].Event = joinTokens(c.subject) + spaced(c.verb) + spaced(c.rest)
			}
		}
	}
	return g
}

// checkText rejects what is not an article: nothing, or bytes that are not
// text. A NUL or many control characters mean a binary file even when it
// happens to be valid UTF-8. It returns the text to read, and notes on
// it: HTML is reduced to its text, and a text in another language or in
// capitals is refused (prepareText, in input.go).
func checkText(text string) (string, []string, error) {
	if strings.TrimSpace(strings.ReplaceAll(text, "\uFEFF", "")) == "" {
		return "", nil, ErrEmpty
	}
	if !utf8.ValidString(text) {
		i := 0
		for i < len(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return "", nil, &InputError{Problem: NotText, Detail: "invalid UTF-8 at byte offset " + itoa(i)}
	}
	control := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == 0 {
			return "", nil, &InputError{Problem: NotText, Detail: "NUL byte at offset " + itoa(i)}
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			control++
		}
	}
	if control*20 > len(text) {
		return "", nil, &InputError{Problem: NotText, Detail: "too many control characters"}
	}
	text, notes, err := prepareText(text)
	return blankDateStamp(text), notes, err
}

func itoa(n int) string { return strconv.Itoa(n) }

// headline is the article's title: the first of the title-like lines
// opening the text that is no page furniture ("Menu", "Skip to main
// content", a section's name, a byline, an address such as "10 Downing
// Street") and shares a word with the story's first sentences (an
// unrelated headline left on the page does not); else a default.
func headline(sents []sentence, text string) string {
	const none = "Quiz from an article"
	// The story's first sentences, in lower case, to find a headline's
	// words in (as parts of words: "flood" in "flooding").
	from, to := -1, 0
	for i, s := range sents {
		if s.headline {
			continue
		}
		if from < 0 {
			from = s.start
		}
		to = s.end
		if to-from > 600 || i > 12 {
			break
		}
	}
	if from < 0 {
		return none
	}
	story := strings.ToLower(text[from:to])
	// A headline of three words or more first; an encyclopedia's name of
	// two ("Oslo Accords") when there is none.
	for _, minWords := range []int{3, 2} {
		for i, s := range sents {
			if i >= 6 || !s.headline {
				break
			}
			// A listing of posts ("Showing posts with label …") has no
			// one headline: each post's is its own (listinglines.go).
			if s.furniture && listingLine(s.toks) {
				return none
			}
			h := strings.TrimSpace(text[s.start:s.end])
			if s.furniture || len(h) > 200 || strings.Contains(h, "\n") || titleFurniture(s.toks, minWords) {
				continue
			}
			for _, x := range stems(h) {
				if strings.Contains(story, x) {
					return h
				}
			}
		}
	}
	return none
}

// titleFurniture reports a title-like line that is no headline: shorter
// than minWords or a two-word label with a mark ("Menu", "Sector -
// Health"), a link bar, a byline ("Jane Obi, Abuja", "Jane Obi, Minister
// for Health": names and a comma, no lower-case word but of, for, the and
// and before another word; "Vienna, Congress of" is an encyclopedia's
// headword), an information box's line ("Participants: A, B,
// C") or an address ("10 Downing Street").
func titleFurniture(toks []token, minWords int) bool {
	words, lower, commas, colon, slash := 0, 0, 0, -1, false
	for i, t := range toks {
		switch {
		case t.text == "/":
			slash = true
		case t.isWord():
			words++
			if !t.cap() && !strings.ContainsAny(t.text[:1], "0123456789") && (!t.is("of", "for", "the", "and") || i+1 == len(toks) || !toks[i+1].isWord()) {
				lower++
			}
			if t.is("skip", "menu", "navigation", "subscribe", "advertisement", "cookies", "login") {
				return true
			}
			// A link ("go to table of contents", "Back to top").
			if i == 0 && t.is("go", "back", "return", "jump") && len(toks) > 1 && toks[1].is("to") ||
				t.is("table") && i+2 < len(toks) && toks[i+1].is("of") && toks[i+2].is("contents") {
				return true
			}
		case t.text == ",":
			commas++
		case t.text == ":" && colon < 0:
			colon = i
		}
	}
	if words < minWords || words == 2 && len(toks) > 2 || commas > 0 && lower == 0 && words <= 5 || colon >= 0 && colon <= 2 && commas >= 2 {
		return true
	}
	// A photo credit ("Robin Moore / iLCP", "International News 24/7"),
	// and a business site's two-word subheads ("What happened", "So
	// what", "Now what").
	if slash && words <= 6 && !hasLowerCaseWord(toks) || words == 2 && lower > 0 && toks[0].is("What", "Why", "So", "Now") {
		return true
	}
	last := toks[len(toks)-1]
	return words <= 4 && toks[0].text[0] >= '0' && toks[0].text[0] <= '9' && last.is("Street", "Road", "Avenue", "Square", "Lane", "Place")
}

// hasLowerCaseWord reports a word with no capital letter ("iLCP" has
// one).
func hasLowerCaseWord(toks []token) bool {
	for _, t := range toks {
		if t.isWord() && strings.ToLower(t.text) == t.text && !strings.ContainsAny(t.text[:1], "0123456789") {
			return true
		}
	}
	return false
}

// stems are the content words of s cut to five letters, enough to match
// "floods" with "flooding" and "resigns" with "resignation".
func stems(s string) []string {
	var out []string
	for _, x := range contentWords(s) {
		// "frogs" in the headline is "frog" in the story.
		if x = wordStem(x); len(x) < 4 {
			continue
		}
		if len(x) > 5 {
			x = x[:5]
		}
		out = append(out, x)
	}
	return out
}

// extract finds every fact, in the order of the text.
func extract(text string, sents []sentence) []Fact {
	facts, _, _ := extractWith(text, sents)
	return facts
}

// extractWith is extract, and the people read for the doers and for the
// speakers (nil when the text quotes nobody), which the writer reads
// again.
func extractWith(text string, sents []sentence) ([]Fact, *actorCtx, *qtext) {
	// Room for about one fact a sentence, the corpus's rate with the
	// places, quotations and doers added at the end: a Fact is large, and
	// growing the slice copies them all again.
	facts := make([]Fact, 0, len(sents)+8)
	var people []int // indexes of leader facts, to link surnames
	byName := map[string]int{}
	// One sentence's facts, in room reused sentence after sentence (they
	// are copied into facts): a Fact is large.
	var localRoom []Fact
	for si, s := range sents {
		if s.headline && lifespanName(sents, si) == nil {
			continue
		}
		sentText := text[s.start:s.end]
		mk := func(kind Kind, a, b int) Fact {
			start, end := s.toks[a].start, s.toks[b-1].end
			if s.toks[b-1].poss {
				end = s.toks[b-1].end
			}
			return Fact{Kind: kind, Text: text[start:end], Start: start, End: end,
				Sentence: sentText, SentenceStart: s.start, sent: si}
		}
		taken := make([]bool, len(s.toks))
		local := localRoom[:0]
		dates := findDates(s.toks)
		for _, d := range dates {
			for k := d.start; k < d.end; k++ {
				taken[k] = true
			}
			if citedDate(s.toks, d) { // citeddate.go
				continue
			}
			f := mk(Date, d.start, d.end)
			f.d = d
			f.Event = eventText(s.toks, d, dates)
			local = append(local, f)
		}
		for _, l := range findLeaders(s.toks) {
			l = withoutPartyLabel(s.toks, l)
			// "the leader of the opposition Popular Unity Party" holds
			// nothing as a person; "200 miles south of Prince Rupert" is a
			// city, not a prince.
			if orgNamed(l.person) || l.nameStart > 0 && titledPlace(text, text[s.toks[l.nameStart-1].start:s.toks[l.nameEnd-1].end], l.person) {
				continue
			}
			if !monarchTitles[l.office] && !strings.Contains(l.person, " ") {
				// "President Kennedy" where "John F. Kennedy" is named:
				// one person, asked by the full name; a surname the
				// article names twice over, or never in full after a
				// title other than a president's, is no leader.
				if full := fullNameOf(sents, l.person); full != "" {
					l.person = full
				} else if l.surnameOnly || namedInFull(sents, l.person) {
					continue
				}
			}
			if at, seen := byName[l.person]; seen {
				// "President Harry S. Truman … Truman, the U.S. president,":
				// the mention that names the country is the better fact,
				// and its sentence the evidence.
				if at >= 0 && facts[at].Country == "" && l.country != "" && officeKey(facts[at].Office) == officeKey(l.office) {
					g := mk(Leader, l.start, l.end)
					g.Person, g.Office, g.Country, g.Former, g.l = l.person, l.office, l.country, l.former, l
					facts[at] = g
					for k := l.start; k < l.end; k++ {
						taken[k] = true
					}
				}
				continue
			}
			// A single-word name after a title is a surname mention.
			for k := l.start; k < l.end; k++ {
				taken[k] = true
			}
			f := mk(Leader, l.start, l.end)
			f.Person, f.Office, f.Country, f.Former, f.l = l.person, l.office, l.country, l.former, l
			byName[l.person] = -1
			local = append(local, f)
		}
		for _, c := range findCounts(s.toks, taken) {
			f := mk(Count, c.start, c.end)
			f.Number, f.Noun, f.c = c.value, c.noun, c
			local = append(local, f)
		}
		sortFacts(local)
		for _, f := range local {
			if f.Kind == Leader {
				byName[f.Person] = len(facts)
				people = append(people, len(facts))
			}
			facts = append(facts, f)
		}
		localRoom = local
	}
	linkMentions(text, sents, facts, people)
	// The kinds that build on the leaders found (a speaker or a doer named
	// by surname) come after them, then everything is put in text order.
	more := findPlaces(text, sents, facts)
	quotes, peopleQ := findQuotes(text, sents, facts)
	more = append(more, quotes...)
	actors := newActorCtx(text, sents, facts)
	more = append(more, findActors(actors, sents, facts)...)
	facts = append(facts, more...)
	sort.SliceStable(facts, func(i, j int) bool { return facts[i].Start < facts[j].Start })
	return facts, actors, peopleQ
}

func sortFacts(fs []Fact) {
	// Insertion sort by offset: a sentence holds few facts.
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Start < fs[j-1].Start; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

// linkMentions records every bare use of a leader's surname outside the
// fact itself. A surname shared by two leaders is ambiguous and skipped.
func linkMentions(text string, sents []sentence, facts []Fact, people []int) {
	owner := map[string]int{}
	for _, p := range people {
		s := surname(facts[p].Person)
		if _, dup := owner[s]; dup {
			owner[s] = -1
			continue
		}
		owner[s] = p
	}
	for _, s := range sents {
		for _, t := range s.toks {
			p, ok := owner[t.text]
			if !ok || p < 0 {
				continue
			}
			f := &facts[p]
			if t.start >= f.Start && t.end <= f.End {
				continue
			}
			f.Mentions = append(f.Mentions, Span{t.start, t.end})
		}
	}
}

// eventText is the clause a date belongs to, without the date list: the
// words before the dates, or after them when the sentence opens with them.
func eventText(toks []token, d date, all []date) string {
	// Extend to the list of dates this one belongs to.
	lo, hi := d.start, d.end
	for _, e := range all {
		if e.start >= hi && e.start <= hi+2 && listGlue(toks[hi:e.start]) {
			hi = e.end
		}
	}
	for k := len(all) - 1; k >= 0; k-- {
		e := all[k]
		if e.end <= lo && e.end >= lo-2 && listGlue(toks[e.end:lo]) {
			lo = e.start
		}
	}
	if lo > 0 && datePreps[toks[lo-1].lower()] {
		lo--
	}
	before := trimClause(toks[:lo], true)
	if len(before) >= 2 {
		return joinTokens(before)
	}
	after := trimClause(toks[hi:], false)
	return joinTokens(after)
}

func listGlue(ts []token) bool {
	for _, t := range ts {
		if !(t.text == "," || t.is("and", "in", "on", "or")) {
			return false
		}
	}
	return true
}

// trimClause keeps the clause next to a date: back to the last comma (or
// "that") for the words before, up to the next comma for the words after.
func trimClause(ts []token, before bool) []token {
	if before {
		start := 0
		for i := len(ts) - 1; i >= 0; i-- {
			if ts[i].text == "," || ts[i].text == ";" || ts[i].is("that") || isOpener(ts[i]) {
				start = i + 1
				break
			}
		}
		ts = ts[start:]
		for len(ts) > 0 && (ts[len(ts)-1].punct || datePreps[ts[len(ts)-1].lower()]) {
			ts = ts[:len(ts)-1]
		}
		return ts
	}
	for len(ts) > 0 && ts[0].punct {
		ts = ts[1:]
	}
	for i, t := range ts {
		if t.punct && t.text != "-" {
			return ts[:i]
		}
	}
	return ts
}

// partyLabels open a politician's name as his or her side, not as a
// first name: "Conservative Alejandro Giammattei was elected …".
var partyLabels = setOf(`Labour|Labor|Conservative|Tory|Liberal|Democrat|Democratic|Republican|Socialist|Communist|Nationalist|Centrist|Leftist|Populist`)

// withoutPartyLabel drops a party label opening a leader's name when two
// words of the name are left.
func withoutPartyLabel(toks []token, l leader) leader {
	if l.nameEnd-l.nameStart >= 3 && partyLabels[toks[l.nameStart].text] {
		l.nameStart++
		l.person = joinWords(toks[l.nameStart:l.nameEnd])
		if l.start == l.nameStart-1 {
			l.start = l.nameStart
		}
	}
	return l
}
