package generate

import (
	"slices"
	"strings"
)

// officeSetKey is the set of an office question's four offices, the
// answer among them, in one string (order and case do not count).
func officeSetKey(answer string, wrong []string) string {
	all := append([]string{strings.ToLower(answer)}, wrong...)
	for i := 1; i < len(all); i++ {
		all[i] = strings.ToLower(all[i])
	}
	slices.Sort(all)
	return strings.Join(all, "|")
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
	pick := slices.Clone(out)
	for _, o := range rest {
		if len(pick) == 3 {
			break
		}
		pick = append(pick, o)
	}
	k := officeSetKey(answer, pick)
	return slices.Contains(u.sets, k)
}

// noteSet keeps the four offices of an office question once it is added
// (repeatsOfferedSet reads them), and passes added on.
func (w *writer) noteSet(added bool, answer string, wrong []string) bool {
	if added {
		w.fillers.sets = append(w.fillers.sets, officeSetKey(answer, wrong))
	}
	return added
}
