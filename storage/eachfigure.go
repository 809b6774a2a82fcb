package storage

import (
	"context"
	"fmt"

	"github.com/gapwatch/gapwatch/tracker"
)

// EachFigure calls fn for every figure that filter selects, each with its
// first (earliest) evidence, reading them row by row from one query
// cursor: nothing is collected in memory, so it suits exports of any size.
// The order is filter's (newest first unless filter.Oldest). It stops at
// the first error fn returns and returns it unwrapped; a failed query or
// scan is returned wrapped ("storage: each figure: …").
func (s *Store) EachFigure(ctx context.Context, filter tracker.FigureFilter, fn func(tracker.Figure) error) error {
	tail, args := figureFilterSQL(filter)
	rows, err := s.db.QueryContext(ctx, "SELECT "+figureColumns+figureFrom+tail, args...)
	if err != nil {
		return fmt.Errorf("storage: each figure: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		f, err := scanFigure(rows)
		if err != nil {
			return fmt.Errorf("storage: each figure: %w", err)
		}
		if err := fn(f); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("storage: each figure: %w", err)
	}
	return nil
}
