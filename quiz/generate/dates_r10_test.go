package generate

import (
	"strings"
	"testing"
)

// TestWhenClausesRoundTen checks the date clauses of real prose that were
// refused before round 10 (issue 7): a participle on an object's noun
// phrase at the clause's end ("… during the meeting held on …"), a
// participle set off by commas that goes on after "and", and a span of
// years after "from" dating a relative clause. The sentences are the
// project's own.
func TestWhenClausesRoundTen(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct {
		text   string
		prompt string
		answer string
	}{
		// A participle on the object's noun phrase dates that phrase.
		{"The two ministers stressed the value of the accords reached during the third joint planning meeting held on March 3, 1889." + more,
			"When was the third joint planning meeting held?", "March 3, 1889"},
		{"The new lighthouse replaced the old wooden tower built by the harbour board in 1887." + more,
			"When was the old wooden tower built by the harbour board?", "1887"},
		{"Farmers protested at the two grain depots closed in 1886." + more,
			"When were the two grain depots closed?", "1886"},
		// A participle set off by commas goes on after "and".
		{"The old survey ship, launched in 1885 and still far outlasting its designed life, charted the northern bay." + more,
			"When was the old survey ship launched?", "1885"},
		// A noun the same in both numbers is one thing without a number.
		{"The survey craft, launched in 1885 and still far outlasting its designed life, charted the northern bay." + more,
			"When was the survey craft launched?", "1885"},
		{"Two survey craft, launched in 1885 and still in service, charted the northern bay." + more,
			"When were two survey craft launched?", "1885"},
		// A lifespan in brackets after the name, or on a line under it.
		{"Anna Brandt (4 March 1871 – 19 June 1938) was a Danish painter of harbour scenes." + more,
			"When was Anna Brandt born?", "4 March 1871"},
		{"Anna Brandt (4 March 1871 – 19 June 1938) was a Danish painter of harbour scenes." + more,
			"When did Anna Brandt die?", "19 June 1938"},
		{"Painters of the north\n\nKarl Moen\n\nMarch 4, 1880 – October 2, 1951\n\nNorwegian sculptor who carved the west door of the cathedral." + more,
			"When did Karl Moen die?", "October 2, 1951"},
		// A span of years after "from" dates its relative clause.
		{"Ann Lowe, who served as mayor from 1881 to 1889, was fined for a late tax return." + more,
			"When did Ann Lowe serve as mayor?", "from 1881 to 1889"},
	}
	for _, tc := range tests {
		got := whenOffered(t, tc.text)
		if a, ok := got[tc.prompt]; !ok || a != tc.answer {
			t.Errorf("%q: want %q (%s); got %q", tc.text, tc.prompt, tc.answer, got)
		}
	}
}

// TestWhenClausesRoundTenRefused checks the shapes near those above whose
// date belongs to another verb, or whose phrase is no object: no "When"
// question on the date.
func TestWhenClausesRoundTenRefused(t *testing.T) {
	const more = " The harbour wall was rebuilt in 1898. The town hall opened in 1904. The railway reached the valley in 1911."
	tests := []struct {
		text string
		date string
	}{
		// A past verb after a reporting verb or a subordinator is the
		// clause's own verb, not a participle.
		{"The clerk said the board announced in 1887." + more, "1887"},
		{"Prices fell after the mill closed in 1886." + more, "1886"},
		// The clause goes on after the date: it may date another verb.
		{"The new lighthouse replaced the old tower built in 1887 to guide the fishing fleet." + more, "1887"},
		// After "and" a finite verb opens a clause of its own.
		{"The old survey ship, launched in 1885 and it was refitted twice, charted the bay." + more, "1885"},
		// A line of two dates under a line that is no name: no lifespan.
		{"Painters of the north\n\nthe painter's years\n\nMarch 4, 1880 – October 2, 1951\n\nA Norwegian sculptor carved the west door." + more, "October 2, 1951"},
		// A span after "from" that is no time of the clause's verb.
		{"Ann Lowe, who moved from 1881 Main Street to the farm, was fined." + more, "1881"},
	}
	for _, tc := range tests {
		for p, a := range whenOffered(t, tc.text) {
			if strings.Contains(a, tc.date) {
				t.Errorf("%q: offered %q (%s), want no such question", tc.text, p, a)
			}
		}
	}
}

// TestDatesRoundTen checks the date shapes of real prose read from round
// 10: a day-first span of days, and a bare month closing a span opened
// by "from" and a month. The sentences are the project's own.
func TestDatesRoundTen(t *testing.T) {
	tests := []struct {
		in   string
		want string // the dates' texts, joined by "|"
	}{
		{"The trade envoy will visit the islands 21-23 May, the office said.", "21-23 May"},
		{"The fair was put back from April of next year to October.", "April|October"},
		{"The fair was put back from April 3 to October.", "April 3|October"},
		// Not dates: a score, a person, a month not opened by "from".
		{"The home side won 14-15 in the final, the club said.", ""},
		{"The motion passed to May and her cabinet for a reply.", ""},
		{"He spoke from the heart to May and the council.", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, d := range findDates(tokenize(tc.in)) {
			got = append(got, d.text())
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("findDates(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}

// TestGluedWordNotCopied checks that a sentence opening on a page's
// leftover glued to a word ("Untitled-3Minister") is not copied into a
// statement, while a model name with digits is.
func TestGluedWordNotCopied(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Untitled-3Minister of Trade Ann Lowe will visit the islands 21-23 May, the ministry said in a statement.", true},
		{"The ministry said the new F-16 jets will reach the islands on 21 May, a spokesman said.", false},
		{"The Marlin-2M is a two-stage rocket, first launched in 1967.", false},
	}
	for _, tc := range tests {
		if got := gluedWord(tokenize(tc.text)); got != tc.want {
			t.Errorf("gluedWord(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBirthsOnOneDay checks the births of a "born on this day" page: one
// day and month for all, so the wrong choices differ by the year only,
// and no true-or-false statement gives the day away.
func TestBirthsOnOneDay(t *testing.T) {
	const page = "Born on this day\n\nKarl Moen\n\nMarch 4, 1880 – October 2, 1951\n\nNorwegian sculptor.\n\n" +
		"Anna Brandt\n\nMarch 4, 1871 – June 19, 1938\n\nDanish painter.\n\nOla Rud\n\nMarch 4, 1902 – May 1, 1977\n\nNorwegian poet."
	text, _, err := checkText(page)
	if err != nil {
		t.Fatal(err)
	}
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.write()
	births := 0
	for _, c := range w.offered {
		if !strings.HasSuffix(c.q.Prompt, " born?") {
			if strings.Contains(c.q.Prompt, "born on") {
				t.Errorf("%q: a statement on a shared birthday", c.q.Prompt)
			}
			continue
		}
		births++
		for _, ch := range c.q.Choices {
			if !strings.HasPrefix(ch.Text, "March 4, ") {
				t.Errorf("%q: choice %q is not on March 4", c.q.Prompt, ch.Text)
			}
		}
	}
	if births != 3 {
		t.Errorf("%d birth questions, want 3", births)
	}
}

// TestSpanChoicesNotAfterArticle checks that no wrong span of a "When"
// question starts after the article's last year.
func TestSpanChoicesNotAfterArticle(t *testing.T) {
	text := "Tom Barr, who served as mayor from 1881 to 1889, was fined for a late tax return. The town hall opened in 1885."
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.write()
	asked := false
	for _, c := range w.offered {
		if strings.HasPrefix(c.q.Prompt, "According to the article, Tom Barr served") && startYear(strings.TrimPrefix(c.q.Prompt, "According to the article, Tom Barr served as mayor ")) > 1889 {
			t.Errorf("%q: a span after the article's last year", c.q.Prompt)
		}
		if c.q.Prompt != "When did Tom Barr serve as mayor?" {
			continue
		}
		asked = true
		for _, ch := range c.q.Choices {
			if y := startYear(ch.Text); y > 1889 {
				t.Errorf("choice %q starts after the article's last year", ch.Text)
			}
		}
	}
	if !asked {
		t.Errorf("no question on the span")
	}
}
