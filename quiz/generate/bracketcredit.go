package generate

import "strings"

// bracketCredit reports a picture's credit in brackets that names the
// kind of picture before "photo:": "(File photo: Jane Doe / via Agency)",
// "(Contributed photo: Jane Doe)". One word at most stands between the
// bracket and "photo:"; a story's words would be more ("(the board said
// in a photo: …)" does not occur).
func bracketCredit(line string) bool {
	for rest := line; ; {
		i := strings.Index(rest, "photo:")
		if i < 0 {
			return false
		}
		open := strings.LastIndexByte(rest[:i], '(')
		if open >= 0 && !strings.ContainsAny(rest[open:i], ")") && strings.Count(strings.TrimSpace(rest[open+1:i]), " ") == 0 {
			return true
		}
		rest = rest[i+len("photo:"):]
	}
}
