package ui

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// plural writes "1 question" or "3 questions".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// relativeTime says when t was, the way a person would: "just now",
// "5 minutes ago", "yesterday", "on 2 Nov 2026".
func relativeTime(t, now time.Time) string {
	d := now.Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return plural(int(d/time.Minute), "minute", "minutes") + " ago"
	case d < 24*time.Hour && now.Day() == t.Day():
		return plural(int(d/time.Hour), "hour", "hours") + " ago"
	case d < 48*time.Hour && now.AddDate(0, 0, -1).Day() == t.Day():
		return "yesterday"
	}
	return "on " + t.Format("2 Jan 2006")
}

// duration writes a quiz's time taken: "45 s", "3 min 05 s", "1 h 02 min".
func duration(d time.Duration) string {
	d = d.Round(time.Second)
	switch {
	case d < time.Minute:
		return fmt.Sprintf("%d s", int(d.Seconds()))
	case d < time.Hour:
		return fmt.Sprintf("%d min %02d s", int(d.Minutes()), int(d.Seconds())%60)
	}
	return fmt.Sprintf("%d h %02d min", int(d.Hours()), int(d.Minutes())%60)
}

// sentence ends s with a full stop unless it ends with one already.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// firstUpper starts s with a capital letter: a message of the store
// ("your result could not be saved: …") shown on its own.
func firstUpper(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
