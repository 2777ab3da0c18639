package factlist

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz/generate"
)

// Outcome is what became of one listed fact.
type Outcome struct {
	Entry Entry
	// Found are the indexes in Result.Facts of the facts that match it.
	Found []int
	// AskedBy are the indexes in Result.Quiz.Questions of the questions
	// whose item points to one of those facts, when that fact is credited
	// to this entry (creditedTo: not to every entry of the same value).
	AskedBy []int
}

// Taken is a not: text that the generator took for a fact.
type Taken struct {
	Entry Entry
	Fact  int // index in Result.Facts
}

// Measure is one article measured against its list.
type Measure struct {
	Words     int
	Questions int
	// FillIn counts the fill-in-the-blank copies of a sentence (prompt
	// starting "Fill in").
	FillIn   int
	Outcomes []Outcome
	Taken    []Taken
}

// FillIn says whether a prompt is a fill-in-the-blank copy of a sentence.
func FillIn(prompt string) bool { return strings.HasPrefix(prompt, "Fill in") }

// Words counts the words of a text (runs of non-space characters).
func Words(text string) int { return len(strings.Fields(text)) }

// Run measures the generator's result on an article against its list.
// res may be empty (the generator refused the article).
func Run(text string, l List, res generate.Result) Measure {
	m := Measure{Words: Words(text)}
	if res.Quiz != nil {
		m.Questions = len(res.Quiz.Questions)
		for _, q := range res.Quiz.Questions {
			if FillIn(q.Prompt) {
				m.FillIn++
			}
		}
	}
	// askers[i] are the questions asking about found fact i.
	askers := map[int][]int{}
	for qi, it := range res.Items {
		askers[it.Fact] = append(askers[it.Fact], qi)
	}
	art := NewArticle(text, l, res.Facts)
	// matched[fi] are the entries found fact fi matches; a question on it
	// is credited with the ones creditedTo picks.
	matched := make([][]int, len(res.Facts))
	for ei, e := range l.Facts {
		m.Outcomes = append(m.Outcomes, Outcome{Entry: e})
		for fi, f := range res.Facts {
			if MatchesIn(art, e, f) {
				m.Outcomes[ei].Found = append(m.Outcomes[ei].Found, fi)
				matched[fi] = append(matched[fi], ei)
			}
		}
	}
	// credited[fi] are the entries a question on fact fi is credited
	// with: creditedTo runs once per asked fact, not once per entry.
	lower := asciiLower(text)
	credited := make([][]int, len(res.Facts))
	for fi, ms := range matched {
		if len(askers[fi]) > 0 {
			credited[fi] = creditedTo(art, lower, l.Facts, ms, res.Facts[fi])
		}
	}
	for ei := range m.Outcomes {
		for _, fi := range m.Outcomes[ei].Found {
			if slices.Contains(credited[fi], ei) {
				m.Outcomes[ei].AskedBy = append(m.Outcomes[ei].AskedBy, askers[fi]...)
			}
		}
	}
	for _, e := range l.Not {
		spans := occurrences(text, e.Fields[0])
		for fi, f := range res.Facts {
			for _, s := range spans {
				if takes(f, s[0], s[1]) {
					m.Taken = append(m.Taken, Taken{e, fi})
					break
				}
			}
		}
	}
	return m
}

// takes says whether fact f was made of the text at [a, b): its span
// overlaps it, unless f is a quotation or an action that merely holds
// the text among longer words ("said at 10:30 a.m. that…").
func takes(f generate.Fact, a, b int) bool {
	if f.End <= a || f.Start >= b {
		return false
	}
	long := f.Kind == generate.Quote || f.Kind == generate.Actor
	return !(long && f.Start <= a && f.End >= b && f.End-f.Start > b-a)
}

// occurrences are the byte spans of s in text as a whole (not "19" in
// "1987"), exactly, or else without regard to ASCII case.
func occurrences(text, s string) [][2]int {
	find := func(hay, needle string) [][2]int {
		var out [][2]int
		for i := 0; needle != ""; {
			j := strings.Index(hay[i:], needle)
			if j < 0 {
				break
			}
			a, b := i+j, i+j+len(needle)
			if whole(hay, a, b) {
				out = append(out, [2]int{a, b})
			}
			i = a + 1
		}
		return out
	}
	if out := find(text, s); len(out) > 0 {
		return out
	}
	return find(asciiLower(text), asciiLower(s))
}

// whole says whether text[a:b] does not cut a word or a number: no letter
// or digit runs on from either end.
func whole(text string, a, b int) bool {
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	first, _ := utf8.DecodeRuneInString(text[a:])
	last, _ := utf8.DecodeLastRuneInString(text[:b])
	if before, _ := utf8.DecodeLastRuneInString(text[:a]); a > 0 && alnum(first) && alnum(before) {
		return false
	}
	if after, _ := utf8.DecodeRuneInString(text[b:]); b < len(text) && alnum(last) && alnum(after) {
		return false
	}
	return true
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// Listed is how many facts of kind k are listed.
func (m Measure) Listed(k generate.Kind) int {
	n := 0
	for _, o := range m.Outcomes {
		if o.Entry.Kind == string(k) {
			n++
		}
	}
	return n
}

// Found is how many listed facts of kind k the generator found.
func (m Measure) Found(k generate.Kind) int {
	n := 0
	for _, o := range m.Outcomes {
		if o.Entry.Kind == string(k) && len(o.Found) > 0 {
			n++
		}
	}
	return n
}

// Asked is how many listed facts some question asks about.
func (m Measure) Asked() int {
	n := 0
	for _, o := range m.Outcomes {
		if len(o.AskedBy) > 0 {
			n++
		}
	}
	return n
}
