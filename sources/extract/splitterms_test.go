package extract

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// A term of a separable verb still names its event when the count stands
// between the verb and the rest of the term.
func TestExtractSplitTerms(t *testing.T) {
	actors := []tracker.Actor{{Name: "Amnesty", Role: tracker.Confirmer, Aliases: []string{"Amnesty", "Open Arms"}}}
	executed := tracker.Metric{ID: "executed", Unit: "people", Keywords: []string{"executions", "executed"}}
	released := tracker.Metric{ID: "released", Unit: "people", Keywords: []string{"released", "excarcelados"}}
	rescued := tracker.Metric{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}}
	hospitalised := tracker.Metric{ID: "hospitalised", Unit: "people", Keywords: []string{"hospitalised", "hospitalizados"}}
	checkWordings(t, actors, []wordingCase{
		{executed, "The authorities put at least 853 people to death last year, Amnesty said.", "executed=853"},
		{released, "The authorities set 56 prisoners free on Sunday, Amnesty said.", "released=56"},
		{rescued, "Open Arms said its crew pulled 117 people from the water off Libya.", "rescued=117"},
		{rescued, "Rescue teams pulled 11 miners alive from the pit overnight, Amnesty said.", "rescued=11"},
		{hospitalised, "Amnesty said officers rushed 15 people to hospital after the leak.", "hospitalised=15"},
		{hospitalised, "Amnesty said ambulances had taken 15 people to hospital.", "hospitalised=15"},
	})
}
