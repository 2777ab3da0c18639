package generate

// A city's name after a comma may be the state it names: "Oneonta, New
// York", "Spokane, Washington" place a town in New York State and in
// Washington State, not beside the cities (read as a list, the town was
// never asked). The gazetteer lists such a state as "New York State".

// stateOfCityName is the region "NAME State" of the gazetteer for a city
// span read after a comma, with kind "region"; else the span's own.
func stateOfCityName(p placeSpan) (*gazPlace, string) {
	if r := places().lookupKind(p.name+" State", "region"); r != nil {
		return r, "region"
	}
	return p.gaz, p.kind
}
