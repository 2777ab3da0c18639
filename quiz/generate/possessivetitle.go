package generate

import "strings"

// possessiveTitleProblem: a prompt writes a possessive before a courtesy
// title ("picked up his Mr Margetts from work"), a slip of the page that
// a copied sentence would carry into the quiz as broken English (held-out
// set 16, the statement that took a refused doer question's place).
func possessiveTitleProblem(prompt string) string {
	// Most prompts hold no courtesy title: they are not split into words.
	if !strings.Contains(prompt, " M") {
		return ""
	}
	var buf [64]string
	ws := appendFields(buf[:0], prompt)
	for i := 0; i+1 < len(ws); i++ {
		// The title first: it needs no lower-case copy.
		if courtesyTitles[strings.TrimSuffix(ws[i+1], ".")] && possessives[strings.ToLower(ws[i])] {
			return "the prompt writes “" + ws[i] + " " + ws[i+1] + "”: a possessive before a courtesy title is broken English"
		}
	}
	return ""
}

var courtesyTitles = setOf(`Mr|Mrs|Ms|Miss|Mx`)
