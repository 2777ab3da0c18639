package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

func TestPersonRole(t *testing.T) {
	cases := []struct {
		text, name string
		want       int
	}{
		{"Peter Kowalczyk, 44, is accused of the murder of Agnes Thorne, the court heard.", "Peter Kowalczyk", roleAccused},
		{"Peter Kowalczyk, 44, is accused of the murder of Agnes Thorne.", "Agnes Thorne", roleVictim},
		{"The court heard from Peter Kowalczyk. Kowalczyk was remanded in custody.", "Peter Kowalczyk", roleAccused},
		{"Police charged Lena Ortiz with fraud on Monday.", "Lena Ortiz", roleAccused},
		{"Dario Renzi pleaded guilty to dangerous driving.", "Dario Renzi", roleAccused},
		{"The singer Mara Ilves died at her home in Tallinn on Sunday.", "Mara Ilves", roleVictim},
		{"He caused 17-year-old Tom Ashby's death by careless driving.", "Tom Ashby", roleVictim},
		{"Crowds gathered after the killing of 30-year-old Nadia Feld in the park.", "Nadia Feld", roleVictim},
		// Someone who only speaks, prosecutes or judges has no part.
		{"Sarah Quinlan appeared for the prosecution with Owen Pryce defending.", "Sarah Quinlan", roleNone},
		{"Judge Ruth Okafor sentenced the driver to two years.", "Ruth Okafor", roleNone},
		{"Mara Ilves said the charges were false.", "Mara Ilves", roleNone},
		// A surname shared with another person of the page is not read alone.
		{"Tom Ashby spoke to reporters. Ann Ashby was charged. Ashby was remanded.", "Tom Ashby", roleNone},
		// A whole word only: "Homer" in "Homeric" is not Homer.
		{"Lyn Homer praised a Homeric effort; Homeric died out.", "Lyn Homer", roleNone},
	}
	for _, c := range cases {
		people := []string{c.name}
		if strings.Contains(c.text, "Ann Ashby") {
			people = append(people, "Ann Ashby")
		}
		if got := personRole(c.text, c.name, people); got != c.want {
			t.Errorf("personRole(%q, %q) = %d, want %d", c.text, c.name, got, c.want)
		}
	}
}

// courtArticle is a page whose doer questions asked of the prosecutor,
// the detective and the councillor offered the accused among them (and
// where he was asked of, the people of no part beside him).
const courtArticle = "Man remanded over death of neighbour in Dunmore\n\n" +
	"A man accused of killing his neighbour has appeared before magistrates in Dunmore.\n\n" +
	"Peter Kowalczyk, 44, is accused of the murder of Agnes Thorne at her home on Mill Lane on Friday night.\n\n" +
	"Sarah Quinlan appeared for the prosecution with Owen Pryce defending.\n\n" +
	"Kowalczyk was remanded in custody until the next hearing at Carlow Crown Court.\n\n" +
	"Detective Inspector Gareth Lyle praised the neighbours who called the emergency services.\n\n" +
	"Councillor Bridget Farrell opened a book of condolence at the town hall on Saturday."

// TestDoerChoicesKeepTheirPart: a doer question offers no wrong choice of
// another part in the story than the answer's: not the accused nor the
// victim for the prosecutor's deed.
func TestDoerChoicesKeepTheirPart(t *testing.T) {
	res, err := FromText("", courtArticle)
	if err != nil {
		t.Fatal(err)
	}
	asked := 0
	for _, q := range res.Quiz.Questions {
		if !strings.HasPrefix(q.Prompt, "Who ") || q.Type != quiz.Single {
			continue
		}
		asked++
		for _, c := range q.Choices {
			if c.Text == "Peter Kowalczyk" || c.Text == "Agnes Thorne" {
				t.Errorf("%q offers %q", q.Prompt, c.Text)
			}
		}
	}
	if asked == 0 {
		t.Errorf("no doer question asked: %q", prompts(res))
	}
}

// obituaryArticle: the singer who died was offered as the one who
// confirmed her death (held-out set 16's cause, in the project's words).
const obituaryArticle = "Singer Mara Ilves dies aged 81\n\n" +
	"The Estonian singer Mara Ilves has died at her home in Tallinn at the age of 81.\n\n" +
	"Her agent Tom Reed confirmed her death in a statement on Sunday morning.\n\n" +
	"Ilves recorded more than 30 albums and won the national song prize three times.\n\n" +
	"Composer Arvo Lind wrote her best-known song, Northern Light, in 1969.\n\n" +
	"Culture minister Kadri Saar announced a memorial concert at the Tallinn song festival grounds."

// TestDoerChoicesNotTheDead: no doer question offers the dead singer.
func TestDoerChoicesNotTheDead(t *testing.T) {
	res, err := FromText("", obituaryArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if q.Fact != string(Actor) {
			continue
		}
		for _, c := range q.Choices {
			if c.Text == "Mara Ilves" {
				t.Errorf("%q offers %q", q.Prompt, c.Text)
			}
		}
	}
}

func TestPossessiveOfAnother(t *testing.T) {
	cases := []struct {
		action string
		want   bool
	}{
		{"confirmed her death in a statement", true},
		{"announced his passing on Sunday", true},
		{"identified their bodies", true},
		{"paid for his funeral", true},
		{"reached the final with his fifth jump", false},
		{"confirmed the death toll", false},
		{"secured larger rebates on his country's contributions", false},
	}
	for _, c := range cases {
		if got := possessiveOfAnother(c.action); got != c.want {
			t.Errorf("possessiveOfAnother(%q) = %v, want %v", c.action, got, c.want)
		}
	}
}

// tributesArticle names the dead singer nowhere beside her death: the
// deed "confirmed her death" alone tells that the possessive is hers.
const tributesArticle = "Tributes paid to Estonian singer\n\n" +
	"Tributes have been paid to Mara Ilves, the Estonian singer whose songs filled the Tallinn festival grounds for five decades.\n\n" +
	"Her agent Tom Reed confirmed her death in a statement on Sunday morning.\n\n" +
	"Composer Arvo Lind wrote her best-known song, Northern Light, in 1969.\n\n" +
	"Culture minister Kadri Saar announced a memorial concert at the Tallinn song festival grounds.\n\n" +
	"Conductor Peeter Vaher will lead the festival choir at the concert in June."

// TestNoDoerQuestionOnAnothersDeath: "Who confirmed their death?" is not
// asked.
func TestNoDoerQuestionOnAnothersDeath(t *testing.T) {
	res, err := FromText("", tributesArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range prompts(res) {
		if strings.Contains(p, "death") {
			t.Errorf("asked %q", p)
		}
	}
}

// cupFinalArticle: the goalkeeper's save was offered with the two heads
// of government who watched the final as the wrong choices.
const cupFinalArticle = "Rovers win the Continental Cup\n\n" +
	"Rovers won the Continental Cup on Saturday, beating United 2-1 in the final at the Grand Arena in Cordoba.\n\n" +
	"Striker Tomas Ivanic scored twice in the second half, both times from corners.\n\n" +
	"Goalkeeper Rui Mendes saved a penalty from Pablo Serra in the last minute.\n\n" +
	"Chilean President Elena Marquez watched the final with Norwegian Prime Minister Karl Weiss.\n\n" +
	"Marquez presented the trophy to Rovers captain Sven Holm after the match."

// TestPlayDeedNoHeadOfState: a deed on the field offers no head of state
// or government; a deed off it may.
func TestPlayDeedNoHeadOfState(t *testing.T) {
	res, err := FromText("", cupFinalArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range res.Quiz.Questions {
		if q.Fact != string(Actor) || !playVerbs[deedVerb(strings.TrimPrefix(q.Prompt, "Who "))] {
			continue
		}
		for _, c := range q.Choices {
			if c.Text == "Elena Marquez" || c.Text == "Karl Weiss" {
				t.Errorf("%q offers %q", q.Prompt, c.Text)
			}
		}
	}
	cases := []struct {
		action, want string
	}{{"will lead the choir", "lead"}, {"scored twice", "scored"}, {"", ""}}
	for _, c := range cases {
		if got := deedVerb(c.action); got != c.want {
			t.Errorf("deedVerb(%q) = %q, want %q", c.action, got, c.want)
		}
	}
}

func TestRoleFits(t *testing.T) {
	cases := []struct {
		answer, choice int
		want           bool
	}{
		{roleNone, roleNone, true},
		{roleNone, roleAccused, false},
		{roleNone, roleVictim, false},
		{roleAccused, roleAccused, true},
		{roleAccused, roleNone, false},
		{roleAccused, roleVictim, false},
		{roleVictim, roleNone, true},
		{roleVictim, roleVictim, true},
		{roleVictim, roleAccused, false},
	}
	for _, c := range cases {
		if got := roleFits(c.answer, c.choice); got != c.want {
			t.Errorf("roleFits(%d, %d) = %v, want %v", c.answer, c.choice, got, c.want)
		}
	}
	// Outside a court's story, "accused" is politics: no defendant.
	if got := personRole("Minister Ivo Sand accused Lena Ortiz of lying to parliament.", "Lena Ortiz", nil); got != roleNone {
		t.Errorf("an accusation in politics gives Lena Ortiz part %d, want none", got)
	}
}
