package generate

import (
	"strings"

	"factquiz/quiz"
)

// A quiz's questions on several people of one page tell the learner each
// one's office: "What office does Susan Collins hold?" offering "Senator
// from North Carolina" and "Senator from Kentucky" beside "Thom Tillis is
// a Senator from North Carolina" and "Rand Paul is a Senator from
// Kentucky" (both true) leaves one choice standing. An office question
// whose wrong choices the other chosen questions give to other people,
// all but fewer than minWrong, is thinned (choose.go): its fact keeps its
// other forms.

// officesTold counts offered office question i's wrong choices that a
// chosen question on another person tells to be that person's office.
func (w *writer) officesTold(i int, chosen []int) int {
	c := w.offered[i]
	if c.q.Type != quiz.Single || c.group != "" || len(c.item.Wrong) == 0 || !strings.HasPrefix(c.idHint, "leader-office-") {
		return 0
	}
	person := w.facts[c.item.Fact].Person
	n := 0
	for _, x := range c.item.Wrong {
		for _, j := range chosen {
			d := w.offered[j]
			if j == i || d.group != "" || Kind(d.q.Fact) != Leader || w.facts[d.item.Fact].Person == person {
				continue
			}
			if officeTold(d, x) {
				n++
				break
			}
		}
	}
	return n
}

// officeTold reports whether question d tells that its person holds
// office (a label, "Senator from Kentucky"): its right answer is the
// office, or it states the office, true.
func officeTold(d candidate, office string) bool {
	switch d.q.Type {
	case quiz.Single:
		return d.item.Answer == office
	case quiz.TrueFalse:
		p := strings.TrimSuffix(d.q.Prompt, ".")
		return d.q.Truth && (strings.HasSuffix(p, " the "+office) || strings.HasSuffix(p, " a "+office))
	}
	return false
}
