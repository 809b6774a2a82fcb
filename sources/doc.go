// Package sources fetches, parses and reads the places gapwatch polls.
//
// Fetching (Fetcher) is polite and defensive: one shared keep-alive client
// with timeouts, a body limit, a bounded number of redirects, gzip, a
// User-Agent naming gapwatch, conditional GET (ETag, Last-Modified),
// Retry-After, spacing between requests to one host, and an address guard
// that refuses loopback, private, link-local and metadata addresses unless
// a source allows them. Bodies are decoded to UTF-8 whatever their
// character set. (The wait after failures is the ingest package's policy:
// it slows a failing source and never disables it.)
//
// Parsing (Parse) reads RSS, Atom and JSON Feed into one Item per entry,
// and HTML, JSON, CSV and plain text pages into one Item holding the
// page's readable text (ReadableText), each with a key so that it is read
// once. ExtractFields reads a source's figures: rules (CSS selectors, gojq
// expressions, CSV columns, regular expressions) from a parsed page.
// Reading figures out of prose is package sources/extract's work; Reader
// puts it all together for the ingest use case (tracker.SourceReader).
package sources
