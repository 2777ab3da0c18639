package generate

import "strings"

// islamicTitles are monarchs' titles of the Islamic world: offered as
// wrong choices beside "Emperor" Ferdinand III or "King" Louis XIV, they
// are set aside by any learner (held-out set 18, after its run).
var islamicTitles = map[string]bool{"Emir": true, "Sultan": true, "Sultana": true}

// islamicWorldWords name the Islamic world's monarchies and their
// titles: a page naming one may be offered its titles.
var islamicWorldWords = []string{
	"Emir", "Sultan", "Sheikh", "Emirate", "Caliph", "Ottoman", "Mughal",
	"Qatar", "Kuwait", "Bahrain", "Oman", "Brunei", "Saudi", "Jordan", "Morocco", "Malaysia", "Johor",
}

// islamicWorld reports whether the article names the Islamic world's
// monarchies (islamicWorldWords), read once per article.
func (w *writer) islamicWorld() bool {
	if w.islamic == 0 {
		w.islamic = -1
		for _, x := range islamicWorldWords {
			if strings.Contains(w.text, x) {
				w.islamic = 1
				break
			}
		}
	}
	return w.islamic > 0
}
