package generate

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The part a person plays in the story a page tells, beyond any one deed:
// the accused (charged, on trial, sentenced) and the dead or the victim.
// A doer question offers as wrong choices only people of the answer's
// part: "Who appeared for the prosecution?" offers neither the accused
// nor the woman he is accused of killing, and "Who confirmed her death?"
// not the singer who died (held-out sets 16 and 17).
const (
	roleNone = iota
	roleAccused
	roleVictim
)

// accusedAfter follow the name of the accused: "Homer is accused of",
// "Dallas pleaded guilty", "Smith, who was remanded in custody".
var accusedAfter = []string{
	" is accused", " was accused", " are accused", " stands accused",
	" is charged", " was charged", " has been charged", " had been charged", " were charged",
	" pleaded", " pleads", " has pleaded", " had pleaded", " denies", " denied the charge", " admitted", " admits",
	" was sentenced", " has been sentenced", " is sentenced", " was jailed", " has been jailed", " is jailed",
	" was convicted", " has been convicted", " was found guilty", " is found guilty", " was acquitted",
	" was remanded", " is remanded", " who was remanded", " was arrested", " has been arrested",
	" guilty", // "the jury took two days to find Nagin, 57, guilty"
	" did not enter a plea", " was indicted", " stood trial", " is on trial", " went on trial",
	// After an aside's comma: "Abdalla, who admitted two burglaries".
	" who admitted", " who admits", " who pleaded", " who denies", " who denied",
}

// accusedBefore come just before the name of the accused: "charged
// Damian Homer", "the defendant, Damian Homer".
var accusedBefore = setOf(`charged|sentenced|jailed|convicted|indicted|arrested|acquitted|defendant|accused|suspect|sentencing|jailing`)

// accusedBeforePhrases end just before the name of the accused: "passed
// sentence on Ali Abdalla".
var accusedBeforePhrases = []string{"sentence on"}

// deadAfter follow the name of the dead: "Margetts died in hospital",
// "Francis lost her life", "Paxton, 61, dies".
var deadAfter = []string{
	" died", " dies", " has died", " had died", " who died", " was killed", " were killed", " was murdered",
	" lost his life", " lost her life", " was found dead", " passed away", " has passed away",
	"' death", "'s death", "’s death", "' murder", "'s murder", "’s murder", "'s killing", "’s killing",
	"'s funeral", "’s funeral",
}

// deadBefore end just before the name of the dead: "the murder of Wendy
// Francis", "the death of his friend".
var deadBefore = []string{"murder of", "death of", "killing of", "manslaughter of", "murdering", "killing", "funeral of"}

// harmedBefore end just before the name of a victim who may live: "an
// attack on Jane Obi".
var harmedBefore = []string{"attack on", "assault on", "rape of"}

// fate is what the page says befell a person.
type fate struct {
	accused bool // "is accused", "was charged", "charged X" (a court page's defendant only with courtPage)
	dead    bool // "died", "the death of X", "X's murder"
	harmed  bool // dead, or "an attack on X"
}

// personRole is the part name plays in the story of text: roleAccused,
// roleVictim or roleNone. It reads the name and, where no other person
// of people has that surname, the surname alone ("Homer is accused").
func personRole(text, name string, people []string) int {
	f := personFate(text, name, people)
	switch {
	case f.harmed:
		return roleVictim
	case f.accused && courtPage(text):
		return roleAccused
	}
	return roleNone
}

// personFate reads what befell name in text (personRole).
func personFate(text, name string, people []string) fate {
	forms := []string{name}
	if s := surname(name); s != name && len(s) > 2 {
		shared := false
		for _, p := range people {
			if surname(p) == s && !samePerson(p, name) && !strings.HasSuffix(name, " "+p) && p != s {
				shared = true
				break
			}
		}
		if !shared {
			forms = append(forms, s)
		}
	}
	var f fate
	for _, n := range forms {
		for i := 0; ; {
			k := strings.Index(text[i:], n)
			if k < 0 {
				break
			}
			a, b := i+k, i+k+len(n)
			i = b
			// A whole word only: "Homer" is not "Homeric".
			if r, _ := utf8.DecodeRuneInString(text[b:]); b < len(text) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(text[:a]); a > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
				continue
			}
			after := text[b:min(len(text), b+40)]
			// "Homer, who was remanded", "Homer, 50, was charged": an aside is skipped.
			if c := strings.IndexByte(after, ','); c == 0 {
				rest := text[b+1 : min(len(text), b+80)]
				if e := strings.IndexByte(rest, ','); e >= 0 && e < 20 {
					rest = rest[e+1:]
				}
				after = " " + strings.TrimLeft(rest, " ")
			}
			for _, x := range accusedAfter {
				if strings.HasPrefix(after, x) {
					f.accused = true
				}
			}
			for _, x := range deadAfter {
				if strings.HasPrefix(after, x) {
					f.dead = true
				}
			}
			before := strings.TrimRight(text[max(0, a-40):a], " ,")
			// "the murder of 61-year-old Wendy Francis": an age is skipped.
			if sp := strings.LastIndexByte(before, ' '); sp >= 0 && strings.Contains(before[sp+1:], "-old") {
				before = strings.TrimRight(before[:sp], " ")
			}
			// Compared without regard to case, and without a lower-case
			// copy of the text (this runs for every name offered).
			ends := func(x string) bool {
				k := len(before) - len(x)
				return k >= 0 && strings.EqualFold(before[k:], x) && (k == 0 || before[k-1] == ' ')
			}
			f.dead = f.dead || slices.ContainsFunc(deadBefore, ends)
			f.harmed = f.harmed || slices.ContainsFunc(harmedBefore, ends)
			f.accused = f.accused || slices.ContainsFunc(accusedBeforePhrases, ends)
			if sp := strings.LastIndexByte(before, ' '); accusedBefore[before[sp+1:]] || accusedBefore[strings.ToLower(before[sp+1:])] {
				f.accused = true
			}
		}
	}
	f.harmed = f.harmed || f.dead
	return f
}

// courtPage reports a page that tells of a court or a charge: there "is
// accused" makes a defendant; elsewhere ("Zelensky accused Putin of
// lying") it is politics, and the accused is a leader like the others.
func courtPage(text string) bool {
	for _, x := range []string{"court", "Court", "charged", "magistrates", "Magistrates", "trial", "sentenced", "jury", "pleaded"} {
		if strings.Contains(text, x) {
			return true
		}
	}
	return false
}

// roleFits reports whether a person of part choice may stand beside an
// answer of part answer: the accused and the dead are offered for no one
// else's deed, and beside the accused only the accused. Beside the dead,
// anyone but the accused may stand: the page's dead did their deeds in
// life ("Who signed the treaty?" of a leader who died later).
func roleFits(answer, choice int) bool {
	switch answer {
	case roleNone:
		return choice == roleNone
	case roleAccused:
		return choice == roleAccused
	}
	return choice != roleAccused
}

// roleOf is personRole of name on the writer's page, read once per name.
func (w *writer) roleOf(name string) int {
	if w.actors == nil {
		return personRole(w.text, name, w.people)
	}
	if w.actors.roles == nil {
		w.actors.roles = map[string]int{}
	}
	r, ok := w.actors.roles[name]
	if !ok {
		r = personRole(w.text, name, w.actors.people)
		w.actors.roles[name] = r
	}
	return r
}

// deathNouns are what befell someone else when a deed writes them after a
// possessive: "confirmed her death" is the singer's death, and asked as
// "Who confirmed their death?" it reads as the doer's own.
var deathNouns = setOf(`death|deaths|passing|funeral|murder|killing|body|bodies|remains|injuries|condition|disappearance`)

// possessiveOfAnother reports a deed with a possessive before one of
// deathNouns: the possessive is another's, which the question's "their"
// would make the doer's.
func possessiveOfAnother(action string) bool {
	ws := strings.Fields(action)
	for i := 1; i+1 < len(ws); i++ {
		if possessives[ws[i]] && deathNouns[strings.Trim(ws[i+1], ",.;:")] {
			return true
		}
	}
	return false
}

// playVerbs are deeds on the field: "scored twice in normal and extra
// time" is a player's, and heads of state who watched are no wrong
// choices for it.
var playVerbs = setOf(`scored|equalised|equalized|netted|headed|converted|kicked|dribbled|volleyed|tapped|curled|slotted|blasted|fired|struck|crossed|assisted|saved`)

// heldOfState reports a person the page gives an office of a country
// ("President of Argentina", "Emir of Qatar").
func (w *writer) heldOfState(name string) bool {
	g := places()
	for _, h := range w.facts {
		if h.Kind == Leader && h.Country != "" && plainName(h.Person) == name && g.lookupKind(h.Country, "country") != nil {
			return true
		}
	}
	return false
}

// deedVerb is a deed's first word, after a "will".
func deedVerb(action string) string {
	ws := strings.Fields(action)
	if len(ws) > 1 && ws[0] == "will" {
		return ws[1]
	}
	if len(ws) > 0 {
		return ws[0]
	}
	return ""
}
