package generate

// An obituary quotes the living about the dead: "He was a giant of his
// age," said X of the man who died. Offered as a wrong speaker of those
// words, the dead man is set aside by any learner (he cannot have paid
// himself a tribute), and stated falsely as their speaker, the statement
// reads as absurd. So a person whose death the article reports
// (personFate, doerroles.go) is no wrong speaker. (He stays the answer
// where the article quotes him.)

// diedInArticle reports whether the article says person (a full name)
// died: "Prescott, 86, died", "has died", "passed away", "the death of
// John Prescott", "Prescott's death".
func (w *writer) diedInArticle(person string) bool { return w.fateOf(person).dead }

// fateOf is personFate of person among the article's people, read once
// per person: the speakers' checks ask it of every wrong speaker.
func (w *writer) fateOf(person string) fate {
	if w.fates == nil {
		w.fates = map[string]fate{}
	}
	f, ok := w.fates[person]
	if !ok {
		if w.people == nil {
			w.people = w.peopleText().order
		}
		f = personFate(w.text, person, w.people)
		w.fates[person] = f
	}
	return f
}
