package generate

import (
	"strings"
	"testing"
)

// lower is cached by tokenize: every token must still read as its text
// lower-cased, including tokens made by hand and renamed ones.
func TestTokenLower(t *testing.T) {
	text := "ÉMILE Zola met Mr. O'Neill at 11:43 A.M. in NEW York; he said “Non”."
	for _, tok := range tokenize(text) {
		if got, want := tok.lower(), strings.ToLower(tok.text); got != want {
			t.Errorf("tokenize: %q lower() = %q, want %q", tok.text, got, want)
		}
	}
	renamed := tokenize("He left")[0]
	renamed.text, renamed.low = "Emile Zola", ""
	cases := []struct {
		tok  token
		want string
	}{
		{token{text: "Was"}, "was"},
		{token{text: ""}, ""},
		{renamed, "emile zola"},
	}
	for _, c := range cases {
		if got := c.tok.lower(); got != c.want {
			t.Errorf("%q lower() = %q, want %q", c.tok.text, got, c.want)
		}
	}
}

// surname and quoteNameWords read a name's words without a slice of them
// all: the first, the last, the particles and suffixes still count.
func TestNameWords(t *testing.T) {
	cases := []struct {
		name, surname, words string
	}{
		{"Boris Johnson", "Johnson", "Boris Johnson"},
		{"Henry III", "Henry", "Henry"},
		{"  Anwar   Ibrahim ", "Ibrahim", "Anwar Ibrahim"},
		{"Ursula von der Leyen", "Leyen", "Ursula Leyen"},
		{"Martin Luther King Jr.", "Jr.", "Martin Luther King"},
		{"Sukarno", "Sukarno", "Sukarno"},
		{"J. R. Smith", "Smith", "Smith"},
	}
	for _, c := range cases {
		if got := surname(c.name); got != c.surname {
			t.Errorf("surname(%q) = %q, want %q", c.name, got, c.surname)
		}
		if got := strings.Join(quoteNameWords(c.name), " "); got != c.words {
			t.Errorf("quoteNameWords(%q) = %q, want %q", c.name, got, c.words)
		}
	}
}

// isNameParticle lowers ASCII words itself: it must answer as the map
// does for the word lower-cased, whatever its case or length.
func TestIsNameParticle(t *testing.T) {
	for _, w := range []string{"von", "Von", "VAN", "de", "De", "Smith", "DER", "d’", "Ｖｏｎ", "abcdefghijklmnopqrstuvwxyz", ""} {
		if got, want := isNameParticle(w), nameParticles[strings.ToLower(w)]; got != want {
			t.Errorf("isNameParticle(%q) = %v, want %v", w, got, want)
		}
	}
	if !isNameParticle("Van") || isNameParticle("Smith") {
		t.Errorf("isNameParticle: Van should be a particle and Smith not")
	}
}

// sharedTokens reuses the sentences' array only when they are consecutive
// slices of it; a sentence copied elsewhere gets a new array.
func TestSharedTokens(t *testing.T) {
	text := "Ann Lee spoke. Bob Hart left. Then it rained."
	toks := tokenize(text)
	sents := splitSentences(text, toks)
	if len(sents) < 2 {
		t.Fatalf("want several sentences, got %d", len(sents))
	}
	n := 0
	for _, s := range sents {
		n += len(s.toks)
	}
	if got := sharedTokens(sents, n); cap(got) != n || &got[:1][0] != &sents[0].toks[0] {
		t.Errorf("consecutive sentences: not their own array")
	}
	moved := append([]sentence(nil), sents...)
	moved[1].toks = append([]token(nil), sents[1].toks...)
	if got := sharedTokens(moved, n); &got[:1][0] == &sents[0].toks[0] {
		t.Errorf("a copied sentence: the array is still shared")
	}
	q := newQtext(text, sents, nil)
	for i, tok := range q.toks {
		if tok != toks[i] {
			t.Errorf("token %d: %q, want %q", i, tok.text, toks[i].text)
		}
	}
}

// TestAgencyCreditOpeningALine: "(Reuters) -" at the head of a line, after
// a time stamp and a single line break, is a dateline, not the start of
// the story's first sentence.
func TestAgencyCreditOpeningALine(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"after a time stamp", "Thu Apr 2, 2015 8:10am EDT\n(Reuters) - Harbour Mills Corp said it will cut 300 jobs by the end of 2016, as it moves work abroad.\nThe cuts follow a weak year.", "Harbour Mills Corp said"},
		{"after a blank line", "Mills to cut jobs\n\n(AP) — Harbour Mills Corp said it will cut 300 jobs by the end of 2016, as it moves work abroad.", "Harbour Mills Corp said"},
		{"a bracket that is no agency", "Mills to cut jobs\n(in brief) Harbour Mills Corp said it will cut 300 jobs by the end of 2016.", "(in brief) Harbour Mills"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := splitSentences(tc.text, tokenize(tc.text))
			for _, s := range sents {
				if got := tc.text[s.start:s.end]; strings.Contains(got, "2016") {
					if !strings.HasPrefix(got, tc.want) || s.headline {
						t.Errorf("the story's sentence is %q (headline %v), want it to open %q", got, s.headline, tc.want)
					}
					return
				}
			}
			t.Errorf("no sentence holds the date in %q", tc.text)
		})
	}
}

// TestCreditMarksOnlyItsCaption: a photo credit makes its caption
// furniture, and nothing more. In a page copied with single line breaks
// each line is a paragraph, so the story's lines before the credit stay
// text; with blank lines, a caption wrapped over two lines is still
// furniture as a whole.
func TestCreditMarksOnlyItsCaption(t *testing.T) {
	tests := []struct {
		name, text string
		story      []string // sentences (by their opening) that must stay text
		furniture  []string // sentences that must be furniture
	}{
		{"single line breaks",
			"Minister calls for faster flood repairs\nDeputy Minister Tran Van Hoa has asked the Ministry of Transport to finish the repairs of the coastal road by June 2024.\nThe instruction was sent to the provinces of the central region.\nDeputy Minister Tran Van Hoa inspects the coastal road. (Photo: VNA)\nThe ministry must report on the work every month.",
			[]string{"Deputy Minister Tran Van Hoa has", "The instruction", "The ministry must"},
			[]string{"Deputy Minister Tran Van Hoa inspects"}},
		{"a caption over two lines without blank lines",
			"Engineers check the road\nTransport officials opened the bridge on March 3, 2024, after two years of work.\nA lorry stands on the new bridge on March 2, 2024, near Hue.\nThe bridge was opened to traffic a day later. / AFP / LE MINH (Photo credit should read LE MINH/AFP via Getty Images)",
			[]string{"Transport officials"},
			[]string{"A lorry stands", "The bridge was opened"}},
		{"a spaced slash before Getty Images",
			"Quake shakes the coast\nFishermen leave their boats in Gwadar after the quake near the border, March 3, 2021. / Getty Images |\nThe survey put the quake's depth at 40 miles on Tuesday.\nOfficials said 12 houses had fallen in two villages.",
			[]string{"Officials said"},
			[]string{"Fishermen leave"}},
		{"a handout credit after the caption's sentence",
			"Storm floods the valley\n\nWaves break over the sea wall at Porthleven, Britain, February 4, 2024. Courtesy Cornwall Council/Handout via REUTERS\n\nThe storm closed 40 roads on Sunday, the council told Reuters.",
			[]string{"The storm closed 40 roads"},
			[]string{"Waves break", "Courtesy Cornwall Council"}},
		{"a credit in square brackets after a pipe",
			"Polls close in Lisbon\nThe count ended on Monday with 52 percent for the mayor.\n|\nThe mayor waves after casting his vote in Lisbon, June 2, 2024. [Xinhua/Reuters Photo] |\nHis rival got 48 percent of the votes.",
			[]string{"The count ended", "His rival got"},
			[]string{"|", "The mayor waves", "[Xinhua/Reuters Photo]"}},
		{"a picture credited via an agency",
			"Probe lands\n\nThis image provided by Lunar Works shows the crater after the landing on Tuesday. (Lunar Works via AP)\n\nThe probe landed on Tuesday, the agency said, citing data sent via AP.",
			[]string{"The probe landed"},
			[]string{"This image provided", "(Lunar Works via AP)"}},
		{"a photo courtesy line",
			"Fire grows\nCrews dug lines around the fire that began Sunday. Photo courtesy State Fire/Facebook |\nThe fire grew to 9,000 acres on Monday.",
			[]string{"The fire grew"},
			[]string{"Crews dug lines", "Photo courtesy"}},
		{"a quotation with talks in it is no caption",
			"Talks end\n\n\"At the talks both sides reviewed the plan,\" the agency said, referring to the meeting their leaders held in April.\n\nThey set no date.",
			[]string{"\"At the talks", "They set no date."},
			nil},
		{"a caption wrapped in its paragraph",
			"Flood repairs speed up\n\nWorkers clear the coastal road near Hue.\nThe road reopened to lorries last week. (Photo: VNA)\n\nThe ministry said the repairs would end by June 2024.",
			[]string{"The ministry said"},
			[]string{"Workers clear", "The road reopened"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sents := splitSentences(tc.text, tokenize(tc.text))
			check := func(open string, furniture bool) {
				for _, s := range sents {
					if strings.HasPrefix(tc.text[s.start:s.end], open) {
						if s.furniture != furniture {
							t.Errorf("%q: furniture %v, want %v", tc.text[s.start:s.end], s.furniture, furniture)
						}
						return
					}
				}
				t.Errorf("no sentence opens %q", open)
			}
			for _, open := range tc.story {
				check(open, false)
			}
			for _, open := range tc.furniture {
				check(open, true)
			}
		})
	}
}

// TestPositionMarkOrParty: "(L)" or "(R)" before the picture's verb or
// the next person marks a caption; "(R)" after a politician's name at a
// sentence's end or before "said" is the party, and the sentence is
// story text.
func TestPositionMarkOrParty(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Mayor Ana Ruiz (L) talks with residents of the flooded street in Hue.", true},
		{"Mayor Ana Ruiz (L), Governor Tom Alder (R) and their aides tour the dam.", true},
		{"The judge said the ruling still stood after the appeal of former Ohio Gov. Carla Mott (R).", false},
		{"Senator Lena Hart (R) said the budget bill would pass by Friday.", false},
		{"Governor Tom Alder (R) signed the budget bill on Friday.", false},
	}
	for _, tc := range tests {
		if got := captionLike(tokenize(tc.text)); got != tc.want {
			t.Errorf("captionLike(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestCaptionVerbNotANoun: a caption's verb follows its subject ("The
// minister talks with …"); after an article or a preposition the same
// word is a noun ("at the talks"), and a quotation is never a caption.
func TestCaptionVerbNotANoun(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The minister talks with farmers at a market in Hue, Vietnam, May 3, 2024.", true},
		{"A rescuer holds a child after the flood in Derna, Libya, September 12, 2023.", true},
		{"At the talks the two sides agreed to meet again in May.", false},
		{"Both leaders praised their talks in Oslo in June.", false},
		{"\"We are ready,\" the minister said as she talks to reporters on May 4.", false},
		{"Flames engulf a barn near Mill Creek, Oregon, U.S., August 3, 2021.", true},
		{"Protesters gather outside the parliament in Tbilisi, Georgia, March 9, 2023.", true},
		{"Protesters gather outside the parliament every week since March 9, 2023.", false},
		{"The protests gather pace in Tbilisi after the vote of March 9, 2023.", false},
		{"Flames engulf a barn near Mill Creek, officials said on Tuesday.", false},
		{"Officials said farmers burn stubble near Mill Creek, Oregon, August 3, 2021.", false},
	}
	for _, tc := range tests {
		if got := captionLike(tokenize(tc.text)); got != tc.want {
			t.Errorf("captionLike(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// Shapes of real pages that used to cut or glue sentences: a quotation
// reopened after a full stop, a time zone in words after "a.m.", a bullet
// before a quotation, a dateline after a single line break, a line broken
// inside a quotation, a wire's closing mark.
func TestSplitterShapes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string // the sentences, "F:" before furniture, "H:" before a headline
	}{
		{"quotation reopened", `"The ball hit the post," Reid told the club's channel. "It was a fine save.`,
			[]string{`"The ball hit the post," Reid told the club's channel.`, `"It was a fine save.`}},
		{"closing quote kept", `Reid said: "It was a fine save." Then he left.`,
			[]string{`Reid said: "It was a fine save."`, `Then he left.`}},
		{"time zone in words", "The probe left at 6:15 p.m. Pacific Time from the base. It flew well.",
			[]string{"The probe left at 6:15 p.m. Pacific Time from the base.", "It flew well."}},
		{"summer time", "The polls closed at 10 p.m. British Summer Time on Thursday.",
			[]string{"The polls closed at 10 p.m. British Summer Time on Thursday."}},
		{"a.m. ends a sentence", "The rocket rose at 9:02 a.m. The crowd cheered.",
			[]string{"The rocket rose at 9:02 a.m.", "The crowd cheered."}},
		{"bullet before a quotation", "Ann Lee spoke.\n\n  • \"We found three nests,\" said Tom Hale of the zoo.",
			[]string{"Ann Lee spoke.", "F:•", "\"We found three nests,\" said Tom Hale of the zoo."}},
		{"dateline after one line break", "Probe reaches the Moon\nHOUSTON, May 4 (UPI) -- The probe landed on the Moon on Tuesday.",
			[]string{"H:Probe reaches the Moon", "F:HOUSTON, May 4 (UPI) --", "The probe landed on the Moon on Tuesday."}},
		{"capitals after one line break", "The team met.\nNATO - the alliance - said nothing.",
			[]string{"The team met.", "NATO - the alliance - said nothing."}},
		{"line broken inside a quotation", "\"They say Lee scored only one\n(league goal) last year, so two is good.\"",
			[]string{"\"They say Lee scored only one\n(league goal) last year, so two is good.\""}},
		{"roman numeral ends a sentence", "The league was set up after World War I. It met in Geneva.",
			[]string{"The league was set up after World War I.", "It met in Geneva."}},
		{"dotted word ends a paragraph", "The firm moved to Washington, D.C.\n\nIt grew fast.",
			[]string{"The firm moved to Washington, D.C.", "It grew fast."}},
		{"middle initial stays", "President Harry S. Truman spoke first. He left early.",
			[]string{"President Harry S. Truman spoke first.", "He left early."}},
		{"colon at a line's end", "The board gave figures on 4 May:\nAs of 6 May there were 120 cases.",
			[]string{"The board gave figures on 4 May:", "As of 6 May there were 120 cases."}},
		{"a delegate's title", "Lee widened his lead over former Del. Ana Cruz on Monday. The count ended.",
			[]string{"Lee widened his lead over former Del. Ana Cruz on Monday.", "The count ended."}},
		{"question headline", "Which Kings Fell in Battle?\n\nKing Harold died at Hastings in 1066.",
			[]string{"H:Which Kings Fell in Battle?", "King Harold died at Hastings in 1066."}},
		{"question in the story", "Who will pay for the new bridge?\n\nThe council met on Monday.",
			[]string{"Who will pay for the new bridge?", "The council met on Monday."}},
		{"page number", "The paper ran it on p. 112 of its Monday edition. Few read it.",
			[]string{"The paper ran it on p. 112 of its Monday edition.", "Few read it."}},
		{"closing mark", "The crew will study plants, according to the agency. ■",
			[]string{"The crew will study plants, according to the agency."}},
		{"a pipe alone on a line", "The vote closed on Sunday.\n|\nThe count began at once.",
			[]string{"The vote closed on Sunday.", "F:|", "The count began at once."}},
		{"a pipe inside a line", "Turnout | the highest since 1990 | was 61 percent.",
			[]string{"Turnout | the highest since 1990 | was 61 percent."}},
		{"a page copied as a list opens on its title", "- Revolution of 1830\n- The Revolution of 1830 began in Paris on 26 July.",
			[]string{"F:-", "H:Revolution of 1830", "F:-", "The Revolution of 1830 began in Paris on 26 July."}},
		{"a list's first item in the story stays text", "The plan includes:\n- New buses by June\n- Free fares for pupils",
			[]string{"The plan includes:", "F:-", "New buses by June", "F:-", "Free fares for pupils"}},
		{"born in a life span, no space", "Ann Rowe (b.Leeds, 1801–1866), the first mayor, came to York as a clerk. She stayed.",
			[]string{"Ann Rowe (b.Leeds, 1801–1866), the first mayor, came to York as a clerk.", "She stayed."}},
		{"born and died in brackets", "The painter Tom Hale (b. 1790; d. 1852) worked in Bath. He never left.",
			[]string{"The painter Tom Hale (b. 1790; d. 1852) worked in Bath.", "He never left."}},
		{"circa before a year", "The chapel was built c. 1450 by the monks. It burned later.",
			[]string{"The chapel was built c. 1450 by the monks.", "It burned later."}},
		{"a list of letters ends a sentence", "The form has boxes a, b, c, d. The last one is for the date.",
			[]string{"The form has boxes a, b, c, d.", "The last one is for the date."}},
		{"born after a comma, before a year", "Ann Rowe, b. 1801, was the first mayor. She stayed.",
			[]string{"Ann Rowe, b. 1801, was the first mayor.", "She stayed."}},
		{"a letter that ends a sentence", "The plan that won was plan b. The others failed.",
			[]string{"The plan that won was plan b.", "The others failed."}},
		{"a lettered item ends a sentence", "The firm chose option (c). Its rivals chose (d). They lost.",
			[]string{"The firm chose option (c).", "Its rivals chose (d).", "They lost."}},
	}
	for _, c := range cases {
		var got []string
		for _, s := range splitSentences(c.text, tokenize(c.text)) {
			x := c.text[s.start:s.end]
			if s.furniture {
				x = "F:" + x
			} else if s.headline {
				x = "H:" + x
			}
			got = append(got, x)
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: sentences\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}

// An acute accent or a backtick standing for the apostrophe keeps the
// word whole and marks a possessive, as the apostrophe does.
func TestApostropheLookalikes(t *testing.T) {
	cases := []struct {
		text, word string
		poss       bool
	}{
		{"Reid´s first fight", "Reid", true},
		{"the club`s coach", "club", true},
		{"he didn´t know", "didn´t", false},
		{"Congress` new rule", "Congress", true},
		{"the ``final`` word", "final", false},
	}
	for _, c := range cases {
		found := false
		for _, tok := range tokenize(c.text) {
			if tok.text == c.word {
				found = true
				if tok.poss != c.poss {
					t.Errorf("%q: %q poss = %v, want %v", c.text, c.word, tok.poss, c.poss)
				}
			}
		}
		if !found {
			t.Errorf("%q: no token %q", c.text, c.word)
		}
	}
}
