package generate

// findQuotes finds the quotations attributed to a named speaker.
func findQuotes(text string, sents []sentence, facts []Fact) []Fact { return nil }

// quote writes a "who said it" question about fact fi.
func (w *writer) quote(fi int) bool { return false }
