package generate

import "testing"

// TestAdWordName: an "Advertisement" line run into the next sentence
// ("… Atlantis. Advertisement Lee, the …") starts no person's name: the
// speaker is the person the article names, not "Advertisement Lee".
func TestAdWordName(t *testing.T) {
	for _, ad := range []string{"Advertisement", "Sponsored", "Advert"} {
		text := "The shuttle lifted off from the coast of Florida on Monday, watched by Ann Lee. " + ad +
			" Lee, the manager of the new camera, and 80 other engineers travelled from Maryland to see it.\n\n" +
			"“I am hoping with all my heart that the crew will succeed,” Lee said.\n"
		sents := splitSentences(text, tokenize(text))
		quotes, _ := findQuotes(text, sents, nil)
		if len(quotes) == 0 {
			t.Errorf("%s: no quotation found", ad)
			continue
		}
		if got := quotes[0].Speaker; got != "Ann Lee" {
			t.Errorf("%s: speaker %q, want %q", ad, got, "Ann Lee")
		}
	}
}
