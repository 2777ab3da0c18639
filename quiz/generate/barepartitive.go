package generate

// bareWhole reports the whole's number right after "of" in a share
// written without an article: "guilty on 20 of 21 counts" reads as "20
// of the 21 counts" does (the share a count of its own, asked by its
// blank), where "20" was left out before as a number before "of".
func bareWhole(toks []token, k int) bool {
	return k < len(toks) && !toks[k].punct && isNumberWord(toks[k])
}
