package generate

// findActors finds who did what: a named person, country or organisation
// as the subject of a known verb.
func findActors(text string, sents []sentence, facts []Fact) []Fact { return nil }

// actor writes a "who did what" or "which country or organisation"
// question about fact fi.
func (w *writer) actor(fi int) bool { return false }
