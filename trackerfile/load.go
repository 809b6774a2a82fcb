// Package trackerfile reads the operator's tracker file (YAML): the
// metrics, actors, sources and console subscriptions gapwatch follows. It
// is strict: unknown fields, duplicate ids, references to unknown metrics
// or actors, bad cron specs, regexps, selectors and URLs are reported with
// the file, the line and the field. The checks whose rules belong to other
// packages (cron specs, selectors) are given by the caller as Checks.
package trackerfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/gapwatch/gapwatch/tracker"
)

// Problem is one thing wrong in a tracker file.
type Problem struct {
	Line    int    // 1-based; 0 when unknown
	Field   string // path such as sources[2].figures[0].pattern
	Message string
}

// Error lists every problem found in a tracker file.
type Error struct {
	File     string
	Problems []Problem
}

// Error returns one line per problem: "FILE:LINE: FIELD: MESSAGE".
func (e *Error) Error() string {
	var b strings.Builder
	for i, p := range e.Problems {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.File)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":%d", p.Line)
		}
		b.WriteString(": ")
		if p.Field != "" {
			b.WriteString(p.Field + ": ")
		}
		b.WriteString(p.Message)
	}
	return b.String()
}

// Checks are the checks of a tracker file whose rules belong to other
// packages; the caller supplies them (package main gives the scheduler's
// and the sources' own), so that this package needs neither. A nil check
// is not made.
type Checks struct {
	// Next returns the first time after t at which a cron spec fires,
	// reading it in zone tz when it names none ("" for UTC), or an error
	// saying why the spec is not valid (scheduler.NextTime). It checks
	// sources' schedules and subscriptions' digest schedules.
	Next func(spec, tz string, t time.Time) (time.Time, error)
	// FieldRule checks a figures: rule of a source in the given format,
	// compiling its selector in that format's language (CSS for HTML,
	// gojq for JSON, a column for CSV, a regexp for text) with the code
	// that applies it when the source is read (sources.ValidateFieldRule).
	FieldRule func(format tracker.Format, rule tracker.FieldRule) error
}

// Load reads and checks the tracker file at path with every check but
// those of Checks; see Checks.Load.
func Load(path string) (tracker.Catalog, error) {
	return Checks{}.Load(path)
}

// Parse reads and checks a tracker file's contents with every check but
// those of Checks; see Checks.Parse.
func Parse(name string, data []byte) (tracker.Catalog, error) {
	return Checks{}.Parse(name, data)
}

// Load reads and checks the tracker file at path. It returns an *Error
// listing every problem, or an error from the file system.
func (c Checks) Load(path string) (tracker.Catalog, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return tracker.Catalog{}, fmt.Errorf("trackerfile: %w", err)
	}
	return c.Parse(path, data)
}

// Parse reads and checks a tracker file's contents; name is used in
// messages. It returns an *Error listing every problem found.
func (c Checks) Parse(name string, data []byte) (tracker.Catalog, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return tracker.Catalog{}, &Error{File: name, Problems: []Problem{{Message: "the file is empty: declare metrics, actors and sources"}}}
		}
		return tracker.Catalog{}, &Error{File: name, Problems: []Problem{yamlProblem(err, data)}}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return tracker.Catalog{}, &Error{File: name, Problems: []Problem{{Line: extra.Line, Message: "only one YAML document is allowed"}}}
	}
	d := &decoder{checks: c}
	cat := d.catalog(root.Content[0])
	if len(d.problems) > 0 {
		return tracker.Catalog{}, &Error{File: name, Problems: d.problems}
	}
	return cat, nil
}

// yamlProblem turns a yaml.v3 syntax error ("yaml: line 3: …") into a
// Problem with its line. The parser often names the line where the block
// around the mistake began (an indentation error under metrics: is
// reported on line 1), so the line is the first one at which the file,
// read up to and including it, stops being valid YAML: the wrong line.
func yamlProblem(err error, data []byte) Problem {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	if bad := firstBadLine(data, msg); bad > 0 {
		line = bad
	}
	if strings.Contains(msg, "tab character") {
		msg += " (indent with spaces, not tabs)"
	} else if strings.Contains(msg, "did not find expected") || strings.Contains(msg, "mapping values are not allowed") {
		msg += " (check the indentation of this line against the lines above)"
	}
	return Problem{Line: line, Message: "not valid YAML: " + msg}
}

// maxBisectLines bounds the files firstBadLine examines line by line.
const maxBisectLines = 5000

// firstBadLine returns the first line n such that lines 1..n fail to parse
// as YAML with the message msg (a prefix cut inside a multi-line value fails
// otherwise), or 0 when it cannot tell (no prefix fails so, or the file is
// too long to examine).
func firstBadLine(data []byte, msg string) int {
	lines := bytes.SplitAfter(data, []byte("\n"))
	if len(lines) > maxBisectLines {
		return 0
	}
	var prefix []byte
	for i, l := range lines {
		prefix = append(prefix, l...)
		var n yaml.Node
		if err := yaml.Unmarshal(prefix, &n); err != nil && strings.HasSuffix(err.Error(), msg) {
			return i + 1
		}
	}
	return 0
}

func (d *decoder) catalog(n *yaml.Node) tracker.Catalog {
	var c tracker.Catalog
	top := d.mapping(n, "", "metrics", "actors", "sources", "subscriptions")
	if top == nil {
		return c
	}
	c.Metrics = d.metrics(top["metrics"], n)
	c.Actors = d.actors(top["actors"])
	c.Sources = d.sources(top["sources"], c.Metrics, c.Actors)
	c.Subscriptions = d.subscriptions(top["subscriptions"], c.Metrics)
	return c
}
