package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// sourceRow is a sources row as the sync compares it.
type sourceRow struct {
	url, format, schedule, review string
	allowPrivate                  bool
	figures, claims               string
	position                      int
	enabled                       bool
}

// same reports whether the row already says what r says, in every column
// the report counts as a change.
func (r sourceRow) same(o sourceRow) bool {
	return r.url == o.url && r.format == o.format && r.schedule == o.schedule && r.review == o.review &&
		r.allowPrivate == o.allowPrivate && r.figures == o.figures && r.claims == o.claims
}

// sourceInsertRows is how many sources one INSERT statement adds (ten
// parameters each, far under both databases' limits).
const sourceInsertRows = 200

// syncSources brings the sources table in line with the file in a few
// statements however many sources there are: the stored rows are read in
// one query and compared in memory; new sources are inserted in batches;
// only the rows that changed are updated; sources no longer listed are
// disabled.
func syncSources(ctx context.Context, tx *sql.Tx, sources []tracker.Source, now time.Time, rep *tracker.SyncReport) error {
	stored := map[string]sourceRow{}
	rows, err := tx.QueryContext(ctx, "SELECT id, url, format, schedule, review, allow_private, figures, claims, position, enabled FROM sources")
	if err != nil {
		return err
	}
	for rows.Next() {
		var id string
		var r sourceRow
		if err := rows.Scan(&id, &r.url, &r.format, &r.schedule, &r.review, &r.allowPrivate, &r.figures, &r.claims, &r.position, &r.enabled); err != nil {
			rows.Close()
			return err
		}
		stored[id] = r
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}

	keep := make(map[string]bool, len(sources))
	var inserts [][]any
	for i, src := range sources {
		if keep[src.ID] {
			return fmt.Errorf("source %s: listed twice", src.ID)
		}
		keep[src.ID] = true
		r, err := newSourceRow(src, i)
		if err != nil {
			return fmt.Errorf("source %s: %w", src.ID, err)
		}
		old, ok := stored[src.ID]
		switch {
		case !ok:
			rep.Added = append(rep.Added, "source "+src.ID)
			inserts = append(inserts, []any{src.ID, r.url, r.format, r.schedule, r.review, r.allowPrivate, r.figures, r.claims, i, ts(now)})
			continue
		case old.same(r) && old.enabled && old.position == i:
			continue // nothing to write
		}
		if !old.same(r) || !old.enabled {
			rep.Updated = append(rep.Updated, "source "+src.ID)
		}
		if _, err := tx.ExecContext(ctx, `UPDATE sources SET url = ?, format = ?, schedule = ?, review = ?, allow_private = ?, figures = ?, claims = ?,
			position = ?, updated_at = ?, enabled = 1 WHERE id = ?`, r.url, r.format, r.schedule, r.review, r.allowPrivate, r.figures, r.claims, i, ts(now), src.ID); err != nil {
			return fmt.Errorf("source %s: %w", src.ID, err)
		}
		if old.url != r.url {
			// Validators and content hash belong to the old address.
			if _, err := tx.ExecContext(ctx, `UPDATE source_state SET etag = '', last_modified = '', content_hash = '', next_check = NULL WHERE source_id = ?`, src.ID); err != nil {
				return fmt.Errorf("source %s: reset fetch state: %w", src.ID, err)
			}
		}
	}
	for start := 0; start < len(inserts); start += sourceInsertRows {
		batch := inserts[start:min(start+sourceInsertRows, len(inserts))]
		args := make([]any, 0, 10*len(batch))
		ids := make([]any, 0, len(batch))
		for _, row := range batch {
			args = append(args, row...)
			ids = append(ids, row[0])
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO sources (id, url, format, schedule, review, allow_private, figures, claims, position, updated_at) VALUES `+
			repeatRow("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", len(batch)), args...); err != nil {
			return fmt.Errorf("add sources %s…: %w", batch[0][0], err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO source_state (source_id) VALUES `+repeatRow("(?)", len(batch))+` ON CONFLICT DO NOTHING`, ids...); err != nil {
			return fmt.Errorf("add the fetch state of sources %s…: %w", batch[0][0], err)
		}
	}
	return disableMissing(ctx, tx, "sources", "id", "source", keep, rep)
}

// newSourceRow is the row src at position i is stored as.
func newSourceRow(src tracker.Source, i int) (sourceRow, error) {
	rules, err := json.Marshal(encodeRules(src.Figures))
	if err != nil {
		return sourceRow{}, err
	}
	claims, err := json.Marshal(nonNil(src.Claims))
	if err != nil {
		return sourceRow{}, err
	}
	r := sourceRow{url: src.URL, format: string(src.Format), schedule: src.Schedule, review: string(src.Review),
		allowPrivate: src.AllowPrivate, figures: string(rules), claims: string(claims), position: i, enabled: true}
	if r.schedule == "" {
		r.schedule = tracker.DefaultSchedule
	}
	if r.review == "" {
		r.review = string(tracker.ReviewRequired)
	}
	return r, nil
}

// repeatRow is n copies of row, comma-separated.
func repeatRow(row string, n int) string {
	return strings.TrimSuffix(strings.Repeat(row+", ", n), ", ")
}
