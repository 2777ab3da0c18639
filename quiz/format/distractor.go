package format

import (
	"fmt"
	"strings"

	"factquiz/quiz"
)

// distractorList gathers the extra partners of a matching question (a
// match without an item) as a reader meets them, with where each stands
// (a byte offset, a YAML node), so that they join the Pairs after every
// item has been read.
type distractorList[At any] []struct {
	at    At
	match string
}

func (d *distractorList[At]) add(at At, match string) {
	*d = append(*d, struct {
		at    At
		match string
	}{at, match})
}

// appendTo adds the distractors to q's Pairs after its items. Moodle
// shows each distinct partner once, so an extra match worded like an
// item's match or like an earlier extra match is one choice already: it
// is left out, with a warning, rather than offered twice.
func (d distractorList[At]) appendTo(q *quiz.Question, warn func(at At, msg string)) {
	matchOf := map[string]string{}
	for _, p := range q.Pairs {
		matchOf[strings.TrimSpace(p.Match)] = p.Item
	}
	for _, e := range d {
		key := strings.TrimSpace(e.match)
		if item, dup := matchOf[key]; dup {
			if item == "" {
				warn(e.at, fmt.Sprintf("extra match %q is listed twice: it is offered once", e.match))
			} else {
				warn(e.at, fmt.Sprintf("extra match %q is the match of item %q already: it is offered once, as that item's partner", e.match, item))
			}
			continue
		}
		matchOf[key] = ""
		q.Pairs = append(q.Pairs, quiz.Pair{Match: e.match})
	}
}

// tooFewItems says that the matching question q has fewer than two items
// to match (Moodle's own minimum), each reader adding how to write more.
func tooFewItems(q *quiz.Question) string {
	if len(q.Items()) < len(q.Pairs) {
		return "matching question needs at least 2 items with their match (an extra match without an item does not count)"
	}
	return "matching question needs at least 2 pairs"
}
