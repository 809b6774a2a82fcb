package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/storage"
	"github.com/gapwatch/gapwatch/storage/storagetest"
	"github.com/gapwatch/gapwatch/web"
)

// seedForMigrate fills the SQLite database of c through the commands and
// the store: polled sources (fetch state, seen items, figures with
// evidence, alerts in the outbox), manual figures, corrections, a
// retraction, subscriptions from the tracker file, a digest sent on
// demand (digest state), and a lease and a heartbeat of a running
// instance (which are not copied).
func seedForMigrate(t *testing.T) (*cli, string) {
	t.Helper()
	f := newFixture(t)
	f.set("/a", balancePage(120))
	f.set("/b", balancePage(300))
	c := newServiceCLI(t, serviceTrackerFile(f.srv.URL,
		htmlSource("fp", f.srv.URL+"/a", "Foro Penal"),
		htmlSource("gov", f.srv.URL+"/b", "Government of Venezuela"),
		htmlSource("down", f.srv.URL+"/missing", "Foro Penal")))
	c.ok("check")
	add := func(args ...string) string {
		return c.ok(append([]string{"figure", "add", "--metric", "ve-prisoners-released"}, args...)...)
	}
	add("--value", "56", "--stance", "confirmed", "--actor", "Foro Penal", "--url", "https://foropenal.com/a", "--as-of", "2026-01-10")
	add("--value", "400", "--stance", "claimed", "--actor", "Government of Venezuela", "--qualifier", "at_least", "--as-of", "2026-01-11")
	out := add("--value", "61", "--stance", "confirmed", "--actor", "Foro Penal", "--as-of", "2026-01-11")
	id := strings.TrimSpace(out)
	c.ok("figure", "correct", id, "--value", "62", "--reason", "recount")
	out = add("--value", "9", "--stance", "confirmed", "--actor", "Foro Penal", "--as-of", "2026-01-09")
	c.ok("figure", "retract", strings.TrimSpace(out), "--reason", "withdrawn")
	c.ok("digest", "--send")

	ctx := context.Background()
	s, err := storage.Open(ctx, c.env["GAPWATCH_DB"])
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Heartbeat(ctx, "old-instance", time.Now(), time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ClaimDueSources(ctx, "old-instance", time.Now().Add(time.Hour), time.Hour, 1); err != nil {
		t.Fatal(err)
	}
	return c, c.env["GAPWATCH_DB"]
}

// rowCounts parses migrate's table of counts: table → [source, target].
func rowCounts(t *testing.T, out string) map[string][2]int64 {
	t.Helper()
	got := map[string][2]int64{}
	for _, m := range regexp.MustCompile(`(?m)^(\w+)\s+(\d+)\s+(\d+)\s+ok\s`).FindAllStringSubmatch(out, -1) {
		a, _ := strconv.ParseInt(m[2], 10, 64)
		b, _ := strconv.ParseInt(m[3], 10, 64)
		got[m[1]] = [2]int64{a, b}
	}
	return got
}

// snapshot is what the commands show of a database.
func snapshot(t *testing.T, c *cli, db string) map[string]string {
	t.Helper()
	saved := c.env["GAPWATCH_DB"]
	defer func() { c.env["GAPWATCH_DB"] = saved }()
	c.env["GAPWATCH_DB"] = db
	out := map[string]string{
		"status":  c.ok("status", "--json"),
		"figures": c.ok("figures", "--json", "--limit", "1000"),
	}
	var doc struct {
		Figures []struct {
			ID int64 `json:"id"`
		} `json:"figures"`
	}
	if err := json.Unmarshal([]byte(out["figures"]), &doc); err != nil {
		t.Fatalf("figures --json: %v", err)
	}
	for _, f := range doc.Figures {
		id := strconv.FormatInt(f.ID, 10)
		out["log "+id] = c.ok("figure", "log", id, "--json")
	}
	return out
}

// permalink returns the figure page /f/ID served from db.
func permalink(t *testing.T, db string, id int, now time.Time) (int, string) {
	t.Helper()
	s, err := storage.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	srv := httptest.NewServer(web.New(web.Options{Store: s, Now: func() time.Time { return now }, PublicURL: "https://gapwatch.example"}))
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL + "/f/" + strconv.Itoa(id))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body)
}

func TestMigrateSQLiteToPostgres(t *testing.T) {
	dsn := storagetest.PostgresSchema(t)
	// The same database with a password in the URL (the test cluster
	// trusts loopback): it must never be printed.
	const secret = "s3cret-pw"
	withPW := strings.Replace(dsn, "postgres://postgres@", "postgres://postgres:"+secret+"@", 1)
	if withPW == dsn {
		t.Fatalf("cannot add a password to %s", dsn)
	}
	c, file := seedForMigrate(t)
	before := snapshot(t, c, file)

	out, errOut, code := c.run("migrate", "--from", file, "--to", withPW)
	if code != 0 {
		t.Fatalf("migrate: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if strings.Contains(out+errOut, secret) {
		t.Errorf("the password was printed:\n%s%s", out, errOut)
	}
	counts := rowCounts(t, out)
	for _, table := range []string{"metrics", "actors", "sources", "source_state", "seen_items", "figures", "evidence",
		"corrections", "subscriptions", "digest_state", "outbox", "flag_state", "cursors", "channel_faults"} {
		if _, ok := counts[table]; !ok {
			t.Errorf("no count for %s in:\n%s", table, out)
		}
	}
	for _, table := range []string{"metrics", "sources", "source_state", "seen_items", "figures", "evidence", "corrections", "subscriptions", "digest_state", "outbox"} {
		if counts[table][0] == 0 {
			t.Errorf("the seed left %s empty: the test proves nothing about it", table)
		}
	}
	if strings.Contains(out, "MISMATCH") || strings.Contains(out, "\ninstances ") || strings.Contains(out, "\ngoose_db_version ") {
		t.Errorf("migrate output:\n%s", out)
	}
	// Each count against the databases themselves.
	src, _ := storage.OpenRaw(file)
	defer src.Close()
	dst, _ := storage.OpenRaw(dsn)
	defer dst.Close()
	for table, n := range counts {
		var a, b int64
		src.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&a)
		dst.QueryRow("SELECT COUNT(*) FROM " + table).Scan(&b)
		if got, want := [2]int64{a, b}, n; got != want {
			t.Errorf("%s: databases hold %v, migrate said %v", table, got, want)
		}
	}
	var leased, beats int
	dst.QueryRow("SELECT COUNT(*) FROM source_state WHERE lease_holder <> '' OR lease_until IS NOT NULL").Scan(&leased)
	dst.QueryRow("SELECT COUNT(*) FROM instances").Scan(&beats)
	if leased != 0 || beats != 0 {
		t.Errorf("the old instance's leases (%d) or heartbeats (%d) were copied", leased, beats)
	}

	after := snapshot(t, c, dsn)
	for k, want := range before {
		if got := after[k]; got != want {
			t.Errorf("%s differs after migrate\nSQLite:\n%s\nPostgreSQL:\n%s", k, want, got)
		}
	}
	var nFigures int
	src.QueryRow("SELECT MAX(id) FROM figures").Scan(&nFigures)
	for id := 1; id <= nFigures+1; id++ {
		gotCode, got := permalink(t, dsn, id, c.now)
		wantCode, want := permalink(t, file, id, c.now)
		if gotCode != wantCode || got != want {
			t.Errorf("/f/%d: PostgreSQL %d, SQLite %d, same page %v", id, gotCode, wantCode, got == want)
		}
	}

	// Twice without --force: refused, nothing changed.
	out, errOut, code = c.run("migrate", "--from", file, "--to", withPW)
	if code != 2 || !strings.Contains(errOut, "--force") || !strings.Contains(errOut, "not empty") || strings.Contains(out+errOut, secret) {
		t.Errorf("second migrate: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	// Twice with --force: the same result.
	out, errOut, code = c.run("migrate", "--from", file, "--to", withPW, "--force")
	if code != 0 || !strings.Contains(out, "previous data replaced") {
		t.Fatalf("migrate --force: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	if got, want := rowCounts(t, out), counts; len(got) != len(want) {
		t.Errorf("--force counts %v, first run %v", got, want)
	}
	again := snapshot(t, c, dsn)
	for k, want := range before {
		if got := again[k]; got != want {
			t.Errorf("%s differs after migrate --force\nSQLite:\n%s\nPostgreSQL:\n%s", k, want, got)
		}
	}

	// A figure added afterwards gets the next id.
	var maxID int64
	dst.QueryRow("SELECT MAX(id) FROM figures").Scan(&maxID)
	c.env["GAPWATCH_DB"] = withPW
	out = c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "70", "--stance", "confirmed", "--actor", "Foro Penal", "--as-of", "2026-01-12")
	newID := strings.TrimSpace(out)
	if got, want := newID, strconv.FormatInt(maxID+1, 10); got != want {
		t.Errorf("new figure id = %s, want %s", got, want)
	}
	// The correction and evidence sequences moved on too.
	c.ok("figure", "correct", newID, "--value", "71", "--reason", "typo")
	var doc json.RawMessage
	if err := json.Unmarshal([]byte(c.ok("figure", "log", newID, "--json")), &doc); err != nil {
		t.Fatal(err)
	}

	// --to from GAPWATCH_DB when it is a URL.
	out, errOut, code = c.run("migrate", "--from", file, "--force")
	if code != 0 || strings.Contains(out+errOut, secret) {
		t.Errorf("migrate with GAPWATCH_DB as --to: exit %d\n%s%s", code, out, errOut)
	}
}

func TestMigrateRefusals(t *testing.T) {
	c := newCLI(t)
	c.ok("status") // creates gapwatch.db
	file := c.env["GAPWATCH_DB"]
	missing := filepath.Join(c.dir, "nope.db")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no --from", []string{"migrate", "--to", "postgres://u@127.0.0.1:1/x"}, 2, "--from FILE is required"},
		{"no --to", []string{"migrate", "--from", file}, 2, "--to is required"},
		{"--to a path", []string{"migrate", "--from", file, "--to", "other.db"}, 2, "is not a PostgreSQL URL"},
		{"missing file", []string{"migrate", "--from", missing, "--to", "postgres://u:pw0rd@127.0.0.1:1/x"}, 2, "does not exist: " + missing},
		{"not SQLite", []string{"migrate", "--from", filepath.Join(c.dir, "gapwatch.yaml"), "--to", "postgres://u:pw0rd@127.0.0.1:1/x"}, 1, "is it an SQLite database?"},
		{"no server", []string{"migrate", "--from", file, "--to", "postgres://u:pw0rd@127.0.0.1:1/x?connect_timeout=2"}, 1, "postgres://u:xxxxx@127.0.0.1:1/x"},
		{"bad URL", []string{"migrate", "--from", file, "--to", "postgres://u:pw0rd@[::1/x"}, 1, "cannot parse the PostgreSQL URL"},
		{"extra argument", []string{"migrate", "--from", file, "x"}, 2, `unexpected argument "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := c.run(tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.want) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.code, tt.want)
			}
			if strings.Contains(out+errOut, "pw0rd") {
				t.Errorf("the password was printed: %s%s", out, errOut)
			}
		})
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("migrate created %s", missing)
	}
}
