package generate

import (
	"strings"
)

// nationalities maps an adjective (or a short form) to the country or
// organisation it names.
var nationalities = map[string]string{
	"Afghan": "Afghanistan", "Albanian": "Albania", "Algerian": "Algeria", "American": "United States",
	"Argentine": "Argentina", "Argentinian": "Argentina", "Armenian": "Armenia", "Australian": "Australia",
	"Austrian": "Austria", "Azerbaijani": "Azerbaijan", "Belarusian": "Belarus", "Belgian": "Belgium",
	"Brazilian": "Brazil", "British": "Britain", "Bulgarian": "Bulgaria", "Canadian": "Canada",
	"Chilean": "Chile", "Chinese": "China", "Colombian": "Colombia", "Croatian": "Croatia",
	"Cuban": "Cuba", "Czech": "Czech Republic", "Danish": "Denmark", "Dutch": "Netherlands",
	"Egyptian": "Egypt", "Emirati": "United Arab Emirates", "Estonian": "Estonia", "Ethiopian": "Ethiopia",
	"Finnish": "Finland", "French": "France", "Georgian": "Georgia", "German": "Germany",
	"Ghanaian": "Ghana", "Greek": "Greece", "Hungarian": "Hungary", "Indian": "India",
	"Indonesian": "Indonesia", "Iranian": "Iran", "Iraqi": "Iraq", "Irish": "Ireland",
	"Israeli": "Israel", "Italian": "Italy", "Japanese": "Japan", "Jordanian": "Jordan",
	"Kazakh": "Kazakhstan", "Kenyan": "Kenya", "Kuwaiti": "Kuwait", "Latvian": "Latvia",
	"Lebanese": "Lebanon", "Libyan": "Libya", "Lithuanian": "Lithuania", "Malaysian": "Malaysia",
	"Mexican": "Mexico", "Moldovan": "Moldova", "Moroccan": "Morocco", "Nigerian": "Nigeria",
	"Norwegian": "Norway", "Omani": "Oman", "Pakistani": "Pakistan", "Palestinian": "Palestine",
	"Peruvian": "Peru", "Philippine": "Philippines", "Polish": "Poland", "Portuguese": "Portugal",
	"Qatari": "Qatar", "Romanian": "Romania", "Russian": "Russia", "Saudi": "Saudi Arabia",
	"Serbian": "Serbia", "Slovak": "Slovakia", "Slovenian": "Slovenia", "Spanish": "Spain",
	"Sudanese": "Sudan", "Swedish": "Sweden", "Swiss": "Switzerland", "Syrian": "Syria",
	"Taiwanese": "Taiwan", "Thai": "Thailand", "Tunisian": "Tunisia", "Turkish": "Turkey",
	"Ukrainian": "Ukraine", "Uzbek": "Uzbekistan", "Venezuelan": "Venezuela", "Vietnamese": "Vietnam",
	"Yemeni": "Yemen", "South Korean": "South Korea", "North Korean": "North Korea",
	"South African": "South Africa", "New Zealand": "New Zealand", "Sri Lankan": "Sri Lanka",
	"U.S.": "United States", "US": "United States", "U.K.": "United Kingdom", "UK": "United Kingdom",
	"U.N.": "United Nations", "UN": "United Nations", "EU": "European Union", "NATO": "NATO",
	"IAEA": "IAEA", "WHO": "WHO", "FIFA": "FIFA", "UEFA": "UEFA", "IOC": "IOC", "NASA": "NASA",
	"ESA": "ESA", "OSCE": "OSCE", "African Union": "African Union",
	"European Council": "European Council", "European Commission": "European Commission",
}

// Country names that read with "the" ("the United States’ envoy").
func needsThe(c string) bool {
	switch c {
	case "IAEA", "WHO", "IOC", "ESA", "OSCE", "European Council", "European Commission":
		return true
	}
	return strings.HasPrefix(c, "United ") || strings.HasSuffix(c, "Union") ||
		strings.HasSuffix(c, "Republic") || c == "Netherlands" || c == "Philippines"
}

// Titles, longest first, in the form they are written before a name.
var titles = []string{
	"Deputy Prime Minister", "Prime Minister", "Vice President", "Vice Premier", "Secretary of State",
	"Foreign Minister", "Defense Minister", "Defence Minister", "Finance Minister",
	"Interior Minister", "Foreign Secretary", "Home Secretary", "Director General", "Director-General",
	"Secretary-General", "Secretary General", "Crown Prince", "Supreme Leader", "Emir", "President", "Chancellor",
	"King", "Queen", "Prince", "Emperor", "Pope", "Premier", "Senator", "Sen.", "Governor",
	"Mayor", "Speaker", "Administrator", "Commissioner", "Ambassador", "Chairman", "Minister",
}

// titleWords holds the words of each title, split once.
var titleWords = func() [][]string {
	out := make([][]string, len(titles))
	for i, t := range titles {
		out[i] = strings.Fields(t)
	}
	return out
}()

// Titles that may stand before a single name ("King Charles").
var monarchTitles = map[string]bool{"Emir": true, "King": true, "Queen": true, "Prince": true, "Emperor": true, "Pope": true, "Crown Prince": true}

// canonicalTitle writes a title the way the questions show it.
func canonicalTitle(t string) string {
	switch strings.ToLower(t) {
	case "sen.":
		return "Senator"
	case "director-general":
		return "Director General"
	case "secretary general":
		return "Secretary-General"
	}
	words := strings.Fields(t)
	for i, w := range words {
		if w == "of" {
			continue
		}
		parts := strings.Split(w, "-")
		for j, p := range parts {
			if p != "" {
				parts[j] = strings.ToUpper(p[:1]) + p[1:]
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// matchTitle matches a title at toks[i]; when anyCase is false only the
// capitalised form counts (a bare "president" is usually no title).
func matchTitle(toks []token, i int, anyCase bool) (string, int) {
	if toks[i].punct {
		return "", 0
	}
	for ti, title := range titles {
		words := titleWords[ti]
		// Cheap test of the first word before the whole title.
		if i+len(words) > len(toks) || !strings.EqualFold(toks[i].text, strings.TrimSuffix(words[0], ".")) {
			continue
		}
		ok := true
		k := i
		for _, w := range words {
			t := toks[k]
			txt := t.text
			if w == "Sen." {
				if txt != "Sen" || k+1 >= len(toks) || toks[k+1].text != "." {
					ok = false
					break
				}
				k += 2
				continue
			}
			if t.punct || !(txt == w || anyCase && strings.EqualFold(txt, w)) {
				ok = false
				break
			}
			k++
		}
		if ok {
			// "Minister" alone is too vague unless its portfolio comes
			// before it ("Environment Minister").
			if title == "Minister" {
				return "", 0
			}
			return canonicalTitle(title), k
		}
	}
	// "Environment Minister", "Trade Minister"
	if portfolios[toks[i].text] && i+1 < len(toks) && toks[i+1].text == "Minister" {
		return toks[i].text + " Minister", i + 2
	}
	return "", 0
}

// Portfolios of ministers not in titles.
var portfolios = map[string]bool{
	"Environment": true, "Energy": true, "Health": true, "Trade": true, "Justice": true,
	"Economy": true, "Education": true, "Agriculture": true, "Culture": true, "Sports": true,
	"Transport": true, "Labour": true, "Labor": true, "Climate": true, "Industry": true,
	"Economic": true, "Science": true, "Security": true, "Immigration": true,
}

var nameParticles = map[string]bool{"bin": true, "al": true, "de": true, "da": true, "van": true, "von": true, "der": true, "la": true, "le": true, "dos": true, "del": true}

// Capitalised words that are never part of a person's name.
var notNames = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "And": true, "But": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "This": true, "That": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "According": true, "After": true, "Before": true,
	"Meanwhile": true, "However": true, "Both": true, "President": true, "Minister": true,
}

// nameAt reads a person's name: capitalised words, with particles inside
// ("Mohammed bin Salman"), and a regnal number ("Charles III").
func nameAt(toks []token, i int) (end int, n int) {
	j := i
	for j < len(toks) && n < 4 {
		t := toks[j]
		if t.cap() && !notNames[t.text] && !isTitleWord(t) {
			_, isNat := nationalities[t.text]
			if isNat && n == 0 {
				break
			}
			n++
			j++
			if t.poss {
				break
			}
			continue
		}
		if n > 0 && nameParticles[t.text] && j+1 < len(toks) && toks[j+1].cap() {
			j++
			continue
		}
		break
	}
	return j, n
}

func isTitleWord(t token) bool {
	switch t.text {
	case "President", "Prime", "Minister", "Chancellor", "Secretary", "Senator", "Governor":
		return true
	}
	return false
}

// countryBefore reads the country of a title from the words just before
// toks[i]: an adjective ("Russian"), a possessive ("Azerbaijan’s") or a
// short form ("U.S."). It returns the country and where it starts.
func countryBefore(toks []token, i int) (string, int) {
	if i >= 2 {
		two := toks[i-2].text + " " + toks[i-1].text
		if c, ok := nationalities[two]; ok && !toks[i-2].punct {
			return c, i - 2
		}
	}
	if i >= 1 {
		t := toks[i-1]
		if c, ok := nationalities[t.text]; ok && !t.poss {
			return c, i - 1
		}
		if t.poss && t.cap() {
			// "South Korea’s", "the United States’"
			j := i - 1
			for j > 0 && toks[j-1].cap() && !toks[j-1].poss && i-j < 3 && !notNames[toks[j-1].text] {
				j--
			}
			var words []string
			for _, w := range toks[j:i] {
				words = append(words, w.text)
			}
			c := strings.Join(words, " ")
			if full, ok := nationalities[c]; ok {
				c = full
			}
			return c, j
		}
	}
	return "", i
}

// countryAfterOf reads "of [the] Country" at toks[i] for "the president of
// France"; it returns the country and the index after it.
func countryAfterOf(toks []token, i int) (string, int) {
	if i >= len(toks) || !toks[i].is("of") {
		return "", i
	}
	j := i + 1
	if j < len(toks) && toks[j].is("the") {
		j++
	}
	k := j
	var words []string
	for k < len(toks) && toks[k].cap() && k-j < 4 {
		words = append(words, toks[k].text)
		k++
	}
	if len(words) == 0 {
		return "", i
	}
	c := strings.Join(words, " ")
	if full, ok := nationalities[c]; ok {
		c = full
	}
	return c, k
}

// leader is a person named with an office in one sentence.
type leader struct {
	person, office, country string
	start, end              int // token indexes of the whole phrase
	nameStart, nameEnd      int
}

// findLeaders returns the titled people of one sentence.
func findLeaders(toks []token) []leader {
	var out []leader
	for i := 0; i < len(toks); i++ {
		// "Russian President Vladimir Putin", "Azerbaijan’s President Ilham Aliyev"
		if title, after := matchTitle(toks, i, true); title != "" {
			country, cstart := countryBefore(toks, i)
			// A former office is no office: "former European Council
			// President Tomasz Wrona" is not the council's president.
			if cstart > 0 && toks[cstart-1].is("former", "ex", "late", "then") {
				end, _ := nameAt(toks, after)
				i = end - 1
				continue
			}
			if country == "" && !toks[i].cap() {
				goto appositive
			}
			end, n := nameAt(toks, after)
			if n >= 2 || n == 1 && monarchTitles[title] {
				stop := end
				if country == "" {
					country, stop = countryAround(toks, i, end)
				}
				out = append(out, leader{person: joinWords(toks[after:end]), office: title, country: country, start: cstart, end: stop, nameStart: after, nameEnd: end})
				i = stop - 1
				continue
			}
			// "the president of France, Emmanuel Macron,"
			if i > 0 && toks[i-1].is("the") {
				c, k := countryAfterOf(toks, after)
				if c != "" && k < len(toks) && toks[k].text == "," {
					end, n := nameAt(toks, k+1)
					if n >= 2 {
						out = append(out, leader{person: joinWords(toks[k+1 : end]), office: title, country: c, start: i - 1, end: end, nameStart: k + 1, nameEnd: end})
						i = end - 1
						continue
					}
				}
			}
		}
	appositive:
		// "Olaf Scholz, the German chancellor," / "Antonio Guterres, the
		// secretary-general of the United Nations," / "X, Armenia’s prime minister,"
		if toks[i].cap() && (i == 0 || !toks[i-1].cap()) {
			end, n := nameAt(toks, i)
			if n < 2 || end+2 >= len(toks) || toks[end].text != "," || toks[end-1].poss {
				continue
			}
			j := end + 1
			country := ""
			if toks[j].is("the") {
				j++
				c, k := countryFromWords(toks, j)
				country, j = c, k
			} else if c, k := possessiveCountry(toks, j); c != "" {
				country, j = c, k
			} else {
				continue
			}
			title, after := matchTitle(toks, j, true)
			if title == "" {
				continue
			}
			if country == "" {
				country, after = countryAfterOf(toks, after)
			}
			if country == "" || after < len(toks) && toks[after].isWord() {
				continue
			}
			out = append(out, leader{person: joinWords(toks[i:end]), office: title, country: country, start: i, end: after, nameStart: i, nameEnd: end})
			i = after - 1
		}
	}
	return out
}

// countryAround finds the country of a title written without one before
// it: "Emperor Naruhito of Japan" (a known country after "of"; the phrase
// then ends after it) or "his Japanese counterpart, Prime Minister Kenji
// Sato".
func countryAround(toks []token, title, nameEnd int) (string, int) {
	if c, k := countryAfterOf(toks, nameEnd); c != "" && knownCountry(c) {
		return c, k
	}
	if title >= 3 && toks[title-1].text == "," && toks[title-2].is("counterpart") {
		if c, ok := nationalities[toks[title-3].text]; ok {
			return c, nameEnd
		}
	}
	return "", nameEnd
}

func knownCountry(c string) bool {
	for _, v := range nationalities {
		if v == c {
			return true
		}
	}
	return false
}

// countryFromWords reads an optional adjective or short form at toks[j].
func countryFromWords(toks []token, j int) (string, int) {
	if j+1 < len(toks) {
		if c, ok := nationalities[toks[j].text+" "+toks[j+1].text]; ok {
			return c, j + 2
		}
	}
	if j < len(toks) {
		if c, ok := nationalities[toks[j].text]; ok {
			return c, j + 1
		}
	}
	return "", j
}

func possessiveCountry(toks []token, j int) (string, int) {
	k := j
	for k < len(toks) && toks[k].cap() && k-j < 3 {
		if toks[k].poss {
			c := joinWords(toks[j : k+1])
			if full, ok := nationalities[c]; ok {
				c = full
			}
			return c, k + 1
		}
		k++
	}
	return "", j
}

// joinWords writes names without their possessive: "Aliyev’s" gives "Aliyev".
func joinWords(toks []token) string {
	var words []string
	for _, t := range toks {
		words = append(words, t.text)
	}
	return strings.Join(words, " ")
}

// joinTokens writes tokens back as text, possessives included.
func joinTokens(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && !t.punct {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		b.WriteString(t.suffix)
	}
	return b.String()
}

// surname is the word a later bare mention uses: the last word of the
// name, without a regnal number.
func surname(person string) string {
	words := strings.Fields(person)
	last := words[len(words)-1]
	if len(words) > 1 && strings.Trim(last, "IVX") == "" {
		return words[0]
	}
	return last
}
