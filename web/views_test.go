package web

import (
	"io"
	"log/slog"
	"testing"
	"time"
)

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

func TestNewLinkOnlyLinksWebAddresses(t *testing.T) {
	tests := []struct {
		raw, wantHref, wantDisplay string
	}{
		{"https://example.org/a/b", "https://example.org/a/b", "example.org/a/b"},
		{"HTTP://www.Example.org/x?y=1", "http://www.Example.org/x?y=1", "Example.org/x?y=1"},
		{"  https://example.org  ", "https://example.org", "example.org"},
		{"javascript:alert(1)", "", "javascript:alert(1)"},
		{"JavaScript://example.org/%0Aalert(1)", "", "JavaScript://example.org/%0Aalert(1)"},
		{"data:text/html,<script>alert(1)</script>", "", "data:text/html,<script>alert(1)</script>"},
		{"ftp://example.org/file", "", "ftp://example.org/file"},
		{"//example.org/x", "", "//example.org/x"},
		{"/relative", "", "/relative"},
		{"https:///nohost", "", "https:///nohost"},
		{"", "", ""},
	}
	for _, tt := range tests {
		got := newLink(tt.raw)
		if got.Href != tt.wantHref || got.Display != tt.wantDisplay {
			t.Errorf("newLink(%q) = href %q display %q, want href %q display %q", tt.raw, got.Href, got.Display, tt.wantHref, tt.wantDisplay)
		}
	}
}

func TestAgo(t *testing.T) {
	now := time.Date(2026, 1, 20, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		t     time.Time
		byDay bool
		want  string
	}{
		{now.Add(-20 * time.Second), false, "just now"},
		{now.Add(-20 * time.Minute), false, "20 min ago"},
		{now.Add(-26 * time.Hour), false, "26 h ago"},
		{now.Add(-72 * time.Hour), false, "3 days ago"},
		{now.Add(10 * time.Minute), false, "in 10 min"},
		{time.Date(2026, 1, 20, 0, 0, 0, 0, time.UTC), true, "today"},
		{time.Date(2026, 1, 19, 0, 0, 0, 0, time.UTC), true, "yesterday"},
		{time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC), true, "5 days ago"},
		{time.Date(2026, 1, 22, 0, 0, 0, 0, time.UTC), true, "in 2 days"},
	}
	for _, tt := range tests {
		if got := ago(now, tt.t, tt.byDay); got != tt.want {
			t.Errorf("ago(%v, byDay=%v) = %q, want %q", tt.t, tt.byDay, got, tt.want)
		}
	}
}
