package generate

import (
	"strconv"
	"strings"
	"testing"

	"factquiz/quiz"
)

// A quiz's title is the article's headline, which the learner reads before
// any question: a question it answers is not written, and the checker
// reports one. Each article is asked twice: under a neutral title the
// question is there (so the test can fail), under its headline it is not.
func TestTitleGivesAnswerAway(t *testing.T) {
	tests := []struct {
		name, headline, body string
		answer               string // the answer the headline gives away
	}{
		{
			name:     "office, abbreviated in the headline",
			headline: "Kenyan PM Daniel Owino quits after losing budget vote",
			body: "NAIROBI (Reuters) - Kenyan Prime Minister Daniel Owino resigned on Tuesday after lawmakers rejected his budget.\n\n" +
				"Owino had led a coalition of four parties since March 2021.\n",
			answer: "Prime Minister of Kenya",
		},
		{
			name:     "office, written out",
			headline: "Governor Alma Reyes signs water bill",
			body:     "Governor Alma Reyes on Friday signed a bill that sets aside money for the state's reservoirs.\n\nThe bill passed the Senate in April.\n",
			answer:   "Governor",
		},
		{
			name:     "count",
			headline: "Landslides kill 37 in northern Peru",
			body: "LIMA (AP) - Landslides triggered by days of rain have killed at least 37 people in northern Peru, the civil defence office said on Sunday.\n\n" +
				"Rescuers were searching for 12 people still missing near the town of Cajabamba.\n",
			answer: "37",
		},
		{
			name:     "office named without the person",
			headline: "Tanzanian prime minister quits after budget defeat",
			body: "DODOMA (Reuters) - Tanzanian Prime Minister Joseph Mrema resigned on Wednesday after parliament voted down his budget.\n\n" +
				"Mrema had led a coalition of three parties since June 2020.\n",
			answer: "Prime Minister of Tanzania",
		},
		{
			name:     "office with its country, by its synonym",
			headline: "Tanzanian premier to cut fuel duty in spring",
			body: "DODOMA (Reuters) - Tanzanian Prime Minister Joseph Mrema said on Wednesday that the duty on fuel would be cut in the spring.\n\n" +
				"Mrema had led a coalition of three parties since June 2020.\n",
			answer: "Prime Minister of Tanzania",
		},
		{
			name:     "date",
			headline: "Harbour bridge to open on May 3, 2027",
			body:     "The new harbour bridge will open to traffic on May 3, 2027, the city council said on Thursday.\n\nWork on the bridge began in 2022.\n",
			answer:   "May 3, 2027",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.headline + "\n\n" + tc.body
			neutral, err := FromText("Quiz on the news", text)
			if err != nil {
				t.Fatalf("neutral title: %v", err)
			}
			at := answeredAt(neutral, tc.answer)
			if at < 0 {
				t.Fatalf("under a neutral title no question has the answer %q: %q", tc.answer, prompts(neutral))
			}
			// The checker: the same quiz under the headline is given away.
			neutral.Quiz.Title = tc.headline
			if !hasProblem(QualityProblems(neutral.Text, neutral), neutral.Quiz.Questions[at].ID, "title") {
				t.Errorf("checker: under the headline %q, %q is not reported", tc.headline, neutral.Quiz.Questions[at].Prompt)
			}
			// The writer: under its headline, no question has the answer.
			res, err := FromText("", text)
			if err != nil && !strings.Contains(err.Error(), "none gives a question") {
				t.Fatal(err)
			}
			if res.Quiz != nil && res.Quiz.Title != tc.headline {
				t.Fatalf("title %q, want the headline", res.Quiz.Title)
			}
			if i := answeredAt(res, tc.answer); i >= 0 {
				t.Errorf("the headline gives away %q", res.Quiz.Questions[i].Prompt)
			}
		})
	}
}

// titleGivesAway on the question shapes an article's page may not yield:
// a count's fill-in under a headline with adjectives between the number
// and its noun, and headlines naming a person or a number that answer
// nothing asked.
func TestTitleGivesAwayWords(t *testing.T) {
	fillIn := quiz.Question{Type: quiz.Single, Prompt: "Fill in the number: Botanists say they have found _____ orchids in the valley."}
	orchids := Fact{Kind: Count, Number: 4, Noun: "orchids"}
	jailed := quiz.Question{Type: quiz.Single, Prompt: "How many men were sentenced for their part in the fraud?"}
	men := Fact{Kind: Count, Number: 3, Noun: "men"}
	office := quiz.Question{Type: quiz.Single, Prompt: "What office does Joseph Mrema hold, according to the article?"}
	who := quiz.Question{Type: quiz.Single, Prompt: "Who is Tanzania's Prime Minister, according to the article?"}
	mrema := Fact{Kind: Leader, Person: "Joseph Mrema", Office: "Prime Minister", Country: "Tanzania"}
	officeOfLi := quiz.Question{Type: quiz.Single, Prompt: "What office does Li Wen hold, according to the article?"}
	li := Fact{Kind: Leader, Person: "Li Wen", Office: "Premier"}
	when := quiz.Question{Type: quiz.Single, Prompt: "When did Joseph Mrema resign?"}
	resigned := Fact{Kind: Date, Text: "Joseph Mrema resigned on 4 June 2025."}
	where := quiz.Question{Type: quiz.Single, Prompt: "In which state did the judge impose the sentence?"}
	virginia := Fact{Kind: Place, Place: "Virginia"}
	launched := quiz.Question{Type: quiz.Single, Prompt: "Which country launched a carrier rocket?"}
	russia := Fact{Kind: Actor, Doer: "Russia"}
	isPM := quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Joseph Mrema is the Prime Minister of Tanzania."}
	isFM := quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Joseph Mrema is the Foreign Minister of Tanzania."}
	said := quiz.Question{Type: quiz.Single, Prompt: "Who said “It was the finest goal of my life”?"}
	hale := Fact{Kind: Quote, Speaker: "Tom Hale", Quotation: "It was the finest goal of my life"}
	tests := []struct {
		name, title string
		q           quiz.Question
		answer      string
		f           Fact
		want        bool
	}{
		{"count in words, adjectives before its noun", "Botanists find four rare orchids in valley", fillIn, "4", orchids, true},
		{"count in digits, an adjective before its noun", "Botanists find 4 rare orchids", fillIn, "4", orchids, true},
		{"count alone", "Valley orchid survey: four", fillIn, "4", orchids, true},
		{"the number counts another noun", "Four botanists survey the valley's meadows", fillIn, "4", orchids, false},
		{"a number before a verb counts people", "Three sentenced after harbour fraud inquiry", jailed, "3", men, true},
		{"a number before a verb, a count of things", "Four sentenced after harbour theft", fillIn, "4", orchids, false},
		{"a number before a noun, a count of people", "Three judges hear harbour fraud appeal", jailed, "3", men, false},
		{"office without the person", "Tanzanian prime minister quits", office, "Prime Minister of Tanzania", mrema, true},
		{"office by its synonym, as the headline's last word", "Rail line to reach the coast by 2030: Premier", officeOfLi, "Premier", li, true},
		{"office by its synonym, with its country", "Tanzania's premier to cut fuel duty", office, "Prime Minister of Tanzania", mrema, true},
		{"office of another country", "Prime Minister meets Kenyan envoy", office, "Prime Minister of Tanzania", mrema, false},
		{"office by its abbreviation", "Tanzania PM quits", office, "Prime Minister of Tanzania", mrema, true},
		{"the person and the office", "Tanzania's premier Mrema quits", who, "Joseph Mrema", mrema, true},
		{"the person alone answers no office", "Mrema quits after budget defeat", office, "Prime Minister of Tanzania", mrema, false},
		{"the office alone names no person", "Tanzanian prime minister quits", who, "Joseph Mrema", mrema, false},
		{"the person named gives no date away", "Tanzania's premier Mrema quits", when, "4 June 2025", resigned, false},
		{"a true statement of the office with its country", "Tanzanian Prime Minister meets Kenyan envoy", isPM, "true", mrema, true},
		{"a false statement of another office, the true one in the headline", "Tanzanian Prime Minister meets Kenyan envoy", isFM, "false", mrema, true},
		{"a false statement, the headline naming no office of his", "Tanzanian envoy meets Kenyan Prime Minister", isFM, "false", mrema, false},
		{"a true statement of another country's office", "Kenyan Prime Minister meets Tanzanian envoy", isPM, "true", mrema, false},
		{"the place in the headline", "Virginia ex-governor gets two years", where, "Virginia", virginia, true},
		{"another place in the headline", "Ohio ex-governor gets two years", where, "Virginia", virginia, false},
		{"the country by its adjective", "Russian rocket puts satellites in orbit", launched, "Russia", russia, true},
		{"another country's adjective", "French rocket puts satellites in orbit", launched, "Russia", russia, false},
		{"the quoted words in the headline", "'The finest goal of my life': striker's volley wins cup", said, "Tom Hale", hale, true},
		{"other words of the speaker", "Striker's volley wins the cup for Leeds", said, "Tom Hale", hale, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := titleGivesAway(tc.title, tc.q, tc.answer, tc.f); got != tc.want {
				t.Errorf("titleGivesAway(%q, %q) = %v, want %v", tc.title, tc.q.Prompt, got, tc.want)
			}
		})
	}
}

// A question whose answer another question's prompt states is reported
// by the checker (the writer never chooses both: TestArticles).
func TestCheckerAnotherQuestionGivesAway(t *testing.T) {
	text := "Malawi's President Ruth Banda opened the new airport terminal in Lilongwe on Saturday.\n\n" +
		"The terminal cost 90 million dollars and will handle 2 million passengers a year.\n\n" +
		"Construction began in August 2023, the airports authority said.\n"
	tests := []struct {
		name, otherPrompt, reported string
	}{
		{"office stated with the name", "When did Malawi's President Ruth Banda open the terminal?", "leader"},
		{"date stated", "Fill in the blank: Construction began in August 2023, when _____ was chosen.", "date"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromText("Airport terminal", text)
			if err != nil {
				t.Fatal(err)
			}
			victim, other := -1, -1
			for i, q := range res.Quiz.Questions {
				if q.Fact == tc.reported && victim < 0 {
					victim = i
				} else if other < 0 {
					other = i
				}
			}
			if victim < 0 || other < 0 {
				t.Fatalf("want a %s question and another: %q", tc.reported, prompts(res))
			}
			if hasProblem(QualityProblems(res.Text, res), res.Quiz.Questions[victim].ID, "gives the answer away") {
				t.Fatalf("before the change, %q is already reported", res.Quiz.Questions[victim].Prompt)
			}
			res.Quiz.Questions[other].Prompt = tc.otherPrompt
			if !hasProblem(QualityProblems(res.Text, res), res.Quiz.Questions[victim].ID, "question "+res.Quiz.Questions[other].ID+" gives the answer away") {
				t.Errorf("%q does not report that %q gives it away", res.Quiz.Questions[victim].Prompt, tc.otherPrompt)
			}
		})
	}
}

// A prompt that echoes a word only the right choice holds gives it away.
func TestPromptPointsToChoice(t *testing.T) {
	tests := []struct {
		name string
		q    quiz.Question
		want string
	}{
		{"a year only the answer holds",
			singleQuestion("Fill in the blank: The first wards open by 2026, and the rest should be finished some time _____.", "between 2026 and 2029", "between 2030 and 2033", "between 2034 and 2037"), "2026"},
		{"a year every choice holds",
			singleQuestion("Fill in the blank: In 2019 the club moved twice, first in March and again on _____.", "June 4, 2019", "May 2, 2019", "July 9, 2019"), ""},
		{"a name in the prompt and in the answer",
			singleQuestion("Who said “Kowalski will not run again”?", "Anna Kowalski", "Piotr Nowak", "Ewa Lis"), "kowalski"},
		{"nothing shared",
			singleQuestion("Who is Chile's President, according to the article?", "Marta Soto", "Luis Vera", "Ana Rojas"), ""},
		{"not a choice question",
			quiz.Question{Type: quiz.Number, Prompt: "How many bridges were built by 2026?"}, ""},
	}
	for _, tc := range tests {
		if got := promptPointsToChoice(tc.q); got != tc.want {
			t.Errorf("%s: promptPointsToChoice = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func answeredAt(res Result, answer string) int {
	for i, it := range res.Items {
		// A true-or-false statement asks its fact's own text.
		if it.Answer == answer || res.Quiz.Questions[i].Type == quiz.TrueFalse && res.Facts[it.Fact].Text == answer {
			return i
		}
	}
	return -1
}

func prompts(res Result) []string {
	var out []string
	if res.Quiz != nil {
		for _, q := range res.Quiz.Questions {
			out = append(out, q.Prompt)
		}
	}
	return out
}

func hasProblem(ps []QualityProblem, id, part string) bool {
	for _, p := range ps {
		if p.QuestionID == id && strings.Contains(p.Message, part) {
			return true
		}
	}
	return false
}

// A count the article writes with a scale word ("2 million homes") is
// asked as a number; the learner who types it as the article does is
// right, and the wrong scale is wrong.
func TestScaledCountGraded(t *testing.T) {
	tests := []struct {
		text, typed, wrong string
	}{
		{"Storm cuts power\n\nStorm Elin left about 2 million homes without power across the region on Sunday, the grid operator said.\n",
			"2 million", "2 thousand"},
		{"Census published\n\nThe census counted 4.5 million residents in the province in 2021, the statistics office said.\n",
			"4.5 million", "45 million"},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.text)
		if err != nil {
			t.Fatalf("%q: %v", tc.text, err)
		}
		asked := false
		for _, q := range res.Quiz.Questions {
			if q.Type != quiz.Number {
				continue
			}
			asked = true
			if g := quiz.Grade(q, quiz.Response{Text: tc.typed}); !g.Correct {
				t.Errorf("%q typed for %q is graded wrong", tc.typed, q.Prompt)
			}
			if g := quiz.Grade(q, quiz.Response{Text: tc.wrong}); g.Correct {
				t.Errorf("%q typed for %q is graded right", tc.wrong, q.Prompt)
			}
		}
		if !asked {
			t.Errorf("no number question on %q: %q", tc.text, prompts(res))
		}
	}
}

func TestListCountsAnswer(t *testing.T) {
	tests := []struct {
		prompt string
		n      int
		want   bool
	}{
		{"Fill in the number: The relay team brings runners from _____ clubs to the final — Ana Silva of Porto, the Lisbon club's Rui Costa, Braga sprinter Joana Reis, and Tiago Luz, a Coimbra student.", 4, true},
		{"Fill in the number: The board named _____ new members: Alan Ward, Beth Cole and Carl Ruiz.", 3, true},
		{"Fill in the number: The board named _____ new members: Alan Ward, Beth Cole and Carl Ruiz.", 5, false},
		{"Fill in the number: The storm damaged _____ homes, officials said.", 40, false},
		{"Fill in the number: About _____ residents left — most of them by car.", 300, false},
		// The groups named after a colon, in lower case, are counted too.
		{"Fill in the number: The fossil links _____ families of reptiles: the small swimmers of the early seas and later giants such as the pliosaurs.", 2, true},
		{"Fill in the number: The fossil links _____ families of reptiles: the small swimmers of the early seas and later giants such as the pliosaurs.", 3, false},
		{"Fill in the number: Police said _____ people were hurt when the roof fell in: the fire began at the back and spread fast.", 2, false},
		// The statement's check puts a colon right after the blank: no noun
		// is counted there, so the items must still be names.
		{"_____ : slammed into the bus and stopped on the tracks", 2, false},
	}
	for _, tc := range tests {
		if got := listCountsAnswer(tc.prompt, tc.n); got != tc.want {
			t.Errorf("listCountsAnswer(%q, %d) = %v, want %v", tc.prompt, tc.n, got, tc.want)
		}
	}
}

// A month alone is written in full among choices even on a page that
// shortens months before a day (AP style: "Dec. 5", but "in January").
func TestMonthAloneNotShortened(t *testing.T) {
	text := "Brewer wins approval\n\nShareholders of Tarn Ales voted Dec. 5 to approve the merger, the company said.\n\n" +
		"Harlow Breweries announced its $410 million offer for Tarn Ales in March.\n\nThe deal closed on Feb. 2, 2019.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for i, q := range res.Quiz.Questions {
		if res.Items[i].Answer != "March" {
			continue
		}
		asked = true
		for _, c := range q.Choices {
			if strings.HasSuffix(c.Text, ".") {
				t.Errorf("%q offers %q", q.Prompt, c.Text)
			}
		}
	}
	if !asked {
		t.Errorf("no question on March: %q", prompts(res))
	}
	for _, p := range QualityProblems(res.Text, res) {
		t.Errorf("%s: %s", p.QuestionID, p.Message)
	}
}

// A count statement is given away by a prompt that states its number of
// its things, not by the same number counting something else there: a
// careful teacher keeps "three inspectors" beside "three locomotives".
func TestCountStatementGivenAwayByItsNumber(t *testing.T) {
	tests := []struct {
		name, prompt string
		number       int
		noun         string
		want         bool
	}{
		{"same number, other things", "According to the article, the probe has resulted in a total of seven companies and 20 individuals pleading guilty.", 20, "years", false},
		{"a score's half", "According to the article, Berrettini defeated Norrie 6-4, 6-7(5), 6-3 to win the title.", 4, "ATP Tour trophies", false},
		{"number in words, other things", "According to the article, the agency was sending three inspectors to investigate.", 3, "locomotives", false},
		{"its own things", "According to the article, the agency was sending three inspectors to investigate.", 3, "inspectors", true},
		{"singular of its noun", "How many matches did he win after his first ATP Tour trophy in 2017 or 4 trophies?", 4, "ATP Tour trophies", true},
		{"a toll word", "At least 172 dead after floods in Karnataka, officials said.", 172, "people", true},
		{"a word naming nothing", "Landslides killed 37 more people in northern Peru.", 37, "people", true},
		{"number ends the prompt", "Which team scored 37?", 37, "points", true},
		{"digits with a comma", "According to the article, the storm led to nearly 1,500 fatalities.", 1500, "fatalities", true},
		{"no noun known", "According to the article, 20 individuals pleaded guilty.", 20, "", true},
		{"number absent", "According to the article, 21 individuals pleaded guilty.", 20, "individuals", false},
		{"a score's second half", "According to the article, Dimitrov beat Goffin 7-5, 4-6, 6-3 to win the title.", 3, "match points", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := Fact{Kind: Count, Number: tc.number, Noun: tc.noun}
			q := quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, the statement on the count."}
			if got := promptGivesAway(normalize(tc.prompt), tc.prompt, q, "true", f, numberFormsOf(f)); got != tc.want {
				t.Errorf("%q gives away %d %s: got %v, want %v", tc.prompt, tc.number, tc.noun, got, tc.want)
			}
			// The same for a how-many question on the count.
			q = quiz.Question{Type: quiz.Single, Prompt: "How many did the article count?"}
			if got := promptGivesAway(normalize(tc.prompt), tc.prompt, q, strconv.Itoa(tc.number), f, numberFormsOf(f)); got != tc.want {
				t.Errorf("%q answers how many %s (%d): got %v, want %v", tc.prompt, tc.noun, tc.number, got, tc.want)
			}
		})
	}
}

// writeKind offers only the questions of one kind of fact (write is the
// kind's writer, such as (*writer).place), so a test sees that writer's
// offers without the others'.
func writeKind(text string, kind Kind, write func(*writer, int) bool) *writer {
	sents := splitSentences(text, tokenize(text))
	facts := extract(text, sents)
	w := newWriter(text, sents, facts)
	for fi, f := range facts {
		if f.Kind == kind {
			write(w, fi)
		}
	}
	return w
}

// writeAll runs the writer over an article without choosing the quiz, so a
// test sees every question offered, not only those the quiz keeps.
func writeAll(t *testing.T, article string) *writer {
	t.Helper()
	text, _, err := checkText(article)
	if err != nil {
		t.Fatal(err)
	}
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.write()
	return w
}

// TestFalseOfficeFits covers the false office of a leader statement: a
// party's leader is not made a country's (a quiz once stated "Jaroslaw
// Kaczynski is the Leader of Russia"), nor a country's leader another
// nation's ("Shimon Peres was the Prime Minister of Norway"); the other
// half of a divided nation and another state of the same country are
// fair.
func TestFalseOfficeFits(t *testing.T) {
	tests := []struct {
		office, body, stated string
		want                 bool
	}{
		{"Leader", "Freedom and Unity", "Leader of Hungary", false},
		{"Leader", "Freedom and Unity", "Chairman of Freedom and Unity", true},
		{"Chief Executive", "Ardwell", "Chief Financial Officer of Ardwell", true},
		{"Chief Executive", "Ardwell", "President of France", false},
		{"President", "Chile", "Leader of the Socialist Party", false},
		{"Leader", "North Korea", "Leader of South Korea", true},
		{"Prime Minister", "Israel", "Prime Minister of Norway", false},
		{"Foreign Minister", "Israel", "Prime Minister of Israel", true},
		{"President", "United States", "Prime Minister of the United Kingdom", false},
		{"President", "South Africa", "President of South Korea", false},
		{"Governor", "Florida", "Governor of Texas", true},
		{"Governor", "Florida", "President of Mexico", false},
		{"Judge", "", "Prosecutor", true},
	}
	for _, tc := range tests {
		f := Fact{Kind: Leader, Person: "Ann Lowe", Office: tc.office, Country: tc.body}
		if got := falseOfficeFits(f, tc.stated); got != tc.want {
			t.Errorf("falseOfficeFits(%s of %q, %q) = %v, want %v", tc.office, tc.body, tc.stated, got, tc.want)
		}
	}
}

// TestPartyNameWithAnd checks a party named with "and" before a
// possessive is kept whole ("Law and Justice's leader"), while two
// countries joined by "and" are not one body.
func TestPartyNameWithAnd(t *testing.T) {
	tests := []struct{ text, person, body string }{
		{"Freedom and Unity's leader Marta Kowal won 40 percent of the vote on Sunday.", "Marta Kowal", "Freedom and Unity"},
		{"Trade between Britain and France's President Paul Mercier grew on Sunday.", "Paul Mercier", "France"},
	}
	for _, tc := range tests {
		w := writeAll(t, "Vote counted\n\n"+tc.text)
		found := false
		for _, f := range w.facts {
			if f.Kind == Leader && f.Person == tc.person {
				found = true
				if f.Country != tc.body {
					t.Errorf("%q: body %q, want %q", tc.text, f.Country, tc.body)
				}
			}
		}
		if !found {
			t.Errorf("%q: no leader %s", tc.text, tc.person)
		}
	}
}

// TestFalseSpeakerFits covers who may be stated, falsely, as the one who
// said words: not a person the prompt names as the one spoken to (a quiz
// once wrote "Murdaugh asked Murdaugh why"), nor anyone for words said to
// someone (the defendant "announced a sentence of “the rest of your
// natural life”"); words said to no one may be.
func TestFalseSpeakerFits(t *testing.T) {
	tests := []struct {
		vp, words, person string
		want              bool
	}{
		{"handed down a term of", "the rest of your days", "Peter Hale", false},
		{"asked Hale why he had called it", "a harmless little game", "Peter Hale", false},
		{"asked Hale why he had called it", "a harmless little game", "Carla Voss", true},
		{"called the ruling", "a harmless little game", "Peter Hale", true},
		{"told reporters", "Did you see the goal", "Dan Moor", false},
		{"said", "We will build the bridge by spring", "Dan Moor", true},
	}
	for _, tc := range tests {
		if got := falseSpeakerFits(tc.vp, tc.words, tc.person); got != tc.want {
			t.Errorf("falseSpeakerFits(%q, %q, %q) = %v, want %v", tc.vp, tc.words, tc.person, got, tc.want)
		}
	}
}

// TestInCountedList covers a blank inside a list that breaks down a count
// before it (in a real quiz "four counts: the murder of his wife, the
// murder of his son, and three counts of …" no longer added up).
func TestInCountedList(t *testing.T) {
	tests := []struct {
		prompt string
		want   bool
	}{
		{"She was charged on five counts: the theft of a van, the theft of a car, and _____ counts of fraud.", true},
		{"The club signed 6 players — two strikers, _____ defenders and a keeper.", true},
		{"The fleet lost three ships: the Ardent, the Brave and _____ smaller boats.", true},
		{"Turnout at 10:30 was low: _____ people had voted.", false},
		{"The result was clear: _____ voters backed the plan.", false},
		{"She was charged on five counts; the jury heard _____ days of evidence.", false},
		{"She won _____ titles in her career.", false},
	}
	for _, tc := range tests {
		if got := inCountedList(tc.prompt); got != tc.want {
			t.Errorf("inCountedList(%q) = %v, want %v", tc.prompt, got, tc.want)
		}
	}
}

// TestPartsGiveAwayMixedList covers a count's parts after a colon, some
// counted and some single ("the murder of his wife" is one): adding them
// up answers the blank.
func TestPartsGiveAwayMixedList(t *testing.T) {
	tests := []struct {
		prompt string
		n      int
		want   bool
	}{
		{"She was convicted on _____ counts: the theft of a van, the theft of a car, and two counts of fraud.", 4, true},
		{"She was convicted on _____ counts: the theft of a van, the theft of a car, and two counts of fraud.", 7, false},
		{"The crew of _____ people, a pilot and three engineers, landed.", 4, false},
		{"The crew of _____ people -- a pilot and three engineers -- landed.", 4, true},
	}
	for _, tc := range tests {
		if got := partsGiveAway(tc.prompt, tc.n) != ""; got != tc.want {
			t.Errorf("partsGiveAway(%q, %d) = %v, want %v", tc.prompt, tc.n, got, tc.want)
		}
	}
}

// TestSameSideOf covers a wrong date keeping the right date's place
// before or after another date of its sentence (a real quiz's "served as
// PM _____, and again, briefly, in 1834" offered three terms after 1834).
func TestSameSideOf(t *testing.T) {
	tests := []struct {
		other, right, wrong string
		want                bool
	}{
		{"1834", "from 1828 to 1830", "from 1822 to 1824", true},
		{"1834", "from 1828 to 1830", "from 1840 to 1842", false},
		{"May 15, 1848", "June 23, 1848", "February 23, 1848", false},
		{"May 15, 1848", "June 23, 1848", "August 21, 1848", true},
		{"14 December 1995", "21 November 1995", "27 December 1995", false},
		{"14 December 1995", "21 November 1995", "26 October 1995", true},
		{"March", "2019", "2017", true}, // a month alone is no bound for a year
	}
	for _, tc := range tests {
		g, ok1 := parseDate(tc.other)
		d, ok2 := parseDate(tc.right)
		e, ok3 := parseDate(tc.wrong)
		if !ok1 || !ok2 || !ok3 {
			t.Fatalf("cannot parse %q, %q or %q", tc.other, tc.right, tc.wrong)
		}
		if got := sameSideOf(g, d, e); got != tc.want {
			t.Errorf("sameSideOf(%q, %q, %q) = %v, want %v", tc.other, tc.right, tc.wrong, got, tc.want)
		}
	}
	// Every choice of a question on the first term comes before the
	// second, whatever the hash puts on each side.
	for _, name := range []string{"Ann Lowe", "Mark Dale", "Tom Reyes", "Jo Hart", "Eve Marsh", "Ian Cole"} {
		w := writeAll(t, "Town history\n\n"+name+", who founded the museum, served as mayor in 1878, and again, briefly, in 1880. The museum opened in 1866.")
		for _, c := range w.offered {
			for _, ch := range c.q.Choices {
				if d, ok := parseDate(ch.Text); ok && c.item.Answer == "1878" && d.year >= 1880 {
					t.Errorf("%q offers %q", c.q.Prompt, ch.Text)
				}
			}
		}
	}
}

// TestTitleTiesPerson covers a headline that ties its one person to the
// deed a doer or "who said" question asks about (on a real page the
// scoreline "[Haaland 58, 63]" answered "Who broke the deadlock … on 58
// minutes?").
func TestTitleTiesPerson(t *testing.T) {
	tests := []struct {
		title string
		q     quiz.Question
		want  bool
	}{
		{"Rovers 3 [Okafor 12, 40, 77] United 1", singleQuestion("Who opened the scoring on 12 minutes?", "Sam Okafor", "Leo Hart", "Dan Price"), true},
		{"Okafor treble sinks United", singleQuestion("Who scored against United in the second half?", "Sam Okafor", "Leo Hart", "Dan Price"), true},
		{"Okafor treble sinks United", singleQuestion("Who was sent off?", "Sam Okafor", "Leo Hart", "Dan Price"), false},
		{"Rovers 2 [Okafor 12, Hart 40] United 1", singleQuestion("Who opened the scoring on 12 minutes?", "Sam Okafor", "Leo Hart", "Dan Price"), true},
		{"Rovers 2 [Okafor 12, Hart 40] United 1", singleQuestion("Who was booked in the first half?", "Sam Okafor", "Leo Hart", "Dan Price"), false},
		{"Okafor treble sinks United", quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Sam Okafor sank United with a treble."}, true},
		{"Okafor treble sinks United", quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Sam Okafor was booked."}, false},
		{"Rovers 3 [Okafor 12, 40, 77] United 1", singleQuestion("Who missed a penalty on 64 minutes?", "Leo Hart", "Sam Okafor", "Dan Price"), false},
		{"Rovers 3 [Okafor 12, 40, 77] United 1", quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Leo Hart opened the scoring on 12 minutes."}, true},
	}
	for _, tc := range tests {
		answer := ""
		for _, c := range tc.q.Choices {
			if c.Correct {
				answer = c.Text
			}
		}
		f := Fact{Kind: Actor, Doer: "Sam Okafor", DoerKind: "person"}
		if answer != "" {
			f.Doer = answer
		}
		if got := titleGivesAway(tc.title, tc.q, answer, f); got != tc.want {
			t.Errorf("titleGivesAway(%q, %q) = %v, want %v", tc.title, tc.q.Prompt, got, tc.want)
		}
	}
}

// TestSumStated covers numbers tied by a sum the sentence states (a real
// page: "585, including 537 confirmed infections and 60 probable cases"
// no longer added up; the corpus: "won 33 seats and ACT 11, giving the
// two parties 61"), and a seat count worked out from a majority.
func TestSumStated(t *testing.T) {
	tests := []struct {
		text string
		n    int
		want bool
	}{
		{"The toll is now 412, including 380 confirmed deaths and 32 probable ones.", 32, true},
		{"The toll is now 412, including 380 confirmed deaths and 32 probable ones.", 412, true},
		{"The toll is now 412, including 380 confirmed deaths and 32 probable ones.", -1, true},
		{"The Greens won 40 seats and the Left 9, giving the two parties 49 of the 99 seats.", 40, true},
		{"The Greens won 40 seats and the Left 9, giving the two parties 49 of the 99 seats.", 99, false},
		{"They hold 49 of the 97 seats, a majority of one.", 97, true},
		{"They hold 49 of the 97 seats, a majority of one.", -1, true},
		{"They hold 49 of the 101 seats, a slim lead.", -1, false},
		{"The toll is now 412, with 380 confirmed deaths in the north.", 380, false},
		{"Police arrested 12 people and seized 40 phones in 3 raids.", -1, false},
	}
	for _, tc := range tests {
		if got := sumStated(tc.text, tc.n); got != tc.want {
			t.Errorf("sumStated(%q, %d) = %v, want %v", tc.text, tc.n, got, tc.want)
		}
	}
}

// TestPartExceedsWhole covers a changed number that makes a part larger
// than its whole (a real quiz: "losing 50 of its 41 seats").
func TestPartExceedsWhole(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The party lost 50 of its 41 seats in Wales.", true},
		{"She won 12 out of 9 games.", true},
		{"They took 70 of the total 64 places.", true},
		{"The party lost 30 of its 41 seats in Wales.", false},
		{"She won 8 out of 9 games.", false},
		{"Five of the 12 jurors were women.", false},
		{"One of the two pilots survived.", false},
		{"He scored 40 of them in 2019.", false},
	}
	for _, tc := range tests {
		if got := partExceedsWhole(tc.text); got != tc.want {
			t.Errorf("partExceedsWhole(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTitleDateOnlyRight covers a headline dating the one right choice (a
// real page: "… To Visit US On May 16-19" and a meeting "on _____" with
// May 18 the only choice in May).
func TestTitleDateOnlyRight(t *testing.T) {
	tests := []struct {
		title string
		q     quiz.Question
		want  bool
	}{
		{"Envoy to visit Oslo on March 3-6 for talks", singleQuestion("Fill in the blank: The envoy will address parliament on _____.", "March 5", "April 9", "May 12", "June 2"), true},
		{"Ferry line opens in 2021", singleQuestion("When did the ferry line open?", "2021", "2018", "2019", "2023"), true},
		{"Envoy to visit Oslo on March 3-6 for talks", singleQuestion("Fill in the blank: The envoy will address parliament on _____.", "March 5", "March 3", "April 9", "May 12"), false},
		{"Envoy to visit Oslo for talks", singleQuestion("Fill in the blank: The envoy will address parliament on _____.", "March 5", "April 9", "May 12", "June 2"), false},
		{"Ferry line opens in 2021", quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, the ferry line opened in 2021."}, false},
	}
	for _, tc := range tests {
		if got := titleDateOnlyRight(tc.title, tc.q); got != tc.want {
			t.Errorf("titleDateOnlyRight(%q, %q) = %v, want %v", tc.title, tc.q.Prompt, got, tc.want)
		}
	}
}

// TestTitleOrdinal covers a headline's ordinal giving the number a
// question asks for (a real page: "… with 3rd major win of year" and "the
// first _____ legs of the Grand Slam"), not a statement's.
func TestTitleOrdinal(t *testing.T) {
	number := quiz.Question{Type: quiz.Number, Prompt: "Fill in the number: The win gave her _____ titles this year."}
	statement := quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, she has won four titles this year."}
	tests := []struct {
		title string
		q     quiz.Question
		n     int
		want  bool
	}{
		{"Osaka clinches 3rd title of the season", number, 3, true},
		{"Osaka clinches third title of the season", number, 3, true},
		{"Osaka clinches 3rd title of the season", number, 4, false},
		{"Osaka clinches first title of the season", number, 1, false},
		{"Osaka clinches 3rd title of the season", statement, 3, false},
	}
	for _, tc := range tests {
		f := Fact{Kind: Count, Number: tc.n, Noun: "titles"}
		if got := titleGivesAway(tc.title, tc.q, strconv.Itoa(tc.n), f); got != tc.want {
			t.Errorf("titleGivesAway(%q, %q, %d) = %v, want %v", tc.title, tc.q.Prompt, tc.n, got, tc.want)
		}
	}
}

// TestCrossesTitleFigure covers a wrong number on the other side of a
// headline figure than the right one (the corpus: "death toll passes
// 11,000" beside a false "12,860 confirmed dead in Turkey alone").
func TestCrossesTitleFigure(t *testing.T) {
	tests := []struct {
		title    string
		right, n int
		want     bool
	}{
		{"Flood toll passes 2,000 across the region", 1450, 2300, true},
		{"Flood toll passes 2,000 across the region", 1450, 1100, false},
		{"Flood toll passes 2,000 across the region", 2450, 1800, true},
		{"Flood toll passes 2,000 across the region", 40, 2300, false}, // another order of magnitude
		{"Floods hit the region", 1450, 2300, false},
		{defaultTitle, 1450, 2300, false},
	}
	for _, tc := range tests {
		if got := crossesTitleFigure(tc.title, tc.right, tc.n); got != tc.want {
			t.Errorf("crossesTitleFigure(%q, %d, %d) = %v, want %v", tc.title, tc.right, tc.n, got, tc.want)
		}
	}
}

// TestRejectionProblemsFalseOnFace checks the checker reports a statement
// whose part exceeds its whole and a blank inside a counted list, and
// not their sound forms.
func TestRejectionProblemsFalseOnFace(t *testing.T) {
	text := "Vote held\n\nThe party lost 40 of its 41 seats in the north."
	tests := []struct {
		f    Fact
		q    quiz.Question
		want bool
	}{
		{Fact{Kind: Count, Number: 41}, quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, the party lost 50 of its 41 seats in the north."}, true},
		{Fact{Kind: Count, Number: 41}, quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, the party lost 30 of its 41 seats in the north."}, false},
		{Fact{Kind: Count, Number: 2}, quiz.Question{Type: quiz.Number, Prompt: "Fill in the number: She faced four charges: theft, fraud and _____ counts of arson."}, true},
		{Fact{Kind: Count, Number: 4}, quiz.Question{Type: quiz.Number, Prompt: "Fill in the number: She faced _____ charges in all."}, false},
	}
	for _, tc := range tests {
		sents := splitSentences(text, tokenize(text))
		if got := len(rejectionProblems(text, sents, tc.f, tc.q)) > 0; got != tc.want {
			t.Errorf("rejectionProblems(%q) = %v, want %v", tc.q.Prompt, rejectionProblems(text, sents, tc.f, tc.q), tc.want)
		}
	}
}

// TestDateOrderProblem checks the checker reports a wrong date on the
// other side of a date of the sentence (a real quiz's fill-in on Eton).
func TestDateOrderProblem(t *testing.T) {
	f := Fact{Kind: Date, Sentence: "She served as mayor from 1871 to 1873, and again, briefly, in 1880."}
	choices := func(wrong ...string) []quiz.Choice {
		cs := []quiz.Choice{{Text: "from 1871 to 1873", Correct: true}}
		for _, w := range wrong {
			cs = append(cs, quiz.Choice{Text: w})
		}
		return cs
	}
	bad := quiz.Question{Type: quiz.Single, Choices: choices("from 1882 to 1884", "from 1866 to 1868")}
	good := quiz.Question{Type: quiz.Single, Choices: choices("from 1862 to 1864", "from 1866 to 1868")}
	if dateOrderProblem(f, bad) == "" {
		t.Errorf("no problem reported for %v", bad.Choices)
	}
	if msg := dateOrderProblem(f, good); msg != "" {
		t.Errorf("problem reported for %v: %s", good.Choices, msg)
	}
}

// singleQuestion is a one-answer question on prompt: right, then wrong.
func singleQuestion(prompt, right string, wrong ...string) quiz.Question {
	q := quiz.Question{Type: quiz.Single, Prompt: prompt, Choices: []quiz.Choice{{Text: right, Correct: true}}}
	for _, w := range wrong {
		q.Choices = append(q.Choices, quiz.Choice{Text: w})
	}
	return q
}

// TestTitleGivesAwayDecades: a headline's "decade", "three decades" or
// "century" states a count of 10, 30 or 100 years, in a question or a
// statement; not a count of other things, nor other years.
func TestTitleGivesAwayDecades(t *testing.T) {
	howMany := quiz.Question{Type: quiz.Number, Prompt: "How many years was Tom Reed on the run?"}
	stated := quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, Tom Reed was on the run for 10 years."}
	tests := []struct {
		title string
		q     quiz.Question
		f     Fact
		want  bool
	}{
		{"Fugitive jailed after decade on run", howMany, Fact{Kind: Count, Number: 10, Noun: "years"}, true},
		{"Fugitive jailed after decade on run", stated, Fact{Kind: Count, Number: 10, Noun: "years"}, true},
		{"Fugitive jailed after three decades on run", howMany, Fact{Kind: Count, Number: 30, Noun: "years"}, true},
		{"Bridge reopens after a century", howMany, Fact{Kind: Count, Number: 100, Noun: "years"}, true},
		{"Fugitive jailed after decade on run", howMany, Fact{Kind: Count, Number: 12, Noun: "years"}, false},
		{"Fugitive jailed after decade on run", howMany, Fact{Kind: Count, Number: 10, Noun: "burglaries"}, false},
		{"Fugitive jailed after long spell on run", howMany, Fact{Kind: Count, Number: 10, Noun: "years"}, false},
	}
	for _, tc := range tests {
		if got := titleGivesAway(tc.title, tc.q, strconv.Itoa(tc.f.Number), tc.f); got != tc.want {
			t.Errorf("%q, %d %s: given away %v, want %v", tc.title, tc.f.Number, tc.f.Noun, got, tc.want)
		}
	}
}
