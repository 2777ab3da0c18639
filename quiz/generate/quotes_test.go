package generate

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factquiz/quiz"
)

// quoteFacts returns the quotation facts found in a text.
func quoteFacts(t *testing.T, text string) []Fact {
	t.Helper()
	var out []Fact
	res, _ := FromText("", text)
	for _, f := range res.Facts {
		if f.Kind == Quote {
			out = append(out, f)
		}
	}
	return out
}

func sameName(a, b string) bool {
	return strings.ReplaceAll(a, ".", "") == strings.ReplaceAll(b, ".", "")
}

// TestFindQuotes checks speakers found in sentences written in the manner
// of news wire copy: each text must give exactly the listed speakers, with
// a quotation holding the listed words.
func TestFindQuotes(t *testing.T) {
	const people = "\n\nRussian President Vladimir Putin and Armenian Prime Minister Nikol Pashinyan met in Sochi on Tuesday.\n\n"
	tests := []struct {
		name string
		text string
		want []string // "Speaker | words"
	}{
		{"said after, verb first", people + "“We are not at war with anyone,” said Putin, speaking at a news conference.",
			[]string{"Vladimir Putin | not at war with anyone"}},
		{"said after, name first", people + "\"The conditions in the camps are unspeakably painful,\" Pashinyan said.",
			[]string{"Nikol Pashinyan | unspeakably painful"}},
		{"colon before", people + "Pashinyan said: “Nobody will decide our future for us.”",
			[]string{"Nikol Pashinyan | decide our future for us"}},
		{"partial after a naming verb", people + "Pashinyan called the conditions “unspeakably painful” and asked for help.",
			[]string{"Nikol Pashinyan | unspeakably painful"}},
		{"across sentences, speaker after the first", people + "“We have agreed on the main points,” said Putin. “The details will follow within days.”",
			[]string{"Vladimir Putin | details will follow within days"}},
		{"across sentences, speaker at the end", people + "“The talks were hard. Both sides gave ground in the end,” Putin told reporters.",
			[]string{"Vladimir Putin | talks were hard"}},
		{"full name with a title", "The clinic's director, Dr. Jane Roe, said the ward had “never seen so many children at once.”",
			[]string{"Jane Roe | never seen so many children"}},
		{"name after an organisation and a role in lower case", people + "“The shaking went on and on,” said Red Cross volunteer Maria Lopez, 31.",
			[]string{"Maria Lopez | shaking went on and on"}},
		{"name with a particle after a role", "“Our order book has never been fuller,” said the company's chief executive, Mark van den Berg.",
			[]string{"Mark van den Berg | order book has never been fuller"}},
		{"pronoun after a named speaker", people + "Pashinyan said the ceasefire was holding. “We will not give up a single village,” he said.",
			[]string{"Nikol Pashinyan | not give up a single village"}},
		{"pronoun with another person between", people + "Pashinyan said he had spoken to Putin by phone. “We will not give up a single village,” he said.",
			nil},
		{"scare quotes and titles", people + "Putin spoke about the “special operation” and praised the film “War and Peace”.",
			nil},
		{"curly single marks of a British paper", "Home Secretary Jane Hollis said the figures were ‘deeply worrying for every family’.",
			[]string{"Jane Hollis | deeply worrying for every family"}},
		{"surname without a full name", "\"We will be back next season,\" Ammann told Reuters TV.",
			nil},
		{"described leader", "Armenian Prime Minister Nikol Pashinyan spoke after the vote. \"Our doors stay open to every neighbour,\" the Armenian prime minister said.",
			[]string{"Nikol Pashinyan | doors stay open"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := quoteFacts(t, tc.text)
			if len(got) != len(tc.want) {
				var gs []string
				for _, f := range got {
					gs = append(gs, f.Speaker+" | "+f.Quotation)
				}
				t.Fatalf("found %d quotations, want %d: %q", len(got), len(tc.want), gs)
			}
			for i, w := range tc.want {
				speaker, words, _ := strings.Cut(w, " | ")
				f := got[i]
				if !sameName(f.Speaker, speaker) {
					t.Errorf("speaker %q, want %q", f.Speaker, speaker)
				}
				if !strings.Contains(normalize(f.Quotation), normalize(words)) {
					t.Errorf("quotation %q does not hold %q", f.Quotation, words)
				}
				if tc.text[f.Start:f.End] != f.Text || f.Start < f.SentenceStart || f.End > f.SentenceStart+len(f.Sentence) ||
					tc.text[f.SentenceStart:f.SentenceStart+len(f.Sentence)] != f.Sentence {
					t.Errorf("offsets of %q are not inside its sentence %q", f.Text, f.Sentence)
				}
			}
		})
	}
}

// TestQuoteQuestions checks the questions written about quotations: the
// form of the prompt, a short part of the quotation that does not name the
// speaker, and wrong choices that are other people of the article.
func TestQuoteQuestions(t *testing.T) {
	const people = "\n\nRussian President Vladimir Putin, French President Emmanuel Macron and Armenian Prime Minister Nikol Pashinyan met in Sochi on Tuesday.\n\n"
	tests := []struct {
		text, prompt, answer string
	}{
		{people + "Pashinyan called the conditions “unspeakably painful” and asked for help.",
			"Who called the conditions “unspeakably painful”?", "Nikol Pashinyan"},
		{people + "“We have agreed on the main points of the plan tonight, and the details will follow within days,” said Putin.",
			"Who said “We have agreed on the main points of the plan tonight”?", "Vladimir Putin"},
		{people + "“Europe must stand together,” Macron wrote in a letter to the summit.",
			"Who wrote “Europe must stand together”?", "Emmanuel Macron"},
		// The body before a role in lower case is neither the speaker nor
		// a wrong choice among people.
		{"Mayor Ana Ortiz visited the town on Friday. Fire chief Luis Vega said the search would go on.\n\n“The shaking went on and on,” said Red Cross volunteer Maria Lopez.",
			"Who said “The shaking went on and on”?", "Maria Lopez"},
	}
	for _, tc := range tests {
		res, err := FromText("t", tc.text)
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		found := false
		for i, it := range res.Items {
			if res.Facts[it.Fact].Kind != Quote {
				continue
			}
			q := res.Quiz.Questions[i]
			if q.Prompt != tc.prompt {
				continue
			}
			found = true
			if it.Answer != tc.answer || q.Type != quiz.Single {
				t.Errorf("%q: answer %q, want %q", q.Prompt, it.Answer, tc.answer)
			}
			if len(q.Choices) < 3 {
				t.Errorf("%q: only %d choices", q.Prompt, len(q.Choices))
			}
			for _, c := range q.Choices {
				if !c.Correct && (c.Text == tc.answer || !strings.Contains(tc.text, c.Text) || c.Text == "Red Cross") {
					t.Errorf("%q: wrong choice %q is not another person of the article", q.Prompt, c.Text)
				}
			}
			if q.Evidence != res.Facts[it.Fact].Sentence || !strings.Contains(tc.text, q.Evidence) || q.Fact != "quote" {
				t.Errorf("%q: evidence %q or kind %q", q.Prompt, q.Evidence, q.Fact)
			}
		}
		if !found {
			var ps []string
			for _, q := range res.Quiz.Questions {
				ps = append(ps, q.Prompt)
			}
			t.Errorf("no question %q; got %q", tc.prompt, ps)
		}
	}
}

// TestQuoteExcerpt checks the part of a long quotation shown in a prompt.
func TestQuoteExcerpt(t *testing.T) {
	tests := []struct{ quote, speaker, want string }{
		{"It was not the best night of my life, but we managed to agree on the main things", "Vladimir Putin", "we managed to agree on the main things"},
		{"Putin knows that we will never accept it", "Vladimir Putin", ""},
		{"Chevron is overruled", "John G. Roberts Jr.", "Chevron is overruled"},
		{"yes, yes", "Jane Roe", ""},
	}
	for _, tc := range tests {
		if got := quoteExcerpt(tc.quote, tokenize(tc.quote), tc.speaker); got != tc.want {
			t.Errorf("excerpt of %q: %q, want %q", tc.quote, got, tc.want)
		}
	}
}

// TestQuoteRecall measures, on the corpus, how many of the hand-listed
// quotations (`quote: Speaker | words`) are found with their speaker.
//
//	go test ./quiz/generate -run TestQuoteRecall -v
func TestQuoteRecall(t *testing.T) {
	names, err := filepath.Glob("testdata/corpus/*.facts")
	if err != nil || len(names) == 0 {
		t.Fatalf("no corpus in testdata/corpus (%v)", err)
	}
	found, listed, extra := 0, 0, 0
	for _, n := range names {
		b, err := os.ReadFile(strings.TrimSuffix(n, ".facts") + ".txt")
		if err != nil {
			continue // the article is still being written
		}
		fh, err := os.Open(n)
		if err != nil {
			t.Fatal(err)
		}
		var want [][2]string
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			l := strings.TrimSpace(sc.Text())
			if rest, ok := strings.CutPrefix(l, "quote:"); ok {
				sp, words, _ := strings.Cut(rest, "|")
				want = append(want, [2]string{strings.TrimSpace(sp), strings.TrimSpace(words)})
			}
		}
		fh.Close()
		got := quoteFacts(t, string(b))
		used := make([]bool, len(got))
		for _, w := range want {
			listed++
			hit := false
			for i, f := range got {
				// Two parts of one quotation may be listed apart.
				if sameName(f.Speaker, w[0]) && strings.Contains(normalize(f.Quotation), normalize(w[1])) {
					used[i], hit = true, true
					break
				}
			}
			if hit {
				found++
			} else {
				t.Logf("%s: missed %s | %s", filepath.Base(n), w[0], w[1])
			}
		}
		for i, f := range got {
			if !used[i] {
				extra++
				t.Logf("%s: found, not listed: %s | %s", filepath.Base(n), f.Speaker, f.Quotation)
			}
		}
	}
	t.Logf("quotations: %d of %d listed found (%s); %d found but not listed", found, listed, percent(found, listed), extra)
	if listed > 0 && found*10 < listed*8 {
		t.Errorf("quotation recall %d/%d is under 80%%", found, listed)
	}
}

// TestSpeakerChoicesArePeople checks that a fire, a county or a body named
// like a person is never offered as who said a quotation.
func TestSpeakerChoicesArePeople(t *testing.T) {
	text := "Crews hold the line\n\n" +
		"The Ridge Fire started on Monday and burned 40 homes near Alder in Marin County, officials said.\n\n" +
		"\"It only needs a little wind to jump the road,\" said Paula Grant, a fire service spokeswoman.\n\n" +
		"Tom Hale, who lives near the Alder River, said his family left at midnight.\n\n" +
		"\"We have never seen anything like this,\" said Rosa Lind, a teacher in the town.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range res.Quiz.Questions {
		if !strings.HasPrefix(q.Prompt, "Who said") {
			continue
		}
		asked = true
		for _, c := range q.Choices {
			if thingName(c.Text) {
				t.Errorf("%q offers %q", q.Prompt, c.Text)
			}
		}
	}
	if !asked {
		t.Errorf("no question on who said it: %q", prompts(res))
	}
	for _, tc := range []struct {
		name string
		want bool
	}{{"Ridge Fire", true}, {"Marin County", true}, {"Alder River", true}, {"Paula Grant", false}, {"Tom Hale", false}} {
		if got := thingName(tc.name); got != tc.want {
			t.Errorf("thingName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestChoicesAreOnePerson checks that a phrase run into a name ("Davies’
// British team-mates Ann Bell and Joe Mahon") is never offered as one person
// who said something.
func TestChoicesAreOnePerson(t *testing.T) {
	w := &writer{
		facts: []Fact{
			{Kind: Quote, Speaker: "Ross Davies", Quotation: "I tried to stay patient on the climb and just run my own race"},
			{Kind: Quote, Speaker: "Tomas Hale", Quotation: "In my whole career, this is my best day"},
			{Kind: Actor, DoerKind: "person", Doer: "Davies’ British team-mates Ann Bell and Joe Mahon"},
			{Kind: Actor, DoerKind: "person", Doer: "Marc Abel"},
		},
		people: []string{"Paul Kiprop", "Abel’s coach Ann Bell", "Ann Bell (and Joe Mahon)"},
	}
	got := w.speakerChoices(0, "stay patient on the climb", false)
	if len(got) == 0 {
		t.Fatalf("no wrong speakers offered")
	}
	for _, c := range got {
		if !plainPersonName(c) {
			t.Errorf("speakerChoices offers %q", c)
		}
	}
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Ann Bell", true}, {"Maria de la Cruz", true}, {"J. R. Hale", true}, {"Sean O’Neill", true},
		{"Hale’s team-mates Ann Bell", false}, {"Ann Bell and Joe Mahon", false}, {"Ann Bell (and Joe Mahon)", false},
		{"Davies’ British team-mates Ann Bell", false}, {"", false},
	} {
		if got := plainPersonName(tc.name); got != tc.want {
			t.Errorf("plainPersonName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
