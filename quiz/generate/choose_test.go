package generate

import (
	"slices"
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestOneQuestionPerFigure: a figure the article gives twice ("two
// villages" in the lead and again later) is asked once (a quiz once asked
// the same two villages in two questions).
func TestOneQuestionPerFigure(t *testing.T) {
	tests := []struct {
		name, text, noun string
		want             int
	}{
		{"same figure twice", "The Tarn volcano in Norland has thrown out ash several times this week, forcing officials to evacuate two villages on its slopes and raise the alert level, warning of a “dangerous eruption.”\n\nResidents of at least two villages within the eight kilometre zone around the crater have already been moved, but some farmers still remain near their herds.", "villages", 1},
		{"two figures of one noun", "Officials evacuated two villages near the volcano on Sunday as ash fell on the valley.\n\nBy Tuesday the army had emptied five villages in all and taken their 900 residents to schools in the town.\n\nScientists said the volcano could erupt within days, and the alert was raised to level four.", "villages", 2},
	}
	for _, tc := range tests {
		res, err := FromText("Quiz", tc.text)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := 0
		for i := range res.Quiz.Questions {
			if f := res.Facts[res.Items[i].Fact]; f.Kind == Count && strings.Contains(f.Noun, tc.noun) {
				got++
			}
		}
		if got != tc.want {
			t.Errorf("%s: %d questions on %s, want %d: %q", tc.name, got, tc.noun, tc.want, prompts(res))
		}
	}
}

// Articles in the manner of real pages whose choices another question
// of the quiz ruled out (ambassadors and "Xi Jinping is the President of
// China" on two of them, "the McDonnells" on a third).
const (
	envoysArticle      = "Korean leader welcomes Canadian Foreign Minister\n\nSEOUL, Korea - South Korean President Park Min-jae received Canadian Foreign Minister Claire Dubois at the Blue House on Tuesday, discussing Canadian Prime Minister Robert Hale's planned visit to Seoul next spring.\n\nPark told Dubois that the two countries should widen their trade ties and work together on clean energy.\n\nShe later met Trade Minister Kim Sung-ho at the ministry, where the two signed a memorandum on battery research.\n\nDubois arrived in Seoul on Monday after three days of talks in Tokyo, where she met Japanese officials."
	credentialsArticle = "Ghana's president receives four new envoys\n\nACCRA - President of Ghana John Mensah on Thursday received letters of credence from the newly appointed ambassadors of four countries at Jubilee House.\n\nThe envoys presenting their letters were the Ambassador of Chile, Pablo Ortega; Ambassador of Norway, Ingrid Larsen; Ambassador of Kenya, David Otieno; and Ambassador of Peru, Rosa Quispe.\n\nMensah said Ghana valued its friendship with each of the four nations and hoped to deepen trade in cocoa, gold and fisheries."
	bribesArticle      = "Former Ohio governor sentenced to three years\n\nFormer Ohio governor Thomas Harlow was sentenced on Friday to three years in prison for taking bribes from a paving contractor while in office.\n\nU.S. District Judge Ellen Price, who handed down the sentence in Columbus, said the crimes had badly damaged public trust.\n\nThe contractor, Dale Whitcomb, testified against the Harlows at trial in exchange for immunity from prosecution.\n\nThe case was brought by prosecutor Ruth Keane.\n\nHarlow's wife, Margaret Harlow, will be sentenced next month.\n\nHarlow led the state from 2011 until January 2019."
)

// TestChoicesRuledOutByTheQuiz: a wrong choice that a question's own
// prompt or another question's shows to be wrong is no choice at all
// (real pages on Tokayev, Xi, the McDonnells and Penn): a person another
// prompt gives another office, or whose "What office" question offers
// only other countries' offices; a person or a country the prompt names.
func TestChoicesRuledOutByTheQuiz(t *testing.T) {
	tests := []struct {
		name, article string
		by, of        string // prompts' openings; by "" is of's own prompt
		want          []string
	}{
		{"a statement gives the person another office", envoysArticle,
			"According to the article, Claire Dubois is", "Who is South Korea's President", []string{"Claire Dubois"}},
		{"a question on the person's office offering the country's", envoysArticle,
			"What office does Robert Hale", "Who is South Korea's President", nil},
		{"a question on an office without a country", envoysArticle,
			"What office does Kim Sung-ho", "Who is South Korea's President", nil},
		{"a question offering only other countries' offices", credentialsArticle,
			"What office does Pablo Ortega", "Who is Ghana's President", []string{"Pablo Ortega"}},
		{"a question offering the country's office", credentialsArticle,
			"What office does Ingrid Larsen", "Who is Ghana's President", nil},
	}
	for _, tc := range tests {
		w := writeAll(t, tc.article)
		find := func(opening string) int {
			for i, c := range w.offered {
				if strings.HasPrefix(c.q.Prompt, opening) {
					return i
				}
			}
			t.Fatalf("%s: no question opens %q", tc.name, opening)
			return -1
		}
		b := find(tc.of)
		a := b
		if tc.by != "" {
			a = find(tc.by)
		}
		if got := w.ruledOut(a, b); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q rules out %q of %q, want %q", tc.name, w.offered[a].q.Prompt, got, w.offered[b].q.Prompt, tc.want)
		}
	}
	// The prompt names the family: "the Harlows" rules out Thomas Harlow.
	// (The writer no longer offers him, the sentenced man, for a witness's
	// deed: doerroles.go; the question is made here.)
	w := writeAll(t, bribesArticle)
	w.offered = append(w.offered, candidate{q: quiz.Question{Type: quiz.Single, Fact: string(Actor),
		Prompt: "Who testified against the Harlows at trial in exchange for immunity from prosecution?"},
		item: Item{Answer: "Dale Whitcomb", Wrong: []string{"Thomas Harlow", "Ruth Keane"}}, idHint: "actor-who-testified"})
	if i := len(w.offered) - 1; !slices.Equal(w.ruledOut(i, i), []string{"Thomas Harlow"}) {
		t.Errorf("the prompt's family: %q ruled out, want Thomas Harlow", w.ruledOut(i, i))
	}
	// A country the prompt names by its adjective.
	w = writeAll(t, bribesArticle)
	w.offered = append(w.offered, candidate{q: quiz.Question{Type: quiz.Single, Fact: string(Actor),
		Prompt: "Which country invaded the then Spanish-ruled island of Cuba?"},
		item: Item{Answer: "Britain", Wrong: []string{"Spain", "Portugal", "Ireland"}}, idHint: "actor-who-invaded"})
	if i := len(w.offered) - 1; !slices.Equal(w.ruledOut(i, i), []string{"Spain"}) {
		t.Errorf("a country named by its adjective: %q ruled out, want Spain", w.ruledOut(i, i))
	}
}

// TestQuizLeavesNoRuledOutChoice: the quiz drops the wrong choices that
// its questions rule out, or the question when fewer than two remain.
func TestQuizLeavesNoRuledOutChoice(t *testing.T) {
	tests := []struct {
		name, article, prompt, choice string
	}{
		{"the prompt's family", bribesArticle, "Who testified against the Harlows", "Thomas Harlow"},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.article)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		asked := false
		for _, q := range res.Quiz.Questions {
			if !strings.HasPrefix(q.Prompt, tc.prompt) {
				continue
			}
			asked = true
			for _, c := range q.Choices {
				if c.Text == tc.choice {
					t.Errorf("%s: %q offers %q", tc.name, q.Prompt, c.Text)
				}
			}
		}
		if !asked {
			t.Errorf("%s: %q not asked: %q", tc.name, tc.prompt, prompts(res))
		}
	}
}

// TestChoicesAnswerAnotherQuestion: a question whose every choice names
// another question's answer gives that answer away, whichever is picked.
func TestChoicesAnswerAnotherQuestion(t *testing.T) {
	choices := func(texts ...string) []quiz.Choice {
		var cs []quiz.Choice
		for _, s := range texts {
			cs = append(cs, quiz.Choice{Text: s})
		}
		return cs
	}
	tests := []struct {
		name    string
		first   quiz.Question
		second  quiz.Question
		answer  string
		answers bool
	}{
		{"four days of the year asked",
			quiz.Question{Type: quiz.Single, Prompt: "Fill in the blank: On _____, the last lifeboats were picked up.", Choices: choices("March 2, 1912", "April 15, 1912", "May 20, 1912", "June 1, 1912")},
			quiz.Question{Type: quiz.Single, Prompt: "When was the Titanic sunk?", Choices: choices("1909", "1911", "1912", "1914")},
			"1912", true},
		{"the days spread over two years",
			quiz.Question{Type: quiz.Single, Prompt: "Fill in the blank: On _____, the last lifeboats were picked up.", Choices: choices("December 2, 1911", "April 15, 1912", "May 20, 1912", "June 1, 1912")},
			quiz.Question{Type: quiz.Single, Prompt: "When was the Titanic sunk?", Choices: choices("1909", "1911", "1912", "1914")},
			"1912", false},
		// Four days of 1912 tell the statement true (or, had it said
		// 1911, false) as they answer "When was the Titanic sunk?".
		{"a statement on the year the choices share",
			quiz.Question{Type: quiz.Single, Prompt: "Fill in the blank: On _____, the last lifeboats were picked up.", Choices: choices("March 2, 1912", "April 15, 1912", "May 20, 1912", "June 1, 1912")},
			quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, the Titanic was sunk in 1912."},
			"true", true},
		{"a statement on another year",
			quiz.Question{Type: quiz.Single, Prompt: "Fill in the blank: On _____, the last lifeboats were picked up.", Choices: choices("March 2, 1912", "April 15, 1912", "May 20, 1912", "June 1, 1912")},
			quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, the Titanic's sister ship was launched in 1910."},
			"true", false},
	}
	for _, tc := range tests {
		// A statement's fact is the date it states.
		date := tc.answer
		if tc.second.Type == quiz.TrueFalse {
			date = tc.second.Prompt[strings.LastIndex(tc.second.Prompt, " ")+1 : len(tc.second.Prompt)-1]
		}
		w := &writer{
			facts: []Fact{{Kind: Date, Text: "April 15, 1912"}, {Kind: Date, Text: date}},
			offered: []candidate{
				{q: tc.first, item: Item{Fact: 0, Answer: "April 15, 1912"}},
				{q: tc.second, item: Item{Fact: 1, Answer: tc.answer}},
			},
		}
		if got := w.answers(0, 1); got != tc.answers {
			t.Errorf("%s: answers = %v, want %v", tc.name, got, tc.answers)
		}
	}
}

// TestFormLeavingOtherFactsAskable: of a fact's questions, the one that
// gives away no other fact is taken (a real page on an inauguration: "Who
// is the Chief Justice?" kept out "In 2009, … after Roberts stumbled …",
// which "What office does John Roberts hold?" does not).
func TestFormLeavingOtherFactsAskable(t *testing.T) {
	tests := []struct {
		name, article string
		want          []string // facts asked
	}{
		{"the office asked of the person the date's sentence names", "Alvarez sworn in as governor in Santa Fe\n\nMaria Alvarez was sworn in as the 33rd governor of New Mexico on Tuesday, with Lieutenant Governor Tomas Reyes at her side.\n\nChief Justice Daniel Ortega administered the oath to Alvarez at the Roundhouse before a crowd of about 2,000 people.\n\nIn 2015, former governor Susana Martinez had to repeat her oath after Ortega misread a line of the text.\n\nAlvarez thanked the crowd and promised to widen the state's school lunch programme.",
			[]string{"Chief Justice Daniel Ortega", "2015"}},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.article)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, want := range tc.want {
			if !slices.ContainsFunc(res.Items, func(it Item) bool { return res.Facts[it.Fact].Text == want }) {
				t.Errorf("%s: %q not asked: %q", tc.name, want, prompts(res))
			}
		}
	}
}

// TestCopyNamesDoer: a sentence copied as a statement or a fill-in that
// names a person points to them as the doer of a nearby sentence's deed
// (a judge found "Who repeated the incorrect version?" given away by
// "Obama had to retake the oath of office after Roberts stumbled on the
// wording", two sentences before); a real question naming them tells no
// deed of theirs, nor a sentence of another passage.
func TestCopyNamesDoer(t *testing.T) {
	doer := quiz.Question{Type: quiz.Single, Prompt: "Who read the wrong line?", Choices: []quiz.Choice{{Text: "Susana Martinez", Correct: true}, {Text: "Daniel Ortega"}, {Text: "Maria Alvarez"}}}
	statement := quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, in 2015, Martinez had to repeat her oath after Ortega misread the text."}
	tests := []struct {
		name    string
		first   candidate
		sent    int // the first question's sentence; the doer's is 5
		answers bool
	}{
		{"a statement naming the doer", candidate{copy: true, q: statement}, 3, true},
		{"a fill-in naming the doer", candidate{q: quiz.Question{Type: quiz.Single, Prompt: "Fill in the blank: In _____, Martinez had to repeat her oath after Ortega misread the text."}}, 4, true},
		{"a statement of another passage", candidate{copy: true, q: statement}, 1, false},
		{"a statement naming another", candidate{copy: true, q: quiz.Question{Type: quiz.TrueFalse, Prompt: "According to the article, in 2015, the governor had to repeat her oath after Ortega misread the text."}}, 4, false},
		{"a question naming the doer", candidate{q: quiz.Question{Type: quiz.Single, Prompt: "When did Susana Martinez take office?"}}, 4, false},
	}
	for _, tc := range tests {
		w := &writer{
			facts:   []Fact{{Kind: Date, Text: "2015", sent: tc.sent}, {Kind: Actor, Doer: "Susana Martinez", DoerKind: "person", sent: 5}},
			offered: []candidate{tc.first, {q: doer, item: Item{Fact: 1, Answer: "Susana Martinez"}}},
		}
		if got := w.answers(0, 1); got != tc.answers {
			t.Errorf("%s: answers = %v, want %v", tc.name, got, tc.answers)
		}
	}
}
