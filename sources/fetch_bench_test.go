package sources

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkFetchNotModified measures one conditional GET answered 304 on
// a kept-alive loopback connection: the unit cost of polling an unchanged
// source.
func BenchmarkFetchNotModified(b *testing.B) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		_, _ = w.Write([]byte("body"))
	}))
	defer srv.Close()
	f := NewFetcher(FetchOptions{HostSpacing: NoHostSpacing})
	defer f.CloseIdleConnections()
	req := Request{SourceID: "bench", URL: srv.URL + "/feed.xml", ETag: `"v1"`, AllowPrivate: true}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		resp, err := f.Fetch(ctx, req)
		if err != nil || !resp.NotModified {
			b.Fatalf("Fetch = %+v, %v; want a 304", resp, err)
		}
	}
}
