package generate

import (
	"strings"
	"unicode/utf8"
)

// nationalities maps an adjective (or a short form, or an organisation's
// name) to the country or organisation it names: every member of the
// United Nations, historical states ("Soviet", "Yugoslav", "Ottoman") and
// the organisations whose officers the news names.
var nationalities = parsePairs(`
Russian Federation=Russia;People's Republic of China=China;Republic of Korea=South Korea;
Afghan=Afghanistan;Albanian=Albania;Algerian=Algeria;American=United States;Andorran=Andorra;
Angolan=Angola;Antiguan=Antigua and Barbuda;Argentine=Argentina;Argentinian=Argentina;
Armenian=Armenia;Australian=Australia;Austrian=Austria;Azerbaijani=Azerbaijan;Azeri=Azerbaijan;
Bahamian=Bahamas;Bahraini=Bahrain;Bangladeshi=Bangladesh;Barbadian=Barbados;Belarusian=Belarus;
Belgian=Belgium;Belizean=Belize;Beninese=Benin;Bhutanese=Bhutan;Bolivian=Bolivia;
Bosnian=Bosnia and Herzegovina;Botswanan=Botswana;Brazilian=Brazil;British=Britain;Bruneian=Brunei;
Bulgarian=Bulgaria;Burkinabe=Burkina Faso;Burmese=Myanmar;Burundian=Burundi;Cambodian=Cambodia;
Cameroonian=Cameroon;Canadian=Canada;Cape Verdean=Cape Verde;
Central African=Central African Republic;Chadian=Chad;Chilean=Chile;Chinese=China;
Colombian=Colombia;Comoran=Comoros;Congolese=Congo;Costa Rican=Costa Rica;Croatian=Croatia;
Cuban=Cuba;Cypriot=Cyprus;Czech=Czech Republic;Danish=Denmark;Djiboutian=Djibouti;
Dominican=Dominican Republic;Dutch=Netherlands;Ecuadorian=Ecuador;Ecuadorean=Ecuador;Egyptian=Egypt;
Emirati=United Arab Emirates;Equatorial Guinean=Equatorial Guinea;Eritrean=Eritrea;Estonian=Estonia;
Ethiopian=Ethiopia;Fijian=Fiji;Filipino=Philippines;Finnish=Finland;French=France;Gabonese=Gabon;
Gambian=Gambia;Georgian=Georgia;German=Germany;Ghanaian=Ghana;Greek=Greece;Grenadian=Grenada;
Guatemalan=Guatemala;Guinean=Guinea;Guyanese=Guyana;Haitian=Haiti;Honduran=Honduras;
Hungarian=Hungary;Icelandic=Iceland;Indian=India;Indonesian=Indonesia;Iranian=Iran;Iraqi=Iraq;
Irish=Ireland;Israeli=Israel;Italian=Italy;Ivorian=Ivory Coast;Jamaican=Jamaica;Japanese=Japan;
Jordanian=Jordan;Kazakh=Kazakhstan;Kenyan=Kenya;Kosovar=Kosovo;Kuwaiti=Kuwait;Kyrgyz=Kyrgyzstan;
Lao=Laos;Laotian=Laos;Latvian=Latvia;Lebanese=Lebanon;Liberian=Liberia;Libyan=Libya;
Liechtenstein=Liechtenstein;Lithuanian=Lithuania;Luxembourgish=Luxembourg;
Macedonian=North Macedonia;Malagasy=Madagascar;Malawian=Malawi;Malaysian=Malaysia;
Maldivian=Maldives;Malian=Mali;Maltese=Malta;Mauritanian=Mauritania;Mauritian=Mauritius;
Mexican=Mexico;Moldovan=Moldova;Monegasque=Monaco;Mongolian=Mongolia;Montenegrin=Montenegro;
Moroccan=Morocco;Mozambican=Mozambique;Namibian=Namibia;Nepalese=Nepal;Nepali=Nepal;
New Zealand=New Zealand;Nicaraguan=Nicaragua;Nigerien=Niger;Nigerian=Nigeria;
North Korean=North Korea;Norwegian=Norway;Omani=Oman;Pakistani=Pakistan;Palestinian=Palestine;
Panamanian=Panama;Papua New Guinean=Papua New Guinea;Paraguayan=Paraguay;Peruvian=Peru;
Philippine=Philippines;Polish=Poland;Portuguese=Portugal;Qatari=Qatar;Romanian=Romania;
Russian=Russia;Rwandan=Rwanda;Salvadoran=El Salvador;Samoan=Samoa;Saudi=Saudi Arabia;
Senegalese=Senegal;Serbian=Serbia;Serb=Serbia;Seychellois=Seychelles;Sierra Leonean=Sierra Leone;
Singaporean=Singapore;Slovak=Slovakia;Slovenian=Slovenia;Somali=Somalia;South African=South Africa;
South Korean=South Korea;South Sudanese=South Sudan;Spanish=Spain;Sri Lankan=Sri Lanka;
Sudanese=Sudan;Surinamese=Suriname;Swazi=Eswatini;Swedish=Sweden;Swiss=Switzerland;Syrian=Syria;
Taiwanese=Taiwan;Tajik=Tajikistan;Tanzanian=Tanzania;Thai=Thailand;Timorese=East Timor;
Togolese=Togo;Tongan=Tonga;Trinidadian=Trinidad and Tobago;Tunisian=Tunisia;Turkish=Turkey;
Turkmen=Turkmenistan;Ugandan=Uganda;Ukrainian=Ukraine;Uruguayan=Uruguay;Uzbek=Uzbekistan;
Venezuelan=Venezuela;Vietnamese=Vietnam;Yemeni=Yemen;Zambian=Zambia;Zimbabwean=Zimbabwe;
Scottish=Scotland;Welsh=Wales;English=England;Soviet=Soviet Union;Yugoslav=Yugoslavia;
Yugoslavian=Yugoslavia;Ottoman=Ottoman Empire;Prussian=Prussia;Czechoslovak=Czechoslovakia;
East German=East Germany;West German=West Germany;Austro-Hungarian=Austria-Hungary;
Byzantine=Byzantine Empire;Rhodesian=Rhodesia;Zairean=Zaire;Persian=Persia;Mughal=Mughal Empire;
Habsburg=Habsburg Empire;Confederate=Confederate States;U.S.=United States;US=United States;
USA=United States;U.K.=United Kingdom;UK=United Kingdom;U.N.=United Nations;UN=United Nations;
EU=European Union;E.U.=European Union;NATO=NATO;IAEA=IAEA;WHO=WHO;FIFA=FIFA;UEFA=UEFA;IOC=IOC;
NASA=NASA;ESA=ESA;OSCE=OSCE;PLO=PLO;P.L.O.=PLO;OPEC=OPEC;IMF=IMF;WTO=WTO;OECD=OECD;ASEAN=ASEAN;
ICC=ICC;UNICEF=UNICEF;UNESCO=UNESCO;UNHCR=UNHCR;ECB=ECB;FARC=FARC;USSR=Soviet Union;
U.S.S.R.=Soviet Union;UAE=United Arab Emirates;U.A.E.=United Arab Emirates;
African Union=African Union;Arab League=Arab League;World Bank=World Bank;
European Council=European Council;European Commission=European Commission;
European Parliament=European Parliament;European Central Bank=ECB;United Nations=United Nations;
World Health Organization=WHO;Federal Reserve=Federal Reserve;
`)

// parsePairs reads "key=value;" pairs (a table written as one string
// costs far less in the wasm than a map literal, which compiles to code).
func parsePairs(table string) map[string]string {
	m := map[string]string{}
	for _, pair := range strings.Split(table, ";") {
		k, v, ok := strings.Cut(strings.TrimSpace(pair), "=")
		if ok {
			m[k] = v
		}
	}
	return m
}

// organisations are the entries of nationalities that are not states: a
// head of state's office is not offered as one of theirs.
var organisations = map[string]bool{
	"United Nations": true, "European Union": true, "NATO": true, "IAEA": true, "WHO": true, "FIFA": true,
	"UEFA": true, "IOC": true, "NASA": true, "ESA": true, "OSCE": true, "PLO": true, "OPEC": true,
	"IMF": true, "WTO": true, "OECD": true, "ASEAN": true, "ICC": true, "UNICEF": true, "UNESCO": true,
	"UNHCR": true, "ECB": true, "FARC": true, "African Union": true, "Arab League": true, "World Bank": true,
	"European Council": true, "European Commission": true, "European Parliament": true, "Federal Reserve": true,
}

// Country names that read with "the" ("the United States’ envoy").
func needsThe(c string) bool {
	switch c {
	case "IAEA", "WHO", "IOC", "ESA", "OSCE", "PLO", "IMF", "WTO", "OECD", "ICC", "ECB", "Arab League",
		"World Bank", "Federal Reserve", "Ottoman Empire", "Byzantine Empire", "Mughal Empire", "Habsburg Empire",
		"European Council", "European Commission", "European Parliament", "Soviet Union", "Gambia", "Bahamas",
		"Maldives", "Seychelles", "Confederate States", "Central African Republic", "Dominican Republic", "Holy See":
		return true
	}
	// "the CDC", "the BJP", "the FBI": an initialism the tables do not
	// know; an acronym read as a word ("FEMA", two vowels) has no "the".
	return shouting(c) && !countryNames[c] && strings.IndexAny(c[1:], "AEIOU") == strings.LastIndexAny(c[1:], "AEIOU") ||
		strings.HasPrefix(c, "United ") || strings.HasSuffix(c, "Union") ||
		strings.HasSuffix(c, "Republic") || c == "Netherlands" || c == "Philippines"
}

// Titles, longest first, in the form they are written before a name.
var titles = []string{
	"Secretary of Health and Human Services", "Secretary of Housing and Urban Development",
	"Secretary of Homeland Security", "Secretary of Veterans Affairs", "Secretary of the Treasury",
	"Secretary of the Interior", "Secretary of Defense", "Secretary of Energy", "Secretary of Education",
	"Secretary of Transportation", "Secretary of Agriculture", "Secretary of Commerce", "Secretary of Labor",
	"Secretary of the Army", "Secretary of the Navy", "Chancellor of the Exchequer", "Lord Chief Justice",
	"Lord Chancellor", "Lord Mayor", "Majority Leader", "Minority Leader",
	"Inspector-General of Police", "Inspector General of Police", "Chief of Defence Force", "Chief of Defence Staff",
	"Deputy Prime Minister", "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer",
	"Leader of the Opposition", "Leader of Opposition", "Speaker of the Parliament", "Speaker of Parliament", "National Security Adviser", "National Security Advisor",
	"Assistant Secretary of State", "Minister of Foreign Affairs", "Chief Nursing Officer", "Chief Medical Officer",
	"Prime Minister", "Chief Minister", "Governor-General", "Governor General", "District Attorney",
	"Solicitor General", "Solicitor-General", "District Judge", "Vice President", "Vice Premier", "Secretary of State", "Attorney General",
	"Chief Justice", "Chief Executive", "Foreign Minister", "Defense Minister", "Defence Minister", "Finance Minister",
	"Interior Minister", "Foreign Secretary", "Home Secretary", "Director General", "Director-General",
	"Secretary-General", "Secretary General", "General Secretary", "Crown Prince", "Supreme Leader", "Special Envoy",
	"Chief Negotiator", "High Representative", "Head Coach", "Mission Director", "Finance Director", "Finance Chief", "Army Chief",
	"Chief of Staff", "State Senator", "State Representative", "State Councillor", "State Councilor", "Emir", "President", "Chancellor", "King", "Queen",
	"Prince", "Emperor", "Pope", "Premier", "PM", "Senator", "Sen.", "Gov.", "Rep.", "Governor", "Mayor", "Speaker",
	"Administrator", "Commissioner", "Ambassador", "Chairman", "Chairwoman", "Chairperson", "Chair", "Envoy", "CEO", "CFO", "COO",
	"Sultan", "Commander", "Justice", "Judge", "Leader", "Co-leader", "Treasurer", "Spokesman", "Spokeswoman",
	"Spokesperson", "Manager", "Coach", "Representative", "Chief Constable", "Police Chief", "Captain", "Minister",
	"Superintendent", "Czar", "Tsar", "Director",
}

// honorifics stand before a name without being an office: "Sheikh
// Abdullah bin Zayed Al Nahyan", "Dr. Anthony Fauci", "Sir Keir Starmer".
var honorifics = map[string]bool{
	"Sheikh": true, "Sheik": true, "Dr": true, "Sir": true, "Dame": true, "Professor": true, "Prof": true,
	"Mr": true, "Mrs": true, "Ms": true, "Lord": true, "Lady": true, "Rev": true, "Gen": true,
	"General": true, "Col": true, "Lt": true, "Adm": true, "Admiral": true, "Marshal": true, "Field": true,
	"Mgr": true, "Rabbi": true, "Imam": true, "Ayatollah": true, "Cardinal": true, "Archbishop": true,
	"His": true, "Her": true, "Their": true, "Highness": true, "Highnesses": true, "Majesty": true,
	"Excellency": true, "Royal": true, "H.H.": true, "H.E.": true, "Datuk": true, "Dato": true, "Datin": true, "Tun": true,
	// A councillor is one of many, asked of no office by that title alone;
	// read past it, the office after the name is found ("Councillor X,
	// Leader of Y City Council,").
	"Cllr": true, "Councillor": true, "Councilor": true,
}

// honorificPairs are honorifics of two words whose first word alone may
// be a name or a country's ("Tan Sri", "Puan Sri"; "Sri" alone is Sri
// Lanka's), and the words that follow a Malaysian "Datuk" ("Datuk Seri",
// "Dato' Sri").
var honorificPairs = map[string]string{"Tan": "Sri", "Puan": "Sri", "Toh": "Puan"}

// skipHonorificPair returns the index after a two-word honorific at
// toks[i] ("Tan Sri"), or i.
func skipHonorificPair(toks []token, i int) int {
	if i+1 < len(toks) && honorificPairs[toks[i].text] != "" && toks[i+1].text == honorificPairs[toks[i].text] {
		return i + 2
	}
	return i
}

// skipHonorifics returns the index after the honorifics at toks[i]
// ("Dr." counts its dot).
func skipHonorifics(toks []token, i int) int {
	for i < len(toks) {
		if j := skipHonorificPair(toks, i); j > i {
			i = j
			continue
		}
		if j := skipDottedHonorific(toks, i); j > i { // dottedhonorific.go
			i = j
			continue
		}
		if !honorifics[toks[i].text] || !toks[i].cap() {
			break
		}
		i++
		if i < len(toks) && toks[i].text == "." {
			i++
		}
		// "Dato' Sri", "Datuk Seri": the apostrophe and the second word
		// belong to the honorific.
		if toks[i-1].is("Dato", "Datuk", "Datin") {
			if i < len(toks) && (toks[i].text == "'" || toks[i].text == "’") && toks[i].start == toks[i-1].end {
				i++
			}
			if i < len(toks) && toks[i].is("Seri", "Sri") {
				i++
			}
		}
		if toks[i-1].text == "Field" && (i >= len(toks) || toks[i].text != "Marshal") {
			return i - 1
		}
	}
	return i
}

// officeSynonyms gives the same key to the names of one office, so that
// "Premier" is never a wrong choice against "Prime Minister".
var officeSynonyms = map[string]string{
	"premier": "prime minister", "pm": "prime minister", "chairwoman": "chairman", "chairperson": "chairman", "chair": "chairman",
	"finance chief":    "finance director", // one office by two names: never a wrong choice for the other
	"director general": "director-general", "secretary general": "secretary-general",
	"defense minister": "defence minister", "chief executive officer": "chief executive", "ceo": "chief executive",
	"cfo": "chief financial officer", "coo": "chief operating officer",
	"national security advisor": "national security adviser", "sen.": "senator",
	"governor general": "governor-general", "solicitor-general": "solicitor general",
	"inspector general of police": "inspector-general of police", "tsar": "czar",
	"leader of opposition": "leader of the opposition", "speaker of parliament": "speaker of the parliament",
}

// officeKey is the key under which an office is compared.
func officeKey(office string) string {
	// A known title is lowered on the stack and its key looked up: no
	// copy (sameOffice compares every office with every other).
	office = strings.TrimSpace(office)
	var buf [40]byte
	if len(office) <= len(buf) {
		n := 0
		for ; n < len(office) && office[n] < 0x80; n++ {
			buf[n] = office[n]
			if 'A' <= buf[n] && buf[n] <= 'Z' {
				buf[n] += 'a' - 'A'
			}
		}
		if k, ok := titleKeys[string(buf[:n])]; ok && n == len(office) {
			return k
		}
	}
	k := strings.ToLower(office)
	if s, ok := officeSynonyms[k]; ok {
		return s
	}
	return k
}

// appendOfficeKey appends officeKey(office) to b: an ASCII office is
// lowered in b and looked up there, with no copy of its own.
func appendOfficeKey(b []byte, office string) []byte {
	office = strings.TrimSpace(office)
	start := len(b)
	for i := 0; i < len(office); i++ {
		c := office[i]
		if c >= 0x80 {
			return append(b[:start], officeKey(office)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	if s, ok := officeSynonyms[string(b[start:])]; ok {
		return append(b[:start], s...)
	}
	return b
}

// titleKeys maps every title in lower case to its officeKey.
var titleKeys = func() map[string]string {
	m := map[string]string{}
	for _, t := range titles {
		k := strings.ToLower(t)
		m[k] = k
		if s, ok := officeSynonyms[k]; ok {
			m[k] = s
		}
	}
	return m
}()

// titlesByFirstWord indexes titles by their first word in lower case,
// without a dot, in the order of titles (longest first).
var titlesByFirstWord = func() map[string][]int {
	m := map[string][]int{}
	for i, t := range titles {
		w := strings.ToLower(strings.TrimSuffix(strings.Fields(t)[0], "."))
		m[w] = append(m[w], i)
	}
	return m
}()

// canonicalTitles holds canonicalTitle of each title, made once.
var canonicalTitles = func() []string {
	out := make([]string, len(titles))
	for i, t := range titles {
		out[i] = canonicalTitle(t)
	}
	return out
}()

// titleWords holds the words of each title, split once.
var titleWords = func() [][]string {
	out := make([][]string, len(titles))
	for i, t := range titles {
		out[i] = strings.Fields(t)
	}
	return out
}()

// Titles that may stand before a single name ("King Charles").
var monarchTitles = map[string]bool{"Czar": true, "Tsar": true, "Emir": true, "King": true, "Queen": true, "Prince": true, "Emperor": true, "Pope": true, "Crown Prince": true}

// canonicalTitle writes a title the way the questions show it.
func canonicalTitle(t string) string {
	switch strings.ToLower(t) {
	case "sen.":
		return "Senator"
	case "gov.":
		return "Governor"
	case "pm":
		return "Prime Minister"
	case "rep.":
		return "Representative"
	case "minister of foreign affairs":
		return "Foreign Minister"
	case "director-general":
		return "Director General"
	case "secretary general":
		return "Secretary-General"
	case "governor general":
		return "Governor-General"
	case "solicitor-general":
		return "Solicitor General"
	case "inspector general of police":
		return "Inspector-General of Police"
	case "speaker of parliament":
		return "Speaker of the Parliament"
	}
	words := strings.Fields(t)
	for i, w := range words {
		if w == "of" || i > 0 && (w == "the" || w == "and") {
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
	for _, ti := range titlesByFirstWord[toks[i].lower()] {
		title := titles[ti]
		words := titleWords[ti]
		if i+len(words) > len(toks) {
			continue
		}
		ok := true
		k := i
		for _, w := range words {
			t := toks[k]
			txt := t.text
			if strings.HasSuffix(w, ".") {
				// "Sen." is a word and its dot; British style drops the dot.
				if txt != strings.TrimSuffix(w, ".") {
					ok = false
					break
				}
				k++
				if k < len(toks) && toks[k].text == "." {
					k++
				}
				continue
			}
			if t.punct || !(txt == w || anyCase && strings.EqualFold(txt, w)) {
				ok = false
				break
			}
			k++
		}
		// "the Queen's Speech", "the Crown Prince's Court": a title in the
		// possessive names a thing of its holder, not the holder.
		if ok && toks[k-1].poss {
			return "", 0
		}
		// "British PM Rishi Sunak": the abbreviation in capitals only, and
		// not the time of "10:28 PM".
		if ok && title == "PM" && (toks[i].text != "PM" || i > 0 && isNumberWord(toks[i-1])) {
			continue
		}
		if ok {
			// "Minister" alone is too vague unless its portfolio comes
			// before it ("Environment Minister").
			if title == "Minister" {
				return ministerOf(toks, k)
			}
			if title == "Minister of Foreign Affairs" {
				if o, e := portfolioList(toks, title, k); e > k {
					return o, e
				}
			}
			return canonicalTitles[ti], k
		}
	}
	if anyCase && !toks[i].cap() {
		return lowerPortfolio(toks, i)
	}
	// "Environment Minister", "Trade Minister", "Health Secretary", and
	// portfolios of several words: "Health and Social Care Secretary",
	// "Environment, Food and Rural Affairs Secretary", "Homeland Security
	// Secretary" (read whole, never as "Care Secretary").
	// A portfolio does not open on the last word of a name before it
	// ("Works Minister Ann Yusof, Trade and Industry Minister …").
	// Nor right after a title word: "State Councillor Yang Jiechi and
	// Foreign Minister" is a name there, not a portfolio.
	// (Read for every word: the cheap tests first, the name and the place
	// before the portfolio only once a title ends it.)
	afterName := func() bool {
		return i > 1 && toks[i-1].cap() && !toks[i-1].punct && (isTitleWord(toks[i-2]) || nameBefore(toks, i)) || i > 0 && isTitleWord(toks[i-1])
	}
	if portfolioHeadAhead(toks, i) && portfolioWord(toks[i]) && !toks[i].is("former", "then", "late", "outgoing", "ex", "previous", "incumbent", "veteran", "senior") {
		if j, ok := portfolioEnd(toks, i); ok && !afterName() && !insidePlace(toks, i) {
			var words []string
			for _, t := range toks[i:j] {
				if t.text == "," {
					words[len(words)-1] += ","
					continue
				}
				words = append(words, t.text)
			}
			head := canonicalTitle(toks[j].lower())
			if toks[j].text == "MP" {
				head = "MP"
			}
			return strings.Join(words, " ") + " " + head, j + 1
		}
	}
	return "", 0
}

// lowerPortfolio reads a portfolio written in lower case before
// "minister" or "secretary": "health secretary", "indigenous affairs
// minister", "human resources minister". Its words must be portfolio
// words (lowerPortfolioWords); the title is written with capitals
// ("Health Secretary"). titleFirst asks for a determiner or a country
// before it ("New health secretary X", "Spain's health minister X").
func lowerPortfolio(toks []token, i int) (string, int) {
	// Only a head within reach ends one: most words have none, and the
	// look-ups below are asked of every lower-case word.
	head := false
	for j := i; j < len(toks) && j-i <= 4 && !head; j++ {
		head = toks[j].text == "minister" || toks[j].text == "secretary"
	}
	if !head {
		return "", 0
	}
	var words []string
	for j := i; j < len(toks) && j-i <= 4; j++ {
		t := toks[j]
		switch {
		case (t.text == "minister" || t.text == "secretary") && len(words) > 0:
			if toks[j-1].is("and") {
				return "", 0
			}
			return strings.Join(words, " ") + " " + canonicalTitle(t.text), j + 1
		case t.text == "and" && len(words) > 0:
			words = append(words, "and")
		case !t.poss && lowerPortfolioWords[t.text]:
			words = append(words, canonicalTitle(t.text))
		default:
			return "", 0
		}
	}
	return "", 0
}

var lowerPortfolioWords = setOf(`health|education|trade|energy|environment|justice|interior|defence|defense|finance|
transport|agriculture|culture|housing|labour|labor|employment|immigration|business|commerce|industry|tourism|
indigenous|affairs|human|resources|social|care|science|technology|digital|sport|sports|women|family|local|government|
rural|development|climate|security|economy|communications|water|mines|petroleum|fisheries|forestry|veterans|
infrastructure|planning|work|pensions|welfare|youth|arts|heritage|higher|home|foreign`)

// ministerOf reads the portfolio after "Minister" at toks[k-1]: "Minister
// of Antiquities", "Minister of State for Parliamentary Affairs" (a
// junior minister's rank and portfolio), "Minister of Health and Social
// Welfare"; never a place ("Minister of Australia" names no portfolio)
// nor a portfolio cut short by a name written after it.
func ministerOf(toks []token, k int) (string, int) {
	// Malaysia's "Minister in the Prime Minister's Department - Economy":
	// the portfolio after the dash ends on its last portfolio word, where
	// the name begins.
	if k+4 < len(toks) && toks[k].text == "in" && toks[k+1].text == "the" && toks[k+2].text == "Prime" && toks[k+3].text == "Minister" && toks[k+3].poss && toks[k+4].text == "Department" {
		office, j, last := "Minister in the Prime Minister's Department", k+5, 0
		for m := j + 1; j < len(toks) && toks[j].text == "-" && m < len(toks) && m <= j+5 && (toks[m].cap() && !toks[m].poss || toks[m].is("and")); m++ {
			if portfolioLike(toks[m].text) {
				last = m
			}
		}
		if last > 0 {
			office, j = office+" - "+joinWords(toks[j+1:last+1]), last+1
		}
		return office, j
	}
	if k >= len(toks) || !toks[k].is("of", "for") || toks[k].text == "For" {
		return "", 0
	}
	words := []string{"Minister", toks[k].text}
	j := k + 1
	if j+1 < len(toks) && toks[j].text == "State" && toks[j+1].text == "for" {
		words = append(words, "State", "for")
		j += 2
	}
	start := j
	// "X, the minister of health,": a portfolio in lower case after a
	// title in lower case, of portfolio words only.
	lower := toks[k-1].text == "minister"
	portfolioAt := func(t token) bool {
		return lower && !t.poss && lowerPortfolioWords[t.text] || t.cap() && !t.poss && !shouting(t.text) && !notNames[t.text] &&
			!isTitleWord(t) && !honorifics[t.text] && portfolioLike(t.text)
	}
	modAt := func(j int) bool { return !lower && portfolioModifier(toks, j) } // ministerlist.go
	for j < len(toks) && j-start < 5 {
		t := toks[j]
		if t.is("and") && t.text == "and" && j > start && j+1 < len(toks) && (portfolioAt(toks[j+1]) || modAt(j+1)) {
			words = append(words, "and")
			j++
			continue
		}
		// The portfolio's words are few and capitalised; a name after
		// it begins where a word is no portfolio's (nameAt reads it).
		if !portfolioAt(t) && !modAt(j) {
			break
		}
		if !t.cap() && t.text != "the" {
			t.text = canonicalTitle(t.text)
		}
		words = append(words, t.text)
		j++
	}
	// "X, Minister of State, and …": a junior minister's rank alone.
	if j == start && toks[k].text == "of" && j+1 < len(toks) && toks[j].text == "State" && !toks[j+1].isWord() {
		return "Minister of State", j + 1
	}
	if j == start || toks[j-1].is("and") {
		return "", 0
	}
	if p := joinWords(toks[start:j]); knownCountry(p) || nationalities[p] != "" {
		return "", 0
	}
	return portfolioList(toks, strings.Join(words, " "), j)
}

// portfolioList reads the portfolios listed after a minister's office at
// toks[j], closed by "and": "Minister of Foreign Affairs, Foreign Trade,
// and Immigration" holds all three. It returns the office and its end.
func portfolioList(toks []token, office string, j int) (string, int) {
	k := j
	for k < len(toks) && (toks[k].text == "," || k > j && toks[k].is("and")) {
		and := toks[k].is("and")
		k++
		if !and && k < len(toks) && toks[k].is("and") {
			and = true
			k++
		}
		m := k
		for m < len(toks) && m-k < 3 && (toks[m].cap() && !toks[m].poss && portfolioLike(toks[m].text) || portfolioModifier(toks, m)) {
			m++
		}
		// A list has an item before its "and": "Minister of Health, and
		// Jeffries" lists nothing.
		if m == k || and && (k == j+2 || m < len(toks) && toks[m].isWord() && !nameFollows(toks, m)) {
			break
		}
		if and {
			return office + joinTokens(toks[j:m]), m
		}
		k = m
	}
	return office, j
}

// portfolioLike reports a word that names what a ministry deals with:
// one of portfolioNouns, or a word ending like one ("Antiquities",
// "Communications", "Fisheries", "Affairs").
func portfolioLike(w string) bool {
	if portfolios[w] || portfolioNouns[w] || morePortfolioNouns[w] {
		return true
	}
	// Not "-ing", "-ance", "-ence", "-ion": names end so (Fleming,
	// Constance, Lawrence, Marion).
	for _, end := range []string{"ies", "tion", "tions", "sion", "ism", "ure", "ment", "ity", "ics"} {
		if strings.HasSuffix(w, end) && len(w) > len(end)+2 {
			return true
		}
	}
	return false
}

var portfolioNouns = map[string]bool{
	"Affairs": true, "Health": true, "Finance": true, "Defence": true, "Defense": true, "Justice": true, "Tourism": true,
	"Antiquities": true, "Parliamentary": true, "Foreign": true, "Home": true, "Interior": true, "Trade": true,
	"Labour": true, "Labor": true, "Youth": true, "Sports": true, "Sport": true, "Women": true, "Family": true,
	"Water": true, "Power": true, "Petroleum": true, "Mines": true, "Oil": true, "Gas": true, "Roads": true,
	"Works": true, "Land": true, "Lands": true, "Social": true, "Welfare": true, "Rural": true, "Urban": true,
	"Public": true, "Railways": true, "Civil": true, "Higher": true, "Primary": true, "National": true, "Internal": true,
	"External": true, "Human": true, "Resources": true, "Natural": true, "Forests": true, "Mining": true, "Steel": true,
	"Textiles": true, "Food": true, "Aviation": true, "Shipping": true, "Arts": true, "Heritage": true,
	"Science": true, "Housing": true, "Planning": true, "Fishing": true, "Governance": true, "Energy": true,
	"International": true,
}

// nameBefore reports two to four capitalised words ending before toks[i]
// that name no known place or body: a person's name ("Mohd Redzuan Md
// Yusof, Agriculture and Food Industry Minister …" starts no portfolio at
// Yusof), not "New South Wales" before "Health Minister".
func nameBefore(toks []token, i int) bool {
	j := i
	for j > 0 && i-j < 4 && toks[j-1].cap() && !toks[j-1].punct && !toks[j-1].poss && !isTitleWord(toks[j-1]) {
		j--
	}
	if i-j < 2 || j == 0 {
		return false
	}
	name := joinWords(toks[j:i])
	return !knownCountry(name) && nationalities[name] == ""
}

// portfolioEnd returns the index of "Minister" or "Secretary" after the
// portfolio that starts at toks[i]: capitalised words, joined by "and",
// "&" or commas before a last "and" ("Culture, Media and Sport").
func portfolioEnd(toks []token, i int) (int, bool) {
	and, sep, s0, nameEnd := false, false, i, 0
	for j := i + 1; j < len(toks) && j-i <= 7; j++ {
		t := toks[j]
		switch {
		case t.text == "Minister" || t.text == "Secretary" || t.text == "MP" && constituency(toks, i, j):
			// A comma needs its "and": "Trade, Secretary X" is no title.
			if toks[j-1].punct || toks[j-1].is("and") || nameEnd > 0 && !knownCountry(joinWords(toks[s0:nameEnd])) {
				return 0, false
			}
			return j, !commaBefore(toks[i:j]) || and
		case t.is("and") || t.text == "&":
			if and || toks[j-1].punct {
				return 0, false
			}
			if !sep {
				s0, nameEnd = nameRun(toks, i, j)
			}
			and, sep = true, true
		case t.text == ",":
			if and || toks[j-1].punct {
				return 0, false
			}
			if !sep {
				s0, nameEnd = nameRun(toks, i, j)
			}
			sep = true
		case t.is("chief", "deputy", "first", "vice", "prime", "junior"):
			// A rank begins the title: "Assam Chief Minister" is the
			// state's Chief Minister, not a portfolio.
			return 0, false
		case t.cap() && !t.poss && !isTitleWord(t) && !shouting(t.text) && !notNames[t.text]:
		default:
			return 0, false
		}
	}
	return 0, false
}

// nameRun reads the words before the first "and" or comma of a
// portfolio, toks[i:j], with the capitalised words before i ("Yang" of
// "Yang Jiechi and Foreign Minister Wang Yi"). When they may be a
// person's name (two or more, none a portfolio's) it returns their start
// and j; portfolioEnd then asks that they name no known place ("Middle
// East and North Africa Minister"), only when a title follows (the
// lookup costs). Otherwise it returns i and 0.
func nameRun(toks []token, i, j int) (int, int) {
	s0 := i
	for s0 > 0 && toks[s0-1].cap() && !toks[s0-1].punct && !toks[s0-1].poss && !isTitleWord(toks[s0-1]) && !notNames[toks[s0-1].text] {
		s0--
	}
	for _, t := range toks[s0:j] {
		if portfolioLike(t.text) {
			return i, 0
		}
	}
	if j-s0 < 2 {
		return i, 0
	}
	return s0, j
}

// constituency reports words toks[i:j] before "MP" that name a seat
// ("Kuala Selangor MP"), whole (not "Tablelands" of "Northern
// Tablelands"), not a party ("Labour MP") nor a kind of member: the seat
// has one member, so the office is one person's.
func constituency(toks []token, i, j int) bool {
	if i > 0 && toks[i-1].cap() && !toks[i-1].is("incumbent", "veteran", "senior", "new") {
		return false
	}
	ts := toks[i:j]
	for _, t := range ts {
		if partyWords[t.text] || t.punct || t.is("and") {
			return false
		}
	}
	// A city or a region has many seats: "London MP".
	return len(ts) > 0 && places().lookupWords(ts) == nil
}

var partyWords = map[string]bool{
	"Labour": true, "Labor": true, "Conservative": true, "Tory": true, "Liberal": true, "Democrat": true,
	"Democratic": true, "Green": true, "Greens": true, "Independent": true, "Opposition": true, "Unionist": true,
	"Reform": true, "Alliance": true, "Nationalist": true, "Republican": true, "Socialist": true, "Communist": true,
	"Government": true, "Backbench": true, "Coalition": true, "National": true, "Nationals": true, "Local": true,
	"Scottish": true, "Welsh": true, "Irish": true, "Former": true, "Rebel": true, "Senior": true,
}

func commaBefore(ts []token) bool {
	for _, t := range ts {
		if t.text == "," {
			return true
		}
	}
	return false
}

// portfolioHeadAhead reports a "Minister", "Secretary" or "MP" in the
// seven words after toks[i]: without one portfolioEnd ends no portfolio,
// and matchTitle asks it first, for every capitalised word.
func portfolioHeadAhead(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j-i <= 7; j++ {
		if x := toks[j].text; x == "Minister" || x == "Secretary" || x == "MP" {
			return true
		}
	}
	return false
}

// portfolioWord reports a word that can name a minister's portfolio:
// one of portfolios, or any other capitalised word that is no country,
// month, name word or title ("Biodiversity Minister", "Europe Minister").
func portfolioWord(t token) bool {
	if portfolios[t.text] {
		return true
	}
	if !t.cap() || t.poss || shouting(t.text) || notNames[t.text] || honorifics[t.text] || isTitleWord(t) {
		return false
	}
	if _, ok := nationalities[t.text]; ok || countryNames[t.text] {
		return false
	}
	return len(t.text) > 3
}

// Portfolios of ministers not in titles.
var portfolios = map[string]bool{
	"Environment": true, "Energy": true, "Health": true, "Trade": true, "Justice": true,
	"Economy": true, "Education": true, "Agriculture": true, "Culture": true, "Sports": true,
	"Transport": true, "Labour": true, "Labor": true, "Climate": true, "Industry": true,
	"Economic": true, "Science": true, "Security": true, "Immigration": true, "Business": true,
	"Home": true, "IT": true, "Defence": true, "Defense": true, "Treasury": true, "Commerce": true, "Housing": true,
	"Work": true, "Northern": true, "Scottish": true, "Welsh": true, "Digital": true, "Local": true,
}

// nameParticles are the lower-case words inside names: "Mohammed bin
// Salman", "Ursula von der Leyen", "Charles de Gaulle".
var nameParticles = map[string]bool{
	"bin": true, "bint": true, "ibn": true, "al": true, "el": true, "de": true, "da": true, "di": true,
	"du": true, "van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "dos": true,
	"das": true, "del": true, "della": true, "ter": true, "ten": true, "y": true, "zu": true,
}

// Capitalised words that are never part of a person's name.
var notNames = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "At": true, "And": true, "But": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "This": true, "That": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true, "According": true, "After": true, "Before": true,
	"Meanwhile": true, "However": true, "Both": true, "President": true, "Minister": true,
	"January": true, "February": true, "March": true, "April": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Reuters": true, "AP": true, "AFP": true, "Xinhua": true, "GMT": true, "Photo": true,
	"Court": true, "Highness": true, "Highnesses": true, "Majesty": true, "Excellency": true,
	// Furniture words a page runs into a name: "Advertisement Townsend, the …".
	"Advertisement": true, "Advertisements": true, "Advert": true, "Sponsored": true, "Advertorial": true,
}

// nameAt reads a person's name: capitalised words, with particles inside
// ("Mohammed bin Salman", "Ursula von der Leyen", "Abdullah bin Zayed Al
// Nahyan"), middle initials ("Harry S. Truman") and a regnal number
// ("Charles III"). A word in capitals is no name ("VLADIMIR PUTIN"), but
// for a regnal number after one.
func nameAt(toks []token, i int) (end int, n int) {
	j := i
	for j < len(toks) && n < 6 {
		t := toks[j]
		if e := dottedInitial(toks, j, n); e > j { // dottedinitials.go
			j, n = e, n+1
			continue
		}
		if n >= 2 && dottedPostNominalEnd(toks, j) > j {
			break
		}
		if t.cap() && !notNames[t.text] && !isTitleWord(t) && !toTake(t.lower()) && !honorifics[t.text] && !t.time && (!shouting(t.text) || n > 0 && romanNumeral(t.text)) {
			_, isNat := nationalities[t.text]
			if isNat && n == 0 {
				break
			}
			if _, isMonth := monthIndex[t.lower()]; isMonth && n > 0 && j+1 < len(toks) && dayNumber(toks[j+1]) > 0 {
				break // "… Putin September 4": a date after the name
			}
			n++
			j++
			if t.poss {
				break
			}
			continue
		}
		if n > 0 && !t.poss && particleWord(t.text) {
			k := j + 1
			for k < len(toks) && particleWord(toks[k].text) {
				k++
			}
			if k < len(toks) && toks[k].cap() && !isTitleWord(toks[k]) && !shouting(toks[k].text) {
				j = k
				continue
			}
			// "Bashar al-Assad chaired": a prefixed surname ends the name
			// by itself, no capitalised word after it.
			if prefixedSurname(toks[k-1].text) {
				j, n = k, n+1
			}
		}
		break
	}
	// "Mohammad Shia’ Al-Sudani": an apostrophe glued to a word inside the
	// name; the name read so far would be cut short.
	if n > 0 && j+1 < len(toks) && toks[j].punct && (toks[j].text == "’" || toks[j].text == "'") && toks[j].start == toks[j-1].end && toks[j+1].cap() {
		return i, 0
	}
	// "John G. Roberts Jr.": a generational suffix ends the name.
	if n >= 2 && j+1 < len(toks) && toks[j].is("Jr", "Sr") && toks[j+1].text == "." {
		j += 2
	}
	return j, n
}

// buildingWords end the name of a place or a building, never a person's:
// "King George Hospital", "Elysee Palace", "Prince Albert Bridge". Not
// the words that are also surnames (Hall, Park, Ward, House, Church).
var buildingWords = map[string]bool{"Hospital": true, "Hospitals": true, "Palace": true, "College": true, "School": true,
	"Academy": true, "University": true, "Street": true, "Road": true, "Avenue": true, "Square": true, "Bridge": true,
	"Museum": true, "Gallery": true, "Library": true, "Cathedral": true, "Abbey": true, "Stadium": true, "Station": true,
	"Airport": true, "Hotel": true, "Theatre": true, "Theater": true, "Centre": true, "Center": true, "Building": true,
	"Barracks": true, "Infirmary": true, "Clinic": true}

// seatsOfPower are buildings that stand for an office ("the Elysee said",
// "the Kremlin announced"): no person's name holds them.
var seatsOfPower = map[string]bool{"Elysee": true, "Élysée": true, "Elysée": true, "Kremlin": true, "Matignon": true,
	"Quirinale": true, "Quirinal": true, "Zhongnanhai": true, "Whitehall": true}

// buildingName reports a name read as a person's that names a place or a
// building: its last word is a building's ("George Hospital") or a word
// of it is a seat of power ("Elysee Palace").
func buildingName(name []token) bool {
	if len(name) == 0 {
		return false
	}
	if buildingWords[name[len(name)-1].text] {
		return true
	}
	for _, t := range name {
		if seatsOfPower[t.text] {
			return true
		}
	}
	return false
}

// particleWord reports a lower-case particle or a prefixed surname
// ("al-Assad", "el-Sisi").
func particleWord(w string) bool {
	if nameParticles[w] {
		return true
	}
	return prefixedSurname(w)
}

// prefixedSurname reports a surname glued to its particle: "al-Assad",
// "el-Sisi".
func prefixedSurname(w string) bool {
	for _, p := range []string{"al-", "el-", "bin-", "ad-", "as-", "ash-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p) && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}

// shouting reports a word of two letters or more all in capitals: an
// acronym or shouted text, not part of a name.
func shouting(w string) bool {
	// "Ó" (Irish "Ó Muilleoir") is one letter of two bytes.
	return len(w) >= 2 && (w[0] < utf8.RuneSelf || utf8.RuneCountInString(w) >= 2) && isUpperWord(w) && !strings.HasSuffix(w, ".")
}

func romanNumeral(w string) bool { return strings.Trim(w, "IVX") == "" }

func isTitleWord(t token) bool {
	switch t.text {
	case "President", "Prime", "Minister", "Chancellor", "Secretary", "Senator", "Governor", "Councillor", "Councilor":
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
		// "Mexico President X", "Iraq Prime Minister X": the country's
		// name used as an adjective, not the end of a longer name ("New
		// Mexico") nor Georgia (a country and a US state).
		if t.cap() && !t.poss && countryNames[t.text] && !t.is("Georgia") && (i < 2 || !toks[i-2].cap()) && i < len(toks) && toks[i].cap() {
			return t.text, i - 1
		}
		if t.isWord() && shouting(t.text) && !t.time && !t.poss && (i == 1 || i >= 2 && !toks[i-2].cap()) {
			// "TPLF spokesman", "ACT leader": an acronym names the body,
			// at the sentence's start too ("RMT general secretary X said").
			return t.text, i - 1
		}
		// "KCCA FC manager X": a club's two acronyms.
		if t.isWord() && shouting(t.text) && !t.poss && i >= 2 && toks[i-2].isWord() && shouting(toks[i-2].text) && (i < 3 || !toks[i-3].cap()) {
			return toks[i-2].text + " " + t.text, i - 2
		}
		if t.poss && t.cap() {
			// "South Korea’s", "the United States’"
			j := i - 1
			for j > 0 && toks[j-1].cap() && !toks[j-1].poss && i-j < 3 && !notNames[toks[j-1].text] {
				j--
			}
			// A body of four words: "North Downs District Council’s".
			if i-j == 3 && j > 0 && toks[j-1].cap() && !toks[j-1].poss && !notNames[toks[j-1].text] && orgWords[toks[i-1].text] {
				j--
			}
			// A party's name joined by "and" ("Law and Justice's leader"):
			// "Justice" alone is no body.
			if i-j == 1 && j >= 2 && toks[j-1].is("and") && toks[j-2].cap() && !toks[j-2].poss && !notNames[toks[j-2].text] &&
				!countryNames[toks[j-2].text] && !countryNames[toks[j].text] {
				j -= 2
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

// placeTitle reports an office of a state, a province or a city, written
// after its place: "Texas Gov.", "Queensland Premier", "London Mayor",
// "New South Wales Health Minister".
func placeTitle(title string) bool {
	switch officeKey(title) {
	// Not "senator": a state has two; nor a chief executive or a
	// treasurer ("Transport for London Chief Executive" heads a body).
	case "governor", "gov.", "mayor", "lord mayor", "prime minister", "chief minister", "police chief", "chief constable",
		"attorney general":
		return true
	}
	return strings.HasSuffix(title, " Minister") && title != "Prime Minister" && title != "Deputy Prime Minister"
}

// placeBefore reads a state, province or city of the gazetteer written
// just before a title at toks[i] (one to three capitalised words after a
// lower-case word, a mark or the sentence's start); it returns its name
// and where it starts.
func placeBefore(toks []token, i int) (string, int) {
	for n := 3; n >= 1; n-- {
		j := i - n
		if j < 0 || j > 0 && toks[j-1].cap() {
			continue
		}
		ok := true
		for _, t := range toks[j:i] {
			if !t.cap() || t.poss || isTitleWord(t) || honorifics[t.text] {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if p := places().lookupWords(toks[j:i]); p != nil && p.kind != "country" {
			return p.name, j
		}
	}
	return "", i
}

// insidePlace reports a word inside a place's name of two or three words
// that began before it ("South" in "New South Wales"): no portfolio
// starts there.
func insidePlace(toks []token, i int) bool {
	for start := i - 1; start >= 0 && start >= i-2; start-- {
		if !toks[start].cap() {
			return false
		}
		for end := i + 1; end <= len(toks) && end <= start+3; end++ {
			if places().lookupWords(toks[start:end]) != nil {
				return true
			}
		}
	}
	return false
}

// companyTitles head a company (or run its work: "the mission director at
// Halcyon Space"): "Brill Market Chief Executive Jon Reyes".
var companyTitles = map[string]bool{"Chief Executive": true, "Chief Executive Officer": true, "CEO": true, "Chairman": true, "Chairwoman": true,
	"Chief Financial Officer": true, "Chief Operating Officer": true, "CFO": true, "COO": true, "Mission Director": true, "Finance Chief": true}

// companyBefore reads the company named before a company title at toks[i]:
// one to three capitalised words after a lower-case word or a comma, none
// of them a title, a honorific or a place ("the Acme Stores Chairman").
func companyBefore(toks []token, i int) (string, int) {
	j := i
	for j > 0 && i-j < 3 && toks[j-1].cap() && !toks[j-1].punct && !toks[j-1].poss && !isTitleWord(toks[j-1]) && !honorifics[toks[j-1].text] && !toks[j-1].is("the") {
		j--
	}
	// At the sentence's start ("Tesla CEO Elon Musk said", "The Acme
	// chairman X said") the company is the first word, or follows "The";
	// a word that opens sentences is none ("Former", "When").
	opens := j == 0 && !notPersonWords[toks[0].text] && !toks[0].is("the", "a", "an") || j == 1 && toks[0].is("the")
	if j == i || j == 0 && !opens || j > 0 && !opens && (toks[j-1].cap() || toks[j-1].isWord() && (prepositions[toks[j-1].lower()] && !toks[j-1].is("of"))) {
		return "", i
	}
	name := joinWords(toks[j:i])
	if places().lookup(name) != nil || nationalities[name] != "" || publicBody(name) {
		return "", i
	}
	return name, j
}

// companyThenTitle reads a company named before a company title after a
// person's name ("Lowell McAdam, Verizon chief executive,"): one to three
// capitalised words that name no place, no people and hold no title. It
// returns the company and the title's index.
func companyThenTitle(toks []token, j int) (string, int) {
	k := j
	for k < len(toks) && k-j < 3 && toks[k].cap() && !toks[k].punct && !toks[k].poss && !isTitleWord(toks[k]) && !honorifics[toks[k].text] {
		if t, _ := matchTitle(toks, k, true); t != "" {
			break
		}
		k++
	}
	if k == j || k >= len(toks) {
		return "", j
	}
	if t, _ := matchTitle(toks, k, true); !companyTitles[t] {
		return "", j
	}
	name := joinWords(toks[j:k])
	if places().lookup(name) != nil || nationalities[name] != "" || countryNames[name] {
		return "", j
	}
	return name, k
}

// companyAfter reads the company after a company title at toks[i]: "of"
// or "at", then one to four capitalised words that name no place nor a
// country ("chief executive of NHS England", "chairman at Halcyon
// Space"). It returns the company and the index after it.
func companyAfter(toks []token, i int) (string, int) {
	if i+1 >= len(toks) || !toks[i].is("of", "at") {
		return "", i
	}
	j := i + 1
	k := j
	for k < len(toks) && k-j < 4 && toks[k].cap() && !toks[k].punct && !toks[k].poss && !isTitleWord(toks[k]) {
		k++
	}
	// "of Kingsford, Hallam and Dene … Trust": a name that goes on is
	// not read cut short.
	goesOn := k+1 < len(toks) && (toks[k].is("and", "of", "&") || toks[k].text == ",") && toks[k+1].cap()
	if k == j || goesOn {
		return "", i
	}
	name := joinWords(toks[j:k])
	if places().lookup(name) != nil || nationalities[name] != "" || countryNames[name] {
		return "", i
	}
	return name, k
}

// companyOfficer reports a leader whose body is a company read by
// companyBefore: asked who holds the office, never which office (no
// wrong office of a company is known).
func companyOfficer(f Fact) bool {
	return companyTitles[f.Office] && f.Country != "" && !knownCountry(f.Country) && places().lookup(f.Country) == nil
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
		return full, k
	}
	// "the President of the European Commission Anna Berger": the body
	// ends where the name written after it begins, at its longest known
	// start; not before a word that goes on naming a place or a body
	// ("New York State", "Ohio Police").
	if !knownCountry(c) {
		for n := len(words) - 1; n > 0; n-- {
			if orgWords[words[n]] || placeWordAfter[words[n]] {
				continue
			}
			short := strings.Join(words[:n], " ")
			if full, ok := nationalities[short]; ok {
				return full, j + n
			}
			if knownCountry(short) {
				return short, j + n
			}
		}
	}
	return c, k
}

// placeWordAfter are words that end a place's name: "New York State",
// "Kent County".
var placeWordAfter = map[string]bool{"State": true, "City": true, "County": true, "Province": true, "Region": true,
	"District": true, "Territory": true, "Island": true, "Islands": true}

// leader is a person named with an office in one sentence.
type leader struct {
	person, office, country string
	start, end              int // token indexes of the whole phrase
	nameStart, nameEnd      int
	// surnameOnly is a surname alone after a title other than a
	// president's or a prime minister's ("Governor Abbott"): kept only
	// with the full name the article gives it.
	surnameOnly bool
	// long is an office named by its head and a body the generator does
	// not know, written as the article writes it ("top commander of the
	// Tigrayan forces"): asked only who holds it.
	long bool
	role string // a role read after the name, as written (appositiverole.go)
	// former is a past holder ("former New Orleans mayor X"): asked in
	// the past alone (formerleader.go).
	former bool
}

// findLeaders returns the titled people of one sentence.
func findLeaders(toks []token) []leader {
	var out []leader
	for i := 0; i < len(toks); i++ {
		if ls := pluralTitleList(toks, i); len(ls) > 0 {
			out = append(out, ls...)
			i = ls[len(ls)-1].end - 1
			continue
		}
		if l, ok := longTitleFirst(toks, i); ok {
			out = append(out, l)
			i = l.end - 1
			continue
		}
		if l, ok := localTitleFirst(toks, i); ok {
			out = append(out, l)
			i = l.end - 1
			continue
		}
		if l, ok := orgRoleFirst(toks, i); ok { // "Burnley manager X" (orgrole.go)
			out = append(out, l)
			i = l.end - 1
			continue
		}
		if l, ok := titleFirst(toks, i); ok {
			l.long = l.long || listedMinistry(l.office) // ministerlist.go
			if l.person != "" {
				out = append(out, l)
			}
			i = l.end - 1
			continue
		}
		// "Olaf Scholz, the German chancellor," / "Antonio Guterres, the
		// secretary-general of the United Nations," / "X, Armenia’s prime
		// minister," / "Sergei Lavrov, the foreign minister,"
		if toks[i].cap() && (i == 0 || !toks[i-1].cap()) {
			if l, ok := nameFirst(toks, i); ok {
				out = append(out, l)
				i = l.end - 1
			} else if l, ok := afterNameRole(toks, i); ok {
				out = append(out, l)
				i = l.end - 1
			}
		}
	}
	// "… and his Indian counterpart X" (counterpart.go).
	return append(out, counterparts(toks, out)...)
}

// longHeads head an office named with its body: "the leader of the
// self-proclaimed Donetsk People's Republic", "chief executive of the
// organizing committee".
var longHeads = [][]string{{"chief", "executive"}, {"head"}, {"leader"}, {"commander"}, {"director"}, {"chairman"},
	{"chairwoman"}, {"president"}, {"chief"}}

// longBodyStops are words that end or leave a body's name: a clause, a
// verb, a place or a time after it ("director of the centre in
// Huntsville", "president of the club he founded").
var longBodyStops = setOf(`who|which|that|whose|where|when|he|she|they|it|his|her|its|their|said|says|told|was|is|are|
were|has|had|have|would|will|in|on|at|from|for|with|by|to|since|until|after|before|a|an`)

// longOffice reads an office named by its head and a body at toks[p]:
// "[top] leader|head|commander|… of the BODY", the body of one to six
// words ending before a comma or the sentence's end, opening on "the" or
// a capital ("of the organizing committee", "of the Tigrayan forces").
// A body the other readers know (a country, a place, a known
// organisation) or a title written with "of" ("Leader of the
// Opposition") is theirs. It returns the office as written and its end.
func longOffice(toks []token, p int) (string, int) {
	if t, _ := matchTitle(toks, p, true); strings.Contains(t, " of ") {
		return "", p
	}
	k := p
	if k < len(toks) && toks[k].is("top") {
		k++
	}
	head := 0
	for _, h := range longHeads {
		if k+len(h) <= len(toks) && wordsAt(toks, k, h) {
			head = len(h)
			break
		}
	}
	if head == 0 || k+head+2 >= len(toks) || !toks[k+head].is("of") {
		return "", p
	}
	b, e := longBody(toks, k+head+1)
	if e == 0 {
		return "", p
	}
	body := joinTokens(toks[b:e])
	if knownCountry(body) || nationalities[body] != "" {
		return "", p
	}
	return joinTokens(toks[p:e]), e
}

// longBody reads a body's name at toks[j] after an office's head and
// "of", or after "heads": "the" or a capital, then one to six words up to
// a comma or the sentence's end. It returns where the words start and
// end (end 0 when there is no such body).
func longBody(toks []token, j int) (int, int) {
	if j >= len(toks) {
		return j, 0
	}
	the := toks[j].is("the")
	b := j
	if the {
		b++
	}
	e := b
	for e < len(toks) && e-b < 7 && toks[e].isWord() && !longBodyStops[toks[e].lower()] && !strings.ContainsAny(toks[e].text, "0123456789") {
		e++
	}
	if e == b || e-b > 6 || !the && !toks[b].cap() || e < len(toks) && toks[e].text != "," && !endsSentence(toks[e]) {
		return j, 0
	}
	return b, e
}

// headVerbs are verbs of holding an office, and the office's head:
// "X, who heads the Y," is the head of the Y.
var headVerbs = map[string]string{"heads": "head", "headed": "head", "leads": "leader", "chairs": "chair"}

// headsBody reads "who heads the BODY" at toks[p] after a name and its
// comma: the present tense only ("who heads the committee"), a body
// whose last word names one ("committee", "Agency"), never a place or a
// country ("who leads the race" is no office). It returns the office as
// "head of the committee" and its end.
func headsBody(toks []token, p int) (string, int) {
	if p+3 >= len(toks) || !toks[p].is("who") {
		return "", p
	}
	head, ok := headVerbs[toks[p+1].lower()]
	if !ok || toks[p+1].lower() == "headed" || !toks[p+2].is("the") {
		return "", p
	}
	b, e := longBody(toks, p+2)
	if e == 0 || !bodyNoun(toks[e-1]) {
		return "", p
	}
	body := joinTokens(toks[b:e])
	if places().lookup(body) != nil || nationalities[body] != "" || countryNames[body] {
		return "", p
	}
	return head + " of the " + body, e
}

// bodyNoun reports a word that names a body, in either case: "Agency",
// "committee", "delegation".
func bodyNoun(t token) bool {
	w := t.text
	if !t.cap() && w != "" {
		w = strings.ToUpper(w[:1]) + w[1:]
	}
	return orgWords[w] || orgWords[strings.TrimSuffix(w, "s")] || bodyNouns[t.lower()]
}

// bodyNouns are bodies written in lower case that orgWords (capitalised
// names' last words) lacks.
var bodyNouns = setOf(`delegation|team|panel|inquiry|taskforce|mission|campaign|firm|division|unit|business|operation|operations|newsroom|lab`)

// wordsAt reports the lower-case words ws at toks[k].
func wordsAt(toks []token, k int, ws []string) bool {
	for n, w := range ws {
		if toks[k+n].lower() != w {
			return false
		}
	}
	return true
}

// longTitleFirst reads "the OFFICE of the BODY, Name,": "The leader of the
// self-proclaimed Donetsk People's Republic, Alexander Zakharchenko,
// warned", "the top commander of the Tigrayan forces, Gen. Tadesse
// Werede,". Only after "the": one holder.
func longTitleFirst(toks []token, i int) (leader, bool) {
	if !toks[i].is("the") || i+1 >= len(toks) || formerBefore(toks, i+1) || toks[i+1].is("former", "late", "then", "outgoing") {
		return leader{}, false
	}
	office, k := longOffice(toks, i+1)
	if office == "" || k+1 >= len(toks) || toks[k].text != "," {
		return leader{}, false
	}
	ns := skipHonorifics(toks, k+1)
	end, n := nameAt(toks, ns)
	if n < 2 || buildingName(toks[ns:end]) || end < len(toks) && toks[end].isWord() && !toks[end].is("and", "said", "says", "told") {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: office, start: i, end: end, nameStart: ns, nameEnd: end, long: true}, true
}

// longTitleAfterName reads "Name, [the] OFFICE of the BODY,": "Zhang Wei,
// chief executive of the organizing committee, said".
func longTitleAfterName(toks []token, i int) (leader, bool) {
	ns, end, ok := nameThenComma(toks, i, 3)
	if !ok {
		return leader{}, false
	}
	p := end + 1
	if office, k := headsBody(toks, p); office != "" {
		return leader{person: joinWords(toks[ns:end]), office: office, start: i, end: k, nameStart: ns, nameEnd: end, long: true}, true
	}
	if toks[p].is("the") {
		p++
	}
	office, k := longOffice(toks, p)
	if office == "" {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: office, start: i, end: k, nameStart: ns, nameEnd: end, long: true}, true
}

// pluralTitles are titles in the plural before a list of their holders,
// and the title each holder has.
var pluralTitles = map[string]string{"Justices": "Justice", "Judges": "Judge", "Senators": "Senator",
	"Governors": "Governor", "Presidents": "President", "Mayors": "Mayor", "Commissioners": "Commissioner"}

// pluralTitleList reads a title in the plural before the names of its
// holders: "Justices Clarence Thomas, Samuel A. Alito Jr. and Amy Coney
// Barrett", "U.S. Senators Ann Cole and Tom Reed". Each full name holds
// the title; a bare surname ("and Jackson") is a mention of one named in
// full elsewhere, and ends the list. A former office gives nobody.
func pluralTitleList(toks []token, i int) []leader {
	title, first, ok := pluralTitleAt(toks, i)
	if !ok || first >= len(toks) {
		return nil
	}
	country, cstart := countryBefore(toks, i)
	if formerBefore(toks, cstart) {
		return nil
	}
	var out []leader
	for k := first; k < len(toks); {
		ns := skipHonorifics(toks, k)
		end, n := nameAt(toks, ns)
		if n < 2 || buildingName(toks[ns:end]) || titleInside(toks, ns, end) {
			break
		}
		start := ns
		if len(out) == 0 {
			start = cstart
		}
		l := leader{person: joinWords(toks[ns:end]), office: title, country: country, start: start, end: end, nameStart: ns, nameEnd: end}
		// "Sens. Ann Cole of Ohio, Tom Reed of Iowa": each holder's own state.
		if c, k2 := stateAfterName(toks, end); c != "" && country == "" {
			l.country, l.end, end = c, k2, k2
		}
		out = append(out, l)
		k = end
		if k+1 < len(toks) && toks[k].text == "." && toks[k-1].is("Jr", "Sr") {
			k++ // "Samuel A. Alito Jr., Neil M. Gorsuch"
		}
		if k < len(toks) && toks[k].text == "," {
			k++
		}
		if k < len(toks) && toks[k].is("and") {
			k++
		}
		if k == end {
			break
		}
	}
	// One name is no list: "Justices Ann Cole" is read no better than the
	// singular would be.
	if len(out) < 2 {
		return nil
	}
	// "Russian and US Presidents Vladimir Putin and Donald Trump": two
	// countries, each the title's for one name in turn; with more names
	// which is whose is not told.
	if country != "" && cstart >= 2 && toks[cstart-1].is("and") {
		first, fstart := countryBefore(toks, cstart-1)
		if first == "" {
			return nil
		}
		if len(out) != 2 {
			return nil
		}
		out[0].country, out[0].start = first, fstart
	}
	return out
}

// titleFirst reads a leader written title first at toks[i]: "Russian
// President Vladimir Putin", "Azerbaijan’s President Ilham Aliyev", "PLO
// chairman Yasser Arafat", "Chairman of the PLO Yasser Arafat", "the
// president of France, Emmanuel Macron,", "Russia's foreign minister,
// Sergei Lavrov,", "the foreign minister, Sergei Lavrov,". An office of
// then or to come is read (ok) but gives no person, so that its name is
// not read again; a former office gives a past holder (formerleader.go).
func titleFirst(toks []token, i int) (leader, bool) {
	title, after := matchTitle(toks, i, true)
	after = skipAcronym(toks, after) // ministerlist.go
	// "South Korean Foreign Minister": the title starts after the
	// nationality, read then as the country (countryBefore); not at its
	// second word either ("Korean Foreign Minister").
	if title == "" || nationalityFirst(title) || i > 0 && nationalities[toks[i-1].text+" "+firstField(title)] != "" {
		return leader{}, false
	}
	// "Armidale deputy Mayor X": the deputy's is an office of its own.
	ti, of := i, title
	if i > 0 && toks[i-1].is("deputy") && (deputyTitles[officeKey(title)] || strings.Contains(title, "Minister")) {
		title, ti = "Deputy "+title, i-1
	}
	// "the shadow health secretary": the opposition's spokesman for the
	// portfolio, an office of its own.
	if i > 0 && toks[i-1].is("shadow") && (strings.HasSuffix(title, " Secretary") || strings.HasSuffix(title, " Minister") || strings.HasPrefix(title, "Minister")) {
		title, ti = "Shadow "+title, i-1
	}
	ministry := false
	if sp := ministrySpokesman(toks, i, title); sp != "" {
		title, ti, ministry = sp, i-2, true
	}
	country, cstart := countryBefore(toks, ti)
	if country == "" && companyTitles[title] {
		country, cstart = companyBefore(toks, ti)
	}
	if country == "" && placeTitle(of) {
		country, cstart = placeBefore(toks, ti)
	}
	// "Supreme Court Justice X": one of the court's justices, not "a
	// justice" alone (its Chief Justice is one too).
	if country == "" && title == "Justice" {
		if b, k := companyBefore(toks, ti); orgLike(b) {
			country, cstart = b, k
		}
	}
	// A former office is no office: "former European Council President
	// Tomasz Wrona" is not the council's president; nor is one to come:
	// "Treasury Secretary nominee X", "Defense Secretary-designate X".
	// "deputy Mayor Jo Ames" is no mayor: a rank before a title that does
	// not include it names another office.
	// "said BJP leader X": a lower-case "leader" after a party's acronym
	// is often one of its senior members, not its leader.
	partyMember := !toks[i].cap() && officeKey(title) == "leader" && shouting(country) && !countryNames[country]
	// "Democratic Party of Guam Chairwoman X", "Bank of England Governor
	// X": the office is the body's, not the place's.
	ofBody := country != "" && cstart > 1 && toks[cstart-1].is("of") && orgWords[toks[cstart-2].text]
	past := pastHolder(toks, cstart)
	if country == "" {
		// "Kenya's former president X" (formerleader.go).
		country, cstart, past = possessiveFormer(toks, ti, cstart, past)
	}
	if formerBefore(toks, cstart) && !past || partyMember || ofBody || ti > 0 && toks[ti-1].is(rankWords...) || cstart > 0 && toks[cstart-1].is(rankWords...) ||
		after < len(toks) && (toks[after].is("nominee", "designate", "pick", "candidate", "hopeful") || toTake(toks[after-1].lower())) {
		end, _ := nameAt(toks, skipHonorifics(toks, after))
		return leader{end: max(end, after)}, true
	}
	// "the", "his", "its", "the new", "the company's": a determiner that
	// makes a lower-case title name one office.
	det := determinerBefore(toks, cstart)
	the := det < cstart
	if country == "" && !toks[i].cap() && !the && !ministry {
		return leader{}, false
	}
	mk := func(nameStart, nameEnd, end int, country string) (leader, bool) {
		// "King George Hospital" is a hospital, not King George.
		if buildingName(toks[nameStart:nameEnd]) || possessivePlace(toks, nameStart, nameEnd) {
			return leader{end: end}, true
		}
		start := det
		title, past := exTitle(title, past)
		return leader{person: joinWords(toks[nameStart:nameEnd]), office: title, country: country, start: start, end: end, nameStart: nameStart, nameEnd: nameEnd, former: past}, true
	}
	// "Prime Minister Kenji Sato", "Chairman of the PLO Yasser Arafat",
	// "the health secretary Wes Sterling"
	if toks[i].cap() || country != "" || ministry || the && !vagueTitle(title) {
		at := after
		c, k := countryAfterOf(toks, after)
		if country == "" && c != "" && knownCountry(c) {
			at = k
		}
		ns := skipHonorifics(toks, at)
		end, n := nameWithInitials(toks, ns)
		// "Chief Justice United States John Roberts": a country of two
		// words run into the name is the title's, not the person's.
		for w := min(3, end-ns-2); w >= 2 && country == "" && at == after; w-- {
			if c := joinWords(toks[ns : ns+w]); countryNames[c] {
				country, ns, n = c, ns+w, n-w
			}
		}
		// "Governor Abbott": a surname alone after another title, kept
		// only when the article names its holder in full (extractWith).
		only := n == 1 && !monarchTitles[title] && toks[i].cap() && plainSurname(toks, ns, end) && !surnameAfter(toks, i, title, ns, end)
		if n >= 2 || n == 1 && (monarchTitles[title] || surnameAfter(toks, i, title, ns, end)) || only {
			stop := end
			if at != after {
				country = c
			} else if country == "" {
				country, stop = countryAround(toks, i, end)
			}
			l, ok := mk(ns, end, stop, country)
			l.surnameOnly = only
			return l, ok
		}
	}
	// "[the] president of France, Emmanuel Macron," / "Russia's foreign
	// minister, Sergei Lavrov," / "the foreign minister, Sergei Lavrov,"
	k := after
	if country == "" {
		if c, kk := countryAfterOf(toks, after); c != "" {
			if !knownCountry(c) {
				return leader{}, false
			}
			country, k = c, kk
		}
	}
	// "deputy spokesman for the President, X,": the name is the
	// spokesman's, whose office the phrase qualifies (not so "the backing
	// of Norway's foreign minister, X").
	if k+1 < len(toks) && toks[k].text == "," && (country != "" || (the || toks[i].cap()) && !vagueTitle(title)) &&
		!(det > 1 && toks[det-1].is("for", "to", "of") && toks[det-2].is("spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide", "assistant", "secretary", "wife", "husband", "son", "daughter", "lawyer")) {
		ns := skipHonorifics(toks, k+1)
		end, n := nameAt(toks, ns)
		// "the Minister of Health, Dr X would address the nation": an
		// auxiliary verb after the name ends it, the second comma left out.
		// "The judge, Nigel Lickley QC, said": a post-nominal after the
		// name is no part of it (postnominal.go).
		stop := postNominalEnd(toks, end)
		if n >= 2 && (stop == len(toks) || !toks[stop].isWord() || toks[stop].is("and", "said", "says", "told") || nameEndingVerbs[toks[stop].lower()]) {
			return mk(ns, end, stop, country)
		}
	}
	return leader{}, false
}

// ministrySpokesman reads the ministry before a spokesman's title at
// toks[i], named by its portfolio: "foreign ministry spokesman X",
// "Defence Ministry spokeswoman X". It returns the office written with
// capitals, or "".
func ministrySpokesman(toks []token, i int, title string) string {
	k := officeKey(title)
	if k != "spokesman" && k != "spokeswoman" && k != "spokesperson" || i < 2 || !toks[i-1].is("ministry") ||
		toks[i-1].poss || !lowerPortfolioWords[toks[i-2].lower()] || toks[i-2].poss {
		return ""
	}
	p := toks[i-2].lower()
	return strings.ToUpper(p[:1]) + p[1:] + " Ministry " + title
}

// nameEndingVerbs are auxiliary verbs that end a name written after its
// title and a comma when the closing comma is left out.
var nameEndingVerbs = setOf(`would|will|has|had|is|was|can|could|should|must|did|does`)

// deputyTitles are the offices whose deputy is named so ("deputy
// Mayor"), keys of officeKey.
var deputyTitles = map[string]bool{"mayor": true, "lord mayor": true, "governor": true, "prime minister": true,
	"chief minister": true, "speaker": true, "chief constable": true, "police chief": true}

// surnameAfter reports a surname alone after "President" or "Prime
// Minister" written with capitals ("President Kennedy (1963)", "President
// Trump’s order"): not a body, a building or a place ("President Hotel"),
// nor the first word of a longer name.
func surnameAfter(toks []token, i int, title string, ns, end int) bool {
	if title != "President" && title != "Prime Minister" || !toks[i].cap() {
		return false
	}
	return plainSurname(toks, ns, end)
}

// plainSurname reports one word at toks[ns] that can be a surname: not
// a body, a building, a place or a country, nor the first word of a
// longer name.
func plainSurname(toks []token, ns, end int) bool {
	if end != ns+1 {
		return false
	}
	w := toks[ns].text
	if len(w) < 3 || orgWords[w] || buildingWords[w] || placeWordAfter[w] || countryNames[w] || nationalities[w] != "" ||
		romanNumeral(w) {
		return false
	}
	// "President Lincoln": a town's name is a surname too; a country's or
	// a region's is not.
	if p := places().lookup(w); p != nil && p.kind != "city" {
		return false
	}
	return end == len(toks) || !toks[end].cap() || toks[ns].poss
}

// oddOffice reports an office whose wrong choices would be drawn from
// the filler titles of every government, where it is not one of them.
func oddOffice(office string) bool {
	w := fillersFor(office)
	return len(w) > 0 && &w[0] == &fillerTitles[0] && !containsString(fillerTitles, office) && officeKey(office) != "prime minister"
}

// namedInFull reports a one-word name ("President Kagame" in a caption)
// that the article writes beside another capitalised word ("President
// Paul Kagame", "Paul Kagame said", "Anwar Hashim"): one person, asked
// by the full name, not two.
func namedInFull(sents []sentence, person string) bool {
	if strings.Contains(person, " ") {
		return false
	}
	for _, s := range sents {
		for k, t := range s.toks {
			if t.text != person {
				continue
			}
			// "Paul Kagame", or "Anwar Hashim" for "Prime Minister Anwar".
			if k > 0 && s.toks[k-1].cap() && !s.toks[k-1].punct && !s.toks[k-1].poss && !isTitleWord(s.toks[k-1]) &&
				!honorifics[s.toks[k-1].text] && !titleEnd(s.toks[k-1].text) ||
				!t.poss && k+1 < len(s.toks) && s.toks[k+1].cap() && !s.toks[k+1].punct {
				return true
			}
		}
	}
	return false
}

// fullNameOf returns the one full name the article writes for a surname
// alone ("John F. Kennedy" for "President Kennedy"), or "" when it writes
// none or several ("Cape Kennedy" beside "John F. Kennedy").
func fullNameOf(sents []sentence, surname string) string {
	full := ""
	for _, s := range sents {
		if s.headline {
			continue
		}
		toks := s.toks
		for k, t := range toks {
			if t.text != surname || k == 0 {
				continue
			}
			b := k
			for b > 0 && k-b < 4 && (toks[b-1].cap() || particleWord(toks[b-1].text)) && !toks[b-1].poss &&
				!isTitleWord(toks[b-1]) && !honorifics[toks[b-1].text] && !titleEnd(toks[b-1].text) && !notNames[toks[b-1].text] {
				if tt, _ := matchTitle(toks, b-1, false); tt != "" {
					break
				}
				b--
			}
			if b == k {
				continue
			}
			end, n := nameAt(toks, b)
			if end != k+1 || n < 2 {
				continue
			}
			name := joinWords(toks[b:end])
			if buildingName(toks[b:end]) || places().lookup(name) != nil {
				return ""
			}
			if full != "" && full != name {
				return ""
			}
			full = name
		}
	}
	return full
}

// titleEnd reports a word that ends a title before a name ("Prime
// Minister", "Vice President" end on isTitleWord's words; these do not).
func titleEnd(w string) bool {
	_, ok := titlesByFirstWord[strings.ToLower(w)]
	return ok || w == "Minister" || w == "Secretary"
}

// rankWords before a title, or before the country or body that qualifies
// it, name another office: "deputy Mayor X", "a junior British health
// minister, X," (a junior minister of the department, not its head).
var rankWords = []string{"deputy", "vice", "assistant", "acting", "associate", "interim", "junior", "mid-ranking", "mid-level", "low-ranking", "junior-ranking"}

// formerBefore reports a word of a past or passing office before the
// title at toks[i], also across the place or body that qualifies it:
// "former Newark Mayor X", "the late Ohio Senator X", "then-Governor X".
func formerBefore(toks []token, i int) bool { return formerWordBefore(toks, i) != nil }

// formerWordBefore returns the word formerBefore reads, or nil.
func formerWordBefore(toks []token, i int) *token {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		t := &toks[j]
		if t.is("former", "ex", "late", "then", "ex-", "outgoing", "erstwhile", "onetime", "one-time") {
			return t
		}
		if !(t.cap() || t.text == "-" || t.text == "." && j > 0 && toks[j-1].cap()) || t.poss {
			return nil
		}
	}
	return nil
}

// nameThenVerb reads "Ernest Bevin as foreign secretary", "Lothar de
// Maizière became its last Prime Minister", "X was elected president of
// Y": the office a named person takes or holds, the country after "of"
// when one is known.
func nameThenVerb(toks []token, i, ns, end int) (leader, bool) {
	j := end
	switch {
	case toks[j].is("as"):
		j++
	case toks[j].is("became"):
		j++
	case toks[j].is("is") && j+1 < len(toks) && toks[j+1].is("the"):
		// "Jane Doe is the chief executive of Halcyon Space": the office
		// held now (not "was the", an office of some past).
		j++
	case toks[j].is("was", "is") && j+2 < len(toks) && toks[j+1+adverbAt(toks, j+1)].is("elected", "named", "appointed", "sworn"):
		// "was officially sworn in as …": an adverb may stand before.
		j += 2 + adverbAt(toks, j+1)
		if j < len(toks) && toks[j].is("in") && j+1 < len(toks) && toks[j+1].is("as") {
			j += 2
		} else if j < len(toks) && toks[j].is("as") {
			j++
		} else if toks[j-1].is("sworn") && j < len(toks) && toks[j].is("in") {
			// "is sworn in on Tuesday morning in the palace as the
			// French president": where and when, then the office.
			for k := j + 1; k < len(toks) && k < j+10; k++ {
				if toks[k].is("as") {
					j = k + 1
					break
				}
				if toks[k].punct || toks[k].is("and", "by", "after", "before", "who", "which", "that") {
					break
				}
			}
		}
	default:
		return leader{}, false
	}
	for j < len(toks) && (toks[j].is("the", "its", "his", "her", "their", "new", "last", "first", "acting", "interim") || ordinalNumber(toks[j])) {
		j++ // "as the 45th president"
	}
	country := ""
	if c, k := possessiveCountry(toks, j); c != "" && knownCountry(c) {
		country, j = c, k // "as Australia’s Prime Minister"
	} else if c, k := countryFromWords(toks, j); c != "" {
		country, j = c, k
	}
	if j >= len(toks) {
		return leader{}, false
	}
	title, after := matchTitle(toks, j, true)
	if title == "" || vagueTitle(title) && country == "" {
		return leader{}, false
	}
	if country == "" && companyTitles[title] {
		if c, k := companyAfter(toks, after); c != "" {
			country, after = c, k
		}
	}
	if country == "" {
		if c, k := countryAfterOf(toks, after); c != "" && knownCountry(c) {
			country, after = c, k
		}
	}
	// The title must end the phrase: "as foreign secretary," not "as
	// president of the club he founded".
	if after < len(toks) && toks[after].isWord() && !toks[after].is("and", "in", "on", "until", "from", "since", "after", "before", "for", "when", "until") {
		return leader{}, false
	}
	if country == "" && !vagueTitle(title) {
		country = installingCountry(toks, i)
	}
	return leader{person: joinWords(toks[ns:end]), office: title, country: country, start: i, end: after, nameStart: ns, nameEnd: end}, true
}

// adverbAt is 1 for an adverb in -ly at toks[k] ("officially"), else 0.
func adverbAt(toks []token, k int) int {
	if w := toks[k].lower(); len(w) > 4 && strings.HasSuffix(w, "ly") && !toks[k].cap() {
		return 1
	}
	return 0
}

// ordinalNumber reports an ordinal in figures: "45th", "2nd".
func ordinalNumber(t token) bool {
	w := t.lower()
	return len(w) > 2 && w[0] >= '1' && w[0] <= '9' && strings.Trim(w[:len(w)-2], "0123456789") == "" &&
		strings.Contains("st nd rd th", w[len(w)-2:])
}

// installingCountry reads a country that opens the sentence and installs
// the person named at toks[i] in the office: "Sri Lanka has sworn in X
// as president", "Peru elected X as president". Nothing else may stand
// between the country and the name.
func installingCountry(toks []token, i int) string {
	c, k := countryFromWords(toks, 0)
	if c == "" {
		for n := 3; n >= 1 && c == ""; n-- {
			if n < i && countryNames[joinWords(toks[:n])] && !organisations[joinWords(toks[:n])] {
				c, k = joinWords(toks[:n]), n
			}
		}
	}
	if c == "" || k >= i || organisations[c] {
		return ""
	}
	if toks[k].is("has", "have", "had") {
		k++
	}
	if k >= i || !toks[k].is("sworn", "swore", "elected", "appointed", "named", "chose", "installed", "inaugurated") {
		return ""
	}
	k++
	if k < i && toks[k].is("in") {
		k++
	}
	if k != i {
		return ""
	}
	return c
}

// determinerBefore returns where the determiner of a title starting at
// toks[i] begins ("the", "his secretary of state", "its leader", "the new
// prime minister", "the company's chairman", "their head coach"), or i
// when there is none.
func determinerBefore(toks []token, i int) int {
	j := i
	if j > 0 && toks[j-1].is("new", "incoming", "acting", "interim", "current", "newly", "elected", "last") {
		j--
	}
	if j > 0 && toks[j-1].poss && !toks[j-1].cap() && j > 1 && toks[j-2].is("the") {
		return j - 2 // "the company's"
	}
	if j > 0 && toks[j-1].is("the", "his", "her", "its", "their") {
		return j - 1
	}
	// "New health secretary X has said …", "despite new president X
	// urging …": "new" makes the office one.
	if j < i && toks[j].is("new", "incoming", "newly") {
		return j
	}
	return i
}

// vagueTitle reports a title that names no office without its country
// ("the president, X," in an article about a club).
func vagueTitle(title string) bool {
	switch title {
	case "Chairman", "Chairwoman", "Chairperson", "Speaker", "Commissioner", "Administrator", "Envoy", "Commander":
		return true
	}
	return false
}

// nameFirst reads a leader written name first at toks[i]: "Olaf Scholz,
// the German chancellor,", "Antonio Guterres, the secretary-general of the
// United Nations,", "X, Armenia’s prime minister,", "Serhiy Taruta,
// governor of Donetsk," (a known place after "of"), "Sergei Lavrov, the
// foreign minister,".
func nameFirst(toks []token, i int) (leader, bool) {
	ns := skipHonorifics(toks, i)
	end, n := nameAt(toks, ns)
	// "sworn in in Elysee Palace as the French president": the palace
	// is where, not who.
	if buildingName(toks[ns:end]) {
		return leader{}, false
	}
	if n >= 2 && end+2 < len(toks) && !toks[end-1].poss {
		if l, ok := nameThenVerb(toks, i, ns, end); ok {
			return l, true
		}
	}
	if n < 2 || end+2 >= len(toks) || toks[end].text != "," || toks[end-1].poss {
		return leader{}, false
	}
	j := end + 1
	// "X, who served as mayor of Atlanta from 1994 to 2002,": an office
	// of the past, read with its years only (leaderTense asks with them).
	served := j+3 < len(toks) && toks[j].is("who") && (toks[j+1].is("served") && toks[j+2].is("as") || toks[j+1].is("was"))
	if served {
		j += 2
		if toks[j].is("as") {
			j++
		}
	}
	country, the := "", served
	if toks[j].is("the") {
		the = true
		j++
		if toks[j].is("former", "late", "then", "outgoing") {
			return leader{}, false
		}
		c, k := countryFromWords(toks, j)
		country, j = c, k
	} else if c, k := possessiveCountry(toks, j); c != "" {
		country, j = c, k
	} else if c, k := countryFromWords(toks, j); c != "" {
		country, j = c, k
	}
	// "John Miller, Biloxi Police Chief": a place's office, the place
	// written first; "Ann Cole, Acme president": a body's acronym.
	if country == "" && !the {
		if p, k := placeOfTitle(toks, j); p != "" {
			country, j = p, k
		} else if j+1 < len(toks) && shouting(toks[j].text) && !toks[j].poss && !toks[j+1].cap() {
			country, j = toks[j].text, j+1
		} else if c, k := companyThenTitle(toks, j); c != "" {
			country, j = c, k // "Lowell McAdam, Verizon chief executive,"
		}
	}
	if j+1 < len(toks) && toks[j].is("non-resident") {
		j++ // "X, non-resident ambassador of Japan": Japan's ambassador
	}
	if j >= len(toks) {
		return leader{}, false
	}
	title, after := matchTitle(toks, j, true)
	if title == "" {
		return leader{}, false
	}
	// "president and chief executive": both are held; the last is read.
	if after+1 < len(toks) && toks[after].is("and") {
		if t2, a2 := matchTitle(toks, after+1, true); t2 != "" && !vagueTitle(t2) {
			title, after = t2, a2
		}
	}
	if country == "" && companyTitles[title] {
		// "the chief executive of NHS England", "the chairman at
		// Halcyon Space": a company's officer, the company after him.
		if c, k := companyAfter(toks, after); c != "" {
			country, after = c, k
		}
	}
	if country == "" && placeTitle(title) {
		country, after = townOfState(toks, after) // townmayor.go
	}
	if country == "" {
		country, after = countryAfterOf(toks, after)
		if country != "" && !knownCountry(country) {
			// "chief executive of Barking, Havering and Redbridge
			// University Hospitals NHS Trust", "of the Ministry of
			// Foreign Affairs": a body named whole.
			if country, after = bodyAfterOf(toks, after-wordCount(country)); country == "" {
				return leader{}, false
			}
		}
	}
	// Without a country or "the", the title must be written as a title
	// ("Michael Ferguson, Minister for Health") and name one office.
	capital := toks[j].cap() && !vagueTitle(title) && !genericTitle(title)
	// "X, national security adviser to Prime Minister Y,": an adviser
	// named by whom he advises holds one office (Y is read after).
	adviser := country == "" && !served && adviserTo(toks, title, after)
	if adviser {
		capital = true
	}
	if country == "" && (!the && !capital || vagueTitle(title)) || after < len(toks) && toks[after].isWord() && !served && !adviser ||
		served && !(after+3 < len(toks) && toks[after].is("from") && yearNumber(toks[after+1]) > 0 && toks[after+2].is("to", "until") && yearNumber(toks[after+3]) > 0) {
		return leader{}, false
	}
	return leader{person: joinWords(toks[ns:end]), office: title, country: country, start: i, end: after, nameStart: ns, nameEnd: end}, true
}

// adviserTo reports an adviser's title at toks[after-1] followed by "to"
// and a capitalised title or name, up to a comma: "national security
// adviser to Prime Minister Abiy Ahmed,", "adviser to the President,".
func adviserTo(toks []token, title string, after int) bool {
	k := officeKey(title)
	if !strings.HasSuffix(k, "adviser") && !strings.HasSuffix(k, "advisor") || after+2 >= len(toks) || !toks[after].is("to") {
		return false
	}
	j := after + 1
	if toks[j].is("the") {
		j++
	}
	e := j
	for e < len(toks) && e-j < 6 && toks[e].cap() {
		e++
	}
	return e > j && (e == len(toks) || toks[e].text == "," || endsSentence(toks[e]))
}

// bodyAfterOf reads a body's name of up to ten words at toks[j]
// (after "of" and "the"): capitalised words joined by "of", "and" or
// commas, opening or ending on a word that names a body ("Ministry of
// Foreign Affairs", "Barking, Havering and Redbridge University Hospitals
// NHS Trust"). It returns the name and the index after it.
func bodyAfterOf(toks []token, j int) (string, int) {
	k := j
	for k < len(toks) && k-j < 10 {
		t := toks[k]
		if t.cap() && !t.poss {
			k++
			continue
		}
		if (t.is("of", "and") || t.text == ",") && k > j && k+1 < len(toks) && toks[k+1].cap() {
			k++
			continue
		}
		break
	}
	if k == j || !orgWords[toks[j].text] && !orgWords[toks[k-1].text] {
		return "", j
	}
	return joinTokens(toks[j:k]), k
}

// placeOfTitle reads a state, province or city of the gazetteer at toks[j]
// (one to three capitalised words) written before a title of its own
// ("Biloxi Police Chief"); it returns its name and the title's index.
func placeOfTitle(toks []token, j int) (string, int) {
	for n := 3; n >= 1; n-- {
		k := j + n
		if k >= len(toks) {
			continue
		}
		ok := true
		for _, t := range toks[j:k] {
			if !t.cap() || t.poss || isTitleWord(t) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if p := places().lookupWords(toks[j:k]); p != nil && p.kind != "country" {
			if t, _ := matchTitle(toks, k, true); t != "" && placeTitle(t) {
				return p.name, k
			}
		}
	}
	return "", j
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
	return countryNames[c] || orgLike(c) || places().lookup(c) != nil
}

// orgLike reports a name of two words or more ending on a word that
// names a body (orgWords: "the Rural Transport Commission", "the Tigray
// People's Liberation Front").
func orgLike(c string) bool {
	// The last word found without splitting the name (asked of every
	// country and name compared).
	last := lastField(c)
	return last != "" && len(last) < len(strings.TrimSpace(c)) && orgWords[last]
}

// countryNames are the countries and organisations of nationalities.
var countryNames = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range nationalities {
		m[v] = true
	}
	return m
}()

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

// joinWords writes names without their possessive: "Aliyev’s" gives
// "Aliyev"; a dot stays on its word ("Roberts Jr.").
func joinWords(toks []token) string {
	if len(toks) == 1 {
		return toks[0].text
	}
	// Written on the stack: one allocation, the string.
	var buf [128]byte
	return string(appendWords(buf[:0], toks))
}

// appendWords appends joinWords(toks) to b.
func appendWords(b []byte, toks []token) []byte {
	for i, t := range toks {
		if i > 0 && t.text != "." {
			b = append(b, ' ')
		}
		b = append(b, t.text...)
	}
	return b
}

// joinTokens writes tokens back as text, possessives included.
func joinTokens(toks []token) string {
	// Written on the stack: one allocation, the string.
	var buf [256]byte
	b := buf[:0]
	for i, t := range toks {
		// A currency sign goes with the number after it: "its $62 billion".
		// A bracket hugs the words it holds: "the [7.3 magnitude] quake".
		if i > 0 && (!t.punct || currencySign(t.text) || openingBracket(t.text)) && !currencySign(toks[i-1].text) && !openingBracket(toks[i-1].text) &&
			!(toks[i-1].text == "/" && toks[i-1].end == t.start && t.start > 0) { // "day/night": slashcompound.go
			b = append(b, ' ')
		}
		b = append(append(b, t.text...), t.suffix...)
	}
	return string(b)
}

func openingBracket(s string) bool { return s == "(" || s == "[" }

// surname is the word a later bare mention uses: the last word of the
// name, without a regnal number.
func surname(person string) string {
	// Only the first and last words are read: no slice of them all (it
	// runs for every person in every prompt and choice checked).
	first, last, n := "", "", 0
	for w := range strings.FieldsSeq(person) {
		if n == 0 {
			first = w
		}
		last, n = w, n+1
	}
	if n > 1 && strings.Trim(last, "IVX") == "" {
		return first
	}
	return last
}

// officesWith lists the titles the article writes beside a person: in a
// sentence naming them, or in one that opens on "He"/"She" right after
// ("Boris Johnson became Prime Minister … He was previously Foreign
// Secretary"). A wrong choice must be none of them, nor close to one.
func officesWith(sents []sentence, person string) []string {
	if person == "" {
		return nil
	}
	sn := surname(person)
	var out []string
	named := false
	for _, s := range sents {
		has := false
		for _, t := range s.toks {
			if t.text == sn {
				has = true
				break
			}
		}
		follows := named && len(s.toks) > 0 && s.toks[0].is("he", "she", "his", "her")
		named = has || follows && named
		if !has && !follows {
			continue
		}
		for k := range s.toks {
			if t, _ := matchTitle(s.toks, k, true); t != "" && !containsString(out, t) {
				out = append(out, t)
			}
		}
	}
	for _, t := range ministerTitlesBefore(sents, person) { // officetwice.go
		if !containsString(out, t) {
			out = append(out, t)
		}
	}
	return withoutRankAlone(out) // deputyminister.go
}

// closeOffices reports whether two titles name nearly one office, so that
// one is no wrong choice against the other: the same portfolio under
// another head ("Foreign Minister", "Foreign Secretary") or a part of it
// ("Health Secretary" in "Health and Social Care Secretary"). A rank
// ("Deputy Prime Minister" beside "Prime Minister") keeps them apart.
func closeOffices(a, b string) bool {
	if sameOffice(a, b) {
		return true
	}
	return closeCores(officeCore(a), officeCore(b))
}

// closeCores is closeOffices on the cores of two titles.
func closeCores(ca, cb map[string]bool) bool {
	if len(ca) == 0 || len(cb) == 0 {
		return false
	}
	// The same ranks in both: each core's few words are read, rather than
	// every rank looked up in both (closeCores compares every pair of
	// offices). A core holds only true.
	sameRanks := func(x, y map[string]bool) bool {
		for w := range x {
			switch w {
			case "deputy", "vice", "assistant", "shadow", "acting", "junior", "chief", "prime":
				if !y[w] {
					return false
				}
			}
		}
		return true
	}
	if !sameRanks(ca, cb) || !sameRanks(cb, ca) {
		return false
	}
	subset := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return false
			}
		}
		return true
	}
	return subset(ca, cb) || subset(cb, ca)
}

var coreSeparators = strings.NewReplacer(",", " ", "-", " ")

// officeCore is the set of a title's own words, without its head
// ("Minister", "Secretary") and small words: "Health and Social Care
// Secretary" is {health, social, care}.
func officeCore(o string) map[string]bool {
	core := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(coreSeparators.Replace(o))) {
		switch w {
		case "minister", "secretary", "of", "for", "the", "and", "&", "state":
			continue
		case "cabinet": // a rank's word, not a portfolio's (secretaryrank.go)
			continue
		case "defense":
			w = "defence"
		}
		core[w] = true
	}
	return core
}

// toTake reports a title glued to the word that makes it an office still
// to be taken: "Secretary-designate", "President-elect".
// toTake is given the word lower-cased where it can be (token.lower):
// ToLower of it is then no copy.
func toTake(w string) bool {
	l := strings.ToLower(w)
	return strings.HasSuffix(l, "-designate") || strings.HasSuffix(l, "-elect")
}

func currencySign(s string) bool { return s == "$" || s == "£" || s == "€" }
