package bot

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

func TestOriginTransportRewritesOnlyDiscord(t *testing.T) {
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.Method+" "+r.URL.RequestURI())
		io.WriteString(w, "{}")
	}))
	defer srv.Close()
	tests := []struct {
		origin, url, want string
	}{
		{srv.URL, "https://discord.com/api/v9/gateway", "GET /api/v9/gateway"},
		{srv.URL + "/", "https://discord.com/api/v9/channels/1/messages?x=1", "GET /api/v9/channels/1/messages?x=1"},
		{srv.URL + "/proxy", "https://discord.com/api/v9/gateway", "GET /proxy/api/v9/gateway"},
	}
	for _, tc := range tests {
		origin, err := parseAPIURL(tc.origin)
		if err != nil {
			t.Fatal(err)
		}
		got = nil
		resp, err := newHTTPClient(origin, 5*time.Second, newBreaker(100, time.Minute)).Get(tc.url)
		if err != nil {
			t.Fatalf("%s via %s: %v", tc.url, tc.origin, err)
		}
		resp.Body.Close()
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("%s via %s: server saw %v, want %q", tc.url, tc.origin, got, tc.want)
		}
	}
}

func TestParseAPIURLRefusesNonOrigins(t *testing.T) {
	for _, bad := range []string{"discord.com", "ftp://discord.com", "https://", "https://discord.com/?q=1", "https://user:pw@discord.com"} {
		if _, err := parseAPIURL(bad); err == nil {
			t.Errorf("parseAPIURL(%q) accepted", bad)
		}
	}
	u, err := parseAPIURL("")
	if err != nil || u.String() != DefaultAPIURL {
		t.Errorf("default = %v, %v", u, err)
	}
}
