//go:build doerdiag && (unasked || whynot)

package generate

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestDoerDiag is a diagnostic, not a check (-tags doerdiag): with
// FQ_DOERDIAG naming folders of pages (a:b), it prints each doer fact found
// and why no question was written on it, by actor's checks in order.
func TestDoerDiag(t *testing.T) {
	tally := map[string]int{}
	for _, dir := range strings.Split(os.Getenv("FQ_DOERDIAG"), ":") {
		for _, pw := range writtenPages(t, dir) {
			w := pw.w
			asked := map[int]bool{}
			for _, c := range w.offered {
				asked[c.item.Fact] = true
			}
			for fi, f := range w.facts {
				if f.Kind != Actor {
					continue
				}
				why := "offered"
				if !asked[fi] {
					why = whyNoDoer(w, fi)
				}
				tally[strings.SplitN(why, ":", 2)[0]]++
				fmt.Printf("%s | %s | %s (%s) | %s || %s\n", pw.name, why, f.Doer, f.DoerKind, f.Action, strings.TrimSpace(f.Sentence))
			}
		}
	}
	fmt.Println(tally)
}

func whyNoDoer(w *writer, fi int) string {
	f := w.facts[fi]
	d, ok := w.doerOf(f)
	if !ok || len(d.names) != 1 || d.unnamed {
		return "doerOf/list"
	}
	action := f.Action
	if f.DoerKind == "person" {
		if companyUse(w.text, f.Doer) || cityNamed(f.Doer) {
			return "company/city name"
		}
		var ok bool
		if action, ok = neutralPossessive(action); !ok {
			return "possessive"
		}
	}
	if f.DoerKind == "person" && !wholeDeed(action) {
		return "not whole deed"
	}
	if !deedReadsAlone(action) {
		return "not reads alone"
	}
	if vagueDeed(action) {
		return "vague"
	}
	if sharedDeed(f.Action) {
		return "shared"
	}
	if possessiveOfAnother(f.Action) {
		return "possessive of another"
	}
	wrong := w.actorChoices(fi, "Who "+action+"?", w.actors.people)
	if len(wrong) < 2 {
		return fmt.Sprintf("choices: %v (people %v)", wrong, w.actors.people)
	}
	return "other (place/prompt/add)"
}
