package generate

import "testing"

// whenOffered returns the "When …?" questions the writer offers for the
// dates of text, with their answers.
func whenOffered(t *testing.T, text string) map[string]string {
	t.Helper()
	return offeredWith(t, text, "When ")
}

// TestWhenClausesRoundNine checks the date clauses of real prose that
// were refused before round 9 (issue 7): the historic present of "on this
// day" pages, a date labelling its entry before a colon, a phrase or an
// appositive between the date and the subject, "to" as a preposition, a
// count after "more than", and a named person's deed after "since" or
// "after". It checks too that the date still goes to the verb it dates.
// The sentences are the project's own.
func TestWhenClausesRoundNine(t *testing.T) {
	// Other dated lines give the near dates of the wrong choices.
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct {
		text   string
		prompt string // a question that must be offered; "" when none may be
		answer string
	}{
		// The historic present of a long past event is asked in the past.
		{"In 1893 the steamer Hollin Bay is sunk off the northern cape." + more,
			"When was the steamer Hollin Bay sunk off the northern cape?", "1893"},
		{"In 1882 two rival mills are destroyed by a fire in the old quarter." + more,
			"When were two rival mills destroyed by a fire in the old quarter?", "1882"},
		// On a page of history, a recent year's present is historic too.
		{"In 1963 the old ferry is replaced by a road bridge. In 1971 the mine closed. In 1984 the last shop on the quay shut.",
			"When was the old ferry replaced by a road bridge?", "1963"},
		// A date labelling its entry before a colon dates the clause.
		{"March 14, 1879: The first electric tram began its service in the lower town." + more,
			"When did the first electric tram begin its service in the lower town?", "March 14, 1879"},
		// A phrase before the subject and an appositive after a name are
		// left out of the question.
		{"In 1887 in a vote of the whole town, the county board closed the old ferry." + more,
			"When did the county board close the old ferry?", "1887"},
		{"In 1871 Ada Brennan, a Boston seamstress, received a patent for her folding table." + more,
			"When did Ada Brennan receive a patent for her folding table?", "1871"},
		// "to" before a noun phrase is a preposition, not an infinitive.
		{"The regatta returned to the national calendar in 1889 after a long absence." + more,
			"When did the regatta return to the national calendar?", "1889"},
		{"The old mayor returned to office as leader of the council in 1886." + more,
			"When did the old mayor return to office as leader of the council?", "1886"},
		// "more than" before a count is no time clause.
		{"In 1875, a spring flood destroyed more than 300 houses in the delta." + more,
			"When did a spring flood destroy more than 300 houses in the delta?", "1875"},
		// After "since" or "after" a named person's deed with its object.
		{"It was the party's worst result since Tom Baker resigned the leadership in 1888." + more,
			"When did Tom Baker resign the leadership?", "1888"},
		// A passive with an irregular participle after the subject's
		// appositive; money in a subject after the date.
		{"The skull, the oldest in the county, was stolen in 1887 from the vicarage at Marsh Hill." + more,
			"When was the skull stolen?", "1887"},
		{"In 1879 a $40,000 grant from the county was given to the 12 parish schools." + more,
			"When was a $40,000 grant from the county given to the 12 parish schools?", "1879"},
		// An infinitive after "the first" belongs to the noun: one event.
		{"Mary Rudd became the first woman to swim the firth in 1884, the club's history says." + more,
			"When did Mary Rudd become the first woman to swim the firth?", "1884"},
		// A party and state in brackets after the name.
		{"A judge ordered the release of former Rep. Tom Barr (D-Ohio), who was convicted in 1889, after a ruling on bribery law." + more,
			"When was Tom Barr convicted?", "1889"},
		// "who" after a phrase that ends on a name: the name is its head.
		{"The side won again on Saturday, much to the delight of coach Ann Lowe, who replaced Jim Park in 1889." + more,
			"When did Ann Lowe replace Jim Park?", "1889"},
	}
	for _, tc := range tests {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
}

// TestWhenClausesStayRefused checks clauses whose date belongs to another
// verb than the one a question would ask, or to no past event: no "When"
// question on the sentence's date.
func TestWhenClausesStayRefused(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct {
		text string
		date string // the date no "When" question may ask
	}{
		// The date is the meeting's, not the agreement's.
		{"The two councils agreed to meet in 1887 at the county hall." + more, "1887"},
		// An infinitive of a verb the lists do not know: the date may be
		// the aim's.
		{"The firm planned to rebrand in 1887 after the fire." + more, "1887"},
		// The opening is still to come.
		{"The new ward is expected to open in February, once the roof is complete." + more, "February"},
		// Today's present is no historic present, nor a plan's.
		{"In 2023 the old pier is closed to visitors." + more, "2023"},
		{"In 1984 the old ferry is replaced by a road bridge. In 1971 the mine closed. In 1958 the last shop on the quay shut.", "1984"},
		// After "after" or "since", only a named person's deed is asked.
		{"The talks resumed after the old truce collapsed in 1886." + more, "1886"},
		{"Trade fell sharply after Tom Baker resigned in 1888." + more, "1888"},
		// A verb in the phrase before the subject: no phrase left out.
		{"In 1887 when the river rose, the county board closed the old ferry." + more, "1887"},
		// A state, not an event.
		{"The mayor was known in 1886 for his long speeches at the market cross." + more, "1886"},
		// An infinitive of its own: the date is the visit's.
		{"The mayor agreed to visit the mill in 1887 with the county surveyor." + more, "1887"},
		// A date before its noun dates the noun, not the verb.
		{"A March 1887 agreement collapsed after a long dispute over the river." + more, "March 1887"},
		// An adverb before a participle is no subject: no "When did first
		// launch?".
		{"The Marlin is a small two-stage rocket, first launched in 1888, with 40 flights to date." + more, "1888"},
		// The date of the killings, not of the verdict.
		{"A jury found Carl Hines guilty of killing his neighbour, Dan Ross, on June 7, 1889." + more, "June 7, 1889"},
	}
	for _, tc := range tests {
		for p, a := range whenOffered(t, tc.text) {
			if a == tc.date {
				t.Errorf("%q: offered %q (%s), want no such question", tc.text, p, a)
			}
		}
	}
}
