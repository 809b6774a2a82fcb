package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
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

// The concepts past the 64th: nationality stripped, people in need of
// aid, asylum granted and schools reopened, each named in words its
// tracker's keywords do not hold.
func TestExtractConceptsPastTheSixtyFourth(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Nicaraguan government", "Gobierno de Nicaragua", "Interior Ministry", "Ministerio del Interior", "Education Secretariat", "SEP"}},
		{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UNICEF", "OCHA", "CEAR"}},
	}
	stripped := tracker.Metric{ID: "stripped", Unit: "people", Keywords: []string{"stripped of citizenship", "desnacionalizados"}}
	need := tracker.Metric{ID: "in-need", Unit: "people", Keywords: []string{"people in need", "necesitan ayuda"}}
	granted := tracker.Metric{ID: "granted", Unit: "people", Keywords: []string{"asylum granted", "asilo concedido"}}
	reopened := tracker.Metric{ID: "reopened", Unit: "schools", Keywords: []string{"schools reopened", "escuelas reabiertas"}}
	checkWordings(t, actors, []wordingCase{
		{stripped, "The Nicaraguan government on Tuesday took away the nationality of 135 former prisoners.", "stripped=135"},
		{stripped, "El Gobierno de Nicaragua había retirado la nacionalidad a otros 94 críticos.", "stripped=94"},
		{stripped, "The Nicaraguan government revoked the citizenship of 94 opponents on Wednesday.", "stripped=94"},
		{need, "Some 6.3 million people are in urgent need of assistance, UNICEF said.", "in-need=6300000"},
		{need, "La OCHA estimó en 5,2 millones las personas con necesidades humanitarias urgentes.", "in-need=5200000"},
		{granted, "De acuerdo con el Ministerio del Interior, 8.140 personas obtuvieron asilo el año pasado.", "granted=8140"},
		{granted, "Only 4,210 people were granted protection last year, CEAR said.", "granted=4210"},
		{reopened, "La SEP informó que 10.200 escuelas volvieron a abrir sus puertas el lunes.", "reopened=10200"},
	})
}

// Appointments rescheduled are cancelled; people
// who "viven fuera de su país" or are "living abroad" have emigrated.
func TestExtractCancelledAndEmigratedWordings(t *testing.T) {
	actors := []tracker.Actor{{Name: "NHS", Role: tracker.Claimant, Aliases: []string{"NHS England", "Consejería de Sanidad", "IOM", "OIM"}}}
	metrics := []tracker.Metric{
		{ID: "cancelled", Unit: "appointments", Keywords: []string{"cancelled appointments", "citas canceladas"}},
		{ID: "attended", Unit: "appointments", Keywords: []string{"attended appointments", "citas atendidas"}},
		{ID: "emigrants", Unit: "people", Keywords: []string{"emigrants", "emigrados"}},
		{ID: "returned", Unit: "people", Keywords: []string{"returned", "retornados"}},
	}
	checkFiguresBy(t, New(metrics, actors), []figureCase{
		{"NHS England said 54,095 appointments were rescheduled during the walkout.", "[cancelled=54095 by NHS]"},
		{"Al menos 800.000 nicaragüenses viven fuera de su país, advirtió la OIM.", "[emigrants=800000 by NHS]"},
		{"The IOM said an estimated 2.3 million Venezuelans were now living abroad.", "[emigrants=2300000 by NHS]"},
	})
}

// Escapes and surrenders in other words than the tracker's keywords.
func TestExtractEscapeAndSurrenderWordings(t *testing.T) {
	actors := []tracker.Actor{{Name: "Prisons", Role: tracker.Claimant, Aliases: []string{"Correctional Service", "police", "policía"}}}
	metrics := []tracker.Metric{
		{ID: "escaped", Unit: "people", Keywords: []string{"escaped", "fugados"}},
		{ID: "surrendered", Unit: "people", Keywords: []string{"surrendered", "se entregaron"}},
	}
	checkFiguresBy(t, New(metrics, actors), []figureCase{
		{"Floodwaters tore through the jail, and 281 prisoners got away, according to the Correctional Service.", "[escaped=281 by Prisons]"},
		{"Según la policía, 40 reos se dieron a la fuga durante el motín.", "[escaped=40 by Prisons]"},
		{"The police said 1,200 drug suspects had turned themselves in.", "[surrendered=1200 by Prisons]"},
		{"Según la policía, 300 combatientes depusieron las armas.", "[surrendered=300 by Prisons]"},
		// (what was handed over is no surrender)
		{"Según la policía, se entregaron 300 armas y 40 reos se dieron a la fuga.", "[escaped=40 by Prisons]"},
	})
}
