package generate

import "factquiz/quiz"

// dateChoices is dateChoicesKeyed with each choice's order key read once
// per article: a key tokenizes its date, and the When question and the
// fill-in of a date offer the same choices.
func (w *writer) dateChoices(right string, wrong []string) []quiz.Choice {
	if w.dateKeys == nil {
		w.dateKeys = map[string]int{}
	}
	return dateChoicesKeyed(w.dateKeys, right, wrong)
}
