package sources

import (
	"net/netip"
	"strings"
	"testing"
)

func TestAddressErrorSaysHowToAllow(t *testing.T) {
	for _, e := range []*AddressError{
		{Host: "intranet.example", Addr: netip.MustParseAddr("10.1.2.3"), Reason: "private"},
		{Host: "127.0.0.1", Addr: netip.MustParseAddr("127.0.0.1"), Reason: "loopback"},
	} {
		if got := e.Error(); !strings.Contains(got, "allow_private: true") || !strings.Contains(got, e.Reason) {
			t.Errorf("AddressError = %q, want the reason and allow_private: true", got)
		}
	}
}
