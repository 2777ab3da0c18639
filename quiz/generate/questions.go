package generate

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
)

// pastVerbs maps the simple past of verbs news uses for events to their
// base form, so that "erupted on September 27" can be asked as "When did …
// erupt?". Verbs not listed give a fill-in-the-blank question instead:
// better no grammatical question than a wrong one.
var particles = map[string]bool{"out": true, "over": true, "up": true, "down": true, "off": true, "back": true, "away": true}

var auxiliaries = map[string]bool{
	"have": true, "has": true, "had": true, "were": true, "was": true, "are": true, "is": true,
	"will": true, "would": true, "could": true, "can": true, "may": true, "might": true, "must": true,
}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true, "this": true, "that": true, "these": true, "those": true, "who": true, "which": true}

// isPronoun reports whether a lowered word is a pronoun, a contracted one
// included: "I've", "we're", "they'd" are a pronoun and a verb run into one
// word, never a subject a question can name ("How many majors did I've
// win?", held-out set 14).
func isPronoun(l string) bool { return pronouns[l] || contractedPronoun(l) }

// contractedPronoun reports a lowered pronoun run into its verb: "i've",
// "we're", "that's".
func contractedPronoun(l string) bool {
	k := strings.IndexFunc(l, isApostrophe)
	return k > 0 && pronouns[l[:k]]
}

// clause is a simple "subject verb …" statement around a date or count,
// enough to write a question and a statement in correct English.
type clause struct {
	subject      []token
	firstIsStart bool    // the subject opens the sentence (its capital may be style only)
	verb         []token // past verb and particle, or "was signed"
	base         string  // "break out"; empty for a passive
	rest         []token // words after the verb, without the date or count
	prep         string  // "on", "in"
	count        bool    // the clause of a count, not of a date
	existential  string  // "were" of "there were 40 people …" (counts only)
	present      bool    // a plan told in the present ("leaves office in January"): asked "When does … leave …?"
}

const blank = "_____"

// countryWords are the words of the country names the generator knows.
var countryWords = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range nationalities {
		for _, x := range strings.Fields(c) {
			m[x] = true
		}
	}
	return m
}()

type writer struct {
	text          string
	sents         []sentence
	facts         []Fact
	proper        map[string]bool
	names         map[string]bool // words of people (and countryWords): always capitalised
	events        [][]string      // content words of each fact's event, made on first use
	sentWords     [][]string      // content words of each sentence (and ""), made on first use (places.go)
	questions     []quiz.Question
	items         []Item
	ids           map[string]bool
	offered       []candidate                        // every question written, before choose
	people        []string                           // the people the article names, found on first use (quotes.go)
	normSents     []string                           // the sentences normalized, made on first use (actors.go)
	actors        *actorCtx                          // the people of the article, read once for every doer (actors.go)
	dateWrong     map[int][]string                   // wrong dates of each date fact, made on first use (distractors.go)
	normPrompts   []string                           // the offered prompts normalized, made on first use (choose.go)
	normChoices   [][]string                         // the offered choices normalized, made on first use (choose.go)
	answersMemo   []int8                             // per pair of offered questions: 1 the first gives the second away, -1 not (choose.go)
	group         string                             // set while writing questions that span facts
	title         string                             // the quiz's title, which the learner reads first
	givenAwayMemo []int8                             // per offered question: 1 given away by the title or its prompt, -1 not (giveaway.go)
	cores         map[string]map[string]bool         // officeCore of each title met, made on first use (distractors.go)
	officesNear   map[string][]string                // officesWith of each leader asked of, made on first use (distractors.go)
	ministers     map[string][]string                // ministerTitlesBefore of each leader asked of, made on first use (officetwice.go)
	joints        map[string][][2]string             // jointTitles of each leader asked of, made on first use (officebeside.go)
	history       int8                               // historyPage: 0 not yet known, 1 yes, -1 no
	newsYear      int                                // newsDate: 0 not yet known, -1 none, else the page's latest year
	copying       bool                               // set while writing a statement that copies its sentence (sentencetf.go)
	clause        *clauseCut                         // set while writing a statement on one clause (clausestatement.go)
	part          *clausePart                        // the clause that statement states (clausestatement.go)
	omit          *omitCut                           // set while writing a statement leaving a phrase out (omitstatement.go)
	twin          int                                // set while writing a statement's twin: its index + 1 (truebalance.go)
	twinTrue      bool                               // the twin's truth (truebalance.go)
	referents     map[int]pronounReferent            // the person a sentence's opening "He", "She", "His" or "Her" stands for, made on first use (referent.go)
	acronyms      map[string]string                  // acronym → the noun its spelt-out name ends on, made on first use (thingreferent.go)
	peopleQ       *qtext                             // the article read for the people it names, made on first use (quotes.go)
	notPerson     map[string]bool                    // notPersonName of each name asked, once per article (notperson.go)
	fates         map[string]fate                    // personFate of each person asked, once per article (deaths.go)
	court         int8                               // onCourtPage: 0 not yet known, 1 yes, -1 no (speakerfit.go)
	mentions      *[]placeMention                    // placeMentions, read on first use (namestatement.go)
	islamic       int8                               // islamicWorld: 0 not yet known, 1 yes, -1 no (islamicworld.go)
	countsOf      []sentCounts                       // the counts of each sentence, made on first use (counts.go)
	titleText     string                             // the title's headlineText, made on first use (giveaway.go)
	officeWrong   map[int][]string                   // officeChoices of each leader fact, made on first use (distractors.go)
	fillers       fillerUse                          // filler offices offered so far (variedfillers.go)
	numberForms   map[int][]string                   // countForms of each count's number, made on first use (choose.go)
	dateClauses   map[dateClauseKey]dateClauseRead   // dateClause of each date read, made on first use
	countClauses  map[countClauseKey]countClauseRead // countClause of each count read, made on first use
	risePoints    []risePoint                        // new totals "rose to N" of the article (latertotal.go), read on first use
	risesRead     bool
	looseMemo     map[string]looseMemo // looseTitles of each office, with the tokens read (loosememo.go)
	aloneMemo     []aloneRead          // standsAlone of each sentence, by the tokens it read (standsalonememo.go)
	offTables     *officeTables        // officeChoicesOf's article-wide tables, made on first use (officetables.go)
	titleDates    []date               // the title's dates, read on first use: non-nil once read (titledates.go)
	copyables     []copyableAnswer     // copyable of each sentence, by the tokens it read (copyablememo.go)
	dateKeys      map[string]int       // the order key of each date choice read (datekeys.go)
	birthsMemo    []birthRead          // births of the article, read on first use: non-nil once read (lifeyears.go)
}

func newWriter(text string, sents []sentence, facts []Fact) *writer {
	w := &writer{text: text, sents: sents, facts: facts, proper: properNouns(sents), names: map[string]bool{}, ids: map[string]bool{}}
	for _, f := range facts {
		for _, x := range strings.Fields(f.Person + " " + f.Country) {
			w.names[x] = true
		}
	}
	return w
}

// write offers every question it can write for each fact, then chooses
// the quiz among them (see choose).
func (w *writer) write() {
	// The corpus offers one to two questions a fact: room made at once (a
	// candidate is large, and growing copies them all).
	w.offered = make([]candidate, 0, len(w.facts)*3/2+8)
	w.presidentsCountry()
	for fi, f := range w.facts {
		switch f.Kind {
		case Leader:
			n := len(w.offered)
			w.who(fi)
			w.office(fi)
			w.orgRole(fi) // orgrole.go
			// Alone: no other question on the leader, or only ones the
			// title answers ("… says Health Minister").
			alone := len(w.offered) == n
			w.withFalseTwin(func() bool { return w.leaderTF(fi, alone) }) // truebalance.go
		case Date:
			if w.outOfLife(fi) { // lifeyears.go
				break
			}
			w.when(fi)
			w.dateTF(fi)
			w.clauseTF(fi) // clausestatement.go
			w.omitTF(fi)   // omitstatement.go
			w.sentenceTF(fi)
			w.dateBlank(fi)
		case Count:
			if w.updatedTotal(fi) { // latertotal.go
				break
			}
			if f.c.ordinal {
				w.ordinalTally(fi)
				break
			}
			w.howMany(fi)
			w.countTF(fi)
			w.clauseTF(fi) // clausestatement.go
			w.omitTF(fi)   // omitstatement.go
			w.sentenceTF(fi)
			w.countBlank(fi)
		case Place:
			w.place(fi)
		case Quote:
			w.withFalseTwin(func() bool { return w.quote(fi) })
		case Actor:
			w.actor(fi)
		}
	}
	w.whereLeftToPlace()
	w.group = "order"
	w.whichFirst()
	w.group = ""
	w.nameStatements() // namestatement.go
}

// add offers a question after the checks every question must pass on its
// own: a prompt that does not give its own answer away. Whether it goes
// into the quiz is decided by choose, over all the questions offered.
func (w *writer) add(fi int, q quiz.Question, answer string, wrong []string, idHint string) bool {
	f := w.facts[fi]
	// A statement copying its sentence holds its number by design.
	if !w.copying && givesAway(q.Prompt, answer, f) || repeatedWords(q.Prompt) != "" || blankProblem(q.Prompt) != "" || endsOnAbbreviation(q.Prompt) || halfCorrelative(q.Prompt) /* notjust.go */ || unnamedPossessive(q.Prompt, w.proper) || w.rejected(f, q) ||
		w.twin > 0 && (q.Type != quiz.TrueFalse || q.Truth != w.twinTrue) { // truebalance.go
		return false
	}
	// A page's hard line breaks ("The\nCenters for Medicare …") are no
	// part of the question: one space, as a reader reads them. The
	// evidence stays verbatim.
	if strings.ContainsAny(q.Prompt, "\n\r\t") {
		q.Prompt = strings.Join(strings.Fields(q.Prompt), " ")
	}
	q.Fact = string(f.Kind)
	q.Evidence = f.Sentence
	w.offered = append(w.offered, candidate{q: q, item: Item{Fact: fi, Answer: answer, Wrong: wrong},
		idHint: string(f.Kind) + "-" + idHint, group: w.group, copy: w.copying, part: w.part, twin: w.twin})
	return true
}

// cutAbbreviations open a name or a date and never end a clause: a
// prompt ending on one was cut at its full stop ("… reported from St?"
// for "St. Michael Medical Center").
var cutAbbreviations = setOf(`Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|St|Mt|Ft|Adm|Maj|Brig|Cpl|Pvt|Rev|Hon|Fr|Msgr|Supt|Insp|Det|Atty|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec`)

// endsOnAbbreviation reports a prompt whose last word is one of
// cutAbbreviations.
func endsOnAbbreviation(prompt string) bool {
	p := strings.TrimRight(prompt, "?.! ")
	return cutAbbreviations[p[strings.LastIndexByte(p, ' ')+1:]]
}

func (w *writer) uniqueID(id string) string {
	id = strings.Trim(id, "-")
	if !w.ids[id] {
		w.ids[id] = true
		return id
	}
	for n := 2; ; n++ {
		c := id + "-" + strconv.Itoa(n)
		if !w.ids[c] {
			w.ids[c] = true
			return c
		}
	}
}

// givesAway reports whether a prompt contains its own answer (for a count,
// in digits or in words; for a person, the surname too).
func givesAway(prompt, answer string, f Fact) bool {
	return givesAwayNormal(normalize(prompt), answer, f)
}

// givesAwayNormal is givesAway on a prompt already normalized.
func givesAwayNormal(normPrompt, answer string, f Fact) bool {
	// Each form is made only when the ones before are not in the prompt
	// (it runs for every pair of questions choose compares).
	has := func(n string) bool { return n != "" && hasNormalWords(normPrompt, n) }
	if has(answer) {
		return true
	}
	switch f.Kind {
	case Count:
		return has(strconv.Itoa(f.Number)) || has(formatDigits(f.Number)) || has(numberWords(f.Number))
	case Leader:
		return answer == f.Person && has(surname(f.Person))
	case Actor:
		return f.DoerKind == "person" && answer == f.Doer && has(surname(f.Doer)) // "Federer, who has also regained …"
	}
	return false
}

// normalize lower-cases a text and keeps its words and numbers, one space
// apart, for comparing texts word by word.
func normalize(s string) string {
	// A text already so (a number, a word in lower case) is no copy.
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' && i > 0 && s[i-1] != ' ' && i+1 < len(s) || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' {
			if i+1 == len(s) {
				return s
			}
			continue
		}
		break
	}
	var buf [256]byte
	b := buf[:0]
	if len(s) > len(buf) {
		b = make([]byte, 0, len(s))
	}
	return string(appendNormal(b, s))
}

// appendNormal appends normalize(s) to b (a buffer on the caller's stack
// where the text is only compared: hasNormalWords).
func appendNormal(b []byte, s string) []byte {
	space := true
	for i := 0; i < len(s); {
		// ASCII, most of any English text, by bytes: the same rules as
		// the runes below without decoding and table look-ups (normalize
		// runs on every prompt and choice the writer compares).
		if c := s[i]; c < utf8.RuneSelf {
			if c == '\'' && i+2 < len(s) && s[i+1] == 's' && (s[i+2] == ' ' || s[i+2] == ',') {
				i += 2
				continue
			}
			i++
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
				b = append(b, c)
				space = false
			} else if !space && c != ',' && c != '\'' {
				b = append(b, ' ')
				space = true
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		// Possessives match their noun: "Azerbaijan’s" is "Azerbaijan"
		// (before a space or a comma).
		if (r == '\'' || r == '’') && i+size+1 < len(s) && s[i+size] == 's' && (s[i+size+1] == ' ' || s[i+size+1] == ',') {
			i += size + 1
			continue
		}
		i += size
		r = unicode.ToLower(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = utf8.AppendRune(b, r)
			space = false
		} else if !space && r != ',' && r != '\'' && r != '’' {
			b = append(b, ' ')
			space = true
		}
	}
	// Only letters, digits and single spaces are written: a space is
	// left at most at the end.
	if len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}

// hasNormalWords is hasWords(p, normalize(s)) without a copy of s on the
// heap (a short one): it runs for every needle against every prompt.
func hasNormalWords(p, s string) bool {
	var buf [64]byte
	return hasWords(p, scratchString(appendNormal(buf[:0], s)))
}

// ---- leaders ----

func officeLabel(office, country string) string {
	if country == "" {
		return office
	}
	return office + officeLink(office, country) + country
}

func (w *writer) holders(office, country string) []int {
	var out []int
	for i, f := range w.facts {
		if f.Kind == Leader && f.Office == office && f.Country == country && !f.l.former {
			out = append(out, i)
		}
	}
	return out
}

// holdersOf are the leaders whose office, with its country, is label.
func (w *writer) holdersOf(label string) []int {
	var out []int
	for i, f := range w.facts {
		if f.Kind == Leader && officeLabel(f.Office, f.Country) == label {
			out = append(out, i)
		}
	}
	return out
}

// bodyOffices are wrong offices of a body that is no place (an agency,
// a trust) for a statement: other offices of the answer's world, of the
// same body ("X is the Chief Scientist of NASA"), none close to a title
// the article gives the person.
func (w *writer) bodyOffices(f Fact) []string {
	if f.Country == "" || countryNames[f.Country] && !organisations[f.Country] || places().lookup(f.Country) != nil {
		return nil
	}
	world := fillersFor(f.Office)
	if len(world) == 0 || &world[0] == &fillerTitles[0] {
		return nil
	}
	if &world[0] == &businessTitles[0] {
		world = companyOffices[:3] // a chairman may be the chief executive too
	}
	near := append(w.officesWith(f.Person), f.Office)
	var out []string
	for _, o := range world {
		if !w.closeToAny(near, o) && len(out) < 3 {
			out = append(out, bodyLabel(o, f.Country))
		}
	}
	return out
}

// bodyLabel is an office of a body: "the" before a body named by its
// kind ("of the Federal Railroad Administration", "of the Ministry of
// Foreign Affairs"), none before a name ("of NASA").
func bodyLabel(office, body string) string {
	if needsThe(body) || orgLike(body) || orgWords[strings.Fields(body)[0]] {
		return office + " of the " + body
	}
	return office + " of " + body
}

// portfolio reports an office that names a post fully without its
// country: a minister's or a secretary's portfolio, a seat, a head of
// government ("Health Minister", "Kuala Selangor MP", "Prime Minister").
func portfolio(office string) bool {
	k := officeKey(office)
	return memberOfSeat(office) || k == "prime minister" || k == "premier" || !genericTitle(office) && !manyHolders(office) &&
		(strings.HasSuffix(k, " minister") || strings.HasPrefix(k, "minister of") || strings.HasSuffix(k, " secretary") || strings.HasPrefix(k, "secretary of"))
}

// lowerOffice writes an office inside a sentence: "a foreign minister",
// but the portfolio after a dash as the article names it ("minister in the
// prime minister's department - Sabah and Sarawak Affairs").
func lowerOffice(office string) string {
	head, portfolio, dashed := strings.Cut(office, " - ")
	if dashed {
		return strings.ToLower(head) + " - " + portfolio
	}
	return strings.ToLower(office)
}

func article(word string) string {
	if strings.ContainsRune("aeiouAEIOU", rune(word[0])) {
		return "an " + word
	}
	return "a " + word
}

// who asks for the person holding an office: "Who is Armenia's Prime
// Minister, according to the article?". The other people of the article are
// the wrong choices; it is skipped when two people share the office.
func (w *writer) who(fi int) bool {
	f := w.facts[fi]
	// "Which of these people is a president?" stays one right answer
	// whatever the body; "a director" or "a spokesman" says too little.
	if f.Country == "" && genericTitle(f.Office) && !presidentTitle(f.Office) || courtOfPlace(f) {
		return false
	}
	// "X, who served as mayor of Atlanta": "Who served as mayor of
	// Atlanta?" asks it already (actors.go).
	if len(w.holders(f.Office, f.Country)) != 1 || strings.Contains(f.Text, ", who ") || w.roleShared(f) || f.l.former {
		return false
	}
	// "Who is the Senator of the United States?": a body has many.
	if f.Country != "" && manyHolders(f.Office) {
		return false
	}
	wrong := w.personChoices(fi)
	if len(wrong) < 2 || w.foreignLeaderAmong(f, wrong) {
		return false
	}
	is, when, ok := w.leaderTense(fi)
	if !ok {
		return false
	}
	var prompt string
	switch {
	case f.l.role != "": // "Who is the analyst with Global Crown Capital?"
		prompt = "Who " + is + " " + f.l.role + when + ", according to the article?"
	case f.l.long:
		// "Who is the top commander of the Tigrayan forces?": the office
		// as the article writes it, its body's capitals kept.
		prompt = "Who " + is + " the " + f.Office + when + ", according to the article?"
	case f.Country == "" && memberOfSeat(f.Office):
		// One member per seat: "Who is the MP for Kuala Selangor?"
		prompt = "Who " + is + " the MP for " + strings.TrimSuffix(f.Office, " MP") + when + ", according to the article?"
	case f.Country == "":
		prompt = "Which of these people " + is + " " + article(lowerOffice(f.Office)) + when + ", according to the article?"
	case needsThe(f.Country) || strings.HasSuffix(f.Country, "s"):
		prompt = "Who " + is + " the " + officeLabel(f.Office, f.Country) + when + ", according to the article?"
	default:
		prompt = "Who " + is + " " + f.Country + "'s " + f.Office + when + ", according to the article?"
	}
	q := quiz.Question{Type: quiz.Single, Prompt: prompt, Choices: choices(f.Person, wrong, nil),
		Explanation: leaderExplanation(f)}
	return w.add(fi, q, f.Person, wrong, "who-"+slug(f.Country+" "+f.Office))
}

// foreignLeaderAmong reports wrong people who all hold f's office in
// other countries: "Who is Japan's Foreign Minister?" among China's and
// South Korea's foreign ministers asks only which name is Japanese
// (held-out set 14). A bare office ("Which of these people is a
// governor?") names no country, and a company's name tells nothing of
// its officers' names.
func (w *writer) foreignLeaderAmong(f Fact, wrong []string) bool {
	if f.Country == "" || !knownCountry(f.Country) {
		return false
	}
	for _, x := range wrong {
		if !slices.ContainsFunc(w.facts, func(g Fact) bool {
			return g.Kind == Leader && g.Person == x && g.Country != f.Country && knownCountry(g.Country) && sameOffice(g.Office, f.Office)
		}) {
			return false
		}
	}
	return true
}

// presidentsCountry gives a president named without a country
// ("President Paul Kagame", "President Harry Truman") the country of the
// article: the only one it names (in places, states, leaders' offices and
// adjectives), or one named in twice as many sentences as any other, when
// his own sentence names no other ("heard from President Zelenskyy about
// Ukraine's position" on a page of the United States) and the country has
// a president. Never on a page with a company's or an agency's officer:
// its "President X" may head a company.
func (w *writer) presidentsCountry() {
	var bare []int
	for i, f := range w.facts {
		switch {
		case f.Kind != Leader:
		case f.Country == "" && officeKey(f.Office) == "president":
			// "President X", not "its president, X" (of a body).
			if !strings.HasPrefix(f.Text, "President ") && !strings.HasPrefix(f.Text, "new president ") || w.bodyBefore(f) {
				return
			}
			bare = append(bare, i)
		case f.Country != "" && (!knownCountry(f.Country) || orgLike(f.Country) || organisations[f.Country]):
			return
		}
	}
	// Two presidents of one country are of two times: each dated in the
	// past, in sentences of their own ("President Masoud Barzani … and
	// President Nechirvan Barzani" of the Kurdistan Region are not Iraq's).
	for k, i := range bare {
		if k > 0 && w.facts[bare[k-1]].sent == w.facts[i].sent {
			return
		}
		if is, _, _ := w.leaderTense(i); len(bare) > 1 && is != "was" {
			return
		}
	}
	if len(bare) == 0 {
		return
	}
	inSent := make([]map[string]bool, len(w.sents))
	for i := range inSent {
		inSent[i] = map[string]bool{}
	}
	note := func(si int, c string) {
		if p := places().lookup(c); p != nil && p.kind != "city" {
			c = p.country
		}
		inSent[si][c] = true
	}
	for _, f := range w.facts {
		if f.Kind == Place && f.PlaceKind == "country" {
			note(f.sent, f.Place)
		} else if f.Kind == Leader && f.Country != "" {
			note(f.sent, f.Country)
		}
	}
	g := places()
	for si, s := range w.sents {
		// The page's other headlines (a sidebar of links, "Pakistan floods
		// …") are no part of the story: only its own title counts (held-out
		// set 18, after its run: India's president stated as Pakistan's).
		if s.furniture || s.headline && si > 0 {
			continue
		}
		for i, t := range s.toks {
			// Not "EU": a body's short form is no country.
			if c := nationalities[t.text]; c != "" && t.cap() && !organisations[c] && !orgLike(c) {
				note(si, c)
				continue
			}
			// The longest name from here: "Sri Lanka", not "Lanka".
			for k := min(len(s.toks), i+g.maxLen); k > i && t.cap() && (i == 0 || !s.toks[i-1].cap() || notNames[s.toks[i-1].text]); k-- {
				if p := g.lookup(spanText(w.text, s.toks, i, k)); p != nil && p.kind != "city" {
					note(si, p.name)
					break
				}
			}
		}
	}
	named := map[string]int{}
	for _, cs := range inSent {
		for c := range cs {
			named[c]++
		}
	}
	country, most, second := "", 0, 0
	for c, n := range named {
		switch {
		case n > most || n == most && c < country:
			country, most, second = c, n, max(most, second)
		case n > second:
			second = n
		}
	}
	if most < 2*second || most == 1 && second == 1 || !titleFits("President", country) {
		return
	}
	for _, i := range bare {
		if cs := inSent[w.facts[i].sent]; len(cs) == 0 || len(cs) == 1 && cs[country] {
			w.facts[i].Country = country
			w.offTables = nil // officetables.go
		}
	}
}

// bareStatePresident reports a president written "President X" with no
// country read, no body named before the title ("SpaceX President"), on
// a page that names a country or a state and where no leader is an
// officer of a company, a party or another body: there a president is
// the state's, as presidentsCountry assumes. A date or a count of the
// same sentence keeps it ("When was Tilden appointed by President
// Ford?" names the office).
func (w *writer) bareStatePresident(f Fact) bool {
	if f.Country != "" || f.Office != "President" || !strings.HasPrefix(f.Text, "President ") || w.bodyBefore(f) {
		return false
	}
	state := false
	for _, g := range w.facts {
		switch {
		case g.Kind == Leader && g.Country != "" && (!knownCountry(g.Country) || orgLike(g.Country) || organisations[g.Country]):
			return false
		case (g.Kind == Date || g.Kind == Count) && g.sent == f.sent:
			return false
		case g.Kind == Place && (g.PlaceKind == "country" || g.PlaceKind == "region"):
			state = true
		}
	}
	return state
}

// bodyBefore reports a name just before a leader's title ("SpaceX
// President Gwynne Shotwell", "Toyota's President Akio Toyoda"): the
// title is of that body, not of a country, unless the name is a
// nationality or a country's ("French President", "United States
// President").
func (w *writer) bodyBefore(f Fact) bool {
	toks := w.sents[f.sent].toks
	for k, t := range toks {
		if t.start != f.Start {
			continue
		}
		if k == 0 || k == w.sents[f.sent].firstWord() {
			return false
		}
		p := toks[k-1]
		if !p.isWord() || !p.cap() || nationalities[p.text] != "" || weekdays[p.text] || slices.Contains(monthNames, p.text) {
			return false
		}
		// "Kenya", "United States", "Bosnia and Herzegovina".
		for n := 1; n <= min(4, k); n++ {
			if pl := places().lookup(spanText(w.text, toks, k-n, k)); pl != nil && pl.kind != "city" {
				return false
			}
		}
		return true
	}
	return false
}

// courtOfPlace reports a judge read with a place ("Judge X of Nevada"):
// a court sits in a place but the place has no "Judge", so "Who was
// Nevada's Judge?" asks of an office that does not exist.
func courtOfPlace(f Fact) bool {
	k := officeKey(f.Office)
	// "U.S. District Judge X": one of many judges of the country's courts.
	return f.Country != "" && (k == "judge" || k == "justice" || strings.HasSuffix(k, " judge"))
}

// successionTitle reports a royal title one person may hold after or
// before another of the same crown.
func successionTitle(office string) bool {
	switch office {
	case "King", "Queen", "Prince", "Princess", "Crown Prince", "Crown Princess", "Duke", "Duchess", "Grand Duke",
		"Grand Duchess", "Prince Regent", "Queen Mother", "Count", "Countess", "Baron", "Baroness", "Lord", "Lady":
		return true
	}
	return false
}

// manyHolders reports an office that a country or a body gives to many
// people at once: no "Who is the United States' Senator?".
func manyHolders(office string) bool {
	switch officeKey(office) {
	case "senator", "representative", "state senator", "state representative", "ambassador", "envoy", "special envoy",
		"commissioner", "spokesman", "spokeswoman", "spokesperson":
		return true
	}
	return false
}

func presidentTitle(office string) bool {
	k := officeKey(office)
	return k == "president" || k == "vice president"
}

// genericTitle reports a title that says nothing without its body:
// "What office does Dan Ammann hold?" "President" (of what?).
func genericTitle(office string) bool {
	switch officeKey(office) {
	case "president", "vice president", "chairman", "chief executive", "director", "leader", "secretary",
		"spokesman", "spokeswoman", "spokesperson", "manager", "captain", "coach", "head coach", "treasurer",
		"commissioner", "administrator", "commander", "envoy", "ambassador", "speaker", "director-general",
		"secretary-general", "general secretary", "co-leader", "mission director", "finance director":
		return true
	}
	return false
}

func (w *writer) office(fi int) bool {
	f := w.facts[fi]
	if w.holdsAnotherOffice(fi, f) { // officetwice.go
		return false
	}
	if nobleTitle(f.Office) || classOffice(f.Office) || w.courtlessJudge(f) { // classoffice.go, courtless.go
		return false
	}
	// A judge of a country's or a state's courts is one of many: asked
	// for the office alone ("District Judge"), among other offices of
	// the courts.
	if courtOfPlace(f) {
		// Several judges of one court would give the same question
		// again: asked of the first only.
		for _, g := range w.facts[:fi] {
			if g.Kind == Leader && g.Person != f.Person && officeKey(g.Office) == officeKey(f.Office) {
				return false
			}
		}
		f.Country = ""
	}
	// A royal title of the past is asked alone: whose crown it was may
	// be disputed ("Prince Louis", "King of England" in 1217).
	is, when, ok := w.leaderTense(fi)
	// A country has one president at a time: of two named, one is
	// former ("the Bible used by President Lincoln").
	if !ok || is == "is" && presidentTitle(f.Office) && len(w.holders(f.Office, f.Country)) > 1 {
		return false
	}
	royal := royalGender(f.Office) != "" && when != ""
	if royal {
		f.Country = ""
	}
	// A chancellor without a country may head a government (Germany),
	// the treasury (Britain) or a university: no wrong office fits all.
	// Nor does any fit an office of a body named at length ("head of the
	// Americas business").
	// A chief executive of no named body is still plainly one of a
	// company's chief officers: asked among the others.
	chief := w.chiefOfficerChoices(f)
	// "President Trump" on a page of no body's officers is a head of
	// state whose country went unread: asked among offices of state
	// alone ("Governor", "Mayor", "Senator").
	var local []string // a bare local title's wrong choices (speakertitle.go)
	if chief == nil {
		local = w.localTitleChoices(&f)
	}
	bareOK := chief != nil || w.bareStatePresident(f) || local != nil
	if !bareOK && f.Country == "" && (genericTitle(f.Office) || officeKey(f.Office) == "chancellor") || chief == nil && (companyOfficer(f) || f.l.long) {
		return false
	}
	wrong := chief
	if local != nil {
		wrong = local
	}
	if wrong == nil {
		wrong = w.officeChoicesFor(fi, f)
	}
	if chief == nil && len(wrong) < 2 && f.Country != "" && !genericTitle(f.Office) && officeKey(f.Office) != "chancellor" {
		// Too few offices known of the same body or in other places: the
		// office alone ("Governor" among "Mayor", "Senator" …; "Solicitor
		// General" among other offices of the courts).
		f.Country = ""
		wrong = w.officeChoicesOf(f)
	}
	// An office of no known world ("National Security Advisor",
	// "Superintendent") would get offices of any government as wrong
	// choices: "Who is …?" asks of it instead.
	wrong = withoutMinisters(f.Office, wrong) // classminister.go
	if len(wrong) < 2 || f.Country == "" && oddOffice(f.Office) && local == nil {
		return false
	}
	if f.Country == "" && chief == nil && local == nil {
		w.noteOffered(f, wrong) // variedfillers.go
	}
	right := officeLabel(f.Office, f.Country)
	if royal {
		// In a year of the past a prince may have become king, a king
		// may have been a prince: only crowns of other lands are
		// certainly wrong ("Emperor", and an emir's or a sultan's crown
		// in their world: officeChoicesOf). Offices no king held ("Pope",
		// "Bishop", "Sheriff" for Louis XIV) were tried and judged
		// implausible (held-out set 18): with fewer than two crowns left,
		// no office question.
		var kept []string
		for _, x := range wrong {
			if !successionTitle(x) {
				kept = append(kept, x)
			}
		}
		if wrong = kept; len(wrong) < 2 {
			return false
		}
	}
	// "President of Ukraine" among three "… Minister of Ukraine": the
	// right one would be the odd one out by its length.
	n, alike := wordCount(wrong[0]), true
	for _, x := range wrong {
		alike = alike && wordCount(x) == n
	}
	if alike && wordCount(right) != n {
		return false
	}
	besides := w.officeBesides(f) // officebeside.go
	prompt := "What office does " + f.Person + " hold" + besides + ", according to the article?"
	if is == "was" {
		prompt = "What office did " + f.Person + " hold" + when + besides + ", according to the article?"
	}
	q := quiz.Question{Type: quiz.Single, Prompt: prompt,
		Choices: choices(right, wrong, nil), Explanation: leaderExplanation(f)}
	return w.noteSet(w.add(fi, q, right, wrong, "office-"+slug(f.Person)), right, wrong) // officeset.go
}

// leaderTense says how to ask about a leader's office: in the present
// ("is", "") for a news story, in the past with the year ("was", " in
// 1945") when the sentence that names the leader dates itself with a
// year ("in 1945", "on July 17, 1945"): "What office did Joseph Stalin
// hold in 1945, according to the article?" stays true whenever it is read.
// Without a year in the sentence, the year of one of the two sentences
// before in the paragraph dates it when that year is earlier than the
// article's latest (a history told from later). It gives no tense (ok
// false) when several years could date the leader: "What office does X
// hold?" would be false now, and "did X hold" would not say when.
func (w *writer) leaderTense(fi int) (is, when string, ok bool) {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	// "She was the daughter of Queen Victoria and Prince Albert": a year
	// dates her life, not her parents' offices.
	defer func() {
		if when != "" && kinBefore(toks, f.Start) {
			is, when, ok = "", "", false
		}
	}()
	// "Health Minister X resigned": the office is of the past (leftoffice.go).
	defer func() {
		if f.l.former {
			is, when, ok = "was", "", true
		} else if is == "is" && w.leftOffice(fi) {
			is = "was"
		}
	}()
	var years, others yearSet
	span := "" // "from 1994 to 2002", a range of years that dates the leader
	latest := 0
	otherClause := false
	for _, g := range w.facts {
		if g.Kind != Date || g.d.year == 0 {
			continue
		}
		latest = max(latest, g.d.year, g.d.year2)
		if g.sent != f.sent {
			continue
		}
		// The date must date the leader's own clause: opening the sentence
		// ("On Sept. 17, 1978, Egyptian President Anwar Sadat signed …"),
		// or after the leader with no other clause or a future between
		// ("… would host the next summit in November 2025" does not).
		// A date that opens the sentence dates no leader after a second
		// date: "In 1984, Judge X …, and in 1986, Judge Y …" dates Y
		// in 1986, the date just before him.
		between := w.dateBetween(f.sent, g.End, f.Start)
		opens := g.d.start <= w.sents[f.sent].firstWord()+1 && !between
		after := g.Start > f.End && clauseBetweenFree(toks, f.End, g.Start)
		just := g.End <= f.Start && !between && onlyCommasBetween(toks, g.End, f.Start)
		if g.Start < f.Start && between || attributiveYear(toks, g.d) {
			continue
		}
		// "She married X in 1947 and has four children: Prince A, …"
		// dates her wedding, not the princes' title: a year before the
		// leader across a clause boundary (and no year of the leader's
		// own) leaves the sentence without a year for him.
		// "King X was found in 1922", "was born in 1926": the year of his
		// birth or of his remains, not of his reign.
		if g.Start < f.Start && !opens && !just && newClauseBetween(toks, g.End, f.Start) || after && relicYear(toks, f.End, g.Start) {
			otherClause = true
			continue
		}
		if g.d.form == formYearRange && g.d.joiner == "to" && after {
			// "X, who served as mayor from 1994 to 2002": both years.
			years.add(g.d.year)
			span = " " + g.d.text()
		} else if g.d.qual == "" && (g.d.prep == "in" || g.d.prep == "on") && (opens || after || just) {
			years.add(g.d.year)
		} else if g.d.prep != "since" && g.d.prep != "after" && g.d.prep != "before" && !(g.Start > f.End && otherTimeBetween(toks, f.End, g.Start)) &&
			!(g.Start > f.End && otherPersonsClause(toks, f.End, g.Start)) {
			// "its worst result since 2014" compares; it dates nothing.
			others.add(g.d.year)
		}
	}
	// A year of another clause of the sentence still dates a past told
	// as history ("… Tito, who led it until his death on 4 May 1980"):
	// asked with it when it is the only one.
	if years.n == 0 {
		years = others
	}
	switch {
	case years.n == 1 && span != "":
		return "was", span, true
	case years.n == 1:
		return "was", " in " + strconv.Itoa(years.first), true
	case years.n > 1 || otherClause:
		// Another person's year: neither it, nor a year of the sentences
		// before, nor the present says when the leader held the office.
		return "", "", false
	}
	// A weekday or "yesterday" dates the sentence in the story's present.
	for _, t := range toks {
		if weekdays[t.text] || t.is("yesterday", "today", "tonight") {
			return "is", "", true
		}
	}
	history := w.historyPage()
	for si := f.sent - 1; si >= 0 && (history || si >= f.sent-2) && !strings.Contains(w.text[w.sents[si].end:w.sents[si+1].start], "\n\n"); si-- {
		var sentYears yearSet
		sentLatest := 0
		for _, g := range w.facts {
			if g.Kind == Date && g.sent == si && g.d.year != 0 {
				sentYears.add(g.d.year)
				sentLatest = max(sentLatest, g.d.year, g.d.year2)
			}
		}
		if sentLatest == 0 {
			continue
		}
		if sentLatest == latest && !history {
			break
		}
		// The story's time, told in the sentence before: "Gorbachev
		// visited East Berlin in October 1989. He warned the East German
		// leader, Erich Honecker, …" asks what Honecker did hold in 1989.
		if laterYearIn(toks, sentLatest) { // ownyear.go
			break
		}
		if sentYears.n == 1 {
			return "was", " in " + strconv.Itoa(sentLatest), true
		}
		return "", "", false
	}
	if history {
		// A history whose paragraph gives no year: the article's main
		// year (more than half of its dated facts, Potsdam's 1945), or
		// no question: "What office does X hold?" would be false now.
		if y := w.mainYear(); y != 0 {
			return "was", " in " + strconv.Itoa(y), true
		}
	}
	if w.pastPage(f) {
		return "was", "", true
	}
	// The last czar fell in 1917: a czar's office is of the past, and
	// the article gives no year to ask it in.
	if history || officeKey(f.Office) == "czar" {
		return "", "", false
	}
	return "is", "", true
}

// kinBefore reports a leader at byte offset start named as someone's kin,
// alone or in a list: "the son of King X", "child of Queen Y and Prince Z".
func kinBefore(toks []token, start int) bool {
	k := 0
	for k < len(toks) && toks[k].start < start {
		k++
	}
	for k--; k > 0 && (toks[k].cap() || toks[k].is("and")); k-- {
	}
	return k > 0 && toks[k].is("of") && toks[k-1].is("son", "sons", "daughter", "daughters", "child", "children", "wife", "husband",
		"widow", "mother", "father", "grandson", "granddaughter", "grandchild", "heir", "descendant", "niece", "nephew", "sister", "brother")
}

// relicYear reports a verb between byte offsets a and b that dates a
// person's birth or remains, not an office he held.
func relicYear(toks []token, a, b int) bool {
	for _, t := range toks {
		if t.start >= a && t.end <= b && t.is("born", "found", "discovered", "unearthed", "excavated", "buried", "reburied", "exhumed", "entombed") {
			return true
		}
	}
	return false
}

// dateBetween reports a date of sentence si between byte offsets a and b.
func (w *writer) dateBetween(si, a, b int) bool {
	for _, g := range w.facts {
		if g.Kind == Date && g.sent == si && g.Start >= a && g.End <= b {
			return true
		}
	}
	return false
}

// onlyCommasBetween reports that nothing but commas lies between byte
// offsets a and b: "in 1986, U.S. District Judge Walter Nixon".
func onlyCommasBetween(toks []token, a, b int) bool {
	for _, t := range toks {
		if t.start >= a && t.end <= b && t.text != "," {
			return false
		}
	}
	return true
}

// mainYear is the year of more than half of the article's dates that
// have one, or 0.
func (w *writer) mainYear() int {
	count := map[int]int{}
	n := 0
	for _, g := range w.facts {
		if g.Kind == Date && g.d.year != 0 {
			count[g.d.year]++
			n++
		}
	}
	for y, c := range count {
		if 2*c > n {
			return y
		}
	}
	return 0
}

// lastYear is the latest year the page dates: a present tense before it
// tells of the past, one after it may tell of a plan.
func (w *writer) lastYear() int {
	last := 0
	for _, g := range w.facts {
		if g.Kind == Date {
			last = max(last, g.d.year, g.d.year2)
		}
	}
	return last
}

// historyPage reports an article that tells a history rather than news:
// three years or more, ten years apart or more, or four dates with their
// year, and nothing dated by the week ("on Tuesday", "yesterday"). Its
// leaders held their offices then.
func (w *writer) historyPage() bool {
	if w.history != 0 {
		return w.history > 0
	}
	w.history = -1
	lo, hi, dated := 0, 0, 0
	distinct := map[int]bool{}
	for _, g := range w.facts {
		if g.Kind == Date && g.d.year != 0 {
			dated++
			distinct[g.d.year] = true
			if lo == 0 || g.d.year < lo {
				lo = g.d.year
			}
			hi = max(hi, g.d.year)
		}
	}
	if (len(distinct) < 3 || hi-lo < 10) && dated < 4 || w.newsDated(false) {
		return false
	}
	w.history = 1
	return true
}

// newsDated reports a page dated by the week as news is: "on Tuesday",
// "yesterday", not "on Thursday, 9 November 1989" nor "the Monday
// demonstrations"; with reported also a page that reports speech ("said",
// "told"), as news does and histories seldom.
func (w *writer) newsDated(reported bool) bool {
	for _, s := range w.sents {
		for i, t := range s.toks {
			if t.is("yesterday", "today", "tonight") || reported && t.is("said", "says", "told", "tells") {
				return true
			}
			if weekdays[t.text] && i > 0 && s.toks[i-1].is("on") {
				next := i + 1
				if next < len(s.toks) && s.toks[next].text == "," {
					next++
				}
				if next >= len(s.toks) || dayNumber(s.toks[next]) == 0 && monthIndex[s.toks[next].lower()] == 0 {
					return true
				}
			}
		}
	}
	return false
}

// longPast is the year before which every office of a page is over: a
// page whose years all come before it tells of the past.
const longPast = 1950

// pastPage reports a page about the past, whose leaders are asked in the
// past without a year ("What office did Francis I hold?"): its years all
// long past, or none given and the leader's sentence told in the past
// ("… the most important were Czar Alexander I of Russia"); never a page
// dated by the week or reporting speech, as news is.
func (w *writer) pastPage(f Fact) bool {
	dated := false
	for _, g := range w.facts {
		if g.Kind == Date && g.d.year != 0 {
			if max(g.d.year, g.d.year2) >= longPast {
				return false
			}
			dated = true
		}
	}
	if w.newsDated(true) {
		return false
	}
	if dated {
		return true
	}
	past := false
	for _, t := range w.sents[f.sent].toks {
		if t.is("is", "are", "has", "have", "will", "says") {
			return false
		}
		past = past || t.is("was", "were", "had")
	}
	return past
}

// yearSet counts distinct years without a map: one is all that matters.
type yearSet struct{ first, n int }

func (s *yearSet) add(y int) {
	switch {
	case s.n == 0:
		s.first, s.n = y, 1
	case y != s.first && s.n == 1:
		s.n = 2
	}
}

// otherTimeBetween reports, between byte offsets a and b, a future or an
// intention ("X said her country would host the summit in November
// 2025") or a clause of another time ("its worst result since it first
// came to power in 2015"): a year after it does not date the leader.
func otherTimeBetween(toks []token, a, b int) bool {
	for _, t := range toks {
		if t.start >= a && t.end <= b && t.is("will", "would", "plans", "planned", "intends", "expects", "expected", "hopes", "by",
			"since", "because", "after", "before", "when", "while", "although", "though", "first", "previously", "once") {
			return true
		}
	}
	return false
}

// otherPersonsClause reports, between byte offsets a and b, a relative
// clause on another name than the one ending at a: "Judge X ordered the
// release of Y, who was convicted in 2009" dates Y's conviction, not X's
// office.
func otherPersonsClause(toks []token, a, b int) bool {
	for k := 2; k < len(toks); k++ {
		t := toks[k]
		if t.start < a || t.end > b || !t.is("who", "whose") || toks[k-1].text != "," {
			continue
		}
		head := k - 2
		if allDigits(toks[head].text) && head > 1 && toks[head-1].text == "," {
			head -= 2 // "Y, 59, who …"
		}
		if toks[head].text == ")" {
			// "Y (D-La.), who …": the name before the brackets.
			for head > 0 && toks[head].text != "(" {
				head--
			}
			head--
		}
		if head < 0 {
			continue
		}
		if toks[head].cap() && toks[head].start >= a {
			return true
		}
	}
	return false
}

// newClauseBetween reports, between byte offsets a and b, the start of
// another clause: a colon or a semicolon, or "and"/"but" before a verb
// ("… in 1947 and has four children: …"), not before the next name of a
// list ("… in 1978 by X and Israeli Prime Minister Y").
func newClauseBetween(toks []token, a, b int) bool {
	for k, t := range toks {
		if t.start < a || t.end > b {
			continue
		}
		if t.text == ";" || t.text == ":" {
			return true
		}
		if t.is("and", "but") && k+1 < len(toks) && toks[k+1].end <= b && !toks[k+1].cap() &&
			!toks[k+1].is("the", "a", "an", "his", "her", "its", "their") {
			return true
		}
	}
	return false
}

// clauseBetweenFree reports whether the tokens between byte offsets a and
// b hold no clause boundary and no future or infinitive.
func clauseBetweenFree(toks []token, a, b int) bool {
	for _, t := range toks {
		if t.start < a || t.end > b {
			continue
		}
		if t.text == ";" || t.is("will", "would", "could", "to", "and", "but", "that", "which", "who", "when", "until", "since", "before", "after", "if") {
			return false
		}
	}
	return true
}

// leaderTF states a leader's office, true or false. An office without
// its country or of a company is stated only when no other question is
// offered on the leader (alone): a choice among offices asks more.
// (When the title answers the other questions, it hints at the
// statement's truth too: "… says Health Minister".)
func (w *writer) leaderTF(fi int, alone bool) bool {
	f := w.facts[fi]
	wrong := w.officeChoices(fi)
	wrong = withoutMinisters(f.Office, wrong) // classminister.go
	// "X is the Senator" says too little to be true or false; "X is the
	// Health Minister" or "the Kuala Selangor MP" says enough, of its
	// only holder in the article.
	body := len(wrong) == 0 && alone && len(w.bodyOffices(f)) > 0
	if len(wrong) == 0 && !body && alone {
		wrong = w.rankTwin(fi) // "Deputy Governor of Nairobi" for its governor: ranktwin.go
	}
	if len(wrong) == 0 && !body || courtOfPlace(f) || f.l.role != "" || // a role is asked who holds it only
		(f.Country == "" || companyOfficer(f) || body) && (!alone || len(w.holders(f.Office, f.Country)) != 1 || f.Country == "" && !portfolio(f.Office)) {
		return false
	}
	right := officeLabel(f.Office, f.Country)
	if companyOfficer(f) {
		right = f.Office + " of " + f.Country
	} else if len(wrong) == 0 {
		right, wrong = bodyLabel(f.Office, f.Country), w.bodyOffices(f)
	}
	is, when, ok := w.leaderTense(fi)
	if !ok || is == "is" && presidentTitle(f.Office) && len(w.holders(f.Office, f.Country)) > 1 {
		return false
	}
	// "Louis was the Prince of England in 1217": a royal title of the
	// past is not stated with another crown (see office).
	if royalGender(f.Office) != "" && when != "" && !w.statedTrue(f) {
		return false
	}
	// Stated false with an office nobody of the article holds: "X was
	// the King of Prussia" would answer who the King of Prussia was.
	// Stated true when every wrong office is another's.
	// Without a country, no office only a country has: "Foreign
	// Minister" of a state minister is false at a glance.
	stated := ""
	for _, x := range wrong {
		if len(w.holdersOf(x)) == 0 && !w.heldUncountried(x, f) && (f.Country != "" || x != "Foreign Minister" && x != "Defence Minister") && falseOfficeFits(f, x) {
			stated = x
			break
		}
	}
	truth := w.statedTrue(f) || stated == ""
	if truth {
		stated = right
	}
	q := quiz.Question{Type: quiz.TrueFalse, Truth: truth,
		Prompt:      "According to the article, " + f.Person + " " + is + " " + officeArticle(stated) + " " + stated + when + ".",
		Explanation: leaderExplanation(f)}
	var ws []string
	if !truth {
		ws = []string{stated}
	}
	return w.add(fi, q, strconv.FormatBool(truth), ws, "tf-"+slug(f.Person))
}

// ---- dates ----

// dateClause analyses the sentence of a date fact for the two shapes that
// give a safe grammatical question:
//
//	A: "Renewed clashes … erupted on September 27" (subject, past verb, date)
//	B: "… that on November 1 and 2 Putin held talks …" (date, subject, verb)
//
// It refuses sentences with several dates: their questions would be about
// one date of a list.
func (w *writer) dateClause(f Fact) (clause, bool) {
	// Read once per date: the writer asks for it again for the event,
	// each date question and the order questions. It reads only the
	// date, its sentence and where the fact starts; a reading made while
	// the sentence's tokens were another's (withReferent) is not reused.
	key := dateClauseKey{f.sent, f.Start, f.d}
	toks := w.sents[f.sent].toks
	if r, ok := w.dateClauses[key]; ok && sameSlice(r.toks, toks) {
		return r.c, r.ok
	}
	c, ok := w.readDateClause(f)
	if ok && len(c.subject) > 1 && closingQuoteMark(w.text, c.subject[0]) {
		// "Known as Detroit's 'hip hop mayor,' Kilpatrick resigned": the
		// subject after the comma starts on the quotation's closing mark.
		c.subject = c.subject[1:]
	}
	if w.dateClauses == nil {
		w.dateClauses = map[dateClauseKey]dateClauseRead{}
	}
	w.dateClauses[key] = dateClauseRead{toks, c, ok}
	return c, ok
}

// dateClauseKey is what dateClause reads of a fact; dateClauseRead its
// answer and the sentence's tokens it was read from.
type dateClauseKey struct {
	sent, start int
	d           date
}

type dateClauseRead struct {
	toks []token
	c    clause
	ok   bool
}

// readDateClause is dateClause, read anew.
func (w *writer) readDateClause(f Fact) (clause, bool) {
	defer w.withReferent(f.sent)()
	if c, ok := w.simpleDateClause(f); ok {
		return c, true
	}
	if c, ok := w.relativeDateClause(f); ok {
		return c, true
	}
	if c, ok := w.participleDateClause(f); ok { // dateparticiple.go
		return c, true
	}
	if c, ok := w.gerundDateClause(f); ok { // dateclauses.go
		return c, true
	}
	return w.copularWhoDateClause(f)
}

// simpleDateClause reads "subject verb … on DATE" and "on DATE subject
// verb …" in a sentence with one date.
func (w *writer) simpleDateClause(f Fact) (clause, bool) {
	s := w.sents[f.sent]
	toks := s.toks
	if d, ok := eventDate(toks, f.d); ok { // "in the 1979-80 season": eventdate.go
		f.d = d
	}
	// "since 1966" or "by 2029" do not date the verb: only "on" and "in"
	// do, or no preposition before a day in American style ("voted Dec. 5").
	bare := f.d.day != 0 && f.d.month != 0 && f.d.start > 0 && pastVerbs[s.toks[f.d.start-1].lower()] != ""
	first := s.firstWord()
	// "September 2, 1666: The Great Fire of London began …": a date that
	// labels the sentence dates its clause, as on "this day" pages.
	label := (f.d.start == first || weekdayLabel(toks, first, f.d.start)) && f.d.year != 0 && f.d.end+1 < len(toks) && toks[f.d.end].text == ":"
	// "It was 1700 when an alliance … joined forces": the clause after
	// "when" is the date's.
	cleft := f.d.start == first+2 && toks[first].is("it") && toks[first+1].is("was") && f.d.end+1 < len(toks) && toks[f.d.end].is("when")
	// "conceded defeat on Friday, 5 July": the weekday's "on" (dateaside.go).
	wdOn := weekdayOn(toks, f.d.start)
	if wdOn < 0 {
		wdOn = dayPartOn(toks, f.d) // "in the early hours of 10 October": dateclauses.go
	}
	if wdOn < 0 {
		wdOn = relativeDayOn(toks, f.d) // "died yesterday (6 May)": twodatesand.go
	}
	if wdOn >= 0 {
		f.d.prep = "on"
	}
	// A century keeps its qualifier inside: "the late 18th century" (century.go).
	if f.d.qual != "" && f.d.form != formCentury || (f.d.prep != "on" && f.d.prep != "in" && !bare && !label && !cleft && !betweenDays(f.d)) {
		return clause{}, false
	}
	p := f.d.start - 1
	if wdOn >= 0 {
		p = wdOn
	}
	if bare || label {
		p = f.d.start
	} else if f.d.of && toks[p].is("the") {
		p-- // "On the 28th of June 1919, …"
	}
	cs := clauseStart(toks, p)
	if cleft || f.d.day == 0 && thisDayOpening(toks, first, p) {
		cs = p
	}
	// "The Declaration (Oslo I) was signed on …": brackets closed before
	// the date hold an aside of the clause, not its start.
	if cs > 1 && toks[cs-1].text == "(" && slices.ContainsFunc(toks[cs:p], func(t token) bool { return t.text == ")" }) {
		cs = clauseStart(toks, cs-1)
	}
	// "killing his roommate, Corvin Harrison, back in September 2004": a
	// name set off by commas does not end the clause.
	placeAside := 0
	if cs >= 3 && toks[cs-1].text == "," {
		o := cs - 2
		for o > 0 && cs-2-o < 4 && nameWord(toks, o) {
			o--
		}
		if o < cs-2 && o > 0 && toks[o].text == "," && toks[o-1].isWord() && (!toks[o-1].cap() || placeAsideAt(toks, o, cs-1)) {
			if toks[o-1].cap() { // placeaside.go
				placeAside = cs - o
			}
			cs = clauseStart(toks, o)
		}
	}
	// "the close of the merger, which was announced in January": the
	// relative clause's subject is the noun phrase before its comma.
	var relSubject []token
	if cs >= 3 && cs+1 < p && toks[cs].is("which") && toks[cs-1].text == "," && toks[cs+1].is("was", "were") {
		e := cs - 1
		b := e - 1
		for b > 0 && e-b <= 5 && toks[b].isWord() && !toks[b].is("the", "its", "their", "a", "an", "of") && !prepositions[toks[b].lower()] {
			b--
		}
		if toks[b].is("the", "its", "their") && e-b >= 2 {
			relSubject = toks[b:e]
			cs++
		}
	}
	// "World War I officially ended when the Treaty of Versailles was
	// signed on June 28, 1919": the date's clause starts after "when".
	subordinate, afterName, sinceAt := false, false, -1
	for k := p - 1; k > cs; k-- {
		if toks[k].is("when", "because", "while", "although", "though", "whereas", "where", "until", "till") {
			cs, subordinate = k+1, true
			break
		}
		// "the first Socialist president after Francois Mitterand quit
		// power in 1995": the date is the named person's deed.
		if toks[k].is("after", "before", "since") && k+1 < p && toks[k+1].cap() && !toks[k+1].is("The", "A", "An") {
			cs, subordinate, afterName = k+1, true, true
			break
		}
		// "…, the largest crowd since the stadium opened in 1998": the
		// date is the clause's after "since" (sinceclause.go).
		if r := sinceClauseAt(toks, first, k, p); r < 0 {
			return clause{}, false
		} else if r > 0 {
			cs, subordinate, sinceAt = k+1, true, k
			break
		}
	}
	// "Applications close on 30 July and awards will be made in
	// September": the date's clause starts after a conjunction that
	// opens a clause of its own.
	if !subordinate {
		for k := p - 1; k > cs; k-- {
			// "Slovenia and Croatia declared …": a conjunction before the
			// clause's first verb joins its subject.
			if (clauseAfterConjunction(toks, k) || andDateClauseAt(toks, k)) && verbBefore(toks, cs, k) {
				cs = k
				break
			}
		}
	}
	// "…, and the official demolition of the Wall began on 13 June 1990":
	// the conjunction opens the clause but is not its subject.
	if cs < p && toks[cs].is("and", "but", "yet", "so", "while", "whereas", "until", "till") {
		subordinate = subordinate || toks[cs].is("while", "whereas", "until", "till")
		cs++
	}
	// "After the war ended in 1945, the factory …": a subordinate clause
	// opening the sentence, closed by a comma after its date, holds the
	// date's own subject and verb, and no date after that comma
	// (dateparticiple.go).
	openSub := openingSubordinate(toks, first, cs, p, f.d.end)
	if openSub {
		cs, subordinate = cs+1, true
	}
	// One date in the clause: "Israeli officials joined the talks in May,
	// and a draft was initialed in Oslo on Aug. 20, 1993" has one in each.
	lo, hi := clauseBounds(toks, f.d.start, f.d.end)
	for _, g := range w.facts {
		if g.Kind == Date && g.sent == f.sent && g.Start != f.Start && g.Start >= toks[lo].start && g.End <= toks[hi-1].end &&
			!inRelativeAside(toks, lo, cs, g.End) && !(f.d.year != 0 && inOpeningPhrase(toks, first, cs, g.Start, g.End)) && // daterelative.go
			!(openSub && g.Start > toks[f.d.end].start) && !thatClauseBefore(toks, f.d.end, g.Start) { // twodatesand.go
			return clause{}, false
		}
	}
	// Shape B: the date opens its clause.
	if cs == p {
		j := f.d.end
		// "In April last year, the two leaders met …": the year the
		// month falls in, as the article counts it, is left with the date.
		if f.d.year == 0 && j+1 < len(toks) && toks[j].is("last", "this") && toks[j+1].is("year") {
			j += 2
		}
		if j < len(toks) && (toks[j].text == "," || label || cleft) {
			j++
		}
		// "In 1981 in a compromise with the party, President X appointed
		// …": a phrase before the subject is left out.
		if e := asideEnd(toks, j); e > 0 && prepositions[toks[j].lower()] {
			j = e + 1
		} else if e := intervalAside(toks, j); e > 0 {
			j = e + 1
		} else if e := participleAside(toks, j); e > 0 {
			j = e
		}
		v := j
		// "On Nov. 4, 1995, Rabin was assassinated …": a passive verb;
		// "In 1865 President Lincoln is shot": a long past, or a year
		// before a history page's last, told in the present is asked in
		// the past.
		historic := f.d.year != 0 && (f.d.year < longPast || w.historyPage() && f.d.year < w.lastYear())
		passive := func(v int) bool {
			return (toks[v].is("was", "were") || historic && toks[v].is("is", "are")) && v+1 < len(toks) && isParticiple(toks[v+1].lower()) ||
				foundVerdict(toks, v) // datepredicates.go
		}
		// "In April, the two leaders had met …": the past perfect is
		// asked in the simple past (verbAt).
		perfect := func(v int) bool {
			return toks[v].is("had") && v+1 < len(toks) && !toks[v+1].cap() && participleBase(toks[v+1].lower()) != ""
		}
		// "In 1836 a $28 million surplus … was divided": money in the subject.
		listed := 0 // the names after "including", left out of the subject
		for v < len(toks) && v-j-listed < 10 && (toks[v].isWord() || currencySign(toks[v].text)) && pastVerbs[toks[v].lower()] == "" && !passive(v) && !perfect(v) {
			if e := includedNamesEnd(toks, v); e > v+1 {
				listed += e - v
				v = e
				continue
			}
			v++
		}
		subjEnd := v
		if e := fromPlaceAside(toks, v); v > j && e > 0 && toks[v-1].cap() && e < len(toks) && pastVerbs[toks[e].lower()] != "" {
			v = e // "In 2003 Tom Reeve, from Leeds, made …": twodatesand.go
		}
		if e := subjectParticipleAside(toks, v); v > j && e > 0 {
			v = e // "the canal, designed by …, opened": dateaside.go
		}
		// "In 1868 Jo Marsh, a Kansas printer, received a patent": the
		// name is the subject, its appositive is left out.
		if e := asideEnd(toks, v); v > j && e > 0 && toks[v-1].cap() && toks[v+1].is("a", "an", "the") {
			v = e + 1
		}
		if v == j || v >= len(toks) || pastVerbs[toks[v].lower()] == "" && !passive(v) && !perfect(v) {
			return clause{}, false
		}
		prep := f.d.prep
		if label || cleft {
			prep = "in"
			if f.d.day != 0 {
				prep = "on"
			}
		}
		c := clause{subject: dropIncludedNames(toks[j:subjEnd]), prep: prep, firstIsStart: j == first || label}
		if len(c.subject) == 1 && isPronoun(c.subject[0].lower()) {
			c.subject = w.andDateSubject(f.sent, toks, first, p, j) // twodatesand.go
			c.firstIsStart = len(c.subject) > 0 && c.subject[0].start == toks[first].start
		}
		k := w.verbAt(toks, v, &c)
		if toks[v].is("is", "are") {
			c.verb, c.base, k = []token{{text: "was"}, toks[v+1]}, "", v+2
			if toks[v].is("are") {
				c.verb[0].text = "were"
			}
		}
		end := clauseEnd(toks, k)
		// "went before a joint session of Congress to ask …": the rest ends
		// before an infinitive or a subordinate clause.
		if cut := restCut(toks, k, end); cut > k+1 {
			end = cut
		} else if !completeClause(toks, end) && !(end-k >= 3 && !listComma(toks, end)) {
			return clause{}, false
		}
		if end-k > 20 || hasVerb(toks[k:end]) {
			return clause{}, false
		}
		c.rest = trimAdverb(toks[k:end])
		return c, c.ok()
	}
	// Shape C: "The city council in 2019 approved the plan": the date
	// between the subject and its verb.
	sc := cs
	if sc < p && toks[sc].is("when", "after", "before", "once", "because", "although", "though", "while") {
		sc++ // "When the court in 1954 decided …, …"
	}
	if e := f.d.end; e < len(toks) && pastVerbs[toks[e].lower()] != "" && !toks[e].cap() && p-sc >= 2 && !hasAux(toks[sc:p]) {
		cs := sc
		plain := true
		for j := cs; j < p; j++ {
			if t := toks[j]; !t.isWord() || pastVerbs[t.lower()] != "" && !participleUse(toks, j) {
				plain = false
				break
			}
		}
		if plain {
			c := clause{subject: toks[cs:p], prep: f.d.prep, firstIsStart: cs == first}
			k := w.verbAt(toks, e, &c)
			end := clauseEnd(toks, k)
			if cut := restCut(toks, k, end); cut > k {
				end = cut
			}
			// "decided the historic Brown v. Board case": an abbreviation's
			// dot is no end of the clause.
			if end-k <= 12 && !hasVerb(toks[k:end]) && !(end+1 < len(toks) && toks[end].text == ".") {
				c.rest = trimAdverb(toks[k:end])
				if c.ok() {
					return c, true
				}
			}
		}
	}
	// Shape A: find the verb in the clause before the date. A past form
	// opening the sentence is an adjective ("Renewed clashes …").
	v := -1
	for k := cs; k < p; k++ {
		// A capitalised word inside the clause is a name ("the United
		// States"), never its verb.
		if k == first && !toks[k].is("was", "were") || k != first && toks[k].cap() {
			continue
		}
		// After an article a past form is an adjective: "City with an
		// estimated population of …" has no verb, "the newly elected
		// council met …" has "met".
		if k > cs && adjectiveAfterArticle(toks, k, cs) {
			continue
		}
		if toks[k].isWord() && (pastVerbs[toks[k].lower()] != "" || toks[k].is("was", "were") && k+1 < p && (participle(toks[k+1]) || isParticiple(toks[k+1].lower()) || adverbPassive(toks, k, p)) ||
			toks[k].is("had") && k+1 < p && participleBase(toks[k+1].lower()) != "" ||
			// "had been held": a passive in the past perfect (verbAt asks it as "was held").
			toks[k].is("had") && k+2 < p && toks[k+1].is("been") && isParticiple(toks[k+2].lower()) ||
			futureVerb(toks, k, p) || scheduledAt(toks, k, p) > 0 || plannedPresent[toks[k].lower()] != "" && w.planDate(f)) {
			v = k
			break
		}
	}
	if v < 0 {
		return clause{}, false
	}
	// "A previous ceasefire signed in Minsk on September 5 collapsed":
	// a verb after the date makes the first one a participle.
	if mainVerbAfter(toks, f.d.end) {
		return clause{}, false
	}
	c := clause{prep: f.d.prep}
	// "Press release issued by the Ministry of Defence on …": a past form
	// before "by" is a passive participle.
	if v+1 < len(toks) && toks[v+1].is("by") && isParticiple(toks[v].lower()) && !toks[v].is("was", "were") {
		return clause{}, false
	}
	// "…, was ended by the Dayton Agreement, initialled in Ohio on …": a
	// participle after a name, once the sentence has had its verb, tells
	// of the name in the passive ("When was the Dayton Agreement initialled?").
	if v == cs && relSubject == nil && cs > first+1 {
		relSubject = subjectBeforeAside(toks, first, cs) // dateaside.go
	}
	var reducedAux *token
	if v == cs && relSubject == nil && cs > first+1 && toks[cs-1].text == "," && isParticiple(toks[v].lower()) {
		if b := namedPhraseBefore(toks, cs-1); b > first && finiteVerbIn(toks, first, b) {
			relSubject = toks[b : cs-1]
			reducedAux = &token{text: passiveAux(relSubject)}
		}
	}
	if v == cs && relSubject != nil {
		c.subject = relSubject
	} else if v == cs {
		// "The conflict …, a disputed territory …, broke out in …": the
		// subject is the sentence's opening up to its first comma.
		if cs == first || toks[cs-1].text != "," {
			return clause{}, false
		}
		start := first
		if e := openingAccordingEnd(toks, first); e > 0 && e < cs-1 {
			start = e + 1 // "According to …, the workers, …, began": dateaccording.go
		}
		k := start
		for k < cs && toks[k].text != "," {
			k++
		}
		// A verb right after the first comma is a participle ("The
		// summit, held on July 11, brought …"), not the main verb.
		if k == cs-1 || finiteVerbIn(toks, k, cs) {
			return clause{}, false
		}
		c.subject = toks[start:k]
	} else {
		c.subject = toks[cs:v]
	}
	if len(c.subject) == 1 && relSubject == nil {
		if name := w.andPronounSubject(f.sent, toks, first, cs); name != nil {
			c.subject = name // "…, and she was reelected in 1872": dateandpronoun.go
		}
	}
	if sinceAt >= 0 && pronounSubject(c.subject) {
		// "…, the Leith stadium's largest crowd since it opened in 1998":
		// "it" is the possessor's; else no question (sinceclause.go).
		if c.subject = possessorBefore(toks, first, sinceAt, c.subject[0]); c.subject == nil {
			return clause{}, false
		}
	}
	c.firstIsStart = len(c.subject) > 0 && c.subject[0].start == toks[first].start
	// "The Declaration of Principles (Oslo I) was signed …": the short
	// name in brackets is left out of the question.
	c.subject = dropIncludedNames(dropBracketAside(c.subject))
	// "The museum opened in 1921 and was extended in 1968": the second
	// date's verb is the one after "and", with the same subject.
	// A first verb in the passive lends its auxiliary to a bare
	// participle after "and": "was proclaimed … and renamed Yugoslavia
	// in 1929" gives "When was … renamed Yugoslavia?".
	var lent []token
	if reducedAux != nil {
		lent = []token{*reducedAux, toks[v]}
	}
	for j := v + 1; j < p-1 && len(c.subject) > 0; j++ {
		if toks[j].punct {
			break
		}
		if nv := secondPredicateVerb(toks, j); nv >= 0 { // datepredicates.go
			if reducedAux != nil {
				// "initialled in Ohio … and signed in Paris": the same
				// name, the same auxiliary.
				if !isParticiple(toks[nv].lower()) {
					return clause{}, false
				}
				lent = []token{*reducedAux, toks[nv]}
			} else if toks[v].is("was", "were") && !toks[nv].is("was", "were") && !activeAfterPassive(toks[nv]) { // twodates.go
				if !isParticiple(toks[nv].lower()) {
					return clause{}, false
				}
				lent = []token{toks[v], toks[nv]}
			}
			v = nv
			// "and was then elected": the adverb is left out.
			if pp := predicateParticiple(toks, nv); toks[nv].is("was", "were") && pp > nv+1 {
				lent, v = []token{toks[nv], toks[pp]}, pp
			}
		}
	}
	k := w.verbAt(toks, v, &c)
	if lent != nil {
		c.verb, c.base, k = lent, "", v+1
	}
	if k > p || p-k > 12+placeAside {
		return clause{}, false
	}
	// "agreed to meet on May 1": the date is the meeting's, not the
	// agreement's; "returned to the schedule in 2003" is no infinitive.
	// "became the first woman to cross the strait in 1952" is one event.
	for i := k; i < p; i++ {
		if toks[i].is("to") && !(i+1 < p && (toks[i+1].cap() || toks[i+1].is("the", "a", "an", "his", "her", "its", "their") ||
			toNouns[toks[i+1].lower()])) && !choiceInfinitive(toks, v, i) && restCut(toks, max(k, i-3), i+2) >= 0 {
			return clause{}, false
		}
	}
	// "replaced the tower built by the board in 1887": the date is the
	// building's, not the replacing's.
	if objectParticiple(toks, v, p) > 0 {
		return clause{}, false
	}
	c.rest = trimAdverb(dropNameAppositive(toks[k:p]))
	// After "after", "before" or "since" only a name's deed with its
	// object is asked: "When did Labour win power?".
	if afterName {
		if len(c.rest) == 0 {
			return clause{}, false
		}
		for _, t := range c.subject {
			if !t.cap() {
				return clause{}, false
			}
		}
	}
	// "…, who knighted Henry, whilst the cardinal oversaw his coronation
	// on …": in a subordinate clause "his" is the main clause's person.
	if subordinate {
		for _, t := range c.rest {
			if t.is("his", "her", "their") {
				return clause{}, false
			}
		}
	}
	if bare && len(c.rest) == 0 {
		// "voted Dec. 5 in an overwhelming majority to approve the deal":
		// what follows the date is the verb's, up to a new clause.
		end := clauseEnd(toks, f.d.end)
		for j := f.d.end; j < end; j++ {
			if toks[j].is("that", "which", "who", "when", "while", "because", "where", "whether", "after", "before") {
				end = j
				break
			}
		}
		c.rest = trimAdverb(toks[f.d.end:end])
	}
	if placeAside > 0 { // "at the Adelaide Oval, Adelaide, on …": the comma closing the town
		c.rest = withoutClosingComma(c.rest)
	}
	return c, c.ok()
}

// toNouns follow "to" without an article: "returned to power", not an
// infinitive ("planned to relocate"), whose date may be the plan's aim.
var toNouns = setOf(`power|office|government|parliament|court|prison|jail|work|school|duty|life|terms|service|
safety|shore|sea|war|trial`)

// asideEnd returns the comma closing a short phrase set off from
// toks[k] on ("…, a Kansas printer," or "in a compromise with the
// party,"), or 0 when toks[k] is no comma before such a phrase or
// the phrase holds a verb.
func asideEnd(toks []token, k int) int {
	if k >= len(toks) || toks[k].text != "," && !prepositions[toks[k].lower()] {
		return 0
	}
	for e := k + 1; e < len(toks) && e-k <= 9; e++ {
		t := toks[e]
		if t.text == "," {
			return e
		}
		if !t.isWord() || pastVerbs[t.lower()] != "" || auxiliaries[t.lower()] || subordinators[t.lower()] {
			return 0
		}
	}
	return 0
}

// participleAside returns where the main clause starts after a
// participle phrase that opens with a subordinator, from toks[k] on: "In
// 1718, while besieging the city of Halden, Norway, Charles was struck":
// the date is the main clause's, and the phrase is left out. The phrase
// may hold commas of its own (a place and its country), so the clause is
// the first one after a comma that reaches a past verb or a passive
// without further punctuation; 0 when there is none.
func participleAside(toks []token, k int) int {
	if k+1 >= len(toks) || !toks[k].is("while", "after", "before", "when", "since") ||
		!strings.HasSuffix(toks[k+1].lower(), "ing") || toks[k+1].cap() {
		return 0
	}
	for c := k + 2; c < len(toks) && c-k <= 16; c++ {
		if toks[c].text != "," {
			if !toks[c].isWord() {
				return 0
			}
			continue
		}
		// "…, which the Danes held, …" is a relative clause, not the main one.
		if c+1 < len(toks) && toks[c+1].is("which", "who", "whom", "whose", "where", "when", "that") {
			return 0
		}
		if clauseVerbAhead(toks, c+1) {
			return c + 1
		}
	}
	return 0
}

// clauseVerbAhead reports whether words from toks[k] on reach a past verb
// or "was/were" + participle within a short subject, with no punctuation.
func clauseVerbAhead(toks []token, k int) bool {
	for v := k + 1; v < len(toks) && v-k <= 6; v++ {
		t := toks[v]
		if !t.isWord() {
			return false
		}
		if pastVerbs[t.lower()] != "" && !t.cap() || t.is("was", "were") && v+1 < len(toks) && isParticiple(toks[v+1].lower()) {
			return true
		}
	}
	return false
}

// intervalAside returns the comma closing an aside that measures the
// date against another event, from toks[k] on: "five years to the day
// since the assassination of the archduke,", "two weeks after the
// vote,"; 0 when there is none or it holds a verb.
func intervalAside(toks []token, k int) int {
	_, end, _, ok := numberAt(toks, k)
	if !ok || end >= len(toks) || !durations[toks[end].lower()] {
		return 0
	}
	linked := false
	for e := end + 1; e < len(toks) && e-k <= 20; e++ {
		t := toks[e]
		switch {
		case t.text == ",":
			if !linked {
				return 0
			}
			return e
		case t.is("since", "after", "before", "later", "ago", "day"):
			linked = true
		case !t.isWord() && t.text != "-" || pastVerbs[t.lower()] != "" || auxiliaries[t.lower()]:
			return 0
		}
	}
	return 0
}

// clauseBounds returns the token range of the clause around toks[a:b]:
// from the last ", and", ", but", ";" or sentence start before it to the
// next one after it.
func clauseBounds(toks []token, a, b int) (lo, hi int) {
	boundary := func(k int) bool {
		t := toks[k]
		return t.text == ";" || clauseAfterComma(toks, k) || // twodates.go
			secondPredicate(toks, k) || clauseAfterConjunction(toks, k) && verbBefore(toks, 0, k) ||
			andDateClauseAt(toks, k) && verbBefore(toks, 0, k) // twodatesand.go
	}
	lo = a
	for lo > 0 && !boundary(lo-1) {
		lo--
	}
	hi = b
	for hi < len(toks) && !boundary(hi) {
		hi++
	}
	return lo, hi
}

// secondPredicate reports "and" at toks[k] opening a second verb of the
// same subject: "The museum opened in 1921 and was extended in 1968",
// "The siege began in May and lasted a year".
func secondPredicate(toks []token, k int) bool {
	if k+1 >= len(toks) || !toks[k].is("and") {
		return false
	}
	return secondPredicateVerb(toks, k) >= 0 // datepredicates.go
}

// restCut returns where the words after a verb stop being its own: before
// an infinitive ("to ask"), "that", a relative or a time clause. It
// returns end when there is no such word, and -1 when an infinitive
// belongs to the words before it ("the first person to orbit") and the
// clause must stay whole.
func restCut(toks []token, k, end int) int {
	for j := k; j < end; j++ {
		t := toks[j]
		if t.is("that", "which", "who", "when", "while", "because", "where", "whether") {
			return j
		}
		if t.is("to") && j+1 < end && !toks[j+1].cap() && !toks[j+1].is("the", "a", "an", "its", "their", "his", "her") && !(toks[j+1].text[0] >= '0' && toks[j+1].text[0] <= '9') {
			// "became the first person to orbit the Earth": the infinitive
			// belongs to the noun; cut there, the fact would change.
			for b := j - 1; b >= k && b >= j-3; b-- {
				if toks[b].is("first", "last", "only", "second", "third", "next") {
					return -1
				}
			}
			// "in order to deepen …", "so as to …": the purpose's opening
			// words go with it.
			if j-2 >= k && (toks[j-2].is("in") && toks[j-1].is("order") || toks[j-2].is("so") && toks[j-1].is("as")) {
				return j - 2
			}
			return j
		}
	}
	return end
}

// dropBracketAside leaves out of a noun phrase a short aside in brackets
// after a word ("the World Health Organization (WHO)"), an abbreviation
// or another name of the same thing.
func dropBracketAside(ts []token) []token {
	for i := 1; i < len(ts); i++ {
		if ts[i].text != "(" || ts[i-1].punct {
			continue
		}
		for j := i + 2; j < len(ts) && j <= i+5; j++ {
			if ts[j].text == ")" {
				return append(append([]token(nil), ts[:i]...), ts[j+1:]...)
			}
			if ts[j].punct {
				break
			}
		}
		return ts
	}
	return ts
}

// dropIncludedNames leaves out a list of names closing a subject after
// "including" ("an alliance of nations including Russia, Poland and
// Saxony"): the subject is whole without its examples, and a long list
// would make the question a list.
func dropIncludedNames(ts []token) []token {
	for i := 2; i < len(ts); i++ {
		if e := includedNamesEnd(ts, i); e == len(ts) && e > i+1 {
			return ts[:i]
		}
	}
	return ts
}

// includedNamesEnd returns the index after the names (with their commas,
// hyphens and "and") that follow "including" at toks[i], or i when
// toks[i] is no such "including".
func includedNamesEnd(toks []token, i int) int {
	if !toks[i].is("including") || toks[i].cap() {
		return i
	}
	e := i + 1
	for e < len(toks) && (toks[e].cap() || toks[e].text == "-" || toks[e].is("and") || toks[e].text == "," && e+1 < len(toks) && toks[e+1].cap()) {
		e++
	}
	if e == i+1 || !toks[e-1].cap() {
		return i
	}
	return e
}

// nameWord reports a word of a name: a capitalised word, or a number
// after one ("Sputnik 1", "Apollo 17").
func nameWord(ts []token, i int) bool {
	return ts[i].cap() || i > 0 && ts[i-1].cap() && !ts[i-1].punct && ts[i].text != "" && strings.Trim(ts[i].text, "0123456789") == ""
}

// dropNameAppositive leaves out a name set off by commas after a noun:
// "killing his roommate, Corvin Harrison, back in" reads "killing his
// roommate back in". The name stays in the evidence.
func dropNameAppositive(ts []token) []token {
	for i := 1; i+2 < len(ts); i++ {
		if ts[i].text != "," || ts[i-1].cap() || !ts[i+1].cap() {
			continue
		}
		j := i + 1
		for j < len(ts) && j-i <= 4 && nameWord(ts, j) && !ts[j].punct {
			j++
		}
		if j < len(ts) && ts[j].text == "," && j > i+1 {
			return append(append([]token(nil), ts[:i]...), ts[j+1:]...)
		}
		return ts
	}
	return ts
}

// trimAdverb drops an adverb left at the end of a cut clause: "entered
// parliament only" gives "entered parliament".
func trimAdverb(ts []token) []token {
	for len(ts) > 1 && ts[len(ts)-1].is("only", "just", "again", "also", "first", "finally", "formally", "officially", "back") {
		ts = ts[:len(ts)-1]
	}
	return ts
}

// verbAt fills the verb of c starting at toks[v] and returns the index
// after it (and after a particle: "broke out").
func (w *writer) verbAt(toks []token, v int, c *clause) int {
	// "leaves office in January": a plan in the present.
	if base := plannedPresent[toks[v].lower()]; base != "" && !toks[v].cap() {
		c.verb, c.base, c.present = toks[v:v+1], base, true
		return v + 1
	}
	// "is due to end", "are set to be published": a plan, asked as
	// "When is the scheme due to end?".
	if k := scheduledAt(toks, v, len(toks)); k > 0 {
		c.verb = []token{toks[v], {text: joinTokens(toks[v+1 : k])}}
		return k
	}
	// "will take over", "will be published": asked in the future ("When
	// will Albers take over …?").
	if futureVerb(toks, v, len(toks)) {
		k := v + 2
		if toks[v+1].is("be") {
			k += 1 + futureAdverb(toks, v, len(toks))
		}
		if k < len(toks) && particles[toks[k].lower()] {
			k++
		}
		c.verb = []token{toks[v], {text: joinTokens(toks[v+1 : k])}}
		return k
	}
	if toks[v].is("was", "were") {
		// "was formally opened": the adverb stays with its participle.
		if adverbPassive(toks, v, len(toks)) {
			c.verb = []token{toks[v], {text: toks[v+1].text + " " + toks[v+2].text}}
			return v + 3
		}
		c.verb = toks[v : v+2]
		return v + 2
	}
	// "had died", "had held": asked in the simple past ("When did
	// Roosevelt die?"); "had been held" as a passive.
	if toks[v].is("had") && v+1 < len(toks) {
		if toks[v+1].is("been") && v+2 < len(toks) && isParticiple(toks[v+2].lower()) {
			c.verb = []token{{text: "was"}, toks[v+2]}
			return v + 3
		}
		c.base = participleBase(toks[v+1].lower())
		k := v + 2
		if k < len(toks) && particles[toks[k].lower()] {
			c.base += " " + toks[k].lower()
			k++
		}
		c.verb = toks[v+1 : k]
		return k
	}
	c.base = pastVerbs[toks[v].lower()]
	k := v + 1
	if k < len(toks) && particles[toks[k].lower()] {
		c.base += " " + toks[k].lower()
		k++
	}
	c.verb = toks[v:k]
	return k
}

// adjectiveAfterArticle reports an article or a possessive before toks[k],
// next to it or before an adverb in -ly ("an estimated", "the newly
// elected"), after toks[cs]: the word at k is an adjective there.
func adjectiveAfterArticle(toks []token, k, cs int) bool {
	det := func(t token) bool { return t.is("a", "an", "the", "its", "their", "his", "her", "our") }
	if det(toks[k-1]) {
		return true
	}
	return k-1 > cs && strings.HasSuffix(toks[k-1].lower(), "ly") && det(toks[k-2])
}

// stateParticiples make a passive that tells a state, not an event:
// "When was Nagin known?" asks nothing.
var stateParticiples = map[string]bool{"known": true, "seen": true, "thought": true, "believed": true, "considered": true,
	"regarded": true, "expected": true, "said": true, "reported": true, "understood": true}

// adverbPassive reports "was" or "were" at toks[v] followed by an adverb
// in -ly (or "first") and a participle of an event, before toks[p]: "was
// formally opened", "were officially launched", "was first elected".
func adverbPassive(toks []token, v, p int) bool {
	// "was first elected": "first" says which of several times.
	adverb := adverbAt(toks, v+1) == 1 && !toks[v+1].is("only", "early", "likely") || toks[v+1].is("first")
	return toks[v].is("was", "were") && v+2 < p && adverb &&
		!toks[v+2].cap() && isParticiple(toks[v+2].lower()) && !stateParticiples[toks[v+2].lower()]
}

// plannedPresent are verbs whose present tense with a date tells a
// plan ("Morales leaves office in January", "The exhibition opens on 3
// May"), with their base form; only the singular, whose -s shows the
// tense.
var plannedPresent = map[string]string{"leaves": "leave", "takes": "take", "starts": "start", "begins": "begin", "ends": "end",
	"opens": "open", "closes": "close", "arrives": "arrive", "resumes": "resume", "expires": "expire", "visits": "visit"}

// planWords say that an event is planned for a date: "is due to end",
// "are set to meet", "was scheduled to be published". "Expected" is a
// forecast, not a plan ("is expected to open in February, once the roof
// is complete"): not asked.
var planWords = map[string]bool{"due": true, "set": true, "scheduled": true, "slated": true, "planned": true}

// scheduledAt returns the index after a plan at toks[k], before toks[p]:
// "is" or "are" (or "was", "were"), a plan word, "to" and a known verb
// ("be" and a participle for a passive), with a particle; 0 when there is
// none. A plan in a quotation is a speaker's view.
func scheduledAt(toks []token, k, p int) int {
	if k+3 >= p || !toks[k].is("is", "are", "was", "were") || !planWords[toks[k+1].lower()] || !toks[k+2].is("to") || inQuote(toks, k) {
		return 0
	}
	j := k + 3
	// "is scheduled to formally announce": a split infinitive's adverb
	// stays with its verb.
	if j+1 < p && adverbAt(toks, j) == 1 && !toks[j].is("only", "likely") {
		j++
	}
	if toks[j].is("be") {
		j++
		if j >= p || toks[j].cap() || !isParticiple(toks[j].lower()) {
			return 0
		}
	} else if toks[j].cap() || !baseVerbs()[toks[j].lower()] {
		return 0
	}
	j++
	if j < p && particles[toks[j].lower()] {
		j++
	}
	return j
}

// futureVerb reports "will" and a known verb at toks[k], before toks[p]:
// "will take over", "will be published". A plan the article states is
// asked in the future; "will" in a quotation is a speaker's view.
func futureVerb(toks []token, k, p int) bool {
	if !toks[k].is("will") || k+1 >= p || inQuote(toks, k) {
		return false
	}
	next := toks[k+1]
	if next.is("be") {
		a := futureAdverb(toks, k, p) // "will be officially announced": dateaside.go
		return k+2+a < p && isParticiple(toks[k+2+a].lower()) && !toks[k+2+a].cap()
	}
	return baseVerbs()[next.lower()] && !next.cap()
}

// mainVerbAfter reports whether a past verb follows toks[k] in the same
// clause without a conjunction or a comma before it.
func mainVerbAfter(toks []token, k int) bool {
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.punct || t.is("and", "but", "or", "then", "which", "who", "that", "after", "before", "when", "while", "as") {
			return false
		}
		if pastVerbs[t.lower()] != "" && !participleUse(toks, k) {
			return true
		}
	}
	return false
}

// participleUse reports a past form used as an adjective or a participle:
// after a determiner or an auxiliary ("the disputed region", "has signed").
func participleUse(toks []token, k int) bool {
	if k == 0 {
		return true
	}
	p := toks[k-1]
	return p.is("the", "a", "an", "its", "their", "his", "her", "newly", "recently", "been", "be", "being", "has", "have", "had", "was", "were", "is", "are")
}

func (c clause) ok() bool {
	if len(c.subject) == 0 || len(c.subject) > 15 {
		return false
	}
	if last := c.subject[len(c.subject)-1]; last.is("and", "or", "but", "nor") {
		return false
	}
	if pronounInSubject(c.subject) { // headclause.go
		return false
	}
	// "tensions boiled over and …": a verb inside the subject.
	for i, t := range c.subject {
		if i > 0 && strings.HasSuffix(t.lower(), "ed") && !c.subject[i-1].cap() && !participleUse(c.subject, i) &&
			i+1 < len(c.subject) && (particles[c.subject[i+1].lower()] || c.subject[i+1].is("and", "in", "on", "to", "into")) {
			return false
		}
	}
	// "in letters", "taking 0.06 seconds off", "he of course": no subject.
	// "much to the delight of coach X, who replaced …": an aside.
	if first := c.subject[0]; prepositions[first.lower()] || strings.HasSuffix(first.lower(), "ing") && !first.cap() || isPronoun(first.lower()) ||
		first.is("much", "very", "so", "too", "as") && !first.cap() || clauseConjunctions[first.lower()] || first.is("till", "unless") {
		return false // "until he retired": a subordinate clause, no subject (dateuntil_test.go)
	}
	// "a mechanism the two countries": an object relative without "that".
	for i := 1; i < len(c.subject); i++ {
		prev := c.subject[i-1]
		if c.subject[i].is("the", "a", "an") && prev.isWord() && !prev.cap() && !prepositions[prev.lower()] &&
			!prev.is("and", "or", "but", "of", "that", "which", "whose", "all", "both", "half") && !strings.HasSuffix(prev.lower(), "ly") {
			return false
		}
	}
	// "won 50 seats and ACT 11", "dead and more than 49,000 injured": an
	// elided second clause.
	if elided(c.rest) {
		return false
	}
	// "entered parliament only": an adverb left by the cut.
	if n := len(c.rest); n > 0 && c.rest[n-1].is("only", "just", "again", "also", "first", "later", "earlier", "already", "finally") {
		return false
	}
	// "When did Brightwater agree?" says too little: a verb without
	// object or phrase must be an event in itself.
	if len(c.rest) == 0 && c.base != "" && !eventVerbs[strings.Fields(c.base)[0]] {
		return false
	}
	// "When was Nagin known?": a state, not an event.
	if len(c.verb) == 2 && stateParticiples[c.verb[1].lower()] {
		return false
	}
	// "approve it": a pronoun object needs what came before.
	if len(c.rest) == 1 && pronouns[c.rest[0].lower()] || len(c.rest) > 0 && c.rest[0].is("it", "them", "this", "that") && len(c.rest) <= 2 {
		return false
	}
	if bareNumberSubject(c.subject) { // numbersubject.go
		return false
	}
	if len(c.subject) == 1 && (pronouns[c.subject[0].lower()] || c.subject[0].is("much", "many", "some", "all", "both", "each", "most", "few", "several", "others", "one", "first", "later", "then", "also", "once", "originally", "initially")) {
		return false
	}
	// "was accused of killing his roommate in September 2004": the date
	// may be the killing's, not the accusation's.
	for i := 1; i < len(c.rest); i++ {
		if c.rest[i-1].is("of", "for", "with") && strings.HasSuffix(c.rest[i].lower(), "ing") && !c.count {
			return false
		}
	}
	// "had changed since the Yalta Conference in February": the date
	// belongs to the phrase, not to the verb. A count's clause may say
	// since when ("had recorded 412 new cases since Monday").
	for i, t := range c.rest {
		if c.count {
			break
		}
		if t.is("since", "until", "after", "before", "than") && !(t.is("than") && i > 0 && c.rest[i-1].is("more", "less", "fewer")) {
			return false
		}
	}
	// "her country" or "and Kylian Mbappé" need what came before.
	if c.subject[0].is("and", "but", "or", "then", "so", "his", "her", "its", "their", "our", "my", "your") {
		return false
	}
	for i, t := range c.subject {
		// "Renewed clashes", "the disputed region": past forms used as
		// adjectives are no verbs.
		verb := pastVerbs[t.lower()] != "" && t.lower() != "left" && !(i == 0 && c.firstIsStart) && !participleUse(c.subject, i)
		// "Arafat, Rabin and Peres had shared …": a list of names keeps its commas.
		listed := t.text == "," && listComma(c.subject, i) || slashCompound(c.subject, i) // slashcompound.go
		if t.punct && t.text != "’" && t.text != "'" && !currencySign(t.text) && !listed || verb ||
			t.is("said", "says") || auxiliaries[t.lower()] || subordinators[t.lower()] && t.text != "WHO" {
			return false
		}
	}
	for i, t := range c.rest {
		// "won a majority in the election held on October 15": the date
		// belongs to the participle, not to the verb; "welcomed the deal and
		// said the mission would begin on May 1": to the last verb.
		// Money keeps its sign: "its then $62 billion Shire acquisition".
		money := currencySign(t.text) && i+1 < len(c.rest) && !c.rest[i+1].punct
		if t.punct && !money && !(t.text == "," && (listComma(c.rest, i) || placeBeforePreposition(c.rest, i) || placeAfterComma(c.rest, i) == len(c.rest) || cityAfterVenue(c.rest, i))) ||
			i == len(c.rest)-1 && participle(t) || auxiliaries[t.lower()] ||
			t.is("said", "says", "told", "would", "will", "that", "which", "who", "whom", "whose", "where") {
			return false
		}
	}
	return !hasVerb(c.rest)
}

// closesNameList reports an "and" at toks[i] that ends a list of names
// set off by commas ("in Oslo, Bergen and Tromsø"): one phrase, no
// second clause.
func closesNameList(toks []token, i int) bool {
	for k := i - 1; k > 0 && i-k <= 12; k-- {
		switch {
		case toks[k].text == ",":
			if listComma(toks, k) {
				return true
			}
			return false
		case !toks[k].cap():
			return false
		}
	}
	return false
}

// gappedFigureCut cuts a second figure given with its own phrase and the
// verb left out: "were injured in Elazig and 90 in Malatya" is asked
// "… were injured in Elazig?". The first figure's phrase must come
// before ("were injured and 90 in Malatya" shares the place), and the
// second figure's right after its number, so that neither phrase is
// the other's.
func gappedFigureCut(rest []token) []token {
	phrase := false
	for j := 1; j+2 < len(rest); j++ {
		phrase = phrase || prepositions[rest[j-1].lower()]
		if phrase && rest[j].is("and") && isNumberWord(rest[j+1]) && prepositions[rest[j+2].lower()] && !rest[j+2].is("of") {
			return rest[:j]
		}
	}
	return rest
}

// elided reports a second clause with its verb left out: "won 50 seats
// and ACT 11", "dead and more than 49,000 injured".
func elided(rest []token) bool {
	between := false
	for i, t := range rest {
		// "between January and August": one phrase, no second clause.
		if t.is("between") || between && t.is("and") {
			between = !between
			continue
		}
		if t.is("and", "or") && i+1 < len(rest) && (rest[i+1].cap() && !closesNameList(rest, i) || rest[i+1].is("more", "less", "fewer", "about") ||
			rest[i+1].text[0] >= '0' && rest[i+1].text[0] <= '9') {
			return true
		}
	}
	return false
}

// eventVerbs are complete events without an object: "When did the war
// break out?", "When did the talks open?".
var eventVerbs = map[string]bool{
	"erupt": true, "break": true, "begin": true, "start": true, "end": true, "die": true, "open": true,
	"close": true, "collapse": true, "resign": true, "fall": true, "surrender": true, "land": true,
	"launch": true, "lift": true, "splash": true, "arrive": true, "return": true, "retire": true,
	"convene": true, "adjourn": true, "conclude": true, "expire": true, "occur": true, "explode": true,
	"meet": true, "vote": true, "gather": true, "win": true, "lose": true, "leave": true, "merge": true,
	"withdraw": true, "unite": true, "reunite": true, "split": true, "crash": true, "sink": true, "flee": true,
	"strike": true, "riot": true, "protest": true, "elect": true, "marry": true, "dock": true, "disband": true,
	"commence": true, "reopen": true, "premiere": true, "emerge": true, "kick": true, "wrap": true,
}

var subordinators = map[string]bool{
	"when": true, "who": true, "whom": true, "whose": true, "which": true, "that": true, "where": true,
	"while": true, "whilst": true, "after": true, "before": true, "because": true, "if": true, "although": true, "as": true,
}

func participle(t token) bool {
	l := t.lower()
	return strings.HasSuffix(l, "ed") || l == "held" || l == "won" || l == "signed" || l == "sworn" || l == "built" || l == "born" || l == "elected"
}

// namedPhraseBefore returns where "the" + a capitalised name ending at
// toks[end-1] starts ("the Dayton Agreement", "the Camp David Accords"),
// or -1 when the words before toks[end] are no such name.
func namedPhraseBefore(toks []token, end int) int {
	b := end - 1
	for b >= 0 && end-b <= 5 && toks[b].isWord() && toks[b].cap() {
		b--
	}
	if b < 0 || b == end-1 || !toks[b].is("the") || toks[b].cap() {
		return -1
	}
	return b
}

// passiveAux is "were" for a name whose head is plural ("the Camp David
// Accords", "the United States") and "was" otherwise.
func passiveAux(name []token) string {
	head := name[len(name)-1].lower()
	if strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "us") {
		return "were"
	}
	return "was"
}

// finiteVerbIn reports a verb of the sentence's own in toks[from:to]: "The
// fighting, the deadliest of the wars, was ended by the accord, initialled
// in Oslo on …" has its verb before the comma, so the past form after it
// is a participle of "the accord", not a second verb of "the fighting".
// Verbs after a relative pronoun are the aside's own ("a territory that
// had been part of …,").
func finiteVerbIn(toks []token, from, to int) bool {
	for k := from; k < to; k++ {
		if toks[k].is("that", "which", "who", "whom", "whose") {
			return false
		}
		if toks[k].is("was", "were", "is", "are", "has", "have", "had") || pastVerbs[toks[k].lower()] != "" && !participleUse(toks, k) {
			return true
		}
	}
	return false
}

func hasVerb(ts []token) bool {
	for i, t := range ts {
		if i > 0 && pastVerbs[t.lower()] != "" && ts[i-1].is("and", "then", "but") {
			return true
		}
	}
	return false
}

// clauseStart is the first token of the clause holding toks[p]: after the
// last comma, semicolon, quote or "that" before it.
func clauseStart(toks []token, p int) int {
	for k := p - 1; k >= 0; k-- {
		t := toks[k]
		if t.text == "," && (listComma(toks, k) || placeBeforePreposition(toks, k)) || referenceMarkAt(toks, k) {
			continue
		}
		if t.text == "," || t.text == ";" || t.text == ":" || isOpener(t) || t.is("that") {
			return min(pastReferenceMarks(toks, k+1), p) // twodates.go
		}
	}
	if k := firstWordIn(toks); k < len(toks) {
		return k // past a reference mark: "[7] A Test match …"
	}
	return 0
}

// listComma reports whether the comma at toks[k] separates the names of a
// list that goes on with "and": "Britain, France and Germany signed".
func listComma(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || !toks[k-1].cap() || !toks[k+1].cap() {
		return false
	}
	for j := k + 1; j < len(toks) && j < k+10; j++ {
		t := toks[j]
		if t.is("and", "or") {
			return j+1 < len(toks) && toks[j+1].cap() && toks[j-1].cap()
		}
		if t.punct && t.text != "," || !t.punct && !t.cap() {
			return false
		}
	}
	return false
}

// placeAfterComma returns the index after a country or a region (a US
// state) that follows a town's name and the comma at toks[k], when a
// comma or the sentence's end follows it ("Butte, Montana, …", "Lyon,
// France."); -1 otherwise.
func placeAfterComma(toks []token, k int) int {
	if k == 0 || k+1 >= len(toks) || toks[k].text != "," || !toks[k-1].cap() {
		return -1
	}
	for e := k + 2; e <= k+4 && e <= len(toks); e++ {
		if !toks[e-1].cap() {
			return -1
		}
		if e < len(toks) && toks[e].cap() {
			continue
		}
		if e < len(toks) && toks[e].text != "," && !strings.ContainsAny(toks[e].text, ".;!?") {
			return -1
		}
		p := places().lookup(joinTokens(toks[k+1 : e]))
		if p == nil || p.kind != "country" && p.kind != "region" {
			return -1
		}
		return e
	}
	return -1
}

// placeBeforePreposition reports the comma at toks[k] between a town
// and its country or state when a preposition follows them ("wrapped up
// in New Delhi, India on November 12"): the comma ends no clause.
func placeBeforePreposition(toks []token, k int) bool {
	if k == 0 || !toks[k-1].cap() {
		return false
	}
	for e := k + 2; e <= k+4 && e < len(toks); e++ {
		if !toks[e-1].cap() {
			return false
		}
		if t := toks[e]; !t.cap() && prepositions[t.lower()] {
			p := places().lookup(joinTokens(toks[k+1 : e]))
			return p != nil && (p.kind == "country" || p.kind == "region")
		}
	}
	return false
}

func clauseEnd(toks []token, k int) int {
	for ; k < len(toks); k++ {
		if toks[k].punct && toks[k].text != "-" && toks[k].text != "’" && !currencySign(toks[k].text) {
			return k
		}
	}
	return k
}

// completeClause reports whether a clause cut at toks[end] is whole: it
// ends the sentence or is followed by a conjunction, not by the rest of a
// list ("held in Havana, Oslo and Caracas").
func completeClause(toks []token, end int) bool {
	// "… with the International Space Station (ISS).": a short aside in
	// brackets closing the sentence leaves the clause whole.
	if end < len(toks) && toks[end].text == "(" {
		for j := end + 1; j < len(toks) && j <= end+4; j++ {
			if toks[j].text == ")" {
				return j+1 >= len(toks) || strings.ContainsAny(toks[j+1].text, ".;!?")
			}
		}
		return false
	}
	if end >= len(toks) || toks[end].text != "," {
		return end >= len(toks) || strings.ContainsAny(toks[end].text, ".;!?")
	}
	if end+1 >= len(toks) {
		return false
	}
	if reportingTail(toks, end+1) {
		return true
	}
	next := toks[end+1]
	// ", discussing solutions …" adds to a whole clause.
	// ", or 96.91 percent of the total", ", where the unidentified man
	// died", ", swayed buildings …" (a list of verbs) leave it whole too.
	return next.is("but", "and", "while", "although", "though", "according", "which", "as", "after", "before", "with", "since", "so", "yet", "or", "where") ||
		!next.cap() && strings.HasSuffix(next.lower(), "ing") ||
		!next.cap() && (pastVerbs[next.lower()] != "" || strings.HasSuffix(next.lower(), "ed"))
}

// appositiveEnd returns the index after the comma that closes an
// appositive opening at toks[k] ("mainly individual shareholders who were
// not employees,"), or -1: a short phrase in lower case, with no comma
// inside, followed by a verb.
func appositiveEnd(toks []token, k int) int {
	if k >= len(toks) || toks[k].cap() || toks[k].punct {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+12; j++ {
		if toks[j].text == "," {
			if j+1 < len(toks) && (pastVerbs[toks[j+1].lower()] != "" || auxiliaries[toks[j+1].lower()]) && !toks[j+1].is("said", "says") {
				return j + 1
			}
			return -1
		}
		if toks[j].punct {
			return -1
		}
	}
	return -1
}

// reportingTail reports a sentence that ends on who reported it, from
// toks[k]: ", Harris announced.", ", the agency said on Tuesday.",
// ", officials told reporters.": the clause before it is whole.
func reportingTail(toks []token, k int) bool {
	// ", said Todd Simmons, a fire protection spokesman.": the verb first.
	if k+1 < len(toks) && toks[k].is("said", "says") && toks[k+1].cap() {
		for m := k + 1; m < len(toks); m++ {
			if auxiliaries[toks[m].lower()] || toks[m].is("that", "who", "which") || m-k > 16 ||
				toks[m].punct && toks[m].text != "," && !strings.ContainsAny(toks[m].text, ".!?") {
				return false
			}
		}
		return true
	}
	for j := k; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if t.punct && t.text != "’" && t.text != "'" {
			return false
		}
		if j > k && t.is("said", "says", "announced", "reported", "added", "told", "confirmed", "stated", "estimated") {
			n := 0
			for m := j + 1; m < len(toks); m++ {
				if toks[m].punct && !strings.ContainsAny(toks[m].text, ".!?") || auxiliaries[toks[m].lower()] || toks[m].is("that") {
					return false
				}
				n++
			}
			return n <= 6
		}
	}
	return false
}

// phrase writes tokens as text, lower-casing the first word when only its
// place at the start of the sentence capitalised it.
func (w *writer) phrase(ts []token, atStart bool) string {
	s := joinTokens(ts)
	atStart = atStart || len(ts) > 0 && w.opensQuotation(ts[0]) // quotedstart.go
	if !atStart || len(ts) == 0 || w.keepCapital(ts) {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[size:]
}

// keepCapital reports whether the first word of a phrase opening a
// sentence is a name: capitalised elsewhere in the article, a country or a
// person of the article, a possessive ("Turkey’s"), or the start of a longer
// name ("Apollo 17", "Civic Alliance").
func (w *writer) keepCapital(ts []token) bool {
	t := ts[0]
	if notNames[t.text] || !t.cap() || w.descriptiveOpener(t) {
		return false
	}
	if _, isNum := wordValue(t.text); isNum {
		return false
	}
	// "Pakistanis evacuated …": a people in the plural is a name too.
	_, people := nationalities[strings.TrimSuffix(t.text, "s")]
	if w.proper[t.text] || nationalityOrAcronym(t.text) || people || w.names[t.text] && !w.countryPartAlone(ts) || countryOpener(ts) || t.poss {
		return true
	}
	if len(ts) > 1 {
		n := ts[1]
		return n.cap() || n.text[0] >= '0' && n.text[0] <= '9'
	}
	return false
}

func spaced(ts []token) string {
	if len(ts) == 0 {
		return ""
	}
	return " " + joinTokens(ts)
}

// sameEvent reports whether the events of two facts share two content
// words, in which case their dates are not wrong answers for each other.
func (w *writer) sameEvent(a, b int) bool {
	if w.facts[a].Event == w.facts[b].Event {
		return true
	}
	wa, wb := w.eventWords(a), w.eventWords(b)
	shared := 0
	for _, x := range wa {
		for _, y := range wb {
			if x == y {
				shared++
				break
			}
		}
	}
	// "left Florence for Milan" and "returned to Milan": two journeys to
	// one place, each date a fair answer to when he went there.
	return shared >= 2 || shared == 1 && destination(w.facts[a].Event) != "" && destination(w.facts[a].Event) == destination(w.facts[b].Event)
}

// destination is the place an event goes to after a verb of moving
// ("moved to Lyon", "left Florence for Milan"), or "".
func destination(event string) string {
	moved := false
	for rest := event; rest != ""; {
		var x string
		x, rest, _ = strings.Cut(rest, " ")
		switch x {
		case "left", "returned", "moved", "went", "travelled", "traveled", "fled", "sailed", "came":
			moved = true
		case "to", "for":
			if next, _, _ := strings.Cut(rest, " "); moved && (&token{text: next}).cap() {
				return strings.Trim(next, ",.;")
			}
		}
	}
	return ""
}

// eventWords are the content words of fact i's event, made once for all
// facts on first use.
func (w *writer) eventWords(i int) []string {
	if w.events == nil {
		w.events = make([][]string, len(w.facts))
		for k, f := range w.facts {
			w.events[k] = contentWords(f.Event)
		}
	}
	return w.events[i]
}

// contentWords lists the distinct longer words of a phrase.
func contentWords(s string) []string {
	var out []string
	for x := range strings.FieldsSeq(normalize(s)) {
		if nounStops[x] || len(x) <= 2 {
			continue
		}
		dup := false
		for _, y := range out {
			dup = dup || y == x
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

// planDate reports a date that a verb in the present may look forward
// to: not on a history page, whose present tells the past ("In 1914 the
// war begins"), nor a year before the article's latest.
func (w *writer) planDate(f Fact) bool {
	return !w.historyPage() && (f.d.year == 0 || f.d.year >= w.lastYear())
}

// askedClause is dateClause, or a person's birth or death from a
// lifespan, which the order questions leave out (its two dates share a
// sentence).
func (w *writer) askedClause(f Fact) (clause, bool) {
	c, ok := w.askableClause(f)
	if !ok || speakersVoice(c) || w.ambiguousOrdinal(c, f.sent) {
		return clause{}, false
	}
	return c, true
}

// speakersVoice reports a clause in a speaker's own person ("The
// American people gave us a mandate in November", a sentence inside a
// long quotation): a question or statement made of it would speak in
// the quiz's voice ("When did the American people give us …?"). "US"
// in capitals is the country.
func speakersVoice(c clause) bool {
	return inFirstOrSecondPerson(c.subject) || inFirstOrSecondPerson(c.verb) || inFirstOrSecondPerson(c.rest)
}

// inFirstOrSecondPerson reports "we", "us", "my", "you" … among ts,
// in lower case or opening ts before a word in lower case: "US" is the
// country, "Feeding Our Future" a name.
func inFirstOrSecondPerson(ts []token) bool {
	for i, t := range ts {
		if len(t.text) > len("yours") {
			continue
		}
		lower := t.lower()
		if !firstSecondPerson[lower] {
			continue
		}
		opening := i == 0 && t.text[1:] == lower[1:] && (i+1 >= len(ts) || !ts[i+1].cap())
		if t.text == lower || opening {
			return true
		}
	}
	return false
}

var firstSecondPerson = setOf(`we|us|our|ours|me|my|mine|you|your|yours`)

// ambiguousOrdinal reports a subject that is only an ordinal and its
// noun ("the first launch") when another sentence of the article tells
// of a "first … launch" too ("the company's first launch to a
// geostationary orbit"): "When did the first launch occur?" does not
// say which one.
func (w *writer) ambiguousOrdinal(c clause, si int) bool {
	s := c.subject
	if len(s) != 3 || !s[0].is("the") || !s[1].is("first", "second", "third", "last", "latest", "next", "initial", "previous") {
		return false
	}
	noun := s[2].lower()
	for j, sent := range w.sents {
		if j == si {
			continue
		}
		toks := sent.toks
		for k, t := range toks {
			if !t.is(s[1].lower()) {
				continue
			}
			for m := k + 1; m < len(toks) && m <= k+4 && !toks[m].punct; m++ {
				if l := toks[m].lower(); l == noun || l == noun+"s" || l == noun+"es" {
					return true
				}
			}
		}
	}
	return false
}

// askableClause is dateClause, a bound or a lifespan's clause.
func (w *writer) askableClause(f Fact) (clause, bool) {
	if c, ok := w.dateClause(f); ok {
		if pleaOfOffenceDate(c, w.sents[f.sent].toks[f.d.start]) {
			return clause{}, false
		}
		return c, true
	}
	if c, ok := w.boundClause(f); ok {
		return c, true
	}
	if c, ok := w.deadlineClause(f); ok {
		return c, true
	}
	if c, ok := w.forecastByClause(f); ok { // forecastby.go
		return c, true
	}
	if c, ok := w.lifespanClause(f); ok {
		return c, true
	}
	if c, ok := w.scheduledForClause(f); ok { // datefor.go
		return c, true
	}
	if c, ok := w.meetingDateClause(f); ok { // datemeeting.go
		return c, true
	}
	if c, ok := w.gappedDateClause(f); ok { // gapdate.go
		return c, true
	}
	return w.namedLifeClause(f) // namedlife.go
}

// deadlineClause reads a deadline: "Applications should be made by 30
// July" gives "By when should applications be made?". Only an
// obligation ("should" or "must") in the passive, its subject a plain
// noun phrase opening the clause, and nothing but a short phrase
// between the participle and "by".
func (w *writer) deadlineClause(f Fact) (clause, bool) {
	toks, p, cs, ok := w.byDateClause(f, "and", "but")
	if !ok {
		return clause{}, false
	}
	m := -1
	for k := cs + 1; k+2 < p; k++ {
		if toks[k].is("should", "must") && toks[k+1].is("be") && !toks[k+2].cap() && isParticiple(toks[k+2].lower()) {
			m = k
			break
		}
	}
	if m < 0 || p-(m+3) > 6 || hasVerb(toks[cs:m]) || hasVerb(toks[m+3:p]) {
		return clause{}, false
	}
	c := clause{subject: toks[cs:m], verb: []token{toks[m], {text: "be " + toks[m+2].text}}, prep: "by",
		rest: toks[m+3 : p], firstIsStart: cs == w.sents[f.sent].firstWord()}
	if !c.ok() {
		return clause{}, false
	}
	return c, true
}

// byDateClause finds the clause of an unqualified date after "by" that
// closes it (the sentence's end, a comma or "and"), outside quotations:
// the sentence's tokens, the index of "by" and the clause's start, past
// an opening conjunction of those given.
func (w *writer) byDateClause(f Fact, conjunctions ...string) (toks []token, by, start int, ok bool) {
	toks = w.sents[f.sent].toks
	by = f.d.start - 1
	if f.d.prep != "by" || f.d.qual != "" || by < 3 || inQuote(toks, by) {
		return nil, 0, 0, false
	}
	if e := f.d.end; e < len(toks) && !toks[e].punct && !toks[e].is("and") {
		return nil, 0, 0, false
	}
	start = clauseStart(toks, by)
	if start < by && toks[start].is(conjunctions...) {
		start++
	}
	return toks, by, start, true
}

// pleaVerbs answer a charge: after the charge, a date is the offence's.
var pleaVerbs = map[string]bool{"admit": true, "deny": true, "plead": true, "confess": true}

// pleaOfOffenceDate reports a plea whose date follows the charge, as a
// charge is worded: "He admitted misconduct in a public office on October
// 20" dates the misconduct, while he admitted it at the hearing, so
// "When did he admit misconduct …?" has the wrong answer. A date before
// the charge ("pleaded guilty on Friday to fraud") dates the plea.
func pleaOfOffenceDate(c clause, date token) bool {
	if !pleaVerbs[c.base] {
		return false
	}
	// "pleaded guilty in January to fraud": the plea, not the charge.
	rest := c.rest
	for len(rest) > 0 && rest[0].is("guilty", "not", "innocent") {
		rest = rest[1:]
	}
	return len(rest) > 0 && rest[0].start < date.start
}

// boundClause reads a date that ends or starts its clause's event:
// "fighting went on until 1995" ("Until when did fighting go on?"),
// "Phillips served as director from 1964" ("From what year did Phillips
// serve as director?"). "From" is read before a year alone, not a range
// ("from 1951 to 1955") nor a noun ("from 1990 levels"). The order
// questions leave these out: the event is not at the date.
func (w *writer) boundClause(f Fact) (clause, bool) {
	toks := w.sents[f.sent].toks
	from := f.d.prep == "from" && f.d.form == formYear && f.d.joiner == "" &&
		(f.d.end >= len(toks) || toks[f.d.end].punct || prepositions[toks[f.d.end].lower()])
	if f.d.qual != "" || !from && f.d.prep != "until" && f.d.prep != "till" {
		return clause{}, false
	}
	g := f
	g.d.prep = "in"
	c, ok := w.dateClause(g)
	c.prep = f.d.prep
	// "Walpole served from 1721 until 1742" holds the other bound;
	// "Britain then governed it until 1948" needs the sentence before.
	pointing := func(t token) bool { return t.is("it", "them", "then", "there") }
	if !ok || len(findDates(c.rest)) > 0 || slices.ContainsFunc(c.rest, pointing) || slices.ContainsFunc(c.subject, pointing) {
		return clause{}, false
	}
	return c, true
}

// dropTimeOfDay leaves out the hour closing a clause ("takes effect at
// 12:01 a.m." before "on Feb. 3"): the hour belongs to the answer, and
// "When does the law take effect at 12:01 a.m.?" asks it twice.
func dropTimeOfDay(rest []token) []token {
	for k := len(rest) - 2; k >= 0 && k >= len(rest)-8; k-- {
		if !rest[k].is("at") {
			continue
		}
		hour := rest[k+1].text != "" && rest[k+1].text[0] >= '0' && rest[k+1].text[0] <= '9' || rest[k+1].is("noon", "midnight")
		for _, t := range rest[k+2:] {
			hour = hour && (t.punct || t.is("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "noon", "midnight") || t.text != "" && t.text[0] >= '0' && t.text[0] <= '9')
		}
		if hour {
			return rest[:k]
		}
		return rest
	}
	return rest
}

// boundLead opens a question on a date the clause's preposition makes a
// bound: "Until when", "From what year"; "When" for a date of the event.
func boundLead(prep string) string {
	switch prep {
	case "until", "till":
		return "Until when"
	case "from":
		return "From what year"
	case "by":
		return "By when"
	case "for":
		return "For when" // datefor.go
	}
	return "When"
}

func (w *writer) when(fi int) bool {
	f := w.facts[fi]
	c, ok := w.askedClause(f)
	if !ok {
		return false
	}
	wrong := w.dateDistractors(fi)
	if w.sharedBirthDay(f) {
		wrong = w.yearsApart(fi)
	}
	if len(wrong) < 2 {
		return false
	}
	subj := w.phrase(c.subject, c.firstIsStart)
	c.rest = dropTimeOfDay(c.rest)
	var prompt string
	lead := boundLead(c.prep)
	if c.present {
		prompt = lead + " does " + subj + " " + c.base + spaced(c.rest) + "?"
	} else if c.base == "" {
		prompt = lead + " " + strings.ToLower(c.verb[0].text) + " " + subj + " " + c.verb[1].text + spaced(c.rest) + "?"
	} else {
		prompt = lead + " did " + subj + " " + c.base + spaced(c.rest) + "?"
	}
	right := f.d.text()
	right, wrong = betweenChoices(c.prep, right, wrong) // daterange.go
	q := quiz.Question{Type: quiz.Single, Prompt: prompt, Choices: w.dateChoices(right, wrong),
		Explanation: "The article dates this to " + right + "."}
	return w.add(fi, q, right, wrong, slug(headWord(c.subject)+" "+c.verb[0].text))
}

func (w *writer) dateTF(fi int) bool {
	f := w.facts[fi]
	c, ok := w.askedClause(f)
	// "should be made by 13 August" is no false deadline when the
	// article's is 30 July: what is done by then is done by August too.
	if !ok || w.sharedBirthDay(f) || c.prep == "by" {
		return false
	}
	wrong := w.dateDistractors(fi)
	if len(wrong) == 0 {
		return false
	}
	right := f.d.text()
	truth := parity(f) == 0
	stated := right
	if !truth {
		// A near date makes a better false statement than a far one.
		stated = wrong[len(wrong)-1]
	}
	if f.d.of {
		stated = "the " + stated // "on the 28th of June 1919"
	}
	st := "According to the article, " + w.phrase(c.subject, c.firstIsStart) + spaced(c.verb) + spaced(c.rest) + " " + c.prep + " " + stated + "."
	q := quiz.Question{Type: quiz.TrueFalse, Truth: truth, Prompt: st, Explanation: "The article dates this to " + right + "."}
	var ws []string
	if !truth {
		ws = []string{stated}
	}
	return w.add(fi, q, strconv.FormatBool(truth), ws, "tf-"+slug(headWord(c.subject)+" "+c.verb[0].text))
}

// dateBlank asks to fill the date into its own sentence.
func (w *writer) dateBlank(fi int) bool {
	f := w.facts[fi]
	if wordCount(f.Sentence) > 60 || !w.standsAlone(f.sent) || strings.ContainsAny(f.Sentence, "[]") || inFirstOrSecondPerson(w.sents[f.sent].toks) {
		return false
	}
	wrong := w.dateDistractors(fi)
	if len(wrong) < 2 || thinSpanChoices(f.d, wrong) { // datepredicates.go
		return false
	}
	right := f.d.text()
	// The fact text and the written date agree except for spacing.
	if normalize(right) != normalize(f.Text) || w.listedWithDate(fi) {
		return false
	}
	// "Sunday, February 19, 2017: A rocket lifted off …": a date as a
	// label before a colon is no part of the sentence to complete.
	if toks := w.sents[f.sent].toks; w.dateRange(fi) || f.d.end < len(toks) && toks[f.d.end].text == ":" {
		return false
	}
	prompt := "Fill in the blank: " + blankOut(f)
	q := quiz.Question{Type: quiz.Single, Prompt: prompt, Choices: w.dateChoices(right, wrong),
		Explanation: "The article dates this to " + f.Text + "."}
	return w.add(fi, q, right, wrong, slug(firstWords(f.Event, 3)))
}

// listedWithDate reports a date joined to another by "and" or "to"
// ("lifted the trophy in _____ and 2023"): the other date bounds the
// answer, so near dates beyond it are no real choices.
func (w *writer) listedWithDate(fi int) bool {
	f := &w.facts[fi]
	for gi := range w.facts {
		g := &w.facts[gi] // by pointer: a Fact is large (speed19c)
		if g.Kind != Date || g.sent != f.sent || g.Start == f.Start {
			continue
		}
		var gap string
		switch {
		case g.Start >= f.End:
			gap = w.text[f.End:g.Start]
		case g.End <= f.Start:
			gap = w.text[g.End:f.Start]
		default:
			continue
		}
		switch strings.TrimSpace(gap) {
		case "and", "to", "or", "-", "–", ",":
			return true
		}
	}
	return false
}

// runTogetherDates reports a year run into a month ("Jul–Aug, 1945 May 8
// is declared V-E Day"): a timeline's date cell before its row's text,
// which a copy or a blank would make one date.
func runTogetherDates(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].cap() && monthIndex[toks[i].lower()] > 0 && yearNumber(toks[i-1]) > 0 {
			return true
		}
	}
	return false
}

// standsAlone reports whether a sentence can be copied into a question
// and still be understood: it does not open on a pronoun that needs the
// sentence before ("They needed a penalty shoot-out …", "It made him …")
// and is not the middle of a quotation.
func (w *writer) standsAloneRead(si int) bool {
	s := w.sents[si]
	first := s.firstWord()
	if first < 0 {
		return false
	}
	// A list item or a line ending on a colon is no sentence to complete.
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(w.text[s.start:s.end]))
	if !strings.ContainsRune(".!?”\"’'", last) {
		return false
	}
	timeOfArticle := first+1 < len(s.toks) && timeNouns[s.toks[first+1].lower()] && s.toks[first].is("this")
	if (s.toks[first].is("he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "such", "his", "her", "its", "their", "our") || contractedPronoun(s.toks[first].lower())) && !timeOfArticle &&
		!emptyIt(s.toks[first:]) {
		return false
	}
	if inQuote(s.toks, first) || opensOnDateline(s) || subjectless(s) || frontedPronoun(s.toks, first) || frontedIt(s.toks, first) || unopenedQuote(s.toks) || resolvedCommaSplice(s.toks, first) || anaphoricOpening(s.toks, first) || conjunctionPronoun(s.toks, first) || openingClausePronouns(s.toks, first) || w.quotedSentence(si) {
		return false
	}
	// "(1337–1453) Intermittent armed conflict between …": an entry's
	// line after its heading, the heading (what it is about) left behind;
	// or a timeline's row run into its date cell.
	if s.toks[0].text == "(" || runTogetherDates(s.toks) || pageReference(s.toks) {
		return false
	}
	// "Fought 1779, when a British force …": a participle opening the
	// sentence needs the subject of the clause after its comma; a
	// dictionary's entry gives none (the battle is its heading).
	if s.toks[first].cap() && participleBase(s.toks[first].text) != "" {
		k := first + 1
		for k < len(s.toks) && s.toks[k].text != "," {
			k++
		}
		if k+1 >= len(s.toks) || objectEnds[s.toks[k+1].lower()] || s.toks[k+1].is("and", "as") || strings.HasSuffix(s.toks[k+1].text, "ing") {
			return false
		}
	}
	// "English poet, born at Rugby on …, and educated at …": an entry's
	// description before a participle, with no verb of its own, names no
	// one (the poet is the entry's heading).
	if k := first + 1; k < len(s.toks) {
		for k < len(s.toks) && k-first <= 4 && s.toks[k].isWord() && pastVerbs[s.toks[k].lower()] == "" && !auxiliaries[s.toks[k].lower()] {
			k++
		}
		if k+1 < len(s.toks) && s.toks[k].text == "," && (isParticiple(s.toks[k+1].lower()) || s.toks[k+1].is("born")) {
			aux := false
			for _, t := range s.toks {
				aux = aux || auxiliaries[t.text] // lower case: not the month "May"
			}
			if !aux {
				return false
			}
		}
	}
	// "The Serbian's two goals", "The 29-year-old said": a person named
	// before, by nationality or age.
	if first+1 < len(s.toks) && s.toks[first].is("the") {
		n := s.toks[first+1]
		verbNext := first+2 < len(s.toks) && (pastVerbs[s.toks[first+2].lower()] != "" || auxiliaries[s.toks[first+2].lower()])
		if _, ok := nationalities[n.text]; ok && (n.poss || verbNext) || strings.HasSuffix(n.lower(), "-year-old") {
			return false
		}
	}
	return pointsBack(s.toks[first:]) < 0 && relativeSpan(s.toks[first:]) < 0 // relativespan.go
}

// pageReference reports a page number ("p. 7", "pp. 12"): the line cites
// a newspaper or a book ("1919, The Advertiser, 30 June, p. 7."), it is
// no sentence of the story.
func pageReference(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].is("p", "pp") && !toks[i].cap() && toks[i+1].text == "." && toks[i+2].text != "" && toks[i+2].text[0] >= '0' && toks[i+2].text[0] <= '9' {
			return true
		}
	}
	return false
}

// emptyIt reports an "it" that stands for nothing but the clause after
// "that" ("It is estimated that 400 homes …"): the sentence reads alone.
func emptyIt(toks []token) bool {
	if len(toks) < 4 || !toks[0].is("it") || !toks[1].is("is", "was") || !toks[3].is("that") {
		return false
	}
	l := toks[2].lower()
	return !toks[2].cap() && (strings.HasSuffix(l, "ed") || isParticiple(l) || l == "clear" || l == "likely" || l == "possible")
}

// pointsBack returns the index of a demonstrative that needs the sentence
// before ("… prices in that range", "these hospitals", "the same
// day"), or -1. A demonstrative of time ("this year", "that night")
// reads alone; "that" is a demonstrative only after a preposition ("in
// that range"), elsewhere it may join a clause ("said that prices …").
func pointsBack(toks []token) int {
	if i := comparisonBack(toks); i >= 0 {
		return i // comparisonback.go
	}
	for i := 0; i+1 < len(toks); i++ {
		t, next := toks[i], toks[i+1]
		if t.punct || next.punct || len(t.text) < 4 || !t.is("these", "those", "such", "this", "that", "same", "latter", "aforementioned") {
			continue
		}
		if t.is("this") && timeNouns[next.lower()] || inQuote(toks, i) {
			continue
		}
		switch {
		case t.is("these", "those", "such"):
		case t.is("this") && !next.cap():
		case t.is("that") && i > 0 && (prepositions[toks[i-1].lower()] || toks[i-1].is("of")):
		case t.is("same", "latter", "aforementioned") && i > 0 && toks[i-1].is("the"):
		default:
			continue
		}
		if next.is("of", "and", "is", "was", "are", "were", "will", "would", "has", "have", "had", "to", "in", "as", "who", "which", "that") {
			continue // a pronoun, not a determiner: "these are", "those of"
		}
		return i
	}
	return -1
}

// timeNouns are what a demonstrative of time points to: the article's own
// time ("this year"), which the learner reads alone.
var timeNouns = map[string]bool{
	"year": true, "week": true, "month": true, "day": true, "morning": true, "afternoon": true,
	"evening": true, "night": true, "weekend": true, "season": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "fall": true, "time": true, "century": true, "decade": true,
	"term": true, "year's": true, "week's": true, "season's": true, "point": true, "stage": true,
}

func blankOut(f Fact) string {
	a, b := f.Start-f.SentenceStart, f.End-f.SentenceStart
	return unpairedCloseDropped(f.Sentence[:a] + blank + f.Sentence[b:])
}

// unpairedCloseDropped drops a closing quote mark that ends a sentence
// without an opening one ("… putting the animosity on pause.\""): a
// quotation's last sentence copied alone would read as a quotation
// without its start.
func unpairedCloseDropped(s string) string {
	switch {
	case strings.HasSuffix(s, "\"") && strings.Count(s, "\"") == 1:
		return strings.TrimSuffix(s, "\"")
	case strings.HasSuffix(s, "”") && !strings.Contains(s, "“"):
		return strings.TrimSuffix(s, "”")
	}
	return s
}

// dateChoicesKeyed lists the choices in time order, which reads naturally
// and reveals nothing (the app shuffles them anyway). keys holds the
// order key of each date read before (datekeys.go) and takes the new ones.
func dateChoicesKeyed(keys map[string]int, right string, wrong []string) []quiz.Choice {
	all := append([]string{right}, wrong...)
	var toks []token // one slice for every choice's tokens
	key := func(s string) int {
		toks = tokenizeInto(toks, s)
		ds := findDates(toks)
		if len(ds) == 0 {
			// Bare months and years are found only after a preposition.
			toks = tokenizeInto(toks, "in "+s)
			ds = findDates(toks)
		}
		if len(ds) == 0 {
			return 0
		}
		e := ds[0]
		return e.year*10000 + e.month*100 + e.day + seasonOrder(e.season)
	}
	// A key tokenizes its date: read once, not at every comparison.
	for _, s := range all {
		if _, ok := keys[s]; !ok {
			keys[s] = key(s)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return keys[all[i]] < keys[all[j]] })
	return choices(right, nil, all)
}

func seasonOrder(s string) int {
	switch s {
	case "winter":
		return 1
	case "spring":
		return 2
	case "summer":
		return 3
	case "autumn", "fall":
		return 4
	}
	return 0
}

// ---- counts ----

// countClause analyses "Three ceasefire agreements have been negotiated so
// far" (the count is the subject) and "Russia deployed 60,000 troops to
// the border" (the count is the object of a known verb).
func (w *writer) countClause(f Fact) (c clause, subjectForm bool, ok bool) {
	// Read once per count (howMany, countTF and the fill-in ask it of
	// the same fact), as dateClause is.
	key := countClauseKey{f.sent, f.Start, f.End, f.Number, f.Noun, f.c}
	toks := w.sents[f.sent].toks
	if r, seen := w.countClauses[key]; seen && sameSlice(r.toks, toks) {
		return r.c, r.subjectForm, r.ok
	}
	c, subjectForm, ok = w.readCountClause(f)
	if w.countClauses == nil {
		w.countClauses = map[countClauseKey]countClauseRead{}
	}
	w.countClauses[key] = countClauseRead{toks, c, subjectForm, ok}
	return c, subjectForm, ok
}

// countClauseKey is what countClause reads of a fact; countClauseRead
// its answer and the sentence's tokens it was read from.
type countClauseKey struct {
	sent, start, end, number int
	noun                     string
	c                        count
}

type countClauseRead struct {
	toks            []token
	c               clause
	subjectForm, ok bool
}

// readCountClause is countClause, read anew.
func (w *writer) readCountClause(f Fact) (c clause, subjectForm bool, ok bool) {
	defer w.withReferent(f.sent)()
	s := w.sents[f.sent]
	toks := s.toks
	// "The number of people waiting … rose from 50,397 in April to
	// 55,955 at the end of May": "How many people waiting … were there at
	// the end of May?". Without its time ("the death toll was at 56") the
	// figure could be any day's, and is not asked.
	if f.c.tally {
		tail := toks[f.c.end:clauseEnd(toks, f.c.end)]
		ok := f.c.subject[1] > 0 && len(tail) > 0 && len(tail) <= 6 && tail[0].is("in", "at", "on", "this", "last", "by", "during") &&
			(!slices.ContainsFunc(tail, isNumberWord) || len(findDates(tail)) > 0) && completeClause(toks, f.c.end+len(tail))
		return clause{existential: "were there", rest: tail}, false, ok
	}
	cs := clauseStart(toks, f.c.start)
	// "about 40 families" is asked "About how many families …?", "more
	// than 5,000 people" "More than how many people …?"; "up to" and
	// "fewer than" give no number to answer.
	if f.c.qualifier != "" && qualifierLead(f.c.qualifier) == "" && f.c.qualifier != "as many as" {
		return clause{}, false, false
	} else if c, subj, ok := w.countCoordClause(f); ok {
		return c, subj, true
	} else if f.c.byVerb { // impliedcount.go: asked by bareVerbClause only
		return clause{}, false, false
	}
	start := f.c.qualifiedStart()
	// "As many as 147 patients": the figure itself, asked plainly.
	if f.c.qualifier == "" && start >= 3 && toks[start-3].is("as") && toks[start-2].is("many") && toks[start-1].is("as") {
		start -= 3
	}
	// "has signed a total of 548 bills", "unearthed a collection of 50
	// cones": the count is the verb's object.
	if start >= 3 && toks[start-3].is("a") && toks[start-2].is("total", "collection", "group", "series") && toks[start-1].is("of") && f.c.qualifier == "" {
		start -= 3
	}
	cs = countStart(toks, cs, start)
	// "… died in Karnataka and 26 were killed in Andhra Pradesh": a count
	// whose noun is implied is the subject of its own clause.
	if f.c.implied && !f.c.compound && start > cs && toks[start-1].is("and", "says", "said") {
		cs = start
	}
	if c, ok := w.coordinatedCount(f); ok {
		return c, true, true
	}
	if c, ok := existentialCount(f, toks, cs, start); ok {
		return c, false, true
	}
	// "from January to April 20, weather-related disasters killed 60
	// people": without its time frame the count is another (the floods'
	// 129), so the question is not asked.
	if cs >= 2 && toks[cs-1].text == "," {
		fs := clauseStart(toks, cs-1)
		if fs < cs-1 && toks[fs].is("from", "between", "since", "during", "over", "until", "through") && len(findDates(toks[fs:cs-1])) > 0 {
			return clause{}, false, false
		}
	}
	// The count as the verb's object: its own words, checked with the
	// rest of the clause.
	own := toks[start:f.c.end]
	restFrom, pairFirst := f.c.end, false
	// "had recorded 1,146 cases and 203 deaths since January": each of two
	// counts joined as one object is asked without the other, the second
	// with the verb before the first.
	if g, second, after, ok := w.joinedObject(f); ok {
		gStart := g.c.qualifiedStart()
		if second {
			if gcs := countStart(toks, clauseStart(toks, gStart), gStart); gcs < gStart {
				restFrom, start, cs = after, gStart, gcs
			}
		} else if cs < start {
			restFrom, pairFirst = after, true
		}
	}
	end := clauseEnd(toks, restFrom)
	// "across Nigeria, Benin and Togo": a list of names is one phrase.
	for end < len(toks) && toks[end].text == "," && listComma(toks, end) {
		end = clauseEnd(toks, end+1)
	}
	// "to Bozeman, Montana, for a ski trip": a town's state or country
	// after its comma is part of the phrase.
	for end < len(toks) && toks[end].text == "," {
		e := placeAfterComma(toks, end)
		if e < 0 {
			break
		}
		end = e
		if e < len(toks) && toks[e].text == "," {
			end = clauseEnd(toks, e+1)
		}
	}
	rest := gappedFigureCut(toks[restFrom:end])
	// "41,000 employees and 58 plants in 17 countries": a phrase after the
	// second may be its own; only a time frame opening it is the verb's.
	if pairFirst && len(rest) > 0 && !opensOnTime(rest) {
		rest = nil
	}
	// "five people -- three women and two children -- were killed": the
	// parts between dashes are left out.
	if k := f.c.end; cs == start && k < len(toks) && asideDash(toks[k]) {
		for k < len(toks) && asideDash(toks[k]) {
			k++
		}
		// A list of names may fill the aside ("— the United States, China
		// and India —"): a capitalised word is no verb.
		for j := k; j < len(toks) && j <= k+16 && (toks[j].cap() || !auxiliaries[toks[j].lower()] && pastVerbs[toks[j].lower()] == ""); j++ {
			if asideDash(toks[j]) {
				for j < len(toks) && asideDash(toks[j]) {
					j++
				}
				end = clauseEnd(toks, j)
				rest = toks[j:end]
				break
			}
		}
	}
	// "57 cases under treatment: 20 at …": the list after a colon
	// leaves the clause whole.
	closed := end < len(toks) && toks[end].text == ":"
	if dateTail(toks, end) {
		// ", from January 1 to March 1.": the frame is asked with the count.
		e := clauseEnd(toks, end+1)
		rest, end = append(append([]token{}, rest...), toks[end+1:e]...), e
	}
	// A quotation is the speaker's view, but for a count that opens its
	// clause, or is what "the …" shows, with no "we", "our" or "you" in it
	// ("“So far, 38 bodies have been found in Odisha,” he said").
	if inQuote(toks, f.c.start) && (cs != start && !(toks[cs].is("the") && presentStates[toks[start-1].lower()] != "") || slices.ContainsFunc(toks[cs:end], func(t token) bool { return t.is("we", "our", "us", "i", "my", "me", "you", "your") })) {
		return clause{}, false, false
	}
	// "12 men walked on the Moon, the last of them …": an appositive
	// after the clause leaves it whole.
	appositive := end+1 < len(toks) && toks[end].text == "," && toks[end+1].is("the", "a", "an", "its", "their", "his", "her", "most", "many", "some", "all")
	// "finished with 27 medals, 12 of them gold,": a count after a
	// preposition ends its clause at the comma.
	prepForm := start-1 > cs && countPreps[toks[start-1].lower()] && len(rest) == 0
	// "had opened 14 new treatment centres and deployed 300 …": the
	// first verb's object ends at the second verb, a complete clause.
	verbList := false
	if cs != start {
		if j := verbListCut(rest); j >= 0 {
			rest, verbList = rest[:j], true
		}
	}
	// "made three stops in California but officials gave no details":
	// the clause after the conjunction has its own subject and verb, and
	// is no part of the count's question.
	if j := newClauseCut(rest); j >= 0 {
		rest, verbList = rest[:j], true
	}
	// "Matthew, which killed at least 26 people and damaged …, was": the
	// count is the object of a relative clause on the noun before it.
	if cs > 0 && toks[cs-1].text == "," && toks[cs].is("which", "who") && start == cs+2 && pastVerbs[toks[cs+1].lower()] != "" {
		if !verbList && !clauseClosed(toks, end) {
			return clause{}, false, false
		}
		return w.relativeCountClause(f, toks, cs, own, rest)
	}
	if cs == start && len(rest) == 0 && end+1 < len(toks) && toks[end].text == "," {
		// "About 700 investors, mainly shareholders from abroad, attended
		// the meeting": the appositive after the count is left out.
		if k := appositiveEnd(toks, end+1); k > 0 {
			e := clauseEnd(toks, k)
			if completeClause(toks, e) {
				rest, end = toks[k:e], e
			}
		}
	} else if cs == start && len(rest) >= 2 && len(rest) <= 5 && rest[0].is("of") && !hasVerb(rest) && end+1 < len(toks) && toks[end].text == "," {
		// "Three members of Team USA, led by Sara Hall, competed in the
		// marathon": the noun's phrase is kept, the appositive left out,
		// and the verb after it is known to be the subject's.
		if k := participleAsideEnd(toks, end+1); k > 0 {
			e := clauseEnd(toks, k)
			tail := subjectRestCut(toks[k:e])
			if completeClause(toks, e) && len(tail) <= 12 && !elided(tail) && !pointsBackIn(tail) {
				return clause{rest: append(append([]token{}, rest...), tail...)}, true, true
			}
		}
	}
	// "…, three of whom were hurt", "…, four of them fatal": an aside on
	// a part of the count leaves the clause whole.
	aside := end+3 < len(toks) && toks[end].text == "," && toks[end+2].is("of") && toks[end+3].is("whom", "them", "which")
	// "Two attempts failed last year, one after a fuel leak and the other
	// …": the aside shares out the counted things one by one.
	aside = aside || cs == start && end+2 < len(toks) && toks[end].text == "," && toks[end+1].is("one", "each", "both") && !toks[end+2].punct
	if !completeClause(toks, end) && !(cs == start && appositive) && !prepForm && !verbList && !aside && !closed {
		return clause{}, false, false
	}
	if cs == start {
		rest = subjectRestCut(rest)
		// "At least 650 residents were chased from their homes as the blaze
		// raged in hills …": what happened while is left out when the verb
		// has its own phrase.
		phrase := false
		for j := 1; j < len(rest); j++ {
			if rest[j].is("as") && phrase && j+1 < len(rest) && rest[j+1].is("the", "a", "an", "its", "their") || rest[j].is("even") && phrase && j+1 < len(rest) && rest[j+1].is("as", "though") {
				rest = rest[:j]
				break
			}
			phrase = phrase || prepositions[rest[j].lower()] && !rest[j].is("as")
		}
		if len(rest) == 0 || len(rest) > 20 {
			return clause{}, false, false
		}
		// "About 40 homes in the village of Concow were destroyed after
		// winds blew embers …": the place is kept, the verb is found after
		// it, and a time clause after the verb is cut.
		if prepositions[rest[0].lower()] || rest[0].is("of") {
			vi := -1
			for j := 1; j < len(rest) && j <= 10; j++ {
				if t := rest[j]; auxiliaries[t.lower()] || !t.cap() && pastVerbs[t.lower()] != "" && !isParticiple(t.lower()) {
					vi = j
					break
				}
			}
			if vi < 0 {
				vi = prepSubjectVerb(rest)
			}
			if vi < 0 {
				return clause{}, false, false
			}
			for j := vi + 1; j < len(rest); j++ {
				if (subordinators[rest[j].lower()] || rest[j].is("after", "before", "as")) && !sameAs(rest, j) {
					rest = rest[:j]
					break
				}
			}
			c := clause{rest: rest}
			if elided(rest) || hasVerb(rest[:vi]) {
				return clause{}, false, false
			}
			return c, true, true
		}
		// "had died at it", "were killed there": the question would need
		// the sentence before.
		for _, t := range rest {
			if t.is("it", "them", "him", "this", "these", "those", "there") {
				return clause{}, false, false
			}
		}
		// "393 people who were named as contacts were being followed up":
		// the relative clause says which people and stays in the question.
		if rest[0].is("who", "that") && len(rest) > 3 && (auxiliaries[rest[1].lower()] || pastVerbs[rest[1].lower()] != "") {
			for j := 2; j < len(rest) && j <= 10 && !rest[j].punct; j++ {
				if rest[j].is("were", "was", "have", "has", "had") && !auxiliaries[rest[j-1].lower()] {
					if elided(rest) || hasVerb(rest[j:]) {
						break
					}
					return clause{rest: rest}, true, true
				}
			}
		}
		// The subject's verb follows: an auxiliary, a known verb or a
		// regular past ("were evacuated", "sank", "arrived").
		v := rest[0]
		if !(auxiliaries[v.lower()] || pastVerbs[v.lower()] != "" || !v.cap() && strings.HasSuffix(v.lower(), "ed")) {
			return clause{}, false, false
		}
		c := clause{rest: rest}
		if elided(rest) {
			return clause{}, false, false
		}
		return c, true, true
	}
	// Object form: subject, [had|has|have] known past verb, the count.
	v := start - 1
	// "The party won only 52 seats": the adverb is no part of the question.
	if v-1 > cs && toks[v].is("only", "just") && pastVerbs[toks[v-1].lower()] != "" {
		v--
	}
	if v > cs && countPreps[toks[v].lower()] {
		return w.prepCountClause(f, toks, cs, v, rest)
	}
	// "The Kestrel Fire started on Monday, and within hours destroyed 12
	// homes": the second verb's subject is the sentence's own; the
	// adverbial before it goes after the object.
	and := cs
	if cs > 0 && toks[cs-1].is("and") {
		and = cs - 1
	}
	if v > and+1 && and >= 2 && toks[and].is("and") && toks[and-1].text == "," && pastVerbs[toks[v].lower()] != "" && len(rest) <= 8 {
		adv := toks[and+1 : v]
		first := s.firstWord()
		v1 := -1
		for k := first + 1; k < and-1 && k <= first+6 && toks[k].isWord(); k++ {
			if pastVerbs[toks[k].lower()] != "" && !toks[k].cap() {
				v1 = k
				break
			}
		}
		if v1 > first && len(adv) <= 3 && prepositions[adv[0].lower()] && !hasVerb(adv) && !hasVerb(rest) && (toks[first].is("the") || toks[first].cap()) {
			c := clause{subject: toks[first:v1], verb: toks[v : v+1], base: pastVerbs[toks[v].lower()],
				rest: append(append([]token{}, rest...), adv...), firstIsStart: true}
			whole := c
			whole.rest, whole.count = withRest(own, rest), true
			if whole.ok() {
				return c, false, true
			}
		}
	}
	if v > cs && pastVerbs[toks[v].lower()] != "" {
		// "The devastation comes after a separate wildfire destroyed at
		// least 81 homes": the count's clause starts after "after".
		for k := v - 2; k > cs; k-- {
			if toks[k].is("after", "when", "because", "while", "although", "since", "before") && !toks[k+1].cap() || toks[k].is("after", "when", "because", "while") && toks[k+1].cap() {
				if toks[k+1].is("a", "an", "the", "its", "their") || toks[k+1].cap() || bareNounPhrase(toks[k+1:v]) {
					cs = k + 1
				}
				break
			}
		}
		// "pushed four astronauts into orbit before a scheduled dock with
		// the station (ISS)": what follows "before" is left out.
		for j := 2; j < len(rest); j++ {
			if rest[j].is("before", "after", "while", "because", "until", "when", "following") || asideDash(rest[j]) {
				rest = rest[:j]
				break
			}
		}
	}
	// "their manager, Gareth Pryce, made three changes": a name set off by
	// commas just before the verb is its subject.
	if v == cs && cs > 2 && toks[cs-1].text == "," {
		ns := clauseStart(toks, cs-1)
		if ns > 0 && toks[ns-1].text == "," && cs-1-ns >= 2 && cs-1-ns <= 4 && allCapitalised(toks[ns:cs-1]) {
			return w.appositiveCountClause(f, toks, ns, cs-1, v, rest)
		}
	}
	// "China, the host nation, won four medals": the subject is the
	// sentence's opening before the appositive.
	if first := s.firstWord(); v == cs && cs > first+1 && toks[cs-1].text == "," {
		k := first
		for k < cs-1 && toks[k].text != "," {
			k++
		}
		// "Pfizer, founded in 1849, employs": a participle's phrase too.
		founded := k+2 < cs-1 && isParticiple(toks[k+1].lower()) && !toks[k+1].cap() && plainAppositive(toks[k+2:cs-1]) && allCapitalised(toks[first:k])
		if k > first && k < cs-1 && (founded || toks[k+1].is("the", "a", "an", "its", "their") && plainAppositive(toks[k+1:cs-1])) {
			return w.appositiveCountClause(f, toks, first, k, v, rest)
		}
	}
	// "The council will buy 3 million doses": "How many doses will the
	// council buy?". What follows an infinitive or a time clause is left out.
	// "will have 41,000 employees": "have" is no news verb of the table
	// (its past is the auxiliary), but its future is plain.
	if v-1 > cs && toks[v-1].is("will") && (baseVerbs()[toks[v].lower()] || toks[v].is("have")) && !toks[v].cap() {
		for j := 0; j < len(rest); j++ {
			if rest[j].is("to") && j+1 < len(rest) && baseVerbs()[rest[j+1].lower()] || subordinators[rest[j].lower()] || rest[j].is("until", "by") || asideDash(rest[j]) {
				rest = rest[:j]
				break
			}
		}
		c = clause{subject: toks[cs : v-1], verb: toks[v-1 : v+1], rest: rest}
		c.subject, cs = objectSubject(toks, c.subject, cs)
		c.firstIsStart = cs == s.firstWord()
		whole := c
		whole.rest, whole.count = withRest(own, rest), true
		if len(rest) > 12 || !whole.ok() || hasVerb(rest) {
			return clause{}, false, false
		}
		return c, false, true
	}
	// "Hospitals were told to open 4,000 extra beds": the count is the
	// infinitive's object, asked with the verb before it ("How many extra
	// beds were hospitals told to open?").
	var passive []token
	if inf, pass, ok := infinitiveObject(toks, cs, v); ok {
		rest = append(append([]token{}, toks[v-1:v+1]...), infinitiveRest(rest)...)
		v, passive = inf, pass
	}
	// "the agency was sending three inspectors": "How many inspectors was
	// the agency sending?"
	prog := v-1 > cs && progressive(toks, v)
	present := presentStates[toks[v].lower()]
	if v <= cs || pastVerbs[toks[v].lower()] == "" && !prog && present == "" || len(rest) > 12 {
		return clause{}, false, false
	}
	c = clause{subject: toks[cs:v], verb: toks[v : v+1], base: pastVerbs[toks[v].lower()], rest: rest}
	if passive != nil {
		c.subject, c.verb, c.base = toks[cs:v-len(passive)], []token{passive[0], {text: joinTokens(append(passive[1:], toks[v]))}}, ""
	} else if present != "" {
		// "Pfizer employs 81,900 people": "How many people does Pfizer
		// employ?", a state the article gives as it stands.
		c.verb = []token{{text: "does"}, {text: present}}
		for n := len(c.subject); n > 1 && perfectAdverbs[c.subject[n-1].lower()]; n-- {
			c.subject = c.subject[:n-1]
		}
	} else if prog {
		c.subject, c.verb, c.base = toks[cs:v-1], toks[v-1:v+1], ""
	} else if v-1 > cs && toks[v-1].is("had", "has", "have") && isParticiple(toks[v].lower()) {
		// "National had won 50 seats": "How many seats had National won?"
		c.subject, c.verb, c.base = toks[cs:v-1], toks[v-1:v+1], ""
	} else if a := v - 1; isParticiple(toks[v].lower()) && a > cs && perfectAdverbs[toks[a].lower()] {
		// "Residents have already filed more than 25,600 claims": the
		// adverbs between the auxiliary and the verb are left out of the
		// question ("… have residents filed?").
		for a > cs && perfectAdverbs[toks[a].lower()] {
			a--
		}
		if a > cs && toks[a].is("had", "has", "have") && v-a <= 3 {
			c.subject, c.verb, c.base = toks[cs:a], []token{toks[a], toks[v]}, ""
		}
	}
	// "The agency also confirmed 12 cases": "… did the agency confirm?".
	for n := len(c.subject); c.base != "" && n > 1 && perfectAdverbs[c.subject[n-1].lower()]; n-- {
		c.subject = c.subject[:n-1]
	}
	subjectStart := cs
	c.subject, subjectStart = objectSubject(toks, c.subject, cs)
	cs = subjectStart
	if np, at := reporterOf(toks, c.subject, cs); np != nil {
		c.subject, cs = np, at
	} else {
		// "Officials said the agency sent 40 staff": the subject follows
		// who said it.
		for k := 0; k+2 < len(c.subject); k++ {
			if c.subject[k].is("said", "says") && (k == 0 || !c.subject[k-1].is("who", "which")) {
				cs, c.subject = cs+k+1, c.subject[k+1:]
				break
			}
		}
	}
	// "The agency on Monday confirmed 19 deaths": the day is left out,
	// unless another figure of the noun may be another day's.
	if n := len(c.subject); n > 2 && weekdays[c.subject[n-1].text] && c.subject[n-2].is("on") {
		day := false
		for _, g := range w.facts {
			day = day || g.Kind == Count && g.Noun == f.Noun && g.Number != f.Number
		}
		if !day {
			c.subject = c.subject[:n-2]
		}
	}
	c.firstIsStart = cs == s.firstWord()
	// The count is the verb's object: checked as part of the rest, so that
	// a verb without more words ("Okafor received 81,200 votes") passes.
	whole := c
	whole.rest, whole.count = withRest(own, rest), true
	if !whole.ok() || hasVerb(rest) {
		return clause{}, false, false
	}
	return c, false, true
}

func (w *writer) howMany(fi int) bool {
	f := w.facts[fi]
	if !recallable(f.Number) || f.c.partitive {
		return false
	}
	if f.c.compound {
		return w.compoundCount(fi)
	}
	// "He was sentenced to 12 years": the person the article makes plain.
	restore := w.withReferent(f.sent)
	term, ok := w.sentenceLength(f)
	if restore(); ok {
		return w.addHowMany(fi, term)
	}
	if prompt, ok := w.convictedCount(f); ok {
		return w.addHowMany(fi, prompt)
	}
	if prompt, ok := w.togetherWithCount(f); ok {
		return w.addHowMany(fi, prompt)
	}
	if prompt, ok := w.stillMissingCount(f); ok {
		return w.addHowMany(fi, prompt)
	}
	if prompt, ok := w.foundGuiltyOfCount(f); ok {
		return w.addHowMany(fi, prompt)
	}
	if prompt, ok := w.resultCount(f); ok && !unconfirmed(w.sents[f.sent].toks) {
		return w.addHowMany(fi, prompt)
	}
	c, subj, ok := w.askableCount(f)
	if !ok {
		return w.setOfOrdinal(fi)
	}
	// "… included 30 round houses and wells": the other object joined to
	// the count is left out ("How many round houses did … include?"); a
	// longer one may carry the place or time, so no question is cut.
	if !subj && len(c.rest) > 0 && c.rest[0].is("and", "or") {
		if len(c.rest) > 3 || slices.ContainsFunc(c.rest, func(t token) bool { return !t.isWord() || prepositions[t.lower()] || unicode.IsDigit(rune(t.text[0])) }) {
			return false
		}
		c.rest = nil
	}
	c.rest = gappedCountCut(c.rest) // gappedcount.go
	// "About 1000 prisoners were taken about 1200 wounded": a second count
	// run on without its comma is no part of the question ("in 12 games",
	// "the 7.2 magnitude earthquake", "more than 52 weeks" are).
	for i, t := range c.rest {
		// "about 1200 wounded" is a count though 1200 could be a year;
		// "around 1850 by settlers" is a year.
		next := i+1 < len(c.rest) && c.rest[i+1].isWord() && !c.rest[i+1].cap() && !prepositions[c.rest[i+1].lower()] && !c.rest[i+1].is("and", "or")
		if unicode.IsDigit(rune(t.text[0])) && (yearNumber(t) == 0 || next) && i > 0 && c.rest[i-1].is("about", "some", "nearly", "around", "almost", "approximately", "roughly") &&
			!(i+1 < len(c.rest) && durations[c.rest[i+1].lower()]) {
			return false
		}
	}
	// "her first major title in nine years", "the worst in 30 years": a
	// span since the last time, which "In how many years …?" misreads.
	if toks := w.sents[f.sent].toks; c.prep == "in" && durations[toks[f.c.nounStart].lower()] {
		for k := max(0, f.c.start-6); k < f.c.start; k++ {
			if l := toks[k].lower(); l == "first" || l == "last" || l == "only" || strings.HasSuffix(l, "est") && len(l) > 4 {
				return false
			}
		}
	}
	// "confirmed 24 new cases of cholera in the state": the noun keeps its
	// own phrase ("How many new cases of cholera did … confirm in the state?").
	noun := f.Noun
	if k := nounPhraseEnd(c.rest, 0); !subj && c.existential == "" && c.prep == "" && k > 0 && !(k < len(c.rest) && c.rest[k].is("and", "or")) {
		noun, c.rest = noun+spaced(c.rest[:k]), c.rest[k:]
	}
	if k := participleModifierEnd(c.verb, c.rest); !subj && c.existential == "" && c.prep == "" && k > 0 {
		noun, c.rest = noun+spaced(c.rest[:k]), c.rest[k:] // countparticiple.go
	}
	if c.firstIsStart && w.loneName(c.subject) {
		c.firstIsStart = false // "How many men had Meade lost?"
	}
	var prompt string
	switch {
	case c.existential != "":
		// "There were 40 people at the hearing": "How many people were at
		// the hearing?"
		prompt = "How many " + f.Noun + " " + c.existential + spaced(c.rest) + "?"
	case strandedPrep(c.prep):
		// "How many counts was Jones convicted of?"
		if c.base == "" {
			prompt = "How many " + f.Noun + " " + strings.ToLower(c.verb[0].text) + " " + w.phrase(c.subject, c.firstIsStart) + " " + c.verb[1].text + spaced(c.rest) + " " + c.prep + "?"
		} else {
			prompt = "How many " + f.Noun + " did " + w.phrase(c.subject, c.firstIsStart) + " " + c.base + spaced(c.rest) + " " + c.prep + "?"
		}
	case c.prep != "":
		// "Into how many sectors was Berlin split?", "With how many
		// medals did the United States finish?"
		how := strings.ToUpper(c.prep[:1]) + c.prep[1:] + " how many " + f.Noun
		if c.base == "" {
			prompt = how + " " + strings.ToLower(c.verb[0].text) + " " + w.phrase(c.subject, c.firstIsStart) + " " + c.verb[1].text + spaced(c.rest) + "?"
		} else {
			prompt = how + " did " + w.phrase(c.subject, c.firstIsStart) + " " + c.base + spaced(c.rest) + "?"
		}
	case subj:
		if objectCount(w.sents[f.sent].toks, f.c.start) { // objectcount.go
			return false
		}
		prompt = "How many " + f.Noun + spaced(c.rest) + "?"
	case c.base == "":
		prompt = "How many " + noun + " " + strings.ToLower(c.verb[0].text) + " " + w.phrase(c.subject, c.firstIsStart) + " " + c.verb[1].text + spaced(c.rest) + "?"
	default:
		prompt = "How many " + noun + " did " + w.phrase(c.subject, c.firstIsStart) + " " + c.base + spaced(c.rest) + "?"
	}
	if lead := qualifierLead(f.c.qualifier); lead != "" {
		if c.prep != "" && !strandedPrep(c.prep) {
			// "With about how many …": keep the preposition first.
			i := strings.Index(prompt, " how many ")
			prompt = prompt[:i] + " " + strings.ToLower(lead) + prompt[i:]
		} else {
			prompt = lead + " h" + prompt[1:]
		}
	}
	// "A total of 172 seats is needed": the total is singular, the
	// question's noun plural ("How many seats are needed …?").
	if subj && c.prep == "" && strings.HasSuffix(f.Noun, "s") && !strings.HasSuffix(f.Noun, "ss") {
		for _, v := range [][2]string{{" is ", " are "}, {" was ", " were "}, {" has ", " have "}} {
			prompt = strings.Replace(prompt, "how many "+f.Noun+v[0], "how many "+f.Noun+v[1], 1)
			prompt = strings.Replace(prompt, "How many "+f.Noun+v[0], "How many "+f.Noun+v[1], 1)
		}
	}
	return w.addHowMany(fi, prompt)
}

// listItemFragment reports a list item that goes on from a colon before
// it ("the companies must: • notify the agency …"): it opens in lower
// case with no subject of its own, so it is no sentence to copy.
func listItemFragment(s sentence) bool {
	first := s.firstWord()
	return first < len(s.toks) && s.toks[first].isWord() && !s.toks[first].cap() && !unicode.IsDigit(rune(s.toks[first].text[0]))
}

// infinitiveObject reads "agreed to sell five brands" and "were told to
// open 4,000 beds" before the count's base verb at toks[v]: it returns the
// past verb's index and, for a passive, its auxiliaries ("were", "have
// been"). "used to" is a habit, not a verb of the story.
func infinitiveObject(toks []token, cs, v int) (verb int, passive []token, ok bool) {
	verb = v - 2
	if verb <= cs || !toks[v-1].is("to") || !baseVerbs()[toks[v].lower()] || toks[v].cap() {
		return 0, nil, false
	}
	past := toks[verb].lower()
	if pastVerbs[past] == "" || toks[verb].cap() || toks[verb].is("used", "said", "had") {
		return 0, nil, false
	}
	a := verb - 1
	switch {
	case a > cs && toks[a].is("was", "were", "is", "are") && isParticiple(past):
		return verb, toks[a:verb], true
	case a-1 > cs && toks[a].is("been") && toks[a-1].is("has", "have", "had") && isParticiple(past):
		return verb, toks[a-1 : verb], true
	case a > cs && (auxiliaries[toks[a].lower()] || toks[a].is("been")):
		return 0, nil, false
	}
	return verb, nil, true
}

// infinitiveRest cuts a second infinitive joined to the first ("before
// Christmas and to stop holding patients …"): it is another aim.
func infinitiveRest(rest []token) []token {
	for j := 0; j+1 < len(rest); j++ {
		if rest[j].is("and", "or") && rest[j+1].is("to") {
			return rest[:j]
		}
	}
	return rest
}

// bareNounPhrase reports a plural subject without an article ("twin
// earthquakes" of "after twin earthquakes killed …"): two words in lower
// case, the second a plural, neither a verb, a preposition or a pronoun.
func bareNounPhrase(ts []token) bool {
	for _, t := range ts {
		if l := t.lower(); !t.isWord() || t.cap() || nounStops[l] || pronouns[l] || pastVerbs[l] != "" || strings.HasSuffix(l, "ing") {
			return false
		}
	}
	return len(ts) == 2 && strings.HasSuffix(ts[1].lower(), "s")
}

// participleAsideEnd returns the index after the comma closing an aside
// opened by a participle at toks[k] ("led by Sara Hall,", "mainly from
// abroad,") when a verb follows it, or -1.
func participleAsideEnd(toks []token, k int) int {
	if k < len(toks) && !toks[k].cap() && (isParticiple(toks[k].lower()) || strings.HasSuffix(toks[k].lower(), "ed")) {
		for j := k + 1; j+1 < len(toks) && j <= k+8; j++ {
			if toks[j].text == "," {
				v := toks[j+1]
				if !v.cap() && (auxiliaries[v.lower()] || pastVerbs[v.lower()] != "" || strings.HasSuffix(v.lower(), "ed")) && !v.is("said", "says") {
					return j + 1
				}
				return -1
			}
			if toks[j].punct && toks[j].text != "." {
				return -1
			}
		}
		return -1
	}
	return appositiveEnd(toks, k)
}

// pointsBackIn reports a word of ts that needs the sentence before: "it",
// "them", "there", or "that country".
func pointsBackIn(ts []token) bool {
	for i, t := range ts {
		// "this year" says when, as the page's date does.
		if t.is("this") && i+1 < len(ts) && ts[i+1].is("year", "month", "week", "season", "morning", "afternoon", "evening") {
			continue
		}
		if t.is("it", "them", "him", "this", "these", "those", "there") {
			return true
		}
		if t.is("that") && i > 0 && prepositions[ts[i-1].lower()] {
			return true
		}
	}
	return false
}

// existentialCount reads "There are 146 laboratory results pending" and
// "There were 40 people at the hearing": the count is asked with the
// verb and what follows ("How many laboratory results are pending?").
// Without what follows the question would need the sentence before.
func existentialCount(f Fact, toks []token, cs, start int) (clause, bool) {
	// "Mr. Dunn says there are …": the reporter is left out.
	if start >= 3 && cs < start-2 && toks[start-3].is("says", "said", "that") {
		cs = start - 2
	}
	if start < 2 || cs != start-2 || !toks[cs].is("there") || !toks[start-1].is("are", "were", "is", "was") {
		return clause{}, false
	}
	end := clauseEnd(toks, f.c.end)
	rest := subjectRestCut(toks[f.c.end:end])
	if !completeClause(toks, end) && toks[end].text != ":" || len(rest) == 0 || len(rest) > 12 || pointsBackIn(rest) || elided(rest) || inQuote(toks, f.c.start) {
		return clause{}, false
	}
	for i, t := range rest {
		// "pending", "injured", "in the building": no second verb.
		if auxiliaries[t.lower()] || t.is("said", "says", "that", "which", "who") || i > 0 && pastVerbs[t.lower()] != "" && !isParticiple(t.lower()) {
			return clause{}, false
		}
	}
	verb := "are"
	if toks[start-1].is("were", "was") {
		verb = "were"
	}
	return clause{existential: verb, rest: rest, count: true}, true
}

// coordinatedCount reads two counts joined by "and" as the subject of one
// verb: "A total of 118 dengue cases and 37 malaria cases have been
// recorded in the district" asks each ("How many malaria cases have been
// recorded in the district?"), a noun's own phrase kept ("12 cases of
// dengue and three cases of malaria were recorded").
func (w *writer) coordinatedCount(f Fact) (clause, bool) {
	toks := w.sents[f.sent].toks
	// In a list of three or more, the last two alone are no subject
	// ("Crews from 12 towns, 40 farms and 3 mines joined").
	if verb, list := w.countListVerb(f); list {
		if verb < 0 {
			return clause{}, false
		}
		return w.coordinatedClause(f, verb)
	}
	for gi := range w.facts {
		g := &w.facts[gi] // by pointer: a Fact is large (speed19c)
		if g.Kind != Count || g.sent != f.sent || g.Start == f.Start {
			continue
		}
		a, b := f, *g
		if g.Start < f.Start {
			a, b = *g, f
		}
		verb, ok := joinedCounts(toks, a, b)
		if !ok {
			continue
		}
		if inQuote(toks, a.c.start) {
			return clause{}, false
		}
		return w.coordinatedClause(f, verb)
	}
	return clause{}, false
}

// countListVerb reads a list of three or more counts as the subject of
// one verb ("A total of 2,665 firefighters, 274 engines, 18 helicopters
// and 56 water tenders are being used …") and returns the index of the
// verb, the list opening its clause, or -1; list says whether f is in
// such a list at all.
func (w *writer) countListVerb(f Fact) (verb int, list bool) {
	toks := w.sents[f.sent].toks
	n := 0
	for i := range w.facts {
		if g := &w.facts[i]; g.Kind == Count && g.sent == f.sent && !g.c.compound && !g.c.partitive {
			n++
		}
	}
	if n < 3 {
		return -1, false
	}
	counts := make([]Fact, 0, n)
	for _, g := range w.facts {
		if g.Kind == Count && g.sent == f.sent && !g.c.compound && !g.c.partitive {
			counts = append(counts, g)
		}
	}
	sort.Slice(counts, func(i, j int) bool { return counts[i].Start < counts[j].Start })
	// The list runs over counts joined by a comma, the last by "and".
	first, last := -1, -1
	for i := range counts {
		if counts[i].Start == f.Start {
			first, last = i, i
		}
	}
	if first < 0 {
		return -1, false
	}
	joined := func(a, b Fact) string {
		k := nounPhraseEnd(toks, a.c.end)
		if k < len(toks) && toks[k].text == "," && k+1 < len(toks) && toks[k+1].is("and") {
			k++
		}
		if k+1 != b.c.qualifiedStart() || k >= len(toks) {
			return ""
		}
		return toks[k].lower()
	}
	for first > 0 && joined(counts[first-1], counts[first]) != "" {
		first--
	}
	for last+1 < len(counts) && joined(counts[last], counts[last+1]) != "" {
		last++
	}
	if last-first < 2 {
		return -1, false
	}
	for i := first + 1; i < last; i++ {
		if joined(counts[i-1], counts[i]) != "," {
			return -1, true
		}
	}
	if joined(counts[last-1], counts[last]) != "and" {
		return -1, true
	}
	v := nounPhraseEnd(toks, counts[last].c.end)
	if v >= len(toks) || toks[v].cap() || !(auxiliaries[toks[v].lower()] || pastVerbs[toks[v].lower()] != "") || inQuote(toks, v) {
		return -1, true
	}
	a := counts[first]
	aStart := a.c.qualifiedStart()
	if aStart >= 3 && toks[aStart-3].is("a") && toks[aStart-2].is("total") && toks[aStart-1].is("of") {
		aStart -= 3
	}
	// "Crews from 12 towns, 40 farms and 3 mines joined": the head of
	// the subject is no count.
	if countStart(toks, clauseStart(toks, aStart), aStart) != aStart {
		return -1, true
	}
	return v, true
}

// coordinatedClause is the clause of count f, one of the counts joined
// as the subject of the verb at toks[verb].
func (w *writer) coordinatedClause(f Fact, verb int) (clause, bool) {
	toks := w.sents[f.sent].toks
	{
		end := clauseEnd(toks, verb)
		tail := subjectRestCut(toks[verb:end])
		if dateTail(toks, end) && len(tail) == end-verb {
			e := clauseEnd(toks, end+1)
			tail, end = append(append([]token{}, tail...), toks[end+1:e]...), e
		}
		if !completeClause(toks, end) || len(tail) == 0 || len(tail) > 16 || pointsBackIn(tail) || elided(tail) {
			return clause{}, false
		}
		// A time clause after the verb is not part of the fact.
		for j := 1; j < len(tail); j++ {
			if subordinators[tail[j].lower()] || tail[j].is("after", "before", "as") {
				tail = tail[:j]
				break
			}
		}
		rest := append(append([]token{}, toks[f.c.end:nounPhraseEnd(toks, f.c.end)]...), tail...)
		return clause{rest: rest, count: true}, true
	}
}

// dateTail reports a clause cut at toks[end] that is whole but for the
// time frame closing the sentence: ", from January 1 to March 1.".
func dateTail(toks []token, end int) bool {
	if end+2 >= len(toks) || toks[end].text != "," || !toks[end+1].is("from", "between", "since", "until") {
		return false
	}
	e := clauseEnd(toks, end+1)
	return completeClause(toks, e) && !hasVerb(toks[end+1:e]) && len(findDates(toks[end+1:e])) > 0
}

// opensOnTime reports a phrase that opens on a time frame: "since 6
// January …", "in 2023 …".
func opensOnTime(ts []token) bool {
	if ts[0].is("since", "until", "during", "over", "through", "throughout") {
		return true
	}
	ds := findDates(ts)
	return len(ds) > 0 && ds[0].start <= 1
}

// withRest is a count's own words followed by the rest of its clause,
// sliced from the sentence when the rest follows them there (the usual
// case, with no copy).
func withRest(own, rest []token) []token {
	if len(rest) == 0 {
		return own
	}
	if n := len(own); n > 0 && cap(own) > n && &own[:n+1][n] == &rest[0] && cap(own) >= n+len(rest) {
		return own[:n+len(rest)]
	}
	return append(append([]token{}, own...), rest...)
}

// joinedObject finds the count of f's sentence joined to f by "and" as
// one noun phrase that no verb follows ("recorded 1,146 cases and 203
// deaths since …"; joinedCounts reads such a pair before its verb). It
// returns that count, whether f is the second of the two, and the index
// past the pair.
func (w *writer) joinedObject(f Fact) (g Fact, second bool, after int, ok bool) {
	toks := w.sents[f.sent].toks
	for _, g := range w.facts {
		if g.Kind != Count || g.sent != f.sent || g.Start == f.Start {
			continue
		}
		a, b := f, g
		if g.Start < f.Start {
			a, b = g, f
		}
		k := nounPhraseEnd(toks, a.c.end)
		if a.c.compound || b.c.compound || a.c.partitive || b.c.partitive || k >= len(toks) || !toks[k].is("and") ||
			k+1 != b.c.qualifiedStart() {
			continue
		}
		after := nounPhraseEnd(toks, b.c.end)
		if after < len(toks) && !toks[after].cap() && (auxiliaries[toks[after].lower()] || pastVerbs[toks[after].lower()] != "") {
			continue
		}
		return g, b.Start == f.Start, after, true
	}
	return Fact{}, false, 0, false
}

// joinedCounts reports counts a and b joined as one subject ("118 dengue
// cases and 37 malaria cases have …") opening their clause, and returns
// the index of the verb after b.
func joinedCounts(toks []token, a, b Fact) (int, bool) {
	k := nounPhraseEnd(toks, a.c.end)
	if k >= len(toks) || !toks[k].is("and") {
		return 0, false
	}
	k++
	if k < len(toks) && toks[k].is("only", "just") {
		k++
	}
	if k != b.c.qualifiedStart() {
		return 0, false
	}
	v := nounPhraseEnd(toks, b.c.end)
	if v >= len(toks) || toks[v].cap() || !(auxiliaries[toks[v].lower()] || pastVerbs[toks[v].lower()] != "") {
		return 0, false
	}
	aStart := a.c.qualifiedStart()
	if aStart >= 3 && toks[aStart-3].is("a") && toks[aStart-2].is("total") && toks[aStart-1].is("of") {
		aStart -= 3
	}
	if countStart(toks, clauseStart(toks, aStart), aStart) != aStart {
		return 0, false
	}
	return v, true
}

// nounPhraseEnd is past the "of" phrase that may follow a counted noun
// ending at toks[k] ("cases of dengue"): one or two words in lower case.
func nounPhraseEnd(toks []token, k int) int {
	if k+1 >= len(toks) || !toks[k].is("of") {
		return k
	}
	word := func(j int) bool {
		return j < len(toks) && toks[j].isWord() && !toks[j].cap() && !nounStops[toks[j].lower()] &&
			!auxiliaries[toks[j].lower()] && pastVerbs[toks[j].lower()] == ""
	}
	switch {
	case word(k+1) && word(k+2):
		return k + 3
	case word(k + 1):
		return k + 2
	}
	return k
}

// presentStates are the verbs of a state a count is the object of, with
// the form a question asks them in: "employs 81,900 people", "has 40
// stores" (hascount_test.go).
var presentStates = map[string]string{"employs": "employ", "operates": "operate", "owns": "own", "needs": "need", "shows": "show", "has": "have"}

// perfectAdverbs stand between "have" and its participle: "have already
// filed", "has also received".
var perfectAdverbs = map[string]bool{"already": true, "also": true, "now": true, "since": true, "just": true, "recently": true, "previously": true}

// participleVerbs are the participles opening a clause of result after a
// comma, with the passive that asks them: ", killing at least 129 people".
var participleVerbs = map[string]string{"killing": "killed", "injuring": "injured", "wounding": "wounded",
	"destroying": "destroyed", "damaging": "damaged", "displacing": "displaced"}

// agencyDatelineEnd returns the index after a wire dateline opening the
// sentence at toks[first] ("London, May 8 (IANS)", "PARIS, June 2
// (Reuters)"): a place, a comma, a date, and the agency in brackets; -1
// when there is none.
func agencyDatelineEnd(toks []token, first int) int {
	k := first
	for k < len(toks) && k < first+4 && toks[k].cap() {
		k++
	}
	if k == first || k+1 >= len(toks) || toks[k].text != "," {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		if toks[j].text == "(" {
			if j+2 < len(toks) && toks[j+1].cap() && toks[j+2].text == ")" && len(findDates(toks[k+1:j])) == 1 {
				return j + 3
			}
			return -1
		}
	}
	return -1
}

// doerParticiples open a clause after a comma telling what the
// sentence's subject gained, with the verb that asks it: "The party swept
// the vote, winning 326 seats" gives "How many seats did the party win?".
var doerParticiples = map[string]string{"winning": "win", "taking": "take", "claiming": "claim", "securing": "secure",
	"scoring": "score", "earning": "earn", "collecting": "collect", "capturing": "capture", "gaining": "gain"}

// maxResultSubject is how far the event's verb may stand from the
// sentence's start: a subject with its participle phrase ("A small
// plane carrying children on a skiing holiday to the Rocky Mountains
// crashed …") is long, but is one phrase.
const maxResultSubject = 16

// resultCount asks a count in a clause of result after its event: "Heavy
// rains caused flooding in western Rwanda, killing at least 129 people"
// gives "At least how many people were killed when heavy rains caused
// flooding in western Rwanda?". The event is the sentence's opening clause,
// a subject and a known past verb without a comma; the count ends the
// sentence (or comes before who reported it).
func (w *writer) resultCount(f Fact) (string, bool) {
	s := w.sents[f.sent]
	toks := s.toks
	start := f.c.qualifiedStart()
	if start < 3 || toks[start-2].text != "," || participleVerbs[toks[start-1].lower()] == "" && doerParticiples[toks[start-1].lower()] == "" ||
		f.c.qualifier != "" && qualifierLead(f.c.qualifier) == "" || inQuote(toks, f.c.start) {
		return "", false
	}
	doer := doerParticiples[toks[start-1].lower()]
	end := clauseEnd(toks, f.c.end)
	// The doer's gain may go on with a short phrase: "winning 326 seats
	// in the general election".
	tail := toks[f.c.end:end]
	if doer == "" && len(tail) > 0 || len(tail) > 8 || hasVerb(tail) || pointsBackIn(tail) || !completeClause(toks, end) {
		return "", false
	}
	ms := s.firstWord()
	cs := clauseStart(toks, start-2)
	if e := agencyDatelineEnd(toks, ms); e > 0 && cs <= e {
		ms, cs = e, e
	}
	if cs != ms {
		return "", false
	}
	v := -1
	for k := ms + 1; k < start-2 && k <= ms+maxResultSubject; k++ {
		if t := toks[k]; !t.cap() && pastVerbs[t.lower()] != "" && !participleUse(toks[ms:start-2], k-ms) {
			v = k
			break
		}
	}
	if v < 0 || start-2-ms > 25 {
		return "", false
	}
	c := clause{subject: toks[ms:v], verb: toks[v : v+1], base: pastVerbs[toks[v].lower()], rest: toks[v+1 : start-2], firstIsStart: true, count: true}
	if !c.ok() || hasVerb(c.rest) || pointsBackIn(c.rest) {
		return "", false
	}
	event := w.phrase(c.subject, true) + " " + c.verb[0].text + spaced(c.rest)
	prompt := "How many " + f.Noun + " were " + participleVerbs[toks[start-1].lower()] + " when " + event + "?"
	if doer != "" {
		prompt = "How many " + f.Noun + " did " + w.phrase(c.subject, true) + " " + doer + spaced(tail) + "?"
	}
	if lead := qualifierLead(f.c.qualifier); lead != "" {
		prompt = lead + " h" + prompt[1:]
	}
	return prompt, true
}

// compoundCount asks the count of a compound adjective on a definite
// noun: "the 52-car train" gives "How many cars did the train have?",
// in the past when its sentence tells of the past.
func (w *writer) compoundCount(fi int) bool {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	d := f.c.start - 1
	for d > 0 && d >= f.c.start-2 && nounWord(toks[d]) {
		d-- // "the new 150-seat parliament"
	}
	if d < 0 || !toks[d].is("the") || inQuote(toks, f.c.start) {
		return false
	}
	verb := " does the"
	for _, t := range toks {
		if pastVerbs[t.lower()] != "" || t.is("was", "were", "had") {
			verb = " did the"
			break
		}
	}
	if willAfter(toks, f.c.end) { // compoundname.go
		verb = " does the"
	}
	return w.addHowMany(fi, "How many "+f.Noun+verb+spaced(toks[d+1:f.c.start])+spaced(toks[f.c.start+1:f.c.end])+" have?")
}

// setOfOrdinal asks the size of the set a sentence places one thing in:
// "It is the second of three test launches planned ahead of commercial
// operations" says three were planned, and is asked "How many test
// launches were planned ahead of commercial operations?". The participle
// after the noun and its words up to the clause's end make the question:
// without one ("the second of three children") the set is of no event.
func (w *writer) setOfOrdinal(fi int) bool {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	s, e := f.c.start, f.c.end
	if s < 3 || e+1 >= len(toks) || f.c.qualifier != "" || !toks[s-1].is("of") || !toks[s-3].is("the") {
		return false
	}
	if n, ok := ordinalValue(toks[s-2]); !ok || n >= f.Number {
		return false
	}
	if v := toks[e]; v.cap() || !participle(v) && pastVerbs[v.lower()] == "" {
		return false
	}
	end := clauseEnd(toks, e+1)
	if !completeClause(toks, end) {
		return false
	}
	return w.addHowMany(fi, "How many"+spaced(toks[f.c.nounStart:e])+" were"+spaced(toks[e:end])+"?")
}

// addHowMany offers a "How many …?" prompt, with the count's time frame
// when the article gives another figure of the same noun.
func (w *writer) addHowMany(fi int, prompt string) bool {
	f := w.facts[fi]
	if w.nearFigure(fi) {
		return false
	}
	plain := prompt
	prompt, ok := w.keepTimeFrame(fi, prompt, "?")
	if !ok {
		return false
	}
	q := quiz.Question{Type: quiz.Number, Prompt: prompt, Numbers: []quiz.NumberAnswer{{Value: float64(f.Number)}},
		Explanation: countExplanation(f)}
	if !w.add(fi, q, strconv.Itoa(f.Number), nil, slug(f.Noun)) {
		return false
	}
	// The same without its date frame, for a quiz asking the date too
	// (countframe.go).
	if prompt != plain && w.framelessCount(fi, plain) {
		q.Prompt = plain
		w.add(fi, q, strconv.Itoa(f.Number), nil, slug(f.Noun))
	}
	return true
}

// nearFigure reports another figure of the same thing close to a
// qualified count's: "more than 3,000 Louisiana residents were still in shelters"
// and "3,075 residents were living in shelters" leave "More than how
// many Louisiana residents …?" two answers.
func (w *writer) nearFigure(fi int) bool {
	f := w.facts[fi]
	head := lastWord(f.Noun)
	// Exact figures close together are different facts ("76 seats are
	// needed", "ahead in 77 seats").
	if f.c.qualifier == "" {
		return false
	}
	for gi, g := range w.facts {
		if gi == fi || g.Kind != Count || g.Number == f.Number || lastWord(g.Noun) != head {
			continue
		}
		if d := g.Number - f.Number; 10*d < f.Number && -10*d < f.Number {
			return true
		}
	}
	return false
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// askableCount is countClause for the questions that state or ask the
// count as a fact of the story: not a figure the article itself says is
// unconfirmed ("… said at least 40 people had been killed, but the
// reports could not be confirmed"), and not a clause pointing back to
// what came before ("were killed in that country").
func (w *writer) askableCount(f Fact) (clause, bool, bool) {
	// "51 of the state's 67 counties" is asked by its blank only (and
	// howMany asks none).
	if unconfirmed(w.sents[f.sent].toks) || f.c.partitive {
		return clause{}, false, false
	}
	c, subj, ok := w.countClause(f)
	if !ok {
		return clause{}, false, false
	}
	for i := 1; i < len(c.rest); i++ {
		if c.rest[i].is("that", "this", "these", "those") && prepositions[c.rest[i-1].lower()] {
			return clause{}, false, false
		}
	}
	return c, subj, true
}

// unconfirmed reports a sentence that says its own figures are not
// confirmed: "could not be immediately confirmed", "unverified".
func unconfirmed(toks []token) bool {
	for i, t := range toks {
		if t.is("unconfirmed", "unverified") {
			return true
		}
		if t.is("confirmed", "verified") {
			for k := i - 1; k >= 0 && k >= i-3; k-- {
				if toks[k].is("not", "cannot", "n't") {
					return true
				}
			}
		}
	}
	return false
}

// sentenceLength asks the length of a prison sentence: "Tamika Riley was
// sentenced to 15 months in prison" and "a judge sentenced former Mayor
// Sharpe James to 27 months in prison" give "How many months in prison
// was Tamika Riley sentenced to?" and the same for Sharpe James (who
// passed the sentence is left out). A pronoun gives nothing.
func (w *writer) sentenceLength(f Fact) (string, bool) {
	toks := w.sents[f.sent].toks
	start := f.c.start
	unit := f.c.nounStart
	if !durations[toks[unit].lower()] || f.c.end != unit+1 || f.c.qualifier != "" || start < 3 || !toks[start-1].is("to") {
		return "", false
	}
	noun := f.Noun + prisonWhere(toks, f.c.end)
	var who []token
	switch v := start - 2; {
	case toks[v].is("sentenced") && toks[v-1].is("was", "were"):
		// The subject opens the clause, or is the name an appositive
		// gives it ("Mr. James's former mistress, Tamika Riley, was");
		// an age aside is left out ("Kilpatrick, 43, was").
		end := v - 1
		if end >= 4 && ageAsideAt(toks, end-3) {
			end -= 3
		}
		if toks[end-1].text == "," {
			ns := clauseStart(toks, end-1)
			if ns >= end-1 || !allCapitalised(toks[ns:end-1]) {
				return "", false
			}
			who = toks[ns : end-1]
		} else {
			who = toks[w.afterCountDate(f, clauseStart(toks, end), end):end]
		}
	default:
		// Active: "sentenced OBJECT to".
		k := start - 2
		for k > 0 && k > start-10 && !toks[k].is("sentenced") {
			k--
		}
		if !toks[k].is("sentenced") || k+1 >= start-1 {
			return "", false
		}
		who = toks[k+1 : start-1]
	}
	// The subject is a name or a noun phrase with its article.
	if !countSubject(who) {
		return "", false
	}
	return "How many " + noun + " was " + w.phrase(who, who[0].start == toks[w.sents[f.sent].firstWord()].start) + " sentenced to?", true
}

// otherFigureOf reports another figure of count f's noun in the article
// ("3 people died" and "4 people died" of two provinces).
func (w *writer) otherFigureOf(f Fact) bool {
	for _, g := range w.facts {
		if g.Kind == Count && g.Noun == f.Noun && g.Number != f.Number && !otherFigureSkips(g.c, g.sent, f.c, f.sent) {
			return true
		}
	}
	return false
}

// unnamedPlace reports a prompt with a place named by its kind alone
// (placeNouns: "How many people died in the province?"): with another figure of the noun in the
// article, the learner cannot tell which province.
func unnamedPlace(prompt string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimRight(prompt, "?.")))
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "the" && placeNouns[words[i+1]] != "" && !(words[i+1] == "country" || words[i+1] == "capital") && (i+2 == len(words) || prepositions[words[i+2]] || words[i+2] == "and") {
			return true
		}
	}
	return false
}

// keepTimeFrame keeps a count's time frame when the article gives another
// figure of the same noun: "How many patients were waiting?" has two
// answers when April's and May's lists are both given. A frame opening
// the sentence ("At the end of May, 5,400 patients were waiting …") is
// put at the prompt's end, before its closing mark; a frame the prompt
// drops elsewhere drops the question (ok false), as does a place named by
// its kind alone ("in the province": which one?).
func (w *writer) keepTimeFrame(fi int, prompt, mark string) (string, bool) {
	f := w.facts[fi]
	if !w.otherFigureOf(f) {
		return prompt, true
	}
	if unnamedPlace(prompt) {
		return "", false
	}
	toks := w.sents[f.sent].toks
	np := normalize(prompt)
	// The frame opens the sentence, closed by a comma before the count.
	first, comma := openingFrame(w.sents[f.sent], f.Start)
	for _, g := range w.facts {
		if g.Kind != Date || g.sent != f.sent || strings.Contains(np, normalize(g.Text)) {
			continue
		}
		if comma < 0 || comma-first > 8 || toks[comma-1].end < g.End || !prepositions[toks[first].lower()] {
			return "", false
		}
		return strings.TrimSuffix(prompt, mark) + " " + w.frameText(toks, first, comma) + mark, true
	}
	if frame, ok := w.openingTimeFrame(f, np, first, comma); ok { // timeframe.go
		return strings.TrimSuffix(prompt, mark) + " " + frame + mark, true
	}
	return prompt, true
}

// appositiveCountClause is the object form with the subject toks[a:b]
// before an appositive: "China, the host nation, won four medals".
func (w *writer) appositiveCountClause(f Fact, toks []token, a, b, v int, rest []token) (clause, bool, bool) {
	present := presentStates[toks[v].lower()]
	if pastVerbs[toks[v].lower()] == "" && present == "" || len(rest) > 12 {
		return clause{}, false, false
	}
	c := clause{subject: toks[a:b], verb: toks[v : v+1], base: pastVerbs[toks[v].lower()], rest: rest, firstIsStart: a == w.sents[f.sent].firstWord()}
	if present != "" {
		c.verb = []token{{text: "does"}, {text: present}}
	}
	whole := c
	whole.rest = toks[v+1 : f.c.end]
	if !whole.ok() || hasVerb(rest) {
		return clause{}, false, false
	}
	return c, false, true
}

// reporterOf resolves "it" or "they" reporting its own deed: "The U.N.
// agency said it had recorded 1,146 confirmed cases" is asked "How many
// confirmed cases had the U.N. agency recorded?". Given the subject read
// up to the verb ("The U.N. agency said it"), it returns the noun phrase
// before "said" ("said that") and where it starts, or nil.
func reporterOf(toks []token, subj []token, cs int) ([]token, int) {
	n := len(subj)
	if n < 3 || !subj[n-1].is("it", "they") {
		return nil, cs
	}
	k := n - 2
	if subj[k].is("that") {
		k--
	}
	if k < 1 || !subj[k].is("said", "says") {
		return nil, cs
	}
	np := subj[:k]
	if len(np) > 6 || !(np[0].is("the") || np[0].cap()) || pronouns[np[0].lower()] {
		return nil, cs
	}
	for _, t := range np {
		if t.punct && t.text != "." && t.text != "’" && t.text != "'" || auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" {
			return nil, cs
		}
	}
	return np, cs
}

// relativeCountClause is the object form of a count in a relative clause
// at toks[rel] ("which killed at least 26 people"): the subject is the
// noun phrase before the comma.
func (w *writer) relativeCountClause(f Fact, toks []token, rel int, own, rest []token) (clause, bool, bool) {
	first := w.sents[f.sent].firstWord()
	subject := nounPhraseBefore(toks, rel-1, first)
	if len(subject) == 0 || len(rest) > 12 {
		return clause{}, false, false
	}
	c := clause{subject: subject, verb: toks[rel+1 : rel+2], base: pastVerbs[toks[rel+1].lower()], rest: rest,
		firstIsStart: subject[0].start == toks[first].start}
	whole := c
	whole.rest, whole.count = withRest(own, rest), true
	if !whole.ok() || hasVerb(rest) {
		return clause{}, false, false
	}
	return c, false, true
}

// allCapitalised reports a run of capitalised words: a name.
func allCapitalised(ts []token) bool {
	for _, t := range ts {
		if !t.cap() || auxiliaries[t.lower()] {
			return false
		}
	}
	return true
}

// plainAppositive reports a noun phrase without a comma or a verb: "the
// host nation", not "the favourites, were flat … and their manager".
func plainAppositive(ts []token) bool {
	if len(ts) > 8 {
		return false
	}
	for _, t := range ts {
		if t.punct && t.text != "’" && t.text != "'" || auxiliaries[t.lower()] || pastVerbs[t.lower()] != "" || t.is("and", "or", "but") {
			return false
		}
	}
	return true
}

// verbListCut returns where a second verb joined by "and" or a comma
// starts in the words after an object ("and deployed 300 extra health
// workers", "and driven more than two million", "and has a presence"
// right after the counted noun), or -1.
func verbListCut(rest []token) int {
	for j := 0; j+1 < len(rest); j++ {
		next := rest[j+1]
		if (rest[j].is("and") || rest[j].text == ",") && next.isWord() && !next.cap() &&
			(pastVerbs[next.lower()] != "" || isParticiple(next.lower()) || strings.HasSuffix(next.lower(), "ed") || j == 0 && (next.is("has", "is") || presentStates[next.lower()] != "")) {
			return j
		}
	}
	return -1
}

// newClauseCut returns the index in rest of a conjunction opening a clause
// of its own ("and", "but", "yet", "so" followed by a short subject and
// a finite verb: "but officials did not give details", "and the rebels
// took the town back"), or -1. A phrase joined by the conjunction ("in
// California and Nevada", "and wounded 20") has no subject and verb of
// its own and is kept.
func newClauseCut(rest []token) int {
	for j := 1; j+2 < len(rest); j++ {
		if clauseAfterConjunction(rest, j) {
			return j
		}
	}
	return -1
}

// clauseAfterConjunction reports "and", "but", "yet" or "so" at ts[j]
// followed by a short subject and a finite verb of its own.
func clauseAfterConjunction(ts []token, j int) bool {
	if !ts[j].is("and", "but", "yet", "so") {
		return false
	}
	for k := j + 2; k < len(ts) && k <= j+5; k++ {
		t := ts[k-1]
		if t.punct || prepositions[t.lower()] || t.is("and", "or", "but") || finiteVerb(t) && !t.cap() {
			return false
		}
		// "and more than 49,000 injured" leaves out its verb: no
		// clause of its own.
		if isNumberWord(t) {
			return false
		}
		if v := ts[k]; finiteVerb(v) && !v.cap() {
			// "and then became": the adverb is no subject (datepredicates.go).
			return !(k == j+2 && sequenceAdverbs[t.text])
		}
	}
	return false
}

// verbBefore reports a verb or a modal in toks[from:to]: a conjunction
// after it may open a second clause; before it, the conjunction joins the
// subject ("Slovenia and Croatia declared …").
func verbBefore(toks []token, from, to int) bool {
	return slices.ContainsFunc(toks[from:to], func(t token) bool {
		return !t.cap() && (finiteVerb(t) || t.is("should", "shall"))
	})
}

// finiteVerb reports a word that is a clause's verb wherever it stands:
// a known past form or an auxiliary ("did", "was", "has", "will").
func finiteVerb(t token) bool {
	return t.isWord() && (pastVerbs[t.lower()] != "" || auxiliaries[t.lower()] || t.is("did", "does", "do"))
}

// countStart moves the start of a count's clause past words that only
// introduce it: a dateline ("Quito – At least 14 people …"), a
// conjunction ("…, but at least six people have been killed") or a
// reporting verb ("The agency said at least 44 homes were destroyed").
// The count then opens its clause and is asked in the subject form.
func countStart(toks []token, cs, start int) int {
	for k := start - 1; k >= cs; k-- {
		// "… for the free jabs - each person needs two shots": a spaced hyphen too.
		if asideDash(toks[k]) && (toks[k].text != "-" || k > 0 && toks[k-1].end < toks[k].start && toks[k].end < toks[k+1].start) {
			cs = k + 1
			break
		}
	}
	if cs < start && toks[cs].is("but", "and", "yet", "so", "while", "although", "though", "when", "after", "because") {
		cs++
	}
	// "Only five countries have landed …": the focus adverb stays out of
	// "How many countries have landed …?", which the figure answers alike.
	if cs+1 == start && toks[cs].is("only", "just") {
		cs++
	}
	if start > cs && toks[start-1].is("said", "says", "say", "added", "estimated") {
		return start
	}
	return cs
}

// subjectRestCut shortens what follows a count that is the subject: a
// relative clause on a noun ("were killed in a powerful earthquake that
// struck …") and a second clause after "and" ("have been killed and
// officials fear …") are not part of the fact asked.
func subjectRestCut(rest []token) []token {
	for j := 1; j < len(rest); j++ {
		t, prev := rest[j], rest[j-1]
		// "in that country" is no relative clause: askableCount sees it.
		if t.is("that", "which", "who", "where", "when", "while", "whereas") && j >= 3 && !auxiliaries[prev.lower()] && pastVerbs[prev.lower()] == "" && !prev.is("said", "says") &&
			!(t.is("that") && prepositions[prev.lower()]) {
			return rest[:j-relativePrep(rest, j)] // relativeprep.go
		}
		if t.is("and") {
			for k := j + 2; k < len(rest) && k <= j+6; k++ {
				if auxiliaries[rest[k].lower()] {
					return rest[:j]
				}
			}
		}
	}
	return rest
}

// timeAdverbs stand between a subject and its verb after a comma:
// "Prime Minister Ralph Gonsalves, yesterday signed …".
var timeAdverbs = map[string]bool{"yesterday": true, "today": true, "tomorrow": true, "also": true, "then": true, "later": true, "earlier": true, "now": true}

// objectSubject returns the subject of "subject verb count": a subject
// that is only a time adverb after a comma is the phrase before the comma,
// and a noun phrase followed by a participle ("A powerful earthquake
// centered near … killed") keeps only the noun phrase. It also returns
// the index where the subject starts.
func objectSubject(toks []token, subj []token, cs int) ([]token, int) {
	adverbs := len(subj) > 0
	for _, t := range subj {
		adverbs = adverbs && timeAdverbs[t.lower()]
	}
	if adverbs && cs >= 2 && toks[cs-1].text == "," {
		ps := clauseStart(toks, cs-1)
		if ps < cs-1 {
			subj, cs = toks[ps:cs-1], ps
		}
	}
	if len(subj) >= 3 && subj[0].is("a", "an", "the") {
		for i := 2; i < len(subj); i++ {
			t := subj[i]
			if !t.cap() && !subj[i-1].cap() && !subj[i-1].punct && (isParticiple(t.lower()) || strings.HasSuffix(t.lower(), "ed")) && i+1 < len(subj) && subj[i+1].is("near", "in", "at", "on", "by", "off", "from", "over") {
				return subj[:i], cs
			}
		}
	}
	return subj, cs
}

// qualifierLead is how a question opens for a qualified count: "About"
// for "about 40", "More than" for "more than 5,000"; "" for none, or for
// a qualifier that leaves no number to give ("up to", "fewer than").
func qualifierLead(q string) string {
	switch {
	case q == "":
		return ""
	case roughly(q):
		return "About"
	case q == "more than" || q == "over" || q == "just over":
		return "More than"
	case q == "at least" || q == "no fewer than" || q == "no less than" || q == "not less than":
		return "At least"
	}
	return ""
}

// countPreps are the prepositions before a count that a question can
// open with: "Into how many sectors …?", "On how many counts …?"; "of"
// is asked at the end ("How many counts was Jones convicted of?"), as
// "Of how many counts …" is not said (strandedPrep).
var countPreps = map[string]bool{"into": true, "with": true, "in": true, "to": true, "from": true, "by": true, "among": true, "across": true, "for": true, "on": true, "of": true}

// strandedPrep reports a preposition a count question ends on rather
// than opens with.
func strandedPrep(p string) bool { return p == "of" }

// ofCountWords govern the "of" before a count that a question may end on:
// "convicted of four counts", "found him guilty of two murders". Elsewhere
// "of" belongs to a noun ("the study of 18,000 people") and is no verb's.
var ofCountWords = setOf(`convicted|accused|acquitted|guilty|composed|consists|consisted`)

// prepCountClause reads "subject verb [object] PREP count": "Berlin was
// split into four sectors", "The United States finished with 27 medals",
// "He moved the money in 412 separate transfers" (a pronoun subject gives
// nothing).
func (w *writer) prepCountClause(f Fact, toks []token, cs, p int, rest []token) (clause, bool, bool) {
	if len(rest) > 0 {
		return clause{}, false, false // the count must end the clause
	}
	if strandedPrep(toks[p].lower()) && !ofCountWords[toks[p-1].lower()] {
		return clause{}, false, false
	}
	// "evacuated 12 fishermen along with 30 tourists": "With how many
	// tourists did … evacuate 12 fishermen along?" (togetherwith.go).
	if toks[p].is("with") && toks[p-1].is("along", "together") {
		return clause{}, false, false
	}
	if toks[p].is("by") && w.marginTwice(f) { // margintwice.go
		return clause{}, false, false
	}
	v := -1
	for k := p - 1; k > cs && k >= p-6; k-- {
		if pastVerbs[toks[k].lower()] != "" || isParticiple(toks[k].lower()) || progressive(toks, k) {
			v = k
			break
		}
		if toks[k].punct || toks[k].is("that", "which", "who", "and", "but") {
			return clause{}, false, false
		}
	}
	if v < 0 {
		return clause{}, false, false
	}
	c := clause{prep: toks[p].lower(), rest: toks[v+1 : p]}
	aux := v - 1 // "was likewise split": adverbs between
	for aux > cs && (toks[aux].is("likewise", "also", "then", "later", "eventually", "finally") || strings.HasSuffix(toks[aux].lower(), "ly") && !toks[aux].cap()) {
		aux--
	}
	switch {
	case aux > cs && toks[aux].is("was", "were") && isParticiple(toks[v].lower()):
		c.subject, c.verb = toks[cs:aux], []token{toks[aux], toks[v]}
	case aux > cs && (toks[aux].is("has", "have", "had") && isParticiple(toks[v].lower()) || progressive(toks, v)):
		// "Pellow has led the company for nine years", "SpaceX is leasing
		// the pad for 20 years": "For how many years has Pellow led …?"
		c.subject, c.verb = toks[cs:aux], []token{toks[aux], toks[v]}
	case pastVerbs[toks[v].lower()] != "":
		c.subject, c.verb, c.base = toks[cs:v], toks[v:v+1], pastVerbs[toks[v].lower()]
		if k := v + 1; k < p && particles[toks[k].lower()] {
			c.base += " " + toks[k].lower()
			c.rest = toks[k+1 : p]
		}
	default:
		return clause{}, false, false
	}
	c.firstIsStart = cs == w.sents[f.sent].firstWord()
	// "…, CEPI, the Africa CDC and Wellcome pledged to speed up work on
	// two vaccines": a subject with "and" after a comma may be the end of
	// a longer list, and the question would name part of it.
	if cs > 0 && toks[cs-1].text == "," && slices.ContainsFunc(c.subject, func(t token) bool { return t.is("and") }) {
		return clause{}, false, false
	}
	// Adverbs between subject and verb ("Berlin was likewise split").
	for len(c.subject) > 0 && strings.HasSuffix(c.subject[len(c.subject)-1].lower(), "ly") {
		c.subject = c.subject[:len(c.subject)-1]
	}
	if !c.ok() || hasVerb(c.rest) {
		return clause{}, false, false
	}
	return c, false, true
}

// progressive reports a present participle after a form of "be" at
// toks[k]: "is leasing", "were building".
func progressive(toks []token, k int) bool {
	t := toks[k].lower()
	return k > 0 && len(t) > 4 && strings.HasSuffix(t, "ing") && !toks[k].cap() && toks[k-1].is("is", "are", "was", "were")
}

// roughly reports a qualifier that makes a count approximate but still
// the number to give: "about", "some", "nearly".
func roughly(q string) bool {
	switch q {
	case "about", "around", "some", "roughly", "nearly", "almost", "approximately", "an estimated":
		return true
	}
	return false
}

// dateRange reports a date that is one end of a range with another date
// of its sentence ("rose from 41,210 in April to 44,870 in May"): its
// blank is given away by the other end.
func (w *writer) dateRange(fi int) bool {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	for _, g := range w.facts {
		if g.Kind != Date || g.sent != f.sent || g.Start == f.Start {
			continue
		}
		a, b := f, g
		if b.Start < a.Start {
			a, b = b, a
		}
		from, to := false, false
		for k, t := range toks {
			switch {
			case t.end <= a.Start && k >= len(toks)-1:
			case t.end <= a.Start:
				// "from" within a few words before the first date.
				from = from || t.is("from", "between") && a.Start-t.end < 40
			case t.start >= a.End && t.end <= b.Start:
				to = to || t.is("to", "until", "and", "through")
			}
		}
		if from && to {
			return true
		}
	}
	return false
}

func (w *writer) countTF(fi int) bool {
	f := w.facts[fi]
	c, subj, ok := w.askableCount(f)
	// Only the subject form, and numbers without "million": the statement
	// must be the article's own sentence with one number changed.
	if !ok || !subj || objectCount(w.sents[f.sent].toks, f.c.start) || c.existential != "" || f.c.end-f.c.nounStart != wordCount(f.Noun) || f.c.nounStart != f.c.start+1 || w.nearFigure(fi) {
		return false
	}
	// "more than 1,300 jobs" is no certain falsehood against "more than
	// 1,000 jobs", nor "more than 750" one.
	if _, bound := boundQualifiers[f.c.qualifier]; bound {
		return false
	}
	truth := parity(f) == 0
	n := f.Number
	if !truth {
		if n = w.wrongCount(fi); n == 0 {
			return false
		}
	}
	num := formatDigits(n)
	if f.c.words {
		num = numberWords(n)
	} else if !strings.Contains(f.Text, ",") {
		num = strconv.Itoa(n)
	} else if n >= 1000 && n < 10000 {
		num = num[:1] + "," + num[1:] // as the article writes "3,000"
	}
	// The qualifier stays: "more than 3,000 residents" is not "3,000
	// residents".
	if f.c.qualifier != "" {
		num = f.c.qualifier + " " + num
	}
	st := "According to the article, " + num + " " + f.Noun + spaced(c.rest) + "."
	// "A total of 76 seats is needed": the statement's noun is plural.
	if strings.HasSuffix(f.Noun, "s") && !strings.HasSuffix(f.Noun, "ss") {
		for _, v := range [][2]string{{" is ", " are "}, {" was ", " were "}, {" has ", " have "}} {
			st = strings.Replace(st, " "+f.Noun+v[0], " "+f.Noun+v[1], 1)
		}
	}
	st, ok = w.keepTimeFrame(fi, st, ".")
	if !ok {
		return false
	}
	q := quiz.Question{Type: quiz.TrueFalse, Truth: truth, Prompt: st, Explanation: countExplanation(f)}
	var ws []string
	if !truth {
		ws = []string{strconv.Itoa(n)}
	}
	return w.add(fi, q, strconv.FormatBool(truth), ws, "tf-"+slug(f.Noun))
}

// recallable reports a number a reader can give back after reading: at
// most four significant digits ("8,574", "13.23 million"), not an exact
// tally such as 23,780,104 votes.
func recallable(n int) bool {
	for n != 0 && n%10 == 0 {
		n /= 10
	}
	return n < 10000
}

// countBlank asks for the number in its own sentence.
func (w *writer) countBlank(fi int) bool {
	f := w.facts[fi]
	if wordCount(f.Sentence) > 60 || !recallable(f.Number) || f.c.compound {
		return false
	}
	s := w.sents[f.sent]
	// Like a sentence statement, a copy keeps no "[JURIST]", "[Wikipedia
	// profile]" or "[3]": a page's link labels and notes.
	if inQuote(s.toks, f.c.start) || !w.standsAlone(f.sent) || strings.ContainsAny(f.Sentence, "[]") || listItemFragment(s) {
		return false
	}
	if w.countSum(fi) {
		return false
	}
	a := s.toks[f.c.start].start - f.SentenceStart
	b := s.toks[f.c.nounStart-1].end - f.SentenceStart
	prompt := "Fill in the number: " + unpairedCloseDropped(f.Sentence[:a]+blank+f.Sentence[b:])
	if listCountsAnswer(prompt, f.Number) {
		return false
	}
	q := quiz.Question{Type: quiz.Number, Prompt: prompt, Numbers: []quiz.NumberAnswer{{Value: float64(f.Number)}},
		Explanation: countExplanation(f)}
	return w.add(fi, q, strconv.Itoa(f.Number), nil, slug(f.Noun))
}

// countSum reports a count that its sentence's other counts give by
// sum or difference: "five people -- three women and two children --
// were killed" leaves no blank among the three to fill by reading.
func (w *writer) countSum(fi int) bool {
	f := w.facts[fi]
	var others []int
	for gi, g := range w.facts {
		if gi != fi && g.Kind == Count && g.sent == f.sent {
			others = append(others, g.Number)
		}
	}
	for i, x := range others {
		for _, y := range others[i+1:] {
			if f.Number == x+y || f.Number+x == y || f.Number+y == x {
				return true
			}
		}
	}
	return false
}

// ---- helpers ----

func leaderExplanation(f Fact) string {
	return "The article names " + f.Person + " as the " + officeLabel(f.Office, f.Country) + "."
}

// countExplanation repeats the count as written, without the capital a
// sentence start gave it: "The article counts three ceasefire agreements."
func countExplanation(f Fact) string {
	t := f.Text
	if f.c.implied {
		// "26 were killed" counts people, "the 150-seat parliament" seats.
		if f.c.compound {
			t, _, _ = strings.Cut(t, "-")
		}
		t += " " + f.Noun
	}
	if f.c.words {
		t = strings.ToLower(t[:1]) + t[1:]
	}
	return "The article counts " + t + "."
}

// inQuote reports whether toks[i] is inside quotation marks: quoted speech
// is rhetoric ("in three weeks"), not a fact to quiz on.
func inQuote(toks []token, i int) bool {
	depth, straight := 0, 0
	for _, t := range toks[:i] {
		switch t.text {
		case "“":
			depth++
		case "”":
			depth--
		case "\"":
			straight++
		}
	}
	return depth > 0 || straight%2 == 1
}

// choices puts the right answer and the wrong ones together; with all
// given, they are used in that order.
func choices(right string, wrong []string, all []string) []quiz.Choice {
	if all == nil {
		all = append([]string{right}, wrong...)
	}
	out := make([]quiz.Choice, len(all))
	for i, c := range all {
		out[i] = quiz.Choice{Text: c, Correct: c == right}
	}
	return out
}

// parity picks true or false statements from the fact's own text, so that
// the choice is stable across runs and not the same for every question.
func parity(f Fact) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(f.Text); i++ {
		h ^= uint32(f.Text[i])
		h *= 16777619
	}
	return h >> 7 & 1
}

// headWord is the noun a subject is about: its last word before a
// preposition ("clashes" in "Renewed clashes between …").
func headWord(ts []token) string {
	head := ""
	for _, t := range ts {
		if t.punct {
			continue
		}
		if t.is("between", "of", "over", "in", "on", "for", "with", "from", "at", "and") && head != "" {
			break
		}
		head = t.text
	}
	return head
}

// wordCount is len(strings.Fields(s)), counted without making the slice.
func wordCount(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// firstFields appends to buf the first of strings.Fields(s), as many as
// buf has room for: the words after a name, not the rest of the text.
func firstFields(buf []string, s string) []string {
	if cap(buf) == 0 {
		return buf
	}
	for x := range strings.FieldsSeq(s) {
		buf = append(buf, x)
		if len(buf) == cap(buf) {
			break
		}
	}
	return buf
}

// lastField is the last of strings.Fields(s), or "", found without
// making the slice.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	i := strings.LastIndexFunc(s, unicode.IsSpace)
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

func firstWords(s string, n int) string {
	var out []string
	for x := range strings.FieldsSeq(normalize(s)) {
		if nounStops[x] || pronouns[x] {
			continue
		}
		out = append(out, x)
		if len(out) == n {
			break
		}
	}
	return strings.Join(out, " ")
}

var fold = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ı': "i", 'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o", 'õ': "o",
	'ø': "o", 'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ñ': "n", 'ç': "c", 'ğ': "g", 'ş': "s", 'ß': "ss",
	'ń': "n", 'ł': "l", 'ś': "s", 'ź': "z", 'ż': "z", 'ć': "c", 'ę': "e", 'ą': "a", 'ū': "u", 'ė': "e",
	'č': "c", 'š': "s", 'ž': "z", 'ř': "r", 'ý': "y", 'ő': "o", 'ű': "u", 'ā': "a", 'ī': "i", 'ē': "e",
}

// slug makes an ASCII identifier part: "Prime Minister" gives "prime-minister".
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
			dash = false
		case fold[r] != "":
			b.WriteString(fold[r])
			dash = false
		case r == '\'' || r == '’':
		default:
			if !dash && b.Len() > 0 {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.Trim(b.String(), "-")
}

// asideDash reports a dash that opens an aside or a new clause: "buy 4
// million doses for the free jabs - each person needs two".
func asideDash(t token) bool {
	return t.punct && (t.text == "-" || t.text == "–" || t.text == "—")
}

// attributiveYear reports a year written as a noun's adjective ("the 1982
// United Nations Convention", "its 2019 report"): it dates that thing,
// not a leader of the sentence.
func attributiveYear(toks []token, d date) bool {
	if d.form != formYear || d.start < 1 || d.end >= len(toks) {
		return false
	}
	before, after := toks[d.start-1], toks[d.end]
	return before.is("the", "a", "its", "their", "his", "her") && after.isWord() && !prepositions[after.lower()] && !after.is("and", "or", "to")
}
