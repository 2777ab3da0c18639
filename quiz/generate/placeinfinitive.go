package generate

// A place at the end of an infinitive of result: "Ruth Achieng has broken
// her own world record to become Olympic champion of the steeplechase in
// Paris". The place is where the result happened, so the question asks
// the result: "In which city did Ruth Achieng become Olympic champion of
// the steeplechase?". Only the verbs of a title or a win, whose object
// says what was won; a purpose ("flew to Paris to meet the minister in
// the Elysée") is not asked.

// resultInfinitives are the verbs after "to" whose clause a place ends.
var resultInfinitives = setOf(`become|win|claim|retain`)

// infinitiveResultClause is "did SUBJECT VERB OBJECT" for the words
// between a clause's verb and the place's preposition: an object with no
// punctuation, "to", a result verb and at least one word of its own
// object, no conjunction nor another "to" in it; "" otherwise.
func (w *writer) infinitiveResultClause(c clause, between []token) string {
	j := -1
	for i, t := range between {
		if t.is("to") {
			j = i
			break
		}
		if t.punct && !t.poss || t.is("and", "or", "but", "which", "who", "that") {
			return ""
		}
	}
	if j < 1 || j+2 >= len(between) || !resultInfinitives[between[j+1].lower()] {
		return ""
	}
	obj := withoutDateAdjunct(between[j+2:])
	if len(obj) == 0 || len(obj) > 12 {
		return ""
	}
	for _, t := range obj {
		if t.punct && !t.poss || t.is("to", "and", "or", "but", "which", "who", "that", "after", "before", "when") {
			return ""
		}
	}
	rc := clause{subject: c.subject, firstIsStart: c.firstIsStart, rest: obj}
	if !rc.ok() {
		return ""
	}
	return "did " + w.phrase(c.subject, c.firstIsStart) + " " + between[j+1].lower() + spaced(obj)
}
