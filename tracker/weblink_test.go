package tracker_test

import (
	"errors"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestWebLink(t *testing.T) {
	tests := []struct{ raw, want string }{
		{"https://example.org/a?b=1", "https://example.org/a?b=1"},
		{"  http://example.org/  ", "http://example.org/"},
		{"HTTPS://Example.org/x", "https://Example.org/x"},
		{"javascript:alert(1)", ""},
		{"ftp://example.org/f", ""},
		{"/relative/path", ""},
		{"https:///no-host", ""},
		{"", ""},
		{"http://[::1", ""},
	}
	for _, tt := range tests {
		if got := tracker.WebLink(tt.raw); got != tt.want {
			t.Errorf("WebLink(%q) = %q, want %q", tt.raw, got, tt.want)
		}
	}
}

func TestCheckHighEnd(t *testing.T) {
	tests := []struct {
		q       tracker.Qualifier
		hasHigh bool
		want    error
	}{
		{tracker.Range, true, nil},
		{tracker.Range, false, tracker.ErrRangeNeedsHighEnd},
		{tracker.Exact, true, tracker.ErrHighEndNeedsRange},
		{tracker.About, false, nil},
		{"", true, nil}, // a correction keeping the qualifier
		{"", false, nil},
	}
	for _, tt := range tests {
		if got := tracker.CheckHighEnd(tt.q, tt.hasHigh); !errors.Is(got, tt.want) || (got == nil) != (tt.want == nil) {
			t.Errorf("CheckHighEnd(%q, %v) = %v, want %v", tt.q, tt.hasHigh, got, tt.want)
		}
	}
}

func TestValidateChecksTheEvidenceURL(t *testing.T) {
	f := tracker.Figure{MetricID: "m", Value: 1, Qualifier: tracker.Exact, Stance: tracker.Claimed, Actor: "A", Status: tracker.Approved}
	for _, u := range []string{"", "https://example.org/a"} {
		f.Evidence.URL = u
		if err := f.Validate(); err != nil {
			t.Errorf("Validate with evidence %q = %v, want nil", u, err)
		}
	}
	for _, u := range []string{"javascript:alert(1)", "/feed.xml", "mailto:a@b.c"} {
		f.Evidence.URL = u
		if err := f.Validate(); tracker.ErrorCode(err) != tracker.Invalid {
			t.Errorf("Validate with evidence %q = %v, want an Invalid error", u, err)
		}
	}
}
