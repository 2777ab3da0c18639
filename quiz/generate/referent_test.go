package generate

import (
	"slices"
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestReferent resolves the "He" or "She" opening a sentence only when the
// article makes the person plain, and refuses every doubt: a wrong name is
// worse than no question.
func TestReferent(t *testing.T) {
	checkReferents(t, []referentCase{
		{"subject of the sentence before", "Dana Reeve joined the city orchestra as a violinist in 1998. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"chain of the same pronoun", "Dana Reeve joined the city orchestra as a violinist in 1998. She toured Japan with the players. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"pronoun subject after an opening phrase", "Dana Reeve joined the city orchestra as a violinist in 1998. Within months she toured Japan with the players. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"opening phrase and comma", "In the spring of 1998, Dana Reeve joined the city orchestra as a violinist. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"opening participle", "Looking back on her career, Dana Reeve joined the city orchestra as a violinist in 1998. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"words describing the name", "Violinist and teacher Dana Reeve joined the city orchestra in 1998. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"speaker closing the sentence", "The concert hall will reopen in the autumn, Dana Reeve said. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"description between commas", "Dana Reeve, a former member of the county youth band, joined the city orchestra in 1998. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"what the person became", "Dana Reeve became the first woman conductor of the city orchestra in 1998. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"honorific of the same sex", "Mr Tom Cole opened the new hall in 1998. He was named the orchestra director on 3 May 2004.", "director", "Tom Cole"},
		{"a plural pronoun with its noun in the sentence", "Tom Cole joined the union in 1998. He said the closure will cost 56 members of the union their jobs.", "closure", "Tom Cole"},
		{"pronoun subject after an opening phrase of its own", "Dana Reeve joined the city orchestra as a violinist in 1998. In 2004 she was named the orchestra director.", "director", "Dana Reeve"},
		{"justice as the law", "At the hearing, Tom Cole admitted attempting to pervert the course of justice. He was named in the indictment on 3 May 2004.", "indictment", "Tom Cole"},
		{"brought to justice", "Tom Cole vowed that the gang would be brought to justice. He was named the orchestra director on 3 May 2004.", "director", "Tom Cole"},
		// Refused.
		{"a justice is a judge", "Tom Cole met a justice of the high court in 1998. He was named the orchestra director on 3 May 2004.", "director", ""},
		{"the justice is a judge", "Tom Cole spoke after the justice in 1998. He was named the orchestra director on 3 May 2004.", "director", ""},
		{"a name in the pronoun's opening phrase", "Dana Reeve joined the city orchestra as a violinist in 1998. After meeting Tom Cole, she was named the orchestra director on 3 May 2004.", "director", ""},
		{"someone unnamed in the pronoun's opening phrase", "Dana Reeve joined the city orchestra as a violinist in 1998. With her teacher, she was named the orchestra director on 3 May 2004.", "director", ""},
		{"two people named", "Dana Reeve met Tom Cole at the city orchestra in 1998. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"a person named without a role", "Dana Reeve played with Tom Cole in 1998. He was named the orchestra director on 3 May 2004.", "director", ""},
		{"someone unnamed", "Dana Reeve hired a new conductor in 1998. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"name owned", "Dana Reeve's brother joined the city orchestra in 1998. He was named the orchestra director on 3 May 2004.", "director", ""},
		{"name after a verb", "The prize went to Dana Reeve in 1998. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"name after a preposition", "Along with Dana Reeve, the players toured Japan in 1998. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"two people as the subject", "Dana Reeve and Tom Cole joined the city orchestra in 1998. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"honorific of the other sex", "Mrs Dana Reeve joined the city orchestra in 1998. He was named the orchestra director on 3 May 2004.", "director", ""},
		{"pronouns of the other sex used of the name", "Dana Reeve joined the city orchestra with her cello in 1998. Dana Reeve thanked her teacher. He was named the orchestra director on 3 May 2004.", "director", ""},
		{"one-word name the article calls she", "Reeve joined the city orchestra with her cello in 1998. She was named the orchestra director on 3 May 2004. The players thanked Reeve.", "director", "Reeve"},
		{"one-word name and a place", "Reeve was born at Blenheim Palace near Oxford. She joined the city orchestra in 1998. Fans love Reeve and her music.", "1998", "Reeve"},
		{"one-word name as the subject beside another name", "Reeve joined the city orchestra in 1998. She was named the orchestra director on 3 May 2004. Later, Reeve thanked Tom Cole for her first solo.", "director", "Reeve"},
		{"one-word name the article never calls she", "Reeve joined the city orchestra as a violinist in 1998. She was named the orchestra director on 3 May 2004. The players thanked Reeve.", "director", ""},
		{"one-word name the article calls it", "Brightwater posted its results in 1998. He was named the company director on 3 May 2004. The players thanked Brightwater.", "director", ""},
		{"one-word name used of a woman and of a man", "Reeve joined the city orchestra with her cello in 1998. She was named the orchestra director on 3 May 2004. Reeve thanked his players.", "director", ""},
		{"a group's word", "Prosecutors said he fled the city in 1997. Prosecutors filed the charges in 1998. He was named in the indictment on 3 May 2004. The court heard Prosecutors.", "indictment", ""},
		{"one-word name only at the start of sentences", "Reeve joined the city orchestra with her cello in 1998. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"no name in the sentence before", "Dana Reeve joined the city orchestra in 1998. The hall was rebuilt in 2001. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"a quotation before", "Dana Reeve joined the city orchestra in 1998. \"The hall is cold,\" the conductor said. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"pronoun left pointing back", "Dana Reeve joined the city orchestra in 1998. She was named its director on 3 May 2004.", "director", ""},
		{"a pronoun of the other sex in the sentence", "Dana Reeve joined the city orchestra in 1998. She was named director on 3 May 2004 after him.", "director", ""},
		{"chain too long", "Dana Reeve joined the city orchestra in 1998. She toured Japan. She toured Peru. She toured Chile. She toured Spain. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"chain through an opening participle", "Dana Reeve joined the city orchestra in 1998. Taken ill during the Vienna Festival, she flew home. Within weeks she was back. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"companies beside the name", "Tom Cole, a steel union representative, said Bway Corp. bought the plant from Ball Corp. in March. He said the closure will cost 56 members of the union their jobs.", "closure", "Tom Cole"},
		{"possessive subject", "Dana Reeve joined the city orchestra as a violinist in 1998. Her first album was released on 3 May 2004.", "album", "Dana Reeve"},
		{"possessive subject after an opening phrase", "Tom Cole joined the city orchestra as a violinist in 1998. In 2004 his first album was released.", "album", "Tom Cole"},
		{"possessive subject through a chain", "Tom Cole joined the city orchestra as a violinist in 1998. He toured Japan with the players. His first album was released on 3 May 2004.", "album", "Tom Cole"},
		{"possessive in an opening phrase", "Tom Cole lost the city election in 1990. After his defeat, Sam Hart retired on 3 May 1992.", "retired", ""},
		{"possessive subject, two people named", "Dana Reeve met Tom Cole at the city orchestra in 1998. Her first album was released on 3 May 2004.", "album", ""},
		{"possessive subject, someone unnamed", "Dana Reeve hired a new conductor in 1998. Her first album was released on 3 May 2004.", "album", ""},
		{"possessive subject of the other sex", "Mrs Dana Reeve joined the city orchestra in 1998. His first album was released on 3 May 2004.", "album", ""},
		{"possessive in the object", "Dana Reeve joined the city orchestra as a violinist in 1998. Critics praised her first album on 3 May 2004.", "album", ""},
		{"possessive subject left pointing back", "Dana Reeve joined the city orchestra in 1998. Her first album was released after they left on 3 May 2004.", "album", ""},
		{"headline before", "Dana Reeve Named Director\n\nShe was named the orchestra director on 3 May 2004.", "director", ""},
		{"a place the gazetteer knows", "Dana Reeve toured Great Britain with the players in 1998. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		// The one person named in the sentence before is the subject of
		// its second clause ("… and Reeve was forced to leave").
		{"subject of a second clause", "In 1998, storms flooded the old concert hall and Dana Reeve was forced to move the players. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"second clause, someone unnamed in the first", "In 1998, a new conductor took over and Dana Reeve was forced to move the players. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"second clause, a pronoun in the first", "In 1998, he closed the old concert hall and Dana Reeve was forced to move the players. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"second clause, a name the rules do not know in the first", "Soon, Marta fought back to win two games but Dana Reeve kept a comfortable lead. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"second clause, a first word that may be a name", "Marta fought back to win two games but Dana Reeve kept a comfortable lead. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"second clause, a place, a month and a nationality in the first", "In March, French troops entered Milan and Dana Reeve was forced to move the players. She was named the orchestra director on 3 May 2004.", "director", "Dana Reeve"},
		{"second clause, two people named", "In 1998, Tom Cole closed the old concert hall and Dana Reeve was forced to move the players. She was named the orchestra director on 3 May 2004.", "director", ""},
		{"second clause, name as an object", "In 1998, the storms cut off the hall and Dana Reeve's players. She was named the orchestra director on 3 May 2004.", "director", ""},
	})
}

// referentCase is a sentence's pronoun and what it stands for.
type referentCase struct {
	name   string
	text   string
	marker string // the pronoun's sentence holds it
	want   string // "" when refused
}

// checkReferents checks the referent of the pronoun opening the last
// sentence of each text that holds its marker.
func checkReferents(t *testing.T, tests []referentCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, _, err := checkText(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			sents := splitSentences(text, tokenize(text))
			w := newWriter(text, sents, extract(text, sents))
			si := -1
			for i, s := range sents {
				if strings.Contains(text[s.start:s.end], tc.marker) {
					si = i
				}
			}
			if si < 0 {
				t.Fatalf("no sentence holds %q", tc.marker)
			}
			if got := w.referent(si); got != tc.want {
				t.Errorf("referent of %q = %q, want %q", text[sents[si].start:sents[si].end], got, tc.want)
			}
		})
	}
}

// TestReferentQuestions: the clause questions and the sentence statement
// of a sentence opening on a resolved pronoun name the person and are
// offered; in the quiz, every question from such a sentence keeps the
// article's sentence as evidence, names the person, passes the checker,
// and none is a fill-in (which would copy the pronoun).
func TestReferentQuestions(t *testing.T) {
	const others = " Mayor Tim Alder opened the concert hall on 2 June 2001. Senator Ruth Penn spoke there on 5 April 2010."
	checkReferentQuestions(t, others, []referentQuestionCase{
		{"when, passive", "Dana Reeve joined the city orchestra as a violinist in 1998. She was named the orchestra director on 3 May 2004.",
			"When was Dana Reeve named the orchestra director?"},
		{"date statement", "Dana Reeve joined the city orchestra as a violinist in 1998. She was named the orchestra director on 3 May 2004.",
			"According to the article, Dana Reeve was named the orchestra director on "},
		{"when, active", "Tom Cole joined the city orchestra as a violinist in 1998. He founded the youth choir in March 2006.",
			"When did Tom Cole found the youth choir?"},
		{"how many", "Tom Cole joined the city orchestra as a violinist in 1998. He recorded 14 albums with the orchestra.",
			"How many albums did Tom Cole record with the orchestra?"},
		{"when, after an opening phrase", "Tom Cole joined the city orchestra as a violinist in 1998. In March 2006 he founded the youth choir.",
			"When did Tom Cole found the youth choir?"},
		{"when, possessive subject", "Dana Reeve joined the city orchestra as a violinist in 1998. Her first album was released on 3 May 2004.",
			"When was Dana Reeve's first album released?"},
		{"when, possessive subject after an opening phrase", "Tom Cole joined the city orchestra as a violinist in 1998. In March 2006 his brass quintet toured Japan.",
			"When did Tom Cole's brass quintet tour Japan?"},
		{"how many, possessive subject", "Tom Cole joined the city orchestra as a violinist in 1998. His youth choir recorded 14 albums with the orchestra.",
			"How many albums did Tom Cole's youth choir record with the orchestra?"},
		{"possessive statement", "Dana Reeve joined the city orchestra as a violinist in 1998. Her first album, which had been recorded in a church, was released in March 2006.",
			"According to the article, Dana Reeve's first album, which had been recorded in a church, was released in"},
		{"how many, subject of a second clause", "In 1998, storms flooded the old concert hall and Tom Cole was forced to move the players. He recorded 14 albums with the orchestra.",
			"How many albums did Tom Cole record with the orchestra?"},
		{"sentence statement", "Tom Cole, a former member of the county youth band, joined the city orchestra in 1998. He said the ferry, which had been idle since the strike, was sold to a Greek firm in March 2019.",
			"According to the article, Tom Cole said the ferry, which had been idle since the strike, was sold to a Greek firm in"},
	}, func(sentence string) bool {
		return strings.HasPrefix(sentence, "He ") || strings.HasPrefix(sentence, "She ") || strings.Contains(sentence, " he ") ||
			strings.HasPrefix(sentence, "His ") || strings.HasPrefix(sentence, "Her ") || strings.Contains(sentence, " his ")
	}, "Dana Reeve", "Tom Cole")
}

// referentQuestionCase is an article and the beginning of a question
// that must be offered on it.
type referentQuestionCase struct{ name, text, want string }

// checkReferentQuestions writes the questions of each text (with others
// after it) and checks that the wanted one is offered, and that every
// question of the quiz from a sentence that opens on a pronoun
// (fromPronoun) names one of names, is no fill-in and passes the
// checker. Ordering questions are checked in order_test.go.
func checkReferentQuestions(t *testing.T, others string, tests []referentQuestionCase, fromPronoun func(sentence string) bool, names ...string) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeAll(t, tc.text+others)
			var offered []string
			found := false
			for _, c := range w.offered {
				offered = append(offered, c.q.Prompt)
				found = found || strings.HasPrefix(c.q.Prompt, tc.want)
			}
			if !found {
				t.Errorf("no question %q… offered; offered %q", tc.want, offered)
			}
			res, err := FromText("Quiz", tc.text+others)
			if err != nil {
				t.Fatal(err)
			}
			problems := map[string][]string{}
			for _, p := range QualityProblems(res.Text, res) {
				problems[p.QuestionID] = append(problems[p.QuestionID], p.Message)
			}
			pronounQuestions := 0
			for i, q := range res.Quiz.Questions {
				f := res.Facts[res.Items[i].Fact]
				if !fromPronoun(f.Sentence) || q.Prompt == "Which happened first, according to the article?" {
					continue
				}
				pronounQuestions++
				if strings.Contains(q.Prompt, blank) || !slices.ContainsFunc(names, func(n string) bool { return strings.Contains(q.Prompt, n) }) {
					t.Errorf("%q: the sentence's pronoun is not replaced by the name", q.Prompt)
				}
				if len(problems[q.ID]) > 0 {
					t.Errorf("%q: checker: %q", q.Prompt, problems[q.ID])
				}
			}
			if pronounQuestions == 0 {
				t.Errorf("no question from the pronoun's sentence; quiz %q", prompts(res))
			}
		})
	}
}

// TestReferentGivesNothingAway: a question naming the person in the
// pronoun's place ("He", or "His" in the possessive) is offered, and is
// never in the quiz beside a question whose answer is that person ("Who
// visited Minsk?").
func TestReferentGivesNothingAway(t *testing.T) {
	const others = " Chinese President Xi Jinping and Turkish President Recep Tayyip Erdogan met in Ankara on 2 June 2001. The hall seats 2,400 people."
	tests := []struct {
		name, text, named string
	}{
		{"pronoun", "Russian President Vladimir Putin visited Minsk in 1998. He signed the border treaty on 3 May 2004.",
			"When did Vladimir Putin sign the border treaty?"},
		{"possessive", "Russian President Vladimir Putin visited Minsk in 1998. His motorcade crossed the border on 3 May 2004.",
			"When did Vladimir Putin's motorcade cross the border?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text + others
			sents := splitSentences(text, tokenize(text))
			w := newWriter(text, sents, extract(text, sents))
			w.write()
			var offered []string
			for _, c := range w.offered {
				offered = append(offered, c.q.Prompt)
			}
			if !slices.Contains(offered, tc.named) {
				t.Errorf("%q not offered; offered %q", tc.named, offered)
			}
			res, err := FromText("Quiz", text)
			if err != nil {
				t.Fatal(err)
			}
			for i, q := range res.Quiz.Questions {
				for j, o := range res.Quiz.Questions {
					if i == j || o.Type == quiz.TrueFalse {
						continue
					}
					for _, c := range o.Choices {
						if c.Correct && strings.Contains(q.Prompt, c.Text) {
							t.Errorf("%q gives away the answer %q of %q", q.Prompt, c.Text, o.Prompt)
						}
					}
				}
			}
		})
	}
}

// TestReferentPossessive writes the name in the possessive as the article
// writes it: "Jones'" when it does, "Jones's" otherwise, "Cole's".
func TestReferentPossessive(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"name not ending in s", "Tom Cole joined the city orchestra as a violinist in 1998. His first album was released on 3 May 2004.",
			"When was Tom Cole's first album released?"},
		{"name ending in s", "Tom Jones joined the city orchestra as a violinist in 1998. His first album was released on 3 May 2004.",
			"When was Tom Jones's first album released?"},
		{"name ending in s, the article's s'", "Tom Jones joined the city orchestra as a violinist in 1998. His first album was released on 3 May 2004. Fans queued outside Jones' house.",
			"When was Tom Jones' first album released?"},
		{"the article's apostrophe", "Tom Cole joined the city’s orchestra as a violinist in 1998. His first album was released on 3 May 2004.",
			"When was Tom Cole’s first album released?"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeAll(t, tc.text)
			var offered []string
			for _, c := range w.offered {
				offered = append(offered, c.q.Prompt)
				if c.q.Prompt == tc.want {
					return
				}
			}
			t.Errorf("no question %q offered; offered %q", tc.want, offered)
		})
	}
}
