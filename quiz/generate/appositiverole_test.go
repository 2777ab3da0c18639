package generate

import (
	"strings"
	"testing"
)

// TestAppositiveRole checks the roles written after a name as an
// appositive that the titles do not know: a profession held at a named
// body gives a leader (the role's words as the office, the body as its
// country); a former role, two roles, a role without its body, a body
// written before the role and a body in lower case give none.
func TestAppositiveRole(t *testing.T) {
	tests := []struct{ text, want string }{
		{"\"The vote was close,\" said Nora Feld, a political scientist at the University of Leeds.", "Nora Feld|political scientist|University of Leeds"},
		{"\"The report was strong,\" said Owen Marsh, an analyst with Northgate Capital.", "Owen Marsh|analyst|Northgate Capital"},
		{"Ruth Ayala, chief economist at Harbour Bank, said the rate would rise.", "Ruth Ayala|chief economist|Harbour Bank"},
		{"Paul Ngata, the relief co-ordinator for Southern Province, said roads were closed.", "Paul Ngata|relief co-ordinator|Southern Province"},
		{"Dan Firth, regional industrial organiser of the GMTU, said the strike would go ahead.", "Dan Firth|regional industrial organiser|GMTU"},
		{"The oldest member was Jean Moray, member for East Harling, until she retired in 1974.", "Jean Moray|East Harling MP|"},
		{"Dana Reeve, member for Kooyong and Hawthorn, said the bill would pass.", "Dana Reeve|Kooyong and Hawthorn MP|"},
		{"\"Mainly roof damage,\" Lee Grant, a meteorologist at the National Weather Service Tulsa office said Monday.", "Lee Grant|meteorologist|National Weather Service Tulsa office"},
		{"Rosa Lind, state epidemiologist for the state Health Department, said the outbreak was over.", "Rosa Lind|state epidemiologist|state Health Department"},
		// Refused.
		{"Rosa Lind, state epidemiologist for the state department, said the outbreak was over.", ""},
		{"Rosa Lind, a meteorologist at the office, said it rained.", ""},
		{"Dana Reeve, member for the committee, said the bill would pass.", ""},
		{"Dana Reeve, member for Kooyong in Melbourne, said the bill would pass.", ""},
		{"Dan Firth, regional industrial organiser of the union, said the strike would go ahead.", ""},
		{"Dan Firth, Northgate's lead analyst, said the results were strong.", ""},
		{"\"The vote was close,\" said Nora Feld, a former political scientist at the University of Leeds.", ""},
		{"\"The vote was close,\" said Nora Feld, a political analyst.", ""},
		{"\"We were surprised,\" said Nora Feld, a Leeds University physicist who led the study.", ""},
		{"Ruth Ayala, economist and author at Harbour Bank, said the rate would rise.", ""},
		{"Ruth Ayala, an economist at the time, said the rate would rise.", ""},
		{"Ruth Ayala, an economist at Harbour Bank in Leeds, said the rate would rise.", ""},
	}
	for _, tc := range tests {
		got := ""
		for _, l := range findLeaders(tokenize(tc.text)) {
			got = l.person + "|" + l.office + "|" + l.country
		}
		if got != tc.want {
			t.Errorf("%q: %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestAppositiveRoleQuestion checks the question a role gives: who holds
// it, the role written with its body, the article's other people as wrong
// choices; none when another sentence names the same role at the same
// body (someone else may hold it).
func TestAppositiveRoleQuestion(t *testing.T) {
	const others = " Chief Executive Ann Vance said sales rose. Finance Minister Karl Brandt said taxes would fall."
	tests := []struct {
		name, text, want string
	}{
		{"role at its body", "\"The report was strong,\" said Owen Marsh, an analyst with Northgate Capital." + others,
			"Who is the analyst with Northgate Capital, according to the article?"},
		{"a seat's member", "Dana Reeve, member for Kooyong, said the analyst was wrong." + others,
			"Who is the MP for Kooyong, according to the article?"},
		{"the body's role named again", "\"The report was strong,\" said Owen Marsh, an analyst with Northgate Capital." + others +
			" Another analyst at Northgate Capital disagreed.", ""},
	}
	for _, tc := range tests {
		w := writeKind(headlineLine+tc.text, Leader, (*writer).who)
		got := ""
		for _, c := range w.offered {
			if strings.Contains(c.q.Prompt, "analyst") || strings.Contains(c.q.Prompt, "Kooyong") {
				got = c.q.Prompt
			}
		}
		if got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestAppositiveRoleNoStatement checks that a role read after a name gets
// no true-or-false statement of its office: the offices of other people
// ("Owen Marsh is the Finance Minister of Northgate Capital") are no
// plausible wrong roles, and the role's body is not its country ("the
// relief co-ordinator of Southern Province" for "for").
func TestAppositiveRoleNoStatement(t *testing.T) {
	for _, a := range []string{
		"\"The report was strong,\" said Owen Marsh, an analyst with Northgate Capital. Chief Executive Ann Vance said sales rose. Finance Minister Karl Brandt said taxes would fall.",
		"Paul Ngata, the relief co-ordinator for Southern Province, said roads were closed. Premier Tom Reid of Southern Province visited on 4 May 2021.",
	} {
		w := writeAll(t, headlineLine+a)
		for _, c := range w.offered {
			if strings.Contains(c.q.Prompt, "Owen Marsh is") || strings.Contains(c.q.Prompt, "Paul Ngata is") {
				t.Errorf("%q: statement %q", a, c.q.Prompt)
			}
		}
	}
}
