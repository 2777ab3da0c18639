package testwise

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"factquiz/quiz"
)

// TestStrategies builds choices on which each strategy finds the answer,
// and choices on which it picks wrong or cannot pick at all.
func TestStrategies(t *testing.T) {
	tests := []struct {
		name     string
		strategy Strategy
		choices  []string
		want     []int // the picks; nil: no pick
	}{
		// middle
		{"middle: month shifted each way", MiddleStrategy, []string{"August 27", "September 27", "October 27"}, []int{1}},
		{"middle: shuffled days with years", MiddleStrategy, []string{"Oct. 5, 2021", "Aug. 5, 2021", "Sept. 5, 2021"}, []int{2}},
		{"middle: years, even count, one far off", MiddleStrategy, []string{"2030", "2019", "2020", "2021"}, []int{2}},
		{"middle: even and symmetric hesitates", MiddleStrategy, []string{"2019", "2020", "2021", "2022"}, []int{1, 2}},
		{"middle: counts with separators and words", MiddleStrategy, []string{"60,000", "6,000", "600,000"}, []int{0}},
		{"middle: millions", MiddleStrategy, []string{"2 million", "900,000", "21 million"}, []int{0}},
		{"middle: number words", MiddleStrategy, []string{"twenty-one", "three", "twelve"}, []int{2}},
		{"middle: seasons", MiddleStrategy, []string{"the winter of 2014", "the spring of 2014", "the summer of 2014"}, []int{2}},
		{"middle: year ranges by first year", MiddleStrategy, []string{"1992-1994", "1986-1988", "1998-2000"}, []int{0}},
		{"middle: names give no pick", MiddleStrategy, []string{"Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"}, nil},
		{"middle: mixed forms give no pick", MiddleStrategy, []string{"2020", "September 27", "October 2020"}, nil},
		{"middle: equal values give no pick", MiddleStrategy, []string{"three", "3", "5"}, nil},
		{"middle: two choices give no pick", MiddleStrategy, []string{"2019", "2020"}, nil},
		// convergence
		{"convergence: office crossed with countries", ConvergenceStrategy, []string{"President of Armenia", "President of Azerbaijan", "President of Russia", "Prime Minister of Azerbaijan"}, []int{1}},
		{"convergence: digits in their places", ConvergenceStrategy, []string{"1988", "1989", "1978", "2013"}, []int{0}},
		{"convergence: date parts", ConvergenceStrategy, []string{"September 27, 2020", "October 27, 2020", "September 4, 2020", "September 27, 2019"}, []int{0}},
		{"convergence: nothing shared gives no pick", ConvergenceStrategy, []string{"Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"}, nil},
		{"convergence: all share alike gives no pick", ConvergenceStrategy, []string{"President of Azerbaijan", "President of Armenia", "President of Russia"}, nil},
		// longest
		{"longest: one stands out", LongestStrategy, []string{"Mayor", "Governor", "Secretary-General of the United Nations"}, []int{2}},
		{"longest: two of one length", LongestStrategy, []string{"May 3", "June 30", "July 14"}, []int{1, 2}},
		{"longest: all of one length gives no pick", LongestStrategy, []string{"1988", "1991", "2003"}, nil},
		// odd one out
		{"odd one out: the only one with a comma", OddOneOutStrategy, []string{"Tomasz Wrona", "Ilham Aliyev", "Aliyev, Ilham", "Nikol Pashinyan"}, []int{2}},
		{"odd one out: the only abbreviation", OddOneOutStrategy, []string{"September 27", "October 27", "Nov. 27", "August 27"}, []int{2}},
		{"odd one out: the only one with more words", OddOneOutStrategy, []string{"Ilham Aliyev", "Nikol Pashinyan", "Harry S. Truman", "Vladimir Putin"}, []int{2}},
		{"odd one out: same shapes give no pick", OddOneOutStrategy, []string{"President of Armenia", "President of Russia", "President of Turkey"}, nil},
		{"odd one out: a few letters of length are not enough", OddOneOutStrategy, []string{"Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tc.strategy.Pick(tc.choices)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("%s picks %v among %q, want %v", tc.strategy.Name, got, tc.choices, tc.want)
			}
		})
	}
}

func single(right int, texts ...string) quiz.Question {
	q := quiz.Question{Type: quiz.Single, Prompt: "?"}
	for i, s := range texts {
		q.Choices = append(q.Choices, quiz.Choice{Text: s, Correct: i == right})
	}
	return q
}

// TestScore checks hits, the questions a strategy applied to, chance and
// gain, on questions made for the strategy to win, to lose, to hesitate
// and to skip.
func TestScore(t *testing.T) {
	tests := []struct {
		name      string
		strategy  Strategy
		questions []quiz.Question
		hits      float64
		applied   int
		seen      int
		chance    float64
		gain      float64
	}{
		{"middle wins on shifted dates", MiddleStrategy, []quiz.Question{
			single(1, "August 27", "September 27", "October 27"),
			single(1, "1987", "1988", "1989", "1999"),
		}, 2, 2, 2, (1.0/3 + 1.0/4) / 2, 100 * (1 - (1.0/3+1.0/4)/2)},
		{"middle loses when the answer is at an end", MiddleStrategy, []quiz.Question{
			single(0, "August 27", "September 27", "October 27"),
			single(0, "1987", "1988", "1999", "2004"),
		}, 0, 2, 2, (1.0/3 + 1.0/4) / 2, -100 * (1.0/3 + 1.0/4) / 2},
		{"a hesitation counts a share", LongestStrategy, []quiz.Question{
			single(1, "May 3", "June 30", "July 14"),
		}, 0.5, 1, 1, 1.0 / 3, 100 * (0.5 - 1.0/3)},
		{"questions without a pick and other types do not count", LongestStrategy, []quiz.Question{
			single(0, "1988", "1991", "2003"),
			{Type: quiz.TrueFalse, Prompt: "?", Truth: true},
			{Type: quiz.Multiple, Prompt: "?", Choices: []quiz.Choice{{Text: "a", Correct: true}, {Text: "bb", Correct: true}}},
			single(2, "Mayor", "Governor", "Secretary-General of the United Nations"),
		}, 1, 1, 2, 1.0 / 3, 100 * (1 - 1.0/3)},
		{"no pick at all", ConvergenceStrategy, []quiz.Question{
			single(0, "Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"),
		}, 0, 0, 1, 0, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ScoreQuestions(tc.strategy, tc.questions)
			near := func(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
			if !near(s.Hits, tc.hits) || s.Applied != tc.applied || s.Questions != tc.seen ||
				!near(s.Chance(), tc.chance) || !near(s.Gain(), tc.gain) {
				t.Errorf("got hits %v applied %d seen %d chance %v gain %v, want %v %d %d %v %v",
					s.Hits, s.Applied, s.Questions, s.Chance(), s.Gain(), tc.hits, tc.applied, tc.seen, tc.chance, tc.gain)
			}
		})
	}
}

func TestMergeAndString(t *testing.T) {
	a := ScoreQuestions(MiddleStrategy, []quiz.Question{single(1, "August 27", "September 27", "October 27")})
	b := ScoreQuestions(MiddleStrategy, []quiz.Question{single(0, "1987", "1988", "1999", "2004"), single(0, "Paris", "Rome", "Oslo")})
	a.Merge(b)
	if a.Questions != 3 || a.Applied != 2 || a.Hits != 1 {
		t.Fatalf("merged score %+v, want 3 seen, 2 applied, 1 hit", a)
	}
	for _, want := range []string{"1/2 right (50%)", "chance 29%", "gain +20.8 points"} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("%q lacks %q", a.String(), want)
		}
	}
	if got := (Score{Questions: 4}).String(); got != "no pick in 4 questions" {
		t.Errorf("empty score reads %q", got)
	}
}

func TestTexts(t *testing.T) {
	tests := []struct {
		name  string
		q     quiz.Question
		right int
		ok    bool
	}{
		{"single", single(2, "a", "b", "c"), 2, true},
		{"no right choice", single(-1, "a", "b", "c"), -1, false},
		{"two right choices", quiz.Question{Type: quiz.Single, Choices: []quiz.Choice{{Text: "a", Correct: true}, {Text: "b", Correct: true}}}, -1, false},
		{"true or false", quiz.Question{Type: quiz.TrueFalse}, -1, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, right, ok := Texts(tc.q)
			if right != tc.right || ok != tc.ok {
				t.Errorf("Texts gives %d, %v; want %d, %v", right, ok, tc.right, tc.ok)
			}
		})
	}
}
