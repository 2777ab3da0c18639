package factlist

import (
	"slices"
	"strings"

	"factquiz/quiz/generate"
)

// Article is what MatchesIn needs of the article beyond the fact: its
// text (to place a found fact in its sentence) and every person it
// names (listed or found), to tell whether a surname is ambiguous.
type Article struct {
	Text   string
	People []string
}

// NewArticle gathers the people of the list and of the generator's facts.
func NewArticle(text string, l List, facts []generate.Fact) Article {
	a := Article{Text: text}
	for _, e := range l.Facts {
		if e.Kind == string(generate.Leader) || e.Kind == string(generate.Quote) || e.Kind == string(generate.Actor) {
			a.People = append(a.People, dropHonorific(e.Fields[0]))
		}
	}
	for _, f := range facts {
		a.People = append(a.People, f.Person, f.Speaker, f.Doer)
	}
	return a
}

// MatchesIn is Matches, and also the wording variants a human judge
// counts as the same fact (set 14's judge did):
//   - a listed date whose occurrence in the text holds the found date as
//     a less precise part ("October" or "1918" in "October of 1918",
//     "2001" in "the second half of 2001"), or the same words in another
//     order ("4 July 2020", "July 4, 2020"), or the listed date with a
//     relative word the generator read with it ("last June" for "June");
//   - a leader found by surname alone ("Hasina" for "Sheikh Hasina")
//     when no other person of the article has that surname;
//   - a count whose found noun ends the listed one ("votes" for
//     "Hawaii's electoral votes") when one of the listed noun's other
//     words (longer than three letters) is in the found count's sentence
//     (number words are read as digits already: "four votes" is 4);
//   - a place found without the country or state the list wrote after a
//     comma ("New Delhi" for "New Delhi, India").
func MatchesIn(a Article, e Entry, f generate.Fact) bool {
	if Matches(e, f) {
		return true
	}
	if string(f.Kind) != e.Kind {
		return false
	}
	switch f.Kind {
	case generate.Date:
		return sameWords(f.Text, e.Fields[0]) || partOfListedDate(a.Text, e.Fields[0], f) || listedWithQualifier(a.Text, e.Fields[0], f)
	case generate.Leader:
		return bySurname(a, e, f)
	case generate.Count:
		return headNounInSentence(a.Text, e, f) || verbPhraseCount(a.Text, e, f)
	case generate.Place:
		head, _, ok := strings.Cut(e.Fields[0], ",")
		p := f.Place
		if p == "" {
			p = f.Text
		}
		return ok && same(p, head)
	}
	return false
}

// dateQualifiers are the words the generator may read with a date that
// a list leaves out ("last June", "early 2019", "by March").
var dateQualifiers = map[string]bool{
	"last": true, "next": true, "this": true, "early": true, "late": true, "mid": true,
	"in": true, "on": true, "by": true, "of": true, "the": true,
}

// listedWithQualifier: the found date's span holds an occurrence of the
// listed date, and its other words are only qualifiers.
func listedWithQualifier(text, listed string, f generate.Fact) bool {
	if f.Start >= f.End || f.End > len(text) {
		return false
	}
	for _, s := range occurrences(text, listed) {
		if f.Start <= s[0] && s[1] <= f.End {
			extra := strings.Fields(normalize(text[f.Start:s[0]] + " " + text[s[1]:f.End]))
			if len(extra) > 0 && !slices.ContainsFunc(extra, func(w string) bool { return !dateQualifiers[w] }) {
				return true
			}
		}
	}
	return false
}

// sameWords: the same words in another order, commas and "of" aside
// ("4 July 2020" and "July 4, 2020"; "October of 1918" and "October 1918").
func sameWords(found, listed string) bool {
	key := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.Fields(strings.ReplaceAll(normalize(s), ",", " ")) {
			if w != "of" && w != "the" {
				m[w]++
			}
		}
		return m
	}
	f, l := key(found), key(listed)
	if len(f) == 0 || len(f) != len(l) {
		return false
	}
	for w, n := range f {
		if l[w] != n {
			return false
		}
	}
	return true
}

// partOfListedDate: the found date lies inside an occurrence of the
// listed date in the text, so it is a less precise reading of the same
// expression, not the same year of another event.
func partOfListedDate(text, listed string, f generate.Fact) bool {
	if f.Start >= f.End || f.End > len(text) {
		return false
	}
	for _, s := range occurrences(text, listed) {
		if s[0] <= f.Start && f.End <= s[1] {
			return true
		}
	}
	return false
}

// bySurname: the found person is the listed name's last word, office and
// country agree as in Matches, and no other person of the article shares
// that surname.
func bySurname(a Article, e Entry, f generate.Fact) bool {
	listed := strings.Fields(normalize(dropHonorific(e.Fields[0])))
	found := normalize(f.Person)
	if len(listed) < 2 || strings.Contains(found, " ") || found != listed[len(listed)-1] {
		return false
	}
	whole := strings.Join(listed, " ")
	for _, p := range a.People {
		ws := strings.Fields(normalize(p))
		if len(ws) > 1 && ws[len(ws)-1] == found && strings.Join(ws, " ") != whole {
			return false
		}
	}
	g := f
	g.Person = e.Fields[0]
	return Matches(e, g)
}

// headNounInSentence: same number, the found noun ends the listed noun
// phrase (up to a comma), and one of the phrase's other words is in the
// found count's sentence: the count of that thing, not another's.
func headNounInSentence(text string, e Entry, f generate.Fact) bool {
	if f.Number != e.Number() || f.End > len(text) || f.Start >= f.End {
		return false
	}
	phrase, _, _ := strings.Cut(normalize(dropParens(e.Fields[1])), ",")
	lw, fw := strings.Fields(phrase), strings.Fields(normalize(f.Noun))
	if len(fw) == 0 || len(fw) >= len(lw) || strings.Join(lw[len(lw)-len(fw):], " ") != strings.Join(fw, " ") {
		return false
	}
	sentence := " " + strings.Join(strings.Fields(strings.ReplaceAll(normalize(sentenceAround(text, f.Start, f.End)), "'s", "")), " ") + " "
	for _, w := range lw[:len(lw)-len(fw)] {
		w = strings.TrimSuffix(w, "'s")
		if len(w) > 3 && strings.Contains(sentence, " "+w+" ") {
			return true
		}
	}
	return false
}

// sentenceAround is the sentence of text holding [start, end): from the
// last full stop, question mark, exclamation mark or line break before it
// to the first after it.
func sentenceAround(text string, start, end int) string {
	from, to := sentenceBounds(text, start, end)
	return text[from:to]
}

// sentenceBounds are the byte offsets of sentenceAround's sentence.
func sentenceBounds(text string, start, end int) (from, to int) {
	from = strings.LastIndexAny(text[:start], ".?!\n") + 1
	to = strings.IndexAny(text[end:], ".?!\n")
	if to < 0 {
		return from, len(text)
	}
	return from, end + to
}
