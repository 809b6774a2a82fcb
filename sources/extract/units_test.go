package extract

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// A metric counted in hectares or kilograms takes figures stated in a
// larger unit of the same kind, converted; a metric of other things does
// not.
func TestExtractConvertsLargerUnits(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deforested", Unit: "hectares", Keywords: []string{"deforestation", "deforested", "deforestación"}},
		{ID: "seized", Unit: "kilograms", Keywords: []string{"seized", "incautó", "decomisó"}},
		{ID: "hotspots", Unit: "hotspots", Keywords: []string{"hotspots", "focos de calor"}},
	}, []tracker.Actor{{Name: "INPE", Role: tracker.Confirmer, Aliases: []string{"INPE"}}})
	checkMetricValues(t, e, []metricCase{
		{"INPE said deforestation reached 9,001 km² in the year.", []string{"deforested=900100"}},
		{"INPE said deforestation reached 9,001 km2 in the year.", []string{"deforested=900100"}},
		{"INPE said 6,288 square kilometres were deforested.", []string{"deforested=628800"}},
		{"Según el INPE, la deforestación alcanzó 9.001 kilómetros cuadrados.", []string{"deforested=900100"}},
		{"INPE said deforestation reached 503.5 km² in the year.", []string{"deforested=50350"}},
		{"INPE said deforestation reached 12,000 hectares.", []string{"deforested=12000"}},
		{"INPE said 23 tonnes of ivory were seized.", []string{"seized=23000"}},
		{"INPE said 1.4 tonnes of ivory were seized.", []string{"seized=1400"}},
		{"Según el INPE, la policía decomisó 2,1 toneladas de marfil.", []string{"seized=2100"}},
		// a decimal that stays a fraction after conversion is no count
		{"INPE said 1.4567 tonnes of ivory were seized.", nil},
		// no metric of hotspots is counted in square kilometres
		{"INPE counted 400 km² of hotspots.", nil},
	})
	// a range in a larger unit converts both ends
	xs := e.Extract("INPE said deforestation reached between 200 and 300 km².", nil)
	if len(xs) != 1 || xs[0].Value != 20000 || xs[0].ValueHigh != 30000 {
		t.Errorf("range in km²: got %+v, want 20000–30000 hectares", xs)
	}
	// a tracker with no metric in hectares or kilograms converts nothing
	people := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths"}}},
		[]tracker.Actor{{Name: "INPE", Role: tracker.Confirmer, Aliases: []string{"INPE"}}})
	checkMetricValues(t, people, []metricCase{
		{"INPE said 30 tonnes of aid arrived and 12 deaths were recorded.", []string{"deaths=12"}},
	})
}
