package generate

import "slices"

// officeSet is the set of an office question's offices, the answer
// among them, sorted (at most four: an office question offers four).
type officeSet [4]string

// officeSetKey is the officeSet of an answer and its wrong offices.
func officeSetKey(answer string, wrong []string) officeSet {
	var k officeSet
	k[0] = answer
	copy(k[1:], wrong)
	slices.Sort(k[:])
	return k
}

// repeatsOfferedSet reports that leader f's wrong offices, out then the
// first of rest in the world's order, would offer the very four offices
// an earlier office question of the article offered for another answer:
// "What office does X hold?" (Premier; Mayor, Governor, Senator) and
// "What office does Y hold?" (Mayor; Premier, Governor, Senator) side by
// side leave two fillers that no question needs and tell a learner that
// each answer is one of the two offices the article names. The fillers
// are then varied as for a first question (variedFillers). Two questions
// with one answer keep their one set (byAnswer).
func (u *fillerUse) repeatsOfferedSet(answer string, out, rest []string) bool {
	if len(u.sets) == 0 {
		return false
	}
	var buf [3]string
	pick := append(buf[:0], out...)
	for _, o := range rest {
		if len(pick) == 3 {
			break
		}
		pick = append(pick, o)
	}
	return slices.Contains(u.sets, officeSetKey(answer, pick))
}

// noteSet keeps the four offices of an office question once it is added
// (repeatsOfferedSet reads them), and passes added on.
func (w *writer) noteSet(added bool, answer string, wrong []string) bool {
	if added {
		w.fillers.sets = append(w.fillers.sets, officeSetKey(answer, wrong))
	}
	return added
}
