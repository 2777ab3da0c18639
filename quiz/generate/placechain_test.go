package generate

import (
	"slices"
	"strings"
	"testing"
)

// TestVenueBeforeCityQuestions checks the "where" questions on a city
// named after a venue ("at Shilla Hotel in Seoul"): the question on the
// city leaves the venue out, and what is not a named venue before "in"
// changes nothing. Also the event verbs and nouns the new questions
// need: "wrapped up", "the meeting" as a passive's subject.
func TestVenueBeforeCityQuestions(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		prompt string // "" when no question on the place may be written
		answer string
		never  []string
	}{
		{"hotel before its city, passive", "The three foreign ministers held the fifth regional ministers meeting at the Grand Plaza Hotel in Oslo on Friday.",
			"In which city was the fifth regional ministers meeting held?", "Oslo", []string{"Grand Plaza Hotel"}},
		{"stadium before its city, active", "Thousands of supporters gathered at Wembley Stadium in London on Saturday.",
			"In which city did thousands of supporters gather?", "London", []string{"Wembley Stadium"}},
		{"a plain noun is no venue: kept in the question", "The leaders met at a hotel in Lyon on Friday.",
			"In which city did the leaders meet at a hotel?", "Lyon", nil},
		{"a meeting that wrapped up", "The 9th Regional Trade Ministers’ Meeting wrapped up in Hanoi, Vietnam on May 3 after two days of talks.",
			"In which city did the 9th Regional Trade Ministers’ Meeting wrap up?", "Hanoi", []string{"Vietnam"}},
		{"a venue after a list of places is still a list", "Talks were held in Paris, Oslo and at the Grand Hotel in Rome.", "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlaceQuestion(t, tc.text, tc.prompt, tc.answer, tc.never) })
	}
}

// checkPlaceQuestion writes the place questions of text and checks that
// the one asked is prompt ("" for none), answered by answer, with none of
// never among its wrong choices. It returns the question found.
func checkPlaceQuestion(t *testing.T, text, prompt, answer string, never []string) *candidate {
	t.Helper()
	w := writeKind(headlineLine+text, Place, (*writer).place)
	var found *candidate
	for i := range w.offered {
		c := &w.offered[i]
		if c.q.Fact == string(Place) && (found == nil || c.q.Prompt == prompt) {
			found = c
		}
	}
	if prompt == "" {
		if found != nil {
			t.Fatalf("wrote %q, want none", found.q.Prompt)
		}
		return nil
	}
	if found == nil || found.q.Prompt != prompt {
		var got []string
		for _, c := range w.offered {
			got = append(got, c.q.Prompt)
		}
		t.Fatalf("questions %q, want %q", got, prompt)
	}
	checkSingle(t, found.q, found.item, answer, never)
	return found
}

// TestVenueBefore checks where the chain of a named venue and its city
// begins: at the venue's preposition, or nowhere (-1).
func TestVenueBefore(t *testing.T) {
	tests := []struct {
		text string
		want string // the words from the chain's start, "" for -1
	}{
		{"They met at Shilla Hotel in Seoul.", "at Shilla Hotel in Seoul."},
		{"They met at the Japanese Foreign Ministry’s Iikura Guest House in Tokyo.", "at the Japanese Foreign Ministry’s Iikura Guest House in Tokyo."},
		{"They met in a hotel in Seoul.", ""},
		{"They met with Kim Jong Un in Seoul.", ""},
		{"They met at noon, in Seoul.", ""},
	}
	for _, tc := range tests {
		toks := tokenize(tc.text)
		q := -1
		for i := len(toks) - 1; i >= 0; i-- {
			if toks[i].is("in") {
				q = i
				break
			}
		}
		got := ""
		if k := venueBefore(tc.text, toks, q); k >= 0 {
			got = tc.text[toks[k].start:]
		}
		if got != tc.want {
			t.Errorf("%q: chain from %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestPlainObjectEventNoun checks that an event's noun ending in "-ing"
// is a plain object ("the meeting") and a gerund is not ("the killing").
func TestPlainObjectEventNoun(t *testing.T) {
	for text, want := range map[string]bool{
		"the seventh foreign ministers meeting": true,
		"a meeting":                             true,
		"the killing":                           false,
		"the rising prices":                     false,
	} {
		if got := plainObject(tokenize(text)); got != want {
			t.Errorf("plainObject(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestSharedSubjectPlaceQuestions checks the passive after "and" that
// shares the first verb's subject ("He pleaded guilty … and was
// sentenced at …"), and England's crown courts asked among crown courts.
func TestSharedSubjectPlaceQuestions(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		prompt string // "" when no question on the place may be written
		answer string
		never  []string
	}{
		{"shared subject, a listed court", "Dean Harlow pleaded guilty to dangerous driving at an earlier hearing and was sentenced at Leeds Crown Court on Tuesday.",
			"Where was Dean Harlow sentenced?", "Leeds Crown Court", []string{"Leeds", "Wembley Stadium"}},
		{"shared subject, a city", "Marie Collins won the race and was crowned in Paris on Sunday.",
			"In which city was Marie Collins crowned?", "Paris", nil},
		{"a crown court not listed is still a crown court", "The former officer was sentenced at Wakefield Crown Court on Friday.",
			"Where was the former officer sentenced?", "Wakefield Crown Court", []string{"Westminster Abbey"}},
		{"the first clause has two verbs: whose subject is unclear", "Police said the man ran away and was arrested in Leeds.", "", "", nil},
		{"the first clause has a comma", "Harlow, who denied the charge, lost and was sentenced in Leeds.", "", "", nil},
		{"a magistrates' court is no crown court", "The officer was charged at Westminster Magistrates Court on Saturday.", "", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			found := checkPlaceQuestion(t, tc.text, tc.prompt, tc.answer, tc.never)
			if found == nil {
				return
			}
			for _, x := range found.item.Wrong {
				if tc.answer != "" && strings.HasSuffix(tc.answer, "Crown Court") && !strings.HasSuffix(x, "Crown Court") && x != "the Old Bailey" {
					t.Errorf("wrong choice %q is no crown court", x)
				}
			}
		})
	}
}

// TestParticipleAsidePlaceQuestions checks where-questions from a
// participle aside whose main verb is in the past: "The ministers,
// holding talks … in Tokyo, also agreed …", "Speaking to reporters in
// Kyiv, the minister said …".
func TestParticipleAsidePlaceQuestions(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		prompt string // "" when no question on the place may be written
		answer string
	}{
		{"aside after the subject, venue left out", "The two ministers, holding talks at the Grand Plaza Hotel in Oslo for two hours, also agreed to meet again.",
			"In which city did the two ministers hold talks?", "Oslo"},
		{"opening participle, then a speech verb", "Speaking to reporters in Kyiv, the foreign minister said the talks had failed.",
			"In which city did the foreign minister speak to reporters?", "Kyiv"},
		{"a verb in the present after the aside", "The minister, speaking to reporters in Geneva, says the talks will go on.", "", ""},
		{"the aside inside a reported clause", "Officials said the ministers, holding talks in Oslo, agreed on a plan.", "", ""},
		{"a relative clause in the subject", "Speaking to reporters in Kyiv, the minister who led the talks said they had failed.", "", ""},
		{"a state, not an event", "Living in Oslo, the family sold their house.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlacePrompt(t, tc.text, tc.prompt, tc.answer) })
	}
}

// TestIngBase checks the base form read from a present participle.
func TestIngBase(t *testing.T) {
	for word, want := range map[string]string{
		"holding": "hold", "Speaking": "speak", "making": "make", "running": "run",
		"meeting": "meet", "evening": "", "king": "", "during": "",
	} {
		if got := ingBase(token{text: word}); got != want {
			t.Errorf("ingBase(%q) = %q, want %q", word, got, want)
		}
	}
}

// TestWhereRelativePlaceQuestions checks the questions on what ", where"
// says happened at the place, and that no wrong choice holds another
// choice's name ("Delhi" beside "New Delhi").
func TestWhereRelativePlaceQuestions(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		prompt string // a question that must be written, or ""
		answer string
		never  string // words no place question may hold
	}{
		{"a passive after where", "Fans packed the stands at the city stadium in Bengaluru, where the first half of the tournament was played. The second half moved to Delhi.",
			"In which city was the first half of the tournament played?", "Bengaluru", ""},
		{"a pronoun in the clause", "He lived for years in Newark, where a statue of him was erected.", "", "", "statue"},
		{"a subject pronoun in the clause", "Fans gathered outside the hall in Geneva, where they sang for an hour.", "", "", "sing"},
		{"no comma: where opens no relative", "Officials in Geneva said where the final was played.", "", "", "final"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := writeKind(headlineLine+tc.text, Place, (*writer).place)
			var got []string
			for _, c := range w.offered {
				if c.q.Fact != string(Place) {
					continue
				}
				got = append(got, c.q.Prompt)
				if tc.never != "" && containsWords(c.q.Prompt, tc.never) {
					t.Errorf("wrote %q", c.q.Prompt)
				}
				if c.q.Prompt == tc.prompt {
					checkSingle(t, c.q, c.item, tc.answer, nil)
				}
			}
			if tc.prompt != "" && !slices.Contains(got, tc.prompt) {
				t.Fatalf("questions %q, want %q", got, tc.prompt)
			}
		})
	}
}

// TestPlaceChoicesNoNameInside checks that a city's wrong choices leave
// out a name that holds another choice's or the answer's.
func TestPlaceChoicesNoNameInside(t *testing.T) {
	w := writeKind(headlineLine+"The final was played in Mumbai on Sunday. The first match had been held in New Delhi. Fans later celebrated in Delhi.", Place, (*writer).place)
	for _, c := range w.offered {
		for i, x := range c.item.Wrong {
			for _, y := range append(c.item.Wrong[i+1:], c.item.Answer) {
				if containsWords(x, y) || containsWords(y, x) {
					t.Errorf("%q: choices %q and %q, one name inside the other", c.q.Prompt, x, y)
				}
			}
		}
	}
	if len(w.offered) == 0 {
		t.Fatal("no question written")
	}
}
