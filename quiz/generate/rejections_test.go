package generate

import (
	"strconv"
	"strings"
	"testing"
)

// TestMisreadYearsNotOffered: shapes of real prose behind judged
// rejections, in the project's own words, most of them a year misread: a
// second count whose number could be a year, the year a king's tomb was
// found or he was born taken for a year of his reign. The others: a
// rocket's name asked with "Who", words said to the man sentenced given
// to him, countries of another age, and a party's acronym before
// "leader". No question offered may hold the misreading.
func TestMisreadYearsNotOffered(t *testing.T) {
	tests := []struct {
		name, text string
		never      []string
	}{
		// A second count run on without its comma, whose number could be a
		// year ("about 1200 wounded"): no question carries it.
		{"a second count that looks like a year", "About 600 unwounded prisoners were taken about 1400 wounded. The column reached the river at dawn.",
			[]string{"how many unwounded prisoners were taken about"}},
		// The year his tomb or his remains were found, or his birth, is no
		// year of his reign.
		{"a king's tomb found", "Archaeologists have opened a sealed tomb near Luxor, the first since King Amenhotep was found in 1898, state television reported Friday. The team counted 14 sealed jars in the chamber.",
			[]string{"hold in 1898", "amenhotep hold"}},
		{"a king born", "The new exhibition opens on Saturday. King Osric was born in 1412 in a castle near the coast, and his portrait hung in the great hall for 300 years.",
			[]string{"hold in 1412", "osric hold"}},
		// A name set in quotation marks is a rocket's: no "Who".
		{"a rocket's name", "Orbit Works set to try again\n\nOrbit Works will try to launch \"Quiet Lark\" between 1pm and 5pm on Sunday from its pad on the Kaikoura coast in New Zealand.\n\nThe company tried to launch the rocket, named \"Quiet Lark\", in May, but a valve fault stopped the attempt.\n\nQuiet Lark will carry small weather satellites for Danish firms Nordsat and Skylane.\n\n\"Reaching orbit would mean a great deal to the whole team,\" chief executive Mara Lind said in a statement.",
			[]string{"who will carry"}},
		// Words said to the man the judge sentenced are not his own.
		{"words said to the one sentenced", "Former mayor Dan Hollis gets four years in prison\n\nA former mayor of Eastport, Dan Hollis, was sentenced on Tuesday for taking bribes from builders.\n\nCircuit Judge Maria Ortega sentenced Hollis to four years in prison.\n\n\"The bribes that you took betrayed every voter in this city,\" Ortega said.\n\nHollis, 58, was arrested in March 2021. \"I will carry this shame for the rest of my life,\" Hollis told the court.",
			[]string{"hollis said “the bribes"}},
		// A page of 1795 offers no countries of today that it does not
		// name (Italy was none then), and its own are ruled out here.
		{"countries of another age", "(Treaty of Basle) On This Day – July 22nd\n\nOn this day, July the 22nd, in the year of 1795, the Treaty of Basle, which ended the war of 1793 between France and Spain, was signed. Hoping to win back lands and fend off the revolution on its border, Spain invaded the then French held Roussillon to force a peace, this failed. French armies pushed south over the mountains in the months that followed.",
			[]string{"which country invaded"}},
		// "said BJP leader X": one of the party's leaders, not its leader.
		{"a party's acronym before leader", "The opposition walked out of the state assembly on Tuesday, said BJP leader Ravi Kumar, after the speaker refused a debate on water prices. Chief Minister Sunita Rao said the debate would be held next week.",
			[]string{"leader of the bjp", "leader of bjp", "bjp's leader"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text
			if !strings.Contains(text, "\n\n") {
				text = "Headline of the story\n\n" + text
			}
			w := writeAll(t, text)
			for _, c := range w.offered {
				for _, never := range tc.never {
					if strings.Contains(strings.ToLower(c.q.Prompt), never) {
						t.Errorf("offered %q", c.q.Prompt)
					}
				}
			}
		})
	}
}

// A false figure must not fit another count of the same thing that the
// article gives as a bound: 1,300 against "more than 1,000 jobs" may be
// true.
func TestWrongCountOutsideOtherBounds(t *testing.T) {
	tests := []struct {
		qualifier string
		fits      func(c, bound int) bool
	}{
		{"more than", func(c, b int) bool { return c > b }},
		{"at least", func(c, b int) bool { return c > b }},
		{"up to", func(c, b int) bool { return c < b }},
		{"fewer than", func(c, b int) bool { return c < b }},
	}
	for _, tt := range tests {
		for n := 20; n < 3000; n += 13 {
			exact := Fact{Kind: Count, Number: n, Noun: "jobs", Text: strconv.Itoa(n) + " jobs", Start: 0, Sentence: "The firm is cutting " + strconv.Itoa(n) + " jobs."}
			bound := Fact{Kind: Count, Number: n, Noun: "jobs", Text: tt.qualifier + " jobs", Start: 40, Sentence: "It said it would shed " + tt.qualifier + " jobs."}
			bound.c.qualifier = tt.qualifier
			w := &writer{facts: []Fact{exact, bound}}
			if c := w.wrongCount(0); c == 0 || tt.fits(c, n) {
				t.Errorf("%d jobs beside %q %d: wrong figure %d", n, tt.qualifier, n, c)
				break
			}
		}
	}
	// A bound far from the figure counts something else ("at least 22
	// people" killed beside 100,000 who fled): both sides stay open.
	above := 0
	for n := 1000; n < 3000; n += 13 {
		exact := Fact{Kind: Count, Number: n, Noun: "people", Text: strconv.Itoa(n) + " people", Sentence: strconv.Itoa(n) + " people fled."}
		far := Fact{Kind: Count, Number: 22, Noun: "people", Text: "at least 22 people", Start: 40, Sentence: "At least 22 people died."}
		far.c.qualifier = "at least"
		w := &writer{facts: []Fact{exact, far}}
		if w.wrongCount(0) > n {
			above++
		}
	}
	if above == 0 {
		t.Errorf("no false figure above the right one beside a far bound")
	}
}

// Two journeys to one place: the date of one is a fair answer to when he
// went there, so it is no wrong choice for the other.
func TestJourneyDateNoWrongChoice(t *testing.T) {
	tests := []struct {
		text, prompt, notChoice string
	}{
		{"Painter's life\n\nIn 1601, Pieter Claes left Antwerp for Genoa, where he worked for a banker. In 1609, Spanish troops took the harbour and Claes was forced to leave. He settled in Antwerp for four years. He went back to Genoa in 1613 and died there.",
			"When did Pieter Claes leave Antwerp for Genoa?", "1613"},
		{"Explorer's life\n\nIn 1840, Anna Holt left Bristol for Lagos, where she taught for ten years. In 1851, fever struck the town and Anna Holt was forced to sail home. She lived in Bristol for five years. She returned to Lagos in 1856 and stayed until her death.",
			"When did Anna Holt leave Bristol for Lagos?", "1856"},
	}
	for _, tc := range tests {
		w := writeAll(t, tc.text)
		found := false
		for _, c := range w.offered {
			if c.q.Prompt != tc.prompt {
				continue
			}
			found = true
			for _, ch := range c.q.Choices {
				if ch.Text == tc.notChoice {
					t.Errorf("%q offers %s, the date of the other journey", tc.prompt, ch.Text)
				}
			}
		}
		if !found {
			t.Errorf("no %q offered", tc.prompt)
		}
	}
}

// TestCountsAndDatesMisreadNotOffered: shapes of real prose behind judged
// rejections, in the project's own words: a preposition after the counted
// noun, two dates run together, a count before an aside naming as many.
// No question offered may hold the misreading; want, when set, must be
// offered.
func TestCountsAndDatesMisreadNotOffered(t *testing.T) {
	tests := []struct {
		name, text, want string
		never            []string
	}{
		// A preposition after the counted noun opens the verb's phrase:
		// it stays after the verb.
		{"towards after the counted noun", "In the third attack this month on the peacekeepers, unknown gunmen launched approximately eight mortar shells towards the force’s base in Gao. Two soldiers were hurt.",
			"About how many mortar shells did unknown gunmen launch towards the force’s base in Gao?",
			[]string{"shells towards did"}},
		// A timeline's date cell run into the next row's date: no copy, no blank.
		{"two dates run together", "Timeline of 1961\n\nMar 06, 1961 The president creates the Peace Corps.\n\nApr 17, 1961 Exiles land at the Bay of Pigs in Cuba.\n\nJun–Jul, 1961 August 13 is named as the day the border closes. The summit in Vienna sets the tone of the year\n\nAug 13, 1961 Work on the Berlin Wall begins.",
			"", []string{"jun–jul, 1961 august", "1961 august 13 is", "1961 _____"}},
		// A count with an aside that names that many: the blank is given away.
		{"a count before a dash aside naming as many", "The governor named seven new judges on Monday. Two of the seven new judges sworn in – former prosecutor Anil Mehta and former police chief Rekha Sen – have never served on a bench. The other five are district judges.",
			"", []string{"_____ of the seven", "how many of the seven"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := tc.text
			if !strings.Contains(text, "\n\n") {
				text = "Headline of the story\n\n" + text
			}
			w := writeAll(t, text)
			found := tc.want == ""
			for _, c := range w.offered {
				p := strings.ToLower(c.q.Prompt)
				found = found || c.q.Prompt == tc.want
				for _, never := range tc.never {
					if strings.Contains(p, never) {
						t.Errorf("offered %q", c.q.Prompt)
					}
				}
			}
			if !found {
				for _, c := range w.offered {
					t.Log(c.q.Prompt)
				}
				t.Errorf("not offered %q", tc.want)
			}
		})
	}
}

// TestQuotationsDeputiesAndDatelines checks the causes of judged rejections that
// docs/generator.md lists under "Held-out set 5", each in the project's
// own sentences: a bracket inside a quotation keeps its spacing, a deputy
// is no holder of the office, a year in another person's relative clause
// does not date a leader, a count's clause is not cut inside a relative
// clause, a quotation closed by a straight quote ends its paragraph's
// sentence, "whilst" opens a clause, a dateline closed by a colon after
// its agency is furniture, and a company is not asked among people.
func TestQuotationsDeputiesAndDatelines(t *testing.T) {
	const people = " Mayor Tim Alder, Senator Ruth Penn and Governor Carl Ostrow attended."
	tests := []struct {
		name   string
		text   string
		want   string // a prompt that must be written, or ""
		answer string
		forbid string // no prompt may contain this
		apart  string // two words no sentence of a fact may hold both of
	}{
		{"bracket in a quotation", "\"It is the worst flood since the [1953] surge on this coast,\" said Helen Marsh, the agency's chief scientist.\n\nHelen Marsh said the barrier would hold. \"We are ready,\" said Paul Ince, the town's engineer." + people,
			"", "", "the[ ", ""},
		{"bracket in a quotation, parentheses", "\"The judges were pleased with the finalists (and winners) this year,\" said Nora Kell, the gallery's director.\n\nTom Vance, the curator, said \"We had 900 entries.\"" + people,
			"", "", "finalists( ", ""},
		{"deputy mayor", "More than 90 guests came to the opening, including Dunmore deputy Mayor Rhys Parry and the artist Lena Moss." + people,
			"", "", "Rhys Parry hold", ""},
		{"year of another person's clause", "The court said that Senior Judge Ann Cole ordered the release of former Rep. Tom Barr, who was convicted in 2011, because of a later ruling." + people,
			"When was Tom Barr convicted?", "2011", "Ann Cole hold in 2011", ""},
		{"count cut inside a relative clause", "At least 60 people died in the province of Sindh where rescue teams and helicopters were searching for villagers, officials said." + people,
			"At least how many people died in the province of Sindh?", "60", "where rescue teams?", ""},
		{"quotation closing a paragraph", "Dr Lam said: 'We must order the vaccine early to be sure of a supply.'\nThe council will buy 3 million doses for the free programme." + people,
			"", "", "Dr Lam said", "supply council"},
		{"whilst", "The boy was raised by a knight, Hugh Dunn, who trained him, whilst Bishop Ralph Stone signed the new charter on 12 May 1302 at Exeter." + people,
			"When did Bishop Ralph Stone sign the new charter?", "12 May 1302", "whilst", ""},
		{"dateline with agency and colon", "CAIRO, June 3 (AFP): The new bridge over the canal will open to traffic in early September, the ministry said on Monday." + people,
			"", "", "CAIRO", ""},
		{"company among people", "Acme Stores later threatened to walk away after Brill Market shareholders twice delayed the vote. The Acme Stores deal was approved on Friday. Chief Executive Jon Reyes said the vote was fair." + people,
			"", "", "Who threatened", ""},
		{"age set off by commas", "Mr Tilden, 61, who was appointed by President Ford in 1975, could face five years in prison." + people,
			"When was Mr Tilden appointed by President Ford?", "1975", "When was 61", ""},
	}
	for _, tc := range tests {
		res, err := FromText("t", tc.text)
		if err != nil && tc.want != "" {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var prompts []string
		found := false
		if res.Quiz != nil {
			for i, q := range res.Quiz.Questions {
				prompts = append(prompts, q.Prompt)
				if tc.forbid != "" && strings.Contains(q.Prompt, tc.forbid) {
					t.Errorf("%s: wrote %q", tc.name, q.Prompt)
				}
				if q.Prompt == tc.want {
					found = true
					if res.Items[i].Answer != tc.answer {
						t.Errorf("%s: answer %q, want %q", tc.name, res.Items[i].Answer, tc.answer)
					}
				}
			}
		}
		if a := strings.Fields(tc.apart); len(a) == 2 {
			for _, f := range res.Facts {
				if strings.Contains(f.Sentence, a[0]) && strings.Contains(f.Sentence, a[1]) {
					t.Errorf("%s: one sentence %q", tc.name, f.Sentence)
					break
				}
			}
		}
		if tc.want != "" && !found {
			t.Errorf("%s: no question %q; got %q", tc.name, tc.want, prompts)
		}
	}
}
