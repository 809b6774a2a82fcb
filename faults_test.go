package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestFaultCatalogue runs one `check` over a site where every source has
// a different fault, next to healthy sources: each fault is reported on
// its own source, the healthy ones read their figure, and the whole check
// stays bounded in time and memory.
func TestFaultCatalogue(t *testing.T) {
	healthy := func(n int) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><body><p id="released">Verified: <b class="count">%d</b></p></body></html>`, n)
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthy-1", healthy(56))
	mux.HandleFunc("/healthy-2", healthy(57))
	mux.HandleFunc("/timeout", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/5xx", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) })
	mux.HandleFunc("/slowloris", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for {
			if _, err := w.Write([]byte("<")); err != nil {
				return
			}
			w.(http.Flusher).Flush()
			select {
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	})
	mux.HandleFunc("/oversize", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := bytes.Repeat([]byte("a"), 64<<10)
		for range 11 << 4 { // 11 MiB, chunked: over the 10 MiB limit
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/bad-gzip", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write([]byte("this is not gzip at all"))
	})
	mux.HandleFunc("/wrong-charset", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-16")
		fmt.Fprint(w, `<html><body><p id="released">Verified: <b class="count">56</b></p></body></html>`)
	})
	mux.HandleFunc("/bad-xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0"?><rss><channel><item><title>56 released</title></item`)
	})
	mux.HandleFunc("/bad-json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"released": {"count": 56,`)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/to-metadata", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://169.254.169.254/latest/meta-data/", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	// The 429 is on a host of its own: Retry-After holds back its host.
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("no second loopback address: %v", err)
	}
	limited := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "slow down", http.StatusTooManyRequests)
	}))
	limited.Listener.Close()
	limited.Listener = ln
	limited.Start()
	defer limited.Close()

	type fault struct {
		id, url, format string
		wantErr         string // a word of the reported error; "" for a healthy source
		want            int64  // a healthy source's figure
	}
	faults := []fault{
		{"healthy-1", srv.URL + "/healthy-1", "html", "", 56},
		{"healthy-2", srv.URL + "/healthy-2", "html", "", 57},
		{"timeout", srv.URL + "/timeout", "html", "timeout", 0},
		{"server-error", srv.URL + "/5xx", "html", "500", 0},
		{"rate-limited", limited.URL + "/", "html", "429", 0},
		{"slowloris", srv.URL + "/slowloris", "html", "timeout", 0},
		{"oversize", srv.URL + "/oversize", "html", "limit", 0},
		{"bad-gzip", srv.URL + "/bad-gzip", "html", "gzip", 0},
		{"wrong-charset", srv.URL + "/wrong-charset", "html", "matched nothing", 0},
		{"bad-xml", srv.URL + "/bad-xml", "rss", "parse", 0},
		{"bad-json", srv.URL + "/bad-json", "json", "parse", 0},
		{"redirect-loop", srv.URL + "/loop", "html", "redirect", 0},
		{"to-metadata", srv.URL + "/to-metadata", "html", "metadata", 0},
	}
	var b strings.Builder
	b.WriteString("metrics:\n  - id: ve-prisoners-released\n    name: Political prisoners released\n    keywords: [released]\n")
	b.WriteString("actors:\n  - name: Foro Penal\n    role: confirmer\nsources:\n")
	for _, f := range faults {
		sel := `"#released .count"`
		if f.format == "json" {
			sel = `".released.count"`
		}
		if f.format == "rss" {
			fmt.Fprintf(&b, "  - {id: %s, url: %q, format: rss, review: auto, allow_private: true, claims: [ve-prisoners-released]}\n", f.id, f.url)
			continue
		}
		fmt.Fprintf(&b, "  - id: %s\n    url: %q\n    format: %s\n    review: auto\n    allow_private: true\n    figures:\n      - {metric: ve-prisoners-released, actor: Foro Penal, select: %s}\n",
			f.id, f.url, f.format, sel)
	}
	c := newCLI(t)
	os.WriteFile(filepath.Join(c.dir, "gapwatch.yaml"), []byte(b.String()), 0o644)
	c.env["GAPWATCH_HOST_SPACING"] = "1ms"
	c.env["GAPWATCH_FETCH_TIMEOUT"] = "3s" // room for 10 MiB on a loaded machine under -race
	c.env["GAPWATCH_FETCH_WORKERS"] = "16"

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	out, errOut, code := c.run("check", "--json")
	took := time.Since(start)
	runtime.ReadMemStats(&after)
	if code != 0 {
		t.Fatalf("check: exit %d: %s", code, errOut)
	}
	var doc struct {
		Sources []struct {
			ID      string  `json:"id"`
			Status  string  `json:"status"`
			Error   *string `json:"error"`
			Figures []struct {
				Value int64 `json:"value"`
			} `json:"figures"`
		} `json:"sources"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("decode: %v\n%s", err, out)
	}
	got := map[string]int{}
	for i, s := range doc.Sources {
		got[s.ID] = i
	}
	for _, f := range faults {
		i, ok := got[f.id]
		if !ok {
			t.Errorf("%s: not reported", f.id)
			continue
		}
		s := doc.Sources[i]
		errText := ""
		if s.Error != nil {
			errText = *s.Error
		}
		switch {
		case f.wantErr == "":
			if s.Status != "ok" || len(s.Figures) != 1 || s.Figures[0].Value != f.want {
				t.Errorf("%s: status %s, error %q, figures %+v; want ok with %d", f.id, s.Status, errText, s.Figures, f.want)
			}
		case f.id == "wrong-charset":
			// Decoded as UTF-16, the page says nothing readable: no figure,
			// and the selector miss is on this source alone.
			if len(s.Figures) != 0 {
				t.Errorf("%s: figures %+v from a page decoded wrongly", f.id, s.Figures)
			}
		default:
			if s.Status != "error" || !strings.Contains(strings.ToLower(errText), f.wantErr) {
				t.Errorf("%s: status %s, error %q; want an error about %q", f.id, s.Status, errText, f.wantErr)
			}
		}
	}
	if took > 10*time.Second {
		t.Errorf("check took %s; want it bounded by the fetch timeout (3 s) and a few seconds", took)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 512<<20 {
		t.Errorf("check allocated %d MiB; want it bounded", alloc>>20)
	}
	t.Logf("%d sources (%d faulty) checked in %s, %d MiB allocated", len(faults), len(faults)-2, took.Round(time.Millisecond),
		(after.TotalAlloc-before.TotalAlloc)>>20)
}
