package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// cliWithPolledFeed returns a CLI whose tracker file has one loopback feed,
// polled once with `check`, and one manual figure with a hostile quote.
func cliWithPolledFeed(t *testing.T) *cli {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>
<item><guid>a1</guid><title>Releases continue</title><pubDate>Mon, 12 Jan 2026 15:00:00 GMT</pubDate>
<description><![CDATA[<p>Foro Penal said on Monday it had verified the release of 56 political prisoners since January 8.</p>
<p>The government claimed that more than 400 prisoners had been freed, a figure that could not be verified.</p>]]></description></item>
</channel></rss>`)
	}))
	t.Cleanup(srv.Close)
	c := newCLI(t)
	file := fmt.Sprintf(`metrics:
  - id: ve-prisoners-released
    name: Political prisoners released
    cumulative: true
    keywords: [political prisoners, released, freed]
actors:
  - name: Foro Penal
    role: confirmer
  - name: Government of Venezuela
    role: claimant
    aliases: [government, gobierno]
sources:
  - id: news
    url: %s/feed.xml
    format: rss
    review: required
    allow_private: true
    claims: [ve-prisoners-released]
`, srv.URL)
	if err := os.WriteFile(c.env["GAPWATCH_CONFIG"], []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	c.ok("check")
	c.ok("figure", "add", "--metric", "ve-prisoners-released", "--value", "61", "--stance", "confirmed", "--actor", "Foro Penal",
		"--url", "https://example.org/a,b?x=\"1\"", "--quote", hostileCLIQuote, "--as-of", "2026-01-12")
	return c
}

// hostileCLIQuote has quotes, commas, a line break and a formula prefix.
const hostileCLIQuote = "=cmd|' /C calc'!A0, \"56\" released,\nsaid FP; @SUM(1+1)"

type figuresDoc struct {
	Figures []struct {
		ID        int64  `json:"id"`
		Metric    string `json:"metric"`
		Value     int64  `json:"value"`
		Qualifier string `json:"qualifier"`
		Status    string `json:"status"`
		Actor     string `json:"actor"`
		Stance    string `json:"stance"`
		AsOf      string `json:"as_of"`
		URL       string `json:"url"`
		Quote     string `json:"quote"`
	} `json:"figures"`
}

func TestFigureShow(t *testing.T) {
	c := cliWithPolledFeed(t)
	var show struct {
		ID       int64  `json:"id"`
		Metric   string `json:"metric"`
		Status   string `json:"status"`
		Evidence []struct {
			URL          string `json:"url"`
			Quote        string `json:"quote"`
			SnapshotHash string `json:"snapshot_hash"`
			FetchedAt    string `json:"fetched_at"`
			Source       string `json:"source"`
		} `json:"evidence"`
		Corrections []struct {
			Action string `json:"action"`
		} `json:"corrections"`
	}
	if err := json.Unmarshal([]byte(c.ok("figure", "show", "1", "--json")), &show); err != nil {
		t.Fatal(err)
	}
	if show.ID != 1 || show.Metric != "ve-prisoners-released" || show.Status != "pending" || len(show.Evidence) != 1 {
		t.Fatalf("figure show 1 = %+v", show)
	}
	ev := show.Evidence[0]
	if !tracker.ValidSnapshotHash(ev.SnapshotHash) || ev.FetchedAt == "" || ev.Source != "news" || !strings.Contains(ev.Quote, "56 political prisoners") {
		t.Errorf("evidence = %+v, want a snapshot hash, fetch time, source and the quote", ev)
	}
	if len(show.Corrections) != 1 || show.Corrections[0].Action != "add" {
		t.Errorf("corrections = %+v", show.Corrections)
	}

	c.ok("figure", "correct", "1", "--value", "57", "--reason", "typo")
	text := c.ok("figure", "show", "1")
	for _, want := range []string{"Figure #1: 56 (confirmed, superseded)", "superseded by  #4", "snapshot " + ev.SnapshotHash, "source news",
		"Correction history:", "correct  #1 56 → 57"} {
		if !strings.Contains(text, want) {
			t.Errorf("figure show 1 lacks %q:\n%s", want, text)
		}
	}

	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"figure", "show", "999"}, 1, "figure 999 does not exist"},
		{[]string{"figure", "show", "abc"}, 2, `figure id "abc" is not a positive whole number`},
		{[]string{"figure", "show", "0"}, 2, "not a positive whole number"},
		{[]string{"figure", "show"}, 2, "missing figure id"},
	}
	for _, tc := range tests {
		_, errOut, code := c.run(tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.msg) {
			t.Errorf("gapwatch %s: exit %d, %q; want %d, %q", strings.Join(tc.args, " "), code, errOut, tc.code, tc.msg)
		}
	}
}

func TestExportMatchesFiguresJSON(t *testing.T) {
	c := cliWithPolledFeed(t)
	c.env["GAPWATCH_PUBLIC_URL"] = "https://gapwatch.example/"
	var figs figuresDoc
	if err := json.Unmarshal([]byte(c.ok("figures", "--json")), &figs); err != nil {
		t.Fatal(err)
	}
	if len(figs.Figures) != 3 {
		t.Fatalf("%d figures, want 3 (two from the feed, one added)", len(figs.Figures))
	}
	recs, err := csv.NewReader(strings.NewReader(c.ok("export"))).ReadAll()
	if err != nil {
		t.Fatalf("export is not CSV: %v", err)
	}
	if got, want := strings.Join(recs[0], ","), strings.Join(report.ExportColumns, ","); got != want {
		t.Fatalf("header %s, want %s", got, want)
	}
	byID := map[string][]string{}
	for _, r := range recs[1:] {
		byID[r[0]] = r
	}
	if len(byID) != len(figs.Figures) {
		t.Fatalf("%d rows, want %d", len(byID), len(figs.Figures))
	}
	for _, f := range figs.Figures {
		r := byID[strconv.FormatInt(f.ID, 10)]
		want := []string{strconv.FormatInt(f.ID, 10), f.Metric, strconv.FormatInt(f.Value, 10), "", f.Qualifier, f.Stance, f.Actor, f.AsOf, f.Status}
		if r == nil || strings.Join(r[:9], "|") != strings.Join(want, "|") || r[11] != f.URL || r[12] != f.Quote ||
			r[14] != fmt.Sprintf("https://gapwatch.example/f/%d", f.ID) {
			t.Errorf("row %q does not match figures --json %+v", r, f)
		}
		if f.Quote == hostileCLIQuote && r[13] != "" {
			t.Errorf("a manual figure has snapshot %q", r[13])
		}
		if strings.Contains(f.Quote, "56 political") && !tracker.ValidSnapshotHash(r[13]) {
			t.Errorf("a polled figure has snapshot %q", r[13])
		}
	}

	out := filepath.Join(c.dir, "figures.jsonl")
	if got := c.ok("export", "--format", "jsonl", "-o", out, "--since", "2026-01-12", "--metric", "ve-prisoners-released"); got != "" {
		t.Errorf("export -o printed %q", got)
	}
	fh, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	lines := 0
	for sc.Scan() {
		var row report.ExportRow
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("line %d: %v", lines+1, err)
		}
		if row.Quote != "" && strings.HasPrefix(row.Quote, "=cmd") && row.Quote != hostileCLIQuote {
			t.Errorf("hostile quote came back as %q", row.Quote)
		}
		lines++
	}
	if lines != 3 {
		t.Errorf("%d lines, want 3", lines)
	}
	if ents, _ := filepath.Glob(filepath.Join(c.dir, ".figures.jsonl.*")); len(ents) != 0 {
		t.Errorf("temporary files left: %v", ents)
	}
	if got := c.ok("export", "--since", "2030-01-01"); got != strings.Join(report.ExportColumns, ",")+"\r\n" {
		t.Errorf("an empty export = %q, want the header alone", got)
	}
}

func TestExportErrors(t *testing.T) {
	c := newCLI(t)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"export", "--metric", "nope"}, 1, `unknown metric "nope"`},
		{[]string{"export", "--since", "2026-13-01"}, 2, `--since: date "2026-13-01" is not in the form YYYY-MM-DD`},
		{[]string{"export", "--format", "xml"}, 2, `--format "xml" is not one of csv, jsonl`},
		{[]string{"export", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"export", "-o", filepath.Join(c.dir, "missing", "out.csv")}, 1, "cannot write"},
	}
	for _, tc := range tests {
		_, errOut, code := c.run(tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.msg) {
			t.Errorf("gapwatch %s: exit %d, %q; want %d, %q", strings.Join(tc.args, " "), code, errOut, tc.code, tc.msg)
		}
	}
	// A failed export leaves an existing file as it was.
	out := filepath.Join(c.dir, "keep.csv")
	os.WriteFile(out, []byte("old"), 0o644)
	if _, _, code := c.run("export", "--metric", "nope", "-o", out); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if b, _ := os.ReadFile(out); string(b) != "old" {
		t.Errorf("the file became %q", b)
	}
	if out := c.ok("help", "export"); !strings.Contains(out, "Usage: gapwatch export") || !strings.Contains(out, "-o FILE") {
		t.Errorf("help export:\n%s", out)
	}
}
