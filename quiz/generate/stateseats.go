package generate

import "strings"

// A US senator or representative holds one of a state's seats in
// Congress: news calls her "a senator from Texas", never "the Senator of
// Texas" (the state has two senators and many representatives), whereas
// a state's governor is "the Governor of Texas". The label of such a
// seat reads "Senator from Texas", and a statement gives it "a", not
// "the".

// seatTitles are the offices of a state's seats in a legislature.
var seatTitles = setOf("senator|representative|congressman|congresswoman|state senator|state representative|delegate|assemblyman|assemblywoman|assembly member")

// usStateNames are the states as articles name them, the gazetteer's
// "New York State" and "Washington State" written plain too.
var usStateNames = func() map[string]bool {
	m := map[string]bool{"New York": true, "Washington": true}
	for _, s := range postalStates {
		m[s] = true
	}
	return m
}()

// stateSeat reports an office that is one of a US state's seats in
// Congress or in its own legislature: "Senator" of "Texas".
func stateSeat(office, state string) bool {
	return usStateNames[state] && seatTitles[officeKey(office)]
}

// officeLink joins an office and its country in a label: " of the "
// before a country that takes "the", " from " for a US state's seat
// ("Senator from Texas"), " of " else (officeLabel stays small enough to
// be inlined, its string then often on the stack).
func officeLink(office, country string) string {
	switch {
	case needsThe(country):
		return " of the "
	case usStateNames[country] && stateSeat(office, country):
		return " from "
	}
	return " of "
}

// officeArticle is the article before an office label in a statement:
// "a" for one of a state's seats ("a Senator from Texas"), else "the".
func officeArticle(label string) string {
	if i := strings.LastIndex(label, " from "); i > 0 && stateSeat(label[:i], label[i+len(" from "):]) {
		return "a"
	}
	return "the"
}

// officeOfBody reports an office label that names its body: "Governor of
// Texas", "Senator from Texas" (one form), not "Senator".
func officeOfBody(label string) bool {
	return strings.Contains(label, " of ") || strings.Contains(label, " from ") && officeBody(label) != ""
}
