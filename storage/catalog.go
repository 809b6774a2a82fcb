package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// SyncCatalog brings the store in line with the tracker file, by id, in one
// transaction: new entries are added, changed ones updated, and entries no
// longer in the file are disabled, never deleted (figures and corrections
// keep pointing at them). Console subscriptions declared in the file replace
// the previous file-declared ones. It returns what changed.
//
// The catalog is then recorded as coming from no known file (CatalogHash
// returns ""); SyncCatalogHash records the file's hash instead.
func (s *Store) SyncCatalog(ctx context.Context, c tracker.Catalog) (tracker.SyncReport, error) {
	return s.syncCatalog(ctx, c, "")
}

func (s *Store) syncCatalog(ctx context.Context, c tracker.Catalog, hash string) (tracker.SyncReport, error) {
	var rep tracker.SyncReport
	now := s.now()
	// Instances starting together sync one after the other (the later
	// ones find the hash recorded and nothing to change).
	err := s.WithClusterLock(ctx, "catalog", func() error {
		return s.inTx(ctx, func(tx *sql.Tx) error {
			rep = tracker.SyncReport{}
			if hash != "" {
				stored, err := catalogHash(ctx, tx)
				if err != nil || stored == hash {
					return err
				}
			}
			if err := setCatalogHash(ctx, tx, hash, now); err != nil {
				return err
			}
			if err := syncMetrics(ctx, tx, c.Metrics, now, &rep); err != nil {
				return err
			}
			if err := syncActors(ctx, tx, c.Actors, now, &rep); err != nil {
				return err
			}
			if err := syncSources(ctx, tx, c.Sources, now, &rep); err != nil {
				return err
			}
			return syncFileSubscriptions(ctx, tx, c.Subscriptions, now, &rep)
		})
	})
	if err != nil {
		return tracker.SyncReport{}, fmt.Errorf("storage: sync catalog: %w", err)
	}
	return rep, nil
}

// syncRow upserts one catalog row: it compares the stored encoding (state)
// with the new one and records added/updated in rep.
func syncRow(ctx context.Context, tx *sql.Tx, table, key, id, state string, rep *tracker.SyncReport, label string,
	insert func() error, update func() error) error {
	var old string
	var enabled bool
	err := tx.QueryRowContext(ctx, "SELECT "+state+", enabled FROM "+table+" WHERE "+key+" = ?", id).Scan(&old, &enabled)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		rep.Added = append(rep.Added, label)
		return insert()
	case err != nil:
		return err
	}
	if err := update(); err != nil {
		return err
	}
	var now string
	if err := tx.QueryRowContext(ctx, "SELECT "+state+" FROM "+table+" WHERE "+key+" = ?", id).Scan(&now); err != nil {
		return err
	}
	if now != old || !enabled {
		rep.Updated = append(rep.Updated, label)
	}
	return nil
}

// disableMissing disables the enabled rows of table whose key is not in keep.
func disableMissing(ctx context.Context, tx *sql.Tx, table, key, kind string, keep map[string]bool, rep *tracker.SyncReport) error {
	rows, err := tx.QueryContext(ctx, "SELECT "+key+" FROM "+table+" WHERE enabled = 1")
	if err != nil {
		return err
	}
	var gone []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		if !keep[id] {
			gone = append(gone, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range gone {
		if _, err := tx.ExecContext(ctx, "UPDATE "+table+" SET enabled = 0 WHERE "+key+" = ?", id); err != nil {
			return err
		}
		rep.Disabled = append(rep.Disabled, kind+" "+id)
	}
	return nil
}

const metricState = "name || '|' || unit || '|' || cumulative || '|' || keywords || '|' || gap_min_abs || '|' || gap_min_ratio || '|' || gap_direction || '|' || stale_after_ns"

func syncMetrics(ctx context.Context, tx *sql.Tx, metrics []tracker.Metric, now time.Time, rep *tracker.SyncReport) error {
	keep := map[string]bool{}
	for i, m := range metrics {
		m = m.WithDefaults()
		keep[m.ID] = true
		kw, err := json.Marshal(nonNil(m.Keywords))
		if err != nil {
			return err
		}
		args := []any{m.Name, m.Unit, m.Cumulative, string(kw), m.Gap.MinAbs, m.Gap.MinRatio, string(m.Gap.Dir()), int64(m.StaleAfter), i, ts(now), m.ID}
		err = syncRow(ctx, tx, "metrics", "id", m.ID, metricState, rep, "metric "+m.ID,
			func() error {
				_, err := tx.ExecContext(ctx, `INSERT INTO metrics (name, unit, cumulative, keywords, gap_min_abs, gap_min_ratio, gap_direction, stale_after_ns, position, updated_at, id)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
				return err
			},
			func() error {
				_, err := tx.ExecContext(ctx, `UPDATE metrics SET name = ?, unit = ?, cumulative = ?, keywords = ?, gap_min_abs = ?, gap_min_ratio = ?,
					gap_direction = ?, stale_after_ns = ?, position = ?, updated_at = ?, enabled = 1 WHERE id = ?`, args...)
				return err
			})
		if err != nil {
			return fmt.Errorf("metric %s: %w", m.ID, err)
		}
	}
	return disableMissing(ctx, tx, "metrics", "id", "metric", keep, rep)
}

func syncActors(ctx context.Context, tx *sql.Tx, actors []tracker.Actor, now time.Time, rep *tracker.SyncReport) error {
	keep := map[string]bool{}
	for i, a := range actors {
		keep[a.Name] = true
		al, err := json.Marshal(nonNil(a.Aliases))
		if err != nil {
			return err
		}
		args := []any{string(a.Role), string(al), i, ts(now), a.Name}
		err = syncRow(ctx, tx, "actors", "name", a.Name, "role || '|' || aliases", rep, "actor "+a.Name,
			func() error {
				_, err := tx.ExecContext(ctx, `INSERT INTO actors (role, aliases, position, updated_at, name) VALUES (?, ?, ?, ?, ?)`, args...)
				return err
			},
			func() error {
				_, err := tx.ExecContext(ctx, `UPDATE actors SET role = ?, aliases = ?, position = ?, updated_at = ?, enabled = 1 WHERE name = ?`, args...)
				return err
			})
		if err != nil {
			return fmt.Errorf("actor %s: %w", a.Name, err)
		}
	}
	return disableMissing(ctx, tx, "actors", "name", "actor", keep, rep)
}

func syncFileSubscriptions(ctx context.Context, tx *sql.Tx, subs []tracker.Subscription, now time.Time, rep *tracker.SyncReport) error {
	keep := map[int64]bool{}
	for _, sub := range subs {
		sub.FromFile = true
		sub.UpdatedBy = "tracker file"
		sub.UpdatedAt = now
		id, added, err := upsertSubscription(ctx, tx, sub)
		if err != nil {
			return fmt.Errorf("subscription %s/%s: %w", sub.ChannelID, sub.MetricID, err)
		}
		keep[id] = true
		if added {
			rep.Added = append(rep.Added, "subscription "+sub.ChannelID+" "+sub.MetricID)
		}
	}
	rows, err := tx.QueryContext(ctx, "SELECT id, channel_id, metric_id FROM subscriptions WHERE from_file = 1")
	if err != nil {
		return err
	}
	type gone struct {
		id              int64
		channel, metric string
	}
	var drop []gone
	for rows.Next() {
		var g gone
		if err := rows.Scan(&g.id, &g.channel, &g.metric); err != nil {
			rows.Close()
			return err
		}
		if !keep[g.id] {
			drop = append(drop, g)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, g := range drop {
		if _, err := tx.ExecContext(ctx, "DELETE FROM subscriptions WHERE id = ?", g.id); err != nil {
			return err
		}
		rep.Disabled = append(rep.Disabled, "subscription "+g.channel+" "+g.metric)
	}
	return nil
}

// Metrics returns the enabled metrics in tracker-file order.
func (s *Store) Metrics(ctx context.Context) ([]tracker.Metric, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, unit, cumulative, keywords, gap_min_abs, gap_min_ratio, gap_direction, stale_after_ns
		FROM metrics WHERE enabled = 1 ORDER BY position, id`)
	if err != nil {
		return nil, fmt.Errorf("storage: metrics: %w", err)
	}
	defer rows.Close()
	var out []tracker.Metric
	for rows.Next() {
		m, err := scanMetric(rows)
		if err != nil {
			return nil, fmt.Errorf("storage: metrics: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Metric returns the enabled metric with the given id, or a NotFound error
// that lists what to use instead.
func (s *Store) Metric(ctx context.Context, id string) (tracker.Metric, error) {
	row := s.db.QueryRowContext(ctx, `SELECT id, name, unit, cumulative, keywords, gap_min_abs, gap_min_ratio, gap_direction, stale_after_ns
		FROM metrics WHERE id = ? AND enabled = 1`, id)
	m, err := scanMetric(row)
	if errors.Is(err, sql.ErrNoRows) {
		return tracker.Metric{}, s.unknownMetric(ctx, id)
	}
	if err != nil {
		return tracker.Metric{}, fmt.Errorf("storage: metric %s: %w", id, err)
	}
	return m, nil
}

func (s *Store) unknownMetric(ctx context.Context, id string) error {
	ms, err := s.Metrics(ctx)
	if err != nil {
		return err
	}
	ids := make([]string, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	if len(ids) == 0 {
		return tracker.Errorf(tracker.NotFound, "unknown metric %q: the tracker file declares no metrics", id)
	}
	return tracker.Errorf(tracker.NotFound, "unknown metric %q (known: %s)", id, strings.Join(ids, ", "))
}

type scanner interface{ Scan(dest ...any) error }

func scanMetric(r scanner) (tracker.Metric, error) {
	var m tracker.Metric
	var kw string
	var stale int64
	var dir string
	if err := r.Scan(&m.ID, &m.Name, &m.Unit, &m.Cumulative, &kw, &m.Gap.MinAbs, &m.Gap.MinRatio, &dir, &stale); err != nil {
		return m, err
	}
	m.Gap.Direction = tracker.GapDirection(dir)
	m.StaleAfter = time.Duration(stale)
	if err := json.Unmarshal([]byte(kw), &m.Keywords); err != nil {
		return m, fmt.Errorf("metric %s keywords: %w", m.ID, err)
	}
	return m, nil
}

// Actors returns the enabled actors in tracker-file order.
func (s *Store) Actors(ctx context.Context) ([]tracker.Actor, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, role, aliases FROM actors WHERE enabled = 1 ORDER BY position, name`)
	if err != nil {
		return nil, fmt.Errorf("storage: actors: %w", err)
	}
	defer rows.Close()
	var out []tracker.Actor
	for rows.Next() {
		var a tracker.Actor
		var al string
		if err := rows.Scan(&a.Name, &a.Role, &al); err != nil {
			return nil, fmt.Errorf("storage: actors: %w", err)
		}
		if err := json.Unmarshal([]byte(al), &a.Aliases); err != nil {
			return nil, fmt.Errorf("storage: actor %s aliases: %w", a.Name, err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Actor returns the enabled actor whose name or alias matches name, or a
// NotFound error that lists the known actors.
func (s *Store) Actor(ctx context.Context, name string) (tracker.Actor, error) {
	actors, err := s.Actors(ctx)
	if err != nil {
		return tracker.Actor{}, err
	}
	if a, ok := tracker.FindActor(actors, name); ok {
		return a, nil
	}
	names := make([]string, len(actors))
	for i, a := range actors {
		names[i] = a.Name
	}
	if len(names) == 0 {
		return tracker.Actor{}, tracker.Errorf(tracker.NotFound, "unknown actor %q: the tracker file declares no actors", name)
	}
	return tracker.Actor{}, tracker.Errorf(tracker.NotFound, "unknown actor %q (known: %s)", name, strings.Join(names, ", "))
}

// Sources returns every source, enabled ones first, in tracker-file order.
func (s *Store) Sources(ctx context.Context) ([]tracker.Source, error) {
	return s.querySources(ctx, "ORDER BY enabled DESC, position, id")
}

// EnabledSources returns the sources still in the tracker file.
func (s *Store) EnabledSources(ctx context.Context) ([]tracker.Source, error) {
	return s.querySources(ctx, "WHERE enabled = 1 ORDER BY position, id")
}

// Source returns the source with the given id, or a NotFound error.
func (s *Store) Source(ctx context.Context, id string) (tracker.Source, error) {
	out, err := s.querySources(ctx, "WHERE id = ?", id)
	if err != nil {
		return tracker.Source{}, err
	}
	if len(out) == 0 {
		return tracker.Source{}, tracker.Errorf(tracker.NotFound, "unknown source %q", id)
	}
	return out[0], nil
}

func (s *Store) querySources(ctx context.Context, tail string, args ...any) ([]tracker.Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, url, format, schedule, review, allow_private, figures, claims, enabled FROM sources `+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("storage: sources: %w", err)
	}
	defer rows.Close()
	var out []tracker.Source
	for rows.Next() {
		var src tracker.Source
		var rules, claims string
		if err := rows.Scan(&src.ID, &src.URL, &src.Format, &src.Schedule, &src.Review, &src.AllowPrivate, &rules, &claims, &src.Enabled); err != nil {
			return nil, fmt.Errorf("storage: sources: %w", err)
		}
		var rs []ruleJSON
		if err := json.Unmarshal([]byte(rules), &rs); err != nil {
			return nil, fmt.Errorf("storage: source %s figures: %w", src.ID, err)
		}
		src.Figures = decodeRules(rs)
		if err := json.Unmarshal([]byte(claims), &src.Claims); err != nil {
			return nil, fmt.Errorf("storage: source %s claims: %w", src.ID, err)
		}
		out = append(out, src)
	}
	return out, rows.Err()
}

type ruleJSON struct {
	Metric  string `json:"metric"`
	Actor   string `json:"actor"`
	Stance  string `json:"stance,omitempty"`
	Select  string `json:"select"`
	Pattern string `json:"pattern,omitempty"`
}

func encodeRules(rs []tracker.FieldRule) []ruleJSON {
	out := make([]ruleJSON, len(rs))
	for i, r := range rs {
		out[i] = ruleJSON{r.Metric, r.Actor, string(r.Stance), r.Select, r.Pattern}
	}
	return out
}

func decodeRules(rs []ruleJSON) []tracker.FieldRule {
	var out []tracker.FieldRule
	for _, r := range rs {
		out = append(out, tracker.FieldRule{Metric: r.Metric, Actor: r.Actor, Stance: tracker.Stance(r.Stance), Select: r.Select, Pattern: r.Pattern})
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
