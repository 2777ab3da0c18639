package generate

import "factquiz/quiz"

// otherPromptDatesAnswer reports whether another question's prompt dates
// the same event with a date that only the right choice of date question
// q holds: "the first price announced by the company in March was ..."
// beside "When was the purchase announced by the company?" with March 2014
// the one March among the choices. The prompts must share a content word
// (the event), as a title's date does not need to (titleDateOnlyRight).
func otherPromptDatesAnswer(prompt string, q quiz.Question, answer string) bool {
	if q.Type != quiz.Single || !shareContent(prompt, q.Prompt, answer) {
		return false
	}
	return titleDateOnlyRight(prompt, q)
}
