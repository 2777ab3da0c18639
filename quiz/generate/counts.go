package generate

import (
	"slices"
	"strconv"
	"strings"
	"sync"
)

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]int{"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000}

// wordValue parses "seven", "twenty-one".
func wordValue(w string) (int, bool) {
	// Every number word starts with one of these letters: the rules ask
	// this of most words, which end here without a look-up.
	if len(w) < 3 || w[0] < 0x80 && strings.IndexByte("zotfsenZOTFSEN", w[0]) < 0 {
		return 0, false
	}
	w = strings.ToLower(w)
	if n, ok := smallNumbers[w]; ok {
		return n, true
	}
	a, b, ok := strings.Cut(w, "-")
	if !ok {
		return 0, false
	}
	tens, ok1 := smallNumbers[a]
	units, ok2 := smallNumbers[b]
	if !ok1 || !ok2 || tens < 20 || tens%10 != 0 || units == 0 || units > 9 {
		return 0, false
	}
	return tens + units, true
}

// wordOrFigure parses one word that is a whole number in words or in
// figures: "seven", "twenty-one", "60,000".
func wordOrFigure(w string) (int, bool) {
	if v, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err == nil {
		return v, true
	}
	return wordValue(w)
}

// numberAt parses a number written in digits ("60,000", "1.5 million") or
// words ("three", "two hundred") starting at toks[i]. It returns the value,
// the index after it and whether it was written in words.
func numberAt(toks []token, i int) (value, end int, words, ok bool) {
	t := toks[i]
	if t.punct || t.time {
		return 0, 0, false, false
	}
	var f float64
	if c := t.text[0]; c >= '0' && c <= '9' {
		s := strings.ReplaceAll(t.text, ",", "")
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || strings.ContainsAny(s, "eE") {
			return 0, 0, false, false
		}
		f = v
	} else if v, ok := wordValue(t.lower()); ok {
		f = float64(v)
		words = true
	} else if v, e, ok := dozenAt(toks, i); ok {
		return v, e, true, true
	} else {
		return 0, 0, false, false
	}
	end = i + 1
	for end < len(toks) {
		m, ok := scales[toks[end].lower()]
		if !ok || toks[end].punct {
			break
		}
		f *= float64(m)
		end++
		// "two hundred thirty", "three hundred and five"
		if m == 100 && end < len(toks) {
			if v, ok := wordValue(toks[end].lower()); ok && v < 100 {
				f += float64(v)
				end++
			}
		}
	}
	if f != float64(int(f)) || f > 1e12 {
		return 0, 0, false, false
	}
	return int(f), end, words, true
}

var irregularPlurals = map[string]bool{
	"people": true, "children": true, "men": true, "women": true, "police": true,
	"personnel": true, "staff": true, "feet": true, "mice": true, "cattle": true,
	"sheep": true, "fish": true, "deer": true, "aircraft": true, "data": true, "media": true,
	"spacecraft": true, "crew": false,
}

func isPlural(w string) bool {
	if v, ok := irregularPlurals[w]; ok {
		return v
	}
	// "ministers-designate", "presidents-elect": the plural is the head.
	if head, tail, ok := strings.Cut(w, "-"); ok && (tail == "designate" || tail == "elect") {
		w = head
	}
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return compoundPlural(w) // compoundplural.go
	}
	for _, suf := range []string{"ss", "us", "is", "'s", "’s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// Words that end a counted noun phrase: function words, auxiliaries and
// common verbs that follow a subject.
var nounStops = map[string]bool{
	"others": true, "ones": true, "times": true,
	"and": true, "or": true, "but": true, "of": true, "in": true, "on": true, "at": true, "to": true,
	"for": true, "from": true, "with": true, "by": true, "that": true, "which": true, "who": true,
	"have": true, "has": true, "had": true, "were": true, "was": true, "are": true, "is": true,
	"will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"can": true, "been": true, "be": true, "than": true, "per": true, "as": true, "after": true,
	"before": true, "since": true, "during": true, "over": true, "into": true, "across": true,
	"about": true, "against": true, "under": true, "between": true, "while": true, "when": true,
	"where": true, "so": true, "the": true, "a": true, "an": true, "their": true, "its": true,
	"each": true, "earlier": true, "later": true, "ago": true, "more": true, "less": true,
	"did": true, "do": true, "does": true, "not": true, "also": true, "still": true, "then": true,
	// "launched six rounds towards the camp": prepositions that end in s
	// would read as plurals of the noun.
	"towards": true, "toward": true, "onto": true, "upon": true, "besides": true, "afterwards": true,
}

// Money is an amount, not a count of things.
var currencies = map[string]bool{
	"dollars": true, "euros": true, "pounds": true, "yuan": true, "rubles": true, "roubles": true,
	"yen": true, "rupees": true, "francs": true, "pesos": true, "lira": true, "liras": true, "cents": true,
}

// Measures that take an "of" phrase: "21 days of talks".
// durations are the units of time: "three days" says how long. The
// lists count a length of time that is a fact of the story ("sentenced to
// 13 years in prison", "stored for more than 75 years"), not an age ("five
// years old", "children aged six months") nor a date ("three years ago").
var durations = map[string]bool{
	"seconds": true, "minutes": true, "hours": true, "days": true, "nights": true, "weeks": true,
	"months": true, "years": true, "decades": true, "centuries": true, "millennia": true,
}

// units are units of measure.
var units = map[string]bool{
	"km": true, "kilometres": true, "kilometers": true, "miles": true, "metres": true, "meters": true,
	"feet": true, "yards": true, "inches": true, "centimetres": true, "centimeters": true, "millimetres": true,
	"millimeters": true, "kilograms": true, "kg": true, "grams": true, "tonnes": true, "tons": true,
	"pounds": true, "ounces": true, "degrees": true, "litres": true, "liters": true, "gallons": true,
	"barrels": true, "acres": true, "hectares": true, "knots": true, "mph": true, "volts": true,
	"watts": true, "megawatts": true, "gigawatts": true, "points": true, "percentage": true, "lbs": true,
}

var measures = map[string]bool{
	"days": true, "weeks": true, "months": true, "years": true, "hours": true, "minutes": true,
	"rounds": true, "decades": true, "nights": true, "sessions": true,
}

// Words before a number that make it a reference to things already
// counted ("the two presidents") or not a count at all.
var countBlockers = map[string]bool{
	"the": true, "all": true, "these": true, "those": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "my": true, "your": true, "$": true, "€": true,
	"£": true, "#": true, "no": true, "top": true, "every": true, "other": true, "both": true,
}

// "No fewer than 50" is a lower bound, not "fewer than" after a "no":
// the longer qualifiers come first.
var qualifiers = []string{"no fewer than", "no less than", "not less than", "no more than", "not more than", "at least", "more than", "fewer than", "less than", "up to", "nearly", "about", "around", "some", "roughly", "almost", "over", "approximately", "an estimated", "just over", "just under"}

var qualifierWords = func() [][]string {
	out := make([][]string, len(qualifiers))
	for i, q := range qualifiers {
		out[i] = strings.Fields(q)
	}
	return out
}()

// count is a counted noun phrase in a sentence.
type count struct {
	value      int
	words      bool // written in words
	start, end int  // token indexes, number to end of noun
	nounStart  int
	noun       string
	qualifier  string
	partitive  bool // "51 of the 67 counties": the noun is the set's, after the number
	// implied: the noun is not written after the number but taken from
	// the sentence ("145 people died … and 26 were killed") or from a
	// compound ("the 150-seat parliament" counts seats).
	implied, compound bool
	byVerb            bool // people read from the verb alone (impliedcount.go)
	tally             bool // the value of a tally: "the death toll rose to 30"
	// ordinal: a winner's tally written as an ordinal ("her sixth title").
	ordinal bool
	// subject is the phrase that names the counted things when the number
	// is its complement: "The number of people waiting … rose to 55,955"
	// keeps "people waiting …" (toks[subject[0]:subject[1]]).
	subject [2]int
}

// qualifiedStart is the token index where the count begins, its
// qualifier included: "about" in "about 400 rescue workers".
func (c count) qualifiedStart() int {
	return c.start - wordCount(c.qualifier)
}

// findCounts returns the counts of one sentence, skipping tokens that are
// part of dates (taken[i] is true).
func findCounts(toks []token, taken []bool) []count {
	var out []count
	first := -1
	for i, t := range toks {
		if t.isWord() {
			first = i
			break
		}
	}
	for i := 0; i < len(toks); i++ {
		if taken[i] {
			continue
		}
		v, end, words, ok := numberAt(toks, i)
		if !ok {
			if c, ok := ordinalCount(toks, i); ok {
				out = append(out, c)
				i = c.end - 1
				continue
			}
			if c, ok := compoundCount(toks, i); ok {
				out = append(out, c)
			}
			continue
		}
		if v < 2 {
			continue
		}
		if strings.ContainsAny(toks[i].text, "-–") && !words {
			continue // "73-year-old", "3-1", "three-day"
		}
		// "its full year 2015 results", "the 2019 budget figures": a year.
		if !words && v >= 1800 && v <= 2100 && len(toks[i].text) == 4 &&
			(i > 0 && toks[i-1].is("year", "fiscal", "financial") || end < len(toks) && toks[end].is("results", "budget", "figures", "accounts", "season", "census", "report")) {
			continue
		}
		if i > 0 {
			prev := toks[i-1]
			// "the two presidents" points back to people already counted;
			// "the 31 ministers", "the 13 colonies", "all 329 people
			// aboard", "the 57,564 cases" give a figure (a year has no comma).
			if countBlockers[prev.lower()] && !(prev.is("the", "all") && !words && v >= 10 && (v < 1900 || strings.Contains(toks[i].text, ","))) {
				continue
			}
			// "Apollo 11", "Falcon 9": a number after a name is part of it.
			if prev.cap() && i-1 != first && !nationalityOrAcronym(prev.text) {
				continue
			}
			if prev.text == "." || prev.text == ":" || afterSlash(toks, i) { // slashnumber.go
				continue
			}
			// "800 to 1,000 residents", "two or three boats": the end of a
			// range is no figure of its own.
			if _, _, _, num := numberAt(toks, max(i-2, 0)); i >= 2 && num && prev.is("to", "or", "and") {
				continue
			}
		}
		if c, ok := partitive(toks, i, end, v, words); ok {
			out = append(out, c)
			continue
		}
		if end < len(toks) && (toks[end].text == "%" || toks[end].is("percent", "per", "times", "of", "a.m", "p.m")) {
			continue
		}
		nounEnd, noun := countedNoun(toks, end)
		if noun == "" {
			c := count{value: v, words: words, start: i, end: end, nounStart: end, qualifier: qualifierBefore(toks, i), implied: true}
			if c.noun, c.byVerb = bareCountNoun(toks, i, end, out); c.noun == "" {
				c.noun, c.subject = numberOf(toks, i)
				c.tally = c.noun != ""
				if c.tally && tallyUpTo(toks, i) {
					c.qualifier = "" // the figure itself, not a ceiling
				}
			}
			if c.noun != "" {
				out = append(out, c)
			}
			continue
		}
		if durations[toks[end].lower()] && !lengthCounted(toks, i, end, nounEnd) {
			continue
		}
		c := count{value: v, words: words, start: i, end: nounEnd, nounStart: end, noun: noun, qualifier: qualifierBefore(toks, i)}
		out = append(out, c)
		i = nounEnd - 1
	}
	return out
}

// Nouns a bare number may take from an earlier count of its sentence:
// "At least 145 people died … and 26 were killed" counts people twice.
var impliedHeads = setOf(`people|persons|patients|passengers|residents|workers|children|soldiers`)

// impliedNoun is the noun of a number written without one and followed
// by its verb ("26 were killed", "more than 100 remained missing"): the
// set named before it ("Of the new cases, 14 were from Chipata") or the
// people an earlier count of the sentence counts. Anything else is "":
// "40 homes burned and 12 were hurt" counts no homes twice.
func impliedNoun(toks []token, i, end int, out []count) string {
	if end+1 >= len(toks) || !toks[end].is("were", "remained", "had", "have") {
		return ""
	}
	if v := toks[end+1].lower(); !(toks[end+1].is("missing", "dead", "from", "been") || isParticiple(v) || strings.HasSuffix(v, "ed") && !toks[end+1].cap()) {
		return ""
	}
	b := i - wordCount(qualifierBefore(toks, i))
	if b < 2 {
		return ""
	}
	// "Among the latest patients, 127 were admitted …"
	for k := b - 2; toks[b-1].text == "," && k >= 1 && k >= b-5; k-- {
		if toks[k].is("the") && toks[k-1].is("of", "among") {
			return ofSetNoun(toks, k+1, b-1)
		}
	}
	if !toks[b-1].is("and", "says", "said") && toks[b-1].text != "," {
		return ""
	}
	for _, c := range out {
		if h := lastWord(c.noun); impliedHeads[h] && !c.implied {
			return h
		}
	}
	return ""
}

// Verbs that give a figure its value: "the death toll rose to 30".
var figureVerbs = setOf(`is|was|rose|fell|jumped|climbed|reached|stood|dropped|increased|grew|hit`)

// numberOf reads a number that is the value of a tally named before it
// in its clause: "the death toll rose to 30" counts deaths, "the number
// of hospitalisations for dengue has reached 2,720" hospitalisations.
// It returns the noun and the span of the phrase that names what is
// counted, from after "number of" to its verb.
func numberOf(toks []token, i int) (string, [2]int) {
	b := i - wordCount(qualifierBefore(toks, i))
	if tallyUpTo(toks, i) {
		b = i
	}
	if b < 3 || !(toks[b-1].is("to", "at") || figureVerbs[toks[b-1].lower()]) {
		return "", [2]int{}
	}
	if toks[b-1].is("at") && toks[b-2].is("stand", "stands", "stood") {
		return standingTally(toks, b-2)
	}
	// The verb that takes the figure: the last one before it.
	verb := -1
	for k := b - 1; k > 0 && k >= b-22 && toks[k].text != "," && toks[k].text != ";"; k-- {
		if verb < 0 && figureVerbs[toks[k].lower()] {
			verb = k
			for verb > 0 && toks[verb-1].is("has", "had", "have") {
				verb--
			}
		}
		if toks[k].is("toll") && toks[k-1].is("death") && (verb == k+1 || k+1 == b-1) {
			return "deaths", [2]int{}
		}
		if toks[k].is("number") && k+2 < len(toks) && toks[k+1].is("of") && verb > k+2 && verb-k <= 18 {
			n := toks[k+2].lower()
			if !toks[k+2].is("injured", "dead", "wounded") && !(nounWord(toks[k+2]) && isPlural(n)) && !namedPlural(toks[k+2:verb]) {
				return "", [2]int{}
			}
			// The noun is the whole phrase: the article may count
			// "people" in several ways.
			return joinTokens(toks[k+2 : verb]), [2]int{k + 2, verb}
		}
	}
	return tallyAcross(toks, b) // tallyacross.go
}

// tallyUpTo reports "up to" that gives a tally its value rather than a
// ceiling: "the number of cases is now up to 312", "has gone up to".
func tallyUpTo(toks []token, i int) bool {
	return i >= 3 && toks[i-1].is("to") && toks[i-2].is("up") && toks[i-3].is("now", "is", "gone", "went", "risen", "rose", "climbed", "moved")
}

// namedPlural reports a counted phrase that opens on a name or on
// modifiers and ends on a plural noun: "Ebola cases", "confirmed
// COVID-19 infections" ("the number of Ebola cases").
func namedPlural(ts []token) bool {
	if len(ts) < 2 || len(ts) > 4 {
		return false
	}
	for _, t := range ts {
		if !t.isWord() && !strings.Contains(t.text, "-") {
			return false
		}
	}
	last := ts[len(ts)-1]
	return nounWord(last) && isPlural(last.lower())
}

// standingTally reads the tally that "stand at" gives its figure:
// "cumulative confirmed cases stand at 48" counts cumulative confirmed
// cases. The counted phrase is the lower-case words before the verb,
// ending on a noun that is tallied (not "temperatures stand at 40"),
// at most four of them and opening the clause
// (after a comma, "and" or the sentence's start), so that "the share of
// voters stood at 40" is no count of voters.
var tallyHeads = setOf(`cases|deaths|infections|recoveries|admissions|casualties|fatalities|arrests|victims|patients|hospitalisations|hospitalizations|vaccinations|doses|tests|votes|seats|members|subscribers|users|visitors|jobs|claims|applications|refugees|evacuees`)

func standingTally(toks []token, verb int) (string, [2]int) {
	if verb < 1 || !tallyHeads[toks[verb-1].lower()] {
		return "", [2]int{}
	}
	j := verb - 1
	for j > 0 && verb-j < 4 && toks[j-1].isWord() && (!toks[j-1].cap() || j == 1) && !nounStops[toks[j-1].lower()] {
		j--
	}
	if j > 0 && !(toks[j-1].text == "," || toks[j-1].is("and", "the") || toks[j-1].text == "\"" || toks[j-1].text == "“") {
		return "", [2]int{}
	}
	noun := joinTokens(toks[j:verb])
	if j == 0 { // "Deaths stood at 19": the sentence's capital
		noun = strings.ToLower(noun[:1]) + noun[1:]
	}
	return noun, [2]int{j, verb}
}

// Things a compound adjective counts ("a 30-bed ward", "a two-stage
// rocket"). A closed list: the open set holds measures ("a 4-inch
// telescope"), times ("a three-time winner"), scores ("40-love"), scales
// ("a 483-million kilometer trip") and fractions ("two-third majority").
var compoundUnits = setOf(`seat|bed|car|carriage|wagon|room|party|nation|country|state|team|club|stage|event|lane|engine|vehicle|ship|floor|member|judge|justice|county|district`)

// compoundCount reads a count written as an adjective: "the 150-seat
// parliament" counts seats, "a two-stage rocket" stages, "the nine-party
// bloc" parties. The phrase runs to the noun described, up to two words.
// Lengths of time ("a 41-year wait", "a five-day visit") say how long,
// which "How many …?" does not ask, and are left out.
func compoundCount(toks []token, i int) (count, bool) {
	t := toks[i]
	num, unit, ok := strings.Cut(t.text, "-")
	if !ok || t.punct || i+1 >= len(toks) || !compoundUnits[unit] && !compoundPageUnit(unit) {
		return count{}, false
	}
	v, err := strconv.Atoi(num)
	words := false
	if err != nil {
		v, words = smallNumbers[strings.ToLower(num)], true
	}
	if c, ok := commaFigure(num); ok { // compoundpages.go
		v, words = c, false
	} else if v < 2 || v >= 1900 {
		return count{}, false
	}
	end := i + 1
	// A capital "A" names ("the 30-bed Sky A ward").
	for end < len(toks) && end < i+4 && toks[end].isWord() && (!nounStops[toks[end].lower()] || end > i+1 && toks[end].cap()) && !isNumberWord(toks[end]) && !toks[end].is("only", "already", "now") {
		end++
		if !toks[end-1].cap() && isPlural(toks[end-1].lower()) {
			break
		}
	}
	if end, ok = compoundNameEnd(toks, i+1, end); !ok || end == i+1 { // compoundname.go
		return count{}, false
	}
	noun := unit + "s"
	if strings.HasSuffix(unit, "y") {
		noun = unit[:len(unit)-1] + "ies"
	}
	return count{value: v, words: words, start: i, end: end, nounStart: i + 1, noun: noun, implied: true, compound: true}, true
}

// partitive reads a count of part of a set counted after it: "51 of the
// state's 67 counties", "seven of the 10 counts". The count is the
// number at toks[i] with the set's noun; its phrase runs to the set's
// noun, and the set is found as a count of its own.
func partitive(toks []token, i, end, v int, words bool) (count, bool) {
	from := outOfTotal(toks, end)
	if from < 0 {
		if end+2 >= len(toks) || !toks[end].is("of") || !toks[end+1].is("the", "its", "their", "these", "those", "his", "her") && !bareWhole(toks, end+1) {
			return count{}, false
		}
		from = end + 2
		if bareWhole(toks, end+1) {
			from = end + 1
		}
	}
	for j := from; j < len(toks) && j <= from+2; j++ {
		m, mEnd, _, ok := numberAt(toks, j)
		if !ok {
			if toks[j].punct && toks[j].text != "’" && toks[j].text != "'" {
				return count{}, false
			}
			continue
		}
		nounEnd, noun := countedNoun(toks, mEnd)
		if m <= v || noun == "" || durations[toks[mEnd].lower()] {
			return count{}, false
		}
		return count{value: v, words: words, start: i, end: nounEnd, nounStart: end, noun: noun,
			qualifier: qualifierBefore(toks, i), partitive: true}, true
	}
	return count{}, false
}

// outOfTotal returns where the whole's number may start after "56 out of
// 59 seats" or "56 out of a total (of) 59 seats", or -1: the share is
// read as "56 of the 59 seats" is.
func outOfTotal(toks []token, end int) int {
	if end+2 >= len(toks) || !toks[end].is("out") || !toks[end+1].is("of") {
		return -1
	}
	k := end + 2
	if k+1 < len(toks) && toks[k].is("a") && toks[k+1].is("total") {
		k += 2
		if k < len(toks) && toks[k].is("of") {
			k++
		}
	}
	return k
}

// qualifierBefore is the qualifier just before toks[i] ("at least",
// "nearly"), or "".
func qualifierBefore(toks []token, i int) string {
	for qi, qw := range qualifierWords {
		j := i - len(qw)
		if j < 0 {
			continue
		}
		match := true
		for k, w := range qw {
			if !toks[j+k].is(w) {
				match = false
			}
		}
		if match {
			return qualifiers[qi]
		}
	}
	return ""
}

// lengthCounted says whether a length of time, the number at toks[i] and
// its unit at toks[unit] (the phrase ending at end), is counted as the
// lists of facts count it: a sentence ("13 years in prison", "sentenced
// to 27 months", "two years of probation"), a span of something done
// ("four days of talks", "200 hours of community service") and a span
// of years ("for 26 years", "the first in 11 years", "over the next four
// years"). Other lengths ("for about six hours", "two days after the
// visit", "after 28 years"), ages ("five years old", "aged six months", "4 years of age"),
// times before now ("three years ago"), a cause ("ravaged by 12 years of
// war") and a length with a remainder ("six years and eight months",
// which no one number answers) are not.
func lengthCounted(toks []token, i, unit, end int) bool {
	next := func(k int, words ...string) bool { return k < len(toks) && toks[k].is(words...) }
	if next(unit+1, "old", "ago") || next(unit+1, "of") && next(unit+2, "age") || next(unit+1, "and") && unit+2 < len(toks) && isNumberWord(toks[unit+2]) {
		return false
	}
	// The word before the number, past a qualifier and "the last/past/next".
	b := i - wordCount(qualifierBefore(toks, i))
	if b >= 2 && toks[b-1].is("last", "past", "next") && toks[b-2].is("the") {
		b -= 2
	}
	before := func(words ...string) bool { return b > 0 && toks[b-1].is(words...) }
	if before("aged", "age", "by") || b >= 2 && toks[b-1].is("to", "and", "or") && durations[toks[b-2].lower()] {
		return false
	}
	switch {
	case next(unit+1, "in") && next(unit+2, "prison", "jail", "custody"), next(unit+1, "behind") && next(unit+2, "bars"):
		return true
	case b >= 2 && before("to") && toks[b-2].is("sentenced", "jailed", "imprisoned"):
		return true
	// "sent to jail for 15 months", "a prison term of three years"
	case b >= 2 && before("for") && toks[b-2].is("jail", "prison", "jailed", "imprisoned"),
		b >= 3 && before("of") && toks[b-2].is("term", "sentence") && toks[b-3].is("jail", "prison"):
		return true
	case end > unit+1 && toks[unit+1].is("of"):
		return true // "four days of talks"
	}
	years := toks[unit].is("years", "decades", "centuries")
	return years && before("for", "in", "over")
}

// isNumberWord reports a number in digits or words: "eight" in "six
// years and eight months".
func isNumberWord(t token) bool {
	if _, ok := wordValue(t.lower()); ok {
		return true
	}
	return t.text != "" && t.text[0] >= '0' && t.text[0] <= '9'
}

// countedNoun reads the noun phrase after a number: up to three words,
// ending on a plural ("ceasefire agreements", "adjacent territories"), plus
// an "of" phrase after a measure ("days of talks").
func countedNoun(toks []token, i int) (end int, noun string) {
	last, limit := -1, i+4
	// Up to four words: "nine large local health departments".
	for j := i; j < len(toks) && j < limit; j++ {
		t := toks[j]
		// "three more modules", but not "more than".
		if j == i && t.is("more") && j+1 < len(toks) && !toks[j+1].is("than") {
			continue
		}
		// "75 road and rail projects": a modifier joined by "and" before
		// the plural.
		if last < 0 && j > i && j+2 < len(toks) && t.is("and") && nounWord(toks[j-1]) && nounWord(toks[j+1]) && !isPlural(toks[j+1].lower()) {
			limit++
			continue
		}
		if t.punct || nounStops[t.lower()] {
			break
		}
		// "five nations joined forces": a verb after the plural ends the
		// phrase ("five armed groups" keeps its adjective before it).
		if l := t.lower(); last >= 0 && (pastVerbs[l] != "" || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")) {
			break
		}
		// "three Americans", "134 MPs": a people or an acronym in the plural.
		head := strings.TrimSuffix(t.text, "s")
		demonym := t.cap() && head != t.text && (nationalities[head] != "" || len(head) >= 2 && strings.ToUpper(head) == head)
		if t.cap() && !nationalityOrAcronym(t.text) && !demonym && !namedBeforePlural(toks, j, i+4) {
			break
		}
		if demonym {
			last = j
			continue
		}
		if _, isNum := wordValue(t.lower()); isNum || (t.text[0] >= '0' && t.text[0] <= '9') {
			break
		}
		if !t.cap() && isPlural(t.lower()) {
			last = j
		}
	}
	// Money is no count, nor is a rate ("40,000 kilometres per hour",
	// "24 hours a day") or a measure ("3 feet", "382 kilograms", "8
	// degrees"). A length of time is read here and kept by findCounts only
	// in the shapes lengthCounted allows.
	if last < 0 || currencies[toks[last].lower()] || last+1 < len(toks) && toks[last+1].is("per", "a", "an") ||
		last == i && units[toks[last].lower()] {
		return 0, ""
	}
	end = last + 1
	// "4,000 nurses, porters and cleaners": a list with commas is one
	// group, counted whole ("12 nurses and porters" may count the nurses
	// alone, so a list without a comma is not read).
	if k := listEnd(toks, end); k > end {
		end = k
	}
	if last == i && measures[toks[last].lower()] && end+1 < len(toks) && toks[end].is("of") {
		// "days of talks", "years of rule", "weeks of tense negotiations"
		word := func(k int) bool {
			return k < len(toks) && toks[k].isWord() && !toks[k].cap() && !nounStops[toks[k].lower()]
		}
		k := end + 1
		// "days of intense rain", "hours of community service": a second
		// word that is no verb belongs to the phrase.
		second := word(k+1) && pastVerbs[toks[k+1].lower()] == "" && !strings.HasSuffix(toks[k+1].lower(), "ed")
		if word(k) && second {
			end = k + 2
		} else if word(k) {
			end = k + 1
		}
	}
	var b strings.Builder
	for k, t := range toks[i:end] {
		if k > 0 && t.text != "," {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return end, b.String()
}

// listEnd returns the end of a list of plurals after the counted noun
// ending at toks[i] (", porters and cleaners"), or i. Each item is up to
// three words ending in a plural; the list ends with "and" before its
// last item. ", or families," restates the noun and is left out.
func listEnd(toks []token, i int) int {
	// ", and other areas near the fire" is a clause of its own: a list
	// has an item between the comma and "and".
	if i+1 >= len(toks) || toks[i].text != "," || toks[i+1].is("and") {
		return i
	}
	for k := i + 1; k < len(toks); {
		last := k < len(toks) && toks[k].is("and")
		if last {
			k++
		}
		e := k
		for e < k+2 && e < len(toks) && nounWord(toks[e]) && !isPlural(toks[e].lower()) {
			e++
		}
		if e >= len(toks) || !nounWord(toks[e]) || !isPlural(toks[e].lower()) {
			return i
		}
		// "police officers"
		for e+1 < len(toks) && nounWord(toks[e+1]) && isPlural(toks[e+1].lower()) {
			e++
		}
		k = e + 1
		if last {
			return k
		}
		if k < len(toks) && toks[k].text == "," {
			k++
		} else if k >= len(toks) || !toks[k].is("and") {
			return i
		}
	}
	return i
}

// nounWord reports a lowercase word that can be part of a counted noun:
// no function word, number, verb form ("injuring", "wounded") or rough
// number ("dozens").
func nounWord(t token) bool {
	l := t.lower()
	return t.isWord() && !t.cap() && !nounStops[l] && !isNumberWord(t) && pastVerbs[l] == "" &&
		!strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "ed") && !roughNumbers[l]
}

var roughNumbers = map[string]bool{"dozens": true, "scores": true, "hundreds": true, "thousands": true, "millions": true}

// namedBeforePlural reports capitalised words from toks[j] that name
// what a plural before limit counts: "two Peach County deputies",
// "three affiliated Pacific Island jurisdictions". A month or a weekday
// is no such name.
func namedBeforePlural(toks []token, j, limit int) bool {
	for k := j; k < len(toks) && k < limit; k++ {
		t := toks[k]
		if t.punct || weekdays[t.text] || monthIndex[t.lower()] > 0 {
			return false
		}
		if !t.cap() {
			// "two Arkansas law enforcement officers": plain nouns
			// between the name and the plural.
			if k > j && nounWord(t) && !isPlural(t.lower()) && k+1 < limit {
				continue
			}
			// "three Tarrow port authority staff members": a plural that
			// a noun past the phrase's four words follows is no end.
			if k+1 >= limit && k+1 < len(toks) && nounWord(toks[k+1]) {
				return false
			}
			return k > j && isPlural(t.lower()) && !nounStops[t.lower()]
		}
	}
	return false
}

func nationalityOrAcronym(w string) bool {
	if _, ok := nationalities[w]; ok {
		return true
	}
	if len(w) >= 2 && strings.ToUpper(w) == w {
		return true
	}
	return false
}

var unitWords = []string{"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tensWords = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}

// numberWords writes n in words the way news text does, for the numbers a
// wrong count statement needs; it falls back to digits above 999,999.
func numberWords(n int) string {
	if words := smallNumberWords(); n >= 0 && n < len(words) {
		return words[n]
	}
	return spellNumber(n)
}

// smallNumberWords is numberWords of 0 to 999, written once per process:
// the writer writes the numbers of every count it compares.
var smallNumberWords = sync.OnceValue(func() []string {
	words := make([]string, 1000)
	for n := range words {
		words[n] = spellNumber(n)
	}
	return words
})

// spellNumber is numberWords written anew.
func spellNumber(n int) string {
	switch {
	case n < 0 || n >= 1000000:
		return formatDigits(n)
	case n == 0:
		return "zero"
	case n < 20:
		return unitWords[n]
	case n < 100:
		if n%10 == 0 {
			return tensWords[n/10]
		}
		return tensWords[n/10] + "-" + unitWords[n%10]
	case n < 1000:
		s := unitWords[n/100] + " hundred"
		if n%100 != 0 {
			s += " " + spellNumber(n%100)
		}
		return s
	default:
		s := spellNumber(n/1000) + " thousand"
		if n%1000 != 0 {
			s += " " + spellNumber(n%1000)
		}
		return s
	}
}

// formatDigits writes n with thousands separators from 10,000 on: 60000
// gives "60,000", 9000 stays "9000" (commaDigits writes "9,000").
func formatDigits(n int) string {
	if n < 10000 && n > -10000 {
		return strconv.Itoa(n)
	}
	return commaDigits(n)
}

// sentCounts is findCounts of one sentence, no token taken, kept with the
// tokens it read: while a sentence's pronoun is replaced (withReferent)
// its tokens are another slice, read anew.
type sentCounts struct {
	toks   []token
	counts []count
}

// sentenceCounts is findCounts of sentence si with no token taken, read
// once per text rather than once per How many question (timeFrameProblem
// reads every sentence's counts).
func (w *writer) sentenceCounts(si int) []count {
	if w.countsOf == nil {
		w.countsOf = make([]sentCounts, len(w.sents))
	}
	toks, c := w.sents[si].toks, &w.countsOf[si]
	if c.toks == nil || !sameSlice(c.toks, toks) {
		*c = sentCounts{toks: toks, counts: findCounts(toks, make([]bool, len(toks)))}
	}
	return c.counts
}

// sameSlice reports whether a and b are the same tokens in memory (a
// cache holds a, so no other slice can take its place).
func sameSlice(a, b []token) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}

// smallCountForms is countForms of 0 to 999, made once per process: the
// writer compares every pair of questions with the forms of a count's
// number. The slices are clipped, so that a caller's append copies them.
var smallCountForms = sync.OnceValue(func() [][]string {
	forms := make([][]string, 1000)
	for n := range forms {
		forms[n] = slices.Clip(makeCountForms(n))
	}
	return forms
})
