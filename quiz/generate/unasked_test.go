//go:build unasked

package generate

import (
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestUnaskedDatesAndCounts is a diagnostic, not a check, so it builds
// only with -tags unasked (make test never runs it): with
// FACTQUIZ_UNASKED set to folders of pages (colon separated), it prints
// for every date and count found but not asked what kept it out, and a
// tally of the causes. It runs the generator's steps as FromTextWith does.
func TestUnaskedDatesAndCounts(t *testing.T) {
	dirs := os.Getenv("FACTQUIZ_UNASKED")
	if dirs == "" {
		t.Fatal("set FACTQUIZ_UNASKED to folders of pages (colon separated)")
	}
	tally := map[string][]string{}
	for _, dir := range strings.Split(dirs, ":") {
		for _, pw := range writtenPages(t, dir) {
			w := pw.w
			facts := w.facts
			asked := map[int]bool{}
			for _, it := range w.items {
				asked[it.Fact] = true
			}
			page := pw.name
			for fi, f := range facts {
				if asked[fi] || f.Kind != Date && f.Kind != Count {
					continue
				}
				cause := w.unaskedCause(fi, len(w.items))
				ex := page + ": " + f.Text + " | " + f.Sentence
				tally[cause] = append(tally[cause], ex)
				t.Logf("%s\t%s\t%s\t%s\t%s", page, f.Kind, f.Text, cause, f.Sentence)
			}
		}
	}
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return len(tally[keys[a]]) > len(tally[keys[b]]) })
	for _, k := range keys {
		t.Logf("TALLY %3d %s", len(tally[k]), k)
		for i, ex := range tally[k] {
			if i < 3 {
				t.Logf("      e.g. %s", ex)
			}
		}
	}
}

// unaskedCause names what kept fact fi out of the quiz, after choose.
func (w *writer) unaskedCause(fi, quizLen int) string {
	f := w.facts[fi]
	var offered []int
	for i, c := range w.offered {
		if c.group == "" && c.item.Fact == fi {
			offered = append(offered, i)
		}
	}
	if len(offered) > 0 {
		var forms []string
		real := false
		for _, i := range offered {
			forms = append(forms, strconv.Itoa(w.offered[i].style())+":"+firstWords(w.offered[i].q.Prompt, 1))
			real = real || w.offered[i].style() == 2
		}
		// Only copies offered: why the date got no question of its own.
		if f.Kind == Date && !real {
			return "only copies offered, " + w.whenCause(fi)
		}
		// A count with only copies beside a question on its sentence: the
		// copies show that question's answer (choose's give-away checks
		// refuse them), so what is missing is a real question of its own
		// ("How many …?"), not a looser one-per-sentence rule.
		if !real {
			for _, it := range w.items {
				if g := w.facts[it.Fact]; g.sent == f.sent {
					return "only copies offered, its sentence asked (" + string(g.Kind) + ")"
				}
			}
		}
		// Which chosen question it clashes with.
		for _, it := range w.items {
			g := w.facts[it.Fact]
			if g.Kind == f.Kind && g.sent == f.sent {
				return "offered, not chosen: same-sentence " + string(f.Kind) + " asked"
			}
			if f.Kind == Count && g.Kind == Count && g.Number == f.Number && g.Noun == f.Noun {
				return "offered, not chosen: same figure asked"
			}
			if f.Kind == Date && g.Kind == Date && g.d.text() == f.d.text() {
				return "offered, not chosen: same date asked"
			}
		}
		for _, i := range offered {
			if w.givenAway(i) {
				return "offered, not chosen: given away (" + strings.Join(forms, ",") + ")"
			}
		}
		if quizLen >= DefaultMax {
			return "offered, not chosen: quiz full"
		}
		allFill := true
		for _, i := range offered {
			allFill = allFill && w.offered[i].style() == 0
		}
		if allFill {
			return "offered, not chosen: fill-in only (quota or clash)"
		}
		return "offered, not chosen: clash with another question (" + strings.Join(forms, ",") + ")"
	}
	var why []string
	switch f.Kind {
	case Date:
		why = append(why, w.whenCause(fi))
		why = append(why, w.blankCause(fi)...)
		if !w.copyable(f) {
			why = append(why, "not copyable")
		}
	case Count:
		if !recallable(f.Number) {
			why = append(why, "not recallable")
		}
		if f.c.partitive {
			why = append(why, "partitive")
		}
		if f.c.compound {
			why = append(why, "compound")
		}
		if f.c.ordinal {
			why = append(why, "ordinal")
		}
		if _, _, ok := w.askableCount(f); !ok {
			why = append(why, "no clause")
		}
		why = append(why, w.blankCause(fi)...)
		if inQuote(w.sents[f.sent].toks, f.c.start) {
			why = append(why, "in quote")
		}
		if f.c.implied {
			why = append(why, "implied noun")
		}
		if !w.copyable(f) {
			why = append(why, "not copyable")
		}
	}
	if len(why) == 0 {
		return "none offered: forms rejected later (add/value checks)"
	}
	return "none offered: " + strings.Join(why, ", ")
}

// whenCause names what kept date fact fi from a question of its own
// ("When …?", "Until when …?" or a true-or-false on its clause).
func (w *writer) whenCause(fi int) string {
	f := w.facts[fi]
	c, ok := w.askableClause(f)
	if !ok {
		switch {
		case f.d.qual != "":
			return "no clause: qualified date (" + f.d.qual + ")"
		case f.d.prep != "" && f.d.prep != "on" && f.d.prep != "in" && f.d.prep != "until" && f.d.prep != "till" && f.d.prep != "from":
			return "no clause: date after " + f.d.prep
		}
		for _, g := range w.facts {
			if g.Kind == Date && g.sent == f.sent && g.Start != f.Start {
				return "no clause: another date in the sentence"
			}
		}
		if first := w.sents[f.sent].firstWord(); first >= 0 && isPronoun(w.sents[f.sent].toks[first].lower()) {
			return "no clause: opens on a pronoun"
		}
		return "no clause"
	}
	switch {
	case speakersVoice(c):
		return "speaker's voice"
	case w.ambiguousOrdinal(c, f.sent):
		return "ambiguous ordinal subject"
	}
	if n := len(w.dateDistractors(fi)); n < 2 {
		return "distractors " + strconv.Itoa(n)
	}
	return "question refused by the quality checks"
}

func (w *writer) blankCause(fi int) []string {
	f := w.facts[fi]
	var why []string
	s := w.sents[f.sent]
	if first := s.firstWord(); first >= 0 && !w.standsAlone(f.sent) {
		switch t := s.toks[first]; {
		case t.is("he", "she"):
			if w.referent(f.sent) == "" {
				why = append(why, "he/she: no referent")
			} else {
				why = append(why, "he/she: referent "+w.referent(f.sent))
			}
		case t.is("it", "they", "this", "that", "these", "those", "its", "their", "his", "her"):
			why = append(why, "opens on "+t.lower())
		case inQuote(s.toks, first):
			why = append(why, "quoted")
		}
	}
	if wordCount(f.Sentence) > 60 {
		why = append(why, "sentence>60 words")
	}
	if !w.standsAlone(f.sent) {
		why = append(why, "not standing alone")
	}
	return why
}

// TestUnaskedCountOffers is a diagnostic beside TestUnaskedDatesAndCounts
// (same FACTQUIZ_UNASKED folders): for every count found and offered but
// not asked, it prints each question offered and which check of choose
// refuses it beside the chosen questions, so that "not chosen" is read
// from the rules rather than guessed.
func TestUnaskedCountOffers(t *testing.T) {
	dirs := os.Getenv("FACTQUIZ_UNASKED")
	if dirs == "" {
		t.Fatal("set FACTQUIZ_UNASKED to folders of pages (colon separated)")
	}
	tally := map[string]int{}
	for _, dir := range strings.Split(dirs, ":") {
		for _, pw := range writtenPages(t, dir) {
			w := pw.w
			asked := map[int]bool{}
			var chosen []int
			for i, c := range w.offered {
				if w.questionChosen(c) {
					chosen = append(chosen, i)
				}
			}
			for _, it := range w.items {
				asked[it.Fact] = true
			}
			for fi, f := range w.facts {
				if asked[fi] || f.Kind != Count {
					continue
				}
				for i, c := range w.offered {
					if c.group != "" || c.item.Fact != fi {
						continue
					}
					why := w.refusal(i, chosen)
					tally[why]++
					t.Logf("%s\t%s\t%d\t%s\t%s\t%v", pw.name, f.Text, c.style(), why, c.q.Prompt, append([]string{c.item.Answer}, c.item.Wrong...))
				}
			}
		}
	}
	for k, n := range tally {
		t.Logf("TALLY %3d %s", n, k)
	}
}

// questionChosen reports whether candidate c's prompt is among the quiz's.
func (w *writer) questionChosen(c candidate) bool {
	for _, q := range w.questions {
		if q.Prompt == c.q.Prompt {
			return true
		}
	}
	return false
}

// refusal names the first check of choose's fits that refuses offered
// question i beside the chosen ones.
func (w *writer) refusal(i int, chosen []int) string {
	c := w.offered[i]
	f := w.facts[c.item.Fact]
	if w.givenAway(i) {
		return "given away"
	}
	if w.thinned(i, chosen) {
		return "thinned"
	}
	for _, j := range chosen {
		g := w.facts[w.offered[j].item.Fact]
		switch {
		case g.Kind == Count && g.sent == f.sent && (c.style() == 0 || w.offered[j].style() == 0):
			return "fill-in beside a count of its sentence"
		case g.Kind == Count && g.Number == f.Number && g.Noun == f.Noun:
			return "same figure"
		case w.answers(j, i):
			return "answered by " + w.offered[j].q.Prompt
		case w.answers(i, j):
			return "answers " + w.offered[j].q.Prompt
		case w.namesAnswer(j, i) || w.namesAnswer(i, j):
			return "names answer of " + w.offered[j].q.Prompt
		case (c.copy || w.offered[j].copy) && g.sent == f.sent:
			return "sentence statement beside " + w.offered[j].q.Prompt
		}
	}
	if c.style() == 0 {
		return "fill-in quota"
	}
	return "fits (lost to another form or the cut)"
}
