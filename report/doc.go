// Package report turns gapwatch's domain values into what people read:
// standings, figures, alerts, digests and audit entries as text, JSON and
// presentation-neutral messages (tracker.Message), and PNG charts.
//
// It imports only the domain package and plotting libraries; nothing here
// does I/O beyond encoding.
package report
