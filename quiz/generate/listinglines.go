package generate

import "strings"

// A site's counter or listing line copied with the story ("There were
// 1,540 press releases posted in the last 24 hours and 405,549 in the
// last 365 days.", "Showing posts with label election results.") counts
// the site's own items, not the story's: page furniture (held-out set 20
// asked it as a statement).

// siteItems are the things a site lists and counts.
var siteItems = setOf(`releases|articles|stories|posts|items|entries|results|comments|videos|listings|jobs|news|updates|reports`)

// siteVerbs put an item on a site.
var siteVerbs = setOf(`posted|published|submitted|uploaded|added|listed|found|shared`)

// markListingLines marks furniture a line that opens counting the site's
// items over a recent period or showing a listing of them.
func markListingLines(sents []sentence) {
	for i := range sents {
		s := &sents[i]
		if s.furniture || i > 0 && s.toks[0].newlines == 0 || !listingLine(s.toks) {
			continue
		}
		// The rest of its line goes with it ("… results. Show all posts").
		for k := i; k < len(sents) && (k == i || sents[k].toks[0].newlines == 0); k++ {
			sents[k].furniture, sents[k].headline = true, true
		}
	}
}

// listingLine reports "Showing posts with label …", "Showing 1-20 of
// 345 results", or a count of items put on the site in the last hours or
// days: "1,540 press releases posted in the last 24 hours".
func listingLine(ts []token) bool {
	if len(ts) > 1 && ts[0].is("showing", "displaying") {
		for _, t := range ts[1:min(len(ts), 6)] {
			if siteItems[t.lower()] {
				return true
			}
		}
	}
	for k := 1; k+4 < len(ts); k++ {
		if !siteItems[ts[k].lower()] || !siteVerbs[ts[k+1].lower()] {
			continue
		}
		// A number before the item: "1,540 press releases", "12 new posts".
		counted := false
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if allDigits(strings.ReplaceAll(ts[j].text, ",", "")) {
				counted = true
			}
		}
		if counted && ts[k+2].is("in", "over", "during", "within") && ts[k+3].is("the") && ts[k+4].is("last", "past") {
			return true
		}
	}
	return false
}
