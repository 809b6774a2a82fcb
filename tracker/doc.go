// Package tracker is gapwatch's domain: metrics, actors, sources, figures,
// corrections, subscriptions and the standings computed from them, with the
// pure rules that govern them (standings, gap, flags, correction semantics)
// and the interfaces that the storage, ingestion and presentation packages
// implement or consume.
//
// It imports only the standard library. Nothing here does I/O; time comes in
// as arguments so every rule is deterministic and table-testable.
package tracker
