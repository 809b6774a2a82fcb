package extract

import (
	"fmt"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// A count of another disease's deaths or cases is none of a metric that
// names its disease ("14 muertes por sarampión" for Ebola deaths); a
// metric that names no disease, or the same one in the other language,
// takes it.
func TestExtractOtherDiseaseCause(t *testing.T) {
	actors := []tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud", "Health Ministry"}}}
	ebola := New([]tracker.Metric{{ID: "ebola-deaths", Name: "Deaths from Ebola", Unit: "people", Keywords: []string{"deaths", "muertes"}}}, actors)
	floods := New([]tracker.Metric{{ID: "deaths", Name: "Deaths in the floods", Unit: "people", Keywords: []string{"deaths", "muertes"}}}, actors)
	rsv := New([]tracker.Metric{{ID: "rsv-deaths", Name: "Deaths from RSV", Unit: "people", Keywords: []string{"deaths", "died", "murieron"}}}, actors)
	avian := New([]tracker.Metric{{ID: "human-cases", Name: "Human cases of avian influenza", Unit: "people", Keywords: []string{"human cases", "casos humanos"}}}, actors)
	tests := []struct {
		e    *Extractor
		text string
		want []string
	}{
		{ebola, "El Ministerio de Salud informó de 14 muertes por sarampión en el mismo distrito.", nil},
		{ebola, "The Health Ministry reported 14 deaths from cholera in the district.", nil},
		{ebola, "El Ministerio de Salud informó de 14 muertes por ébola en el mismo distrito.", []string{"ebola-deaths=14"}},
		{ebola, "The Health Ministry reported 14 deaths in the district.", []string{"ebola-deaths=14"}},
		{ebola, "The Health Ministry reported 14 measles deaths in the district.", nil},
		{ebola, "The Health Ministry reported 14 Ebola deaths in the district.", []string{"ebola-deaths=14"}},
		{floods, "El Ministerio de Salud informó de 14 muertes por sarampión en el mismo distrito.", []string{"deaths=14"}},
		{avian, "El Ministerio de Salud registró 889 casos humanos de gripe aviar.", []string{"human-cases=889"}},
		{rsv, "The Health Ministry said 63 people diagnosed with influenza died this year.", nil},
		{rsv, "The Health Ministry said 63 people diagnosed with RSV died this year.", []string{"rsv-deaths=63"}},
		{rsv, "The Health Ministry said 63 people died this year.", []string{"rsv-deaths=63"}},
		{rsv, "Según el Ministerio de Salud, 63 personas contagiadas de varicela murieron este año.", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, x := range tt.e.Extract(tt.text, nil) {
			got = append(got, fmt.Sprintf("%s=%d", x.Metric, x.Value))
		}
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
