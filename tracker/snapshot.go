package tracker

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Snapshot is the readable text of a page or feed item as it was fetched:
// the text a figure's quote was taken from, kept so that the evidence can
// still be checked after the page changes or disappears. A snapshot is
// stored once per Hash and never changed afterwards.
type Snapshot struct {
	Hash      string // SnapshotHash(Text)
	URL       string // where the text was fetched from (redacted)
	Text      string
	FetchedAt time.Time
}

// SnapshotQuote is a sentence quoted from a snapshot by one figure's
// evidence.
type SnapshotQuote struct {
	FigureID int64
	Quote    string
}

// SnapshotHash returns the lowercase sha256 hex of text: the key a
// snapshot is stored and served under.
func SnapshotHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// ValidSnapshotHash reports whether s has the form of a snapshot hash: 64
// lowercase hexadecimal digits.
func ValidSnapshotHash(s string) bool {
	if len(s) != sha256.Size*2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// NewSnapshot returns the snapshot of text fetched from url at fetchedAt,
// its hash computed; nil when text is empty (nothing to keep).
func NewSnapshot(url, text string, fetchedAt time.Time) *Snapshot {
	if text == "" {
		return nil
	}
	return &Snapshot{Hash: SnapshotHash(text), URL: url, Text: text, FetchedAt: fetchedAt}
}
