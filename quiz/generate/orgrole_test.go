package generate

import (
	"strings"
	"testing"
)

// TestOrgRole checks the roles a body has one holder of, written in lower
// case beside the body's name: before the holder's name ("Harlow manager
// X", "The Harlow manager, X,") or after it ("X, the Harlow manager,";
// with "of" or "at": "X, chief executive at Vale Hospital in Elmbury –"). The role is read
// as the office, the body as its country. A former or shared role, a
// body of one word that names no one body, a nationality, a country
// before a role that is not a team's, a role of several holders and a
// name of one word give none.
func TestOrgRole(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Harlow manager Tom Oduya said the team had played well.", "Tom Oduya|manager|Harlow|the manager of Harlow"},
		{"Coastal Rail Association chair Irene Pask said the money was welcome.", "Irene Pask|chair|Coastal Rail Association|the chair of the Coastal Rail Association"},
		{"After the game, Falcons owner Dale Mercer told reporters the team had quit.", "Dale Mercer|owner|Falcons|the owner of the Falcons"},
		{"The list was read by Vale Hospital chief executive Joan Price on Monday.", "Joan Price|chief executive|Vale Hospital|the chief executive of Vale Hospital"},
		{"On Monday Harlow manager Tom Oduya said the team had played well.", "Tom Oduya|manager|Harlow|the manager of Harlow"},
		{"The ball was given to Northam captain Ravi Desai at the toss.", "Ravi Desai|captain|Northam|the captain of Northam"},
		{"Tom Oduya, chief executive of the Rural Schools Information Unit, said the money was late.", "Tom Oduya|chief executive|Rural Schools Information Unit|the chief executive of the Rural Schools Information Unit"},
		{"Joan Price, chief executive at Vale Hospital in Elmbury – which came last in the table – said it was unfair.", "Joan Price|chief executive|Vale Hospital|the chief executive at Vale Hospital"},
		{"Joan Price, the president of the Pier Rocket Museum, led the visitors.", "Joan Price|president|Pier Rocket Museum|the president of the Pier Rocket Museum"},
		{"Tom Oduya, the Harlow manager, said the team had played well.", "Tom Oduya|manager|Harlow|the manager of Harlow"},
		{"\"We played well,\" said Tom Oduya, Harlow manager.", "Tom Oduya|manager|Harlow|the manager of Harlow"},
		{"The Harlow manager, Tom Oduya, said the team had played well.", "Tom Oduya|manager|Harlow|the manager of Harlow"},
		{"Dale Mercer, the Falcons owner, told reporters the team had quit.", "Dale Mercer|owner|Falcons|the owner of the Falcons"},
		// Refused.
		{"Tom Oduya, the former Harlow manager, said the team had played well.", ""},
		{"Tom Oduya, a Harlow manager for ten years, said the team had played well.", ""},
		{"The Harlow manager, Tom Oduya and his staff, said the team had played well.", ""},
		{"Former Harlow manager Tom Oduya said the team had played well.", ""},
		{"\"We lost,\" said joint Harlow manager Tom Oduya.", ""},
		{"Harlow assistant manager Tom Oduya said the team had played well.", ""},
		{"Board president Tom Oduya said the vote was close.", ""},
		{"City manager Tom Oduya said the roads were closed.", ""},
		{"The list was read by Leeds chief executive Joan Price on Monday.", ""},
		{"France chief executive Tom Oduya said the figures were good.", ""},
		{"Harlow spokesman Tom Oduya said the roads were closed.", ""},
		{"Harlow manager Oduya said the team had played well.", ""},
		{"Joan Price, chief executive at Vale Hospital for ten years, said it was unfair.", ""},
		{"Joan Price, finance director at Vale Hospital, said it was unfair.", ""},
	}
	for _, tc := range tests {
		got := ""
		for _, l := range findLeaders(tokenize(tc.text)) {
			got = l.person + "|" + l.office + "|" + l.country + "|" + l.role
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestOrgRoleQuestion checks the question a body's role gives: which role
// the person held there, in the past, among roles of the same kind of
// body; none at a country's team, none for a person the article gives
// another office, and no wrong role the sentence itself names.
func TestOrgRoleQuestion(t *testing.T) {
	tests := []struct {
		name, text, want string
		wrong            []string
	}{
		{"a club's manager", "Harlow manager Tom Oduya said the team had played well.",
			"What was Tom Oduya's role at Harlow, according to the article?", []string{"captain", "chairman", "owner"}},
		{"a hospital's chief executive", "Joan Price, chief executive at Vale Hospital in Elmbury – which came last – said the table was unfair.",
			"What was Joan Price's role at Vale Hospital, according to the article?", []string{"chairman", "finance director", "chief operating officer"}},
		{"a team in the plural", "After the game, Falcons owner Dale Mercer told reporters the team had quit.",
			"What was Dale Mercer's role at the Falcons, according to the article?", []string{"captain", "head coach", "trainer"}},
		{"a wrong role named beside it", "Harlow manager Tom Oduya said the club's owner would sell it.",
			"What was Tom Oduya's role at Harlow, according to the article?", []string{"captain", "chairman"}},
		{"a title named beside it", "Joan Price, chief executive of the Vale Health Unit, said the finance director had resigned.",
			"What was Joan Price's role at the Vale Health Unit, according to the article?", []string{"chairman", "chief operating officer"}},
		{"a country's team", "England captain Ravi Desai said the team had played well.", "", nil},
		{"another office", "Harlow manager Tom Oduya said the team had played well. Finance Minister Tom Oduya of Ghana opened the new ground.", "", nil},
	}
	for _, tc := range tests {
		w := writeKind(headlineLine+tc.text, Leader, (*writer).orgRole)
		got, gotWrong := "", []string(nil)
		for _, c := range w.offered {
			got = c.q.Prompt
			for _, ch := range c.q.Choices {
				if !ch.Correct {
					gotWrong = append(gotWrong, ch.Text)
				}
			}
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
			continue
		}
		for _, x := range tc.wrong {
			if !strings.Contains(strings.Join(gotWrong, "|"), x) || len(gotWrong) != len(tc.wrong) {
				t.Errorf("%s: wrong choices %v, want %v", tc.name, gotWrong, tc.wrong)
				break
			}
		}
	}
}

// TestTheBody checks how a body's name is written after "of" in a prompt:
// with "the" for a name ending on a body's word, an initialism read with
// "the" and a team in the plural; as written for a place, a hospital or a
// company.
func TestTheBody(t *testing.T) {
	tests := []struct{ body, role, want string }{
		{"Coastal Rail Association", "chair", "the Coastal Rail Association"},
		{"RSPB", "president", "the RSPB"},
		{"Falcons", "owner", "the Falcons"},
		{"Harlow", "manager", "Harlow"},
		{"Vale Hospital", "chief executive", "Vale Hospital"},
		{"Acme Stores", "chief executive", "Acme Stores"},
	}
	for _, tc := range tests {
		if got := theBody(tc.body, tc.role); got != tc.want {
			t.Errorf("theBody(%q, %q) = %q, want %q", tc.body, tc.role, got, tc.want)
		}
	}
}
