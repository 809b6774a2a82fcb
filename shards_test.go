package main

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
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
			waitFor(1)
			time.Sleep(time.Second) // every shard of the instance and the command sync
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
