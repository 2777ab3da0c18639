package generate

import (
	"strings"
	"testing"
)

// Coverage: dates and counts the generator found that no real question
// asked. The sentences are the project's own, written in the manner of
// news pages.

// offeredWith returns the offered questions whose prompt opens on one of
// the prefixes, prompt → answer.
func offeredWith(t *testing.T, text string, prefixes ...string) map[string]string {
	t.Helper()
	text, _, err := checkText(text)
	if err != nil {
		t.Fatalf("%q: %v", text, err)
	}
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.title = headline(sents, text)
	w.write()
	got := map[string]string{}
	for _, c := range w.offered {
		for _, p := range prefixes {
			if strings.HasPrefix(c.q.Prompt, p) {
				got[c.q.Prompt] = c.item.Answer
			}
		}
	}
	return got
}

// coverageCase is a text, the question it must offer (prompt and answer),
// or with an empty prompt a text whose answer no prompt of the prefixes
// may ask.
type coverageCase struct{ text, prompt, answer string }

func checkCoverage(t *testing.T, cases []coverageCase, prefixes ...string) {
	t.Helper()
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	checkCoverageAfter(t, more, cases, prefixes...)
}

// checkCoverageAfter is checkCoverage with the sentences after each text.
func checkCoverageAfter(t *testing.T, more string, cases []coverageCase, prefixes ...string) {
	t.Helper()
	for _, tc := range cases {
		got := offeredWith(t, tc.text+more, prefixes...)
		if tc.prompt != "" {
			if a, ok := got[tc.prompt]; !ok || a != tc.answer {
				t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
			}
			continue
		}
		for p, a := range got {
			if a == tc.answer {
				t.Errorf("%q: offered %q (%s)", tc.text, p, a)
			}
		}
	}
}

// TestCountClauseEndsAtNewClause: a conjunction with a subject and a verb
// of its own ends the count's question; an elided clause ("and 50
// threatened") or a phrase ("in Kent and Sussex") does not open one.
func TestCountClauseEndsAtNewClause(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"The ferry made four crossings in the storm but the crew never lost power.", "How many crossings did the ferry make in the storm?", "4"},
		{"The militia seized 30 trucks near the border and the army sent in tanks.", "How many trucks did the militia seize near the border?", "30"},
		{"The ferry carried 40 cars on the last crossing.", "How many cars did the ferry carry on the last crossing?", "40"},
	}, "How many")
	checkCoverage(t, []coverageCase{
		// Never "… in the storm but the crew never lost power?".
		{"The ferry made four crossings in the storm but the crew never lost power.", "", "never"},
	}, "How many")
	for p := range offeredWith(t, "The ferry made four crossings in the storm but the crew never lost power. The harbour wall was rebuilt in 1898.", "How many") {
		if strings.Contains(p, "crew") {
			t.Errorf("offered %q", p)
		}
	}
	for p := range offeredWith(t, "In Kent alone, 1,200 homes were flooded and more than 300 damaged, the council said. The harbour wall was rebuilt in 1898.", "How many") {
		t.Errorf("elided second clause: offered %q", p)
	}
}

func TestNewClauseCut(t *testing.T) {
	cases := []struct {
		rest string
		cut  int
	}{
		{"crossings in the storm but the crew never lost power", 4},
		{"trucks near the border and the army sent in tanks", 4},
		{"crossings in Kent and Sussex", -1},
		{"barns between Hull and York and Oxford lost power", 5},
		{"rebels and wounded 20 more", -1},     // a second verb, no subject
		{"dead and more than 300 injured", -1}, // elided
		{"structures and 50 threatened", -1},   // elided
	}
	for _, tc := range cases {
		if got := newClauseCut(tokenize(tc.rest)); got != tc.cut {
			t.Errorf("%q: cut %d, want %d", tc.rest, got, tc.cut)
		}
	}
}

// TestAdverbPassive: "was formally opened" is asked with its adverb; a
// state ("was widely known") is not asked.
func TestAdverbPassive(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"The new library was formally opened on 12 March 1906.", "When was the new library formally opened?", "12 March 1906"},
		{"The bridge was officially reopened on 3 May 1921.", "When was the bridge officially reopened?", "3 May 1921"},
		{"The painter was widely known in 1890.", "", "1890"},
		{"The mayor was only elected in 1890.", "", "1890"},
	}, "When")
}

// TestResultGainCount: a participle of gain after a comma is the
// subject's deed ("…, winning 326 seats in the Commons"); a clause of
// result that is no gain ("bringing the total to …") is not asked so.
func TestResultGainCount(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"The Liberal Party swept the county vote, winning 42 seats on the council.", "How many seats did the Liberal Party win on the council?", "42"},
		{"The Green Party gained ground in the city, taking 12 seats on the council.", "How many seats did the Green Party take on the council?", "12"},
		{"The Liberal Party swept the county vote, bringing 42 seats under its control.", "", "42"},
	}, "How many")
}

// TestBoundDate: "until" and "from" a year bound an event; a clause that
// holds the other bound or points back is not asked.
func TestBoundDate(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"The rebels held the northern town until 1887.", "Until when did the rebels hold the northern town?", "1887"},
		{"The engineer Anna Holt ran the shipyard from 1892.", "From what year did the engineer Anna Holt run the shipyard?", "1892"},
		{"The old mill was closed until March 1890.", "Until when was the old mill closed?", "March 1890"},
		// the other bound in the clause, a pronoun object, a noun after
		// the year.
		{"The duke governed the province from 1870 until 1887.", "", "1887"},
		{"The crown then governed it under a charter until 1887.", "", "1887"},
		{"Exports rose from 1880 levels.", "", "1880"},
	}, "Until", "From", "When")
}

// TestScheduledDate: a plan ("is due to end", "are set to meet") is asked
// in the present; a forecast ("is expected to"), a plan in a quotation,
// or "set to" without a verb, is not.
func TestScheduledDate(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"The wage support scheme is due to end in October 1899.", "When is the wage support scheme due to end?", "October 1899"},
		{"The two envoys are set to meet in Lisbon on 16 June 1899.", "When are the two envoys set to meet in Lisbon?", "16 June 1899"},
		{"The final report is scheduled to be published in March 1899.", "When is the final report scheduled to be published?", "March 1899"},
		{"The final report is expected to be published in March 1899.", "", "March 1899"},
		{`"The scheme is due to end in October 1899," the minister said.`, "", "October 1899"},
		{"The scheme is set to the end of October 1899.", "", "October 1899"},
	}, "When")
}

// TestPageReference: a line citing a paper's page is no sentence to
// copy into a fill-in.
func TestPageReference(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"1919, The Advertiser, 30 June, p. 7.", true},
		{"The Gazette, 2 May 1901, pp. 12-13.", true},
		{"The treaty was signed on p Street.", false},
		{"Page 7 of the paper carried the news.", false},
	}
	for _, tc := range cases {
		if got := pageReference(tokenize(tc.text)); got != tc.want {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestResultCountLongSubject: the event's subject may carry a long
// participle phrase; a verb beyond it is not the event's.
func TestResultCountLongSubject(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"A chartered bus carrying pupils on a school trip to the northern lakes overturned near Keswick, killing 12 people.",
			"How many people were killed when a chartered bus carrying pupils on a school trip to the northern lakes overturned near Keswick?", "12"},
		// The verb stands too far from the start: the subject would be a
		// clause of its own.
		{"A chartered bus that the council had hired for pupils going on a long school trip to the lakes in the north of the county overturned near Keswick, killing 12 people.", "", "12"},
	}, "How many")
}

// TestPlaceAfterComma: a town's state or country after its comma does
// not end the clause; a list, a lower-case word or an unknown name does.
func TestPlaceAfterComma(t *testing.T) {
	cases := []struct {
		text string
		want string // the token the place ends before, "" for none
	}{
		{"flew to Butte, Montana, for a ski trip", ","},
		{"flew to Lyon, France.", "."},
		{"flew to Springfield, New Mexico, on Monday", ","},
		{"flew to Lyon, Paris and Nice.", ""},
		{"flew to Lyon, where it landed.", ""},
		{"flew to Lyon, Smithfield, on Monday", ""},
	}
	for _, tc := range cases {
		toks := tokenize(tc.text)
		k := 0
		for k < len(toks) && toks[k].text != "," {
			k++
		}
		e := placeAfterComma(toks, k)
		got := ""
		if e >= 0 && e < len(toks) {
			got = toks[e].text
		}
		if got != tc.want {
			t.Errorf("%q: ends before %q, want %q", tc.text, got, tc.want)
		}
	}
	checkCoverage(t, []coverageCase{
		{"The jet made three stops in Ohio before flying to Butte, Montana, for a ski trip but officials gave no names.", "How many stops did the jet make in Ohio?", "3"},
	}, "How many")
}

// TestPlannedPresent: a plan told in the present is asked in the present
// ("When does … leave office?"); on a history page, or with a year
// before the article's latest, the present tells the past and is not
// asked so; a plural's verb shows no tense.
func TestPlannedPresent(t *testing.T) {
	const news = " Voters went to the polls on 2 June 2031. The count ended on 3 June 2031."
	checkCoverageAfter(t, news, []coverageCase{
		{"The harbour master, who leaves office in January, praised the crews.", "When does the harbour master leave office?", "January"},
		{"The new exhibition opens on 3 May.", "When does the new exhibition open?", "3 May"},
		{"The new toll takes effect at 12:01 a.m. on July 1.", "When does the new toll take effect?", "July 1"},
		{"In 1994 the long strike ends in victory for the miners.", "", "1994"},
		{"The new exhibitions open on 3 May.", "", "3 May"},
	}, "When")
}

func TestDropTimeOfDay(t *testing.T) {
	cases := []struct{ rest, want string }{
		{"effect at 12:01 a.m.", "effect"},
		{"effect at noon", "effect"},
		{"at Kew", "at Kew"},
		{"the talks at 10 Downing Street", "the talks at 10 Downing Street"},
	}
	for _, tc := range cases {
		if got := joinTokens(dropTimeOfDay(tokenize(tc.rest))); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.rest, got, tc.want)
		}
	}
}

// TestDateOpeningPerfect: a month with "last year" opening the sentence,
// a past perfect after it, and a purpose ("in order to …") left out
// whole.
func TestDateOpeningPerfect(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"In April last year, the two mayors had met in Lisbon for an informal summit in order to settle the dispute.",
			"When did the two mayors meet in Lisbon for an informal summit?", "April"},
		{"In April, the two mayors had signed the river pact.", "When did the two mayors sign the river pact?", "April"},
		// "next year" is no year the article has counted from.
		{"In April next year, the two mayors will sign the river pact.", "", "April"},
	}, "When")
	for p := range offeredWith(t, "In April last year, the two mayors had met in Lisbon for an informal summit in order to settle the dispute. The harbour wall was rebuilt in 1898.", "When") {
		if strings.HasSuffix(p, " in order?") {
			t.Errorf("offered %q", p)
		}
	}
}

// TestAgencyDateline: a wire dateline before the subject ("Leeds, June 3
// (AFP)") is left out of the event; a place and a comma alone are no
// dateline.
func TestAgencyDateline(t *testing.T) {
	cases := []struct {
		text string
		end  int
	}{
		{"Leeds, June 3 (AFP) The Green Party won the vote", 7},
		{"New York, June 3 (Reuters) The mayor resigned", 8},
		{"Leeds, the old mill town, voted", -1},
		{"Leeds, June 3 (the day after) the party won", -1},
	}
	for _, tc := range cases {
		if got := agencyDatelineEnd(tokenize(tc.text), 0); got != tc.end {
			t.Errorf("%q: %d, want %d", tc.text, got, tc.end)
		}
	}
	checkCoverage(t, []coverageCase{
		{"Leeds, June 3 (AFP) The Green Party swept the county vote, winning 42 seats on the council, officials said.",
			"How many seats did the Green Party win on the council?", "42"},
	}, "How many")
}

// TestDateClauseAfterConjunction: "and" with a subject and a verb of its
// own opens the second date's clause; "and" joining the subject before
// the verb does not.
func TestDateClauseAfterConjunction(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"Bids must be sent by 30 July 1899 and grants will be paid in September 1899.", "When will grants be paid?", "September 1899"},
		{"The army took the bridge on 3 May 1899 and the rebels fled the valley on 9 May 1899.", "When did the rebels flee the valley?", "9 May 1899"},
		{"The army took the bridge on 3 May 1899 and the rebels fled the valley on 9 May 1899.", "When did the army take the bridge?", "3 May 1899"},
		// a subject of two names: never "When did Portugal sign …?".
		{"Spain and Portugal signed the river treaty in June 1899.", "When did Spain and Portugal sign the river treaty?", "June 1899"},
	}, "When")
	for p := range offeredWith(t, "Spain and Portugal signed the river treaty in June 1899. The harbour wall was rebuilt in 1898.", "When") {
		if strings.HasPrefix(p, "When did Portugal") {
			t.Errorf("offered %q", p)
		}
	}
}
