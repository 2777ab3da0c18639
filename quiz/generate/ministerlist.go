package generate

import "strings"

// Long ministries written as a list of portfolios: "Minister for
// Agriculture, Food and the Marine, Ann Byrne", "Minister for Further and
// Higher Education, Research, Innovation and Science Tom Quill", "the
// Minister of Cooperative Governance and Traditional Affairs, Mr Sipho
// Dube". The portfolio reader took only words that look like a portfolio
// ("Affairs", "Education"); an adjective before one ("Traditional",
// "Further and Higher") or "the" before one ("the Marine") ended the
// title, and the person was not found. Such an office is asked only "Who
// is the Minister for …?", in the article's words, with the article's
// other people as wrong choices: as a right answer among short
// portfolios it would stand out by its length, and as a wrong choice it
// may be nearly another minister's (officetwice.go).

// morePortfolioNouns are portfolios that portfolioLike's endings miss.
var morePortfolioNouns = setOf(`Marine|Research|Climate|Enterprise|Transport|Media|Children|Equality|Integration|Communications|Innovation`)

// portfolioModifier reports a capitalised word at toks[j] that qualifies
// the portfolio after it: "Cooperative Governance", "Traditional
// Affairs", "Further and Higher Education" (through "and" to a portfolio
// word), "the Marine". Never a name's word, a title, a place or a
// possessive; the word after must be a portfolio's.
func portfolioModifier(toks []token, j int) bool {
	if j+1 >= len(toks) {
		return false
	}
	t := toks[j]
	if t.text == "the" {
		return portfolioNoun(toks[j+1])
	}
	if !t.cap() || t.poss || shouting(t.text) || notNames[t.text] || isTitleWord(t) || honorifics[t.text] || knownCountry(t.text) || nationalities[t.text] != "" {
		return false
	}
	if toks[j+1].text == "and" {
		return j+2 < len(toks) && portfolioNoun(toks[j+2]) && j+3 < len(toks) && portfolioNoun(toks[j+3])
	}
	return portfolioNoun(toks[j+1])
}

// portfolioNoun reports a capitalised word that names a portfolio.
func portfolioNoun(t token) bool {
	return t.cap() && !t.poss && !shouting(t.text) && portfolioLike(t.text)
}

// listedMinistry reports a minister's office read with a list of
// portfolios (a comma inside it) or of seven words and more ("Minister
// of Cooperative Governance and Traditional Affairs"): asked only who
// holds it.
func listedMinistry(office string) bool {
	return (strings.HasPrefix(office, "Minister for ") || strings.HasPrefix(office, "Minister of ")) &&
		(strings.Contains(office, ",") || wordCount(office) >= 7)
}

// nameFollows reports a person's name of two words or more at toks[m]
// (after honorifics): the end of a list of portfolios written right
// before its holder ("…, Innovation and Science Tom Quill").
func nameFollows(toks []token, m int) bool {
	ns := skipHonorifics(toks, m)
	end, n := nameAt(toks, ns)
	return n >= 2 && !buildingName(toks[ns:end])
}

// skipAcronym returns the index after an office's short form in brackets
// at toks[k] ("the Chief Nursing Officer (CNO) Ann Byrne", "the Minister
// of Cooperative Governance and Traditional Affairs (CoGTA), X"): one
// word of two capitals or more, opening on one. Otherwise k.
func skipAcronym(toks []token, k int) int {
	if k == 0 || k+2 >= len(toks) || toks[k].text != "(" || toks[k+2].text != ")" {
		return k
	}
	w := toks[k+1].text
	caps := 0
	for _, r := range w {
		if r >= 'A' && r <= 'Z' {
			caps++
		} else if !(r >= 'a' && r <= 'z') {
			return k
		}
	}
	if caps < 2 || w[0] < 'A' || w[0] > 'Z' {
		return k
	}
	return k + 3
}
