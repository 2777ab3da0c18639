package generate

// findPlaces finds the places of the article (cities, countries, regions,
// named venues) where something happened.
func findPlaces(text string, sents []sentence, facts []Fact) []Fact { return nil }

// place writes a "where" question about fact fi.
func (w *writer) place(fi int) bool { return false }
