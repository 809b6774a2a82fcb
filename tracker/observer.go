package tracker

import "time"

// Observer receives measurements from the running service (polls,
// deliveries, commands) for the operator's metrics. Implementations must be
// safe for concurrent use and fast; the web package provides the Prometheus
// one.
type Observer interface {
	// PollDone is called after each poll of a source; status is "ok",
	// "not_modified" or "error".
	PollDone(sourceID, status string, took time.Duration)
	// Delivered is called when an outbox item was delivered; latency runs
	// from when it was enqueued.
	Delivered(kind Kind, latency time.Duration)
	// DeliveryFailed is called after a failed delivery attempt.
	DeliveryFailed(kind Kind)
	// CommandDone is called after a slash command was handled.
	CommandDone(name string, took time.Duration, failed bool)
}

// NopObserver discards every measurement.
type NopObserver struct{}

// PollDone does nothing.
func (NopObserver) PollDone(string, string, time.Duration) {}

// Delivered does nothing.
func (NopObserver) Delivered(Kind, time.Duration) {}

// DeliveryFailed does nothing.
func (NopObserver) DeliveryFailed(Kind) {}

// CommandDone does nothing.
func (NopObserver) CommandDone(string, time.Duration, bool) {}
