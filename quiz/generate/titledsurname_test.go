package generate

import (
	"slices"
	"testing"
)

// An office and a surname ("Mayor Carter") name the person the article
// names in full; a part of the day goes with its weekday.
func TestTitledSurnameDoer(t *testing.T) {
	cases := []actorLineCase{
		{"mayor and surname", "Ivy Carter ran again. Mayor Carter conceded the race on Tuesday night in the city.",
			"Ivy Carter|person|conceded the race in the city"},
		{"weekday and its night", "Ivy Carter ran again. Carter conceded the race Tuesday night at the hall.",
			"Ivy Carter|person|conceded the race at the hall"},
		// A surname nobody is named in full by is no doer.
		{"unknown surname", "Mayor Carter conceded the race on Tuesday night in the city.", ""},
	}
	checkActorLines(t, cases)
}

// A wrong choice written as an office and a surname ("Councilman
// Vance", a speaker) is offered by the full name the article gives, or
// not at all: only the answer would be a bare name.
func TestTitledSurnameChoiceInFull(t *testing.T) {
	text := headlineLine + "City Councilman Ron Vance beat Mayor Ivy Carter. \"The voters want a bright future,\" said Councilman Vance. " +
		"Her campaign manager Anna Kell wept. Mayor Carter conceded the race at the town hall."
	w := writeKind(text, Actor, (*writer).actor)
	for _, c := range w.offered {
		if c.q.Prompt != "Who conceded the race at the town hall?" {
			continue
		}
		wrong := slices.Clone(c.item.Wrong)
		slices.Sort(wrong)
		if !slices.Equal(wrong, []string{"Anna Kell", "Ron Vance"}) {
			t.Errorf("wrong choices %q, want Anna Kell and Ron Vance", wrong)
		}
		return
	}
	t.Errorf("no question on the conceded race: %v", w.offered)
}
