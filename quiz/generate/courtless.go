package generate

import "strings"

// courtlessJudge reports a bare "Judge" on a page that names no court,
// trial, jury, verdict, sentence, prosecutor or ruling:
// a judge of a prize, a show or a contest ("Judge Ann Cole called the
// winning novel …"), whose title is no office of the courts to ask among
// "Prosecutor", "Sheriff" and "Coroner".
func (w *writer) courtlessJudge(f Fact) bool {
	if f.Country != "" || officeKey(f.Office) != "judge" {
		return false
	}
	text := strings.ToLower(w.text)
	for _, stem := range []string{"court", "trial", "jury", "verdict", "sentenc", "prosecut", "guilty", "convict", "lawsuit", "ruling", "ruled"} {
		if strings.Contains(text, stem) {
			return false
		}
	}
	return true
}
