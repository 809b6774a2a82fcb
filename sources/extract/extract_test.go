package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

const (
	released = "ve-prisoners-released"
	held     = "ve-prisoners-held"
	foro     = "Foro Penal"
	gov      = "Government of Venezuela"
	jep      = "Justicia, Encuentro y Perdón"
)

// testMetrics and testActors are a tracker file like examples/venezuela.yaml,
// with a second metric (prisoners still held) competing for the same nouns.
var (
	testMetrics = []tracker.Metric{
		{
			ID: released, Name: "Political prisoners released in Venezuela", Cumulative: true,
			Keywords: []string{"political prisoners", "released", "freed", "presos políticos", "excarcelaciones", "excarcelados"},
		},
		{
			ID: held, Name: "Political prisoners held in Venezuela",
			Keywords: []string{"political prisoners", "presos políticos", "held", "in detention", "behind bars", "tras las rejas", "siguen detenidos"},
		},
	}
	testActors = []tracker.Actor{
		{Name: foro, Role: tracker.Confirmer, Aliases: []string{"Foro Penal", "Penal Forum", "Alfredo Romero"}},
		{Name: jep, Role: tracker.Confirmer, Aliases: []string{"JEP", "Justicia, Encuentro y Perdón"}},
		{Name: gov, Role: tracker.Claimant, Aliases: []string{"government", "gobierno", "Jorge Rodríguez", "interim authorities", "autoridades interinas"}},
		{Name: "Reuters", Role: tracker.Reporter, Aliases: []string{"Reuters"}},
		{Name: "EFE", Role: tracker.Reporter, Aliases: []string{"EFE", "agencia EFE"}},
	}
)

func newTestExtractor() *Extractor { return New(testMetrics, testActors) }

// want is an expected extraction, compared without quote and offsets.
type want struct {
	metric   string
	value    int64
	high     int64
	qual     tracker.Qualifier
	actor    string
	fallback bool
}

func (w want) String() string {
	fb := ""
	if w.fallback {
		fb = " (fallback)"
	}
	v := fmt.Sprint(w.value)
	if w.qual == tracker.Range {
		v += "–" + fmt.Sprint(w.high)
	}
	return fmt.Sprintf("%s %s %s by %s%s", w.metric, w.qual, v, w.actor, fb)
}

func asWant(x Extraction) want {
	return want{x.Metric, x.Value, x.ValueHigh, x.Qualifier, x.Actor, x.ActorFromFallback}
}

func exact(m string, v int64, actor string) want { return want{m, v, 0, tracker.Exact, actor, false} }
func atLeast(m string, v int64, actor string) want {
	return want{m, v, 0, tracker.AtLeast, actor, false}
}
func atMost(m string, v int64, actor string) want { return want{m, v, 0, tracker.AtMost, actor, false} }
func about(m string, v int64, actor string) want  { return want{m, v, 0, tracker.About, actor, false} }
func between(m string, lo, hi int64, actor string) want {
	return want{m, lo, hi, tracker.Range, actor, false}
}
func fallback(w want) want { w.fallback = true; return w }

var extractTests = []struct {
	name string
	text string
	want []want
}{
	// The passages of the issue, in our own words.
	{"two actors en", "Foro Penal, a Venezuelan human rights group, said it had verified the release of 56 political prisoners since Thursday, while the government has claimed that more than 400 people were freed.",
		[]want{exact(released, 56, foro), atLeast(released, 400, gov)}},
	{"two actors es", "Según el Foro Penal, hasta el lunes se contabilizaban 56 excarcelaciones de presos políticos, mientras el gobierno aseguró haber liberado a más de 400 personas.",
		[]want{exact(released, 56, foro), atLeast(released, 400, gov)}},
	{"quoted qualifier", "Jorge Rodríguez, president of the National Assembly, said on Sunday that 'over 400' prisoners had been released, a figure that rights groups could not verify.",
		[]want{atLeast(released, 400, gov)}},
	{"still in detention is not released", "The group counted at least 863 political prisoners still in detention as of January 12, Foro Penal said.",
		[]want{atLeast(held, 863, foro)}},
	{"siguen detenidos no son excarcelados", "El Foro Penal contabiliza al menos 863 presos políticos que siguen detenidos en el país.",
		[]want{atLeast(held, 863, foro)}},
	{"far higher figure", "Foro Penal had confirmed 56 prisoners freed, while the government reported a far higher figure of 400.",
		[]want{exact(released, 56, foro), exact(released, 400, gov)}},
	{"cifra muy superior", "El Foro Penal confirmó 56 presos excarcelados, mientras el gobierno habló de una cifra superior a 400.",
		[]want{exact(released, 56, foro), atLeast(released, 400, gov)}},
	{"elliptical claim en", "Foro Penal confirmed 56 releases, while the government claimed more than 400.",
		[]want{exact(released, 56, foro), atLeast(released, 400, gov)}},
	{"elliptical claim es", "El Foro Penal confirmó 56 excarcelaciones, pero el gobierno aseguró que son más de 400.",
		[]want{exact(released, 56, foro), atLeast(released, 400, gov)}},

	// Qualifiers.
	{"at least", "At least 56 political prisoners have been released, Foro Penal said.", []want{atLeast(released, 56, foro)}},
	{"al menos", "Al menos 56 presos políticos fueron excarcelados, informó el Foro Penal.", []want{atLeast(released, 56, foro)}},
	{"por lo menos", "Por lo menos 56 presos políticos han sido excarcelados, según el Foro Penal.", []want{atLeast(released, 56, foro)}},
	{"more than", "The government said more than 400 prisoners were freed.", []want{atLeast(released, 400, gov)}},
	{"upwards of", "The government said upwards of 400 people had been released.", []want{atLeast(released, 400, gov)}},
	{"nearly", "Foro Penal said nearly 60 political prisoners were freed.", []want{about(released, 60, foro)}},
	{"about", "About 60 political prisoners have been released, Foro Penal reported.", []want{about(released, 60, foro)}},
	{"some", "The government said some 400 prisoners were freed over the weekend.", []want{about(released, 400, gov)}},
	{"casi", "El Foro Penal contabiliza casi 60 excarcelaciones.", []want{about(released, 60, foro)}},
	{"unos", "El gobierno dijo que unos 400 presos fueron liberados.", []want{about(released, 400, gov)}},
	{"alrededor de", "Alrededor de 400 presos fueron excarcelados, afirmó el gobierno.", []want{about(released, 400, gov)}},
	{"cerca de", "El gobierno aseguró que cerca de 400 personas han sido liberadas.", []want{about(released, 400, gov)}},
	{"up to", "The government said up to 400 prisoners could have been freed by Friday.", []want{atMost(released, 400, gov)}},
	{"hasta", "El gobierno dijo que hasta 400 presos fueron excarcelados.", []want{atMost(released, 400, gov)}},
	{"or more", "The government said 400 or more prisoners had been released.", []want{atLeast(released, 400, gov)}},
	{"only", "Foro Penal has verified only 56 releases.", []want{exact(released, 56, foro)}},
	{"solo", "El Foro Penal solo ha verificado 56 excarcelaciones.", []want{exact(released, 56, foro)}},

	// Ranges.
	{"between and", "Foro Penal said between 300 and 400 political prisoners were freed.", []want{between(released, 300, 400, foro)}},
	{"entre y", "El gobierno dijo que entre 300 y 400 presos fueron liberados.", []want{between(released, 300, 400, gov)}},
	{"X to Y", "The government said 300 to 400 prisoners were freed.", []want{between(released, 300, 400, gov)}},
	{"X-Y", "The government said 300-400 prisoners were freed.", []want{between(released, 300, 400, gov)}},
	{"de X a Y", "El gobierno dijo que de 300 a 400 presos fueron liberados.", []want{between(released, 300, 400, gov)}},
	{"range in words", "Foro Penal said between three and four hundred political prisoners were freed.", []want{between(released, 300, 400, foro)}},
	{"rango en palabras", "El Foro Penal dijo que entre trescientos y cuatrocientos presos políticos fueron excarcelados.", []want{between(released, 300, 400, foro)}},
	{"rose from X to Y is Y", "Foro Penal said the number of released prisoners rose from 56 to 80.", []want{exact(released, 80, foro)}},
	{"pasó de X a Y", "El Foro Penal informó que la cifra de excarcelados pasó de 56 a 80.", []want{exact(released, 80, foro)}},

	// Numbers in words.
	{"words en", "Four hundred and fifty-six prisoners were freed, the government said.", []want{exact(released, 456, gov)}},
	{"palabras es", "Cuatrocientos cincuenta y seis presos políticos fueron excarcelados, según el gobierno.", []want{exact(released, 456, gov)}},
	{"a dozen", "Foro Penal has confirmed a dozen releases.", []want{exact(released, 12, foro)}},
	{"una docena", "El Foro Penal confirmó una docena de excarcelaciones.", []want{exact(released, 12, foro)}},
	{"dozens is vague", "The government said dozens of prisoners were freed.", nil},
	{"decenas es vago", "El gobierno dijo que decenas de presos fueron liberados.", nil},
	{"thousand words", "The government said one thousand two hundred prisoners were released.", []want{exact(released, 1200, gov)}},
	{"mil doscientos", "El gobierno afirmó que mil doscientos presos fueron excarcelados.", []want{exact(released, 1200, gov)}},
	{"veintiún", "El Foro Penal verificó veintiún excarcelaciones el domingo.", []want{exact(released, 21, foro)}},
	{"one prisoner", "The government said one political prisoner was freed on Monday.", []want{exact(released, 1, gov)}},
	{"one of is not a count", "Foro Penal said one of the released prisoners was a journalist.", nil},
	{"un is an article", "El Foro Penal confirmó que un preso político fue excarcelado.", nil},
	{"thousands separator es", "El gobierno dijo que 1.234 presos fueron excarcelados.", []want{exact(released, 1234, gov)}},
	{"thousands separator en", "The government said 1,234 prisoners were freed.", []want{exact(released, 1234, gov)}},
	{"decimal with scale", "The government claimed 1.5 million people were freed.", []want{exact(released, 1500000, gov)}},
	{"decimal without scale", "The government said 3.5 prisoners were freed.", nil},

	// Multi-actor sentences and attribution.
	{"while subordinate first", "While the government claims 400 prisoners have been released, Foro Penal has verified only 56.",
		[]want{exact(released, 400, gov), exact(released, 56, foro)}},
	{"mientras al inicio", "Mientras el gobierno asegura que 400 presos fueron liberados, el Foro Penal solo ha verificado 56.",
		[]want{exact(released, 400, gov), exact(released, 56, foro)}},
	{"but contrast", "The interim authorities announced on Saturday the release of 116 prisoners, but Foro Penal said it had confirmed only 41 of them.",
		[]want{exact(released, 116, gov), exact(released, 41, foro)}},
	{"pero contraste", "Las autoridades interinas anunciaron el sábado la excarcelación de 116 presos, pero el Foro Penal solo ha confirmado 41.",
		[]want{exact(released, 116, gov), exact(released, 41, foro)}},
	{"relative clause actor", "The government, which Foro Penal accuses of inflating the numbers, said 400 prisoners were freed.",
		[]want{exact(released, 400, gov)}},
	{"possessive claim", "Foro Penal could not verify the government's claim that 400 prisoners had been released.",
		[]want{exact(released, 400, gov)}},
	{"a figure X could not verify", "The government claimed 400 releases, a figure Foro Penal could not verify.",
		[]want{exact(released, 400, gov)}},
	{"agent by is not source", "Foro Penal said 56 political prisoners had been released by the government.",
		[]want{exact(released, 56, foro)}},
	{"por el gobierno es agente", "El Foro Penal confirmó que 56 presos políticos fueron excarcelados por el gobierno.",
		[]want{exact(released, 56, foro)}},
	{"semicolon", "Foro Penal said nearly 60 political prisoners were freed; the government said some 400.",
		[]want{about(released, 60, foro), about(released, 400, gov)}},
	{"y nuevo sujeto", "El gobierno aseguró que unos 400 presos fueron excarcelados, y el Foro Penal contabiliza casi 60.",
		[]want{about(released, 400, gov), about(released, 60, foro)}},
	{"two confirmers", "Foro Penal counted 56 releases and JEP documented 61.",
		[]want{exact(released, 56, foro), exact(released, 61, jep)}},
	{"de acuerdo con", "De acuerdo con Justicia, Encuentro y Perdón, 61 presos políticos han sido excarcelados.",
		[]want{exact(released, 61, jep)}},
	{"alias of a person", "Alfredo Romero said 56 political prisoners had been released.", []want{exact(released, 56, foro)}},
	{"last name after full name", "Jorge Rodríguez spoke on Sunday. Rodríguez said 400 prisoners had been released.",
		[]want{exact(released, 400, gov)}},
	{"last name of another person", "Jorge Rodríguez spoke on Sunday. Delcy Rodríguez said 400 prisoners had been released.", nil},
	{"inverted cue es", "Fueron excarcelados 56 presos políticos, informó el Foro Penal.", []want{exact(released, 56, foro)}},
	{"inverted cue en", `"We have released more than 400 people," said Jorge Rodríguez.`, []want{atLeast(released, 400, gov)}},
	{"quote then speaker", `"We have released more than 400 people," Jorge Rodríguez said on Sunday.`, []want{atLeast(released, 400, gov)}},

	// Reporters.
	{"reporter alone", "Reuters reported that 400 prisoners had been freed.", nil},
	{"reporter citing", "Reuters reported that 400 prisoners had been freed, citing government officials.", []want{exact(released, 400, gov)}},
	{"agencia EFE", "Según la agencia EFE, el gobierno dijo que 400 presos fueron excarcelados.", []want{exact(released, 400, gov)}},

	// Fallback to the previous sentence.
	{"fallback", "Foro Penal issued a new report on Monday. At least 56 political prisoners have been released since Thursday, it said.",
		[]want{fallback(atLeast(released, 56, foro))}},
	{"fallback es", "El Foro Penal publicó su balance el lunes. Según la ONG, 56 presos políticos han sido excarcelados.",
		[]want{fallback(exact(released, 56, foro))}},
	{"no fallback across paragraphs", "Foro Penal issued a new report on Monday.\n\nAt least 56 political prisoners have been released since Thursday.", nil},
	{"fallback only from the previous sentence", "Foro Penal issued a report. It was long. At least 56 political prisoners have been released.", nil},
	{"anaphora to previous sentence", "Foro Penal counted 56 releases. The government says more than 400.",
		[]want{exact(released, 56, foro), atLeast(released, 400, gov)}},
	{"figure noun with previous sentence", "The releases continued on Monday. Foro Penal puts the number at 61.",
		[]want{exact(released, 61, foro)}},

	// Competing quantities.
	{"released and remain", "Foro Penal said 56 had been released and 800 remain behind bars.",
		[]want{exact(released, 56, foro), exact(held, 800, foro)}},
	{"of the N held", "Of the 863 political prisoners held, 56 have been freed, Foro Penal said.",
		[]want{exact(held, 863, foro), exact(released, 56, foro)}},
	{"N of the M", "Foro Penal said 56 of the 863 political prisoners have been released.", []want{exact(released, 56, foro)}},
	{"out of about", "Foro Penal has documented 143 releases since the process began on January 8, out of about 800 political prisoners.",
		[]want{exact(released, 143, foro)}},
	{"including subset", "Foro Penal said 56 political prisoners, including 12 women and two foreigners, had been released by Sunday.",
		[]want{exact(released, 56, foro)}},
	{"entre ellos", "El Foro Penal confirmó 56 excarcelaciones, entre ellas 12 mujeres.", []want{exact(released, 56, foro)}},
	{"other noun", "Foro Penal said 56 political prisoners were released from 12 prisons.", []want{exact(released, 56, foro)}},
	{"promise is not a release", "The government said it would release 400 more prisoners.", nil},
	{"promesa no es excarcelación", "El gobierno prometió liberar a 400 presos.", nil},
	{"urged to release", "Foro Penal urged the government to release the remaining 800 political prisoners.",
		[]want{exact(held, 800, foro)}},
	{"arrests compete", "Foro Penal said 56 people had been arrested since the releases began.", nil},
	{"attributive detained", "The government said 400 detained protesters were released.", []want{exact(released, 400, gov)}},

	// No actor or no keyword.
	{"no actor", "At least 56 political prisoners have been released.", nil},
	{"no keyword", "Foro Penal said 56 people attended the meeting.", nil},
	{"no keyword es", "El Foro Penal dijo que 56 personas asistieron a la reunión.", nil},
	{"count of prisoners is not releases", "Foro Penal counts 863 political prisoners.", nil},

	// Traps: years.
	{"year en", "Foro Penal said political prisoners were released in 2024.", nil},
	{"year es", "El Foro Penal dijo que los presos políticos fueron excarcelados en 2025.", nil},
	{"year beside a count", "Foro Penal said 56 political prisoners were released in 2024.", []want{exact(released, 56, foro)}},
	// dates
	{"month day", "Foro Penal said political prisoners were released on January 8.", nil},
	{"día de mes", "El Foro Penal informó que los presos políticos fueron excarcelados el 8 de enero.", nil},
	{"slash date", "Foro Penal said political prisoners were freed on 8/1/2026.", nil},
	{"iso date", "Foro Penal said political prisoners were freed on 2026-01-08.", nil},
	{"date range es", "El Foro Penal dijo que los presos fueron excarcelados del 8 al 12 de enero.", nil},
	{"date and count", "Foro Penal said on Jan. 12 that 56 political prisoners had been freed.", []want{exact(released, 56, foro)}},
	// times
	{"clock time", "Foro Penal said the political prisoners were released at 10:30 on Sunday.", nil},
	{"a las 3 de la tarde", "El Foro Penal dijo que los presos políticos fueron excarcelados a las 3 de la tarde.", nil},
	{"a.m.", "The government said the prisoners were freed at 10 a.m.", nil},
	// durations
	{"hours", "Foro Penal said the prisoners were released after 72 hours.", nil},
	{"months in prison", "Foro Penal said the man was released after 18 months in prison.", nil},
	{"días", "El gobierno dijo que fueron excarcelados durante 30 días.", nil},
	{"años", "El Foro Penal informó que fue excarcelado tras 3 años de prisión.", nil},
	// ages
	{"year-old", "Foro Penal said a 65-year-old political prisoner was released.", nil},
	{"de 72 años", "El Foro Penal confirmó la excarcelación de un hombre de 72 años.", nil},
	{"apposition age", "Jorge Rodríguez, 58, said the prisoners were released.", nil},
	{"aged", "Foro Penal said a man aged 65 was among those freed.", nil},
	// money
	{"dollar sign", "The government said it freed prisoners who paid $400 in fines.", nil},
	{"dollars", "The government said 400 dollars were paid to released prisoners.", nil},
	{"US$ million", "The government said US$ 2 million was paid before the prisoners were released.", nil},
	{"bolívares", "El gobierno dijo que pagó 400 bolívares a los excarcelados.", nil},
	{"euro sign", "The government said €50 was given to each released prisoner.", nil},
	{"USD", "The government said USD 300 was paid to each released prisoner.", nil},
	{"millones de dólares", "El gobierno dijo que 2 millones de dólares fueron liberados para los presos excarcelados.", nil},
	// percentages
	{"percent sign", "Foro Penal said 40% of political prisoners were released.", nil},
	{"per cent", "Foro Penal said 40 per cent of political prisoners have been freed.", nil},
	{"por ciento", "El Foro Penal dijo que el 40 por ciento de los presos políticos fueron excarcelados.", nil},
	// ordinals
	{"3rd", "Foro Penal said the 3rd group of political prisoners was released.", nil},
	{"first", "Foro Penal said the first political prisoners were released.", nil},
	{"tercero", "El Foro Penal dijo que el tercero de los presos políticos fue excarcelado.", nil},
	{"5º and 5.º", "El Foro Penal dijo que el 5º grupo de presos políticos fue excarcelado y el 5.º también.", nil},
	{"1st", "Foro Penal said the 1st prisoner was freed.", nil},
	// Roman numerals
	{"pope", "The government said prisoners were released after Pope Leo XIV intervened.", nil},
	{"section IV", "The government said prisoners were released under Section IV of the decree.", nil},
	// phone numbers
	{"phone international", "Foro Penal said released political prisoners can call +58 212 555 1234 for help.", nil},
	{"phone local", "Foro Penal said released prisoners can call (0212) 555-1234.", nil},
	// article and law numbers
	{"article", "The government said prisoners were released under Article 49.", nil},
	{"artículo", "El gobierno dijo que los presos fueron excarcelados según el artículo 49.", nil},
	{"resolution", "The government said prisoners were released under Resolution 2758.", nil},
	// lists and URLs
	{"list count", "Foro Penal released a list of 5 demands after the political prisoners were freed.", nil},
	{"url", "Foro Penal said details on released prisoners are at https://foropenal.com/2026/01/56-released.", nil},
	{"hashtag", "Foro Penal said political prisoners were freed #56Liberados.", nil},
}

func TestExtractTable(t *testing.T) {
	e := newTestExtractor()
	for _, tt := range extractTests {
		t.Run(tt.name, func(t *testing.T) {
			var got []want
			for _, x := range e.Extract(tt.text, nil) {
				got = append(got, asWant(x))
				checkEvidence(t, tt.text, x)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("Extract(%q)\n got  %v\n want %v", tt.text, got, tt.want)
			}
		})
	}
}

// checkEvidence verifies that an extraction quotes its sentence at its
// rune offsets, with the stance of its actor and the prose origin.
func checkEvidence(t *testing.T, text string, x Extraction) {
	t.Helper()
	rs := []rune(text)
	if x.Start < 0 || x.Start > x.End || x.End > len(rs) {
		t.Fatalf("offsets [%d,%d) outside a text of %d characters", x.Start, x.End, len(rs))
	}
	if got := string(rs[x.Start:x.End]); got != x.Quote {
		t.Errorf("text[%d:%d] = %q, want the quote %q", x.Start, x.End, got, x.Quote)
	}
	if x.Quote != strings.TrimSpace(x.Quote) || x.Quote == "" {
		t.Errorf("quote %q is not trimmed", x.Quote)
	}
	if x.Origin != tracker.OriginProse {
		t.Errorf("origin = %q, want prose", x.Origin)
	}
	a, ok := tracker.FindActor(testActors, x.Actor)
	if !ok {
		t.Fatalf("actor %q is not a configured actor", x.Actor)
	}
	if x.Stance != a.DefaultStance() {
		t.Errorf("stance = %q for %s, want %q", x.Stance, x.Actor, a.DefaultStance())
	}
}

func TestExtractMetricFilter(t *testing.T) {
	e := newTestExtractor()
	text := "Foro Penal said 56 had been released and 800 remain behind bars."
	tests := []struct {
		ids  []string
		want []want
	}{
		{nil, []want{exact(released, 56, foro), exact(held, 800, foro)}},
		{[]string{released}, []want{exact(released, 56, foro)}},
		{[]string{held}, []want{exact(held, 800, foro)}},
		{[]string{"no-such-metric"}, nil},
	}
	for _, tt := range tests {
		var got []want
		for _, x := range e.Extract(text, tt.ids) {
			got = append(got, asWant(x))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(metrics %v) = %v, want %v", tt.ids, got, tt.want)
		}
	}
}

func TestExtractEvidenceOffsets(t *testing.T) {
	e := newTestExtractor()
	text := "Títulos: «Excarcelación».\n\nSegún el Foro Penal, 56 presos políticos fueron excarcelados. El gobierno aseguró que más de 400 personas fueron liberadas."
	got := e.Extract(text, nil)
	if len(got) != 2 {
		t.Fatalf("got %d extractions, want 2: %+v", len(got), got)
	}
	rs := []rune(text)
	wantQuotes := []string{
		"Según el Foro Penal, 56 presos políticos fueron excarcelados.",
		"El gobierno aseguró que más de 400 personas fueron liberadas.",
	}
	for i, x := range got {
		if x.Quote != wantQuotes[i] {
			t.Errorf("quote %d = %q, want %q", i, x.Quote, wantQuotes[i])
		}
		if s := string(rs[x.Start:x.End]); s != x.Quote {
			t.Errorf("text[%d:%d] = %q, want %q", x.Start, x.End, s, x.Quote)
		}
	}
}

func TestExtractEmptyConfig(t *testing.T) {
	e := New(nil, nil)
	if got := e.Extract("Foro Penal said 56 political prisoners were released.", nil); got != nil {
		t.Errorf("Extract with no metrics = %v, want nil", got)
	}
	e = New(testMetrics, nil)
	if got := e.Extract("Foro Penal said 56 political prisoners were released.", nil); got != nil {
		t.Errorf("Extract with no actors = %v, want nil", got)
	}
}
