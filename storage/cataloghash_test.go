package storage_test

import (
	"context"
	"testing"

	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestCatalogHashSkipsAnUnchangedFile checks that a catalog synced with a
// file's hash is recorded, that the same hash again changes nothing, that
// another hash syncs, and that a plain SyncCatalog forgets the hash.
func TestCatalogHashSkipsAnUnchangedFile(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			ctx := context.Background()
			s, _ := openStore(t)
			if got, err := s.CatalogHash(ctx); err != nil || got != "" {
				t.Fatalf("hash of a new store = %q, %v; want empty", got, err)
			}
			c := catalog()
			if _, err := s.SyncCatalogHash(ctx, c, "h1"); err != nil {
				t.Fatal(err)
			}
			// The same hash: nothing is read or written, even for a
			// different catalog (the hash stands for the file).
			c2 := catalog()
			c2.Sources = append(c2.Sources, tracker.Source{ID: "extra", URL: "https://example.org/x"})
			for _, tc := range []struct {
				name, hash string
				wantAdded  int
			}{
				{"same hash", "h1", 0},
				{"new hash", "h2", 1},
				{"new hash again", "h2", 0},
			} {
				rep, err := s.SyncCatalogHash(ctx, c2, tc.hash)
				if err != nil {
					t.Fatal(err)
				}
				if got := len(rep.Added); got != tc.wantAdded {
					t.Errorf("%s: added %v, want %d", tc.name, rep.Added, tc.wantAdded)
				}
				if got, err := s.CatalogHash(ctx); err != nil || got != tc.hash {
					t.Errorf("%s: hash = %q, %v; want %q", tc.name, got, err, tc.hash)
				}
			}
			if _, err := s.SyncCatalog(ctx, c); err != nil {
				t.Fatal(err)
			}
			if got, err := s.CatalogHash(ctx); err != nil || got != "" {
				t.Errorf("hash after SyncCatalog = %q, %v; want empty (no known file)", got, err)
			}
		})
	}
}
