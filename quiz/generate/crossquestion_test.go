package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestWebAddressOneWord checks that a name with a dot inside
// ("Vendora.com") stays one word, so that neither the sentence nor a
// prompt is cut at it (a quiz once asked "Who followed up Sunday's
// Bodog?"), while decimals, dotted acronyms and a sentence's end stay as
// they were.
func TestWebAddressOneWord(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Shopwise.com sold more.", []string{"Shopwise.com", "sold", "more", "."}},
		{"at news.example.org today", []string{"at", "news.example.org", "today"}},
		{"It ended.Then rain.", []string{"It", "ended", ".", "Then", "rain", "."}},
		{"up 3.5 percent", []string{"up", "3.5", "percent"}},
		{"the U.S. team", []string{"the", "U.S.", "team"}},
		{"e.g. this", []string{"e", ".", "g", ".", "this"}},
	}
	for _, tc := range tests {
		var got []string
		for _, tok := range tokenize(tc.text) {
			got = append(got, tok.text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("tokenize(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	const article = "Grand final\n\nLena Park followed up Saturday's Shopwise.com Masters victory by winning the club title on Monday, her 12th win of the season. " +
		"Park beat Ann Lowe 6-4 in the final at the Riverside hall. Lowe had won the title twice before."
	w := writeAll(t, article)
	for _, c := range w.offered {
		if q := c.q; strings.Contains(q.Prompt, "Shopwise?") || strings.Contains(q.Prompt, "Shopwise ") {
			t.Errorf("prompt cut at the web address: %q", q.Prompt)
		}
	}
}

// TestContractedPronounSubject checks that a pronoun run into its verb
// ("I've", "we're") is read as the pronoun it is: no question takes it as
// a subject nor copies its sentence alone (a quiz once asked "How many
// majors did I've win?"); a name with an apostrophe is no pronoun.
func TestContractedPronounSubject(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"i've", true}, {"we're", true}, {"they’d", true}, {"you'll", true}, {"he", true},
		{"o'brien", false}, {"d'souza", false}, {"ivan", false}, {"park", false},
	} {
		if got := isPronoun(tc.word); got != tc.want {
			t.Errorf("isPronoun(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
	const body = "Lena Park won the club title on Monday with a 6-4 win over Ann Lowe. " +
		"\"It means a great deal to me. I've won three titles and beaten Ann in the final so this is a night to keep,\" Park said. " +
		"We've scored 40 goals this season and the club's Ann O'Neill has won four medals."
	w := writeAll(t, "Club final\n\n"+body)
	for _, c := range w.offered {
		if q := c.q; strings.Contains(q.Prompt, "I've") || strings.Contains(q.Prompt, "We've") {
			t.Errorf("question on a first-person subject: %q", q.Prompt)
		}
	}
}

// TestSameActSpeaker covers a doer question and a who-said question with
// one answer: the words quoted in the sentence after the deed are the
// doer's on that deed, so one question answers the other (a quiz once set
// "Who ruled out any revote?" beside "Who said “There is no scope to hold
// the election again”?"); words in the deed's own sentence, before it, or
// another person's are fair.
func TestSameActSpeaker(t *testing.T) {
	single := func(answer string) candidate {
		return candidate{q: quiz.Question{Type: quiz.Single}, item: Item{Answer: answer}}
	}
	tests := []struct {
		doer, speaker     string
		deedSent, quoteAt int
		want              bool
	}{
		{"Tom Reyes", "TM Tom Reyes", 4, 5, true},
		{"Tom Reyes", "Tom Reyes", 4, 4, false},
		{"Tom Reyes", "Tom Reyes", 4, 3, false},
		{"Tom Reyes", "Tom Reyes", 4, 7, false},
		{"Tom Reyes", "Ann Lowe", 4, 5, false},
	}
	for _, tc := range tests {
		fa := Fact{Kind: Actor, sent: tc.deedSent}
		fb := Fact{Kind: Quote, sent: tc.quoteAt}
		if got := sameActSpeaker(single(tc.doer), single(tc.speaker), fa, fb); got != tc.want {
			t.Errorf("sameActSpeaker(%s in %d, %s in %d) = %v, want %v", tc.doer, tc.deedSent, tc.speaker, tc.quoteAt, got, tc.want)
		}
	}
	// A statement is no who question.
	st := candidate{q: quiz.Question{Type: quiz.TrueFalse}, item: Item{Answer: "true"}}
	if sameActSpeaker(single("Tom Reyes"), st, Fact{Kind: Actor, sent: 1}, Fact{Kind: Quote, sent: 2}) {
		t.Errorf("sameActSpeaker took a statement for a who-said question")
	}
}

// TestElidedCountStated checks that a number whose noun is left out
// before an adverb ("more than 500 also set to be created") states the
// count a question asks, so that the statement keeping it is not asked
// beside "More than how many building jobs …?" (as a quiz once did); a
// number counting other things does not.
func TestElidedCountStated(t *testing.T) {
	f := Fact{Kind: Count, Number: 400, Noun: "building jobs"}
	tests := []struct {
		prompt string
		want   bool
	}{
		{"The council said the plan will make 900 jobs, with more than 400 also set to be made in the building trade.", true},
		{"Some 400 already work in the building trade.", true},
		{"The council will build 400 homes in the town.", false},
		{"The plan makes 900 jobs in the town.", false},
	}
	for _, tc := range tests {
		if got := statesCount(normalize(tc.prompt), f, numberFormsOf(f)); got != tc.want {
			t.Errorf("statesCount(%q) = %v, want %v", tc.prompt, got, tc.want)
		}
	}
}

// TestEveryWrongPersonAnswered checks that "Which of these people is an
// interior minister?" is not kept beside questions that give each of its
// wrong people another office (as a quiz once did: a governor and a
// defence minister asked elsewhere), nor beside one such question (the
// choices narrow to two); it is kept beside none.
func TestEveryWrongPersonAnswered(t *testing.T) {
	w := writeAll(t, "Storm hits the coast\n\n"+
		"Governor Ann Lowe said four people died in the province. "+
		"Interior Minister Tom Reyes said rescuers reached ten villages on Friday. "+
		"Defense Minister Mark Dale said troops were ready to help.")
	who, others := -1, map[string]int{}
	for i, c := range w.offered {
		f := w.facts[c.item.Fact]
		if c.q.Type != quiz.Single || f.Kind != Leader {
			continue
		}
		if strings.HasPrefix(c.idHint, "leader-who-") && f.Person == "Tom Reyes" {
			who = i
		} else if f.Person != "Tom Reyes" {
			others[f.Person] = i
		}
	}
	if who < 0 || len(others) < 2 {
		t.Fatalf("offered: no interior minister question (%d) or too few others (%v)", who, others)
	}
	wrong := w.offered[who].item.Wrong
	var all []int
	for _, x := range wrong {
		j, ok := others[x]
		if !ok {
			t.Skipf("wrong choice %q is asked by no other question", x)
		}
		all = append(all, j)
	}
	if !w.thinned(who, all) {
		t.Errorf("kept %q with every wrong person %v answered elsewhere", w.offered[who].q.Prompt, wrong)
	}
	if !w.thinned(who, all[1:]) {
		t.Errorf("kept %q with %q answered elsewhere", w.offered[who].q.Prompt, wrong[1])
	}
	if w.thinned(who, nil) {
		t.Errorf("dropped %q with no other question", w.offered[who].q.Prompt)
	}
}
