package generate

import (
	"strings"
	"testing"
)

// A place a photo caption names first is found on the story's mention of
// it, so that a question can be asked there; a place only the caption
// names still counts, from the caption.
func TestCaptionPlaceMovesToStory(t *testing.T) {
	const caption = "Marta Silva (L) greets Ana Costa at the Estadio da Luz in Lisbon, Portugal on May 2, 2024. (Photo by JOAO REIS / AFP)\n\n"
	cases := []struct {
		name, text string
		want       []string // "Place|its sentence's first 12 bytes"
	}{
		{"story names the city again", caption + "Silva won her third title in Lisbon on Saturday.",
			[]string{"Portugal|Marta Silva ", "Lisbon|Silva won he"}},
		{"only the caption names it", caption + "Silva won her third title on Saturday.",
			[]string{"Lisbon|Marta Silva ", "Portugal|Marta Silva "}},
	}
	for _, c := range cases {
		text := headlineLine + c.text
		var got []string
		for _, f := range extract(text, splitSentences(text, tokenize(text))) {
			if f.Kind == Place {
				got = append(got, f.Place+"|"+f.Sentence[:min(12, len(f.Sentence))])
				if text[f.Start:f.End] != f.Text {
					t.Errorf("%s: place %q is not text[%d:%d]", c.name, f.Place, f.Start, f.End)
				}
			}
		}
		if strings.Join(got, ", ") != strings.Join(c.want, ", ") {
			t.Errorf("%s: places\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}

// TestSentenceCaseHeadline: a first line in sentence case without a full
// stop, before a line that plainly opens a sentence, is the headline; a
// first line of prose wrapped before its end runs on.
func TestSentenceCaseHeadline(t *testing.T) {
	tests := []struct {
		text     string
		headline string // the first sentence when it is a headline, "" when none is
	}{
		{"Minister to visit Lima this month to prepare for trade talks\nIn April this year, the two countries said they would meet again.",
			"Minister to visit Lima this month to prepare for trade talks"},
		{"Floods close roads across the north as rivers rise\nThe river burst its banks on Monday night.",
			"Floods close roads across the north as rivers rise"},
		// Wrapped prose: the line ends on a word that goes on.
		{"The minister will visit Lima this month to prepare for the\nThe talks open in May.", ""},
		{"The minister will visit Lima this month, and\nIn May the talks open.", ""},
		// The next line does not open a sentence plainly.
		{"Minister to visit Lima this month to prepare for trade talks\nLima is the capital.", ""},
	}
	for _, tc := range tests {
		sents := splitSentences(tc.text, tokenize(tc.text))
		got := ""
		if len(sents) > 1 && sents[0].headline {
			got = tc.text[sents[0].start:sents[0].end]
		}
		if got != tc.headline {
			t.Errorf("%q: headline %q, want %q", tc.text, got, tc.headline)
		}
	}
}

// TestPromptsWithoutLineBreaks: a page's hard line breaks inside a
// sentence are no part of any question's prompt; the evidence keeps them.
func TestPromptsWithoutLineBreaks(t *testing.T) {
	const text = "Grants for clinics\n\nThe health department will award $64 million in new grants to\n12 states and one territory to build clinics, officials said on Monday.\n" +
		"The first grants were paid in\nMarch 2019 to four states in the north.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	broken := 0
	for i, q := range res.Quiz.Questions {
		if strings.ContainsAny(q.Prompt, "\n\r\t") {
			t.Errorf("prompt %q holds a line break", q.Prompt)
		}
		if strings.Contains(res.Facts[res.Items[i].Fact].Sentence, "\n") {
			broken++
		}
	}
	if broken == 0 {
		t.Fatalf("no question on a sentence with a line break: %+v", res.Quiz.Questions)
	}
}
