package web

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"strings"
	"testing"
)

func testInstance(context.Context) (Instance, error) {
	return Instance{ID: "host-42-beef", Dialect: "postgres", ShardCount: 4,
		Shards:        []Shard{{ID: 1, Connected: true}, {ID: 3, Connected: false}},
		LeasedSources: []string{"ovcs", "foro-penal"}, LeasedOutbox: 3}, nil
}

// TestHealthzInstance: /healthz says which instance answers, its shards and
// the leases it holds; without an Instance function the object is absent;
// a failing one still gives the id and no error to the client.
func TestHealthzInstance(t *testing.T) {
	type doc struct {
		Status   string        `json:"status"`
		Instance *instanceJSON `json:"instance"`
	}
	for _, tc := range []struct {
		name string
		fn   func(context.Context) (Instance, error)
		want *instanceJSON
	}{
		{"postgres instance", testInstance, &instanceJSON{ID: "host-42-beef", Dialect: "postgres", ShardCount: 4,
			Shards: []shardJSON{{1, true}, {3, false}}, Leases: leasesJSON{Sources: 2, Outbox: 3, SourceIDs: []string{"ovcs", "foro-penal"}}}},
		{"sqlite, console", func(context.Context) (Instance, error) { return Instance{ID: "host-7", Dialect: "sqlite"}, nil },
			&instanceJSON{ID: "host-7", Dialect: "sqlite", ShardCount: 1, Shards: []shardJSON{}, Leases: leasesJSON{SourceIDs: []string{}}}},
		{"leases unknown", func(context.Context) (Instance, error) {
			return Instance{ID: "host-9", Dialect: "postgres"}, errors.New("storage: held leases: connection refused")
		}, &instanceJSON{ID: "host-9", Dialect: "postgres", ShardCount: 1, Shards: []shardJSON{}, Leases: leasesJSON{SourceIDs: []string{}}}},
		{"not said", nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newTestHandler(seedStore(t, false), Options{Instance: tc.fn})
			res, body := get(t, h, http.MethodGet, "/healthz")
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", res.StatusCode, body)
			}
			if strings.Contains(body, "connection refused") {
				t.Errorf("/healthz shows the store's error: %s", body)
			}
			var got doc
			if err := json.Unmarshal([]byte(body), &got); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got.Instance, tc.want) {
				t.Errorf("instance = %+v, want %+v", got.Instance, tc.want)
			}
		})
	}
}

// TestMetricsInstance: /metrics carries the instance id, its leases by
// kind, its shards and the outbox depth.
func TestMetricsInstance(t *testing.T) {
	s := seedStore(t, false)
	m := NewMetrics(s.store).ReportInstance(testInstance)
	h := newTestHandler(s, Options{Metrics: m})
	_, body := get(t, h, http.MethodGet, "/metrics")
	mustContain(t, "/metrics", body,
		`gapwatch_instance_info{dialect="postgres",instance="host-42-beef"} 1`,
		`gapwatch_leases_held{kind="source"} 2`,
		`gapwatch_leases_held{kind="outbox"} 3`,
		`gapwatch_shard_info{shard="1",shard_count="4"} 1`,
		`gapwatch_shard_info{shard="3",shard_count="4"} 1`,
		`gapwatch_shard_connected{shard="1"} 1`,
		`gapwatch_shard_connected{shard="3"} 0`,
		`gapwatch_outbox_depth 0`,
	)
}
