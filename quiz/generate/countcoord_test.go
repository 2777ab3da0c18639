package generate

import "testing"

// TestCountCoordClauses checks countCoordClause: a count after a
// participle of harm ("…, killing 41 people") is asked with the main
// clause as its "when" clause, the fronted date left out; a count opening
// the first of two clauses joined by "and" before another count is asked
// with its own clause only, its qualifier kept. A main clause on a
// pronoun, a present-tense one and a figure after the count give no such
// question.
func TestCountCoordClauses(t *testing.T) {
	checkCountOffers(t, []countOffer{
		{"participle after a main clause, fronted year left out",
			"In 1998, a ferry sank off the coast of Lamu, killing 41 people.",
			"How many people were killed when a ferry sank off the coast of Lamu?", "41", nil},
		{"participle with a phrase after the count and a regular past verb",
			"In May 2004, two coaches collided near Harrow, killing 31 passengers in one of the worst crashes on that road.",
			"How many passengers were killed when two coaches collided near Harrow?", "31", nil},
		{"qualifier kept, passive main clause",
			"A fuel depot was struck by lightning on Monday, injuring more than 60 workers.",
			"More than how many workers were injured when a fuel depot was struck by lightning on Monday?", "60", nil},
		{"the same event told of another year: addHowMany keeps the date",
			"In 1995, a train derailed near Agra, killing 41 people. In 2002, a train derailed near Agra, killing 19 people.",
			"How many people were killed when a train derailed near Agra in 1995?", "41", []string{"How many people were killed when a train derailed near Agra?"}},
		{"a pronoun as the main clause's subject",
			"It swept through the valley, killing 41 people.",
			"", "", []string{"How many people were killed when"}},
		{"a figure after the count is another event's",
			"A dam burst near Kano, killing 41 people in 1998 and 12 in 2001.",
			"", "", []string{"How many people were killed when"}},
		{"a present perfect main clause",
			"The storm has hit the coast, killing 41 people.",
			"", "", []string{"How many people were killed when"}},
		{"the first of two count clauses joined by and",
			"At least 17 people died in the landslide and nearly 900 homes, including shops, were buried, officials in Sitka said.",
			"At least how many people died in the landslide?", "17", nil},
		{"the second of two count clauses borrows the first's phrase",
			"At least 17 people died in the landslide and nearly 900 homes, including shops, were buried, officials in Sitka said.",
			"About how many homes were buried in the landslide?", "900", nil},
		{"the second count's noun implied, after an aside on the first",
			"Nine people were killed in Tonga, including two who drowned, and 212 were injured, officials said.",
			"How many people were injured in Tonga?", "212", nil},
		{"another figure of the same thing elsewhere: two answers",
			"Nine people were killed in Tonga and 212 were injured. Later the police said 220 people were injured.",
			"", "", []string{"How many people were injured in Tonga?"}},
		{"the first clause's phrase points back",
			"Nine people were killed there and 212 were injured.",
			"", "", []string{"How many people were injured"}},
		{"a count after a relative clause on the subject",
			"The Ferrol Shipyard, which Tom Reeve founded in 1880, built 52 ships before the war.",
			"How many ships did the Ferrol Shipyard build before the war?", "52", nil},
		{"after a relative clause, has and a participle, the second verb left out",
			"The outbreak, which began in Kano in May, has infected over 900 people and closed 12 schools.",
			"More than how many people has the outbreak infected?", "900", nil},
		{"after a relative clause, a pronoun subject",
			"He, who ran the yard for years, built 52 ships.",
			"", "", []string{"How many ships"}},
		{"two objects of one verb, before and: the first asked alone",
			"Shops in Ghent sell tiles made by Borgmann. Borgmann employs about 9,000 people in 31 countries and had sales of 2 billion euros.",
			"About how many people does Borgmann employ?", "9000", nil},
		{"two objects of one verb: the second asked with the first's noun",
			"Shops in Ghent sell tiles made by Borgmann. Borgmann employs about 9,000 people in 31 countries and had sales of 2 billion euros.",
			"In how many countries does Borgmann employ people?", "31", nil},
		{"two objects of one verb in the past",
			"The Harbor Bakery chain opened 40 stores in 12 states.",
			"In how many states did the Harbor Bakery chain open stores?", "12", nil},
		{"two objects of one verb: a pronoun subject",
			"He opened 40 stores in 12 states and closed the rest.",
			"", "", []string{"In how many states"}},
		{"the first of two count clauses on a place the sentence before names",
			"At least 17 people died there and nearly 900 homes were buried.",
			"", "", []string{"At least how many people died"}},
	})
}

// TestPartOfOtherNotStated checks that a number counting a part of a
// whole of other things ("12 of 15 charges") states no count of another
// noun ("12 years in prison") between questions, and that it still
// states the count of its own noun.
func TestPartOfOtherNotStated(t *testing.T) {
	for _, tc := range []struct {
		prompt string
		f      Fact
		want   bool
	}{
		{"According to the article, the jury found Dana Reeve guilty on 12 of 15 charges of fraud.", Fact{Kind: Count, Number: 12, Noun: "years"}, false},
		{"According to the article, the jury found Dana Reeve guilty on 12 of the 15 charges.", Fact{Kind: Count, Number: 12, Noun: "years"}, false},
		{"According to the article, the jury found Dana Reeve guilty on 12 of 15 charges of fraud.", Fact{Kind: Count, Number: 12, Noun: "charges"}, true},
		{"According to the article, Dana Reeve served 12 of 15 years in prison.", Fact{Kind: Count, Number: 12, Noun: "years"}, true},
		{"According to the article, 12 of them were freed.", Fact{Kind: Count, Number: 12, Noun: "years"}, true},
	} {
		if got := statesCount(normalize(tc.prompt), tc.f, numberFormsOf(tc.f)); got != tc.want {
			t.Errorf("statesCount(%q, %d %s) = %v, want %v", tc.prompt, tc.f.Number, tc.f.Noun, got, tc.want)
		}
	}
}
