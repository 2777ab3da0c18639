package generate

import "strings"

// laterClauseName reports a name that the doer's own sentence writes only
// after the deed, past a verb of another clause: "chaired the latest
// meeting, which was attended by Wang Yi", "won the title, beating Andy
// Murray". That sentence says the person did something else, so its
// words do not make them a doer of the deed (alsoDid reads every key of
// the deed in the doer's own sentence). Not when the verb between is the
// deed's own ("won the 100m, and Lee won the 200m"), nor after a word of
// doing it together or alike ("joined by", "as did", "also").
func (w *writer) laterClauseName(fi int, name string) bool {
	f := w.facts[fi]
	s := w.sents[f.sent]
	if f.End <= s.start || f.End > s.end || name == "" {
		return false
	}
	before := w.text[s.start:f.End]
	if strings.Contains(before, name) || strings.Contains(before, surname(name)) {
		return false
	}
	k := strings.Index(w.text[f.End:s.end], name)
	if k < 0 {
		return false
	}
	at := f.End + k
	deed := verbForms(deedVerb(f.Action))
	verb := false
	for _, t := range s.toks {
		if t.start < f.End || t.end > at {
			continue
		}
		l := t.lower()
		if togetherWords[l] || deed[l] {
			return false
		}
		if !t.cap() && (pastVerbs[l] != "" || ingBase(t) != "") {
			verb = true
		}
	}
	return verb
}

// togetherWords say that someone named after a deed shared it or did
// the same.
var togetherWords = setOf(`also|too|both|likewise|similarly|jointly|together|alongside|did|does|joined|accompanied|helped|assisted|aided|partnered|teamed|followed|matched|equalled|equaled|repeated|shared`)
