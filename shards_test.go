package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/internal/discordtest"
)

func TestParseShards(t *testing.T) {
	for _, c := range []struct {
		count, ids string
		wantCount  int
		wantIDs    []int
	}{
		{"", "", 1, []int{0}},
		{"4", "", 4, []int{0, 1, 2, 3}},
		{"4", "0,1", 4, []int{0, 1}},
		{"8", "6, 0-2", 8, []int{0, 1, 2, 6}},
	} {
		n, ids, err := parseShards(c.count, c.ids)
		if err != nil || n != c.wantCount || !slices.Equal(ids, c.wantIDs) {
			t.Errorf("parseShards(%q, %q) = %d, %v, %v; want %d, %v", c.count, c.ids, n, ids, err, c.wantCount, c.wantIDs)
		}
	}
}

// TestShardVariablesRefusedWithExit2: wrong shard settings stop `run`
// before anything starts, with exit status 2 and the variable named.
func TestShardVariablesRefusedWithExit2(t *testing.T) {
	for _, c := range []struct{ count, ids, want string }{
		{"0", "", "GAPWATCH_SHARD_COUNT"},
		{"two", "", "GAPWATCH_SHARD_COUNT"},
		{"", "0,1", "needs GAPWATCH_SHARD_COUNT"},
		{"2", "2", "outside 0..1"},
		{"4", "0-1,1", "listed twice"},
		{"4", "3-1", "not a shard id or range"},
		{"4", "0,,1", "not a shard id or range"},
	} {
		cl := newCLI(t)
		cl.env["GAPWATCH_SHARD_COUNT"] = c.count
		cl.env["GAPWATCH_SHARD_IDS"] = c.ids
		cl.env["GAPWATCH_HTTP_ADDR"] = ""
		_, stderr, code := cl.run("run")
		if code != 2 || !strings.Contains(stderr, c.want) {
			t.Errorf("COUNT=%q IDS=%q: exit %d, stderr %q; want 2 and %q", c.count, c.ids, code, stderr, c.want)
		}
	}
}

// TestRunOpensOnlyItsShards: an instance given shards 0-1 of 3 identifies
// on the double once per shard with [id, 3] and registers the commands
// (it has shard 0); one given shard 2 identifies with [2, 3] only and
// leaves the commands alone.
func TestRunOpensOnlyItsShards(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	start := func(ids string) (*running, func() []string) {
		srv := newRunDouble(t)
		c := newCLI(t)
		c.env["DISCORD_TOKEN"] = dToken
		c.env["DISCORD_API_URL"] = srv.URL()
		c.env["GAPWATCH_HTTP_ADDR"] = ""
		c.env["GAPWATCH_SHARD_COUNT"] = "3"
		c.env["GAPWATCH_SHARD_IDS"] = ids
		r := startRun(t, c)
		shards := func() []string {
			var out []string
			for _, id := range srv.Identifies() {
				if id.Shard == nil {
					out = append(out, "none")
					continue
				}
				out = append(out, fmt.Sprintf("%d/%d", id.Shard[0], id.Shard[1]))
			}
			slices.Sort(out)
			return out
		}
		waitFor := func(n int) {
			for len(srv.Identifies()) < n && ctx.Err() == nil {
				time.Sleep(50 * time.Millisecond)
			}
		}
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("stderr (ids %s):\n%s", ids, r.errOut.String())
			}
		})
		return r, func() []string {
			// Every shard of the instance (the double's max_concurrency
			// is 1: the second identifies 5 s after the first) and the
			// command sync.
			waitFor(len(strings.Split(ids, "-")))
			time.Sleep(time.Second)
			if ids == "0-1" && len(srv.Commands("")) == 0 {
				t.Errorf("ids %s: commands not registered by the instance with shard 0", ids)
			}
			if ids == "2" && len(srv.Commands("")) != 0 {
				t.Errorf("ids %s: %d commands registered by an instance without shard 0", ids, len(srv.Commands("")))
			}
			return shards()
		}
	}
	// One after the other: both run in this process, and discordgo's
	// library logger is package-wide.
	r01, got01 := start("0-1")
	if got := got01(); !slices.Equal(got, []string{"0/3", "1/3"}) {
		t.Errorf("shards 0-1 identified as %v, want [0/3 1/3]", got)
	}
	r01.stop(t)
	_, got2 := start("2")
	if got := got2(); !slices.Equal(got, []string{"2/3"}) {
		t.Errorf("shard 2 identified as %v, want [2/3]", got)
	}
}

// TestRunShardCountAuto: GAPWATCH_SHARD_COUNT=auto takes Discord's
// recommended count (4) and its max_concurrency (2) from GET /gateway/bot:
// the instance identifies shards 0-3 of 4, one shard of each bucket at
// once and the other of each 5 s later, and registers the commands once.
func TestRunShardCountAuto(t *testing.T) {
	srv := newRunDouble(t, func(o *discordtest.Options) { o.GatewayShards, o.MaxConcurrency = 4, 2 })
	c := newCLI(t)
	c.env["DISCORD_TOKEN"] = dToken
	c.env["DISCORD_API_URL"] = srv.URL()
	c.env["GAPWATCH_HTTP_ADDR"] = ""
	c.env["GAPWATCH_SHARD_COUNT"] = "auto"
	r := startRun(t, c)
	defer r.stop(t)
	deadline := time.Now().Add(30 * time.Second)
	for len(srv.Identifies()) < 4 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	ids := srv.Identifies()
	if len(ids) != 4 {
		t.Fatalf("%d identifies, want 4; stderr:\n%s", len(ids), r.errOut.String())
	}
	byBucket := map[int][]time.Time{}
	for _, id := range ids {
		if id.Shard == nil || id.Shard[1] != 4 {
			t.Fatalf("IDENTIFY with shard %v, want [n, 4]", id.Shard)
		}
		byBucket[id.Shard[0]%2] = append(byBucket[id.Shard[0]%2], id.At)
	}
	for bucket, times := range byBucket {
		if len(times) != 2 {
			t.Errorf("bucket %d: %d identifies, want 2", bucket, len(times))
			continue
		}
		if gap := times[1].Sub(times[0]); gap < bot.IdentifyInterval-100*time.Millisecond {
			t.Errorf("bucket %d: identifies %v apart, want at least %v", bucket, gap, bot.IdentifyInterval)
		}
	}
	if first := byBucket[1][0].Sub(byBucket[0][0]).Abs(); first > 2*time.Second {
		t.Errorf("the two buckets' first identifies are %v apart, want together", first)
	}
	time.Sleep(500 * time.Millisecond) // the command sync of shard 0
	if got, want := len(srv.Commands("")), len(commands.Definitions()); got != want {
		t.Errorf("%d commands registered, want %d", got, want)
	}
	if !strings.Contains(r.errOut.String(), "max_concurrency=2") {
		t.Errorf("the log does not give max_concurrency:\n%s", r.errOut.String())
	}
}

// TestRunShardIDsOutsideAutoCount: GAPWATCH_SHARD_IDS beyond the count
// Discord recommends stops `run` with exit 2, naming both; ids that do
// not parse are refused before anything connects.
func TestRunShardIDsOutsideAutoCount(t *testing.T) {
	srv := newRunDouble(t, func(o *discordtest.Options) { o.GatewayShards = 2 })
	for _, tc := range []struct{ ids, want string }{
		{"3", `Discord recommends 2 shards`},
		{"x", "not a shard id or range"},
	} {
		c := newCLI(t)
		c.env["DISCORD_TOKEN"] = dToken
		c.env["DISCORD_API_URL"] = srv.URL()
		c.env["GAPWATCH_HTTP_ADDR"] = ""
		c.env["GAPWATCH_SHARD_COUNT"] = "auto"
		c.env["GAPWATCH_SHARD_IDS"] = tc.ids
		_, stderr, code := c.run("run")
		if code != 2 || !strings.Contains(stderr, tc.want) {
			t.Errorf("ids %q: exit %d, stderr %q; want 2 and %q", tc.ids, code, stderr, tc.want)
		}
	}
	if n := len(srv.Identifies()); n != 0 {
		t.Errorf("%d identifies, want none", n)
	}
}

// TestTwoInstancesWithShardZero: two instances both given shard 0 (a
// misconfiguration) both register the commands; the bulk overwrite puts
// the same list in place, so the application still has each command once.
// One given only shard 1 leaves them alone.
func TestTwoInstancesWithShardZero(t *testing.T) {
	srv := newRunDouble(t)
	start := func(ids string) *running {
		t.Helper()
		c := newCLI(t)
		c.env["DISCORD_TOKEN"] = dToken
		c.env["DISCORD_API_URL"] = srv.URL()
		c.env["GAPWATCH_HTTP_ADDR"] = ""
		c.env["GAPWATCH_SHARD_COUNT"] = "2"
		c.env["GAPWATCH_SHARD_IDS"] = ids
		r := startRun(t, c)
		deadline := time.Now().Add(30 * time.Second)
		for !strings.Contains(r.errOut.String(), "gapwatch running") && time.Now().Before(deadline) {
			time.Sleep(50 * time.Millisecond)
		}
		if !strings.Contains(r.errOut.String(), "gapwatch running") {
			t.Fatalf("ids %s: not running after 30 s:\n%s", ids, r.errOut.String())
		}
		return r
	}
	want := len(commands.Definitions())
	// One after the other: both run in this process, and discordgo's
	// library logger is package-wide.
	for i, ids := range []string{"0", "0"} {
		r := start(ids)
		names := map[string]int{}
		for _, cmd := range srv.Commands("") {
			names[cmd.Name]++
		}
		if len(names) != want {
			t.Errorf("instance %d: %d distinct commands, want %d", i, len(names), want)
		}
		for n, k := range names {
			if k != 1 {
				t.Errorf("instance %d: command %s registered %d times", i, n, k)
			}
		}
		r.stop(t)
	}
	srv = newRunDouble(t)
	r := start("1")
	defer r.stop(t)
	if n := len(srv.Commands("")); n != 0 {
		t.Errorf("the instance without shard 0 registered %d commands", n)
	}
}
