package generate

import (
	"errors"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"factquiz/quiz"
)

func mustRead(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestKarabakhFacts checks the exact facts of the Karabakh article, their
// offsets, sentences, events and surname mentions.
func TestKarabakhFacts(t *testing.T) {
	text := mustRead(t, "testdata/karabakh.txt")
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	type want struct {
		kind                    Kind
		text                    string
		person, office, country string
		number                  int
		noun                    string
		event                   string // a part of the event
		sentence                string // the start of the sentence
		mentions                []string
	}
	wants := []want{
		{kind: Leader, text: "Russian President Vladimir Putin", person: "Vladimir Putin", office: "President", country: "Russia",
			sentence: "Russian President Vladimir Putin informed", mentions: []string{"Putin", "Putin"}},
		{kind: Leader, text: "Turkish President Recep Tayyip Erdogan", person: "Recep Tayyip Erdogan", office: "President", country: "Turkey",
			sentence: "Russian President", mentions: []string{"Erdogan", "Erdogan"}},
		{kind: Date, text: "November 1 and 2", event: "Putin held meaningful talks", sentence: "The Kremlin said earlier that on November 1 and 2"},
		{kind: Leader, text: "Armenian Prime Minister Nikol Pashinyan", person: "Nikol Pashinyan", office: "Prime Minister", country: "Armenia", sentence: "The Kremlin said earlier"},
		{kind: Leader, text: "Azerbaijan’s President Ilham Aliyev", person: "Ilham Aliyev", office: "President", country: "Azerbaijan", sentence: "The Kremlin said earlier"},
		{kind: Date, text: "September 27", event: "Renewed clashes between Azerbaijan and Armenia erupted", sentence: "Renewed clashes"},
		{kind: Date, text: "the summer of 2014", event: "The area experienced flare-ups of violence", sentence: "The area experienced"},
		{kind: Date, text: "April 2016", event: "flare-ups of violence", sentence: "The area experienced"},
		{kind: Date, text: "this past July", event: "flare-ups of violence", sentence: "The area experienced"},
		{kind: Count, text: "Three ceasefire agreements", number: 3, noun: "ceasefire agreements", sentence: "Three ceasefire agreements have been negotiated so far"},
		{kind: Date, text: "February 1988", event: "The conflict between Armenia and Azerbaijan over the highland region of Nagorno-Karabakh broke out", sentence: "The conflict between"},
		{kind: Date, text: "1992-1994", event: "tensions boiled over", sentence: "In 1992-1994, tensions"},
		{kind: Count, text: "seven adjacent territories", number: 7, noun: "adjacent territories", sentence: "In 1992-1994"},
	}
	if len(res.Facts) != len(wants) {
		for _, f := range res.Facts {
			t.Logf("found %s %q", f.Kind, f.Text)
		}
		t.Fatalf("found %d facts, want %d", len(res.Facts), len(wants))
	}
	for i, w := range wants {
		f := res.Facts[i]
		if f.Kind != w.kind || f.Text != w.text || f.Person != w.person || f.Office != w.office || f.Country != w.country || f.Number != w.number || f.Noun != w.noun {
			t.Errorf("fact %d = %s %q (%q %q %q %d %q), want %s %q (%q %q %q %d %q)", i, f.Kind, f.Text, f.Person, f.Office, f.Country, f.Number, f.Noun,
				w.kind, w.text, w.person, w.office, w.country, w.number, w.noun)
		}
		if text[f.Start:f.End] != f.Text {
			t.Errorf("fact %d: text[%d:%d] = %q, not its text", i, f.Start, f.End, text[f.Start:f.End])
		}
		if !strings.HasPrefix(f.Sentence, w.sentence) || text[f.SentenceStart:f.SentenceStart+len(f.Sentence)] != f.Sentence {
			t.Errorf("fact %d: sentence %q", i, f.Sentence)
		}
		if !strings.Contains(f.Event, w.event) {
			t.Errorf("fact %d: event %q does not contain %q", i, f.Event, w.event)
		}
		var ms []string
		for _, m := range f.Mentions {
			ms = append(ms, text[m.Start:m.End])
		}
		if !reflect.DeepEqual(ms, w.mentions) {
			t.Errorf("fact %d: mentions %q, want %q", i, ms, w.mentions)
		}
	}
	// The sentence that mentions Erdogan alone is linked to him.
	erdogan := res.Facts[1]
	linked := false
	for _, m := range erdogan.Mentions {
		if strings.HasPrefix(text[m.Start:], "Erdogan insisted") {
			linked = true
		}
	}
	if !linked {
		t.Error(`"Erdogan insisted" is not linked to Recep Tayyip Erdogan`)
	}
}

// TestKarabakhQuestions checks the questions the issue asks for by name.
func TestKarabakhQuestions(t *testing.T) {
	res, err := FromText("", mustRead(t, "testdata/karabakh.txt"))
	if err != nil {
		t.Fatal(err)
	}
	byPrompt := map[string]quiz.Question{}
	for _, q := range res.Quiz.Questions {
		byPrompt[q.Prompt] = q
	}
	tests := []struct {
		prompt, answer string
		typ            quiz.Type
	}{
		{"How many ceasefire agreements have been negotiated so far?", "3", quiz.Number},
		{"When did renewed clashes between Azerbaijan and Armenia erupt?", "September 27", quiz.Single},
		{"When did the conflict between Armenia and Azerbaijan over the highland region of Nagorno-Karabakh break out?", "February 1988", quiz.Single},
		{"Who is Russia's President, according to the article?", "Vladimir Putin", quiz.Single},
		{"What office does Recep Tayyip Erdogan hold, according to the article?", "President of Turkey", quiz.Single},
	}
	for _, tc := range tests {
		q, ok := byPrompt[tc.prompt]
		if !ok {
			t.Errorf("no question %q", tc.prompt)
			continue
		}
		if q.Type != tc.typ {
			t.Errorf("%q: type %s, want %s", tc.prompt, q.Type, tc.typ)
		}
		got := ""
		for _, c := range q.Choices {
			if c.Correct {
				got = c.Text
			}
		}
		if q.Type == quiz.Number {
			got = strconv.FormatFloat(q.Numbers[0].Value, 'f', -1, 64)
		}
		if got != tc.answer {
			t.Errorf("%q: answer %q, want %q", tc.prompt, got, tc.answer)
		}
		if q.Evidence == "" || q.Explanation == "" || q.ID == "" {
			t.Errorf("%q: missing evidence, explanation or id", tc.prompt)
		}
	}
	if res.Quiz.Title != "Putin, Erdogan Ready to Join Efforts to Solve Karabakh Conflict" {
		t.Errorf("title %q", res.Quiz.Title)
	}
}

func factTexts(text string, k Kind) []string {
	res, _ := FromText("t", text)
	var out []string
	for _, f := range res.Facts {
		if f.Kind == k {
			s := f.Text
			switch k {
			case Count:
				s = strconv.Itoa(f.Number) + " " + f.Noun
			case Leader:
				office := f.Office
				if f.Former {
					office = "former " + office // a past holder (formerleader.go)
				}
				s = f.Person + "/" + office + "/" + f.Country
			}
			out = append(out, s)
		}
	}
	return out
}

func TestDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Clashes erupted on September 27.", "September 27"},
		{"On November 1 and 2 they met.", "November 1 and 2"},
		{"The war broke out in February 1988.", "February 1988"},
		{"In 1992-1994, fighting raged.", "1992-1994"},
		{"It flared in the summer of 2014, in April 2016 and this past July.", "the summer of 2014|April 2016|this past July"},
		{"The deal was signed on Sept. 5, 2021.", "Sept. 5, 2021"},
		{"The vote took place on 9 October 2023.", "9 October 2023"},
		{"They met on May 3-4 in Geneva.", "May 3-4"},
		{"Talks ran from 2012 to 2016.", "from 2012 to 2016"},
		{"Ceasefires in 2016 and 2021 failed.", "2016|2021"},
		{"The Kremlin said on Saturday that talks continue.", ""},
		{"Leaders may meet again soon.", ""},
		{"May said nothing.", ""},
		{"The army has 2024 tanks in 1500 depots.", ""},
		{"In 1500 cases the courts ruled.", ""},
		{"The team won in early 2019.", "early 2019"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Date), "|")
		if got != tc.want {
			t.Errorf("%q: dates %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLeaders(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russian President Vladimir Putin spoke.", "Vladimir Putin/President/Russia"},
		{"Azerbaijan’s President Ilham Aliyev spoke.", "Ilham Aliyev/President/Azerbaijan"},
		{"Azerbaijan's President Ilham Aliyev spoke.", "Ilham Aliyev/President/Azerbaijan"},
		{"Armenian Prime Minister Nikol Pashinyan agreed.", "Nikol Pashinyan/Prime Minister/Armenia"},
		{"U.S. Secretary of State Daniel Whitfield said so.", "Daniel Whitfield/Secretary of State/United States"},
		{"UN Secretary-General Amara Diallo welcomed it.", "Amara Diallo/Secretary-General/United Nations"},
		{"Olaf Berg, the German chancellor, arrived.", "Olaf Berg/Chancellor/Germany"},
		{"Ana Ruiz, the foreign minister of Spain, arrived.", "Ana Ruiz/Foreign Minister/Spain"},
		{"Ana Ruiz, Spain’s foreign minister, arrived.", "Ana Ruiz/Foreign Minister/Spain"},
		{"Senator Lucía Varela objected.", "Lucía Varela/Senator/"},
		{"King Charles III opened parliament.", "Charles III/King/"},
		// A former office is a leader fact of the past (formerleader.go).
		{"Former President Joan Doe spoke.", "Joan Doe/former President/"},
		{"The former European Council President Tomasz Wrona spoke.", "Tomasz Wrona/former President/European Council"},
		{"The Russian president informed his Turkish counterpart.", ""},
		{"The Turkish presidential office said so.", ""},
		{"Prime Minister Theresa May resigned.", "Theresa May/Prime Minister/"},
		{"Emperor Naruhito of Japan arrived.", "Naruhito/Emperor/Japan"},
		{"President Ann Lee of the company spoke.", "Ann Lee/President/"},
		{"Whitmore and his Japanese counterpart, Prime Minister Kenji Sato, signed.", "Kenji Sato/Prime Minister/Japan"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCounts(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Three ceasefire agreements have been negotiated so far.", "3 ceasefire agreements"},
		{"They fought for seven adjacent territories.", "7 adjacent territories"},
		{"It ended 21 days of talks.", "21 days of talks"}, // a span of something done, as issue 7's lists count it
		{"Russia massed 60,000 troops.", "60000 troops"},
		{"More than 21 million people voted.", "21000000 people"},
		{"Twenty-one people died.", "21 people"},
		{"They hold 11 more seats.", "11 more seats"},
		{"The two presidents spoke.", ""},
		{"The 31 ministers took their oaths.", "31 ministers"}, // a figure, not a reference back
		{"The 1918 influenza killed millions.", ""},
		{"Police said two Clay County deputies were hurt.", "2 Clay County deputies"},                  // a name inside the noun
		{"The grant goes to nine large local health departments.", "9 large local health departments"}, // four words
		{"Voting ended on 3 May Tuesday.", ""},
		{"A state of emergency covers 51 of the state's 67 counties.", "51 counties|67 counties"}, // a part of a set
		{"Ellis tossed out seven of the 10 counts.", "7 counts|10 counts"},
		{"Two of the ships sank.", ""},
		{"Turnout was 74 percent.", ""},
		{"The plan is worth 25 billion euros.", ""},
		{"Apollo 17 landed.", ""},
		{"France lost 4-2 on penalties.", ""},
		{"A 73-year-old man was hurt.", ""},
		{"One of the soldiers died.", ""},
		{"Two of the ships sank.", ""},
		// Lengths of time as the issue 7 lists count them (lengthCounted).
		{"The judge sentenced Marlow to 14 months in prison.", "14 months"},
		{"She was jailed for 9 years in 2019.", "9 years"},
		{"He got 300 hours of community service and three years of probation.", "300 hours of community service|3 years of probation"},
		{"Six days of heavy rain flooded the valley.", "6 days of heavy rain"},
		{"The family ran the mill for 41 years.", "41 years"},
		{"It was the worst storm in more than 60 years.", "60 years"},
		{"The talks lasted for about six hours.", ""},
		{"Two days after the vote, crowds gathered.", ""},
		{"The fossils are 70 million years old.", ""},
		{"The town was founded 300 years ago.", ""},
		{"Children aged six months to five years were vaccinated.", ""},
		{"The valley was emptied by nearly 12 years of war.", ""},
		{"He was jailed for six years and eight months.", ""},
		{"Most patients are under 4 years of age.", ""},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Count), "|")
		if got != tc.want {
			t.Errorf("%q: counts %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSentences(t *testing.T) {
	text := "Headline Without Stop\n\nU.S. Senator Jane Roe spoke. Dr. Ann Lee agreed. “It is done,” she said. Then J. Smith left!\nLast line"
	toks := tokenize(text)
	var got []string
	for _, s := range splitSentences(text, toks) {
		got = append(got, text[s.start:s.end])
	}
	want := []string{"Headline Without Stop", "U.S. Senator Jane Roe spoke.", "Dr. Ann Lee agreed.", "“It is done,” she said.", "Then J. Smith left!", "Last line"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n%q\nwant\n%q", got, want)
	}
	// A headline followed by a single line break, and hard-wrapped prose.
	text = "Leaders Meet in Geneva\nThe talks began on May 3 and\nended on May 5 with a deal.\nBoth sides signed it. Russian President Ivan Petrov and French President\nMarie Blanc spoke."
	got = nil
	for _, s := range splitSentences(text, tokenize(text)) {
		got = append(got, text[s.start:s.end])
	}
	want = []string{"Leaders Meet in Geneva", "The talks began on May 3 and\nended on May 5 with a deal.", "Both sides signed it.", "Russian President Ivan Petrov and French President\nMarie Blanc spoke."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n%q\nwant\n%q", got, want)
	}
	// Money with its currency glued to the number keeps its decimals.
	text = "The bid values the firm at $US7.4 billion. Shares rose 3.2 percent. Rivals offered A$2.15 a share."
	got = nil
	for _, s := range splitSentences(text, tokenize(text)) {
		got = append(got, text[s.start:s.end])
	}
	want = []string{"The bid values the firm at $US7.4 billion.", "Shares rose 3.2 percent.", "Rivals offered A$2.15 a share."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n%q\nwant\n%q", got, want)
	}
	// Abbreviations inside a sentence: a case name's "v.", ranks and
	// titles before a name, "No." before a number, "Ft." and "Mt.".
	text = "In 1963 the court decided Gideon v. Wainwright in a single day. Adm. Ruth Cole and Maj. Tom Hale flew to Ft. Bragg. Rev. Paul Ames read Psalm No. 23. It rained."
	got = nil
	for _, s := range splitSentences(text, tokenize(text)) {
		got = append(got, text[s.start:s.end])
	}
	want = []string{"In 1963 the court decided Gideon v. Wainwright in a single day.", "Adm. Ruth Cole and Maj. Tom Hale flew to Ft. Bragg.", "Rev. Paul Ames read Psalm No. 23.", "It rained."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences\n%q\nwant\n%q", got, want)
	}
}

func TestFromTextErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
		msg  string
	}{
		{"empty", "", ErrEmpty, "empty"},
		{"blank", " \n\t\n ", ErrEmpty, "empty"},
		{"bom only", "\uFEFF\n", ErrEmpty, "empty"},
		{"invalid utf8", "Clashes erupted on \xff\xfe September 27.", ErrNotText, "byte offset 19"},
		{"nul byte", "PK\x03\x04\x00\x00binary", ErrNotText, "NUL"},
		{"control bytes", strings.Repeat("\x01\x02ab", 50), ErrNotText, "control"},
		{"no facts", "The weather was fine and everyone went home happy.", ErrNoFacts, "no dates"},
		{"weekday only", "The Kremlin said on Saturday that talks continue.", ErrNoFacts, "no dates"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromText("", tc.in)
			if !errors.Is(err, tc.want) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), tc.msg) {
				t.Errorf("message %q does not say %q", err, tc.msg)
			}
			if res.Quiz != nil && len(res.Quiz.Questions) > 0 {
				t.Errorf("questions written despite the error")
			}
		})
	}
	if errors.Is(ErrEmpty, ErrNoFacts) {
		t.Error("different problems match")
	}
}

// TestDeterministic runs the generator twice on every article.
func TestDeterministic(t *testing.T) {
	for _, a := range loadArticles(t) {
		r1, err1 := FromText("", a.text)
		r2, err2 := FromText("", a.text)
		if !reflect.DeepEqual(r1, r2) || err1 != err2 {
			t.Errorf("%s: two runs differ", a.name)
		}
	}
}

// TestCRLF checks that Windows line ends change no fact and keep offsets right.
func TestCRLF(t *testing.T) {
	text := strings.ReplaceAll(mustRead(t, "testdata/karabakh.txt"), "\n", "\r\n")
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Facts) != 13 {
		t.Errorf("found %d facts with CRLF, want 13", len(res.Facts))
	}
	for _, f := range res.Facts {
		if text[f.Start:f.End] != f.Text {
			t.Errorf("offsets of %q are wrong", f.Text)
		}
	}
}

func FuzzFromText(f *testing.F) {
	f.Add(mustRead(f, "testdata/karabakh.txt"))
	f.Add("Russian President Vladimir Putin met on May 3-4. Three ships sank.")
	f.Add("“On Sept. 5, 2021, U.S. Secretary of State A B’s 60,000 troops”")
	f.Add("X, the president of France, Y Z, said. In 1992–94 and 1995 ten-ten tanks.")
	f.Add("\xff\x00")
	f.Add("King Charles III; Jan. 1 and 2; the winter of 2099; 1,000,000,000,000,000 people")
	f.Add("<p>Russian President Vladimir Putin met on <b>May 3</b>.</p><script>x='John Smith'</script><p>Three ships sank.</p>")
	f.Fuzz(func(t *testing.T, text string) {
		res, err := FromText("", text)
		if errors.Is(err, ErrInternal) {
			t.Fatalf("the generator failed: %v", err)
		}
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		// Offsets point into the text that was read: the input, or what
		// its HTML was reduced to.
		if res.Text != "" {
			text = res.Text
		}
		for _, fa := range res.Facts {
			if fa.Start < 0 || fa.End > len(text) || fa.Start > fa.End || text[fa.Start:fa.End] != fa.Text {
				t.Fatalf("bad offsets for %q", fa.Text)
			}
		}
		if len(res.Quiz.Questions) == 0 || len(res.Items) != len(res.Quiz.Questions) {
			t.Fatal("success without questions")
		}
		for _, q := range res.Quiz.Questions {
			if !strings.Contains(text, q.Evidence) {
				t.Fatalf("evidence %q not in the text", q.Evidence)
			}
		}
	})
}

func BenchmarkGenerateKarabakh(b *testing.B) {
	text := mustRead(b, "testdata/karabakh.txt")
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := FromText("", text); err != nil {
			b.Fatal(err)
		}
	}
}

// TestQuestionForms checks the grammatical forms and their fall-backs on
// small articles (three leaders each, so that leader questions do not
// crowd out the rest).
func TestQuestionForms(t *testing.T) {
	const people = " Russian President Ivan Petrov, French President Marie Blanc and German Chancellor Hans Weber attended."
	tests := []struct {
		text   string
		prompt string // a prompt that must be written
		answer string
	}{
		{"Russia deployed 60,000 troops to the border." + people, "How many troops did Russia deploy to the border?", "60000"},
		{"Three ships sank near the coast." + people, "How many ships sank near the coast?", "3"},
		{"The treaty was signed in March 2019 by both sides." + people, "When was the treaty signed?", "March 2019"},
		{"On July 4, 2021, the rebels captured the airport." + people, "When did the rebels capture the airport?", "July 4, 2021"},
		// The participle dates the summit: a passive question.
		{"The summit, held on May 3, ended without a deal." + people, "When was the summit held?", "May 3"},
		{"The war, which broke out in November 2020, has killed thousands." + people, "When did the war break out?", "November 2020"},
		{"Abiy, who was awarded the Nobel Peace Prize in 2019, welcomed it. Diplomats praised Abiy." + people, "When was Abiy awarded the Nobel Peace Prize?", "2019"},
		{"The Camp David Accords, signed at the White House on Sept. 17, 1978, set a framework." + people, "When were the Camp David Accords signed at the White House?", "Sept. 17, 1978"},
		{"A truce declared by the government on 24 March 2022 collapsed in August." + people, "When was a truce declared by the government?", "24 March 2022"},
		// "Her country" needs the sentence before: no fill-in.
		{"Her country joined the alliance in March 2004." + people, "", ""},
		// Reported speech: the count opens the reported clause.
		{"Officials said more than 400 people were evacuated." + people, "More than how many people were evacuated?", "400"},
	}
	for _, tc := range tests {
		res, err := FromText("t", tc.text)
		if err != nil {
			t.Errorf("%q: %v", tc.text, err)
			continue
		}
		found := false
		if tc.prompt == "" {
			// No date or count question at all.
			for _, q := range res.Quiz.Questions {
				if q.Fact == string(Date) || q.Fact == string(Count) {
					t.Errorf("%q: wrote %q, want no date or count question", tc.text, q.Prompt)
				}
			}
			continue
		}
		for i, q := range res.Quiz.Questions {
			if q.Prompt == tc.prompt {
				found = true
				if res.Items[i].Answer != tc.answer {
					t.Errorf("%q: answer %q, want %q", tc.prompt, res.Items[i].Answer, tc.answer)
				}
			}
		}
		if !found {
			var ps []string
			for _, q := range res.Quiz.Questions {
				ps = append(ps, q.Prompt)
			}
			t.Errorf("%q: no question %q; got %q", tc.text, tc.prompt, ps)
		}
		for _, p := range qualityProblems(tc.text, res) {
			t.Errorf("%q: %s: %s", tc.text, p.id, p.msg)
		}
	}
}

// TestLeaderTense checks that a leader dated by a year of the leader's own
// clause is asked about in the past, with the year, and that a year of
// another clause or of the future does not date the office.
func TestLeaderTense(t *testing.T) {
	checkLeaderTense(t, []leaderTenseCase{
		{"On July 17, 1945, Soviet Premier Joseph Stalin arrived in Potsdam.", "was", " in 1945"},
		{"Soviet Premier Joseph Stalin arrived in Potsdam in July 1945.", "was", " in 1945"},
		{"Soviet Premier Joseph Stalin arrived in Potsdam on Tuesday.", "is", ""},
		{"Brazilian President Lúcia Andrade said her country would host the summit in November 2025.", "is", ""},
		// A year of another clause still dates a past told as history.
		{"Serbian leader Slobodan Milošević rose, and in 1990 the party broke apart.", "was", " in 1990"},
		// … but not a year of a clause of another time.
		{"The party of Prime Minister Jan Holm won 80 seats, its worst result since it first came to power in 2015.", "is", ""},
		{"NASA Administrator Tom Reyes oversaw the program until October 1968.", "was", " in 1968"},
		// Several years, or a past the article looks back on: the office
		// may not be held now, and when is not said.
		{"Chief Justice Hal Morrow, appointed in 1953, wrote the ruling in 1961.", "", ""},
		{"The inquiry opened in 1987 and closed in 1998. Governor Ada Pell had ordered it. The report was published in 2004.", "", ""},
		{"The inquiry opened in 1988. Governor Ada Pell had ordered it. The report was published in 2004.", "was", " in 1988"},
		{"The inquiry closed in 2004. Governor Ada Pell welcomed its report.", "is", ""},
		// A history page (years far apart or four dated facts, nothing
		// dated by the week): a leader in a paragraph without a year is
		// asked in the article's main year, or not at all.
		{"The talks opened on 17 July 1945. They ended on 2 August 1945. A treaty followed on 5 August 1945, and a second on 1 September 1945.\n\nPremier Ivan Volkov spoke at the ceremony.", "was", " in 1945"},
		{"The treaty was signed in 1945. The alliance grew in 1950. A wall stood in 1961.\n\nPremier Ivan Volkov spoke at the ceremony.", "", ""},
		{"The treaty was signed in 1945. The alliance grew in 1950. A wall stood in 1961.\n\nPremier Ivan Volkov spoke at the ceremony on Tuesday.", "is", ""},
		// A year of another person's clause before the leaders dates none
		// of them (the question is not asked); a year of the leader's own
		// clause still does.
		{"She married Tom Ashby in 1962 and has three sons: Prince Hal, Prince Rory and Prince Ned.", "", ""},
		{"The bridge was finished in 1962, and later Governor Ann Cole of Ohio opened it.", "", ""},
		// A list of leaders after the year is one clause.
		{"The pact was signed on May 2, 1962, by Austrian President Anna Weber and Ohio Governor Ann Cole.", "was", " in 1962"},
		{"In 1962, Prince Hal married Lady Ann Ashby.", "was", " in 1962"},
		{"Governor Ann Cole of Ohio opened the bridge in 1962.", "was", " in 1962"},
	})
}

// leaderTenseCase is a sentence (after a headline) and the tense and
// year its leaders are asked in: "", "" when no office question may be.
type leaderTenseCase struct{ sentence, is, when string }

// checkLeaderTense checks leaderTense for every leader of each case's
// text, and that each text has one.
func checkLeaderTense(t *testing.T, tests []leaderTenseCase) {
	t.Helper()
	for _, tc := range tests {
		text := "Headline\n\n" + tc.sentence
		sents := splitSentences(text, tokenize(text))
		facts := extract(text, sents)
		w := newWriter(text, sents, facts)
		found := false
		for fi, f := range facts {
			if f.Kind != Leader {
				continue
			}
			found = true
			if is, when, _ := w.leaderTense(fi); is != tc.is || when != tc.when {
				t.Errorf("%q: %s: tense %q%q, want %q%q", tc.sentence, f.Person, is, when, tc.is, tc.when)
			}
		}
		if !found {
			t.Errorf("%q: no leader found", tc.sentence)
		}
	}
}

// TestMaxKeepsTheBest checks Options.Max: the quiz keeps at most Max
// questions, real questions before fill-in-the-blank ones, in the order
// of the full quiz.
func TestMaxKeepsTheBest(t *testing.T) {
	text := mustRead(t, "testdata/karabakh.txt")
	full, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	for _, max := range []int{1, 3, 5} {
		res, err := FromTextWith("", text, Options{Max: max})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Quiz.Questions) != max {
			t.Errorf("max %d: %d questions", max, len(res.Quiz.Questions))
		}
		// A subsequence of the full quiz.
		j := 0
		for _, q := range res.Quiz.Questions {
			for j < len(full.Quiz.Questions) && full.Quiz.Questions[j].Prompt != q.Prompt {
				j++
			}
			if j == len(full.Quiz.Questions) {
				t.Fatalf("max %d: %q is not in the full quiz, or out of its order", max, q.Prompt)
			}
			if strings.HasPrefix(q.Prompt, "Fill in") {
				t.Errorf("max %d: kept the fill-in %q while real questions were left out", max, q.Prompt)
			}
		}
	}
}

// TestColonLineIsMined checks that a line ending with a colon, which opens
// a quotation on the next line as press releases write it, is read as a
// sentence (its leader found), not skipped as a headline.
func TestColonLineIsMined(t *testing.T) {
	text := "Funding for rainforests\n\nThe package totals £2.9 million.\n\nBiodiversity Minister Lorna Slater said:\n\n“The crises of nature loss and climate change need urgent action.”\n"
	sents := splitSentences(text, tokenize(text))
	facts := extract(text, sents)
	found := false
	for _, f := range facts {
		if f.Kind == Leader && f.Person == "Lorna Slater" && f.Office == "Biodiversity Minister" {
			found = true
		}
	}
	if !found {
		t.Errorf("the leader of a line ending with a colon is not found: %+v", facts)
	}
}

// TestCaptionsAreFurniture checks captions that carry no credit line of
// the usual form: an agency and a name in brackets, a position mark, or a
// present-tense caption verb closed by a date. Their dates are no facts.
func TestCaptionsAreFurniture(t *testing.T) {
	tests := []string{
		"Premier Li Qiang holds talks with Prime Minister Ivan Petrov in Beijing, May 24, 2023. (Xinhua/Zhang Ling)",
		"Astronauts Thomas Pesquet and Shane Kimbrough\nAstronauts Thomas Pesquet and Shane Kimbrough are seen during an exercise on Jan. 13, 2017.",
		"President Ivan Petrov (L) greets Chancellor Hans Weber in Minsk, Feb. 11, 2015.",
		// A credit closing the caption's line, without a slash.
		"Children wade through a flooded street in Dhaka on July 2, 2019. AFP PHOTO",
		"Firefighters rest beside a burned truck near Redding on Aug. 4, 2018. (Photo credit: AP)",
	}
	for _, caption := range tests {
		text := "Headline of the story\n\n" + caption + "\n\nThe talks ended on March 3, 2021, officials said."
		sents := splitSentences(text, tokenize(text))
		for _, f := range extract(text, sents) {
			if f.Kind == Date && f.Text != "March 3, 2021" {
				t.Errorf("%q: the caption's date %q was taken for a fact", caption, f.Text)
			}
		}
	}
}

// TestTitleNotFurniture checks the quiz's title: the page's headline, not
// the furniture above it nor a headline that has nothing to do with the
// story.
func TestTitleNotFurniture(t *testing.T) {
	const story = "\n\nFlood waters forced about 2,000 people from their homes in the valley on Monday, officials said. Governor Ana Ruiz toured the shelters."
	tests := []struct{ top, want string }{
		{"Valley floods force thousands from homes", "Valley floods force thousands from homes"},
		{"Menu\n\nValley floods force thousands from homes", "Valley floods force thousands from homes"},
		{"Skip to main content Skip to navigation\n\nValley floods force thousands from homes", "Valley floods force thousands from homes"},
		{"Sector - Homes\n\nValley floods force thousands from homes", "Valley floods force thousands from homes"},
		{"Mary Obi, Lagos", "Quiz from an article"},
		{"Ana Ruiz, Minister for Housing", "Quiz from an article"},
		{"Valley, Floods of", "Valley, Floods of"},
		{"Floods, fear and the valley's long night", "Floods, fear and the valley's long night"},
		{"10 Downing Street", "Quiz from an article"},
		{"Shares rally as bank cuts rates", "Quiz from an article"},
		{"Participants: Valley, Governor, Shelters\n\nValley floods", "Valley floods"},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.top+story)
		if err != nil {
			t.Errorf("%q: %v", tc.top, err)
			continue
		}
		if res.Quiz.Title != tc.want {
			t.Errorf("%q: title %q, want %q", tc.top, res.Quiz.Title, tc.want)
		}
	}
}

// quizPrompts are the prompts of the quiz written for text (no title).
func quizPrompts(t *testing.T, name, text string) []string {
	t.Helper()
	res, err := FromText("", text)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var got []string
	for _, q := range res.Quiz.Questions {
		got = append(got, q.Prompt)
	}
	return got
}
