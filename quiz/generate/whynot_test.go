//go:build whynot

package generate

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
)

// TestWhyNotAsked is a diagnostic, not a check, so it builds only with
// -tags whynot (make test never runs it): with FQ_WHYNOT naming a folder
// of pages (NAME.txt), it tells for each leader and quotation found but
// not asked why, by the checks choose makes (none offered, given away, a
// clash with a chosen question, too few wrong choices left), and tallies
// the causes. It runs the generator's steps as FromTextWith does.
func TestWhyNotAsked(t *testing.T) {
	dir := os.Getenv("FQ_WHYNOT")
	if dir == "" {
		t.Fatal("set FQ_WHYNOT to a folder of pages")
	}
	tally := map[string]int{}
	examples := map[string][]string{}
	for _, pw := range writtenPages(t, dir) {
		w := pw.w
		facts := w.facts
		asked := map[int]bool{}
		inQuiz := map[string]bool{}
		for _, q := range w.questions {
			inQuiz[q.Prompt] = true
		}
		var chosen []int
		for i, c := range w.offered {
			if inQuiz[c.q.Prompt] {
				chosen = append(chosen, i)
				asked[c.item.Fact] = true
			}
		}
		page := pw.name
		for fi, f := range facts {
			if f.Kind != Leader && f.Kind != Quote && f.Kind != Place || asked[fi] {
				continue
			}
			var cause, detail string
			var offered []int
			for i, c := range w.offered {
				if c.item.Fact == fi && c.group == "" {
					offered = append(offered, i)
				}
			}
			if len(offered) == 0 {
				cause = "no question written: " + whyNoneWritten(w, fi)
			} else {
				var why []string
				for _, i := range offered {
					c := w.offered[i]
					r := "not taken (limit or order)"
					switch {
					case w.givenAway(i):
						r = "given away (title or own prompt)"
					case w.thinned(i, chosen):
						r = "too few wrong choices beside the quiz"
					default:
						for _, j := range chosen {
							if w.answers(j, i) || w.answers(i, j) || w.namesAnswer(j, i) || w.namesAnswer(i, j) {
								r = "clash with a chosen question (" + strings.SplitN(w.offered[j].idHint, "-", 3)[0] + "-" + strings.SplitN(w.offered[j].idHint+"-", "-", 3)[1] + ")"
								break
							}
							if (c.copy || w.offered[j].copy) && w.facts[w.offered[j].item.Fact].sent == f.sent {
								r = "sentence used by a statement"
								break
							}
						}
					}
					why = append(why, c.idHint+": "+r)
				}
				cause = strings.SplitN(why[0], ": ", 2)[1]
				if len(why) > 1 {
					cause = strings.SplitN(why[len(why)-1], ": ", 2)[1]
				}
				cause = fmt.Sprintf("offered: %s", cause)
				detail = " [" + strings.Join(why, "; ") + "]"
			}
			key := string(f.Kind) + " " + cause
			tally[key]++
			ex := page + " " + f.Text + detail
			if f.Kind == Place {
				ex += " | " + f.Sentence
			}
			examples[key] = append(examples[key], ex)
		}
	}
	var keys []string
	for k := range tally {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool { return tally[keys[a]] > tally[keys[b]] })
	for _, k := range keys {
		ex := examples[k]
		if n := os.Getenv("FQ_WHYNOT_EXAMPLES"); n == "" && len(ex) > 3 {
			ex = ex[:3]
		}
		t.Logf("%3d  %s\n      %s", tally[k], k, strings.Join(ex, "\n      "))
	}
}

// whyNoneWritten names the first check of the leader's or the quotation's
// question writers that refuses fact fi (a guess, in their order).
func whyNoneWritten(w *writer, fi int) string {
	f := w.facts[fi]
	if f.Kind == Place {
		return whyNoPlace(w, fi)
	}
	if f.Kind == Quote {
		if !namesSpeaker(f.Sentence, f.Speaker) {
			return "the quotation's sentence does not name the speaker"
		}
		vp, ex := w.quotePrompt(f, w.sents[f.sent])
		if vp == "" {
			return "no verb phrase or excerpt (quotePrompt)"
		}
		wrong := w.speakerChoices(fi, ex, speakerIsOrg(f.Speaker))
		if len(wrong) == 0 {
			if w.people == nil {
				w.people = w.peopleText().order
			}
			return fmt.Sprintf("no other speaker to offer (people read: %v)", w.people)
		}
		return "third quotation of the speaker, or add refused"
	}
	_, _, ok := w.leaderTense(fi)
	switch {
	case w.notPersonName(f.Person):
		return "the person is read as no person"
	case !ok:
		return "tense unknown (leaderTense)"
	case companyOfficer(f):
		return "company officer (office and who not written)"
	case f.l.long:
		return "long office (head of …)"
	case f.Country == "" && (genericTitle(f.Office) || oddOffice(f.Office)):
		return "office without body, generic or odd"
	case len(w.officeChoices(fi)) < 2:
		return "fewer than 2 wrong offices"
	}
	return "other (add refused, holders, give-away)"
}

// whyNoPlace names the first check of place (places.go) that refuses
// place fact fi, in its order.
func whyNoPlace(w *writer, fi int) string {
	f := w.facts[fi]
	if f.Event == "based" {
		return "based: no name or too few wrong places"
	}
	defer w.withReferent(f.sent)()
	pa, why := w.placeAsking(fi)
	if why != "" {
		return why
	}
	if n := len(w.placeChoices(fi, pa.gp)); n < 3 {
		return fmt.Sprintf("%d wrong places of its kind (%s)", n, f.PlaceKind)
	}
	if w.placeEverywhere(fi, pa.name, pa.gp) {
		return "the article is about the place (placeEverywhere)"
	}
	clauses := w.placeClauses(f, pa)
	if len(clauses) == 0 {
		return "no clause to ask (placeClause; referent " + w.referent(f.sent) + ")"
	}
	for _, c := range clauses {
		switch {
		case containsWords(c, pa.name):
			return "the clause names the place: " + c
		case w.namesOtherFact(c, f):
			return "the clause holds a date or count: " + c
		case f.PlaceKind == "country" && namesCountry(c, pa.gp.country):
			return "the clause names the country: " + c
		}
	}
	return "add refused (give-away or quality): " + strings.Join(clauses, " / ")
}
