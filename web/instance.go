package web

import (
	"context"
	"strconv"

	"github.com/prometheus/client_golang/prometheus"
)

// Instance is what one instance of the service says about itself on
// /healthz and /metrics: which process it is, the gateway shards it runs
// and the work it holds leases on (several instances on PostgreSQL).
type Instance struct {
	// ID names the process: the lease holder on PostgreSQL, host and
	// process id on SQLite (one instance).
	ID      string
	Dialect string // "sqlite" or "postgres"
	// ShardCount is the bot's number of gateway shards (1: unsharded);
	// Shards are those this instance runs (none in console mode).
	ShardCount int
	Shards     []Shard
	// LeasedSources are the ids of the sources this instance is polling
	// under a lease; LeasedOutbox counts the outbox messages it is
	// sending under one. Both empty on SQLite.
	LeasedSources []string
	LeasedOutbox  int
}

// Shard is one gateway shard an instance runs.
type Shard struct {
	ID        int
	Connected bool
}

// instanceJSON is the "instance" object of /healthz.
type instanceJSON struct {
	ID         string      `json:"id"`
	Dialect    string      `json:"dialect"`
	ShardCount int         `json:"shard_count"`
	Shards     []shardJSON `json:"shards"`
	Leases     leasesJSON  `json:"leases"`
}

type shardJSON struct {
	ID        int  `json:"id"`
	Connected bool `json:"connected"`
}

type leasesJSON struct {
	Sources   int      `json:"sources"`
	Outbox    int      `json:"outbox"`
	SourceIDs []string `json:"source_ids"`
}

// maxLeaseIDs bounds the source ids listed in /healthz (the counts stay
// exact).
const maxLeaseIDs = 100

func newInstanceJSON(in Instance) *instanceJSON {
	doc := &instanceJSON{ID: in.ID, Dialect: in.Dialect, ShardCount: max(in.ShardCount, 1), Shards: []shardJSON{},
		Leases: leasesJSON{Sources: len(in.LeasedSources), Outbox: in.LeasedOutbox, SourceIDs: []string{}}}
	for _, sh := range in.Shards {
		doc.Shards = append(doc.Shards, shardJSON(sh))
	}
	doc.Leases.SourceIDs = append(doc.Leases.SourceIDs, in.LeasedSources[:min(len(in.LeasedSources), maxLeaseIDs)]...)
	return doc
}

// ReportInstance makes m report, at every scrape, what fn says about this
// instance: gapwatch_instance_info, gapwatch_leases_held by kind,
// gapwatch_shard_info and gapwatch_shard_connected per shard. A failing fn
// is logged and leaves the leases out for that scrape. It returns m.
func (m *Metrics) ReportInstance(fn func(ctx context.Context) (Instance, error)) *Metrics {
	if m == nil || fn == nil {
		return m
	}
	m.registry.MustRegister(&instanceCollector{
		fn: fn, m: m,
		info: prometheus.NewDesc("gapwatch_instance_info", "1, labelled with this instance's id and its database's dialect.",
			[]string{"instance", "dialect"}, nil),
		leases: prometheus.NewDesc("gapwatch_leases_held", "Leases this instance holds now, by kind (source: a poll; outbox: a message being sent).",
			[]string{"kind"}, nil),
		shardInfo: prometheus.NewDesc("gapwatch_shard_info", "1 for each gateway shard this instance runs, labelled with the bot's shard count.",
			[]string{"shard", "shard_count"}, nil),
		shardConnected: prometheus.NewDesc("gapwatch_shard_connected", "Whether the gateway connection of a shard this instance runs is up (1) or not (0).",
			[]string{"shard"}, nil),
	})
	return m
}

// instanceCollector reads Instance at scrape time.
type instanceCollector struct {
	fn                                      func(ctx context.Context) (Instance, error)
	m                                       *Metrics
	info, leases, shardInfo, shardConnected *prometheus.Desc
}

func (c *instanceCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.info, c.leases, c.shardInfo, c.shardConnected} {
		ch <- d
	}
}

func (c *instanceCollector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), scrapeTimeout)
	defer cancel()
	in, err := c.fn(ctx)
	if in.ID != "" {
		ch <- prometheus.MustNewConstMetric(c.info, prometheus.GaugeValue, 1, in.ID, in.Dialect)
	}
	if err != nil {
		c.m.log.Warn("web: metrics scrape: instance", "err", err)
	} else {
		ch <- prometheus.MustNewConstMetric(c.leases, prometheus.GaugeValue, float64(len(in.LeasedSources)), "source")
		ch <- prometheus.MustNewConstMetric(c.leases, prometheus.GaugeValue, float64(in.LeasedOutbox), "outbox")
	}
	count := strconv.Itoa(max(in.ShardCount, 1))
	for _, sh := range in.Shards {
		id := strconv.Itoa(sh.ID)
		ch <- prometheus.MustNewConstMetric(c.shardInfo, prometheus.GaugeValue, 1, id, count)
		connected := 0.0
		if sh.Connected {
			connected = 1
		}
		ch <- prometheus.MustNewConstMetric(c.shardConnected, prometheus.GaugeValue, connected, id)
	}
}
