package extract

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestSpellingVariants(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"World Health Organization", []string{"World Health Organisation"}},
		{"World Health Organisation", []string{"World Health Organization"}},
		{"Ministry of Defence", []string{"Ministry of Defense"}},
		{"Carter Center", []string{"Carter Centre"}},
		{"World Food Programme", []string{"World Food Program"}},
		{"International Labour Organization", []string{"International Labor Organisation"}},
		{"organizations", []string{"organisations"}},
		{"Red Cross", nil},
		{"station", nil},
	} {
		got := spellingVariants(c.name)
		if len(got) != len(c.want) || len(got) > 0 && got[0] != c.want[0] {
			t.Errorf("spellingVariants(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// An actor's name matches in the other spelling: "a World Health
// Organisation official said" for the World Health Organization.
func TestExtractActorInOtherSpelling(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"cases"}}},
		[]tracker.Actor{
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"World Health Organization"}},
			{Name: "Defence", Role: tracker.Claimant, Aliases: []string{"Ministry of Defence"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Seventeen cases have been reported, a World Health Organisation official said.", "[cases=17 by WHO]"},
		{"Seventeen cases have been reported, the Ministry of Defense said.", "[cases=17 by Defence]"},
	})
}

// A metric's keyword matches in its other spelling too: "labour camps"
// for the keyword "labor camps".
func TestExtractKeywordInOtherSpelling(t *testing.T) {
	e := New([]tracker.Metric{{ID: "camps", Keywords: []string{"labor camps"}}},
		[]tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UN"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The UN counted 40 labour camps.", "[camps=40 by UN]"},
		{"The UN counted 40 labor camps.", "[camps=40 by UN]"},
	})
}
