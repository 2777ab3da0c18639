package generate

import "strings"

// holdsInnerClause reports whether a where-question's clause holds a
// clause of its own after its verb, opened by a subject pronoun: "did
// Brandt break the record he set" asks where he broke the record, but
// the article's place ("the record he set in Oslo") is where he set it;
// "did Ruiz tell reporters she arrived" likewise. The place belongs to
// the inner verb, which the question does not ask. The clause's opening
// words ("did he …" never reaches here: a bare pronoun is no subject)
// are not read.
func holdsInnerClause(clause string) bool {
	ws := strings.Fields(clause)
	for i := 2; i+1 < len(ws); i++ {
		switch ws[i] {
		case "he", "she", "they", "we", "I":
			return true
		}
	}
	return false
}
