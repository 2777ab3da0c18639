package factlist

import (
	"strings"

	"factquiz/quiz/generate"
)

// creditedTo says which of the listed facts a question on found fact f
// is credited with: of the entries f matches, the ones it matches best.
// A found fact matches several entries when they share a value (two
// people "joined the Irish Volunteers in 1913"; a listed "1800" is the
// first year of a found "1800-1801"); a question on it asks one of them:
//   - a match by the fact's own text beats one of the looser readings (a
//     year at a span's end, MatchesIn's variants);
//   - among the rest, the entry whose own words (those the tied entries
//     do not share: "Cosgrave", "Valera") stand nearest before the fact,
//     or in its sentence, is the one asked.
//
// When nothing tells them apart, every one is credited, as before.
func creditedTo(a Article, lower string, entries []Entry, matched []int, f generate.Fact) []int {
	if len(matched) < 2 {
		return matched
	}
	best, top := []int(nil), -1
	for _, ei := range matched {
		t := matchTier(entries[ei], f)
		if t > top {
			best, top = nil, t
		}
		if t == top {
			best = append(best, ei)
		}
	}
	if len(best) < 2 || f.End > len(a.Text) || f.Start >= f.End {
		return best
	}
	// Each entry's own words: those of its second field not in every tied
	// entry's.
	words := make([][]string, len(best))
	common := map[string]int{}
	for i, ei := range best {
		seen := map[string]bool{}
		for _, w := range strings.Fields(normalize(entries[ei].Fields[1])) {
			w = strings.Trim(strings.TrimSuffix(w, "'s"), ".,;:()\"'")
			if len(w) > 2 && !seen[w] {
				seen[w] = true
				words[i] = append(words[i], w)
				common[w]++
			}
		}
	}
	from, to := sentenceBounds(a.Text, f.Start, f.End)
	// distance of an entry: 0 when one of its own words is in the fact's
	// sentence, else how far before the fact the nearest one ends; -1 when
	// none stands before the fact's sentence ends.
	dist := func(ws []string) int {
		d := -1
		for _, w := range ws {
			if common[w] == len(best) {
				continue
			}
			for _, s := range occurrences(lower, w) {
				if s[0] >= to {
					break
				}
				x := 0
				if s[1] <= from {
					x = from - s[1]
				}
				if d < 0 || x < d {
					d = x
				}
			}
		}
		return d
	}
	var near []int
	nearest := -1
	for i, ei := range best {
		d := dist(words[i])
		if d < 0 {
			continue
		}
		if nearest < 0 || d < nearest {
			near, nearest = nil, d
		}
		if d == nearest {
			near = append(near, ei)
		}
	}
	if len(near) == 0 {
		return best
	}
	return near
}

// matchTier ranks how a found fact matches an entry: 2 by its own text
// (a date's words, a leader's person and office, a count's number and
// noun …), 1 by a year at the end of a found span or a variant MatchesIn
// allows.
func matchTier(e Entry, f generate.Fact) int {
	if f.Kind == generate.Date {
		if same(f.Text, e.Fields[0]) || sameWords(f.Text, e.Fields[0]) {
			return 2
		}
		return 1
	}
	if Matches(e, f) {
		return 2
	}
	return 1
}
