package generate

import (
	"strings"
	"testing"
)

// Round 11 (issue 7): dates and counts the generator found but asked by a
// copy of their sentence only, which another question on the sentence
// then kept out. The sentences are the project's own.

// TestWhenPastPerfectPassive: "had been held on July 5" is asked as a
// passive in the past ("When was … held?"), as "was held" is.
func TestWhenPastPerfectPassive(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct{ text, prompt, answer string }{
		{"A local election had been held in the valley on May 9, but the count was delayed for a week." + more,
			"When was a local election held in the valley?", "May 9"},
		{"The old bridge had been closed by the council in 1886." + more,
			"When was the old bridge closed by the council?", "1886"},
	}
	for _, tc := range tests {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
	// The date is another verb's, or the participle's subject is unknown.
	refused := []struct{ text, date string }{
		{"The clerk said the old bridge had been closed in 1886." + more, "1886"},
		{"The mayor had been told to close the bridge in 1886." + more, "1886"},
	}
	for _, tc := range refused {
		for p, a := range whenOffered(t, tc.text) {
			if strings.Contains(a, tc.date) {
				t.Errorf("%q: offered %q (%s), want no such question", tc.text, p, a)
			}
		}
	}
}

// TestHowManyRound11 checks the count clauses of round 11.
func TestHowManyRound11(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"an aside sharing out the counted things after the clause",
			"Three rescue attempts failed in the past decade, one after a storm and the other when its backer withdrew.",
			"How many rescue attempts failed in the past decade?", "3", nil},
		{"each after the comma",
			"Four new ferries entered service last spring, each carrying up to 300 passengers.",
			"How many new ferries entered service last spring?", "4", nil},
		{"a list of names is one phrase, kept whole",
			"Four new ferries entered service in Oslo, Bergen and Tromsø.",
			"How many new ferries entered service in Oslo, Bergen and Tromsø?", "4", []string{"How many new ferries entered service in Oslo?"}},
		{"one after a count that is no subject",
			"The council bought four new ferries last spring, one for each island.",
			"", "", []string{"How many new ferries did the council buy last spring, one"}},
	})
}

// TestHowManyDashAside: a list of names between dashes after a subject
// count is left out of the question.
func TestHowManyDashAside(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"names between dashes",
			"Only four teams — the United States, Brazil, Germany and Italy — have won the trophy more than twice.",
			"How many teams have won the trophy more than twice?", "4", nil},
		{"a focus adverb before the subject count",
			"Just three ships reached the port in time.",
			"How many ships reached the port in time?", "3", nil},
		{"a verb between the dashes ends the search",
			"Four teams — two were promoted last year — have won the trophy more than twice.",
			"", "", []string{"How many teams have won"}},
	})
}

// TestHowManyJoinedObjects: two counts joined by "and" as one object are
// each asked without the other; a phrase after the pair goes with the
// first only when it is a time frame.
func TestHowManyJoinedObjects(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"the first of two objects, the time frame kept",
			"The health ministry said it had recorded 412 confirmed cases and 37 deaths since 3 March across Kano, Kaduna and Sokoto.",
			"How many confirmed cases had the health ministry recorded since 3 March across Kano, Kaduna and Sokoto?", "412", nil},
		{"the second of two objects takes the verb before the first",
			"The health ministry said it had recorded 412 confirmed cases and 37 deaths since 3 March across Kano, Kaduna and Sokoto.",
			"How many deaths had the health ministry recorded since 3 March across Kano, Kaduna and Sokoto?", "37", nil},
		{"a place after the pair may be the second's own",
			"The merged group will have about 9,000 staff and 14 mills in six countries.",
			"About how many staff will the merged group have?", "9000", []string{"About how many staff will the merged group have in"}},
		{"the second keeps it",
			"The merged group will have about 9,000 staff and 14 mills in six countries.",
			"How many mills will the merged group have in six countries?", "14", nil},
		{"a verb after the pair makes it a subject, asked as before",
			"A total of 118 dengue cases and 37 malaria cases have been recorded in the district.",
			"How many malaria cases have been recorded in the district?", "37", nil},
		{"a second clause with its verb left out is still refused",
			"National won 50 seats and Labour 34 seats.",
			"", "", []string{"How many seats did National win and", "How many seats did National win?"}},
	})
}

// TestWhenFuture: a plan the article states with "will" is asked in the
// future; a speaker's "will" and a reported one are not.
func TestWhenFuture(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct{ text, prompt, answer string }{
		{"The new footbridge will be opened to the public in May." + more,
			"When will the new footbridge be opened to the public?", "May"},
		{"Marta Albers will take over as chief executive on Jan. 1." + more,
			"When will Marta Albers take over as chief executive?", "Jan. 1"},
		{"The council will publish its guidance on 24 March 2025." + more,
			"When will the council publish its guidance?", "24 March 2025"},
	}
	for _, tc := range tests {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
	refused := []struct{ text, date string }{
		{"\"The footbridge will be opened in May,\" the mayor said." + more, "May"},
		{"The mayor said the footbridge will be opened in May." + more, "May"},
		{"The footbridge would be opened in May." + more, "May"},
		// "will" before no known verb: "will likely" is no plan's verb.
		{"The footbridge will likely open in May." + more, "May"},
	}
	for _, tc := range refused {
		for p, a := range whenOffered(t, tc.text) {
			if strings.Contains(a, tc.date) {
				t.Errorf("%q: offered %q (%s), want no such question", tc.text, p, a)
			}
		}
	}
}

// TestHowManyCountList: a list of three or more counts as one subject
// asks each; a list inside a phrase whose head is no count asks none.
func TestHowManyCountList(t *testing.T) {
	const list = "A total of 1,240 firefighters, 96 engines, 11 helicopters and 30 water tenders were sent to the blaze."
	checkCountOffers(t, []countOffer{
		{"the first of the list", list, "How many firefighters were sent to the blaze?", "1240", nil},
		{"one inside the list", list, "How many helicopters were sent to the blaze?", "11", nil},
		{"the last of the list", list, "How many water tenders were sent to the blaze?", "30", nil},
		{"after an opening phrase",
			"In the north, 20 houses, 12 barns and 4 schools were damaged.",
			"How many barns were damaged?", "12", nil},
		{"the list inside a phrase",
			"Crews from 12 towns, 40 farms and 3 mines joined the search.",
			"", "", []string{"How many towns", "How many farms", "How many mines"}},
		{"no verb after the list",
			"The fleet: 12 trawlers, 40 dinghies and 3 tugs.",
			"", "", []string{"How many"}},
	})
}

// TestWhenNameWithNumber: a name with a number set off by commas
// ("the first probe, Voyager 2,") is left out of the clause as any name.
func TestWhenNameWithNumber(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	got := whenOffered(t, "The agency had sent its first lander, Luna 9, to the Moon in 1966, and in 1970 a rover followed."+more)
	if p := "When did the agency send its first lander to the Moon?"; got[p] != "1966" {
		t.Errorf("want %q (1966); got %q", p, got)
	}
	// A number after a word in lower case is no name: "the first lander,
	// 9 tonnes, …" is a measure, and the clause is left as it was.
	got = whenOffered(t, "The agency had sent its first lander, 9 tonnes, to the Moon in 1966."+more)
	for p, a := range got {
		if a == "1966" && !strings.Contains(p, "9 tonnes") {
			t.Errorf("offered %q, want none without the measure", p)
		}
	}
}

// TestWhenSecondPredicateAfterAppositive: a subject set off from its
// appositive ("A new state, the Union of the Isles, was proclaimed … and
// renamed …") lends itself to the second verb after "and" too.
func TestWhenSecondPredicateAfterAppositive(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	got := whenOffered(t, "A new state, the Union of the Isles, was proclaimed on 1 March 1818 and renamed Avalon in 1829."+more)
	for p, a := range map[string]string{"When was a new state proclaimed?": "1 March 1818", "When was a new state renamed Avalon?": "1829"} {
		if got[p] != a {
			t.Errorf("want %q (%s); got %q", p, a, got)
		}
	}
	// After "and" a new subject is no second predicate of the first.
	got = whenOffered(t, "The old mill, a listed building, was sold in 1821 and the new owners rebuilt it in 1825."+more)
	for p, a := range got {
		if a == "1825" && strings.Contains(p, "mill") {
			t.Errorf("offered %q (%s)", p, a)
		}
	}
}

// TestWhenBracketInSubject: a short name in brackets after the subject
// ("the World Health Organization (WHO)") is left out of the question; a
// bracket that holds another date leaves the clause with two.
func TestWhenBracketInSubject(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	got := whenOffered(t, "The Northern Fisheries Board (NFB) banned trawling in the bay in March 1906."+more)
	if p := "When did the Northern Fisheries Board ban trawling in the bay?"; got[p] != "March 1906" {
		t.Errorf("want %q (March 1906); got %q", p, got)
	}
	got = whenOffered(t, "The museum (opened in 1921) was extended in 1968."+more)
	for p, a := range got {
		if a == "1968" || a == "1921" {
			t.Errorf("offered %q (%s)", p, a)
		}
	}
}
