package generate

import "strings"

// halfCorrelative reports a prompt holding the first half of "not just …,
// but also …" ("not only", "not merely") without its second: a clause cut
// at the comma ("When did the firm become not just the largest poultry
// producer?") asks what the article does not say.
func halfCorrelative(prompt string) bool {
	p := strings.ToLower(prompt)
	for _, first := range []string{"not just ", "not only ", "not merely "} {
		i := strings.Index(p, first)
		if i < 0 || i > 0 && p[i-1] != ' ' {
			continue
		}
		rest := p[i+len(first):]
		if !strings.Contains(rest, " but ") && !strings.Contains(rest, ",but ") {
			return true
		}
	}
	return false
}
