package review

import (
	"math"
	"testing"
	"time"

	fsrs "github.com/open-spaced-repetition/go-fsrs/v4"

	"factquiz/quiz"
)

var t0 = time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)

const day = 24 * time.Hour

// days is a whole number of days, as FSRS schedules review cards.
func days(n float64) time.Duration { return time.Duration(n) * day }

func newTestCard(now time.Time) Card { return NewCard("harbour", rateSingle, now) }

// graduated is a card answered Easy the first time at t0: in the review
// state at once.
func graduated(t *testing.T, sch *Scheduler) Card {
	t.Helper()
	c := sch.Review(newTestCard(t0), fsrs.Easy, t0)
	if c.FSRS.State != fsrs.Review {
		t.Fatalf("a new card answered Easy is in state %v, want Review", c.FSRS.State)
	}
	return c
}

func interval(c Card) time.Duration { return c.FSRS.Due.Sub(c.FSRS.LastReview) }

func TestNewCard(t *testing.T) {
	c := NewCard("harbour", rateSingle, t0)
	if c.QuizID != "harbour" || c.QuestionID != rateSingle.ID || c.Hash != Hash(rateSingle) ||
		c.FSRS.State != fsrs.New || !c.FSRS.Due.Equal(t0) || c.FSRS.Reps != 0 {
		t.Errorf("NewCard = %+v", c)
	}
}

// TestReviewNewCard: FSRS's default learning steps are 1 and 10 minutes: a
// new card answered Again comes back after the first step, one answered
// Good after the second, and one answered Easy skips learning. At a
// retention of 0.9 the interval in days is the card's stability (the time
// after which recall falls to 90%, by FSRS's definition), rounded.
func TestReviewNewCard(t *testing.T) {
	sch := NewScheduler(DefaultSettings())
	tests := []struct {
		rating    fsrs.Rating
		state     fsrs.State
		wantDueIn time.Duration // 0: round(stability) days
	}{
		{fsrs.Again, fsrs.Learning, time.Minute},
		{fsrs.Good, fsrs.Learning, 10 * time.Minute},
		{fsrs.Easy, fsrs.Review, 0},
	}
	for _, tt := range tests {
		t.Run(tt.rating.String(), func(t *testing.T) {
			c := sch.Review(newTestCard(t0), tt.rating, t0)
			want := tt.wantDueIn
			if want == 0 {
				want = days(math.Round(c.FSRS.Stability))
				if s := fsrs.DefaultWeights()[tt.rating-1]; c.FSRS.Stability != s {
					t.Errorf("stability %v, want FSRS's initial stability for %v, %v", c.FSRS.Stability, tt.rating, s)
				}
			}
			if got := c.FSRS.Due.Sub(t0); got != want || c.FSRS.State != tt.state {
				t.Errorf("answered %v: due in %v in state %v, want %v in %v", tt.rating, got, c.FSRS.State, want, tt.state)
			}
			if c.FSRS.Reps != 1 || !c.FSRS.LastReview.Equal(t0) {
				t.Errorf("reps %d, last review %v; want 1, %v", c.FSRS.Reps, c.FSRS.LastReview, t0)
			}
		})
	}
}

// TestReviewGoodTwice: a card answered Good, then Good again when due ten
// minutes later, leaves learning: due in round(stability) days.
func TestReviewGoodTwice(t *testing.T) {
	sch := NewScheduler(DefaultSettings())
	c := sch.Review(newTestCard(t0), fsrs.Good, t0)
	c = sch.Review(c, fsrs.Good, c.FSRS.Due)
	if c.FSRS.State != fsrs.Review {
		t.Fatalf("state %v, want Review", c.FSRS.State)
	}
	if got, want := interval(c), days(math.Round(c.FSRS.Stability)); got != want || got < day {
		t.Errorf("due %v after the second Good, want %v (at least a day)", got, want)
	}
}

// TestReviewCard: a review card answered at its due time: Good lengthens
// the interval, Hard gives a shorter one than Good and Easy a longer one,
// Again sends it to relearning for FSRS's 10-minute relearning step and
// counts a lapse.
func TestReviewCard(t *testing.T) {
	sch := NewScheduler(DefaultSettings())
	c := graduated(t, sch)
	first := interval(c)
	at := c.FSRS.Due
	again := sch.Review(c, fsrs.Again, at)
	hard := sch.Review(c, fsrs.Hard, at)
	good := sch.Review(c, fsrs.Good, at)
	easy := sch.Review(c, fsrs.Easy, at)
	if interval(good) <= first {
		t.Errorf("Good: interval %v, not longer than the first %v", interval(good), first)
	}
	if !(interval(hard) < interval(good) && interval(good) < interval(easy)) {
		t.Errorf("intervals Hard %v, Good %v, Easy %v: want increasing", interval(hard), interval(good), interval(easy))
	}
	if again.FSRS.State != fsrs.Relearning || again.FSRS.Due.Sub(at) != 10*time.Minute || again.FSRS.Lapses != c.FSRS.Lapses+1 {
		t.Errorf("Again: state %v, due in %v, lapses %d; want Relearning, 10m, %d",
			again.FSRS.State, again.FSRS.Due.Sub(at), again.FSRS.Lapses, c.FSRS.Lapses+1)
	}
	if again.FSRS.Stability >= c.FSRS.Stability {
		t.Errorf("Again: stability %v, not below %v", again.FSRS.Stability, c.FSRS.Stability)
	}
	for _, x := range []Card{again, hard, good, easy} {
		if x.FSRS.Reps != c.FSRS.Reps+1 {
			t.Errorf("reps %d, want %d", x.FSRS.Reps, c.FSRS.Reps+1)
		}
	}
}

// TestRetention: asking for higher retention brings reviews sooner.
func TestRetention(t *testing.T) {
	var prev time.Duration
	for i, r := range []float64{0.80, 0.85, 0.90, 0.95, 0.97} {
		sch := NewScheduler(Settings{Retention: r, MaxIntervalDays: DefaultMaxInterval})
		c := graduated(t, NewScheduler(DefaultSettings()))
		c = sch.Review(c, fsrs.Good, c.FSRS.Due)
		if got := interval(c); i > 0 && got >= prev {
			t.Errorf("retention %v: interval %v, not shorter than %v at the retention before", r, got, prev)
		} else {
			prev = got
		}
	}
}

// TestMaxInterval: a card answered Easy again and again is never due more
// than the maximum interval later, and reaches it; without the cap it
// would go further.
func TestMaxInterval(t *testing.T) {
	// easyRun answers a new card Easy 6 times, each time when due, and
	// returns the longest interval and whether any was over maxDays.
	easyRun := func(sch *Scheduler, maxDays int) (longest time.Duration, over bool) {
		c := sch.Review(newTestCard(t0), fsrs.Easy, t0)
		longest = interval(c)
		for range 6 {
			c = sch.Review(c, fsrs.Easy, c.FSRS.Due)
			longest = max(longest, interval(c))
		}
		return longest, longest > days(float64(maxDays))
	}
	for _, maxDays := range []int{1, 7, 30} {
		longest, over := easyRun(NewScheduler(Settings{Retention: 0.9, MaxIntervalDays: maxDays}), maxDays)
		if over || longest != days(float64(maxDays)) {
			t.Errorf("max %d days: longest interval %v, want exactly the maximum", maxDays, longest)
		}
		if _, over := easyRun(NewScheduler(DefaultSettings()), maxDays); !over {
			t.Errorf("without a cap the intervals never pass %d days: the test proves nothing", maxDays)
		}
	}
}

func TestSettingsClamped(t *testing.T) {
	tests := []struct {
		in, want Settings
	}{
		{Settings{}, DefaultSettings()},
		{Settings{Retention: 0.5, MaxIntervalDays: -3}, Settings{Retention: MinRetention, MaxIntervalDays: 1}},
		{Settings{Retention: 1.5, MaxIntervalDays: 100000}, Settings{Retention: MaxRetention, MaxIntervalDays: DefaultMaxInterval}},
		{Settings{Retention: math.NaN(), MaxIntervalDays: 30, NoRequeue: true}, Settings{Retention: DefaultRetention, MaxIntervalDays: 30, NoRequeue: true}},
		{Settings{Retention: 0.85, MaxIntervalDays: 365}, Settings{Retention: 0.85, MaxIntervalDays: 365}},
	}
	for _, tt := range tests {
		if got := tt.in.Clamped(); got != tt.want {
			t.Errorf("%+v.Clamped() = %+v, want %+v", tt.in, got, tt.want)
		}
		if got := NewScheduler(tt.in).Settings(); got != tt.want {
			t.Errorf("NewScheduler(%+v).Settings() = %+v, want %+v", tt.in, got, tt.want)
		}
	}
	// A retention out of range schedules as its limit does.
	low, lim := NewScheduler(Settings{Retention: 0.3}), NewScheduler(Settings{Retention: MinRetention})
	c := graduated(t, low)
	if a, b := low.Review(c, fsrs.Good, c.FSRS.Due), lim.Review(c, fsrs.Good, c.FSRS.Due); !a.FSRS.Due.Equal(b.FSRS.Due) {
		t.Errorf("retention 0.3 schedules %v, the limit %v", a.FSRS.Due, b.FSRS.Due)
	}
}

// TestReviewNeverFails: input a record edited by hand or a wrong clock can
// bring.
func TestReviewNeverFails(t *testing.T) {
	sch := NewScheduler(DefaultSettings())
	good := graduated(t, sch)
	damaged := good
	damaged.FSRS.Stability = 0 // a review card cannot have no stability
	badState := good
	badState.FSRS.State = 9
	tests := []struct {
		name   string
		c      Card
		r      fsrs.Rating
		now    time.Time
		reps   uint64
		dueMin time.Time
	}{
		{"clock behind the last review", good, fsrs.Good, t0.Add(-day), good.FSRS.Reps + 1, t0.Add(day)},
		{"no stability", damaged, fsrs.Good, t0.Add(5 * day), 1, t0.Add(5 * day)},
		{"unknown state", badState, fsrs.Good, t0.Add(5 * day), 1, t0.Add(5 * day)},
		{"rating 0 taken as Again", good, 0, good.FSRS.Due, good.FSRS.Reps + 1, good.FSRS.Due},
		{"rating 9 taken as Easy", good, 9, good.FSRS.Due, good.FSRS.Reps + 1, good.FSRS.Due.Add(day)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := sch.Review(tt.c, tt.r, tt.now)
			if c.FSRS.Reps != tt.reps || c.FSRS.Due.Before(tt.dueMin) {
				t.Errorf("reps %d, due %v; want %d, not before %v", c.FSRS.Reps, c.FSRS.Due, tt.reps, tt.dueMin)
			}
		})
	}
	if a, b := sch.Review(good, 0, good.FSRS.Due), sch.Review(good, fsrs.Again, good.FSRS.Due); !a.FSRS.Due.Equal(b.FSRS.Due) {
		t.Errorf("rating 0 gives due %v, Again %v", a.FSRS.Due, b.FSRS.Due)
	}
}

func TestAnswer(t *testing.T) {
	sch := NewScheduler(DefaultSettings())
	right := quiz.Result{Score: 1, Correct: true, Answered: true}
	wrong := quiz.Result{Answered: true}
	learned := graduated(t, sch)
	changedQ := rateSingle
	changedQ.Prompt = "Which town hosted the autumn fair?"
	retired := learned
	retired.Retired = t0
	tests := []struct {
		name      string
		c         Card
		q         quiz.Question
		res       quiz.Result
		took      time.Duration
		at        time.Time
		rating    fsrs.Rating
		wantReps  uint64
		wantReset bool
	}{
		{"new card, right and fast", newTestCard(t0), rateSingle, right, time.Second, t0, fsrs.Easy, 1, false},
		{"learned card, wrong", learned, rateSingle, wrong, time.Second, learned.FSRS.Due, fsrs.Again, learned.FSRS.Reps + 1, false},
		{"learned card, question changed", learned, changedQ, right, 10 * time.Second, learned.FSRS.Due, fsrs.Good, 1, true},
		{"retired card answered again", retired, rateSingle, right, 10 * time.Second, learned.FSRS.Due, fsrs.Good, learned.FSRS.Reps + 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, l := sch.Answer(tt.c, tt.q, tt.res, ModeReview, tt.took, tt.at, "log-1")
			want := tt.c.FSRS
			if tt.wantReset {
				want = fsrs.NewCard(tt.at)
			}
			if !sameFSRS(l.Before, want) {
				t.Errorf("log Before %+v, want %+v", l.Before, want)
			}
			if l.ID != "log-1" || l.QuizID != "harbour" || l.QuestionID != tt.q.ID || l.Mode != ModeReview ||
				l.Rating != tt.rating || l.Score != tt.res.Score || l.Correct != tt.res.Correct ||
				l.TookMS != tt.took.Milliseconds() || !l.At.Equal(tt.at) {
				t.Errorf("log %+v", l)
			}
			if c.FSRS.Reps != tt.wantReps || c.Hash != Hash(tt.q) || !c.Retired.IsZero() {
				t.Errorf("card reps %d, hash %s, retired %v; want %d, %s, active", c.FSRS.Reps, c.Hash, c.Retired, tt.wantReps, Hash(tt.q))
			}
			if direct := sch.Review(Card{FSRS: l.Before}, tt.rating, tt.at); !sameFSRS(c.FSRS, direct.FSRS) {
				t.Errorf("card %+v, want the review of Before rated %v: %+v", c.FSRS, tt.rating, direct.FSRS)
			}
		})
	}
}

func sameFSRS(a, b fsrs.Card) bool {
	return a.Due.Equal(b.Due) && a.LastReview.Equal(b.LastReview) && a.Stability == b.Stability &&
		a.Difficulty == b.Difficulty && a.State == b.State && a.Reps == b.Reps && a.Lapses == b.Lapses &&
		a.ScheduledDays == b.ScheduledDays && a.RemainingSteps == b.RemainingSteps
}

func TestRerate(t *testing.T) {
	sch := NewScheduler(DefaultSettings())
	learned := graduated(t, sch)
	at := learned.FSRS.Due
	wrong := quiz.Result{Answered: true}
	c, l := sch.Answer(learned, rateSingle, wrong, ModeReview, 2*time.Second, at, "log-1")
	if l.Rating != fsrs.Again {
		t.Fatalf("rating %v, want Again", l.Rating)
	}
	later := sch.Review(c, fsrs.Good, c.FSRS.Due) // another tab reviewed it since
	tests := []struct {
		name   string
		c      Card
		r      fsrs.Rating
		want   fsrs.Card
		rating fsrs.Rating
	}{
		{"I knew it", c, fsrs.Good, sch.Review(learned, fsrs.Good, at).FSRS, fsrs.Good},
		{"back to the first rating", c, fsrs.Again, c.FSRS, fsrs.Again},
		{"out of range", c, 7, sch.Review(learned, fsrs.Easy, at).FSRS, fsrs.Easy},
		{"reviewed again since", later, fsrs.Good, later.FSRS, fsrs.Good},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, gl := sch.Rerate(tt.c, l, tt.r)
			if !sameFSRS(got.FSRS, tt.want) {
				t.Errorf("card %+v, want %+v", got.FSRS, tt.want)
			}
			if gl.Rating != tt.rating || gl.ID != l.ID || !gl.At.Equal(l.At) || !sameFSRS(gl.Before, l.Before) {
				t.Errorf("log %+v", gl)
			}
		})
	}
	// Rerating twice is rerating once.
	once, l1 := sch.Rerate(c, l, fsrs.Good)
	twice, _ := sch.Rerate(once, l1, fsrs.Good)
	if !sameFSRS(once.FSRS, twice.FSRS) {
		t.Errorf("rerated twice %+v, once %+v", twice.FSRS, once.FSRS)
	}
}
