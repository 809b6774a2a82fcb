package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchmarkText returns about 50 KB of article text: the testdata articles
// and the table's sentences, repeated.
func benchmarkText(b *testing.B) string {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	var parts []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	for _, tt := range extractTests {
		parts = append(parts, tt.text)
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 50_000; i++ {
		sb.WriteString(parts[i%len(parts)])
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkExtractClaims measures prose extraction throughput in MB/s of
// article text.
func BenchmarkExtractClaims(b *testing.B) {
	text := benchmarkText(b)
	e := newTestExtractor()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if len(e.Extract(text, nil)) == 0 {
			b.Fatal("no extractions")
		}
	}
}

func BenchmarkParseNumber(b *testing.B) {
	inputs := []string{"56", "1,234", "1.5 million", "cuatrocientos cincuenta y seis", "four hundred and fifty-six"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			if _, err := ParseNumber(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkSplitSentences(b *testing.B) {
	text := benchmarkText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		SplitSentences(text)
	}
}
