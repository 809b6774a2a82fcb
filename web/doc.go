// Package web serves gapwatch's read-only dashboard: every metric with its
// confirmed and claimed figures, a page per metric with its chart, figures
// and corrections, a permalink per figure with its evidence and history
// (and, for a claim, schema.org ClaimReview markup), Atom feeds of the
// verified updates, the standings as JSON, a health check and Prometheus
// metrics.
//
// Pages are rendered on the server with html/template and need no
// JavaScript. Everything that came from a source (quotes, actor names,
// URLs) goes through html/template's escaping, and only http and https
// evidence addresses become links. The one script element, a JSON-LD data
// block, is encoded with encoding/json, which escapes < and >.
package web
