package generate

import (
	"strings"
	"testing"

	"factquiz/quiz"
)

// saidQuestions returns the who-said questions and said-statements of
// text's quiz: the prompt, and the people it offers or states.
func saidQuestions(t *testing.T, text string) map[string][]string {
	t.Helper()
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	for _, q := range res.Quiz.Questions {
		switch {
		case strings.HasPrefix(q.Prompt, "Who ") && strings.Contains(q.Prompt, "“"):
			for _, c := range q.Choices {
				out[q.Prompt] = append(out[q.Prompt], c.Text)
			}
		case q.Type == quiz.TrueFalse && strings.HasPrefix(q.Prompt, "According to the article, ") && strings.Contains(q.Prompt, "“"):
			out[q.Prompt] = append(out[q.Prompt], strings.SplitN(strings.TrimPrefix(q.Prompt, "According to the article, "), " “", 2)[0])
		}
	}
	return out
}

// TestUnfitWrongSpeakers: a wrong speaker is never one the words speak of
// (named in the quotation), speak to ("you", beside his name in the
// sentence), nor call by his title ("the judge"). The quotation is still
// asked, with the people who could have said it (fit). (The accused
// offered for another's words is checked by TestSpeakerTitleAndAccused.)
func TestUnfitWrongSpeakers(t *testing.T) {
	for _, c := range []struct {
		name, text, words string
		unfit, fit        []string
	}{
		{"named in the quotation", `Karen Holt wins the harbour swim in record time

Karen Holt won the harbour swim on Saturday in a record time, ahead of Nina Stroud and Paula Wence.

Race director Mark Dawes watched from the pier. "That was a swim nobody here will forget," Dawes said. "Karen Holt showed great nerve to go for the record in those waves."

"I went out hard and hoped the tide would turn," Holt said.

Stroud, who finished second, said she had trained for the race since March. "The water was colder than last year," said Paula Wence, who came third.`,
			"That was a swim nobody here will forget", []string{"Karen Holt"}, []string{"Nina Stroud", "Paula Wence"}},
		{"spoken to", `Lomax convicted of fraud at Carlow court

Dennis Lomax was convicted on Friday of eleven counts of fraud at Carlow Crown Court.

After the verdict was read, Lomax stood in the dock as Judge Peter Hale said: "You have been convicted by a jury of your neighbours."

Prosecutor Sarah Quint said the case had taken four years to bring. "We are satisfied that justice has been done," Quint said.

Defence lawyer Owen Parry said his client would appeal. "We will study the ruling closely," said Parry.`,
			"have been convicted by a jury", []string{"Dennis Lomax"}, []string{"Sarah Quint", "Owen Parry"}},
		{"called by title", `Judge halts sentencing over police promises

Judge Anne Carver refused on Tuesday to pass sentence on Tom Ryle, 34, until police explain how he came to admit 40 more thefts.

Mr Colin Voss, defending, said his client had been promised a lighter sentence.

Police spokesman Gary Hume said: "We note the remarks of the judge and will answer the questions she raises."

Prosecutor Helen Marr said the force would report within 14 days. "The court will have its answer," said Marr.

Council leader Frank Dyer said the case worried residents. "People want to know what was promised," Dyer said.`,
			"We note the remarks of the judge", []string{"Anne Carver"}, []string{"Helen Marr", "Frank Dyer"}},
		{"spoken to, not accused", `Vance called up for the county side

Rory Vance, 19, was named on Monday in the county side for the final against Ashby.

Coach Dan Pell met the squad at the ground, and Vance listened as Pell said: "You have earned your place in this side."

Club captain Lee Thorne said the young forward had trained harder than anyone. "He never misses a session," Thorne said.

Ashby manager Glen Rudd said his side feared nobody. "We will be ready on the day," said Rudd.`,
			"have earned your place in this side", []string{"Rory Vance"}, []string{"Lee Thorne", "Glen Rudd"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := saidQuestions(t, c.text)
			asked := false
			for p, people := range got {
				if !strings.Contains(p, c.words) {
					continue
				}
				asked = true
				for _, u := range c.unfit {
					for _, x := range people {
						if strings.Contains(x, u) {
							t.Errorf("%q offers or states %q, of whom the words speak", p, u)
						}
					}
				}
				if len(people) > 1 || strings.HasSuffix(p, "”?") {
					for _, f := range c.fit {
						found := false
						for _, x := range people {
							found = found || strings.Contains(x, f)
						}
						if !found {
							t.Errorf("%q does not offer %q, who could have said it: %v", p, f, people)
						}
					}
				}
			}
			if !asked {
				t.Errorf("the quotation %q is not asked; said questions: %v", c.words, got)
			}
		})
	}
}

// TestSpeakerTitleAndAccused: the title a quotation calls someone by, and
// the accused a court page names, read from sentences.
func TestSpeakerTitleAndAccused(t *testing.T) {
	for _, c := range []struct {
		text, quotation, person string
		want                    bool
	}{
		{"Judge Anne Carver adjourned the case.", "We note the remarks of the judge.", "Anne Carver", true},
		{"The case was heard by judge Anne Carver.", "The judge was right.", "Anne Carver", true},
		{"Mayor Frank Dyer opened the bridge.", "We thank the mayor for his patience.", "Frank Dyer", true},
		{"Judge Anne Carver adjourned the case.", "We note the remarks of the court.", "Anne Carver", false},
		{"Frank Dyer opened the bridge.", "We thank the mayor for his patience.", "Frank Dyer", false},
		{"Judge Anne Carver adjourned the case.", "We note the judgement.", "Anne Carver", false},
	} {
		if got := quotationCallsTitle(c.text, c.quotation, c.person); got != c.want {
			t.Errorf("quotationCallsTitle(%q, %q, %q) = %v, want %v", c.text, c.quotation, c.person, got, c.want)
		}
	}
	for _, c := range []struct {
		text, person string
		want         bool
	}{
		{"The judge refused to pass sentence on Tom Ryle until police explain. The court heard the case.", "Tom Ryle", true},
		{"Sentencing Ryle, the judge spoke of the harm done. Tom Ryle left the court.", "Tom Ryle", true},
		{"The court heard from Tom Ryle, who admitted three thefts.", "Tom Ryle", true},
		{"Tom Ryle was charged with theft, the court heard.", "Tom Ryle", true},
		{"Tom Ryle, defending, told the court his client would appeal.", "Tom Ryle", false},
		{"Police officer Tom Ryle gave evidence to the court on Monday.", "Tom Ryle", false},
	} {
		w := &writer{text: c.text}
		if got := w.accusedOnPage(c.person); got != c.want {
			t.Errorf("accusedOnPage(%q) in %q = %v, want %v", c.person, c.text, got, c.want)
		}
	}
}
