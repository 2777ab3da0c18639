package generate

import (
	"strings"
	"sync"
)

// gazetteerData lists countries with their main cities (capital first),
// grouped by world region, and a few regions inside countries. It is used
// to tell what kind of place a name is (city, country, region) and to
// choose plausible wrong places near the right one.
//
// Syntax: "#Region" starts a group of the continent before the slash;
// "Country=Alias=Alias<Parent: City, City=Alias" gives a country, its other
// names, the country it belongs to (Wales in the United Kingdom) and its
// cities; "~Region<Country: City" gives a region inside a country. Names
// are as written in English news.
const gazetteerData = `#Western Europe/Europe
United Kingdom=Britain=Great Britain=UK=U.K.=GB:
England<United Kingdom: London, Manchester, Birmingham, Liverpool, Leeds, Bristol, Oxford, Cambridge, Brighton, Newcastle, Sheffield, Nottingham, Southampton, Leicester, Coventry, York, Plymouth, Norwich, Hull, Bradford, Reading, Portsmouth, Exeter, Dover, Derby
Scotland<United Kingdom: Edinburgh, Glasgow, Aberdeen, Dundee
Wales<United Kingdom: Cardiff, Swansea, Newport
Northern Ireland<United Kingdom: Belfast, Londonderry
Ireland: Dublin, Cork, Galway, Limerick
France: Paris, Marseille, Lyon, Toulouse, Nice, Strasbourg, Bordeaux, Lille, Nantes
Belgium: Brussels, Antwerp, Ghent, Liege
Netherlands=Holland: Amsterdam, The Hague, Rotterdam, Utrecht, Eindhoven
Luxembourg: Luxembourg
Germany: Berlin, Munich, Hamburg, Frankfurt, Cologne, Bonn, Stuttgart, Dusseldorf, Leipzig, Dresden, Potsdam, Nuremberg, Hanover, Bremen, Darmstadt
~Bavaria<Germany: Munich, Nuremberg
Austria: Vienna, Salzburg, Graz, Innsbruck
Switzerland: Bern, Geneva, Zurich, Basel, Lausanne, Davos
Monaco: Monaco
#Southern Europe/Europe
Spain: Madrid, Barcelona, Valencia, Seville, Bilbao, Malaga
Portugal: Lisbon, Porto
Italy: Rome, Milan, Naples, Turin, Florence, Venice, Genoa, Bologna, Palermo, Verona
Vatican City=Vatican=Holy See: Vatican City
Malta: Valletta
Greece: Athens, Thessaloniki
Cyprus: Nicosia, Limassol
#Northern Europe/Europe
Denmark: Copenhagen, Aarhus
Norway: Oslo, Bergen, Trondheim
Sweden: Stockholm, Gothenburg, Malmo
Finland: Helsinki, Turku, Tampere
Iceland: Reykjavik
Estonia: Tallinn, Tartu
Latvia: Riga
Lithuania: Vilnius, Kaunas
#Central Europe/Europe
Poland: Warsaw, Krakow, Gdansk, Wroclaw, Poznan, Lodz
Czech Republic=Czechia: Prague, Brno, Ostrava
Slovakia=Slovak Republic: Bratislava, Kosice
Hungary: Budapest, Debrecen
Slovenia: Ljubljana
#Balkans/Europe
Croatia: Zagreb, Split, Dubrovnik
Serbia: Belgrade, Novi Sad
Bosnia and Herzegovina=Bosnia: Sarajevo, Mostar, Banja Luka
Montenegro: Podgorica
Kosovo: Pristina
North Macedonia=Macedonia: Skopje
Albania: Tirana
Bulgaria: Sofia, Plovdiv, Varna
Romania: Bucharest, Cluj-Napoca, Constanta
Moldova: Chisinau
#Eastern Europe/Europe
Russia: Moscow, Saint Petersburg=St. Petersburg, Kaliningrad=Konigsberg=Königsberg, Sochi, Kazan, Novosibirsk, Yekaterinburg, Vladivostok, Volgograd, Murmansk
Ukraine: Kyiv=Kiev, Kharkiv, Odesa=Odessa, Lviv, Dnipro, Mariupol, Zaporizhzhia, Kherson, Donetsk, Luhansk, Debaltseve, Bakhmut, Sevastopol
Belarus: Minsk, Brest, Gomel
~Crimea<Ukraine: Sevastopol, Simferopol
~Donbas<Ukraine: Donetsk, Luhansk
#Former states/Europe
Soviet Union=USSR: Moscow
East Germany=GDR: East Berlin
West Germany: Bonn
Yugoslavia: Belgrade
Czechoslovakia: Prague
#Caucasus/Asia
Georgia: Tbilisi, Batumi
Armenia: Yerevan, Gyumri
Azerbaijan: Baku, Ganja
~Nagorno-Karabakh<Azerbaijan: Stepanakert
~Chechnya<Russia: Grozny
#Middle East/Asia
Turkey=Turkiye: Ankara, Istanbul, Izmir, Antalya, Gaziantep, Kahramanmaras, Antakya, Adana
~Hatay<Turkey: Antakya
Israel: Jerusalem, Tel Aviv, Haifa
Palestine: Ramallah, Gaza City, Hebron, Bethlehem, Jericho
~Gaza<Palestine: Gaza City, Rafah, Khan Younis
~West Bank<Palestine: Ramallah, Hebron, Jenin, Nablus
Lebanon: Beirut, Tripoli
Syria: Damascus, Aleppo, Homs, Idlib, Raqqa, Latakia
Jordan: Amman, Aqaba
Iraq: Baghdad, Basra, Mosul, Erbil, Kirkuk
Iran: Tehran, Isfahan, Mashhad, Tabriz
Saudi Arabia: Riyadh, Jeddah, Mecca, Medina
Yemen: Sanaa, Aden
Oman: Muscat
United Arab Emirates=UAE: Abu Dhabi, Dubai, Sharjah
Qatar: Doha
Bahrain: Manama
Kuwait: Kuwait City
#North Africa/Africa
Egypt: Cairo, Alexandria, Sharm el-Sheikh
Libya: Tripoli, Benghazi
Tunisia: Tunis
Algeria: Algiers, Oran
Morocco: Rabat, Casablanca, Marrakesh=Marrakech, Tangier
Sudan: Khartoum, Port Sudan, Omdurman
~Darfur<Sudan: El Fasher, Nyala
#West Africa/Africa
Nigeria: Abuja, Lagos, Kano, Ibadan, Port Harcourt
Ghana: Accra, Kumasi
Senegal: Dakar
Ivory Coast=Cote d'Ivoire: Yamoussoukro, Abidjan
Mali: Bamako, Timbuktu
Burkina Faso: Ouagadougou
Niger: Niamey
Guinea: Conakry
Sierra Leone: Freetown
Liberia: Monrovia
Togo: Lome
Benin: Porto-Novo, Cotonou
Mauritania: Nouakchott
Gambia: Banjul
#Central Africa/Africa
Cameroon: Yaounde, Douala
Chad: N'Djamena
Central African Republic: Bangui
Democratic Republic of the Congo=DR Congo=DRC: Kinshasa, Goma, Lubumbashi
Republic of the Congo: Brazzaville
Gabon: Libreville
#East Africa/Africa
Ethiopia: Addis Ababa, Mekelle
~Tigray<Ethiopia: Mekelle
Eritrea: Asmara
Somalia: Mogadishu
Djibouti: Djibouti
Kenya: Nairobi, Mombasa
Uganda: Kampala
Tanzania: Dodoma, Dar es Salaam
Rwanda: Kigali
Burundi: Gitega, Bujumbura
South Sudan: Juba
#Southern Africa/Africa
South Africa: Pretoria, Johannesburg, Cape Town, Durban
Zimbabwe: Harare, Bulawayo
Zambia: Lusaka
Mozambique: Maputo
Angola: Luanda
Namibia: Windhoek
Botswana: Gaborone
Malawi: Lilongwe
Madagascar: Antananarivo
#Central Asia/Asia
Kazakhstan: Astana, Almaty
Uzbekistan: Tashkent, Samarkand
Kyrgyzstan: Bishkek
Tajikistan: Dushanbe
Turkmenistan: Ashgabat
Afghanistan: Kabul, Kandahar, Herat
Mongolia: Ulaanbaatar
#South Asia/Asia
India: New Delhi, Mumbai, Kolkata, Chennai, Bengaluru=Bangalore, Hyderabad, Delhi, Vadodara=Baroda
Pakistan: Islamabad, Karachi, Lahore, Peshawar
~Kashmir<India: Srinagar
Bangladesh: Dhaka, Chittagong
Sri Lanka: Colombo
Nepal: Kathmandu
Bhutan: Thimphu
Maldives: Male
#East Asia/Asia
China: Beijing, Shanghai, Hong Kong, Guangzhou, Shenzhen, Wuhan, Chengdu, Tianjin, Xi'an
~Xinjiang<China: Urumqi
~Tibet<China: Lhasa
~Sichuan<China: Chengdu, Mianyang
~Gansu<China: Lanzhou, Tianshui
~Qinghai<China: Xining
~Yunnan<China: Kunming, Dali
~Guangdong<China: Guangzhou, Shenzhen, Dongguan
~Hubei<China: Wuhan, Yichang
~Hunan<China: Changsha
~Henan<China: Zhengzhou, Luoyang
~Hebei<China: Shijiazhuang, Tangshan
~Shandong<China: Jinan, Qingdao
~Jiangsu<China: Nanjing, Suzhou
~Zhejiang<China: Hangzhou, Ningbo
~Fujian<China: Fuzhou, Xiamen
~Anhui<China: Hefei
~Jiangxi<China: Nanchang
~Shanxi<China: Taiyuan
~Shaanxi<China: Xi'an
~Liaoning<China: Shenyang, Dalian
~Jilin<China: Changchun
~Heilongjiang<China: Harbin
~Guizhou<China: Guiyang
~Hainan<China: Haikou, Sanya
~Guangxi<China: Nanning, Guilin
~Inner Mongolia<China: Hohhot
~Ningxia<China: Yinchuan
Taiwan: Taipei, Kaohsiung
Japan: Tokyo, Osaka, Kyoto, Hiroshima, Nagasaki, Yokohama, Sapporo, Fukushima
South Korea: Seoul, Busan, Incheon
North Korea: Pyongyang
#Southeast Asia/Asia
Vietnam: Hanoi, Ho Chi Minh City, Da Nang
Thailand: Bangkok, Chiang Mai, Phuket
Cambodia: Phnom Penh
Laos: Vientiane
Myanmar=Burma: Naypyidaw, Yangon
Malaysia: Kuala Lumpur
Singapore: Singapore
Indonesia: Jakarta, Surabaya, Bali
Philippines: Manila, Cebu, Davao
East Timor=Timor-Leste: Dili
Brunei: Bandar Seri Begawan
#North America/Americas
United States=United States of America=U.S.=US=USA=America: Washington, New York, Los Angeles, Chicago, Houston, San Francisco, Boston, Miami, Philadelphia, Seattle, Atlanta, Dallas
Canada: Ottawa, Toronto, Montreal, Vancouver, Calgary, Quebec City
Mexico: Mexico City, Guadalajara, Monterrey, Tijuana, Cancun
~California<United States: Sacramento, Los Angeles, San Francisco, San Diego
~Texas<United States: Austin, Houston, Dallas, San Antonio
~Florida<United States: Tallahassee, Miami, Orlando, Tampa
~New York State<United States: Albany, New York, Buffalo
~Alaska<United States: Juneau, Anchorage
~Hawaii<United States: Honolulu
~Alabama<United States: Montgomery, Huntsville, Birmingham
~Arizona<United States: Phoenix, Tucson
~Arkansas<United States: Little Rock
~Colorado<United States: Denver
~Connecticut<United States: Hartford
~Delaware<United States: Dover
~Georgia<United States: Atlanta, Savannah
~Idaho<United States: Boise
~Illinois<United States: Springfield, Chicago
~Indiana<United States: Indianapolis
~Iowa<United States: Des Moines
~Kansas<United States: Topeka, Wichita
~Kentucky<United States: Frankfort, Louisville
~Louisiana<United States: Baton Rouge, New Orleans
~Maine<United States: Augusta, Portland
~Maryland<United States: Annapolis, Baltimore
~Massachusetts<United States: Boston
~Michigan<United States: Lansing, Detroit
~Minnesota<United States: Saint Paul, Minneapolis
~Mississippi<United States: Jackson, Biloxi
~Missouri<United States: Jefferson City, Kansas City, St. Louis, Springfield
~Montana<United States: Helena
~Nebraska<United States: Lincoln, Omaha
~Nevada<United States: Carson City, Las Vegas, Reno
~New Hampshire<United States: Concord
~New Jersey<United States: Trenton, Newark, Cape May
~New Mexico<United States: Santa Fe, Albuquerque
~North Carolina<United States: Raleigh, Charlotte
~North Dakota<United States: Bismarck
~Ohio<United States: Columbus, Cleveland, Cincinnati, Dayton
~Oklahoma<United States: Oklahoma City, Tulsa
~Oregon<United States: Salem, Portland
~Pennsylvania<United States: Harrisburg, Philadelphia, Pittsburgh
~Rhode Island<United States: Providence
~South Carolina<United States: Columbia, Charleston
~South Dakota<United States: Pierre
~Tennessee<United States: Nashville, Memphis
~Utah<United States: Salt Lake City
~Vermont<United States: Montpelier
~Virginia<United States: Richmond, Norfolk
~Washington State<United States: Olympia, Seattle
~West Virginia<United States: Charleston
~Wisconsin<United States: Madison, Milwaukee
~Wyoming<United States: Cheyenne
~Ontario<Canada: Toronto, Ottawa
~British Columbia<Canada: Vancouver, Victoria
~Quebec<Canada: Quebec City, Montreal
~Alberta<Canada: Edmonton, Calgary
~Manitoba<Canada: Winnipeg
~Saskatchewan<Canada: Regina, Saskatoon
~Nova Scotia<Canada: Halifax
~New Brunswick<Canada: Fredericton
~Newfoundland and Labrador<Canada: St. John's
#Central America/Americas
Cuba: Havana
Haiti: Port-au-Prince
Dominican Republic: Santo Domingo
Jamaica: Kingston
Guatemala: Guatemala City
Honduras: Tegucigalpa
El Salvador: San Salvador
Nicaragua: Managua
Costa Rica: San Jose
Panama: Panama City
~Puerto Rico<United States: San Juan
#South America/Americas
Colombia: Bogota, Medellin, Cali, Cartagena
Venezuela: Caracas, Maracaibo
Ecuador: Quito, Guayaquil
Peru: Lima, Cusco
Bolivia: La Paz, Sucre
Chile: Santiago, Valparaiso
Argentina: Buenos Aires, Cordoba, Rosario
Uruguay: Montevideo
Paraguay: Asuncion
Brazil: Brasilia, Sao Paulo, Rio de Janeiro, Salvador, Belem
Guyana: Georgetown
#World/World
~Europe
~Africa
~Asia
~Middle East
~Latin America
~North America
~South America
~West Africa
~East Africa
~Southeast Asia
~Central Asia
~Balkans
~Caucasus
~Scandinavia
#Seas/Seas
~Pacific Ocean
~Atlantic Ocean
~Indian Ocean
~Arctic Ocean
~Southern Ocean
~Mediterranean Sea
~Black Sea
~Red Sea
~Baltic Sea
~North Sea
~Caribbean Sea
~South China Sea
~Caspian Sea
#Oceania/Oceania
Australia: Canberra, Sydney, Melbourne, Brisbane, Perth, Adelaide
~Queensland<Australia: Brisbane
~New South Wales<Australia: Sydney
~Victoria<Australia: Melbourne
~Western Australia<Australia: Perth
~South Australia<Australia: Adelaide
~Tasmania<Australia: Hobart
New Zealand: Wellington, Auckland, Christchurch, Dunedin, Hamilton
Papua New Guinea: Port Moresby
Fiji: Suva
`

// Moving the US states inside the table above would double its size for
// little gain: only the states a news story is likely to name are listed.

// gazPlace is one entry of the gazetteer.
type gazPlace struct {
	name      string // canonical name
	kind      string // "city", "country", "region"
	parent    string // the country (or region) it is in; empty for a country
	country   string // the country it is in (itself for a country)
	region    string // world region ("Eastern Europe"); a venue's kind ("palace")
	continent string
	capital   bool // first city of its country
}

type gazetteer struct {
	byName map[string][]*gazPlace // every name and alias, as written
	all    []*gazPlace            // in table order
	maxLen int                    // most words in a name
}

var (
	gazOnce sync.Once
	gaz     *gazetteer
)

// places returns the gazetteer, read from gazetteerData on first use.
func places() *gazetteer {
	gazOnce.Do(func() { gaz = parseGazetteer(gazetteerData + venueData) })
	return gaz
}

func parseGazetteer(data string) *gazetteer {
	g := &gazetteer{byName: map[string][]*gazPlace{}}
	region, continent := "", ""
	add := func(p *gazPlace, names []string) {
		for _, n := range names {
			n = strings.TrimSpace(n)
			if n == "" {
				continue
			}
			g.byName[n] = append(g.byName[n], p)
			if k := wordCount(n); k > g.maxLen {
				g.maxLen = k
			}
		}
		g.all = append(g.all, p)
	}
	for _, line := range strings.Split(data, "\n") {
		if line == "" {
			continue
		}
		if line[0] == '#' {
			region, continent, _ = strings.Cut(line[1:], "/")
			continue
		}
		if line[0] == '@' {
			head, venues, _ := strings.Cut(line[1:], ":")
			c := g.lookupKind(head, "country")
			for _, v := range strings.Split(venues, ",") {
				names := strings.Split(strings.TrimSpace(v), "=")
				p := &gazPlace{name: names[0], kind: "venue", parent: head, country: head, region: region}
				if c != nil {
					p.continent = c.continent
				}
				for i, n := range names {
					names[i] = strings.TrimPrefix(n, "the ")
				}
				add(p, names)
			}
			continue
		}
		head, cities, _ := strings.Cut(line, ":")
		kind := "country"
		if head[0] == '~' {
			kind, head = "region", head[1:]
		}
		head, parent, _ := strings.Cut(head, "<")
		names := strings.Split(head, "=")
		p := &gazPlace{name: names[0], kind: kind, parent: parent, region: region, continent: continent}
		p.country = p.name
		if kind == "region" || parent != "" {
			p.country = parent
		}
		add(p, names)
		for i, c := range strings.Split(cities, ",") {
			cn := strings.Split(strings.TrimSpace(c), "=")
			if cn[0] == "" {
				continue
			}
			// A city listed under a region is already under its country.
			if kind == "region" {
				if old := g.cityIn(cn[0], p.country); old != nil {
					if old.parent == old.country {
						old.parent = p.name
					}
					continue
				}
			}
			cp := &gazPlace{name: cn[0], kind: "city", parent: p.name, country: p.country, region: region, continent: continent, capital: i == 0 && kind == "country"}
			add(cp, cn)
		}
	}
	return g
}

// cityIn returns the city of that name in the country, if listed.
func (g *gazetteer) cityIn(name, country string) *gazPlace {
	for _, p := range g.byName[name] {
		if p.kind == "city" && p.country == country {
			return p
		}
	}
	return nil
}

// lookupKind returns the entry of a name with the given kind, if any.
func (g *gazetteer) lookupKind(name, kind string) *gazPlace {
	for _, p := range g.byName[name] {
		if p.kind == kind {
			return p
		}
	}
	return nil
}

// lookup returns the main entry of a name: a country before a region
// before a city of the same name ("Georgia", "Luxembourg", "Singapore").
func (g *gazetteer) lookup(name string) *gazPlace { return mainPlace(g.byName[name]) }

// lookupWords is lookup(joinWords(toks)), without making the string.
func (g *gazetteer) lookupWords(toks []token) *gazPlace {
	var buf [128]byte
	return mainPlace(g.byName[string(appendWords(buf[:0], toks))])
}

// mainPlace is the main entry among the places of one name.
func mainPlace(ps []*gazPlace) *gazPlace {
	for _, k := range [...]string{"country", "region", "city"} {
		for _, p := range ps {
			if p.kind == k {
				return p
			}
		}
	}
	return nil
}

// within reports whether place a lies inside place b (a city in its
// country or region, a region or a nation in its country).
func (g *gazetteer) within(a, b *gazPlace) bool {
	for i := 0; a != nil && i < 4; i++ {
		if a.parent == "" {
			return false
		}
		if a.parent == b.name || a.country == b.name {
			return true
		}
		a = g.lookup(a.parent)
	}
	return false
}

// setOf makes a set from words separated by "|" (line breaks ignored):
// a string is much smaller in the wasm than a map literal.
func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(strings.ReplaceAll(words, "\n", ""), "|") {
		if w != "" {
			m[w] = true
		}
	}
	return m
}

// pairsOf makes a map from "key=value" items separated by "|"; an item
// without "=" maps to itself.
func pairsOf(items string) map[string]string {
	m := map[string]string{}
	for _, it := range strings.Split(strings.ReplaceAll(items, "\n", ""), "|") {
		if it == "" {
			continue
		}
		k, v, ok := strings.Cut(it, "=")
		if !ok {
			v = k
		}
		m[k] = v
	}
	return m
}

// venueData lists well-known venues by kind ("#seat/venue" starts a kind)
// and country ("@Country: Venue, Venue=Alias"), so that a venue is asked
// with wrong venues of its kind and country: a palace with palaces, a
// cathedral with cathedrals. "the" is written where a venue takes it.
const venueData = `
#seat/venue
@United Kingdom: Downing Street, Chequers, Lancaster House, Buckingham Palace, the Palace of Westminster
@United States: the White House, Camp David, the Capitol, the Pentagon, Blair House
@France: the Elysee Palace=Élysée Palace, the Hotel Matignon, the Palace of Versailles
@Russia: the Kremlin, Novo-Ogaryovo, the Konstantinovsky Palace
@Germany: the Chancellery, the Reichstag, Bellevue Palace
@Malaysia: Istana Negara, Istana Melawati, Seri Perdana, Perdana Putra
@India: Rashtrapati Bhavan, Hyderabad House, South Block
@China: the Great Hall of the People, Zhongnanhai, the Diaoyutai State Guesthouse
@Australia: Parliament House, Government House, the Lodge, Kirribilli House
#palace/venue
@United Kingdom: Blenheim Palace, Kensington Palace, Hampton Court Palace, Windsor Castle, Balmoral Castle, the Palace of Holyroodhouse, Sandringham House, St James's Palace, the Tower of London, Edinburgh Castle
@France: the Louvre Palace, the Palace of Fontainebleau, the Chateau de Chambord
@Austria: Schonbrunn Palace=Schönbrunn Palace, the Hofburg, Belvedere Palace
@Germany: Neuschwanstein Castle, Sanssouci Palace, Charlottenburg Palace
@Russia: the Winter Palace, Peterhof Palace, the Catherine Palace
@Spain: the Royal Palace of Madrid, the Alhambra, El Escorial
@United States: Mount Vernon, Monticello, the Biltmore Estate
#church/venue
@United Kingdom: Westminster Abbey, St Paul's Cathedral, Canterbury Cathedral, York Minster, Gloucester Cathedral, Winchester Cathedral, Durham Cathedral, Salisbury Cathedral
@France: Notre-Dame Cathedral, Reims Cathedral, Chartres Cathedral, the Basilica of Saint-Denis
@Italy: St Peter's Basilica, the Sistine Chapel, Milan Cathedral, St Mark's Basilica
@Russia: St Basil's Cathedral, the Cathedral of Christ the Saviour
@United States: Washington National Cathedral, St Patrick's Cathedral, Trinity Church
#stadium/venue
@United Kingdom: Wembley Stadium=Wembley, Old Trafford, Anfield, Stamford Bridge, the Emirates Stadium, the Etihad Stadium, Twickenham Stadium, Murrayfield Stadium, the Millennium Stadium, the London Stadium, Hampden Park, the O2 Arena, Villa Park, Elland Road
@France: the Stade de France, the Parc des Princes, the Stade Velodrome, Roland Garros
@Spain: the Santiago Bernabeu Stadium=the Bernabeu, Camp Nou
@Germany: the Allianz Arena, the Olympiastadion, Signal Iduna Park
@Italy: San Siro, the Stadio Olimpico
@United States: Madison Square Garden, Yankee Stadium, the Rose Bowl, Fenway Park, Wrigley Field, MetLife Stadium, SoFi Stadium, Hayward Field, Arthur Ashe Stadium
@Brazil: the Maracana Stadium
@Qatar: Lusail Stadium, Khalifa International Stadium, Al Bayt Stadium
@Rwanda: Stade de Kigali, Amahoro Stadium
@Uganda: Mandela National Stadium
@Kenya: Moi International Sports Centre, Nyayo National Stadium
@South Africa: FNB Stadium, Ellis Park Stadium, Cape Town Stadium
@Egypt: Cairo International Stadium
@Australia: the Melbourne Cricket Ground, the Sydney Cricket Ground, Rod Laver Arena
@China: the Bird's Nest=Beijing National Stadium, the Workers' Stadium
@Japan: the Tokyo Dome, the Japan National Stadium
#museum/venue
@United Kingdom: the British Museum, the Natural History Museum, the Science Museum, the Victoria and Albert Museum, the National Gallery, Tate Modern
@United States: the American Museum of Natural History, the Field Museum, the Carnegie Museum of Natural History, the Metropolitan Museum of Art, the National Museum of Natural History, the State Museum of Pennsylvania
@France: the Louvre, the Musee d'Orsay, the Pompidou Centre
@Canada: the Canadian Museum of Nature, the Royal Ontario Museum, the Royal Tyrrell Museum
@Australia: the Australian Museum, the National Gallery of Australia
#space/venue
@United States: Kennedy Space Center, Cape Canaveral, Cape Canaveral Space Force Station=Cape Canaveral Air Force Station, Vandenberg Space Force Base=Vandenberg Air Force Base, Wallops Flight Facility
@Kazakhstan: the Baikonur Cosmodrome=Baikonur
@Russia: the Vostochny Cosmodrome, the Plesetsk Cosmodrome
@China: the Jiuquan Satellite Launch Center, the Wenchang Space Launch Site, the Xichang Satellite Launch Center
@India: the Satish Dhawan Space Centre
@Japan: the Tanegashima Space Center
@France: the Guiana Space Centre
#square/venue
@United Kingdom: Trafalgar Square, Horse Guards Parade, Parliament Square, Green Park, Hyde Park, St James's Park, the Mall
@United States: Times Square, the National Mall, Central Park, Lafayette Square
@France: the Place de la Concorde, the Champs-Elysees, the Place de la Republique
@Russia: Red Square, Manezh Square
@China: Tiananmen Square
@Ukraine: Maidan Square=Independence Square=Maidan
#court/venue
@United Kingdom: the Old Bailey=the Central Criminal Court, Southwark Crown Court, Snaresbrook Crown Court, Isleworth Crown Court, Woolwich Crown Court, Birmingham Crown Court, Bradford Crown Court, Bristol Crown Court, Canterbury Crown Court, Cardiff Crown Court, Chelmsford Crown Court, Exeter Crown Court, Hull Crown Court, Leeds Crown Court, Leicester Crown Court, Liverpool Crown Court, Luton Crown Court, Maidstone Crown Court, Manchester Crown Court, Newcastle Crown Court, Norwich Crown Court, Nottingham Crown Court, Oxford Crown Court, Preston Crown Court, Reading Crown Court, Sheffield Crown Court, Swansea Crown Court, Teesside Crown Court, Winchester Crown Court
#observatory/venue
@United States: the McDonald Observatory, the Palomar Observatory, Kitt Peak National Observatory, the Mount Lemmon SkyCenter=the Mount Lemmon Sky Center, Lowell Observatory, the Arecibo Observatory
@Chile: the Paranal Observatory, the La Silla Observatory, the Cerro Tololo Observatory
@United Kingdom: Jodrell Bank Observatory, the Royal Observatory
`
