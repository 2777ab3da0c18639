//go:build orderdiag && whynot

package generate

import (
	"os"
	"sort"
	"strings"
	"testing"
)

// TestOrderDiag is a diagnostic, not a check (-tags orderdiag): with
// FQ_ORDER naming folders of pages (colon separated), it lists for each
// page its dated facts, whether each can be an event of a "which came
// first" question and why not, and whether an order question was written.
func TestOrderDiag(t *testing.T) {
	dirs := os.Getenv("FQ_ORDER")
	if dirs == "" {
		t.Fatal("set FQ_ORDER")
	}
	tally := map[string]int{}
	pagesWith := map[string]int{}
	for _, dir := range strings.Split(dirs, ":") {
		for _, pw := range writtenPages(t, dir) {
			w := pw.w
			n := 0
			for fi, f := range w.facts {
				if f.Kind != Date {
					continue
				}
				n++
				cause := w.orderCause(fi)
				tally[cause]++
				t.Logf("%s\t%s\t%s\t%s", pw.name, f.Text, cause, f.Sentence)
			}
			evs := w.orderEvents()
			asked := false
			for _, q := range w.questions {
				if strings.Contains(q.Prompt, "happened first") || strings.Contains(q.Prompt, " before ") {
					t.Logf("%s\tQUESTION\t%s", pw.name, q.Prompt)
					asked = true
				}
			}
			k := "dates=" + itoa(min(n, 3)) + " events=" + itoa(min(len(evs), 3))
			if asked {
				k += " asked"
			}
			pagesWith[k]++
			for _, e := range evs {
				t.Logf("%s\tEVENT\t%d-%d\t%s", pw.name, e.lo, e.hi, e.clause)
			}
		}
	}
	report(t, tally)
	report(t, pagesWith)
}

func report(t *testing.T, m map[string]int) {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return m[keys[a]] > m[keys[b]] })
	for _, k := range keys {
		t.Logf("TALLY %3d %s", m[k], k)
	}
}

// orderCause tells why a date fact is or is not an order event.
func (w *writer) orderCause(fi int) string {
	f := w.facts[fi]
	if f.d.year == 0 && !yearlessDay(f.d) {
		return "no year"
	}
	c, ok := w.dateClause(f)
	if !ok {
		return "no date clause (prep " + f.d.prep + " qual " + f.d.qual + ")"
	}
	if inQuote(w.sents[f.sent].toks, f.d.start) {
		return "in quote"
	}
	if speakersVoice(c) {
		return "speaker's voice"
	}
	rest, ok := shortenedRest(c.rest, wordCount(w.phrase(c.subject, true)+spaced(c.verb)), maxOrderWords)
	if !ok {
		return "too long, not shortened"
	}
	text := w.phrase(c.subject, c.firstIsStart) + spaced(c.verb) + spaced(rest)
	n := wordCount(text)
	switch {
	case n < 3:
		return "under 3 words: " + text
	case n > maxOrderWords:
		return "over max words: " + text
	case strings.ContainsAny(text, "“”\"()"):
		return "quote or bracket: " + text
	case tellsOrder(text):
		return "tells order: " + text
	}
	return "EVENT: " + text
}

// TestDoerDiag lists the doer facts of a country or an organisation and
// the questions written on them (FQ_ORDER folders).
func TestDoerDiag(t *testing.T) {
	for _, dir := range strings.Split(os.Getenv("FQ_ORDER"), ":") {
		for _, pw := range writtenPages(t, dir) {
			w := pw.w
			for fi, f := range w.facts {
				if f.Kind != Actor || f.DoerKind == "person" {
					continue
				}
				var qs []string
				for _, c := range w.offered {
					if c.item.Fact == fi {
						qs = append(qs, c.q.Prompt)
					}
				}
				t.Logf("%s\t%s\t%s\t%s\t%q\t%s", pw.name, f.DoerKind, f.Doer, f.Action, qs, f.Sentence)
			}
		}
	}
}

// TestDoerGates tells, for each doer fact of a country or organisation
// with no question, which of actor's gates refused it (FQ_ORDER).
func TestDoerGates(t *testing.T) {
	for _, dir := range strings.Split(os.Getenv("FQ_ORDER"), ":") {
		for _, pw := range writtenPages(t, dir) {
			w := pw.w
			for fi, f := range w.facts {
				if f.Kind != Actor || f.DoerKind == "person" {
					continue
				}
				d, ok := w.doerOf(f)
				gate := ""
				var prompt string
				if f.DoerKind == "country" {
					prompt = "Which country " + f.Action + "?"
				} else {
					prompt = "Which " + w.orgNoun(f.Doer) + " " + f.Action + "?"
				}
				switch {
				case !ok || len(d.names) != 1 || d.unnamed:
					gate = "clause/doer"
				case containsWords(prompt, f.Doer):
					gate = "prompt names doer"
				case !deedReadsAlone(f.Action):
					gate = "deed not alone"
				default:
					wrong := w.actorChoices(fi, prompt, w.actors.people)
					gate = "wrong: " + strings.Join(wrong, "|")
				}
				t.Logf("%s\t%s\t%s\t%s", pw.name, f.Doer, gate, prompt)
			}
		}
	}
}
