package generate

import "strings"

// navOpeners open a line of a site's own furniture that is no story and
// names nobody in it: an advert's call to watch ("Watch the final live on
// …", "Watch a video of the launch below."), a list of the site's
// headlines ("Top Stories:", "Also Read: …") and a tag page's heading
// ("Home Tags Posts tagged with …").
// The call is an imperative before what it shows ("Watch sales rose" is
// a story's).
var navOpeners = []string{
	"watch the ", "watch a ", "watch all ", "watch every ", "watch it ", "watch live", "watch our ", "watch now", "watch:",
	"stream the ", "stream all ", "stream every ", "stream live",
	"top stories", "also read", "tags:", "home tags", "posts tagged",
}

// navOpening reports a line (lower case) opening on a navOpener;
// markFurniture marks its sentence furniture and nav (the capitalised
// words of "Tags Posts", "Top Stories" are nobody, not even a wrong
// choice of speaker: findPeople skips them).
func navOpening(line string) bool {
	for _, o := range navOpeners {
		if strings.HasPrefix(line, o) {
			return true
		}
	}
	return false
}
