package generate

// skipDottedHonorific returns the index after "H.E" or "H.H" (His
// Excellency, His Highness) written without its last dot, which the
// tokenizer splits into "H" "." "E": read as initials, the honorific
// became part of the name ("H. E Sakaja A. Johnson"). The three tokens
// touch; spaced initials ("H. E. Bates") are a name's. Otherwise i.
func skipDottedHonorific(toks []token, i int) int {
	if i+2 >= len(toks) || toks[i].text != "H" || toks[i+1].text != "." || !(toks[i+2].text == "E" || toks[i+2].text == "H") ||
		toks[i+1].start != toks[i].end || toks[i+2].start != toks[i+1].end {
		return i
	}
	if i+3 < len(toks) && toks[i+3].text == "." && toks[i+3].start == toks[i+2].end {
		return i + 4
	}
	return i + 3
}
