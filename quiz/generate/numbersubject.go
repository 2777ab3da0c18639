package generate

// numberSubjectLead are words a bare number may carry as a subject:
// "about 36", "the 36", "all 12".
var numberSubjectLead = map[string]bool{
	"the": true, "all": true, "about": true, "some": true, "nearly": true, "almost": true,
	"only": true, "just": true, "around": true, "roughly": true, "another": true,
}

// bareNumberSubject reports a subject that is a number alone: "Of the 43
// ministers sworn in, 36 were first elected in 2019" would give "When
// were 36 first elected?", its noun ("of the ministers") left behind in
// the sentence; "Twelve were appointed in March" likewise.
func bareNumberSubject(subj []token) bool {
	k := 0
	for k < len(subj)-1 && numberSubjectLead[subj[k].lower()] {
		k++
	}
	return k == len(subj)-1 && isNumberWord(subj[k])
}
