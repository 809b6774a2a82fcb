package extract_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/sources/extract"
	"github.com/gapwatch/gapwatch/tracker"
	"github.com/gapwatch/gapwatch/trackerfile"
)

// The probe sentences of one-keyword trackers (testdata/probes, see its
// README): a regression check of what a plain tracker finds. Run
//
//	go test ./sources/extract/ -run TestProbeScores -v
//
// for the share of figures found and of empty lines left empty per set and
// language; add -probes.misses to list every line that failed.
var showProbeMisses = flag.Bool("probes.misses", false, "list the probe lines the extractor got wrong")

// probeLine is one line of a probes.tsv file.
type probeLine struct {
	where string // file:line
	value int64  // 0 with actor "" for a line where nothing must be taken
	actor string
	lang  string
	text  string
}

// probeScore counts one set's results.
type probeScore struct {
	found, figures, clean, empty int
}

func (s probeScore) String() string {
	return fmt.Sprintf("figures found %.3f (%d/%d)  empty lines left empty %.3f (%d/%d)",
		ratio(s.found, s.figures), s.found, s.figures, ratio(s.clean, s.empty), s.clean, s.empty)
}

// probeFloors are the shares below which the probe test fails.
var probeFloors = struct{ found, clean float64 }{0.78, 0.84}

// loadProbes reads a kind's tracker file and probe lines; it fails the
// test on a malformed line, naming the file and line. Lines whose only
// source is a news agency (a reporter) are left out: the design has a
// reporter relay others' figures.
func loadProbes(t *testing.T, dir string) (tracker.Catalog, []probeLine) {
	t.Helper()
	cat, err := trackerfile.Load(filepath.Join(dir, "tracker.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	reporters := map[string]bool{}
	for _, a := range cat.Actors {
		if a.Role == tracker.Reporter {
			reporters[a.Name] = true
		}
	}
	path := filepath.Join(dir, "probes.tsv")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []probeLine
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		where := fmt.Sprintf("%s:%d", path, n)
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 4 {
			t.Fatalf("%s: want 4 tab-separated fields, got %d", where, len(fields))
		}
		l := probeLine{where: where, lang: fields[2], text: fields[3]}
		if fields[0] != "-" {
			v, err := strconv.ParseInt(fields[0], 10, 64)
			if err != nil {
				t.Fatalf("%s: value %q is not an integer", where, fields[0])
			}
			l.value, l.actor = v, fields[1]
			if reporters[l.actor] {
				continue
			}
		}
		lines = append(lines, l)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cat, lines
}

// TestProbeScores prints, per probe set and language, the share of figures
// found with the right value, metric and actor and the share of empty
// lines left empty, and fails when all sets together fall below the floors.
func TestProbeScores(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("testdata", "probes", "*", "*", "tracker.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Skip("no probe sets")
	}
	scores := map[string]probeScore{}
	for _, path := range dirs {
		dir := filepath.Dir(path)
		set := filepath.Base(filepath.Dir(dir))
		cat, lines := loadProbes(t, dir)
		ex := extract.New(cat.Metrics, cat.Actors)
		for _, l := range lines {
			got := ex.Extract(l.text, nil)
			ok := len(got) == 0
			if l.actor != "" {
				ok = false
				for _, x := range got {
					ok = ok || x.Value == l.value && x.Actor == l.actor && x.Metric == cat.Metrics[0].ID
				}
			}
			for _, key := range []string{"all", set + " all", set + " " + l.lang} {
				s := scores[key]
				if l.actor == "" {
					s.empty++
					if ok {
						s.clean++
					}
				} else {
					s.figures++
					if ok {
						s.found++
					}
				}
				scores[key] = s
			}
			if !ok && *showProbeMisses {
				t.Logf("%s: want %d by %q, got %v in %q", l.where, l.value, l.actor, got, l.text)
			}
		}
	}
	for _, key := range sortedKeys(scores) {
		t.Logf("%-10s %v", key, scores[key])
	}
	if all := scores["all"]; ratio(all.found, all.figures) < probeFloors.found || ratio(all.clean, all.empty) < probeFloors.clean {
		t.Errorf("probes: %v; want at least %.2f and %.2f", all, probeFloors.found, probeFloors.clean)
	}
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]probeScore) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
