package generate

import "testing"

// TestStateOfCityName checks a town followed by a state that shares a
// city's name ("Oneonta, New York"): the state is where the town lies,
// and the town is asked among the state's cities; a list of cities
// ("Paris, New York and Washington") stays a list.
func TestStateOfCityName(t *testing.T) {
	tests := []struct {
		name, text, prompt, answer string
	}{
		{"New York", "Tom Hale was born in Oneonta, New York, in 1961.", "In which city was Tom Hale born?", "Oneonta"},
		{"Washington", "Tom Hale was born in Spokane, Washington, in 1961.", "In which city was Tom Hale born?", "Spokane"},
		{"a list", "The leaders met in Paris, New York and Washington in 1961.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPlaceQuestion(t, tc.text, tc.prompt, tc.answer, nil) })
	}
}
