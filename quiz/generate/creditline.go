package generate

import "strings"

// creditOpeners open a picture's credit: "Photo: The Telegraph".
var creditOpeners = []string{"photo:", "photograph:", "picture:", "image:", "photo credit:"}

// markCreditLine marks a caption written on one line with its credit at
// the end ("Swedish Prime Minister X and his wife Y. X appears to be
// heading for a second term. Photo: The Telegraph"): every sentence of
// the line before the credit is the caption's, furniture like the credit
// (set 18's Reinfeldt was asked his office from such a caption, which
// the story never gives). The credit must end its line and not open it
// (a line opening on "Photo:" is furniture already, alone).
func markCreditLine(text string, sents []sentence) {
	for i := 1; i < len(sents); i++ {
		s := sents[i]
		if s.toks[0].newlines > 0 || i+1 < len(sents) && sents[i+1].toks[0].newlines == 0 || len(s.toks) > 12 {
			continue
		}
		line := strings.ToLower(text[s.start:s.end])
		credit := false
		for _, o := range creditOpeners {
			credit = credit || strings.HasPrefix(line, o)
		}
		if !credit {
			continue
		}
		for k := i; k >= 0; k-- {
			sents[k].furniture, sents[k].headline = true, true
			if sents[k].toks[0].newlines > 0 {
				break
			}
		}
	}
}
