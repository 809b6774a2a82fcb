package trackerfile

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/gapwatch/gapwatch/tracker"
)

func (d *decoder) metrics(n, root *yaml.Node) []tracker.Metric {
	items := d.sequence(n, "metrics")
	if len(items) == 0 {
		at := root
		if n != nil {
			at = n
		}
		d.fail(at, "metrics", "declare at least one metric")
		return nil
	}
	var out []tracker.Metric
	seen := map[string]int{}
	for i, item := range items {
		field := fmt.Sprintf("metrics[%d]", i)
		m := d.mapping(item, field, "id", "name", "unit", "cumulative", "keywords", "gap", "stale_after")
		if m == nil {
			continue
		}
		var met tracker.Metric
		var idNode *yaml.Node
		met.ID, idNode = d.required(m, item, field, "id")
		if met.ID != "" && !tracker.ValidSlug(met.ID) {
			d.fail(idNode, field+".id", "%q must be lower-case letters, digits and single hyphens ([a-z0-9-]+)", met.ID)
		}
		if line, dup := seen[met.ID]; dup && met.ID != "" {
			d.fail(idNode, field+".id", "duplicate metric id %q (first declared on line %d)", met.ID, line)
		}
		seen[met.ID] = idNode.Line
		met.Name, _ = d.required(m, item, field, "name")
		met.Unit = d.str(m["unit"], field+".unit", tracker.DefaultUnit)
		met.Cumulative = d.boolean(m["cumulative"], field+".cumulative", false)
		met.Keywords = d.strings(m["keywords"], field+".keywords")
		if len(met.Keywords) == 0 {
			d.fail(item, field+".keywords", "give at least one keyword so prose about this metric can be recognised")
		}
		if g := m["gap"]; g != nil && !isNull(g) {
			gm := d.mapping(g, field+".gap", "min_abs", "min_ratio", "direction")
			if gm != nil {
				met.Gap.MinAbs = d.integer(gm["min_abs"], field+".gap.min_abs")
				met.Gap.MinRatio = d.number(gm["min_ratio"], field+".gap.min_ratio")
				dir, err := tracker.ParseGapDirection(d.str(gm["direction"], field+".gap.direction", ""))
				if err != nil {
					d.fail(gm["direction"], field+".gap.direction", "%q is not a gap direction: use over (flag claims above the confirmed figure), under (below it) or both", d.str(gm["direction"], "", ""))
				}
				met.Gap.Direction = dir
			}
		}
		met.StaleAfter = d.duration(m["stale_after"], field+".stale_after")
		out = append(out, met.WithDefaults())
	}
	return out
}

func (d *decoder) actors(n *yaml.Node) []tracker.Actor {
	var out []tracker.Actor
	owner := map[string]string{} // folded name or alias → actor name
	for i, item := range d.sequence(n, "actors") {
		field := fmt.Sprintf("actors[%d]", i)
		m := d.mapping(item, field, "name", "role", "aliases")
		if m == nil {
			continue
		}
		var a tracker.Actor
		var nameNode *yaml.Node
		a.Name, nameNode = d.required(m, item, field, "name")
		roleText, roleNode := d.required(m, item, field, "role")
		if roleText != "" {
			r, err := tracker.ParseRole(roleText)
			if err != nil {
				d.fail(roleNode, field+".role", "%s", tracker.ErrorMessage(err))
			}
			a.Role = r
		}
		a.Aliases = d.strings(m["aliases"], field+".aliases")
		for j, name := range a.Names() {
			key := tracker.FoldName(name)
			if key == "" {
				continue
			}
			if other, taken := owner[key]; taken && other != a.Name {
				at, f := nameNode, field+".name"
				if j > 0 {
					at, f = m["aliases"], field+".aliases"
				}
				d.fail(at, f, "%q also names actor %q: each name and alias must point to one actor", name, other)
			} else if taken && j == 0 {
				d.fail(nameNode, field+".name", "duplicate actor %q", a.Name)
			}
			owner[key] = a.Name
		}
		out = append(out, a)
	}
	return out
}

func (d *decoder) sources(n *yaml.Node, metrics []tracker.Metric, actors []tracker.Actor) []tracker.Source {
	var out []tracker.Source
	seen := map[string]int{}
	for i, item := range d.sequence(n, "sources") {
		field := fmt.Sprintf("sources[%d]", i)
		m := d.mapping(item, field, "id", "url", "format", "schedule", "review", "allow_private", "figures", "claims")
		if m == nil {
			continue
		}
		var src tracker.Source
		var idNode *yaml.Node
		src.ID, idNode = d.required(m, item, field, "id")
		if src.ID != "" && !tracker.ValidSlug(src.ID) {
			d.fail(idNode, field+".id", "%q must be lower-case letters, digits and single hyphens ([a-z0-9-]+)", src.ID)
		}
		if line, dup := seen[src.ID]; dup && src.ID != "" {
			d.fail(idNode, field+".id", "duplicate source id %q (first declared on line %d)", src.ID, line)
		}
		seen[src.ID] = idNode.Line
		var urlNode *yaml.Node
		src.URL, urlNode = d.required(m, item, field, "url")
		if src.URL != "" && tracker.WebLink(src.URL) == "" {
			d.fail(urlNode, field+".url", "%q is not an absolute http or https URL", tracker.RedactText(src.URL))
		}
		if f := m["format"]; f != nil {
			format, err := tracker.ParseFormat(d.str(f, field+".format", ""))
			if err != nil {
				d.fail(f, field+".format", "%s", tracker.ErrorMessage(err))
			}
			src.Format = format
		}
		src.Schedule = d.str(m["schedule"], field+".schedule", tracker.DefaultSchedule)
		if err := d.checkSpec(src.Schedule); err != nil {
			d.fail(nodeOr(m["schedule"], item), field+".schedule", "%q is not a valid cron spec: %v", src.Schedule, specReason(err))
		}
		review, err := tracker.ParseReview(d.str(m["review"], field+".review", ""))
		if err != nil {
			d.fail(m["review"], field+".review", "%s", tracker.ErrorMessage(err))
		}
		src.Review = review
		src.AllowPrivate = d.boolean(m["allow_private"], field+".allow_private", false)
		src.Figures = d.fieldRules(m["figures"], field+".figures", src.Format, metrics, actors)
		for j, id := range d.strings(m["claims"], field+".claims") {
			if _, ok := tracker.FindMetric(metrics, id); !ok {
				d.fail(m["claims"], fmt.Sprintf("%s.claims[%d]", field, j), "unknown metric %q (declare it under metrics:)", id)
			}
			src.Claims = append(src.Claims, id)
		}
		if len(src.Figures) == 0 && len(src.Claims) == 0 && m["figures"] == nil && m["claims"] == nil {
			d.fail(item, field, "source %q reads nothing: give it figures: (structured fields) or claims: (metrics to find in prose)", src.ID)
		}
		src.Enabled = true
		out = append(out, src)
	}
	return out
}

var valueGroup = "value"

func (d *decoder) fieldRules(n *yaml.Node, field string, format tracker.Format, metrics []tracker.Metric, actors []tracker.Actor) []tracker.FieldRule {
	var out []tracker.FieldRule
	for i, item := range d.sequence(n, field) {
		f := fmt.Sprintf("%s[%d]", field, i)
		m := d.mapping(item, f, "metric", "actor", "stance", "select", "pattern")
		if m == nil {
			continue
		}
		var r tracker.FieldRule
		var node *yaml.Node
		r.Metric, node = d.required(m, item, f, "metric")
		if r.Metric != "" {
			if _, ok := tracker.FindMetric(metrics, r.Metric); !ok {
				d.fail(node, f+".metric", "unknown metric %q (declare it under metrics:)", r.Metric)
			}
		}
		r.Actor, node = d.required(m, item, f, "actor")
		var actor tracker.Actor
		if r.Actor != "" {
			a, ok := tracker.FindActor(actors, r.Actor)
			if !ok {
				d.fail(node, f+".actor", "unknown actor %q (declare it under actors:)", r.Actor)
			}
			actor = a
			r.Actor = a.Name
		}
		if s := m["stance"]; s != nil {
			st, err := tracker.ParseStance(d.str(s, f+".stance", ""))
			if err != nil {
				d.fail(s, f+".stance", "%s", tracker.ErrorMessage(err))
			}
			r.Stance = st
		} else if actor.Name != "" {
			r.Stance = actor.DefaultStance()
		}
		r.Select, node = d.required(m, item, f, "select")
		if r.Select != "" {
			if err := d.checkSelect(format, r.Select); err != nil {
				d.fail(node, f+".select", "%v", err)
			}
		}
		if p := m["pattern"]; p != nil {
			r.Pattern = d.str(p, f+".pattern", "")
			re, err := regexp.Compile(r.Pattern)
			switch {
			case err != nil:
				d.fail(p, f+".pattern", "not a valid regular expression: %v", err)
			case re.SubexpIndex(valueGroup) < 0:
				d.fail(p, f+".pattern", "must have a named group (?P<value>…) around the number")
			}
		}
		out = append(out, r)
	}
	return out
}

// checkSelect checks a rule's selector in the language of the source's
// format with Checks.FieldRule, if given.
func (d *decoder) checkSelect(format tracker.Format, sel string) error {
	if d.checks.FieldRule == nil {
		return nil
	}
	if err := d.checks.FieldRule(format, tracker.FieldRule{Select: sel}); err != nil {
		return errors.New(strings.TrimPrefix(err.Error(), "sources: figures: "))
	}
	return nil
}

// checkSpec checks a cron spec with Checks.Next, if given.
func (d *decoder) checkSpec(spec string) error {
	if d.checks.Next == nil {
		return nil
	}
	_, err := d.checks.Next(spec, "", time.Now())
	return err
}

func (d *decoder) subscriptions(n *yaml.Node, metrics []tracker.Metric) []tracker.Subscription {
	var out []tracker.Subscription
	seen := map[string]bool{}
	for i, item := range d.sequence(n, "subscriptions") {
		field := fmt.Sprintf("subscriptions[%d]", i)
		m := d.mapping(item, field, "channel", "metrics", "alerts", "digest", "tz", "moderators")
		if m == nil {
			continue
		}
		channel, chNode := d.required(m, item, field, "channel")
		if channel != "" && channel != tracker.ConsoleChannel && !isSnowflake(channel) {
			d.fail(chNode, field+".channel", "%q is neither \"console\" nor a Discord channel id", channel)
		}
		ids := d.strings(m["metrics"], field+".metrics")
		for j, id := range ids {
			if _, ok := tracker.FindMetric(metrics, id); !ok && id != tracker.AllMetrics {
				d.fail(m["metrics"], fmt.Sprintf("%s.metrics[%d]", field, j), "unknown metric %q (declare it under metrics:)", id)
			}
		}
		if len(ids) == 0 {
			ids = []string{tracker.AllMetrics}
		}
		digest := d.str(m["digest"], field+".digest", "")
		tz := d.str(m["tz"], field+".tz", "")
		tzOK := true
		if tz != "" {
			if _, err := time.LoadLocation(tz); err != nil || strings.EqualFold(tz, "local") {
				d.fail(m["tz"], field+".tz", "%q is not an IANA time zone such as America/Caracas", tz)
				tzOK = false
			}
		}
		if digest != "" && tzOK {
			spec := digest
			if tz != "" && !strings.HasPrefix(spec, "CRON_TZ=") && !strings.HasPrefix(spec, "TZ=") {
				spec = "CRON_TZ=" + tz + " " + spec
			}
			if err := d.checkSpec(spec); err != nil {
				d.fail(m["digest"], field+".digest", "%q is not a valid cron spec: %v", digest, specReason(err))
			} else if gap, err := d.minGap(spec); err == nil && gap < tracker.MinDigestInterval {
				d.fail(m["digest"], field+".digest", "%q fires %s apart: digests need at least %s between them", digest, gap, tracker.MinDigestInterval)
			}
		}
		alerts := d.boolean(m["alerts"], field+".alerts", true)
		mods := d.boolean(m["moderators"], field+".moderators", false)
		for _, id := range ids {
			key := channel + "|" + id
			if seen[key] {
				d.fail(item, field, "channel %s already subscribes to %s", channel, id)
				continue
			}
			seen[key] = true
			out = append(out, tracker.Subscription{
				ChannelID: channel, MetricID: id, Alerts: alerts, DigestSchedule: digest, DigestTZ: tz, Moderators: mods, FromFile: true,
			})
		}
	}
	return out
}

func isSnowflake(s string) bool {
	if len(s) < 5 || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func nodeOr(n, def *yaml.Node) *yaml.Node {
	if n != nil {
		return n
	}
	return def
}

// minGap is the shortest time between two firings of a valid cron spec
// (see tracker.ScheduleMinGap), or an error when Checks.Next is not given.
func (d *decoder) minGap(spec string) (time.Duration, error) {
	if d.checks.Next == nil {
		return 0, errors.New("trackerfile: no schedule check")
	}
	return tracker.ScheduleMinGap(func(t time.Time) (time.Time, error) { return d.checks.Next(spec, "", t) }, time.Now())
}

// specReason strips the scheduler's own prefix from a spec error, leaving
// the reason.
func specReason(err error) string {
	msg := err.Error()
	if i := strings.LastIndex(msg, "\": "); i >= 0 {
		return msg[i+3:]
	}
	return msg
}
