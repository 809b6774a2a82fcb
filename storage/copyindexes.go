package storage

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// Loading a million rows into a table with its indexes and foreign keys in
// place costs an index insertion and a key lookup per row; building an
// index once over the loaded table and checking a foreign key in one join
// is several times faster (pg_restore's order: data, then indexes, then
// constraints). deferIndexes drops them, inside the copy's transaction, and
// the returned restore puts them back exactly as they were (their
// definitions are read from the catalog, so tables that later migrations
// add are handled alike). The primary keys stay.

type pgDDL struct{ drop, create string }

// deferIndexes drops the foreign keys, unique constraints and secondary
// indexes of tables in the current schema and returns the statements that
// recreate them, in order (unique constraints, indexes, then foreign keys,
// which need the former). A failed restore fails the transaction.
func deferIndexes(ctx context.Context, tx pgx.Tx, tables []string) (restore func(context.Context) error, err error) {
	var fks, uniques, indexes []pgDDL
	rows, err := tx.Query(ctx, `SELECT c.contype, t.relname, c.conname, pg_get_constraintdef(c.oid)
		FROM pg_constraint c
		JOIN pg_class t ON t.oid = c.conrelid
		JOIN pg_namespace n ON n.oid = t.relnamespace
		WHERE n.nspname = current_schema() AND c.contype IN ('f', 'u') AND t.relname = ANY($1)
		ORDER BY t.relname, c.conname`, tables)
	if err != nil {
		return nil, fmt.Errorf("read the constraints: %w", err)
	}
	for rows.Next() {
		var kind, table, name, def string
		if err := rows.Scan(&kind, &table, &name, &def); err != nil {
			rows.Close()
			return nil, err
		}
		d := pgDDL{
			drop:   "ALTER TABLE " + pgIdent(table) + " DROP CONSTRAINT " + pgIdent(name),
			create: "ALTER TABLE " + pgIdent(table) + " ADD CONSTRAINT " + pgIdent(name) + " " + def,
		}
		if kind == "f" {
			fks = append(fks, d)
		} else {
			uniques = append(uniques, d)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// Indexes that no constraint owns (primary keys and unique
	// constraints own theirs).
	rows, err = tx.Query(ctx, `SELECT i.relname, pg_get_indexdef(i.oid)
		FROM pg_index x
		JOIN pg_class i ON i.oid = x.indexrelid
		JOIN pg_class t ON t.oid = x.indrelid
		JOIN pg_namespace n ON n.oid = t.relnamespace
		WHERE n.nspname = current_schema() AND t.relname = ANY($1)
			AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.oid AND c.contype IN ('p', 'u', 'x'))
		ORDER BY t.relname, i.relname`, tables)
	if err != nil {
		return nil, fmt.Errorf("read the indexes: %w", err)
	}
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return nil, err
		}
		indexes = append(indexes, pgDDL{drop: "DROP INDEX " + pgIdent(name), create: def})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, group := range [][]pgDDL{fks, uniques, indexes} {
		for _, d := range group {
			if _, err := tx.Exec(ctx, d.drop); err != nil {
				return nil, fmt.Errorf("%s: %w", d.drop, err)
			}
		}
	}
	return func(ctx context.Context) error {
		// Index builds may use more memory than a query (this
		// transaction only).
		if _, err := tx.Exec(ctx, "SET LOCAL maintenance_work_mem = '256MB'"); err != nil {
			return err
		}
		// Statistics of the loaded tables, so that checking a foreign key
		// joins instead of looking up each row.
		for _, t := range tables {
			if _, err := tx.Exec(ctx, "ANALYZE "+pgIdent(t)); err != nil {
				return fmt.Errorf("analyze %s: %w", t, err)
			}
		}
		for _, group := range [][]pgDDL{uniques, indexes, fks} {
			for _, d := range group {
				if _, err := tx.Exec(ctx, d.create); err != nil {
					return fmt.Errorf("%s: %w", d.create, err)
				}
			}
		}
		return nil
	}, nil
}
