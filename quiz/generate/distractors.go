package generate

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// Wrong choices are made so that a learner who never read the article
// gains nothing from them (quiz/testwise plays the strategies, and
// TestTestwise holds the generator to chance):
//
//   - the right date is not in the middle of a run: a hash of the fact
//     decides how many wrong dates come before it (0 to 3), so that in
//     time order it is first, second, third or last equally often, and the
//     near dates on each side are spaced unevenly;
//   - near dates change the month and the day of the right one at once,
//     so that the right date is not the one sharing most parts with the
//     others ("September 27" against "October 27" and "September 17");
//   - offices are a square of two titles and two countries ("President of
//     Azerbaijan", "President of Armenia", "Prime Minister of Azerbaijan",
//     "Prime Minister of Armenia"), so that every choice shares as much with
//     the others and none is the crossing point;
//   - wrong people have the form of the right one (as many words,
//     initials or not), so that the right one is not the odd one out.

// factHash is a stable hash of a fact (FNV-1a of its text and sentence),
// so that choices are the same on every run but not alike for all facts.
func factHash(f Fact) uint32 {
	h := uint32(2166136261)
	for _, s := range []string{f.Text, "|", f.Sentence} {
		for i := 0; i < len(s); i++ {
			h ^= uint32(s[i])
			h *= 16777619
		}
	}
	// Mix the bits, so that h%4 and h>>k do not follow the last byte.
	h ^= h >> 15
	h *= 0x2c1b3c6d
	h ^= h >> 12
	return h
}

// dateKey orders dates of one form in time.
func dateKey(d date) int {
	m := d.month
	if d.form == formSeason {
		m = seasonOrder(d.season) * 3
	}
	return d.year*10000 + m*100 + d.day
}

// dateDistractors are three wrong dates of the same form: the article's
// other dates first (nearest in time first), then near dates; a hash of
// the fact decides how many come before the right one. None may overlap a
// date of the fact's own sentence (another date of the same event), nor a
// date of another sentence about the same event.
func (w *writer) dateDistractors(fi int) []string {
	// Asked by the when, true-or-false and fill-in writers alike: made
	// once per fact.
	return append([]string(nil), memo(&w.dateWrong, fi, w.makeDateDistractors)...)
}

func (w *writer) makeDateDistractors(fi int) []string {
	f := w.facts[fi]
	if w.spanHoldsDate(fi) { // daterange.go
		return nil
	}
	h := factHash(f)
	const want = 3
	needBefore := int(h % (want + 1))
	need := [2]int{needBefore, want - needBefore}
	seen := map[string]bool{f.d.text(): true}
	var picked [2][]date // before, after
	ka := dateKey(f.d)
	side := func(e date) int {
		if dateKey(e) < ka {
			return 0
		}
		return 1
	}
	// The dates a wrong one may not overlap (of the fact's sentence or
	// event) and those it must keep its side of (the sentence's others),
	// read once for every date tried.
	var overlapped, sided []date
	for gi, g := range w.facts {
		if g.Kind != Date {
			continue
		}
		if g.sent == f.sent || w.sameEvent(gi, fi) {
			overlapped = append(overlapped, w.newsDate(g.d))
		}
		if g.sent == f.sent && g.Start != f.Start {
			sided = append(sided, g.d)
		}
	}
	if g, ok := boundYear(w.sents[f.sent].toks, f.d); ok { // yearbound.go
		sided = append(sided, g)
	}
	try := func(e date, s int) bool {
		// The checks without a string first: fill tries every date again.
		if dateKey(e) == ka || side(e) != s || len(picked[s]) >= need[s] || w.afterTheNews(f.d, e) || w.afterTheTitleDate(f.d, e) { // titledatebound.go
			return false
		}
		t := e.text()
		if seen[t] {
			return false
		}
		for _, g := range overlapped {
			if g.overlaps(e) {
				return false
			}
		}
		for _, g := range sided {
			if !sameSideOf(g, f.d, e) {
				return false
			}
		}
		seen[t] = true
		picked[s] = append(picked[s], e)
		return true
	}
	// The article's dates come first, but only those as near as a made-up
	// one would be: a far one ("1849" among "1996, 1997, 2000") is set
	// aside by a learner who never read the article, which leaves the
	// answer among three.
	near := [2][]date{sideDates(f.d, 0, h), sideDates(f.d, 1, h)}
	lo, hi := ka, ka
	for _, ds := range near {
		for _, e := range ds {
			lo, hi = min(lo, dateKey(e)), max(hi, dateKey(e))
		}
	}
	var article []date
	for gi, g := range w.facts {
		if g.Kind == Date && g.sent != f.sent && !w.sameEvent(gi, fi) {
			if e, ok := g.d.asForm(f.d.form, f.d); ok && dateKey(e) >= lo && dateKey(e) <= hi {
				article = append(article, e)
			}
		}
	}
	sort.SliceStable(article, func(i, j int) bool {
		return abs(dateKey(article[i])-ka) < abs(dateKey(article[j])-ka)
	})
	fillArticle := func() {
		for s := 0; s < 2; s++ {
			for _, e := range article {
				try(e, s)
			}
		}
	}
	fillNear := func() {
		for s, ds := range near {
			for _, e := range ds {
				try(e, s)
			}
		}
	}
	fill := func() { fillArticle(); fillNear() }
	fillArticle()
	// One near date from the article: the two made-up ones go on one side
	// of the right one, so that it is not the middle of the three that
	// bracket it, the middle a test-wise learner picks.
	if len(picked[0])+len(picked[1]) == 1 {
		s := int(h>>20) & 1
		need[s], need[1-s] = len(picked[s])+2, len(picked[1-s])
	}
	fillNear()
	// A side without room (no month before January) gives its place to
	// the other side.
	if short := want - len(picked[0]) - len(picked[1]); short > 0 {
		need = [2]int{len(picked[0]) + short, len(picked[1]) + short}
		fill()
	}
	shareAnswerYear(f.d, &picked, &need, try, side) // yearalone.go
	var out []string
	for _, ds := range picked {
		for _, e := range ds {
			if len(out) < want {
				out = append(out, e.text())
			}
		}
	}
	return out
}

// newsDate gives a date without a year the news page's years: "talks
// began in September" on a page dated 2015 is no September of 1997, so
// it leaves the year 1997 free as a wrong choice for another date. The
// window is the page's latest year and the one before ("last April").
// A history page's yearless dates may be of any of its years: they stay
// unknown.
func (w *writer) newsDate(d date) date {
	if d.year != 0 || d.month == 0 && d.form != formSeason {
		return d
	}
	if y := w.pageNewsYear(); y > 0 {
		d.year, d.year2 = y-1, y
	}
	return d
}

// pageNewsYear is the latest year of a page reporting news (speech, or a
// weekday), or -1.
func (w *writer) pageNewsYear() int {
	if w.newsYear == 0 {
		w.newsYear = -1
		if last := w.lastYear(); last != 0 && w.newsDated(true) {
			w.newsYear = last
		}
	}
	return w.newsYear
}

// afterTheNews reports a wrong year later than a news page's latest year
// for a year before it: "the FTC approved the deal in 2013", on a page
// looking to the end of 2015, happened before the page was written, and
// 2017 is no choice for it to a learner who reads the quiz.
func (w *writer) afterTheNews(d, e date) bool {
	y := w.pageNewsYear()
	return y > 0 && d.year != 0 && d.year < y && e.year > y
}

// sameSideOf reports whether a wrong date e keeps the right date d's
// place before or after date g of the same sentence (dateOrder): "served
// as PM _____, and again, briefly, in 1834" puts the blank before 1834,
// and a choice after it is false on its face (and leaves the answer the
// one choice that fits).
func sameSideOf(g, d, e date) bool { return dateOrder(e, g) == dateOrder(d, g) }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Uneven steps for near dates, one pattern per side chosen by the hash,
// so that the spacing around the right date is not symmetric.
var stepPatterns = [][]int{{1, 3, 4, 6, 7}, {2, 3, 5, 8, 9}, {1, 2, 5, 7, 10}, {3, 4, 6, 9, 11}}

// Months apart for month-and-year dates: never a whole number of years,
// which would repeat the month.
var monthStepPatterns = [][]int{{2, 7, 11, 16, 17}, {4, 9, 13, 19, 21}, {3, 5, 10, 14, 15}, {1, 6, 8, 15, 20}}

// sideDates proposes near dates of d's form before it (s == 0) or after
// it (s == 1), nearest first, spaced by a pattern the hash picks.
func sideDates(d date, s int, h uint32) []date {
	dir := 1
	if s == 0 {
		dir = -1
	}
	steps := stepPatterns[sidePattern(h, s, stepPatterns)]
	out := make([]date, 0, 5) // five dates at most a side, made at once
	switch d.form {
	case formDay, formDayYear, formDayRange:
		// A new month and a new day, with as many digits as the right
		// day: "September 27" gives "August 14" and "October 19".
		width := 0
		if d.day2 > 0 {
			width = d.day2 - d.day
		}
		lo, hi := 10, 28-width
		if d.day < 10 {
			lo, hi = 1, min(9, 28-width)
		}
		if hi < lo {
			return nil
		}
		used := map[int]bool{d.day: true}
		// A month's last day ("the quarter ending on December 31") is
		// answered by other months' last days: a period that ends on
		// September 19 is no plausible choice.
		monthEnd := d.day2 == 0 && d.month > 0 && d.day == lastDayOf(d.month, d.year)
		for i, k := range []int{1, 2, 3, 4} {
			e, ok := shiftMonths(d, dir*k)
			if !ok {
				break
			}
			if monthEnd {
				e.day = lastDayOf(e.month, e.year)
				out = append(out, e)
				continue
			}
			n := hi - lo + 1
			day := lo + int(h>>(7+3*i+s))%n
			for j := 0; j < n && used[day]; j++ {
				day = lo + (day-lo+1)%n
			}
			if used[day] {
				break
			}
			used[day] = true
			e.day = day
			if e.day2 > 0 {
				e.day2 = day + width
			}
			out = append(out, e)
		}
	case formMonthSpan:
		out = monthSpanSides(d, dir) // crossmonth.go
	case formCentury:
		out = centurySides(d, dir) // century.go
	case formMonthYear:
		for _, k := range monthStepPatterns[sidePattern(h, s, monthStepPatterns)] {
			if e, ok := shiftMonths(d, dir*k); ok {
				out = append(out, e)
			}
		}
	case formMonth:
		for _, k := range steps {
			if e, ok := shiftMonths(d, dir*k); ok {
				out = append(out, e)
			}
		}
	case formYear:
		for _, k := range steps {
			e := d
			e.year += dir * k
			out = append(out, e)
		}
	case formYearRange:
		// Whole spans of the same length, the nearest three a side: the
		// pattern's far steps would put "1901 to 1912" beside "1961 to
		// 1972", set aside by any learner.
		// A span of more than 30 years has one a side: moved further by
		// its length it leaves the time of the story ("1409–1598" beside
		// "1789–1978"), so thinSpanChoices refuses it as a fill-in; a
		// statement still states its neighbour.
		n := d.year2 - d.year + 1
		for _, k := range []int{1, 2, 3} {
			if n > 30 && k > 1 {
				break
			}
			e := d
			e.year += dir * k * n
			e.year2 += dir * k * n
			out = append(out, e)
		}
	case formSeason:
		order := []string{"winter", "spring", "summer", "autumn"}
		if d.season == "fall" {
			order[3] = "fall"
		}
		cur := 0
		for i, x := range order {
			if x == d.season {
				cur = i
			}
		}
		for _, k := range steps {
			e := d
			i := cur + dir*k
			e.year += floorDiv(i, 4)
			e.season = order[i-4*floorDiv(i, 4)]
			out = append(out, e)
		}
	}
	return out
}

// sidePattern picks side s's pattern of steps by the hash: the two sides
// never start with the same step, which would put the right date in the
// middle of an even run ("March, May, July" around May).
func sidePattern(h uint32, s int, patterns [][]int) int {
	before := int(h>>3) % len(patterns)
	if s == 0 {
		return before
	}
	i := int(h>>5) % len(patterns)
	for patterns[i][0] == patterns[before][0] {
		i = (i + 1) % len(patterns)
	}
	return i
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// shiftMonths moves a date k months; without a year it cannot leave the
// year ("January" after "November" would read as earlier).
func shiftMonths(d date, k int) (date, bool) {
	m := d.month + k
	if d.year == 0 {
		if m < 1 || m > 12 {
			return date{}, false
		}
		d.month = m
		return d, true
	}
	d.year += floorDiv(m-1, 12)
	d.month = m - 1 - 12*floorDiv(m-1, 12) + 1
	return d, true
}

// lastDayOf is the last day of month m of year y (February's 28th when
// the year is not known, though the 29th ends it in a leap year): day 0
// of the next month.
func lastDayOf(m, y int) int {
	if y == 0 {
		y = 1 // not a leap year
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Factors for a false figure of 20 or more, above and below the right one
// (numerator, denominator). Not always double or half: on held-out set 7,
// 8 of 10 false statements doubled or halved their number, a pattern a
// learner who met a few would learn.
var (
	countFactorsUp   = [][2]int{{3, 2}, {2, 1}, {5, 4}, {3, 1}}
	countFactorsDown = [][2]int{{1, 2}, {3, 4}, {4, 5}, {2, 3}}
)

// scaledCounts proposes false figures for n, above and below it, the
// factor chosen by the hash; rounded to the right figure's significant
// digits (at least two), so that "1,400" gives "2,100", not "2,100.5"
// or "2,137". An approximate figure ("about 300") gets none within a
// quarter of it: "about 375" would not be clearly false.
func scaledCounts(n int, approximate bool, h uint32) (up, down []int) {
	// An approximate round figure ("nearly 30") gets round false ones:
	// "nearly 25", not "nearly 23".
	halfSteps := approximate && significantDigits(n) == 1
	pick := func(fs [][2]int, k uint32) []int {
		var out []int
		for i := range fs {
			f := fs[(int(k)+i)%len(fs)]
			if approximate && (f == [2]int{5, 4} || f == [2]int{4, 5}) {
				continue
			}
			x := (n*f[0] + f[1]/2) / f[1]
			if halfSteps {
				out = append(out, roundHalfStep(x))
			} else {
				out = append(out, roundSignificant(x, max(2, significantDigits(n))))
			}
		}
		return out
	}
	return pick(countFactorsUp, h>>3), pick(countFactorsDown, h>>7)
}

// roundHalfStep rounds x to its first digit and a half step below it
// (23 to 25, 225 to 250, 266,667 to 250,000); x under 10 stays.
func roundHalfStep(x int) int {
	if x < 10 {
		return x
	}
	step := 5 // half of the second digit's unit: 5 for 10-99
	for m := x; m >= 100; m /= 10 {
		step *= 10
	}
	return (x + step/2) / step * step
}

// significantDigits counts n's digits without its trailing zeros.
func significantDigits(n int) int {
	for n != 0 && n%10 == 0 {
		n /= 10
	}
	d := 0
	for ; n != 0; n /= 10 {
		d++
	}
	return d
}

// roundSignificant rounds n to k significant digits.
func roundSignificant(n, k int) int {
	p := 1
	for m := n; m >= 10; m /= 10 {
		p *= 10
	}
	for i := 1; i < k && p > 1; i++ {
		p /= 10
	}
	return (n + p/2) / p * p
}

// wrongCount is a false number for a statement: near the right one, above
// or below it as the hash of the fact decides, and not a number the
// article gives for the same noun.
func (w *writer) wrongCount(fi int) int {
	f := w.facts[fi]
	n := f.Number
	up := []int{n + 2, n + 1, n * 2}
	down := []int{n - 1, n - 2, n / 2}
	if n >= 20 {
		up, down = scaledCounts(n, f.c.qualifier != "", factHash(f))
	}
	if f.sent < len(w.sents) && wholeCount(w.sents[f.sent].toks, f.c) {
		up, down = wholeCounts(n, factHash(f)) // wholecount.go
	}
	cands := append(up, down...)
	if factHash(f)&1 == 1 {
		cands = append(down, up...)
	}
	for _, c := range cands {
		// "one" and "zero" are not counts the generator asks about.
		if c < 2 || c == n {
			continue
		}
		clash := false
		for _, g := range w.facts {
			if g.Kind == Count && g.Noun == f.Noun && (g.Number == c || g.Start != f.Start && boundFits(g, n, c)) {
				clash = true
			}
		}
		if !clash {
			return c
		}
	}
	return 0
}

// boundFits reports a number c that another count's bound, near the
// right number n, lets be true: 1,300 against "more than 1,000 jobs"
// beside "cutting 1,000 jobs"; not 67,000 people against "at least 22
// people" killed.
func boundFits(g Fact, n, c int) bool {
	lower, bound := boundQualifiers[g.c.qualifier]
	return bound && (c > g.Number) == lower && g.Number <= 2*n && n <= 2*g.Number
}

// sameOffice reports whether two titles name one office ("Premier" and
// "Prime Minister"): one is never a wrong choice against the other.
func sameOffice(a, b string) bool {
	// The keys are made on the stack: sameOffice compares every office
	// with every other.
	var ka, kb [64]byte
	return string(appendOfficeKey(ka[:0], a)) == string(appendOfficeKey(kb[:0], b))
}

// memo is (*m)[k], made by mk on the first use: the writer's caches.
func memo[K comparable, V any](m *map[K]V, k K, mk func(K) V) V {
	v, ok := (*m)[k]
	if !ok {
		if *m == nil {
			*m = map[K]V{}
		}
		v = mk(k)
		(*m)[k] = v
	}
	return v
}

// officeCore is officeCore(office), made once per title.
func (w *writer) officeCore(office string) map[string]bool { return memo(&w.cores, office, officeCore) }

// officesWith is officesWith(w.sents, person), read once per person:
// clipped, so that appending to it copies.
func (w *writer) officesWith(person string) []string {
	return memo(&w.officesNear, person, func(p string) []string { return slices.Clip(officesWith(w.sents, p)) })
}

// officeChoices are wrong offices of the same form as the person's. With
// another title and another country in the article, they make a square:
// the person's title elsewhere, the other title in the person's country,
// and the other title elsewhere, so that every choice shares one part with
// two others and the right one is not where the others meet. Otherwise:
// the article's other offices, then the person's title in the article's
// other countries and the article's other titles in the person's country.
func (w *writer) officeChoices(fi int) []string {
	// Made once: the office question and the statement both ask (clipped,
	// so that an append copies it).
	return memo(&w.officeWrong, fi, func(fi int) []string { return slices.Clip(w.officeChoicesOf(w.facts[fi])) })
}

// officeChoicesFor is officeChoicesOf(f) of fact fi, from which the
// office question may have left out the country.
func (w *writer) officeChoicesFor(fi int, f Fact) []string {
	if f.Country == w.facts[fi].Country {
		return w.officeChoices(fi)
	}
	return w.officeChoicesOf(f)
}

// nationalityFirst reports an office that opens with a nationality
// ("South Korean Foreign Minister", "Indian Prime Minister").
func nationalityFirst(office string) bool {
	var buf [8]string
	words := appendFields(buf[:0], office)
	// The first word, then the first two ("South Korean").
	return len(words) > 1 && nationalities[words[0]] != "" ||
		len(words) > 2 && nationalities[words[0]+" "+words[1]] != ""
}

// officeChoicesOf is officeChoices for a leader as it is asked: a judge
// of a country's courts is asked without the country ("District Judge").
func (w *writer) officeChoicesOf(f Fact) []string {
	right := officeLabel(f.Office, f.Country)
	seen := map[string]bool{right: true}
	held := map[string]bool{}
	var offices, countries []string
	tables := w.officeTables()                               // officetables.go
	states, bodyOffices := tables.states, tables.bodyOffices // of a chief minister: states of a country; "office|body" of every leader
	for _, gi := range tables.leaders {
		g := &w.facts[gi]
		if g.Person == f.Person {
			held[officeLabel(g.Office, g.Country)] = true
		}
		if !sameOffice(g.Office, f.Office) && !containsString(offices, g.Office) {
			offices = append(offices, g.Office)
		}
		if g.Country != f.Country && g.Country != "" && !containsString(countries, g.Country) {
			countries = append(countries, g.Country)
		}
	}
	var out []string
	var parts [][2]string // the office and country of each of out
	keys := map[string]bool{officeKey(f.Office) + "|" + f.Country: true}
	// Titles the article gives the person elsewhere, perhaps former ones.
	near := append(w.officesWith(f.Person), f.Office)
	tooClose := func(office string) bool {
		core := w.officeCore(office)
		for _, o := range near {
			if sameOffice(office, o) || closeCores(core, w.officeCore(o)) {
				return true
			}
		}
		return false
	}
	// fits reports whether office of country may be offered as a wrong
	// choice.
	fits := func(office, country string) bool {
		// No royal title for an office of state ("Queen of England" for
		// France's President in 1981), nor a queen's for a king.
		if (country == "") != (f.Country == "") || country == f.Country && tooClose(office) ||
			royalGender(office) != "" && royalGender(office) != royalGender(f.Office) {
			return false
		}
		// "Mayor of NATO", "Crown Prince of Dubai Civil Aviation
		// Authority": a title goes only with a body of its kind; and
		// "Premier of Turkey" is not offered beside "Prime Minister of
		// Turkey".
		if country != "" && (!titleFits(office, country) || seatChoiceUnfit(f, office, country)) {
			return false
		}
		// "leader of the self-proclaimed Donetsk People's Republic of
		// Ukraine": an office naming its own body takes no country, nor
		// one read with its nationality ("South Korean Foreign Minister
		// of Japan"); "NHS England" beside "England" may be one body by
		// two names.
		if country != "" && (strings.Contains(office, " of the ") || nationalityFirst(office)) ||
			country != f.Country && f.Country != "" && country != "" && (containsWords(country, f.Country) || containsWords(f.Country, country)) {
			return false
		}
		// "District Judge of the United States" is no one office; a chief
		// minister's state has no president nor prime minister, and a
		// country has no chief minister.
		// A state's or a city's offices differ from one to the next
		// ("Premier" of Queensland, "Governor" of Texas): only an office
		// the article gives in that place is offered.
		if subNational(country) && !states[country] && !bodyOffices[office+"|"+country] ||
			bodyOfficeAbroad(office, country, bodyOffices) || // bodyoffice.go
			courtOfPlace(Fact{Office: office, Country: country}) ||
			states[country] && officeKey(office) != "chief minister" && officeKey(office) != "governor" ||
			officeKey(office) == "chief minister" && places().lookupKind(country, "country") != nil {
			return false
		}
		l := officeLabel(office, country)
		return !seen[l] && !held[l] && !keys[officeKey(office)+"|"+country]
	}
	add := func(office, country string) {
		if fits(office, country) && len(out) < 3 {
			l := officeLabel(office, country)
			k := officeKey(office) + "|" + country
			seen[l] = true
			keys[k] = true
			out = append(out, l)
			parts = append(parts, [2]string{office, country})
		}
	}
	if companyOfficer(f) {
		// A company's other officers: never its chairman nor its
		// president, often the chief executive too.
		// Of a company by its name alone: "of IBM", not "of the IBM".
		for _, o := range companyOffices {
			if !tooClose(o) && (o != "Chief Executive" || !strings.Contains(officeKey(f.Office), "executive") && officeKey(f.Office) != "chairman") {
				out = append(out, o+" of "+f.Country)
			}
		}
		return companyFalseOffices(f, out) // variedfillers.go
	}
	if f.Country != "" && len(offices) > 0 && len(countries) > 0 {
		// A square first: the right title elsewhere, another title at
		// home and that title elsewhere, so that no choice is where the
		// others meet. The hash picks where to start; the first square
		// whose three choices all fit is taken.
		// A square whose words leave the right one where they meet
		// ("South Korea" against "China") is taken only when no other
		// square fits.
		h := factHash(f)
		var found [][2]string
		for i := range offices {
			o := offices[(int(h%uint32(len(offices)))+i)%len(offices)]
			for j := range countries {
				c := countries[(int((h>>4)%uint32(len(countries)))+j)%len(countries)]
				if fits(f.Office, c) && fits(o, f.Country) && fits(o, c) {
					found = append(found, [2]string{o, c})
				}
			}
		}
		if len(found) > 0 {
			sq := found[0]
			for _, x := range found {
				if squareHidesAnswer(f, x[0], x[1]) {
					sq = x
					break
				}
			}
			add(f.Office, sq[1])
			add(sq[0], f.Country)
			add(sq[0], sq[1])
			return out
		}
		// No square: what fits of the hash's own.
		o, c := offices[int(h%uint32(len(offices)))], countries[int((h>>4)%uint32(len(countries)))]
		add(f.Office, c)
		add(o, f.Country)
		add(o, c)
	}
	for _, gi := range tables.leaders {
		add(w.facts[gi].Office, w.facts[gi].Country)
	}
	for _, c := range countries {
		add(f.Office, c)
	}
	for _, o := range offices {
		add(o, f.Country)
	}
	if f.Country != "" && len(out) < 3 {
		// A news page often names one leader: the same office in the
		// other countries the article names as places ("President of
		// Peru" beside "President of Ecuador"), then the country's other
		// offices of state.
		for gi := range w.facts {
			if g := &w.facts[gi]; g.Kind == Place && g.PlaceKind == "country" && g.Place != f.Country && countryNames[g.Place] {
				add(f.Office, g.Place)
			}
		}
		// Offices of state only for a state: "KU Chancellor" heads a
		// university, which has no prime minister.
		if (stateOffice(f.Office) || strings.HasSuffix(f.Office, " Minister")) && (countryNames[f.Country] || places().lookup(f.Country) != nil) {
			for _, o := range stateTitles {
				add(o, f.Country)
			}
		}
	}
	if f.Country != "" {
		out = squareUp(f, out, parts, fits)
	}
	if f.Country == "" {
		// Titles alone: as many words as the right one, so that a
		// two-word title does not stand out among one-word ones.
		n := wordCount(f.Office)
		world := fillersFor(f.Office)
		var like []string
		for _, o := range append(append([]string{}, out...), world...) {
			// The article's other offices only when they are of the
			// answer's world: not "Chair" beside "Judge", nor "Crown
			// Prince" beside "Foreign Minister".
			if containsString(out, o) && !containsString(world, o) && !sameWorld(o, f.Office) {
				continue
			}
			// A queen is not offered "King": the odd one out by sex.
			if royalGender(o) != royalGender(f.Office) && royalGender(f.Office) != "" {
				continue
			}
			// An emperor of Europe is not offered "Emir" or "Sultan".
			if islamicTitles[o] && !w.islamicWorld() {
				continue
			}
			// Two wrong choices nearly alike ("Human Resource Minister",
			// "Human Resources Minister") would leave the others.
			// Seats are named in one word or more: their length gives
			// nothing away.
			if (wordCount(o) == n || memberOfSeat(o)) && !containsString(like, o) && !tooClose(o) && !held[o] && !w.closeToAny(like, o) {
				like = append(like, o)
			}
		}
		return w.variedFillers(f, world, held, like) // variedfillers.go
	}
	return out
}

// squareHidesAnswer reports whether the square of office and country
// with f's (f's title in country, office in f's country, office in
// country) leaves no choice where the others meet, counted in words as a
// test-wise learner would: every choice shares as many, or another
// shares more than the right one.
func squareHidesAnswer(f Fact, office, country string) bool {
	t, c := wordCount(f.Office), wordCount(f.Country)
	t2, c2 := wordCount(office), wordCount(country)
	return t == t2 && c == c2 || max(t+c2, t2+c, t2+c2) > t+c
}

// squareUp turns three wrong offices into a square with the right one
// (its title elsewhere, another title at home, that title elsewhere) by
// replacing one of them: "Foreign Minister of China", "Foreign Minister
// of South Korea" and "Prime Minister of Japan" beside the right "Foreign
// Minister of Japan" give "Prime Minister of China" for the second;
// "Prime Minister of Scotland", "Foreign Minister of Britain" and
// "Interior Minister of Britain" beside "Prime Minister of Britain" give
// "Foreign Minister of Scotland" for the third. Otherwise the right one
// is where the others meet, the choice a learner who never read the
// article takes (held-out sets 14 and 15). fits says whether an office
// of a place may be offered.
func squareUp(f Fact, out []string, parts [][2]string, fits func(office, country string) bool) []string {
	if len(out) != 3 || len(parts) != 3 {
		return out
	}
	var titles, countries []string
	for _, p := range parts {
		if !sameOffice(p[0], f.Office) && !slices.Contains(titles, p[0]) {
			titles = append(titles, p[0])
		}
		if p[1] != f.Country && p[1] != "" && !slices.Contains(countries, p[1]) {
			countries = append(countries, p[1])
		}
	}
	for _, o := range titles {
		for _, c := range countries {
			square := [3][2]string{{f.Office, c}, {o, f.Country}, {o, c}}
			// Which of the square's corners are offered already, and which
			// offered choice is none of them.
			var have [3]bool
			odd := -1
			for i, p := range parts {
				corner := slices.IndexFunc(square[:], func(q [2]string) bool { return sameOffice(q[0], p[0]) && q[1] == p[1] })
				if corner < 0 || have[corner] {
					odd = i
					continue
				}
				have[corner] = true
			}
			missing := slices.Index(have[:], false)
			if missing < 0 {
				return out // a square already
			}
			if odd < 0 || slices.Index(have[missing+1:], false) >= 0 {
				continue // two corners missing: more than one change
			}
			m := square[missing]
			if !fits(m[0], m[1]) || subNational(m[1]) {
				continue
			}
			out = slices.Clone(out)
			out[odd] = officeLabel(m[0], m[1])
			return out
		}
	}
	return out
}

// falseOfficeFits reports whether office label x may be stated as leader
// f's office in a false statement: an office of the same body, or of a
// place of the same nation. Another body's or nation's office is false at
// a glance: "X is the Leader of Russia" for a Polish party's leader,
// "Shimon Peres was the Prime Minister of Norway". The two halves of a
// divided nation ("the Leader of South Korea" for North Korea's) and
// another state of the same country ("the Governor of Texas" for
// Florida's) are fair.
func falseOfficeFits(f Fact, x string) bool {
	body := officeBody(x)
	if f.Country == "" || body == f.Country {
		return true
	}
	a, b := places().lookup(f.Country), places().lookup(body)
	switch {
	case countryNames[f.Country] && countryNames[body]:
		return sameNation(f.Country, body)
	case a == nil || b == nil || a.kind == "country" || b.kind == "country":
		return false
	}
	return a.country == b.country
}

// sameNation reports two countries named after one nation: "North
// Korea" and "South Korea", "East Germany" and "West Germany".
func sameNation(a, b string) bool {
	for _, x := range strings.Fields(a) {
		if !nationQualifiers[strings.ToLower(x)] && slices.Contains(strings.Fields(b), x) {
			return true
		}
	}
	return false
}

// nationQualifiers are the words countries share without being one
// nation ("United States", "United Kingdom"; "South Africa", "South
// Korea").
var nationQualifiers = map[string]bool{
	"united": true, "republic": true, "democratic": true, "people's": true, "federal": true, "islands": true,
	"kingdom": true, "states": true, "of": true, "the": true, "and": true, "new": true, "saint": true,
	"north": true, "south": true, "east": true, "west": true, "central": true, "arab": true, "emirates": true,
}

// officeBody is the country or body of an office label ("Leader of the
// Law and Justice party" gives "Law and Justice party"), "" for a bare
// title.
func officeBody(label string) string {
	i := strings.LastIndex(label, " of ")
	if i < 0 {
		// "Senator from Texas" (stateseats.go).
		if j := strings.LastIndex(label, " from "); j > 0 && stateSeat(label[:j], label[j+len(" from "):]) {
			return label[j+len(" from "):]
		}
		return ""
	}
	return strings.TrimPrefix(label[i+len(" of "):], "the ")
}

// companyOffices are the officers of a company besides its chairman.
var companyOffices = []string{"Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer", "Chief Executive"}

// stateTitles are the offices of a country's government, wrong choices
// for one of them when the article gives too few; each exists in most
// states (an interior minister, not an attorney general).
var stateTitles = []string{"President", "Prime Minister", "Vice President", "Foreign Minister", "Interior Minister", "Defence Minister", "Finance Minister"}

// royalGender is "f" for a woman's royal or noble title, "m" for a man's,
// "" for any other office.
func royalGender(office string) string {
	switch office {
	case "Queen", "Princess", "Empress", "Duchess", "Crown Princess", "Grand Duchess", "Queen Mother", "Sultana", "Countess", "Baroness", "Lady", "Czarina", "Tsarina":
		return "f"
	case "King", "Prince", "Emperor", "Emir", "Sultan", "Duke", "Crown Prince", "Grand Duke", "Prince Regent", "Count", "Baron", "Lord", "Czar", "Tsar":
		return "m"
	}
	return ""
}

// stateOffice reports a head of state's or government's office.
func stateOffice(office string) bool {
	switch officeKey(office) {
	case "president", "prime minister", "vice president", "chancellor", "premier", "deputy prime minister":
		return true
	}
	return false
}

// fillerTitles are wrong offices for a title without a country when the
// article has too few.
var fillerTitles = []string{"Governor", "Mayor", "Senator", "Ambassador", "President", "Chancellor",
	"Foreign Minister", "Finance Minister", "Interior Minister", "Health Minister", "Attorney General",
	"Vice President", "Chief Justice", "Defence Minister",
	"Deputy Prime Minister", "Secretary of State", "National Security Adviser", "Minister of Justice"}

// Wrong offices of the answer's own world: a chief executive is not
// offered "Foreign Minister", nor a judge "Mayor".
var (
	businessTitles = []string{"Chairman", "Treasurer", "Director", "Chief Executive", "Finance Director",
		"Managing Director", "Chief Economist", "Chief Financial Officer", "Chief Operating Officer", "Chief Technology Officer"}
	// No two of these are near-synonyms of a judge's office.
	courtTitles = []string{"Prosecutor", "Sheriff", "Coroner", "Attorney General", "Court Clerk",
		"Public Defender", "Solicitor General", "District Attorney", "Director of Public Prosecutions"}
	// Emir and Sultan only where the page names the Islamic world
	// (islamicWorld); Count and Baron take their places elsewhere.
	royalTitles = []string{"King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Emir", "Sultan", "Duke", "Duchess",
		"Crown Prince", "Crown Princess", "Grand Duke", "Grand Duchess", "Prince Regent", "Queen Mother",
		"Count", "Countess", "Baron", "Baroness"}
	// The heads of a state's forces: none is another's synonym (a chief of
	// defence staff may be a chief of defence force: not listed).
	securityTitles = []string{"Inspector-General of Police", "Chief of Army", "Chief of Navy", "Director of Immigration",
		"Chief of Defence Force", "Chief of Air Force", "Director of Public Prosecutions", "Director of Military Intelligence"}
	policeTitles = []string{"Police Commissioner", "Chief Superintendent", "Deputy Chief Constable",
		"Detective Superintendent", "Police and Crime Commissioner"}
	secretaryTitles = []string{"Home Secretary", "Foreign Secretary", "Health Secretary", "Defence Secretary",
		"Education Secretary", "Business Secretary", "Transport Secretary", "Culture Secretary", "Work and Pensions Secretary",
		// Portfolios of four words, for one of four ("Health and Social Care Secretary").
		"Culture, Media and Sport Secretary", "Energy and Climate Change Secretary", "Housing and Urban Development Secretary"}
	ministerTitles = []string{"Foreign Minister", "Finance Minister", "Interior Minister", "Health Minister",
		"Defence Minister", "Trade Minister", "Energy Minister", "Education Minister", "Transport Minister",
		// Portfolios of two words, for a minister of one ("Foreign Affairs Minister").
		"Home Affairs Minister", "Local Government Minister", "Rural Development Minister", "Higher Education Minister",
		"Human Resources Minister", "International Trade Minister"}
	// Ministers written "Minister of Antiquities".
	ministerOfTitles = []string{"Minister of Health", "Minister of Finance", "Minister of Justice", "Minister of Education",
		"Minister of Agriculture", "Minister of Tourism", "Minister of Defence", "Minister of Culture", "Minister of Energy"}
	sportTitles = []string{"Manager", "Coach", "Captain", "Chairman", "Head Coach", "Assistant Manager",
		"Sporting Director", "Technical Director", "Club Captain", "Team Doctor"}
	// A US cabinet secretary's office is written "Secretary of Defense".
	cabinetTitles = []string{"Secretary of State", "Secretary of Defense", "Secretary of Energy", "Secretary of Education",
		"Secretary of Commerce", "Secretary of Labor", "Secretary of Agriculture", "Secretary of Transportation",
		"Secretary of the Treasury", "Secretary of the Interior", "Secretary of Homeland Security", "Secretary of Veterans Affairs"}
	legislativeTitles = []string{"Majority Leader", "Minority Leader", "Majority Whip", "Minority Whip", "House Speaker",
		"Senate President", "Assembly Speaker", "Committee Chairman"}
	agencyTitles = []string{"Administrator", "Director", "Spokesman", "Director-General", "Chief Scientist",
		"Deputy Administrator", "Mission Director", "Programme Director", "Chief Medical Officer", "Chief Nursing Officer"}
)

// chiefOfficerTitles are the wrong choices for a chief executive, in the
// form the article writes the title in: other chief officers, none of
// them an office a chief executive often holds too (chairman, president,
// managing director). "Chief Executive" gets one of two words beside two
// of three, so that the answer is not the odd one out by its length.
var chiefOfficerTitles = map[string][]string{
	"CEO":                     {"CFO", "COO", "CTO"},
	"Chief Executive Officer": slices.Clip(companyOffices[:3]),
	"Chief Executive":         {"Chief Financial Officer", "Chief Operating Officer", "Chief Economist"},
}

// chiefOfficerChoices are the wrong offices of a chief executive whose
// company the article does not name beside the title ("Under Chief
// Executive Satya Nadella, the company …"): the other chief officers,
// none the article gives the person elsewhere or names in the person's
// sentences. Nil for any other leader, or with fewer than two left.
func (w *writer) chiefOfficerChoices(f Fact) []string {
	pool := chiefOfficerTitles[f.Office]
	if pool == nil || f.Country != "" || f.l.long {
		return nil
	}
	near := w.officesWith(f.Person)
	var out []string
	for _, o := range pool {
		if !slices.ContainsFunc(near, func(n string) bool { return sameOffice(o, n) || closeCores(w.officeCore(o), w.officeCore(n)) }) {
			out = append(out, o)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// titleFits reports whether an office can be held in a body: a mayor in
// a city, a secretary-general in an organisation, a president in a
// country or an organisation, a crown prince in a country.
func titleFits(office, body string) bool {
	kind := "country"
	switch {
	case organisations[body] || orgLike(body):
		kind = "organisation"
	case places().lookupKind(body, "city") != nil && places().lookupKind(body, "country") == nil:
		kind = "city"
	}
	key := officeKey(office)
	if kind == "country" && !stateHasOffice(key, body) || (chamberTitle(key) || seatTitles[key]) && places().lookupKind(body, "country") != nil {
		return false
	}
	switch key {
	case "mayor":
		return kind == "city"
	case "governor":
		return kind != "organisation"
	case "secretary-general", "director-general", "chairman", "chief executive", "administrator", "spokesman",
		"spokeswoman", "commissioner", "treasurer", "director", "high representative", "general secretary",
		// an aide's or an army's, not a country's
		"chief of staff":
		return kind == "organisation"
	case "vice president":
		// Of a body, only where the body has vice presidents: not
		// "Vice President of the European Council".
		return kind == "country" || kind == "organisation" && viceBodies[body]
	case "president", "leader", "envoy", "special envoy", "ambassador":
		return kind != "city"
	}
	return kind == "country"
}

// viceBodies are the organisations with vice presidents.
var viceBodies = map[string]bool{"European Commission": true, "European Parliament": true, "World Bank": true, "ECB": true,
	"IOC": true, "FIFA": true, "UEFA": true}

// Which sovereign states have a vice president, which have no prime
// minister (a president heads the government), and which no president (a
// monarch heads the state): a wrong choice must be an office that exists,
// not "Vice President of Italy" nor "President of the United Kingdom".
var (
	viceStates = setOf(`United States|Argentina|Bolivia|Brazil|Colombia|Costa Rica|Cuba|Dominican Republic|Ecuador|
El Salvador|Guatemala|Honduras|Nicaragua|Panama|Paraguay|Peru|Uruguay|Venezuela|Philippines|Indonesia|India|
China|Taiwan|Vietnam|Laos|Iran|Iraq|Syria|Afghanistan|Turkey|Azerbaijan|Bulgaria|Nigeria|Ghana|Kenya|Uganda|
Tanzania|Zambia|Zimbabwe|Malawi|Liberia|Sierra Leone|Gambia|Sudan|South Sudan|Botswana|Namibia|Angola|Egypt`)
	noPrimeMinister = setOf(`United States|Mexico|Brazil|Argentina|Chile|Colombia|Ecuador|Venezuela|Bolivia|Paraguay|
Uruguay|Costa Rica|Panama|Guatemala|Honduras|El Salvador|Nicaragua|Dominican Republic|Indonesia|Philippines|
Nigeria|Ghana|Kenya|Zambia|Zimbabwe|Malawi|Botswana|Liberia|Sierra Leone|Angola|Afghanistan|Turkey|Turkmenistan|Cyprus`)
	monarchies = setOf(`United Kingdom|Spain|Sweden|Norway|Denmark|Netherlands|Belgium|Luxembourg|Monaco|Liechtenstein|
Japan|Thailand|Cambodia|Malaysia|Brunei|Bhutan|Nepal|Saudi Arabia|Jordan|Morocco|Kuwait|Bahrain|Qatar|Oman|
Canada|Australia|New Zealand|Jamaica|Eswatini|Lesotho|Tonga`)
)

// stateHasOffice reports whether a sovereign state has the office of
// state whose officeKey is key: any office when the state is not known;
// in the United States a secretary, not a minister.
func stateHasOffice(key, body string) bool {
	if key == "czar" {
		return body == "Russia" || body == "Bulgaria"
	}
	p := places().lookupKind(body, "country")
	if p == nil {
		return true
	}
	if p.parent != "" {
		// A nation within a state (England, Scotland) has no president
		// of its own, nor a prime minister ("Prime Minister of England"
		// beside Britain's is the loose name of the right answer).
		return key != "president" && key != "vice president" && key != "prime minister"
	}
	c := p.name
	switch key {
	case "vice president":
		return viceStates[c]
	case "prime minister", "deputy prime minister", "premier":
		return !noPrimeMinister[c]
	case "president":
		return !monarchies[c]
	case "governor", "mayor":
		// Governors and mayors are of states, provinces and cities.
		return false
	case "king", "queen", "prince", "princess", "crown prince", "emir", "sultan":
		return monarchies[c]
	case "emperor", "empress":
		return c == "Japan"
	case "chancellor":
		// The head of government in Germany and Austria; Britain's is
		// the Chancellor of the Exchequer.
		return c == "Germany" || c == "Austria"
	}
	if c == "United States" && (strings.HasSuffix(key, "minister") || key == "chancellor") {
		return false
	}
	// "Secretary of State of China": the cabinet's secretaries are the
	// United States' and Britain's.
	if strings.HasPrefix(key, "secretary of") && c != "United States" && c != "United Kingdom" && c != "Vatican City" {
		return false
	}
	return true
}

// sameWorld reports whether two offices belong to the same world:
// both royal, or both in the same filler list.
func sameWorld(a, b string) bool {
	if memberOfSeat(a) || memberOfSeat(b) {
		return memberOfSeat(a) && memberOfSeat(b)
	}
	if monarchTitles[a] || monarchTitles[b] {
		return monarchTitles[a] && monarchTitles[b]
	}
	wa, wb := fillersFor(a), fillersFor(b)
	return len(wa) > 0 && len(wb) > 0 && wa[0] == wb[0]
}

// fillersFor returns the filler offices of the world of an office: for
// "Health Secretary" other secretaries, for "Trade Minister" other
// ministers, so that the answer's form does not stand out.
func fillersFor(office string) []string {
	switch {
	case memberOfSeat(office):
		// Only the article's other seats: no seat is known to be wrong.
		return nil
	case monarchTitles[office]:
		return royalTitles
	case rankSecretary(office): // rankoffice.go
		return secretaryRanks
	case portfolioRank(office) != "": // secretaryrank.go
		return portfolioRankTitles[portfolioRank(office)]
	case strings.HasSuffix(office, " Secretary") && office != "General Secretary":
		return secretaryTitles
	case office == "Deputy Prime Minister":
		// A deputy prime minister often holds a portfolio too: no
		// minister's office is certainly not theirs.
		return nil
	case strings.HasSuffix(office, " Minister") && office != "Prime Minister":
		return ministerTitles
	case strings.HasPrefix(office, "Minister of ") && !strings.HasPrefix(office, "Minister of State"):
		return ministerOfTitles
	case deputyMinisterOf(office): // deputyminister.go
		return deputyMinisterOfTitles
	case ministerFor(office):
		return ministerForTitles
	case strings.HasPrefix(office, "Secretary of "):
		return cabinetTitles
	case strings.HasSuffix(office, "Majority Leader") || strings.HasSuffix(office, "Minority Leader"):
		return legislativeTitles
	}
	switch officeKey(office) {
	case "chief executive", "chairman", "treasurer", "finance director", "finance chief", "managing director":
		return businessTitles
	case "justice", "judge", "chief justice", "attorney general", "district judge", "district attorney", "solicitor general":
		return courtTitles
	case "inspector-general of police", "chief of defence force", "chief of defence staff":
		return securityTitles
	case "chief constable", "police chief":
		return policeTitles
	case "manager", "coach", "head coach":
		return sportTitles
	case "administrator", "mission director", "director-general", "chief nursing officer", "chief medical officer", "spokesman", "spokeswoman":
		return agencyTitles
	}
	return fillerTitles
}

// closeToAny reports an office near one of offices (closeOffices, on the
// writer's cores, or the same words but for a plural: "Human Resource",
// "Human Resources").
func (w *writer) closeToAny(offices []string, o string) bool {
	for _, x := range offices {
		if sameOffice(x, o) || closeCores(w.officeCore(x), w.officeCore(o)) || strings.TrimSuffix(strings.ReplaceAll(x, "s ", " "), "s") == strings.TrimSuffix(strings.ReplaceAll(o, "s ", " "), "s") {
			return true
		}
	}
	return false
}

// subNational reports a state, a province or a city of the gazetteer.
func subNational(body string) bool {
	p := places().lookup(body)
	return p != nil && p.kind != "country"
}

// memberOfSeat reports a member of parliament named by seat ("Kuala
// Selangor MP").
func memberOfSeat(office string) bool { return strings.HasSuffix(office, " MP") }

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// personChoices are the other people of the article as wrong choices for
// "who holds this office", never one who holds it (without a country,
// nobody with that title at all), and only those written like the right
// one (as many words, initials or not), so that the right one is not the
// odd one out.
func (w *writer) personChoices(fi int) []string {
	f := w.facts[fi]
	var like []string
	var loose []looseTitle // read on first need
	looseRead := false
	for i, g := range w.facts {
		// Nor one holding the office under another name: the US
		// Secretary of State is "a foreign minister" too.
		// Nor the shadow of the office: "a health secretary" might be
		// read of the shadow health secretary.
		same := (g.Country == f.Country || f.Country == "") && (sameOffice(g.Office, f.Office) || w.samePortfolio(g.Office, f.Office) ||
			strings.TrimPrefix(g.Office, "Shadow ") == strings.TrimPrefix(f.Office, "Shadow "))
		// Not a queen for "Which of these people was a prince?".
		// Nor a past holder of any office (formerleader.go): he may
		// have held this one too.
		if i == fi || g.Kind != Leader || g.Former || g.Person == f.Person || same ||
			containsString(like, g.Person) || !sameNameShape(g.Person, f.Person) || w.notPersonName(g.Person) ||
			royalGender(g.Office) != "" && royalGender(f.Office) != "" && royalGender(g.Office) != royalGender(f.Office) {
			continue
		}
		if !looseRead {
			loose, looseRead = w.looseTitles(f.Office), true
		}
		if w.officeLoose(g.Person, loose) {
			continue
		}
		like = append(like, g.Person)
	}
	if len(like) < 2 {
		// Too few leaders: the other people the article names as
		// speakers or doers, never one sharing a word with a leader
		// ("Zeman" for "Milos Zeman") or who may hold the office
		// ("former president X").
		var others []string
		for _, g := range w.facts {
			switch {
			case g.Kind == Quote:
				others = append(others, g.Speaker)
			case g.Kind == Actor && g.DoerKind == "person":
				others = append(others, g.Doer)
			}
		}
		for _, p := range others {
			// A queen's wrong choices would be men by name: the odd one
			// out by sex.
			if len(like) >= 3 || royalGender(f.Office) != "" || containsString(like, p) || !sameNameShape(p, f.Person) ||
				!plainPersonName(p) || thingName(p) || orgLike(p) || w.notPersonName(p) || w.namesBody(p) || mediaHeads[lastWord(p)] || w.leaderNamed(p) {
				continue
			}
			if !looseRead {
				loose, looseRead = w.looseTitles(f.Office), true
			}
			// No role of such a person is read: the office anywhere in a
			// sentence naming them ("a former prime minister and current
			// member of parliament, Sir Julius Chan") may be theirs.
			near := false
			for _, lt := range loose {
				s := w.sents[lt.si]
				near = near || strings.Contains(w.text[s.start:s.end], surname(p))
			}
			// Nor one told as a holder of some office ("incumbent X").
			for _, s := range w.sents {
				if strings.Contains(w.text[s.start:s.end], surname(p)) {
					for _, t := range s.toks {
						near = near || t.is("incumbent", "former", "predecessor", "successor", "succeeded", "ex")
					}
				}
			}
			if !near {
				like = append(like, p)
			}
		}
	}
	// A name unlike every other (the only one with an initial, or with
	// five words) would be the odd one out: no question then.
	if len(like) > 3 {
		like = like[:3]
	}
	return like
}

// samePortfolio reports two offices of one portfolio under two names.
func (w *writer) samePortfolio(a, b string) bool {
	p := w.portfolioOf(a)
	return p != "" && p == w.portfolioOf(b)
}

// portfolioOf names the portfolio a minister's or a secretary's office
// holds, whatever a country calls it ("foreign" for Foreign Minister,
// Foreign Secretary, Minister of External Affairs and the US Secretary of
// State), with its rank ("deputy foreign"); "" for any other office.
func (w *writer) portfolioOf(office string) string {
	k := officeKey(office)
	if p := portfolioTitles[k]; p != "" {
		return p
	}
	if !strings.Contains(k, "minister") && !strings.Contains(k, "secretary") {
		return ""
	}
	core := w.officeCore(office)
	rank := ""
	for _, r := range []string{"deputy", "vice", "assistant", "shadow", "acting", "junior"} {
		if core[r] {
			rank += r + " "
		}
	}
	for w := range core {
		if p := portfolioWords[w]; p != "" {
			return rank + p
		}
	}
	return ""
}

var (
	portfolioTitles = map[string]string{"secretary of state": "foreign", "chancellor of the exchequer": "finance",
		"secretary of the treasury": "finance", "attorney general": "justice", "secretary of homeland security": "interior"}
	portfolioWords = map[string]string{"foreign": "foreign", "external": "foreign", "interior": "interior", "home": "interior",
		"finance": "finance", "treasury": "finance", "defence": "defence", "justice": "justice", "health": "health"}
)

// looseTitle is a title in a sentence outside every leader's own
// phrase: toks[k:end] of sentence si.
type looseTitle struct{ si, k, end int }

// looseTitles finds the office, or one close to it, written outside
// every leader's own phrase ("… is set to become prime minister", "a
// former prime minister X"). Only sentences holding the office's last
// word (or a synonym's, "premier") are read: matchTitle on every word
// costs.
func (w *writer) looseTitlesRead(office string) []looseTitle {
	var heads []string
	key := officeKey(office)
	for _, o := range []string{office, key} {
		if ws := strings.Fields(o); len(ws) > 0 {
			heads = append(heads, ws[len(ws)-1])
		}
	}
	for k, v := range officeSynonyms {
		if v == key {
			ws := strings.Fields(k)
			heads = append(heads, ws[len(ws)-1])
		}
	}
	var out []looseTitle
	for si, s := range w.sents {
		toks := s.toks
		hasHead := false
		for _, t := range toks {
			if t.isWord() && t.is(heads...) {
				hasHead = true
				break
			}
		}
		if !hasHead {
			continue
		}
		for k := range toks {
			t, end := matchTitle(toks, k, true)
			// closeOffices with the writer's cores, made once per title.
			if t == "" || !sameOffice(t, office) && !closeCores(w.officeCore(t), w.officeCore(office)) {
				continue
			}
			at, inPhrase := toks[k].start, false
			for _, g := range w.facts {
				if g.Kind == Leader && g.Start <= at && at < g.End {
					inPhrase = true
					break
				}
			}
			if !inPhrase {
				out = append(out, looseTitle{si, k, end})
			}
		}
	}
	return out
}

// officeLoose reports a loose title of the office (looseTitles) that
// gives it to the person: after their name with no other leader between
// ("Its leader X … is set to become prime minister"), or just before it
// ("ex-premier X"). Perhaps its holder, then or soon: no wrong choice
// for it. The office in another leader's phrase ("Russian President
// Vladimir Putin and X met") says nothing of X. The person is found by
// full name, or by surname when no other leader has it (the Barzanis
// share theirs).
func (w *writer) officeLoose(person string, loose []looseTitle) bool {
	if len(loose) == 0 {
		return false
	}
	full := strings.Fields(person)
	sn := surname(person)
	bySurname := true
	for _, g := range w.facts {
		if g.Kind == Leader && g.Person != person && surname(g.Person) == sn {
			bySurname = false
		}
	}
	for _, lt := range loose {
		toks := w.sents[lt.si].toks
		for n := range toks {
			if !(bySurname && toks[n].text == sn || toks[n].text == full[0] && n+len(full) <= len(toks) && joinWords(toks[n:n+len(full)]) == person) {
				continue
			}
			if lt.end <= n && n-lt.end <= 2 {
				return true
			}
			if lt.k > n {
				between := false
				for _, g := range w.facts {
					if g.Kind == Leader && g.Start > toks[n].start && g.Start < toks[lt.k].start {
						between = true
					}
				}
				if !between {
					return true
				}
			}
		}
	}
	return false
}

// sameNameShape reports whether two names look alike: as many words, and
// initials in the same places ("Harry S. Truman" is "a A. a"). The shapes
// are written on the stack: the people choices compare every candidate's.
func sameNameShape(a, b string) bool {
	var bufA, bufB [64]byte
	return string(appendNameShape(bufA[:0], a)) == string(appendNameShape(bufB[:0], b))
}

// appendNameShape appends how name looks to out.
func appendNameShape(out []byte, name string) []byte {
	for x := range strings.FieldsSeq(name) {
		if strings.HasSuffix(x, ".") || len(x) == 1 {
			out = append(out, "A. "...)
		} else {
			out = append(out, "a "...)
		}
	}
	return out
}

// leaderNamed reports a name that shares a word with a leader of the
// article: perhaps the same person written otherwise, or one already
// weighed as a leader.
func (w *writer) leaderNamed(name string) bool {
	for _, g := range w.facts {
		if g.Kind != Leader {
			continue
		}
		for x := range strings.FieldsSeq(g.Person) { // no slice of the words
			for y := range strings.FieldsSeq(name) {
				if x == y && !isNameParticle(x) {
					return true
				}
			}
		}
	}
	return false
}

// mediaHeads end the names of newspapers and broadcasters, which a page
// names like people ("he told National Radio").
var mediaHeads = setOf(`Radio|News|Television|TV|Times|Post|Press|Herald|Journal|Network|Channel|Agency|Reuters`)
