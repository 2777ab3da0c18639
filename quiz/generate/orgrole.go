package generate

import (
	"strings"

	"factquiz/quiz"
)

// orgRoles are the roles a body has one holder of, written in lower case
// beside the body's name: "Burnley manager Sean Dyche", "West Suffolk
// Hospital chief executive John Parkes", "Andy Cole, chief executive at
// Acme Stores,". Longest first. A spokesman, a director or a coach is
// one of several and is left out; so are a deputy's and an assistant's
// roles (their first word is none of these).
var orgRoles = [][]string{{"chief", "executive", "officer"}, {"chief", "operating", "officer"}, {"chief", "financial", "officer"},
	{"chief", "executive"}, {"managing", "director"}, {"head", "coach"}, {"chairman"}, {"chairwoman"}, {"chair"},
	{"president"}, {"owner"}, {"manager"}, {"captain"}}

// sportRoles are the roles of a team: the body before them may be a place
// or a country ("Mumbai captain", "England manager"), and a plural body
// is a team written with "the" ("the owner of the Redskins").
var sportRoles = setOf(`head coach|owner|manager|captain`)

// orgRoleEnds are the last words of a body's name written with "the" in
// a prompt: "the chair of the Local Government Association".
var orgRoleEnds = setOf(`Association|Unit|Agency|Council|Commission|Institute|Foundation|Society|Federation|Union|Board|
Service|Department|Office|Authority|Trust|Committee|League|Network|Alliance|Partnership|Corporation|Group|Fund|Bank`)

// orgRoleAt returns the end of a role of orgRoles at toks[k] in lower
// case, and the role, or k and "".
func orgRoleAt(toks []token, k int) (int, string) {
	for _, r := range orgRoles {
		if k+len(r) <= len(toks) && !toks[k].cap() && wordsAt(toks, k, r) && !toks[k+len(r)-1].poss {
			return k + len(r), strings.Join(r, " ")
		}
	}
	return k, ""
}

// orgBodyWord reports a word that may be part of a body's name written
// before a role: capitalised, not possessive, no title, honorific, month,
// weekday or sentence opener ("On Monday Burnley manager …").
func orgBodyWord(t token) bool {
	if !t.isWord() || !t.cap() || t.poss || isTitleWord(t) || honorifics[t.text] || orgOpeners[t.text] || weekdays[t.text] {
		return false
	}
	_, month := monthIndex[t.lower()]
	return !month && !strings.ContainsAny(t.text, "0123456789")
}

// orgOpeners are capitalised words that open a sentence or a phrase
// before a body's name and are no part of it: "On Monday Burnley manager
// …", "The Acme chairman …", "Former Burnley manager …" (refused).
var orgOpeners = setOf(`The|A|An|On|In|At|By|For|Of|To|When|If|After|Before|As|But|And|While|Although|Though|Since|Then|Once|Because|
Unless|Until|Where|Why|How|What|This|That|These|Those|His|Her|Their|Its|Our|So|Yet|Meanwhile|However|Despite|During|With|
Without|From|Under|Among|Against|Former|Late|Outgoing|Acting|Interim|New|Ex`)

// orgRoleRanks before a body's name make its role another's, or one of
// two: "former Burnley manager X", "joint Goddy manager X".
var orgRoleRanks = []string{"former", "ex", "then", "late", "interim", "acting", "next", "future", "joint", "co", "assistant",
	"deputy", "vice", "outgoing", "incoming"}

// orgRoleFirst reads a body's name, a role in lower case and a full name,
// the role at toks[r]: "Burnley manager Sean Dyche", "Local Government
// Association chair Margaret Eaton". The body is the one to four
// capitalised words before the role, opening the sentence or after a
// word in lower case, a punctuation mark or a capitalised word that names
// no body ("On Monday Burnley manager …"); a body of one word that names
// no one body ("Board", "City"), a nationality, or a place or a country
// before a role that is not a team's, gives nothing; so does a former
// role ("former Burnley manager X"). The role is asked who holds it
// ("Who is the manager of Burnley?", the other people of the article as
// wrong choices) or which role the person held there (orgRole).
func orgRoleFirst(toks []token, r int) (leader, bool) {
	if r == 0 || toks[r].cap() || !toks[r-1].cap() {
		return leader{}, false
	}
	re, role := orgRoleAt(toks, r)
	if role == "" {
		return leader{}, false
	}
	i := r
	for i > 0 && r-i < 4 && orgBodyWord(toks[i-1]) {
		i--
	}
	if i == r || i > 0 && toks[i-1].isWord() && toks[i-1].cap() && !orgOpeners[toks[i-1].text] && !weekdays[toks[i-1].text] ||
		i > 0 && (toks[i-1].is(orgRoleRanks...) || formerBefore(toks, i)) {
		return leader{}, false
	}
	ns := re
	// "The Burnley manager, Sean Dyche, said": the name after a comma,
	// then a comma, the sentence's end or a verb of saying.
	comma := ns+1 < len(toks) && toks[ns].text == ","
	if comma {
		ns++
	}
	end, n := nameWithInitials(toks, ns)
	if n < 2 || buildingName(toks[ns:end]) || end < len(toks) && toks[end].cap() ||
		comma && !roleAppositiveEnd(toks, end) {
		return leader{}, false
	}
	body := joinWords(toks[i:r])
	if !orgRoleBody(body, r-i, role) {
		return leader{}, false
	}
	// A body the titles read before a company's title ("Acme Stores
	// chief executive X") stays theirs.
	if l, ok := titleFirst(toks, r); ok && l.person != "" {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: role, country: body, start: i, end: end, nameStart: ns, nameEnd: end,
		long: true, role: "the " + role + " of " + theBody(body, role)}, true
}

// orgRoleBody reports a body's name of n words that can hold role: not a
// nationality, nor a country or a place unless the role is a team's, nor
// one word that names no one body.
func orgRoleBody(body string, n int, role string) bool {
	if nationalities[body] != "" {
		return false
	}
	if !sportRoles[role] && (countryNames[body] || places().lookup(body) != nil) {
		return false
	}
	return n > 1 || !orgWords[body] && !publicBodyEnds[body] && !bodyNoun(token{text: body}) && !genericBodies[body]
}

// genericBodies are single words that name no one body: "Board
// President", "City manager", "Club captain".
var genericBodies = setOf(`Board|City|Town|Club|Team|Company|Firm|School|District|State|County|Hospital|University|College|Group|Party|Trust|Council`)

// theBody writes a body's name after "of" in a prompt: with "the" when it
// ends on a word that names a body ("the Local Government Association")
// or is an initialism read with "the" ("the BBC", needsThe) or a team in
// the plural ("the Redskins"), as written otherwise
// ("Burnley", "West Suffolk Hospital", "Acme Stores").
func theBody(body, role string) string {
	last := body[strings.LastIndexByte(body, ' ')+1:]
	plural := strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us")
	if orgRoleEnds[last] || needsThe(body) || sportRoles[role] && plural && places().lookup(body) == nil && !countryNames[body] {
		return "the " + body
	}
	return body
}

// nameOrgRole reads a role written after a name, with its body: "Name,
// [the] ROLE of|at [the] BODY" ("Andy Cole, chief executive of the Acme
// Information Unit,", "Jo Parr, chief executive at Vale Hospital in
// Elmbury –"), the body of one to six capitalised words (joined by "of",
// "and", "&"), then a comma, a dash, the sentence's end, a verb of saying
// or "in" and a place of capitalised words before one of those.
func nameOrgRole(toks []token, i int) (leader, bool) {
	ns, end, ok := nameThenComma(toks, i, 3)
	if !ok {
		return leader{}, false
	}
	j := end + 1
	if toks[j].is("the") {
		j++
	}
	if l, ok := nameBodyRole(toks, i, ns, end, j); ok || end+4 >= len(toks) {
		return l, ok
	}
	re, role := orgRoleAt(toks, j)
	if role == "" || re+1 >= len(toks) || !toks[re].is("of", "at") {
		return leader{}, false
	}
	b := re + 1
	the := toks[b].is("the")
	if the {
		b++
	}
	e := b
	for e < len(toks) && e-b < 7 && toks[e].isWord() && !toks[e].poss &&
		(toks[e].cap() || e > b && roleBodyJoins[toks[e].lower()] && e+1 < len(toks) && toks[e+1].cap()) {
		e++
	}
	if e == b || e-b > 6 || !toks[e-1].cap() {
		return leader{}, false
	}
	stop := e
	if stop+1 < len(toks) && toks[stop].is("in") && toks[stop+1].cap() {
		stop++
		for stop < len(toks) && stop-e < 5 && toks[stop].isWord() && toks[stop].cap() {
			stop++
		}
	}
	if stop < len(toks) && !toks[stop].punct && !toks[stop].is("said", "says", "told") ||
		stop < len(toks) && toks[stop].punct && toks[stop].text != "," && !endsSentence(toks[stop]) && !asideDash(toks[stop]) {
		return leader{}, false
	}
	body := joinTokens(toks[b:e])
	if !orgRoleBody(body, e-b, role) {
		return leader{}, false
	}
	written := theBody(body, role)
	if the {
		written = "the " + body
	}
	return leader{person: joinWords(toks[ns:end]), office: role, country: body, start: i, end: e, nameStart: ns, nameEnd: end,
		long: true, role: "the " + role + " " + toks[re].lower() + " " + written}, true
}

// roleAppositiveEnd reports the end of an appositive at toks[k]: a comma, the
// sentence's end or a verb of saying.
func roleAppositiveEnd(toks []token, k int) bool {
	return k == len(toks) || toks[k].text == "," || endsSentence(toks[k]) || toks[k].is("said", "says", "told")
}

// nameBodyRole reads "Name, [the] BODY ROLE," at toks[j] after the name
// toks[ns:end] and its comma: "Sean Dyche, the Burnley manager, said",
// the body of one to four capitalised words, the role in lower case, then
// a comma, the sentence's end or a verb of saying.
func nameBodyRole(toks []token, i, ns, end, j int) (leader, bool) {
	k := j
	for k < len(toks) && k-j < 4 && orgBodyWord(toks[k]) {
		k++
	}
	if k == j || k >= len(toks) {
		return leader{}, false
	}
	re, role := orgRoleAt(toks, k)
	if role == "" || !roleAppositiveEnd(toks, re) {
		return leader{}, false
	}
	body := joinWords(toks[j:k])
	if !orgRoleBody(body, k-j, role) {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: role, country: body, start: i, end: re, nameStart: ns, nameEnd: end,
		long: true, role: "the " + role + " of " + theBody(body, role)}, true
}

// orgRoleWrong are the wrong roles offered beside each role of orgRoles
// when asked which role a person holds at the body: other roles of the
// same kind of body (a company's, a hospital's or an agency's officers; a
// team's people), none a synonym of the right one ("chair" is never
// offered against "chairman", nor "managing director" against "chief
// executive", nor "head coach" against "manager"), none a role the same
// person often holds too (an owner or a head coach is often his club's
// general manager, and George Halas owned the Bears he coached).
var orgRoleWrong = map[string][]string{
	"chief executive":         {"chairman", "finance director", "chief operating officer"},
	"chief executive officer": {"chairman", "chief financial officer", "chief operating officer"},
	"chief operating officer": {"chief executive", "chairman", "finance director"},
	"chief financial officer": {"chief executive", "chairman", "chief operating officer"},
	"managing director":       {"chairman", "finance director", "chief operating officer"},
	"chairman":                {"chief executive", "finance director", "chief operating officer"},
	"chairwoman":              {"chief executive", "finance director", "chief operating officer"},
	"chair":                   {"chief executive", "finance director", "chief operating officer"},
	"president":               {"chairman", "treasurer", "finance director"},
	"manager":                 {"captain", "chairman", "owner"},
	"head coach":              {"captain", "trainer", "team physician"},
	"captain":                 {"coach", "manager", "chairman"},
	"owner":                   {"captain", "head coach", "trainer"},
}

// orgRole asks which role a person read by orgRoleFirst or nameOrgRole
// held at the body: "What was Sean Dyche's role at Burnley, according to
// the article?", among roles of the same kind of body ("at England", a
// country's team, is not asked so). A person the
// article gives another office, a role without a settled tense, and a
// wrong role the sentence itself names ("chairman and chief executive")
// give no question (the last only loses that choice).
func (w *writer) orgRole(fi int) bool {
	f := w.facts[fi]
	wrongAll, ok := orgRoleWrong[f.Office]
	if !ok || f.l.role == "" || f.l.former || w.holdsAnotherOffice(fi, f) {
		return false
	}
	// A title written beside the person in another sentence ("Finance
	// Minister X" after "Harlow manager X": one fact per person is kept)
	// may be another office of theirs.
	if w.titledElsewhere(f) {
		return false
	}
	// "What was X's role": true of a story of any year, where "is" would
	// not be of a page on 1940 that the tense rules read as news.
	_, when, ok := w.leaderTense(fi)
	if !ok || countryNames[f.Country] {
		return false
	}
	sent := strings.ToLower(w.text[w.sents[f.sent].start:w.sents[f.sent].end])
	var wrong []string
	for _, x := range wrongAll {
		if !strings.Contains(sent, x) {
			wrong = append(wrong, x)
		}
	}
	if len(wrong) < 2 {
		return false
	}
	// "the manager of Burnley": the body as the role's phrase writes it.
	body := strings.TrimPrefix(f.l.role, "the "+f.Office+" ")
	body = strings.TrimPrefix(strings.TrimPrefix(body, "of "), "at ")
	prompt := "What was " + f.Person + "'s role at " + body + when + ", according to the article?"
	q := quiz.Question{Type: quiz.Single, Prompt: prompt, Choices: choices(f.Office, wrong, nil),
		Explanation: "The article names " + f.Person + " as " + f.l.role + "."}
	return w.add(fi, q, f.Office, wrong, "role-"+slug(f.Person))
}

// titledElsewhere reports a title written just before the person's full
// name in a sentence other than the fact's ("Finance Minister Tom
// Oduya"), that is not the fact's role: the person may hold another
// office, and only one fact per person is kept.
func (w *writer) titledElsewhere(f Fact) bool {
	first := f.Person[:strings.IndexByte(f.Person+" ", ' ')]
	for si, s := range w.sents {
		if si == f.sent {
			continue
		}
		for k, t := range s.toks {
			if t.text != first || k == 0 {
				continue
			}
			if end, _ := nameAt(s.toks, k); joinWords(s.toks[k:end]) != f.Person {
				continue
			}
			for j := max(0, k-4); j < k; j++ {
				if title, after := matchTitle(s.toks, j, true); title != "" && skipHonorifics(s.toks, after) == k && !closeOffices(title, f.Office) {
					return true
				}
			}
		}
	}
	return false
}
