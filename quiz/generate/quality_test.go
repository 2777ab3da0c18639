package generate

import (
	"strconv"
	"strings"
	"testing"

	"factquiz/quiz"
)

type problem struct{ id, msg string }

// qualityProblems is QualityProblems in the shape the older tests use.
func qualityProblems(text string, res Result) []problem {
	var out []problem
	for _, p := range QualityProblems(text, res) {
		out = append(out, problem{p.QuestionID, p.Message})
	}
	return out
}

// TestQualityRules applies the quality rules to every question written for
// every article.
func TestQualityRules(t *testing.T) {
	for _, a := range loadArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			res, err := FromText("", a.text)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Quiz.Questions) < 5 {
				t.Errorf("only %d questions", len(res.Quiz.Questions))
			}
			for _, p := range qualityProblems(a.text, res) {
				t.Errorf("%s: %s", p.id, p.msg)
			}
			// Each fact kind present in the article is asked about.
			asked := map[string]bool{}
			for _, q := range res.Quiz.Questions {
				asked[q.Fact] = true
			}
			// Leaders always give a real question; dates and counts may
			// only give fill-in-the-blank ones, which the quarter cap of
			// issue 7 may leave out, so at least one of the two is asked.
			if res.Count(Leader) > 0 && !asked[string(Leader)] {
				t.Errorf("no question about the leaders found")
			}
			if res.Count(Date)+res.Count(Count) > 0 && !asked[string(Date)] && !asked[string(Count)] {
				t.Errorf("no question about the dates or counts found")
			}
		})
	}
}

// TestQualityCheckerCatches makes sure the checker itself fails bad
// questions, so that a passing TestQualityRules means something.
func TestQualityCheckerCatches(t *testing.T) {
	text := mustRead(t, "testdata/karabakh.txt")
	tests := []struct {
		name   string
		spoil  func(r *Result, text *string)
		expect string
	}{
		{"answer given away", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "When did it happen, on " + r.Items[i].Answer + "?"
		}, "gives its answer away"},
		{"wrong date of the same event", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			f := r.Facts[r.Items[i].Fact]
			r.Items[i].Wrong[0] = f.Text
			r.Quiz.Questions[i].Choices = append(r.Quiz.Questions[i].Choices, quiz.Choice{Text: f.Text + " "})
		}, "also right"},
		{"duplicate choice", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Leader)
			q := &r.Quiz.Questions[i]
			q.Choices = append(q.Choices, q.Choices[len(q.Choices)-1])
		}, "not distinct"},
		{"mixed forms", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			q := &r.Quiz.Questions[i]
			for j := range q.Choices {
				if !q.Choices[j].Correct {
					q.Choices[j].Text = "1999"
					r.Items[i].Wrong = []string{"1999"}
					break
				}
			}
		}, "form"},
		{"edited evidence", func(r *Result, _ *string) {
			r.Quiz.Questions[0].Evidence = strings.ToUpper(r.Quiz.Questions[0].Evidence)
		}, "evidence"},
		{"duplicate", func(r *Result, _ *string) {
			r.Quiz.Questions = append(r.Quiz.Questions, r.Quiz.Questions[0])
			r.Items = append(r.Items, r.Items[0])
		}, "duplicate"},
		{"past verb after did", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "When did renewed clashes erupted?"
		}, "past verb"},
		// What real pages broke.
		{"nothing but the blank", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "Fill in the blank: _____."
		}, "nothing but the blank"},
		{"too few words besides the blank", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "Fill in the blank: It began _____."
		}, "only 2 words besides the blank"},
		{"blank ending a sentence cut in the middle", func(r *Result, text *string) {
			i := findQuestion(r, quiz.Single, Date)
			f := r.Facts[r.Items[i].Fact]
			r.Quiz.Questions[i].Prompt = "Fill in the blank: The fighting in the region flared up again on _____."
			end := f.SentenceStart + len(f.Sentence)
			*text = (*text)[:end] + " m. local time" + (*text)[end:]
		}, "blank ends a prompt cut in the middle"},
		{"name cut after an initial", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Leader)
			r.Facts[r.Items[i].Fact].Person = "Harry S"
		}, "cut after an initial"},
		{"name cut after a particle", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Leader)
			r.Facts[r.Items[i].Fact].Person = "Abdullah bin Zayed Al"
		}, "ends on “Al”"},
		{"prompt in capitals", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Leader)
			r.Quiz.Questions[i].Prompt = "What office does VLADIMIR PUTIN INFORMED TURKISH hold, according to the article?"
		}, "capital letters"},
		{"markup in a prompt", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Leader)
			r.Quiz.Questions[i].Prompt = "Who is <b>Russia's</b> President, according to the article?"
		}, "markup"},
		{"entity in a choice", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Leader)
			r.Quiz.Questions[i].Choices[0].Text = "&lt;script&gt;"
		}, "HTML entity"},
		{"verb in the wrong voice", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "When did a previous ceasefire sign in Minsk?"
		}, "wrong voice"},
		{"synonym of the answer", func(r *Result, _ *string) {
			i := findOffice(r)
			r.Items[i].Answer = "Prime Minister of Armenia"
			r.Items[i].Wrong[0] = "Premier of Armenia"
		}, "names the same office"},
		{"office that does not exist", func(r *Result, _ *string) {
			i := findOffice(r)
			r.Items[i].Wrong[0] = "Vice President of Italy"
		}, "does not exist"},
		{"one place spelled two ways", func(r *Result, _ *string) {
			i := findOffice(r)
			q := &r.Quiz.Questions[i]
			q.Choices = append(q.Choices, quiz.Choice{Text: "U.S."}, quiz.Choice{Text: "United States"})
		}, "name one place"},
		{"adjective offered as a country", func(r *Result, _ *string) {
			i := findOffice(r)
			r.Items[i].Wrong[0] = "President of Bosnian"
		}, "is an adjective"},
		// What the judges of real pages rejected (TestRejectionRules has
		// each rule's cases).
		{"dateline in a fill-in", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "Fill in the blank: BAKU, Azerbaijan (AP) - The fighting in the region flared up again on _____."
		}, "dateline"},
		{"question cut before its object", func(r *Result, _ *string) {
			i := findQuestion(r, quiz.Single, Date)
			r.Quiz.Questions[i].Prompt = "When did the fighting flare up in?"
		}, "stops on “in”"},
		{"former holder asked in the present", func(r *Result, text *string) {
			f := r.Facts[r.Items[findOffice(r)].Fact]
			*text = "Former " + f.Office + " " + f.Person + " spoke to reporters.\n\n" + *text
		}, "a former holder"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := text
			res, err := FromText("", text)
			if err != nil {
				t.Fatal(err)
			}
			tc.spoil(&res, &text)
			found := false
			for _, p := range qualityProblems(text, res) {
				if strings.Contains(p.msg, tc.expect) {
					found = true
				}
			}
			if !found {
				t.Errorf("checker did not report %q", tc.expect)
			}
		})
	}
}

func findQuestion(r *Result, typ quiz.Type, k Kind) int {
	for i, q := range r.Quiz.Questions {
		if q.Type == typ && q.Fact == string(k) {
			return i
		}
	}
	panic("no " + string(typ) + " " + string(k) + " question")
}

// findOffice finds a "What office does … hold?" question.
func findOffice(r *Result) int {
	for i, q := range r.Quiz.Questions {
		if q.Type == quiz.Single && q.Fact == string(Leader) && strings.HasPrefix(q.Prompt, "What office") {
			return i
		}
	}
	panic("no office question")
}

// TestSurfaceRules shows each rule added for real pages firing on what it
// is for and staying quiet on good text.
func TestSurfaceRules(t *testing.T) {
	tests := []struct {
		rule  string
		check func(string) string
		in    string
		fires bool
	}{
		{"blank", blankProblem, "Fill in the blank: _____.", true},
		{"blank", blankProblem, "Fill in the number: _____ people.", true},
		{"blank", blankProblem, "Fill in the blank: Renewed clashes erupted on _____.", false},
		{"blank", blankProblem, "When did the clashes erupt?", false},
		{"name", nameProblem, "Harry S", true},
		{"name", nameProblem, "Harry S.", true},
		{"name", nameProblem, "Abdullah bin Zayed Al", true},
		{"name", nameProblem, "Mohammed bin", true},
		{"name", nameProblem, "Harry S. Truman", false},
		{"name", nameProblem, "Ursula von der Leyen", false},
		{"name", nameProblem, "Charles III", false},
		{"caps", capsProblem, "What office does VLADIMIR PUTIN INFORMED TURKISH hold?", true},
		{"caps", capsProblem, "Who is the U.S. NATO envoy?", false},
		{"markup", markupProblem, "Who is <i>the</i> President?", true},
		{"markup", markupProblem, "Fill in the blank: Tom &amp; Jerry met on _____.", true},
		{"markup", markupProblem, "var x = document.title", true},
		{"markup", markupProblem, "Who wrote the film script in 1990?", false},
		{"markup", markupProblem, "Who said “Johnson & Johnson will pay”?", false},
		{"voice", voiceProblem, "When did a previous ceasefire sign in Minsk?", true},
		{"voice", voiceProblem, "When did the agreements ratify?", true},
		{"voice", voiceProblem, "When did the ceasefire collapse?", false},
		{"voice", voiceProblem, "When did the two leaders sign the agreement?", false},
	}
	for _, tc := range tests {
		t.Run(tc.rule+": "+tc.in, func(t *testing.T) {
			msg := tc.check(tc.in)
			if (msg != "") != tc.fires {
				t.Errorf("%s rule on %q gives %q; want it to fire: %v", tc.rule, tc.in, msg, tc.fires)
			}
		})
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"Premier of Armenia", "Prime Minister of Armenia", true},
		{"Chairwoman", "Chairman", true},
		{"President of Armenia", "Prime Minister of Armenia", false},
		{"Vice Premier of China", "Premier of China", false},
	} {
		if got := sameOfficeLabel(tc.a, tc.b); got != tc.same {
			t.Errorf("sameOfficeLabel(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
	for _, tc := range []struct {
		c   string
		adj bool
	}{{"Bosnian", true}, {"Soviet", true}, {"Yugoslav", true}, {"Armenia", false}, {"United States", false}, {"NATO", false}} {
		if _, got := adjectiveCountry(tc.c); got != tc.adj {
			t.Errorf("adjectiveCountry(%q) = %v, want %v", tc.c, got, tc.adj)
		}
	}
}

// TestStandsAlone checks which sentences a fill-in may copy: not one that
// needs the sentence before it, by a pronoun at its start or by a
// demonstrative inside ("sales in that range").
func TestStandsAlone(t *testing.T) {
	tests := []struct {
		sentence string
		alone    bool
	}{
		{"Sales of the new model rose to 3,400 units in March 2024.", true},
		{"Sales in that range rose to 3,400 units in March 2024.", false},
		{"That ruling was overturned on 14 May 2019.", false},
		{"These hospitals will open in June 2026.", false},
		{"It was the third flood in 12 months.", false},
		{"Such cases rose to 41 in 2023.", false},
		{"On the same day, 18 flights were cancelled.", false},
		{"Officials said that prices rose by 4 percent in May 2022.", true},
		{"This year the fair drew 12,000 visitors on 3 August 2024.", true},
		{"At that time, the board will have 3 options to choose from.", false},
		{"That night the river flooded 300 homes.", false},
		{"The Kenyan's 3 goals sealed the title in May 2021.", false},
		{"The 29-year-old scored 12 goals in 2020.", false},
		// An "it" that stands for nothing ("It is estimated that …").
		{"It is estimated that 400 homes lost power in May 2021.", true},
		{"It was expected that 3 ships would dock in 2021.", true},
		{"It is estimated at 400 homes.", false},
		{"It was expected to open 3 clinics in 2021.", false},
		{"The Kenyan government opened 12 clinics in 2020.", true},
		{"Lopez said these are the worst floods since 1998.", true},
		{"Geneva: A small comet has been found by 300 students in 2021.", false},
		{"New Delhi, May 3: The river flooded 300 homes in 2021.", false},
		{"Geneva said 300 students found the comet in 2021.", true},
		{"The minister named a third of those who applied in 2021.", true},
		{"“We will rebuild in that valley,” the mayor said on 2 June 2020.", false},
		// No sentence to complete: a list item, a line ending on a colon.
		{"The scheme will fund 900 new cycle racks", false},
		{"The council's plan has 6 parts:", false},
		// An entry's line after its heading: what it is about is left behind.
		{"(1618–1648) Prolonged armed struggle between Catholic and Protestant states across central Europe.", false},
	}
	for _, tc := range tests {
		sents := splitSentences(tc.sentence, tokenize(tc.sentence))
		w := &writer{text: tc.sentence, sents: sents}
		if got := w.standsAlone(0); got != tc.alone {
			t.Errorf("%q: standsAlone = %v, want %v", tc.sentence, got, tc.alone)
		}
	}
}

func TestRepeatedWords(t *testing.T) {
	tests := []struct{ prompt, want string }{
		{"How many bills has the governor signed during the during the session?", "during the during the"},
		{"When did the the council meet?", "the the"},
		{"How many homes had had their roofs torn off?", ""},
		{"Fill in the number: _____ _____ marks are never written.", ""},
		{"When did the council meet in the town hall?", ""},
		// Case is ignored, in ASCII and beyond; the repetition is lowered.
		{"The the council met on Monday.", "the the"},
		{"Had had the Zürich council met?", ""},
		{"When did Zürich zürich vote?", "zürich zürich"},
		{"When did Zürich and Genève vote?", ""},
	}
	for _, tc := range tests {
		if got := repeatedWords(tc.prompt); got != tc.want {
			t.Errorf("repeatedWords(%q) = %q, want %q", tc.prompt, got, tc.want)
		}
	}
}

// TestRejectionRules shows each rule written for a cause of rejection the
// judges of real pages gave, firing on a question of that kind (in the
// project's own sentences) and staying quiet on a good one.
func TestRejectionRules(t *testing.T) {
	dateChoices := func(right string, wrong ...string) []quiz.Choice {
		cs := []quiz.Choice{{Text: right, Correct: true}}
		for _, w := range wrong {
			cs = append(cs, quiz.Choice{Text: w})
		}
		return cs
	}
	waiting := "Hospital waiting lists\n\nAt the end of April, 4,120 patients were waiting for surgery.\n\n" +
		"At the end of May, 4,310 patients were waiting for surgery, the board said.\n"
	waitingFact := Fact{Kind: Count, Number: 4310, Noun: "patients", Sentence: "At the end of May, 4,310 patients were waiting for surgery, the board said."}
	tolls := "A landslide buried a village on Monday.\n\nLocal radio said at least 30 people had died.\n\n" +
		"Police said four people died when a bridge collapsed.\n"
	tollFact := Fact{Kind: Count, Number: 30, Noun: "people", Sentence: "Local radio said at least 30 people had died."}
	goals := "The club scored 91 goals in the 2001-02 season. A year later it scored 64 goals.\n"
	goalsFact := Fact{Kind: Count, Number: 91, Noun: "goals", Sentence: "The club scored 91 goals in the 2001-02 season."}
	mayor := "Former Dunmore Mayor Alan Kerr was sentenced on Friday to two years in prison.\n"
	court := "The harbour ruling\n\nIn 1961 the court heard the harbour case. Chief Justice Ada Lowe wrote the decision.\n\n" +
		"In 2019 the harbour was sold to a private company.\n"
	mayorNow := "Dunmore Mayor Alan Kerr opened the new library on Friday. The library cost $4 million and opened in 2024.\n"
	tests := []struct {
		rule  string
		check func() string
		fires bool
	}{
		// A count followed by its parts or by the names of its members.
		{"parts", func() string {
			return partsGiveAway("Fill in the number: _____ people -- two men and three children -- died when the roof fell in.", 5)
		}, true},
		{"parts", func() string {
			return partsGiveAway("Fill in the number: The museum holds _____ other skulls, Bernard and Colette, found in the same cave.", 2)
		}, true},
		{"parts", func() string {
			return partsGiveAway("Fill in the number: _____ people -- most of them children -- died when the roof fell in.", 5)
		}, false},
		{"parts", func() string {
			return partsGiveAway("Fill in the number: The storm damaged _____ homes, officials said on Monday.", 40)
		}, false},
		{"parts", func() string {
			return partsGiveAway("Fill in the number: _____ people -- two men and three children -- died when the roof fell in.", 6)
		}, false},
		// A turn of phrase that counts up by one, as a real page wrote.
		{"parts", func() string {
			return partsGiveAway("Fill in the number: Not one, but _____ officers hurt in a single week, the union wrote.", 2)
		}, true},
		{"parts", func() string {
			return partsGiveAway("Fill in the number: Not two but _____ bridges closed by the flood, the council said.", 3)
		}, true},
		{"parts", func() string {
			return partsGiveAway("Fill in the number: Not one, but _____ officers hurt in a single week, the union wrote.", 5)
		}, false},
		// The only month before the one that bounds the blank.
		{"bound", func() string {
			return boundGiveAway(quiz.Question{Type: quiz.Single, Prompt: "Fill in the blank: Sales rose from 2,100 in _____ to 2,650 at the end of June.",
				Choices: dateChoices("May", "August", "September", "November")})
		}, true},
		{"bound", func() string {
			return boundGiveAway(quiz.Question{Type: quiz.Single, Prompt: "Fill in the blank: Sales rose from 2,100 in _____ to 2,650 at the end of June.",
				Choices: dateChoices("May", "March", "September", "November")})
		}, false},
		// Lines glued before the sentence with the blank.
		{"glued", func() string {
			return gluedLinesProblem("Fill in the number: Further to the report of 3 May:\nThe figures since then are:\nThere have been _____ cases of mumps.")
		}, true},
		{"glued", func() string {
			return gluedLinesProblem("Fill in the number: The mayor said: 'We will act.'\nThe city will hire _____ more nurses this year.")
		}, true},
		{"glued", func() string {
			return gluedLinesProblem("Fill in the number: Two patients are in hospital; one is in intensive care;\nOf the _____ cases, most are children.")
		}, true},
		{"glued", func() string {
			return gluedLinesProblem("Fill in the blank: The board invited the mayor to a meeting of\nthe council in Leeds on _____.")
		}, false},
		// A dateline in the prompt.
		{"dateline", func() string {
			return datelineProblem("Fill in the blank: LIMA, Peru (AP) - The new bridge over the Rimac opened on _____.")
		}, true},
		{"dateline", func() string {
			return datelineProblem("Fill in the blank: QUITO, June 3: The new bridge opened on _____ after two years of work.")
		}, true},
		{"dateline", func() string {
			return datelineProblem("Fill in the blank: NATO said on Monday that the exercise would begin in _____.")
		}, false},
		{"dateline", func() string {
			return datelineProblem("Fill in the blank: AWARD-WINNING bakers from the valley met in _____.")
		}, false},
		// A sentence cut before its object, inside a clause, or keeping
		// its conjunction.
		{"cut", func() string { return cutQuestionProblem("How many people were injured in?") }, true},
		{"cut", func() string {
			return cutQuestionProblem("How many homes were flooded in the valley where rescue teams?")
		}, true},
		{"cut", func() string { return cutQuestionProblem("When did while the mayor open the bridge?") }, true},
		{"cut", func() string { return cutQuestionProblem("How many people were injured in the blast?") }, false},
		{"cut", func() string { return cutQuestionProblem("What office does Alan Kerr hold, according to the article?") }, false},
		{"cut", func() string { return cutQuestionProblem("Who said “the town where I was born”?") }, false},
		// Two titles of a list read as one subject.
		{"list", func() string {
			return listSubjectProblem("When was Cold Harbour and The Salt Road published?",
				"Her novels include Ashfall, Cold Harbour and The Salt Road, which was published in May.")
		}, true},
		{"list", func() string {
			return listSubjectProblem("According to the article, Cold Harbour and The Salt Road was published in June.",
				"Her novels include Ashfall, Cold Harbour and The Salt Road, which was published in May.")
		}, true},
		{"list", func() string {
			return listSubjectProblem("According to the article, Her novels include Ashfall, Cold Harbour and The Salt Road.",
				"Her novels include Ashfall, Cold Harbour and The Salt Road.")
		}, false},
		{"list", func() string {
			return listSubjectProblem("Fill in the blank: Her novels include Ashfall, Cold Harbour and The Salt Road, which was published in _____.",
				"Her novels include Ashfall, Cold Harbour and The Salt Road, which was published in May.")
		}, false},
		{"list", func() string {
			return listSubjectProblem("When was Cold Harbour and The Salt Road published?",
				"Cold Harbour and The Salt Road were published together in May.")
		}, false},
		// A time frame dropped where the article gives another count.
		{"time frame", func() string {
			return timeFrameProblem(splitSentences(goals, tokenize(goals)), goalsFact, "How many goals did the club score in the 2001-02 season?")
		}, false},
		{"time frame", func() string {
			return timeFrameProblem(splitSentences(waiting, tokenize(waiting)), waitingFact, "How many patients were waiting for surgery?")
		}, true},
		{"time frame", func() string {
			return timeFrameProblem(splitSentences(waiting, tokenize(waiting)), waitingFact, "How many patients were waiting for surgery at the end of May?")
		}, false},
		{"time frame", func() string {
			return timeFrameProblem(splitSentences(tolls, tokenize(tolls)), tollFact, "At least how many people had died?")
		}, true},
		{"time frame", func() string {
			return timeFrameProblem(splitSentences(tollFact.Sentence, tokenize(tollFact.Sentence)), tollFact, "At least how many people had died?")
		}, false},
		// A plural count keeping its sentence's singular verb.
		{"agreement", func() string { return agreementProblem("How many votes is required for the bill to pass?") }, true},
		{"agreement", func() string { return agreementProblem("How many votes are required for the bill to pass?") }, false},
		{"agreement", func() string { return agreementProblem("For how many years is the bakery renting the mill?") }, false},
		{"agreement", func() string { return agreementProblem("For how many years has the mayor led the council?") }, false},
		// A quotation's bracket with the space moved inside it.
		{"bracket", func() string {
			return bracketSpaceProblem("According to the article, Ana Ruiz said “It was the worst flood since the[ 1998] disaster”.")
		}, true},
		{"bracket", func() string {
			return bracketSpaceProblem("Who said “All the runners( and their coaches) were tested”?")
		}, true},
		{"bracket", func() string {
			return bracketSpaceProblem("According to the article, Ana Ruiz said “It was the worst flood since the [1998] disaster”.")
		}, false},
		// A rank dropped from the office.
		{"rank", func() string {
			t := "Guests included Tamworth deputy Mayor Lena Brooks."
			return rankDroppedProblem(t, Fact{Kind: Leader, Person: "Lena Brooks", Office: "Mayor", Start: strings.Index(t, "Mayor")})
		}, true},
		{"rank", func() string {
			t := "Guests included Tamworth Mayor Lena Brooks."
			return rankDroppedProblem(t, Fact{Kind: Leader, Person: "Lena Brooks", Office: "Mayor", Start: strings.Index(t, "Mayor")})
		}, false},
		// A past holder asked in the present.
		{"past holder", func() string {
			return pastHolderProblem(mayor, splitSentences(mayor, tokenize(mayor)), Fact{Kind: Leader, Person: "Alan Kerr", Office: "Mayor"}, "What office does Alan Kerr hold, according to the article?")
		}, true},
		{"past holder", func() string {
			return pastHolderProblem(court, splitSentences(court, tokenize(court)), Fact{Kind: Leader, Person: "Ada Lowe", Office: "Chief Justice"}, "What office does Ada Lowe hold, according to the article?")
		}, true},
		{"past holder", func() string {
			return pastHolderProblem(court, splitSentences(court, tokenize(court)), Fact{Kind: Leader, Person: "Ada Lowe", Office: "Chief Justice"}, "What office did Ada Lowe hold in 1961, according to the article?")
		}, false},
		{"past holder", func() string {
			return pastHolderProblem(mayorNow, splitSentences(mayorNow, tokenize(mayorNow)), Fact{Kind: Leader, Person: "Alan Kerr", Office: "Mayor"}, "What office does Alan Kerr hold, according to the article?")
		}, false},
	}
	for i, tc := range tests {
		t.Run(tc.rule+"/"+strconv.Itoa(i), func(t *testing.T) {
			msg := tc.check()
			if (msg != "") != tc.fires {
				t.Errorf("%s rule gives %q; want it to fire: %v", tc.rule, msg, tc.fires)
			}
		})
	}
}

// TestNoCopyOfLinkLabels: a page's link labels and notes ("[LEGALWIRE]",
// "[court filing]", "[2]") are no part of a question that copies its
// sentence (a real quiz's fill-in kept three of them).
func TestNoCopyOfLinkLabels(t *testing.T) {
	tests := []struct {
		article string
		quiz    bool // a quiz must come out; without one, refusing is right
	}{
		{"Former mayor sentenced\n\n[LEGALWIRE] Former Denver mayor Paul Ridley [profile] was sentenced to 3 years in prison on Tuesday for four bribery charges on which he was convicted in May [LEGALWIRE report]. Ridley had served 2 terms as mayor before he left office in 2015.", true},
		{"Harrow Island\n\nHarrow Island is an island in the North Sea.[2] It has an area of 48 square kilometres and a population of 6,120 at the 2011 Census.[3] The island was sold to the crown in 1848.", false},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.article)
		if err != nil {
			if tc.quiz {
				t.Errorf("%.40q: %v", tc.article, err)
			}
			continue
		}
		for _, q := range res.Quiz.Questions {
			if strings.ContainsAny(q.Prompt, "[]") {
				t.Errorf("%.40q: prompt %q copies a link label", tc.article, q.Prompt)
			}
		}
	}
}

func TestHasASCIIFold(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"How many seats is needed?", true},
		{"HOW MANY seats?", true},
		{"how mAnY", true},
		{"Germany", true}, // a part of a word is enough: agreementProblem then reads its words
		{"How much money?", false},
		{"man y", false},
		{"", false},
		{"ma", false},
	} {
		if got := hasASCIIFold(tc.s, "many"); got != tc.want {
			t.Errorf("hasASCIIFold(%q, many) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
