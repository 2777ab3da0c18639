package generate

import "strings"

// Names that are no person's, though a page writes them like people's:
// a town the text puts somewhere ("near Lake Town", "Lake Town, 40
// miles west of the capital") and a body whose name ends on an
// organisation word ("the Popular Unity Party"). Neither said, did or
// holds anything as a person (held-out set 14 offered both as speakers
// and took a party for the leader of the opposition).

// orgNamed reports a name ending on an organisation word.
func orgNamed(name string) bool { return orgWords[lastWord(name)] }

// placePrepositions put a place after them. "at", "to" and "from" are
// left out: they take people as often ("angry at", "wrote to", "a call
// from").
var placePrepositions = setOf(`in|near|outside|around`)

var compassWords = setOf(`north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|northern|southern|eastern|western`)

var distanceUnits = setOf(`miles|mile|kilometres|kilometers|km|kilometre|kilometer|yards|metres|meters`)

// placeUse reports a name the text uses as a place at least once: after
// "in", "near" or a compass point and "of" ("south of X"); before a
// distance and a compass point (", 60 miles west of …"); or before a
// comma and a place of the gazetteer ("X, Ontario"). A possessive after
// it ("in X's view") is a person's.
func placeUse(text, name string) bool {
	for i := 0; name != ""; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(name)
		i = b
		if a > 0 && isWordByte(text[a-1]) || b < len(text) && isWordByte(text[b]) {
			continue
		}
		rest := text[b:]
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		var buf [16]string
		if placeBeforeName(appendFields(buf[:0], text[max(0, a-30):a])) || placeAfterName(rest) {
			return true
		}
	}
	return false
}

// placeBeforeName reports words ending on "in", "near" or "south of".
func placeBeforeName(before []string) bool {
	n := len(before)
	if n == 0 {
		return false
	}
	last := strings.ToLower(before[n-1])
	return placePrepositions[last] || last == "of" && n > 1 && compassWords[strings.ToLower(before[n-2])]
}

// placeAfterName reports ", 60 miles west of" or ", Ontario" (a place of
// the gazetteer ending the phrase) after a name.
func placeAfterName(rest string) bool {
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	// Only the first four words are read: the rest of the article is
	// not split (placeUse asks this at every use of every name).
	var buf [4]string
	ws := firstFields(buf[:0], rest[1:])
	if len(ws) >= 3 && bareNumberWord(ws[0]) && distanceUnits[strings.ToLower(ws[1])] && compassWords[strings.ToLower(ws[2])] {
		return true
	}
	// One to three capitalised words, then the phrase ends.
	var words []string
	for _, w := range ws {
		if len(words) == 3 {
			break
		}
		core := strings.TrimRight(w, ",.;:")
		if core == "" || core[0] < 'A' || core[0] > 'Z' {
			break
		}
		words = append(words, core)
		if core != w {
			return places().lookup(strings.Join(words, " ")) != nil
		}
	}
	return false
}

func bareNumberWord(w string) bool {
	w = strings.ReplaceAll(w, ",", "")
	return w != "" && strings.Trim(w, "0123456789") == ""
}

// notPersonName reports a name a list of people must not hold: a place
// of the gazetteer, a place the text puts somewhere, or a body.
func notPersonName(text, name string) bool {
	return orgNamed(name) || places().lookup(name) != nil || placeUse(text, name) || teamUse(text, name) || countedName(name) || awardName(name)
}

// countedName reports a name opening on a number word: a tournament
// ("Six Nations") or a counted group ("Two Republicans"), never a
// person nor a body to offer as one who did something.
func countedName(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	_, number := wordValue(first)
	return ok && number
}

// clubName reports a name written as a sports club's: opening on a word
// clubs take before their town ("Real Madrid", "Borussia Dortmund",
// "FC Porto") or ending on one they take after it ("Leeds United",
// "Bolton Wanderers"). A page names clubs as it names people ("Spain's
// Real Madrid", "Germany's Borussia Dortmund"; held-out set 15 offered
// both as speakers). Two-letter openings ("AC", "AS") are left out: they
// are also initials ("AC Grayling").
func clubName(name string) bool {
	first, _, ok := strings.Cut(name, " ")
	return ok && (clubFirstWords[first] || clubLastWords[lastField(name)])
}

var clubFirstWords = setOf(`Real|Borussia|Bayern|Atletico|Atlético|Athletic|Sporting|Olympique|Dynamo|Dinamo|Deportivo|Racing|Inter|Internazionale|Juventus|Eintracht|Hertha|Werder|Partizan|Spartak|Lokomotiv|CSKA|PSV|FC|AFC`)

// "Town" ends a club's or a town's name, never a person's ("Luton Town").
var clubLastWords = setOf(`FC|AFC|CF|United|Rovers|Wanderers|Albion|Hotspur|Athletic|Rangers|Juniors|Town`)

// teamUse reports a name the text writes before a player's position
// ("Real Madrid's defender Dani Carvajal", "Castlebridge Rovers’
// striker"): a team's, not a person's.
func teamUse(text, name string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], name)
		if k < 0 {
			return false
		}
		i += k + len(name)
		rest := text[i:]
		for _, p := range []string{"'s ", "’s ", "' ", "’ "} {
			if after, ok := strings.CutPrefix(rest, p); ok {
				word, _, _ := strings.Cut(after, " ")
				if playerPositions[strings.TrimRight(word, ",.;:")] {
					return true
				}
			}
		}
	}
}

// playerPositions are the places a player holds in a team; "forward" and
// "captain" are left out ("Smith's forward planning", a captain of a ship).
var playerPositions = setOf(`defender|defenders|striker|strikers|midfielder|midfielders|goalkeeper|goalkeepers|keeper|winger|wingers|full-back|centre-back|center-back|centre-half|playmaker|quarterback|pitcher|shortstop`)

// notPersonName is notPersonName on the article, once per name: the
// people choices ask it of the same names for every question.
func (w *writer) notPersonName(name string) bool {
	return memo(&w.notPerson, name, func(name string) bool { return notPersonName(w.text, name) })
}

// titledPlace reports a title and a name that together name a place
// ("Prince Rupert", a city): the whole used as a place and the name never
// written without the title.
func titledPlace(text, titled, name string) bool {
	return placeUse(text, titled) && wordTimes(text, name) == wordTimes(text, titled)
}
