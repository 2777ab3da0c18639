package factlist

import (
	"reflect"
	"strings"
	"testing"

	"factquiz/quiz/generate"
)

// TestCredit: a question on a found fact is credited with the listed
// fact it asks, not with every listed fact of the same value: two people
// who did the same in the same year, a year that is also the first of
// another fact's span, two counts of the same number.
func TestCredit(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		list  string
		facts []string // found facts: kind, text (counts: "count:N noun:text")
		asked []int    // the found fact the one question asks
		want  []int    // per listed fact, how many questions it is credited with
	}{
		{"two people, one year",
			"Anna Vell\n\nAnna Vell was born in Norland. She joined the river guild in 1921.\n\nTomas Brek\n\nTomas Brek was a miller. He joined the river guild in 1921 too.",
			"date: 1921 | Anna Vell joined the river guild\ndate: 1921 | Tomas Brek joined the river guild\n",
			[]string{"date:1921", "date:1921#2"}, []int{1}, []int{0, 1}},
		{"a year and a span it begins",
			"Anna Vell opened the mill in 1921. She ran the harbour school from 1921-1924.",
			"date: 1921 | Anna Vell opened the mill\ndate: 1921-1924 | Anna Vell ran the harbour school\n",
			[]string{"date:1921", "date:1921-1924"}, []int{1}, []int{0, 1}},
		{"the same year of one event, asked",
			"Anna Vell opened the mill in 1921. The mill closed in 1950.",
			"date: 1921 | Anna Vell opened the mill\n",
			[]string{"date:1921"}, []int{0}, []int{1}},
		{"a sentence said twice: the copy the fact is in",
			"Anna Vell\n\nThey joined the guild in 1921.\n\nTomas Brek\n\nThey joined the guild in 1921.",
			"date: 1921 | Anna Vell joined the guild\ndate: 1921 | Tomas Brek joined the guild\n",
			[]string{"date:1921#2"}, []int{0}, []int{0, 1}},
		{"nothing tells them apart: both",
			"The guild met in 1921. The guild met again in 1921.",
			"date: 1921 | the guild met\ndate: 1921 | the guild met again\n",
			[]string{"date:1921"}, []int{0}, []int{1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Parse("x.facts", []byte(tc.list))
			if err != nil {
				t.Fatal(err)
			}
			var res generate.Result
			for _, f := range tc.facts {
				kind, s, _ := strings.Cut(f, ":")
				s, nth, _ := strings.Cut(s, "#")
				i := strings.Index(tc.text, s)
				if nth == "2" {
					i = strings.LastIndex(tc.text, s)
				}
				if i < 0 {
					t.Fatalf("%q not in the text", s)
				}
				res.Facts = append(res.Facts, generate.Fact{Kind: generate.Kind(kind), Text: s, Start: i, End: i + len(s)})
			}
			for _, fi := range tc.asked {
				res.Items = append(res.Items, generate.Item{Fact: fi})
			}
			m := Run(tc.text, l, res)
			var got []int
			for _, o := range m.Outcomes {
				got = append(got, len(o.AskedBy))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("credited %v, want %v", got, tc.want)
			}
		})
	}
}
