package factlist

import (
	"reflect"
	"strings"
	"testing"

	"factquiz/quiz"
	"factquiz/quiz/generate"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []string // the entries, as "pos kind: fields"
		wantErr string   // a part of the error; "" for none
	}{
		{"every kind, comments and blank lines",
			"# style: wire\n\ndate: Feb. 15 | the truce takes effect\nleader: Vladimir Putin | President | Russia\nleader: Tomasz Wrona | Senator |\n" +
				"count: 5,000 | people killed\nplace: Minsk | city\nquote: Angela Merkel | a glimmer of hope\nactor: OSCE monitors | are to verify it\nnot: 2:47 PM | x\nnot: #18\n",
			[]string{"x.facts:3 date: Feb. 15 | the truce takes effect", "x.facts:4 leader: Vladimir Putin | President | Russia",
				"x.facts:5 leader: Tomasz Wrona | Senator", "x.facts:6 count: 5,000 | people killed", "x.facts:7 place: Minsk | city",
				"x.facts:8 quote: Angela Merkel | a glimmer of hope", "x.facts:9 actor: OSCE monitors | are to verify it",
				"x.facts:10 not: 2:47 PM | x", "x.facts:11 not: #18"}, ""},
		{"CRLF line ends", "date: 1945 | the war ended\r\n", []string{"x.facts:1 date: 1945 | the war ended"}, ""},
		{"unknown kind", "date: 1945 | x\nperson: Harry S. Truman | President\n", nil, `x.facts:2: unknown kind "person"`},
		{"no colon", "date: 1945 | x\nHarry S. Truman | President\n", nil, `x.facts:2: a fact line is "kind: field | field"`},
		{"too few fields", "date: 1945\n", nil, "x.facts:1: a date line has 2 field(s)"},
		{"too many fields", "place: Minsk | city | Belarus\n", nil, "x.facts:1: a place line has 2 field(s)"},
		{"leader without its third field", "leader: Vladimir Putin | President\n", nil, `x.facts:1: a leader line has three fields`},
		{"empty field", "quote:  | a glimmer\n", nil, "x.facts:1: the speaker is empty"},
		{"empty office", "leader: Vladimir Putin |  | Russia\n", nil, "x.facts:1: the office is empty"},
		{"count in words", "count: five | days\n", nil, `x.facts:1: the number of a count is written in digits ("5000", "5,000" or "5.7 million"), not "five"`},
		{"count badly grouped", "count: 50,00 | days\n", nil, `not "50,00"`},
		{"duplicate", "date: Feb. 15 | x\ndate: feb. 15 |  X \n", nil, "x.facts:2: the same fact is already listed at line 1"},
		{"only comments", "# nothing\n", nil, "x.facts: no facts are listed"},
		{"not UTF-8", "date: 1945 | \xff\n", nil, "x.facts: the file is not UTF-8 text"},
		{"every bad line reported", "a: b\ndate: x | y\ncount: 1\n", nil, "x.facts:1: unknown kind \"a\": a line starts with date, leader, count, place, quote, actor or not, then a colon\nx.facts:3: a count line has 2 field(s)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Parse("x.facts", []byte(tc.in))
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			var got []string
			for _, e := range append(l.Facts, l.Not...) {
				got = append(got, e.Pos()+" "+e.String())
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("entries\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func entry(t *testing.T, line string) Entry {
	t.Helper()
	l, err := Parse("x.facts", []byte(line))
	if err != nil {
		t.Fatal(err)
	}
	return l.Facts[0]
}

func TestMatches(t *testing.T) {
	tests := []struct {
		name string
		line string
		fact generate.Fact
		want bool
	}{
		{"date by its text", "date: Feb. 15 | x", generate.Fact{Kind: generate.Date, Text: "Feb. 15"}, true},
		{"date, case and dashes", "date: July 17 – August 2, 1945 | x", generate.Fact{Kind: generate.Date, Text: "july 17-August 2, 1945"}, true},
		{"date, another text", "date: Feb. 15 | x", generate.Fact{Kind: generate.Date, Text: "Feb. 16"}, false},
		{"date, a year at the start of a span", "date: 1533 | born", generate.Fact{Kind: generate.Date, Text: "1533–1603"}, true},
		{"date, a year at the end of a span", "date: 1603 | died", generate.Fact{Kind: generate.Date, Text: "1533-1603"}, true},
		{"date, a year inside no span", "date: 1558 | became queen", generate.Fact{Kind: generate.Date, Text: "1533–1603"}, false},
		{"date, a span's end is not a month", "date: 1603 | died", generate.Fact{Kind: generate.Date, Text: "May–June 1603"}, false},
		{"date, another kind", "date: 1945 | x", generate.Fact{Kind: generate.Count, Text: "1945"}, false},
		{"leader, Premier is Prime Minister", "leader: Joseph Stalin | Premier | Soviet Union",
			generate.Fact{Kind: generate.Leader, Person: "Joseph Stalin", Office: "Prime Minister", Country: "Soviet Union"}, true},
		{"leader, office case", "leader: Clement Attlee | Prime minister | Britain",
			generate.Fact{Kind: generate.Leader, Person: "Clement Attlee", Office: "Prime Minister", Country: "United Kingdom"}, true},
		{"leader, U.S. is United States", "leader: Harry S. Truman | President | United States",
			generate.Fact{Kind: generate.Leader, Person: "Harry S. Truman", Office: "President", Country: "U.S."}, true},
		{"leader, Secretary-General", "leader: Jens Stoltenberg | Secretary General | NATO",
			generate.Fact{Kind: generate.Leader, Person: "Jens Stoltenberg", Office: "Secretary-General", Country: "NATO"}, true},
		{"leader, Gov. is Governor", "leader: Rick Scott | Gov. | Florida",
			generate.Fact{Kind: generate.Leader, Person: "Rick Scott", Office: "Governor", Country: "Florida"}, true},
		{"leader, Minister of Foreign Affairs is Foreign Minister", "leader: Mangala Samaraweera | Minister of Foreign Affairs | Sri Lanka",
			generate.Fact{Kind: generate.Leader, Person: "Mangala Samaraweera", Office: "Foreign Minister", Country: "Sri Lanka"}, true},
		{"leader, Minister of Foreign Affairs is no Finance Minister", "leader: Mangala Samaraweera | Minister of Foreign Affairs | Sri Lanka",
			generate.Fact{Kind: generate.Leader, Person: "Mangala Samaraweera", Office: "Finance Minister", Country: "Sri Lanka"}, false},
		{"leader, name cut short", "leader: Harry S. Truman | President | United States",
			generate.Fact{Kind: generate.Leader, Person: "Harry S", Office: "President", Country: "United States"}, false},
		{"leader, another office", "leader: Ilham Aliyev | President | Azerbaijan",
			generate.Fact{Kind: generate.Leader, Person: "Ilham Aliyev", Office: "Prime Minister", Country: "Azerbaijan"}, false},
		{"leader, another country", "leader: Ilham Aliyev | President | Azerbaijan",
			generate.Fact{Kind: generate.Leader, Person: "Ilham Aliyev", Office: "President", Country: "Armenia"}, false},
		{"leader, a country where the article says none", "leader: Tomasz Wrona | Senator |",
			generate.Fact{Kind: generate.Leader, Person: "Tomasz Wrona", Office: "Senator", Country: "Poland"}, false},
		{"leader, no country on both sides", "leader: Tomasz Wrona | Sen. |",
			generate.Fact{Kind: generate.Leader, Person: "Tomasz Wrona", Office: "Senator"}, true},
		{"leader, Gov. is Governor", "leader: Dana Pell | Gov. | Ohio",
			generate.Fact{Kind: generate.Leader, Person: "Dana Pell", Office: "Governor", Country: "Ohio"}, true},
		{"leader, former Gov. is former Governor", "leader: Dana Pell | former Gov. | Ohio",
			generate.Fact{Kind: generate.Leader, Person: "Dana Pell", Office: "former Governor", Country: "Ohio"}, true},
		{"leader, ex-president is former President", "leader: Ivan Sitko | ex-president | Ukraine",
			generate.Fact{Kind: generate.Leader, Person: "Ivan Sitko", Office: "former President"}, true},
		{"leader, former office is not the office", "leader: Dana Pell | former Gov. | Ohio",
			generate.Fact{Kind: generate.Leader, Person: "Dana Pell", Office: "Governor", Country: "Ohio"}, false},
		// A past holder found as such (Former) is the listed former office.
		{"leader, a former Governor found is the listed former Gov.", "leader: Dana Pell | former Gov. | Ohio",
			generate.Fact{Kind: generate.Leader, Person: "Dana Pell", Office: "Governor", Country: "Ohio", Former: true}, true},
		{"leader, a former Mayor found is the listed ex-mayor", "leader: Roy Tate | ex-mayor | Camden",
			generate.Fact{Kind: generate.Leader, Person: "Roy Tate", Office: "Mayor", Country: "Camden", Former: true}, true},
		{"leader, a former Mayor found, body inside the listed office", "leader: Roy Tate | Former Mayor of Camden | Camden",
			generate.Fact{Kind: generate.Leader, Person: "Roy Tate", Office: "Mayor", Country: "Camden", Former: true}, true},
		{"leader, a former Governor found is not the listed Gov.", "leader: Dana Pell | Gov. | Ohio",
			generate.Fact{Kind: generate.Leader, Person: "Dana Pell", Office: "Governor", Country: "Ohio", Former: true}, false},
		{"leader, a former Governor found is not the listed former Senator", "leader: Dana Pell | former Senator | Ohio",
			generate.Fact{Kind: generate.Leader, Person: "Dana Pell", Office: "Governor", Country: "Ohio", Former: true}, false},
		{"leader, Minister of Foreign Affairs", "leader: Ana Cruz | Minister of Foreign Affairs | Cuba",
			generate.Fact{Kind: generate.Leader, Person: "Ana Cruz", Office: "Foreign Minister", Country: "Cuba"}, true},
		{"leader, a remark in brackets", "leader: Kim Lowe | Senator (D-NY) | United States",
			generate.Fact{Kind: generate.Leader, Person: "Kim Lowe", Office: "Senator"}, true},
		{"leader, honorific in the list", "leader: Sir Peter Mott | Governor-General | Australia",
			generate.Fact{Kind: generate.Leader, Person: "Peter Mott", Office: "Governor-General"}, true},
		{"leader, body inside the listed office", "leader: Anna Berger | President of the European Commission | European Commission",
			generate.Fact{Kind: generate.Leader, Person: "Anna Berger", Office: "President", Country: "European Commission"}, true},
		{"leader, body inside the listed office, another body", "leader: Anna Berger | President of the European Commission | European Commission",
			generate.Fact{Kind: generate.Leader, Person: "Anna Berger", Office: "President", Country: "European Council"}, false},
		{"leader, seat inside the found office", "leader: Adam Marsh | MP | Northern Tablelands",
			generate.Fact{Kind: generate.Leader, Person: "Adam Marsh", Office: "Northern Tablelands MP"}, true},
		{"leader, another seat", "leader: Adam Marsh | MP | Northern Tablelands",
			generate.Fact{Kind: generate.Leader, Person: "Adam Marsh", Office: "Southern Tablelands MP"}, false},
		{"count, found noun begins the listed one", "count: 16 | hours of talks", generate.Fact{Kind: generate.Count, Number: 16, Noun: "hours"}, true},
		{"count, listed noun begins the found one", "count: 582,300 | autos", generate.Fact{Kind: generate.Count, Number: 582300, Noun: "autos sold"}, true},
		{"count, remark in parentheses left out", "count: 13 | point package (13-point)", generate.Fact{Kind: generate.Count, Number: 13, Noun: "point package"}, true},
		{"count, another number", "count: 16 | hours of talks", generate.Fact{Kind: generate.Count, Number: 15, Noun: "hours"}, false},
		{"count, another noun", "count: 16 | hours of talks", generate.Fact{Kind: generate.Count, Number: 16, Noun: "talks"}, false},
		{"place by its text", "place: Independence Palace | venue", generate.Fact{Kind: generate.Place, Text: "the Independence Palace", Place: "Independence Palace"}, true},
		{"place, another", "place: Minsk | city", generate.Fact{Kind: generate.Place, Place: "Kiev"}, false},
		{"quote, words inside the quotation", "quote: Angela Merkel | a glimmer of hope",
			generate.Fact{Kind: generate.Quote, Speaker: "Angela Merkel", Quotation: "It is a glimmer of hope, no more."}, true},
		{"quote, curly apostrophe", "quote: Dan Ammann | we're on track",
			generate.Fact{Kind: generate.Quote, Speaker: "Dan Ammann", Quotation: "We’re on track"}, true},
		{"quote, another speaker", "quote: Angela Merkel | a glimmer of hope",
			generate.Fact{Kind: generate.Quote, Speaker: "Francois Hollande", Quotation: "a glimmer of hope"}, false},
		{"quote, words not inside", "quote: Angela Merkel | a glimmer of hope",
			generate.Fact{Kind: generate.Quote, Speaker: "Angela Merkel", Quotation: "a glimmer"}, false},
		{"actor, doer and first word", "actor: OSCE monitors | are to verify the withdrawal",
			generate.Fact{Kind: generate.Actor, Doer: "OSCE monitors", Action: "are to check the weapons"}, true},
		{"actor, a leading 'the' on the listed doer", "actor: The Ministry of Health | reported 15 deaths",
			generate.Fact{Kind: generate.Actor, Doer: "Ministry of Health", Action: "reported 15 deaths and 637 new cases"}, true},
		{"actor, another verb", "actor: Russia | mediated the talks", generate.Fact{Kind: generate.Actor, Doer: "Russia", Action: "hosted the talks"}, false},
		{"actor, another doer", "actor: Russia | mediated the talks", generate.Fact{Kind: generate.Actor, Doer: "Turkey", Action: "mediated the talks"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Matches(entry(t, tc.line), tc.fact); got != tc.want {
				t.Errorf("Matches(%q, %+v) = %v, want %v", tc.line, tc.fact, got, tc.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	text := "MINSK, Feb 12 (Reuters) - Russian President Vladimir Putin said it was “not the best night”. At 2:47 PM talks ended in Minsk."
	tests := []struct {
		name, list, want string
	}{
		{"all present", "date: Feb 12 | x\nleader: Vladimir Putin | President | Russia\nquote: Vladimir Putin | \"not the best night\"\nplace: minsk | city\nnot: 2:47 pm\ncount: 4 | anything", ""},
		{"date absent", "date: Feb. 12 | x", `x.facts:1: the date "Feb. 12" does not occur in the article`},
		{"person absent", "leader: Vladimir V. Putin | President | Russia", `x.facts:1: the person "Vladimir V. Putin" does not occur`},
		{"place absent", "place: Kiev | city", `x.facts:1: the place "Kiev" does not occur`},
		{"quote words absent", "quote: Vladimir Putin | the worst night", `x.facts:1: the quotation's words "the worst night" does not occur`},
		{"not absent", "date: Feb 12 | x\nnot: 10:30 a.m.", `x.facts:2: the text "10:30 a.m." does not occur`},
		{"a credit line after a dash", "date: Feb 12 | x\nnot: – Russian President\nnot: (Reuters) —", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Parse("x.facts", []byte(tc.list))
			if err != nil {
				t.Fatal(err)
			}
			errs := Check(l, text)
			got := ""
			if len(errs) > 0 {
				got = errs.Error()
			}
			if (tc.want == "") != (got == "") || !strings.Contains(got, tc.want) {
				t.Errorf("Check gives %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRun(t *testing.T) {
	text := "Talks ended on Feb. 15 at 2:47 PM in Minsk after 16 hours of talks."
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	fact := func(k generate.Kind, s string) generate.Fact {
		a, b := at(s)
		return generate.Fact{Kind: k, Text: s, Start: a, End: b}
	}
	date := fact(generate.Date, "Feb. 15")
	count := fact(generate.Count, "16 hours")
	count.Number, count.Noun = 16, "hours"
	timeAsCount := fact(generate.Count, "47")
	timeAsCount.Number, timeAsCount.Noun = 47, "PM"
	dateWithTime := fact(generate.Date, "Feb. 15 at 2:47 PM")
	quoteAround := fact(generate.Quote, "Talks ended on Feb. 15 at 2:47 PM in Minsk")
	list := "date: Feb. 15 | talks ended\ncount: 16 | hours of talks\nplace: Minsk | city\nnot: 2:47 PM\n"
	q := func(prompt string) quiz.Question { return quiz.Question{Prompt: prompt, Type: quiz.Single} }
	tests := []struct {
		name      string
		res       generate.Result
		found     []int // per listed fact, how many found facts match
		asked     []int // per listed fact, how many questions ask it
		fillIn    int
		questions int
		taken     []int // facts taking the not: text
	}{
		{"nothing found", generate.Result{}, []int{0, 0, 0}, []int{0, 0, 0}, 0, 0, nil},
		{"found, one asked twice, one fill-in",
			generate.Result{Facts: []generate.Fact{date, count},
				Quiz:  &quiz.Quiz{Questions: []quiz.Question{q("When did talks end?"), q("Fill in the blank: Talks ended on _____ at 2:47 PM.")}},
				Items: []generate.Item{{Fact: 0}, {Fact: 0}}},
			[]int{1, 1, 0}, []int{2, 0, 0}, 1, 2, nil},
		{"a time taken for a count and a date running into it",
			generate.Result{Facts: []generate.Fact{dateWithTime, timeAsCount, quoteAround}},
			[]int{0, 0, 0}, []int{0, 0, 0}, 0, 0, []int{0, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Parse("x.facts", []byte(list))
			if err != nil {
				t.Fatal(err)
			}
			m := Run(text, l, tc.res)
			var found, asked []int
			for _, o := range m.Outcomes {
				found = append(found, len(o.Found))
				asked = append(asked, len(o.AskedBy))
			}
			var taken []int
			for _, tk := range m.Taken {
				taken = append(taken, tk.Fact)
			}
			if !reflect.DeepEqual(found, tc.found) || !reflect.DeepEqual(asked, tc.asked) ||
				m.FillIn != tc.fillIn || m.Questions != tc.questions || !reflect.DeepEqual(taken, tc.taken) {
				t.Errorf("found %v asked %v fill-in %d questions %d taken %v; want %v %v %d %d %v",
					found, asked, m.FillIn, m.Questions, taken, tc.found, tc.asked, tc.fillIn, tc.questions, tc.taken)
			}
			if m.Words != 15 {
				t.Errorf("words %d, want 15", m.Words)
			}
		})
	}
}

func TestOccurrences(t *testing.T) {
	tests := []struct {
		text, s string
		want    [][2]int
	}{
		{"in 1987, 19 were hurt", "19", [][2]int{{9, 11}}},
		{"at 2:47 PM and at 2:47 pm", "2:47 PM", [][2]int{{3, 10}}},
		{"at 2:47 pm", "2:47 PM", [][2]int{{3, 10}}},
		{"[1] and [1]", "[1]", [][2]int{{0, 3}, {8, 11}}},
		{"Minsker", "Minsk", nil},
		{"Q2 and Q2.", "Q2", [][2]int{{0, 2}, {7, 9}}},
	}
	for _, tc := range tests {
		if got := occurrences(tc.text, tc.s); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("occurrences(%q, %q) = %v, want %v", tc.text, tc.s, got, tc.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"5000", 5000, true}, {"5,000", 5000, true}, {"582,300", 582300, true}, {"1,200,000", 1200000, true},
		{"21 million", 21000000, true}, {"5.7 million", 5700000, true}, {"2.25 billion", 2250000000, true}, {"3 thousand", 3000, true},
		{"five", 0, false}, {"50,00", 0, false}, {"5000,000", 0, false}, {"5.7", 0, false}, {"5 millions", 0, false},
		{"1.0001 thousand", 0, false}, {"", 0, false}, {"-3", 0, false},
	}
	for _, tc := range tests {
		if got, ok := parseNumber(tc.in); got != tc.want || ok != tc.ok {
			t.Errorf("parseNumber(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}
