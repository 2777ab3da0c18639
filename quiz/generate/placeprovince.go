package generate

import "strings"

// bareRegion reads a region the text names with a lower-case word after
// it, as news of China and of other countries writes it ("in Sichuan
// province", "in Qinghai province", "in Idlib province"): when the
// gazetteer knows the name without the word, the region is asked by that
// name, like the wrong regions offered beside it ("Sichuan", not
// "Sichuan province" among "Gansu" and "Yunnan"). Otherwise name and gp
// come back as they were.
func bareRegion(name string, gp *gazPlace, kind string) (string, *gazPlace) {
	if gp != nil || kind != "region" {
		return name, gp
	}
	for _, w := range []string{" province", " region", " state", " oblast", " governorate"} {
		if bare, ok := strings.CutSuffix(name, w); ok {
			if p := places().lookupKind(bare, "region"); p != nil {
				return bare, p
			}
		}
	}
	return name, gp
}
