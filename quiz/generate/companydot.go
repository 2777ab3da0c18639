package generate

// A company's name may end on its abbreviation and a dot: "Harbour Mines
// Ltd. signed a deal", "Delta Resources Inc. said". The dot is the
// name's own, not a break: the name's last word is the abbreviation
// (orgName, single in actors.go); the doer is named without the dot,
// as the other passes name it ("Harbour Mines Ltd").

// companyAbbrevs close a company's name with a dot.
var companyAbbrevs = setOf(`Ltd|Inc|Corp|Co|Plc|Bhd|Pty`)

// lastNameWord is the last word of the name ts: the abbreviation before a
// company's closing dot, else the last token.
func lastNameWord(ts []token) token {
	n := len(ts)
	if n >= 3 && ts[n-1].text == "." && ts[n-1].start == ts[n-2].end && companyAbbrevs[ts[n-2].text] {
		return ts[n-2]
	}
	return ts[n-1]
}
