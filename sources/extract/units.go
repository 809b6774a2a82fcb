package extract

import "math"

// Units: a metric counted in hectares or in kilograms also takes the
// figures a text states in a larger unit of the same kind, converted:
// "9.001 km²" is 900,100 hectares, "1.4 tonnes" is 1,400 kilograms. Only
// conversions up to a smaller unit are made, so that every converted value
// stays whole.

// unitConversion turns a larger unit into the unit of a metric.
type unitConversion struct {
	// to are the units (folded, as a tracker file writes them) of the
	// metrics that take it
	to *lexSet
	// from are the phrases of the larger unit
	from []string
	// factor is how many of the metric's unit one larger unit holds; div,
	// when set, how many of the smaller unit make one of the metric's
	// (10,000 square metres to the hectare)
	factor, div int64
	// family numbers the metric units it converts to (areaFamily,
	// kilogramFamily, tonneFamily)
	family int
}

// The families of metric units that larger units convert to (0 for
// none).
const (
	areaFamily     = 1 // hectares
	kilogramFamily = 2
	tonneFamily    = 3
)

// weighed reports whether the metric is counted in a weight: kilograms or
// tonnes.
func (info *metricInfo) weighed() bool {
	return info.unitFamily == kilogramFamily || info.unitFamily == tonneFamily
}

var (
	hectareUnits  = newWordSet("hectares", "hectare", "ha", "hectáreas", "hectárea")
	kilogramUnits = newWordSet("kilograms", "kilogram", "kilogrammes", "kilos", "kilo", "kg", "kilogramos", "kilogramo")
	tonneUnits    = newWordSet("tonnes", "tonne", "tons", "ton", "metric tons", "toneladas", "tonelada")
)

// unitConversions are the conversions the extractor knows.
var unitConversions = []unitConversion{
	{to: hectareUnits, family: areaFamily, factor: 100, from: []string{"km²", "km2", "sq km", "square kilometres", "square kilometers",
		"square kilometre", "square kilometer", "kilómetros cuadrados", "kilómetro cuadrado", "km cuadrados"}},
	{to: hectareUnits, family: areaFamily, factor: 259, from: []string{"square miles", "square mile", "sq miles", "millas cuadradas"}},
	{to: hectareUnits, family: areaFamily, factor: 1, div: 10_000, from: []string{"square metres", "square meters", "square metre",
		"square meter", "sq m", "m²", "m2", "metros cuadrados", "metro cuadrado", "mts2"}},
	{to: kilogramUnits, family: kilogramFamily, factor: 1000, from: []string{"tonnes", "tonne", "tons", "ton", "metric tons", "metric tonnes",
		"toneladas", "tonelada", "toneladas métricas", "Tm"}},
	{to: tonneUnits, family: tonneFamily, factor: 1, div: 1000, from: []string{"kilograms", "kilogram", "kilogrammes", "kilos", "kilo", "kg",
		"kilogramos", "kilogramo"}},
}

// addConversions finds, for each metric, the conversions its unit takes,
// and registers their phrases.
func (e *Extractor) addConversions() {
	e.conversions = newPhraseSet()
	for mi := range e.metrics {
		unit := e.metrics[mi].unit
		for c, conv := range unitConversions {
			if !conv.to.has(unit) {
				continue
			}
			e.metrics[mi].unitFamily = conv.family
			for w := range conv.to.words {
				// "2.758 kilos de cocaína" for a metric counted in
				// kilograms: every name of the unit is the unit
				e.units[w] = true
			}
			for _, p := range conv.from {
				e.conversions.add(p, c)
			}
		}
	}
}

// conversionAt returns the conversion whose larger unit is written at
// token i, for a metric of the tracker, and the length of its phrase.
func (s *sentence) conversionAt(i int) (c, n int, ok bool) {
	return s.e.conversions.matchAt(s.toks, i)
}

// conversionAfter returns the conversion whose unit follows number m,
// right after it or after "de"/"of" ("5,2 millones de metros
// cuadrados").
func (s *sentence) conversionAfter(m *numMention) (int, bool) {
	if c, _, ok := s.conversionAt(m.t1); ok {
		return c, true
	}
	if t := s.text(m.t1); (t == "de" || t == "of") && m.mult > 1 {
		c, _, ok := s.conversionAt(m.t1 + 1)
		return c, ok
	}
	return 0, false
}

// convertDecimals turns a decimal that a larger unit follows ("1.4
// tonnes", "503,5 km²") into a whole number of the metric's unit, when it
// makes one; other decimals wait for a scale word as before.
func (s *sentence) convertDecimals() {
	for k := range s.nums {
		m := &s.nums[k]
		if m.pending == "" {
			continue
		}
		c, ok := s.conversionAfter(m)
		if !ok {
			continue
		}
		r, err := parseDigits(m.pending)
		if err != nil || r.den <= 0 {
			continue
		}
		f, d := unitConversions[c].factor, max(unitConversions[c].div, 1)
		if r.num > math.MaxInt64/f || r.den > math.MaxInt64/d || (r.num*f)%(r.den*d) != 0 {
			continue
		}
		m.value, m.pending, m.conversion = r.num*f/(r.den*d), "", c+1
	}
}

// convertUnits multiplies every whole number (or range) that a larger unit
// follows by that unit's factor.
func (s *sentence) convertUnits() {
	for k := range s.nums {
		m := &s.nums[k]
		if m.conversion > 0 {
			continue
		}
		c, ok := s.conversionAfter(m)
		if !ok {
			continue
		}
		f, d := unitConversions[c].factor, max(unitConversions[c].div, 1)
		if m.value > math.MaxInt64/f || m.high > math.MaxInt64/f {
			continue
		}
		if m.value*f%d != 0 || m.high*f%d != 0 {
			// "12,500 square metres" makes no whole hectare: no count of
			// the metric's unit
			m.trap, m.dropReason = true, "no_metric"
			continue
		}
		m.value, m.high, m.conversion = m.value*f/d, m.high*f/d, c+1
	}
}

// convertedMetric returns the metric that number m, stated in a larger
// unit, counts: the one metric looked for whose unit takes that unit, or
// the one of them that does not count per day; -1 otherwise.
func (s *sentence) convertedMetric(m *numMention) int {
	if m.conversion == 0 {
		return -1
	}
	family := unitConversions[m.conversion-1].family
	return s.oneMetricOrTotal(func(info *metricInfo) bool { return info.unitFamily == family })
}
