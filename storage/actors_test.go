package storage_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestStandingsWithManyActors: a tracker file with 10,000 actors (SQLite
// allows 500 terms in a compound SELECT) still gives standings, counting
// the figures of the actors at the end of the list.
func TestStandingsWithManyActors(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		d.Run(t, func(t *testing.T) {
			for _, n := range []int{251, 10_000} {
				t.Run(fmt.Sprint(n), func(t *testing.T) {
					s, _ := openStore(t)
					c := catalog()
					for i := range n {
						c.Actors = append(c.Actors, tracker.Actor{Name: fmt.Sprintf("Observer %05d", i), Role: tracker.Confirmer})
					}
					if _, err := s.SyncCatalog(context.Background(), c); err != nil {
						t.Fatal(err)
					}
					last := fmt.Sprintf("Observer %05d", n-1)
					addFigure(t, s, tracker.Confirmed, last, 70)
					addFigure(t, s, tracker.Claimed, "Government of Venezuela", 400)
					st, err := s.Standing(context.Background(), "ve-prisoners-released", t0)
					if err != nil {
						t.Fatal(err)
					}
					if st.Confirmed == nil || st.Confirmed.Actor != last || st.Confirmed.Value != 70 || st.Claimed == nil || st.Claimed.Value != 400 {
						t.Errorf("standing = confirmed %+v, claimed %+v; want 70 by %s against 400", st.Confirmed, st.Claimed, last)
					}
				})
			}
		})
	}
}
