package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func testExtractor() *Extractor {
	return New([]tracker.Metric{{
		ID: "ve-prisoners-released", Name: "Political prisoners released", Cumulative: true,
		Keywords: []string{"political prisoners", "released", "freed", "presos políticos", "excarcelaciones", "excarcelados"},
	}}, []tracker.Actor{
		{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal", "Penal Forum"}},
		{Name: "Government of Venezuela", Role: tracker.Claimant, Aliases: []string{"government", "gobierno", "Jorge Rodríguez", "interim authorities"}},
		{Name: "Reuters", Role: tracker.Reporter, Aliases: []string{"Reuters"}},
	})
}

func TestScratch(t *testing.T) {
	data, err := os.ReadFile("/tmp/scratch/in.txt")
	if err != nil {
		t.Skip()
	}
	e := testExtractor()
	for _, line := range strings.Split(string(data), "\n---\n") {
		fmt.Println("==", strings.TrimSpace(line))
		for _, x := range e.Extract(line, nil) {
			fmt.Printf("   %s %d-%d %s %s %s fb=%v\n", x.Metric, x.Value, x.ValueHigh, x.Qualifier, x.Stance, x.Actor, x.ActorFromFallback)
		}
	}
}
