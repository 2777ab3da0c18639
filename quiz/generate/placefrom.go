package generate

// A place after "from" and a verb of leaving says where someone or
// something left: "The shuttle was launched from Cape Canaveral", "The
// minister returned from Brussels on Monday", "Thousands fled from
// Syria". It is asked "From which city did the minister return?" ("From
// where" for a venue). A "from" after any other word is an origin or a
// source ("a senator from Ohio", "data from the ministry", "from Virginia
// to Nova Scotia") and is not asked; a place right after such a "from"
// place ("launched from the Kennedy Space Center in Florida") belongs to
// the same clause (venueBefore).

// departVerbs are the verbs of leaving a "from" place may follow; base
// forms (departBases) only after "will", "to" or "did" ("the launch
// from", "his return from" are nouns). An army's withdrawal is left out:
// it leaves more places than the one its sentence names.
var departVerbs = setOf(`launched|lifted|blasted|returned|returning|fled|fleeing|flew|flown|departed|departing|sailed|
escaped|evacuated|deported|extradited|airlifted|repatriated`)

var departBases = setOf(`launch|lift|blast|return|flee|fly|depart|sail|escape`)

// departs reports whether "from" at toks[i] follows a verb of leaving,
// with a particle or "back" between them: "lifted off from", "flew back
// from", "was launched from". The place must end its phrase: "watched
// the launch from Kennedy Space Center and other sites" names more.
func departs(toks []token, i int) bool {
	if !toks[i].is("from") || i < 1 {
		return false
	}
	k := i - 1
	if k > 0 && (particles[toks[k].lower()] || toks[k].is("home")) {
		k--
	}
	// "lifted the ban from": "lifted" and "blasted" leave only with "off".
	if toks[k].is("lifted", "lift", "blasted", "blast") && k == i-1 {
		return false
	}
	v := toks[k].lower()
	if toks[k].cap() || !departVerbs[v] && !(departBases[v] && k > 0 && toks[k-1].is("will", "would", "to", "did")) {
		return false
	}
	return true
}

// departNoun is the question's opening for a place someone left: "From
// which city ", "From which state ", "From where " for a venue.
func departNoun(noun string) string {
	if noun == "Where " {
		return "From where "
	}
	return "From" + noun[len("In"):]
}

// capeSites are launch sites side by side on Florida's coast: a launch
// "from Cape Canaveral" may well be from the Kennedy Space Center, so
// neither is the other's wrong choice.
var capeSites = setOf(`Kennedy Space Center|Cape Canaveral|Cape Canaveral Space Force Station`)

// sameSiteWrong drops from a venue's wrong choices the sites its answer
// lies beside (capeSites).
func sameSiteWrong(answer string, wrong []string) []string {
	if !capeSites[answer] {
		return wrong
	}
	var out []string
	for _, x := range wrong {
		if !capeSites[x] {
			out = append(out, x)
		}
	}
	return out
}
