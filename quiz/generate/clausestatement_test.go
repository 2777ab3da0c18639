package generate

import (
	"strings"
	"testing"
)

// A sentence of two clauses, each with a fact, gives a statement on each
// clause (clausestatement.go), and both may be asked; a sentence whose
// "and" joins no two clauses gives none.
func TestClauseStatements(t *testing.T) {
	const frame = "Court news from the county\n\nThe county court sat for four days this week in Harrowgate.\n\n%s\n\nThe court will sit again in the spring after a short break.\n"
	cases := []struct {
		name, sentence string
		want           []string // the clauses a statement is offered on, as their prompts open
	}{
		{"two clauses, two subjects", "Dana Marsh was jailed for three years and Owen Pike was sentenced to 14 months in prison.",
			[]string{"According to the article, Dana Marsh was jailed for", "According to the article, Owen Pike was sentenced to"}},
		{"a subject shared", "Tom Reyes was elected mayor in 1998 and served 12 years in office after winning three races.",
			[]string{"According to the article, Tom Reyes served"}},
		{"a comma before the and", "The ferry sank on 4 May 1921, and a second ship was lost with 210 passengers in 1923.",
			[]string{"According to the article, a second ship was lost with"}},
		{"a date's comma, a present verb", "Ann Cole was back in court on Friday, May 9, and faces up to 20 years in prison.",
			[]string{"According to the article, Ann Cole was back in court on Friday, May 9.", "According to the article, Ann Cole faces"}},
		{"a present verb after a name", "Norvell Foods is a bakery firm based in Leeds. Norvell employs about 900 people in 12 countries and had sales of 40 million pounds in 2019.",
			[]string{"According to the article, Norvell had sales of"}},
		// Refused: two subjects of one verb, a subject that is no
		// phrase, a source at the end, a pronoun pointing back.
		{"two subjects", "According to the report, 811 confirmed cases and over 6,500 suspected infections have been recorded.", nil},
		{"two subjects after a participle", "According to the report released by the agency on Monday, 811 confirmed cases and over 6,500 suspected infections have been recorded.", nil},
		{"no subject", "The first officially recognised cup final took place on 4 May 1881 and was played before 3,000 people.", nil},
		{"a source", "The storm destroyed 40 bridges in 2019, and 300 homes were flooded, the agency reported.", nil},
		{"a pronoun", "The storm destroyed 40 bridges in 2019, and its floods damaged 300 homes.", nil},
	}
	for _, tc := range cases {
		text := strings.Replace(frame, "%s", tc.sentence, 1)
		w := articleWriter(text, "")
		w.write()
		var got []string
		for _, c := range w.offered {
			if c.part != nil && !c.leavesOut() { // a clause, not a phrase left out (omitstatement.go)
				got = append(got, c.q.Prompt)
			}
		}
		for _, want := range tc.want {
			found := false
			for _, p := range got {
				found = found || strings.HasPrefix(p, want)
			}
			if !found {
				t.Errorf("%s: no clause statement %q…; offered %q", tc.name, want, got)
			}
		}
		if tc.want == nil && len(got) > 0 {
			t.Errorf("%s: clause statements offered: %q", tc.name, got)
		}
		if len(tc.want) == 2 {
			w.choose(0)
			n := 0
			for _, q := range w.questions {
				if q.Evidence == tc.sentence {
					n++
				}
			}
			if n < 2 {
				t.Errorf("%s: %d questions on the sentence, want both clauses asked", tc.name, n)
			}
		}
	}
}

// A clause statement that no other question of its sentence stands beside
// gives way to the whole sentence's statement (wholeAgain): here the
// title gives away the first clause's "two years".
func TestClauseStatementAloneIsWhole(t *testing.T) {
	const sentence = "Dana Marsh was jailed for two years and Owen Pike was sentenced to 14 months in prison."
	text := "Former officer jailed for two years\n\nThe county court sat for four days this week in Harrowgate.\n\n" + sentence + "\n\nThe court will sit again in the spring after a short break.\n"
	w := articleWriter(text, "")
	w.write()
	w.choose(0)
	var got []string
	for _, q := range w.questions {
		if q.Evidence == sentence {
			got = append(got, q.Prompt)
		}
	}
	if len(got) != 1 || !strings.HasSuffix(got[0], "Owen Pike was sentenced to 14 months in prison.") || !strings.Contains(got[0], "Dana Marsh") {
		t.Errorf("questions on the sentence: %q, want its whole statement", got)
	}
}
