package generate

import (
	"slices"
	"strings"
)

// promptOpenings are the ways the writer's prompts open, the only ones
// englishProblem accepts: a prompt on any other opening is refused by the
// writer and reported by the checker. The openings of the date and count
// questions are made from their builders' own leads (boundLead,
// qualifierLead, countPreps), so that a new lead there is known here; a
// new form of another kind adds its opening to fixedOpenings, and
// TestPromptOpeningsKnown fails until it does.
var promptOpenings = func() []string {
	out := slices.Clone(fixedOpenings)
	for _, prep := range []string{"until", "till", "from", "by", "for", ""} {
		out = append(out, boundLead(prep)+" ")
	}
	leads := []string{""}
	for _, q := range qualifiers {
		if l := qualifierLead(q); l != "" && !slices.Contains(leads, l) {
			leads = append(leads, l)
		}
	}
	// "How many", "About how many"; "For how many", "For about how many".
	for _, l := range leads {
		out = append(out, upperFirst(strings.TrimSpace(l+" how many "))+" ")
		for p := range countPreps {
			out = append(out, upperFirst(strings.Join(strings.Fields(p+" "+strings.ToLower(l)+" how many"), " "))+" ")
		}
	}
	return out
}()

// fixedOpenings are the openings of the other prompt builders: the doer,
// place, leader, office, order and quotation questions, the fill-ins and
// the true-or-false statements.
var fixedOpenings = []string{"Who ", "Which ", "What ", "Where ", "In which ", "At which ", "To which ", "From which ", "From where ",
	"Fill in the blank: ", "Fill in the number: ", "According to the article, "}
