package trackerfile

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// decoder walks a YAML node tree strictly: unknown and duplicate keys,
// wrong types and missing fields become Problems naming the line and the
// field path.
type decoder struct {
	checks   Checks
	problems []Problem
}

func (d *decoder) fail(n *yaml.Node, field, format string, args ...any) {
	line := 0
	if n != nil {
		line = n.Line
	}
	d.problems = append(d.problems, Problem{Line: line, Field: field, Message: fmt.Sprintf(format, args...)})
}

// mapping returns the keys of a mapping node, reporting unknown and
// duplicate keys; it returns nil (after reporting) for a non-mapping node.
func (d *decoder) mapping(n *yaml.Node, field string, known ...string) map[string]*yaml.Node {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind != yaml.MappingNode {
		d.fail(n, field, "must be a mapping of %s", strings.Join(known, ", "))
		return nil
	}
	out := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name := k.Value
		sub := join(field, name)
		switch {
		case !contains(known, name):
			d.fail(k, sub, "unknown field %q (known fields: %s)", name, strings.Join(known, ", "))
		case out[name] != nil:
			d.fail(k, sub, "field %q appears twice", name)
		default:
			out[name] = v
		}
	}
	return out
}

// sequence returns the items of a sequence node; null is an empty list.
func (d *decoder) sequence(n *yaml.Node, field string) []*yaml.Node {
	if n == nil || isNull(n) {
		return nil
	}
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind != yaml.SequenceNode {
		d.fail(n, field, "must be a list")
		return nil
	}
	return n.Content
}

func (d *decoder) scalar(n *yaml.Node, field, what string) (string, bool) {
	if n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n.Kind != yaml.ScalarNode {
		d.fail(n, field, "must be %s", what)
		return "", false
	}
	return n.Value, true
}

// str reads an optional string; it returns def when n is nil or null.
func (d *decoder) str(n *yaml.Node, field, def string) string {
	if n == nil || isNull(n) {
		return def
	}
	s, ok := d.scalar(n, field, "a string")
	if !ok {
		return def
	}
	return strings.TrimSpace(s)
}

// required reads a string that must be present and not blank.
func (d *decoder) required(m map[string]*yaml.Node, parent *yaml.Node, field, key string) (string, *yaml.Node) {
	n := m[key]
	if n == nil || isNull(n) {
		d.fail(parent, join(field, key), "is required")
		return "", parent
	}
	s := d.str(n, join(field, key), "")
	if s == "" {
		d.fail(n, join(field, key), "must not be empty")
	}
	return s, n
}

func (d *decoder) boolean(n *yaml.Node, field string, def bool) bool {
	if n == nil || isNull(n) {
		return def
	}
	s, ok := d.scalar(n, field, "true or false")
	if !ok {
		return def
	}
	switch strings.ToLower(s) {
	case "true", "yes", "on":
		return true
	case "false", "no", "off":
		return false
	}
	d.fail(n, field, "%q is not true or false", s)
	return def
}

func (d *decoder) integer(n *yaml.Node, field string) int64 {
	if n == nil || isNull(n) {
		return 0
	}
	s, ok := d.scalar(n, field, "a whole number")
	if !ok {
		return 0
	}
	v, err := strconv.ParseInt(strings.ReplaceAll(s, "_", ""), 10, 64)
	if err != nil {
		d.fail(n, field, "%q is not a whole number", s)
		return 0
	}
	if v < 0 {
		d.fail(n, field, "must not be negative")
	}
	return v
}

func (d *decoder) number(n *yaml.Node, field string) float64 {
	if n == nil || isNull(n) {
		return 0
	}
	s, ok := d.scalar(n, field, "a number")
	if !ok {
		return 0
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		d.fail(n, field, "%q is not a number", s)
		return 0
	}
	if v < 0 {
		d.fail(n, field, "must not be negative")
	}
	return v
}

func (d *decoder) duration(n *yaml.Node, field string) time.Duration {
	if n == nil || isNull(n) {
		return 0
	}
	s, ok := d.scalar(n, field, "a duration such as 72h")
	if !ok {
		return 0
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		d.fail(n, field, "%q is not a duration (use Go form such as 72h or 90m)", s)
		return 0
	}
	if v <= 0 {
		d.fail(n, field, "must be positive")
	}
	return v
}

// strings reads a list of strings; a single string is taken as a list of
// one.
func (d *decoder) strings(n *yaml.Node, field string) []string {
	if n == nil || isNull(n) {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		return []string{strings.TrimSpace(n.Value)}
	}
	var out []string
	for i, item := range d.sequence(n, field) {
		s, ok := d.scalar(item, fmt.Sprintf("%s[%d]", field, i), "a string")
		if !ok {
			continue
		}
		if s = strings.TrimSpace(s); s == "" {
			d.fail(item, fmt.Sprintf("%s[%d]", field, i), "must not be empty")
			continue
		}
		out = append(out, s)
	}
	return out
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

func join(parent, key string) string {
	if parent == "" {
		return key
	}
	return parent + "." + key
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
