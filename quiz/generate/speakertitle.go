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

// councilChairChoices are the wrong choices for the chair of a county
// council ("Clark County Council Chair Eileen Quiring"), asked as
// "Council Chair": the county's other officers, one of them the
// council's own, so that neither word of the answer gives it away.
var councilChairChoices = []string{"Council Clerk", "County Sheriff", "County Assessor"}

// countyCouncilChair reports a chair written after the name of a county
// council ("Clark County Council Chair Eileen Quiring"), read as a bare
// "Chair".
func (w *writer) countyCouncilChair(f Fact) bool {
	if f.Country != "" || f.Office != "Chair" && f.Office != "Chairman" && f.Office != "Chairwoman" {
		return false
	}
	toks := w.sents[f.sent].toks
	for k, t := range toks {
		if t.start == f.Start {
			return k >= 3 && toks[k-1].text == "Council" && toks[k-2].text == "County" && toks[k-3].cap()
		}
	}
	return false
}

// localTitleChoices returns the wrong choices for a bare title of an
// American legislature or county that the page ties to its body (nil
// when it is none): a speaker among the chamber's other leaders, a
// county council's chair (f's office then written "Council Chair")
// among the county's other officers.
func (w *writer) localTitleChoices(f *Fact) []string {
	switch {
	case w.bareSpeaker(*f):
		return speakerChoices
	case w.countyCouncilChair(*f):
		f.Office = "Council " + f.Office
		return councilChairChoices
	case usAttorneyOf(*f):
		return usAttorneyChoices(*f)
	case countySheriffOf(*f):
		f.Office, f.Country = "County Sheriff", ""
		return countySheriffChoices
	}
	return nil
}
