package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/tracker"
)

func TestSnapshotDaysSetting(t *testing.T) {
	tests := []struct {
		in      string
		want    int
		wantErr bool
	}{
		{"", 0, false},
		{"  ", 0, false},
		{"365", 365, false},
		{" 30 ", 30, false},
		{"0", 0, true},
		{"-5", 0, true},
		{"30d", 0, true},
		{"1.5", 0, true},
		{"forever", 0, true},
		{"99999999999999999999", 0, true},
	}
	for _, tc := range tests {
		got, err := envSnapshotDaysValue(tc.in)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("GAPWATCH_SNAPSHOT_DAYS=%q: %d, %v; want %d (error %v)", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
}

func TestRunRefusesBadSnapshotDays(t *testing.T) {
	c := newCLI(t)
	c.env["GAPWATCH_SNAPSHOT_DAYS"] = "a year"
	_, errOut, code := c.run("run")
	if code != 2 || !strings.Contains(errOut, `GAPWATCH_SNAPSHOT_DAYS="a year": give a positive whole number of days`) {
		t.Errorf("exit %d, %q; want 2 and a message naming the variable", code, errOut)
	}
}

// TestRunPrunesOldUnreferencedSnapshots: with GAPWATCH_SNAPSHOT_DAYS set,
// the service's clean-up (on start, then hourly) removes an old snapshot
// no evidence refers to and keeps the one a polled figure points to.
func TestRunPrunesOldUnreferencedSnapshots(t *testing.T) {
	site := newFixture(t)
	site.set("/balance", balancePage(56))
	c := newServiceCLI(t, serviceTrackerFile(site.srv.URL, htmlSource("balance", site.srv.URL+"/balance", "Foro Penal")))
	c.ok("check")
	var show struct {
		Evidence []struct {
			SnapshotHash string `json:"snapshot_hash"`
		} `json:"evidence"`
	}
	if err := json.Unmarshal([]byte(c.ok("figure", "show", "1", "--json")), &show); err != nil {
		t.Fatal(err)
	}
	if len(show.Evidence) != 1 || show.Evidence[0].SnapshotHash == "" {
		t.Fatalf("the polled figure has no snapshot: %+v", show)
	}
	kept := show.Evidence[0].SnapshotHash

	ctx := context.Background()
	s, err := storage.Open(ctx, c.env["GAPWATCH_DB"])
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("orphan"))
	zw.Close()
	orphan := tracker.SnapshotHash("orphan")
	if _, err := s.DB().ExecContext(ctx, "INSERT INTO snapshots (hash, url, fetched_at, size, body) VALUES (?, '', '2020-01-01T00:00:00.000000000Z', 6, ?)",
		orphan, buf.Bytes()); err != nil {
		t.Fatal(err)
	}
	// The kept snapshot is as old as the orphan: only the reference saves it.
	if _, err := s.DB().ExecContext(ctx, "UPDATE snapshots SET fetched_at = '2020-01-01T00:00:00.000000000Z' WHERE hash = ?", kept); err != nil {
		t.Fatal(err)
	}
	s.Close()

	c.env["GAPWATCH_SNAPSHOT_DAYS"] = "30"
	r := startRun(t, c)
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(r.errOut.String(), "pruned unreferenced snapshots") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if code := r.stop(t); code != 0 {
		t.Fatalf("run exited %d\n%s", code, r.errOut.String())
	}
	if !strings.Contains(r.errOut.String(), "snapshots=1 snapshot_days=30") {
		t.Errorf("no prune log line:\n%s", r.errOut.String())
	}
	s, err = storage.Open(ctx, c.env["GAPWATCH_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Snapshot(ctx, orphan); tracker.ErrorCode(err) != tracker.NotFound {
		t.Errorf("orphan snapshot: %v, want removed", err)
	}
	if _, err := s.Snapshot(ctx, kept); err != nil {
		t.Errorf("referenced snapshot: %v, want kept", err)
	}
}
