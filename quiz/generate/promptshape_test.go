package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestPromptShapeRules: each final check on a prompt's shape accepts the
// prompts the generator writes well and refuses the cut, glued or vague
// ones real pages drew, in sentences of the project's own.
func TestPromptShapeRules(t *testing.T) {
	tests := []struct {
		name   string
		check  func(string) string
		prompt string
		bad    bool
	}{
		// A stray mark, or a fill-in's sentence in lower case.
		{"stray", strayStartProblem, "Fill in the blank: | The mayor waves after casting his vote in Porto on _____.", true},
		{"stray", strayStartProblem, "According to the article, ) the week of riots ended the strike.", true},
		{"lone closing quote", loneQuoteProblem, "According to the article, ' Hale resigned in 2008.", true},
		{"lone curly quote in a question", loneQuoteProblem, "When did ’ Hale resign?", true},
		{"quotes against their words", loneQuoteProblem, "According to the article, 'hip hop' Hale resigned in 2008.", false},
		{"a quotation in a prompt", loneQuoteProblem, "Who called the talks “a glimmer of hope”?", false},
		{"stray", strayStartProblem, "Fill in the blank: socialist clubs grew fast, and the unrest lasted until _____.", true},
		{"stray", strayStartProblem, "Fill in the blank: The unrest lasted until _____.", false},
		{"stray", strayStartProblem, "Fill in the blank: “We will win,” said Ann Lee on _____.", false},
		{"stray", strayStartProblem, "Fill in the blank: _____ was the year the bridge opened to traffic.", false},
		{"stray", strayStartProblem, "Fill in the number: iPhone sales rose by _____ percent in the quarter.", false},
		{"stray", strayStartProblem, "According to the article, the council met on Monday.", false},
		{"stray", strayStartProblem, "Who opened the bridge?", false},
		{"stray", strayStartProblem, "According to the article, dr. Ann Lee said that 14 cases were found.", true},
		{"stray", strayStartProblem, "According to the article, gov. Tom Hale signed the bill.", true},
		{"stray", strayStartProblem, "According to the article, doctors said that 14 cases were found.", false},
		// Two sentences run together, the second in lower case.
		{"glued", gluedSentenceProblem, "Fill in the blank: The clubs were closed. socialist unrest continued until _____.", true},
		{"glued", gluedSentenceProblem, "According to the article, the polls closed at 8 p.m. local time on Sunday.", false},
		{"glued", gluedSentenceProblem, "According to the article, the U.S. troops left Kabul in August.", false},
		{"glued", gluedSentenceProblem, "According to the article, Gen. Ann Lee and Col. Tom Hale met in May.", false},
		{"glued", gluedSentenceProblem, "According to the article, Reid et al. found the wreck in 1985.", false},
		{"glued", gluedSentenceProblem, "Fill in the blank: The firm sold pumps, valves, etc. and made a profit in _____.", false},
		// A bracket opened or closed alone.
		{"bracket", bracketProblem, "According to the article, Leeds, 1801–1866), the first mayor, came to York as a clerk.", true},
		{"bracket", bracketProblem, "Fill in the blank: The unrest (in April and May was put down in _____.", true},
		{"bracket", bracketProblem, "Fill in the blank: The unrest [in April] ended in _____].", true},
		{"bracket", bracketProblem, "According to the article, Ann Rowe (1801–1866), the first mayor, came to York as a clerk.", false},
		{"bracket", bracketProblem, "According to the article, the unrest (in April [and May]) was put down.", false},
		// A number without its noun.
		{"number", bareNumberProblem, "Which country came third with 12?", true},
		{"number", bareNumberProblem, "Which team finished second with eleven?", true},
		{"number", bareNumberProblem, "How many were killed in the blast?", true},
		{"number", bareNumberProblem, "How many did the club sign in January?", true},
		{"number", bareNumberProblem, "Which country came third with 12 medals?", false},
		{"number", bareNumberProblem, "How many seats did the party win in 2010?", false},
		{"number", bareNumberProblem, "How many cases were recorded from January 1 to April 30?", false},
		{"number", bareNumberProblem, "Which crew flew on Apollo 11?", false},
		{"number", bareNumberProblem, "How many members of the squad finished in the top ten?", false},
		{"number", bareNumberProblem, "Who died aged 25?", false},
		{"number", bareNumberProblem, "How many of the ministers resigned?", false},
		{"number", bareNumberProblem, "According to the article, China came third with 12.", false},
		// A clause that lost its complement.
		{"cut", cutQuestionProblem, "Which organisation quoted the minister as?", true},
		{"cut", cutQuestionProblem, "Who ranked the bill among?", true},
		{"cut", cutQuestionProblem, "How many years in prison was Tom Hale sentenced to?", false},
		{"cut", cutQuestionProblem, "Which organisation quoted the minister as saying so?", false},
		{"cut", cutQuestionProblem, "When did the talks break down?", false},
	}
	for _, tc := range tests {
		if got := tc.check(tc.prompt); (got != "") != tc.bad {
			t.Errorf("%s %q: problem %q, want one: %v", tc.name, tc.prompt, got, tc.bad)
		}
	}
}

// TestSharedActionRule: "Who pleaded guilty?" does not say which one it
// asks when the article says another pleaded guilty too; the doer named
// again is no other. A pronoun may be anyone: the whole action after
// "He" is no other (wholeActionOfOther), but the deed's verb after it is
// (deedOfAnother), and the one rule refuses what either reading finds,
// as the writer did before the two readings were one rule.
func TestSharedActionRule(t *testing.T) {
	const first = "Tom Hale pleaded guilty to fraud in May."
	tests := []struct {
		name, text string
		bad        bool
	}{
		{"another man did it too", first + " His partner Ray Dunn pleaded guilty in June.", true},
		{"as well", first + " Ray Dunn pleaded guilty as well.", true},
		{"the same man again", first + " Hale pleaded guilty after a long trial.", false},
		{"a pronoun may be anyone", first + " He pleaded guilty to save his family the trial.", true},
		{"nobody else", first + " Ray Dunn denied the charges.", false},
	}
	for _, tc := range tests {
		sents := splitSentences(tc.text, tokenize(tc.text))
		f := Fact{Kind: Actor, Doer: "Tom Hale", DoerKind: "person", Action: "pleaded guilty", Sentence: first, SentenceStart: 0}
		got := sharedActionProblem(tc.text, sents, f, "Who pleaded guilty?")
		if (got != "") != tc.bad {
			t.Errorf("%s: problem %q, want one: %v", tc.name, got, tc.bad)
		}
	}
}

// TestShapeChecksInChecker: the checker reports the shape problems too,
// so that `factquiz check` flags a prompt the writer would refuse.
func TestShapeChecksInChecker(t *testing.T) {
	f := Fact{Kind: Actor, Doer: "China", DoerKind: "country", Action: "came third with 12"}
	q := quiz.Question{Type: quiz.Single, Prompt: "Which country came third with 12?"}
	found := false
	const text = "China came third with 12."
	for _, msg := range rejectionProblems(text, splitSentences(text, tokenize(text)), f, q) {
		found = found || strings.Contains(msg, "without what it counts")
	}
	if !found {
		t.Errorf("rejectionProblems gives no problem for %q", q.Prompt)
	}
}

// TestWhenClauseNoFalseVerb: a past form after an article is an adjective
// ("an estimated population"), and a past verb after a second noun phrase
// or a pronoun has that subject ("the agreement their leaders reached in
// April"): neither gives a "When" question. The participle of a noun
// phrase itself still does.
func TestWhenClauseNoFalseVerb(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	refused := []struct{ text, date string }{
		{"Town with an estimated population of 40,120 in 2009." + more, "2009"},
		{"The agency said so, referring to the deal their ministers reached in a meeting in April." + more, "April"},
		{"The agency said so, referring to the deal they signed at a meeting in April." + more, "April"},
	}
	for _, tc := range refused {
		for p, a := range whenOffered(t, tc.text) {
			if strings.Contains(a, tc.date) {
				t.Errorf("%q: offered %q (%s), want no such question", tc.text, p, a)
			}
		}
	}
	accepted := []struct{ text, prompt, answer string }{
		{"Farmers protested at the two grain depots closed in 1886." + more, "When were the two grain depots closed?", "1886"},
		{"The newly elected council met in 1887." + more, "When did the newly elected council meet?", "1887"},
	}
	for _, tc := range accepted {
		if got := whenOffered(t, tc.text); got[tc.prompt] != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
}

// TestVerblessRule: a statement or a fill-in must have a verb, but a
// list's item may be a fill-in without one.
func TestVerblessRule(t *testing.T) {
	const list = "The plan includes:\n\n• 500 new buses on the road by June, with 90 of them electric.\n\nTown with an estimated population of 40,120 in 2009."
	item := Fact{SentenceStart: strings.Index(list, "500")}
	line := Fact{SentenceStart: strings.Index(list, "Town")}
	tests := []struct {
		f      Fact
		prompt string
		bad    bool
	}{
		{line, "According to the article, town with an estimated population of 40,120 in 2009.", true},
		{line, "Fill in the blank: Town with an estimated population of 40,120 in _____.", true},
		{line, "According to the article, capital of the province since 1821.", true},
		{item, "Fill in the blank: 500 new buses on the road by _____, with 90 of them electric.", false},
		{item, "According to the article, 500 new buses on the road by June, with 90 of them electric.", true},
		{line, "According to the article, the town had an estimated population of 40,120 in 2009.", false},
		{line, "According to the article, wildfires scorched 2,000 acres by Wednesday.", false},
		{line, "According to the article, the fire threatens 300 homes.", false},
		{line, "According to the article, Ann Lee is the Mayor of Leeds.", false},
		{line, "Fill in the blank: The newly elected council met in _____.", false},
		{line, "When was the town founded?", false},
	}
	for _, tc := range tests {
		if got := verblessProblem(list, tc.f, tc.prompt); (got != "") != tc.bad {
			t.Errorf("%q: problem %q, want one: %v", tc.prompt, got, tc.bad)
		}
	}
}

// TestCheckerFlagsFurnitureEvidence: a question whose evidence is a photo
// caption is flagged by the checker, one on the story's sentence is not.
func TestCheckerFlagsFurnitureEvidence(t *testing.T) {
	const caption = "Waves break over the sea wall at Porthleven, Britain, February 4, 2024."
	const story = "The storm closed 40 roads on Sunday, the council said."
	text := "Storm floods the valley\n\n" + caption + " Courtesy Cornwall Council/Handout via REUTERS\n\n" + story
	for _, tc := range []struct {
		sentence string
		flagged  bool
	}{{caption, true}, {story, false}} {
		flagged := statementFlagged(t, "Storm", text, tc.sentence, tc.sentence[:5], tc.sentence, "page furniture")
		if flagged != tc.flagged {
			t.Errorf("%q: flagged as furniture %v, want %v", tc.sentence, flagged, tc.flagged)
		}
	}
}

// TestSubjectlessRule: a statement or a fill-in opening on a past form,
// with no comma for the subject to come after, is a cut clause; a list's
// item may be one.
func TestSubjectlessRule(t *testing.T) {
	const text = "The fund's year:\n\n• Raised £5m for the hospital in May.\n\nIncorporated as a town in 1741."
	item := Fact{SentenceStart: strings.Index(text, "Raised")}
	line := Fact{SentenceStart: strings.Index(text, "Incorporated")}
	tests := []struct {
		f      Fact
		prompt string
		bad    bool
	}{
		{line, "According to the article, incorporated as a town in 1741.", true},
		{line, "Fill in the blank: Incorporated as a town in _____.", true},
		{line, "According to the article, signed the treaty in Paris in 1783.", true},
		{item, "Fill in the blank: Raised £5m for the hospital in _____.", false},
		{line, "According to the article, founded in 1850, the town grew fast.", false},
		{line, "According to the article, the town was incorporated in 1741.", false},
		{line, "According to the article, wildfires scorched 2,000 acres.", false},
		{line, "When was the town incorporated?", false},
	}
	for _, tc := range tests {
		if got := subjectlessProblem(text, tc.f, tc.prompt); (got != "") != tc.bad {
			t.Errorf("%q: problem %q, want one: %v", tc.prompt, got, tc.bad)
		}
	}
}
