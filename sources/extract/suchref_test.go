package extract

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// A number whose noun refers back to the kind of a metric's keyword
// ("107 such attacks", "12 ataques de este tipo") counts that metric; not
// when two metrics' keywords share the noun.
func TestExtractSuchHead(t *testing.T) {
	actors := []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Metropolitan Police", "Policía"}}}
	acid := New([]tracker.Metric{{ID: "acid", Unit: "attacks", Keywords: []string{"acid attacks", "ataques con ácido"}}}, actors)
	two := New([]tracker.Metric{
		{ID: "acid", Unit: "attacks", Keywords: []string{"acid attacks"}},
		{ID: "knife", Unit: "attacks", Keywords: []string{"knife attacks"}},
	}, actors)
	checkPresence(t, acid, false, []presenceCase{
		{"The Metropolitan Police recorded 107 such attacks in 2022.", []string{"acid=107"}, nil},
		{"La Policía registró 12 ataques de este tipo en 2022.", []string{"acid=12"}, nil},
	})
	checkPresence(t, two, false, []presenceCase{
		{"The Metropolitan Police recorded 107 such attacks in 2022.", nil, []string{"acid=107", "knife=107"}},
	})
}
