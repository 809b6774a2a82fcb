package storage

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestConvertTo(t *testing.T) {
	when := time.Date(2026, 1, 12, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		typ     string
		in      any
		want    any
		wantErr string
	}{
		{"bigint", int64(5), int64(5), ""},
		{"bigint", nil, nil, ""},
		{"bigint", 3.0, int64(3), ""},
		{"bigint", " 12 ", int64(12), ""},
		{"bigint", []byte("7"), int64(7), ""},
		{"bigint", 2.5, nil, "real 2.5 cannot be stored in a bigint column"},
		{"bigint", "many", nil, `text "many" cannot be stored in a bigint column`},
		{"double precision", int64(2), 2.0, ""},
		{"double precision", "1.5", 1.5, ""},
		{"double precision", "x", nil, `text "x" cannot be stored`},
		{"text", "a", "a", ""},
		{"text", []byte("b"), "b", ""},
		{"text", int64(12), "12", ""},
		{"text", 0.25, "0.25", ""},
		{"text", when, "2026-01-12T10:00:00.000000000Z", ""},
		{"boolean", int64(1), true, ""},
		{"boolean", int64(0), false, ""},
		{"boolean", "true", true, ""},
		{"boolean", "yes please", nil, `text "yes please" cannot be stored in a boolean column`},
		{"timestamp with time zone", "2026-01-12T10:00:00.000000000Z", when, ""},
		{"timestamp with time zone", "", nil, ""},
		{"timestamp with time zone", "soon", nil, `text "soon" is not a time`},
		{"bytea", "ab", []byte("ab"), ""},
		{"uuid", "x", "x", ""},
	}
	for _, tt := range tests {
		got, err := convertTo(tt.typ)(tt.in)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s ← %#v: err %v, want %q", tt.typ, tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s ← %#v = %#v, %v; want %#v", tt.typ, tt.in, got, err, tt.want)
		}
	}
}

func TestFKOrder(t *testing.T) {
	schema := map[string]*copyTableSchema{
		"figures":   {refs: []string{"metrics", "sources", "figures"}},
		"evidence":  {refs: []string{"figures", "sources"}},
		"metrics":   {},
		"sources":   {},
		"a":         {refs: []string{"b"}}, // a cycle across tables
		"b":         {refs: []string{"a"}},
		"skipped":   {},
		"outbox":    {refs: []string{"outbox", "figures", "gone"}},
		"zz_target": nil,
	}
	got := fkOrder([]string{"outbox", "evidence", "figures", "sources", "metrics", "a", "b", "zz_target"}, schema)
	want := []string{"metrics", "sources", "zz_target", "figures", "outbox", "evidence", "a", "b"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fkOrder = %v, want %v", got, want)
	}
}
