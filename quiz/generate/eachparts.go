package generate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Held-out set 22: a count's parts given after its blank in groups that
// semicolons part and "each" shares out ("_____ cases are checked — four
// in the north; two each in A and B, and one each in C and D" is 4 + 2×2
// + 1×2), and a blank that is one part, in brackets, of a total the
// sentence states before it ("eleven clubs may fold (_____ clubs and one
// league from the coast, plus A and B)": 11 − 1 − 2).

// eachPartsGiveAway explains how the words after a count's blank, opened
// by a dash, a colon or a bracket, add up to its number n when read with
// their "each" (every place named after "two each in" adds two) and across
// their semicolons. "" when they do not, or when neither an "each" nor a
// semicolon is there (partsGiveAway reads plain lists).
func eachPartsGiveAway(after string, n int) string {
	open := strings.IndexAny(after, "—–:(")
	if k := strings.Index(after, "--"); k >= 0 && (open < 0 || k < open) {
		open = k
	}
	if open < 0 || wordCount(after[:open]) > 6 {
		return ""
	}
	seg := strings.TrimLeft(after[open:], "-—–:( ")
	if j := strings.IndexAny(seg, "—–.)"); j >= 0 {
		seg = seg[:j]
	}
	if j := strings.Index(seg, "--"); j >= 0 {
		seg = seg[:j]
	}
	sum, each, numbers := 0, false, 0
	for _, group := range strings.Split(seg, ";") {
		share := 0 // what each further name of this group adds
		for _, part := range strings.Split(group, ",") {
			for _, it := range strings.Split(part, " and ") {
				it = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(it), "and "))
				if it == "" {
					continue
				}
				words := strings.Fields(it)
				v, ok := wordOrFigure(words[0])
				switch {
				case ok:
					numbers++
					sum += v
					share = 0
					if len(words) > 1 && strings.EqualFold(words[1], "each") {
						share, each = v, true
					}
				case share > 0:
					sum += share
				default:
					if r, _ := utf8.DecodeRuneInString(it); !unicode.IsUpper(r) && !strings.HasPrefix(it, "the ") {
						return ""
					}
				}
			}
		}
	}
	if !each && !strings.Contains(seg, ";") || numbers < 2 || sum != n {
		return ""
	}
	return "the words after the blank give the number's parts (“" + strings.TrimSpace(seg) + "”): adding them up answers it"
}

// partOfBracketedTotal reports a blank opening a bracket that breaks down a
// total stated before it, of the same noun: "eleven clubs may fold (_____
// clubs and one league ...)". The other parts in the bracket leave the
// blank to subtraction, and a wrong figure makes a sum that no longer adds
// up.
func partOfBracketedTotal(prompt string) bool {
	i := strings.Index(prompt, blank)
	if i < 0 {
		return false
	}
	before := strings.TrimRight(prompt[:i], " ")
	if !strings.HasSuffix(before, "(") {
		return false
	}
	inside := prompt[i+len(blank):]
	if j := strings.IndexByte(inside, ')'); j >= 0 {
		inside = inside[:j]
	}
	nounWords := strings.Fields(inside)
	if len(nounWords) == 0 || !strings.Contains(inside, " and ") && !strings.Contains(inside, " plus ") && !strings.Contains(inside, ",") {
		return false
	}
	noun := strings.Trim(strings.ToLower(nounWords[0]), ",;")
	// The total stands in the same clause before the bracket.
	clause := before[:len(before)-1]
	if k := strings.LastIndexAny(clause, ";.:!?"); k >= 0 {
		clause = clause[k+1:]
	}
	words := strings.Fields(clause)
	for k := 0; k+1 < len(words); k++ {
		_, isWord := wordValue(words[k])
		if (isWord || startsWithDigit(words[k])) && strings.Trim(strings.ToLower(words[k+1]), ",;") == noun {
			return true
		}
	}
	return false
}
