package storage

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// Standing computes the standing of one enabled metric at time now, or
// returns a NotFound error for an unknown metric.
func (s *Store) Standing(ctx context.Context, metricID string, now time.Time) (tracker.Standing, error) {
	m, err := s.Metric(ctx, metricID)
	if err != nil {
		return tracker.Standing{}, err
	}
	return s.standingOf(ctx, m, now)
}

// Standings computes the standing of every enabled metric at time now, in
// tracker-file order.
func (s *Store) Standings(ctx context.Context, now time.Time) ([]tracker.Standing, error) {
	ms, err := s.Metrics(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]tracker.Standing, 0, len(ms))
	for _, m := range ms {
		st, err := s.standingOf(ctx, m, now)
		if err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, nil
}

// standingChunk is how many actors one standing query covers: two
// compound terms each, under SQLite's limit of 500.
const standingChunk = 200

// standingOf reads, for every actor and stance, the two newest approved
// figures of the metric (enough for the latest values, DROP and CONFLICT),
// each with an index seek, and computes the standing from them.
func (s *Store) standingOf(ctx context.Context, m tracker.Metric, now time.Time) (tracker.Standing, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT name FROM actors")
	if err != nil {
		return tracker.Standing{}, fmt.Errorf("storage: standing %s: %w", m.ID, err)
	}
	var actors []string
	for rows.Next() {
		var a string
		if err := rows.Scan(&a); err != nil {
			rows.Close()
			return tracker.Standing{}, fmt.Errorf("storage: standing %s: %w", m.ID, err)
		}
		actors = append(actors, a)
	}
	rows.Close()
	if len(actors) == 0 {
		return tracker.ComputeStanding(m, nil, now), nil
	}
	// SQLite allows 500 terms in a compound SELECT: ask in chunks.
	var figs []tracker.Figure
	for start := 0; start < len(actors); start += standingChunk {
		chunk := actors[start:min(start+standingChunk, len(actors))]
		parts := make([]string, 0, 2*len(chunk))
		args := make([]any, 0, 6*len(chunk))
		for _, a := range chunk {
			for _, stance := range []tracker.Stance{tracker.Confirmed, tracker.Claimed} {
				parts = append(parts, `SELECT * FROM (SELECT id FROM figures WHERE metric_id = ? AND status = 'approved' AND actor = ? AND stance = ?
				ORDER BY sort_date DESC, seen_at DESC, id DESC LIMIT 2) AS latest`)
				args = append(args, m.ID, a, string(stance))
			}
		}
		got, err := queryFigures(ctx, s.db, "WHERE f.id IN ("+strings.Join(parts, " UNION ALL ")+")", args...)
		if err != nil {
			return tracker.Standing{}, fmt.Errorf("storage: standing %s: %w", m.ID, err)
		}
		figs = append(figs, got...)
	}
	st := tracker.ComputeStanding(m, figs, now)
	if err := s.fillSupport(ctx, &st); err != nil {
		return tracker.Standing{}, fmt.Errorf("storage: standing %s: %w", m.ID, err)
	}
	return st, nil
}

// fillSupport counts the evidence of the standing's confirmed and claimed
// figures (tracker.SupportOf).
func (s *Store) fillSupport(ctx context.Context, st *tracker.Standing) error {
	for _, side := range []struct {
		fig *tracker.Figure
		out *tracker.Support
	}{{st.Confirmed, &st.ConfirmedSupport}, {st.Claimed, &st.ClaimedSupport}} {
		if side.fig == nil {
			continue
		}
		ev, err := queryEvidence(ctx, s.db, side.fig.ID)
		if err != nil {
			return fmt.Errorf("evidence of figure %d: %w", side.fig.ID, err)
		}
		if len(ev) == 0 { // a figure stored before evidence rows existed
			ev = []tracker.Evidence{side.fig.Evidence}
		}
		*side.out = tracker.SupportOf(ev)
	}
	return nil
}
