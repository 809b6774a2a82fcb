package sources

import (
	"context"
	"fmt"
	"net"
	"net/netip"
	"strconv"
)

// AddressError says that the address guard refused to connect to a host
// because one of the addresses it resolved to is not a public unicast
// address. It is wrapped inside a *FetchError of kind KindBlockedAddress.
type AddressError struct {
	Host   string     // the host name (or literal) of the URL
	Addr   netip.Addr // the refused address
	Reason string     // "loopback", "private", "link-local", …
}

// Error names the host, the address and why it was refused.
func (e *AddressError) Error() string {
	const fix = "; if the source is meant to be reached there, set allow_private: true on it in the tracker file"
	if e.Host == e.Addr.String() {
		return fmt.Sprintf("address %s is %s%s", e.Addr, e.Reason, fix)
	}
	return fmt.Sprintf("%s resolves to %s, a %s address%s", e.Host, e.Addr, e.Reason, fix)
}

var (
	cgnatPrefix     = netip.MustParsePrefix("100.64.0.0/10")
	thisNetPrefix   = netip.MustParsePrefix("0.0.0.0/8")
	reservedPrefix  = netip.MustParsePrefix("240.0.0.0/4") // includes 255.255.255.255
	siteLocalPrefix = netip.MustParsePrefix("fec0::/10")
	nat64Prefix     = netip.MustParsePrefix("64:ff9b::/96")
	v4CompatPrefix  = netip.MustParsePrefix("::/96")
	metadataV4      = netip.MustParseAddr("169.254.169.254")
	metadataV6      = netip.MustParseAddr("fd00:ec2::254")
	metadataAlibaba = netip.MustParseAddr("100.100.100.200")
	benchmarkPrefix = netip.MustParsePrefix("198.18.0.0/15")  // network benchmarking (RFC 2544)
	ietfPrefix      = netip.MustParsePrefix("192.0.0.0/24")   // IETF protocol assignments (RFC 6890)
	nat64Local      = netip.MustParsePrefix("64:ff9b:1::/48") // local-use NAT64 (RFC 8215)
	sixToFourPrefix = netip.MustParsePrefix("2002::/16")      // 6to4: carries any IPv4 address
	teredoPrefix    = netip.MustParsePrefix("2001::/32")      // Teredo: carries any IPv4 address
)

// BlockedReason returns why the address guard refuses to connect to addr
// ("loopback", "private", "link-local", "metadata", "unspecified",
// "multicast", "shared (CGNAT)", "reserved"), or "" when addr is a public
// unicast address that may be fetched. IPv4-mapped, IPv4-compatible and
// NAT64 forms of IPv4 addresses are judged by the IPv4 address they carry.
// The zero netip.Addr is refused as "invalid".
func BlockedReason(addr netip.Addr) string {
	if !addr.IsValid() {
		return "invalid"
	}
	addr = addr.Unmap()
	if addr.Is6() && (nat64Prefix.Contains(addr) || (v4CompatPrefix.Contains(addr) && addr != netip.IPv6Unspecified() && addr != netip.IPv6Loopback())) {
		b := addr.As16()
		addr = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
	}
	switch {
	case addr == metadataV4 || addr == metadataV6 || addr == metadataAlibaba:
		return "metadata"
	case nat64Local.Contains(addr):
		return "local NAT64"
	case sixToFourPrefix.Contains(addr) || teredoPrefix.Contains(addr):
		return "tunnelled (6to4 or Teredo)"
	case benchmarkPrefix.Contains(addr):
		return "benchmarking"
	case ietfPrefix.Contains(addr):
		return "reserved (IETF)"
	case addr.IsUnspecified() || thisNetPrefix.Contains(addr):
		return "unspecified"
	case addr.IsLoopback():
		return "loopback"
	case addr.IsPrivate() || siteLocalPrefix.Contains(addr):
		return "private"
	case addr.IsLinkLocalUnicast():
		return "link-local"
	case addr.IsMulticast() || addr.IsLinkLocalMulticast() || addr.IsInterfaceLocalMulticast():
		return "multicast"
	case cgnatPrefix.Contains(addr):
		return "shared (CGNAT)"
	case reservedPrefix.Contains(addr):
		return "reserved"
	}
	return ""
}

// Resolver looks up the addresses of a host name; *net.Resolver implements
// it. It is an option of the Fetcher so that tests can resolve made-up
// names.
type Resolver interface {
	LookupNetIP(ctx context.Context, network, host string) ([]netip.Addr, error)
}

// DialFunc opens a connection to addr ("ip:port"), an address that the
// guard has already accepted.
type DialFunc func(ctx context.Context, network, addr string) (net.Conn, error)

// guardedDialer resolves a host itself, checks every address it resolves to
// and then dials one of the checked addresses, so the address judged is the
// address connected to: redirects (each hop dials anew) and DNS rebinding
// (no second lookup happens between check and connect) are covered.
type guardedDialer struct {
	resolver     Resolver
	dial         DialFunc
	allowPrivate bool
}

// DialContext implements http.Transport.DialContext. It returns an
// *AddressError when the host resolves to any refused address: a host that
// answers with both a public and a private address is refused as a whole.
func (d *guardedDialer) DialContext(ctx context.Context, network, hostport string) (net.Conn, error) {
	host, portText, err := net.SplitHostPort(hostport)
	if err != nil {
		return nil, fmt.Errorf("split %q: %w", hostport, err)
	}
	port, err := strconv.ParseUint(portText, 10, 16)
	if err != nil {
		return nil, fmt.Errorf("port %q: %w", portText, err)
	}
	addrs, err := d.resolve(ctx, host)
	if err != nil {
		return nil, err
	}
	for _, a := range addrs {
		// Cloud metadata services hand out credentials: refused even for a
		// source allowed to reach private addresses.
		if reason := BlockedReason(a); reason != "" && (!d.allowPrivate || reason == "metadata") {
			return nil, &AddressError{Host: host, Addr: a.Unmap(), Reason: reason}
		}
	}
	var firstErr error
	for _, a := range addrs {
		conn, err := d.dial(ctx, network, netip.AddrPortFrom(a.Unmap(), uint16(port)).String())
		if err == nil {
			return conn, nil
		}
		if firstErr == nil {
			firstErr = err
		}
		if ctx.Err() != nil {
			break
		}
	}
	return nil, firstErr
}

// resolve returns the addresses of host: the literal itself when host is an
// IP address, else what the resolver answers.
func (d *guardedDialer) resolve(ctx context.Context, host string) ([]netip.Addr, error) {
	if a, err := netip.ParseAddr(host); err == nil {
		return []netip.Addr{a}, nil
	}
	addrs, err := d.resolver.LookupNetIP(ctx, "ip", host)
	if err != nil {
		return nil, fmt.Errorf("resolve %s: %w", host, err)
	}
	if len(addrs) == 0 {
		return nil, fmt.Errorf("resolve %s: no addresses", host)
	}
	return addrs, nil
}
