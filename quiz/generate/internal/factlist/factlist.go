// Package factlist reads the hand-made lists of an article's facts (the
// NAME.facts files of the generator's corpus and of the real pages) and
// measures what the generator found and asked against them. The corpus
// test and the measure command share it, so both count the same way.
//
// The format is described in quiz/generate/testdata/corpus/README.md: one
// fact a line, "kind: field | field …", a line starting with # is a
// comment.
package factlist

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"factquiz/quiz/generate"
)

// Not is the kind of a "not:" line: text that must not be taken for a
// fact.
const Not = "not"

// Kinds are the kinds of listed facts, in the order reports show them.
var Kinds = []generate.Kind{generate.Date, generate.Leader, generate.Count, generate.Place, generate.Quote, generate.Actor}

// fieldNames says, for each kind, the fields a line must have.
var fieldNames = map[string][]string{
	"date":   {"the date as written", "the event"},
	"leader": {"the person", "the office", "the country or organisation (may be empty)"},
	"count":  {"the number in digits", "the counted noun"},
	"place":  {"the place as written", "what it is (city, country, region, venue…)"},
	"quote":  {"the speaker", "a few words of the quotation"},
	"actor":  {"the doer", "what they did, verb first"},
	Not:      {"the text that must not be taken for a fact"},
}

// Entry is one line of a facts file.
type Entry struct {
	// Kind is "date", "leader", "count", "place", "quote", "actor" or
	// "not".
	Kind string
	// Fields are the line's fields, trimmed, in order.
	Fields []string
	// File and Line say where the entry was written ("d01.facts", 5).
	File string
	Line int
}

// Pos is where the entry stands: "NAME.facts:LINE".
func (e Entry) Pos() string { return e.File + ":" + strconv.Itoa(e.Line) }

// String writes the entry as its line: "date: Feb. 15 | the truce takes
// effect".
func (e Entry) String() string {
	s := e.Kind + ": " + strings.Join(e.Fields, " | ")
	return strings.TrimRight(s, " |")
}

// Number is a count entry's number (0 for other kinds).
func (e Entry) Number() int {
	if e.Kind != string(generate.Count) {
		return 0
	}
	n, _ := parseNumber(e.Fields[0])
	return n
}

// List is a parsed facts file.
type List struct {
	File string
	// Facts are the fact lines, in file order.
	Facts []Entry
	// Not are the "not:" lines.
	Not []Entry
}

// LineError is a problem at one line of a facts file.
type LineError struct {
	File string
	Line int
	Msg  string
}

func (e LineError) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	return e.File + ":" + strconv.Itoa(e.Line) + ": " + e.Msg
}

// Errors are every problem of a file, one per line.
type Errors []LineError

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Parse reads a facts file strictly: every line that is not blank or a
// comment must be a known kind with its fields, all non-empty but a
// leader's country, a count's number in digits, and no line twice. file
// names the file in messages ("a-ceasefire-minsk.facts").
func Parse(file string, data []byte) (List, error) {
	l := List{File: file}
	var errs Errors
	bad := func(line int, format string, a ...any) {
		errs = append(errs, LineError{file, line, fmt.Sprintf(format, a...)})
	}
	if !utf8.Valid(data) {
		return l, Errors{{file, 0, "the file is not UTF-8 text"}}
	}
	seen := map[string]int{}
	for i, raw := range strings.Split(string(data), "\n") {
		n := i + 1
		line := strings.TrimSpace(strings.TrimSuffix(raw, "\r"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind, rest, ok := strings.Cut(line, ":")
		kind = strings.TrimSpace(kind)
		names, known := fieldNames[kind]
		if !ok || !known {
			if ok && !strings.ContainsAny(kind, " |") {
				bad(n, "unknown kind %q: a line starts with date, leader, count, place, quote, actor or not, then a colon", kind)
			} else {
				bad(n, "a fact line is \"kind: field | field\" (kinds: date, leader, count, place, quote, actor, not), not %q", line)
			}
			continue
		}
		var fields []string
		if kind == Not {
			// A not: text is one field; it may hold any character.
			fields = []string{strings.TrimSpace(rest)}
		} else {
			for _, f := range strings.Split(rest, "|") {
				fields = append(fields, strings.TrimSpace(f))
			}
		}
		if kind == string(generate.Leader) && len(fields) == 2 {
			bad(n, "a leader line has three fields (%s); write a final \" |\" when the country is not said", strings.Join(names, " | "))
			continue
		}
		if len(fields) != len(names) {
			bad(n, "a %s line has %d field(s) (%s), this one has %d", kind, len(names), strings.Join(names, " | "), len(fields))
			continue
		}
		empty := false
		for j, f := range fields {
			if f == "" && !(kind == string(generate.Leader) && j == 2) {
				bad(n, "%s is empty", names[j])
				empty = true
			}
		}
		if empty {
			continue
		}
		if kind == string(generate.Count) {
			if _, ok := parseNumber(fields[0]); !ok {
				bad(n, "the number of a count is written in digits (\"5000\", \"5,000\" or \"5.7 million\"), not %q", fields[0])
				continue
			}
		}
		e := Entry{Kind: kind, Fields: fields, File: file, Line: n}
		key := kind + ":" + normalize(strings.Join(fields, "|"))
		if first, dup := seen[key]; dup {
			bad(n, "the same fact is already listed at line %d", first)
			continue
		}
		seen[key] = n
		if kind == Not {
			l.Not = append(l.Not, e)
		} else {
			l.Facts = append(l.Facts, e)
		}
	}
	if len(errs) == 0 && len(l.Facts) == 0 {
		errs = append(errs, LineError{file, 0, "no facts are listed"})
	}
	if len(errs) > 0 {
		return l, errs
	}
	return l, nil
}

// parseNumber reads "5000" or "5,000" (commas only between groups of
// three digits), or a number with a scale word: "21 million", "5.7
// million", "2 billion", "3 thousand", as long as it comes to a whole
// number.
func parseNumber(s string) (int, bool) {
	num, scale, scaled := strings.Cut(s, " ")
	if scaled {
		mult := map[string]int{"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]
		whole, frac, dotted := strings.Cut(num, ".")
		w, ok := parseNumber(whole)
		if mult == 0 || !ok {
			return 0, false
		}
		n := w * mult
		if dotted {
			f, ok := parseNumber(frac)
			if !ok || strings.Contains(frac, ",") || len(frac) > 9 {
				return 0, false
			}
			div := 1
			for range frac {
				div *= 10
			}
			if f*mult%div != 0 {
				return 0, false
			}
			n += f * mult / div
		}
		return n, true
	}
	groups := strings.Split(s, ",")
	for i, g := range groups {
		if g == "" || (i > 0 && len(g) != 3) || (len(groups) > 1 && i == 0 && len(g) > 3) {
			return 0, false
		}
		for _, c := range g {
			if c < '0' || c > '9' {
				return 0, false
			}
		}
	}
	n, err := strconv.Atoi(strings.Join(groups, ""))
	return n, err == nil
}

// Check finds the lines of a list that do not agree with the article's
// text: a date, a leader's name, a place, a quotation's words or a not:
// text that does not occur in it (a typo there would silently lower the
// figures).
func Check(l List, text string) Errors {
	norm := " " + normalize(text) + " "
	var errs Errors
	for _, e := range append(append([]Entry{}, l.Facts...), l.Not...) {
		var what, s string
		switch e.Kind {
		case string(generate.Date):
			what, s = "the date", e.Fields[0]
		case string(generate.Leader):
			what, s = "the person", e.Fields[0]
		case string(generate.Place):
			what, s = "the place", e.Fields[0]
		case string(generate.Quote):
			what, s = "the quotation's words", e.Fields[1]
		case Not:
			what, s = "the text", e.Fields[0]
		default:
			continue
		}
		if !strings.Contains(norm, normalize(s)) {
			errs = append(errs, LineError{e.File, e.Line, fmt.Sprintf("%s %q does not occur in the article", what, s)})
		}
	}
	return errs
}

// Matches says whether a fact the generator found is the listed one:
//   - a date by its text;
//   - a leader by person, office (through Office: "Premier" is "Prime
//     Minister", case does not matter) and country (through Country:
//     "U.S." is "United States");
//   - a count by its number and its noun, one a word-prefix of the other
//     ("days" and "days of talks"; a parenthesised remark in the list is
//     left out);
//   - a place by its text;
//   - a quote by its speaker and the listed words being inside the found
//     quotation;
//   - an actor by the doer and the first word of the action.
//
// Texts are compared without regard to case, spacing, or the form of
// quotes and dashes.
func Matches(e Entry, f generate.Fact) bool {
	if string(f.Kind) != e.Kind {
		return false
	}
	switch f.Kind {
	case generate.Date:
		return same(f.Text, e.Fields[0]) || spanEnd(f.Text, e.Fields[0])
	case generate.Leader:
		// A leader found without a country ("President Harry S. Truman",
		// the phrase names none) matches: its questions are asked without
		// one ("Which of these people was a president …?").
		// The list may write the body inside the office ("President of
		// the European Commission", "Northern Tablelands MP") and an
		// honorific before the name ("Sir Peter Cosgrove").
		// A former holder ("former New Orleans mayor X", found as the
		// office "Mayor" held in the past) is the listed "former Mayor"
		// and nothing else.
		listed := e.Fields[1]
		if f.Former {
			l, was := dropFormer(listed)
			if !was {
				return false
			}
			listed = l
		}
		office := sameOffice(f.Office, listed) || f.Country != "" &&
			(sameOffice(f.Office+" of "+f.Country, listed) || sameOffice(f.Office+" of the "+f.Country, listed))
		seat := f.Country == "" && same(f.Office, e.Fields[2]+" "+listed)
		return (same(f.Person, e.Fields[0]) || same(f.Person, dropHonorific(e.Fields[0]))) && (office || seat) &&
			(f.Country == "" || Country(f.Country) == Country(e.Fields[2]))
	case generate.Count:
		return f.Number == e.Number() && prefixWords(strings.Fields(normalize(f.Noun)), strings.Fields(normalize(dropParens(e.Fields[1]))))
	case generate.Place:
		p := f.Place
		if p == "" {
			p = f.Text
		}
		return same(p, e.Fields[0])
	case generate.Quote:
		w := normalize(e.Fields[1])
		return same(f.Speaker, e.Fields[0]) && w != "" && strings.Contains(normalize(f.Quotation), w)
	case generate.Actor:
		a, b := strings.Fields(normalize(f.Action)), strings.Fields(normalize(e.Fields[1]))
		// "The Ministry of Health" listed is the generator's "Ministry of
		// Health": a leading "the" names no other doer.
		doer := same(f.Doer, e.Fields[0]) || Country(f.Doer) == Country(e.Fields[0])
		return doer && len(a) > 0 && len(b) > 0 && a[0] == b[0]
	}
	return false
}

// spanEnd reports a listed year that begins or ends a span found whole:
// "1533–1603" asks when Elizabeth I was born (1533) and died (1603).
func spanEnd(found, listed string) bool {
	from, to, ok := strings.Cut(normalize(found), "-")
	l := normalize(listed)
	return ok && len(l) == 4 && (from == l || to == l) && len(from) == 4 && len(to) == 4
}

func same(a, b string) bool {
	na := normalize(a)
	return na != "" && na == normalize(b)
}

// prefixWords: one list of words begins the other (neither empty).
func prefixWords(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// dropParens removes parenthesised remarks: "point package (13-point)".
func dropParens(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// normalize lowers the case, makes quotes and dashes plain, closes the
// spaces on either side of dashes and collapses white space, and trims punctuation
// at both ends.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case '‘', '’', '‛', '′':
			r = '\''
		case '“', '”', '„', '″':
			r = '"'
		case '–', '—', '‐', '‑', '−':
			r = '-'
		case '\u00a0', '\t', '\n', '\r':
			r = ' '
		}
		b.WriteRune(r)
	}
	s = strings.Join(strings.Fields(b.String()), " ")
	// A dash at a line's end or start (a credit "– Malay Mail") has a
	// space on one side only: close both sides everywhere.
	s = strings.ReplaceAll(strings.ReplaceAll(s, " -", "-"), "- ", "-")
	return strings.Trim(s, " .,;:")
}

// officeWords are the words (or word groups) of an office written in
// another way, and their canonical form.
var officeWords = map[string]string{
	"premier": "prime minister", "pm": "prime minister",
	"sen.": "senator", "sen": "senator", "gen.": "general", "rep.": "representative",
	"defense": "defence", "ceo": "chief executive", "chairperson": "chairman",
	"gov.": "governor", "gov": "governor", "rep": "representative", "ex": "former",
}

// officePhrases are offices written as a phrase, and their canonical form:
// "Minister of Foreign Affairs" is the foreign minister.
var officePhrases = [][2]string{
	{"minister of foreign affairs", "foreign minister"}, {"minister for foreign affairs", "foreign minister"},
	{"foreign affairs minister", "foreign minister"}, {"leader of opposition", "leader of the opposition"},
}

// dropHonorific removes a listed name's honorific ("Sir Peter Cosgrove"):
// the generator reads it as no part of the name.
func dropHonorific(name string) string {
	for _, h := range []string{"Sir ", "Dame ", "Dr ", "Dr. ", "Mr ", "Mr. ", "Ms ", "Mrs ", "Lord ", "Lady "} {
		if rest, ok := strings.CutPrefix(name, h); ok {
			return rest
		}
	}
	return name
}

// Office is the canonical form of an office, for comparison: lower case,
// no leading "the", hyphens as spaces ("Secretary-General" is "secretary
// general"), "Premier" and "PM" as "prime minister", "Sen." as
// "senator", "Defense" as "defence", "CEO" and "chief executive officer"
// as "chief executive".
func Office(s string) string {
	s = strings.ReplaceAll(normalize(s), "-", " ")
	s = strings.TrimPrefix(s, "the ")
	words := strings.Fields(s)
	for i, w := range words {
		if c, ok := officeWords[w]; ok {
			words[i] = c
		}
	}
	s = strings.Join(words, " ")
	s = strings.ReplaceAll(s, "chief executive officer", "chief executive")
	for _, p := range officePhrases {
		s = strings.ReplaceAll(s, p[0], p[1])
	}
	return s
}

// sameOffice compares a found office with a listed one. The list writes
// offices as the article does, often with the country or body in them
// ("Dutch prime minister", "European Commission president"): the found
// office matches when the listed one ends with it, word for word. A
// listed former office matches nothing but itself.
func sameOffice(found, listed string) bool {
	f, l := Office(found), Office(dropParens(listed))
	if f == l {
		return true
	}
	if f == "" || strings.Contains(" "+l+" ", " former ") {
		return false
	}
	return strings.HasSuffix(" "+l, " "+f)
}

// dropFormer returns a listed office without the word that puts it in the
// past ("former Mayor", "ex-president", "Former President of the Royal
// College"), and whether it had one. An office found with Former set is
// compared with what is left.
func dropFormer(listed string) (string, bool) {
	ws := strings.Fields(listed)
	if len(ws) == 0 {
		return listed, false
	}
	w := strings.ToLower(ws[0])
	switch {
	case w == "former" || w == "ex" || w == "ex.":
		return strings.Join(ws[1:], " "), true
	case strings.HasPrefix(w, "ex-") && len(w) > 3:
		return strings.Join(append([]string{ws[0][3:]}, ws[1:]...), " "), true
	}
	return listed, false
}

// countryNames are other names of a country or organisation, written as
// normalize leaves them without dots, and their canonical form.
var countryNames = map[string]string{
	"us": "united states", "usa": "united states", "united states of america": "united states", "america": "united states",
	"uk": "united kingdom", "britain": "united kingdom", "great britain": "united kingdom",
	"un": "united nations", "ussr": "soviet union", "eu": "european union",
}

// Country is the canonical form of a country or organisation, for
// comparison: lower case, no dots, no leading "the", "U.S." and "USA" as
// "united states", "UK" and "Britain" as "united kingdom", "UN" as
// "united nations", "USSR" as "soviet union", "EU" as "european union".
func Country(s string) string {
	s = strings.ReplaceAll(normalize(s), ".", "")
	s = strings.TrimPrefix(s, "the ")
	if c, ok := countryNames[s]; ok {
		return c
	}
	return s
}
