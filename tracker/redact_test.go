package tracker_test

import (
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestRedactURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/feed.xml", "https://example.org/feed.xml"},
		{"https://ana:hunter2@example.org/x", "https://REDACTED@example.org/x"},
		{"https://example.org/x?api_key=s3cr3t&page=2", "https://example.org/x?api_key=REDACTED&page=2"},
		{"https://example.org/x?KEY=a&token=b&sig=c&Signature=d&apikey=e&password=f&auth=g&access_token=h&secret=i",
			"https://example.org/x?KEY=REDACTED&token=REDACTED&sig=REDACTED&Signature=REDACTED&apikey=REDACTED&password=REDACTED&auth=REDACTED&access_token=REDACTED&secret=REDACTED"},
		{"https://example.org/x?client_secret=z&x-api-key=y&monkey=ok", "https://example.org/x?client_secret=REDACTED&x-api-key=REDACTED&monkey=ok"},
		{"https://example.org/x?api%5Fkey=z", "https://example.org/x?api%5Fkey=REDACTED"},
	}
	for _, tc := range tests {
		if got := tracker.RedactURL(tc.in); got != tc.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRedactText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`fetch: Get "https://u:p4ss@example.org/a?token=t0k": dial tcp: timeout`, `fetch: Get "https://REDACTED@example.org/a?token=REDACTED": dial tcp: timeout`},
		{"see https://example.org/a?key=abc.", "see https://example.org/a?key=REDACTED."},
		{"no url here", "no url here"},
	}
	for _, tc := range tests {
		got := tracker.RedactText(tc.in)
		if got != tc.want {
			t.Errorf("RedactText(%q) = %q, want %q", tc.in, got, tc.want)
		}
		for _, secret := range []string{"p4ss", "t0k", "abc"} {
			if strings.Contains(got, secret) {
				t.Errorf("RedactText(%q) keeps %q", tc.in, secret)
			}
		}
	}
}
