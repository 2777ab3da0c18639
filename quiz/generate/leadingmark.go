package generate

// A reference mark glued to the sentence before ("… (25 mi).[1] On April
// 10, 1896, …", the way pages copied from an encyclopedia keep them) or
// a paragraph's number ("[3] Two teams …") opens the next sentence's
// span: the sentence then quotes "[1]" in its evidence and statements,
// and a statement or a fill-in, which refuses brackets, is never copied
// from it. The mark is no word of the sentence: its span starts after
// it. A bracketed year ("[2021] HCJAC 20", a law report's citation) is
// left alone: only one to three digits make a mark.

// leadingMarksEnd returns the index after the reference marks opening
// toks[begin:end] ("[1]", "[2][3]"), begin when there is none; a
// sentence that is only marks keeps them.
func leadingMarksEnd(toks []token, begin, end int) int {
	k := begin
	for k+3 < end && referenceMarkAt(toks, k) && len(toks[k+1].text) <= 3 {
		k += 3
	}
	return k
}
