package tracker

import (
	"net/url"
	"strings"
)

// Support is how many places back one figure: the corroboration a reader
// can check.
type Support struct {
	// Evidence is the number of distinct evidence URLs (http or https)
	// the figure was seen at; a repeat of one URL counts once.
	Evidence int
	// Sources is the number of distinct sites among those URLs (the host,
	// lower case, without "www."): two pages of one newspaper are one
	// source.
	Sources int
}

// SupportOf counts the distinct URLs and sites among a figure's evidence.
// Evidence without a web address (a manual quote, a javascript: link) is
// not counted; an empty list gives the zero Support.
func SupportOf(evidence []Evidence) Support {
	urls := map[string]bool{}
	hosts := map[string]bool{}
	for _, e := range evidence {
		link := ShownLink(e.URL)
		if link == "" || urls[link] {
			continue
		}
		urls[link] = true
		if u, err := url.Parse(link); err == nil && u.Host != "" {
			hosts[SiteOf(u.Hostname())] = true
		}
	}
	return Support{Evidence: len(urls), Sources: len(hosts)}
}

// SiteOf returns the site a host names: lower case, without a leading
// "www." and a trailing dot.
func SiteOf(host string) string {
	h := strings.TrimSuffix(strings.ToLower(host), ".")
	return strings.TrimPrefix(h, "www.")
}
