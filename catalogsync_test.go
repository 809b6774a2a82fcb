package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/gapwatch/gapwatch/storage"
)

// TestUnchangedTrackerFileIsNotSynced checks that a command with the same
// tracker file as the last sync leaves the catalog alone (it is neither
// parsed nor synced) and that any change to the file syncs it again.
func TestUnchangedTrackerFileIsNotSynced(t *testing.T) {
	c := newCLI(t)
	c.ok("status")
	enabled := func() int {
		t.Helper()
		s, err := storage.Open(context.Background(), c.env["GAPWATCH_DB"])
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		var n int
		if err := s.DB().QueryRow("SELECT COUNT(*) FROM metrics WHERE enabled = 1").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	want := enabled()
	if want == 0 {
		t.Fatal("the test tracker file declares no metrics")
	}
	// A change behind the file's back stays until the file changes: the
	// command did not read the file again.
	s, err := storage.Open(context.Background(), c.env["GAPWATCH_DB"])
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec("UPDATE metrics SET enabled = 0"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	file := filepath.Join(c.dir, "gapwatch.yaml")
	for _, tc := range []struct {
		name   string
		change func()
		want   int
	}{
		{"same file", func() {}, 0},
		{"same bytes written again", func() {
			data, _ := os.ReadFile(file)
			os.WriteFile(file, data, 0o644)
		}, 0},
		{"a comment added", func() {
			data, _ := os.ReadFile(file)
			os.WriteFile(file, append(data, "# changed\n"...), 0o644)
		}, want},
	} {
		tc.change()
		c.ok("status", "--json")
		if got := enabled(); got != tc.want {
			t.Errorf("%s: %d enabled metrics, want %d", tc.name, got, tc.want)
		}
	}
	// A broken file is reported, not skipped, and leaves the store alone.
	os.WriteFile(file, []byte("metrics: [\n"), 0o644)
	if _, errOut, code := c.run("status"); code == 0 {
		t.Errorf("status with a broken tracker file succeeded; stderr: %s", errOut)
	}
	if got := enabled(); got != want {
		t.Errorf("after a broken file: %d enabled metrics, want %d", got, want)
	}
}
