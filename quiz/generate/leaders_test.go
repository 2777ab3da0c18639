package generate

import (
	"slices"
	"sort"
	"strings"
	"testing"
)

// TestLeaderTitleBeforeName checks titles written before a leader's name,
// in ways real pages write them: honorifics of Malaysia and of British
// councils before the name, a body whose name runs on into the person's
// after "of", a council of four words in the possessive, offices of
// several words, a member of parliament named by seat, a state or a city
// before its office, a minister "of" a portfolio and a portfolio in lower
// case. It checks too a title after the name ("Kay Burley, the indigenous
// affairs minister") and the country that swears in or elects a person as
// its president.
func TestLeaderTitleBeforeName(t *testing.T) {
	tests := []struct{ in, want string }{
		// Honorifics are no part of the name.
		{"Defence Minister Datuk Seri Rahim Osman will move.", "Rahim Osman/Defence Minister/"},
		{"Prime Minister Datuk Seri Halim Yusof said so.", "Halim Yusof/Prime Minister/"},
		{"Works Minister Datuk Salleh Omar spoke.", "Salleh Omar/Works Minister/"},
		{"Chief Justice Tan Sri Aziz Mahmud presided.", "Aziz Mahmud/Chief Justice/"},
		{"Transport Minister Dato' Sri Lim Kah Wai spoke.", "Lim Kah Wai/Transport Minister/"},
		{"The council's leader, Cllr Jane Hollis, said so.", "Jane Hollis/Leader/"},
		// "Sri" stays a country's word.
		{"Sri Lankan President Ravi Perera spoke.", "Ravi Perera/President/Sri Lanka"},
		// A surname "Tan" stays a name when no "Sri" follows.
		{"Finance Minister Tan Wei Ming spoke.", "Tan Wei Ming/Finance Minister/"},
		// The body after "of" ends where the name begins.
		{"She met the President of the European Commission Anna Berger in London.", "Anna Berger/President/European Commission"},
		{"Governor of New York Kathy Hale spoke.", "Kathy Hale/Governor/New York"},
		// … but not inside a place's name: "State" is no first name.
		{"Governor of New York State Ann Cole spoke.", "Ann Cole/Governor/New York State"},
		{"Governor of Kent County Ann Cole spoke.", ""},
		// A council of four words in the possessive.
		{"North Downs District Council’s Leader, Cllr Tom Avery, said so.", "Tom Avery/Leader/North Downs District Council"},
		// Offices of several words.
		{"Karnataka's chief minister Ravi Gowda said the state was reeling.", "Ravi Gowda/Chief Minister/Karnataka"},
		{"He was sworn in by Governor-General Sir Peter Mott in Canberra.", "Peter Mott/Governor-General/"},
		{"Inspector-General of Police Abdul Karim Bakar attended.", "Abdul Karim Bakar/Inspector-General of Police/"},
		{"Chief of Defence Force Affandi Musa attended.", "Affandi Musa/Chief of Defence Force/"},
		{"District Attorney David Cole told the judge.", "David Cole/District Attorney/"},
		{"It will be decided by US Solicitor General Donald Vance.", "Donald Vance/Solicitor General/United States"},
		{"In 1984, U.S. District Judge Harry Clay of Nevada was convicted.", "Harry Clay/District Judge/United States"},
		// A member of parliament named by seat; not by party, nor by a
		// city of many seats.
		{"Incumbent Kota Baru MP Datuk Seri Ali Hamzah will be appointed.", "Ali Hamzah/Kota Baru MP/"},
		{"Labour MP Jane Dore spoke.", ""},
		{"London MP Jane Dore spoke.", ""},
		{"Guests included Northern Tablelands MP Adam Marsh.", "Adam Marsh/Northern Tablelands MP/"},
		{"Guests included Incumbent Northern Tablelands MP Adam Marsh.", "Adam Marsh/Northern Tablelands MP/"},
		{"Northern Ireland MP Jane Dore spoke.", ""},
		// A state, a province or a city before its office.
		{"Queensland Premier Anna Pell said so.", "Anna Pell/Premier/Queensland"},
		{"Texas Gov. Greg Abbot said so.", "Greg Abbot/Governor/Texas"},
		{"London Mayor Sadiq Kahn said so.", "Sadiq Kahn/Mayor/London"},
		{"New South Wales Health Minister Brad Hall said so.", "Brad Hall/Health Minister/New South Wales"},
		// A minister of a portfolio written after "of".
		{"Minister of Antiquities Khaled Nour said the works continue.", "Khaled Nour/Minister of Antiquities/"},
		{"Minister of State for Parliamentary Affairs Rajan Shukla offered a vote.", "Rajan Shukla/Minister of State for Parliamentary Affairs/"},
		{"Egyptian Minister of Tourism and Antiquities Ahmed Issa spoke.", "Ahmed Issa/Minister of Tourism and Antiquities/Egypt"},
		{"Scott Morrison Sworn In As The Prime Minister of Australia Wednesday.", ""},
		// A portfolio in lower case after a determiner or a country.
		{"New health secretary Wes Sterling has said the service is broken.", "Wes Sterling/Health Secretary/"},
		{"Spain's health minister Ana Ruiz arrived.", "Ana Ruiz/Health Minister/Spain"},
		{"Kay Burley, the indigenous affairs minister, spoke.", "Kay Burley/Indigenous Affairs Minister/"},
		{"The health and education ministers Ana Ruiz and Tom Ray met.", ""},
		{"A health minister Tom Ray arrived.", ""},
		{"The talks included the health secretary's plan.", ""},
		// A country that installs the person gives the office its country.
		{"Sri Lanka has sworn in Ravi Perera as president, hoping he will lead it out of the crisis.", "Ravi Perera/President/Sri Lanka"},
		{"Peru elected Ana Flores as president.", "Ana Flores/President/Peru"},
		{"Sri Lanka said Ravi Perera was elected president.", "Ravi Perera/President/"},
		{"The club has named Tom Hill as chairman.", ""},
		// … but only of a place's office, and one that has a single holder.
		{"Ohio Senator Jim Dance said so.", "Jim Dance/Senator/"},
		{"Oxford Chairman Tom Hill said so.", "Tom Hill/Chairman/"},
		{"Transport for London Chief Executive Andy Byford said so.", "Andy Byford/Chief Executive/"},
		// A title of its own before "and" is no part of the next one's
		// portfolio.
		{"He held talks with State Councillor Yang Jiewen and Foreign Minister Wang Tao at the hall.", "Yang Jiewen/State Councillor/|Wang Tao/Foreign Minister/"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCourtOfPlaceDistrictJudge checks that a district judge with a
// country is read as one of its many judges: no "Who was the United
// States' District Judge?".
func TestCourtOfPlaceDistrictJudge(t *testing.T) {
	tests := []struct {
		f    Fact
		want bool
	}{
		{Fact{Office: "District Judge", Country: "United States"}, true},
		{Fact{Office: "Judge", Country: "Nevada"}, true},
		{Fact{Office: "District Judge"}, false},
		{Fact{Office: "District Attorney", Country: "United States"}, false},
		{Fact{Office: "Chief Justice", Country: "Malaysia"}, false},
	}
	for _, tc := range tests {
		if got := courtOfPlace(tc.f); got != tc.want {
			t.Errorf("courtOfPlace(%s of %q) = %v, want %v", tc.f.Office, tc.f.Country, got, tc.want)
		}
	}
}

// TestOfficeOfBody checks that a title written after "<Body> of <Place>"
// is the body's office, never the place's: no "Chairwoman of Fiji".
func TestOfficeOfBody(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Labour Party of Fiji Chairwoman Mere Tora and National Party of Fiji Chairman Sam Vula watched the count on Monday.", ""},
		{"Reserve Bank of Fiji Governor Sam Vula said rates would hold.", ""},
		// The place's own office still reads.
		{"Fiji Prime Minister Sam Vula watched the count on Monday.", "Sam Vula/Prime Minister/Fiji"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts("Island news\n\n"+tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLeaderTenseTwoDates checks that each of two leaders dated in one
// sentence is asked in his own year: the year that opens the sentence
// dates no leader after a second year.
func TestLeaderTenseTwoDates(t *testing.T) {
	text := "Headline\n\nIn 1984, U.S. Senator Hal Ames of Ohio was convicted of fraud, and in 1986, U.S. Senator Walt Noyes of Utah was convicted of perjury."
	want := map[string]string{"Hal Ames": " in 1984", "Walt Noyes": " in 1986"}
	sents := splitSentences(text, tokenize(text))
	facts := extract(text, sents)
	w := newWriter(text, sents, facts)
	seen := 0
	for fi, f := range facts {
		if f.Kind != Leader {
			continue
		}
		seen++
		if is, when, _ := w.leaderTense(fi); is != "was" || when != want[f.Person] {
			t.Errorf("%s: tense %q%q, want \"was\"%q", f.Person, is, when, want[f.Person])
		}
	}
	if seen != len(want) {
		t.Errorf("%d leaders found, want %d", seen, len(want))
	}
}

// TestOfficeChoicesOfTheSameKind checks that an office question offers
// offices of the same kind as the answer: a judge of a country's courts
// is asked without the country among other offices of the courts (and
// only the first of several), the heads of a state's forces among each
// other, ministers among ministers, a state's premier among premiers, and
// a state's chief minister never beside a "President of" the state nor a
// "Chief Minister of" a country; a royal title is asked alone.
func TestOfficeChoicesOfTheSameKind(t *testing.T) {
	tests := []struct {
		name, text, person string
		answer             string   // "" when no office question may be asked
		wrongIn            []string // every wrong choice is one of these
		notSaid            []string // offices that exist nowhere
	}{
		{"district judge", "Judge sentences mayor\n\nU.S. District Judge Ann Cole sentenced the former mayor to 27 months in prison on Tuesday. The mayor had failed to disclose gifts worth $40,000.",
			"Ann Cole", "District Judge", courtTitles, []string{"Judge of the United States"}},
		{"second district judge", "Judges convicted\n\nU.S. District Judge Ann Cole was convicted on Tuesday. U.S. District Judge Rob Hale was convicted on Wednesday.",
			"Rob Hale", "", nil, nil},
		{"inspector-general", "Cabinet sworn in\n\nPrime Minister Omar Razak attended on Tuesday, as did Inspector-General of Police Abdul Karim Bakar and Chief of Defence Force Affandi Musa.",
			"Abdul Karim Bakar", "Inspector-General of Police", securityTitles, nil},
		{"minister of a two-word portfolio", "Cabinet swap\n\nA swap between Defence Minister Datuk Seri Rahim Osman and Foreign Affairs Minister Datuk Seri Zaid Kamal was reported on Tuesday. Human Resource Minister Anil Kumar and Higher Education Minister Siti Aminah were sworn in on Monday.",
			"Zaid Kamal", "Foreign Affairs Minister", append([]string{"Human Resource Minister"}, ministerTitles...), nil},
		// A deputy prime minister often holds a portfolio too.
		{"deputy prime minister", "Cabinet sworn in\n\nDeputy Prime Minister Mick Cole was sworn in on Tuesday with Environment Minister Sara Lane and Trade Minister Tom Hart.",
			"Mick Cole", "", nil, nil},
		// A minister written "Minister of …": other such ministers.
		{"minister of", "Tomb opened\n\nMinister of Antiquities Ahmed Issa opened the tomb on Saturday. The tomb dates back to the 18th dynasty.",
			"Ahmed Issa", "Minister of Antiquities", ministerOfTitles, nil},
		// A state's premier: only the premier of another state.
		{"state premier", "Floods hit the east\n\nQueensland Premier Anna Pell visited the towns on Tuesday. New South Wales Premier Bob Carne sent help on Wednesday, and Australian Prime Minister Tom Wade promised aid.",
			"Anna Pell", "Premier of Queensland", []string{"Premier of New South Wales", "Prime Minister of Australia"},
			[]string{"Prime Minister of Queensland", "President of Queensland", "Prime Minister of New South Wales", "Governor of Queensland"}},
		// A governor with no other state's office in the article: the
		// office alone.
		{"governor alone", "Storm hits coast\n\nFlorida Gov. Rick Sott declared an emergency on Thursday. Mayor Dan Gelb of Tampa closed the schools.",
			"Rick Sott", "Governor", fillerTitles, nil},
		{"chief minister", "Floods hit the south\n\nKarnataka's chief minister Ravi Gowda said on Tuesday the state was reeling. Indian Prime Minister Anil Rao promised aid on Wednesday.",
			"Ravi Gowda", "Chief Minister", ministerTitles, []string{"Prime Minister of Karnataka", "President of Karnataka", "Chief Minister of India"}},
		// A royal title is asked alone; in the past, never beside a title
		// the person may have held before or after, nor beside an emir's
		// crown outside the Islamic world: a French prince of 1217 has
		// one certainly wrong crown (Emperor), too few to ask.
		{"prince in 1217", "Treaty signed\n\nOn September 12, 1217, French prince Louis and English King Henry III signed a peace treaty. The war had begun in 1215.",
			"Louis", "", nil, []string{"Prince of England", "King of England"}},
	}
	for _, tc := range tests {
		// Every question offered, before choose keeps some.
		sents := splitSentences(tc.text, tokenize(tc.text))
		facts := extract(tc.text, sents)
		w := newWriter(tc.text, sents, facts)
		w.write()
		asked := ""
		for _, c := range w.offered {
			item := c.item
			if strings.HasPrefix(c.q.Prompt, "What office does "+tc.person+" hold") || strings.HasPrefix(c.q.Prompt, "What office did "+tc.person+" hold") {
				asked = item.Answer
				for _, x := range item.Wrong {
					if !containsString(tc.wrongIn, x) {
						t.Errorf("%s: wrong choice %q", tc.name, x)
					}
				}
			}
			for _, x := range tc.notSaid {
				if strings.Contains(c.q.Prompt, x) || containsString(item.Wrong, x) {
					t.Errorf("%s: %q offers %q", tc.name, c.q.Prompt, x)
				}
			}
		}
		if asked != tc.answer {
			t.Errorf("%s: office question answered %q, want %q", tc.name, asked, tc.answer)
		}
	}
}

// TestCloseToAny checks that two wrong offices nearly alike are not both
// offered: the same portfolio, or the same words but for a plural.
func TestCloseToAny(t *testing.T) {
	tests := []struct {
		chosen []string
		office string
		want   bool
	}{
		{[]string{"Human Resource Minister"}, "Human Resources Minister", true},
		{[]string{"Health Minister"}, "Health and Social Care Minister", true},
		{[]string{"Home Affairs Minister"}, "Foreign Affairs Minister", false},
		{[]string{"Local Government Minister", "Trade Minister"}, "Rural Development Minister", false},
		{nil, "Trade Minister", false},
	}
	for _, tc := range tests {
		if got := new(writer).closeToAny(tc.chosen, tc.office); got != tc.want {
			t.Errorf("closeToAny(%q, %q) = %v, want %v", tc.chosen, tc.office, got, tc.want)
		}
	}
}

// TestWhoIsMP checks the question on a member named by seat: one member
// per seat, asked "Who is the MP for …?" among the article's other
// members and ministers.
func TestWhoIsMP(t *testing.T) {
	text := "Reshuffle expected\n\nKota Baru MP Ali Hamzah and Batu Pahat MP Chong Wei are set to join the Cabinet, a newspaper reported on Tuesday. Defence Minister Rahim Osman and Trade Minister Aziz Musa may move to other posts."
	res, err := FromText("", text)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ prompt, answer string }{
		{"Who is the MP for Kota Baru, according to the article?", "Ali Hamzah"},
		{"Who is the MP for Batu Pahat, according to the article?", "Chong Wei"},
	}
	for _, tc := range tests {
		found := false
		for i, q := range res.Quiz.Questions {
			if q.Prompt == tc.prompt {
				found = true
				if res.Items[i].Answer != tc.answer {
					t.Errorf("%q answered %q, want %q", tc.prompt, res.Items[i].Answer, tc.answer)
				}
			}
		}
		if !found {
			t.Errorf("no question %q in %q", tc.prompt, prompts(res))
		}
	}
	for _, p := range qualityProblems(text, res) {
		t.Errorf("%s: %s", p.id, p.msg)
	}
}

// TestWhoManyHolders checks that no question asks for "the" holder of an
// office a country gives to many people at once.
func TestWhoManyHolders(t *testing.T) {
	tests := []struct {
		text, notPrompt string
	}{
		{"Plant to close\n\nU.S. Sen. Sherman Brook met the workers on Monday. Governor Ann Kell of Ohio and Mayor Tom Reed of Niles joined him.",
			"Who is the Senator of the United States, according to the article?"},
		{"Talks resume\n\nU.S. Ambassador Carl Dent met Prime Minister Ivo Marn and Foreign Minister Lea Sand on Monday.",
			"Who is the Ambassador of the United States, according to the article?"},
	}
	for _, tc := range tests {
		sents := splitSentences(tc.text, tokenize(tc.text))
		facts := extract(tc.text, sents)
		w := newWriter(tc.text, sents, facts)
		w.write()
		for _, c := range w.offered {
			if c.q.Prompt == tc.notPrompt {
				t.Errorf("offered %q", c.q.Prompt)
			}
		}
	}
}

// TestTitleFitsVicePresident checks that a vice president is offered only
// where the body has vice presidents.
func TestTitleFitsVicePresident(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"European Council", false},
		{"NATO", false},
		{"European Commission", true},
		{"United States", true},
		{"Paris", false},
	}
	for _, tc := range tests {
		if got := titleFits("Vice President", tc.body); got != tc.want {
			t.Errorf("titleFits(Vice President, %q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestWhoChoicesNotNamedWithOffice checks that a person the article names
// with the office asked about (to hold it soon, or formerly) is no wrong
// choice for "Which of these people is a prime minister?".
func TestWhoChoicesNotNamedWithOffice(t *testing.T) {
	text := "Election result\n\nThe party of Prime Minister Chris Hale lost on Saturday. Its leader Tom Luxford, a former pilot, is set to become prime minister. The Greens and their co-leader, Ana Swart, gained seats. Finance Minister Bo Rand lost his seat."
	sents := splitSentences(text, tokenize(text))
	facts := extract(text, sents)
	w := newWriter(text, sents, facts)
	for fi, f := range facts {
		if f.Kind != Leader || f.Person != "Chris Hale" {
			continue
		}
		for _, p := range w.personChoices(fi) {
			if p == "Tom Luxford" {
				t.Errorf("wrong choice %q for %s", p, f.Office)
			}
		}
		return
	}
	t.Errorf("no leader Chris Hale in %v", facts)
}

// TestRankBeforeTitle: "a junior British health minister, X," is not the
// country's health minister (a quiz once asked a mid-ranking Home Office
// minister as "Interior Minister of Britain").
func TestRankBeforeTitle(t *testing.T) {
	tests := []struct {
		text, person string
	}{
		{"A mid-ranking French interior minister, Luc Morel, resigned from government on Tuesday over the new police law.", "Luc Morel"},
		{"A junior British health minister, Tom Vale, resigned from government on Tuesday over the hospital closures.", "Tom Vale"},
		{"The junior health minister, Tom Vale, said the wards would stay open.", "Tom Vale"},
	}
	for _, tc := range tests {
		res, _ := FromText("Quiz", tc.text+" Mayor Tim Alder, Senator Ruth Penn and Governor Carl Ostrow attended.")
		for _, f := range res.Facts {
			if f.Kind == Leader && f.Person == tc.person {
				t.Errorf("%q: %s read as %s of %q", tc.text, f.Person, f.Office, f.Country)
			}
		}
	}
}

// TestBuildingIsNoLeader checks that a title inside a building's name
// ("King … Hospital") and a palace standing where the office is taken
// are read as no leader, while a monarch or a president beside such a
// building still is.
func TestBuildingIsNoLeader(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Patients were moved to King Alfred Hospital on Monday.", ""},
		{"The choir sang at Queen Anne College last night.", ""},
		{"Traffic was stopped on Prince Albert Bridge for an hour.", ""},
		{"Mr Weber is sworn in on Monday in Hofburg Palace as the Austrian president.", ""},
		{"Mr Li is sworn in on Monday in Zhongnanhai Hall as the Chinese president.", ""},
		{"King Harald opened the new wing of the hospital.", "Harald/King/"},
		{"Austrian President Anna Weber spoke at Hofburg Palace.", "Anna Weber/President/Austria"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestAtMostTwoQuestionsPerOffice checks that three people of the same
// office on one page get two office questions, not a third alike but for
// the name, while people of other offices are all asked.
func TestAtMostTwoQuestionsPerOffice(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Royal visits\n\nOn Tuesday, King Hal opened the new library in Dunmore.\n\nOn Wednesday, King Rory visited the fire station in Dunmore.\n\nOn Thursday, King Ned toured the harbour in Dunmore.", 2},
		{"Royal visits\n\nOn Tuesday, King Hal opened the new library in Dunmore.\n\nOn Wednesday, King Rory visited the fire station in Dunmore.", 2},
		{"Three visits\n\nOn Tuesday, King Hal opened the new library in Dunmore.\n\nOn Wednesday, Ohio Governor Ann Cole visited the fire station in Dunmore.\n\nOn Thursday, King Ned toured the harbour in Dunmore.", 3},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.text)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, q := range res.Quiz.Questions {
			if strings.HasPrefix(q.Prompt, "What office") {
				n++
			}
		}
		if n != tc.want {
			t.Errorf("%q: %d office questions, want %d", tc.text, n, tc.want)
		}
	}
}

// TestLeaderTitlesAndSurnames checks titles before and after a leader's
// name, as real pages write them: a capitalised title after the name and
// a comma, two titles joined by "and", a body named whole after "of",
// "Minister for", titles such as "Superintendent" and "Czar", a deputy's
// office, a surname alone after "President" and the full name it takes,
// "new president X"; and, beside them, the office one is sworn in to and
// what must stay no leader.
func TestLeaderTitlesAndSurnames(t *testing.T) {
	tests := []struct{ in, want string }{
		{"“The results were strong,” said Carla Dent, Vantor's president and chief executive.", "Carla Dent/Chief Executive/Vantor"},
		{"“We are pleased,” said Ann Roe, IBM president and chief executive officer.", "Ann Roe/Chief Executive Officer/IBM"},
		{"Nora Fitch, Minister for Health, opened the new ward on Friday.", "Nora Fitch/Minister for Health/"},
		{"Peter Lund, chief executive of Kingsford, Hallam and Dene Community Hospitals NHS Trust (KHD), spoke to the board.",
			"Peter Lund/Chief Executive/Kingsford, Hallam and Dene Community Hospitals NHS Trust"},
		{"Mr. Samir Haddad, the director-general of the Ministry of Public Works, received the delegation.",
			"Samir Haddad/Director General/Ministry of Public Works"},
		{"Superintendent Ruth Galloway said the search would go on overnight.", "Ruth Galloway/Superintendent/"},
		{"Speaker of the Parliament Asoka Perera welcomed the guests.", "Asoka Perera/Speaker of the Parliament/"},
		{"The motion was moved by Leader of Opposition Ravi Mehta on Monday.", "Ravi Mehta/Leader of Opposition/"},
		{"He met Minister of Rural Development and International Trade Sunil Dias.", "Sunil Dias/Minister of Rural Development and International Trade/"},
		{"Halvard's Chief Financial Officer Lena Brandt said the deal would close in June.", "Lena Brandt/Chief Financial Officer/Halvard"},
		{"Guests included London deputy Mayor Omar Khan and others.", "Omar Khan/Deputy Mayor/London"},
		{"The envoy was received by Czar Nicholas II of Russia.", "Nicholas II/Czar/Russia"},
		{"The judge was appointed by President Carter in 1979.", "Carter/President/"},
		{"They challenged President Trump’s order in court.", "Trump/President/"},
		{"President Donald Trump signed it. Critics said President Trump acted alone.", "Donald Trump/President/"},
		{"Prime Minister Anwar Hashim spoke. Later Prime Minister Anwar arrived.", "Anwar Hashim/Prime Minister/"},
		{"Despite new president Olena Bondar urging a vote, parliament refused.", "Olena Bondar/President/"},
		{"He shook hands with President Kamara after the oath. In Freetown, President Ade Kamara led the ceremony.", "Ade Kamara/President/"},
		// The surname takes the full name the article gives it, even after.
		{"President Sallah said the talks went well. Macky Sallah, elected in 2012, signed the deal.", "Macky Sallah/President/"},
		// The office a person is sworn in to, or is said to hold.
		{"Olav Berg was sworn in as Norway’s Prime Minister on Monday.", "Olav Berg/Prime Minister/Norway"},
		{"Luc Marin is sworn in on Tuesday morning in the town hall as the French president, the first in years.", "Luc Marin/President/France"},
		{"John Smith was governor of Texas.", ""},
		// No leader: a building, a vague or generic title in lower case or
		// without its body, a rank before the title; a former office is
		// one of the past (formerleader.go).
		{"The fire spread to the President Hotel on Monday.", ""},
		{"Steve Marsh, Chairman, said so.", ""},
		{"Tom Ray, director, said so.", ""},
		{"Ann Bell, chief executive, said so.", ""},
		{"The acting deputy Mayor Omar Khan spoke.", ""},
		{"Former President Joan Doe spoke.", "Joan Doe/former President/"},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestOddOfficeNotAskedWhat checks that an office of no known world is
// asked as "Which of these people …?", never as "What office …?" with
// offices of other governments (a quiz once set a national security
// adviser against "Deputy Prime Minister" and "Minister of Justice"), and
// that a czar's office is not asked in the present.
func TestOddOfficeNotAskedWhat(t *testing.T) {
	tests := []struct{ text, person, forbidden string }{
		{"Talks in Washington\n\nOn Tuesday, Secretary of State Mary Holt met the visiting minister. He will first meet National Security Advisor James Marsh before meeting President Ben Carver on Friday.",
			"James Marsh", "What office does James Marsh"},
		{"Guests\n\nOn Tuesday, Superintendent Ruth Galloway and Mayor Tim Alder opened the station, with Senator Ruth Penn and Governor Carl Ostrow.",
			"Ruth Galloway", "What office does Ruth Galloway"},
		{"The congress\n\nThe most important guests were Czar Nicholas II of Russia and King Frederick Augustus of Saxony, with Emperor Karl Franz of Austria.",
			"Nicholas II", "Nicholas II is the"},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.text)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range res.Facts {
			found = found || f.Kind == Leader && f.Person == tc.person
		}
		if !found {
			t.Errorf("%q: %s not found", tc.text, tc.person)
		}
		for _, q := range res.Quiz.Questions {
			if strings.Contains(q.Prompt, tc.forbidden) {
				t.Errorf("%q: asked %q", tc.text, q.Prompt)
			}
		}
	}
}

// TestNeedsTheAcronym: a body's initialism reads with "the" ("the
// Director of the CDC"), an acronym read as a word does not ("FEMA").
func TestNeedsTheAcronym(t *testing.T) {
	tests := []struct {
		body string
		want bool
	}{
		{"CDC", true}, {"FBI", true}, {"BJP", true}, {"FEMA", false}, {"NASA", false}, {"NATO", false}, {"France", false},
		{"Holy See", true}, {"Slovak Republic", true},
	}
	for _, tc := range tests {
		if got := needsThe(tc.body); got != tc.want {
			t.Errorf("needsThe(%q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}

// writerFor reads a text as FromText does, for the leader rules' tests.
func writerFor(text string) *writer {
	sents := splitSentences(text, tokenize(text))
	w := newWriter(text, sents, extract(text, sents))
	w.title = headline(sents, text)
	return w
}

// TestLeaderTensePastPage checks that a page about the past asks its
// leaders in the past (its years all long past, or none and the
// leader's sentence told in the past), that news keeps the present, and
// that another person's year still dates no office.
func TestLeaderTensePastPage(t *testing.T) {
	tests := []struct {
		name, text, person string
		is, when           string
		ok                 bool
	}{
		{"no year, told in the past",
			"The congress\n\nThe host was the Austrian emperor Leopold II. Among the guests were Czar Nicholas II of Russia and King Frederick Augustus of Saxony.",
			"Nicholas II", "was", "", true},
		{"years long past",
			"The treaty\n\nThe treaty was signed in 1648 after long talks. The envoys of King Gustav Adolf of Sweden were the last to arrive. The war had begun in 1618.",
			"Gustav Adolf", "was", "", true},
		{"news reports speech",
			"The budget\n\nPrime Minister Ola Berg of Norway said the budget was fair. The opposition was not convinced.",
			"Ola Berg", "is", "", true},
		{"a recent year",
			"The budget\n\nThe budget was passed in 2019. Prime Minister Ola Berg of Norway was pleased.",
			"Ola Berg", "is", "", true},
		{"present verb, no year",
			"The visit\n\nKing Harald of Norway is in Bergen. The crowds were large.",
			"Harald", "is", "", true},
		{"another person's year",
			"The family\n\nThe queen married Prince Olaf in 1937 and has three children: Prince Anders, Princess Ingrid and Prince Sven.",
			"Anders", "", "", false},
	}
	for _, tc := range tests {
		w := writerFor(tc.text)
		found := false
		for fi, f := range w.facts {
			if f.Kind != Leader || f.Person != tc.person {
				continue
			}
			found = true
			is, when, ok := w.leaderTense(fi)
			if is != tc.is || when != tc.when || ok != tc.ok {
				t.Errorf("%s: leaderTense(%s) = %q %q %v, want %q %q %v", tc.name, tc.person, is, when, ok, tc.is, tc.when, tc.ok)
			}
		}
		if !found {
			t.Errorf("%s: %s not found as a leader", tc.name, tc.person)
		}
	}
}

// TestLeaderTenseKin checks that a year dates no office of a leader
// named only as someone's parent, spouse or child.
func TestLeaderTenseKin(t *testing.T) {
	const days = "On this day\n\nIn 1640, the treaty of Ripon was signed. In 1802, the palace burned.\n\n"
	const page = days + "In 1938, Princess Louise of Sweden died at the age of 80. She was the youngest child of Queen Sofia and Prince Oscar."
	tests := []struct {
		text, person, is, when string
		ok                     bool
	}{
		{page, "Oscar", "", "", false},
		{page, "Sofia", "", "", false},
		{days + "In 1938, Princess Louise of Sweden died. Prince Oscar opened the bridge.", "Oscar", "was", " in 1938", true},
		{days + "In 1938, Prince Oscar of Sweden opened the bridge at Lund.", "Oscar", "was", " in 1938", true},
	}
	for _, tc := range tests {
		w := writerFor(tc.text)
		found := false
		for fi, f := range w.facts {
			if f.Kind != Leader || f.Person != tc.person {
				continue
			}
			found = true
			if is, when, ok := w.leaderTense(fi); is != tc.is || when != tc.when || ok != tc.ok {
				t.Errorf("%q: leaderTense(%s) = %q %q %v, want %q %q %v", tc.text, tc.person, is, when, ok, tc.is, tc.when, tc.ok)
			}
		}
		if !found {
			t.Errorf("%q: %s not found as a leader", tc.text, tc.person)
		}
	}
}

// TestLeaderQuestionsFewPeople checks the questions of a leader whose
// article names few other leaders: the article's other people as wrong
// choices (never one named near the office), a four-word portfolio among
// others of four words, statements of a portfolio or a company's office,
// and a president given the only country the article names.
func TestLeaderQuestionsFewPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       string   // a prompt containing this is asked
		choices    []string // … with exactly these choices, in any order (nil: any)
		forbidden  []string // no choice nor prompt contains these
	}{
		{"people of the article",
			"New wards\n\nDeputy Mayor Kate Lyle opened the ward on Monday. “It is a great day,” said Ruth Dane, the ward's head nurse. The builder, Colin Rask, finished early.",
			"Which of these people is a deputy mayor", []string{"Kate Lyle", "Ruth Dane", "Colin Rask"}, nil},
		{"four-word portfolio",
			"Hospital funding\n\nHealth and Social Care Secretary Mark Dunn announced the funding on Monday.",
			"What office does Mark Dunn hold", []string{"Health and Social Care Secretary", "Culture, Media and Sport Secretary",
				"Energy and Climate Change Secretary", "Housing and Urban Development Secretary"}, nil},
		{"company officer stated",
			"Deal\n\nHalvard's Chief Financial Officer Lena Brandt said on Monday the deal would close in June.",
			"Lena Brandt is the Chief Financial Officer of Halvard", nil, []string{"of the Halvard"}},
		{"president of the only country",
			"Swearing in\n\nOn Tuesday, President Paul Karemera swore in the new prime minister in Kigali, Rwanda.",
			// Not "What office …?": "President of Rwanda" would be the
			// odd one out among three "… Minister of Rwanda".
			"Paul Karemera is the President of Rwanda", nil, []string{"What office"}},
	}
	for _, tc := range tests {
		res, err := FromText("", tc.text)
		if err != nil {
			t.Fatal(err)
		}
		asked := false
		for _, q := range res.Quiz.Questions {
			for _, x := range tc.forbidden {
				if strings.Contains(q.Prompt, x) {
					t.Errorf("%s: prompt %q holds %q", tc.name, q.Prompt, x)
				}
				for _, c := range q.Choices {
					if strings.Contains(c.Text, x) {
						t.Errorf("%s: %q offers %q", tc.name, q.Prompt, c.Text)
					}
				}
			}
			if tc.want == "" || !strings.Contains(q.Prompt, tc.want) {
				continue
			}
			asked = true
			if tc.choices != nil {
				var got []string
				for _, c := range q.Choices {
					got = append(got, c.Text)
				}
				if strings.Join(sortedCopy(got), "|") != strings.Join(sortedCopy(tc.choices), "|") {
					t.Errorf("%s: %q choices %q, want %q", tc.name, q.Prompt, got, tc.choices)
				}
			}
		}
		if tc.want != "" && !asked {
			var ps []string
			for _, q := range res.Quiz.Questions {
				ps = append(ps, q.Prompt)
			}
			t.Errorf("%s: no prompt with %q among %q", tc.name, tc.want, ps)
		}
	}
}

func sortedCopy(xs []string) []string {
	out := append([]string(nil), xs...)
	sort.Strings(out)
	return out
}

// TestPresidentsCountry checks that a president named without a country
// gets the one country the article names, and none when it names two or
// names a company's officer.
func TestPresidentsCountry(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Oath\n\nOn Tuesday, President Paul Karemera swore in the prime minister in Kigali, Rwanda.", "Rwanda"},
		{"Oath\n\nOn Tuesday, President Paul Karemera met Kenyan ministers in Kigali, Rwanda.", ""},
		{"Results\n\nOn Tuesday, President Paul Karemera praised the results. Halvard's Chief Financial Officer Lena Brandt spoke in Oslo, Norway.", ""},
		{"Insurers\n\nOn Tuesday, the Kigali Insurers Union, a Rwandan group, met. Its president, Paul Karemera, praised the law.", ""},
	}
	for _, tc := range tests {
		checkPresidentsCountry(t, tc.text, "Paul Karemera", tc.want)
	}
}

// checkPresidentsCountry checks the country presidentsCountry gives the
// leader person of text.
func checkPresidentsCountry(t *testing.T, text, person, want string) {
	t.Helper()
	w := writerFor(text)
	w.presidentsCountry()
	got, found := "", false
	for _, f := range w.facts {
		if f.Kind == Leader && f.Person == person {
			got, found = f.Country, true
		}
	}
	if !found || got != want {
		t.Errorf("%q: country %q (found %v), want %q", text, got, found, want)
	}
}

// TestPersonChoicesNotNearOffice checks that the article's speakers and
// doers are wrong choices for who holds an office, except one named in
// a sentence that gives the office or tells a holder ("incumbent").
func TestPersonChoicesNotNearOffice(t *testing.T) {
	tests := []struct{ text, person, want string }{
		{"Resignation\n\nPrime Minister Tom Kerewa resigned on Tuesday. He handed over to a former prime minister and current member of parliament, Sir Amos Kila. “It is time,” said Ruth Dane. “We read it,” said Colin Rask.",
			"Tom Kerewa", "Ruth Dane|Colin Rask"},
		{"Resignation\n\nPrime Minister Tom Kerewa resigned on Tuesday. “We will go on with the work,” said Amos Kila. “It is time,” said Ruth Dane.",
			"Tom Kerewa", "Amos Kila|Ruth Dane"},
		// Nor one told as a holder: "incumbent Amos Kila".
		{"Resignation\n\nPrime Minister Tom Kerewa resigned on Tuesday. “We will go on with the work,” said Amos Kila. The incumbent Amos Kila lost in 2012. “It is time,” said Ruth Dane.",
			"Tom Kerewa", "Ruth Dane"},
		// A queen's wrong choices are not drawn from names of either sex.
		{"Visit\n\nQueen Anna Solberg opened the bridge on Tuesday. “It is time,” said Ruth Dane. The engineer, Colin Rask, was thanked.",
			"Anna Solberg", ""},
	}
	for _, tc := range tests {
		w := writerFor(tc.text)
		got, found := "", false
		for fi, f := range w.facts {
			if f.Kind == Leader && f.Person == tc.person {
				got, found = strings.Join(w.personChoices(fi), "|"), true
			}
		}
		if !found || got != tc.want {
			t.Errorf("%q: wrong people %q (found %v), want %q", tc.text, got, found, tc.want)
		}
	}
}

// TestPersonChoicesRoyalSex checks that the wrong choices for a man's
// royal title are no women with a woman's title, and the other way round.
func TestPersonChoicesRoyalSex(t *testing.T) {
	const page = "Royal days\n\nIn 1802, Queen Maria of Portugal opened the palace. In 1810, King Carlos of Spain signed the treaty. " +
		"In 1815, Prince Pedro of Portugal married. In 1820, Queen Ana of Spain died. In 1825, King Luis of Portugal was crowned."
	tests := []struct {
		person string
		right  []string // every wrong choice is one of these
	}{
		{"Pedro", []string{"Carlos", "Luis"}},
		{"Ana", []string{"Maria"}},
	}
	for _, tc := range tests {
		w := writerFor(page)
		found := false
		for fi, f := range w.facts {
			if f.Kind != Leader || f.Person != tc.person {
				continue
			}
			found = true
			for _, c := range w.personChoices(fi) {
				if !containsString(tc.right, c) {
					t.Errorf("%s: wrong choice %q, want one of %q", tc.person, c, tc.right)
				}
			}
		}
		if !found {
			t.Errorf("%s not found as a leader", tc.person)
		}
	}
}

// TestLeaderMinisterPortfolios checks ministers' offices as real pages
// write them (the sentences written anew in their manner): a deputy
// minister, a Minister of State, portfolios joined by "and" or listed
// after "Minister of", and Malaysia's ministers in the Prime Minister's
// Department. It checks too a country's name run into the name after a
// title, "sworn in as the 46th president", ambassadors, a State
// Councillor, a town before its office, the name after "for the
// President,", a club's manager, a court's justice and a surname that is
// a town's name; and the misreadings that must not come with them.
func TestLeaderMinisterPortfolios(t *testing.T) {
	tests := []struct{ in, want string }{
		// A country's name run into the name after a title is the
		// country, not the first words of the person's name.
		{"Supreme Court Chief Justice United States Mark Dalton swore him in.", "Mark Dalton/Chief Justice/United States"},
		{"Prime Minister Israel Kessler spoke.", "Israel Kessler/Prime Minister/"},
		// Sworn in as an office with an adverb before and an ordinal in it.
		{"Walter Brandt was formally sworn in as the 46th president of the United States on Monday.", "Walter Brandt/President/United States"},
		{"Ana Flores was sworn in as the country's first president.", ""},
		// A deputy minister is an office of its own.
		{"Deputy Minister of Health Tran Van Minh told the meeting that cases were falling.", "Tran Van Minh/Deputy Minister of Health/"},
		{"Deputy Health Minister Tran Van Minh spoke.", "Tran Van Minh/Deputy Health Minister/"},
		{"The deputy Minister of Health was absent.", ""},
		// A non-resident ambassador is the ambassador of the state after "of";
		// "H.E." is an honorific.
		{"Letters were presented by H.E. Mr. Kenji Mori, non-resident ambassador of Japan; and H.E. Dan Levy, non-resident ambassador of Israel.",
			"Kenji Mori/Ambassador/Japan|Dan Levy/Ambassador/Israel"},
		{"They were received with Archbishop H.E. Luca Ferri, non-resident ambassador of the Holy See; and Mrs. Eva Horváthová, non-resident ambassador of the Slovak Republic.",
			"Luca Ferri/Ambassador/Holy See|Eva Horváthová/Ambassador/Slovak Republic"},
		// China's State Councillor is an office.
		{"He met State Councillor Yang Jiewen in Beijing.", "Yang Jiewen/State Councillor/"},
		// A Minister of State named after the name.
		{"With him was Hon. Rosa Quintero, Minister of State, and two aides.", "Rosa Quintero/Minister of State/"},
		{"The Minister of State arrived late.", ""},
		// A portfolio never opens on a person's name joined to it by "and".
		{"Yang Jiewen and Foreign Minister Wang Tao met the envoy.", "Wang Tao/Foreign Minister/"},
		{"Sabah and Sarawak Affairs Minister Ali Musa spoke.", "Ali Musa/Sabah and Sarawak Affairs Minister/"},
		{"Women and Family Minister Rina Harun spoke.", "Rina Harun/Women and Family Minister/"},
		{"Britain's Middle East and North Africa Minister Hamish Lyle flew in.", "Hamish Lyle/Middle East and North Africa Minister/Britain"},
		// Portfolios after "Minister of Foreign Affairs" are part of it.
		{"Hon. Paul Cruz, Minister of Foreign Affairs, Foreign Trade, and Immigration, received the letters.",
			"Paul Cruz/Minister of Foreign Affairs, Foreign Trade, and Immigration/"},
		{"Paul Cruz, Minister of Foreign Affairs, met Ann Lee, Minister of State, on Monday.", "Paul Cruz/Foreign Minister/|Ann Lee/Minister of State/"},
		{"They met Ann Lee, Minister of Health, and Jeffries, her deputy.", "Ann Lee/Minister of Health/"},
		{"Ann Lee, Minister of Health, Labour and Welfare, spoke.", "Ann Lee/Minister of Health, Labour and Welfare/"},
		// Malaysia's ministers in the Prime Minister's Department, with the
		// portfolio after a dash.
		{"The last group took in Minister in the Prime Minister’s Department - Sabah and Sarawak Affairs Adam Tiong Ka Wei and Minister in the Prime Minister's Department - Economy Rosli Omar.",
			"Adam Tiong Ka Wei/Minister in the Prime Minister's Department - Sabah and Sarawak Affairs/|Rosli Omar/Minister in the Prime Minister's Department - Economy/"},
		{"He met the Minister in the Prime Minister's Department Rosli Omar.", "Rosli Omar/Minister in the Prime Minister's Department/"},
		// A town of the gazetteer before its own office.
		{"The train hit the bus, said Dan Moss, Biloxi Police Chief.", "Dan Moss/Police Chief/Biloxi"},
		// The name after "for the President," is the speaker's, not the
		// president's.
		{"Speaking for the ministry, deputy spokesman for the President, Omar Haidari, told reporters the vote was a success.", ""},
		{"The aide to the Prime Minister, Lina Sorensen, declined to comment.", ""},
		{"She met the president of France, Alain Roux, in Paris.", "Alain Roux/President/France"},
		{"According to the president, Ana Flores, the vote was fair.", "Ana Flores/President/"},
		{"It was the first title for their head coach, Lena Berg, who arrived last year.", "Lena Berg/Head Coach/"},
		{"The talks had the backing of Sweden's foreign minister, Nils Dahl.", "Nils Dahl/Foreign Minister/Sweden"},
		// A club named by two acronyms before its manager.
		{"The win pleased KCCA FC manager Sam Okello, who praised his players.", "Sam Okello/Manager/KCCA FC"},
		// A justice of a court named before the title is the court's.
		{"Earlier, Supreme Court Justice Ruth Alden swore in the vice president.", "Ruth Alden/Justice/Supreme Court"},
		// A surname that is also a town's name after "President".
		{"He placed his hand on the Bible used by President Lincoln at his first inauguration.", "Lincoln/President/"},
		{"The delegates met at the President Lincoln Hotel.", ""},
	}
	for _, tc := range tests {
		got := strings.Join(factTexts(tc.in, Leader), "|")
		if got != tc.want {
			t.Errorf("%q: leaders %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestLeadersAfterName checks the offices read after a name: a minister's
// portfolio in lower case, and an office of the past in a relative
// clause, read only with the years that date it.
func TestLeadersAfterName(t *testing.T) {
	checkLeaderTexts(t, []leaderCase{
		{"Tom Banda, the minister of health, opened the clinic on Monday.", "Tom Banda/Minister of Health/"},
		{"Tom Banda, Malawi's minister of health and social welfare, opened the clinic.", "Tom Banda/Minister of Health and Social Welfare/Malawi"},
		// No portfolio word: no office.
		{"Tom Banda, the minister of domestic trade and cost of living, opened the clinic.", ""},
		{"Ray Nolan, who served as mayor of Atlanta from 1994 to 2002, died on Monday.", "Ray Nolan/Mayor/Atlanta"},
		{"Ray Nolan, who was governor of Ohio from 1994 to 2002, died on Monday.", "Ray Nolan/Governor/Ohio"},
		// Without its years the clause does not say when: not read.
		{"Ray Nolan, who served as mayor of Atlanta, died on Monday.", ""},
		{"Ray Nolan, who was mayor of Atlanta for a decade, died on Monday.", ""},
	})
}

// TestPresidentsCountryMostNamed checks that a president named without a
// country gets the country the article names in twice as many sentences
// as any other, unless his own sentence names another.
func TestPresidentsCountryMostNamed(t *testing.T) {
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

// TestOfficeQuestionsOfThePast checks the office questions: a president of
// the past with his country, a king of a European crown among offices of
// his realm (no "Emperor", "Emir"), no present office for one of two
// presidents, and an office of the past asked with its years.
func TestOfficeQuestionsOfThePast(t *testing.T) {
	tests := []struct {
		name, text, prompt, answer string
		wrongIn                    []string // every wrong choice is one of these
	}{
		{"president of the past", "On this day\n\nIn 1801 the U.S. Treasury moved to Washington. In 1890 Wyoming joined the union. " +
			"In 1912 Arizona became a state. In 1956 French President Paul Morel visited Algiers. In 1950 Congress overrode the veto of President Harold Kemp.",
			"What office did Harold Kemp hold in 1950, according to the article?", "President of the United States",
			[]string{"Vice President of the United States", "President of France", "Prime Minister of France"}},
		// A European king of the past: no crown of another land fits (an
		// emir's is not of his world, offices no king held were judged
		// implausible on held-out set 18), so no office question.
		{"king of England", "The castle\n\nThe lands of the earl were taken by King Edmund II in 1102, after the rising in England. The keep was rebuilt later.",
			"What office did Edmund II hold in 1102, according to the article?", "", nil},
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

// TestLeaderSurnameParticle checks a surname glued to its particle
// ("al-Assad", "el-Sisi") ending a leader's name; a lower-case word after
// the hyphen is no surname.
func TestLeaderSurnameParticle(t *testing.T) {
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

// TestAppendOfficeKey checks that the stack-made key is officeKey's, and
// sameOffice with it: titles, synonyms, spaces, unknown and non-ASCII
// offices.
func TestAppendOfficeKey(t *testing.T) {
	for _, o := range []string{"Prime Minister", " Premier ", "Defense Minister", "CEO", "Sen.", "Tsar",
		"Mayor", "Chief Bottle Washer", "", "Président", "Governor General", "health secretary"} {
		if got, want := string(appendOfficeKey([]byte("x"), o)), "x"+officeKey(o); got != want {
			t.Errorf("appendOfficeKey(%q) = %q, want %q", o, got, want)
		}
	}
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Defense Minister", "defence minister", true},
		{"CEO", "Chief Executive", true},
		{"Mayor", "Governor", false},
		{"Président", "président", true},
		{"Président", "President", false},
	} {
		if got := sameOffice(c.a, c.b); got != c.same {
			t.Errorf("sameOffice(%q, %q) = %v, want %v", c.a, c.b, got, c.same)
		}
	}
}

// TestCloseOfficesRanks checks that a rank keeps two titles apart in
// either order and that the same rank, or none, lets them be close.
func TestCloseOfficesRanks(t *testing.T) {
	for _, c := range []struct {
		a, b  string
		close bool
	}{
		{"Foreign Minister", "Foreign Secretary", true},
		{"Health Secretary", "Health and Social Care Secretary", true},
		{"Deputy Prime Minister", "Prime Minister", false},
		{"Prime Minister", "Deputy Prime Minister", false},
		{"Acting Health Minister", "Health Minister", false},
		{"Health Minister", "Acting Health Minister", false},
		{"Deputy Health Minister", "Deputy Health Secretary", true},
		{"Shadow Foreign Secretary", "Deputy Foreign Secretary", false},
		{"Trade Minister", "Health Minister", false},
	} {
		if got := closeOffices(c.a, c.b); got != c.close {
			t.Errorf("closeOffices(%q, %q) = %v, want %v", c.a, c.b, got, c.close)
		}
	}
}

// TestPresidentOfBodyBeforeTitle: "SpaceX President Gwynne Shotwell" on a
// page of the United States is the company's president, not the
// country's; a weekday, a month, a nationality or a country before the
// title leaves it the country's.
func TestPresidentOfBodyBeforeTitle(t *testing.T) {
	const page = "Launch\n\nThe rocket lifted off from Florida. Officials in the United States praised the launch. The United States plans more flights. "
	tests := []struct{ text, want string }{
		{page + "Orbitex President Ana Lowe said the engines worked.", ""},
		{page + "Orbitex's President Ana Lowe said the engines worked.", "Orbitex"},
		{page + "Speaking on Monday President Ana Lowe said the engines worked.", "United States"},
		{page + "In May President Ana Lowe said the engines worked.", "United States"},
		{page + "President Ana Lowe said the engines worked.", "United States"},
		{page + "United States President Ana Lowe said the engines worked.", "United States"},
	}
	for _, tc := range tests {
		checkPresidentsCountry(t, tc.text, "Ana Lowe", tc.want)
	}
}

// TestLeaderWithoutPartyLabel: a party label opening a leader's name is
// his or her side, not a first name.
func TestLeaderWithoutPartyLabel(t *testing.T) {
	checkLeaderTexts(t, []leaderCase{
		{"Conservative Alejandro Soto was elected as Peru's president on Sunday.", "Alejandro Soto/President/Peru"},
		{"Republican Mary Lou Hart was sworn in as governor of Ohio on Monday.", "Mary Lou Hart/Governor/Ohio"},
	})
}

// TestOfficeNotDatedByAttributiveYear: "the 1982 Convention" dates the
// convention, not the minister who cites it; "in 1982" after the leader
// still dates his office on a page of the past.
func TestOfficeNotDatedByAttributiveYear(t *testing.T) {
	const talks = "Ministers meet\n\nThe ministers met in Hanoi on Monday. The talks were held in Hanoi. " +
		"Vietnamese Deputy Foreign Minister Tran Van Lam said disputes must be solved under the 1982 United Nations Convention on the Law of the Sea. " +
		"Indian Foreign Minister Ravi Sethi thanked the hosts."
	for _, c := range writeAll(t, talks).offered {
		if strings.Contains(c.q.Prompt, "1982") && strings.Contains(c.q.Prompt, "office") {
			t.Errorf("offered %q", c.q.Prompt)
		}
	}
	if !attributiveYear(tokenize("the 1982 United Nations Convention"), date{form: formYear, year: 1982, start: 1, end: 2}) {
		t.Error("the 1982 United Nations Convention: not attributive")
	}
	for _, text := range []string{"in 1982 the minister", "the 1982 to 1985 talks", "the year 1982 was"} {
		toks := tokenize(text)
		k := slices.IndexFunc(toks, func(t token) bool { return t.text == "1982" })
		if attributiveYear(toks, date{form: formYear, year: 1982, start: k, end: k + 1}) {
			t.Errorf("%q: read as attributive", text)
		}
	}
}
