//go:build unasked

package generate

import (
	"os"
	"strings"
	"testing"

	"factquiz/quiz"
)

func TestZZWhenProbe(t *testing.T) {
	for _, dir := range strings.Split(os.Getenv("FACTQUIZ_UNASKED"), ":") {
		for _, pw := range writtenPages(t, dir) {
			w := pw.w
			asked := map[int]bool{}
			for _, it := range w.items {
				asked[it.Fact] = true
			}
			for fi, f := range w.facts {
				if asked[fi] || f.Kind != Date {
					continue
				}
				c, ok := w.askedClause(f)
				if !ok {
					continue
				}
				wrong := w.dateDistractors(fi)
				subj := w.phrase(c.subject, c.firstIsStart)
				c.rest = dropTimeOfDay(c.rest)
				lead := boundLead(c.prep)
				var prompt string
				if c.present {
					prompt = lead + " does " + subj + " " + c.base + spaced(c.rest) + "?"
				} else if c.base == "" {
					prompt = lead + " " + strings.ToLower(c.verb[0].text) + " " + subj + " " + c.verb[1].text + spaced(c.rest) + "?"
				} else {
					prompt = lead + " did " + subj + " " + c.base + spaced(c.rest) + "?"
				}
				q := quiz.Question{Type: quiz.Single, Prompt: prompt}
				right := f.d.text()
				var why []string
				if len(wrong) < 2 {
					why = append(why, "wrong<2")
				}
				if givesAway(prompt, right, f) {
					why = append(why, "givesaway")
				}
				if s := repeatedWords(prompt); s != "" {
					why = append(why, "repeated "+s)
				}
				if endsOnAbbreviation(prompt) {
					why = append(why, "abbr")
				}
				for name, p := range map[string]string{"glued": gluedLinesProblem(prompt), "dateline": datelineProblem(prompt), "cut": cutQuestionProblem(prompt), "list": listSubjectProblem(prompt, f.Sentence), "shared": sharedActionProblem(w.text, w.sents, f, prompt), "english": englishProblem(q), "verbless": verblessProblem(w.text, f, prompt), "subjectless": subjectlessProblem(w.text, f, prompt)} {
					if p != "" {
						why = append(why, name+": "+p)
					}
				}
				for _, p := range promptShapeProblems(prompt) {
					why = append(why, "shape: "+p)
				}
				t.Logf("PROBE %s | %s | %s | %v", pw.name, right, prompt, why)
			}
		}
	}
}
