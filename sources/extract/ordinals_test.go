package extract

import "testing"

func TestOrdinalValue(t *testing.T) {
	for _, tc := range []struct {
		text string
		want int64
	}{
		{"fourth", 4}, {"séptimo", 7}, {"tercer", 3}, {"67th", 67}, {"20º", 20}, {"2nd", 2},
		{"first", 0}, {"1st", 0}, {"5a", 0}, {"fourteen", 0}, {"3rd-party", 0},
	} {
		rs := []rune(tc.text)
		s := &sentence{toks: tokenize(rs, newFoldedText(rs))}
		if got := s.ordinalValue(0); got != tc.want {
			t.Errorf("ordinalValue(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}
