package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/storage"
)

// TestSourceSecretsNeverShown polls a source whose URL carries a user,
// a password and an API key (the loopback server insists on them, so the
// fetch uses them) and a failing one with a token: neither check's output,
// nor the stored figures and source errors, nor the console alerts, nor
// the web page, show them.
func TestSourceSecretsNeverShown(t *testing.T) {
	const user, pass, key, tok = "ana", "hunter2pass", "KEY0123secret", "TOK987secret"
	mux := http.NewServeMux()
	mux.HandleFunc("/balance", func(w http.ResponseWriter, r *http.Request) {
		u, p, ok := r.BasicAuth()
		if !ok || u != user || p != pass || r.URL.Query().Get("api_key") != key {
			http.Error(w, "who are you", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><body><p id="released">Verified releases: <b class="count">77</b></p></body></html>`)
	})
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusBadGateway) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	file := fmt.Sprintf(`metrics:
  - id: ve-prisoners-released
    name: Political prisoners released
    keywords: [released]
actors:
  - name: Foro Penal
    role: confirmer
sources:
  - id: balance
    url: http://%[2]s:%[3]s@%[1]s/balance?api_key=%[4]s&lang=es
    format: html
    review: auto
    allow_private: true
    figures:
      - {metric: ve-prisoners-released, actor: Foro Penal, select: "#released .count"}
  - id: broken
    url: http://%[1]s/broken?token=%[5]s
    format: html
    allow_private: true
    figures:
      - {metric: ve-prisoners-released, actor: Foro Penal, select: "#released .count"}
`, host, user, pass, key, tok)
	c := newCLI(t)
	os.WriteFile(filepath.Join(c.dir, "gapwatch.yaml"), []byte(file), 0o644)
	c.env["GAPWATCH_HOST_SPACING"] = "1ms"

	var shown []string
	out, errOut, code := c.run("check", "--json")
	if code != 0 {
		t.Fatalf("check: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"value": 77`) {
		t.Fatalf("check did not read the figure through the credentials: %s", out)
	}
	shown = append(shown, out, errOut)
	out, errOut, _ = c.run("check")
	shown = append(shown, out, errOut, c.ok("figures"), c.ok("figures", "--json"), c.ok("status", "--json"))

	st, err := storage.Open(t.Context(), filepath.Join(c.dir, "gapwatch.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var stored strings.Builder
	for _, q := range []string{"SELECT url FROM evidence", "SELECT last_error FROM source_state", "SELECT payload FROM outbox"} {
		rows, err := st.DB().QueryContext(t.Context(), q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			rows.Scan(&s)
			stored.WriteString(s + "\n")
		}
		rows.Close()
	}
	shown = append(shown, stored.String())
	for i, text := range shown {
		for _, secret := range []string{pass, key, tok} {
			if strings.Contains(text, secret) {
				t.Errorf("output %d shows the secret %q:\n%s", i, secret, text)
			}
		}
	}
	if !strings.Contains(stored.String(), "api_key=REDACTED") {
		t.Errorf("evidence URL not kept in redacted form: %s", stored.String())
	}
}
