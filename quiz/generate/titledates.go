package generate

// titleDatesRead are the dates of the quiz's title, read once per
// article (speed19c) for every date question headlineGivesAway asks of:
// never nil once read, so that a title without dates is not read again.
func (w *writer) titleDatesRead() []date {
	if w.titleDates == nil {
		var buf [48]token // a title's words, on the stack (tokenizeInto)
		w.titleDates = append([]date{}, findDates(tokenizeInto(buf[:0], w.title))...)
	}
	return w.titleDates
}
