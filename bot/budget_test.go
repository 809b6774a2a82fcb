package bot_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
)

func TestSharedRate(t *testing.T) {
	for _, c := range []struct {
		n    int
		want float64
	}{{0, 48.5}, {1, 48.5}, {2, 23.75}, {3, (49.5 - 3) / 3.0}} {
		got := bot.SharedRate(bot.DefaultGlobalRate, c.n)
		if got != c.want {
			t.Errorf("SharedRate(48.5, %d) = %v, want %v", c.n, got, c.want)
		}
		// n parts, each with a burst of 1, within one instance's 49.5.
		if n := max(c.n, 1); float64(n)*(got+1) > bot.DefaultGlobalRate+1+1e-9 {
			t.Errorf("n=%d: %d×(%v+1) exceeds the budget", c.n, n, got)
		}
	}
}

// postBurst has b post n alerts, one per channel (distinct routes), and
// returns when they all went (a 429 is counted by the double, not retried).
func postBurst(ctx context.Context, t *testing.T, b *bot.Bot, prefix string, channels []string) {
	var wg sync.WaitGroup
	for i, ch := range channels {
		wg.Add(1)
		go func() {
			defer wg.Done()
			it := alertItem(fmt.Sprintf("%s:%d", prefix, i), ch, "Budget alert "+ch)
			it.ID = int64(i + 1)
			b.Sender().Deliver(ctx, it, nil)
		}()
	}
	wg.Wait()
}

// TestTwoInstancesShareTheGlobalBudget runs two bots of one token, each
// with its own store on one PostgreSQL database (two instances), posting
// at once as fast as they may to the double (Discord's 50 requests per
// second): with the shared budget the two stay under the limit together
// and earn no 429; without it (each at 48.5/s) they earn many.
func TestTwoInstancesShareTheGlobalBudget(t *testing.T) {
	dsn := storagetest.PostgresSchema(t)
	const perBot = 120
	channels := channelIDs(20000, 2*perBot)

	run := func(t *testing.T, shared bool) (discordtest429 int, rate float64) {
		e := newEnv(t, channels, nil)
		ctx := e.ctx
		var bots []*bot.Bot
		var wg sync.WaitGroup
		bctx, cancel := context.WithCancel(ctx)
		defer func() { cancel(); wg.Wait() }()
		for i := range 2 {
			store, err := storage.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { store.Close() })
			b, err := bot.New(bot.Options{Token: testToken, APIURL: e.srv.URL(), Router: e.deps, Logger: e.log, Paused: shared})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { b.Close() })
			bots = append(bots, b)
			if shared {
				wg.Add(1)
				go func() {
					defer wg.Done()
					bot.ShareBudget(bctx, store, fmt.Sprintf("inst-%d", i), bot.DefaultGlobalRate, b.SetGlobalRate, nil)
				}()
			}
		}
		before := e.srv.Stats()
		start := time.Now()
		var posts sync.WaitGroup
		for i, b := range bots {
			posts.Add(1)
			go func() {
				defer posts.Done()
				postBurst(ctx, t, b, fmt.Sprintf("b%d", i), channels[i*perBot:(i+1)*perBot])
			}()
		}
		posts.Wait()
		took := time.Since(start)
		st := e.srv.Stats()
		if v := e.srv.Violations(); len(v) > 0 {
			t.Errorf("violations: %+v", v[0])
		}
		return st.RateLimitedGlobal - before.RateLimitedGlobal, float64(st.Requests-before.Requests) / took.Seconds()
	}

	t.Run("shared", func(t *testing.T) {
		n429, rate := run(t, true)
		t.Logf("two instances sharing the budget: %.1f requests/s together, %d global 429s", rate, n429)
		if n429 != 0 {
			t.Errorf("global 429s = %d, want 0", n429)
		}
		if rate > 50 {
			t.Errorf("combined rate %.1f/s, above Discord's 50", rate)
		}
		if rate < 20 { // 48.5/s on an idle machine; a busy one posts slower
			t.Errorf("combined rate %.1f/s: the budget is hardly used", rate)
		}
	})
	t.Run("unshared", func(t *testing.T) {
		n429, rate := run(t, false)
		t.Logf("two instances each at 48.5/s: %.1f requests/s together, %d global 429s", rate, n429)
		if n429 == 0 && rate < 50 {
			// a busy machine posts slower than the limit: nothing to tell apart
			t.Skipf("%.1f requests/s together, under Discord's 50/s: this machine is too busy for the two to exceed it", rate)
		}
		if n429 == 0 {
			t.Errorf("no 429 without the shared budget: the test does not tell them apart")
		}
	})
}
