package generate

import (
	"strings"
	"testing"
)

// TestSpeakersVoiceNotAsked: a sentence in a speaker's own person ("gave
// us a mandate", a quotation's sentence without its marks) is asked by
// no date question, blank or sentence statement: the quiz would speak
// as the speaker. The third person, "US" the country and a name holding
// "Our" are asked.
func TestSpeakersVoiceNotAsked(t *testing.T) {
	checkCoverage(t, []coverageCase{
		{"The voters gave us a clear mandate in 1886.", "", "1886"},
		{"Our board approved the new bridge in 1889.", "", "1889"},
		{"The town council gave you a fair hearing in 1887.", "", "1887"},
	}, "When ", "Fill in the blank", "According to the article")
	checkCoverage(t, []coverageCase{
		{"The voters gave the council a clear mandate in 1886.", "When did the voters give the council a clear mandate?", "1886"},
		{"The US Navy opened the new dock in 1889.", "When did the US Navy open the new dock?", "1889"},
		{"The Feeding Our Future charity opened its first office in 1887.", "When did the Feeding Our Future charity open its first office?", "1887"},
	}, "When ")
}

// TestInFirstOrSecondPerson checks the pronouns it reads and the words
// it leaves: the country "US", a name's "Our", a capital opening words.
func TestInFirstOrSecondPerson(t *testing.T) {
	for text, want := range map[string]bool{
		"The American people gave us a mandate":            true,
		"We won the vote in the end":                       true,
		"You will see the change":                          true,
		"The board met my lawyer":                          true,
		"The US Navy opened the dock":                      false,
		"Shariff is one of the Feeding Our Future accused": false,
		"Our Lady of Lourdes Hospital opened":              false,
		"They gave them a mandate":                         false,
	} {
		if got := inFirstOrSecondPerson(tokenize(text)); got != want {
			t.Errorf("%q: got %v, want %v", text, got, want)
		}
	}
}

// TestAmbiguousOrdinalSubject: "When did the first launch occur?" is
// not asked when the article tells of another "first … launch"; it is
// asked when the article has one first launch, or when the subject says
// whose it is.
func TestAmbiguousOrdinalSubject(t *testing.T) {
	const other = " The company's first launch to a high orbit is planned for next year."
	checkCoverageAfter(t, other+" The harbour wall was rebuilt in 1898. The town hall opened in 1904.", []coverageCase{
		{"The first launch occurred in 1889 from a pad in the desert.", "", "1889"},
	}, "When ")
	checkCoverage(t, []coverageCase{
		{"The first launch occurred in 1889 from a pad in the desert.", "When did the first launch occur?", "1889"},
	}, "When ")
	checkCoverageAfter(t, other+" The harbour wall was rebuilt in 1898. The town hall opened in 1904.", []coverageCase{
		{"The first rocket launch occurred in 1889 from a pad in the desert.", "When did the first rocket launch occur?", "1889"},
	}, "When ")
	for p := range offeredWith(t, "The first launch occurred in 1889 from a pad in the desert."+other+" The harbour wall was rebuilt in 1898.", "When ") {
		if strings.Contains(p, "first launch") {
			t.Errorf("offered %q", p)
		}
	}
}
