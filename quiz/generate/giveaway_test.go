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
