package scheduler

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

func mustParse(t *testing.T, spec string, loc *time.Location) Schedule {
	t.Helper()
	s, err := Parse(spec, loc)
	if err != nil {
		t.Fatalf("Parse(%q): %v", spec, err)
	}
	return s
}

func TestParseValid(t *testing.T) {
	utc := time.UTC
	caracas := mustLoad(t, "America/Caracas")
	tokyo := mustLoad(t, "Asia/Tokyo")
	// Wednesday 2026-01-14 10:20:30 UTC.
	from := time.Date(2026, time.January, 14, 10, 20, 30, 0, utc)

	tests := []struct {
		spec string
		want time.Time
	}{
		{"* * * * *", time.Date(2026, 1, 14, 10, 21, 0, 0, utc)},
		{"*/15 * * * *", time.Date(2026, 1, 14, 10, 30, 0, 0, utc)},
		{"0 9 * * mon-fri", time.Date(2026, 1, 15, 9, 0, 0, 0, utc)},
		{"30 8 1 jan,jul *", time.Date(2026, 7, 1, 8, 30, 0, 0, utc)},
		{"0 0 29 2 *", time.Date(2028, 2, 29, 0, 0, 0, 0, utc)},
		{"5 4 * * ?", time.Date(2026, 1, 15, 4, 5, 0, 0, utc)},
		{"  0   12  * * *  ", time.Date(2026, 1, 14, 12, 0, 0, 0, utc)},
		{"@every 30m", from.Add(30 * time.Minute)},
		{"@every  1h30m ", from.Add(90 * time.Minute)},
		{"@hourly", time.Date(2026, 1, 14, 11, 0, 0, 0, utc)},
		{"@daily", time.Date(2026, 1, 15, 0, 0, 0, 0, utc)},
		{"@midnight", time.Date(2026, 1, 15, 0, 0, 0, 0, utc)},
		{"@weekly", time.Date(2026, 1, 18, 0, 0, 0, 0, utc)},
		{"@monthly", time.Date(2026, 2, 1, 0, 0, 0, 0, utc)},
		{"@yearly", time.Date(2027, 1, 1, 0, 0, 0, 0, utc)},
		{"@annually", time.Date(2027, 1, 1, 0, 0, 0, 0, utc)},
		{"CRON_TZ=America/Caracas 0 9 * * *", time.Date(2026, 1, 14, 9, 0, 0, 0, caracas)},
		{"CRON_TZ=Asia/Tokyo 0 9 * * *", time.Date(2026, 1, 15, 9, 0, 0, 0, tokyo)},
		{"TZ=Asia/Tokyo 0 20 * * *", time.Date(2026, 1, 14, 20, 0, 0, 0, tokyo)},
		{"CRON_TZ=America/Caracas @daily", time.Date(2026, 1, 15, 0, 0, 0, 0, caracas)},
		{"CRON_TZ=UTC\t0 11 * * *", time.Date(2026, 1, 14, 11, 0, 0, 0, utc)},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			if err := Validate(tt.spec); err != nil {
				t.Fatalf("Validate(%q) = %v, want nil", tt.spec, err)
			}
			got := mustParse(t, tt.spec, utc).Next(from)
			if !got.Equal(tt.want) {
				t.Errorf("Next(%v) = %v, want %v", from, got, tt.want)
			}
			if got.Location() != from.Location() {
				t.Errorf("Next returned location %v, want %v", got.Location(), from.Location())
			}
		})
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		spec string
		want string // substring of the reason
	}{
		{"", "empty spec"},
		{"   ", "empty spec"},
		{"every 5m", "expected exactly 5 fields, found 2"},
		{"* * * *", "expected exactly 5 fields, found 4"},
		{"0 * * * * *", "expected exactly 5 fields, found 6"},
		{"60 * * * *", "above maximum"},
		{"* 24 * * *", "above maximum"},
		{"* * 0 * *", "below minimum"},
		{"* * * 13 *", "above maximum"},
		{"* * * * 8", "above maximum"},
		{"5-1 * * * *", "beyond end of range"},
		{"*/0 * * * *", "step of range should be a positive number"},
		{"x * * * *", "failed to parse int"},
		{"* * * * funday", "failed to parse int"},
		{"0 0 31 2 *", "never fires"},
		{"0 0 31 4,6,9,11 *", "never fires"},
		{"@fortnightly", "unrecognized descriptor"},
		{"@every", "unrecognized descriptor"},
		{"@every 5", "bad @every duration"},
		{"@every five minutes", "bad @every duration"},
		{"@every -5m", "shorter than one second"},
		{"@every 0s", "shorter than one second"},
		{"@every 500ms", "shorter than one second"},
		{"@every 1500ms", "not a whole number of seconds"},
		{"CRON_TZ=Mars/Olympus_Mons 0 9 * * *", `unknown time zone "Mars/Olympus_Mons"`},
		{"CRON_TZ=america/caracas 0 9 * * *", `unknown time zone`},
		{"TZ=Nowhere @daily", `unknown time zone "Nowhere"`},
		{"CRON_TZ=Local 0 9 * * *", "not an IANA zone name"},
		{"CRON_TZ= 0 9 * * *", "missing time zone name"},
		{"CRON_TZ=", "missing time zone name"},
		{"CRON_TZ=UTC", "missing schedule after CRON_TZ=UTC"},
		{"CRON_TZ=UTC   ", "missing schedule after CRON_TZ=UTC"},
		{"CRON_TZ=UTC CRON_TZ=UTC * * * * *", "more than one time zone prefix"},
		{"CRON_TZ=UTC TZ=Asia/Tokyo * * * * *", "more than one time zone prefix"},
	}
	for _, tt := range tests {
		t.Run(tt.spec, func(t *testing.T) {
			s, err := Parse(tt.spec, time.UTC)
			if err == nil {
				t.Fatalf("Parse(%q) = %v, nil; want error", tt.spec, s)
			}
			if s != nil {
				t.Errorf("Parse(%q) returned non-nil Schedule with error", tt.spec)
			}
			var se *SpecError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) error %T is not a *SpecError", tt.spec, err)
			}
			if got, want := se.Spec, tt.spec; got != want {
				t.Errorf("SpecError.Spec = %q, want %q", got, want)
			}
			wantPrefix := `scheduler: bad spec "` + tt.spec + `": `
			if got := err.Error(); !strings.HasPrefix(got, wantPrefix) || !strings.Contains(got, tt.want) {
				t.Errorf("Parse(%q) error = %q, want prefix %q containing %q", tt.spec, got, wantPrefix, tt.want)
			}
			if got, want := Validate(tt.spec), err.Error(); got == nil || got.Error() != want {
				t.Errorf("Validate(%q) = %v, want %q", tt.spec, got, want)
			}
		})
	}
}

func TestParseDefaultLocation(t *testing.T) {
	caracas := mustLoad(t, "America/Caracas")
	tokyo := mustLoad(t, "Asia/Tokyo")
	from := time.Date(2026, time.May, 31, 12, 0, 0, 0, time.UTC)
	// First 09:00 in time.Local after from, whatever zone the machine uses.
	local := from.In(time.Local)
	nextLocal9 := time.Date(local.Year(), local.Month(), local.Day(), 9, 0, 0, 0, time.Local)
	if !nextLocal9.After(from) {
		nextLocal9 = time.Date(local.Year(), local.Month(), local.Day()+1, 9, 0, 0, 0, time.Local)
	}

	tests := []struct {
		name       string
		spec       string
		defaultLoc *time.Location
		want       time.Time
	}{
		{"default applies", "0 9 * * *", caracas, time.Date(2026, 5, 31, 9, 0, 0, 0, caracas)},
		{"other default", "0 9 * * *", tokyo, time.Date(2026, 6, 1, 9, 0, 0, 0, tokyo)},
		{"CRON_TZ overrides default", "CRON_TZ=Asia/Tokyo 0 9 * * *", caracas, time.Date(2026, 6, 1, 9, 0, 0, 0, tokyo)},
		{"nil means Local", "0 9 * * *", nil, nextLocal9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustParse(t, tt.spec, tt.defaultLoc).Next(from)
			// The result must not depend on the location of the input time.
			gotIn := mustParse(t, tt.spec, tt.defaultLoc).Next(from.In(caracas))
			if !got.Equal(tt.want) || !gotIn.Equal(tt.want) {
				t.Errorf("Next = %v / %v (UTC / Caracas input), want %v", got, gotIn, tt.want)
			}
		})
	}
}

// step is one expected activation: Next(from) == want.
type step struct {
	from, want time.Time
}

func checkSteps(t *testing.T, s Schedule, steps []step) {
	t.Helper()
	for _, st := range steps {
		got := s.Next(st.from)
		if !got.Equal(st.want) {
			t.Errorf("Next(%v) = %v, want %v", st.from, got, st.want)
		}
	}
}

// chain returns the first n activations after from.
func chain(s Schedule, from time.Time, n int) []time.Time {
	var out []time.Time
	for t := from; len(out) < n; {
		t = s.Next(t)
		out = append(out, t)
	}
	return out
}

func TestNextDSTNewYork(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	est := time.FixedZone("EST", -5*3600)
	edt := time.FixedZone("EDT", -4*3600)
	// 2026: clocks go 02:00 EST -> 03:00 EDT on 8 March and
	// 02:00 EDT -> 01:00 EST on 1 November.
	tests := []struct {
		name string
		spec string
		from time.Time
		want []time.Time
	}{
		{
			name: "skipped wall time fires at the change",
			spec: "30 2 * * *",
			from: time.Date(2026, 3, 7, 12, 0, 0, 0, est),
			want: []time.Time{
				time.Date(2026, 3, 8, 3, 0, 0, 0, edt),
				time.Date(2026, 3, 9, 2, 30, 0, 0, edt),
			},
		},
		{
			name: "repeated wall time fires once",
			spec: "30 1 * * *",
			from: time.Date(2026, 10, 31, 12, 0, 0, 0, edt),
			want: []time.Time{
				time.Date(2026, 11, 1, 1, 30, 0, 0, edt),
				time.Date(2026, 11, 2, 1, 30, 0, 0, est),
			},
		},
		{
			name: "every minute of 1am only during the first 1am",
			spec: "*/20 1 * * *",
			from: time.Date(2026, 11, 1, 0, 59, 0, 0, edt),
			want: []time.Time{
				time.Date(2026, 11, 1, 1, 0, 0, 0, edt),
				time.Date(2026, 11, 1, 1, 20, 0, 0, edt),
				time.Date(2026, 11, 1, 1, 40, 0, 0, edt),
				time.Date(2026, 11, 2, 1, 0, 0, 0, est),
			},
		},
		{
			name: "hourly follows elapsed time when clocks go back",
			spec: "0 * * * *",
			from: time.Date(2026, 11, 1, 0, 30, 0, 0, edt),
			want: []time.Time{
				time.Date(2026, 11, 1, 1, 0, 0, 0, edt),
				time.Date(2026, 11, 1, 1, 0, 0, 0, est),
				time.Date(2026, 11, 1, 2, 0, 0, 0, est),
			},
		},
		{
			name: "hourly has no catch-up run when clocks go forward",
			spec: "30 * * * *",
			from: time.Date(2026, 3, 8, 1, 0, 0, 0, est),
			want: []time.Time{
				time.Date(2026, 3, 8, 1, 30, 0, 0, est),
				time.Date(2026, 3, 8, 3, 30, 0, 0, edt),
			},
		},
		{
			name: "daily at 9 keeps wall time across both changes",
			spec: "0 9 * * *",
			from: time.Date(2026, 3, 7, 10, 0, 0, 0, est),
			want: []time.Time{
				time.Date(2026, 3, 8, 9, 0, 0, 0, edt),
				time.Date(2026, 3, 9, 9, 0, 0, 0, edt),
			},
		},
		{
			name: "daily at 9 after clocks go back",
			spec: "0 9 * * *",
			from: time.Date(2026, 10, 31, 10, 0, 0, 0, edt),
			want: []time.Time{
				time.Date(2026, 11, 1, 9, 0, 0, 0, est),
				time.Date(2026, 11, 2, 9, 0, 0, 0, est),
			},
		},
		{
			name: "every 2 hours catches up the skipped 2am",
			spec: "0 */2 * * *",
			from: time.Date(2026, 3, 8, 0, 30, 0, 0, est),
			want: []time.Time{
				time.Date(2026, 3, 8, 3, 0, 0, 0, edt),
				time.Date(2026, 3, 8, 4, 0, 0, 0, edt),
			},
		},
		{
			name: "@every ignores wall clock",
			spec: "@every 1h",
			from: time.Date(2026, 3, 8, 1, 30, 0, 0, est),
			want: []time.Time{
				time.Date(2026, 3, 8, 2, 30, 0, 0, est), // == 03:30 EDT
				time.Date(2026, 3, 8, 4, 30, 0, 0, edt),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Once with New York as the default location, once via CRON_TZ.
			for _, s := range []Schedule{
				mustParse(t, tt.spec, ny),
				mustParse(t, "CRON_TZ=America/New_York "+tt.spec, time.UTC),
			} {
				got := chain(s, tt.from, len(tt.want))
				for i := range tt.want {
					if !got[i].Equal(tt.want[i]) {
						t.Errorf("activation %d after %v = %v, want %v", i+1, tt.from, got[i], tt.want[i])
					}
				}
			}
		})
	}
}

func TestNextDSTCaracas(t *testing.T) {
	caracas := mustLoad(t, "America/Caracas")
	m4 := time.FixedZone("-04", -4*3600)
	m430 := time.FixedZone("-0430", -(4*3600 + 30*60))
	// Caracas has no daylight saving time, but its offset changed twice:
	// 2007-12-09 03:00 -04 -> 02:30 -0430 and 2016-05-01 02:30 -0430 -> 03:00 -04.
	tests := []struct {
		name string
		spec string
		from time.Time
		want []time.Time
	}{
		{
			name: "today no change",
			spec: "0 9 * * *",
			from: time.Date(2026, 3, 7, 0, 0, 0, 0, time.UTC),
			want: []time.Time{
				time.Date(2026, 3, 7, 13, 0, 0, 0, time.UTC),
				time.Date(2026, 3, 8, 13, 0, 0, 0, time.UTC),
				time.Date(2026, 3, 9, 13, 0, 0, 0, time.UTC),
			},
		},
		{
			name: "2007 repeated half hour fires once",
			spec: "45 2 * * *",
			from: time.Date(2007, 12, 8, 12, 0, 0, 0, m4),
			want: []time.Time{
				time.Date(2007, 12, 9, 2, 45, 0, 0, m4),
				time.Date(2007, 12, 10, 2, 45, 0, 0, m430),
			},
		},
		{
			name: "2016 skipped half hour fires at the change",
			spec: "45 2 * * *",
			from: time.Date(2016, 4, 30, 12, 0, 0, 0, m430),
			want: []time.Time{
				time.Date(2016, 5, 1, 3, 0, 0, 0, m4),
				time.Date(2016, 5, 2, 2, 45, 0, 0, m4),
			},
		},
		{
			name: "2016 hourly at :45 skips nothing extra",
			spec: "45 * * * *",
			from: time.Date(2016, 5, 1, 1, 50, 0, 0, m430),
			want: []time.Time{
				time.Date(2016, 5, 1, 3, 45, 0, 0, m4), // 02:45 never happened
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := chain(mustParse(t, tt.spec, caracas), tt.from, len(tt.want))
			for i := range tt.want {
				if !got[i].Equal(tt.want[i]) {
					t.Errorf("activation %d after %v = %v, want %v", i+1, tt.from, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestNextMidnightGap(t *testing.T) {
	// São Paulo skipped midnight on 2018-11-04 (00:00 -03 -> 01:00 -02).
	sp := mustLoad(t, "America/Sao_Paulo")
	s := mustParse(t, "CRON_TZ=America/Sao_Paulo @daily", time.UTC)
	checkSteps(t, s, []step{
		{time.Date(2018, 11, 3, 12, 0, 0, 0, sp), time.Date(2018, 11, 4, 3, 0, 0, 0, time.UTC)},
		{time.Date(2018, 11, 4, 3, 0, 0, 0, time.UTC), time.Date(2018, 11, 5, 0, 0, 0, 0, sp)},
	})
}
