package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestLexiconHoldsMoreConceptsThanAWord checks that concepts past the
// 64th keep their own bit: a term of the 100th concept names it and no
// other, and one concept past maxConcepts is an error.
func TestLexiconHoldsMoreConceptsThanAWord(t *testing.T) {
	lexiconOf := func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "concept c%d\nterms: word%d\n", i, i)
		}
		return b.String()
	}
	lex, err := parseLexicon(lexiconOf(maxConcepts))
	if err != nil {
		t.Fatalf("parseLexicon(%d concepts) = %v", maxConcepts, err)
	}
	for _, i := range []int{0, 63, 64, 99, maxConcepts - 1} {
		got := lex.categoriesIn(fmt.Sprintf("the word%d here", i))
		if want := lex.concepts[i].bit; got != want || got.count() != 1 {
			t.Errorf("categoriesIn(word%d) = %v, want %v (concept %d alone)", i, got, want, i)
		}
	}
	if got := lex.categoriesIn("word3 and word70"); got != lex.concepts[3].bit.or(lex.concepts[70].bit) {
		t.Errorf("categoriesIn(word3 and word70) = %v, want concepts 3 and 70", got)
	}
	if _, err := parseLexicon(lexiconOf(maxConcepts + 1)); err == nil || !strings.Contains(err.Error(), "more than") {
		t.Errorf("parseLexicon(%d concepts) = %v, want an error saying there are too many", maxConcepts+1, err)
	}
}

func TestCategorySetOperations(t *testing.T) {
	a, b, c := conceptBit(1), conceptBit(64), conceptBit(127)
	ab := a.or(b)
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"or count", ab.or(c).count(), 3},
		{"and", ab.and(b.or(c)), b},
		{"without", ab.without(a), b},
		{"overlaps across words", ab.overlaps(b), true},
		{"no overlap", ab.overlaps(c), false},
		{"empty", a.without(a).empty(), true},
		{"not empty", c.empty(), false},
		{"zero value", category{}.count(), 0},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}
