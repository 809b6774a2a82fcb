package main

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// readEnvExample returns the assignments of .env.example, in order.
func readEnvExample(t *testing.T) (map[string]string, string) {
	t.Helper()
	data, err := os.ReadFile(".env.example")
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok || strings.ContainsAny(v, " \"'$`") {
			t.Errorf(".env.example:%d: %q is not a plain NAME=value a shell sources as is", n, line)
		}
		env[k] = v
	}
	return env, string(data)
}

// TestEnvExampleListsEveryVariable checks that every environment variable
// the program or its tests read is in .env.example.
func TestEnvExampleListsEveryVariable(t *testing.T) {
	_, text := readEnvExample(t)
	name := regexp.MustCompile(`"((?:GAPWATCH|DISCORD)_[A-Z0-9_]+|KEEP_BENCH_DB|USER)"`)
	seen := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range name.FindAllStringSubmatch(string(data), -1) {
			seen[m[1]] = true
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) < 15 {
		t.Fatalf("found only %d variable names in the sources: the scan is broken", len(seen))
	}
	for v := range seen {
		if !regexp.MustCompile(`(?m)^(# .*)?\b` + v + `\b`).MatchString(text) {
			t.Errorf(".env.example does not list %s", v)
		}
	}
}

// TestEnvExampleWorksAsShipped loads .env.example as `set -a; . ./.env.example`
// would, in a clean clone without gapwatch.yaml, and checks that run finds the
// bundled example and accepts every value, which are the program's defaults.
func TestEnvExampleWorksAsShipped(t *testing.T) {
	env, _ := readEnvExample(t)
	example, err := os.ReadFile(fallbackConfig)
	if err != nil {
		t.Fatal(err)
	}
	clone := t.TempDir()
	os.MkdirAll(filepath.Join(clone, "examples"), 0o755)
	os.WriteFile(filepath.Join(clone, fallbackConfig), example, 0o644)
	t.Chdir(clone)

	a := &app{lookupEnv: func(k string) (string, bool) { v, ok := env[k]; return v, ok }, now: time.Now}
	if got, err := a.configPath(); err != nil || got != fallbackConfig {
		t.Errorf("tracker file = %q, %v; want the bundled %s", got, err, fallbackConfig)
	}
	if _, _, err := a.loadCatalog(); err != nil {
		t.Errorf("loading the tracker file: %v", err)
	}
	if _, err := a.checkDBPath(); err != nil {
		t.Errorf("database path: %v", err)
	}
	cfg, err := a.serviceEnv()
	if err != nil {
		t.Fatalf("the environment of .env.example is refused: %v", err)
	}
	want := serviceConfig{DiscordAPI: defaultDiscordAPI, FetchWorkers: defaultFetchWorkers, HostSpacing: 250 * time.Millisecond,
		NoticeAfter: defaultNoticeAfter, MaxBackoff: defaultMaxBackoff, DigestGrace: defaultDigestGrace, HTTPAddr: defaultHTTPAddr,
		LogFormat: defaultLogFormat, LogLevel: defaultLogLevel}
	cfg.ModGuilds = nil
	if got := cfg; got.Token != "" || got.DiscordAPI != want.DiscordAPI || got.FetchWorkers != want.FetchWorkers || got.HostSpacing != want.HostSpacing ||
		got.NoticeAfter != want.NoticeAfter || got.MaxBackoff != want.MaxBackoff || got.DigestGrace != want.DigestGrace ||
		got.HTTPAddr != want.HTTPAddr || got.LogFormat != want.LogFormat || got.LogLevel != want.LogLevel || got.PublicURL != "" {
		t.Errorf("service config from .env.example =\n%+v\nwant the defaults\n%+v", got, want)
	}
	if a.dbPath() != "./"+defaultDB {
		t.Errorf("database = %q, want ./%s", a.dbPath(), defaultDB)
	}
}
