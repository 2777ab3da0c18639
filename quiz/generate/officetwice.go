package generate

import "strings"

// A page may give one person two offices at once, the second in a long
// title the title list does not hold: "Minister for Further and Higher
// Education, Research and Science Ella Hartigan … The Minister for
// Justice, Ella Hartigan, …". "What office does Ella Hartigan hold?"
// then has no one right answer, and "Minister for Education" among its
// wrong choices is nearly the other office (held-out set 20 rejected
// such a question).

// ministerTitlesBefore lists the "Minister for …", "Minister of …" and
// "Secretary of …" titles written right before person's full name, in
// capitals, commas and "and" ("Minister for Further and Higher
// Education, Research and Science Ella Hartigan", "The Minister for
// Justice, Ella Hartigan"); none after "former", "ex-" or "then".
func ministerTitlesBefore(sents []sentence, person string) []string {
	var out []string
	eachFullName(sents, person, func(toks []token, i, _ int) { // officebeside.go
		end := i
		if end > 0 && toks[end-1].text == "," {
			end--
		}
		j := end
		for j > 0 && (toks[j-1].cap() || toks[j-1].text == "," || toks[j-1].is("and", "for", "of", "&")) {
			j--
		}
		m := -1
		for k := j; k+1 < end; k++ {
			if toks[k].is("minister", "secretary") && toks[k].cap() && toks[k+1].is("for", "of") {
				m = k
				break
			}
		}
		if m < 0 || m > 0 && toks[m-1].is("former", "ex", "then", "ex-", "Former") {
			return
		}
		// "Deputy Minister of Health X": the deputy's office, the rank
		// kept (deputyminister.go).
		if m > 0 && toks[m-1].text == "Deputy" {
			m--
		}
		var b strings.Builder
		for k := m; k < end; k++ {
			if k > m && toks[k].text != "," {
				b.WriteByte(' ')
			}
			b.WriteString(toks[k].text)
		}
		if t := b.String(); !containsString(out, t) {
			out = append(out, t)
		}
	})
	return out
}

// holdsAnotherOffice reports whether the page gives the leader of fact
// fi an office besides f's, neither the same nor close to it: another
// leader fact of the same person, or a long minister's title before the
// name. No "What office does X hold?" is asked of such a leader.
func (w *writer) holdsAnotherOffice(fi int, f Fact) bool {
	for gi, g := range w.facts {
		if gi != fi && g.Kind == Leader && g.Person == f.Person && !closeOffices(g.Office, f.Office) && !g.Former {
			return true
		}
	}
	titles := memo(&w.ministers, f.Person, func(p string) []string {
		return append(ministerTitlesBefore(w.sents, p), titlesAfterName(w.sents, p)...) // officebeside.go
	})
	for _, t := range titles {
		if !closeOffices(t, f.Office) && !closeOffices(t, officeLabel(f.Office, f.Country)) {
			return true
		}
	}
	_, another := w.jointOther(f) // officebeside.go
	return another
}
