package generate

import (
	"strings"
	"testing"
)

// TestFrontedPronoun: a sentence whose subject is "he", "she" or "they"
// after an opening phrase does not stand alone (no fill-in, no copy): the
// pronoun asks about no one. A name or a clause of its own before the
// pronoun, or a pronoun that is no subject, leaves the sentence to the
// other rules.
func TestFrontedPronoun(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     bool
	}{
		// refused: a pronoun subject after an opening phrase
		{"Above all, she taught four generations of pupils in the valley.", true},
		{"Straight on Lisbon he had marched, with a column of more than nine thousand men.", true},
		{"Facing a crowd of about 3,000 people, they opened the doors at noon.", true},
		{"By the end of the week they had counted 40 nests on the cliff.", true},
		{"Like Maria Olsen, she taught four generations of pupils in the valley.", true},
		// accepted: the sentence names its subject, or the pronoun is no
		// subject of the opening's verb
		{"Above all, the council taught four generations of pupils in the valley.", false},
		{"After the defeat of the Danish fleet in 1801, he became known as the hero of the harbour.", true},
		{"After the mayor left, she taught four generations of pupils in the valley.", false},
		{"The teachers said she taught four generations of pupils in the valley.", false},
		{"Above all, the pupils thanked her for four years of lessons.", false},
	} {
		sents := splitSentences(c.sentence, tokenize(c.sentence))
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences", c.sentence, len(sents))
		}
		s := sents[0]
		if got := frontedPronoun(s.toks, s.firstWord()); got != c.want {
			t.Errorf("frontedPronoun(%q) = %v, want %v", c.sentence, got, c.want)
		}
	}
	// Through the generator: the fill-in on the pronoun's sentence is not
	// written, the one on a named subject is.
	text := "Valley school marks a long career\n\n" +
		"The valley school opened its new library on May 2, 2022.\n" +
		"Nurses have called more than 180 families who were at the spring fair where the first pupil fell ill.\n" +
		"Facing a crowd of about 3,000 people, she opened the doors of the library at noon.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.Contains(q.Prompt, "she opened") {
			t.Errorf("question copies the sentence with its pronoun: %q", q.Prompt)
		}
	}
}
