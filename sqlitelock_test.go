package main

import (
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSQLiteServesOneRun: a second `gapwatch run` on the same SQLite file
// refuses to start and says why; a CLI command beside the running one
// works; after the first is killed with SIGKILL, a new run starts at once.
func TestSQLiteServesOneRun(t *testing.T) {
	bin := buildBinary(t)
	c := newServiceCLI(t, serviceTrackerFile("http://127.0.0.1:1"))
	c.ok("validate")
	env := os.Environ()
	for k, v := range c.env {
		env = append(env, k+"="+v)
	}
	start := func() (*exec.Cmd, *syncBuffer) {
		errOut := &syncBuffer{}
		cmd := exec.Command(bin, "run")
		cmd.Env, cmd.Dir, cmd.Stderr = env, c.dir, errOut
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, errOut
	}
	waitFor := func(buf *syncBuffer, text string) bool {
		for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if strings.Contains(buf.String(), text) {
				return true
			}
		}
		return false
	}
	first, firstErr := start()
	defer first.Process.Kill()
	if !waitFor(firstErr, "gapwatch starting") {
		t.Fatalf("first run did not start: %s", firstErr.String())
	}

	second, secondErr := start()
	done := make(chan error, 1)
	go func() { done <- second.Wait() }()
	select {
	case err := <-done:
		if err == nil {
			t.Errorf("second run exited 0, want a refusal")
		}
		if got := secondErr.String(); !strings.Contains(got, "SQLite serves one instance") {
			t.Errorf("second run's stderr = %q, want it to say SQLite serves one instance", got)
		}
	case <-time.After(15 * time.Second):
		second.Process.Kill()
		t.Fatal("second run on the same SQLite file kept running")
	}

	c.ok("status") // a command beside the running service

	first.Process.Signal(syscall.SIGKILL)
	first.Wait()
	began := time.Now()
	third, thirdErr := start()
	defer third.Process.Kill()
	if !waitFor(thirdErr, "gapwatch starting") {
		t.Fatalf("run after a SIGKILL did not start: %s", thirdErr.String())
	}
	if waited := time.Since(began); waited > 10*time.Second {
		t.Errorf("run after a SIGKILL took %v to start", waited)
	}
	third.Process.Signal(syscall.SIGTERM)
	if err := third.Wait(); err != nil {
		t.Errorf("third run: %v\n%s", err, thirdErr.String())
	}
}
