package ui

import (
	"path"
	"regexp"
	"strings"
)

// learnerSource is a quiz's source as a learner reads it: no file name or
// folder. "Article (questions/articles/karabakh.txt)" becomes "Article";
// a source that is only a file name ("karabakh.txt") becomes the article
// named by the quiz's title, or "the article" without one.
func learnerSource(source, title string) string {
	s := strings.TrimSpace(source)
	s = strings.TrimSpace(trailingPath.ReplaceAllString(s, ""))
	if s == "" || looksLikeFile(s) {
		if title != "" {
			return "the article “" + title + "”"
		}
		return "the article"
	}
	return s
}

// trailingPath is a file name in brackets at the end of a source.
var trailingPath = regexp.MustCompile(`\s*\(([^()\s]*[/\\][^()\s]*|[^()\s]+\.[A-Za-z0-9]{1,5})\)\s*$`)

// looksLikeFile reports whether s is a file name or path, not words.
func looksLikeFile(s string) bool {
	if strings.ContainsAny(s, " \t") {
		return false
	}
	return strings.ContainsAny(s, `/\`) || (path.Ext(s) != "" && len(path.Ext(s)) <= 6)
}

// learnerDescription is a quiz's description without the command that
// wrote it: the generator's "Questions written by factquiz generate from
// the facts of the article: …" reads "Questions made from the facts of
// the article: …".
func learnerDescription(d string) string {
	return commandWords.ReplaceAllString(d, "made")
}

// commandWords is "written by factquiz generate" and the like.
var commandWords = regexp.MustCompile(`(?i)\b(written|made|generated) by (the )?factquiz( [a-z-]+)?( command)?`)
