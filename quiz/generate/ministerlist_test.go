package generate

import (
	"strings"
	"testing"
)

// leaderIn returns the leaders findLeaders reads in one sentence, as
// "person | office | country".
func leaderIn(sentence string) []string {
	var out []string
	for _, l := range findLeaders(tokenize(sentence)) {
		if l.person != "" {
			out = append(out, l.person+" | "+l.office+" | "+l.country)
		}
	}
	return out
}

// TestMinisterList: a ministry named by a list of portfolios, with
// adjectives and "the" inside it, is read whole before its holder's name
// (with or without a comma, a short form in brackets, a post-nominal),
// and asked only "Who is the …?"; a name after a short portfolio is not
// taken into it.
func TestMinisterList(t *testing.T) {
	for _, c := range []struct {
		sentence, want string
		long           bool
	}{
		{"Minister for Agriculture, Food and the Marine, Ann Byrne TD, today opened the fair.", "Ann Byrne | Minister for Agriculture, Food and the Marine | ", true},
		{"Minister for Further and Higher Education, Research, Innovation and Science Tom Quill TD is urging people to enrol.", "Tom Quill | Minister for Further and Higher Education, Research, Innovation and Science | ", true},
		{"Minister for the Environment, Climate and Communications Rory Dwyer has opened the park.", "Rory Dwyer | Minister for the Environment, Climate and Communications | ", true},
		{"The Minister of Cooperative Governance and Traditional Affairs (CoGTA), Mr Sipho Dube, will open the bridge.", "Sipho Dube | Minister of Cooperative Governance and Traditional Affairs | ", true},
		{"The Chief Nursing Officer (CNO) Mary Keane urged people to rest.", "Mary Keane | Chief Nursing Officer | ", false},
		{"Minister of Health Sipho Dube opened the clinic.", "Sipho Dube | Minister of Health | ", false},
		{"The Minister for Health, Tom Quill and Mary Keane met the nurses.", "Tom Quill | Minister for Health | ", false},
		{"Minister for Justice, Tom Quill TD, has opened the court.", "Tom Quill | Minister for Justice | ", false},
	} {
		got := leaderIn(c.sentence)
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("%q: leaders %q, want %q first", c.sentence, got, c.want)
			continue
		}
		if l := findLeaders(tokenize(c.sentence))[0]; l.long != c.long {
			t.Errorf("%q: long %v, want %v", c.sentence, l.long, c.long)
		}
	}
	text := "Farm and school grants announced\n\n" +
		"Minister for Agriculture, Food and the Marine, Ann Byrne TD, today announced grants of €4 million for small farms.\n" +
		"Minister for Further and Higher Education, Research, Innovation and Science Tom Quill TD is urging adults to enrol in evening classes.\n" +
		"The Chief Nursing Officer Mary Keane has urged older people to rest over the winter.\n" +
		"The grants will be paid to 900 farms in the spring.\n"
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.Prompt, "What office does Ann Byrne") || strings.HasPrefix(q.Prompt, "What office does Tom Quill") {
			t.Errorf("office question on a listed ministry: %q", q.Prompt)
		}
		if strings.Contains(q.Prompt, "the Minister for Agriculture, Food and the Marine") || strings.Contains(q.Prompt, "the Minister for Further and Higher Education") {
			found = true
		}
	}
	if !found {
		var ps []string
		for _, q := range res.Quiz.Questions {
			ps = append(ps, q.Prompt)
		}
		t.Errorf("no \"Who is the Minister for …?\" question in %q", ps)
	}
}
