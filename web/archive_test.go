package web

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

// hostileQuote is evidence text that breaks naive CSV, JSON and HTML:
// quotes, commas, line breaks, a spreadsheet formula and markup.
const hostileQuote = "=HYPERLINK(\"http://evil\",\"56\"), said \"FP\";\r\nsecond line, <b>bold</b> & 'single' ✓"

// seedSnapshot records a prose figure of the releases metric whose quote
// was read from text, and returns it.
func seedSnapshot(t testing.TB, s seeded, value int64, quote, text string) tracker.Figure {
	t.Helper()
	at := testNow.Add(-2 * time.Hour)
	f, _, err := s.store.RecordFigure(context.Background(), tracker.Figure{
		MetricID: "releases", Value: value, Qualifier: tracker.Exact, Stance: tracker.Confirmed, Actor: forumName,
		SourceID: "foro-penal-reports", Origin: tracker.OriginProse, AsOf: day("2026-01-19"), SeenAt: at,
		Status: tracker.Approved, CreatedBy: "source:foro-penal-reports",
		Evidence: tracker.Evidence{URL: "https://example.org/foro-penal/2026-01-19", Quote: quote, SourceID: "foro-penal-reports",
			SeenAt: at, Snapshot: tracker.NewSnapshot("https://example.org/foro-penal/2026-01-19", text, at)},
	})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestSnapshotPageMarksTheQuote(t *testing.T) {
	s := seedStore(t, false)
	quote := "Foro Penal has confirmed 61 releases <script>alert(1)</script> so far."
	text := "Weekly balance\n\nThe lawyers met the families on Monday.\nThen: " + quote + " More to come.\n\nUpdated daily."
	f := seedSnapshot(t, s, 61, quote, text)
	h := newTestHandler(s, Options{PublicURL: "https://gapwatch.example"})
	hash := f.Evidence.SnapshotHash

	res, body := get(t, h, "GET", "/s/"+hash)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /s/%s: %d, want 200", hash, res.StatusCode)
	}
	mustContain(t, "snapshot page", body,
		"<mark>Foro Penal has confirmed 61 releases &lt;script&gt;alert(1)&lt;/script&gt; so far.</mark>",
		"The lawyers met the families on Monday.<br>Then: ",
		"<p>Updated daily.</p>",
		hash, `href="https://example.org/foro-penal/2026-01-19"`,
		`datetime="`+testNow.Add(-2*time.Hour).Format(time.RFC3339)+`"`,
		"1 of 1 marked",
		fmt.Sprintf(`<a href="/f/%d">figure #%d</a>`, f.ID, f.ID),
		`<link rel="canonical" href="https://gapwatch.example/s/`+hash+`"`,
	)
	if strings.Contains(body, "<script>alert") {
		t.Error("the archived text reached the page unescaped")
	}

	_, fig := get(t, h, "GET", fmt.Sprintf("/f/%d", f.ID))
	mustContain(t, "figure page", fig, `href="/s/`+hash+`"`)
}

func TestSnapshotPageNotFound(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	for _, path := range []string{
		"/s/" + strings.Repeat("0", 64), // well formed, unknown
		"/s/abc",
		"/s/" + strings.Repeat("A", 64),
		"/s/" + strings.Repeat("0", 65),
		"/s/%3Cscript%3E",
	} {
		res, body := get(t, h, "GET", path)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404", path, res.StatusCode)
		}
		mustContain(t, path, body, "archived text")
	}
}

func TestMarkTextAndQuoteSpans(t *testing.T) {
	tests := []struct {
		text   string
		quotes []string
		want   string // paragraphs joined by |, marks in [], breaks as /
		found  int
	}{
		{"a b c", []string{"b"}, "a [b] c", 1},
		{"one\n\ntwo three", []string{"two"}, "one|[two] three", 1},
		{"x y\nz", []string{"y\nz"}, "x [y]/[z]", 1},
		{"aaa", []string{"a", "aa"}, "[aa]a", 2},
		{"56 then 56", []string{"56"}, "[56] then 56", 1},
		{"ab", []string{"a", "b"}, "[ab]", 2},
		{"cut quote here", []string{"cut quote…"}, "[cut quote] here", 1},
		{"nothing", []string{"absent", ""}, "nothing", 0},
		{"", []string{"x"}, "", 0},
	}
	for _, tc := range tests {
		spans, found := quoteSpans(tc.text, tc.quotes)
		var paras []string
		for _, p := range markText(tc.text, spans) {
			var b strings.Builder
			for _, sn := range p {
				if sn.Break {
					b.WriteString("/")
				}
				if sn.Marked {
					b.WriteString("[" + sn.Text + "]")
				} else {
					b.WriteString(sn.Text)
				}
			}
			paras = append(paras, b.String())
		}
		if got := strings.Join(paras, "|"); got != tc.want || found != tc.found {
			t.Errorf("mark %q with %q = %q (%d found), want %q (%d)", tc.text, tc.quotes, got, found, tc.want, tc.found)
		}
	}
}

// readCSV parses an export with encoding/csv.
func readCSV(t *testing.T, body string) [][]string {
	t.Helper()
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("the export is not valid CSV: %v", err)
	}
	return recs
}

func TestExportCSVRoundTrips(t *testing.T) {
	s := seedStore(t, false)
	text := "Balance\n\n" + hostileQuote + "\n\nEnd."
	hostile := seedSnapshot(t, s, 61, hostileQuote, text)
	h := newTestHandler(s, Options{PublicURL: "https://gapwatch.example/"})

	res, body := get(t, h, "GET", "/export/figures.csv")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	if got, want := res.Header.Get("Content-Type"), "text/csv; charset=utf-8"; got != want {
		t.Errorf("Content-Type = %q, want %q", got, want)
	}
	if got, want := res.Header.Get("Content-Disposition"), `attachment; filename=gapwatch-figures.csv`; got != want {
		t.Errorf("Content-Disposition = %q, want %q", got, want)
	}
	recs := readCSV(t, body)
	if got, want := strings.Join(recs[0], ","), strings.Join(report.ExportColumns, ","); got != want {
		t.Fatalf("header = %s, want %s", got, want)
	}
	all, err := s.store.Figures(context.Background(), tracker.FigureFilter{Oldest: true})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(recs)-1, len(all); got != want {
		t.Fatalf("%d rows, want one per figure (%d)", got, want)
	}
	col := map[string]int{}
	for i, c := range recs[0] {
		col[c] = i
	}
	for i, f := range all {
		row := recs[i+1]
		want := report.NewExportRow(f, "https://gapwatch.example")
		if row[col["id"]] != strconv.FormatInt(f.ID, 10) || row[col["quote"]] != strings.ReplaceAll(f.Evidence.Quote, "\r\n", "\n") ||
			row[col["evidence_url"]] != f.Evidence.URL || row[col["permalink"]] != want.Permalink ||
			row[col["status"]] != string(f.Status) || row[col["value"]] != strconv.FormatInt(f.Value, 10) {
			t.Errorf("row %d = %q, want figure %+v", i+1, row, want)
		}
		if f.ID == hostile.ID {
			if row[col["quote"]] != strings.ReplaceAll(hostileQuote, "\r\n", "\n") {
				t.Errorf("hostile quote came back as %q", row[col["quote"]])
			}
			if row[col["snapshot_hash"]] != hostile.Evidence.SnapshotHash || row[col["permalink"]] != fmt.Sprintf("https://gapwatch.example/f/%d", f.ID) {
				t.Errorf("hostile row = %q", row)
			}
		}
		if f.Supersedes != 0 && row[col["supersedes"]] != strconv.FormatInt(f.Supersedes, 10) {
			t.Errorf("row %d supersedes = %q, want %d", i+1, row[col["supersedes"]], f.Supersedes)
		}
	}
}

func TestExportFiltersAndErrors(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	tests := []struct {
		path   string
		status int
		rows   int // data rows, -1: not checked
	}{
		{"/export/figures.csv?metric=detentions", 200, 2},
		{"/export/figures.csv?metric=releases&since=2026-01-13", 200, 3},
		{"/export/figures.csv?since=2030-01-01", 200, 0},
		{"/export/figures.csv?metric=nope", 404, -1},
		{"/export/figures.csv?since=13/01/2026", 400, -1},
		{"/export/figures.jsonl?since=yesterday", 400, -1},
		{"/export/figures.xml", 404, -1},
	}
	for _, tc := range tests {
		res, body := get(t, h, "GET", tc.path)
		if res.StatusCode != tc.status {
			t.Errorf("GET %s: %d, want %d", tc.path, res.StatusCode, tc.status)
			continue
		}
		if tc.rows >= 0 {
			if got := len(readCSV(t, body)) - 1; got != tc.rows {
				t.Errorf("GET %s: %d rows, want %d", tc.path, got, tc.rows)
			}
		}
	}
	if res, body := get(t, h, "HEAD", "/export/figures.jsonl"); res.StatusCode != 200 || body != "" || res.Header.Get("Content-Type") != "application/x-ndjson" {
		t.Errorf("HEAD: %d, %q, %q; want 200, no body, the JSON Lines type", res.StatusCode, body, res.Header.Get("Content-Type"))
	}
	res, _ := get(t, h, "GET", "/export/figures.csv?metric=detentions")
	if got, want := res.Header.Get("Content-Disposition"), "attachment; filename=gapwatch-figures-detentions.csv"; got != want {
		t.Errorf("Content-Disposition = %q, want %q", got, want)
	}
}

func TestExportJSONLinesParse(t *testing.T) {
	s := seedStore(t, false)
	seedSnapshot(t, s, 61, hostileQuote, "x "+hostileQuote)
	h := newTestHandler(s, Options{})
	res, body := get(t, h, "GET", "/export/figures.jsonl")
	if got := res.Header.Get("Content-Type"); got != "application/x-ndjson" {
		t.Errorf("Content-Type = %q", got)
	}
	all, _ := s.store.Figures(context.Background(), tracker.FigureFilter{Oldest: true})
	sc := bufio.NewScanner(strings.NewReader(body))
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var row map[string]any
		if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
			t.Fatalf("line %d does not parse: %v: %s", n+1, err, sc.Text())
		}
		if len(row) != len(report.ExportColumns) {
			t.Errorf("line %d has %d fields, want %d", n+1, len(row), len(report.ExportColumns))
		}
		for _, c := range report.ExportColumns {
			if _, ok := row[c]; !ok {
				t.Errorf("line %d lacks %q", n+1, c)
			}
		}
		if n < len(all) {
			if got, want := row["id"], float64(all[n].ID); got != want {
				t.Errorf("line %d id = %v, want %v", n+1, got, want)
			}
			if got, want := row["quote"], all[n].Evidence.Quote; got != want {
				t.Errorf("line %d quote = %q, want %q", n+1, got, want)
			}
			if got, want := row["permalink"], fmt.Sprintf("/f/%d", all[n].ID); got != want {
				t.Errorf("line %d permalink = %q, want %q", n+1, got, want)
			}
		}
		n++
	}
	if n != len(all) {
		t.Errorf("%d lines, want %d", n, len(all))
	}
}

// BenchmarkExport streams /export/figures.csv over 100,000 figures, each
// with one piece of evidence, and reports rows per second.
func BenchmarkExport(b *testing.B) {
	const n = 100_000
	s := seedStore(b, false)
	ctx := context.Background()
	if err := bulkFigures(ctx, s.store, "releases", n); err != nil {
		b.Fatal(err)
	}
	if _, err := s.store.DB().ExecContext(ctx, `INSERT INTO evidence (figure_id, url, quote, seen_at)
		SELECT id, 'https://example.org/a/' || id, 'Foro Penal said, "' || value || '" were released.', seen_at FROM figures WHERE created_by = 'bench'`); err != nil {
		b.Fatal(err)
	}
	h := newTestHandler(s, Options{PublicURL: "https://gapwatch.example"})
	for _, format := range []string{"csv", "jsonl"} {
		b.Run(format, func(b *testing.B) {
			var rows, bytes int64
			start := time.Now()
			for b.Loop() {
				rec := &countingWriter{header: http.Header{}}
				h.ServeHTTP(rec, httptest.NewRequest("GET", "/export/figures."+format, nil))
				rows += rec.lines
				bytes += rec.n
			}
			el := time.Since(start).Seconds()
			b.ReportMetric(float64(rows)/el, "rows/s")
			b.ReportMetric(float64(bytes)/float64(b.N)/1e6, "MB/export")
		})
	}
}

// countingWriter is a ResponseWriter that counts bytes and lines and keeps
// nothing.
type countingWriter struct {
	header   http.Header
	n, lines int64
}

func (w *countingWriter) Header() http.Header { return w.header }
func (w *countingWriter) WriteHeader(int)     {}
func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	w.lines += int64(strings.Count(string(p), "\n"))
	return len(p), nil
}

var _ io.Writer = (*countingWriter)(nil)

func TestExportsAreBoundedAtOnce(t *testing.T) {
	s := seedStore(t, false)
	h := newTestHandler(s, Options{})
	for range maxExports {
		exportSlots <- struct{}{}
	}
	res, body := get(t, h, "GET", "/export/figures.csv")
	for range maxExports {
		<-exportSlots
	}
	if res.StatusCode != http.StatusServiceUnavailable || res.Header.Get("Retry-After") == "" || !strings.Contains(body, "try again") {
		t.Errorf("with every slot taken: %d, Retry-After %q; want 503 with a Retry-After", res.StatusCode, res.Header.Get("Retry-After"))
	}
	if res, _ := get(t, h, "GET", "/export/figures.csv"); res.StatusCode != http.StatusOK {
		t.Errorf("after the slots are free: %d, want 200", res.StatusCode)
	}
}
