package ui

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"factquiz/quiz/review"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ReviewSettingsForm lets the learner choose how reviews are scheduled:
// the desired retention, the longest wait between two reviews, and
// whether a missed question comes back in the same quiz. Input that is
// not valid is refused with a message and changes nothing.
type ReviewSettingsForm struct {
	app.Compo

	// OnSaved is called after the settings were saved.
	OnSaved func(app.Context)
	// Refresh: change it to fill the fields again from the storage (a
	// backup restored, another tab saved settings).
	Refresh int

	// The values the fields were last filled with (on load and after a
	// save). Typing does not change them: a render that lags behind the
	// keys would otherwise write an older text back into the field.
	retention string // percent, "90"
	maxDays   string
	requeue   bool

	shown    string // the retention the slider shows now, percent
	status   string
	errField string // the id of the field in error, or ""
	errText  string
}

// Ids of the fields.
const (
	retentionField = "settings-retention"
	maxDaysField   = "settings-max-interval"
	requeueField   = "settings-requeue"
)

func (f *ReviewSettingsForm) OnInit() { f.fill(learnerStore().Settings()) }

// OnMount reads the settings again: the page may have been prerendered
// on the server, which has none.
func (f *ReviewSettingsForm) OnMount(ctx app.Context) { f.fill(learnerStore().Settings()) }

// OnUpdate fills the fields again when the page says the stored settings
// may have changed.
func (f *ReviewSettingsForm) OnUpdate(ctx app.Context) {
	f.fill(learnerStore().Settings())
	f.errField, f.errText = "", ""
}

// fill shows s in the fields.
func (f *ReviewSettingsForm) fill(s review.Settings) {
	f.retention = strconv.Itoa(int(math.Round(s.Retention * 100)))
	f.maxDays = strconv.Itoa(s.MaxIntervalDays)
	f.requeue = !s.NoRequeue
	f.shown = f.retention
}

// parseReviewSettings checks what the learner entered and returns base
// with the new values, or an error in plain words naming the field (its
// id) in error. retention is in percent ("90"), maxDays in days.
func parseReviewSettings(retention, maxDays string, requeue bool, base review.Settings) (s review.Settings, field string, err error) {
	lo, hi := int(math.Round(review.MinRetention*100)), int(math.Round(review.MaxRetention*100))
	pct, perr := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(retention), "%")))
	switch {
	case perr != nil:
		return base, retentionField, fmt.Errorf("The desired retention must be a whole number of percent, from %d to %d.", lo, hi)
	case pct < lo || pct > hi:
		return base, retentionField, fmt.Errorf("The desired retention must be between %d%% and %d%%: %d%% is not.", lo, hi, pct)
	}
	maxDays = strings.TrimSpace(maxDays)
	days, derr := strconv.Atoi(maxDays)
	switch {
	case maxDays == "":
		return base, maxDaysField, fmt.Errorf("Enter the longest wait between two reviews, in days, from 1 to %d.", review.DefaultMaxInterval)
	case derr != nil:
		return base, maxDaysField, fmt.Errorf("The longest wait must be a whole number of days, from 1 to %d: “%s” is not.", review.DefaultMaxInterval, maxDays)
	case days < 1 || days > review.DefaultMaxInterval:
		return base, maxDaysField, fmt.Errorf("The longest wait must be between 1 and %d days (about 100 years): %d is not.", review.DefaultMaxInterval, days)
	}
	s = base
	s.Retention = float64(pct) / 100
	s.MaxIntervalDays = days
	s.NoRequeue = !requeue
	return s, "", nil
}

// retentionText explains a retention in plain words.
func retentionText(pct string) string {
	n, err := strconv.Atoi(pct)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("A question comes back when you would still remember it %d times in 100. Higher means more reviews and fewer slips; lower means fewer reviews.", n)
}

// daysText says a number of days the way a person would.
func daysText(days int) string {
	switch {
	case days >= 36500:
		return "about 100 years: no limit in practice"
	case days >= 730:
		return fmt.Sprintf("about %d years", int(math.Round(float64(days)/365)))
	case days >= 60:
		return fmt.Sprintf("about %d months", int(math.Round(float64(days)/30.4)))
	case days >= 14:
		return fmt.Sprintf("about %d weeks", int(math.Round(float64(days)/7)))
	}
	return plural(days, "day", "days")
}

// fieldValue is the value of the field with the given id in the page.
func fieldValue(id string) string {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		return el.Get("value").String()
	}
	return ""
}

func fieldChecked(id string) bool {
	el := app.Window().GetElementByID(id)
	return el.Truthy() && el.Get("checked").Bool()
}

func (f *ReviewSettingsForm) save(ctx app.Context, e app.Event) {
	e.PreventDefault()
	current := learnerStore().Settings()
	s, field, err := parseReviewSettings(fieldValue(retentionField), fieldValue(maxDaysField), fieldChecked(requeueField), current)
	if err != nil {
		f.status, f.errField, f.errText = "", field, err.Error()
		ctx.Defer(func(app.Context) { focusElement(field) })
		return
	}
	if err := learnerStore().SaveSettings(s); err != nil {
		f.status, f.errField, f.errText = "", "", "Nothing was saved: "+err.Error()
		return
	}
	f.fill(s)
	f.errField, f.errText = "", ""
	requeue := "missed questions come back in the same quiz"
	if s.NoRequeue {
		requeue = "missed questions do not come back in the same quiz"
	}
	f.status = fmt.Sprintf("Saved: reviews aim at %s%% retention, the longest wait is %s, %s.",
		f.retention, plural(s.MaxIntervalDays, "day", "days"), requeue)
	if f.OnSaved != nil {
		f.OnSaved(ctx)
	}
}

func (f *ReviewSettingsForm) Render() app.UI {
	days, _ := strconv.Atoi(f.maxDays)
	describe := func(id, help string) string {
		if f.errField == id {
			return help + " settings-error"
		}
		return help
	}
	return app.Section().ID("review-settings").Class("settings-section").Aria("labelledby", "review-settings-title").Body(
		app.H2().ID("review-settings-title").TabIndex(-1).Text("Reviews"),
		app.Form().ID("review-settings-form").NoValidate(true).OnSubmit(f.save).Body(
			app.Div().Class("field").Body(
				app.Label().For(retentionField).Class("field-label").Body(
					app.Text("Desired retention: "),
					app.Output().ID("settings-retention-value").For(retentionField).Text(f.shown+"%"),
				),
				app.Input().Type("range").ID(retentionField).Class("range").
					Min(int(math.Round(review.MinRetention*100))).Max(int(math.Round(review.MaxRetention*100))).Step(1).
					Value(f.retention).Aria("valuetext", f.shown+"%").
					Aria("describedby", describe(retentionField, "settings-retention-help")).
					Aria("invalid", f.errField == retentionField).
					OnInput(func(ctx app.Context, e app.Event) { f.shown = ctx.JSSrc().Get("value").String() }),
				app.P().ID("settings-retention-help").Class("help muted").Text(retentionText(f.shown)),
			),
			app.Div().Class("field").Body(
				app.Label().For(maxDaysField).Class("field-label").Text("Longest wait between two reviews (days)"),
				app.Input().Type("number").ID(maxDaysField).Class("days").Attr("inputmode", "numeric").
					Min(1).Max(review.DefaultMaxInterval).Step(1).Value(f.maxDays).
					Aria("describedby", describe(maxDaysField, "settings-max-interval-help")).
					Aria("invalid", f.errField == maxDaysField),
				app.P().ID("settings-max-interval-help").Class("help muted").Text(
					fmt.Sprintf("Now %s. A shorter limit brings well-known questions back sooner.", daysText(days))),
			),
			app.FieldSet().Class("field").Body(
				app.Legend().Class("field-label").Text("In a quiz"),
				app.Label().Class("check").Body(
					app.Input().Type("checkbox").ID(requeueField).Checked(f.requeue),
					app.Text("Bring missed questions back in the same quiz"),
				),
				app.P().Class("help muted").Text("A question you miss comes back a few questions later, until you answer it right once. Your score counts first answers only."),
			),
			app.If(f.errText != "", func() app.UI {
				return app.P().ID("settings-error").Class("alert").Attr("role", "alert").Text(f.errText)
			}),
			app.Div().Class("actions").Body(
				app.Button().ID("settings-save").Class("button primary").Type("submit").Text("Save settings"),
			),
			app.P().ID("settings-status").Class("muted").Attr("role", "status").Aria("live", "polite").Text(f.status),
		),
	)
}
