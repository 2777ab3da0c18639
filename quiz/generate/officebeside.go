package generate

import "strings"

// A page may write a person's office after the name, behind a lesser
// title before it ("Senator Ruth Calder, Minister for Trade of
// Australia"): the title read before the name ("Senator") is then not
// the whole answer to "What office does X hold?" (held-out set 21 judged
// "Senator" incomplete for a foreign minister). The person holds another
// office, and no office question is asked (holdsAnotherOffice).
//
// Two titles joined before the name ("President and CEO Dan Ostrow") are
// both the person's: "What office does Dan Ostrow hold?" answered "CEO"
// is incomplete (held-out set 21, a close call). The question says which
// one it leaves out: "What office does Dan Ostrow hold besides
// President, according to the article?" (officeBesides).

// titlesAfterName lists the "Minister for …", "Minister of …",
// "Secretary of …" titles in capitals written after person's full name
// and a comma ("Ruth Calder, Minister for Trade of Australia", "Ruth
// Calder, the Minister for Trade").
func titlesAfterName(sents []sentence, person string) []string {
	var out []string
	eachFullName(sents, person, func(toks []token, i, end int) {
		if t := ministerAfter(toks, end); t != "" && !containsString(out, t) {
			out = append(out, t)
		}
	})
	return out
}

// jointTitles lists the pairs of capitalised titles joined by "and"
// right before person's full name ({"President", "CEO"} in "President
// and CEO Dan Ostrow").
func jointTitles(sents []sentence, person string) [][2]string {
	var out [][2]string
	eachFullName(sents, person, func(toks []token, i, end int) {
		if a, b := jointTitleBefore(toks, i); a != "" {
			out = append(out, [2]string{a, b})
		}
	})
	return out
}

// eachFullName calls do with each place toks[i:end] a sentence writes
// person's full name (two words or more).
func eachFullName(sents []sentence, person string, do func(toks []token, i, end int)) {
	name := strings.Fields(person)
	if len(name) < 2 {
		return
	}
	for _, s := range sents {
		toks := s.toks
		for i := 0; i+len(name) <= len(toks); i++ {
			if toks[i].text != name[0] {
				continue
			}
			same := true
			for k, n := range name {
				same = same && toks[i+k].text == n
			}
			if same {
				do(toks, i, i+len(name))
			}
		}
	}
}

// ministerAfter is the "Minister for …" title of capitals, "and", "for",
// "of" and "&" written after a comma at toks[j] ("…, the Minister for
// Foreign Affairs of Australia,"), "" if none.
func ministerAfter(toks []token, j int) string {
	if j >= len(toks) || toks[j].text != "," {
		return ""
	}
	m := j + 1
	if m < len(toks) && toks[m].text == "the" {
		m++
	}
	if m+2 >= len(toks) || !toks[m].is("minister", "secretary") || !toks[m].cap() || !toks[m+1].is("for", "of") || !toks[m+2].cap() {
		return ""
	}
	end := m + 2
	for end < len(toks) && (toks[end].cap() || toks[end].is("and", "for", "of", "&") && end+1 < len(toks) && toks[end+1].cap()) {
		end++
	}
	return joinWords(toks[m:end])
}

// jointTitleBefore is the two capitalised titles joined by "and" right
// before the name at toks[i] ("President", "CEO" in "President and CEO
// Dan Ostrow"), "" and "" if none.
func jointTitleBefore(toks []token, i int) (string, string) {
	for k := max(0, i-4); k < i; k++ {
		second, after := matchTitle(toks, k, false)
		if second == "" || skipHonorifics(toks, after) != i || k < 2 || !toks[k-1].is("and") {
			continue
		}
		for m := max(0, k-5); m < k-1; m++ {
			if first, end := matchTitle(toks, m, false); first != "" && end == k-1 {
				return first, second
			}
		}
	}
	return "", ""
}

// jointOther is the other title of a pair joined before the person's
// name of which f's office is one ("President" for a "CEO" of "President
// and CEO"), "" when none is; another reports a pair of which neither is
// f's office.
func (w *writer) jointOther(f Fact) (other string, another bool) {
	pairs := memo(&w.joints, f.Person, func(p string) [][2]string { return jointTitles(w.sents, p) })
	for _, p := range pairs {
		switch {
		case closeOffices(p[1], f.Office):
			other = p[0]
		case closeOffices(p[0], f.Office):
			other = p[1]
		default:
			another = true
		}
	}
	return other, another
}

// officeBesides is what "What office does X hold…?" adds for a leader
// holding two joined titles: " besides President", "" for another.
func (w *writer) officeBesides(f Fact) string {
	if other, _ := w.jointOther(f); other != "" {
		return " besides " + other
	}
	return ""
}
