package tracker

import "testing"

func TestSupportOf(t *testing.T) {
	ev := func(urls ...string) []Evidence {
		var out []Evidence
		for _, u := range urls {
			out = append(out, Evidence{URL: u, Quote: "q"})
		}
		return out
	}
	tests := []struct {
		name     string
		evidence []Evidence
		want     Support
	}{
		{"none", nil, Support{}},
		{"one", ev("https://example.org/a"), Support{Evidence: 1, Sources: 1}},
		{"same URL twice", ev("https://example.org/a", "https://example.org/a"), Support{Evidence: 1, Sources: 1}},
		{"two pages of one site", ev("https://example.org/a", "https://www.Example.org/b"), Support{Evidence: 2, Sources: 1}},
		{"two sites", ev("https://example.org/a", "http://news.example.net/b", "https://example.org/c"), Support{Evidence: 3, Sources: 2}},
		{"no web address", ev("", "javascript:alert(1)", "ftp://example.org/x"), Support{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SupportOf(tt.evidence); got != tt.want {
				t.Errorf("SupportOf = %+v, want %+v", got, tt.want)
			}
		})
	}
}
