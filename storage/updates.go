package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// MaxUpdates bounds Updates' limit: feeds list at most this many entries.
const MaxUpdates = 500

// insertFlagEvent records an announced flag change in tx; a version
// recorded already (a fan-out repeated after a crash) is kept as it was.
func insertFlagEvent(ctx context.Context, tx *sql.Tx, fs tracker.FlagState, at time.Time) error {
	enc := func(flags []tracker.Flag) (string, error) {
		if flags == nil {
			flags = []tracker.Flag{}
		}
		b, err := json.Marshal(flags)
		return string(b), err
	}
	raised, err := enc(fs.Raised)
	if err != nil {
		return err
	}
	cleared, err := enc(fs.Cleared)
	if err != nil {
		return err
	}
	flags, err := enc(fs.Flags)
	if err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO flag_events (metric_id, version, raised, cleared, flags, confirmed_figure_id, claimed_figure_id, at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (metric_id, version) DO NOTHING`,
		fs.MetricID, fs.Version, raised, cleared, flags, nullInt(fs.ConfirmedID), nullInt(fs.ClaimedID), ts(at))
	return err
}

// announcedWhere is tracker.Correction.Announced in SQL, on the
// corrections table.
const announcedWhere = `((action IN ('add', 'approve') AND new_status = 'approved') OR action = 'correct'
	OR (action = 'retract' AND old_status = 'approved'))`

// Updates returns the newest verified updates the bot posts — figures
// approved, corrected or retracted (from the corrections log) and flag
// changes (from flag_events) — of one metric, or of every enabled metric
// when metricID is "", newest first, at most limit of them (1 to
// MaxUpdates). It returns a NotFound error for an unknown or removed
// metric and a wrapped error when the database cannot be read.
func (s *Store) Updates(ctx context.Context, metricID string, limit int) ([]tracker.Update, error) {
	limit = min(max(limit, 1), MaxUpdates)
	if metricID != "" {
		if _, err := s.Metric(ctx, metricID); err != nil {
			return nil, err
		}
	}
	corrections, err := s.announcedCorrections(ctx, metricID, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: updates: %w", err)
	}
	flagEvents, err := s.flagEvents(ctx, metricID, limit)
	if err != nil {
		return nil, fmt.Errorf("storage: updates: flag events: %w", err)
	}
	ids := map[int64]bool{}
	for _, c := range corrections {
		ids[c.FigureID] = true
		if c.NewFigureID != 0 {
			ids[c.NewFigureID] = true
		}
	}
	for _, e := range flagEvents {
		for _, id := range e.ids {
			if id != 0 {
				ids[id] = true
			}
		}
	}
	figs, err := s.figuresByID(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("storage: updates: figures: %w", err)
	}
	out := make([]tracker.Update, 0, len(corrections)+len(flagEvents))
	for _, c := range corrections {
		f, ok := figs[c.FigureID]
		if !ok {
			continue // cannot happen: the query joined the figure
		}
		u := tracker.Update{At: c.At, MetricID: f.MetricID, Correction: &c, Figure: &f}
		if r, ok := figs[c.NewFigureID]; ok {
			u.Replacement = &r
		}
		out = append(out, u)
	}
	for _, e := range flagEvents {
		ev := e.FlagEvent
		if f, ok := figs[e.ids[0]]; ok {
			ev.Confirmed = &f
		}
		if f, ok := figs[e.ids[1]]; ok {
			ev.Claimed = &f
		}
		out = append(out, tracker.Update{At: ev.At, MetricID: ev.MetricID, Flags: &ev})
	}
	sort.SliceStable(out, func(i, j int) bool { return newerUpdate(out[i], out[j]) })
	return out[:min(len(out), limit)], nil
}

// newerUpdate orders updates newest first; at the same instant a flag
// change follows the figure event that caused it, and ids break ties.
func newerUpdate(a, b tracker.Update) bool {
	if !a.At.Equal(b.At) {
		return a.At.After(b.At)
	}
	if (a.Flags != nil) != (b.Flags != nil) {
		return a.Flags != nil
	}
	if a.Flags != nil {
		return a.Flags.ID > b.Flags.ID
	}
	return a.Correction.ID > b.Correction.ID
}

// announcedCorrections returns the newest announced corrections of enabled
// metrics' figures (of one metric when metricID is set; the caller checked
// that it exists and is enabled), found as MetricCorrections finds them.
func (s *Store) announcedCorrections(ctx context.Context, metricID string, limit int) ([]tracker.Correction, error) {
	where := "WHERE " + announcedWhere + ` AND EXISTS (SELECT 1 FROM figures f JOIN metrics m ON m.id = f.metric_id
		WHERE f.id = corrections.figure_id AND m.enabled = 1)`
	var args []any
	if metricID != "" {
		filter, err := s.metricCorrectionsFilter(ctx, metricID)
		if err != nil {
			return nil, err
		}
		where, args = filter+" AND "+announcedWhere, []any{metricID}
	}
	return s.queryCorrections(ctx, where+fmt.Sprintf(" ORDER BY id DESC LIMIT %d", limit), args...)
}

// flagEventRow is a flag event with the ids of its confirmed and claimed
// figures, read before the figures are.
type flagEventRow struct {
	tracker.FlagEvent
	ids [2]int64 // confirmed, claimed; 0: none
}

func (s *Store) flagEvents(ctx context.Context, metricID string, limit int) ([]flagEventRow, error) {
	where := "WHERE m.enabled = 1"
	var args []any
	if metricID != "" {
		where += " AND e.metric_id = ?"
		args = append(args, metricID)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.id, e.metric_id, e.version, e.raised, e.cleared, e.flags,
		COALESCE(e.confirmed_figure_id, 0), COALESCE(e.claimed_figure_id, 0), e.at
		FROM flag_events e JOIN metrics m ON m.id = e.metric_id `+where+fmt.Sprintf(" ORDER BY e.id DESC LIMIT %d", limit), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []flagEventRow
	for rows.Next() {
		var e flagEventRow
		var raised, cleared, flags string
		var at sql.NullString
		if err := rows.Scan(&e.ID, &e.MetricID, &e.Version, &raised, &cleared, &flags, &e.ids[0], &e.ids[1], &at); err != nil {
			return nil, err
		}
		for _, f := range []struct {
			raw string
			out *[]tracker.Flag
		}{{raised, &e.Raised}, {cleared, &e.Cleared}, {flags, &e.Flags}} {
			if err := json.Unmarshal([]byte(f.raw), f.out); err != nil {
				return nil, fmt.Errorf("flag event %d: %w", e.ID, err)
			}
		}
		if e.At, err = parseTS(at); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// figuresByID reads the figures whose ids are the keys of ids.
func (s *Store) figuresByID(ctx context.Context, ids map[int64]bool) (map[int64]tracker.Figure, error) {
	out := map[int64]tracker.Figure{}
	list := make([]int64, 0, len(ids))
	for id := range ids {
		list = append(list, id)
	}
	sort.Slice(list, func(i, j int) bool { return list[i] < list[j] })
	const chunk = 400 // under SQLite's limit of host parameters
	for start := 0; start < len(list); start += chunk {
		part := list[start:min(start+chunk, len(list))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		figs, err := queryFigures(ctx, s.db, "WHERE f.id IN (?"+strings.Repeat(", ?", len(part)-1)+")", args...)
		if err != nil {
			return nil, err
		}
		for _, f := range figs {
			out[f.ID] = f
		}
	}
	return out, nil
}
