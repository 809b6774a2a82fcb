package extract

import (
	"fmt"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestVerbStemsOfNoun(t *testing.T) {
	tests := []struct {
		noun string
		want []string
	}{
		{"devoluciones", []string{"devolv", "devolu"}},
		{"devolución", []string{"devolv", "devolu"}},
		{"extradiciones", []string{"extrad", "extradit", "extradec"}},
		{"expulsión", []string{"expuls", "expult", "expuld"}},
		{"detenciones", []string{"deten"}},
		{"desaparición", []string{"desapar", "desaparit", "desaparec"}},
		{"destrucción", []string{"destru", "destruc"}},
		{"vacunación", []string{"vacun"}},
		{"agresiones", []string{"agres", "agret", "agred"}},
		// too short a base to stand for a verb, and no action noun
		{"opción", nil},
		{"detenidos", nil},
	}
	for _, tt := range tests {
		got := verbStemsOfNoun(foldString(tt.noun))
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("verbStemsOfNoun(%q) = %v, want %v", tt.noun, got, tt.want)
		}
	}
}

// TestExtractVerbOfActionNoun: a Spanish keyword that names an action
// ("devoluciones") also matches its verb ("devolvieron").
func TestExtractVerbOfActionNoun(t *testing.T) {
	const pushbacks, interior = "pushbacks", "Interior"
	e := New([]tracker.Metric{{ID: pushbacks, Keywords: []string{"devoluciones"}}},
		[]tracker.Actor{{Name: interior, Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior"}}})
	checkWants(t, e, []wantCase{
		{"Las fuerzas de seguridad devolvieron a 212 inmigrantes, según el Ministerio del Interior.", []want{exact(pushbacks, 212, interior)}},
		{"Según el Ministerio del Interior, hubo 212 devoluciones.", []want{exact(pushbacks, 212, interior)}},
	})
}
