package format

import (
	"strings"

	"factquiz/quiz"
)

// headerQuiz is a quiz with the details its file's header comments give,
// as the writers put them: "title: …", "description: …", "source: …"
// (GIFT's "//" comments, Moodle XML's comments).
func headerQuiz(lines []string) *quiz.Quiz {
	q := &quiz.Quiz{}
	for _, c := range lines {
		setHeaderField(q, c)
	}
	return q
}

// setHeaderField sets the detail one header comment gives, if any: a
// reader can take comments one at a time and keep none.
func setHeaderField(q *quiz.Quiz, comment string) {
	k, v, ok := strings.Cut(comment, ":")
	if !ok {
		return
	}
	v = strings.TrimSpace(v)
	switch strings.ToLower(strings.TrimSpace(k)) {
	case "title":
		q.Title = v
	case "description":
		q.Description = v
	case "source":
		q.Source = v
	}
}
