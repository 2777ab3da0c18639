package generate

import (
	"strings"
	"testing"
)

// TestQuoteWholeMax: a quotation in one piece of up to sixteen words is
// shown whole (its cut pieces read as half of what was said); a longer
// one is not.
func TestQuoteWholeMax(t *testing.T) {
	for _, c := range []struct {
		name, quote, want string
	}{
		{"fifteen words, whole",
			"This is a chapter in Carlow football that the supporters want to forget and move on",
			"This is a chapter in Carlow football that the supporters want to forget and move on"},
		{"sixteen words with an aside, whole",
			"This is surely one of the hardest, if not the hardest, winters the harbour has known",
			"This is surely one of the hardest, if not the hardest, winters the harbour has known"},
		{"seventeen words, not whole",
			"This is a season in Carlow football that the loyal supporters want to forget and leave behind",
			""},
	} {
		got := quoteExcerpt(c.quote, tokenize(c.quote), "Nobody Here")
		if c.want != "" && got != c.want {
			t.Errorf("%s: excerpt %q, want %q", c.name, got, c.want)
		}
		if c.want == "" && got == c.quote {
			t.Errorf("%s: a quotation of %d words shown whole", c.name, quoteWordCount(tokenize(c.quote)))
		}
	}
}

// TestQuoteWholeAsked: on a page, a fifteen-word quotation in one piece
// is asked whole; one inside the writer's sentence of as many words is
// not asked as "Who used the words …?" (quoteUsedMax).
func TestQuoteWholeAsked(t *testing.T) {
	text := `Merrow harbour wall reopens after repairs

The Merrow harbour wall reopened on Monday after eleven months of repairs costing 2.4 million pounds.

"This is a chapter in the town's history that fishermen want to close and move on," said Owen Pryce, the harbour master.

Ruth Ellery said the repair was "nothing for the council's own gain, rather it is a great duty toward the harbour and town."

Tom Hale, a councillor, said the council would inspect the wall every spring.`
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	whole, used := false, false
	var ps []string
	for _, q := range res.Quiz.Questions {
		ps = append(ps, q.Prompt)
		if strings.Contains(q.Prompt, "“This is a chapter in the town's history that fishermen want to close and move on”") {
			whole = true
		}
		if strings.Contains(q.Prompt, "used the words") {
			used = true
		}
	}
	if !whole {
		t.Errorf("the whole fifteen-word quotation not asked; prompts: %q", ps)
	}
	if used {
		t.Errorf("a fifteen-word quotation inside the writer's sentence asked as used words; prompts: %q", ps)
	}
}

// TestQuoteUsedMax: a quotation of more than fourteen words inside the
// writer's sentence is not offered as "used the words"; a shorter one is.
func TestQuoteUsedMax(t *testing.T) {
	for _, c := range []struct {
		name, text string
		used       bool
	}{
		{"fifteen words",
			`Ruth Ellery said the repair was "never about any private profit, but it was a real service toward the harbour and town."`,
			false},
		{"fourteen words",
			`Ruth Ellery said the repair was "nothing for our gain, rather, as ever, a duty, a task, for the town."`,
			true},
	} {
		text := "Merrow harbour wall reopens\n\n" + c.text
		sents := splitSentences(text, tokenize(text))
		facts := extract(text, sents)
		w := newWriter(text, sents, facts)
		seen := false
		for _, f := range facts {
			if f.Kind != Quote {
				continue
			}
			seen = true
			if vp, ex := w.quotePrompt(f, w.sents[f.sent]); (vp == "used the words") != c.used {
				t.Errorf("%s: quotePrompt %q %q", c.name, vp, ex)
			}
		}
		if !seen {
			t.Errorf("%s: no quotation read", c.name)
		}
	}
}
