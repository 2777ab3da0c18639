package generate

import "strings"

// speakerChoices are the wrong choices for a bare "Speaker" of an American
// legislature: the chamber's other leaders, none of them an office the
// speaker holds too, and none a speaker's office in other words ("House
// Speaker", "Assembly Speaker" would be right too). One is of one word,
// as "Speaker" is, so that the answer is not the odd one out by its length.
var speakerChoices = []string{"Majority Leader", "Minority Leader", "Whip"}

// bareSpeaker reports a leader written "Speaker Jon Burns" with no body,
// on a page that names an American legislature ("the General Assembly",
// "the Legislature", "the House of Representatives") and no parliament:
// the office is asked alone among the chamber's other leaders. A speaker
// of a parliament (where no majority leader sits), a speaker at an event
// or "SpaceX Speaker X" (a body just before) stays unasked.
func (w *writer) bareSpeaker(f Fact) bool {
	if f.Country != "" || f.Office != "Speaker" || !strings.HasPrefix(f.Text, "Speaker ") || w.bodyBefore(f) {
		return false
	}
	legislature := false
	for _, s := range w.sents {
		if s.furniture {
			continue
		}
		t := w.text[s.start:s.end]
		for _, p := range []string{"Parliament", "United Nations", "U.N.", "House of Commons", "Lok Sabha", "Knesset", "Duma", "MPs"} {
			if strings.Contains(t, p) {
				return false
			}
		}
		for _, l := range []string{"General Assembly", "Legislature", "House of Representatives", "State House", "Statehouse", "state House"} {
			legislature = legislature || strings.Contains(t, l)
		}
	}
	return legislature
}
