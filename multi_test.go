package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage/storagetest"
)

// TestThreeInstancesOnePostgres runs three `gapwatch run` processes in
// console mode on one PostgreSQL database with a loopback site of many
// sources, kills one with SIGKILL mid-run, and checks that every source
// was polled once per interval (never twice within one), kept being
// polled after the kill, and that every alert was printed exactly once by
// the three instances together.
func TestThreeInstancesOnePostgres(t *testing.T) {
	dsn := storagetest.PostgresSchema(t)
	bin := buildBinary(t)
	const nSources = 120
	const interval = 3 * time.Second

	var mu sync.Mutex
	hits := map[string][]time.Time{}
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path] = append(hits[r.URL.Path], time.Now())
		mu.Unlock()
		var n int
		fmt.Sscanf(r.URL.Path, "/s/%d", &n)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, balancePage(1000+n))
	}))
	defer site.Close()

	var srcs []string
	for i := range nSources {
		srcs = append(srcs, strings.Replace(htmlSource(fmt.Sprintf("s%03d", i), fmt.Sprintf("%s/s/%d", site.URL, i), "Foro Penal"),
			`"@every 1s"`, fmt.Sprintf(`"@every %s"`, interval), 1))
	}
	c := newServiceCLI(t, serviceTrackerFile(site.URL, srcs...))
	c.env["GAPWATCH_DB"] = dsn
	c.env["GAPWATCH_HOST_SPACING"] = "1ms"
	env := os.Environ()
	for k, v := range c.env {
		env = append(env, k+"="+v)
	}
	type inst struct {
		cmd      *exec.Cmd
		out, err string
	}
	start := func(i int) inst {
		in := inst{out: filepath.Join(c.dir, fmt.Sprintf("out%d", i)), err: filepath.Join(c.dir, fmt.Sprintf("err%d", i))}
		o, _ := os.Create(in.out)
		e, _ := os.Create(in.err)
		in.cmd = exec.Command(bin, "run")
		in.cmd.Env, in.cmd.Dir, in.cmd.Stdout, in.cmd.Stderr = env, c.dir, o, e
		if err := in.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return in
	}
	var insts []inst
	// countAlerts counts the alert blocks the instances printed so far.
	countAlerts := func() int {
		n := 0
		for _, in := range insts {
			data, _ := os.ReadFile(in.out)
			for _, h := range blocks(string(data)) {
				if strings.Contains(h, "· alert:fig") {
					n++
				}
			}
		}
		return n
	}
	for i := range 3 { // all at once on an empty database
		insts = append(insts, start(i))
	}
	defer func() {
		for _, in := range insts {
			in.cmd.Process.Kill()
		}
	}()
	time.Sleep(5 * time.Second)
	killedAt := time.Now()
	insts[0].cmd.Process.Signal(syscall.SIGKILL)
	insts[0].cmd.Wait()
	time.Sleep(3*interval + 10*time.Second) // a lease period and three intervals more
	// A loaded machine (the race detector, other packages' tests) may need
	// longer to hand the dead instance's items over: wait for them up to a
	// minute more, so that a missing alert below means lost, not late.
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Second) {
		if countAlerts() >= nSources {
			break
		}
	}
	end := time.Now()
	for _, in := range insts[1:] {
		in.cmd.Process.Signal(syscall.SIGTERM)
		if err := in.cmd.Wait(); err != nil {
			data, _ := os.ReadFile(in.err)
			t.Errorf("instance: %v\n%s", err, data)
		}
	}

	mu.Lock()
	defer mu.Unlock()
	for i := range nSources {
		path := fmt.Sprintf("/s/%d", i)
		ts := hits[path]
		if len(ts) == 0 {
			t.Errorf("%s never polled", path)
			continue
		}
		for k := 1; k < len(ts); k++ {
			if gap := ts[k].Sub(ts[k-1]); gap < interval/2 {
				t.Errorf("%s polled twice within %v (at %v and %v): more than once per interval", path, gap,
					ts[k-1].Sub(killedAt).Round(time.Millisecond), ts[k].Sub(killedAt).Round(time.Millisecond))
			}
		}
		if last := ts[len(ts)-1]; end.Sub(last) > interval+3*time.Second+10*time.Second {
			t.Errorf("%s last polled %v before the end: not taken over after the kill", path, end.Sub(last).Round(time.Millisecond))
		}
	}
	seen := map[string]int{}
	alerts := 0
	for _, in := range insts {
		data, _ := os.ReadFile(in.out)
		for _, h := range blocks(string(data)) {
			seen[h]++
			if strings.Contains(h, "· alert:fig") {
				alerts++
			}
		}
	}
	for h, k := range seen {
		if k > 1 {
			t.Errorf("printed %d times by the instances together: %s", k, h)
		}
	}
	if alerts != nSources {
		t.Errorf("alerts printed = %d, want %d (one per source's figure)", alerts, nSources)
	}
}
