package generate

import (
	"slices"
	"strings"
)

// fillerUse counts the filler offices each office question of an article
// has offered so far (variedFillers).
type fillerUse struct {
	offered map[string]int // as the answer or a wrong choice
	asWrong map[string]int // as a wrong choice
	draws   int
	// byAnswer is the wrong offices given each answer so far.
	byAnswer map[string][]string
	sets     []officeSet // each office question's four offices (officeset.go)
}

// variedFillers picks three wrong offices for leader f, written
// without a country, among like (of the answer's world, in the order
// they are preferred), and varies them from one office question of the
// article to the next. "What office does X hold?" asked of three
// ministers, each among "Foreign Minister", "Finance Minister" and
// "Interior Minister", tells a learner who never read the article that
// the choice that changes is the answer (test-wise strategy "unshared").
// So, first, one office the article gives another person alone (the
// answer of another office question, of the same world and as many
// words: "Health Minister Harsh Vardhan" makes "Health Minister" a wrong
// choice for "IT Minister" Ravi Shankar Prasad even in one list of
// names), the one offered least so far, so that the answers come back as
// wrong choices too; only one, for a quiz that tells each person's
// office leaves the others standing (officetold.go). Then the fillers
// offered least so far by the article's office questions (noteOffered),
// ties in the world's order while three were never offered, else from a
// point that moves on with each question.
func (w *writer) variedFillers(f Fact, world []string, held map[string]bool, like []string) []string {
	u := &w.fillers
	// Two questions with one answer ("Governor" twice) leave nothing to
	// tell apart: the same wrong offices again, as the first got them.
	if prev, ok := u.byAnswer[f.Office]; ok && !slices.ContainsFunc(prev, func(o string) bool { return held[o] || !slices.Contains(like, o) && !othersOffice(w.facts, f, o) }) {
		return prev
	}
	var out []string
	if royalGender(f.Office) == "" && !monarchTitles[f.Office] {
		n := wordCount(f.Office)
		sib := ""
		for _, gi := range w.officeTables().leaders {
			g := &w.facts[gi]
			if w.siblingOffice(f, g, world, held, n) && (sib == "" || u.asWrong[g.Office] < u.asWrong[sib]) {
				sib = g.Office
			}
		}
		if sib != "" {
			out = append(out, sib)
		}
	}
	rest := slices.DeleteFunc(slices.Clone(like), func(o string) bool { return slices.Contains(out, o) })
	// An answer another question offered wrong already is no choice that
	// changes alone: the world's own order. Else the least offered, ties
	// in the world's order while enough were never offered, else from a
	// point that moves on with each question.
	if u.asWrong[f.Office] == 0 || u.repeatsOfferedSet(f.Office, out, rest) { // officeset.go
		unused := 0
		for _, o := range rest {
			if u.offered[o] == 0 {
				unused++
			}
		}
		if len(rest) > 0 && unused < 3-len(out) {
			rot := u.draws % len(rest)
			rest = append(rest[rot:], rest[:rot]...)
		}
		slices.SortStableFunc(rest, func(a, b string) int { return u.offered[a] - u.offered[b] })
	}
	for _, o := range rest {
		if len(out) == 3 {
			break
		}
		out = append(out, o)
	}
	return out
}

// noteOffered counts the wrong offices an office question on f offers
// (variedFillers reads the counts): only questions count, not the wrong
// offices a statement is drawn from, nor those of a leader never asked.
func (w *writer) noteOffered(f Fact, wrong []string) {
	u := &w.fillers
	if u.offered == nil {
		u.offered, u.asWrong, u.byAnswer = map[string]int{}, map[string]int{}, map[string][]string{}
	}
	if _, ok := u.byAnswer[f.Office]; !ok {
		u.byAnswer[f.Office] = wrong
	}
	u.draws++
	u.offered[f.Office]++
	for _, o := range wrong {
		u.offered[o]++
		u.asWrong[o]++
	}
}

// siblingOffice reports leader g's office as a wrong choice for leader f
// (variedFillers): of f's world (or the head of government's office for a
// minister) and of n words, and another person's alone (othersOffice).
func (w *writer) siblingOffice(f Fact, g *Fact, world []string, held map[string]bool, n int) bool {
	return g.Person != f.Person && g.Country == "" && f.Country == "" && !g.l.long && g.l.role == "" &&
		!held[g.Office] && !sameOffice(g.Office, f.Office) && wordCount(g.Office) == n &&
		royalGender(g.Office) == "" && !monarchTitles[g.Office] &&
		(slices.Contains(world, g.Office) || sameWorld(g.Office, f.Office) || stateOffice(g.Office) && strings.HasSuffix(f.Office, " Minister")) &&
		othersOffice(w.facts, f, g.Office) &&
		// Not close to another office written near f (quality.go reads
		// it so): "Foreign Minister" beside "Foreign Secretary" Eden
		// and Bevin, two holders.
		!slices.ContainsFunc(w.officesWith(f.Person), func(o string) bool {
			return closeOffices(g.Office, o) && !othersOffice(w.facts, f, o)
		}) && !closeOffices(g.Office, f.Office)
}

// othersOffice reports an office, written without a country, that the
// article gives one other person than leader f (also without a country),
// now, and never f: "Health Minister Harsh Vardhan" in a list of
// ministers beside "IT Minister Ravi Shankar Prasad" is not Prasad's
// office, though it is written in his sentence (officesWith).
func othersOffice(facts []Fact, f Fact, office string) bool {
	if f.Country != "" {
		return false
	}
	n := 0
	for _, g := range facts {
		if g.Kind != Leader || !sameOffice(g.Office, office) {
			continue
		}
		if g.Person == f.Person || g.Country != "" || g.l.former {
			return false
		}
		n++
	}
	return n == 1
}

// companyFalseOffices turns a company officer's other offices so that
// the first, the one a false statement states, is not always the same
// ("Chief Financial Officer" was stated false of 6 in 7 company heads
// on sets 13-22, so that the office alone told the statement false):
// the fact's hash picks the first.
func companyFalseOffices(f Fact, offices []string) []string {
	if len(offices) < 2 {
		return offices
	}
	r := int(factHash(f) % uint32(len(offices)))
	return append(slices.Clone(offices[r:]), offices[:r]...)
}
