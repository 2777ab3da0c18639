package generate

import (
	"strings"
	"testing"
)

// TestFixedCount: a count of people its own prompt fixes ("a marital
// union", "the twins", "the trio") is given away; other counts are not.
func TestFixedCount(t *testing.T) {
	for _, c := range []struct {
		prompt string
		number int
		noun   string
		want   bool
	}{
		{"Fill in the number: By entering a marital union, _____ people take on duties to each other.", 2, "people", true},
		{"Fill in the number: The twins, _____ girls, were born in the hospital in May.", 2, "girls", true},
		{"Fill in the number: The trio's _____ members met at a school in Leith.", 3, "members", true},
		{"Fill in the number: The couple married _____ years ago in Galway.", 2, "years", false},
		{"Fill in the number: The trio played to _____ people in Leith.", 400, "people", false},
		{"Fill in the number: _____ people were hurt in the crash on the coast road.", 2, "people", false},
	} {
		f := Fact{Kind: Count, Number: c.number, Noun: c.noun}
		if got := fixedCountGiveaway(normalize(c.prompt), f); got != c.want {
			t.Errorf("fixedCountGiveaway(%q, %d %s) = %v, want %v", c.prompt, c.number, c.noun, got, c.want)
		}
	}
	// With the rule off the true statement "… a marital union, two people
	// become …" is asked: its false twin would say three.
	text := "Court rules on marriage\n\n" +
		"The court ruled on Friday that every state must license same-sex marriages.\n" +
		"Nothing in law is older than marriage, the ruling said. In entering a marital union, two people become a family that the law must respect.\n" +
		"The case was brought in 2013.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.Contains(q.Prompt, "marital union") {
			t.Errorf("count fixed by its prompt asked: %q", q.Prompt)
		}
	}
}

// TestTitleSpan: a headline counting the span a question asks ("a First
// in Six Years") gives it away or contradicts it; a headline counting
// other things does not.
func TestTitleSpan(t *testing.T) {
	for _, c := range []struct {
		title  string
		prompt string
		number int
		noun   string
		want   bool
	}{
		{"Bakery chain misses targets, a first in six years", "For the first time in almost _____ years, the chain missed its targets.", 7, "years", true},
		{"Bakery chain misses targets for first time in 7 years", "For the first time in _____ years, the chain missed its targets.", 7, "years", true},
		{"Bakery chain at a six-year low", "The chain's shares are at a low not seen in _____ years.", 7, "years", true},
		{"Castlebridge win the cup and end 38 years of waiting", "Harwood had tried to win the cup for the third time in six years.", 6, "years", false},
		{"Bakery chain closes 12 shops", "For the first time in almost _____ years, the chain closed shops.", 7, "years", false},
		{"12 Ministers Resign in Cabinet Overhaul", "Of the _____ ministers to be sworn in, 36 are new.", 43, "ministers", false},
		{"Bakery chain misses targets", "For the first time in almost _____ years, the chain missed its targets.", 7, "years", false},
	} {
		f := Fact{Kind: Count, Number: c.number, Noun: c.noun}
		if got := titleCountsNoun(headlineText(c.title), normalize(c.prompt), f); got != c.want {
			t.Errorf("titleCountsNoun(%q, %q, %d %s) = %v, want %v", c.title, c.prompt, c.number, c.noun, got, c.want)
		}
	}
	text := "Bakery chain misses its targets, a first in six years\n\n" +
		"For the first time in almost seven years, the bakery chain Crumbs missed its own sales targets, sending its shares down by 6%.\n" +
		"The chain sold 40 million loaves last year, it said on Tuesday.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.Contains(q.Prompt, "first time in almost") {
			t.Errorf("span the title counts asked: %q (%s)", q.Prompt, res.Quiz.Title)
		}
	}
}
