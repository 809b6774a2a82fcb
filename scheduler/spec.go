package scheduler

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/robfig/cron/v3"
)

// Schedule computes activation times for a parsed spec. It is pure: the
// caller supplies the current time, so a fake clock works as well as a real
// one.
type Schedule interface {
	// Next returns the first activation strictly after t, expressed in t's
	// location. It returns the zero time if the schedule never fires again.
	Next(t time.Time) time.Time
}

// SpecError reports a spec that cannot be used. Parse, Validate and
// Scheduler.Add return it (Add fills in Job); use errors.As to get at it.
type SpecError struct {
	Job  string // job name; empty when the spec was not parsed for a job
	Spec string // the spec as given
	Err  error  // what is wrong with it
}

// Error returns `scheduler: [job "NAME": ]bad spec "SPEC": REASON`.
func (e *SpecError) Error() string {
	if e.Job != "" {
		return fmt.Sprintf("scheduler: job %q: bad spec %q: %v", e.Job, e.Spec, e.Err)
	}
	return fmt.Sprintf("scheduler: bad spec %q: %v", e.Spec, e.Err)
}

// Unwrap returns the underlying reason.
func (e *SpecError) Unwrap() error { return e.Err }

// Parse parses spec with the same rules the Scheduler uses: a standard
// 5-field crontab line (minute hour day-of-month month day-of-week) or a
// descriptor (@yearly, @annually, @monthly, @weekly, @daily, @midnight,
// @hourly, @every DURATION), optionally preceded by CRON_TZ=Zone (or TZ=Zone)
// naming an IANA time zone. Without a zone prefix the spec is interpreted in
// defaultLoc; a nil defaultLoc means time.Local.
//
// Compared with cron.ParseStandard it additionally rejects @every durations
// under one second or with a fractional second, specs that can never fire
// (e.g. "0 0 31 2 *"), and a zone prefix with no zone name or no schedule.
//
// For fixed-hour schedules the returned Next also handles daylight-saving
// changes the way classic cron does: a wall-clock time that is skipped when
// clocks go forward fires once at the moment of the change, and a wall-clock
// time that occurs twice when clocks go back fires only on its first
// occurrence. Schedules whose hour field matches every hour follow elapsed
// time instead: they fire at each matching wall-clock time that actually
// occurs.
//
// On failure Parse returns a nil Schedule and a *SpecError saying what is
// wrong, e.g. an unknown time zone or a bad field.
func Parse(spec string, defaultLoc *time.Location) (Schedule, error) {
	s, err := parse(spec, defaultLoc)
	if err != nil {
		return nil, &SpecError{Spec: spec, Err: err}
	}
	return s, nil
}

// Validate reports whether spec is acceptable to Parse and the Scheduler.
// It returns nil for a good spec and a *SpecError (message
// `scheduler: bad spec "SPEC": REASON`) otherwise.
func Validate(spec string) error {
	_, err := Parse(spec, time.UTC)
	return err
}

// neverFiresFrom is the instant from which a parsed schedule is probed to
// check that it fires at all. It lies in a leap year so that "29 2" specs
// are found; robfig/cron gives up after searching five years.
var neverFiresFrom = time.Date(2024, time.January, 1, 0, 0, 0, 0, time.UTC)

func parse(spec string, loc *time.Location) (Schedule, error) {
	if loc == nil {
		loc = time.Local
	}
	body := strings.TrimSpace(spec)
	if body == "" {
		return nil, errors.New("empty spec")
	}
	for _, prefix := range []string{"CRON_TZ=", "TZ="} {
		if !strings.HasPrefix(body, prefix) {
			continue
		}
		rest := body[len(prefix):]
		name, after := rest, ""
		if i := strings.IndexFunc(rest, unicode.IsSpace); i >= 0 {
			name, after = rest[:i], strings.TrimSpace(rest[i:])
		}
		if name == "" {
			return nil, fmt.Errorf("missing time zone name after %s", prefix)
		}
		if name == "Local" {
			return nil, fmt.Errorf("time zone %q is not an IANA zone name", name)
		}
		l, err := time.LoadLocation(name)
		if err != nil {
			return nil, fmt.Errorf("unknown time zone %q", name)
		}
		if after == "" {
			return nil, fmt.Errorf("missing schedule after %s%s", prefix, name)
		}
		loc, body = l, after
		break
	}
	if strings.HasPrefix(body, "CRON_TZ=") || strings.HasPrefix(body, "TZ=") {
		return nil, errors.New("more than one time zone prefix")
	}

	if strings.HasPrefix(body, "@") {
		// Collapse inner whitespace so "@every  5m" parses like "@every 5m".
		body = strings.Join(strings.Fields(body), " ")
		if d, ok := strings.CutPrefix(body, "@every "); ok {
			dur, err := time.ParseDuration(d)
			if err != nil {
				return nil, fmt.Errorf("bad @every duration %q: %v", d, err)
			}
			if dur < time.Second {
				return nil, fmt.Errorf("@every duration %s is shorter than one second", dur)
			}
			if dur%time.Second != 0 {
				return nil, fmt.Errorf("@every duration %s is not a whole number of seconds", dur)
			}
		}
	}

	// body carries no zone prefix any more, so cron parses it in time.Local;
	// the location is replaced below.
	parsed, err := cron.ParseStandard(body)
	if err != nil {
		return nil, err
	}
	var s Schedule
	switch v := parsed.(type) {
	case *cron.SpecSchedule:
		ss := &specSchedule{spec: *v, loc: loc, everyHour: v.Hour&allHours == allHours}
		ss.spec.Location = loc
		ss.wall = ss.spec
		ss.wall.Location = time.UTC
		s = ss
	case cron.ConstantDelaySchedule:
		s = v
	default:
		return nil, fmt.Errorf("unsupported schedule type %T", parsed)
	}
	if s.Next(neverFiresFrom).IsZero() {
		return nil, errors.New("schedule never fires")
	}
	return s, nil
}

// allHours has one bit set for each hour of the day, as in
// cron.SpecSchedule.Hour.
const allHours = 1<<24 - 1

// specSchedule wraps a cron.SpecSchedule with a fixed location and
// daylight-saving handling (see Parse).
type specSchedule struct {
	spec      cron.SpecSchedule // Location is loc
	wall      cron.SpecSchedule // same fields, Location is UTC: matches wall-clock readings
	loc       *time.Location
	everyHour bool
}

// Next implements Schedule.
func (s *specSchedule) Next(t time.Time) time.Time {
	orig := t.Location()
	t = t.In(s.loc)
	next := s.spec.Next(t)
	if next.IsZero() {
		return time.Time{}
	}
	if !s.everyHour {
		// cron returns both occurrences of a repeated wall-clock time; keep
		// the first only.
		for !next.IsZero() && repeatedWallTime(next) {
			next = s.spec.Next(next)
		}
		if next.IsZero() {
			return time.Time{}
		}
		// cron silently skips wall-clock times that do not exist; fire at the
		// transition instead.
		if at, ok := s.skippedMatch(t, next); ok {
			next = at
		}
	}
	return next.In(orig)
}

// repeatedWallTime reports whether the wall-clock reading of t (in t's
// location) already occurred earlier, because clocks went back shortly before
// t.
func repeatedWallTime(t time.Time) bool {
	start, _ := t.ZoneBounds()
	if start.IsZero() {
		return false
	}
	_, off := t.Zone()
	_, prevOff := start.Add(-time.Nanosecond).Zone()
	back := time.Duration(prevOff-off) * time.Second
	return back > 0 && t.Sub(start) < back
}

// skippedMatch looks for a forward clock change in (t, limit] whose skipped
// wall-clock interval contains a time the schedule matches. It returns the
// instant of the first such change.
func (s *specSchedule) skippedMatch(t, limit time.Time) (time.Time, bool) {
	_, change := t.ZoneBounds()
	for !change.IsZero() && !change.After(limit) {
		_, before := change.Add(-time.Nanosecond).Zone()
		_, after := change.Zone()
		if after > before {
			from := time.Unix(change.Unix()+int64(before), 0).UTC()
			to := time.Unix(change.Unix()+int64(after), 0).UTC()
			if m := s.wall.Next(from.Add(-time.Second)); !m.IsZero() && m.Before(to) {
				return change, true
			}
		}
		_, following := change.ZoneBounds()
		if !following.After(change) {
			break
		}
		change = following
	}
	return time.Time{}, false
}

// NextTime returns the first time after t at which spec fires, reading the
// spec in zone tz when it names none itself (UTC when tz is empty). It
// returns a *SpecError for a bad spec or an unknown zone.
func NextTime(spec, tz string, t time.Time) (time.Time, error) {
	loc := time.UTC
	if tz != "" {
		l, err := time.LoadLocation(tz)
		if err != nil {
			return time.Time{}, &SpecError{Spec: spec, Err: fmt.Errorf("unknown time zone %q", tz)}
		}
		loc = l
	}
	s, err := Parse(spec, loc)
	if err != nil {
		return time.Time{}, err
	}
	return s.Next(t), nil
}
