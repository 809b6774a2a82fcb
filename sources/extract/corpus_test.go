package extract

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// goldFigure is one expected figure of a testdata article: what precision
// and recall are measured on.
type goldFigure struct {
	metric string
	value  int64
	actor  string
}

func (g goldFigure) String() string { return fmt.Sprintf("%s=%d by %s", g.metric, g.value, g.actor) }

// readGold reads a .want file: one figure a line, tab-separated metric,
// value, value_high, qualifier, actor.
func readGold(t *testing.T, path string) []goldFigure {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldFigure
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != 5 {
			t.Fatalf("%s:%d: want 5 tab-separated fields, got %d", path, line, len(fields))
		}
		v, err := strconv.ParseInt(fields[1], 10, 64)
		if err != nil {
			t.Fatalf("%s:%d: value: %v", path, line, err)
		}
		out = append(out, goldFigure{fields[0], v, fields[4]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestCorpusPrecisionRecall runs the extractor over the multi-paragraph
// articles in testdata/articles and measures precision and recall on
// (value, metric, actor) against the hand-written .want files, counting
// repeated figures as many times as they are stated.
func TestCorpusPrecisionRecall(t *testing.T) {
	const minPrecision, minRecall = 0.9, 0.8
	paths, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no articles: %v", err)
	}
	e := newTestExtractor()
	var truePos, falsePos, falseNeg int
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		gold := readGold(t, strings.TrimSuffix(p, ".txt")+".want")
		remaining := map[goldFigure]int{}
		for _, g := range gold {
			remaining[g]++
		}
		for _, x := range e.Extract(text, nil) {
			checkEvidence(t, text, x)
			g := goldFigure{x.Metric, x.Value, x.Actor}
			if remaining[g] > 0 {
				remaining[g]--
				truePos++
				continue
			}
			falsePos++
			t.Logf("%s: unexpected %v in %q", filepath.Base(p), g, x.Quote)
		}
		for g, n := range remaining {
			for range n {
				falseNeg++
				t.Logf("%s: missed %v", filepath.Base(p), g)
			}
		}
	}
	precision := float64(truePos) / float64(max(1, truePos+falsePos))
	recall := float64(truePos) / float64(max(1, truePos+falseNeg))
	t.Logf("corpus: %d articles, precision %.3f (%d/%d), recall %.3f (%d/%d)",
		len(paths), precision, truePos, truePos+falsePos, recall, truePos, truePos+falseNeg)
	if precision < minPrecision || recall < minRecall {
		t.Errorf("precision %.3f, recall %.3f: want at least %.2f and %.2f", precision, recall, minPrecision, minRecall)
	}
}
