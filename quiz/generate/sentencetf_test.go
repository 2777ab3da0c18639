package generate

import (
	"strconv"
	"strings"
	"testing"

	"factquiz/quiz"
)

func TestWrittenLike(t *testing.T) {
	tests := []struct {
		written string
		n       int
		want    string // "" when the form cannot be kept
	}{
		{"12", 14, "14"},
		{"1,500", 3000, "3,000"},
		{"1500", 3000, "3000"},
		{"140", 280, "280"},
		{"seven", 9, "nine"},
		{"Eight", 10, "ten"},
		{"seven", 140, ""},
		{"5 million", 10000000, "10 million"},
		{"1.2 million", 2400000, "2.4 million"},
		{"2.4 million", 1200000, "1.2 million"},
		{"two million", 4000000, "four million"},
		{"two million", 2500000, ""},
		{"3 billion", 1500000000, "1.5 billion"},
		{"3 million", 3150000, ""},
	}
	for _, tc := range tests {
		got, ok := writtenLike(tc.written, tc.n)
		if tc.want == "" {
			if ok {
				t.Errorf("writtenLike(%q, %d) = %q, want no form", tc.written, tc.n, got)
			}
			continue
		}
		if !ok || got != tc.want {
			t.Errorf("writtenLike(%q, %d) = %q, %v; want %q", tc.written, tc.n, got, ok, tc.want)
		}
	}
}

// TestSentenceStatement writes quizzes from sentences that no when or
// how-many clause reads, and checks every statement copying its
// sentence: the sentence itself when true; when false, the sentence with
// one value changed, in the article's form, to one the article never
// gives; no other question on its sentence; no checker problem.
func TestSentenceStatement(t *testing.T) {
	const people = " Mayor Tim Alder, Senator Ruth Penn and Governor Carl Ostrow attended."
	tests := []struct {
		name   string
		text   string
		marker string // the statement's sentence holds it
		want   bool   // a statement is written on that sentence
	}{
		{"date in a long sentence", "The harbour board said the ferry, which had been idle since the strike, was sold to a Greek firm in March 2019.", "ferry", true},
		{"year after since", "Lena Moss was the first British winner of the race since 1987.", "Lena Moss", true},
		{"day first", "The library, built with money from a local family, was handed to city trustees on 4 June 1996, the archive shows.", "library", true},
		{"count before a reporting tail", "The storm brought down power lines across the county and led to the collapse of 140 barns, the fire service said.", "barns", true},
		{"count in words opening the sentence", "Eight training firms have been picked by the minister to work with councils and more than 200 local charities.", "training firms", true},
		{"count with a scale word", "The utility said the storm had left 1.2 million homes without power, mostly in the coastal towns of the region.", "homes", true},
		{"count with a comma", "The ferry company said the crossing, which reopened after the storm, carried 1,500 passengers in the first week.", "passengers", true},
		{"count in a relative clause", "Officials said the flood had cut off 12 villages in the hills, where rescue teams were still searching for the missing.", "villages", true},
		// Where a copy is not safe, no statement.
		{"quotation", "\"We will be done with the harbour works by June 2025,\" said the engineer in charge.", "harbour", false},
		{"bound", "The council said that at least 40 homes in the valley were left without water after the pipe burst on the hill.", "homes", false},
		{"list names the count", "The museum bought two paintings, The Harbour and The Mill, from a private collection in Lyon.", "paintings", false},
		{"parts after a dash", "Police said five people -- three men and two children -- were hurt when the roof of the market hall fell in.", "five people", false},
		// A wrong date a week away keeps the weekday true.
		{"weekday before the date", "The final vote on the plan, held on Tuesday, May 6, 2025, in the town hall, split the council down the middle.", "vote", true},
		{"connective", "Yet the old bridge, closed for years after the storm, was handed to the county engineers in June 2020.", "bridge", false},
		{"about a date", "The records show that the mill, which stood by the river, burned down in or about March 1871 after a dry spring.", "mill", false},
		{"dateline before a colon", "Geneva: A small comet has been found by 300 students from the university of the city last spring.", "comet", false},
		{"dateline with a day before a colon", "New Delhi, May 3: The ferry company said the crossing carried 1,500 passengers in its first week on the river.", "ferry company", false},
		{"timeline date cell before a colon", "4 March 1921: The new government in the capital ordered the 300 ferries of the river company to stay in port.", "ferries", false},
		{"timeline year cell before a colon", "1921: The new government in the capital ordered the 300 ferries of the river company to stay in port.", "ferries", false},
		{"date opening a sentence with no colon", "4 March 1921 was the day the new government ordered the 300 ferries of the river company to stay in port.", "ferries", true},
		// A line with no verb of its own says nothing about anyone.
		{"headword line", "Mary Anning, collector of 12 ichthyosaur skeletons from the cliffs of the Dorset coast.", "Mary Anning", false},
		{"description from a list of people", "Welsh painter and engraver who won the gold medal for painting at the national festival in 1961 and again in 1964.", "engraver", false},
		{"description with a comma before whose", "English chemist, teacher and writer, whose work on the gases of the air won her the medal of the society in 1923.", "chemist", false},
		{"percentage beside the count", "Officials said 25 million of the 54 million voters took part in the vote, a turnout of 46 percent.", "voters", false},
	}
	trueSeen, falseSeen := 0, 0
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res, err := FromText("Quiz", tc.text+people)
			if err != nil {
				t.Fatal(err)
			}
			problems := map[string][]string{}
			for _, p := range QualityProblems(res.Text, res) {
				problems[p.QuestionID] = append(problems[p.QuestionID], p.Message)
			}
			got := false
			for i, q := range res.Quiz.Questions {
				it := res.Items[i]
				f := res.Facts[it.Fact]
				if q.Type != quiz.TrueFalse || !copiesSentence(f, q.Prompt) {
					continue
				}
				if strings.Contains(f.Sentence, tc.marker) {
					got = true
				}
				if len(problems[q.ID]) > 0 {
					t.Errorf("%q: checker: %q", q.Prompt, problems[q.ID])
				}
				body := strings.TrimPrefix(q.Prompt, "According to the article, ")
				if q.Truth {
					trueSeen++
					if !strings.EqualFold(body[:1], f.Sentence[:1]) || body[1:] != f.Sentence[1:] {
						t.Errorf("true statement %q is not its sentence %q", q.Prompt, f.Sentence)
					}
				} else {
					falseSeen++
					if len(it.Wrong) != 1 || wrongElsewhere(res, f, it.Wrong[0]) || containsWords(body, f.Text) {
						t.Errorf("false statement %q: wrong %q is not certainly false", q.Prompt, it.Wrong)
					}
				}
				for j, o := range res.Quiz.Questions {
					if j != i && res.Facts[res.Items[j].Fact].sent == f.sent {
						t.Errorf("%q shares its sentence with %q", q.Prompt, o.Prompt)
					}
				}
			}
			if got != tc.want {
				t.Errorf("statement on the sentence: %v, want %v; quiz %q", got, tc.want, prompts(res))
			}
		})
	}
	if trueSeen == 0 || falseSeen == 0 {
		t.Errorf("%d true and %d false statements: both should be written", trueSeen, falseSeen)
	}
}

// TestSentenceStatementRanking: a clause question is preferred to the
// statement, which is preferred to a fill-in, and a fact with a statement
// is asked although fill-ins are capped at a quarter of the quiz.
func TestSentenceStatementRanking(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"clause question first", "The new library opened on 14 March 2019 after three years of work. Mayor Tim Alder and Senator Ruth Penn attended.",
			"When did the new library open?"},
		{"statement before the fill-in", "The harbour board said the ferry, which had been idle since the strike, was sold to a Greek firm in March 2019. Mayor Tim Alder and Senator Ruth Penn attended.",
			"According to the article, the harbour board said the ferry"},
	}
	for _, tc := range tests {
		res, err := FromText("Quiz", tc.text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, q := range res.Quiz.Questions {
			if q.Fact != string(Date) {
				continue
			}
			if strings.HasPrefix(q.Prompt, tc.want) {
				found = true
			} else {
				t.Errorf("%s: also %q", tc.name, q.Prompt)
			}
		}
		if !found {
			t.Errorf("%s: no %q in %q", tc.name, tc.want, prompts(res))
		}
	}
}

// TestCheckerReadsStatements: the checker reads a wrong number written
// with a scale word, and flags a copied sentence whose wrong value the
// article gives elsewhere.
func TestCheckerReadsStatements(t *testing.T) {
	text := "The utility said the storm had left 1.2 million homes without power, mostly in the coastal towns of the region. " +
		"Last winter's storm had left 2.4 million homes without power for a week. Mayor Tim Alder and Senator Ruth Penn attended."
	res, err := FromText("Quiz", text)
	if err != nil {
		t.Fatal(err)
	}
	fi := -1
	for i, f := range res.Facts {
		if f.Kind == Count && f.Number == 1200000 {
			fi = i
		}
	}
	if fi < 0 {
		t.Fatalf("no count of 1.2 million homes in %+v", res.Facts)
	}
	f := res.Facts[fi]
	tests := []struct {
		name  string
		value string // written in the sentence in place of "1.2 million"
		wrong int
		want  string // a problem's words, or "" for none
	}{
		{"scale form read", "3.6 million", 3600000, ""},
		{"value given elsewhere", "2.4 million", 2400000, "a value the article also gives"},
		{"value not carried", "3.6 million", 4800000, "does not carry its wrong fact"},
	}
	for _, tc := range tests {
		prompt := "According to the article, t" + strings.Replace(f.Sentence, "1.2 million", tc.value, 1)[1:]
		one := res
		one.Quiz = &quiz.Quiz{Title: "Quiz", Questions: []quiz.Question{{ID: "s", Type: quiz.TrueFalse, Prompt: prompt, Fact: string(Count),
			Evidence: f.Sentence, Explanation: countExplanation(f)}}}
		one.Items = []Item{{QuestionID: "s", Fact: fi, Answer: "false", Wrong: []string{strconv.Itoa(tc.wrong)}}}
		var msgs []string
		for _, p := range QualityProblems(res.Text, one) {
			msgs = append(msgs, p.Message)
		}
		all := strings.Join(msgs, "; ")
		if tc.want == "" && all != "" || tc.want != "" && !strings.Contains(all, tc.want) {
			t.Errorf("%s: problems %q, want %q", tc.name, all, tc.want)
		}
	}
}

// statementsOn returns the sentence statements offered on the facts whose
// sentence holds marker.
func statementsOn(w *writer, marker string) []candidate {
	var out []candidate
	for _, c := range w.offered {
		if c.copy && c.twin == 0 && strings.Contains(w.facts[c.item.Fact].Sentence, marker) { // a twin only stands in its statement's place (truebalance.go)
			out = append(out, c)
		}
	}
	return out
}

// TestStatementOfBound: a bound count is stated only false (a true one
// would keep the bound that the false ones drop): its bound is dropped and the number stands where no number
// fits the bound (below "more than 1,000", above "up to 60"), except for
// a span, where a shorter one is implied ("the worst in more than 50
// years" is the worst in 30).
func TestStatementOfBound(t *testing.T) {
	tests := []struct {
		name, text, bound string
		lower, span       bool
	}{
		{"more than", "The closure of the mill at Harwick cost the town more than 1,200 jobs in the spring.", "more than 1,200", true, false},
		{"at least", "The landslide on the coast road buried at least 60 homes in the village of Porthallow overnight.", "at least 60", true, false},
		{"just over", "The appeal by the Norland food bank raised just over 4,200 meals for families in the city.", "just over 4,200", true, false},
		{"up to", "The new wing at the Harbour Hospital could hold up to 90 patients by the end of the winter.", "up to 90", false, false},
		{"fewer than", "The ferry from Vell to the mainland carried fewer than 300 passengers during the whole of the strike.", "fewer than 300", false, false},
		{"span", "The storm was the worst to strike the Norland coast in more than 40 years, the weather service said.", "more than 40", true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeAll(t, tc.text)
			for _, c := range statementsOn(w, tc.bound) {
				f := w.facts[c.item.Fact]
				body := strings.TrimPrefix(c.q.Prompt, "According to the article, ")
				if c.q.Truth {
					t.Errorf("true statement %q of a bound: a false one drops the bound, so the bound would tell them apart", c.q.Prompt)
					continue
				}
				if tc.span {
					t.Errorf("false statement %q on a span's lower bound", c.q.Prompt)
				}
				n, err := strconv.Atoi(c.item.Wrong[0])
				if err != nil || (n < f.Number) != tc.lower || strings.Contains(body, tc.bound) {
					t.Errorf("false statement %q: %q is not on the near side of %q", c.q.Prompt, c.item.Wrong, tc.bound)
				}
				if strings.Contains(body, " just ") || strings.Contains(body, " than ") || strings.Contains(body, " up to ") {
					t.Errorf("false statement %q keeps part of the bound", c.q.Prompt)
				}
			}
		})
	}
	// False statements are written across the table's facts.
	var falses int
	for _, tc := range tests {
		for _, c := range statementsOn(writeAll(t, tc.text), tc.bound) {
			if !c.q.Truth {
				falses++
			}
		}
	}
	if falses == 0 {
		t.Error("no false statement of a bound")
	}
}

// TestStatementAfterConnective: a sentence opening on a connective is
// stated from its next word, which must read alone; an aside in brackets
// with no number in it does not stop a statement.
func TestStatementAfterConnective(t *testing.T) {
	tests := []struct {
		name, text, marker string
		want               string // the statement's opening; "" for none
	}{
		{"however and a comma", "The pier at Saltby was shut for repairs. However, the county council reopened the pier to walkers in March 2019, two years late.", "county council", "According to the article, the county council reopened"},
		{"but without a comma", "The pier at Saltby was shut for repairs. But Dana Reeve reopened the pier to walkers in March 2019, two years late.", "Dana Reeve", "According to the article, Dana Reeve reopened"},
		{"however without its comma", "The pier at Saltby was shut. However the county council kept 14 wardens at the pier in the summer of that year.", "wardens", ""},
		{"a pronoun after the connective", "The pier at Saltby was shut for repairs. However, it reopened to walkers in March 2019, two years late.", "reopened", ""},
		{"a pronoun's words", "The pier at Saltby was shut for repairs. It said 240 walkers had signed the petition to reopen the pier in the spring.", "petition", "According to the article, 240 walkers had signed"},
		{"a pronoun's words with that", "The pier at Saltby was shut for repairs. They said that the county council had closed 14 piers on the coast since 2010.", "14 piers", "According to the article, the county council had closed"},
		{"a pronoun's words about himself", "The pier at Saltby was shut for repairs. He said he had closed 14 piers on the coast since 2010.", "14 piers", ""},
		{"a title line before the date", "Harwick Town Cup Final 2015 4:00pm Saturday 31st October 2015, Vell Park, attended by 8,125.", "Vell Park", ""},
		{"an aside without a number", "The Norland Health Agency (NHA) on Monday confirmed 14 deaths in the port of Vell after an outbreak of measles.", "NHA", "According to the article, the Norland Health Agency (NHA)"},
		{"an aside with a number", "The Norland Health Agency confirmed 14 deaths (nine adults and five children) in the port of Vell after an outbreak of measles.", "Agency", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := statementsOn(writeAll(t, tc.text), tc.marker)
			if tc.want == "" {
				for _, c := range got {
					t.Errorf("statement %q offered", c.q.Prompt)
				}
				return
			}
			if len(got) == 0 {
				t.Fatalf("no statement offered on %q", tc.marker)
			}
			for _, c := range got {
				if !strings.HasPrefix(c.q.Prompt, tc.want) {
					t.Errorf("statement %q, want it to open %q", c.q.Prompt, tc.want)
				}
			}
		})
	}
}

// TestStatementBelowHyphenNumber: "78 seats in the 100-seat assembly"
// never becomes "120 seats in the 100-seat assembly", which no one could
// believe.
func TestStatementBelowHyphenNumber(t *testing.T) {
	tests := []struct {
		text, marker string
		limit        int
	}{
		{"The Harbour Party won 78 seats in the 100-seat assembly of Norland last October.", "Harbour Party", 100},
		{"The Harbour Party won 88 seats in the 100-seat assembly of Norland last October.", "Harbour Party", 100},
		{"The trust opened 22 beds in its new 30-bed ward at the Vell General Hospital in March.", "trust", 30},
		{"The trust opened 28 beds in its new 30-bed ward at the Vell General Hospital in March.", "trust", 30},
	}
	falses := 0
	for _, tc := range tests {
		for _, c := range statementsOn(writeAll(t, tc.text), tc.marker) {
			if c.q.Truth || c.q.Fact != string(Count) {
				continue
			}
			falses++
			if n, err := strconv.Atoi(c.item.Wrong[0]); err != nil || n >= tc.limit {
				t.Errorf("%q: the wrong %q is not below %d", c.q.Prompt, c.item.Wrong[0], tc.limit)
			}
		}
	}
	if falses == 0 {
		t.Error("no false statement written on the table's counts")
	}
}

// TestStatementOfRangeOrWeekday: a false statement on one end of a range
// keeps the range in order, and one on a date after its weekday moves it
// by a week, so that the weekday stays right; dates listed with "and"
// get none (the article may not list them all).
func TestStatementOfRangeOrWeekday(t *testing.T) {
	tests := []struct {
		name, text, marker string
		want               bool
	}{
		{"range with between", "The agency confirmed 14 deaths in the port of Vell after an outbreak of measles between April 4 and May 13.", "measles", true},
		{"range with from", "The bridge over the Tarn at Millau was closed to lorries from March 3, 2021 to June 30, 2021 for repairs.", "lorries", true},
		{"range of months", "The earlier outbreak of cholera killed 66 people in the north of Norland between January and August 2020.", "cholera", true},
		{"weekday before the day", "The consultation on the new parking rules will open on Monday 16 October 2023 at the civic centre in Harwick.", "consultation", true},
		{"weekday late in the month", "The final vote on the parking rules was held on Tuesday, May 13, 2025 in the civic centre.", "final vote", true},
		{"a list of years", "The Harwick club won the county cup in 2019 and 2022 under the same coach, the club's records show.", "county cup", false},
	}
	seen := 0
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeAll(t, tc.text)
			var got []candidate
			for _, c := range statementsOn(w, tc.marker) {
				if c.q.Fact == string(Date) {
					got = append(got, c)
				}
			}
			if (len(got) > 0) != tc.want {
				t.Fatalf("date statements %d, want some: %v", len(got), tc.want)
			}
			for _, c := range got {
				f := w.facts[c.item.Fact]
				if c.q.Truth {
					continue
				}
				seen++
				wrong, ok := parseDate(c.item.Wrong[0])
				if !ok {
					t.Fatalf("%q: wrong date %q does not parse", c.q.Prompt, c.item.Wrong)
				}
				for _, g := range w.facts {
					if g.Kind == Date && g.Start != f.Start && dateOrder(wrong, g.d) != dateOrder(f.d, g.d) {
						t.Errorf("%q: %q is not where %q stood beside %q", c.q.Prompt, c.item.Wrong[0], f.Text, g.Text)
					}
				}
				if weekdayBefore(w.sents[f.sent].toks, f.d.start) {
					year := f.d.year
					if d := wrong.day - f.d.day; wrong.month != f.d.month || wrong.year != year || d%7 != 0 || d == 0 {
						t.Errorf("%q: %q is not a week or two from %q", c.q.Prompt, c.item.Wrong[0], f.Text)
					}
				}
			}
		})
	}
	if seen == 0 {
		t.Error("no false statement on the table's dates")
	}
}

func TestPronounBeforeName(t *testing.T) {
	tests := []struct {
		text   string
		proper string // words the article capitalises mid-sentence
		want   bool
	}{
		{"Facing a crowd of 20,000, he opened the gate.", "", true},
		{"The mayor said Dana Reeve would open the gate before she left.", "", false},
		{"Rescue workers cleared the roads so they could reach 80 villages.", "", false},
		{"The hospital was asked to admit them within 12 hours.", "", true},
		{"Dana Reeve joined the band in 1998, when she was 20.", "", false},
		{"Wolszczan used the telescope in 1992 when he found three planets.", "Wolszczan", false},
		{"Wolszczan used the telescope in 1992 when he found three planets.", "", true},
		{"A federal judge sentenced him to two years of probation.", "", true},
		{"Wolszczan says they find about 1,000 asteroids a year.", "Wolszczan", true},
	}
	for _, tc := range tests {
		proper := map[string]bool{tc.proper: tc.proper != ""}
		if got := pronounBeforeName(tokenize(tc.text), proper); got != tc.want {
			t.Errorf("pronounBeforeName(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestStatementOfSpan: a span holds every shorter one, and a denied span
// every longer one, so a false statement of a span states a longer one,
// and none is made where the sentence denies.
func TestStatementOfSpan(t *testing.T) {
	tests := []struct {
		text, marker string
		denied       bool
	}{
		{"Dana Reeve, who has led the Harwick orchestra for 14 years, said she would step down in the spring.", "orchestra", false},
		{"Tom Cole, who has run the Vell ferry company for 22 years, said the crossing would close for repairs.", "ferry", false},
		{"Tom Cole, who has run the Vell ferry company for 23 years, said the crossing would close for repairs.", "ferry", false},
		{"The general had not been retired for seven years, so the senate of Norland had to waive the rule for him.", "general", true},
		{"The general had not been retired for 11 years, so the senate of Norland had to waive the rule for him.", "general", true},
	}
	falses := 0
	for _, tc := range tests {
		w := writeAll(t, tc.text)
		for _, c := range statementsOn(w, tc.marker) {
			f := w.facts[c.item.Fact]
			if c.q.Truth || f.Kind != Count {
				continue
			}
			falses++
			if n, err := strconv.Atoi(c.item.Wrong[0]); tc.denied || err != nil || n < f.Number {
				t.Errorf("%q: a false span of %q stated for %q", c.q.Prompt, c.item.Wrong, f.Text)
			}
		}
	}
	if falses == 0 {
		t.Error("no false statement of a span written")
	}
}

// TestSubjectlessReadsReportingVerbs: a reporting verb is the verb of its
// clause ("UNICEF said 120 schools which …"), so the sentence is a
// statement; a description without a verb is none.
func TestSubjectlessReadsReportingVerbs(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"UNICEF said 120 schools which were damaged by the storm would reopen in May.", false},
		{"UNICEF says 120 schools which were damaged by the storm will reopen in May.", false},
		{"Officials told 30 families who lived by the river to leave their homes.", false},
		{"Scottish painter who won the gold medal of the academy in 1958.", true},
		{"Ada Byrne, maker of the first tidal clock in the county.", true},
		{"Engraver; born in Leeds, Yorks., May 3, 1811; was trained at the school of design.", true},
		{"Ada Byrne, engraver; born in Leeds in 1811, she trained at the school of design.", false},
		{"The mill closed; the town lost 300 jobs in the spring of 1911.", false},
	}
	for _, tc := range tests {
		sents := splitSentences(tc.text, tokenize(tc.text))
		if len(sents) != 1 {
			t.Fatalf("%q: %d sentences, want 1", tc.text, len(sents))
		}
		if got := subjectless(sents[0]); got != tc.want {
			t.Errorf("subjectless(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestNameFirstTitleBeforeName: a sentence opening on a title before a
// person's name keeps its capital in a statement ("Minister Barnett
// said …"), though the title is written in lower case elsewhere; a common
// word opening the sentence is lowered.
func TestNameFirstTitleBeforeName(t *testing.T) {
	const page = "Health Minister Ruth Barnett opened the clinic in Hobart on Monday. " +
		"The minister said the state had waited for years. "
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Minister Barnett said the package leaves the state short of 40 clinics.", true},
		{"Senator Barnett said the package leaves the state short of 40 clinics.", true},
		{"Clinics across the state will share the package of 40 million dollars.", false},
		{"Minister said the package leaves the state short of 40 clinics.", false},
		{"Team GB flew home with 40 medals, the team said.", true},
		{"The UN said the state was short of 40 clinics.", false},
	}
	for _, tc := range tests {
		w := writerFor(page + tc.sentence)
		s := w.sents[len(w.sents)-1]
		first := s.firstWord()
		if got := w.nameFirst(s.toks[first:]); got != tc.want {
			t.Errorf("nameFirst(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}

// TestKeepCapitalPeople: a people named in the plural opening a sentence
// keeps its capital ("Pakistanis"), as the singular does.
func TestKeepCapitalPeople(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Pakistanis left their homes in Quetta after the quake on Monday.", true},
		{"Pakistani rescuers reached Quetta after the quake on Monday.", true},
		{"Rescuers reached Quetta after the quake on Monday.", false},
	}
	for _, tc := range tests {
		w := writerFor("Quake hits the border region\n\n" + tc.sentence)
		s := w.sents[len(w.sents)-1]
		first := s.firstWord()
		if got := w.keepCapital(s.toks[first:]); got != tc.want {
			t.Errorf("keepCapital(%q) = %v, want %v", tc.sentence, got, tc.want)
		}
	}
}
