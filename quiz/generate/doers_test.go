package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// doerPrompts are the doer questions written for an article.
func doerPrompts(text string) []string {
	w := writeKind(headlineLine+text, Actor, (*writer).actor)
	var out []string
	for _, c := range w.offered {
		if c.q.Fact == string(Actor) {
			out = append(out, c.q.Prompt)
		}
	}
	return out
}

// TestDoerPromptComplete checks that a doer question keeps the deed's
// complement whole (real quizzes asked "Who died of pneumonia exactly one
// month?", "Which organisation cited the statement as?", "Which country
// came third with 12?"): a span of time measured from something left out
// goes with it, a dangling preposition or a bare number refuses the deed.
func TestDoerPromptComplete(t *testing.T) {
	people := " Foreign Minister Carla Mendes opened the new bridge. Interior Minister Omar Sayed swore in the council. Defence Minister Peter Lund visited the hall."
	tests := []struct {
		name string
		text string
		want string // the prompt written, or "" for none on the deed
		deed string // a word of the deed, to find its question
	}{
		{"a span of time before 'after' goes with it",
			"Governor Ruth Baines caught a cold at the parade and died of pneumonia exactly one month after her swearing-in." + people,
			"Who died of pneumonia?", "pneumonia"},
		{"a span of time before 'later' goes with it",
			"Captain Lena Ortiz reached the north face a week later." + people,
			"Who reached the north face?", "north face"},
		{"a point in time stays",
			"Striker Tomas Berg broke the deadlock with a header on 58 minutes before the break." + people,
			"Who broke the deadlock with a header on 58 minutes?", "deadlock"},
		{"a clock time is no bare number",
			"Minister Hana Kovacs will take questions from MPs at 7.30pm, before the vote." + people,
			"Who will take questions from MPs at 7.30pm?", "questions"},
		{"a closing 'all the same' is left out",
			"Justice Elena Varga predicted a wave of new appeals all the same." + people,
			"Who predicted a wave of new appeals?", "appeals"},
		{"a dangling 'as' refuses the deed",
			"The Baltic News Agency cited the letter as saying the plan was dead. The Northern Press Agency denied it. The Harbour Ports Authority stayed silent." + people,
			"", "letter"},
		{"a bare number refuses the deed",
			"Kenya came third with 12. Norway won the relay." + people,
			"", "third"},
		{"an aside in brackets refuses the deed",
			"Trader Sam Hollis pleaded guilty [court papers] in March to fraud at the bank." + people,
			"", "guilty"},
		{"'did the same' asks nothing",
			"Captain Lena Ortiz declared a state of emergency. Coach Dan Rossi did the same." + people,
			"", "same"},
		{"'followed suit' asks nothing",
			"Captain Lena Ortiz declared a state of emergency. Coach Dan Rossi followed suit." + people,
			"", "suit"},
		{"'late on' says when",
			"Goalkeeper Tom Quinn saved a penalty from the visitors late on." + people,
			"Who saved a penalty from the visitors?", "penalty"},
		{"the doer's 'his' tells no sex",
			"Jumper Yordan Castillo reached 18.31 meters with his fifth jump." + people,
			"Who reached 18.31 meters with their fifth jump?", "meters"},
		{"'his' after a name is that person's",
			"Chancellor Olaf Scholz welcomed Li on his first visit abroad." + people,
			"Who welcomed Li on his first visit abroad?", "first visit"},
		{"an object 'her' cannot be 'their'",
			"Coach Dan Rossi praised her warmly at the gala." + people,
			"", "praised"},
		{"'too' says another did it first",
			"Coach Dan Rossi praised the rescuers too." + people,
			"", "rescuers too"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			prompts := doerPrompts(tc.text)
			var got string
			for _, p := range prompts {
				if strings.Contains(p, tc.deed) || tc.want != "" && p == tc.want {
					got = p
				}
			}
			if got != tc.want {
				t.Errorf("doer question on %q: %q, want %q (all: %q)", tc.deed, got, tc.want, prompts)
			}
		})
	}
}

// TestDeedDoneByAnother checks that a deed the article also gives to
// someone else is never asked as "Who …?" (a quiz once asked "Who pleaded
// guilty?" when another man on the page pleaded guilty too), while the
// doer named again, or described by his office, is no second doer.
func TestDeedDoneByAnother(t *testing.T) {
	tests := []struct {
		name string
		text string
		doer string
		want bool
	}{
		{"another name pleaded the same",
			"Lee Hart pleaded guilty to fraud last May. His partner Ray Cole pleaded guilty to bribery in June.", "Lee Hart", true},
		{"a plural subject holds another",
			"Ann Moss signed the treaty for Chile. Moss and Ivo Petrov had signed the treaty once before.", "Ann Moss", true},
		{"a pronoun may be anyone",
			"Lee Hart pleaded guilty to fraud last May. Cole was charged later, and he pleaded guilty as well.", "Lee Hart", true},
		{"the doer named again is the same doer",
			"Lee Hart pleaded guilty to fraud last May. Hart pleaded guilty again in a second case.", "Lee Hart", false},
		{"an office may be the doer's",
			"Health chiefs set out a winter plan. Health Secretary Daniel Ashworth will set out the plan in the Commons. The Health Secretary sets out the plan today.", "Daniel Ashworth", false},
		{"the next sentence says another did the same",
			"Ann Moss declared a state of emergency. Ivo Petrov did the same two days later.", "Ann Moss", true},
		{"'as did' in the same sentence",
			"Ann Moss called for an inquiry, as did Ivo Petrov.", "Ann Moss", true},
		{"another followed suit",
			"Ann Moss declared a state of emergency. Ivo Petrov followed suit.", "Ann Moss", true},
		{"the next sentence tells something else",
			"Ann Moss declared a state of emergency. Ivo Petrov visited the flooded towns.", "Ann Moss", false},
		{"another deed of the same verb is no match",
			"Lee Hart pleaded guilty to fraud last May. Ray Cole pleaded for mercy.", "Lee Hart", false},
		// "did so" in the same sentence (didso.go): another's name before
		// it makes the deed shared; a pronoun, an adverb or the doer's own
		// name does not.
		{"another's name did so",
			"Ana Lopes won her titles from 1990-98, and Berg did so from 2001-09.", "Ana Lopes", true},
		{"a pronoun is the doer again",
			"Ana Lopes won her titles in Rome, and she did so without a coach.", "Ana Lopes", false},
		{"an adverb names no subject",
			"Ana Lopes won her titles in Rome in 1995, and never did so again.", "Ana Lopes", false},
		{"the doer's own name",
			"Ana Lopes won her titles in Rome, and Lopes did so without a coach.", "Ana Lopes", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeKind(headlineLine+tc.text, Actor, (*writer).actor)
			var f *Fact
			for i := range w.facts {
				if w.facts[i].Kind == Actor && w.facts[i].Doer == tc.doer && f == nil {
					f = &w.facts[i]
				}
			}
			if f == nil {
				t.Fatalf("no deed of %s found", tc.doer)
			}
			if got := deedOfAnother(w.text, w.sents, *f); got != tc.want {
				t.Errorf("deedOfAnother(%q %q) = %v, want %v", f.Doer, f.Action, got, tc.want)
			}
		})
	}
}

// TestDoerTitleGivesAwayFigure checks that a headline naming the doer
// with a figure of the prompt gives the question away (as a real page
// did: a scoreline headline "[Haaland 58, 63]" and "… on 58 minutes?"),
// and that a headline naming someone else, or no shared figure, does not.
func TestDoerTitleGivesAwayFigure(t *testing.T) {
	f := Fact{Kind: Actor, DoerKind: "person", Doer: "Tomas Berg", Action: "broke the deadlock with a header on 58 minutes"}
	tests := []struct {
		title, prompt string
		want          bool
	}{
		{"Rovers 2 [Berg 58, 63] United 0", "Who broke the deadlock with a header on 58 minutes?", true},
		{"Rovers 2 [Berg 12, 63] United 0", "Who broke the deadlock with a header on 58 minutes?", false},
		{"Rovers 2 [Lind 58, 63] United 0", "Who broke the deadlock with a header on 58 minutes?", false},
		{"Berg's header breaks the deadlock", "Who broke the deadlock with a header on 58 minutes?", true},
		{"Berg resigns", "Who resigned as captain?", true},
		{"Berg resigns as captain", "Who broke the deadlock with a header on 58 minutes?", false},
	}
	for _, tc := range tests {
		q := quiz.Question{Type: quiz.Single, Prompt: tc.prompt}
		if got := titleGivesAway(tc.title, q, f.Doer, f); got != tc.want {
			t.Errorf("titleGivesAway(%q, %q) = %v, want %v", tc.title, tc.prompt, got, tc.want)
		}
	}
}

// TestDoerWrongPeopleFit checks the people offered beside a doer: never
// one the prompt names ("Who welcomed Li …?" offers no "Li Qiang"), never
// a bare first name beside full names, a rank or trade written before a
// name left out.
func TestDoerWrongPeopleFit(t *testing.T) {
	fit := []struct {
		name, doer, prompt string
		want               bool
	}{
		{"Li Qiang", "Olaf Scholz", "Who welcomed Li on his first visit abroad?", false},
		{"Anna Berg", "Olaf Scholz", "Who thanked Berg for the visit?", false},
		{"Anna Berg", "Olaf Scholz", "Who welcomed Li on his first visit abroad?", true},
		{"Wilhelm", "Joseph Stalin", "Who led the Soviet delegation?", false},
		{"Wilhelm", "Stalin", "Who led the Soviet delegation?", true},
		{"Mohammed bin Abdulrahman Al Thani", "Abdullah bin Zayed", "Who hosted the talks at the Qasr Al Watan palace?", true},
		{"Maggie Lowry", "Alex Lowry", "Who spoke briefly in court?", false},
		{"Maggie Dunne", "Alex Lowry", "Who spoke briefly in court?", true},
	}
	for _, tc := range fit {
		if got := fitPersonChoice(tc.name, tc.doer, normalize(tc.prompt)); got != tc.want {
			t.Errorf("fitPersonChoice(%q, %q, %q) = %v, want %v", tc.name, tc.doer, tc.prompt, got, tc.want)
		}
	}
	titles := []struct{ in, want string }{
		{"Prosecutor Tom Van De Rostyne", "Tom Van De Rostyne"},
		{"Prince Faisal bin Farhan", "Faisal bin Farhan"},
		{"Prince Harry", "Prince Harry"},
		{"Count Anton Reis", "Anton Reis"},
		{"Striker Leon Marsh", "Leon Marsh"},
		{"Judith Kerr", "Judith Kerr"},
	}
	for _, tc := range titles {
		if got := withoutNameTitle(tc.in); got != tc.want {
			t.Errorf("withoutNameTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// The short form of a name offered in full is no second person.
	text := "During the trial, Nolan Pike took the stand. Prosecutor Tom Van De Rostyne disagreed. \"It is a sad case,\" said Van De Rostyne. " +
		"Defence lawyer Dave Mejia spoke for an hour. The judge thanked juror Ella Stone."
	w := writeKind(headlineLine+text, Actor, (*writer).actor)
	asked := false
	for _, c := range w.offered {
		if c.q.Fact != string(Actor) {
			continue
		}
		asked = true
		for _, wr := range c.item.Wrong {
			if wr == "Van De Rostyne" || strings.HasPrefix(wr, "Prosecutor") {
				t.Errorf("%q offers %q", c.q.Prompt, wr)
			}
		}
	}
	if !asked {
		t.Errorf("no doer question in %q", text)
	}
}

// TestVictimOnPage checks that a person the page says was killed is known
// as such (a quiz once offered the murder victim as the one who "took the
// stand"), and that one named near other words is not.
func TestVictimOnPage(t *testing.T) {
	text := "Police say Pike and Lowe killed 72-year-old Darrell Spencer at the store. Marcus Penny was murdered a week later. " +
		"Dave Mejia, who defended Lowe, said the jury was wrong. Ella Stone had been shot in 2001 but lived. Ann Reyes shot the film."
	tests := []struct {
		name string
		want bool
	}{
		{"Darrell Spencer", true},
		{"Marcus Penny", true},
		{"Ella Stone", true},
		{"Dave Mejia", false},
		{"Ann Reyes", false},
	}
	for _, tc := range tests {
		if got := victimOnPage(text, tc.name); got != tc.want {
			t.Errorf("victimOnPage(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDoerAnswerWithoutRank checks that a rank or trade written before
// the doer's name at a sentence's start ("Striker Leon Marsh opened …")
// is left out of the answer, as it is of the wrong people.
func TestDoerAnswerWithoutRank(t *testing.T) {
	text := "Striker Leon Marsh opened the scoring for the hosts. Captain Aaron Webb pulled one back before half-time. " +
		"Marsh scored again in the 70th minute. Goalkeeper Tom Quinn saved a penalty from the visitors. Manager Diane Holt praised the crowd."
	w := writeKind(headlineLine+text, Actor, (*writer).actor)
	asked := false
	for _, c := range w.offered {
		if c.q.Fact != string(Actor) || !strings.Contains(c.q.Prompt, "70th") {
			continue
		}
		asked = true
		if c.item.Answer != "Leon Marsh" {
			t.Errorf("%q: answer %q, want %q", c.q.Prompt, c.item.Answer, "Leon Marsh")
		}
		for _, wr := range c.item.Wrong {
			if strings.Contains(wr, "Marsh") {
				t.Errorf("%q offers %q beside the answer", c.q.Prompt, wr)
			}
		}
	}
	if !asked {
		t.Errorf("no question on the second goal in %q", text)
	}
}
