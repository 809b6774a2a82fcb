// Package ingest holds gapwatch's use cases: poll a source and turn what it
// found into figures (dedup, review routing), fan approved changes out as
// alerts, compose digests, tell moderators about failing sources, and drain
// the outbox through a sender.
//
// It depends only on the domain package: the store, the source reader, the
// renderer of messages and the senders are interfaces that package main
// wires to their implementations.
package ingest
