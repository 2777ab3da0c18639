package generate

import (
	"strings"
	"testing"
)

// TestLeadersRound10 checks the offices read after a name: a minister's
// portfolio in lower case, and an office of the past in a relative
// clause, read only with the years that date it.
func TestLeadersRound10(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tom Banda, the minister of health, opened the clinic on Monday.", "Tom Banda/Minister of Health/"},
		{"Tom Banda, Malawi's minister of health and social welfare, opened the clinic.", "Tom Banda/Minister of Health and Social Welfare/Malawi"},
		// No portfolio word: no office.
		{"Tom Banda, the minister of domestic trade and cost of living, opened the clinic.", ""},
		{"Ray Nolan, who served as mayor of Atlanta from 1994 to 2002, died on Monday.", "Ray Nolan/Mayor/Atlanta"},
		{"Ray Nolan, who was governor of Ohio from 1994 to 2002, died on Monday.", "Ray Nolan/Governor/Ohio"},
		// Without its years the clause does not say when: not read.
		{"Ray Nolan, who served as mayor of Atlanta, died on Monday.", ""},
		{"Ray Nolan, who was mayor of Atlanta for a decade, died on Monday.", ""},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts("Town news\n\n"+tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestPresidentsCountryRound10 checks that a president named without a
// country gets the country the article names in twice as many sentences
// as any other, unless his own sentence names another.
func TestPresidentsCountryRound10(t *testing.T) {
	const history = "On this day\n\nIn 1801 the U.S. Treasury moved to Washington. In 1890 Wyoming joined the union. " +
		"In 1912 Arizona became a state. In 1956 French President Paul Morel visited Algiers. "
	tests := []struct{ text, want string }{
		{history + "In 1950 Congress overrode the veto of President Harold Kemp.", "United States"},
		// The president's sentence names another country.
		{history + "In 1950 President Harold Kemp flew to Canada.", ""},
		{history + "In 1950 during a visit to Sri Lanka, President Harold Kemp met the cabinet.", ""},
		// Two presidents at once: of a region, perhaps, not of the country.
		{"Deal\n\nThe Iraqi cabinet met in Baghdad. The Iraqi premier signed. The premier thanked President Harold Kemp and President Omar Kemp for their support.", ""},
		// Two countries named alike: neither.
		{"Talks\n\nThe United States and Ukraine met in London. Ukraine and the United States agreed. They heard from President Harold Kemp.", ""},
	}
	for _, tc := range tests {
		checkPresidentsCountry(t, tc.text, "Harold Kemp", tc.want)
	}
}

// TestOfficeQuestionsRound10 checks the office questions: a president of
// the past with his country, a king of a European crown among offices of
// his realm (no "Emperor", "Emir"), no present office for one of two
// presidents, and an office of the past asked with its years.
func TestOfficeQuestionsRound10(t *testing.T) {
	tests := []struct {
		name, text, prompt, answer string
		wrongIn                    []string // every wrong choice is one of these
	}{
		{"president of the past", "On this day\n\nIn 1801 the U.S. Treasury moved to Washington. In 1890 Wyoming joined the union. " +
			"In 1912 Arizona became a state. In 1956 French President Paul Morel visited Algiers. In 1950 Congress overrode the veto of President Harold Kemp.",
			"What office did Harold Kemp hold in 1950, according to the article?", "President of the United States",
			[]string{"Vice President of the United States", "President of France", "Prime Minister of France"}},
		{"king of England", "The castle\n\nThe lands of the earl were taken by King Edmund II in 1102, after the rising in England. The keep was rebuilt later.",
			"What office did Edmund II hold in 1102, according to the article?", "King", realmOffices},
		{"office of the past with its years", "City mourns\n\nRay Nolan, who served as mayor of Atlanta from 1994 to 2002, died on Monday. Governor Ann Price of Georgia ordered flags lowered. Mayor Tom Baker of Savannah spoke.",
			"According to the article, Ray Nolan was the Mayor of Atlanta from 1994 to 2002.", "true", nil},
		// Two presidents of one country in the present: one is former.
		{"two presidents", "Oath\n\nDonald Hale was sworn in as president of the United States on Friday. He used the Bible that U.S. President Carter Owens used at his own oath, the chief justice said. Senator Ann Ruiz of Ohio and Senator Bo Lee of Texas watched.",
			"What office does Carter Owens hold, according to the article?", "", nil},
		{"two presidents stated", "Oath\n\nDonald Hale was sworn in as president of the United States on Friday. He used the Bible that U.S. President Carter Owens used at his own oath, the chief justice said. Senator Ann Ruiz of Ohio and Senator Bo Lee of Texas watched.",
			"According to the article, Carter Owens is the Senator of the United States.", "", nil},
	}
	for _, tc := range tests {
		sents := splitSentences(tc.text, tokenize(tc.text))
		w := newWriter(tc.text, sents, extract(tc.text, sents))
		w.title = headline(sents, tc.text)
		w.write()
		asked := ""
		for _, c := range w.offered {
			if c.q.Prompt != tc.prompt {
				continue
			}
			asked = c.item.Answer
			for _, x := range c.item.Wrong {
				if !containsString(tc.wrongIn, x) {
					t.Errorf("%s: wrong choice %q", tc.name, x)
				}
			}
		}
		if asked != tc.answer {
			t.Errorf("%s: %q answered %q, want %q", tc.name, tc.prompt, asked, tc.answer)
		}
	}
}

// TestLowerOffice: an office inside a question is in lower case, but a
// portfolio after a dash keeps the names it holds.
func TestLowerOffice(t *testing.T) {
	tests := []struct{ office, want string }{
		{"Foreign Minister", "foreign minister"},
		{"Secretary of State", "secretary of state"},
		{"Minister in the Prime Minister's Department - Sabah and Sarawak Affairs", "minister in the prime minister's department - Sabah and Sarawak Affairs"},
		{"Minister in the Prime Minister's Department - Economy", "minister in the prime minister's department - Economy"},
	}
	for _, tc := range tests {
		if got := lowerOffice(tc.office); got != tc.want {
			t.Errorf("lowerOffice(%q) = %q, want %q", tc.office, got, tc.want)
		}
	}
}
