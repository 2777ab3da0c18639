package generate

import (
	"strings"
	"testing"
)

// TestPlaceUse checks a name the text puts somewhere ("near", "south
// of", ", 40 miles east of", ", Ontario") and refuses a person's name
// after words that take people too.
func TestPlaceUse(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"The boat sank near Lark Harbour on Monday.", "Lark Harbour", true},
		{"Bodies were found in Dunmore and Port Vesey.", "Port Vesey", false},
		{"Bodies were found at Dunmore and Port Vesey, 40 miles east of the capital.", "Port Vesey", true},
		{"The plane came down about 90 km north of Fort Alder, Ontario.", "Fort Alder", true},
		{"The trawler left Fort Alder, Ontario, at dawn.", "Fort Alder", true},
		{"Few had confidence in Maria Voss's plan.", "Maria Voss", false},
		{"The mayor took a call from Maria Voss on Friday.", "Maria Voss", false},
		{"Maria Voss, the harbour master, said the crew was safe.", "Maria Voss", false},
		{"Maria Voss, Head Coach, said the team was tired.", "Maria Voss", false},
		// A name inside a longer word is not the name.
		{"They waited in Port Veseyville for a week.", "Port Vesey", false},
	}
	for _, tc := range tests {
		if got := placeUse(tc.text, tc.name); got != tc.want {
			t.Errorf("placeUse(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestLeaderNotPlaceNorBody checks that a title run into a town's name
// ("south of Prince Albert, Saskatchewan") is no office, and that a party
// after "the leader of the opposition" is no leader, while a prince and
// a leader of the opposition named as people still are.
func TestLeaderNotPlaceNorBody(t *testing.T) {
	tests := []leaderCase{
		{"The trawler sank 150 miles south of Prince Albert, Saskatchewan, on Tuesday.", ""},
		{"Prince Albert opened the new wing of the museum on Tuesday.", "Albert/Prince/"},
		{"Her rival is Mara Quist, the leader of the opposition Free Farmers Party, who is in jail.", ""},
		{"The leader of the opposition, Mara Quist, called the vote a farce.", "Mara Quist/Leader of the Opposition/"},
	}
	checkLeaderTexts(t, tests)
}

// TestPeopleChoicesNoPlaceNorBody checks that the wrong choices of a who
// question are people: not a town the text puts somewhere, nor a party.
func TestPeopleChoicesNoPlaceNorBody(t *testing.T) {
	text := `Ferry sinks off the coast

The ferry sank on Tuesday night off the coast. Bodies washed up on the beaches of Corlay and Anse Verte, 40 miles east of the capital.

"We saw no lights at all," said the ferry captain, Tomas Rennick.

Navy Cmdr. Helen Marsh said "the sea was too rough for the small boats" that night.

"We made the offer, and they took it," Marsh said.

Opposition leader Ruth Okafor, the leader of the opposition Free Farmers Party, said the government had failed the families.

Port Commissioner Dale Imbert said the ferry was overloaded.`
	res, err := FromText("Ferry sinks off the coast", text)
	if err != nil {
		t.Fatal(err)
	}
	whoSaid := 0
	for _, q := range res.Quiz.Questions {
		if strings.HasPrefix(q.Prompt, "Who said") {
			whoSaid++
		}
		for _, c := range q.Choices {
			if strings.Contains(c.Text, "Anse Verte") || strings.Contains(c.Text, "Party") {
				t.Errorf("%q offers %q as a person", q.Prompt, c.Text)
			}
		}
	}
	if whoSaid == 0 {
		t.Error("no who-said question written: the test checks nothing")
	}
}

// TestClubAndThingNames checks that a sports club ("Real Madrid", "Leeds
// United") and a machine or mission ("… Survey Satellite") are no
// person's names, while people's names, "Junior" and two-letter initials
// included, still are.
func TestClubAndThingNames(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Real Madrid", true},
		{"Borussia Dortmund", true},
		{"FC Porto", true},
		{"Leeds United", true},
		{"Bolton Wanderers", true},
		{"Transiting Exoplanet Survey Satellite", true},
		{"Hubble Space Telescope", true},
		{"Launch Services Program", true},
		{"Mars Science Laboratory", true},
		{"Rocket Lab", true},
		{"Dani Carvajal", false},
		{"Vinicius Junior", false},
		{"AC Grayling", false},
		{"Eric Lander", false},
		{"Jonty Horner", false},
		{"Real", false},
	}
	for _, tc := range tests {
		if got := thingName(tc.name); got != tc.want {
			t.Errorf("thingName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestTeamUse checks a name written before a player's position as a
// team's, and refuses a person's possessive before other words.
func TestTeamUse(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"Harbour Town's defender Sam Reid scored in the 70th minute.", "Harbour Town", true},
		{"Castle Vale’ goalkeeper made two saves.", "Castle Vale", true},
		{"Harbour Town’s wingers were quick all night.", "Harbour Town", true},
		{"Sam Reid's fans sang for an hour.", "Sam Reid", false},
		{"Sam Reid, a defender, said the team was tired.", "Sam Reid", false},
		{"Ana Ruiz's forward planning paid off.", "Ana Ruiz", false},
	}
	for _, tc := range tests {
		if got := teamUse(tc.text, tc.name); got != tc.want {
			t.Errorf("teamUse(%q, %q) = %v, want %v", tc.text, tc.name, got, tc.want)
		}
	}
}

// TestSpeakerChoicesNoClubs checks that a who-said question on a match
// report offers people only, not the clubs the page names like people
// ("Spain's Sporting Lindow", "Castle Vale's goalkeeper").
func TestSpeakerChoicesNoClubs(t *testing.T) {
	text := `Sporting Lindow win the cup

Spain's Sporting Lindow won the cup final on Saturday, beating England's Castle Vale 2-0 at the national stadium.

The defender Dani Ortega scored the first goal in the 70th minute, from a corner by Luis Abad. Castle Vale's goalkeeper Ben Cole made five saves.

"I do not know what to say, it is just pure joy," Ortega said after the game.

"We were the better side for most of the night and we deserved it," Ortega added.
`
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	asked := false
	for _, q := range res.Quiz.Questions {
		if !strings.HasPrefix(q.Prompt, "Who said") && !strings.HasPrefix(q.Prompt, "According to the article,") {
			continue
		}
		asked = asked || strings.Contains(q.Prompt, "said")
		for _, c := range q.Choices {
			if strings.Contains(c.Text, "Lindow") || strings.Contains(c.Text, "Castle Vale") {
				t.Errorf("%q offers the club %q", q.Prompt, c.Text)
			}
		}
		if strings.Contains(q.Prompt, "Lindow said") || strings.Contains(q.Prompt, "Castle Vale said") {
			t.Errorf("statement gives the words to a club: %q", q.Prompt)
		}
	}
	if !asked {
		t.Errorf("no question on who said it: %q", prompts(res))
	}
}

// TestCountedName: a name opening on a number word is a tournament or a
// counted group, never a person nor a body who did something.
func TestCountedName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Six Nations", true},
		{"Two Republicans", true},
		{"Three Rivers Council", true},
		{"Cory Hill", false},
		{"House Republicans", false},
		{"Seven", false},
	} {
		if got := countedName(tc.name); got != tc.want {
			t.Errorf("countedName(%q) = %v, want %v", tc.name, got, tc.want)
		}
		if got := notPersonName("", tc.name); tc.want && !got {
			t.Errorf("notPersonName(%q) = false for a counted name", tc.name)
		}
	}
}
