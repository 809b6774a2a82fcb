// Package trackerfile reads the operator's tracker file (YAML): the
// metrics, actors, sources and console subscriptions gapwatch follows. It
// is strict: unknown fields, duplicate ids, references to unknown metrics
// or actors, bad cron specs, regexps, selectors and URLs are reported with
// the file, the line and the field.
package trackerfile

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

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

// Load reads and checks the tracker file at path. It returns an *Error
// listing every problem, or an error from the file system.
func Load(path string) (tracker.Catalog, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return tracker.Catalog{}, fmt.Errorf("trackerfile: %w", err)
	}
	return Parse(path, data)
}

// Parse reads and checks a tracker file's contents; name is used in
// messages. It returns an *Error listing every problem found.
func Parse(name string, data []byte) (tracker.Catalog, error) {
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
	d := &decoder{}
	c := d.catalog(root.Content[0])
	if len(d.problems) > 0 {
		return tracker.Catalog{}, &Error{File: name, Problems: d.problems}
	}
	return c, nil
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
