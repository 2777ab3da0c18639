package factlist

import (
	"strings"
	"testing"

	"factquiz/quiz/generate"
)

// at is a found fact of kind k whose text is the first occurrence of
// part in text after the first occurrence of after ("" for the start).
func at(t *testing.T, text, after, part string, f generate.Fact) generate.Fact {
	t.Helper()
	from := strings.Index(text, after)
	i := strings.Index(text[from:], part)
	if from < 0 || i < 0 {
		t.Fatalf("%q not in the text after %q", part, after)
	}
	f.Start, f.End = from+i, from+i+len(part)
	f.Text = part
	return f
}

func TestMatchesInVariants(t *testing.T) {
	const dates = "The army had beaten the enemy in October of 1918. The treaty was signed in 1918. " +
		"Output should rise in the second half of 2001. Sales fell in 2001. The law passed on July 4, 2020."
	const people = "Prime Minister Sheikh Hasina won a third term. Hasina thanked voters. " +
		"Finance Minister Ali Khan spoke. Opposition leader Imran Khan objected."
	const places = "The summit opened in New Delhi, India, on Monday."
	const counts = "Hawaii's electors meet on Monday, with the state's four votes expected to go to Clinton. " +
		"Texas cast four votes for a third candidate."
	const rel = "The plant closed in June 2019. It reopened last June after repairs."
	date := generate.Fact{Kind: generate.Date}
	leader := generate.Fact{Kind: generate.Leader, Office: "Prime Minister"}
	count := generate.Fact{Kind: generate.Count, Number: 4, Noun: "votes"}
	tests := []struct {
		name, text, line string
		fact             generate.Fact
		want             bool
	}{
		{"a month inside the listed date", dates, "date: October of 1918 | x", at(t, dates, "", "October", date), true},
		{"the year inside the listed date", dates, "date: October of 1918 | x", at(t, dates, "", "1918", date), true},
		{"the year of a listed period", dates, "date: the second half of 2001 | x", at(t, dates, "", "2001", date), true},
		{"the same day in another order", dates, "date: 4 July 2020 | x", at(t, dates, "", "July 4, 2020", date), true},
		{"refused: the same year for another event", dates, "date: October of 1918 | x", at(t, dates, "treaty", "1918", date), false},
		{"refused: the same year in another sentence", dates, "date: the second half of 2001 | x", at(t, dates, "Sales", "2001", date), false},
		{"the listed month with a relative word", rel, "date: June | x", at(t, rel, "", "last June", date), true},
		{"refused: the listed month in another date", rel, "date: June | x", at(t, rel, "", "June 2019", date), false},
		{"refused: another day", dates, "date: 5 July 2020 | x", at(t, dates, "", "July 4, 2020", date), false},
		{"a leader by surname", people, "leader: Sheikh Hasina | Prime Minister | Bangladesh", at(t, people, "", "Prime Minister Sheikh Hasina", withPerson(leader, "Hasina")), true},
		{"refused: surname of two people", people, "leader: Imran Khan | Opposition leader | Pakistan",
			at(t, people, "", "Opposition leader Imran Khan", generate.Fact{Kind: generate.Leader, Office: "Opposition leader", Person: "Khan"}), false},
		{"refused: surname with another office", people, "leader: Sheikh Hasina | Finance Minister | Bangladesh", at(t, people, "", "Prime Minister Sheikh Hasina", withPerson(leader, "Hasina")), false},
		{"refused: a first name", people, "leader: Sheikh Hasina | Prime Minister | Bangladesh", at(t, people, "", "Prime Minister Sheikh Hasina", withPerson(leader, "Sheikh")), false},
		{"a count by its head noun in its sentence", counts, "count: 4 | Hawaii's electoral votes, expected to go to Clinton", at(t, counts, "", "four votes", count), true},
		{"refused: the same count of another", counts, "count: 4 | Hawaii's electoral votes", at(t, counts, "Texas", "four votes", count), false},
		{"a place without the country the list added", places, "place: New Delhi, India | city", generate.Fact{Kind: generate.Place, Place: "New Delhi"}, true},
		{"refused: another place before the comma", places, "place: Delhi, India | city", generate.Fact{Kind: generate.Place, Place: "New Delhi"}, false},
		{"refused: another number", counts, "count: 5 | Hawaii's electoral votes", at(t, counts, "", "four votes", count), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := entry(t, tc.line)
			l := List{Facts: []Entry{e}}
			if tc.fact.Kind == generate.Leader {
				l.Facts = append(l.Facts, entry(t, "leader: Ali Khan | Finance Minister | Pakistan"))
			}
			if got := MatchesIn(NewArticle(tc.text, l, nil), e, tc.fact); got != tc.want {
				t.Errorf("MatchesIn(%q, %+v) = %v, want %v", tc.line, tc.fact, got, tc.want)
			}
		})
	}
}

func withPerson(f generate.Fact, p string) generate.Fact { f.Person = p; return f }
