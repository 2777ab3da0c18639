package generate

// People named before an aside and a speech verb: "Peter Oppenheimer,
// the company's finance chief, said", "Ahmed Abdi, from the UN's World
// Food Programme, said". The run of capitals is a person even without a
// title or a role word of its own; the words set off by commas say what
// the person is.

// asideThenSpeech reports a comma after the run ending at end, up to ten
// tokens of an aside (no other punctuation but a possessive mark), a
// comma, and a speech verb.
func (q *qtext) asideThenSpeech(end int) bool {
	if end+2 >= len(q.toks) || q.toks[end].text != "," {
		return false
	}
	s := q.sent[end]
	for k := end + 1; k < len(q.toks) && k <= end+11 && q.sent[k] == s; k++ {
		t := q.toks[k]
		if t.text == "," {
			if k == end+1 || k+1 >= len(q.toks) || q.sent[k+1] != s {
				return false
			}
			return speechAfterAside[q.toks[k+1].lower()]
		}
		if t.punct && t.text != "’" && t.text != "'" && t.text != "-" || q.quoted[k] {
			return false
		}
	}
	return false
}

// speechAfterAside are the speech verbs that follow a speaker's aside.
var speechAfterAside = setOf(`said|says|told|tells|added|adds|wrote|explained|warned|announced|stressed|noted`)
