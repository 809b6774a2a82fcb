package extract

import (
	"testing"
	"unicode/utf8"

	"github.com/gapwatch/gapwatch/tracker"
)

// The seed corpora live in testdata/fuzz/FuzzParseNumber and
// testdata/fuzz/FuzzExtract; these add a few more.

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"56", "1,234", "1.234", "1 234", "1.5 million", "2,5 millones",
		"four hundred and fifty-six", "cuatrocientos cincuenta y seis", "a dozen", "dozens",
		"mil millones", "half a million", "3.5", "99999999999999999", "1.234,5 millones"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if err != nil && v != 0 {
			t.Fatalf("ParseNumber(%q) = %d with error %v", s, v, err)
		}
		if v < 0 || v > maxNumber {
			t.Fatalf("ParseNumber(%q) = %d out of range", s, v)
		}
	})
}

func FuzzExtract(f *testing.F) {
	for _, tt := range extractTests[:20] {
		f.Add(tt.text)
	}
	e := newTestExtractor()
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		for _, sp := range SplitSentences(text) {
			if sp.Start < 0 || sp.Start >= sp.End || sp.End > n {
				t.Fatalf("sentence span %+v outside a text of %d characters", sp, n)
			}
		}
		rs := []rune(text)
		for _, x := range e.Extract(text, nil) {
			if x.Start < 0 || x.Start > x.End || x.End > n {
				t.Fatalf("offsets [%d,%d) outside a text of %d characters", x.Start, x.End, n)
			}
			if got := string(rs[x.Start:x.End]); got != x.Quote {
				t.Fatalf("text[%d:%d] = %q, quote %q", x.Start, x.End, got, x.Quote)
			}
			f := tracker.Figure{
				MetricID: x.Metric, Value: x.Value, ValueHigh: x.ValueHigh, Qualifier: x.Qualifier,
				Stance: x.Stance, Actor: x.Actor, Status: tracker.Pending,
			}
			if err := f.Validate(); err != nil {
				t.Fatalf("extraction %+v is not a valid figure: %v", x, err)
			}
		}
	})
}
