//go:build !quizonly

package ui

import (
	"reflect"
	"strings"
	"testing"

	"factquiz/quiz/generate"
)

func TestFactSpans(t *testing.T) {
	text := "Président Macron met on May 9. Macron left."
	at := func(s string, from int) int { return from + strings.Index(text[from:], s) }
	leader, date, again := at("Président Macron", 0), at("May 9", 0), at("Macron", 20)
	facts := []generate.Fact{
		{Kind: generate.Leader, Start: leader, End: leader + len("Président Macron"),
			Mentions: []generate.Span{{Start: again, End: again + 6}, {Start: at("Macron", 0), End: at("Macron", 0) + 6}}},
		{Kind: generate.Date, Start: date, End: date + 5},
		{Kind: generate.Count, Start: date + 1, End: again + 2}, // overlaps the date: dropped
		{Kind: generate.Date, Start: 2, End: 4},                 // cuts "é": dropped
		{Kind: generate.Date, Start: 40, End: 400},              // out of range: dropped
		{Kind: generate.Date, Start: 30, End: 30},               // empty: dropped
		{Kind: generate.Date, Start: -1, End: 3},                // negative: dropped
	}
	got := factSpans(text, facts)
	want := []factSpan{
		{leader, leader + len("Président Macron"), generate.Leader, false},
		{date, date + 5, generate.Date, false},
		{again, again + 6, generate.Leader, true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("factSpans = %+v, want %+v", got, want)
	}
}

func TestArticleParagraphs(t *testing.T) {
	text := "\ufeffHeadline  \r\n\r\n  First line\nsecond line.\n \t\nLast"
	var got []string
	for _, p := range articleParagraphs(text) {
		got = append(got, text[p[0]:p[1]])
	}
	want := []string{"Headline", "First line\nsecond line.", "Last"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("paragraphs = %q, want %q", got, want)
	}
	if ps := articleParagraphs(" \n\n\t"); len(ps) != 0 {
		t.Errorf("blank text has paragraphs %v", ps)
	}
}

func TestArticleFirstLine(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"\n\n  Putin, Erdogan Ready  \nBody", "Putin, Erdogan Ready"},
		{"", ""},
		{"\ufeffTitle\n", "Title"},
		{strings.Repeat("word ", 40), strings.TrimSpace(strings.Repeat("word ", 24)) + "…"},
		{strings.Repeat("é", 100), strings.Repeat("é", 60) + "…"},
	} {
		if got := articleFirstLine(c.text); got != c.want {
			t.Errorf("articleFirstLine(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
