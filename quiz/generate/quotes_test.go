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
		{"name before an affiliation with of", "\"The new moth is twice the size of its cousins,\" Tom Hale of the Institute for Insect Studies and City Museum told the BBC.",
			[]string{"Tom Hale | twice the size of its cousins"}},
		{"described leader", "Armenian Prime Minister Nikol Pashinyan spoke after the vote. \"Our doors stay open to every neighbour,\" the Armenian prime minister said.",
			[]string{"Nikol Pashinyan | doors stay open"}},
		// A surname two people share names neither: never the one named
		// only later (a real sentencing page gave the husband's words to
		// his wife).
		{"surname shared by a husband and a wife", "Former Ohio Sen. Carl Brandt wept as the jury read the verdict. Brandt told the court he was “a broken and ashamed man” and asked for mercy. His wife, Ellen Brandt, who sat in the front row, will be sentenced in May.",
			nil},
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
		// As printed: a spaced dash and a bracket stay where they are.
		{"It could be another dozen - it could be more", "Ian Cole", "It could be another dozen - it could be more"},
		{"This is the deepest mine since the [1.2 kilometre] Bell shaft of 1971", "Ann Bell", ""},
		{"This is the deepest mine since the [1.2 kilometre] Orr shaft of 1971", "Ann Bell", "This is the deepest mine since the [1.2 kilometre] Orr shaft of 1971"},
		// Words left out: the pieces on each side of the ellipsis are not asked.
		{"There are cars crushed in the square, our crews ... have turned to the survivors", "Ian Cole", "There are cars crushed in the square"},
		// A long clause is cut before a phrase, not inside one.
		{"Spending on clean water lays a foundation for a safer and healthier town and lowers the cost of care", "Ian Cole", "Spending on clean water lays a foundation"},
		{"We finally have a complete network that I believe can carry the whole region through the winter", "Ian Cole", "We finally have a complete network"},
		// A clause in one piece before a longer one cut anywhere.
		{"I am deeply saddened by the verdict; I cannot accept that twelve jurors who heard every witness have ignored the facts of the case", "Ian Cole", "I am deeply saddened by the verdict"},
		// Not the tail of a list ("energy and commitment to serve"), in a
		// quotation too long to show whole (quoteWholeMax).
		{"I trust in her judgement, energy and commitment to serve the people of the province for years", "Ian Cole", "I trust in her judgement"},
		// Not the words beside a name set off by commas.
		{"a painter's painter and it is no accident that her last canvas, Harbour Light, shows the old quay at dawn", "Ian Cole", ""},
		// A joining word does not open or close the excerpt; "so" before an
		// adjective is no new clause.
		{"But we grew stronger after every single game we played", "Ian Cole", "we grew stronger after every single game we played"},
		{"She has been so steady and she shows she cares so much about the club and its fans", "Ian Cole", "she shows she cares so much about the club and its fans"},
		{"We will keep watching this faint object and, in a few more years, we hope to name it", "Ian Cole", "We will keep watching this faint object"},
		// Not the second of two nouns joined by "and the" ("and the mayor to
		// close …" says nothing alone).
		{"Everyone can see this count was a farce staged by the poll board and the mayor to hand Lena Varga the seat in one round", "Ian Cole", "Everyone can see this count was a farce staged"},
		// A clause opening on a preposition gives way to one with its subject.
		{"This is a fine deal for all Harbour shareholders, as well as for local growers and fishermen", "Ian Cole", "This is a fine deal for all Harbour shareholders"},
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

// TestQuoteQuestionsFewPeople checks the questions on quotations when the
// article names few people: the country's own athletes and a person
// followed by "who" are wrong choices; with only one other person, a
// statement quotes the words verbatim (cut at a phrase) and names the
// speaker or the other person; a speaker is asked about twice at most.
func TestQuoteQuestionsFewPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // prompts that must be asked
		choices    []string // wrong choices that must be offered (multiple choice)
		never      []string // never a choice nor a person in a statement
		maxSpeaker int      // most questions answered by one speaker (0: no check)
	}{
		{"athletes named as a country's own",
			"Kenya’s Peter Lagat won the women’s 10,000 metres in Lyon on Sunday, ahead of Norway’s Kari Moen and Japan’s Aiko Sato.\n\n" +
				"“It was the hardest race of my whole life,” Lagat said.\n\n" +
				"“I tried to run my own race and keep calm until the last lap,” said Moen.\n",
			[]string{"Who said “It was the hardest race of my whole life”?"},
			[]string{"Kari Moen", "Aiko Sato"}, []string{"Lyon"}, 0},
		{"a person followed by who",
			"The new bridge over the river opened on Friday.\n\n" +
				"Engineers praised Victor Lang who designed the steel arch.\n\n" +
				"Frank Ames who chairs the works committee also attended, with a New Zealander who built the first one.\n\n" +
				"“This bridge will carry the town for a hundred years,” said Sara Quinn, the site manager.\n",
			[]string{"Who said “This bridge will carry the town for a hundred years”?"},
			[]string{"Victor Lang", "Frank Ames"}, []string{"New Zealander"}, 0},
		{"no company, paper or broadcaster as a person",
			"Britain’s Harbour Foods agreed to buy the dairy on Monday, chief executive Ann Kerr told Coastal Radio.\n\n" +
				"“This is a fine deal for our farmers and for the whole county,” said Kerr.\n\n" +
				"Analyst Tom Reyes of the Daily Post called the price fair, and Mayor Lisa Grant welcomed the sale.\n",
			[]string{"Who said “This is a fine deal for our farmers and for the whole county”?",
				"According to the article, Lisa Grant said “This is a fine deal for our farmers and for the whole county”.",
				"According to the article, Ann Kerr said “This is a fine deal for our farmers and for the whole county”."}, nil, []string{"Harbour Foods", "Coastal Radio", "Daily Post"}, 0},
		{"no company named like a person",
			"Harbour Foods will buy its rival Corbin Lane for 2 billion dollars, the two companies said on Monday.\n\n" +
				"Corbin Lane shareholders will receive 9 dollars a share, and chief executive Ann Kerr will stay on.\n\n" +
				"“This is a fine deal for our farmers and for the whole county,” said Kerr.\n\n" +
				"Analyst Tom Reyes called the price fair, and Mayor Lisa Grant welcomed the sale.\n",
			[]string{"Who said “This is a fine deal for our farmers and for the whole county”?"}, []string{"Tom Reyes"}, []string{"Corbin Lane"}, 0},
		{"one other person: a verbatim statement cut before a phrase",
			"Health Minister Joan Pike announced new money for rural clinics on Tuesday.\n\n" +
				"“Spending on clean water lays a foundation for a safer and healthier town and lowers the cost of care,” said Director Paul Abbot.\n",
			[]string{"According to the article, Joan Pike said “Spending on clean water lays a foundation”.",
				"According to the article, Paul Abbot said “Spending on clean water lays a foundation”."},
			nil, nil, 0},
		{"no wrong speaker the words themselves name",
			"Manager Tom Hale praised striker Joe Finn after the win in Leeds on Saturday.\n\n" +
				"The club signed Finn from Derby County on 3 March 2021 for a fee of 2 million pounds.\n\n" +
				"“A player like Finn always scores when he is happy,” said Hale.\n",
			nil, nil, []string{"Joe Finn"}, 0},
		{"no speaker read from a relative clause's object",
			"Shares in Harbour Stores rose by 4 percent on 3 March 2021.\n\n" +
				"Mr Dean, who also owns Quay Fashion, Mode Line and Parker Shoes, said the results were “a fair showing in a very hard year”.\n\n" +
				"Analyst Tom Reyes called the figures weak, and chief executive Ann Kerr praised the staff.\n",
			nil, nil, []string{"Quay Fashion", "Mode Line", "Parker Shoes"}, 0},
		{"two questions per speaker at most",
			"Coach Rita Vance and striker Lena Ortiz spoke after the final in Leeds.\n\n" +
				"“We defended with our whole hearts tonight,” Vance said.\n\n" +
				"“The young players showed real courage in the second half,” Vance said.\n\n" +
				"“Nobody expected us to reach the final this season,” Vance said.\n\n" +
				"“I have waited ten years for a night like this,” Ortiz said.\n",
			nil, nil, nil, 2},
	}
	for _, tc := range tests {
		res, err := FromText("t", tc.text)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got := map[string]bool{}
		offered := map[string]bool{}
		bySpeaker := map[string]int{}
		for i, q := range res.Quiz.Questions {
			f := res.Facts[res.Items[i].Fact]
			if f.Kind != Quote {
				continue
			}
			got[q.Prompt] = true
			bySpeaker[f.Speaker]++
			for _, c := range q.Choices {
				offered[c.Text] = true
			}
			for _, x := range tc.never {
				if offered[x] || strings.Contains(q.Prompt, x+" said") {
					t.Errorf("%s: %q offers %q as a person", tc.name, q.Prompt, x)
				}
			}
			_, quoted, _ := strings.Cut(q.Prompt, "“")
			quoted, _, _ = strings.Cut(quoted, "”")
			if quoted == "" || !strings.Contains(tc.text, quoted) {
				t.Errorf("%s: %q does not quote the article verbatim", tc.name, q.Prompt)
			}
		}
		any := len(tc.want) == 0
		for _, p := range tc.want {
			if got[p] {
				any = true
			}
		}
		if !any {
			t.Errorf("%s: none of %q asked; got %q", tc.name, tc.want, prompts(res))
		}
		for _, c := range tc.choices {
			if !offered[c] {
				t.Errorf("%s: %q not offered as a wrong speaker; got %q", tc.name, c, prompts(res))
			}
		}
		for sp, n := range bySpeaker {
			if tc.maxSpeaker > 0 && n > tc.maxSpeaker {
				t.Errorf("%s: %d questions answered by %s, want at most %d", tc.name, n, sp, tc.maxSpeaker)
			}
		}
	}
}

// TestCutName checks the names that the text goes on after.
func TestCutName(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Prime Minister Ali Reza’ Al-Hakim met the envoy.", "Ali Reza", true},
		{"Prime Minister Ali Reza met the envoy.", "Ali Reza", false},
		{"It was Tom Jones’ best season.", "Tom Jones", false},
		{"Ann Bell said so. Later Ann Bell' Moore wrote.", "Ann Bell", true},
	}
	for _, tc := range tests {
		if got := cutName(tc.text, tc.name); got != tc.want {
			t.Errorf("cutName(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestSpeakerChoicesNoLaboratory checks that an organisation named like a
// laboratory or a programme is no wrong choice for a person's words (in a
// real quiz two of three wrong speakers were organisations).
func TestSpeakerChoicesNoLaboratory(t *testing.T) {
	text := "Probe leaves for Mars\n\n" +
		"\"Our probe is in fine health,\" said Ann Lowe, the mission manager. " +
		"\"The launch was flawless,\" said Harbour Propulsion Laboratory. " +
		"\"We are proud of the crew,\" said Deep Launch Program. " +
		"Mark Dale, the flight director, watched from the control room. Tom Reyes, the chief scientist, was there too."
	w := writeAll(t, text)
	asked := false
	for _, c := range w.offered {
		if c.q.Fact != string(Quote) || !strings.Contains(c.q.Prompt, "fine health") {
			continue
		}
		asked = true
		for _, ch := range c.q.Choices {
			if strings.Contains(ch.Text, "Laboratory") || strings.Contains(ch.Text, "Program") {
				t.Errorf("%q offers %q", c.q.Prompt, ch.Text)
			}
		}
	}
	if !asked {
		t.Errorf("no question on Ann Lowe's words")
	}
}

// TestSpeakerWithoutTitle checks a title written before a speaker's name
// is left out of the speaker (in a real quiz only the answer carried
// "Presidential Aide"), and that a two-word name is kept whole.
func TestSpeakerWithoutTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Presidential Aide Yuri Ushakov", "Yuri Ushakov"},
		{"Deputy Foreign Minister Anna Berg", "Anna Berg"},
		{"Yuri Ushakov", "Yuri Ushakov"},
		{"Chief Joseph", "Chief Joseph"},
	}
	for _, tc := range tests {
		if got := withoutTitle(tc.in); got != tc.want {
			t.Errorf("withoutTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	text := "Summit date set\n\n\"We will announce it tomorrow,\" Russian Presidential Aide Yuri Ushakov told reporters. " +
		"\"It is a good day,\" said Anna Berg, the foreign minister. \"We agree,\" said Tom Lind, her deputy."
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	quotes := 0
	for _, f := range res.Facts {
		if f.Kind != Quote {
			continue
		}
		quotes++
		if strings.Contains(f.Speaker, "Aide") {
			t.Errorf("speaker %q keeps its title", f.Speaker)
		}
	}
	if quotes == 0 {
		t.Errorf("no quotation found in %q", text)
	}
}

// TestQuoteSplitAtClauseOnly checks that a long quotation is split at
// "and", "or" or "but" only where a clause or a predicate of its own
// follows, never between a verb and its objects nor inside a phrase.
func TestQuoteSplitAtClauseOnly(t *testing.T) {
	tests := []struct {
		clause string
		want   []string // the first word of each part
	}{
		// Two objects of one verb: no cut at "and".
		{"The ministry is giving farmers and fishermen the rare chance to sell all their catch at a fair price", []string{"The"}},
		{"Both firms have strong brands including a wide range of goods and loyal staff deeply committed to good service", []string{"Both"}},
		{"It lays a foundation for a safer and healthier town for the next twenty years", []string{"It"}},
		// Not before a subordinate clause: it leans on the clause after it.
		{"We cannot see the moon itself but as we watch how the planet moves and shakes we know it is there", []string{"We"}},
		// A subject pronoun, a verb sharing the subject, a subject and its verb.
		{"We knew it would be a hard season for all of us and we knew the fans would stand by us", []string{"We", "and"}},
		{"We had a long and frank exchange of views on trade and confirmed the plan for a new summit", []string{"We", "and"}},
		{"The talks went on until late in the night and the board will meet again next week", []string{"The", "and"}},
	}
	for _, tc := range tests {
		var got []string
		for _, p := range splitAtConjunctions(tokenize(tc.clause)) {
			got = append(got, p[0].text)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("parts of %q open on %q, want %q", tc.clause, got, tc.want)
		}
	}
	// The excerpt of a quotation with two objects starts at its subject.
	quote := "The ministry is giving farmers and fishermen the rare chance to sell all their catch at a fair price"
	if got, want := quoteExcerpt(quote, tokenize(quote), "Ian Cole"), "The ministry is giving farmers and fishermen the rare chance"; got != want {
		t.Errorf("excerpt of %q: %q, want %q", quote, got, want)
	}
}

// TestQuoteExcerptNoSubordinatePiece checks that an excerpt cut from a
// longer quotation does not open on a subordinate clause's word ("where
// children may have been exposed"), and that a cut may end before "and"
// and a second predicate ("… and be the mayor of …").
func TestQuoteExcerptNoSubordinatePiece(t *testing.T) {
	tests := []struct{ quote, want string }{
		{"It is vital for us to find the places where children may have been exposed to warn their parents and take steps to stop the spread of the illness to others", ""},
		{"I will work hard to unite our towns and be the mayor of all the people of the valley", "I will work hard to unite our towns"},
		// The whole quotation may open on such a word.
		{"When the boats came back, I could finally sleep", "When the boats came back, I could finally sleep"},
	}
	for _, tc := range tests {
		if got := quoteExcerpt(tc.quote, tokenize(tc.quote), "Ian Cole"); got != tc.want {
			t.Errorf("excerpt of %q: %q, want %q", tc.quote, got, tc.want)
		}
	}
}

// TestQuoteClauseWithoutSubject: "the news, which he said had robbed the
// world of “…”" gives no "X said had robbed …" prompt: the verb after
// "said" has lost its subject; "called the signing “…”" still gives one.
func TestQuoteClauseWithoutSubject(t *testing.T) {
	const page = "Singer dies\n\nThe singer Rosa Lane died on Tuesday at her home in Zurich. " +
		"Publicist Tom Hale confirmed the news, which he said had robbed the world of “a great voice and a kind friend”. " +
		"Her former manager Ann Cole called the loss “a blow to everyone who heard her sing”. " +
		"Mayor Ben Ross said the city would hold a memorial concert in May."
	w := writeAll(t, page)
	called := false
	for _, c := range w.offered {
		if strings.Contains(c.q.Prompt, "said had") || strings.Contains(c.q.Prompt, "Who said had") {
			t.Errorf("offered %q", c.q.Prompt)
		}
		called = called || strings.Contains(c.q.Prompt, "called the loss")
	}
	if !called {
		var ps []string
		for _, c := range w.offered {
			ps = append(ps, c.q.Prompt)
		}
		t.Errorf("no question on the loss Ann Cole called “…”: %q", ps)
	}
}
