package sources

import (
	"bytes"
	"encoding/json"
	"mime"
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// DetectFormat returns the format of a body from its Content-Type, looking
// at the body itself when the type is missing or generic (text/plain,
// text/xml, application/xml, application/octet-stream, unknown types):
// a root <rss> or <rdf:RDF> is rss, <feed> is atom, other markup is html,
// a JSON Feed (its "version" names jsonfeed.org) is rss, other valid JSON
// is json, and anything else is text. It never fails.
func DetectFormat(contentType string, body []byte) tracker.Format {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	switch mt {
	case "application/rss+xml", "application/rdf+xml":
		return tracker.FormatRSS
	case "application/atom+xml":
		return tracker.FormatAtom
	case "application/feed+json":
		return tracker.FormatRSS
	case "text/html", "application/xhtml+xml":
		return tracker.FormatHTML
	case "application/json", "text/json":
		if isJSONFeed(body) {
			return tracker.FormatRSS
		}
		return tracker.FormatJSON
	case "text/csv", "application/csv", "text/comma-separated-values", "text/tab-separated-values":
		return tracker.FormatCSV
	}
	if strings.HasSuffix(mt, "+json") {
		return tracker.FormatJSON
	}
	return sniffFormat(body)
}

// sniffFormat guesses the format from the first bytes of a body.
func sniffFormat(body []byte) tracker.Format {
	head := bytes.TrimLeft(body, " \t\r\n\uFEFF")
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if len(head) == 0 {
		return tracker.FormatText
	}
	switch head[0] {
	case '<':
		root := xmlRootName(head)
		switch root {
		case "rss", "rdf:rdf":
			return tracker.FormatRSS
		case "feed":
			return tracker.FormatAtom
		}
		return tracker.FormatHTML
	case '{', '[':
		if isJSONFeed(body) {
			return tracker.FormatRSS
		}
		if json.Valid(body) {
			return tracker.FormatJSON
		}
	}
	return tracker.FormatText
}

// xmlRootName returns the lower-cased name of the first element of a
// markup document, skipping the XML declaration, processing instructions,
// comments and the doctype; "" if there is none in head.
func xmlRootName(head []byte) string {
	s := string(head)
	for {
		s = strings.TrimLeft(s, " \t\r\n")
		switch {
		case strings.HasPrefix(s, "<?"):
			i := strings.Index(s, "?>")
			if i < 0 {
				return ""
			}
			s = s[i+2:]
		case strings.HasPrefix(s, "<!--"):
			i := strings.Index(s, "-->")
			if i < 0 {
				return ""
			}
			s = s[i+3:]
		case strings.HasPrefix(s, "<!"):
			i := strings.Index(s, ">")
			if i < 0 {
				return ""
			}
			s = s[i+1:]
		case strings.HasPrefix(s, "<"):
			end := strings.IndexAny(s[1:], " \t\r\n/>")
			if end < 0 {
				return ""
			}
			return strings.ToLower(s[1 : 1+end])
		default:
			return ""
		}
	}
}

// isJSONFeed reports whether a JSON body is a JSON Feed: an object whose
// "version" names jsonfeed.org, near its start.
func isJSONFeed(body []byte) bool {
	head := bytes.TrimLeft(body, " \t\r\n\uFEFF")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	return bytes.Contains(head, []byte("jsonfeed.org/version"))
}
