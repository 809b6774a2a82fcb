package storage

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// insertSnapshot stores snap's text gzip-compressed under the sha256 hex of
// the text, unless a snapshot with that hash is already stored: an old
// snapshot is never changed. fallbackFetched is used when snap has no
// fetch time. It returns the hash.
func insertSnapshot(ctx context.Context, tx *sql.Tx, snap tracker.Snapshot, fallbackFetched time.Time) (string, error) {
	hash := tracker.SnapshotHash(snap.Text)
	fetched := snap.FetchedAt
	if fetched.IsZero() {
		fetched = fallbackFetched
	}
	body, err := gzipText(snap.Text)
	if err != nil {
		return "", fmt.Errorf("compress snapshot: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO snapshots (hash, url, fetched_at, size, body) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (hash) DO NOTHING`, hash, tracker.RedactURL(snap.URL), ts(fetched), len(snap.Text), body)
	if err != nil {
		return "", fmt.Errorf("insert snapshot: %w", err)
	}
	return hash, nil
}

func gzipText(text string) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return nil, err
	}
	if _, err := io.WriteString(zw, text); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// gunzipText decompresses a stored snapshot of size bytes; it refuses to
// inflate more than size bytes (a damaged row is an error, not a memory
// blow-up).
func gunzipText(body []byte, size int64) (string, error) {
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	defer zr.Close()
	b, err := io.ReadAll(io.LimitReader(zr, size+1))
	if err != nil {
		return "", err
	}
	if int64(len(b)) != size {
		return "", fmt.Errorf("decompressed %d bytes, want %d", len(b), size)
	}
	return string(b), nil
}

// Snapshot returns the archived text stored under hash. It returns an
// Invalid error for a hash that is not 64 lowercase hex digits, a NotFound
// error when no snapshot has that hash (never stored, or removed by
// retention), and a wrapped error when the row cannot be read or its text
// does not match its hash.
func (s *Store) Snapshot(ctx context.Context, hash string) (tracker.Snapshot, error) {
	if !tracker.ValidSnapshotHash(hash) {
		return tracker.Snapshot{}, tracker.Errorf(tracker.Invalid, "snapshot %q: a snapshot hash is 64 lowercase hexadecimal digits", hash)
	}
	var snap tracker.Snapshot
	var fetched sql.NullString
	var size int64
	var body []byte
	err := s.db.QueryRowContext(ctx, "SELECT hash, url, fetched_at, size, body FROM snapshots WHERE hash = ?", hash).
		Scan(&snap.Hash, &snap.URL, &fetched, &size, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return tracker.Snapshot{}, tracker.Errorf(tracker.NotFound, "snapshot %s does not exist", hash)
	}
	if err != nil {
		return tracker.Snapshot{}, fmt.Errorf("storage: snapshot %s: %w", hash, err)
	}
	if snap.FetchedAt, err = parseTS(fetched); err != nil {
		return tracker.Snapshot{}, fmt.Errorf("storage: snapshot %s: %w", hash, err)
	}
	if snap.Text, err = gunzipText(body, size); err != nil {
		return tracker.Snapshot{}, fmt.Errorf("storage: snapshot %s is damaged: %w", hash, err)
	}
	if tracker.SnapshotHash(snap.Text) != hash {
		return tracker.Snapshot{}, fmt.Errorf("storage: snapshot %s is damaged: its text does not match its hash", hash)
	}
	return snap, nil
}

// SnapshotQuotes returns the figures whose evidence points to the snapshot
// hash, with the quote each took from it, in the order they were recorded,
// so that a page can mark the quotes in the text and link the figures. An
// unknown hash has none; a failed query is a wrapped error.
func (s *Store) SnapshotQuotes(ctx context.Context, hash string) ([]tracker.SnapshotQuote, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT figure_id, quote FROM evidence WHERE snapshot_hash = ? ORDER BY id", hash)
	if err != nil {
		return nil, fmt.Errorf("storage: quotes of snapshot %s: %w", hash, err)
	}
	defer rows.Close()
	var out []tracker.SnapshotQuote
	for rows.Next() {
		var q tracker.SnapshotQuote
		if err := rows.Scan(&q.FigureID, &q.Quote); err != nil {
			return nil, fmt.Errorf("storage: quotes of snapshot %s: %w", hash, err)
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

// PruneSnapshots deletes the snapshots fetched before before that no
// evidence row refers to, in batches of 1,000, and returns how many it
// deleted. A snapshot that any evidence points to is never deleted. On
// failure it returns the number deleted so far and a wrapped error.
func (s *Store) PruneSnapshots(ctx context.Context, before time.Time) (int64, error) {
	var total int64
	cut := ts(before)
	for {
		var n int64
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			res, err := tx.ExecContext(ctx, `DELETE FROM snapshots WHERE hash IN (
				SELECT sn.hash FROM snapshots sn
				WHERE sn.fetched_at < ?
				AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.snapshot_hash = sn.hash)
				LIMIT ?)`, cut, pruneBatch)
			if err != nil {
				return err
			}
			n, err = res.RowsAffected()
			return err
		})
		if err != nil {
			return total, fmt.Errorf("storage: prune snapshots: %w", err)
		}
		total += n
		if n == 0 || ctx.Err() != nil {
			return total, nil
		}
	}
}
