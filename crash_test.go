package main

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/bot"
	"github.com/gapwatch/gapwatch/internal/discordtest"
	"github.com/gapwatch/gapwatch/storage"
)

// crashKills is how many times TestCrashLoop kills `gapwatch run`; CI runs
// the default, the README gives the figure for 100:
//
//	go test -run TestCrashLoop -crash.kills 100 -v .
var crashKills = flag.Int("crash.kills", 20, "SIGKILLs of gapwatch run in TestCrashLoop")

// TestCrashLoop kills `gapwatch run` with SIGKILL at random moments while
// a source reports a new figure every second and alerts are delivered both
// to the console (a file) and through the Discord double, restarting it
// each time. At the end every alert was delivered exactly once on each
// medium and the database passes PRAGMA integrity_check.
func TestCrashLoop(t *testing.T) {
	bin := buildBinary(t)
	const alertsChannel = "123456789012345678"
	srv, err := discordtest.New(discordtest.Options{Token: dToken, ApplicationID: "555", HeartbeatInterval: 2 * time.Second,
		Guilds: []discordtest.Guild{{ID: "123456789012345600", Name: "newsroom", OwnerID: "900",
			Channels: []discordtest.Channel{{ID: alertsChannel, Name: "alerts"}}}}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	start := time.Now()
	var polls atomic.Int64
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		polls.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// A count that grows every second: each poll may bring a new figure.
		fmt.Fprintf(w, `<html><body><p id="released">Verified: <span class="count">%d</span></p></body></html>`, 100+int(time.Since(start)/time.Second))
	}))
	defer site.Close()
	file := serviceTrackerFile(site.URL, htmlSource("balance", site.URL+"/balance", "Foro Penal")) +
		"  - channel: \"" + alertsChannel + "\"\n    metrics: [ve-prisoners-released]\n"
	c := newServiceCLI(t, file)
	c.env["DISCORD_TOKEN"] = dToken
	c.env["DISCORD_API_URL"] = srv.URL()
	env := os.Environ()
	for k, v := range c.env {
		env = append(env, k+"="+v)
	}
	outPath := filepath.Join(c.dir, "console.out")
	run := func() *exec.Cmd {
		out, err := os.OpenFile(outPath, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		errf, _ := os.OpenFile(outPath+".err", os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
		defer errf.Close()
		cmd := exec.Command(bin, "run")
		cmd.Env, cmd.Stdout, cmd.Stderr, cmd.Dir = env, out, errf, c.dir
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	t.Cleanup(func() {
		if t.Failed() {
			logs, _ := os.ReadFile(outPath + ".err")
			if len(logs) > 4000 {
				logs = logs[len(logs)-4000:]
			}
			t.Logf("stderr of the runs (tail):\n%s", logs)
		}
	})
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 12))
	for i := range *crashKills {
		cmd := run()
		time.Sleep(time.Duration(300+rng.IntN(1200)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if i%10 == 9 {
			t.Logf("%d kills, %d polls so far", i+1, polls.Load())
		}
	}

	// A last run drains what is left, then stops cleanly.
	last := run()
	dbPath := filepath.Join(c.dir, "gapwatch.db")
	settled := func() bool {
		db, err := sql.Open("sqlite3", "file:"+dbPath+"?mode=ro&_busy_timeout=5000")
		if err != nil {
			return false
		}
		defer db.Close()
		var pending int
		if err := db.QueryRow("SELECT COUNT(*) FROM outbox WHERE status = 'pending'").Scan(&pending); err != nil {
			return false
		}
		return pending == 0
	}
	time.Sleep(2 * time.Second)
	site.Close() // no new figures from here on
	deadline := time.Now().Add(30 * time.Second)
	for !settled() && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
	}
	last.Process.Signal(syscall.SIGTERM)
	if err := last.Wait(); err != nil {
		t.Errorf("last run: %v", err)
	}

	st, err := storage.Open(context.Background(), dbPath)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var integrity string
	if err := st.DB().QueryRow("PRAGMA integrity_check").Scan(&integrity); err != nil || integrity != "ok" {
		t.Fatalf("integrity_check = %q, %v", integrity, err)
	}
	rows, err := st.DB().Query("SELECT key, channel_id, status FROM outbox WHERE kind = 'alert'")
	if err != nil {
		t.Fatal(err)
	}
	type item struct{ key, channel, status string }
	var items []item
	for rows.Next() {
		var it item
		rows.Scan(&it.key, &it.channel, &it.status)
		items = append(items, it)
	}
	rows.Close()
	data, _ := os.ReadFile(outPath)
	printed := map[string]int{}
	for _, h := range blocks(string(data)) {
		parts := strings.Split(h, " · ")
		printed[parts[len(parts)-1]]++
	}
	posted := map[string]int{}
	for _, m := range srv.Messages(alertsChannel) {
		posted[m.Nonce]++
	}
	console, discord := 0, 0
	for _, it := range items {
		if it.status != "delivered" {
			t.Errorf("alert %s (%s) is %s, want delivered", it.key, it.channel, it.status)
		}
		switch it.channel {
		case "console":
			console++
			if n := printed[it.key]; n != 1 {
				t.Errorf("console alert %s printed %d times, want once", it.key, n)
			}
		case alertsChannel:
			discord++
			if n := posted[bot.Nonce(it.key)]; n != 1 {
				t.Errorf("Discord alert %s posted %d times, want once", it.key, n)
			}
		}
	}
	for k, n := range printed {
		if n > 1 {
			t.Errorf("printed %d times: %s", n, k)
		}
	}
	if least := max(3, *crashKills/10); console < least || discord < least {
		t.Errorf("alerts: %d console, %d Discord over %d kills; the loop delivered too little to prove anything", console, discord, *crashKills)
	}
	t.Logf("%d SIGKILLs: %d polls, %d console alerts and %d Discord alerts, each delivered exactly once; integrity_check ok",
		*crashKills, polls.Load(), console, discord)
}
