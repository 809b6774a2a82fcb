package main

import (
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/storage/storagetest"
)

// TestDatabasePasswordNeverShown runs `gapwatch run` on PostgreSQL through
// a URL that carries a password (the throw-away cluster trusts loopback,
// so any password is let in) with debug logs, polls a source, and reads
// /healthz, /metrics and the web page: none of them, nor the logs, nor
// `status`, show the password. /healthz and /metrics name the instance
// (the same id in both) and its dialect.
func TestDatabasePasswordNeverShown(t *testing.T) {
	const secret = "Zq81-pass-never-shown"
	u, err := url.Parse(storagetest.PostgresSchema(t))
	if err != nil {
		t.Fatal(err)
	}
	u.User = url.UserPassword(u.User.Username(), secret)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()

	site := newFixture(t)
	site.set("/balance", balancePage(56))
	c := newServiceCLI(t, serviceTrackerFile(site.srv.URL, htmlSource("balance", site.srv.URL+"/balance", "Foro Penal")))
	c.env["GAPWATCH_DB"] = u.String()
	c.env["GAPWATCH_HTTP_ADDR"] = addr
	c.env["GAPWATCH_LOG_LEVEL"] = "debug"
	r := startRun(t, c)
	defer r.stop(t)
	r.waitFor(t, `== alert`, 1)

	get := func(path string) string {
		t.Helper()
		res, err := http.Get("http://" + addr + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return string(b)
	}
	health, metrics := get("/healthz"), get("/metrics")
	pages := map[string]string{"/healthz": health, "/metrics": metrics, "/": get("/"), "/api/standings.json": get("/api/standings.json")}
	statusOut, statusErr, _ := c.run("status")
	pages["status"] = statusOut + statusErr
	r.stop(t)
	pages["stdout"], pages["stderr"] = r.out.String(), r.errOut.String()
	for where, text := range pages {
		if strings.Contains(text, secret) {
			t.Errorf("%s shows the database password", where)
		}
	}

	var doc struct {
		Instance struct {
			ID      string `json:"id"`
			Dialect string `json:"dialect"`
			Leases  struct {
				Sources   *int     `json:"sources"`
				SourceIDs []string `json:"source_ids"`
			} `json:"leases"`
		} `json:"instance"`
	}
	if err := json.Unmarshal([]byte(health), &doc); err != nil {
		t.Fatalf("/healthz: %v: %s", err, health)
	}
	if doc.Instance.ID == "" || doc.Instance.Dialect != "postgres" || doc.Instance.Leases.Sources == nil || doc.Instance.Leases.SourceIDs == nil {
		t.Errorf("/healthz instance = %+v, want an id, postgres and the leases", doc.Instance)
	}
	if want := `gapwatch_instance_info{dialect="postgres",instance="` + doc.Instance.ID + `"} 1`; !strings.Contains(metrics, want) {
		t.Errorf("/metrics lacks %s", want)
	}
	if !strings.Contains(r.errOut.String(), "xxxxx") {
		t.Errorf("the start-up log does not name the database (redacted):\n%s", r.errOut.String())
	}
}
