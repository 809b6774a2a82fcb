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
		{ID: "seized", Unit: "kilograms", Keywords: []string{"seized", "incautó", "decomisó", "incautación"}},
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
		// any name of the metric's own unit is that unit
		{"INPE confirmó la incautación de 2.758 kilos de cocaína.", []string{"seized=2758"}},
		{"INPE said 300 kg of cocaine were seized.", []string{"seized=300"}},
		// square metres make hectares when they make whole ones
		{"INPE said more than four million square metres were deforested.", []string{"deforested=400"}},
		{"Según el INPE, la deforestación alcanzó 2,5 millones de metros cuadrados.", []string{"deforested=250"}},
		{"INPE said 12,500 square metres were deforested.", nil},
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

// Numbers written the way news writes them: "mil 47" and "220 mil 035"
// (Mexican groups after "mil"), "3.207 million" and "7,891 millones"
// (decimals), "a quarter of a million" and "three quarters of a million".
func TestExtractNumberForms(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}}},
		[]tracker.Actor{{Name: "INEGI", Role: tracker.Confirmer, Aliases: []string{"INEGI"}}})
	checkMetricValues(t, e, []metricCase{
		{"El INEGI contabilizó mil 47 muertes.", []string{"deaths=1047"}},
		{"El INEGI contabilizó 220 mil 035 muertes.", []string{"deaths=220035"}},
		{"El INEGI contabilizó 2 mil 604 muertes.", []string{"deaths=2604"}},
		{"El INEGI contabilizó mil muertes.", []string{"deaths=1000"}},
		{"INEGI counted 3.207 million deaths.", []string{"deaths=3207000"}},
		{"INEGI counted 1.5 million deaths.", []string{"deaths=1500000"}},
		// Spanish writes thousands with a period
		{"El INEGI contabilizó 3.207 millones de muertes.", []string{"deaths=3207000000"}},
		// and decimals with a comma: "7,891 millones" is 7.891 million
		{"El INEGI contabilizó 7,891 millones de muertes.", []string{"deaths=7891000"}},
		{"El INEGI contabilizó 2,5 millones de muertes.", []string{"deaths=2500000"}},
		{"INEGI counted nearly a quarter of a million deaths.", []string{"deaths=250000"}},
		{"INEGI counted three quarters of a million deaths.", []string{"deaths=750000"}},
		// a year before a number is no run of digit groups
		{"El INEGI contabilizó en 2024 1.800 muertes.", []string{"deaths=1800"}},
	})
}

// A weight of one substance is no count of a metric that names another
// ("480 kilograms of fentanyl" for cocaine seized); drugs at large, and
// words the lexicon does not know as substances, are no clash. A
// population is no count. Cases of what a metric counts ("207 cases of
// acid attack") are a count of it.
func TestExtractSubstanceAndPopulation(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cocaine", Unit: "kilograms", Keywords: []string{"cocaine", "cocaína", "seized"}},
		{ID: "marchers", Unit: "people", Keywords: []string{"marched", "marcharon"}},
	}, []tracker.Actor{{Name: "DEA", Role: tracker.Claimant, Aliases: []string{"DEA", "organisers"}}})
	checkMetricValues(t, e, []metricCase{
		{"The DEA said it had seized 480 kilograms of fentanyl powder.", nil},
		{"The DEA said it had seized 2 tonnes of methamphetamine.", nil},
		{"The DEA said it had seized 480 kilograms of cocaine.", []string{"cocaine=480"}},
		{"The DEA said it had seized 480 kilograms of drugs.", []string{"cocaine=480"}},
		{"Organisers said 2 million marched. If accurate, the organisers' figure would amount to nearly one in four of the city's population of more than 7 million, making it the second-largest march.",
			[]string{"marchers=2000000"}},
	})
	// cases of what a metric counts are a count of it
	e = New([]tracker.Metric{{ID: "attacks", Unit: "attacks", Keywords: []string{"acid attack", "ataques con ácido"}}},
		[]tracker.Actor{{Name: "NCRB", Role: tracker.Claimant, Aliases: []string{"NCRB"}}})
	checkMetricValues(t, e, []metricCase{
		{"India recorded 207 cases of acid attack in 2023, the NCRB said.", []string{"attacks=207"}},
		{"El NCRB registró 207 casos de ataques con ácido.", []string{"attacks=207"}},
		{"India recorded 207 cases of dengue in 2023, the NCRB said.", nil},
	})
	// a substance of three letters names the metric's own substance
	e = New([]tracker.Metric{{ID: "gold", Unit: "kilograms", Keywords: []string{"gold seized", "kilos de oro"}}},
		[]tracker.Actor{{Name: "Sunat", Role: tracker.Claimant, Aliases: []string{"Sunat"}}})
	checkMetricValues(t, e, []metricCase{
		{"La Sunat incautó 28 kilos de oro.", []string{"gold=28"}},
		{"La Sunat incautó 28 kilos de cocaína.", nil},
	})
}

// A metric counted in tonnes takes kilograms in whole tonnes ("4,000
// kilograms of cocaine" is 4) and no weight of another substance ("15
// toneladas de marihuana"); a substance its keywords name in one language
// is named in the other ("food aid" takes "toneladas de alimentos").
func TestExtractTonnesMetric(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cocaine", Unit: "tonnes", Keywords: []string{"cocaine", "cocaína", "seized"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "Policía Nacional"}}})
	checkMetricValues(t, e, []metricCase{
		{"Officers found 4,000 kilograms of cocaine stashed in banana containers, the police said.", []string{"cocaine=4"}},
		{"La Policía Nacional incautó 15 toneladas de marihuana y 3.000 galones de insumos para procesar cocaína.", nil},
		{"La Policía Nacional incautó 15 toneladas de cocaína.", []string{"cocaine=15"}},
	})
	e = New([]tracker.Metric{{ID: "aid", Unit: "tonnes", Keywords: []string{"tonnes", "toneladas", "food aid"}}},
		[]tracker.Actor{{Name: "WFP", Role: tracker.Confirmer, Aliases: []string{"PMA", "WFP"}}})
	checkMetricValues(t, e, []metricCase{
		{"El PMA entregó 2.450 toneladas de alimentos en el norte de Darfur.", []string{"aid=2450"}},
		{"El PMA entregó 2.450 toneladas de combustible en el norte de Darfur.", nil},
	})
}

// Units news writes in other words count for a metric measured in them:
// families and households, small boats ("pateras", "dinghies").
func TestExtractUnitSynonyms(t *testing.T) {
	actors := []tracker.Actor{{Name: "Sedatu", Role: tracker.Claimant, Aliases: []string{"Sedatu", "Guardia Civil", "Minedu", "Conagua"}}}
	tests := []struct {
		metric tracker.Metric
		text   string
		want   []string
	}{
		{tracker.Metric{ID: "relocated", Unit: "families", Keywords: []string{"familias reubicadas", "reubicación"}},
			"La Sedatu indicó que 1.870 familias ya fueron reubicadas.", []string{"relocated=1870"}},
		{tracker.Metric{ID: "boats", Unit: "boats", Keywords: []string{"boats intercepted", "embarcaciones interceptadas"}},
			"La Guardia Civil interceptó 23 pateras en apenas cuatro días.", []string{"boats=23"}},
		{tracker.Metric{ID: "relocated", Unit: "families", Keywords: []string{"families relocated", "relocated"}},
			"The Sedatu said it had relocated 2,800 households from landslide-prone hillsides.", []string{"relocated=2800"}},
	}
	for _, tt := range tests {
		checkMetricValues(t, New([]tracker.Metric{tt.metric}, actors), []metricCase{{tt.text, tt.want}})
	}
}

// Health facilities are one unit group, and a unit of two or three words
// ("health centres", "centros de salud") is the noun its number counts.
func TestExtractHealthFacilitiesAndTwoWordUnits(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry", "Ministerio de Salud"}},
		{Name: "Doctors' Union", Role: tracker.Claimant, Aliases: []string{"Sindicato de Médicos"}},
	}
	outOfService := tracker.Metric{ID: "out-of-service", Unit: "facilities", Keywords: []string{"out of service", "fuera de servicio"}}
	checkWordings(t, actors, []wordingCase{
		{outOfService, "The Health Ministry said 32 health centres were out of action.", "out-of-service=32"},
		{outOfService, "The Health Ministry said 32 hospitals were out of action.", "out-of-service=32"},
		{outOfService, "El Sindicato de Médicos dijo que 56 hospitales han dejado de funcionar.", "out-of-service=56"},
		{outOfService, "Según el Ministerio de Salud, 14 centros de salud ya no funcionan.", "out-of-service=14"},
	})
}

// Applications and requests are one unit group ("asylum requests",
// "peticiones de asilo", "solicitudes"), so a tracker of rejected
// applications takes counts of requests refused.
func TestExtractApplicationsUnitGroup(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "CEAR", Role: tracker.Confirmer, Aliases: []string{"CEAR"}},
		{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry", "Oficina de Asilo y Refugio"}},
	}
	rejected := tracker.Metric{ID: "rejected", Unit: "applications", Keywords: []string{"rejected", "refused", "denegadas"}}
	checkWordings(t, actors, []wordingCase{
		{rejected, "CEAR said 58,400 asylum requests had been rejected.", "rejected=58400"},
		{rejected, "La Oficina de Asilo y Refugio denegó 70.120 peticiones de asilo.", "rejected=70120"},
		{rejected, "«Se han denegado 61.300 solicitudes», denunció CEAR.", "rejected=61300"},
	})
}

// More nouns of the unit groups: buses among vehicles, "domicilios" and
// "residential blocks" among homes, "vacunos" and "head of livestock"
// among animals.
func TestExtractMoreUnitGroupNouns(t *testing.T) {
	actors := []tracker.Actor{{Name: "Civil Protection", Role: tracker.Claimant, Aliases: []string{"Civil Protection", "Protección Civil"}}}
	checkWordings(t, actors, []wordingCase{
		{tracker.Metric{ID: "torched", Unit: "vehicles", Keywords: []string{"torched", "quemados"}},
			"Protección Civil informó de que ocho ómnibus fueron quemados en la periferia.", "torched=8"},
		{tracker.Metric{ID: "flooded", Unit: "homes", Keywords: []string{"flooded", "inundadas"}},
			"Según Protección Civil, el agua alcanzó 950 domicilios de la colonia.", "flooded=950"},
		{tracker.Metric{ID: "collapsed", Unit: "buildings", Keywords: []string{"collapsed", "derrumbados"}},
			"At least 1,250 residential blocks were flattened, Civil Protection said.", "collapsed=1250"},
		{tracker.Metric{ID: "dead", Unit: "animals", Keywords: []string{"cattle dead", "reses muertas"}},
			"Cerca de 4.500 vacunos murieron por la sequía, precisó Protección Civil.", "dead=4500"},
	})
}

// "151 deaths of Sri Lankan elephants": the event befell the animals "of"
// names, so it counts for the metric measured in them, not for a metric
// of people that owns the event too.
func TestExtractEventOfUnitAfter(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "human-deaths", Unit: "people", Keywords: []string{"killed by elephants", "human deaths", "people killed", "trampled"}},
		{ID: "elephant-deaths", Unit: "elephants", Keywords: []string{"elephants killed", "elephant deaths", "dead elephants", "electrocuted"}},
	}, []tracker.Actor{{Name: "DWC", Role: tracker.Confirmer, Aliases: []string{"Department of Wildlife Conservation"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Department of Wildlife Conservation (DWC) recorded 151 deaths of Sri Lankan elephants between Jan. 1 and April 28.",
			"[elephant-deaths=151 by DWC]"},
		{"The Department of Wildlife Conservation recorded 151 deaths of villagers between January and April.",
			"[human-deaths=151 by DWC]"},
	})
}

// In an English compound the last noun is the head: "80 primary school
// girls" counts girls, of a school, so it is no count of schools.
func TestExtractCompoundPeopleHead(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "poisoned", Unit: "people", Keywords: []string{"poisoned", "students affected"}},
		{ID: "schools", Unit: "schools", Keywords: []string{"schools", "schools affected"}},
	}, []tracker.Actor{{Name: "Taliban", Role: tracker.Claimant, Aliases: []string{"a Taliban education official"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Nearly 80 primary school girls were poisoned in attacks on two schools, a Taliban education official said.",
			[]string{"schools=2"}, []string{"schools=80"}},
		{"Nearly 80 schools were affected by the poisonings, a Taliban education official said.", []string{"schools=80"}, nil},
	})
}
