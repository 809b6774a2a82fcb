package bot_test

import (
	"context"
	"errors"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/internal/discordtest"
	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
)

func TestIdentifyBucket(t *testing.T) {
	for _, tc := range []struct{ shard, conc, want int }{
		{0, 1, 0}, {5, 1, 0}, {5, 2, 1}, {17, 16, 1}, {15, 16, 15}, {3, 0, 0},
	} {
		if got := bot.IdentifyBucket(tc.shard, tc.conc); got != tc.want {
			t.Errorf("IdentifyBucket(%d, %d) = %d, want %d", tc.shard, tc.conc, got, tc.want)
		}
	}
}

// gateTimes lets shards 0..n-1 wait at gate at once and returns, per
// shard, how long after the start it was let through.
func gateTimes(t *testing.T, gate *bot.IdentifyGate, n int) map[int]time.Duration {
	t.Helper()
	start := time.Now()
	out := map[int]time.Duration{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for shard := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := gate.Wait(context.Background(), shard); err != nil {
				t.Error(err)
			}
			mu.Lock()
			out[shard] = time.Since(start)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return out
}

// checkWaves: within each bucket (shard mod conc) the shards identify
// one interval apart, the first at once, in whatever order they came.
func checkWaves(t *testing.T, got map[int]time.Duration, conc int, interval time.Duration) {
	t.Helper()
	const slack = 100 * time.Millisecond // goroutines waking late on a busy machine
	byBucket := map[int][]time.Duration{}
	for shard, d := range got {
		b := bot.IdentifyBucket(shard, conc)
		byBucket[b] = append(byBucket[b], d)
	}
	for b, times := range byBucket {
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		for i, d := range times {
			if want := time.Duration(i) * interval; d < want-slack || d > want+3*slack {
				t.Errorf("max_concurrency %d, bucket %d: identify %d after %v, want about %v", conc, b, i, d, want)
			}
		}
	}
}

// TestIdentifyGateWaves: with max_concurrency 2 one shard of each bucket
// (even, odd) identifies at once, the next of each an interval later, and
// so on; with 1, every shard an interval after the one before.
func TestIdentifyGateWaves(t *testing.T) {
	const interval = 400 * time.Millisecond
	for _, conc := range []int{1, 2, 3} {
		gate := &bot.IdentifyGate{MaxConcurrency: conc, Interval: interval}
		checkWaves(t, gateTimes(t, gate, 6), conc, interval)
	}
}

// TestIdentifyGateShared: two gates (two instances) sharing turns through
// one database keep the rule together: of six shards split between them,
// each bucket's identifies are an interval apart.
func TestIdentifyGateShared(t *testing.T) {
	for _, d := range storagetest.Dialects() {
		if d.Name != string(storage.Postgres) {
			continue // SQLite is one instance: its gate keeps turns in memory
		}
		d.Run(t, func(t *testing.T) {
			const interval, conc = 400 * time.Millisecond, 2
			dsn := d.DSN(t)
			var gates []*bot.IdentifyGate
			for range 2 {
				s, err := storage.Open(context.Background(), dsn)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { s.Close() })
				gates = append(gates, &bot.IdentifyGate{MaxConcurrency: conc, Interval: interval, Shared: s})
			}
			start := time.Now()
			byBucket := map[int][]time.Duration{}
			var mu sync.Mutex
			var wg sync.WaitGroup
			for shard := range 6 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					if err := gates[shard/3].Wait(context.Background(), shard); err != nil { // shards 0-2 on one, 3-5 on the other
						t.Error(err)
					}
					mu.Lock()
					byBucket[bot.IdentifyBucket(shard, conc)] = append(byBucket[bot.IdentifyBucket(shard, conc)], time.Since(start))
					mu.Unlock()
				}()
			}
			wg.Wait()
			for bucket, times := range byBucket {
				sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
				for i := 1; i < len(times); i++ {
					if gap := times[i] - times[i-1]; gap < interval-100*time.Millisecond { // the turns are exact; the goroutines wake a little late
						t.Errorf("bucket %d: identifies %d and %d %v apart, want at least %v", bucket, i-1, i, gap, interval)
					}
				}
			}
		})
	}
}

type brokenTurns struct{}

func (brokenTurns) Turn(context.Context, string, time.Duration) (time.Duration, time.Duration, error) {
	return 0, 0, errors.New("database down")
}

// TestIdentifyGateFallsBack: when the shared turns fail, the gate paces in
// memory.
func TestIdentifyGateFallsBack(t *testing.T) {
	const interval = 400 * time.Millisecond
	gate := &bot.IdentifyGate{MaxConcurrency: 1, Interval: interval, Shared: brokenTurns{}}
	checkWaves(t, gateTimes(t, gate, 3), 1, interval)
}

// TestShardsIdentifyByBucket: four bots (shards 0-3 of 4) opened at once
// on the double with one gate of max_concurrency 2 identify in two waves,
// as the double saw them: one shard of each bucket at once, the other of
// each an interval later.
func TestShardsIdentifyByBucket(t *testing.T) {
	const interval = 400 * time.Millisecond
	e := newEnv(t, nil, func(o *discordtest.Options) { o.GatewayShards, o.MaxConcurrency = 4, 2 })
	gate := &bot.IdentifyGate{MaxConcurrency: 2, Interval: interval}
	var wg sync.WaitGroup
	for shard := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o := bot.Options{Token: testToken, APIURL: e.srv.URL(), Router: e.deps, Logger: e.log,
				ShardID: shard, ShardCount: 4, SkipCommands: shard != 0, Identify: gate}
			b, err := bot.New(o)
			if err != nil {
				t.Error(err)
				return
			}
			t.Cleanup(func() { b.Close() })
			if err := b.Open(e.ctx); err != nil {
				t.Errorf("shard %d: Open: %v", shard, err)
			}
		}()
	}
	wg.Wait()
	ids := e.srv.Identifies()
	if len(ids) != 4 {
		t.Fatalf("%d identifies, want 4", len(ids))
	}
	got := map[int]time.Duration{}
	for _, id := range ids {
		if id.Shard == nil || id.Shard[1] != 4 {
			t.Fatalf("IDENTIFY with shard %v, want [n, 4]", id.Shard)
		}
		got[id.Shard[0]] = id.At.Sub(ids[0].At)
	}
	checkWaves(t, got, 2, interval)
}

// TestReadGatewayLimits: the recommended shard count and max_concurrency
// come from GET /gateway/bot; a refused token is ErrTokenRefused.
func TestReadGatewayLimits(t *testing.T) {
	e := newEnv(t, nil, func(o *discordtest.Options) { o.GatewayShards, o.MaxConcurrency = 12, 4 })
	got, err := bot.ReadGatewayLimits(e.ctx, testToken, e.srv.URL())
	if err != nil || got != (bot.GatewayLimits{Shards: 12, MaxConcurrency: 4}) {
		t.Errorf("ReadGatewayLimits = %+v, %v; want 12 shards, max_concurrency 4", got, err)
	}
	_, err = bot.ReadGatewayLimits(e.ctx, "wrong-token", e.srv.URL())
	if !errors.Is(err, bot.ErrTokenRefused) {
		t.Errorf("a wrong token: %v, want ErrTokenRefused", err)
	}
	if err != nil && strings.Contains(err.Error(), "wrong-token") {
		t.Errorf("the error %q shows the token", err)
	}
}
