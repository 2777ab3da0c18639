package generate

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factquiz/quiz"
)

// What gives a question's answer away besides another question: the quiz's
// title (the article's headline, read before any question: "British Prime
// Minister May announces resignation" answers "What office did Theresa May
// hold?"), and the question's own prompt pointing at one choice ("… by
// 2025 while the rest should be done some time _____" with "between 2025
// and 2030" the only choice holding 2025). The writer drops such questions
// (choose) and the checker reports them (QualityProblems).

// defaultTitle names a quiz whose article has no headline.
const defaultTitle = "Quiz from an article"

// givenAway reports whether offered question i is given away by the title
// or by its own prompt.
func (w *writer) givenAway(i int) bool {
	// choose asks again and again: each answer is found once.
	if len(w.givenAwayMemo) != len(w.offered) {
		w.givenAwayMemo = make([]int8, len(w.offered))
	}
	if m := w.givenAwayMemo[i]; m != 0 {
		return m > 0
	}
	c := w.offered[i]
	away := titleGivesAway(w.title, c.q, c.item.Answer, w.facts[c.item.Fact]) || promptPointsToChoice(c.q) != ""
	w.givenAwayMemo[i] = -1
	if away {
		w.givenAwayMemo[i] = 1
	}
	return away
}

// titleGivesAway reports whether a quiz's title gives away the answer of
// question q on fact f.
func titleGivesAway(title string, q quiz.Question, answer string, f Fact) bool {
	if title == "" || title == defaultTitle {
		return false
	}
	// Headlines abbreviate offices: "UK PM resigns", "Gov. Mills signs".
	t := " " + normalize(title) + " "
	for short, long := range headlineOffices {
		t = strings.ReplaceAll(t, " "+short+" ", " "+long+" ")
	}
	t = strings.TrimSpace(t)
	if f.Kind == Leader {
		// A headline naming a leader ("Putin, Erdogan ready to join
		// efforts") tells who is in the news, not who holds which office.
		has := func(s string) bool { return s != "" && strings.Contains(" "+t+" ", " "+normalize(s)+" ") }
		return has(surname(f.Person)) && (has(f.Office) || has(officeKey(f.Office)))
	}
	return promptGivesAway(t, title, q, answer, f)
}

var headlineOffices = map[string]string{
	"pm": "prime minister", "gov": "governor", "sen": "senator", "rep": "representative",
	"premier": "prime minister", "ceo": "chief executive",
}

// promptGivesAway reports whether a prompt (normPrompt is it normalized)
// gives away the answer of question qb on fact fb.
func promptGivesAway(normPrompt, prompt string, qb quiz.Question, answer string, fb Fact) bool {
	p := normPrompt
	has := func(s string) bool { return s != "" && strings.Contains(" "+p+" ", " "+normalize(s)+" ") }
	// "When did Turkey's President Recep Tayyip Erdogan …?" answers every
	// question on Erdogan's office.
	if fb.Kind == Leader && has(surname(fb.Person)) && (has(fb.Office) || has(officeKey(fb.Office))) {
		return true
	}
	// A place or a doer named elsewhere gives nothing away unless that
	// prompt also tells what happened there: "Who is Sweden's Prime
	// Minister?" does not answer "Which country formally joined NATO?",
	// "When did Sweden formally join NATO?" does.
	if (fb.Kind == Place || fb.Kind == Actor) && qb.Type != quiz.TrueFalse {
		return givesAwayNormal(p, answer, fb) && shareContent(prompt, qb.Prompt, answer)
	}
	if qb.Type != quiz.TrueFalse {
		return givesAwayNormal(p, answer, fb)
	}
	// A statement is given away by a prompt that states its fact.
	switch fb.Kind {
	case Leader:
		return false // handled above
	case Date:
		return has(fb.d.text()) || has(fb.Text)
	case Count:
		return has(strconv.Itoa(fb.Number)) || has(formatDigits(fb.Number)) || has(numberWords(fb.Number))
	case Quote:
		return has(fb.Speaker) && shareContent(prompt, fb.Quotation, fb.Speaker)
	}
	return has(answer)
}

// promptPointsToChoice returns a word of the right choice that the prompt
// also holds and no wrong choice does ("2025" in "… by 2025 … some time
// _____" against "between 2031 and 2036"), or "" when there is none: a
// learner who never read the article picks the choice the prompt echoes.
func promptPointsToChoice(q quiz.Question) string {
	if q.Type != quiz.Single || len(q.Choices) < 2 {
		return ""
	}
	p := " " + normalize(q.Prompt) + " "
	var right string
	var wrong []string
	for _, c := range q.Choices {
		if c.Correct {
			right = c.Text
		} else {
			wrong = append(wrong, " "+normalize(c.Text)+" ")
		}
	}
	for _, x := range strings.Fields(normalize(right)) {
		if len(x) < 3 || stopChoiceWords[x] || !strings.Contains(p, " "+x+" ") {
			continue
		}
		shared := false
		for _, wc := range wrong {
			if strings.Contains(wc, " "+x+" ") {
				shared = true
				break
			}
		}
		if !shared {
			return x
		}
	}
	return ""
}

// stopChoiceWords carry nothing a learner could match on.
var stopChoiceWords = map[string]bool{"the": true, "and": true, "of": true, "between": true, "from": true, "early": true, "late": true, "mid": true}

// listCountsAnswer reports a fill-in whose blank is followed, after a dash
// or a colon, by a list naming as many items as the number asked: "from
// _____ countries to the station — A of NASA, B, C, and D, a Russian
// cosmonaut" lets the learner count the names.
func listCountsAnswer(prompt string, n int) bool {
	i := strings.Index(prompt, blank)
	if i < 0 || n < 2 {
		return false
	}
	after := prompt[i+len(blank):]
	j := strings.IndexAny(after, "—–:")
	if j < 0 {
		return false
	}
	items := 0
	for _, part := range strings.Split(after[j:], ",") {
		part = strings.TrimSpace(strings.TrimLeft(part, "—–: "))
		for _, and := range strings.Split(part, " and ") {
			and = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(and), "and "))
			if and == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(and)
			if unicode.IsUpper(r) || unicode.IsDigit(r) || strings.HasPrefix(and, "the ") {
				items++
			}
		}
	}
	return items == n
}
