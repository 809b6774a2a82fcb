package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildBinary builds gapwatch once for the tests that run it as a process.
func buildBinary(t testing.TB) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds and runs the binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "gapwatch")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestKillNineNeitherLosesNorRepeats kills `gapwatch run` with SIGKILL in
// the middle of printing a burst of alerts, starts it again, and checks
// that every message was printed exactly once over the two runs.
func TestKillNineNeitherLosesNorRepeats(t *testing.T) {
	bin := buildBinary(t)
	c := newServiceCLI(t, serviceTrackerFile("http://127.0.0.1:1"))
	os.WriteFile(filepath.Join(c.dir, "gapwatch.yaml"), []byte(strings.Replace(serviceTrackerFile(""), "sources:\n", "sources: []\n", 1)), 0o644)
	const n = 400
	for i := 0; i < n; i++ {
		c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", fmt.Sprint(1000+i), "--stance", "confirmed",
			"--actor", "Foro Penal", "--url", "https://example.org/", "--as-of", "2026-01-12")
	}
	env := os.Environ()
	for k, v := range c.env {
		env = append(env, k+"="+v)
	}
	start := func(out string) *exec.Cmd {
		f, err := os.Create(out)
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "run")
		cmd.Env, cmd.Stdout, cmd.Dir = env, f, c.dir
		cmd.Stderr, _ = os.Create(out + ".err")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	countBlocks := func(path string) int {
		data, _ := os.ReadFile(path)
		return len(blocks(string(data)))
	}
	out1, out2 := filepath.Join(c.dir, "out1"), filepath.Join(c.dir, "out2")
	first := start(out1)
	deadline := time.Now().Add(30 * time.Second)
	for countBlocks(out1) < 50 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
	}
	first.Process.Signal(syscall.SIGKILL)
	first.Wait()
	printed := countBlocks(out1)
	if printed >= n {
		t.Fatalf("all %d alerts were printed before the kill; the test needs a burst in progress", printed)
	}

	second := start(out2)
	deadline = time.Now().Add(60 * time.Second)
	for printed+countBlocks(out2) < n+1 && time.Now().Before(deadline) { // n alerts + the GAP/STALE-free flag state
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(1500 * time.Millisecond)
	second.Process.Signal(syscall.SIGTERM)
	if err := second.Wait(); err != nil {
		t.Errorf("second run: %v", err)
	}
	a, _ := os.ReadFile(out1)
	b, _ := os.ReadFile(out2)
	seen := map[string]int{}
	for _, h := range append(blocks(string(a)), blocks(string(b))...) {
		seen[h]++
	}
	alerts := 0
	for h, k := range seen {
		if k > 1 {
			t.Errorf("printed %d times: %s", k, h)
		}
		if strings.Contains(h, "· alert:fig") {
			alerts++
		}
	}
	if alerts != n {
		t.Errorf("alerts printed = %d over both runs, want %d (killed after %d)", alerts, n, printed)
	}
}
