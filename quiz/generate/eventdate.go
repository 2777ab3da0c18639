package generate

// A date naming its event (round 23, "noclause23"): "Asif Iqbal
// replicated the feat in the 1979-80 season", "the women's event was
// added at the 1984 Olympics", "she won the seat in the 2015 general
// election". The date follows "the", so it dated no clause ("no clause:
// date after the"); the event is a season, an election or a games held
// in the date, and the phrase dates its clause as "in 1984" would.

// heldNouns end a phrase "the DATE … NOUN" that is held in its date.
var heldNouns = map[string]bool{"season": true, "election": true, "elections": true, "olympics": true, "games": true, "championships": true, "championship": true, "tournament": true}

// eventDate is d read with its event phrase: from "the" to the event's
// noun, after "in", "at" or "during" (asked "in"). Between the date and
// the noun at most three words, "general", "summer", "winter" or a
// capitalised name ("the 1924 Paris Olympics"); nothing follows the noun
// that would make it a modifier ("the 2019 season opener").
func eventDate(toks []token, d date) (date, bool) {
	if d.prep != "the" || d.qual != "" || d.year == 0 || d.start < 2 || !toks[d.start-2].is("in", "at", "during") {
		return d, false
	}
	k := d.end
	for k < len(toks) && k-d.end < 3 && !heldNouns[toks[k].lower()] {
		if !toks[k].isWord() || !toks[k].cap() && !toks[k].is("general", "summer", "winter") {
			return d, false
		}
		k++
	}
	if k >= len(toks) || !heldNouns[toks[k].lower()] {
		return d, false
	}
	if k+1 < len(toks) && toks[k+1].isWord() && !toks[k+1].is("and", "in", "at", "on", "for", "with", "against", "when", "after", "before", "as", "to", "from", "by") {
		return d, false
	}
	d.start, d.end, d.prep = d.start-1, k+1, "in"
	return d, true
}
