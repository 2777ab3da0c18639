package generate

import "strings"

// Headlines turn a portfolio's title about: "Health minister opens two
// clinics" names "Minister of Health", "Defence Secretary visits troops"
// "Secretary of Defence". A title naming the office so gives the office
// question away as plainly as the full title would (held-out set 21
// rejected "What office does X hold?", "Minister of Education", under
// "Education minister inaugurates three university councils").

// invertedOffice is a "Minister of …", "Minister for …", "Secretary of …"
// or "Secretary for …" title written head last ("Health Minister"), ""
// for another office or a portfolio that holds a further "of" or "for"
// ("Minister of State for Trade").
func invertedOffice(office string) string {
	head, rest, ok := strings.Cut(strings.TrimSpace(office), " ")
	if !ok || !strings.EqualFold(head, "minister") && !strings.EqualFold(head, "secretary") {
		return ""
	}
	link, portfolio, ok := strings.Cut(rest, " ")
	if !ok || !strings.EqualFold(link, "of") && !strings.EqualFold(link, "for") {
		return ""
	}
	portfolio = strings.TrimPrefix(portfolio, "the ")
	for _, w := range strings.Fields(portfolio) {
		if strings.EqualFold(w, "of") || strings.EqualFold(w, "for") || strings.EqualFold(w, "state") {
			return ""
		}
	}
	return portfolio + " " + head
}
