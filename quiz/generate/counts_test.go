package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestCountsFound covers counts that the fact lists of real pages name
// and a plain count reader misses, beside look-alikes that must stay no
// count.
func TestCountsFound(t *testing.T) {
	tests := []struct{ in, want string }{
		// A list with commas is one group, counted whole.
		{"Close to 3,000 medics, porters and rescue workers were sent to the coast.", "3000 medics, porters and rescue workers"},
		{"Over 500 police, troops and volunteers searched the hills.", "500 police, troops and volunteers"},
		{"The army flew 40 doctors and nurses to the island.", "40 doctors"},                                     // no comma: the nurses may be uncounted
		{"The storm killed 30 people, injuring dozens and leaving hundreds homeless.", "30 people"},              // clauses, no list
		{"Rescuers found 7 people, two women and five children, under the roof.", "7 people|2 women|5 children"}, // an aside of counts
		{"The council will pay over 400 tenants, or households, a grant.", "400 tenants"},                        // a restatement
		{"Police told some 900 residents, and other villages nearby, to leave.", "900 residents"},                // no item before "and"
		// A modifier joined by "and" before the plural.
		{"The ministry named 60 school and college buildings for repair.", "60 school and college buildings"},
		{"The blast left 4 dead and dozens hurt.", ""},
		{"The quake killed 9 and injured 40 in the hills.", "9 people|40 people"}, // impliedcount.go
		{"Lyon won 3 and lost 2 of their away games.", ""},
		// A figure after "the" or "all": digits with a comma, or under 1900.
		{"The blast killed all 214 passengers aboard.", "214 passengers"},
		{"Aid will reach the 85,000 poorest families in the region.", "85000 poorest families"},
		{"Deaths rose from the 31,200 cases of the year before.", "31200 cases"},
		{"All three brothers were arrested.", ""},
		{"The 1966 floods were worse.", ""},
		{"All 2014 entries were void.", ""},
		// A title after a hyphen: "-designate", "-elect".
		{"The senate approved nine ministers-designate on Sunday.", "9 ministers-designate"},
		{"Parliament heard 14 governors-elect take their oaths.", "14 governors-elect"},
		// An acronym in the plural.
		{"Some 230 MPs backed the bill on Tuesday.", "230 MPs"},
		{"Voters in 12 US states went to the polls.", "12 US states"},
		// Time in jail.
		{"The court sent Harlow to prison for 18 months.", "18 months"},
		{"Repeat burglars face a minimum prison term of three years.", "3 years"},
		{"The meeting was adjourned for 10 minutes.", ""},
		{"The term of five years ends in May.", ""},
		// The end of a range is no figure of its own.
		{"Crews went door to door early Monday to move 300 to 1,200 residents out of the valley.", ""},
		{"Between 40 and 60 boats were lost in the storm.", ""},
		{"Two or three lorries were stuck on the pass.", ""},
		// A year before a report's noun is no count.
		{"The bank cut 300 jobs, as it said in its full year 2019 results on Monday.", "300 jobs"},
		{"Ministers set out the 2021 budget figures in March.", ""},
		// No counts: scores, years, ages, addresses, times.
		{"Norrie won 6-4, 3-6, 7-5 in the final.", ""},
		{"The hospital opened in 1998 with new wards.", ""},
		{"A 62-year-old man and his wife, 58, were hurt.", ""},
		{"The family lived at 14 Station Road until 2001.", ""},
		{"The polls closed at 8 p.m. on Sunday.", ""},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCountsFoundAsked checks that the counts read whole are asked whole:
// the question names the full group, and its answer is the number.
func TestCountsFoundAsked(t *testing.T) {
	tests := []countOffer{
		{"a list with commas", "Nearly 3,000 medics, porters and rescue workers were sent to the coast.",
			"About how many medics, porters and rescue workers were sent to the coast?", "3000", nil},
		{"a title after a hyphen", "The senate approved nine ministers-designate in a vote on Sunday.",
			"How many ministers-designate did the senate approve in a vote on Sunday?", "9", nil},
		{"a modifier joined by and", "The ministry named 60 school and college buildings for repair.",
			"How many school and college buildings did the ministry name for repair?", "60", nil},
	}
	checkCountOffers(t, tests)
}

// TestNoFewerThan: "no fewer than 50" is a lower bound: its false
// statement drops the whole bound, never leaving "no 75 villagers" (as a
// quiz once did), and its question asks "at least how many".
func TestNoFewerThan(t *testing.T) {
	tests := []struct{ sentence, qualifier string }{
		{"No fewer than 40 boats were missing after the storm hit the coast of Kerala.", "no fewer than"},
		{"Not less than 120 homes were flooded when the river burst its banks in the north.", "not less than"},
		{"No more than 30 pupils attended the school on Monday after the floods.", "no more than"},
		{"Fewer than 30 pupils attended the school on Monday after the floods.", "fewer than"},
	}
	for _, tc := range tests {
		toks := tokenize(tc.sentence)
		var got []string
		for _, c := range findCounts(toks, make([]bool, len(toks))) {
			got = append(got, c.qualifier)
		}
		if len(got) != 1 || got[0] != tc.qualifier {
			t.Errorf("%q: qualifiers %q, want [%q]", tc.sentence, got, tc.qualifier)
		}
		article := "Floods in the south\n\n" + tc.sentence + " Officials in the district said rescue teams had reached every village by Tuesday evening."
		res, err := FromText("", article)
		if err != nil {
			t.Errorf("%q: %v", tc.sentence, err)
			continue
		}
		for _, q := range res.Quiz.Questions {
			p := strings.ToLower(q.Prompt)
			for _, bare := range []string{"no ", "not "} {
				if i := strings.Index(p, bare); i >= 0 && i+len(bare) < len(p) && p[i+len(bare)] >= '0' && p[i+len(bare)] <= '9' {
					t.Errorf("%q: prompt %q keeps %q before a number", tc.sentence, q.Prompt, strings.TrimSpace(bare))
				}
			}
		}
	}
}

// countForms of a small number comes from a table made once: the same
// forms as made anew, and a caller's append leaves the table alone.
func TestCountFormsTable(t *testing.T) {
	for _, n := range []int{0, 1, 7, 12, 100, 999, 1000, 2500000} {
		if got, want := countForms(n), makeCountForms(n); !slices.Equal(got, want) {
			t.Errorf("countForms(%d) = %q, want %q", n, got, want)
		}
	}
	_ = append(countForms(20), "changed")
	if got := countForms(20); len(got) != len(makeCountForms(20)) {
		t.Errorf("countForms(20) after an append = %q", got)
	}
	x := append(countForms(30), "a")
	y := append(countForms(30), "b")
	if x[len(x)-1] != "a" || y[len(y)-1] != "b" {
		t.Errorf("two appends share the table's array: %q %q", x, y)
	}
}

// numberWords of a small number comes from a table written once: the
// same words as spelt anew.
func TestNumberWordsTable(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{{0, "zero"}, {7, "seven"}, {37, "thirty-seven"}, {40, "forty"}, {999, "nine hundred ninety-nine"},
		{1000, "one thousand"}, {21045, "twenty-one thousand forty-five"}, {1000000, "1,000,000"}} {
		if got := numberWords(tc.n); got != tc.want || got != spellNumber(tc.n) {
			t.Errorf("numberWords(%d) = %q, want %q (spelt %q)", tc.n, got, tc.want, spellNumber(tc.n))
		}
	}
}

// TestCountsWithoutNoun covers counts whose noun is not written after the
// number, as the fact lists of real pages name them: a noun taken from
// the sentence, a compound adjective, a tally's value; beside look-alikes
// that stay no count.
func TestCountsWithoutNoun(t *testing.T) {
	tests := []struct{ in, want string }{
		// The people an earlier count of the sentence counts.
		{"At least 80 people drowned in the north and 14 were killed in the hills, police said.", "80 people|14 people"},
		{"More than 20 people were found alive, nearly 60 remained missing and 9 homes were lost.", "20 people|60 people|9 homes"},
		{"It was six people and a doctor says 12 were taken to clinics.", "6 people|12 people"},
		{"The storm flattened 40 homes and 12 were hurt.", "40 homes"},            // no homes were hurt
		{"The quake killed 9 and injured 40 in the hills.", "9 people|40 people"}, // people by the verb: impliedcount.go
		// The set named before the number.
		{"Of the new cases, 17 were from Ndola.", "17 new cases"},
		{"Among the latest patients, 230 were admitted to clinics in Kano.", "230 patients"},
		// A compound adjective counts its noun.
		{"The coach was hit by the 48-car freight train at noon.", "48 cars"},
		{"The party won 61 seats in the new 120-seat assembly.", "61 seats|120 seats"},
		{"The three-stage rocket lifted off on time.", "3 stages"},
		{"The five-party coalition fell.", "5 parties"},
		{"A 4-inch lens, a three-time champion and a 40-love lead.", ""},
		{"The two-way link and a two-third majority.", ""},
		{"A 12-year wait ended with a five-day visit.", ""},
		// The value of a tally.
		{"The landslide buried a village, bringing the death toll to 41, officials said.", "41 deaths"},
		{"The number of patients waiting more than a year rose from 3,100 in May to 3,400 at the end of June.", "3400 patients waiting more than a year"},
		{"The toll road cost 12 dollars to use.", ""},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCountsWithoutNounAsked checks the questions on those counts: the
// noun is the one the sentence implies, a compound's noun is asked of the
// thing it describes, and a tally is asked with its time only.
func TestCountsWithoutNounAsked(t *testing.T) {
	tests := []countOffer{
		{"a noun from an earlier count", "At least 80 people drowned in the north and 14 were killed in the hills, police said.",
			"How many people were killed in the hills?", "14", nil},
		{"a compound, past", "The coach was hit by the 48-car freight train at noon.",
			"How many cars did the freight train have?", "48", nil},
		{"a compound, present", "The ruling bloc needs 80 votes in the new 120-seat assembly.",
			"How many seats does the new assembly have?", "120", nil},
		{"a compound on an indefinite noun", "A three-stage rocket lifted off on time.",
			"", "", []string{"How many stages"}},
		{"a tally with its time", "The number of patients waiting more than a year rose from 3,100 in May to 3,400 at the end of June.",
			"How many patients waiting more than a year were there at the end of June?", "3400", nil},
		{"a tally without its time", "The landslide buried a village, and the death toll was at 41 and rising.",
			"", "", []string{"How many deaths", "How many"}},
	}
	checkCountOffers(t, tests)
}

// TestTallies covers the value of a tally named before its figure (as
// real pages write it): "the number of" before a name and its plural, and
// "stand at"; beside look-alikes that stay no count.
func TestTallies(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The total number of measles cases is now up to 312, officials said.", "312 measles cases"},
		{"The number of Ebola infections has reached 97 in the province.", "97 Ebola infections"},
		{"As of Friday evening, cumulative confirmed cases stand at 61, the ministry said.", "61 cumulative confirmed cases"},
		{"Recorded deaths stood at 19 on Monday.", "19 recorded deaths"},
		{"The share of voters stood at 40 in the last poll.", ""},
		{"Temperatures stood at 38 in the capital.", ""},
		{"The number of Smith stood at 12.", ""},
		// A verb after the plural ends the counted noun.
		{"In May, five nations joined forces against the duke.", "5 nations"},
		{"In May, seven ships carrying grain reached the port.", "7 ships"},
		{"In May, five armed groups signed the truce.", "5 armed groups"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOrdinalTallies covers a winner's tally written as an ordinal (as
// real tennis pages write it): found after her, his or a name's, asked as
// the count it claims, and refused where the ordinal counts part of a
// career or no tally at all.
func TestOrdinalTallies(t *testing.T) {
	found := []struct{ in, want string }{
		{"The win gave Halep her second Grand Slam singles title.", "2 Grand Slam singles titles"},
		{"Djokovic's 24th major came in New York.", "24 majors"},
		{"She won her 15th Grand Slam as she beat Azarenka.", "15 Grand Slams"},
		{"Kane scored his 213th goal for the club on Sunday.", ""}, // "for the club": part of a career
		{"She won her third title of the year in Rome.", ""},
		{"He began his second term in March.", ""},
		{"The third summit opened in Hanoi.", ""},
		{"Her first title came in 2019.", ""},
	}
	for _, tc := range found {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
	checkCountOffers(t, []countOffer{
		{"her, after the name", "Simona Halep beat a local wildcard in Paris. The win gave Halep her second Grand Slam singles title.",
			"How many Grand Slam singles titles has Simona Halep won, according to the article?", "2", nil},
		{"a name's", "Novak Djokovic won in four sets. Djokovic's 24th major came in New York.",
			"How many majors has Novak Djokovic won, according to the article?", "24", nil},
		{"the subject", "Iga Swiatek won her fourth French Open title on Saturday.",
			"How many French Open titles has Iga Swiatek won, according to the article?", "4", nil},
		{"two people of one surname", "Venus Williams lost early. Serena Williams reached the final, and the win gave Williams her sixth Wimbledon title.",
			"", "", []string{"How many"}},
		{"another name before his", "Federer beat Nadal for his 20th major title.",
			"", "", []string{"How many"}},
		{"in a quotation", `"It is my fifth title," said Iga Swiatek, "and my fourth French Open title."`,
			"", "", []string{"How many"}},
	})
}

// TestInfinitiveObjectCounts covers a count that is the object of an
// infinitive after a past verb ("agreed to sell five brands", "were told
// to open 4,000 beds"): asked with both verbs; refused after a habit
// ("used to"), a report ("said to"), a modal or a verb the table lacks.
func TestInfinitiveObjectCounts(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"active", "The two firms agreed to sell six factories in Spain.",
			"How many factories did the two firms agree to sell in Spain?", "6", nil},
		{"passive", "Schools were told to open about 2,500 extra classrooms before September.",
			"About how many extra classrooms were schools told to open before September?", "2500", nil},
		{"perfect passive", "Councils in Wales have been asked to build 9,000 new homes by 2030.",
			"How many new homes have councils in Wales been asked to build by 2030?", "9000", nil},
		{"second aim cut", "Ports were told to clear 300 lorries before dawn and to stop new arrivals.",
			"How many lorries were ports told to clear before dawn?", "300", nil},
		{"habit", "The family used to own 40 farms in the valley.", "", "",
			[]string{"How many farms did the family use"}},
		{"modal", "The club would have to sell 12 players this summer.", "", "",
			[]string{"How many players would", "How many players did"}},
		{"no past verb", "The plan is to open 40 clinics in the north.", "", "",
			[]string{"How many clinics"}},
	})
}

// TestListItemBlank covers a list item that goes on from a colon: it is
// no sentence to copy as a fill-in, while a whole sentence still is.
func TestListItemBlank(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"list item", "Under the ruling, the firms must:\n\n • keep 14 depots open for the next five years.", "", "",
			[]string{"Fill in the number: keep"}},
		{"whole sentence", "The river flooded on Monday. Rescuers saved 42 people from the roofs of their homes.",
			"Fill in the number: Rescuers saved _____ people from the roofs of their homes.", "42", nil},
	})
}

// TestOutOfTotal covers a share of a stated whole, "56 out of 59 seats"
// and "out of a total (of) 59": both numbers are found, the share as a
// part ("56 of the 59 seats" is read the same way); a whole no larger
// than the share, or "out of" without a number, is no share.
func TestOutOfTotal(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The Greens won 14 out of 20 seats in the city.", "14 seats|20 seats"},
		{"Rebels held 12 out of a total 30 towns by May.", "12 towns|30 towns"},
		{"Rebels held 12 out of a total of 30 towns by May.", "12 towns|30 towns"},
		{"Seven out of 10 voters backed the plan.", "7 voters|10 voters"},
		{"The club sold 40 players out of necessity.", "40 players"},
		{"Firefighters pulled 12 people out of the river.", "12 people"},
		{"The Greens won 30 out of 20 seats in the city.", "20 seats"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, in := range []string{"The Greens won 14 out of 20 seats in the city."} {
		for _, c := range writeAll(t, in).offered {
			if strings.HasPrefix(c.q.Prompt, "How many seats did the Greens win") {
				t.Errorf("%q: the share is asked as the whole: %q", in, c.q.Prompt)
			}
		}
	}
}

// TestWordValue checks the number words, in any case, and that words
// starting otherwise are refused.
func TestWordValue(t *testing.T) {
	for _, c := range []struct {
		w  string
		v  int
		ok bool
	}{
		{"one", 1, true}, {"Seven", 7, true}, {"ZERO", 0, true}, {"twenty-one", 21, true}, {"Ninety-Nine", 99, true},
		{"eleven", 11, true}, {"a", 0, false}, {"on", 0, false}, {"hundred", 0, false}, {"twenty-", 0, false},
		{"lots", 0, false}, {"über", 0, false}, {"twenty-ten", 0, false}, {"", 0, false},
	} {
		if v, ok := wordValue(c.w); v != c.v || ok != c.ok {
			t.Errorf("wordValue(%q) = %d, %v; want %d, %v", c.w, v, ok, c.v, c.ok)
		}
	}
}
