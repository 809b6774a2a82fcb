package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/gapwatch/gapwatch/sources"
	"github.com/gapwatch/gapwatch/sources/extract"
	"github.com/gapwatch/gapwatch/tracker"
)

// maxExtractInput bounds what `extract` reads (the same limit as a fetch).
const maxExtractInput = 10 << 20

// cmdExtract runs the prose extractor over a text or HTML file (or standard
// input) with the tracker file's metrics and actors, and prints one JSON
// object per figure found; with --explain, also one per number not taken
// ({"dropped": true, "reason": …}) and a "why" on every figure. When it
// finds nothing it says so on standard error and exits 0.
func (a *app) cmdExtract(_ context.Context, args []string) error {
	fs := a.newFlags("extract")
	metric := fs.String("metric", "", "only figures of this metric `ID` (default: every metric of the tracker file)")
	explain := fs.Bool("explain", false, "also print every number not taken, with the reason, and why each figure was taken")
	pos, err := a.parseArgs(fs, args)
	if err != nil {
		return err
	}
	if err := wantArgs("extract", pos, 0, 1); err != nil {
		return err
	}
	c, _, err := a.loadCatalog()
	if err != nil {
		return err
	}
	var ids []string
	if *metric != "" {
		if _, ok := tracker.FindMetric(c.Metrics, *metric); !ok {
			return usagef("unknown metric %q in the tracker file", *metric)
		}
		ids = []string{*metric}
	}
	name, data, err := a.readInput(pos)
	if err != nil {
		return err
	}
	if !utf8.Valid(data) {
		return usagef("%s is not UTF-8 text; convert it first (for example: iconv -f ISO-8859-1 -t UTF-8 %s)", name, name)
	}
	text := string(data)
	if looksLikeHTML(data) {
		title, body := sources.ArticleText(data, "")
		text = strings.TrimSpace(title + "\n\n" + body)
	}
	ex := extract.New(c.Metrics, c.Actors)
	enc := json.NewEncoder(a.stdout)
	enc.SetEscapeHTML(false)
	found := 0
	if *explain {
		for _, x := range ex.Explain(text, ids) {
			var v any = x.Dropped
			if x.Figure != nil {
				v, found = x.Figure, found+1
			}
			if err := enc.Encode(v); err != nil {
				return err
			}
		}
	} else {
		for _, e := range ex.Extract(text, ids) {
			found++
			if err := enc.Encode(e); err != nil {
				return err
			}
		}
	}
	if found == 0 {
		hint := "; try --explain"
		if *explain {
			hint = ""
		}
		fmt.Fprintf(a.stderr, "gapwatch extract: no figures found in %s%s\n", name, hint)
	}
	return nil
}

// readInput reads the named file, or standard input for "-" or no name.
func (a *app) readInput(pos []string) (string, []byte, error) {
	var r io.Reader = a.stdin
	name := "standard input"
	if len(pos) == 1 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return "", nil, usagef("%v", err)
		}
		defer f.Close()
		r, name = f, pos[0]
	}
	data, err := io.ReadAll(io.LimitReader(r, maxExtractInput+1))
	if err != nil {
		return "", nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > maxExtractInput {
		return "", nil, usagef("%s is larger than %d MiB", name, maxExtractInput>>20)
	}
	return name, data, nil
}

// looksLikeHTML reports whether data starts (after white space and a BOM)
// like an HTML document or fragment.
func looksLikeHTML(data []byte) bool {
	head := bytes.ToLower(bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n"))
	if len(head) > 512 {
		head = head[:512]
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<p ", "<div", "<!--"} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}
