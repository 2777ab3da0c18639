package generate

import (
	"strings"
	"testing"

	"factquiz/quiz/testwise"
)

// variedArticle names several ministers by their titles alone, each
// asked "What office does X hold?".
const variedArticle = `Ministers Quit Ahead of Cabinet Change

Prime Minister Arun Mehta surprised the capital on Wednesday as one senior minister resigned after another before the cabinet change.

Those who put in their papers included Health Minister Kavita Rao, Education Minister Sunil Desai and Environment Minister Meera Pillai.

The ministers met at the river palace in the evening. Of the 41 ministers to be sworn in, 30 will be newcomers.

The new council will be sworn in on Friday, officials said, and the opposition called the change a sign of panic.
`

// TestVariedFillers asks several ministers their office: their wrong
// choices must not be one list of three offices beside a different
// answer each, which the cross-question strategy reads.
func TestVariedFillers(t *testing.T) {
	res, err := FromText("", variedArticle)
	if err != nil {
		t.Fatal(err)
	}
	var offices []string
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.Prompt, "What office") {
			var cs []string
			for _, c := range q.Choices {
				cs = append(cs, c.Text)
			}
			offices = append(offices, q.Prompt+" "+strings.Join(cs, " / "))
		}
	}
	if len(offices) < 3 {
		t.Fatalf("want at least 3 office questions, got %d:\n%s", len(offices), strings.Join(offices, "\n"))
	}
	s := testwise.Unshared(res.Quiz.Questions)
	if s.Applied > 0 && s.Gain() > 0 {
		t.Errorf("the choice no other office question offers scores %s:\n%s", s, strings.Join(offices, "\n"))
	}
}

// TestOthersOffice reads an office the article gives one other person
// alone as no office of the person asked, and refuses the others.
func TestOthersOffice(t *testing.T) {
	rao := Fact{Kind: Leader, Person: "Kavita Rao", Office: "Health Minister"}
	desai := Fact{Kind: Leader, Person: "Sunil Desai", Office: "Education Minister"}
	tests := []struct {
		name   string
		facts  []Fact
		f      Fact
		office string
		want   bool
	}{
		{"another's alone", []Fact{rao, desai}, desai, "Health Minister", true},
		{"two holders", []Fact{rao, desai, {Kind: Leader, Person: "Omar Haq", Office: "Health Minister"}}, desai, "Health Minister", false},
		{"the person's own too", []Fact{rao, desai, {Kind: Leader, Person: "Sunil Desai", Office: "Health Minister"}}, desai, "Health Minister", false},
		{"nobody's", []Fact{rao, desai}, desai, "Trade Minister", false},
		{"a country's", []Fact{{Kind: Leader, Person: "Kavita Rao", Office: "Health Minister", Country: "India"}, desai}, desai, "Health Minister", false},
		{"asked with a country", []Fact{rao, desai}, Fact{Kind: Leader, Person: "Sunil Desai", Office: "Education Minister", Country: "India"}, "Health Minister", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := othersOffice(tc.facts, tc.f, tc.office); got != tc.want {
				t.Errorf("othersOffice(%q for %s) = %v, want %v", tc.office, tc.f.Person, got, tc.want)
			}
		})
	}
}

// TestCompanyFalseOffices turns a company officer's other offices by the
// fact, so that the office a false statement gives is not always the
// same, and keeps them all.
func TestCompanyFalseOffices(t *testing.T) {
	offices := []string{"Chief Financial Officer of Ellery", "Chief Operating Officer of Ellery", "Chief Technology Officer of Ellery"}
	firsts := map[string]bool{}
	for _, f := range []Fact{
		{Kind: Leader, Person: "Nora Vale", Office: "Chief Executive", Country: "Brightwell", Text: "Chief Executive Nora Vale of Brightwell"},
		{Kind: Leader, Person: "Ines Marr", Office: "Chief Executive", Country: "Coldharbour", Text: "Chief Executive Ines Marr of Coldharbour"},
		{Kind: Leader, Person: "Tomas Berg", Office: "Chief Executive", Country: "Ellery", Text: "Chief Executive Tomas Berg of Ellery"},
		{Kind: Leader, Person: "Peter Lund", Office: "Chairman", Country: "Harrowgate", Text: "Chairman Peter Lund of Harrowgate"},
		{Kind: Leader, Person: "Ada Quill", Office: "Chief Executive", Country: "Quill Foods", Text: "Chief Executive Ada Quill of Quill Foods"},
	} {
		got := companyFalseOffices(f, offices)
		if len(got) != len(offices) {
			t.Fatalf("%s: %v, want all of %v", f.Person, got, offices)
		}
		for _, o := range offices {
			if !strings.Contains(strings.Join(got, "|"), o) {
				t.Errorf("%s: %v lost %q", f.Person, got, o)
			}
		}
		firsts[got[0]] = true
	}
	if len(firsts) < 2 {
		t.Errorf("every company head is stated with one false office: %v", firsts)
	}
	if got := companyFalseOffices(Fact{Person: "Nora Vale"}, offices[:1]); len(got) != 1 || got[0] != offices[0] {
		t.Errorf("one office: got %v", got)
	}
}
