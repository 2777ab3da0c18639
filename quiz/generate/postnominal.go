package generate

// postNominalEnd returns the index after a post-nominal (quotes.go's
// postNominals: "QC", "KC", "OBE", "MP") at toks[end] that ends a
// holder's name ("The judge, Nigel Lickley QC, said"), or end.
func postNominalEnd(toks []token, end int) int {
	if end > 0 && end < len(toks) && postNominals[toks[end].text] && !toks[end].is("MPs") && toks[end-1].cap() {
		return end + 1
	}
	if end > 0 && end < len(toks) && toks[end-1].cap() {
		return dottedPostNominalEnd(toks, end) // "T. D." (dottedinitials.go)
	}
	return end
}
