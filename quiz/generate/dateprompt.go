package generate

import (
	"slices"
	"strings"

	"factquiz/quiz"
)

// otherPromptDatesAnswer reports whether another question's prompt dates
// the same event with a date that only the right choice of date question
// q holds: "the first price announced by the company in March was ..."
// beside "When was the purchase announced by the company?" with March 2014
// the one March among the choices. The prompts must share a content word
// (the event), as a title's date does not need to (titleDateOnlyRight).
func otherPromptDatesAnswer(prompt string, q quiz.Question, answer string) bool {
	// Asked of every pair of questions: most prompts hold no word of the
	// right choice ("February", "2014"), and are read no further.
	if q.Type != quiz.Single || !holdsRightWord(prompt, q) {
		return false
	}
	return shareContent(prompt, q.Prompt, answer) && titleDateOnlyRight(prompt, q)
}

// holdsRightWord reports whether s holds a word of three letters or more
// of q's right choice that no wrong choice holds ("February" of "February
// 2014" beside "April 2014"): a date overlapping the right choice alone
// has one.
func holdsRightWord(s string, q quiz.Question) bool {
	for _, c := range q.Choices {
		if !c.Correct {
			continue
		}
		rest := c.Text
		for rest != "" {
			var w string
			w, rest, _ = strings.Cut(rest, " ")
			w = strings.TrimRight(w, ".,")
			if len(w) >= 3 && strings.Contains(s, w) && !slices.ContainsFunc(q.Choices, func(o quiz.Choice) bool {
				return !o.Correct && strings.Contains(o.Text, w)
			}) {
				return true
			}
		}
	}
	return false
}
