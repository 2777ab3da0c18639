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
