package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestCheckJSON polls a loopback site with pages in both languages,
// structured and prose, a Latin-1 page, traps, a failing source and a
// source refused by the address guard, and reads `check --json`.
func TestCheckJSON(t *testing.T) {
	latin1, _ := charmap.ISO8859_1.NewEncoder().String(`<html><head><meta charset="iso-8859-1"><title>Balance</title></head>
<body><nav>Inicio · Contacto 2026</nav><main><h1>Balance de excarcelaciones</h1>
<p id="released">Excarcelaciones verificadas: <b class="count">1.234</b></p>
<p>Actualizado el 12 de enero de 2026 a las 10:30. Presos políticos: 863.</p></main></body></html>`)
	mux := http.NewServeMux()
	mux.HandleFunc("/balance", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		fmt.Fprint(w, latin1)
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>
<item><guid>a1</guid><title>Releases continue</title><pubDate>Mon, 12 Jan 2026 15:00:00 GMT</pubDate>
<description><![CDATA[<p>Foro Penal said on Monday it had verified the release of 56 political prisoners since January 8.</p>
<p>The government claimed that more than 400 prisoners had been freed, a figure that could not be verified.</p>
<p>A $400 fund was announced in 2025, and 40% of families were informed by phone at +58 212 555 1234.</p>]]></description></item>
<item><guid>a2</guid><title>Balance</title><pubDate>Tue, 13 Jan 2026 15:00:00 GMT</pubDate>
<description><![CDATA[<p>Según el Foro Penal, hasta el martes se contabilizaban sesenta y una excarcelaciones de presos políticos.</p>]]></description></item>
</channel></rss>`)
	})
	mux.HandleFunc("/data.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"summary":{"released":{"official":"1.500"}}}`)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusBadGateway) })
	srv := httptest.NewServer(mux)
	defer srv.Close()

	file := fmt.Sprintf(`metrics:
  - id: ve-prisoners-released
    name: Political prisoners released
    cumulative: true
    keywords: [political prisoners, released, freed, presos políticos, excarcelaciones]
    gap: {min_abs: 50, min_ratio: 1.5}
actors:
  - name: Foro Penal
    role: confirmer
  - name: Government of Venezuela
    role: claimant
    aliases: [government, gobierno]
sources:
  - id: balance
    url: %[1]s/balance
    format: html
    review: auto
    allow_private: true
    figures:
      - {metric: ve-prisoners-released, actor: Foro Penal, select: "#released .count"}
  - id: news
    url: %[1]s/feed.xml
    format: rss
    review: required
    allow_private: true
    claims: [ve-prisoners-released]
  - id: official
    url: %[1]s/data.json
    format: json
    review: auto
    allow_private: true
    figures:
      - {metric: ve-prisoners-released, actor: gobierno, select: ".summary.released.official"}
  - id: broken
    url: %[1]s/broken
    allow_private: true
    claims: [ve-prisoners-released]
  - id: guarded
    url: %[1]s/balance
    format: html
    figures:
      - {metric: ve-prisoners-released, actor: Foro Penal, select: "#released .count"}
`, srv.URL)
	c := newCLI(t)
	os.WriteFile(filepath.Join(c.dir, "gapwatch.yaml"), []byte(file), 0o644)
	c.env["GAPWATCH_HOST_SPACING"] = "1ms"

	var doc struct {
		Sources []struct {
			ID      string  `json:"id"`
			Status  string  `json:"status"`
			Error   *string `json:"error"`
			Figures []struct {
				Metric    string `json:"metric"`
				Value     int64  `json:"value"`
				Qualifier string `json:"qualifier"`
				Stance    string `json:"stance"`
				Actor     string `json:"actor"`
				Status    string `json:"status"`
				AsOf      string `json:"as_of"`
				URL       string `json:"url"`
			} `json:"figures"`
		} `json:"sources"`
		Metrics []struct {
			Gap   *int64   `json:"gap"`
			Flags []string `json:"flags"`
		} `json:"metrics"`
	}
	if err := json.Unmarshal([]byte(c.ok("check", "--json")), &doc); err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	status := map[string]string{}
	for _, s := range doc.Sources {
		status[s.ID] = s.Status
		if s.Error != nil {
			status[s.ID] += ": " + *s.Error
		}
		for _, f := range s.Figures {
			got[s.ID] = append(got[s.ID], fmt.Sprintf("%s %s %s %d %s %s", f.Actor, f.Stance, f.Qualifier, f.Value, f.Status, f.AsOf))
		}
		sort.Strings(got[s.ID])
	}
	want := map[string][]string{
		"balance":  {"Foro Penal confirmed exact 1234 approved " + c.now.Format("2006-01-02")},
		"news":     {"Foro Penal confirmed exact 56 pending 2026-01-12", "Foro Penal confirmed exact 61 pending 2026-01-13", "Government of Venezuela claimed at_least 400 pending 2026-01-12"},
		"official": {"Government of Venezuela claimed exact 1500 approved " + c.now.Format("2006-01-02")},
	}
	for id, w := range want {
		if strings.Join(got[id], " | ") != strings.Join(w, " | ") {
			t.Errorf("%s figures:\n got %q\nwant %q", id, got[id], w)
		}
	}
	for _, id := range []string{"broken", "guarded"} {
		if len(got[id]) != 0 {
			t.Errorf("%s: figures %v", id, got[id])
		}
	}
	if !strings.HasPrefix(status["broken"], "error: ") || !strings.Contains(status["broken"], "502") {
		t.Errorf("broken: %q", status["broken"])
	}
	if !strings.HasPrefix(status["guarded"], "error: ") || !strings.Contains(status["guarded"], "blocked") {
		t.Errorf("guarded: %q", status["guarded"])
	}
	for _, id := range []string{"balance", "news", "official"} {
		if status[id] != "ok" {
			t.Errorf("%s status %q", id, status[id])
		}
	}
	if m := doc.Metrics[0]; m.Gap == nil || *m.Gap != 266 || strings.Join(m.Flags, ",") != "GAP" {
		t.Errorf("standing gap %v flags %v, want 266 [GAP] (1234 confirmed vs 1500 claimed, both approved)", m.Gap, m.Flags)
	}

	// A second check finds nothing new: pages unchanged, feed items read.
	if err := json.Unmarshal([]byte(c.ok("check", "--json")), &doc); err != nil {
		t.Fatal(err)
	}
	for _, s := range doc.Sources {
		if len(s.Figures) != 0 {
			t.Errorf("second check: %s found %d figures", s.ID, len(s.Figures))
		}
	}
}
