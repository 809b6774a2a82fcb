package tracker

import (
	"net/url"
	"regexp"
	"strings"
)

// Redacted replaces a secret in what people see.
const Redacted = "REDACTED"

// secretParams are query parameter names whose values are secrets; a
// name also counts when it ends in one of them after "_" or "-" (e.g.
// client_secret, x-api-key).
var secretParams = []string{"key", "token", "api_key", "apikey", "secret", "sig", "signature", "password", "passwd", "auth", "access_token"}

// IsSecretParam reports whether a query parameter name carries a secret.
func IsSecretParam(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, s := range secretParams {
		if n == s || strings.HasSuffix(n, "_"+s) || strings.HasSuffix(n, "-"+s) {
			return true
		}
	}
	return false
}

// RedactURL returns raw with its user information and the values of
// secret-looking query parameters replaced by REDACTED, for showing a
// source URL to people (the fetch keeps using the real one). A string
// that does not parse as a URL is returned with every URL in it redacted.
func RedactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		return RedactText(raw)
	}
	if u.User != nil {
		u.User = url.User(Redacted)
	}
	if u.RawQuery != "" {
		parts := strings.Split(u.RawQuery, "&")
		for i, p := range parts {
			name, _, hasValue := strings.Cut(p, "=")
			if dec, err := url.QueryUnescape(name); err == nil {
				name = dec
			}
			if hasValue && IsSecretParam(name) {
				k, _, _ := strings.Cut(p, "=")
				parts[i] = k + "=" + Redacted
			}
		}
		u.RawQuery = strings.Join(parts, "&")
	}
	return u.String()
}

// urlInText finds URLs in free text such as an error message.
var urlInText = regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://[^\s"'<>` + "`" + `]+`)

// RedactText redacts every URL in s (see RedactURL): what an error of a
// fetch says about the URL it fetched.
func RedactText(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	return urlInText.ReplaceAllStringFunc(s, func(m string) string {
		trail := ""
		for len(m) > 0 && strings.ContainsRune(".,;:)]}", rune(m[len(m)-1])) {
			trail = m[len(m)-1:] + trail
			m = m[:len(m)-1]
		}
		u, err := url.Parse(m)
		if err != nil {
			return Redacted + trail
		}
		return RedactURL(u.String()) + trail
	})
}
