package generate

import (
	"factquiz/quiz/testwise"
	"slices"
	"strings"
	"testing"
)

// TestWholeDeed: a doer question needs the deed whole, a verb and what it
// was done to; a bare verb or a verb and one word is too little.
func TestWholeDeed(t *testing.T) {
	for _, c := range []struct {
		action string
		want   bool
	}{
		{"took the stand", true},
		{"held Auckland Central", true},
		{"declared a state of emergency for the region", true},
		{"took silver", false},
		{"resigned", false},
		{"pleaded guilty", false},
	} {
		if got := wholeDeed(c.action); got != c.want {
			t.Errorf("wholeDeed(%q) = %v, want %v", c.action, got, c.want)
		}
	}
}

// TestNationalityFirst: an office read with its nationality takes no
// second country among the wrong offices.
func TestNationalityFirst(t *testing.T) {
	for _, c := range []struct {
		office string
		want   bool
	}{
		{"South Korean Foreign Minister", true},
		{"Indian Prime Minister", true},
		{"Foreign Minister", false},
		{"Prime Minister", false},
		{"Indian", false},
	} {
		if got := nationalityFirst(c.office); got != c.want {
			t.Errorf("nationalityFirst(%q) = %v, want %v", c.office, got, c.want)
		}
	}
}

// TestWhoAmongForeignLeaders: "Who is Norway's Foreign Minister?" among
// the foreign ministers of Chile and Kenya is the one Norwegian name: no
// such question, the office is asked instead. Among people of its own
// country it stays.
func TestWhoAmongForeignLeaders(t *testing.T) {
	foreign := "Ministers meet in Oslo\n\nNorwegian Foreign Minister Kari Solberg hosted the talks on Monday, which were attended by Chilean Foreign Minister Pablo Rojas and Kenyan Foreign Minister Amina Otieno. The three ministers agreed to meet again next year in Santiago."
	res, err := FromText("", foreign)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.Prompt, "Who is ") && strings.Contains(q.Prompt, "Foreign Minister") {
			t.Errorf("who question among foreign ministers: %q", q.Prompt)
		}
	}
	w := writerOf(foreign)
	home := "Cabinet meets\n\nNorway's Prime Minister Lars Berg met Finance Minister Ola Dahl and Health Minister Ingrid Moe on Monday."
	h := writerOf(home)
	for _, c := range []struct {
		w      *writer
		person string
		want   bool
	}{{w, "Kari Solberg", true}, {h, "Lars Berg", false}} {
		for fi, f := range c.w.facts {
			if f.Kind == Leader && f.Person == c.person {
				wrong := []string{}
				for _, g := range c.w.facts {
					if g.Kind == Leader && g.Person != c.person {
						wrong = append(wrong, g.Person)
					}
				}
				if got := c.w.foreignLeaderAmong(c.w.facts[fi], wrong); got != c.want {
					t.Errorf("foreignLeaderAmong(%s, %v) = %v, want %v (facts %v)", c.person, wrong, got, c.want, c.w.facts)
				}
			}
		}
	}
}

func writerOf(text string) *writer {
	sents := splitSentences(text, tokenize(text))
	return newWriter(text, sents, extract(text, sents))
}

// TestWhoWrongPersonNotAskedElsewhere: no "Who is …?" question offers as
// a wrong choice a person whom another question of the quiz asks as a
// leader (that question tells their office, ruling the choice out).
func TestWhoWrongPersonNotAskedElsewhere(t *testing.T) {
	text := "Storm hits the coast\n\nPresident Mark Delaney has declared a state of emergency for the coast. \"The storm is the strongest in a decade,\" Governor Ruth Calder said on Tuesday. Mayor Tom Brandt ordered the evacuation of the harbour district. \"We have opened four shelters,\" said Jane Ortiz, a spokeswoman for the county. Senator Paul Greer promised federal help for the region."
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	leaders := map[string]int{} // person -> question asking them as a leader
	for k, it := range res.Items {
		if res.Facts[it.Fact].Kind == Leader && !strings.HasPrefix(res.Quiz.Questions[k].Prompt, "Who ") && !strings.HasPrefix(res.Quiz.Questions[k].Prompt, "Which ") {
			for _, p := range []string{"Mark Delaney", "Ruth Calder", "Tom Brandt", "Paul Greer"} {
				if strings.Contains(res.Quiz.Questions[k].Prompt, p) {
					leaders[p] = k
				}
			}
		}
	}
	for k, q := range res.Quiz.Questions {
		if !strings.HasPrefix(q.Prompt, "Which of these people") && !(strings.HasPrefix(q.Prompt, "Who is ") && res.Facts[res.Items[k].Fact].Kind == Leader) {
			continue
		}
		for _, ch := range q.Choices {
			if j, ok := leaders[ch.Text]; ok && !ch.Correct {
				t.Errorf("%q offers %s, asked by %q", q.Prompt, ch.Text, res.Quiz.Questions[j].Prompt)
			}
		}
	}
}

// TestTwoWordNationalityTitle: "South Korean Foreign Minister X" is South
// Korea's Foreign Minister, as "Chinese Foreign Minister X" is China's.
func TestTwoWordNationalityTitle(t *testing.T) {
	for _, c := range []struct{ text, person, office, country string }{
		{"Talks\n\nThe meeting was attended by Chinese Foreign Minister Wang Li and South Korean Foreign Minister Park Min-su.", "Park Min-su", "Foreign Minister", "South Korea"},
		{"Talks\n\nNorth Korean Defence Minister Ri Chol met the delegation on Monday.", "Ri Chol", "Defence Minister", "North Korea"},
		{"Talks\n\nChinese Foreign Minister Wang Li met the delegation on Monday.", "Wang Li", "Foreign Minister", "China"},
	} {
		sents := splitSentences(c.text, tokenize(c.text))
		found := false
		for _, f := range extract(c.text, sents) {
			if f.Kind == Leader && f.Person == c.person {
				found = true
				if f.Office != c.office || f.Country != c.country {
					t.Errorf("%s: office %q of %q, want %q of %q", c.person, f.Office, f.Country, c.office, c.country)
				}
			}
		}
		if !found {
			t.Errorf("no leader %s in %q", c.person, c.text)
		}
	}
}

// TestTellsSex: "Who said she would …?" tells the speaker's sex; a
// pronoun after a name is that person's.
func TestTellsSex(t *testing.T) {
	for _, c := range []struct {
		vp   string
		want bool
	}{
		{"said in a statement that she would", true},
		{"said he expected", true},
		{"said the money would allow his government to", true},
		{"asked Hale why he had called it", false},
		{"said", false},
		{"called the signing", false},
		{"said the shelter", false},
	} {
		if got := tellsSex(c.vp); got != c.want {
			t.Errorf("tellsSex(%q) = %v, want %v", c.vp, got, c.want)
		}
	}
}

// TestOfficeAskedOf: an office question names its person only to ask the
// office; beside a who-said or a doer question it gives nothing away,
// beside another question it may.
func TestOfficeAskedOf(t *testing.T) {
	for _, c := range []struct {
		id   string
		kind Kind
		want bool
	}{
		{"leader-office-rick-scott", Quote, true},
		{"leader-tf-rick-scott", Actor, true},
		{"leader-office-rick-scott", Date, false},
		{"leader-who-governor", Quote, false},
		{"date-tf-signed", Quote, false},
	} {
		if got := officeAskedOf(c.id, c.kind); got != c.want {
			t.Errorf("officeAskedOf(%q, %s) = %v, want %v", c.id, c.kind, got, c.want)
		}
	}
}

// TestSpeakerChoicesNoBuilding: a library, a hospital or a museum named
// in the article is no speaker beside people.
func TestSpeakerChoicesNoBuilding(t *testing.T) {
	text := "Insulin law signed\n\nGov. Thomas Whitaker signed the bill on Tuesday. \"Starting in January, they won't have to,\" Whitaker said. Rep. Angela Ruiz sponsored the bill. Sen. Robert Haskell voted for it. A ceremony for supporters is planned at 2 p.m. on Saturday at the Springfield-Greene County Library, the governor's office said."
	w := writerOf(text)
	for fi, f := range w.facts {
		if f.Kind != Quote {
			continue
		}
		wrong := w.speakerChoices(fi, "Starting in January", false)
		for _, x := range wrong {
			if strings.HasSuffix(x, "Library") {
				t.Errorf("speaker choice %q in %v", x, wrong)
			}
		}
		if len(wrong) < 2 {
			t.Errorf("speaker choices %v: want the people", wrong)
		}
		return
	}
	t.Fatalf("no quotation in %v", w.facts)
}

// TestFinanceChiefIsFinanceDirector: one office by two names is never a
// wrong choice for the other.
func TestFinanceChiefIsFinanceDirector(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Finance Chief", "Finance Director", true},
		{"Finance Chief", "Chief Executive", false},
		{"Finance Director", "Managing Director", false},
	} {
		if got := sameOffice(c.a, c.b); got != c.want {
			t.Errorf("sameOffice(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// TestSquareUp: of two wrong offices with the right title in other
// countries and one with another title in the right country, one of the
// first kind takes the other title in the other's country, making a
// square where no choice is where the others meet (the convergence
// strategy finds no answer); a set it cannot square stays.
func TestSquareUp(t *testing.T) {
	tests := []struct {
		name   string
		f      Fact
		parts  [][2]string
		want   string
		square bool
	}{
		{"second holder takes the title", Fact{Office: "Foreign Minister", Country: "Japan"},
			[][2]string{{"Foreign Minister", "China"}, {"Foreign Minister", "South Korea"}, {"Prime Minister", "Japan"}},
			"Foreign Minister of China|Prime Minister of China|Prime Minister of Japan", true},
		// Japan has no president: the first holder's place is taken. The
		// square still leaves the answer where most words meet, since
		// "South Korea" has two words to China's one.
		{"first holder takes the title", Fact{Office: "Foreign Minister", Country: "South Korea"},
			[][2]string{{"Foreign Minister", "Japan"}, {"Foreign Minister", "China"}, {"President", "South Korea"}},
			"President of China|Foreign Minister of China|President of South Korea", false},
		{"one holder elsewhere, two titles at home", Fact{Office: "Prime Minister", Country: "Britain"},
			[][2]string{{"Prime Minister", "Scotland"}, {"Foreign Minister", "Britain"}, {"Interior Minister", "Britain"}},
			"Prime Minister of Scotland|Foreign Minister of Britain|Foreign Minister of Scotland", true},
		// A square of a two-word title and a one-word one ties the right
		// one with its title's other holder, in words: better than the
		// right one alone where the others meet.
		{"no holder elsewhere", Fact{Office: "Foreign Minister", Country: "India"},
			[][2]string{{"President", "India"}, {"President", "Turkey"}, {"Prime Minister", "India"}},
			"President of India|President of Turkey|Foreign Minister of Turkey", false},
		{"no square within one change", Fact{Office: "Foreign Minister", Country: "India"},
			[][2]string{{"President", "Turkey"}, {"Prime Minister", "Chile"}, {"King", "Spain"}},
			"President of Turkey|Prime Minister of Chile|King of Spain", false},
		{"already a square", Fact{Office: "Foreign Minister", Country: "Japan"},
			[][2]string{{"Foreign Minister", "China"}, {"Prime Minister", "Japan"}, {"Prime Minister", "China"}},
			"Foreign Minister of China|Prime Minister of Japan|Prime Minister of China", true},
	}
	for _, tc := range tests {
		var out []string
		for _, p := range tc.parts {
			out = append(out, officeLabel(p[0], p[1]))
		}
		got := squareUp(tc.f, out, tc.parts, func(o, c string) bool { return titleFits(o, c) })
		if strings.Join(got, "|") != tc.want {
			t.Errorf("%s: squareUp = %q, want %q", tc.name, strings.Join(got, "|"), tc.want)
		}
		picks := testwise.Convergence(append([]string{officeLabel(tc.f.Office, tc.f.Country)}, got...))
		if tc.square && slices.Contains(picks, 0) {
			t.Errorf("%s: %q is no square: convergence picks %v", tc.name, got, picks)
		}
	}
}

// TestSpeakerWithoutTrade: a speaker written with a trade ("Prosecutor
// Tom Reyes") is named as the other people are; a name of two words
// keeps its first ("Judge Dredd" stays whole).
func TestSpeakerWithoutTrade(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Verdict\n\n\"One of them did it, that's what we keep hearing,\" said Prosecutor Tom Van De Rostyne on Monday.", "Tom Van De Rostyne"},
		{"Verdict\n\n\"This is a unique case, this is a compelling case,\" said Dave Mejia.", "Dave Mejia"},
		{"Verdict\n\n\"The law is clear on this point,\" said Judge Dredd on Monday.", "Judge Dredd"},
	} {
		sents := splitSentences(c.text, tokenize(c.text))
		found := false
		for _, f := range extract(c.text, sents) {
			if f.Kind == Quote {
				found = true
				if f.Speaker != c.want {
					t.Errorf("speaker %q, want %q", f.Speaker, c.want)
				}
			}
		}
		if !found {
			t.Errorf("no quotation in %q", c.text)
		}
	}
}
