package generate

import "testing"

// TestHowManyRound10 checks the count clauses of round 10: shapes real
// pages showed that were found but asked by no real question.
func TestHowManyRound10(t *testing.T) {
	tests := []countOffer{
		{"a prison term after the person named in the sentence before",
			"Dale Hurst, a former county clerk, was convicted of fraud in 2011. He was sentenced to 12 years in prison, which he is still serving.",
			"How many years in prison was Dale Hurst sentenced to?", "12", nil},
		{"a prison term with has been",
			"Former senator Ray Olin has been sentenced to six years in prison, the judge saying he had betrayed the voters.",
			"How many years in prison was former senator Ray Olin sentenced to?", "6", nil},
		{"a prison term with the day between",
			"Tom Avery, a former mayor of Lisle, was sentenced on Friday to three years in prison for fraud.",
			"How many years in prison was Tom Avery sentenced to?", "3", nil},
		{"a prison term after a conviction in the same clause",
			"Carl Doane shot four guards in the raid. He was convicted in 1996 and sentenced to 140 years in prison.",
			"How many years in prison was Carl Doane sentenced to?", "140", nil},
		{"a pronoun nobody names gives no prison term",
			"He was sentenced to 12 years in prison.",
			"", "", []string{"How many years in prison was"}},
		{"as many as opening the subject is the figure",
			"As many as 212 patients with typhoid have been admitted in the district since Monday.",
			"How many patients with typhoid have been admitted in the district since Monday?", "212", nil},
		{"a subject without an article after after",
			"Rescue teams cleared the roads on Monday after twin storms killed at least 60 people.",
			"At least how many people did twin storms kill?", "60", nil},
		{"a subject with a verb in it is none",
			"Rescue teams cleared the roads after officials said storms killed at least 60 people.",
			"", "", []string{"At least how many people did officials"}},
		{"what follows following is left out",
			"The agency on Monday confirmed 19 deaths in the Republic of Congo following an outbreak of cholera between April 4 and May 13.",
			"How many deaths did the agency confirm in the Republic of Congo?", "19", nil},
		{"a present state is asked in the present",
			"Norvik Foods already employs more than 37,000 people and has a presence across some 25 countries.",
			"More than how many people does Norvik Foods employ?", "37000", nil},
		{"a participle's phrase between the name and its verb",
			"Shares of Norvik rose on Monday. Norvik, founded in 1902, employs about 12,400 people in more than 40 countries around the world.",
			"About how many people does Norvik employ in more than 40 countries around the world?", "12400", nil},
		{"a relative clause on the counted noun stays in the question",
			"The agency said 210 people who were named as contacts of cholera patients were being traced.",
			"How many people who were named as contacts of cholera patients were being traced?", "210", nil},
		{"a collection of before the count",
			"The team also unearthed a collection of 60 clay jars, 45 of which bear the names of other priests.",
			"How many clay jars did the team unearth?", "60", nil},
		{"a clause after a spaced hyphen",
			"The council will buy 2 million doses for the free jabs - each patient needs three shots.",
			"How many shots does each patient need?", "3", nil},
		{"a quotation across sentences with the count as its subject",
			"The storm had killed 12 people, officials said.\n\n“So far, 27 bodies have been found in Pendle even as flood waters are still rising in many villages. The army is helping,” an official said.",
			"How many bodies have been found in Pendle?", "27", nil},
		{"a quotation with we in the count's clause is the speaker's",
			"The storm had killed 12 people, officials said.\n\n“So far, 27 bodies have been found by our teams in Pendle. The army is helping,” an official said.",
			"", "", []string{"How many bodies"}},
	}
	checkCountOffers(t, tests)
}
