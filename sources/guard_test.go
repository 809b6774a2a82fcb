package sources

import (
	"context"
	"fmt"
	"net/http"
	"net/netip"
	"strings"
	"testing"
)

func TestBlockedReason(t *testing.T) {
	tests := []struct {
		addr string
		want string
	}{
		{"127.0.0.1", "loopback"},
		{"127.8.9.10", "loopback"},
		{"::1", "loopback"},
		{"::ffff:127.0.0.1", "loopback"},
		{"10.1.2.3", "private"},
		{"172.16.0.1", "private"},
		{"172.31.255.255", "private"},
		{"192.168.1.1", "private"},
		{"::ffff:192.168.1.1", "private"},
		{"fc00::1", "private"},
		{"fd12:3456::1", "private"},
		{"fec0::1", "private"},
		{"169.254.169.254", "metadata"},
		{"::ffff:169.254.169.254", "metadata"},
		{"fd00:ec2::254", "metadata"},
		{"169.254.1.1", "link-local"},
		{"fe80::1", "link-local"},
		{"0.0.0.0", "unspecified"},
		{"0.1.2.3", "unspecified"},
		{"::", "unspecified"},
		{"224.0.0.1", "multicast"},
		{"ff02::1", "multicast"},
		{"100.64.0.1", "shared (CGNAT)"},
		{"100.127.255.254", "shared (CGNAT)"},
		{"255.255.255.255", "reserved"},
		{"240.0.0.1", "reserved"},
		{"64:ff9b::a00:1", "private"}, // NAT64 form of 10.0.0.1
		{"::7f00:1", "loopback"},      // IPv4-compatible form of 127.0.0.1
		{"100.100.100.200", "metadata"},
		{"198.18.0.1", "benchmarking"},
		{"198.19.255.254", "benchmarking"},
		{"192.0.0.8", "reserved (IETF)"},
		{"64:ff9b:1::a00:1", "local NAT64"},
		{"2002:c0a8:101::1", "tunnelled (6to4 or Teredo)"},
		{"2001:0:4136:e378::1", "tunnelled (6to4 or Teredo)"},
		{"198.20.0.1", ""},
		{"192.0.1.1", ""},
		{"2001:4860::8888", ""},
		{"8.8.8.8", ""},
		{"203.0.113.7", ""},
		{"172.32.0.1", ""},
		{"100.128.0.1", ""},
		{"2606:4700::1111", ""},
		{"::ffff:8.8.8.8", ""},
		{"64:ff9b::808:808", ""},
	}
	for _, tt := range tests {
		if got := BlockedReason(netip.MustParseAddr(tt.addr)); got != tt.want {
			t.Errorf("BlockedReason(%s) = %q, want %q", tt.addr, got, tt.want)
		}
	}
	if got := BlockedReason(netip.Addr{}); got != "invalid" {
		t.Errorf("BlockedReason(zero) = %q, want invalid", got)
	}
}

// guardServer is a loopback server that, reached through a made-up public
// name, redirects to private places.
func guardServer(t *testing.T) *recorder {
	return newRecorder(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		port := strings.TrimPrefix(r.Host[strings.LastIndex(r.Host, ":"):], ":")
		switch r.URL.Path {
		case "/to-loopback":
			http.Redirect(w, r, "http://127.0.0.1:"+port+"/secret", http.StatusFound)
		case "/to-localhost":
			http.Redirect(w, r, "http://localhost:"+port+"/secret", http.StatusFound)
		case "/to-metadata":
			http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
		case "/to-intranet":
			http.Redirect(w, r, "http://intranet.example.com:"+port+"/secret", http.StatusFound)
		case "/to-public":
			http.Redirect(w, r, "http://other.example.net:"+port+"/page", http.StatusFound)
		default:
			fmt.Fprint(w, "page "+r.URL.Path)
		}
	}))
}

func TestGuard(t *testing.T) {
	srv := guardServer(t)
	port := srv.port()
	n := newFakeNet(t)
	n.public("news.example.com", "203.0.113.7")
	n.public("other.example.net", "198.51.100.20")
	n.hosts["intranet.example.com"] = []netip.Addr{netip.MustParseAddr("10.0.0.5")}
	n.hosts["meta.example.com"] = []netip.Addr{netip.MustParseAddr("169.254.169.254")}
	n.hosts["mixed.example.com"] = []netip.Addr{netip.MustParseAddr("203.0.113.7"), netip.MustParseAddr("192.168.0.10")}
	f := newTestFetcher(t, n, FetchOptions{})

	at := func(host, path string) string { return fmt.Sprintf("http://%s:%d%s", host, port, path) }
	tests := []struct {
		name         string
		url          string
		allowPrivate bool
		wantKind     string // "" for success
		wantPaths    []string
	}{
		{"public name", at("news.example.com", "/page"), false, "", []string{"/page"}},
		{"public redirect to public", at("news.example.com", "/to-public"), false, "", []string{"/to-public", "/page"}},
		{"loopback literal", at("127.0.0.1", "/secret"), false, KindBlockedAddress, nil},
		{"localhost", at("localhost", "/secret"), false, KindBlockedAddress, nil},
		{"metadata literal", "http://169.254.169.254/latest/meta-data/", false, KindBlockedAddress, nil},
		{"IPv4-mapped loopback", fmt.Sprintf("http://[::ffff:127.0.0.1]:%d/secret", port), false, KindBlockedAddress, nil},
		{"name resolving to private", at("intranet.example.com", "/secret"), false, KindBlockedAddress, nil},
		{"name resolving to public and private", at("mixed.example.com", "/secret"), false, KindBlockedAddress, nil},
		{"redirect to loopback", at("news.example.com", "/to-loopback"), false, KindBlockedAddress, []string{"/to-loopback"}},
		{"redirect to localhost", at("news.example.com", "/to-localhost"), false, KindBlockedAddress, []string{"/to-localhost"}},
		{"redirect to metadata", at("news.example.com", "/to-metadata"), false, KindBlockedAddress, []string{"/to-metadata"}},
		{"redirect to a private name", at("news.example.com", "/to-intranet"), false, KindBlockedAddress, []string{"/to-intranet"}},
		{"allowed: loopback literal", at("127.0.0.1", "/secret"), true, "", []string{"/secret"}},
		{"allowed: redirect to loopback", at("news.example.com", "/to-loopback"), true, "", []string{"/to-loopback", "/secret"}},
		{"allowed yet metadata literal", "http://169.254.169.254/latest/meta-data/", true, KindBlockedAddress, nil},
		{"allowed yet Alibaba metadata", "http://100.100.100.200/latest/meta-data/", true, KindBlockedAddress, nil},
		{"allowed yet IPv6 metadata", "http://[fd00:ec2::254]/latest/meta-data/", true, KindBlockedAddress, nil},
		{"allowed yet redirect to metadata", at("news.example.com", "/to-metadata"), true, KindBlockedAddress, []string{"/to-metadata"}},
		{"allowed yet a name resolving to metadata", at("meta.example.com", "/x"), true, KindBlockedAddress, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.seen())
			resp, err := f.Fetch(context.Background(), Request{SourceID: "g", URL: tt.url, AllowPrivate: tt.allowPrivate})
			if tt.wantKind == "" {
				if err != nil {
					t.Fatalf("Fetch: %v", err)
				}
				if got, want := string(resp.Body), "page "+tt.wantPaths[len(tt.wantPaths)-1]; got != want {
					t.Errorf("body = %q, want %q", got, want)
				}
			} else {
				if err == nil {
					t.Fatalf("Fetch succeeded with %q, want %s", resp.Body, tt.wantKind)
				}
				if got := fetchErr(t, err).Kind; got != tt.wantKind {
					t.Errorf("kind = %q (%v), want %q", got, err, tt.wantKind)
				}
			}
			got := srv.paths()[before:]
			if fmt.Sprint(got) != fmt.Sprint(tt.wantPaths) && !(len(got) == 0 && len(tt.wantPaths) == 0) {
				t.Errorf("server saw %v, want %v", got, tt.wantPaths)
			}
		})
	}
	for _, d := range n.dialed() {
		if strings.HasPrefix(d, "169.254.") || strings.HasPrefix(d, "10.") || strings.HasPrefix(d, "192.168.") {
			t.Errorf("the guard let the dialer try %s", d)
		}
	}
}

// TestGuardNotBypassedByPooledConnection checks that a connection kept
// alive for a source with allow_private is never reused for a source
// without it.
func TestGuardNotBypassedByPooledConnection(t *testing.T) {
	srv := guardServer(t)
	f := newTestFetcher(t, nil, FetchOptions{})
	if _, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/page", AllowPrivate: true}); err != nil {
		t.Fatal(err)
	}
	_, err := f.Fetch(context.Background(), Request{URL: srv.URL + "/page"})
	if err == nil {
		t.Fatal("second fetch without allow_private succeeded over the pooled connection")
	}
	if got := fetchErr(t, err).Kind; got != KindBlockedAddress {
		t.Errorf("kind = %q, want %q", got, KindBlockedAddress)
	}
}
