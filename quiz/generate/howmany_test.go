package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestHowManyShapes checks the count clauses real pages showed that were
// not asked, or asked wrongly: each text must offer the want question
// (when given) and no offered count question may start with a forbidden
// prefix.
func TestHowManyShapes(t *testing.T) {
	tests := []countOffer{
		{"passive sentence with the name in an appositive",
			"Mr. Cole's business partner, Dana Reeve, was sentenced to 18 months in prison.",
			"How many months in prison was Dana Reeve sentenced to?", "18", nil},
		{"active sentence: who passed it is left out",
			"A judge on Monday sentenced former Councillor Ray Dunn of Hull to 30 months in prison.",
			"How many months in prison was former Councillor Ray Dunn of Hull sentenced to?", "30", nil},
		{"a pronoun gives no sentence question",
			"He was sentenced to 12 years in prison.",
			"", "", []string{"How many"}},
		{"first of two counts joined by and",
			"A total of 84 flu cases and 19 measles cases have been recorded in the county this year.",
			"How many flu cases have been recorded in the county this year?", "84", nil},
		{"second of two counts joined by and",
			"A total of 84 flu cases and 19 measles cases have been recorded in the county this year.",
			"How many measles cases have been recorded in the county this year?", "19", nil},
		{"joined counts keep their of-phrase",
			"Doctors said that 40 cases of mumps and only six cases of measles were reported in March.",
			"How many cases of measles were reported in March?", "6", nil},
		{"an object joined to another: the other is left out",
			"Other finds at the dig included 30 round houses and wells.",
			"How many round houses did other finds at the dig include?", "30", []string{"How many round houses did other finds at the dig include and"}},
		{"an object joined to a longer phrase: no question cut",
			"The survey counted 40 farms and several mills on the river in the old parish.",
			"", "", []string{"How many farms did the survey count and"}},
		{"there are",
			"There are 212 insurance claims pending.",
			"How many insurance claims are pending?", "212", nil},
		{"there were, with a place",
			"There were 35 boats in the harbour.",
			"How many boats were in the harbour?", "35", nil},
		{"a participle aside after the subject's phrase",
			"Four members of the Irish squad, led by Ann Walsh, finished in the top ten.",
			"How many members of the Irish squad finished in the top ten?", "4", nil},
		{"that after a preposition points back",
			"A local official told Radio Nord that six people were killed in that town after the storm.",
			"", "", []string{"How many", "According to the article"}},
		{"a toll the sentence says is unconfirmed",
			"Reports on Channel 9 said at least 30 people had died, but the reports could not be immediately confirmed.",
			"", "", []string{"At least how many", "How many", "According to the article"}},
		{"a clause of result after the event",
			"Heavy storms swept the northern coast of Norland, killing at least 41 people, the coastguard said.",
			"At least how many people were killed when heavy storms swept the northern coast of Norland?", "41", nil},
		{"a result with up to gives no number",
			"A strong quake struck the island of Vell, killing up to 15 people.",
			"", "", []string{"How many", "Up to", "At least"}},
		{"adverbs between have and the participle",
			"Farmers in the county have already filed more than 3,400 drought claims.",
			"More than how many drought claims have farmers in the county filed?", "3400", nil},
		{"a part of a set is asked by its blank only",
			"Officials declared a state of emergency for 51 of the state's 67 counties.",
			"Fill in the number: Officials declared a state of emergency for _____ of the state's 67 counties.", "51",
			[]string{"How many"}},
		{"a part in millions is blanked with its scale",
			"About 25 million of the country's 53.9 million voters took part in the poll.",
			"Fill in the number: About _____ of the country's 53.9 million voters took part in the poll.", "25000000",
			[]string{"How many"}},
		{"what happened while is left out",
			"At least 240 residents were moved from their homes as the river rose through the night.",
			"At least how many residents were moved from their homes?", "240", nil},
		{"a near figure of the same thing gives two answers",
			"More than 2,000 Norland residents were still in shelters on Monday. Officials said 2,085 residents were living in shelters.",
			"", "", []string{"More than how many", "According to the article, more than"}},
		{"a statement keeps the qualifier and a total's plural verb",
			"A total of 84 seats is needed to govern. Parties need allies, Mayor Tim Alder and Senator Ruth Penn said.",
			"", "", []string{"According to the article, 84 seats is", "According to the article, 42 seats is", "According to the article, 168 seats is"}},
		{"a span of years after a perfect",
			"Dana Reeve has led the orchestra for 14 years.",
			"For how many years has Dana Reeve led the orchestra?", "14", nil},
		{"a span of years after a progressive",
			"Harlow Foods is renting the mill from the council for 25 years.",
			"For how many years is Harlow Foods renting the mill from the council?", "25", nil},
		{"parts that add up to the whole give no blank",
			"Officials said seven people -- four men and three children -- were hurt in the fire.",
			"", "", []string{"Fill in the number"}},
	}
	checkCountOffers(t, tests)
}

// TestQualifiedOpenings checks that the checker knows howMany's openings
// with a preposition and a qualifier ("For more than how many …?").
func TestQualifiedOpenings(t *testing.T) {
	tests := []struct{ prompt, want string }{
		{"For more than how many decades did the programme stay in orbit?", ""},
		{"With about how many medals did Spain finish?", ""},
		{"Into at least how many parts was the estate split?", ""},
		{"Over how many years did the drought last?", "prompt has no known opening"},
	}
	for _, tc := range tests {
		if got := englishProblem(quiz.Question{Type: quiz.Number, Prompt: tc.prompt}); got != tc.want {
			t.Errorf("englishProblem(%q) = %q, want %q", tc.prompt, got, tc.want)
		}
	}
}

// countOffer is a text whose writer must offer the count question want
// (when given) with its answer, and no count question opening on a
// forbidden prefix.
type countOffer struct {
	name   string
	text   string
	want   string // an offered question; "" for none required
	answer string
	forbid []string // prefixes no offered count question may have
}

func checkCountOffers(t *testing.T, tests []countOffer) {
	t.Helper()
	for _, tc := range tests {
		w := writeAll(t, tc.text)
		var prompts []string
		found := false
		for _, c := range w.offered {
			if c.q.Fact != string(Count) {
				continue
			}
			prompts = append(prompts, c.q.Prompt)
			if c.q.Prompt == tc.want {
				found = true
				if c.item.Answer != tc.answer {
					t.Errorf("%s: answer %q, want %q", tc.name, c.item.Answer, tc.answer)
				}
			}
			for _, f := range tc.forbid {
				if strings.HasPrefix(c.q.Prompt, f) {
					t.Errorf("%s: offered %q", tc.name, c.q.Prompt)
				}
			}
		}
		if tc.want != "" && !found {
			t.Errorf("%s: no question %q offered; got %q", tc.name, tc.want, prompts)
		}
	}
}

// TestHowManyDistributiveAsides checks a count's clause followed by an
// aside that shares the counted things out ("one after a storm and the
// other …", "each carrying …", "one for each island"): the aside is left
// out of the question, or refuses it after a count that is no subject. It
// checks too that a list of names ending the clause is kept whole.
func TestHowManyDistributiveAsides(t *testing.T) {
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

// TestHowManyTrimmedClauses checks the words a count question leaves out
// of its clause or keeps: an adverb ("also", "previously", "only"), the
// day between subject and verb, the parts of the count in an aside or
// between dashes, a reporting verb before the clause; a closing time
// frame and an of-phrase are kept. These are shapes real pages showed
// that were asked only by a copy of their sentence. Each text must offer
// the want question with its answer, and no offered count question may
// start with a forbidden prefix.
func TestHowManyTrimmedClauses(t *testing.T) {
	tests := []countOffer{
		{"WHO is a subject, not a relative",
			"The WHO also confirmed 27 suspected cases in the province.",
			"How many suspected cases did the WHO confirm in the province?", "27", nil},
		{"also before a simple past is left out",
			"The agency also confirmed 27 cases in the province.",
			"How many cases did the agency confirm in the province?", "27", nil},
		{"an adverb between had and the participle",
			"The striker had previously scored 14 league goals for the club.",
			"How many league goals had the striker scored for the club?", "14", nil},
		{"only between the verb and the count",
			"The Liberal party won only 38 seats in the assembly.",
			"How many seats did the Liberal party win in the assembly?", "38", nil},
		{"between one month and another is no second clause",
			"The first wave of the fever killed 212 people in the delta between March and October 2019.",
			"How many people did the first wave of the fever kill in the delta between March and October 2019?", "212", nil},
		{"and after a between phrase ends it: the clause after it has its own subject and verb",
			"The storm destroyed 40 barns between Hull and York and Oxford lost power.",
			"How many barns did the storm destroy between Hull and York?", "40", []string{"How many barns did the storm destroy between Hull?"}},
		{"a past progressive after who said it",
			"A police spokeswoman, Ruth Kale, said the force was sending 12 officers to the town, while the army is standing by.",
			"How many officers was the force sending to the town?", "12", nil},
		{"the subject after said",
			"Officials said the flood destroyed 75 homes along the river.",
			"How many homes did the flood destroy along the river?", "75", nil},
		{"who said it is no subject after a relative",
			"A farmer who said he counted them reported 40 sheep on the road.",
			"", "", []string{"How many sheep did he"}},
		{"a part of the count in an aside after it",
			"Six climbers were brought down from the ridge, two of whom were taken to hospital.",
			"How many climbers were brought down from the ridge?", "6", nil},
		{"a part of the count without a verb",
			"More than 3,000 cases of cholera have been reported, 12 of them fatal.",
			"More than how many cases of cholera have been reported?", "3000", nil},
		{"the day between subject and verb is left out",
			"The ministry on Friday confirmed 23 deaths in the north.",
			"How many deaths did the ministry confirm in the north?", "23", []string{"How many deaths did the ministry on"}},
		{"the day is kept when another day may have another figure",
			"The ministry on Monday confirmed 23 deaths in the north. The ministry on Tuesday confirmed 31 deaths in the south.",
			"", "", []string{"How many deaths did the ministry confirm"}},
		{"parts between dashes are left out",
			"Seven people — four men and three children — died in the blaze.",
			"How many people died in the blaze?", "7", nil},
		{"parts between double hyphens are left out",
			"Nine climbers -- six Britons and three Swiss -- were rescued from the glacier.",
			"How many climbers were rescued from the glacier?", "9", nil},
		{"a list after a colon leaves the clause whole",
			"The council approved 4 projects in the east: a school, a clinic, a bridge and a park.",
			"How many projects did the council approve in the east?", "4", nil},
		{"there are after who says it",
			"The minister says there are 41 patients under treatment.",
			"How many patients are under treatment?", "41", nil},
		{"a closing time frame is asked with the count",
			"The clinic treated 140 patients last season, from March to June.",
			"How many patients did the clinic treat last season from March to June?", "140", nil},
		{"a closing phrase without a date is no time frame",
			"The clinic treated 140 patients last season, from Leeds and York.",
			"", "", []string{"How many patients did the clinic treat"}},
		{"joined counts with a closing time frame",
			"Dr. Rao said that 14 cases of typhoid and only two cases of cholera have been recorded this year, from January 1 to April 30.",
			"How many cases of cholera have been recorded this year from January 1 to April 30?", "2", nil},
		{"the noun keeps its of-phrase before the verb",
			"The ministry confirmed 24 new cases of typhoid in the region.",
			"How many new cases of typhoid did the ministry confirm in the region?", "24", nil},
		{"an of-phrase joined to another noun is not cut",
			"The agency recorded 40 cases of measles and mumps.",
			"", "", []string{"How many cases of measles did", "How many cases of measles and"}},
	}
	checkCountOffers(t, tests)
}

// TestHowManySubjectsAndQuotations checks the subject of a count's clause
// ("as many as 212 patients", a subject after "after", a name with a
// participle phrase or a relative clause, the person a prison term goes
// to) and counts inside quotations, asked only when the quotation is no
// speaker's own claim; also "following …" left out, a present state asked
// in the present, "a collection of" and a clause after a spaced hyphen.
// These are shapes real pages showed that were found but asked by no real
// question.
func TestHowManySubjectsAndQuotations(t *testing.T) {
	tests := []countOffer{
		{"a prison term after the person named in the sentence before",
			"Dale Hurst, a former county clerk, was convicted of fraud in 2011. He was sentenced to 12 years in prison, which he is still serving.",
			"How many years in prison was Dale Hurst sentenced to?", "12", nil},
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
		{"the object of a present state inside a quotation",
			"\"The latest report since March 2022 shows a total of 6,120 notified cases, including 95 deaths,\" wrote Paul Ekane in a statement.",
			"How many notified cases does the latest report since March 2022 show?", "6120", nil},
		{"a quotation whose subject is the speaker's own",
			"\"Our teams found a total of 6,120 cases,\" wrote Paul Ekane in a statement.",
			"", "", []string{"How many cases"}},
		{"a day opening the sentence is no part of the name",
			"Yesterday Ray Olin was sentenced to six years in prison.",
			"", "", []string{"How many years in prison was Yesterday"}},
		{"a claim in a quotation with a past verb is the speaker's",
			"\"The council failed 3,000 families,\" wrote Paul Ekane in a statement.",
			"", "", []string{"How many families"}},
	}
	checkCountOffers(t, tests)
}

// TestHowManyUnnamedPlace: a count asked "in the province" (a place named
// by its kind alone) is refused when the article gives another figure of
// the same noun, which may be another province's; with one figure, or
// with the place named, it is asked.
func TestHowManyUnnamedPlace(t *testing.T) {
	const other = " In the next province, officials said four people died when a bridge fell."
	checkCountOffers(t, []countOffer{
		{"two figures, the province", "The quake shook the east on Friday. The governor told reporters that three people died in the province." + other,
			"", "", []string{"How many people died in the province"}},
		{"two figures, the district and a time", "The quake shook the east on Friday. The mayor said that three people died in the district on Friday." + other,
			"", "", []string{"How many people died in the district"}},
		{"one figure, the province", "The quake shook the east on Friday. The governor told reporters that three people died in the province.",
			"How many people died in the province?", "3", nil},
		{"two figures, the place named", "The quake shook the east on Friday. The governor told reporters that three people died in Malatya province." + other,
			"How many people died in Malatya province?", "3", nil},
	})
	// No statement of the figure either ("According to the article, five
	// people died in the province."); a blank or a statement that copies
	// the article's sentence keeps the sentence's own words.
	for _, text := range []string{
		"The quake shook the east on Friday. The governor told reporters that three people died in the province." + other,
		"The quake shook the east on Friday. Officials said 30 homes were lost in the district, and the mayor said the roads were shut." + " In the next district, officials said 12 homes were lost.",
	} {
		for _, c := range writeAll(t, text).offered {
			if c.q.Fact == string(Count) && !c.copy && !strings.HasPrefix(c.q.Prompt, "Fill in") && (strings.Contains(c.q.Prompt, "in the province") || strings.Contains(c.q.Prompt, "in the district")) {
				t.Errorf("offered %q", c.q.Prompt)
			}
		}
	}
	for _, tc := range []struct {
		prompt string
		want   bool
	}{
		{"How many people died in the province?", true},
		{"How many homes were lost in the county and the city?", true},
		{"How many people died across the country?", false},
		{"How many people died in the capital?", false},
		{"How many people died in the province of Malatya?", false},
		{"How many state schools closed?", false},
	} {
		if got := unnamedPlace(tc.prompt); got != tc.want {
			t.Errorf("unnamedPlace(%q) = %v, want %v", tc.prompt, got, tc.want)
		}
	}
}
