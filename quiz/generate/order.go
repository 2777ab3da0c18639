package generate

// whichFirst writes "which came first" questions that order two or three
// events of the article by their dates.
func (w *writer) whichFirst() {}
