package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

const figureColumns = `f.id, f.metric_id, f.value, f.value_high, f.qualifier, f.stance, f.actor, COALESCE(f.source_id, ''), f.origin,
	f.as_of, f.seen_at, f.status, f.created_by, COALESCE(f.supersedes, 0), COALESCE(f.superseded_by, 0), f.revision,
	COALESCE(e.url, ''), COALESCE(e.quote, ''), COALESCE(e.start_offset, 0), COALESCE(e.end_offset, 0),
	COALESCE(e.content_hash, ''), COALESCE(e.source_id, ''), e.seen_at, COALESCE(e.snapshot_hash, '')`

// figureFrom joins each figure with its first evidence.
const figureFrom = ` FROM figures f LEFT JOIN evidence e ON e.id = (SELECT MIN(id) FROM evidence WHERE figure_id = f.id) `

func scanFigure(r scanner) (tracker.Figure, error) {
	var f tracker.Figure
	var asOf, seen, evSeen sql.NullString
	err := r.Scan(&f.ID, &f.MetricID, &f.Value, &f.ValueHigh, &f.Qualifier, &f.Stance, &f.Actor, &f.SourceID, &f.Origin,
		&asOf, &seen, &f.Status, &f.CreatedBy, &f.Supersedes, &f.SupersededBy, &f.Revision,
		&f.Evidence.URL, &f.Evidence.Quote, &f.Evidence.Start, &f.Evidence.End, &f.Evidence.ContentHash, &f.Evidence.SourceID, &evSeen, &f.Evidence.SnapshotHash)
	if err != nil {
		return f, err
	}
	if f.AsOf, err = parseTS(asOf); err != nil {
		return f, err
	}
	if f.SeenAt, err = parseTS(seen); err != nil {
		return f, err
	}
	if f.Evidence.SeenAt, err = parseTS(evSeen); err != nil {
		return f, err
	}
	return f, nil
}

func queryFigures(ctx context.Context, q querier, tail string, args ...any) ([]tracker.Figure, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+figureColumns+figureFrom+tail, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tracker.Figure
	for rows.Next() {
		f, err := scanFigure(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}

func getFigure(ctx context.Context, q querier, id int64) (tracker.Figure, error) {
	fs, err := queryFigures(ctx, q, "WHERE f.id = ?", id)
	if err != nil {
		return tracker.Figure{}, err
	}
	if len(fs) == 0 {
		return tracker.Figure{}, tracker.Errorf(tracker.NotFound, "figure %d does not exist", id)
	}
	return fs[0], nil
}

// Figure returns the figure with the given id, with its first evidence, or a
// NotFound error.
func (s *Store) Figure(ctx context.Context, id int64) (tracker.Figure, error) {
	f, err := getFigure(ctx, s.db, id)
	if err != nil && tracker.ErrorCode(err) == tracker.Internal {
		return f, fmt.Errorf("storage: figure %d: %w", id, err)
	}
	return f, err
}

// figureFilterSQL returns the WHERE, ORDER BY and LIMIT clauses that
// select filter's figures, and their arguments.
func figureFilterSQL(filter tracker.FigureFilter) (string, []any) {
	var where []string
	var args []any
	add := func(cond string, v any) {
		where = append(where, cond)
		args = append(args, v)
	}
	if filter.MetricID != "" {
		add("f.metric_id = ?", filter.MetricID)
	}
	if filter.Status != "" {
		add("f.status = ?", string(filter.Status))
	}
	if filter.Stance != "" {
		add("f.stance = ?", string(filter.Stance))
	}
	if filter.Actor != "" {
		add("f.actor = ?", filter.Actor)
	}
	if filter.SourceID != "" {
		add("f.source_id = ?", filter.SourceID)
	}
	if !filter.Since.IsZero() {
		add("f.sort_date >= ?", ts(filter.Since))
	}
	if !filter.Before.IsZero() {
		add("f.sort_date < ?", ts(filter.Before))
	}
	tail := ""
	if len(where) > 0 {
		tail = "WHERE " + strings.Join(where, " AND ")
	}
	if filter.Oldest {
		tail += " ORDER BY f.sort_date, f.seen_at, f.id"
	} else {
		tail += " ORDER BY f.sort_date DESC, f.seen_at DESC, f.id DESC"
	}
	if filter.Limit > 0 {
		tail += fmt.Sprintf(" LIMIT %d", filter.Limit)
		if filter.Offset > 0 {
			tail += fmt.Sprintf(" OFFSET %d", filter.Offset)
		}
	}
	return tail, args
}

// Figures returns the figures that match filter, newest first unless
// filter.Oldest is set.
func (s *Store) Figures(ctx context.Context, filter tracker.FigureFilter) ([]tracker.Figure, error) {
	tail, args := figureFilterSQL(filter)
	out, err := queryFigures(ctx, s.db, tail, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: figures: %w", err)
	}
	return out, nil
}

// Evidence returns every place the figure was seen, first seen first.
func (s *Store) Evidence(ctx context.Context, figureID int64) ([]tracker.Evidence, error) {
	out, err := queryEvidence(ctx, s.db, figureID)
	if err != nil {
		return nil, fmt.Errorf("storage: evidence of figure %d: %w", figureID, err)
	}
	return out, nil
}

func queryEvidence(ctx context.Context, q querier, figureID int64) ([]tracker.Evidence, error) {
	rows, err := q.QueryContext(ctx, `SELECT url, quote, start_offset, end_offset, content_hash, COALESCE(source_id, ''), seen_at,
		COALESCE(snapshot_hash, '') FROM evidence WHERE figure_id = ? ORDER BY id`, figureID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tracker.Evidence
	for rows.Next() {
		var e tracker.Evidence
		var seen sql.NullString
		if err := rows.Scan(&e.URL, &e.Quote, &e.Start, &e.End, &e.ContentHash, &e.SourceID, &seen, &e.SnapshotHash); err != nil {
			return nil, err
		}
		if e.SeenAt, err = parseTS(seen); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// insertFigure stores f (its ID is ignored) and its evidence when it has
// any, and returns the new id.
func insertFigure(ctx context.Context, tx *sql.Tx, f tracker.Figure) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO figures (metric_id, value, value_high, qualifier, stance, actor, source_id, origin,
		as_of, seen_at, status, created_by, supersedes, revision, dedup_key, sort_date)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		f.MetricID, f.Value, f.ValueHigh, string(f.Qualifier), string(f.Stance), f.Actor, nullStr(f.SourceID), string(f.Origin),
		ts(f.AsOf), ts(f.SeenAt), string(f.Status), f.CreatedBy, nullInt(f.Supersedes), f.Revision, f.DedupKey(), ts(f.Date())).Scan(&id)
	if err != nil {
		return 0, err
	}
	if f.Evidence != (tracker.Evidence{}) {
		if err := insertEvidence(ctx, tx, id, f.Evidence, f.SeenAt); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// insertEvidence adds a place where figureID was seen, with its snapshot
// when e carries one (stored once per hash); a repeat of the same URL and
// quote is ignored.
func insertEvidence(ctx context.Context, tx *sql.Tx, figureID int64, e tracker.Evidence, fallbackSeen time.Time) error {
	if e.SeenAt.IsZero() {
		e.SeenAt = fallbackSeen
	}
	if e.Snapshot != nil {
		// A repeat of the same URL and quote adds nothing: do not archive
		// a text no evidence would point to.
		var one int
		switch err := tx.QueryRowContext(ctx, "SELECT 1 FROM evidence WHERE figure_id = ? AND url = ? AND quote = ?", figureID, e.URL, e.Quote).Scan(&one); {
		case err == nil:
			return nil
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		hash, err := insertSnapshot(ctx, tx, *e.Snapshot, e.SeenAt)
		if err != nil {
			return err
		}
		e.SnapshotHash = hash
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO evidence (figure_id, source_id, url, quote, start_offset, end_offset, content_hash, seen_at, snapshot_hash)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
		figureID, nullStr(e.SourceID), e.URL, e.Quote, e.Start, e.End, e.ContentHash, ts(e.SeenAt), nullStr(e.SnapshotHash))
	return err
}

// insertCorrection appends c to the corrections stream in tx. Readers
// follow the stream by id (CorrectionsAfter), so ids must become visible
// in the order they are given: on PostgreSQL, where several instances
// write at once and a sequence hands out ids before their transactions
// commit, the writer first takes a transaction lock that every other
// writer of corrections waits for until this transaction ends. Without
// it, an id given earlier but committed later than a reader's cursor would
// never be read (an alert lost). SQLite has one writer at a time already.
func (s *Store) insertCorrection(ctx context.Context, tx *sql.Tx, c tracker.Correction) (int64, error) {
	if s.dialect == Postgres {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock("+advisoryKey+")", "corrections"); err != nil {
			return 0, err
		}
	}
	var id int64
	err := tx.QueryRowContext(ctx, `INSERT INTO corrections (figure_id, action, old_value, new_value, old_status, new_status, new_figure_id, reason, by, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		c.FigureID, string(c.Action), c.OldValue, c.NewValue, string(c.OldStatus), string(c.NewStatus), nullInt(c.NewFigureID), c.Reason, c.By, ts(c.At)).Scan(&id)
	return id, err
}

// AddFigure is Add without Force: it stores f, or returns the figure
// already recording the same statement.
func (s *Store) AddFigure(ctx context.Context, f tracker.Figure) (tracker.Figure, error) {
	res, err := s.Add(ctx, tracker.AddRequest{Figure: f})
	return res.Figure, err
}

// Add stores a figure entered by a person (status approved unless its
// Status says otherwise) with an "add" correction, in one transaction. The
// actor may be given by any alias. It refuses, writing nothing, with an
// Invalid or NotFound error that says what was wrong: an unknown metric or
// actor, a date more than a day after today, or a stance that contradicts
// the actor's role unless req.Force is set (then the "add" correction
// records the override). When the same statement (tracker.Figure.
// SameStatement) is already recorded as a pending or approved figure,
// nothing is written and that figure is returned with Existing set.
func (s *Store) Add(ctx context.Context, req tracker.AddRequest) (tracker.AddResult, error) {
	f := req.Figure
	now := s.now()
	if f.Status == "" {
		f.Status = tracker.Approved
	}
	if f.Qualifier == "" {
		f.Qualifier = tracker.Exact
	}
	if f.Origin == "" {
		f.Origin = tracker.OriginManual
	}
	if f.SeenAt.IsZero() {
		f.SeenAt = now
	}
	if strings.TrimSpace(f.CreatedBy) == "" {
		return tracker.AddResult{}, tracker.Errorf(tracker.Invalid, "who added the figure is missing (--by)")
	}
	if err := f.Validate(); err != nil {
		return tracker.AddResult{}, err
	}
	if !f.AsOf.IsZero() {
		if err := tracker.CheckDate(f.AsOf, now); err != nil {
			return tracker.AddResult{}, err
		}
	}
	if _, err := s.Metric(ctx, f.MetricID); err != nil {
		return tracker.AddResult{}, err
	}
	actor, err := s.Actor(ctx, f.Actor)
	if err != nil {
		return tracker.AddResult{}, err
	}
	f.Actor = actor.Name
	if f.SourceID != "" {
		if _, err := s.Source(ctx, f.SourceID); err != nil {
			return tracker.AddResult{}, err
		}
	}
	reason := ""
	if err := tracker.StanceConflict(actor, f.Stance); err != nil {
		if !req.Force {
			return tracker.AddResult{}, err
		}
		reason = tracker.ForcedStanceReason(actor, f.Stance)
	}
	if f.Evidence.URL != "" || f.Evidence.Quote != "" {
		f.Evidence.SeenAt = now
		f.Evidence.SourceID = f.SourceID
	}
	existing := false
	err = s.inTx(ctx, func(tx *sql.Tx) error {
		var id int64
		err := tx.QueryRowContext(ctx, `SELECT f.id FROM figures f
			WHERE f.dedup_key = ? AND f.status IN ('approved', 'pending')
			  AND COALESCE((SELECT e.url FROM evidence e WHERE e.figure_id = f.id ORDER BY e.id LIMIT 1), '') = ?
			ORDER BY f.id LIMIT 1`, f.DedupKey(), f.Evidence.URL).Scan(&id)
		switch {
		case err == nil:
			f.ID, existing = id, true
			return nil
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		if f.ID, err = insertFigure(ctx, tx, f); err != nil {
			return err
		}
		_, err = s.insertCorrection(ctx, tx, tracker.Correction{
			FigureID: f.ID, Action: tracker.ActionAdd, OldValue: f.Value, NewValue: f.Value,
			NewStatus: f.Status, Reason: reason, By: f.CreatedBy, At: now,
		})
		return err
	})
	if err != nil {
		return tracker.AddResult{}, fmt.Errorf("storage: add figure: %w", err)
	}
	stored, err := s.Figure(ctx, f.ID)
	return tracker.AddResult{Figure: stored, Existing: existing}, err
}

// RecordFigure stores a figure found by a source, unless the same statement
// (tracker.Figure.DedupKey) is already stored: then it only adds the
// evidence to the existing figure. A new figure gets an "add" correction by
// f.CreatedBy in the same transaction. It returns the stored figure and
// whether it was created.
func (s *Store) RecordFigure(ctx context.Context, f tracker.Figure) (tracker.Figure, bool, error) {
	if f.SeenAt.IsZero() {
		f.SeenAt = s.now()
	}
	if err := f.Validate(); err != nil {
		return tracker.Figure{}, false, err
	}
	var created bool
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		var existing int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM figures WHERE dedup_key = ? ORDER BY id LIMIT 1", f.DedupKey()).Scan(&existing)
		switch {
		case err == nil:
			f.ID = existing
			return insertEvidence(ctx, tx, existing, f.Evidence, f.SeenAt)
		case !errors.Is(err, sql.ErrNoRows):
			return err
		}
		id, err := insertFigure(ctx, tx, f)
		if err != nil {
			return err
		}
		f.ID, created = id, true
		_, err = s.insertCorrection(ctx, tx, tracker.Correction{
			FigureID: id, Action: tracker.ActionAdd, OldValue: f.Value, NewValue: f.Value,
			NewStatus: f.Status, By: f.CreatedBy, At: f.SeenAt,
		})
		return err
	})
	if err != nil {
		return tracker.Figure{}, false, fmt.Errorf("storage: record figure: %w", err)
	}
	stored, err := s.Figure(ctx, f.ID)
	return stored, created, err
}

// ApplyChange applies a moderator's approve, reject, correct or retract to
// a figure and appends its correction, in one transaction. A correction
// stores the replacement figure (with the old one's evidence) and marks the
// old one superseded. It returns the outcome as stored, or the domain error
// (NotFound, Invalid, Conflict) with nothing written.
func (s *Store) ApplyChange(ctx context.Context, c tracker.Change) (tracker.Outcome, error) {
	var out tracker.Outcome
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		f, err := getFigure(ctx, tx, c.FigureID)
		if err != nil {
			return err
		}
		out, err = tracker.Apply(f, c, s.now())
		if err != nil {
			return err
		}
		if out.Replacement != nil {
			repl := *out.Replacement
			repl.Evidence = tracker.Evidence{} // all of the old figure's evidence is copied below
			id, err := insertFigure(ctx, tx, repl)
			if err != nil {
				return err
			}
			out.Replacement.ID = id
			out.Figure.SupersededBy = id
			out.Correction.NewFigureID = id
			if _, err := tx.ExecContext(ctx, `INSERT INTO evidence (figure_id, source_id, url, quote, start_offset, end_offset, content_hash, seen_at, snapshot_hash)
				SELECT ?, source_id, url, quote, start_offset, end_offset, content_hash, seen_at, snapshot_hash FROM evidence WHERE figure_id = ? ORDER BY id
				ON CONFLICT DO NOTHING`, id, f.ID); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `UPDATE figures SET status = ?, revision = ?, superseded_by = ? WHERE id = ?`,
			string(out.Figure.Status), out.Figure.Revision, nullInt(out.Figure.SupersededBy), f.ID); err != nil {
			return err
		}
		out.Correction.ID, err = s.insertCorrection(ctx, tx, out.Correction)
		return err
	})
	if err != nil {
		if tracker.ErrorCode(err) != tracker.Internal {
			return tracker.Outcome{}, err
		}
		return tracker.Outcome{}, fmt.Errorf("storage: %s figure %d: %w", c.Action, c.FigureID, err)
	}
	if out.Replacement != nil {
		repl, err := s.Figure(ctx, out.Replacement.ID)
		if err != nil {
			return tracker.Outcome{}, err
		}
		out.Replacement = &repl
	}
	return out, nil
}

// Audit returns the correction chain of a figure: its predecessors and
// successors, their evidence, and all their corrections in order. It
// returns a NotFound error for an unknown id.
func (s *Store) Audit(ctx context.Context, id int64) (tracker.Audit, error) {
	var a tracker.Audit
	first, err := s.Figure(ctx, id)
	if err != nil {
		return a, err
	}
	chain := []tracker.Figure{first}
	seen := map[int64]bool{first.ID: true}
	for f := first; f.Supersedes != 0 && !seen[f.Supersedes]; {
		if f, err = s.Figure(ctx, f.Supersedes); err != nil {
			return a, err
		}
		seen[f.ID] = true
		chain = append([]tracker.Figure{f}, chain...)
	}
	for f := first; f.SupersededBy != 0 && !seen[f.SupersededBy]; {
		if f, err = s.Figure(ctx, f.SupersededBy); err != nil {
			return a, err
		}
		seen[f.ID] = true
		chain = append(chain, f)
	}
	a.Figures = chain
	a.Evidence = map[int64][]tracker.Evidence{}
	ids := make([]any, len(chain))
	marks := make([]string, len(chain))
	for i, f := range chain {
		ids[i], marks[i] = f.ID, "?"
		if a.Evidence[f.ID], err = s.Evidence(ctx, f.ID); err != nil {
			return a, err
		}
	}
	a.Corrections, err = s.queryCorrections(ctx, "WHERE figure_id IN ("+strings.Join(marks, ",")+") ORDER BY id", ids...)
	return a, err
}

// CorrectionsAfter returns up to limit corrections with an id greater than
// afterID, oldest first: the event stream that alerts fan out from.
func (s *Store) CorrectionsAfter(ctx context.Context, afterID int64, limit int) ([]tracker.Correction, error) {
	return s.queryCorrections(ctx, "WHERE id > ? ORDER BY id LIMIT ?", afterID, limit)
}

// LastCorrectionID returns the id of the newest correction, or 0.
func (s *Store) LastCorrectionID(ctx context.Context) (int64, error) {
	var id int64
	if err := s.db.QueryRowContext(ctx, "SELECT COALESCE(MAX(id), 0) FROM corrections").Scan(&id); err != nil {
		return 0, fmt.Errorf("storage: last correction: %w", err)
	}
	return id, nil
}

func (s *Store) queryCorrections(ctx context.Context, tail string, args ...any) ([]tracker.Correction, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, figure_id, action, old_value, new_value, old_status, new_status,
		COALESCE(new_figure_id, 0), reason, by, at FROM corrections `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: corrections: %w", err)
	}
	defer rows.Close()
	var out []tracker.Correction
	for rows.Next() {
		var c tracker.Correction
		var at sql.NullString
		if err := rows.Scan(&c.ID, &c.FigureID, &c.Action, &c.OldValue, &c.NewValue, &c.OldStatus, &c.NewStatus,
			&c.NewFigureID, &c.Reason, &c.By, &at); err != nil {
			return nil, fmt.Errorf("storage: corrections: %w", err)
		}
		if c.At, err = parseTS(at); err != nil {
			return nil, fmt.Errorf("storage: corrections: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// CountFigures returns the number of figures per status.
func (s *Store) CountFigures(ctx context.Context) (map[tracker.Status]int, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT status, COUNT(*) FROM figures GROUP BY status")
	if err != nil {
		return nil, fmt.Errorf("storage: count figures: %w", err)
	}
	defer rows.Close()
	out := map[tracker.Status]int{}
	for rows.Next() {
		var st tracker.Status
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return nil, fmt.Errorf("storage: count figures: %w", err)
		}
		out[st] = n
	}
	return out, rows.Err()
}

// CountMetricFigures returns the number of a metric's figures per status,
// or nil when the metric has more than upTo figures (counting a million
// index entries takes a fifth of a second; upTo 0 means no bound).
func (s *Store) CountMetricFigures(ctx context.Context, metricID string, upTo int) (map[tracker.Status]int, error) {
	if upTo > 0 {
		var n int
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM (SELECT 1 FROM figures WHERE metric_id = ? LIMIT ?) AS upto", metricID, upTo+1).Scan(&n); err != nil {
			return nil, fmt.Errorf("storage: count figures of %s: %w", metricID, err)
		}
		if n > upTo {
			return nil, nil
		}
	}
	out := map[tracker.Status]int{}
	for _, st := range []tracker.Status{tracker.Pending, tracker.Approved, tracker.Rejected, tracker.Retracted, tracker.Superseded} {
		var n int
		// One indexed range count per status (figures_standing starts with
		// metric_id, status).
		if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM figures WHERE metric_id = ? AND status = ?", metricID, string(st)).Scan(&n); err != nil {
			return nil, fmt.Errorf("storage: count figures of %s: %w", metricID, err)
		}
		if n > 0 {
			out[st] = n
		}
	}
	return out, nil
}

// metricCorrectionsWhere selects a metric's corrections row by row (newest
// first, stopping at the limit) instead of first listing every figure id
// of the metric, which costs a million rows for a big metric.
const metricCorrectionsWhere = "WHERE EXISTS (SELECT 1 FROM figures f WHERE f.id = corrections.figure_id AND f.metric_id = ?)"

// sparseMetric is the number of figures up to which a metric's
// corrections are found from its figures (an index lookup each) rather
// than by reading the corrections log backwards until enough of them are
// the metric's: past it, the metric's corrections are frequent enough in
// the log for the backward read to stop soon.
var sparseMetric = 20_000

// sparseMetricCorrectionsWhere selects the corrections of a metric with
// few figures from its figures (an index lookup each): reading the whole
// log backwards would pass over every correction of the other metrics.
// CROSS JOIN keeps SQLite's join order.
const sparseMetricCorrectionsWhere = "WHERE id IN (SELECT c.id FROM figures f CROSS JOIN corrections c WHERE c.figure_id = f.id AND f.metric_id = ?)"

// metricCorrectionsFilter returns the WHERE clause that selects the
// corrections of metricID, by its figures when the metric is sparse (see
// sparseMetric), else by reading the log newest first.
func (s *Store) metricCorrectionsFilter(ctx context.Context, metricID string) (string, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, fmt.Sprintf("SELECT COUNT(*) FROM (SELECT 1 FROM figures WHERE metric_id = ? LIMIT %d) AS k", sparseMetric+1),
		metricID).Scan(&n); err != nil {
		return "", fmt.Errorf("storage: corrections of %s: %w", metricID, err)
	}
	if n <= sparseMetric {
		return sparseMetricCorrectionsWhere, nil
	}
	return metricCorrectionsWhere, nil
}

// MetricCorrectionsPage returns limit of the metric's corrections, newest
// first, after skipping offset.
func (s *Store) MetricCorrectionsPage(ctx context.Context, metricID string, limit, offset int) ([]tracker.Correction, error) {
	where, err := s.metricCorrectionsFilter(ctx, metricID)
	if err != nil {
		return nil, err
	}
	return s.queryCorrections(ctx, fmt.Sprintf(where+" ORDER BY id DESC LIMIT %d OFFSET %d",
		max(limit, 1), max(offset, 0)), metricID)
}

// MetricCorrections returns up to limit of the newest corrections of the
// metric's figures, newest first (limit 0: all).
func (s *Store) MetricCorrections(ctx context.Context, metricID string, limit int) ([]tracker.Correction, error) {
	where, err := s.metricCorrectionsFilter(ctx, metricID)
	if err != nil {
		return nil, err
	}
	tail := where + " ORDER BY id DESC"
	if limit > 0 {
		tail += fmt.Sprintf(" LIMIT %d", limit)
	}
	return s.queryCorrections(ctx, tail, metricID)
}
