package generate

import (
	"strings"
	"testing"
)

// leaderCase is a sentence and the leaders read in it, as
// "person/office/country" joined by "|".
type leaderCase struct{ in, want string }

// checkLeaderTexts checks the leaders read in each sentence.
func checkLeaderTexts(t *testing.T, tests []leaderCase) {
	t.Helper()
	for _, tc := range tests {
		got := strings.Join(factTexts("Town news\n\n"+tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLeadersRound11 checks the offices read in round 11: a surname glued
// to its particle ending a name.
func TestLeadersRound11(t *testing.T) {
	tests := []leaderCase{
		{"Syrian President Bashar al-Assad chaired an emergency meeting on Monday.", "Bashar al-Assad/President/Syria"},
		{"Egyptian President Abdel Fattah el-Sisi met the envoy on Monday.", "Abdel Fattah el-Sisi/President/Egypt"},
		// A lower-case word after the hyphen is no surname.
		{"Syrian President Bashar al-assad chaired an emergency meeting on Monday.", "Bashar/President/Syria"},
	}
	checkLeaderTexts(t, tests)
}

// TestCompanyAfterName checks a company's officer written name first:
// the company before the title or after "of"/"at"; never a place nor a
// country taken for a company.
func TestCompanyAfterName(t *testing.T) {
	tests := []leaderCase{
		{`"Prices will fall," said Dana Whitlow, Corvel chief executive.`, "Dana Whitlow/Chief Executive/Corvel"},
		{"Sir Malcolm Treharne, the chief executive of NHS England, said the plan was ready.", "Malcolm Treharne/Chief Executive/NHS England"},
		{"Jane Rowe, the chairman at Halcyon Space, said the lander was safe.", "Jane Rowe/Chairman/Halcyon Space"},
		{"Jane Rowe, chief executive of Brill Market, said sales rose.", "Jane Rowe/Chief Executive/Brill Market"},
		{`"I could breathe," said Dr. Marcus T. Oyelaran, the mission director at Halcyon Space.`, "Marcus T. Oyelaran/Mission Director/Halcyon Space"},
		// A place is no company: the country's officer, or nothing.
		{"Jane Rowe, the chief executive at Paris, said sales rose.", ""},
		{"Jane Rowe, London chief executive, said sales rose.", ""},
		// A word after the company: the phrase goes on, not read.
		{"Jane Rowe, the chief executive of Brill Market since 2019, said sales rose.", ""},
		// Not a company title: no company read before it.
		{"Jane Rowe, Brill Market spokeswoman, said sales rose.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestCompanyBeforeTitleAtStart checks a company named before its
// officer's title at the sentence's start; a word that opens sentences is
// no company.
func TestCompanyBeforeTitleAtStart(t *testing.T) {
	tests := []leaderCase{
		{"Halcyon chief executive Jane Doe said the lander was safe.", "Jane Doe/Chief Executive/Halcyon"},
		{"Tesla CEO Elon Musk said the cars were ready.", "Elon Musk/CEO/Tesla"},
		{"The Brill Market chairman Jon Reyes said sales rose.", "Jon Reyes/Chairman/Brill Market"},
		// Words that open sentences: no company.
		{"Former chief executive Jane Doe said the lander was safe.", ""},
		{"Meanwhile chief executive Jane Doe said the lander was safe.", ""},
		// A country's adjective or a place is no company.
		{"London chief executive Jane Doe said sales rose.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestPluralTitleList checks the holders listed after a title in the
// plural: every full name holds the title; a bare surname, a former
// office or a single name is no list.
func TestPluralTitleList(t *testing.T) {
	tests := []leaderCase{
		{"The majority also included Justices Clarence Thomas, Samuel A. Alito Jr., Neil M. Gorsuch and Amy Coney Barrett.",
			"Clarence Thomas/Justice/|Samuel A. Alito Jr/Justice/|Neil M. Gorsuch/Justice/|Amy Coney Barrett/Justice/"},
		{"The bill was written by U.S. Senators Ann Cole and Tom Reed last year.", "Ann Cole/Senator/United States|Tom Reed/Senator/United States"},
		// A bare surname ends the list.
		{"In a dissent joined by Justices Sonia Sotomayor and Jackson, the court split.", ""},
		// A former office: nobody holds it now.
		{"The plan was backed by former Presidents Bill Clinton and George W. Bush on Monday.", ""},
		// No names after the plural.
		{"The Governors Ball opened in New York on Friday.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestLongOffice checks an office named by its head and a body the
// generator does not know, before or after the name; a known country, a
// clause or a place after the body, or no "the" leaves it to the others.
func TestLongOffice(t *testing.T) {
	tests := []leaderCase{
		{"The leader of the self-proclaimed Donetsk People's Republic, Alexander Zakharchenko, warned that the deal would end.",
			"Alexander Zakharchenko/leader of the self-proclaimed Donetsk People's Republic/"},
		{"The army chief and the top commander of the Tigrayan forces, Gen. Tadesse Werede, are to meet.",
			"Tadesse Werede/top commander of the Tigrayan forces/"},
		{"The market expected the head of the Americas business, Thomas Riley, to get the job.",
			"Thomas Riley/head of the Americas business/"},
		{"Zhang Wei, chief executive of the organizing committee, said 1,930 athletes took part.",
			"Zhang Wei/chief executive of the organizing committee/"},
		// A known country: the usual reading.
		{"Ann Cole, the president of France, said the deal was good.", "Ann Cole/President/France"},
		// A title written with "of": the usual reading.
		{"The leader of the opposition, Ann Cole, said the deal was bad.", "Ann Cole/Leader of the Opposition/"},
		// A place or a clause after the body; a former office; no "the".
		{"Tom Reed, director of the space centre in Huntsville, led the work.", ""},
		{"Tom Reed, president of the club he founded, led the work.", ""},
		{"The former head of the Americas business, Thomas Riley, left.", ""},
		{"Tom Reed, head of roads and amenity services, said the grants were open.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestSurnameTakesFullName checks a surname alone after a title: it takes
// the one full name the article writes for it; after a title other than
// a president's it is dropped without one, and a surname written for two
// full names, or for a place, is nobody's.
func TestSurnameTakesFullName(t *testing.T) {
	tests := []leaderCase{
		{"Greg Abbott met the mayors. Later Governor Abbott signed the order.", "Greg Abbott/Governor/"},
		{"The crowd cheered John F. Kennedy in Houston. In 1963 President Kennedy flew to Dallas.", "John F. Kennedy/President/"},
		// No full name: a president's surname stays; a governor's goes.
		{"The judge was appointed by President Carter in 1979.", "Carter/President/"},
		{"Later Governor Abbott signed the order.", ""},
		// Two full names for the surname, or a place: nobody's.
		{"Greg Abbott met Ann Abbott. Later Governor Abbott signed the order.", ""},
		{"The rocket left Cape Kennedy. Robert Kennedy watched. Later Senator Kennedy spoke.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestMinistrySpokesman checks a ministry's spokesman named by its
// portfolio before the name; a ministry without a portfolio, or another
// title after it, is not read so.
func TestMinistrySpokesman(t *testing.T) {
	tests := []leaderCase{
		{"Talks resume next week in Geneva, foreign ministry spokesman Omar Qadri told reporters.", "Omar Qadri/Foreign Ministry Spokesman/"},
		{"Chinese foreign ministry spokeswoman Li Wen said the talks were useful.", "Li Wen/Foreign Ministry Spokeswoman/China"},
		// No portfolio before the ministry.
		{"Talks resume next week in Geneva, the ministry spokesman Omar Qadri told reporters.", ""},
		{"Talks resume next week in Geneva, new ministry spokesman Omar Qadri told reporters.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestHeadsBody checks "X, who heads the BODY,": the head of a body named
// so; not a race, a list or a place, nor a past "headed".
func TestHeadsBody(t *testing.T) {
	tests := []leaderCase{
		{"Mara Lind, who heads the inquiry team, said the report was late.", "Mara Lind/head of the inquiry team/"},
		{"Mara Lind, who leads the Rural Transport Commission, said buses would run.", "Mara Lind/leader of the Rural Transport Commission/"},
		// Not a body: a race, a list.
		{"Mara Lind, who leads the race, said she felt strong.", ""},
		{"Mara Lind, who heads the list of candidates, said she felt strong.", ""},
		// A past office: not read.
		{"Mara Lind, who headed the inquiry team, said the report was late.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestIsTheOffice checks "X is the OFFICE [of BODY]": the office held
// now; "was the" and an office whose phrase goes on are not read.
func TestIsTheOffice(t *testing.T) {
	tests := []leaderCase{
		{"Jane Doe is the chief executive of Halcyon Space and a trained engineer.", "Jane Doe/Chief Executive/Halcyon Space"},
		{"Ann Cole is the president of France, the paper said.", "Ann Cole/President/France"},
		{"Ann Cole was the president of France, the paper said.", ""},
		{"Ann Cole is the leader of the pack this season.", ""},
		{"Ann Cole is the mayor who built the bridge.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestTitleCommaNameVerb checks "the OFFICE, Name would …": an auxiliary
// verb ends the name when the closing comma is left out; a lower-case
// word that is no verb does not.
func TestTitleCommaNameVerb(t *testing.T) {
	tests := []leaderCase{
		{"He said the Minister of Health, Dr Ruth Okello would brief the nation on Friday.", "Ruth Okello/Minister of Health/"},
		{"He said Kenya's foreign minister, Amos Wekesa will travel to Paris.", "Amos Wekesa/Foreign Minister/Kenya"},
		{"He said the Minister of Health, Dr Ruth Okello today spoke to the nation.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestShadowTitle checks a shadow minister's office: its own, not the
// minister's.
func TestShadowTitle(t *testing.T) {
	tests := []leaderCase{
		{"The shadow health secretary, Carla Penn, said the plan was late.", "Carla Penn/Shadow Health Secretary/"},
		{"Shadow Home Secretary Carla Penn said the plan was late.", "Carla Penn/Shadow Home Secretary/"},
		{"The health secretary, Carla Penn, said the plan was ready.", "Carla Penn/Health Secretary/"},
	}
	checkLeaderTexts(t, tests)
}

// TestShadowNotOffered checks that the shadow of an office is no wrong
// choice for its holder, nor the holder for the shadow.
func TestShadowNotOffered(t *testing.T) {
	text := "Winter plan\n\nThe Health Secretary, Dan Ashby, set out the plan on Monday. The chief executive of NHS England, Sir Mal Tree, backed it. " +
		"England's chief nursing officer, Dame Ruth Oak, urged calm. The shadow health secretary, Carla Penn, said the plan was late."
	res, _ := FromInput("", []byte(text))
	if res.Quiz == nil {
		t.Fatal("no quiz")
	}
	for _, q := range res.Quiz.Questions {
		var right, names string
		for _, c := range q.Choices {
			names += c.Text + "|"
			if c.Correct {
				right = c.Text
			}
		}
		if right == "Dan Ashby" && strings.Contains(names, "Carla Penn") || right == "Carla Penn" && strings.Contains(names, "Dan Ashby") {
			t.Errorf("%q offers %q", q.Prompt, names)
		}
	}
}

// TestFinanceChief checks a company's finance chief, written first in a
// sentence or after the company; lower case with neither is not read.
func TestFinanceChief(t *testing.T) {
	tests := []leaderCase{
		{"Finance chief Helen Moss told reporters that demand grew.", "Helen Moss/Finance Chief/"},
		{"Brill Market finance chief Helen Moss told reporters that demand grew.", "Helen Moss/Finance Chief/Brill Market"},
		{"Analysts said finance chief Helen Moss would stay.", ""},
	}
	checkLeaderTexts(t, tests)
}

// TestAdviserTo checks an adviser named by whom he advises: the
// adviser's office, and the advised leader read too; not an adviser to a
// lower-case body.
func TestAdviserTo(t *testing.T) {
	tests := []leaderCase{
		{"The federal side was led by Ato Bekele, national security adviser to Prime Minister Lemma Girma, on Monday.",
			"Ato Bekele/National Security Adviser/|Lemma Girma/Prime Minister/"},
		{"Ato Bekele, national security adviser to the President, spoke first.", "Ato Bekele/National Security Adviser/"},
		{"Ato Bekele, national security adviser to several firms, spoke first.", ""},
	}
	checkLeaderTexts(t, tests)
}
