package generate

// unopenedQuote reports a sentence with a closing quotation mark before
// any opening one ("The sector has shrunk for two years,” Lee said."):
// the end of a quotation opened in a sentence before, which a copy would
// leave with a stray mark and without its first words. Only curly marks
// show which way they face.
func unopenedQuote(toks []token) bool {
	depth := 0
	for _, t := range toks {
		switch t.text {
		case "“":
			depth++
		case "”":
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}
