package generate

import (
	"strconv"
	"strings"

	"factquiz/quiz"
)

// A winner's tally is often written as an ordinal: "gave Williams her
// sixth Wimbledon singles title" says she has won six. Only tallies of
// things won or scored are read, so that the question "How many … has
// Williams won?" is the ordinal's own claim; "his second term" or "the
// third summit" count nothing a learner can be asked in those words.

var ordinalWords = map[string]int{
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

// ordinalHeads are the things a tally counts, with their plural and the
// verb that wins them.
var ordinalHeads = map[string][2]string{
	"title":        {"titles", "won"},
	"crown":        {"crowns", "won"},
	"championship": {"championships", "won"},
	"medal":        {"medals", "won"},
	"trophy":       {"trophies", "won"},
	"major":        {"majors", "won"},
	"goal":         {"goals", "scored"},
	"slam":         {"Slams", "won"}, // "her 15th Grand Slam"
}

// ordinalValue reads an ordinal from two on: "sixth", "15th".
func ordinalValue(t token) (int, bool) {
	if v, ok := ordinalWords[t.lower()]; ok {
		return v, true
	}
	if !ordinalNumber(t) {
		return 0, false
	}
	v, err := strconv.Atoi(t.lower()[:len(t.lower())-2])
	return v, err == nil && v >= 2
}

// ordinalCount reads "her sixth Wimbledon singles title" at toks[i], the
// ordinal: after a possessive (her, his, or a name's), up to four words
// that qualify the thing, then the thing. A tally that goes on with a
// frame ("her third title of the year", "his fifth goal in the final")
// counts part of a career, which the question would not say: no count.
func ordinalCount(toks []token, i int) (count, bool) {
	// The possessive first: findCounts asks this of every word, and few
	// follow one.
	if i == 0 {
		return count{}, false
	}
	if prev := &toks[i-1]; !prev.is("her", "his") && !(prev.poss && prev.cap()) {
		return count{}, false
	}
	v, ok := ordinalValue(toks[i])
	if !ok {
		return count{}, false
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		t := toks[j]
		if !t.isWord() || nounStops[t.lower()] || pastVerbs[t.lower()] != "" {
			return count{}, false
		}
		head, ok := ordinalHeads[t.lower()]
		if !ok || laterHead(toks, j+1, i+5) {
			continue // "her fourth straight major singles title" counts titles
		}
		if j+1 < len(toks) && (toks[j+1].is("of", "this", "in", "since", "at", "for", "that", "with") || strings.HasPrefix(toks[j+1].text, "-")) {
			return count{}, false
		}
		// "on Saturday" dates the win; "on clay", "on the road" frame it.
		if j+2 < len(toks) && toks[j+1].is("on") && !dayOrMonth(toks[j+2]) {
			return count{}, false
		}
		noun := joinTokens(toks[i+1 : j])
		noun = strings.TrimSpace(noun + " " + head[0])
		return count{value: v, words: !ordinalNumber(toks[i]), start: i, end: j + 1, nounStart: i + 1, noun: noun, ordinal: true}, true
	}
	return count{}, false
}

// laterHead reports another tallied thing in the noun phrase going on
// from toks[j], up to toks[limit].
func laterHead(toks []token, j, limit int) bool {
	for ; j < len(toks) && j <= limit; j++ {
		t := toks[j]
		if !t.isWord() || nounStops[t.lower()] {
			return false
		}
		if _, ok := ordinalHeads[t.lower()]; ok {
			return true
		}
	}
	return false
}

func dayOrMonth(t token) bool {
	_, month := monthIndex[t.lower()]
	return month || t.is("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
}

// ordinalTally asks a winner's tally: "How many Wimbledon singles titles
// has Serena Williams won, according to the article?"
func (w *writer) ordinalTally(fi int) bool {
	f := w.facts[fi]
	toks := w.sents[f.sent].toks
	if inQuote(toks, f.c.start) || w.historyPage() {
		return false
	}
	holder := w.tallyHolder(toks, f.c.start-1)
	if holder == "" {
		return false
	}
	verb := ordinalHeads[strings.ToLower(lastWord(toks[f.c.end-1].text))][1]
	prompt := "How many " + f.Noun + " has " + holder + " " + verb + ", according to the article?"
	q := quiz.Question{Type: quiz.Number, Prompt: prompt, Numbers: []quiz.NumberAnswer{{Value: float64(f.Number)}},
		Explanation: "The article calls it " + holder + "’s " + toks[f.c.start].text + spaced(toks[f.c.start+1:f.c.end]) + "."}
	return w.add(fi, q, strconv.Itoa(f.Number), nil, slug(f.Noun))
}

// tallyHolder names whose tally the possessive at toks[p] is: the name
// itself ("Murray's"), or for "her" and "his" the name just before
// ("gave Williams her sixth title") or the sentence's subject when it
// is the only name before the possessive ("Halep won her second major").
// The name is given in full when the article names one person so.
func (w *writer) tallyHolder(toks []token, p int) string {
	end := p + 1
	if toks[p].is("her", "his") {
		end = p
		if p == 0 || !toks[p-1].cap() {
			// The subject: a name opening the sentence, and no other
			// capitalised word until the possessive.
			n := 0
			for n < p && toks[n].cap() && toks[n].isWord() {
				n++
			}
			if n == 0 || n == p {
				return ""
			}
			for k := n; k < p; k++ {
				if toks[k].cap() || !toks[k].isWord() {
					return ""
				}
			}
			end = possessorEnd(toks, n) // ownyear.go
		}
	}
	start := end - 1
	for start > 0 && toks[start-1].cap() && toks[start-1].isWord() && !toks[start-1].poss && end-start < 3 {
		start--
	}
	if start < 0 || start >= end {
		return ""
	}
	words := make([]string, 0, end-start)
	for _, t := range toks[start:end] {
		words = append(words, t.text) // without the possessive
	}
	name := strings.Join(words, " ")
	if start == 0 && end-start == 1 && w.sents != nil && commonCapital(toks[0]) {
		return ""
	}
	if !strings.Contains(name, " ") {
		return w.fullName(name)
	}
	return name
}

// commonCapital reports a sentence's first word that is no name.
func commonCapital(t token) bool {
	return notNames[t.text] || nounStops[t.lower()] || t.is("her", "his", "its", "their")
}

// fullName is the one "First Surname" the article writes for a surname,
// or "" when it writes two (Venus and Serena Williams) and the surname
// alone when it writes none.
func (w *writer) fullName(surname string) string {
	full := ""
	for _, s := range w.sents {
		for k := 1; k < len(s.toks); k++ {
			if s.toks[k].text != surname || !s.toks[k-1].cap() || !s.toks[k-1].isWord() || s.toks[k-1].poss || k-1 == 0 && commonCapital(s.toks[0]) {
				continue
			}
			if _, title := titlesByFirstWord[s.toks[k-1].lower()]; title || honorifics[s.toks[k-1].text] || s.toks[k-1].is("miss", "coach") {
				continue
			}
			name := s.toks[k-1].text + " " + surname
			if full != "" && full != name {
				return ""
			}
			full = name
		}
	}
	if full == "" {
		return surname
	}
	return full
}
