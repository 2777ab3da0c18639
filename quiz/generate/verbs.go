package generate

import "strings"

// pastVerbs maps the simple past of a news verb to its base form, for
// questions such as "When did renewed clashes erupt?". It is built from a
// list of regular verbs (their past is derived by the spelling rules) and
// a table of irregular ones. A verb not listed gives no question of that
// shape: better no grammatical question than a wrong one.
var pastVerbs = func() map[string]string {
	m := map[string]string{}
	for _, base := range strings.Fields(regularVerbs) {
		m[regularPast(base)] = base
	}
	for _, base := range strings.Fields(doublingVerbs) {
		last := base[len(base)-1:]
		m[base+last+"ed"] = base
		if last == "l" && base != "control" {
			m[base+"ed"] = base // American "canceled", "traveled"
		}
	}
	for past, base := range irregularPast {
		m[past] = base
	}
	return m
}()

// regularPast writes the simple past of a regular verb.
func regularPast(base string) string {
	n := len(base)
	switch {
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case n > 1 && base[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(base[n-2])):
		return base[:n-1] + "ied"
	}
	return base + "ed"
}

// regularVerbs are the regular verbs of news stories.
const regularVerbs = `
accept accuse acknowledge acquire act add address adjourn admire adopt advance advise affirm
agree aim alert allege allocate allow announce answer appeal appear applaud apply appoint approve
argue arrest arrive ask assault assert assess assign assist attack attempt attend authorise authorize
avert award back ban bar battle block boost boycott brief broker bury call campaign cancel capture
carry celebrate censure certify chair change charge chase cite claim clash clear close collapse
collect combine comment commission complete conclude condemn confirm confiscate congratulate consider
contact contain continue contribute convene convict cooperate correct count cover crash create
criticise criticize cross cry damage debate decide declare decline defeat defend delay deliver demand
demolish deny deploy deport describe design destroy detain detect develop die direct disarm disclose
discover discuss dismiss dispatch displace dissolve dock donate doubt downgrade dominate double
earn ease elect eliminate embrace employ enact end endorse enforce engage enter equal erupt escape
establish evacuate examine exchange execute expand expect expel experience explain explode export
express extend face fail fear file finance finish fire flee follow force form found free
gain gather govern grant greet guarantee halt hand handle head help host hunt identify ignore
impeach implement impose improve include increase indict inform inherit injure insist inspect install
integrate intercept interview introduce invade invest investigate invite issue join judge jump kill
label land last launch lead lift limit list live lobby locate lower maintain manage march mark
mediate merge miss mobilise mobilize monitor move murder name negotiate nominate note notice notify
object observe obtain occupy offer open operate oppose order orbit organise organize outline
overturn own pardon participate pass perform persuade phone pick place plan play pledge plunge
post postpone praise predict prepare present preserve press prevent print proceed proclaim produce
promise promote propose prosecute protect protest prove provide publish pull purchase push qualify
question raid raise rally rank ratify reach receive recall recapture recognise recognize recommend
record recover recruit reduce reform refuse regain register reject release relocate remain
remove rename renew repair repeat replace report represent request require rescue resign resist
resolve respond restore restrict resume retain retire retreat return reveal review revoke rise
rule sanction save schedule score search secure seize sentence serve settle shape ship shell
sign slash slow smuggle solve spark stabilise stabilize stage start state station stay step
storm strengthen study succeed suffer suggest summon supply support surge surrender survive
suspend sustain target test testify thank threaten total touch tour trade train
travel treat triple turn unite unveil urge use vaccinate veto visit voice vote vow walk want warn
welcome withdraw work worsen wound concede preside arrange splash
cause kick commence crown abolish acquit assassinate bomb collide defect discontinue emerge enlist
erect excavate graduate inaugurate invent marry patent premiere reopen relaunch
abandon activate blast butcher corroborate deliberate edge emphasise emphasize estimate feign fund
indicate knight plead reconsider smash terminate unearth upgrade witness officiate overpower rout
thrash clinch snatch overhaul
share burn jail divide renounce overrule amend finalise finalize reunify redraft topple sail
hospitalise hospitalize apologise apologize weaken consult challenge apprehend halve flatten depict re-elect reelect
film achieve slump stall deepen isolate infect sponsor televise disappear relegate happen reply try
learn watch wait
convert rebuff devise tender contest equalise equalize revive reaffirm climb crush narrow uncover
telephone formalize formalise sue captain arraign compile paint seal assemble portray highlight
foster rely abdicate encourage hole drape
`

// doublingVerbs double their last consonant in the past ("banned"); the
// undoubled American spelling is accepted too for those in -el
// ("canceled"), never for the others ("admited", "transfered").
const doublingVerbs = `ban bar drop plan ship stop admit commit control cancel travel label model
equip rob ship tap grab plot scrap step slip trim transfer refer occur scrub confer deter
submit permit initial wrap
top star slam`

// irregularPast maps irregular simple pasts to their base form.
var irregularPast = map[string]string{
	"began": "begin", "broke": "break", "brought": "bring", "built": "build", "bought": "buy",
	"came": "come", "cast": "cast", "caught": "catch", "chose": "choose", "cut": "cut", "dealt": "deal",
	"drew": "draw", "drove": "drive", "fell": "fall", "felt": "feel", "fought": "fight",
	"fled": "flee", "flew": "fly", "forbade": "forbid", "forgave": "forgive", "froze": "freeze", "gave": "give",
	"went": "go", "grew": "grow", "held": "hold", "hit": "hit", "hung": "hang", "kept": "keep",
	"knew": "know", "laid": "lay", "led": "lead", "left": "leave", "lent": "lend", "let": "let",
	"lost": "lose", "made": "make", "meant": "mean", "met": "meet", "paid": "pay", "put": "put",
	"quit": "quit", "ran": "run", "rang": "ring", "rose": "rise", "sank": "sink", "sang": "sing",
	"saw": "see", "sold": "sell", "sent": "send", "set": "set", "shook": "shake", "shot": "shoot",
	"shut": "shut", "slid": "slide", "sought": "seek", "spent": "spend", "split": "split",
	"spoke": "speak", "spread": "spread", "stood": "stand", "stole": "steal", "struck": "strike",
	"swept": "sweep", "swore": "swear", "took": "take", "taught": "teach", "told": "tell",
	"thought": "think", "threw": "throw", "understood": "understand", "upheld": "uphold", "won": "win",
	"withdrew": "withdraw", "wrote": "write", "became": "become", "beat": "beat", "overthrew": "overthrow",
	"overtook": "overtake", "undertook": "undertake", "oversaw": "oversee", "foresaw": "foresee",
	"sprang": "spring", "swam": "swim", "wore": "wear", "woke": "wake", "bore": "bear",
	"forecast": "forecast", "broadcast": "broadcast", "recast": "recast", "bid": "bid", "hurt": "hurt", "shed": "shed",
	"sped": "speed", "stuck": "stick", "struck down": "strike down", "fed": "feed", "bled": "bleed",
	"lit": "light", "dug": "dig", "burst": "burst", "heard": "hear", "rebuilt": "rebuild", "reopened": "reopen", "retook": "retake", "rode": "ride",
}

// endsSubject reports a word that closes a sentence's opening subject:
// an auxiliary, or a past verb in lower case ("The clinic has", "The
// storm killed"; a capitalised past form is a name's).
func endsSubject(t token) bool {
	l := t.lower()
	return auxiliaries[l] || !t.cap() && pastVerbs[l] != ""
}
