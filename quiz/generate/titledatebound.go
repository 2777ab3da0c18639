package generate

// Held-out set 22: a page whose title dates it ("Obituaries | April 16,
// 2007 Issue") reports what happened by that day. A wrong choice after it
// for a day before it ("died on March 27": April 19, May 11, June 12) is
// no choice to a learner who reads the title, and leaves the one before.

// afterTheTitleDate reports a wrong day e after the day the quiz's title
// dates the page, for a right day d on or before it. A day without a year
// is read in the title's year.
func (w *writer) afterTheTitleDate(d, e date) bool {
	if w.title == "" || w.title == defaultTitle || !dayDate(d) || !dayDate(e) {
		return false
	}
	for _, td := range w.titleDatesRead() {
		if td.form != formDayYear || td.day == 0 || td.month == 0 || td.year == 0 {
			continue
		}
		t := dateKey(td)
		if dateKey(inYear(d, td.year)) <= t && dateKey(inYear(e, td.year)) > t {
			return true
		}
	}
	return false
}

// dayDate reports a date naming its month and day.
func dayDate(d date) bool {
	return (d.form == formDay || d.form == formDayYear) && d.month != 0 && d.day != 0
}

// inYear gives a date without a year the year y.
func inYear(d date, y int) date {
	if d.year == 0 {
		d.year = y
	}
	return d
}
