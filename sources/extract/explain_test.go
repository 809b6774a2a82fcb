package extract

import (
	"fmt"
	"slices"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestExplainSaysWhyEveryNumber(t *testing.T) {
	metrics := []tracker.Metric{
		{ID: "deaths", Keywords: []string{"deaths", "killed"}},
		{ID: "injured", Keywords: []string{"injured"}},
	}
	actors := []tracker.Actor{
		{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"United Nations", "UN"}},
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government"}},
	}
	text := "On 3 March 2024 the government denied reports that 5,000 people had died. " +
		"The UN said 1,020 people had been killed and $4 million in aid was spent, a 40% rise. " +
		"It counted 22 more deaths on Sunday and 15 deaths a day in the capital. " +
		"A local doctor said 80 people were killed. " +
		"Another 7 people were killed in the north."
	got := New(metrics, actors).Explain(text, nil)
	type line struct {
		value  int64
		reason string // "" for a figure
	}
	want := []line{
		{3, "date"}, {2024, "date"}, {5000, "denied"},
		{1020, ""}, {4000000, "money"}, {40, "percentage"},
		{22, "increment"}, {15, "rate"},
		{80, "other_source"},
		{7, "increment"},
	}
	if len(got) != len(want) {
		for _, x := range got {
			t.Logf("%+v %+v", x.Figure, x.Dropped)
		}
		t.Fatalf("got %d lines, want %d", len(got), len(want))
	}
	for i, x := range got {
		switch {
		case want[i].reason == "" && x.Figure == nil:
			t.Errorf("line %d: dropped %+v, want the figure %d", i, x.Dropped, want[i].value)
		case want[i].reason == "":
			if x.Figure.Value != want[i].value {
				t.Errorf("line %d: figure %d, want %d", i, x.Figure.Value, want[i].value)
			}
			w := x.Figure.Why
			if w == nil || w.MetricCue != "killed" || w.ActorCue != "UN" || w.ActorBy != "named" {
				t.Errorf("line %d: why = %+v, want the metric cue \"killed\" and the actor \"UN\", named", i, w)
			}
		case x.Dropped == nil:
			t.Errorf("line %d: took %+v, want %d dropped as %s", i, x.Figure, want[i].value, want[i].reason)
		case x.Dropped.Value != want[i].value || x.Dropped.Reason != want[i].reason || !x.Dropped.Dropped:
			t.Errorf("line %d: dropped %+v, want %d dropped as %s", i, *x.Dropped, want[i].value, want[i].reason)
		default:
			rs := []rune(text)
			if got := string(rs[x.Dropped.Start:x.Dropped.End]); got != x.Dropped.Quote {
				t.Errorf("line %d: quote %q is not the text at [%d,%d) %q", i, x.Dropped.Quote, x.Dropped.Start, x.Dropped.End, got)
			}
		}
	}
	// Extract takes the same figures and explains nothing.
	plain := New(metrics, actors).Extract(text, nil)
	if len(plain) != 1 || plain[0].Value != 1020 || plain[0].Why != nil {
		t.Errorf("Extract = %+v, want the 1,020 alone, without why", plain)
	}
}

// TestFoundingArticle is the example gapwatch exists for, read with the
// bundled tracker file: the 56 that Foro Penal confirmed are releases,
// though its clause also says "detained" (the main predicate decides), and
// the government's "far higher figure of 400" refers back to them.
func TestFoundingArticle(t *testing.T) {
	text := "Foro Penal had confirmed 56 prisoners it said were detained for political reasons had been freed. " +
		"Venezuela's government, meanwhile, reported a far higher figure of 400."
	got := New(exampleMetrics, exampleActors).Extract(text, nil)
	type fig struct {
		metric string
		value  int64
		actor  string
		stance tracker.Stance
	}
	want := []fig{
		{"ve-prisoners-released", 56, "Foro Penal", tracker.Confirmed},
		{"ve-prisoners-released", 400, "Government of Venezuela", tracker.Claimed},
	}
	if len(got) != len(want) {
		t.Fatalf("Extract = %+v, want %v", got, want)
	}
	for i, x := range got {
		if g := (fig{x.Metric, x.Value, x.Actor, x.Stance}); g != want[i] {
			t.Errorf("figure %d = %v, want %v", i, g, want[i])
		}
	}
}

// TestAcronymAliases: an actor's acronym matches the word in capitals,
// with or without full stops ("UN", "U.N."), and never the lower-case
// word it spells (Spanish "un").
func TestAcronymAliases(t *testing.T) {
	metrics := []tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "muertos"}}}
	actors := []tracker.Actor{{Name: "United Nations", Role: tracker.Confirmer, Aliases: []string{"UN"}}}
	e := New(metrics, actors)
	tests := []struct {
		text  string
		value int64 // 0: no figure
	}{
		{"The death toll rose to 242, the UN said.", 242},
		{"The death toll rose to 242, the U.N. said.", 242},
		{"Un portavoz dijo que hubo 40 muertos.", 0},
	}
	for _, tt := range tests {
		got := e.Extract(tt.text, nil)
		switch {
		case tt.value == 0 && len(got) != 0:
			t.Errorf("Extract(%q) = %+v, want nothing: \"un\" is no acronym", tt.text, got)
		case tt.value != 0 && (len(got) != 1 || got[0].Value != tt.value || got[0].Actor != "United Nations"):
			t.Errorf("Extract(%q) = %+v, want %d by United Nations", tt.text, got, tt.value)
		}
	}
}

// TestRelativeSource: a relative clause right after a number names who
// states it, before or after its verb.
func TestRelativeSource(t *testing.T) {
	metrics := []tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "muertos"}}}
	actors := []tracker.Actor{
		{Name: "CIDH", Role: tracker.Confirmer, Aliases: []string{"Comisión Interamericana"}},
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"el Ejecutivo", "the military"}},
	}
	e := New(metrics, actors)
	tests := []struct {
		text  string
		value int64
		actor string
	}{
		{"El Ejecutivo reconocía 199 muertos, muy por debajo de los 325 que registra la Comisión Interamericana.", 325, "CIDH"},
		{"The toll jumped from the 144 deaths the military had reported the day before.", 144, "Government"},
	}
	for _, tt := range tests {
		found := false
		for _, x := range e.Extract(tt.text, nil) {
			if x.Value == tt.value {
				found = true
				if x.Actor != tt.actor {
					t.Errorf("Extract(%q): %d by %s, want by %s", tt.text, x.Value, x.Actor, tt.actor)
				}
			}
		}
		if !found {
			t.Errorf("Extract(%q) lacks %d", tt.text, tt.value)
		}
	}
}

// TestOneWordAliasNamedLast: a one-word alias ("Fiscalía") that is also
// the institution noun of another actor's alias refers to the one of them
// named last.
func TestOneWordAliasNamedLast(t *testing.T) {
	metrics := []tracker.Metric{{ID: "deaths", Keywords: []string{"fallecidos"}}}
	actors := []tracker.Actor{
		{Name: "Fiscalía de Ecuador", Role: tracker.Claimant, Aliases: []string{"Fiscalía"}},
		{Name: "Fiscalía de Chihuahua", Role: tracker.Claimant, Aliases: []string{"Fiscalía General del Estado de Chihuahua"}},
	}
	text := "La Fiscalía General del Estado de Chihuahua informó que la situación estaba bajo control. " +
		"Horas después, la Fiscalía ratificó la cifra de 14 fallecidos."
	got := New(metrics, actors).Extract(text, nil)
	if len(got) != 1 || got[0].Value != 14 || got[0].Actor != "Fiscalía de Chihuahua" {
		t.Errorf("Extract = %+v, want 14 by Fiscalía de Chihuahua", got)
	}
}

// Parts of a count just given, baselines and differences are dropped with
// their reason.
func TestExplainPartsBaselinesDifferences(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"deaths", "muertes", "killed"}},
		{ID: "votes", Keywords: []string{"votes", "votos"}},
	}, []tracker.Actor{{Name: "INEGI", Role: tracker.Confirmer, Aliases: []string{"INEGI"}}})
	tests := []struct {
		text   string
		value  int64
		reason string
	}{
		{"El INEGI informó que para esos dos años se esperaban 1.490.356 muertes.", 1490356, "hypothetical"},
		{"INEGI said 579 people had been killed, and 444 of them were killed by gunfire.", 444, "partial"},
		{"El INEGI contabilizó 110.964 muertes, 2.695 más que hace tres meses.", 2695, "comparison"},
		{"Según el INEGI, la cifra supera así en 2.781 muertes su peor marca anual.", 2781, "comparison"},
		{"INEGI said the year's deaths beat the previous record by 2,781.", 2781, "comparison"},
		{"INEGI said its registry captured roughly 160,000 fewer deaths in 2023 than the WHO estimated.", 160000, "comparison"},
		{"INEGI warned that the number of deaths could rise to 1,000.", 1000, "hypothetical"},
		{"El INEGI prevé que la cifra de muertes supere las 3.000.", 3000, "hypothetical"},
		{"If nothing changes, INEGI warned, the country could see 3,000 deaths by June.", 3000, "hypothetical"},
		{"El INEGI advirtió que el país podría registrar 3.000 muertes en junio.", 3000, "hypothetical"},
		{"INEGI said more deaths are expected and could take the tally for the year beyond 1,000.", 1000, "hypothetical"},
		{"INEGI said the violence could take the death toll for the year beyond 1,000.", 1000, "hypothetical"},
		{"INEGI said the violence could push the death toll past 1,000.", 1000, "hypothetical"},
		{"Según el INEGI, desde el martes se han sumado 1.405 muertes más.", 1405, "increment"},
		{"INEGI counted 135 deaths in 2020. In the same quarter of 2019 it had counted 26 deaths.", 26, "earlier_period"},
		{"INEGI counted 135 deaths in 2020, the most since 2009, when 186 deaths were logged.", 186, "earlier_period"},
		{"INEGI counted 1,200 deaths across the country. Texas is the worst-hit state, with 400 deaths, INEGI said.", 400, "partial"},
		{"INEGI now counts 130 deaths. Hours earlier, INEGI had put the number of deaths at 104.", 104, "earlier_period"},
		{"El INEGI advirtió que era posible que el número de muertes llegara al menos a 10.000.", 10000, "hypothetical"},
		{"INEGI identified 57 offenders in the 2023 deaths.", 2023, "date"},
		{"INEGI counted 23 deaths, seven of them children and 16 adults.", 16, "partial"},
		{"INEGI counted 1,402 deaths this year, 693 of them in Sonora and 660 in Chihuahua.", 660, "partial"},
		{"El INEGI contabilizó 1.402 muertes, 693 de ellas en Sonora y 660 en Chihuahua.", 660, "partial"},
		{"INEGI said the storm, with gusts of 166 to 200 mph, left 12 deaths.", 166, "no_metric"},
		{"El INEGI, que da trabajo a unas 2.000 personas, confirmó las muertes.", 2000, "no_metric"},
		{"El INEGI contabilizó 195 muertes. São Paulo concentra 120. Le siguen Pernambuco, con once muertes, y Mato Grosso, con cinco.", 11, "partial"},
		{"El INEGI contabiliza 130 muertes. Horas antes, el INEGI había hablado de 80 muertes.", 80, "earlier_period"},
		{"El INEGI contabiliza 130 muertes. El balance anterior era de 77 muertes.", 77, "earlier_period"},
		{"INEGI now counts 150 deaths, against an earlier estimate of 60 deaths.", 60, "earlier_period"},
		{"El INEGI contabilizó 207 muertes y revisó así al alza una primera estimación de 187 muertes.", 187, "earlier_period"},
		{"El INEGI contabilizó 1.200 muertes. La región más castigada, Taroudant, suma 980 muertes.", 980, "partial"},
		{"El INEGI contabilizó 650 muertes en 2023, menos que el año anterior, cuando murieron 717.", 717, "earlier_period"},
		{"INEGI counted 135 deaths this year. In the same period a year earlier, 126 deaths had been confirmed.", 126, "earlier_period"},
		{"El INEGI contabilizó 135 muertes este año. En el mismo periodo un año antes se habían confirmado 126 muertes.", 126, "earlier_period"},
		{"El INEGI contabilizó el lunes 12 muertes adicionales.", 12, "increment"},
		{"El INEGI contabilizó estas 16 muertes en la capital.", 16, "repeated"},
		{"INEGI said the daily average of deaths, she said, slipped to 81 last month.", 81, "rate"},
		{"Según el INEGI, el promedio diario alcanzó las 94 muertes.", 94, "rate"},
		{"Según el INEGI, cada hora murieron en México diez personas durante 2018.", 10, "rate"},
		{"El INEGI calcula que se robaron una media de 50 autos al mes.", 50, "rate"},
		{"El INEGI dijo que se roban 250 autos por día.", 250, "rate"},
		{"INEGI said the real death toll was likely three to four times as high.", 3, "comparison"},
		{"INEGI said rescuers had pulled 24 bodies from the snow and feared that more than 40 others had died.", 40, "hypothetical"},
		{"El INEGI dijo que temía que el balance final se acercara a los 300 muertos.", 300, "hypothetical"},
		{"INEGI said the sheets add up to 6.27 million votes for former diplomat Edmundo González.", 6270000, "partial"},
		{"INEGI counted 579 deaths. Of these, 444 deaths were caused by gunfire.", 444, "partial"},
		{"El INEGI contabilizó 382 muertes, un recuento que por primera vez supera el centenar.", 100, "comparison"},
		{"INEGI counted 43,751 deaths in 2024, well above the 4,139 deaths of 2023 and the 3,283 of 2022.", 4139, "comparison"},
		{"INEGI counted 43,751 deaths in 2024, well above the 4,139 deaths of 2023 and the 3,283 of 2022.", 3283, "comparison"},
		{"INEGI counted 86,333 deaths this week, down 2,188 on the 88,521 recorded a week earlier.", 88521, "comparison"},
		{"INEGI said 60 people were killed at the Central Prison and 17 at the Northern Prison.", 17, "partial"},
		{"El INEGI atendió entre junio y agosto 1.043 llamadas de auxilio. En junio se registraron 16 muertes; en julio, 321, y en agosto la cifra llegó a 701.", 321, "partial"},
		{"El INEGI atendió entre junio y agosto 1.043 llamadas de auxilio. En junio se registraron 16 muertes; en julio, 321, y en agosto la cifra llegó a 701. En mayo solo se contabilizaron cinco muertes.", 5, "partial"},
		{"INEGI counted 47,310 deaths in four countries. Mexico is the worst affected, with 35,255 deaths. Guatemala has reported 8,292 deaths.", 8292, "partial"},
	}
	for _, tt := range tests {
		found := false
		for _, x := range e.Explain(tt.text, nil) {
			if x.Figure != nil && x.Figure.Value == tt.value {
				t.Errorf("Explain(%q) took %d, want it dropped as %s", tt.text, tt.value, tt.reason)
			}
			if x.Dropped != nil && x.Dropped.Value == tt.value {
				found = true
				if x.Dropped.Reason != tt.reason {
					t.Errorf("Explain(%q) dropped %d as %s, want %s", tt.text, tt.value, x.Dropped.Reason, tt.reason)
				}
			}
		}
		if !found {
			t.Errorf("Explain(%q): %d neither taken nor dropped", tt.text, tt.value)
		}
	}
}

// Explain keeps text order when a figure's source is named sentences after
// it: the figure stands where its sentence does.
func TestExplainKeepsTextOrder(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Keywords: []string{"killed"}}},
		[]tracker.Actor{
			{Name: "SOHR", Role: tracker.Confirmer, Aliases: []string{"Syrian Observatory for Human Rights"}},
			{Name: "Syrian government", Role: tracker.Claimant, Aliases: []string{"Syrian government"}},
		})
	text := "At least 56 civilians were killed in air strikes on Sunday, a monitoring group said. The Syrian government said 30 people were killed. The Syrian Observatory for Human Rights said the strikes hit a crowded market."
	var got []int64
	last := -1
	for _, x := range e.Explain(text, nil) {
		start := x.start()
		if start < last {
			t.Errorf("Explain: an entry starting at %d after one at %d", start, last)
		}
		last = start
		if x.Figure != nil {
			got = append(got, x.Figure.Value)
		}
	}
	if len(got) != 2 || got[0] != 56 || got[1] != 30 {
		t.Errorf("Explain figures = %v, want [56 30]", got)
	}
}

// Explain shows every number it saw: the value a change started from and
// a decimal that counts nothing (its whole part the value, its text as
// written) are dropped lines too.
func TestExplainShowsChangeOriginsAndDecimals(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"ministry"}}})
	got := e.Explain("The ministry said deaths rose from 36 to 75. It said 3.5% of them were children and it spent $2.5 on 4.5 tons of food.", nil)
	type line struct {
		value        int64
		text, reason string // reason "" for a figure
	}
	// (a sentence's figures come before its dropped numbers)
	want := []line{{75, "75", ""}, {36, "36", "earlier_period"}, {3, "3.5", "percentage"}, {2, "2.5", "money"}, {4, "4.5", "decimal"}}
	if len(got) != len(want) {
		for _, x := range got {
			t.Logf("%+v %+v", x.Figure, x.Dropped)
		}
		t.Fatalf("got %d lines, want %d", len(got), len(want))
	}
	for i, x := range got {
		w := want[i]
		switch {
		case w.reason == "":
			if x.Figure == nil || x.Figure.Value != w.value {
				t.Errorf("line %d: got %+v %+v, want the figure %d", i, x.Figure, x.Dropped, w.value)
			}
		case x.Dropped == nil || x.Dropped.Value != w.value || x.Dropped.Text != w.text || x.Dropped.Reason != w.reason:
			t.Errorf("line %d: got %+v %+v, want %s (%d) dropped as %s", i, x.Figure, x.Dropped, w.text, w.value, w.reason)
		}
	}
}

// TestFoundingArticleWithAside: the government's "far higher figure of
// 400" is compared with Foro Penal's releases, and counts them even when
// an aside about the government names the prisoners it holds.
func TestFoundingArticleWithAside(t *testing.T) {
	e := New(exampleMetrics, exampleActors)
	for _, text := range []string{
		"Foro Penal had confirmed 56 prisoners it said were detained for political reasons had been freed. " +
			"Venezuela's government, which does not acknowledge holding political prisoners, reported a far higher figure of 400.",
		"El Foro Penal confirmó la excarcelación de 56 presos políticos. " +
			"El gobierno, que niega tener presos políticos, dio una cifra muy superior, de 400.",
	} {
		var got []string
		for _, x := range e.Extract(text, nil) {
			got = append(got, fmt.Sprintf("%s=%d by %s", x.Metric, x.Value, x.Actor))
		}
		want := []string{"ve-prisoners-released=56 by Foro Penal", "ve-prisoners-released=400 by Government of Venezuela"}
		if !slices.Equal(got, want) {
			t.Errorf("Extract(%q) = %v, want %v", text, got, want)
		}
	}
}

// An amount whose currency is elided after another amount of the same
// scale ("otros 120.000 millones") is money, not a count; a count of
// people in millions beside money is a count.
func TestExplainElidedCurrency(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertes", "deaths", "killed"}}},
		[]tracker.Actor{{Name: "Asocodis", Role: tracker.Claimant, Aliases: []string{"Asocodis"}}})
	tests := []struct {
		text   string
		value  int64
		reason string
	}{
		{"Según Asocodis, el fraude cuesta 50.000 millones de pesos al año y otros 120.000 millones en pérdidas, además de 40 muertes.",
			120_000_000_000, "money"},
		{"Asocodis said the floods cost $3 million in repairs and 2 million more in lost crops, and killed 12 people.",
			2_000_000, "money"},
		{"Asocodis said the floods cost $3 million in repairs and killed 2 million cattle.", 2_000_000, "no_metric"},
	}
	for _, tt := range tests {
		var got string
		found := false
		for _, x := range e.Explain(tt.text, nil) {
			if x.Dropped != nil && x.Dropped.Value == tt.value {
				got, found = x.Dropped.Reason, true
			}
			if x.Figure != nil && x.Figure.Value == tt.value {
				got, found = "taken", true
			}
		}
		if !found || got != tt.reason {
			t.Errorf("Explain(%q): %d is %q, want %q", tt.text, tt.value, got, tt.reason)
		}
	}
}
