package generate

import (
	"strings"
	"testing"
)

// TestCenturyRead: "in the (early|late|mid-) Nth century" is a date; a
// century that describes ("the 18th century novel"), counts backwards
// ("BC") or closes a span ("since the 19th century") is none.
func TestCenturyRead(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"The guild first met in the 16th century near the river.", []string{"the 16th century"}},
		{"Weavers settled in the valley in the late 17th century, records show.", []string{"the late 17th century"}},
		{"The chapel was rebuilt during the early 12th century.", []string{"the early 12th century"}},
		{"The mill was built in the mid-19th century.", []string{"the mid-19th century"}},
		{"The canal was dug in the 3rd century AD.", []string{"the 3rd century"}},
		// Refused.
		{"The town was founded in the 5th century BC.", nil},
		{"The library holds books of the 18th century and maps.", nil},
		{"She collects 19th century prints.", nil},
		{"The two firms have been rivals since the 19th century.", nil},
		{"Few towns look forward in the 21st century.", nil},
		{"He wrote in the 18th century style of the court.", nil},
	}
	for _, tc := range cases {
		var got []string
		for _, d := range findDates(tokenize(tc.text)) {
			got = append(got, d.text())
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%q: dates %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCenturyAsked: a clause dated by a century is asked "When …?", its
// wrong choices other centuries with the same qualifier.
func TestCenturyAsked(t *testing.T) {
	const tail = " The abbey was founded in 1132. The bridge fell in 1348. The town hall burned in 1666."
	cases := []struct{ text, prompt, answer string }{
		{"The monks moved to the island in the late 13th century, the records say.",
			"When did the monks move to the island?", "the late 13th century"},
		{"In the 14th century, the weavers moved to the valley.",
			"When did the weavers move to the valley?", "the 14th century"},
		{"In the 14th century the weavers moved to the valley.",
			"When did the weavers move to the valley?", "the 14th century"},
		{"The first stone bridge was built across the river in the 12th century.",
			"When was the first stone bridge built across the river?", "the 12th century"},
	}
	for _, tc := range cases {
		got := offeredWith(t, tc.text+tail, "When ")
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: offered %q, want %q -> %q", tc.text, got, tc.prompt, tc.answer)
		}
	}
}

// TestCenturyChoices: a century's wrong choices are centuries, with the
// right one's qualifier, none past the 20th.
func TestCenturyChoices(t *testing.T) {
	text := "The monks moved to the island in the late 19th century. The abbey was founded in 1132. The bridge fell in 1348."
	text, _, err := checkText(text)
	if err != nil {
		t.Fatal(err)
	}
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.title = headline(sents, text)
	w.write()
	found := false
	for _, c := range w.offered {
		if c.q.Prompt != "When did the monks move to the island?" {
			continue
		}
		found = true
		for _, ch := range c.q.Choices {
			if !strings.HasPrefix(ch.Text, "the late ") || !strings.HasSuffix(ch.Text, " century") || ch.Text == "the late 21st century" {
				t.Errorf("choice %q is no late century", ch.Text)
			}
		}
		if len(c.q.Choices) != 4 {
			t.Errorf("choices %v, want 4", c.q.Choices)
		}
	}
	if !found {
		t.Errorf("no century question offered")
	}
}

// TestConjunctionPronounAlone: "But it …" or "And they …" does not stand
// alone as a sentence to copy; "But the canal …" does.
func TestConjunctionPronounAlone(t *testing.T) {
	const head = "The old canal ran from the lake to the sea. "
	const tail = " The abbey was founded in 1132. The bridge fell in 1348. The town hall burned in 1666."
	cases := []struct {
		text    string
		refused bool
	}{
		{"But it was finally closed in the 9th century AD.", true},
		{"And they sailed home to the lake in the 14th century.", true},
		{"But the canal was finally closed in the 9th century AD.", false},
	}
	for _, tc := range cases {
		got := offeredWith(t, head+tc.text+tail, "Fill in the blank: "+tc.text[:8])
		if tc.refused != (len(got) == 0) {
			t.Errorf("%q: fill-ins %q, refused %v", tc.text, got, tc.refused)
		}
	}
}
