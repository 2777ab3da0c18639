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
