package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func addArgs(extra ...string) []string {
	return append([]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "56", "--stance", "confirmed",
		"--actor", "Foro Penal", "--url", "https://foropenal.com/", "--as-of", "2026-01-12"}, extra...)
}

func figureCount(t *testing.T, c *cli) int {
	t.Helper()
	var figs struct{ Figures []any }
	if err := json.Unmarshal([]byte(c.ok("figures", "--json")), &figs); err != nil {
		t.Fatal(err)
	}
	return len(figs.Figures)
}

func TestDBInMissingDirectory(t *testing.T) {
	c := newCLI(t)
	tests := []struct {
		name        string
		flag        bool   // --db rather than GAPWATCH_DB
		rel         string // database path under the temp dir
		wantMissing string // the directory the message names
	}{
		{"file's directory missing", true, "nodir/g.db", "nodir"},
		{"first missing ancestor", true, "a/b/c/g.db", "a"},
		{"from the environment", false, "typo/g.db", "typo"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(c.dir, tt.rel)
			args := []string{"status"}
			setting := "GAPWATCH_DB"
			if tt.flag {
				args = []string{"--db", path, "status"}
				setting = "--db"
			} else {
				c.env["GAPWATCH_DB"] = path
				defer func() { c.env["GAPWATCH_DB"] = filepath.Join(c.dir, "gapwatch.db") }()
			}
			out, errOut, code := c.run(args...)
			missing := filepath.Join(c.dir, tt.wantMissing)
			want := "gapwatch status: directory " + missing + " does not exist, so the database " + path + " (" + setting + ") cannot be created"
			if code != 2 || out != "" || !strings.HasPrefix(errOut, want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 and %q", code, out, errOut, want)
			}
			if _, err := os.Stat(missing); !os.IsNotExist(err) {
				t.Errorf("%s was created (stat: %v)", missing, err)
			}
		})
	}
	// A new database in an existing directory is created, and said so once.
	path := filepath.Join(c.dir, "new.db")
	_, errOut, code := c.run("--db", path, "status")
	if code != 0 || errOut != "gapwatch: created a new, empty database "+path+"\n" {
		t.Errorf("new database: exit %d, stderr %q", code, errOut)
	}
	if _, errOut, _ = c.run("--db", path, "status"); errOut != "" {
		t.Errorf("second run on the new database said %q, want nothing", errOut)
	}
}

func TestRunAnnouncesANewDatabase(t *testing.T) {
	c := newCLI(t)
	c.env["GAPWATCH_DB"] = filepath.Join(c.dir, "missing", "g.db")
	_, errOut, code := c.run("run")
	if code != 2 || !strings.Contains(errOut, "directory "+filepath.Join(c.dir, "missing")+" does not exist") {
		t.Errorf("run with a missing directory: exit %d, stderr %q", code, errOut)
	}
}

func TestFigureAddFutureDate(t *testing.T) {
	c := newCLI(t) // today is 2026-01-12
	tests := []struct {
		date     string
		wantCode int
	}{
		{"2026-01-13", 0}, // tomorrow: today somewhere east of UTC
		{"2026-01-14", 2},
		{"2027-01-12", 2},
	}
	for _, tt := range tests {
		before := figureCount(t, c)
		_, errOut, code := c.run("figure", "add", "--metric", "ve-prisoners-released", "--value", "60", "--stance", "confirmed",
			"--actor", "Foro Penal", "--as-of", tt.date)
		if code != tt.wantCode {
			t.Errorf("--as-of %s: exit %d (%q), want %d", tt.date, code, errOut, tt.wantCode)
		}
		if tt.wantCode == 2 {
			want := "gapwatch figure add: date " + tt.date + " is in the future (today is 2026-01-12)"
			if !strings.HasPrefix(errOut, want) {
				t.Errorf("--as-of %s: stderr %q, want %q", tt.date, errOut, want)
			}
			if got := figureCount(t, c); got != before {
				t.Errorf("--as-of %s wrote a figure", tt.date)
			}
		}
	}
}

func TestFigureAddStanceAgainstRole(t *testing.T) {
	c := newCLI(t)
	c.ok("status") // creates the database
	tests := []struct {
		actor, stance, role string
	}{
		{"Foro Penal", "claimed", "confirmer"},
		{"gobierno", "confirmed", "claimant"},
	}
	for _, tt := range tests {
		args := []string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "70", "--stance", tt.stance, "--actor", tt.actor, "--as-of", "2026-01-12"}
		_, errOut, code := c.run(args...)
		if code != 2 || !strings.Contains(errOut, "is a "+tt.role) || !strings.Contains(errOut, "--force") ||
			strings.Count(errOut, "gapwatch") != 1 {
			t.Errorf("%s as %s: exit %d, stderr %q; want exit 2 naming the role %s and --force", tt.actor, tt.stance, code, errOut, tt.role)
		}
		if n := figureCount(t, c); n != 0 {
			t.Fatalf("refused stance wrote %d figures", n)
		}
	}
	out, errOut, code := c.run("figure", "add", "--metric", "ve-prisoners-released", "--value", "70", "--stance", "claimed",
		"--actor", "Foro Penal", "--as-of", "2026-01-12", "--force", "--by", "ana")
	if code != 0 || strings.TrimSpace(out) != "1" || !strings.Contains(errOut, "stance claimed forced against Foro Penal's role (confirmer)") {
		t.Fatalf("--force: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	log := c.ok("figure", "log", "1")
	if !strings.Contains(log, "add      #1 70 (approved) by ana: stance claimed forced against Foro Penal's role (confirmer)") {
		t.Errorf("the audit log does not record the override:\n%s", log)
	}
}

func TestFigureAddTwice(t *testing.T) {
	c := newCLI(t)
	if got := c.ok(addArgs()...); got != "1\n" {
		t.Fatalf("first add printed %q", got)
	}
	out, errOut, code := c.run(addArgs()...)
	if code != 0 || out != "already recorded as figure 1\n" {
		t.Errorf("second add: exit %d, stdout %q, stderr %q; want exit 0 and %q", code, out, errOut, "already recorded as figure 1\n")
	}
	var doc struct {
		ID              int64 `json:"id"`
		AlreadyRecorded bool  `json:"already_recorded"`
	}
	if err := json.Unmarshal([]byte(c.ok(addArgs("--json")...)), &doc); err != nil || doc.ID != 1 || !doc.AlreadyRecorded {
		t.Errorf("--json: %+v, %v", doc, err)
	}
	if n := figureCount(t, c); n != 1 {
		t.Errorf("%d figures after three identical adds, want 1", n)
	}
	// Any difference is another figure: here the evidence URL.
	if got := c.ok(addArgs("--url", "https://foropenal.com/2")...); got != "2\n" {
		t.Errorf("add with another URL printed %q, want a new figure 2", got)
	}
	// A retracted figure no longer counts as recorded.
	c.ok("figure", "retract", "1", "--reason", "wrong list")
	if got := c.ok(addArgs()...); got != "3\n" {
		t.Errorf("add after retraction printed %q, want a new figure 3", got)
	}
}

func TestDigestPrintsAndSends(t *testing.T) {
	c := newCLI(t)
	c.ok(addArgs()...)
	c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "400", "--stance", "claimed", "--actor", "gobierno",
		"--url", "https://example.org/statement", "--as-of", "2026-01-12")
	c.ok("figure", "correct", "1", "--value", "72", "--reason", "recount")

	out := c.ok("digest")
	for _, want := range []string{"Digest on demand — 12 January 2026 15:00 UTC", "Confirmed: 72 people — Foro Penal, 2026-01-12",
		"Gap: claimed is 328 above confirmed (the claim is 5.56× the confirmed figure) · Flags: GAP",
		"Foro Penal's figure: 56 → 72 people (corrected)"} {
		if !strings.Contains(out, want) {
			t.Errorf("digest lacks %q:\n%s", want, out)
		}
	}
	for _, bad := range []string{"~~", "**", "<t:", "<#", `\(`} {
		if strings.Contains(out, bad) {
			t.Errorf("digest on the console contains Discord markup %q:\n%s", bad, out)
		}
	}
	// Printing queues nothing; --send does.
	var sent struct {
		Channel, Key string
		Sent         bool
	}
	if err := json.Unmarshal([]byte(c.ok("digest", "--send", "--json")), &sent); err != nil || !sent.Sent || sent.Channel != "console" {
		t.Errorf("digest --send --json = %+v, %v", sent, err)
	}
	if got := c.ok("digest", "--send"); !strings.HasPrefix(got, "digest queued for console (digest:console:now:") {
		t.Errorf("digest --send printed %q", got)
	}
	// A channel without a subscription is refused, saying how to subscribe.
	for _, args := range [][]string{{"digest", "--channel", "123456789"}, {"digest", "--channel", "123456789", "--send"}} {
		_, errOut, code := c.run(args...)
		if code != 2 || !strings.HasPrefix(errOut, "gapwatch digest: channel 123456789 has no subscription") ||
			!strings.Contains(errOut, "/alerts on") || !strings.Contains(errOut, "subscriptions:") {
			t.Errorf("gapwatch %s: exit %d, stderr %q", strings.Join(args, " "), code, errOut)
		}
	}
}

func TestErrorWording(t *testing.T) {
	c := newCLI(t)
	c.ok(addArgs()...)
	tests := []struct {
		args []string
		want string // the whole first line of stderr
	}{
		{[]string{"figures", "--limit", "abc"}, `gapwatch figures: invalid value "abc" for --limit: want a whole number (run 'gapwatch help figures')`},
		{[]string{"figures", "--limit", "99999999999999999999"}, `gapwatch figures: invalid value "99999999999999999999" for --limit: the number is too large (run 'gapwatch help figures')`},
		{[]string{"chart", "ve-prisoners-released", "-o", "x.png", "--days", "1e9"}, `gapwatch chart: invalid value "1e9" for --days: want a whole number (run 'gapwatch help chart')`},
		{[]string{"status", "--json=maybe"}, `gapwatch status: invalid value "maybe" for --json: want true or false (run 'gapwatch help status')`},
		{[]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "99999999999999999999", "--stance", "confirmed", "--actor", "Foro Penal"},
			`gapwatch figure add: invalid value "99999999999999999999" for --value: the number is too large`},
		{[]string{"figure", "add", "--metric", "ve-prisoners-released", "--value", "abc", "--stance", "confirmed", "--actor", "Foro Penal"},
			`gapwatch figure add: invalid value "abc" for --value: want a whole number`},
		{[]string{"figure", "correct", "1", "--value", "72"}, "gapwatch figure correct: --reason is required"},
		{[]string{"figure", "approve", "42"}, "gapwatch figure approve: figure 42 does not exist"},
	}
	for _, tt := range tests {
		_, errOut, code := c.run(tt.args...)
		first, _, _ := strings.Cut(errOut, "\n")
		if code != 2 || !strings.HasPrefix(first, tt.want) || strings.Count(first, "gapwatch") != strings.Count(tt.want, "gapwatch") {
			t.Errorf("gapwatch %s: exit %d\n got %q\nwant %q", strings.Join(tt.args, " "), code, first, tt.want)
		}
	}
}
