package generate

import "strings"

// didSoByAnother reports a bare "did so" whose subject is another's name
// in rest, the normalized words after a deed (spaced at both ends): "Ana
// Lopes won her titles from 1990-98, and Mia Berg did so from 2001-09"
// says Berg won her titles too, so "Who won their titles?" has two right
// answers. A pronoun, a relative ("who did so") or the doer's own name
// before it may be the doer again, and adverbs ("never did so") tell
// nothing of the subject: none counts.
func didSoByAnother(rest, doer string) bool {
	if !strings.Contains(rest, " did so ") { // most deeds: read no further
		return false
	}
	own := strings.Fields(normalize(doer))
	for from := 0; ; {
		i := strings.Index(rest[from:], " did so ")
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		before := strings.Fields(rest[:i])
		if len(before) == 0 {
			continue
		}
		w := before[len(before)-1]
		if len(w) < 3 || subjectPronouns[w] || didSoNotSubjects[w] || containsString(own, w) {
			continue
		}
		return true
	}
}

// didSoNotSubjects are the words before "did so" that name no other
// subject.
var didSoNotSubjects = setOf(`who|which|that|also|never|not|only|then|once|already|always|finally|they|you|and|but|because|when|after|before|while|reportedly|eventually|later`)
