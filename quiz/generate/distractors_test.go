package generate

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestWrongPeopleHoldNoLikeOffice: "Which of these people is a foreign
// minister?" offers no one who holds the office under another name, such
// as the US Secretary of State (as on a real page on Xi); a deputy's
// office or another portfolio is no such office.
func TestWrongPeopleHoldNoLikeOffice(t *testing.T) {
	const host = "Chinese leader hosts US envoy\n\nBEIJING - Chinese President Zhou Ming received US Secretary of State Mark Dalton on Sunday, discussing US President Carl Benson's trip to Asia later this year.\n\nDalton also held talks with Foreign Minister Lin Hao at the Diaoyutai guesthouse in the west of the city.\n\nBoth sides said the talks had been frank, and Lin said China wanted steady ties with its largest trading partner."
	const shipping = "Ministers meet in London\n\nLONDON - British Foreign Secretary Helen Ward welcomed Foreign Minister Raj Mehta and Deputy Foreign Minister Omar Haddad to the Foreign Office on Wednesday for talks on shipping lanes.\n\nWard said the three had agreed to share data on vessels, and Mehta called the meeting useful.\n\nPrime Minister Sunil Rao sent a letter of thanks, and Haddad stayed on for a second day of talks with officials."
	tests := []struct {
		name, article, prompt string
		not, still            []string
	}{
		{"the Secretary of State is a foreign minister", host,
			"Which of these people is a foreign minister", []string{"Mark Dalton"}, []string{"Zhou Ming"}},
		{"a country's named office offers the others", host,
			"Who is China's President", nil, []string{"Mark Dalton", "Lin Hao"}},
		{"the Foreign Secretary is a foreign minister, a deputy is not", shipping,
			"Which of these people is a foreign minister", []string{"Helen Ward"}, []string{"Omar Haddad", "Sunil Rao"}},
	}
	for _, tc := range tests {
		w := writeAll(t, tc.article)
		found := false
		for _, c := range w.offered {
			if !strings.HasPrefix(c.q.Prompt, tc.prompt) {
				continue
			}
			found = true
			for _, x := range tc.not {
				if slices.Contains(c.item.Wrong, x) {
					t.Errorf("%s: %q offers %s: %q", tc.name, c.q.Prompt, x, c.item.Wrong)
				}
			}
			for _, x := range tc.still {
				if !slices.Contains(c.item.Wrong, x) {
					t.Errorf("%s: %q no longer offers %s: %q", tc.name, c.q.Prompt, x, c.item.Wrong)
				}
			}
		}
		if !found {
			t.Errorf("%s: no question opens %q", tc.name, tc.prompt)
		}
	}
}

// TestNoOfficeACountryLacks: no wrong office a country does not have,
// such as "President of England" or "Secretary of State of China" (a US
// cabinet title), as a real page on Penn once drew.
func TestNoOfficeACountryLacks(t *testing.T) {
	tests := []struct {
		office, body string
		want         bool
	}{
		{"President", "England", false},
		{"Prime Minister", "England", false}, // the loose name of Britain's: near the right answer
		{"Prime Minister", "United Kingdom", true},
		{"Secretary of State", "China", false},
		{"Secretary of State", "United States", true},
		{"Chief of Staff", "France", false},
		{"Foreign Minister", "China", true},
	}
	for _, tc := range tests {
		if got := titleFits(tc.office, tc.body); got != tc.want {
			t.Errorf("titleFits(%q, %q) = %v, want %v", tc.office, tc.body, got, tc.want)
		}
	}
}

// TestNearDatesNotAroundTheAnswer: a date of the article far from the
// right one is no wrong choice: a learner sets it aside and is left with
// three near dates, the right one always in the middle of them (as real
// quizzes offered "1683, 1711, 1712, 1713") or always at an end ("1849,
// 1996, 1997, 2000"); and the nearest wrong dates before and after it are
// never as far on each side ("March, May, July 2014" around May).
func TestNearDatesNotAroundTheAnswer(t *testing.T) {
	articles := []string{
		"Harbour town remembers its charters\n\nIn 1702 the town council granted fishing rights to the families of the harbour.\n\nIn 1764 Governor Peter Lowe ordered the settlers of the cove to swear loyalty to the crown or leave.\n\nThe order was kept for 40 years.",
		"Mill closes after fire\n\nThe old wool mill at Castlebrook closed in 1998 after a fire destroyed its weaving hall.\n\nIt had opened in 1871, when the railway reached the valley.\n\nAbout 200 people worked there at its height.",
		"A new bridge for the river\n\nThe county opened the new river bridge in March 2016 after two years of work.\n\nThe old bridge had been built in 1958 and was closed to lorries in 2003.\n\nAbout 9,000 vehicles cross it each day.",
	}
	checked := 0
	for _, text := range articles {
		w := writeAll(t, text)
		for fi, f := range w.facts {
			if f.Kind != Date {
				continue
			}
			wrong := w.dateDistractors(fi)
			for gi, g := range w.facts {
				if g.Kind != Date || g.sent == f.sent || w.sameEvent(gi, fi) || abs(g.d.year-f.d.year) <= 11 {
					continue
				}
				checked++
				if e, ok := g.d.asForm(f.d.form, f.d); ok && slices.Contains(wrong, e.text()) {
					t.Errorf("%q: the article's far date %q offered: %q", f.Text, e.text(), wrong)
				}
			}
		}
	}
	if checked < 3 {
		t.Fatalf("only %d far dates of the article checked", checked)
	}
	for _, d := range []date{{form: formYear, year: 1967}, {form: formMonthYear, year: 2014, month: 5}} {
		for h := uint32(0); h < 256; h++ {
			before, after := sideDates(d, 0, h<<3), sideDates(d, 1, h<<3)
			if len(before) == 0 || len(after) == 0 {
				continue
			}
			if a, b := dateKey(d)-dateKey(before[0]), dateKey(after[0])-dateKey(d); a == b {
				t.Errorf("%s, hash %d: %s and %s as far on each side", d.text(), h<<3, before[0].text(), after[0].text())
				break
			}
		}
	}
}

// TestSecretaryOfStateWorld: a Secretary of State named without a
// country is offered the US cabinet's other secretaries, not "Deputy
// Prime Minister" nor "Minister of Justice", which the checker reports as
// not of the answer's form (the corpus's Potsdam page once the quiz's own
// questions ruled out its "Which of these people was a secretary of
// state?").
func TestSecretaryOfStateWorld(t *testing.T) {
	tests := []struct {
		office, choice string
		want           bool
	}{
		{"Secretary of State", "Secretary of Defense", true},
		{"Secretary of State", "Deputy Prime Minister", false},
		{"Secretary of State", "Minister of Justice", false},
		{"Secretary of Energy", "Secretary of Labor", true},
	}
	for _, tc := range tests {
		if got := slices.Contains(fillersFor(tc.office), tc.choice); got != tc.want {
			t.Errorf("fillersFor(%q) holds %q: %v, want %v", tc.office, tc.choice, got, tc.want)
		}
	}
}

// TestNoRoyalTitleForAnOfficeOfState: France's President is not offered
// "Queen of England" (as a real page on Penn once drew when its "Who was
// France's President?" gave way), and a czar is offered kings, not
// queens.
func TestNoRoyalTitleForAnOfficeOfState(t *testing.T) {
	const almanac = "Today in history: June 12\n\nIn 1702 Queen Mary of England granted a charter to the merchants of the port.\n\nIn 1815 Czar Nicholas of Russia met King Louis of Prussia at the border.\n\nIn 1981 French President Paul Marchand appointed three new ministers to his Cabinet."
	tests := []struct {
		person, not string
	}{
		{"Paul Marchand", "Queen of England"},
		{"Nicholas", "Queen of England"},
	}
	w := writeAll(t, almanac)
	for _, tc := range tests {
		found := false
		for fi, f := range w.facts {
			if f.Kind != Leader || f.Person != tc.person {
				continue
			}
			found = true
			if got := w.officeChoices(fi); slices.Contains(got, tc.not) {
				t.Errorf("%s (%s) is offered %q: %q", tc.person, f.Office, tc.not, got)
			}
		}
		if !found {
			t.Errorf("no leader %s found", tc.person)
		}
	}
}

func TestSameNameShape(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Harry S. Truman", "John F. Kennedy", true},
		{"Angela Merkel", "Olaf Scholz", true},
		{"Harry S. Truman", "Barack Obama", false},
		{"George W. Bush", "George Walker Bush", false},
		{"J Smith", "J. Smith", true},
	}
	for _, tc := range tests {
		if got := sameNameShape(tc.a, tc.b); got != tc.want {
			t.Errorf("sameNameShape(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestSamePerson covers two names of one person, which must never be two
// choices of one question (a quiz once offered a president's birth name
// beside the name he took).
func TestSamePerson(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Hiram Ulysses Grant", "Ulysses Simpson Grant", true},
		{"Ulysses S. Grant", "Ulysses Grant", true},
		{"Venus Williams", "Serena Williams", false},
		{"John Smith", "Jane Smith", false},
		{"Grant", "Ulysses Grant", false},
		{"Ann Lowe", "Ann Reyes", false},
		{"Mohamed bin Zayed Al Nahyan", "Abdullah bin Zayed Al Nahyan", false},
	}
	for _, tc := range tests {
		if got := samePerson(tc.a, tc.b); got != tc.want {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// A date without a year on a news page is of the page's latest year or
// the one before: it no longer bars every year as a wrong choice for
// another date of the same story. A page without reported speech or a
// weekday keeps it yearless (a history's "February 23" may be of any of
// its years).
func TestNewsDateWindow(t *testing.T) {
	news := "Brightmart agreed to buy Pellow Paper in a deal announced on Monday. " +
		"Brightmart said it began talks with Pellow Paper in September, and the deal is expected to close by the end of 2015. " +
		"Regulators blocked an earlier attempt by Brightmart to buy Pellow Paper in 1997 over competition concerns. " +
		"Pellow Paper bought a smaller rival in 2013, the company said."
	history := "The rebels rose against the crown in March, and the king fled the capital. " +
		"The rising of the rebels against the crown was put down in 1849. " +
		"A first rising against the crown had failed in 1832. " +
		"The crown granted a new charter in 1860."
	cases := []struct {
		name, text, fact string
		year             int
		overlaps         bool // the yearless month may be of that year
	}{
		{"news: an old year is free", news, "September", 1997, false},
		{"news: the latest year is not", news, "September", 2015, true},
		{"news: nor the year before", news, "September", 2014, true},
		{"news: nor a later one", news, "September", 2016, false},
		{"history: any year may be meant", history, "March", 1832, true},
		{"history: the latest year too", history, "March", 1860, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sents := splitSentences(c.text, tokenize(c.text))
			w := newWriter(c.text, sents, extract(c.text, sents))
			fi := slices.IndexFunc(w.facts, func(f Fact) bool { return f.Kind == Date && f.Text == c.fact })
			if fi < 0 {
				t.Fatalf("no date %q among %v", c.fact, w.facts)
			}
			year := date{form: formYear, year: c.year}
			if got := w.newsDate(w.facts[fi].d).overlaps(year); got != c.overlaps {
				t.Errorf("%s overlaps %d: %v, want %v", c.fact, c.year, got, c.overlaps)
			}
		})
	}
	// The year of the earlier attempt gets its wrong choices.
	sents := splitSentences(news, tokenize(news))
	w := newWriter(news, sents, extract(news, sents))
	for fi, f := range w.facts {
		if f.Kind == Date && f.Text == "1997" {
			if wrong := w.dateDistractors(fi); len(wrong) < 3 {
				t.Errorf("1997: wrong choices %v, want 3", wrong)
			}
		}
	}
}

// TestNoWrongYearAfterTheNews: a year a news page tells of as past gets
// no wrong year after the page's latest one; a page that reports no
// speech and names no weekday may be a history, and is left alone.
func TestNoWrongYearAfterTheNews(t *testing.T) {
	news := "Brightmart said it expects the deal to close by the end of 2015. " +
		"Pellow Paper bought a smaller rival in 2013, the company said."
	history := "The deal was expected to close by the end of 2015. " +
		"Pellow Paper bought a smaller rival in 2013."
	cases := []struct {
		name, text string
		year       int
		refused    bool
	}{
		{"news: a year after the latest", news, 2016, true},
		{"news: a year before the latest", news, 2011, false},
		{"news: the latest year itself", news, 2015, false},
		{"not news: a year after the latest", history, 2016, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			sents := splitSentences(c.text, tokenize(c.text))
			w := newWriter(c.text, sents, extract(c.text, sents))
			fi := slices.IndexFunc(w.facts, func(f Fact) bool { return f.Kind == Date && f.Text == "2013" })
			if fi < 0 {
				t.Fatalf("no date 2013 among %v", w.facts)
			}
			if got := w.afterTheNews(w.facts[fi].d, date{form: formYear, year: c.year}); got != c.refused {
				t.Errorf("2013 against %d: refused %v, want %v", c.year, got, c.refused)
			}
			for _, x := range w.dateDistractors(fi) {
				if c.refused && x == strconv.Itoa(c.year) {
					t.Errorf("wrong choice %s offered", x)
				}
			}
		})
	}
}

// TestMonthEndDates: a month's last day gets other months' last days as
// wrong dates ("ending on December 31" among September 30 and October
// 31, not September 19); another day gets any day of its width.
func TestMonthEndDates(t *testing.T) {
	tests := []struct {
		d       date
		lastDay bool // every wrong date is its month's last day
	}{
		{date{form: formDay, month: 12, day: 31}, true},
		{date{form: formDayYear, month: 6, day: 30, year: 2019}, true},
		{date{form: formDayYear, month: 2, day: 29, year: 2020}, true},
		{date{form: formDay, month: 2, day: 28}, true},
		{date{form: formDay, month: 6, day: 29}, false},
		{date{form: formDay, month: 7, day: 30}, false},
	}
	for _, tc := range tests {
		for h := uint32(0); h < 64; h++ {
			ends := 0
			all := append(sideDates(tc.d, 0, h<<3), sideDates(tc.d, 1, h<<3)...)
			for _, e := range all {
				if e.day == lastDayOf(e.month, e.year) {
					ends++
				}
			}
			if tc.lastDay && ends != len(all) || !tc.lastDay && ends == len(all) {
				t.Errorf("%s, hash %d: %d of %d wrong dates end their month", tc.d.text(), h<<3, ends, len(all))
				break
			}
		}
	}
}
