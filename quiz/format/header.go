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
		k, v, ok := strings.Cut(c, ":")
		if !ok {
			continue
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
	return q
}
