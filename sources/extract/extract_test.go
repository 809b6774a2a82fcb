package extract

import (
	"fmt"
	"slices"
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
	{"raised its count from X to Y", "Foro Penal raised its count of released political prisoners from 12 to 15 on Monday.", []want{exact(released, 15, foro)}},
	{"elevó la cifra del X al Y", "El Foro Penal elevó la cifra de excarcelados del 12 al 15.", []want{exact(released, 15, foro)}},
	{"aumento, de X a Y", "El Foro Penal registró un leve aumento, de 136 a 143 excarcelados.", []want{exact(released, 143, foro)}},
	{"a verb before another clause leaves a range", "Foro Penal, which raised the alarm on Monday, said from 300 to 400 prisoners were freed.",
		[]want{between(released, 300, 400, foro)}},
	{"two totals, each given", "The government has given two release totals, 116 early in the week and 400 later on.",
		[]want{exact(released, 116, gov), exact(released, 400, gov)}},

	// Numbers in words.
	{"words en", "Four hundred and fifty-six prisoners were freed, the government said.", []want{exact(released, 456, gov)}},
	{"palabras es", "Cuatrocientos cincuenta y seis presos políticos fueron excarcelados, según el gobierno.", []want{exact(released, 456, gov)}},
	{"a dozen", "Foro Penal has confirmed a dozen releases.", []want{exact(released, 12, foro)}},
	{"una docena", "El Foro Penal confirmó una docena de excarcelaciones.", []want{exact(released, 12, foro)}},
	{"una veintena", "El Foro Penal confirmó una veintena de excarcelaciones.", []want{about(released, 20, foro)}},
	{"una decena", "El Foro Penal confirmó una decena de excarcelaciones.", []want{about(released, 10, foro)}},
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
	{"lo que se espera", "El gobierno dijo que se espera que sean excarcelados en total 400 presos.", nil},
	{"urged to release", "Foro Penal urged the government to release the remaining 800 political prisoners.",
		[]want{exact(held, 800, foro)}},
	{"arrests compete", "Foro Penal said 56 people had been arrested since the releases began.", nil},
	{"attributive detained", "The government said 400 detained protesters were released.", []want{exact(released, 400, gov)}},

	// Sources that are not configured actors.
	{"unknown subject of the cue", "The government released 24 Colombians, the Colombian foreign ministry said.", nil},
	{"opposition said", "The opposition said 1,000 people remained in prison for political reasons, a figure Foro Penal put at 863.",
		[]want{exact(held, 863, foro)}},
	{"official figures block fallback", "Foro Penal counted 56 releases. Official figures put the number at 400.",
		[]want{exact(released, 56, foro)}},
	{"cifra oficial", "Las excarcelaciones verificadas por el Foro Penal ascienden a 143; la cifra oficial, a 626.",
		[]want{exact(released, 143, foro)}},
	{"según cifras oficiales", "Según cifras oficiales, 400 personas han sido excarceladas.", nil},
	{"another person's last name blocks fallback", "Jorge Rodríguez spoke on Sunday. Delcy Rodríguez said 400 prisoners had been released.", nil},
	{"member of an actor", `"So far, we have confirmed the release of 104 people," Foro Penal's vice president Gonzalo Himiob told reporters.`,
		[]want{exact(released, 104, foro)}},
	{"subject with a complement", "Las autoridades interinas de Venezuela afirmaron que 456 presos fueron excarcelados.",
		[]want{exact(released, 456, gov)}},
	{"frente a", "El número de liberados según el Foro Penal llega a 143, frente a los más de 400 que reivindica el gobierno.",
		[]want{exact(released, 143, foro), atLeast(released, 400, gov)}},
	{"sin embargo parenthesis", "El Foro Penal ha contabilizado 61 excarcelaciones. El gobierno, sin embargo, habla de más de 400.",
		[]want{exact(released, 61, foro), atLeast(released, 400, gov)}},
	{"but that continues the speech", `Foro Penal said the releases were "a first step" but that more than 700 political prisoners remain in jail.`,
		[]want{atLeast(held, 700, foro)}},
	{"possessive stands at", "The government's tally stands at 412 releases, while Foro Penal's stands at 56.",
		[]want{exact(released, 412, gov), exact(released, 56, foro)}},
	{"bringing the total", "Foro Penal said on Saturday that 25 political prisoners had been released overnight, bringing the total since Jan. 8 to 81.",
		[]want{exact(released, 81, foro)}}, // the overnight 25 is an increment of the 81

	// Parts of a count.
	{"of those released", "Of those released, 14 were women, Foro Penal said.", nil},
	{"of the N released, M released", "Of the 56 releases, 14 were releases of women, Foro Penal said.", []want{exact(released, 56, foro)}},
	{"de los N excarcelados, M excarcelados", "De las 56 excarcelaciones, 14 fueron excarcelaciones de mujeres, según el Foro Penal.",
		[]want{exact(released, 56, foro)}},
	{"were among", "A total of 18 foreigners were among the 56 freed, the government said.", []want{exact(released, 56, gov)}},
	{"incluyen a", "Los 56 excarcelados, según el Foro Penal, incluyen a 4 periodistas.", []want{exact(released, 56, foro)}},
	{"part of a number", "Foro Penal said 5 of the 56 released prisoners had been rearrested.", []want{exact(released, 56, foro)}},
	{"de los cuales", "El Foro Penal registraba 863 presos políticos, de los cuales 86 son extranjeros.",
		[]want{exact(held, 863, foro)}},
	{"12 of the 41", "Foro Penal counted 41 releases. The group said 12 of the 41 were women.", []want{exact(released, 41, foro)}},
	{"forecast", `"We expect the count of verified releases to reach 200 by the end of the month," Alfredo Romero said.`, nil},
	{"privados de libertad", "En un comunicado, el gobierno informó de la excarcelación de 247 privados de libertad.",
		[]want{exact(released, 247, gov)}},
	// a count over a recent period is an increment, not the running total
	{"in the last 48 hours", "En un comunicado, el gobierno informó de la excarcelación de 247 privados de libertad en las últimas 48 horas.",
		nil},
	{"recuperado su libertad", "Del total de 806 presos políticos que registraba el Foro Penal, 104 han recuperado su libertad, precisó la ONG.",
		[]want{exact(released, 104, foro)}},

	{"group size", "The government said the prisoners were released in 3 groups of about 130 people.", nil},
	{"breakdown of a count", "Foro Penal said that 10 of the 56 released prisoners were women, 3 were minors and 2 were foreign nationals.",
		[]want{exact(released, 56, foro)}},
	{"arrests after releases", "El Foro Penal denunció que, pese a las 56 excarcelaciones, 12 personas fueron detenidas esta semana.",
		[]want{exact(released, 56, foro)}},
	{"planned total", "The government said that, of the 1,000 prisoners it plans to free, 400 have already been released.",
		[]want{exact(released, 400, gov)}},
	// an increment ("31 more", "20 nuevas") is not the count a tracker keeps
	{"elided hours", "Foro Penal counted 56 releases in 72 hours and 31 more in the following 48.",
		[]want{exact(released, 56, foro)}},
	{"money received", "The government said the 400 released prisoners had each received 200 dollars and a bus ticket.",
		[]want{exact(released, 400, gov)}},
	{"founded and staff", "Foro Penal, founded in 2002, has 300 volunteer lawyers across Venezuela's 23 states.", nil},
	{"plus sign", "Gobierno: +400 excarcelados, según Jorge Rodríguez.", []want{atLeast(released, 400, gov)}},
	{"tilde", "The government said ~400 prisoners were freed.", []want{about(released, 400, gov)}},
	{"un centenar", "El Foro Penal confirmó la excarcelación de más de un centenar de presos políticos.", []want{atLeast(released, 100, foro)}},
	{"aside with que", "El gobierno asegura que ha liberado a unas 400 personas; el Foro Penal, que solo ha podido verificar 112.",
		[]want{about(released, 400, gov), exact(released, 112, foro)}},
	{"mientras que keeps the speaker", "El Foro Penal informó que 143 presos políticos han sido excarcelados, mientras que 777 siguen detenidos.",
		[]want{exact(released, 143, foro), exact(held, 777, foro)}},
	{"headline es", "Liberan a 56 presos políticos en Venezuela, según Foro Penal", []want{exact(released, 56, foro)}},
	{"headline en", "Venezuela: 56 political prisoners released, says Foro Penal", []want{exact(released, 56, foro)}},

	{"tally by descriptive actor", `According to a tally by Venezuelan rights group Foro Penal, 143 political prisoners have been released since Jan. 8, when the government said it would free a "significant number" of detainees.`,
		[]want{exact(released, 143, foro)}},
	{"según un recuento de", "Según un recuento de la ONG Foro Penal, 159 presos políticos han sido excarcelados desde el 8 de enero, de un total de más de 800 que había en el país.",
		[]want{exact(released, 159, foro)}},
	// "el Ejecutivo" is the government ("gobierno" in its aliases)
	{"contrasta con", "La cifra de excarcelaciones verificadas por Foro Penal, 159, contrasta con los más de 600 liberados que reporta el Ejecutivo.",
		[]want{exact(released, 159, foro), atLeast(released, 600, gov)}},
	{"pronoun with a counting verb", "The releases began after Jan. 3, Foro Penal said. It has verified 159 so far.",
		[]want{fallback(exact(released, 159, foro))}},
	{"pronoun with said", "The releases began after Jan. 3, Foro Penal said. It said 30 were women.", nil},

	// More Spanish.
	{"es más de", "El gobierno aseguró que más de 400 presos fueron excarcelados.", []want{atLeast(released, 400, gov)}},
	{"es casi", "Casi 60 presos políticos han sido excarcelados, según el Foro Penal.", []want{about(released, 60, foro)}},
	{"es aproximadamente", "El Foro Penal contabiliza aproximadamente 60 excarcelaciones.", []want{about(released, 60, foro)}},
	{"es menos de", "El Foro Penal dijo que menos de 60 presos políticos han sido excarcelados.", []want{atMost(released, 60, foro)}},
	{"es o más", "El gobierno dijo que 400 o más presos fueron liberados.", []want{atLeast(released, 400, gov)}},
	{"es entre e", "El gobierno afirmó que entre 300 e 400 presos fueron liberados.", []want{between(released, 300, 400, gov)}},
	{"es rango guion", "El gobierno dijo que 300-400 presos fueron excarcelados.", []want{between(released, 300, 400, gov)}},
	{"es mil", "El gobierno dijo que mil presos fueron excarcelados.", []want{exact(released, 1000, gov)}},
	{"es dos mil quinientos", "El gobierno aseguró que dos mil quinientos presos fueron liberados.", []want{exact(released, 2500, gov)}},
	{"es medio millón", "El gobierno dijo que medio millón de personas fueron liberadas.", []want{exact(released, 500000, gov)}},
	{"es 1,5 millones", "El gobierno dijo que 1,5 millones de personas fueron liberadas.", []want{exact(released, 1500000, gov)}},
	{"es veintidós", "El Foro Penal confirmó veintidós excarcelaciones.", []want{exact(released, 22, foro)}},
	{"es cien", "El gobierno dijo que cien presos fueron excarcelados.", []want{exact(released, 100, gov)}},
	{"es ciento veinte", "El gobierno dijo que ciento veinte presos fueron excarcelados.", []want{exact(released, 120, gov)}},
	{"es agente", "El Foro Penal informó que 56 presos políticos fueron liberados por las autoridades.", []want{exact(released, 56, foro)}},
	{"es no verificado", "El Foro Penal no pudo verificar la afirmación del gobierno de que 400 presos fueron excarcelados.",
		[]want{exact(released, 400, gov)}},
	{"es relativo", "El gobierno, al que el Foro Penal acusa de inflar las cifras, dijo que 400 presos fueron liberados.",
		[]want{exact(released, 400, gov)}},
	{"es siguen tras las rejas", "El Foro Penal dijo que 56 fueron excarcelados y 800 siguen tras las rejas.",
		[]want{exact(released, 56, foro), exact(held, 800, foro)}},
	{"es permanecen", "Según el Foro Penal, 777 presos políticos permanecen en prisión.", []want{exact(held, 777, foro)}},
	{"es detenciones compiten", "El Foro Penal dijo que 56 personas fueron arrestadas desde que empezaron las excarcelaciones.", nil},
	{"es sin actor", "Al menos 56 presos políticos han sido excarcelados.", nil},
	{"es sin palabra clave", "El Foro Penal dijo que 56 abogados trabajan en los casos.", nil},
	{"es reporter solo", "La agencia EFE informó que 400 presos fueron excarcelados.", nil},
	{"es fallback anterior", "El Foro Penal publicó un informe el lunes. Al menos 56 presos políticos han sido excarcelados, indicó.",
		[]want{fallback(atLeast(released, 56, foro))}},
	{"es fallback otro párrafo", "El Foro Penal publicó un informe.\n\nAl menos 56 presos políticos han sido excarcelados.", nil},
	{"es anáfora", "El Foro Penal contabilizó 56 excarcelaciones. El gobierno habla de más de 400.",
		[]want{exact(released, 56, foro), atLeast(released, 400, gov)}},
	{"es año", "El Foro Penal dijo que los presos políticos fueron excarcelados en 2026.", nil},
	{"es fecha barra", "El Foro Penal dijo que los presos fueron excarcelados el 8/1/2026.", nil},
	{"es hora", "El gobierno dijo que los presos fueron liberados a las 10:30.", nil},
	{"es horas", "El Foro Penal dijo que los presos fueron excarcelados tras 72 horas.", nil},
	{"es meses", "El Foro Penal dijo que el preso fue excarcelado tras 18 meses de prisión.", nil},
	{"es edad", "El Foro Penal dijo que un preso político de 65 años fue excarcelado.", nil},
	{"es dólares", "El gobierno dijo que pagó 400 dólares a cada preso excarcelado.", nil},
	{"es euros", "El gobierno dijo que 50 € fueron entregados a cada excarcelado.", nil},
	{"es porcentaje signo", "El Foro Penal dijo que el 40% de los presos políticos fueron excarcelados.", nil},
	{"es ordinal 1.º", "El Foro Penal dijo que el 1.º de los presos políticos fue excarcelado.", nil},
	{"es ordinal 3er", "El Foro Penal dijo que el 3er grupo de presos políticos fue excarcelado.", nil},
	{"es romano", "El gobierno dijo que los presos fueron excarcelados tras la visita de León XIV.", nil},
	{"es teléfono", "El Foro Penal dijo que los excarcelados pueden llamar al 0212-555-1234.", nil},
	{"es ley", "El gobierno dijo que los presos fueron excarcelados según la Ley 2 de amnistía.", nil},
	{"es resolución", "El gobierno dijo que los presos fueron excarcelados por la Resolución 2758.", nil},
	{"es url", "El Foro Penal publicó los datos de excarcelados en https://foropenal.com/lista/56.", nil},
	{"es lista", "El Foro Penal presentó 5 exigencias tras las excarcelaciones de presos políticos.", nil},
	{"es entre ellos", "El gobierno dijo que 400 presos fueron liberados, entre ellos 20 extranjeros.", []want{exact(released, 400, gov)}},
	{"es de los cuales", "El Foro Penal confirmó 56 excarcelaciones, de las cuales 12 son mujeres.", []want{exact(released, 56, foro)}},
	{"es promesa", "El gobierno anunció que excarcelará a otros 200 presos la próxima semana.", nil},
	{"es serán liberados", "Jorge Rodríguez aseguró que en los próximos días serán liberados otros 200 detenidos.", nil},

	// No actor or no keyword.
	{"no actor", "At least 56 political prisoners have been released.", nil},
	{"no keyword", "Foro Penal said 56 people attended the meeting.", nil},
	{"no keyword es", "El Foro Penal dijo que 56 personas asistieron a la reunión.", nil},
	{"count of prisoners is the number held", "Foro Penal counts 863 political prisoners.", []want{exact(held, 863, foro)}},

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
	{"later day of the month es", "La operación fue el 7 de enero y, el 10, el Foro Penal informó de la excarcelación de 56 presos políticos.",
		[]want{exact(released, 56, foro)}},
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
	{"apposition age after a particle name", "Foro Penal said Alaa al-Araj, 34, was released on Sunday.", nil},
	{"a parent's children", "Foro Penal said Hisham Abu Hawash, a father of four, was released.", nil},
	{"the parents of the counted", "El Foro Penal dijo que los padres de 43 presos políticos excarcelados se reunieron el domingo.", []want{exact(released, 43, foro)}},
	{"the first of more", "Foro Penal said the first two political prisoners were released on Sunday.", nil},
	{"los primeros", "El Foro Penal informó de que los primeros 40 presos políticos fueron excarcelados el domingo.", nil},
	// money
	{"dollar sign", "The government said it freed prisoners who paid $400 in fines.", nil},
	{"dollars", "The government said 400 dollars were paid to released prisoners.", nil},
	{"US$ million", "The government said US$ 2 million was paid before the prisoners were released.", nil},
	{"bolívares", "El gobierno dijo que pagó 400 bolívares a los excarcelados.", nil},
	{"euro sign", "The government said €50 was given to each released prisoner.", nil},
	{"USD", "The government said USD 300 was paid to each released prisoner.", nil},
	{"millones de dólares", "El gobierno dijo que 2 millones de dólares fueron liberados para los presos excarcelados.", nil},
	{"taka and lakh", "Foro Penal said Tk 70 lakh was released for the freed prisoners.", nil},
	{"rupees", "Foro Penal said 500 rupees were paid to each of the released prisoners.", nil},
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

	// Attribution across relative clauses, appositions and far cues.
	{"con lo que", "El Foro Penal confirmó 20 nuevas excarcelaciones, con lo que elevó a 297 su cifra de casos verificados desde el inicio del proceso anunciado por el gobierno.",
		[]want{exact(released, 297, foro)}},
	{"participle apposition", "El Foro Penal, dedicado a la defensa de los presos políticos, informó que ha verificado 444 excarcelaciones.",
		[]want{exact(released, 444, foro)}},
	{"definite apposition", "El Foro Penal, la organización que documenta las detenciones políticas, informó que ha verificado 444 excarcelaciones.",
		[]want{exact(released, 444, foro)}},
	{"participle cue on another noun", "Foro Penal counted 297 releases since the start of the process announced by the government.",
		[]want{exact(released, 297, foro)}},
	{"source after each number", "Excarcelaciones: 444 según Foro Penal, más de 800 según el gobierno",
		[]want{exact(released, 444, foro), atLeast(released, 800, gov)}},
	{"according to after a range", "Between 600 and 700, according to Foro Penal, which said that at least 644 people remained behind bars.",
		[]want{between(held, 600, 700, foro), atLeast(held, 644, foro)}},
	{"quien aseguró", "Las cifras contrastan con las del presidente del Parlamento, Jorge Rodríguez, quien aseguró que más de 400 personas han sido liberadas.",
		[]want{atLeast(released, 400, gov)}},
	{"acronym before the verb", "Mientras que el Foro Penal ha confirmado 344 excarcelaciones, la Plataforma Unitaria (PUD) elevó la cifra a 349.",
		[]want{exact(released, 344, foro)}},
	{"place before the verb", "El Foro Penal informó que en Venezuela registra un total de 687 presos políticos, tras un proceso de excarcelaciones.",
		[]want{exact(held, 687, foro)}},
	{"según el mismo balance", "Según el mismo balance, en las cárceles permanecen 644 presos políticos, una cifra que el Foro Penal actualiza cada semana.",
		[]want{exact(held, 644, foro)}},
	{"cifras de la organización", "El directivo del Foro Penal precisó que según las cifras de la organización solo 56 presos políticos excarcelados han sido verificados.",
		[]want{exact(released, 56, foro)}},
	{"disputed figure", "Alfredo Romero questioned the figure of 116 releases given by the government.", nil},
	{"negated count", "Foro Penal said it does not count as released the 11 people who were moved to house arrest.", nil},

	// What a number counts.
	{"count of prisoners with a counting verb", "El Foro Penal mantiene un registro de 687 presos políticos al 2 de febrero, con 600 hombres y 87 mujeres.",
		[]want{exact(held, 687, foro)}},
	{"request is not a count", "El gobierno pide amnistía para 379 detenidos.", nil},
	{"still on probation", "El Foro Penal dijo que 300 personas siguen con régimen de presentación.", nil},
	{"house arrest", "De acuerdo con el Foro Penal, 11 personas que salieron de prisión siguen en arresto domiciliario.", nil},
	{"still in another state", "El Foro Penal dijo que 300 personas permanecen ingresadas en el hospital militar.", nil},
	{"still held", "El Foro Penal dijo que 300 presos permanecen encarcelados.", []want{exact(held, 300, foro)}},
	{"reduced relative", "The interim authorities said that 179 people held in prisons had walked free.", []want{exact(released, 179, gov)}},
	{"number of something else", "Jorge Rodríguez elevó el número de solicitudes a 1.557 y aseguró que ya hay cientos de liberaciones.", nil},
	{"coordinated numbers", "The government has spoken of 808 and then 895 releases.", []want{exact(released, 808, gov), exact(released, 895, gov)}},
	{"números coordinados", "El gobierno habló de 808 y después 895 excarcelaciones.", []want{exact(released, 808, gov), exact(released, 895, gov)}},
	{"despite the releases", "El Foro Penal denunció que aún hay 687 presos políticos en Venezuela pese a las excarcelaciones.",
		[]want{exact(held, 687, foro)}},
	{"part of the people", "Foro Penal said 114 of the detainees were under 18.", nil},
	{"part that is the metric", "According to Foro Penal, 41 of the freed detainees were political prisoners.", []want{exact(released, 41, foro)}},
	{"statement register", "STATEMENT BY FORO PENAL\n\nAs of today, our register lists 644 political prisoners still held.",
		[]want{fallback(exact(held, 644, foro))}},
	{"number of women", "Foro Penal put the number of women still held at 70.", nil},
	{"number of other people", "Foro Penal counted 56 releases. The group put the number of its lawyers at 70.", []want{exact(released, 56, foro)}},
	{"number of people", "Foro Penal counted 56 releases. The group later put the number of people at 70.",
		[]want{exact(released, 56, foro), fallback(exact(released, 70, foro))}},
	{"number of cases", "Foro Penal counted 56 releases. The group later put the number of cases at 70.",
		[]want{exact(released, 56, foro), fallback(exact(released, 70, foro))}},
	{"existential count", "El Foro Penal recordó que son más de 300 presos políticos y que la liberación de unos pocos no basta.",
		[]want{atLeast(held, 300, foro)}},
	{"figure given before", "El Foro Penal detalló que, además de estas 16 excarcelaciones, un total de 464 presos políticos han sido liberados.",
		[]want{exact(released, 464, foro)}},
	{"breakdown after a colon", "Foro Penal listed the releases by prison: 14 in Tocorón, 4 in Rodeo II and 2 in Yare.", nil},
	{"detention facilities", "Foro Penal said it documented 777 political prisoners held in detention facilities as of January 19.",
		[]want{exact(held, 777, foro)}},
	{"figure noun after the number", "Foro Penal counted 431 releases. The 897 figure, announced by the government, includes common criminals.",
		[]want{exact(released, 431, foro), exact(released, 897, gov)}},
	{"people with a close cue", "Foro Penal questioned the government's figures on releases. «El gobierno habla de 897 personas», dijo Alfredo Romero.",
		[]want{exact(released, 897, gov)}},

	{"holds", "Venezuela holds 863 political prisoners, according to Foro Penal.", []want{exact(held, 863, foro)}},
	{"there are", "Foro Penal says there are 863 political prisoners in Venezuela.", []want{exact(held, 863, foro)}},
	{"aún son", "Las excarcelaciones ya suman 350, según Foro Penal, y los presos políticos aún son 687.",
		[]want{exact(released, 350, foro), exact(held, 687, foro)}},
	{"number of X at N", "Foro Penal put the number of political prisoners at 687 and the number of releases at 350.",
		[]want{exact(held, 687, foro), exact(released, 350, foro)}},
	{"personas privadas de libertad", "La organización JEP reportó que hay 1.067 personas privadas de libertad en Venezuela.",
		[]want{exact(held, 1067, jep)}},
	{"personas detenidas por motivos políticos", "El Foro Penal denunció que existen 902 personas detenidas por motivos políticos.",
		[]want{exact(held, 902, foro)}},
	{"men and women", "JEP dijo que 877 hombres y 164 mujeres continúan viendo que su libertad depende del azar.", nil},
	{"breakdown by sex", "Según el Foro Penal, 600 hombres y 87 mujeres siguen presos.", nil},
	{"time in jail", "Foro Penal said the 56 released prisoners had spent an average of 18 months in jail.",
		[]want{exact(released, 56, foro)}},
	{"would free", "Jorge Rodríguez said the government would free 200 more prisoners next week.", nil},
	{"part of a base with its noun", "Foro Penal said 15 of the 56 freed were women and 3 were minors.", []want{exact(released, 56, foro)}},
	{"lawyers and prisons", "Foro Penal has 450 volunteer lawyers who visited 120 prisons last year.", nil},
	{"requests", "The government said it would review 1,557 requests for amnesty.", nil},
	{"could free as many as", "Foro Penal said the government could free as many as 500 prisoners under the amnesty.", nil},
	{"boletas de excarcelación", "Las familias de 30 presos políticos denunciaron que no han recibido las boletas de excarcelación, según el Foro Penal.", nil},

	// What earlier sentences and paragraphs leave.
	{"cases added by the group", "Foro Penal counted 21 releases on Monday. The group added 31 cases on Tuesday.",
		[]want{exact(released, 21, foro), fallback(exact(released, 31, foro))}},
	{"to the released is not a plan", "Foro Penal's lawyers spoke to the released prisoners. The group added 31 cases on Tuesday.",
		[]want{fallback(exact(released, 31, foro))}},
	{"the group a paragraph later", "Foro Penal said 56 political prisoners had been released.\n\nThe group said at least 800 political prisoners remained in detention.",
		[]want{exact(released, 56, foro), fallback(atLeast(held, 800, foro))}},
	{"the number a paragraph later", "The government said 626 people had been released.\n\nOn Sunday, Jorge Rodríguez said the number had climbed to 808.",
		[]want{exact(released, 626, gov), exact(released, 808, gov)}},
	{"statement in the first person", "STATEMENT BY FORO PENAL\n\nOur lawyers verified 444 releases of political prisoners.",
		[]want{fallback(exact(released, 444, foro))}},
	{"impersonal count", "El Foro Penal publicó su balance.\n\nSe documentaron 459 excarcelaciones entre enero y febrero.",
		[]want{fallback(exact(released, 459, foro))}},
	{"quotation attributed at its end", "\"Diecisiete excarcelaciones verificadas hoy. Esperamos más\", dijo el Foro Penal.",
		[]want{fallback(exact(released, 17, foro))}},
	{"quotation speaker over the previous actor", "The government claimed 400 releases. \"We have verified 56 releases. The rest is propaganda,\" Foro Penal said.",
		[]want{exact(released, 400, gov), fallback(exact(released, 56, foro))}},
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
	const text = "Foro Penal said 56 had been released and 800 remain behind bars."
	const count = "Foro Penal counts 863 political prisoners."
	tests := []struct {
		text string
		ids  []string
		want []want
	}{
		{text, nil, []want{exact(released, 56, foro), exact(held, 800, foro)}},
		{text, []string{released}, []want{exact(released, 56, foro)}},
		{text, []string{held}, []want{exact(held, 800, foro)}},
		{text, []string{"no-such-metric"}, nil},
		{count, []string{held}, []want{exact(held, 863, foro)}},
		{count, []string{released}, nil}, // a count of prisoners is not a count of releases
	}
	for _, tt := range tests {
		var got []want
		for _, x := range e.Extract(tt.text, tt.ids) {
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

// TestExtractOtherDomain runs the extractor with a tracker file about
// protests: the categories (deaths, arrests) come from its keywords, not
// from anything specific to prisoner releases.
func TestExtractOtherDomain(t *testing.T) {
	const deaths, arrests = "protest-deaths", "protest-arrests"
	const provea, ovcs, fiscal = "Provea", "OVCS", "Attorney General"
	e := New([]tracker.Metric{
		{ID: deaths, Keywords: []string{"killed", "deaths", "muertos", "fallecidos"}},
		{ID: arrests, Keywords: []string{"arrested", "detenidos", "arrestos"}},
	}, []tracker.Actor{
		{Name: provea, Role: tracker.Confirmer, Aliases: []string{"Provea"}},
		{Name: ovcs, Role: tracker.Confirmer, Aliases: []string{"Observatorio Venezolano de Conflictividad Social", "OVCS"}},
		{Name: fiscal, Role: tracker.Claimant, Aliases: []string{"Tarek William Saab", "attorney general", "fiscal general", "Fiscalía"}},
		{Name: "AP", Role: tracker.Reporter, Aliases: []string{"Associated Press", "AP"}},
	})
	tests := []wantCase{
		{"At least 24 people were killed during the protests, Provea said on Monday, while the attorney general put the death toll at 11.",
			[]want{atLeast(deaths, 24, provea), exact(deaths, 11, fiscal)}},
		// "detenidos" is a keyword of arrests: not a death toll; and with
		// no metric of people held, those detained are those arrested
		{"El Observatorio Venezolano de Conflictividad Social contabilizó 24 fallecidos y más de 2.000 detenidos en las protestas de julio.",
			[]want{exact(deaths, 24, ovcs), atLeast(arrests, 2000, ovcs)}},
		{"El Observatorio Venezolano de Conflictividad Social contabilizó 24 fallecidos y más de 2.000 arrestos en las protestas de julio.",
			[]want{exact(deaths, 24, ovcs), atLeast(arrests, 2000, ovcs)}},
		{`Tarek William Saab said 2,229 people had been arrested for "terrorism" since the election, and that 11 had died.`,
			[]want{exact(arrests, 2229, fiscal), exact(deaths, 11, fiscal)}},
		{"Según la Fiscalía, 11 personas murieron en los disturbios, una cifra que Provea considera muy por debajo de la real.",
			[]want{exact(deaths, 11, fiscal)}},
		{"The OVCS counted 915 protests in January alone, 12% more than a year earlier.", nil},
		{"The attorney general said on Tuesday that 400 of those arrested had been released.", nil},
		{"Provea said 25 people had been killed and at least 150 injured in the crackdown.", []want{exact(deaths, 25, provea)}},
		{"Según el OVCS, al menos 17 personas murieron por disparos, entre ellas 3 menores de edad.", []want{atLeast(deaths, 17, ovcs)}},
		// a news outlet's own count is its figure, as "a tally by AFP" is
		{"The Associated Press counted at least 20 deaths from its own reporting.", []want{atLeast(deaths, 20, "AP")}},
		// a figure it relays is its source's
		{"Provea said 25 people had been killed, the Associated Press reported.", []want{exact(deaths, 25, provea)}},
		{"Tarek William Saab said 48 police officers were injured and one soldier died.", []want{exact(deaths, 1, fiscal)}},
		{"Provea said the repression resulted in six murders.", []want{exact(deaths, 6, provea)}},
		// "solo en la capital" after a number speaks of that number alone
		{"Provea registró 48 muertos, entre ellos 12 menores de edad, y 1.300 detenidos solo en la capital.",
			[]want{exact(deaths, 48, provea)}},
		// narration after a statement is not the statement's: no actor
		{"Provea said on Monday that 25 people had been killed in the protests. Soldiers arrested 300 students at the university.",
			[]want{exact(deaths, 25, provea)}},
		// "ya son N los muertos" states a count, as "suman N" does: the
		// source of the sentence before, to confirm (not the narration
		// "murieron 30 personas")
		{"Provea informó el lunes de 25 muertos en las protestas. Con ellos ya son 130 los muertos desde abril.",
			[]want{exact(deaths, 25, provea), {metric: deaths, value: 130, qual: tracker.Exact, actor: provea, fallback: true}}},
		{"Provea informó el lunes de 25 muertos en las protestas. En la noche murieron otras 30 personas en Caracas.",
			[]want{exact(deaths, 25, provea)}},
		// a report goes on in the next sentence: its source, to confirm
		{"Provea said on Monday that 25 people had been killed in the protests. It added that 300 had been arrested.",
			[]want{exact(deaths, 25, provea), {metric: arrests, value: 300, qual: tracker.Exact, actor: provea, fallback: true}}},
		// each verb counts the number it governs
		{"Troops opened fire on the march, killing at least 14 protesters and arresting 300, Provea said.",
			[]want{atLeast(deaths, 14, provea), exact(arrests, 300, provea)}},
		{"Provea's report lists the dead by state: 8 in the capital district, 4 in Carabobo and 3 in Aragua.", nil},
		// a participle not ending in "-ed" or a verb of inclusion after
		// the number says what the count underwent, not what it counts
		{"The death toll of 212 given by Provea includes 40 foreigners.", []want{exact(deaths, 212, provea)}},
		{"The toll of 212 includes 40 students, Provea said.", []want{exact(deaths, 212, provea)}},
		// the plural of a reporting verb gives its own subject's count
		// an unnamed source after the verb is no listed actor's
		{"Provea contabilizó 25 muertos el lunes. Los fallecidos ya son 30, dijeron fuentes hospitalarias.", []want{exact(deaths, 25, provea)}},
		{"Provea contabilizó 25 muertos el lunes. Los fallecidos ya son 30, precisó una fuente hospitalaria.", []want{exact(deaths, 25, provea)}},
		{"Provea counted 25 deaths on Monday. The dead now number 30, hospital sources said.", []want{exact(deaths, 25, provea)}},
		{"Provea contabilizó 25 muertos el lunes. Los fallecidos ya son 30, precisaron fuentes hospitalarias.", []want{exact(deaths, 25, provea)}},
		// or before it, opening the sentence
		{"Provea contabilizó 25 muertos el lunes. Fuentes médicas citadas por la prensa local elevaban el balance a 30 muertos.", []want{exact(deaths, 25, provea)}},
		{"Provea counted 25 deaths on Monday. Hospital sources put the toll at 30.", []want{exact(deaths, 25, provea)}},
		// "number" as a verb gives a count, not a label
		{"Provea counted 25 deaths on Monday. The dead now number 30, Provea said.", []want{exact(deaths, 25, provea), exact(deaths, 30, provea)}},
		// "tiene registro de": whose record it is, not the doer of what it lists
		{"Provea tiene registro de 40 operativos de la Fiscalía en los que fueron detenidas 300 personas.", []want{exact(arrests, 300, provea)}},
		// counts in two or more countries after a larger count break it down
		{"Provea counted 300 killings last year. In Mexico at least 18 people were killed and in Brazil 12, Provea said.", []want{exact(deaths, 300, provea)}},
		{"Provea contó 300 asesinatos el año pasado. En México murieron al menos 18 personas y en Brasil, como mínimo, 12, según Provea.", []want{exact(deaths, 300, provea)}},
		// and so does one country's count, as any smaller count the same
		// actor gives after it (see TestExtractPartOfEarlierCount)
		{"Provea counted 300 killings last year. In Mexico, 18 people were killed, Provea said.", []want{exact(deaths, 300, provea)}},
		// the whole a part is taken from, when it names nothing tracked
		{"Provea indicó que, de los 1.200 estudiantes que marcharon, 300 fueron detenidos.", []want{exact(arrests, 300, provea)}},
		{"Provea said: of the 1,200 students who marched, 300 were arrested.", []want{exact(arrests, 300, provea)}},
		{"Provea said that, of the 1,200 people arrested, 300 were students.", []want{exact(arrests, 1200, provea)}},
		// a difference with its noun between the number and "than"/"que"
		{"El fiscal general dijo que hubo unos 320 muertos menos que en 2016.", nil},
		{"Provea contabilizó 83 asesinatos más que en septiembre.", nil},
		// modifiers joined by "and" before the people counted
		{"Provea said 12 land and environmental defenders have been killed since 2016.", []want{exact(deaths, 12, provea)}},
		{"Provea said 14 environmental and land rights activists were killed last year.", []want{exact(deaths, 14, provea)}},
		// counts that the sentence adds up into a total are its parts
		{"Provea said 30 people were arrested on Saturday and 45 on Sunday, for a total of 75 over the weekend.", []want{exact(arrests, 75, provea)}},
		{"Según Provea, 30 personas fueron detenidas el sábado y 45 el domingo, 75 en total.", []want{exact(arrests, 75, provea)}},
		// (a sum not called a total is no breakdown)
		{"Provea said 30 people were arrested on Saturday, 45 on Sunday and 75 on Monday.",
			[]want{exact(arrests, 30, provea), exact(arrests, 45, provea), exact(arrests, 75, provea)}},
	}
	checkWants(t, e, tests)
}

// TestExtractCrowdCounts runs a tracker of crowd sizes whose organisers
// are named by a common noun: two counts of one crowd, each with its own
// counter, whatever verb of counting or relative clause gives the second.
func TestExtractCrowdCounts(t *testing.T) {
	const attendance, police, organisers, mediazona = "attendance", "Police", "Organisers", "Mediazona"
	e := New([]tracker.Metric{
		{ID: attendance, Keywords: []string{"protesters", "attendance", "manifestantes", "asistentes"}},
	}, []tracker.Actor{
		{Name: police, Role: tracker.Claimant, Aliases: []string{"police", "la policía"}},
		{Name: organisers, Role: tracker.Claimant, Aliases: []string{"organisers", "organizadores"}},
		{Name: mediazona, Role: tracker.Confirmer, Aliases: []string{"Mediazona"}},
	})
	tests := []wantCase{
		{"La policía cifró en 15.000 los asistentes, frente a los 200.000 que contaron los organizadores.",
			[]want{exact(attendance, 15000, police), exact(attendance, 200000, organisers)}},
		{"La policía cifró en 15.000 los asistentes, mientras que los organizadores calcularon 200.000.",
			[]want{exact(attendance, 15000, police), exact(attendance, 200000, organisers)}},
		// an unlisted source that raises the count in a clause of its own
		{"La policía informó de 57 manifestantes; organizaciones de derechos humanos elevan la cifra a más de 200.",
			[]want{exact(attendance, 57, police)}},
		// a listed and an unlisted source as the subject of one verb
		{"Mediazona y Meduza estimaron que al menos 3.000 manifestantes acudieron a la plaza.",
			[]want{atLeast(attendance, 3000, mediazona)}},
	}
	checkWants(t, e, tests)
}

// TestExtractListUnderEvent runs a hostage tracker whose "freed" metric
// is named by the event and whose "held" metric by the people: every item
// of a list under one event noun took part in that event, and an item
// whose people differ from the ones a keyword names is not counted.
func TestExtractListUnderEvent(t *testing.T) {
	const held, freed, icrc = "hostages-held", "hostages-freed", "ICRC"
	e := New([]tracker.Metric{
		{ID: held, Keywords: []string{"hostages", "held captive", "rehenes", "cautivos"}},
		{ID: freed, Keywords: []string{"released", "freed", "liberados"}},
	}, []tracker.Actor{
		{Name: icrc, Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja", "ICRC"}},
	})
	tests := []wantCase{
		{"The Red Cross facilitated the release of 24 hostages.", []want{exact(freed, 24, icrc)}},
		{"The Red Cross facilitated the release of 39 Palestinian prisoners and 24 hostages.", []want{exact(freed, 24, icrc)}},
		{"La Cruz Roja facilitó la liberación de 39 presos palestinos y 24 rehenes.", []want{exact(freed, 24, icrc)}},
		{"The Red Cross said 24 hostages were still held captive.", []want{exact(held, 24, icrc)}},
	}
	checkWants(t, e, tests)
}

// TestExtractHeadNounOfNumber runs a tracker of deaths at sea and of
// boats turned back: a noun of people named only by the relative pronoun
// after it, and a unit word that merely modifies the noun after it.
func TestExtractHeadNounOfNumber(t *testing.T) {
	const deaths, boats, unhcr = "sea-deaths", "boats-pushed-back", "UNHCR"
	e := New([]tracker.Metric{
		{ID: deaths, Keywords: []string{"died at sea", "drowned", "deaths at sea"}},
		{ID: boats, Unit: "boats", Keywords: []string{"pushed back", "boat pushbacks"}},
	}, []tracker.Actor{
		{Name: unhcr, Role: tracker.Confirmer, Aliases: []string{"UNHCR", "U.N. refugee agency"}},
	})
	tests := []wantCase{
		{"Storms this month killed 427 Rohingya who were fleeing Myanmar, the U.N. refugee agency said.", []want{exact(deaths, 427, unhcr)}},
		{"Two boat disasters this month may have killed 427 Rohingya who were fleeing Myanmar, the U.N. refugee agency said.", []want{exact(deaths, 427, unhcr)}},
		{"Two boat disasters this month killed 427 people, the U.N. refugee agency said.", []want{exact(deaths, 427, unhcr)}},
		{"The U.N. refugee agency said two boats were pushed back.", []want{exact(boats, 2, unhcr)}},
		// a pronoun before "who" stands for people already counted
		{"The U.N. refugee agency said that more than 100 of those who drowned were young.", nil},
	}
	checkWants(t, e, tests)
}

// TestExtractCountsThatAreNotFigures runs a tracker of patients in
// hospital: numbers that count an actor's own things or informants, what
// supplies could serve, and a part of such a count are no figures.
func TestExtractCountsThatAreNotFigures(t *testing.T) {
	const patients, ceiling, who, usgov = "hospitalized", "refugee-ceiling", "WHO", "US government"
	e := New([]tracker.Metric{
		{ID: patients, Keywords: []string{"hospitalized", "in hospital", "hospitalizados", "internados"}},
		{ID: ceiling, Keywords: []string{"refugee admissions", "refugee ceiling"}},
	}, []tracker.Actor{
		{Name: who, Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization", "OMS"}},
		{Name: usgov, Role: tracker.Claimant, Aliases: []string{"Trump administration", "White House"}},
	})
	tests := []wantCase{
		// a count of the sources that speak
		{"Refugee admissions were capped at 45,000, three Trump administration officials said on Tuesday.",
			[]want{exact(ceiling, 45000, usgov)}},
		// a count of the actor's own things, and a part of it
		{"This year only 111 of 279 WHO missions were facilitated, which has hampered efforts to resupply hospitals.", nil},
		{"WHO said 120 people were hospitalized after six WHO ambulances reached the town.",
			[]want{exact(patients, 120, who)}},
		// what supplies could serve, not who was served
		{"WHO delivered enough medical supplies to the hospital last week to treat 9,000 patients.", nil},
		{"La OMS entregó suministros suficientes para atender a 9.000 pacientes hospitalizados.", nil},
		{"La OMS informó de que 9.000 pacientes están hospitalizados.", []want{exact(patients, 9000, who)}},
	}
	checkWants(t, e, tests)
}

// TestExtractOfficialsOfAField: officials or authorities of a field speak
// for the one actor of that field the text has named; unplaced or
// another country's officials, or a field no single actor names, do not.
func TestExtractOfficialsOfAField(t *testing.T) {
	const deaths, minsa, who, emergency = "deaths", "Ministry of Health", "WHO", "Emergency Services"
	e := New([]tracker.Metric{{ID: deaths, Keywords: []string{"deaths", "died", "muertos", "fallecidos"}}}, []tracker.Actor{
		{Name: minsa, Role: tracker.Claimant, Aliases: []string{"Ministry of Health", "health ministry", "Ministerio de Salud"}},
		{Name: who, Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization", "OMS"}},
		{Name: emergency, Role: tracker.Claimant, Aliases: []string{"emergency services", "bomberos"}},
	})
	tests := []wantCase{
		{"The Ministry of Health opened an inquiry. Health officials said 25 people had died.", []want{fallback(exact(deaths, 25, minsa))}},
		{"El Ministerio de Salud abrió una investigación. Murieron 25 personas, informaron las autoridades sanitarias.",
			[]want{fallback(exact(deaths, 25, minsa))}},
		// not named in the text, and two actors of the field (the
		// ministry, WHO): no one to tell
		{"Health officials said 25 people had died.", nil},
		// placed elsewhere
		{"The Ministry of Health opened an inquiry. Egyptian health officials said 25 people had died.", nil},
		{"El Ministerio de Salud abrió una investigación. Murieron 25 personas, dijeron fuentes sanitarias egipcias.", nil},
		// the officials of another field
		{"The Ministry of Health opened an inquiry. Prison officials said 25 people had died.", nil},
	}
	checkWants(t, e, tests)
	// a field only one actor of the tracker names: officials of that
	// field speak for it even before the text names it
	one := New([]tracker.Metric{{ID: deaths, Keywords: []string{"deaths", "died", "muertos", "fallecidos"}}}, []tracker.Actor{
		{Name: emergency, Role: tracker.Claimant, Aliases: []string{"emergency services", "Servicios de Emergencia"}},
		{Name: who, Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization", "OMS"}},
	})
	checkWants(t, one, []wantCase{
		{"Emergency officials said 16 people had died in the leak.", []want{fallback(exact(deaths, 16, emergency))}},
		{"Prison officials said 16 people had died in the leak.", nil},
	})
}

// TestExtractSpeakerAfterUnlistedSource: an actor merely mentioned where
// someone unlisted speaks does not go on speaking, and "the ministry
// said" is the ministry that spoke before, not one only mentioned.
func TestExtractSpeakerAfterUnlistedSource(t *testing.T) {
	const killed, uk, ru = "killed", "UK Ministry of Defence", "Russian Ministry of Defence"
	e := New([]tracker.Metric{{ID: killed, Keywords: []string{"killed", "dead"}}}, []tracker.Actor{
		{Name: uk, Role: tracker.Claimant, Aliases: []string{"Britain's Ministry of Defence", "UK Ministry of Defence"}},
		{Name: ru, Role: tracker.Claimant, Aliases: []string{"Russia's defence ministry", "Russian Defence Ministry"}},
	})
	text := "Russia lost 20,000 troops killed in May, Britain's Ministry of Defence said on Monday. " +
		"Defence analysts estimate that the regular forces of Russia's defence ministry lost 50,000 killed. " +
		"Wagner mercenaries, they added, lost around 10,000 killed. " +
		"Taken together, that puts Russian losses at 70,000 dead, the ministry said."
	checkWants(t, e, []wantCase{{text, []want{exact(killed, 20000, uk), exact(killed, 70000, uk)}}})
}

// TestExtractVerbBeforeObjectCount: the verb before a count of people
// ("liberando a los 20 rehenes") is as near it as their noun after it, past
// a personal "a", a gerund's or not, and a definite article.
func TestExtractVerbBeforeObjectCount(t *testing.T) {
	const held, freed, hamas = "hostages-held", "hostages-released", "Hamas"
	e := New([]tracker.Metric{
		{ID: held, Keywords: []string{"hostages", "held", "rehenes", "cautivos"}},
		{ID: freed, Keywords: []string{"released", "freed", "liberados", "liberadas"}},
	}, []tracker.Actor{{Name: hamas, Role: tracker.Claimant, Aliases: []string{"Hamas", "Hamás"}}})
	checkWants(t, e, []wantCase{
		{"Hamás anunció este lunes que está liberando a 20 rehenes.", []want{exact(freed, 20, hamas)}},
		{"Hamás anunció este lunes que liberó a los 20 rehenes.", []want{exact(freed, 20, hamas)}},
		{"Hamas said on Monday that it freed the 20 hostages.", []want{exact(freed, 20, hamas)}},
		{"Hamás anunció este lunes que tiene 20 rehenes.", []want{exact(held, 20, hamas)}},
	})
}

// TestExtractStateBodyOfCountryActor: a body of a listed country's state
// with a long name speaks for that country.
func TestExtractStateBodyOfCountryActor(t *testing.T) {
	const deaths, jordan = "deaths", "Jordan"
	e := New([]tracker.Metric{{ID: deaths, Keywords: []string{"died", "deaths"}}},
		[]tracker.Actor{{Name: jordan, Role: tracker.Claimant, Aliases: []string{"Jordan", "Jordanian government", "Jordanian foreign ministry"}}})
	checkWants(t, e, []wantCase{
		{"Jordan's Ministry of Foreign and Expatriate Affairs said on Sunday that 75 Jordanians have died.", []want{exact(deaths, 75, jordan)}},
		{"Jordan's Ministry of Foreign and Expatriate Affairs said 75 pilgrims died.", []want{exact(deaths, 75, jordan)}},
	})
}

// TestExtractActorHeadsLongerName: an actor's name that heads a longer
// name (its own body, or its part of another institution) is the source
// the verb after that name speaks for.
func TestExtractActorHeadsLongerName(t *testing.T) {
	const deaths, un, pc, csn = "deaths", "United Nations", "Civil protection", "CSN"
	e := New([]tracker.Metric{{ID: deaths, Keywords: []string{"death toll", "deaths", "muertos", "fallecidos"}}}, []tracker.Actor{
		{Name: un, Role: tracker.Confirmer, Aliases: []string{"United Nations", "UN", "Naciones Unidas"}},
		{Name: pc, Role: tracker.Claimant, Aliases: []string{"Protección Civil"}},
		{Name: csn, Role: tracker.Confirmer, Aliases: []string{"Centro Sismológico Nacional", "CSN"}},
	})
	checkWants(t, e, []wantCase{
		{"The death toll has risen to 257, the United Nations Office for the Coordination of Humanitarian Affairs said on Thursday.",
			[]want{exact(deaths, 257, un)}},
		{"En un comunicado, Protección Civil de la Secretaría de Gobernación (Segob) cifró en 229 los muertos.",
			[]want{exact(deaths, 229, pc)}},
		{"El Centro Sismológico Nacional (CSN) de la Universidad de Chile había contabilizado 12 fallecidos.",
			[]want{exact(deaths, 12, csn)}},
		// another institution, not the actor's
		{"The death toll has risen to 257, the Office for the Coordination of Humanitarian Affairs said on Thursday.", nil},
		{"The death toll has risen to 257, Protección Civil of the Republic of Peru said on Thursday.", nil},
		{"The death toll has risen to 257, the Office for the Coordination of Humanitarian Affairs of the United Nations said.",
			[]want{exact(deaths, 257, un)}},
		{"En un comunicado, la Secretaría de Gobernación (Segob) cifró en 229 los muertos.", nil},
	})
}

// TestExtractStateInRelativeClause: a state a relative clause gives the
// people counted ("who had been reported missing") is what they were, not
// what the main predicate says happened to them.
func TestExtractStateInRelativeClause(t *testing.T) {
	const missing, found, ministry = "missing", "found", "Ministry"
	e := New([]tracker.Metric{
		{ID: missing, Keywords: []string{"missing", "desaparecidos"}},
		{ID: found, Keywords: []string{"found", "located", "localizados", "hallados"}},
	}, []tracker.Actor{{Name: ministry, Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}}})
	checkWants(t, e, []wantCase{
		{"El ministerio informó que 96 peregrinos que habían sido reportados como desaparecidos ya fueron localizados.",
			[]want{exact(found, 96, ministry)}},
		{"The ministry said 96 pilgrims had been reported missing.", []want{exact(missing, 96, ministry)}},
	})
	// with no metric of people found, the part found is no count; the
	// whole, those the relative clause says were reported missing, is
	m := New([]tracker.Metric{{ID: missing, Keywords: []string{"missing", "desaparecidos"}}},
		[]tracker.Actor{{Name: ministry, Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}}})
	checkWants(t, m, []wantCase{
		{"The ministry said 96 of the 110 pilgrims who had been reported missing had since been found.", []want{exact(missing, 110, ministry)}},
	})
}

// TestExtractAuthorOfWorkInSubject: a subject that names a work by an actor,
// however long its topic, has that actor as the source of its count.
func TestExtractAuthorOfWorkInSubject(t *testing.T) {
	const cases, firm, church = "abuse-cases", "Cremades & Calvo-Sotelo", "Conferencia Episcopal"
	e := New([]tracker.Metric{{ID: cases, Keywords: []string{"complaints", "denuncias"}}}, []tracker.Actor{
		{Name: firm, Role: tracker.Confirmer, Aliases: []string{"Cremades & Calvo-Sotelo", "Cremades"}},
		{Name: church, Role: tracker.Claimant, Aliases: []string{"Conferencia Episcopal Española", "CEE"}},
	})
	checkWants(t, e, []wantCase{
		{"MADRID, 21 Dic. — La auditoría del despacho Cremades & Calvo-Sotelo sobre los abusos sexuales en la Iglesia católica española contabiliza 1.302 denuncias desde 1905.",
			[]want{exact(cases, 1302, firm)}},
		{"The audit by the law firm Cremades & Calvo-Sotelo on abuse in the Spanish Catholic Church counts 1,302 complaints.",
			[]want{exact(cases, 1302, firm)}},
	})
}

// TestExtractQualifiedWholeOfPart: a part before a qualified whole ("500
// of the approximately 29,000 flights") counts what the whole counts.
func TestExtractQualifiedWholeOfPart(t *testing.T) {
	const cancelled, euro = "flights-cancelled", "Eurocontrol"
	e := New([]tracker.Metric{{ID: cancelled, Unit: "flights", Keywords: []string{"cancelled flights", "cancellations"}}},
		[]tracker.Actor{{Name: euro, Role: tracker.Confirmer, Aliases: []string{"Eurocontrol"}}})
	checkWants(t, e, []wantCase{
		{"Roughly 500 of the approximately 29,000 flights expected across Europe during the day had been cancelled, Eurocontrol said.",
			[]want{about(cancelled, 500, euro)}},
		{"Roughly 500 of the 29,000 flights expected across Europe during the day had been cancelled, Eurocontrol said.",
			[]want{about(cancelled, 500, euro)}},
	})
}

// TestExtractCorrectionsAndTopics: a number denied to give the right one
// ("no fueron 68 … sino 62") and a sentence that opens on its topic ("En
// cuanto a los lesionados, …").
func TestExtractCorrectionsAndTopics(t *testing.T) {
	const deaths, injured, gov = "deaths", "injured", "Government"
	e := New([]tracker.Metric{
		{ID: deaths, Keywords: []string{"killed", "asesinados", "muertos"}},
		{ID: injured, Keywords: []string{"injured", "lesionados", "heridos"}},
	}, []tracker.Actor{{Name: gov, Role: tracker.Claimant, Aliases: []string{"the government", "el gobierno", "la Fiscalía"}}})
	checkWants(t, e, []wantCase{
		{"La Fiscalía corrigió el balance: los reos asesinados no fueron 68, como se informó en un principio, sino 62.",
			[]want{exact(deaths, 62, gov)}},
		{"The government corrected its count: the inmates killed were not 68, as first reported, but 62.",
			[]want{exact(deaths, 62, gov)}},
		{"En cuanto a los lesionados, el gobierno contabiliza 60: 47 permanecen internados y 13 ya recibieron el alta.",
			[]want{exact(injured, 60, gov)}},
		{"As for the injured, the government counts 60: 47 remain in hospital and 13 have gone home.",
			[]want{exact(injured, 60, gov)}},
	})
}

// TestExtractPutFigureAtLongPhrase: "put the number of X at N" however
// long the noun phrase of X.
func TestExtractPutFigureAtLongPhrase(t *testing.T) {
	const escaped, ncos = "inmates-escaped", "NCoS"
	e := New([]tracker.Metric{{ID: escaped, Keywords: []string{"escaped", "fled", "escapees", "fugados"}}},
		[]tracker.Actor{{Name: ncos, Role: tracker.Claimant, Aliases: []string{"NCoS", "Nigerian Correctional Service"}}})
	checkWants(t, e, []wantCase{
		{"The NCoS on Wednesday put the number of inmates who fled the Medium Security Custodial Centre in Kuje, Abuja, after gunmen stormed it on Tuesday night at 879.",
			[]want{exact(escaped, 879, ncos)}},
	})
}

// TestExtractKeywordSubjectOfRise: a metric's own keyword as the subject of
// a verb of rising, however long its modifiers.
func TestExtractKeywordSubjectOfRise(t *testing.T) {
	const suicides, dod = "suicides", "Department of Defense"
	e := New([]tracker.Metric{
		{ID: suicides, Keywords: []string{"suicides", "died by suicide", "killed themselves", "suicidios", "se suicidaron"}},
		{ID: "attempts", Keywords: []string{"suicide attempts", "intentos de suicidio"}}},
		[]tracker.Actor{{Name: dod, Role: tracker.Claimant, Aliases: []string{"Pentagon", "Pentágono"}}})
	checkWants(t, e, []wantCase{
		{"WASHINGTON — Los suicidios de militares estadounidenses se elevaron a 349, más de 50 por encima de las bajas sufridas en Afganistán, según informó el Pentágono.",
			[]want{exact(suicides, 349, dod)}},
		{"Suicides among active-duty American service members rose to 349, the Pentagon said.", []want{exact(suicides, 349, dod)}},
	})
}

// TestExtractTitleYearIsNoPeriod: the year that ends a report's title is
// no later period that makes the text's own year an earlier one.
func TestExtractTitleYearIsNoPeriod(t *testing.T) {
	const deaths, who = "road-deaths", "WHO"
	e := New([]tracker.Metric{{ID: deaths, Keywords: []string{"road deaths", "killed", "muertes viales"}}},
		[]tracker.Actor{{Name: who, Role: tracker.Confirmer, Aliases: []string{"World Health Organization", "WHO", "OMS"}}})
	checkWants(t, e, []wantCase{
		{"Road traffic crashes killed about 1.19 million people around the world in 2021, the World Health Organization said as it launched its Global Status Report on Road Safety 2023.",
			[]want{about(deaths, 1190000, who)}},
	})
}

// TestExtractTargetYearIsNoPeriod: the year a target or plan is set for is
// no later period that makes the text's own year an earlier one.
func TestExtractTargetYearIsNoPeriod(t *testing.T) {
	const living, unaids = "people-living-with-hiv", "UNAIDS"
	e := New([]tracker.Metric{{ID: living, Keywords: []string{"people living with HIV", "personas con VIH"}}},
		[]tracker.Actor{{Name: unaids, Role: tracker.Confirmer, Aliases: []string{"UNAIDS", "ONUSIDA"}}})
	checkWants(t, e, []wantCase{
		{"En el plano mundial, ONUSIDA contabiliza 40,8 millones de personas con VIH en 2024, de las cuales 31,6 millones reciben tratamiento, lejos de la meta de 34 millones prevista para 2025.",
			[]want{exact(living, 40800000, unaids)}},
		{"UNAIDS counted 40.8 million people living with HIV in 2024, short of the target of 34 million by 2025.",
			[]want{exact(living, 40800000, unaids)}},
	})
}

// TestExtractRateNumerator: the numerator of a rate ("33 deaths per 100,000
// live births") is no count.
func TestExtractRateNumerator(t *testing.T) {
	const deaths, cdc = "maternal-deaths", "CDC"
	e := New([]tracker.Metric{{ID: deaths, Keywords: []string{"maternal deaths", "muertes maternas"}}},
		[]tracker.Actor{{Name: cdc, Role: tracker.Claimant, Aliases: []string{"CDC"}}})
	checkWants(t, e, []wantCase{
		{"The CDC said there were 1,205 maternal deaths, which pushed the rate to nearly 33 deaths per 100,000 live births.",
			[]want{exact(deaths, 1205, cdc)}},
		{"Según el CDC, hubo 1.205 muertes maternas, una tasa de 33 muertes por cada 100.000 nacidos vivos.",
			[]want{exact(deaths, 1205, cdc)}},
		{"The CDC counted 33 maternal deaths in the state, a rate well above the national one.", []want{exact(deaths, 33, cdc)}},
	})
}

// TestExtractBreakdownEndingOnOne: a count of men or women the tracker
// names, listed with "and a woman" after a larger count, breaks that count
// down; without a larger count it is the count.
func TestExtractBreakdownEndingOnOne(t *testing.T) {
	const arrests, amnesty = "lgbt-arrests", "Amnesty International"
	e := New([]tracker.Metric{{ID: arrests, Keywords: []string{"LGBT arrests", "gay men arrested", "detenidos por homosexualidad", "arrestos LGBT"}}}, []tracker.Actor{
		{Name: amnesty, Role: tracker.Confirmer, Aliases: []string{"Amnesty International", "Amnistía Internacional"}},
	})
	checkWants(t, e, []wantCase{
		{"Amnistía Internacional eleva a 33 (32 hombres y una mujer) el número de arrestados.", []want{exact(arrests, 33, amnesty)}},
		{"Amnesty International said 33 people, 32 men and a woman, had been arrested.", []want{exact(arrests, 33, amnesty)}},
		{"Amnesty International said 32 men and a woman had been arrested.", []want{exact(arrests, 32, amnesty)}},
		{"Amnistía Internacional contó 40 arrestados: 32 hombres y un menor en la capital y siete en otras ciudades.",
			[]want{exact(arrests, 40, amnesty)}},
	})
}

// TestExtractCountryAdjectiveAfterAlias: an alias cut short and followed
// by another listed country's adjective names that country's body.
func TestExtractCountryAdjectiveAfterAlias(t *testing.T) {
	const cases, drc, uganda = "cases", "DRC Ministry of Health", "Uganda Ministry of Health"
	e := New([]tracker.Metric{{ID: cases, Keywords: []string{"casos confirmados", "confirmed cases"}}}, []tracker.Actor{
		{Name: drc, Role: tracker.Claimant, Aliases: []string{"Ministerio de Sanidad congoleño", "Ministerio de Salud de la RDC"}},
		{Name: uganda, Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud ugandés", "Ministerio de Salud de Uganda"}},
	})
	checkWants(t, e, []wantCase{
		{"El brote acumula ya 130 casos confirmados, según fuentes del Ministerio de Sanidad ugandés.", []want{exact(cases, 130, uganda)}},
		{"El brote acumula ya 130 casos confirmados, según fuentes del Ministerio de Sanidad congoleño.", []want{exact(cases, 130, drc)}},
	})
}

// TestExtractHospitalsAreNoHospitalisations: "hospitals" shares its
// English stem with "hospitalizations" but counts no one hospitalised;
// a metric that counts hospitals by that keyword still does.
func TestExtractHospitalsAreNoHospitalisations(t *testing.T) {
	const injured, closed, irc = "injured", "hospitals-closed", "Red Cross"
	e := New([]tracker.Metric{{ID: injured, Keywords: []string{"injured", "hospitalizations"}}},
		[]tracker.Actor{{Name: irc, Role: tracker.Confirmer, Aliases: []string{"Red Crescent", "Red Cross"}}})
	checkWants(t, e, []wantCase{
		{"Red Crescent teams have so far visited three of the seven hospitals treating the wounded, the Red Cross said.", nil},
		{"The Red Cross said 40 people were injured.", []want{exact(injured, 40, irc)}},
	})
	h := New([]tracker.Metric{{ID: closed, Keywords: []string{"hospitals", "hospitales"}}},
		[]tracker.Actor{{Name: irc, Role: tracker.Confirmer, Aliases: []string{"Red Crescent", "Red Cross"}}})
	checkWants(t, h, []wantCase{
		{"The Red Cross said seven hospitals had shut.", []want{exact(closed, 7, irc)}},
	})
}

// wantCase is a text and the figures Extract must return for it, in order.
type wantCase struct {
	text string
	want []want
}

// checkWants runs e over each case's text and reports any figure list
// that differs from the one wanted.
func checkWants(t *testing.T, e *Extractor, cases []wantCase) {
	t.Helper()
	for _, tt := range cases {
		var got []want
		for _, x := range e.Extract(tt.text, nil) {
			got = append(got, asWant(x))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q)\n got  %v\n want %v", tt.text, got, tt.want)
		}
	}
}

func TestExtractConcurrent(t *testing.T) {
	e := newTestExtractor()
	done := make(chan []Extraction)
	for range 8 {
		go func() {
			var all []Extraction
			for _, tt := range extractTests {
				all = append(all, e.Extract(tt.text, nil)...)
			}
			done <- all
		}()
	}
	first := <-done
	for range 7 {
		if got := <-done; fmt.Sprint(got) != fmt.Sprint(first) {
			t.Fatal("concurrent runs disagree")
		}
	}
}

// A keyword of two events joined by "or", "and", "o" or "y" counts both
// ("died or went missing", "muertos o desaparecidos"); one of several
// terms otherwise counts its first event ("died in custody").
func TestKeywordCategoriesCoordinated(t *testing.T) {
	lex := lexicon()
	var missing category
	for _, c := range lex.concepts {
		if c.name == "missing" {
			missing = c.bit
		}
	}
	if missing.empty() {
		t.Fatal("the built-in lexicon has no missing concept")
	}
	death := lex.death
	tests := []struct {
		keyword string
		want    category
	}{
		{"died or went missing", death.or(missing)},
		{"muertos o desaparecidos", death.or(missing)},
		{"died in custody", death},
	}
	for _, tt := range tests {
		if got := lex.keywordCategories(tt.keyword); got != tt.want {
			t.Errorf("keywordCategories(%q) = %b, want %b", tt.keyword, got, tt.want)
		}
	}
}

// A word the lexicon lists as unrelated to a concept shares its stem but
// does not name it: "deportistas" (athletes) is no deportation, "close
// contacts" no closure, "international" no "internados", "polling
// stations" are not "stationed", while "deportados" still is.
func TestLexiconUnrelatedWords(t *testing.T) {
	lex, err := parseLexicon("concept deportation\nterms: deportados, deported\nnot: deportistas, Close\n" +
		"concept closure\nterms: closed\n")
	if err != nil {
		t.Fatal(err)
	}
	deportation, closure := lex.concepts[0].bit, lex.concepts[1].bit
	tests := []struct {
		keyword string
		want    category
	}{
		{"deportistas sancionados", category{}},
		{"close contacts", category{}},
		{"personas deportadas", deportation},
		{"schools closing", closure},
	}
	for _, tt := range tests {
		if got := lex.keywordCategories(tt.keyword); got != tt.want {
			t.Errorf("keywordCategories(%q) = %b, want %b", tt.keyword, got, tt.want)
		}
	}
	builtIn := lexicon()
	for _, kw := range []string{"deportistas", "close contacts", "missed doses", "international tourists", "attacks on hospitals",
		"robo a transportistas", "tratos crueles", "albergues habilitados", "electoral complaints", "polling stations"} {
		if got := builtIn.keywordCategories(kw); !got.empty() {
			t.Errorf("built-in keywordCategories(%q) = %b, want no concept", kw, got)
		}
	}
}

func TestLexiconParses(t *testing.T) {
	lex, err := parseLexicon(conceptsFile)
	if err != nil {
		t.Fatal(err)
	}
	if len(lex.concepts) < 12 {
		t.Errorf("%d concepts, want the kinds of counts people track (at least 12)", len(lex.concepts))
	}
	for _, c := range lex.concepts {
		if len(c.terms) == 0 {
			t.Errorf("concept %s has no terms", c.name)
		}
		if c.state && len(c.people) == 0 {
			t.Errorf("state concept %s names no people", c.name)
		}
	}
	if lex.detention.empty() || lex.arrest.empty() || lex.restricted.empty() {
		t.Error("the lexicon lacks detention, arrest or restricted, which the rules about prison name")
	}
	tests := []struct{ src, want string }{
		{"terms: a", "line 1: \"terms\" outside a concept block"},
		{"concept x\nflags: loud", "line 2: unknown flag \"loud\""},
		{"concept x\nwords: a", "line 2: unknown key \"words\""},
		{"concept x\njust words", "line 2: want \"concept NAME\" or \"KEY: values\""},
		{"concept x\nterms: a\nconcept x\nterms: b", "line 3: concept \"x\" is defined twice"},
	}
	for _, tt := range tests {
		if _, err := parseLexicon(tt.src); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseLexicon(%q) = %v, want an error containing %q", tt.src, err, tt.want)
		}
	}
}

func TestKeywordsMatchInflectionsAndSynonyms(t *testing.T) {
	metrics := []tracker.Metric{
		{ID: "deaths", Keywords: []string{"deaths", "muertos"}},
		{ID: "injured", Keywords: []string{"injured", "heridos"}},
		{ID: "released", Keywords: []string{"excarcelados"}},
		{ID: "deported", Keywords: []string{"deported"}},
		{ID: "missing", Keywords: []string{"missing"}},
		{ID: "cargo-theft", Keywords: []string{"robo de carga", "robo al autotransporte"}},
		{ID: "human-cases", Keywords: []string{"caso humano"}},
	}
	actors := []tracker.Actor{{Name: "Agency", Role: tracker.Confirmer, Aliases: []string{"the agency", "la agencia"}}}
	e := New(metrics, actors)
	tests := []struct {
		text   string
		metric string
		value  int64
	}{
		{"The death toll reached 120, the agency said.", "deaths", 120},
		{"Some 152 mil 592 people died, the agency said.", "deaths", 152592},
		{"Some 45 people suffered injuries, the agency said.", "injured", 45},
		{"La agencia dijo que 30 personas fueron excarceladas.", "released", 30},
		{"The agency said 900 deportations were carried out in March.", "deported", 900},
		{"Según the agency, hubo 15 fallecidos.", "deaths", 15},
		{"The agency said 10 people remained unaccounted for.", "missing", 10},
		{"La agencia contabilizó 12,222 robos al autotransporte.", "cargo-theft", 12222},
		{"La agencia confirmó 14 casos humanos.", "human-cases", 14},
	}
	for _, tt := range tests {
		got := e.Extract(tt.text, nil)
		if len(got) != 1 || got[0].Metric != tt.metric || got[0].Value != tt.value {
			t.Errorf("Extract(%q) = %+v, want %s=%d", tt.text, got, tt.metric, tt.value)
		}
	}
}

// A keyword of one metric alone, right before the number, names its metric
// even when another metric's concept term stands in the clause; and the
// speaker of a relative clause after a number ("que la Secretaría de Salud
// reportó") speaks for that one only.
func TestExtractKeywordAtTheNumber(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "covid-deaths", Keywords: []string{"muertes", "fallecidos", "deaths"}},
		{ID: "excess-deaths", Keywords: []string{"exceso de mortalidad", "excess mortality"}},
	}, []tracker.Actor{
		{Name: "INEGI", Role: tracker.Confirmer, Aliases: []string{"INEGI"}},
		{Name: "Secretaría de Salud", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud"}},
	})
	text := "El INEGI informó que entre el 1 de enero de 2020 y el 31 de diciembre de 2021 México registró un exceso de mortalidad de 699 mil 271 personas, más del doble de los 327 mil 261 fallecimientos por COVID-19 que la Secretaría de Salud reportó de manera oficial."
	var got []want
	for _, x := range e.Extract(text, nil) {
		got = append(got, asWant(x))
	}
	wantList := []want{
		{metric: "excess-deaths", value: 699271, qual: tracker.Exact, actor: "INEGI"},
		{metric: "covid-deaths", value: 327261, qual: tracker.Exact, actor: "Secretaría de Salud"},
	}
	if fmt.Sprint(got) != fmt.Sprint(wantList) {
		t.Errorf("got  %v\nwant %v", got, wantList)
	}
}

// Punishments, threats and causes named with a word of death are no deaths.
func TestExtractDeathPenaltyIsNoDeath(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"killed", "deaths", "muertos"}},
		{ID: "arrests", Keywords: []string{"arrested", "detenidos"}},
	}, []tracker.Actor{{Name: "HRANA", Role: tracker.Confirmer, Aliases: []string{"HRANA"}}})
	for _, text := range []string{
		"HRANA da cuenta, además, de casi 20.000 detenidos, 110 de los cuales podrían ser condenados a muerte.",
		"HRANA said 14 protesters had received death sentences so far.",
		"HRANA dijo que 40 activistas recibieron amenazas de muerte.",
	} {
		for _, x := range e.Extract(text, nil) {
			if x.Metric == "deaths" {
				t.Errorf("Extract(%q) took %d as deaths", text, x.Value)
			}
		}
	}
}

// A count of a group by age, sex or nationality is a part of the count,
// unless the tracker counts just that group.
func TestExtractGroupIsPart(t *testing.T) {
	actors := []tracker.Actor{{Name: "Amnesty", Role: tracker.Confirmer, Aliases: []string{"Amnesty International"}}}
	text := "At least 23 children have been killed in the crackdown, Amnesty International said."
	tests := []struct {
		metric tracker.Metric
		want   int
	}{
		{tracker.Metric{ID: "deaths", Name: "Protesters killed", Keywords: []string{"killed", "deaths"}}, 0},
		{tracker.Metric{ID: "child-deaths", Name: "Children killed", Keywords: []string{"killed", "deaths"}}, 1},
		{tracker.Metric{ID: "child-deaths", Name: "Deaths", Keywords: []string{"children killed", "niños muertos"}}, 1},
	}
	for _, tt := range tests {
		got := New([]tracker.Metric{tt.metric}, actors).Extract(text, nil)
		if len(got) != tt.want {
			t.Errorf("metric %q %v: got %d figures %v, want %d", tt.metric.Name, tt.metric.Keywords, len(got), got, tt.want)
		}
	}
}

// A number given with its share of a total is a part of that total.
func TestExtractShareAsideIsPart(t *testing.T) {
	e := New([]tracker.Metric{{ID: "disappeared", Keywords: []string{"desaparecidos", "missing"}}},
		[]tracker.Actor{{Name: "CNB", Role: tracker.Claimant, Aliases: []string{"Comisión Nacional de Búsqueda", "CNB"}}})
	tests := []struct {
		text string
		want int
	}{
		{"Según la Comisión Nacional de Búsqueda, 26.090 desaparecidos, el 24 por ciento, no tienen datos suficientes.", 0},
		{"The CNB said 12,377 missing people (11%) had been confirmed.", 0},
		{"Según la Comisión Nacional de Búsqueda, hay 110.964 desaparecidos, 2.695 más que hace tres meses.", 1},
	}
	for _, tt := range tests {
		if got := e.Extract(tt.text, nil); len(got) != tt.want {
			t.Errorf("Extract(%q): got %v, want %d figures", tt.text, got, tt.want)
		}
	}
}

// A count over a period that runs to the latest year the text names is
// current, not an earlier period's.
func TestExtractPeriodUpToLatestYear(t *testing.T) {
	e := New([]tracker.Metric{{ID: "excess-deaths", Keywords: []string{"excess deaths"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"World Health Organization", "WHO"}}})
	tests := []struct {
		text string
		want int
	}{
		{"India had 4.7 million excess deaths in 2020 and 2021, according to World Health Organization estimates.", 1},
		{"India had 4.7 million excess deaths in 2020, according to World Health Organization estimates, and more in 2021.", 0},
	}
	for _, tt := range tests {
		if got := e.Extract(tt.text, nil); len(got) != tt.want {
			t.Errorf("Extract(%q): got %v, want %d figures", tt.text, got, tt.want)
		}
	}
}

// A coordinated attribution verb with no subject of its own has the
// speaker of the clause before it, whoever relays it.
func TestExtractElidedSubject(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"muertos", "deaths"}},
		{ID: "injured", Keywords: []string{"heridos", "injured"}},
	}, []tracker.Actor{{Name: "Junta", Role: tracker.Claimant, Aliases: []string{"junta militar", "military junta"}}})
	text := "La junta militar elevó este sábado a 1.644 los muertos por el terremoto, y cifró en 3.408 los heridos, según el boletín de la televisión estatal."
	var got []want
	for _, x := range e.Extract(text, nil) {
		got = append(got, asWant(x))
	}
	wantList := []want{exact("deaths", 1644, "Junta"), exact("injured", 3408, "Junta")}
	if fmt.Sprint(got) != fmt.Sprint(wantList) {
		t.Errorf("got  %v\nwant %v", got, wantList)
	}
}

// "The group said", "It has tallied" is the organisation named before, even
// when the sentence mentions another actor in passing.
func TestExtractTheGroupSpeaks(t *testing.T) {
	tests := []struct {
		text  string
		value int64
	}{
		{"Foro Penal said on Monday that more releases were expected. Earlier in the day the group had put at 350 the number of political prisoners who have walked free since Jan. 8, when the government launched the effort.", 350},
		{"Foro Penal published its weekly report on Monday. It has tallied 431 releases since the government promised to free a significant number of prisoners.", 431},
	}
	for _, tt := range tests {
		var got []want
		for _, x := range newTestExtractor().Extract(tt.text, nil) {
			got = append(got, asWant(x))
		}
		wantList := []want{{metric: released, value: tt.value, qual: tracker.Exact, actor: foro, fallback: true}}
		if fmt.Sprint(got) != fmt.Sprint(wantList) {
			t.Errorf("Extract(%q)\ngot  %v\nwant %v", tt.text, got, wantList)
		}
	}
}

// An actor named in passing before an aside that names the speaker does
// not take the aside's attribution verb.
func TestExtractAsideSpeakerWins(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hostages", Keywords: []string{"hostages", "captives", "held", "rehenes"}}},
		[]tracker.Actor{
			{Name: "IDF", Role: tracker.Claimant, Aliases: []string{"Israel Defense Forces", "IDF"}},
			{Name: "Hamas", Role: tracker.Claimant, Aliases: []string{"Hamas"}},
		})
	text := "At least 222 people are being held hostage in the Gaza Strip after Hamas's surprise attack on October 7, the Israel Defense Forces said on Monday, adding that their families had been notified."
	var got []want
	for _, x := range e.Extract(text, nil) {
		got = append(got, asWant(x))
	}
	wantList := []want{atLeast("hostages", 222, "IDF")}
	if fmt.Sprint(got) != fmt.Sprint(wantList) {
		t.Errorf("got  %v\nwant %v", got, wantList)
	}
}

// A count of the unit a metric measures ("12,000 hectares") is a count of
// that metric, not of some other thing.
func TestExtractMetricUnitIsItsCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "burned-area", Unit: "hectares", Keywords: []string{"hectares burned", "burned", "calcinadas", "hectáreas quemadas"}}},
		[]tracker.Actor{{Name: "CONAF", Role: tracker.Claimant, Aliases: []string{"CONAF", "Corporación Nacional Forestal", "forestry agency"}}})
	for _, tt := range []struct {
		text  string
		value int64
	}{
		{"The fire has burned 12,000 hectares so far, the forestry agency said on Tuesday.", 12000},
		{"Según la Corporación Nacional Forestal, las llamas ya han calcinado unas 8.500 hectáreas.", 8500},
	} {
		got := e.Extract(tt.text, nil)
		if len(got) != 1 || got[0].Value != tt.value || got[0].Actor != "CONAF" {
			t.Errorf("Extract(%q) = %v, want %d by CONAF", tt.text, got, tt.value)
		}
	}
}

// An institution named by an adjective is that institution's actor when
// one actor's alias names it: "un anuncio gubernamental de 116
// excarcelaciones" is the government's.
func TestExtractInstitutionAdjective(t *testing.T) {
	e := New([]tracker.Metric{{ID: "releases", Keywords: []string{"released", "excarcelaciones"}}},
		[]tracker.Actor{
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government", "gobierno"}},
			{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}},
		})
	var got []want
	for _, x := range e.Extract("Un anuncio gubernamental de 116 excarcelaciones fue recibido con escepticismo por Foro Penal, que ha verificado 56.", nil) {
		got = append(got, asWant(x))
	}
	wantList := []want{exact("releases", 116, "Government"), exact("releases", 56, "Foro Penal")}
	if fmt.Sprint(got) != fmt.Sprint(wantList) {
		t.Errorf("got  %v\nwant %v", got, wantList)
	}
}

// Two metrics of one kind: the one whose own qualifier ("heat", "exceso")
// stands by the number wins, whichever comes first in the file, and a
// qualifier that belongs to another number of the clause decides nothing.
func TestExtractQualifierChoosesMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "fire-deaths", Keywords: []string{"deaths", "killed", "muertos"}},
		{ID: "heat-deaths", Keywords: []string{"heat deaths", "heat-related deaths", "muertes por calor"}},
		{ID: "registered", Keywords: []string{"registered voters", "electores habilitados"}},
		{ID: "turnout", Keywords: []string{"turnout", "votantes", "votos emitidos"}},
	}, []tracker.Actor{{Name: "ISGlobal", Role: tracker.Confirmer, Aliases: []string{"ISGlobal"}}})
	for _, tt := range []struct {
		text   string
		metric string
		value  int64
	}{
		{"Heat killed more than 61,000 people across Europe, ISGlobal said.", "heat-deaths", 61000},
		{"Las olas de calor se asocian con 62.775 muertes en Europa, según ISGlobal.", "heat-deaths", 62775},
		{"The fire killed 115 people, ISGlobal said.", "fire-deaths", 115},
		{"Según ISGlobal, de los 7.936.515 ciudadanos habilitados acudieron a votar 6.771.811 votantes.", "turnout", 6771811},
	} {
		got := metricValues(e, tt.text)
		if w := fmt.Sprintf("%s=%d", tt.metric, tt.value); !containsString(got, w) {
			t.Errorf("Extract(%q) = %v, want %s", tt.text, got, w)
		}
	}
}

// A qualifier naming the institution that acted on the people counted is
// no qualifier of them: the military that detained 10,000 people
// detained no soldiers.
func TestExtractAgentIsNoQualifier(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrests", Keywords: []string{"arrested", "detained", "detenidos"}},
		{ID: "soldiers-detained", Keywords: []string{"soldiers detained", "military personnel detained", "militares detenidos"}},
	}, []tracker.Actor{{Name: "AAPP", Role: tracker.Confirmer, Aliases: []string{"AAPP"}}})
	checkMetricValues(t, e, []metricCase{
		{"Myanmar's military has now detained 10,000 people since the coup, the AAPP said.", []string{"arrests=10000"}},
		{"Los militares han detenido a 2.500 personas desde el golpe, según la AAPP.", []string{"arrests=2500"}},
		{"The AAPP said 12 military officers were detained.", []string{"soldiers-detained=12"}},
	})
}

// The source of a sentence reaches the numbers it reports, and no
// unlisted subject is read where there is none.
func TestExtractSourceCarries(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "fallecidos", "muertos"}}},
		[]tracker.Actor{
			{Name: "SML", Role: tracker.Confirmer, Aliases: []string{"Servicio Médico Legal", "SML"}},
			{Name: "Maui County", Role: tracker.Claimant, Aliases: []string{"Maui County", "condado de Maui"}},
		})
	for _, tt := range []struct {
		text, want string
	}{
		{"El Servicio Médico Legal actualizó el balance: a las 12:00 horas se contabilizaban 131 personas fallecidas.", "deaths=131 by SML"},
		{"Maui County reported 114 deaths on Monday. A week later the county still puts the number of dead at 115.", "deaths=115 by Maui County"},
		{"Según el condado, la cifra oficial de muertos se mantiene en 115.", "deaths=115 by Maui County"},
		{"Ten more victims were added on Monday, bringing the death toll to 122, said the head of the Servicio Médico Legal.", "deaths=122 by SML"},
		{"Así lo denuncia un portavoz del Servicio Médico Legal. Su último recuento eleva a 2.166 las personas fallecidas.", "deaths=2166 by SML"},
		{"El Servicio Médico Legal habló el lunes. Diez de ellos tienen 75 años. Desde el incendio, añadió, han muerto 131 personas.", "deaths=131 by SML"},
	} {
		got := figuresBy(e, tt.text)
		if !containsString(got, tt.want) {
			t.Errorf("Extract(%q) = %v, want %s", tt.text, got, tt.want)
		}
	}
}

// A name several actors share ("the Ministry of Health" of two countries'
// ministries, "the government" of two governments) goes to the one named
// last, or else to the one whose country the text names.
func TestExtractSharedNameByCountry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "killed"}}},
		[]tracker.Actor{
			{Name: "SSa", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud", "Mexico's Ministry of Health", "Mexican government"}},
			{Name: "India MoH", Role: tracker.Claimant, Aliases: []string{"Ministry of Health and Family Welfare", "Indian government"}},
		})
	for _, tt := range []struct {
		text, want string
	}{
		{"Mexico's death toll is far higher than reported. A report published on Saturday by the Ministry of Health counts 294,287 deaths.", "deaths=294287 by SSa"},
		{"India's death toll is disputed. The government's official count of those killed stood at 481,000.", "deaths=481000 by India MoH"},
		{"Mexico's death toll is disputed. The government's official count of those killed stood at 201,429.", "deaths=201429 by SSa"},
	} {
		got := figuresBy(e, tt.text)
		if !containsString(got, tt.want) {
			t.Errorf("Extract(%q) = %v, want %s", tt.text, got, tt.want)
		}
	}
	// nothing tells two governments apart: no actor
	if got := e.Extract("The government's official count of those killed stood at 284.", nil); len(got) != 0 {
		t.Errorf("with no country named: %v, want nothing", got)
	}
}

// A country that says or reports a number speaks through its government;
// a country inside a name or one that merely counts does not.
func TestExtractCountrySpeaks(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hostages", Keywords: []string{"hostages", "rehenes"}}},
		[]tracker.Actor{
			{Name: "IDF", Role: tracker.Claimant, Aliases: []string{"IDF", "Israeli army"}},
			{Name: "PMO", Role: tracker.Claimant, Aliases: []string{"Prime Minister's Office", "Israeli government"}},
			{Name: "Hamas", Role: tracker.Claimant, Aliases: []string{"Hamas"}},
		})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The Israeli army said on Friday it had found two bodies. Israel has said 136 hostages remain in the territory.", []string{"hostages=136 by PMO"}},
		{"As of Friday, Israel had officially reported 137 hostages.", []string{"hostages=137 by PMO"}},
		{"Israel counts 130 hostages in Gaza.", nil},
		{"An Israeli official said on Monday that 129 hostages were still held.", []string{"hostages=129 by PMO"}},
		{"Las autoridades israelíes informaron el lunes de 128 rehenes en Gaza.", []string{"hostages=128 by PMO"}},
		{"Officials in the Gaza Strip said 127 hostages remained.", nil},
		{"Hostages remain in Gaza: 126 hostages, Israel's government said.", []string{"hostages=126 by PMO"}},
		{"El Gobierno de Israel aseguró el viernes que hay 125 rehenes en Gaza.", []string{"hostages=125 by PMO"}},
		{"Las autoridades israelíes contabilizaron 124 rehenes.", []string{"hostages=124 by PMO"}},
		{"La embajada de Israel en Madrid asegura que hay 120 rehenes.", nil},
	} {
		got := figuresBy(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// "Believed to be missing" is what is known, not what may happen.
func TestExtractBelievedToBe(t *testing.T) {
	e := New([]tracker.Metric{{ID: "missing", Keywords: []string{"missing"}}},
		[]tracker.Actor{{Name: "Red Crescent", Role: tracker.Confirmer, Aliases: []string{"Red Crescent"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Some 10,000 people are believed to be missing, the Red Crescent said.", []string{"missing=10000"}},
		{"The Red Crescent said 300 people were expected to be missing if the dam broke.", nil},
	} {
		got := metricValues(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// An inflected "still" before another concept's term is a copula:
// "quedaron heridos" counts the injured, not people held.
func TestExtractInflectedStill(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"muertos", "asesinados"}},
		{ID: "injured", Keywords: []string{"heridos"}},
		{ID: "held", Keywords: []string{"presos", "siguen presos"}},
	}, []tracker.Actor{{Name: "SNAI", Role: tracker.Claimant, Aliases: []string{"SNAI"}}})
	got := metricValues(e, "Según el SNAI, 15 reos fueron asesinados y otros 14 quedaron heridos.")
	if want := "[deaths=15 injured=14]"; fmt.Sprint(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// "Another N" of the metric just counted adds to that count; of another
// metric, it is a count of its own.
func TestExtractAnotherOfSame(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"muertos", "asesinados"}},
		{ID: "injured", Keywords: []string{"heridos"}},
	}, []tracker.Actor{{Name: "Defensoría", Role: tracker.Confirmer, Aliases: []string{"Defensoría del Pueblo"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Según la Defensoría del Pueblo, en diciembre se registraron 394 heridos, y en enero otros 274.", []string{"injured=394"}},
		{"Según la Defensoría del Pueblo, 15 reos fueron asesinados y otros 14 quedaron heridos.", []string{"deaths=15", "injured=14"}},
		{"Según la Defensoría del Pueblo, hubo 20 muertos. Otros 30 quedaron heridos, dijo la Defensoría del Pueblo.", []string{"deaths=20", "injured=30"}},
		{"Según la Defensoría del Pueblo, hubo 20 muertos. Otros 30 muertos aparecieron el lunes, dijo la Defensoría del Pueblo.", []string{"deaths=20"}},
	} {
		got := metricValues(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// "Lives" is a death term as written; its stem is no death: "living".
func TestExtractLivesNotLiving(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "killed"}}},
		[]tracker.Actor{{Name: "Junta", Role: tracker.Claimant, Aliases: []string{"junta"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The junta said the earthquake had claimed at least 2,719 lives.", []string{"deaths=2719"}},
		{"The junta said 2,000 people had been killed; more than a million were living in temporary shelters.", []string{"deaths=2000"}},
	} {
		got := metricValues(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A ratio is no count, and a period that opens the sentence scopes all of
// it.
func TestExtractRatioAndOpeningPeriod(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertes", "deaths"}}},
		[]tracker.Actor{{Name: "OMS", Role: tracker.Confirmer, Aliases: []string{"OMS", "WHO"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Según la OMS, seis de cada diez muertes no quedaban registradas.", nil},
		{"One in every four deaths went unrecorded, the WHO said.", nil},
		{"The WHO counted 300 deaths; the death rate per 1,000 people was the highest ever.", []string{"deaths=300"}},
		// "el año pasado" is earlier only beside a count of this year; alone
		// it is the year an annual report covers
		{"En lo que va de 2024 hubo 242 muertes, según la OMS. El año pasado, según la OMS, se registraron 381 muertes.",
			[]string{"deaths=242"}},
		{"El año pasado, según la OMS, se registraron 381 muertes.", []string{"deaths=381"}},
		{"Según la OMS, se registraron 381 muertes.", []string{"deaths=381"}},
		{"Según la OMS, el calor se cobró este año la vida de 2.216 personas.", []string{"deaths=2216"}},
	} {
		got := metricValues(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// "Including" a count of another kind is a count of its own; a part of the
// same kind, or a list of one count as it grew, is handled as such.
func TestExtractIncludingOtherKinds(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Keywords: []string{"cases", "infections"}},
		{ID: "deaths", Keywords: []string{"deaths", "dead"}},
		{ID: "hospitalized", Keywords: []string{"hospitalizations"}},
	}, []tracker.Actor{{Name: "CDC", Role: tracker.Claimant, Aliases: []string{"CDC"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"The CDC reported 483 confirmed measles cases across 20 states, including two deaths and 70 hospitalizations.",
			[]string{"cases=483", "deaths=2", "hospitalized=70"}},
		{"The CDC reported 4,471 cases and 99 deaths, including 37 new infections on Tuesday.", []string{"cases=4471", "deaths=99"}},
		// the count "with" follows is the one before the brackets
		{"The CDC said 62 cases had been reported (6 confirmed and 56 suspected), with 26 deaths.", []string{"cases=62", "deaths=26"}},
		{"The CDC said 62 cases had been reported (6 confirmed, 56 suspected), with 26 deaths.", []string{"cases=62", "deaths=26"}},
	} {
		got := metricValues(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// An opening partitive phrase ("De ellas,", "Of those,") makes the
// numbers of its part of the sentence parts of a total.
func TestExtractLeadingPartitive(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"muertos", "murieron"}},
		{ID: "injured", Keywords: []string{"heridos"}},
	}, []tracker.Actor{{Name: "CI", Role: tracker.Claimant, Aliases: []string{"Comité de Investigación"}}})
	got := metricValues(e, "El Comité de Investigación elevó a 144 los muertos. De ellas, 40 murieron por disparos y 45 por el fuego, precisó, mientras que los heridos suman 182.")
	if want := "[deaths=144 injured=182]"; fmt.Sprint(got) != want {
		t.Errorf("got %v, want %s", got, want)
	}
}

// "Officials" and an "official" count stand for the government the text
// is about; officials of another kind, or a government the text never
// names, do not.
func TestExtractOfficialsAreTheGovernment(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "dead", "fallecidos"}}},
		[]tracker.Actor{
			{Name: "Guinea", Role: tracker.Claimant, Aliases: []string{"Guinean government", "gobierno de Guinea"}},
			{Name: "Collective", Role: tracker.Confirmer, Aliases: []string{"human rights collective"}},
		})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"A stampede in Guinea killed scores. The unverified figure is far higher than the official death toll of 56.", []string{"deaths=56 by Guinea"}},
		{"Guinea mourns. El balance oficial de las autoridades se quedó en 56 fallecidos.", []string{"deaths=56 by Guinea"}},
		{"Guinea mourns. Aid officials said 70 people were dead.", nil},
		{"A stampede in Brazil killed scores. The official death toll stood at 52.", nil},
	} {
		got := figuresBy(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// metricValues returns "metric=value" for each figure e extracts from text,
// in order.
func metricValues(e *Extractor, text string) []string {
	var got []string
	for _, x := range e.Extract(text, nil) {
		got = append(got, fmt.Sprintf("%s=%d", x.Metric, x.Value))
	}
	return got
}

// General knowledge of counts: a pardon is a release, survivors are
// rescued, bodies are deaths, and the people a boat carried are its load,
// not its dead.
func TestExtractPardonsSurvivorsAboard(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "released", Keywords: []string{"released", "liberados"}},
		{ID: "deaths", Keywords: []string{"dead", "muertos"}},
		{ID: "rescued", Keywords: []string{"rescued", "rescatados"}},
		{ID: "arrivals", Keywords: []string{"arrivals", "llegadas"}},
		{ID: "missing", Keywords: []string{"missing", "desaparecidos"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}}})
	checkMetricValues(t, e, []metricCase{
		{"The president granted clemency to 30 people, the police said.", []string{"released=30"}},
		{"Según la policía, el presidente indultó a 31 presos.", []string{"released=31"}},
		{"At least 78 people drowned when a boat carrying 278 passengers overturned, the police said.", []string{"deaths=78"}},
		{"Según la policía, hay 7 muertos tras el naufragio de un barco con 170 personas a bordo.", []string{"deaths=7"}},
		{"The police said 31 people have survived and four have been found dead.", []string{"rescued=31", "deaths=4"}},
		{"So far 269 bodies have been recovered, the police said.", []string{"deaths=269"}},
		{"The police said the number of people affected had grown to 15,515.", nil},
		{"The police said 20 people died, the only one of the WHO's 194 member states to report so.", []string{"deaths=20"}},
		{"The police said 399,606 people had entered the country through the jungle.", []string{"arrivals=399606"}},
		{"Según la policía, se registraron 36.775 entradas irregulares en el país.", []string{"arrivals=36775"}},
		{"The police said 45,770 people were processed at ports of entry.", nil},
		{"La policía difundió los nombres de 388 personas cuyo paradero sigue sin conocerse.", []string{"missing=388"}},
	})
}

// A keyword naming an event and where it happened counts the event ("died
// in custody" is no count of people held), and an event term after the
// counted people says what happened to them.
func TestExtractEventOverState(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "held", Keywords: []string{"political prisoners", "behind bars", "presos políticos"}},
		{ID: "released", Keywords: []string{"released", "excarcelados"}},
		{ID: "custody-deaths", Keywords: []string{"died in custody", "murieron en prisión"}},
	}, []tracker.Actor{{Name: "Viasna", Role: tracker.Confirmer, Aliases: []string{"Viasna"}}})
	checkMetricValues(t, e, []metricCase{
		{"No fewer than six political prisoners have died in custody, Viasna says.", []string{"custody-deaths=6"}},
		{"Ya son 207 los presos políticos excarcelados, según Viasna.", []string{"released=207"}},
		{"Según Viasna, son 1.150 los presos políticos.", []string{"held=1150"}},
	})
}

// The figure noun that opens a sentence is the subject of the figure verb
// that gives the number, however long the words between them.
func TestExtractSubjectFigureNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"deaths", "fallecidos"}},
		{ID: "missing", Keywords: []string{"missing", "desaparecidos"}},
	}, []tracker.Actor{{Name: "Coast Guard", Role: tracker.Claimant, Aliases: []string{"coast guard", "Guardia Costera"}}})
	checkMetricValues(t, e, []metricCase{
		{"El número de fallecidos por el hundimiento de un ferry frente a Basilán, ocurrido el pasado 26 de enero, ascendió a 52, mientras que otras 27 personas siguen desaparecidas, informó la Guardia Costera.",
			[]string{"deaths=52", "missing=27"}},
		{"The death toll from the sinking off Basilan, which happened on 26 January, rose to 52, while 27 people are still missing, the coast guard said.",
			[]string{"deaths=52", "missing=27"}},
	})
}

// A figure noun after an opening phrase, with a qualifier before what it
// counts, still says what the number after its verb counts.
func TestExtractQualifiedFigureNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "civilian-deaths", Keywords: []string{"civilians killed", "civilian deaths", "dead", "death toll", "civiles muertos", "muertos", "fallecidos"}},
		{ID: "civilian-injured", Keywords: []string{"injured", "wounded", "heridos", "lesionados"}},
		{ID: "air-strikes", Keywords: []string{"air strikes", "ataques aéreos", "bombardeos"}},
	}, []tracker.Actor{{Name: "Coalition", Role: tracker.Claimant, Aliases: []string{"coalition", "coalición"}}})
	checkMetricValues(t, e, []metricCase{
		{"Con esta actualización, la cifra oficial de civiles fallecidos por los ataques aéreos y de artillería de la coalición desde el inicio de la operación asciende a 685, muy por debajo de las estimaciones de las organizaciones que siguen el conflicto.",
			[]string{"civilian-deaths=685"}},
	})
}

// People named by a lasting state ("refugees", "detenidos") are counted
// by what the sentence then says happened to them.
func TestExtractStateHeadWithEvent(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "returnees", Keywords: []string{"returned", "returnees", "retornados", "regresaron"}},
		{ID: "still-displaced", Keywords: []string{"displaced", "refugees", "desplazados", "refugiados"}},
	}, []tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR", "ACNUR"}}})
	checkMetricValues(t, e, []metricCase{
		{"Close to 200,000 Syrian refugees have gone back to their country since December, UNHCR said on Saturday.",
			[]string{"returnees=200000"}},
		{"Según ACNUR, 300.000 refugiados ya han vuelto a sus hogares.", []string{"returnees=300000"}},
		{"Según ACNUR, 300.000 refugiados han vuelto a sus hogares.", []string{"returnees=300000"}},
		{"Según ACNUR, 1,2 millones de refugiados sirios volvieron a su país.", []string{"returnees=1200000"}},
		{"UNHCR said 6 million refugees remain abroad.", []string{"still-displaced=6000000"}},
	})
}

// The killed among a count of casualties given just before are a count of
// deaths, not a part of it.
func TestExtractDeathsAmongCasualties(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "casualties", Unit: "people", Keywords: []string{"casualties", "victims", "killed or injured"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "deaths", "dead"}},
	}, []tracker.Actor{{Name: "Landmine Monitor", Role: tracker.Confirmer, Aliases: []string{"Landmine Monitor", "the Monitor"}}})
	checkMetricValues(t, e, []metricCase{
		{"The Monitor counted at least 6,897 people killed or injured by mines last year. At least 3,059 of them lost their lives.",
			[]string{"casualties=6897", "deaths=3059"}},
		// a part of the same kind stays a part
		{"The Monitor counted 3,059 people killed by mines last year. At least 1,000 of them lost their lives in Myanmar.",
			[]string{"deaths=3059"}},
	})
}

// A description names an actor by a modifier of its name and a noun for
// the same kind of body, after a capitalised name of place or body.
func TestExtractDescribedAgency(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "death toll"}}},
		[]tracker.Actor{
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization"}},
			{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministry of Health", "health ministry"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The death toll from the outbreak has climbed to at least 242, the U.N. health agency said.", "[deaths=242 by WHO]"},
		{"The death toll from the outbreak has climbed to at least 242, the national health ministry said.", "[deaths=242 by Ministry of Health]"},
	})
}

// The end of a range of years or ages is a year or an age like its start.
func TestExtractRangeEndKeepsReason(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "died", "murieron"}}},
		[]tracker.Actor{{Name: "HRW", Role: tracker.Confirmer, Aliases: []string{"HRW", "Human Rights Watch"}}})
	checkMetricValues(t, e, []metricCase{
		{"HRW said it had looked into 50 deaths of men aged 23 to 52 when they died.", []string{"deaths=50"}},
		{"Según HRW, entre 2010 y 2019 murieron 15.021 trabajadores.", []string{"deaths=15021"}},
		// a date before "to" is no range of years
		{"HRW said deaths rose since Jan. 8 to 81.", []string{"deaths=81"}},
	})
}

// A rate after the number's noun and its term is a rate.
func TestExtractRateAfterTerm(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"fallecidos", "muertes", "deaths"}}},
		[]tracker.Actor{{Name: "Ministerio de Trabajo", Role: tracker.Claimant, Aliases: []string{"Ministerio de Trabajo"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según el Ministerio de Trabajo, murieron 624 trabajadores: casi dos trabajadores fallecidos cada día.", []string{"deaths=624"}},
	})
}

// A year that dates the comparison ("22 más que en el mismo periodo de
// 2023") does not date the count; "so far in so short a time" names no
// current period that would make "last year" an earlier one, but a count
// given before a clause that opens on "last year" does.
func TestExtractComparisonYearAndLastYear(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"died", "murieron", "deaths"}}},
		[]tracker.Actor{{Name: "ILO", Role: tracker.Confirmer, Aliases: []string{"ILO", "International Labour Organization", "Ministerio de Trabajo"}}})
	checkMetricValues(t, e, []metricCase{
		{"Fuerte repunte de la siniestralidad mortal en el primer semestre. Según los datos publicados por el Ministerio de Trabajo, entre enero y junio murieron en España 299 trabajadores, 22 más que en el mismo periodo de 2023, lo que supone un aumento de casi el 8%. Desde 2020 solo ha habido un arranque de año peor: el de 2022, con 320 muertos.",
			[]string{"deaths=299"}},
		{"Fifty workers died in Qatar last year, the ILO said. The ministry said no country had reformed its labour system so far in so short a time.",
			[]string{"deaths=50"}},
		{"Fifty workers died in Qatar last year, the ILO said. So far this year 20 workers died, it added.",
			[]string{"deaths=20"}},
		// "last year" opening a clause after a sentence that gave a count
		// is the year before it; an annual report's own "last year" is not
		{"Nine workers have died of the cold in ten days, the ILO said. Last year, it recalled, 28 workers died.",
			[]string{"deaths=9"}},
		{"El año pasado murieron 28 trabajadores, según la ILO.", []string{"deaths=28"}},
		// the season or month before is an earlier period too
		{"Ninety-nine workers died over the summer, the ILO said, a 10% rise on the 90 deaths recorded the summer before.",
			[]string{"deaths=99"}},
		{"Murieron 99 trabajadores este verano, según la ILO, frente a los 90 que murieron el verano anterior.",
			[]string{"deaths=99"}},
	})
}

// A span of two years, fiscal or seasonal ("2019-20", "2021-2022"), is a
// period like a year: a count of an earlier span beside a later one is
// of an earlier period.
func TestExtractFiscalYearSpans(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "deaths"}}},
		[]tracker.Actor{{Name: "Defence Ministry", Role: tracker.Claimant, Aliases: []string{"Defence Ministry"}}})
	checkMetricValues(t, e, []metricCase{
		{"The Defence Ministry said 115 people were killed in 2018-19, 99 in 2019-20 and 87 in 2020-21.", []string{"deaths=87"}},
		{"The Defence Ministry said 104 people were killed in the 2021-2022 season, down from 113 deaths in 2020-2021.", []string{"deaths=104"}},
		// a hyphen between years that do not follow each other is no span
		{"The Defence Ministry said 104 people were killed between 2015-2021.", []string{"deaths=104"}},
	})
	for _, tt := range []struct {
		in   string
		want int
		ok   bool
	}{{"2019", 2019, true}, {"2019-20", 2019, true}, {"2019/20", 2019, true}, {"2021-2022", 2021, true}, {"2019-21", 0, false}, {"2015-2021", 0, false}, {"1234-35", 0, false}} {
		if got, ok := yearOfToken(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("yearOfToken(%q) = %d, %v, want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// A bare number after a year that opens its clause, past a copula or a
// comma, goes on a series of counts by period: the last period's count is
// the figure, the others are of earlier periods.
func TestExtractPeriodSeriesItems(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "muertos"}}},
		[]tracker.Actor{{Name: "Defence Ministry", Role: tracker.Claimant, Aliases: []string{"Defence Ministry", "Ministerio de Defensa"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según el Ministerio de Defensa, en 2018 murieron 115 personas; en 2019 fueron 99 y en 2020, 87.", []string{"deaths=87"}},
		{"The Defence Ministry said 115 people were killed in 2018; in 2019 it was 99, and in 2020, 87.", []string{"deaths=87"}},
		// no count linked before: nothing to go on
		{"Según el Ministerio de Defensa, en 2020 fueron 87.", nil},
	})
}

// "remains" as a keyword is the user's noun (human remains), not "still
// held"; a number's own noun of an event beats a verb of a state before it.
func TestExtractRemainsAndHeadNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "bodies", Keywords: []string{"bodies", "remains", "exhumed", "cuerpos", "restos"}},
		{ID: "graves", Keywords: []string{"graves", "mass grave", "fosas"}},
	}, []tracker.Actor{{Name: "CNB", Role: tracker.Claimant, Aliases: []string{"National Search Commission"}}})
	checkMetricValues(t, e, []metricCase{
		{"Authorities found 3,024 clandestine graves holding 4,974 bodies, the head of the National Search Commission said.",
			[]string{"graves=3024", "bodies=4974"}},
		// a keyword at the number beats a term of another kind far away
		{"The National Search Commission has exhumed 8,941 victims of the war from mass graves since 2018, but only 70 of them have been returned to their families.",
			[]string{"bodies=8941"}},
	})
}

// A share "of them" that the sentence says underwent what another metric
// counts is a count of that metric; of the same metric, a part.
func TestExtractShareOfOtherMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "bodies", Keywords: []string{"bodies", "exhumed", "cuerpos"}},
		{ID: "identified", Keywords: []string{"identified", "identificados"}},
	}, []tracker.Actor{{Name: "Gobierno de España", Role: tracker.Claimant, Aliases: []string{"the government"}}})
	checkMetricValues(t, e, []metricCase{
		{"The government said it has exhumed 8,941 victims from mass graves, but only 70 of them have been identified by DNA.",
			[]string{"bodies=8941", "identified=70"}},
		{"The government said it has exhumed 8,941 bodies, and 700 of them were exhumed in Madrid.",
			[]string{"bodies=8941"}},
	})
}

// A share "of them" whose adjective or verb before it names another
// metric's event: "four of them fatal", "killed two of them", "of them
// die". A metric of things takes no share of a count of people.
func TestExtractFatalShareAndVerbBeforeShare(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "people", Keywords: []string{"cases", "infections", "casos"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "died", "muertes"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}})
	checkMetricValues(t, e, []metricCase{
		{"The WHO counted 684 suspected cases in Zambia, four of them fatal.", []string{"cases=684", "deaths=4"}},
		{"La OMS contabiliza 45 casos, 14 de ellos mortales.", []string{"cases=45", "deaths=14"}},
		{"La OMS contabiliza 189 casos, de los cuales 74 fueron mortales.", []string{"cases=189", "deaths=74"}},
		{"The outbreak sickened 46 people and killed two of them, the WHO said.", []string{"cases=46", "deaths=2"}},
		{"The WHO estimates that 5.4 million people are infected every year and that about 81,000 of them die.",
			[]string{"cases=5400000", "deaths=81000"}},
		// of the same event, still a part
		{"The WHO counted 900 deaths, 40 of them fatal in the capital.", []string{"deaths=900"}},
		// "of the patients", people no term names, and their own verb
		{"Bolivia ha confirmado siete casos, y tres de los pacientes murieron, informó la OMS.", []string{"deaths=3"}},
		{"The WHO counted 90 cases, and three of the patients died.", []string{"cases=90", "deaths=3"}},
		// a term describing those people names the whole: a part of it
		{"La OMS contabiliza 120 muertes. Siete de las personas fallecidas ya fueron identificadas.", []string{"deaths=120"}},
	})
	birds := New([]tracker.Metric{
		{ID: "birds-culled", Unit: "birds", Keywords: []string{"culled", "dead birds"}},
		{ID: "human-cases", Unit: "people", Keywords: []string{"human cases", "people infected"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}}})
	checkMetricValues(t, birds, []metricCase{
		{"H5N1 has infected around 950 people over two decades and killed roughly 460 of them, according to WHO figures.",
			[]string{"human-cases=950"}},
	})
	// a fatal share of people's cases is their deaths, not dead animals'
	anthrax := New([]tracker.Metric{
		{ID: "human-cases", Unit: "people", Keywords: []string{"cases"}},
		{ID: "human-deaths", Unit: "people", Keywords: []string{"deaths", "died"}},
		{ID: "animal-deaths", Unit: "animals", Keywords: []string{"livestock deaths", "animals died"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}}})
	checkMetricValues(t, anthrax, []metricCase{
		{"Zambia has 684 suspected human cases, four of them fatal, the WHO said.", []string{"human-cases=684", "human-deaths=4"}},
	})
}

// "153 people held under the emergency … have died": the main verb after
// the participle's phrase says what happened to them; a description before
// a name is the name's ("the human rights group Cristosal").
func TestExtractHeldPeopleWhoDied(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "detained", Keywords: []string{"detained", "arrested", "detenidos"}},
		{ID: "custody-deaths", Keywords: []string{"died in custody", "deaths in custody", "deaths"}},
	}, []tracker.Actor{
		{Name: "Cristosal", Role: tracker.Confirmer, Aliases: []string{"Cristosal"}},
		{Name: "Human Rights Watch", Role: tracker.Confirmer, Aliases: []string{"Human Rights Watch", "HRW"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"No fewer than 153 people held under the emergency powers El Salvador adopted in March 2022 against its gangs have died while in the custody of the state, the human rights group Cristosal said on Monday.",
			"[custody-deaths=153 by Cristosal]"},
	})
}

// Spanish news calls the police "la corporación", and a ministry is also
// "the department": both refer back to the actor named before.
func TestExtractCorporationAndDepartment(t *testing.T) {
	e := New([]tracker.Metric{{ID: "detained", Keywords: []string{"detenidos", "capturas", "arrests", "arrestos"}}},
		[]tracker.Actor{
			{Name: "PNC", Role: tracker.Claimant, Aliases: []string{"Policía Nacional Civil", "PNC"}},
			{Name: "Ministry of Defence", Role: tracker.Claimant, Aliases: []string{"Ministry of Defence", "Ministerio de Defensa"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La Policía Nacional Civil informó de nuevos operativos. Los arrestos suman 28.381, precisó la corporación en sus redes sociales.",
			"[detained=28381 by PNC]"},
		{"The Ministry of Defence published its weekly note. The department said 120 arrests had been made.",
			"[detained=120 by Ministry of Defence]"},
	})
}

// "has passed", "superó" give a figure noun its value like "rose to".
func TestExtractFigurePassed(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "bodies", Keywords: []string{"bodies", "cuerpos"}},
		{ID: "graves", Keywords: []string{"graves", "fosas"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Kyiv regional police"}}})
	checkMetricValues(t, e, []metricCase{
		{"The number of civilian bodies recovered in Bucha, the Kyiv suburb that Russian troops occupied for a month, has passed 420, the head of the Kyiv regional police said.",
			[]string{"bodies=420"}},
	})
}

// A news outlet's own investigation is its figure: "according to an
// investigation published by the Guardian".
func TestExtractReporterInvestigation(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "died"}}},
		[]tracker.Actor{
			{Name: "The Guardian", Role: tracker.Reporter, Aliases: []string{"The Guardian", "Guardian"}},
			{Name: "Qatari government", Role: tracker.Claimant, Aliases: []string{"Qatari government"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"More than 6,500 migrant workers have died in Qatar, according to an investigation published by the Guardian.",
			"[deaths=6500 by The Guardian]"},
		// a relayed figure stays the source's
		{"The Qatari government said 37 workers died, the Guardian reported.", "[deaths=37 by Qatari government]"},
	})
}

// "representante del colectivo" names a member of the collective that an
// alias holding "colectivo" names.
func TestExtractCollectiveRefersBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "bodies", Keywords: []string{"cuerpos", "bodies"}}},
		[]tracker.Actor{{Name: "Madres Buscadoras", Role: tracker.Confirmer, Aliases: []string{"Madres Buscadoras", "Colectivo Solecito"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Colectivo Solecito volvió a la zona. Lucy Díaz, representante del colectivo, explicó que de las fosas han salido en total 189 cuerpos.",
			"[bodies=189 by Madres Buscadoras]"},
	})
}

// A name written in capitals matches its words in lower case only with an
// article ("the attorney general"), not as bare common nouns ("muertes en
// centros penales"); "no gubernamental" names no government; "sube ya a"
// gives a figure noun its value.
func TestExtractNamesAndCommonNouns(t *testing.T) {
	e := New([]tracker.Metric{{ID: "custody-deaths", Keywords: []string{"muertes bajo custodia", "fallecidos", "muertos"}}},
		[]tracker.Actor{
			{Name: "SJH", Role: tracker.Confirmer, Aliases: []string{"Socorro Jurídico Humanitario", "SJH"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Gobierno de El Salvador", "Centros Penales"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"El Socorro Jurídico Humanitario publicó su informe. \"La cifra de muertes en centros penales sube a 427\", escribió la ONG en la red social X.",
			"[custody-deaths=427 by SJH]"},
		{"El número de personas que han muerto bajo custodia del Estado, vigente desde marzo de 2022 el régimen de excepción, sube ya a 427, informó la organización no gubernamental Socorro Jurídico Humanitario (SJH).",
			"[custody-deaths=427 by SJH]"},
	})
}

// A name written in capitals, in lower case before the people who speak
// for it ("civil protection officials said"), is that body.
func TestExtractLowerCaseNameBeforeItsOfficials(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cars", Unit: "vehicles", Keywords: []string{"swept away", "arrastrados"}}},
		[]tracker.Actor{{Name: "Civil Protection", Role: tracker.Claimant, Aliases: []string{"Civil Protection", "Protección Civil"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least 15 cars were swept away by the floods in the town, civil protection officials said.", "[cars=15 by Civil Protection]"},
		{"At least 15 cars were swept away by the floods in the town, Civil Protection said.", "[cars=15 by Civil Protection]"},
		{"At least 15 cars were swept away by the floods near civil protection depots.", "[]"},
	})
}

// The actor that rejects a figure is not its source; an outlet that puts
// the toll at a number states its own figure.
func TestExtractRejecterIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "died", "toll"}}},
		[]tracker.Actor{
			{Name: "The Guardian", Role: tracker.Reporter, Aliases: []string{"The Guardian", "Guardian"}},
			{Name: "Qatari government", Role: tracker.Claimant, Aliases: []string{"Qatari government", "Qatar's government"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The British newspaper the Guardian put the toll at as many as 6,500 migrant workers since 2010, a figure which Qatar's government has flatly rejected.",
			"[deaths=6500 by The Guardian]"},
	})
}

// People described by a term, as the subject of a figure verb, are counted
// by that term: "Las personas fallecidas bajo custodia … llegan ya a 191".
func TestExtractSubjectPeopleTerm(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "detained", Keywords: []string{"detenidos", "capturados", "detenciones"}},
		{ID: "custody-deaths", Keywords: []string{"muertes bajo custodia", "fallecidos"}},
	}, []tracker.Actor{{Name: "Cristosal", Role: tracker.Confirmer, Aliases: []string{"Cristosal"}}})
	checkMetricValues(t, e, []metricCase{
		{"SAN SALVADOR (EFE).- Las personas fallecidas bajo custodia estatal desde que se aprobó en marzo de 2022 el régimen de excepción contra las pandillas llegan ya a 191, según el registro de Cristosal.",
			[]string{"custody-deaths=191"}},
	})
}

// "rebajó … a", "lowered … to" state a figure: a clause after a semicolon
// whose own unlisted subject lowers the figure is not the first clause's
// source's.
func TestExtractLoweredBySomeoneElse(t *testing.T) {
	e := New([]tracker.Metric{{ID: "attendance", Keywords: []string{"manifestantes", "asistentes", "protesters"}}},
		[]tracker.Actor{{Name: "Organisers", Role: tracker.Claimant, Aliases: []string{"organizadores", "organisers"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según los organizadores, poco más de 800.000 manifestantes salieron a la calle; la cartera de Interior rebajó la asistencia a unos 90.000.",
			[]string{"attendance=800000"}},
	})
}

// "the country's disaster agency" names the authority whose alias holds
// "disaster"; a forecast with an adverb before "to" and a factor after
// "multiplicarse por" are no counts.
func TestExtractDisasterAgencyAndForecasts(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "dead", "death toll", "muertos"}}},
		[]tracker.Actor{
			{Name: "AFAD", Role: tracker.Claimant, Aliases: []string{"AFAD", "Disaster and Emergency Management Authority"}},
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization", "OMS"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The death toll from the earthquake climbed to 3,381 on Tuesday, the country's disaster agency said.", "[deaths=3381 by AFAD]"},
		{"The World Health Organization warned that the number of dead could rise eightfold, to more than 20,000.", "[]"},
		{"La OMS advirtió de que el número de muertos podría multiplicarse por ocho.", "[]"},
		// a factor before "times"/"veces" and a comparative, range or not
		{"The World Health Organization counted 1,200 deaths and said the real death toll was likely three to four times as high.", "[deaths=1200 by WHO]"},
		{"La OMS contó 1.200 muertos y dijo que la cifra real podría ser entre tres y cuatro veces mayor.", "[deaths=1200 by WHO]"},
		{"The World Health Organization counted 1,200 deaths, a toll it said was 3 to 4 times higher in reality.", "[deaths=1200 by WHO]"},
	})
}

// "its own tally", "según sus actas": the possessive stands for the actor
// that speaks or opens the sentence.
func TestExtractPossessiveSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "turnout", Keywords: []string{"turnout", "voted", "votes cast", "votantes"}}},
		[]tracker.Actor{
			{Name: "CNE", Role: tracker.Claimant, Aliases: []string{"CNE", "National Electoral Council"}},
			{Name: "Opposition", Role: tracker.Claimant, Aliases: []string{"opposition", "oposición"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The opposition disputed the figure, saying its own tally of polling-station records showed just over 10 million votes cast.",
			"[turnout=10000000 by Opposition]"},
		{"La oposición cuestionó la cifra y aseguró que, según sus actas, apenas algo más de 10 millones de votantes acudieron a las urnas.",
			"[turnout=10000000 by Opposition]"},
		// the possessor named in the sentence before
		{"El CNE abrió los colegios a las siete. De acuerdo con su corte, votaron 12 millones de electores en todo el país.",
			"[turnout=12000000 by CNE]"},
	})
}

// A count qualified by a country's adjective after an attribution is that
// country's government's: "According to an Israeli tally", "según un
// recuento israelí".
func TestExtractCountryTally(t *testing.T) {
	e := New([]tracker.Metric{{ID: "freed", Keywords: []string{"freed", "released", "liberados"}}},
		[]tracker.Actor{
			{Name: "Israeli government", Role: tracker.Claimant, Aliases: []string{"Israeli government", "gobierno israelí"}},
			{Name: "Hamas", Role: tracker.Claimant, Aliases: []string{"Hamas", "Hamás"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"According to an Israeli tally, 105 hostages have been freed so far.", "[freed=105 by Israeli government]"},
		{"Según un recuento israelí, 105 rehenes han sido liberados hasta ahora.", "[freed=105 by Israeli government]"},
		{"According to figures Grandi posted on X, 105 hostages have been freed.", "[]"},
	})
}

// "otras doce" before the total it brings in the same sentence is an
// increment.
func TestExtractAnotherBeforeTotal(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Keywords: []string{"casos", "cases"}},
		{ID: "deaths", Keywords: []string{"muertes", "fallecidos", "deaths"}},
	}, []tracker.Actor{{Name: "Health ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud"}}})
	checkMetricValues(t, e, []metricCase{
		{"El Ministerio de Salud notificó 1.240 nuevos casos, con lo que el total asciende a 21.600. Otras doce personas murieron, lo que eleva el número de fallecidos a 347, según el Ministerio de Salud.",
			[]string{"cases=21600", "deaths=347"}},
	})
}

// "forced from their homes", "perdieron sus casas" are displacement.
func TestExtractForcedFromHomes(t *testing.T) {
	e := New([]tracker.Metric{{ID: "displaced", Keywords: []string{"displaced", "desplazados"}}},
		[]tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}}})
	checkMetricValues(t, e, []metricCase{
		{"More than 320,000 people have been forced from their homes, according to OCHA.", []string{"displaced=320000"}},
		{"Según OCHA, unas 40.000 personas se vieron obligadas a abandonar sus hogares.", []string{"displaced=40000"}},
	})
}

// A keyword with a preposition inside matches with one more word after the
// preposition ("deaths in state custody", "in government care"), unless
// that word names an actor.
func TestExtractGappedKeyword(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrivals", Name: "Unaccompanied minors arriving", Keywords: []string{"arrived", "apprehended"}},
		{ID: "in-care", Name: "Unaccompanied minors in custody", Keywords: []string{"in care", "in custody"}},
	}, []tracker.Actor{
		{Name: "HHS", Role: tracker.Claimant, Aliases: []string{"HHS", "the department"}},
		{Name: "CBP", Role: tracker.Claimant, Aliases: []string{"CBP"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"As of mid-December, 10,775 unaccompanied children were still in government care, HHS said.", "[in-care=10775 by HHS]"},
		{"By the end of the day, 2,853 children remained in CBP custody, CBP said.", "[in-care=2853 by CBP]"},
	})
}

// In a list with elided copulas, the keyword before a comma and the
// number is the number's: "los heridos 45 y los detenidos, 300".
func TestExtractElidedCopulaList(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"muertos", "deaths"}},
		{ID: "injured", Keywords: []string{"heridos", "injured"}},
		{ID: "arrested", Keywords: []string{"arrested", "detenidos"}},
	}, []tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior"}}})
	checkMetricValues(t, e, []metricCase{
		{"Los muertos son 12, los heridos 45 y los detenidos, 300, según el Ministerio del Interior.",
			[]string{"deaths=12", "injured=45", "arrested=300"}},
	})
}

// "up to 30 may have died" is no date (a lower-case "may" is a modal),
// and "could be as high as 200" is a possibility.
func TestExtractMayAndCouldBe(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"died", "dead", "muertos"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"interior ministry", "Ministerio del Interior"}}})
	checkMetricValues(t, e, []metricCase{
		{"The interior ministry said that up to 30 people may have died.", []string{"deaths=30"}},
		{"The interior ministry said the number of dead could be as high as 200.", nil},
		{"Según el Ministerio del Interior, la cifra de muertos podría ser de 300.", nil},
		{"The interior ministry said 12 people died on 30 May.", []string{"deaths=12"}},
	})
}

// A trailing "según …" that names no listed source makes the figure
// someone else's; "la cifra de detenidos" counts detainees.
func TestExtractTrailingUnlistedSource(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "casualties", Keywords: []string{"bajas", "casualties"}},
		{ID: "arrested", Keywords: []string{"arrested", "detenidos"}},
	}, []tracker.Actor{
		{Name: "Mediazona", Role: tracker.Confirmer, Aliases: []string{"Mediazona"}},
		{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Mediazona ha identificado 27.423 nombres. Según sus datos, el total de bajas asciende a 50.000. El total de bajas rusas asciende a 240.000, según la última evaluación de la inteligencia militar británica.",
			"[casualties=50000 by Mediazona]"},
		{"El Ministerio del Interior informó el domingo de que la cifra de detenidos llega a 900.", "[arrested=900 by Interior Ministry]"},
	})
}

// A metric restricted to people by role ("health workers killed") takes
// no count of people at large; plain "workers" restrict no one.
func TestExtractRolePopulation(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "health-workers-killed", Name: "Health workers killed", Keywords: []string{"health workers killed", "killed", "dead"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}})
	checkMetricValues(t, e, []metricCase{
		{"WHO said the attacks left 553 people dead.", nil},
		{"WHO said 22 health workers were killed.", []string{"health-workers-killed=22"}},
		{"Según la OMS, 196 personas defensoras fueron asesinadas.", nil},
	})
	mine := New([]tracker.Metric{{ID: "trapped", Name: "Workers trapped", Keywords: []string{"trapped", "atrapados"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the ministry"}}})
	checkMetricValues(t, mine, []metricCase{
		{"The ministry said 98 people were still trapped.", []string{"trapped=98"}},
	})
}

// A joint statement is each speaker's figure.
func TestExtractJointSpeakers(t *testing.T) {
	e := New([]tracker.Metric{{ID: "child-labour", Name: "Children in child labour", Keywords: []string{"child labour", "trabajo infantil"}}},
		[]tracker.Actor{
			{Name: "ILO", Role: tracker.Confirmer, Aliases: []string{"ILO", "International Labour Organization", "OIT"}},
			{Name: "UNICEF", Role: tracker.Confirmer, Aliases: []string{"UNICEF"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Close to 138 million children were in child labour last year, the International Labour Organization (ILO) and UNICEF said.",
			"[child-labour=138000000 by ILO child-labour=138000000 by UNICEF]"},
		{"La OIT informó de que 160 millones de niños están en trabajo infantil, una cifra que UNICEF considera baja.",
			"[child-labour=160000000 by ILO]"},
	})
}

// "a millones de menores" holds no number.
func TestExtractArticleBeforePluralScale(t *testing.T) {
	e := New([]tracker.Metric{{ID: "child-labour", Name: "Children in child labour", Keywords: []string{"trabajo infantil"}}},
		[]tracker.Actor{{Name: "UNICEF", Role: tracker.Confirmer, Aliases: []string{"UNICEF", "Unicef"}}})
	checkMetricValues(t, e, []metricCase{
		{"La crisis amenaza con empujar a millones de menores más hacia el trabajo infantil, alertó Unicef.", nil},
	})
}

// An acronym of four letters or more matches in title case ("Dane",
// "Acnur"); counts by origin in a list are parts.
func TestExtractTitleCaseAcronymAndOrigins(t *testing.T) {
	e := New([]tracker.Metric{{ID: "returnees", Keywords: []string{"returned", "volvieron", "regresaron"}}},
		[]tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR", "ACNUR"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según las cifras de Acnur, 1,2 millones de sirios volvieron a su país.", []string{"returnees=1200000"}},
		{"Según ACNUR, 170.000 refugiados volvieron desde Jordania, unos 379.000 desde el Líbano y 28.000 desde Egipto.", nil},
	})
}

// A Spanish keyword of several words matches in the other gender: the
// tracker's "presos políticos" also finds "presas políticas".
func TestExtractKeywordOtherGender(t *testing.T) {
	e := New([]tracker.Metric{{ID: "held", Keywords: []string{"presos políticos"}}},
		[]tracker.Actor{{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}}})
	checkMetricValues(t, e, []metricCase{
		{"Foro Penal contabiliza 120 presas políticas.", []string{"held=120"}},
	})
}

// The people a metric is restricted to, among a count of people at large,
// are that metric's count; of another event, they are not.
func TestExtractRoleShare(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "health-workers-killed", Name: "Health workers killed", Keywords: []string{"health workers killed", "killed", "dead", "trabajadores sanitarios muertos"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization"}}})
	checkMetricValues(t, e, []metricCase{
		{"The World Health Organization says the attacks have left 553 people dead, among them 22 health workers.",
			[]string{"health-workers-killed=22"}},
		{"The World Health Organization says the attacks have left 553 people injured, among them 22 health workers.", nil},
		{"Al menos 31 personas, cuatro de ellas trabajadores sanitarios, murieron en los ataques, según la World Health Organization.",
			[]string{"health-workers-killed=4"}},
	})
}

// "encerradas" (locked up) is a term of detention.
func TestExtractLockedUp(t *testing.T) {
	e := New([]tracker.Metric{{ID: "prison-population", Keywords: []string{"prisoners", "inmates", "incarcerated", "presos", "reclusos"}}},
		[]tracker.Actor{{Name: "SNAI", Role: tracker.Claimant, Aliases: []string{"SNAI"}}})
	checkMetricValues(t, e, []metricCase{
		{"Más de 32.000 personas están hoy encerradas en las 36 prisiones de Ecuador, anunció el SNAI.", []string{"prison-population=32000"}},
	})
}

// An actor's adjective inside the noun phrase of a count says whose the
// things counted are, not who counts them.
func TestExtractOwnerAdjective(t *testing.T) {
	e := New([]tracker.Metric{{ID: "downed", Unit: "drones", Keywords: []string{"abatieron", "derribados", "shot down"}}},
		[]tracker.Actor{{Name: "Houthis", Role: tracker.Claimant, Aliases: []string{"Houthis", "hutíes", "Houthi"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Buques de Estados Unidos abatieron 28 drones de ataque hutíes entre la noche del viernes y la mañana del sábado.", "[]"},
		{"Warships shot down 28 Houthi drones overnight.", "[]"},
		// the same actor as the speaker is the source
		{"The Houthis said they had shot down 3 drones.", "[downed=3 by Houthis]"},
	})
}

// An alias inside another body's long name is that body's mention: "la
// Oficina del Alto Comisionado de las Naciones Unidas para los Derechos
// Humanos" is the human rights office, not the UN mission.
func TestExtractEnclosingName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Keywords: []string{"asesinadas", "killed"}}},
		[]tracker.Actor{
			{Name: "BINUH", Role: tracker.Confirmer, Aliases: []string{"BINUH", "Naciones Unidas", "ONU", "UN"}},
			{Name: "OHCHR", Role: tracker.Confirmer, Aliases: []string{"OHCHR", "Alto Comisionado de la ONU para los Derechos Humanos", "Oficina de Derechos Humanos de la ONU"}},
			{Name: "UNICEF", Role: tracker.Confirmer, Aliases: []string{"UNICEF", "United Nations Children's Fund"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"En lo que va de año, más de 530 personas han sido asesinadas, según el recuento de la Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos.",
			"[killed=530 by OHCHR]"},
		{"Más de 530 personas han sido asesinadas, según Naciones Unidas.", "[killed=530 by BINUH]"},
		{"Armed groups killed 210 people, the UN Children's Fund said on Friday.", "[killed=210 by UNICEF]"},
	})
}

// A capacity is no count of people, unless a metric counts capacity.
func TestExtractCapacity(t *testing.T) {
	actors := []tracker.Actor{{Name: "INM", Role: tracker.Claimant, Aliases: []string{"INM"}}}
	e := New([]tracker.Metric{{ID: "detained", Keywords: []string{"detenidos", "migrantes detenidos"}}}, actors)
	checkMetricValues(t, e, []metricCase{
		{"En esas estaciones, con capacidad para 8.524 migrantes detenidos, permanecen 106, precisó el INM.", []string{"detained=106"}},
	})
	c := New([]tracker.Metric{{ID: "capacity", Keywords: []string{"capacidad", "plazas"}}}, actors)
	checkMetricValues(t, c, []metricCase{
		{"Las estaciones tienen capacidad para 8.524 personas, precisó el INM.", []string{"capacity=8524"}},
	})
}

// What a count "is made up of" are its parts.
func TestExtractMadeUpOf(t *testing.T) {
	e := New([]tracker.Metric{{ID: "gun-deaths", Keywords: []string{"deaths", "homicides", "suicides"}}},
		[]tracker.Actor{{Name: "CDC", Role: tracker.Confirmer, Aliases: []string{"CDC"}}})
	checkMetricValues(t, e, []metricCase{
		{"The CDC counted 48,830 deaths; the CDC count is made up of 26,328 suicides, 20,958 homicides and 537 deaths by legal intervention.",
			[]string{"gun-deaths=48830"}},
	})
}

// "25 asesinatos por cada 100 mil habitantes" is a rate.
func TestExtractRatePerEvery(t *testing.T) {
	e := New([]tracker.Metric{{ID: "homicides", Keywords: []string{"homicidios", "asesinatos", "homicides"}}},
		[]tracker.Actor{{Name: "INEGI", Role: tracker.Confirmer, Aliases: []string{"INEGI", "Inegi"}}})
	checkMetricValues(t, e, []metricCase{
		{"El Inegi registró 32.223 homicidios, una tasa de 25 asesinatos por cada 100 mil habitantes.", []string{"homicides=32223"}},
		{"INEGI recorded 32,223 homicides, or 25 homicides for every 100,000 people.", []string{"homicides=32223"}},
		{"INEGI recorded 32,223 homicides in 2022, or roughly one homicide every 16 minutes.", []string{"homicides=32223"}},
	})
}

// "there are now fewer than N", "hay N" after a count give the same kind
// of count.
func TestExtractExistentialCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "disappeared", Keywords: []string{"disappeared", "desaparecidos"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Milei"}}})
	checkMetricValues(t, e, []metricCase{
		{"Milei disputed the count of 30,000 disappeared people. \"There were 8,753,\" Milei said.", []string{"disappeared=8753"}},
	})
}

// "the number of children killed" counts children when the tracker counts
// them; a part of the count only when it does not.
func TestExtractFigureOfTrackedGroup(t *testing.T) {
	e := New([]tracker.Metric{{ID: "children-killed", Name: "Children killed or maimed", Keywords: []string{"killed or maimed", "killed"}}},
		[]tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"the report"}}})
	checkMetricValues(t, e, []metricCase{
		{"The report puts the number of children killed or maimed at 11,649, a rise of 35 per cent.", []string{"children-killed=11649"}},
	})
}

// "claims by X that N": X states N.
func TestExtractClaimsBy(t *testing.T) {
	e := New([]tracker.Metric{{ID: "attendance", Keywords: []string{"attendance", "turned out", "crowd", "asistentes"}}},
		[]tracker.Actor{
			{Name: "Organisers", Role: tracker.Claimant, Aliases: []string{"organisers", "Robinson's supporters", "los organizadores"}},
			{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Metropolitan Police", "la Policía"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Metropolitan Police estimated the crowd at between 110,000 and 150,000, far below claims by Robinson's supporters that three million people had turned out.",
			"[attendance=110000 by Police attendance=3000000 by Organisers]"},
		{"La Policía rechazó las afirmaciones de los organizadores de que 800.000 asistentes llenaron la plaza.",
			"[attendance=800000 by Organisers]"},
	})
}

// "superan ya los 180.000" is at least 180,000.
func TestExtractSuperanYa(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"casos"}}},
		[]tracker.Actor{{Name: "Minsa", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud"}}})
	got := e.Extract("El Ministerio de Salud precisó que los casos confirmados superan ya los 180.000.", nil)
	if len(got) != 1 || got[0].Qualifier != tracker.AtLeast || got[0].Value != 180000 {
		t.Errorf("got %+v, want one at_least 180000", got)
	}
}

// A sentence that gives only the count of an earlier year, and names no
// later one, reports that year's figure; beside another count it is a
// comparison.
func TestExtractLastFullYear(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Keywords: []string{"killed", "lost their lives", "perdieron la vida"}}},
		[]tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}}})
	checkMetricValues(t, e, []metricCase{
		{"So far in 2024, 172 aid workers have been killed, OCHA said. According to OCHA, 280 aid workers lost their lives in 2023.",
			[]string{"killed=172", "killed=280"}},
		{"So far in 2024, 172 aid workers have been killed, OCHA said. According to OCHA, 280 aid workers lost their lives in 2023, up from 118 in 2022.",
			[]string{"killed=172"}},
		// the year a forecast reaches is no later period reported on
		{"An estimated 300,000 people were killed in 2021, or more than 30 every hour, OCHA said. If trends hold, more than 7.2 million people could be killed by 2050, it warned.",
			[]string{"killed=300000"}},
		{"Unos 300 cooperantes perdieron la vida en 2023, según OCHA. De seguir así, la cifra podría subir para 2040.",
			[]string{"killed=300"}},
	})
}

// A keyword outside every concept links when it is what the sentence says
// of the number's noun, after an auxiliary.
func TestExtractPredicateKeyword(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrivals", Name: "Unaccompanied minors arriving or apprehended", Unit: "children",
			Keywords: []string{"arrived", "arrivals", "apprehended", "encountered", "llegados", "llegadas", "han llegado"}},
		{ID: "in-care", Name: "Unaccompanied minors in custody or shelters", Unit: "children",
			Keywords: []string{"in custody", "in care", "shelters", "sheltered", "bajo tutela", "tutelados", "acogidos", "en custodia"}},
		{ID: "transferred", Name: "Unaccompanied minors transferred to another custodian or region", Unit: "children",
			Keywords: []string{"transferred", "relocated", "trasladados", "traslados", "derivados", "derivaciones"}},
	}, []tracker.Actor{{Name: "CBP", Role: tracker.Claimant, Aliases: []string{"CBP", "Customs and Border Protection"}}})
	checkMetricValues(t, e, []metricCase{
		{"Border agents apprehended 492 unaccompanied children on April 13 and placed them in Customs and Border Protection custody, while 649 children were transferred out of CBP facilities the same day.",
			[]string{"arrivals=492", "transferred=649"}},
		{"CBP said only around 650 children have so far been transferred out of its care.", []string{"transferred=650"}},
		{"Según la CBP, el lunes fueron detenidos 300 menores en la frontera, mientras que otros 400 menores ya han sido trasladados a albergues de otras ciudades.",
			[]string{"arrivals=300", "transferred=400"}},
	})
}

// "explicó a EFE el gobernador": the one told is no source, and the
// speaker after a quotation states all of it, across its "pero".
func TestExtractSpeakerAfterQuote(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"muertos"}},
		{ID: "missing", Keywords: []string{"desaparecidos"}},
	}, []tracker.Actor{
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"gobernador"}},
		{Name: "EFE", Role: tracker.Reporter, Aliases: []string{"EFE"}},
	})
	text := `"Por ahora tenemos un balance provisional de 78 muertos y 87 desaparecidos, pero seguimos buscando", explicó a EFE el gobernador de la provincia.`
	got := figuresBy(e, text)
	if want := "[deaths=78 by Government missing=87 by Government]"; fmt.Sprint(got) != want {
		t.Errorf("Extract(%q) = %v, want %s", text, got, want)
	}
}

// The one told is no source in English either: "an army spokesman told
// AFP" is the army's statement, "authorities told the WHO that …" is not
// the WHO's.
func TestExtractEnglishAddresseeIsNoSource(t *testing.T) {
	army := New([]tracker.Metric{{ID: "missing", Unit: "people", Keywords: []string{"missing", "unaccounted for", "desaparecidos"}}},
		[]tracker.Actor{
			{Name: "ICRC", Role: tracker.Confirmer, Aliases: []string{"International Committee of the Red Cross", "ICRC", "CICR", "Comité Internacional de la Cruz Roja"}},
			{Name: "Colombian Army", Role: tracker.Claimant, Aliases: []string{"National Army", "Ejército Nacional", "Ejército de Colombia"}},
			{Name: "AFP", Role: tracker.Reporter, Aliases: []string{"AFP", "Agence France-Presse"}},
		})
	checkFiguresBy(t, army, []figureCase{
		{"A dozen troops are missing, an army spokesman told AFP.", "[missing=12 by Colombian Army]"},
	})
	who := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"malaria cases"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}}})
	checkFiguresBy(t, who, []figureCase{
		{"Venezuelan authorities told the WHO that 462,338 malaria cases originated in the country last year, slightly more than the 453,041 they reported for 2018.", "[]"},
	})
}

// A quotation of two sentences whose speaker is an actor's official named
// through a possessive after it ("the DFFE’s chief director … told")
// states the count of its first sentence.
func TestExtractPossessiveTitleSpeaksAfterQuote(t *testing.T) {
	e := New([]tracker.Metric{{ID: "poached", Unit: "rhinos", Keywords: []string{"rhinos poached", "poaching"}}},
		[]tracker.Actor{{Name: "DFFE", Role: tracker.Claimant, Aliases: []string{"DFFE"}}})
	checkFiguresBy(t, e, []figureCase{
		{"“Twelve rhinos were poached in a single week. The syndicates are moving away from Kruger,” the DFFE’s chief director for biodiversity told a committee.",
			"[poached=12 by DFFE]"},
		{"“Twelve rhinos were poached in a single week. The syndicates are moving away from Kruger,” the DFFE’s chief director for biodiversity visited the park on Monday.",
			"[]"},
	})
}

// The participle of an absolute phrase opened by "with" says how far a
// count went, not who states it: "With 91% of tally sheets counted,
// spoiled ballots stood at 964,212", "with a further 10,100 people
// reported missing".
func TestExtractWithParticipleIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "spoiled", Unit: "votes", Keywords: []string{"spoiled ballots", "votos nulos"}},
		{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"death toll", "muertos"}},
	}, []tracker.Actor{
		{Name: "CNE", Role: tracker.Claimant, Aliases: []string{"National Electoral Council"}},
		{Name: "Red Crescent", Role: tracker.Confirmer, Aliases: []string{"Libyan Red Crescent"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"The National Electoral Council updated its results portal at 9 p.m. With 91% of tally sheets counted, spoiled ballots stood at 964,212.",
			"[spoiled=964212 by CNE]"},
		{"The Libyan Red Crescent raised the death toll from the floods to 11,300, with a further 10,100 people reported missing.",
			"[deaths=11300 by Red Crescent missing=10100 by Red Crescent]"},
	})
}

// A conjunction after a number ("stood at 23 when …") leaves it bare: it
// counts nothing else.
func TestExtractConjunctionAfterNumber(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "dead"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}}})
	text := "The Red Cross said the death toll stood at 23 when nightfall forced rescuers to stop."
	if got, want := fmt.Sprint(metricValues(e, text)), "[deaths=23]"; got != want {
		t.Errorf("Extract(%q) = %v, want %v", text, got, want)
	}
}

// An actor named by one institution noun ("ministry") is also named by
// that noun's synonyms: "el ministro tanzano de Transportes".
func TestExtractSingleWordInstitutionSynonyms(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "muertos"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"ministry", "ministerio"}}})
	for _, text := range []string{
		"Al menos 126 personas perdieron la vida en el naufragio, según informó el ministro tanzano de Transportes.",
		"At least 126 people died in the sinking, the minister said.",
	} {
		got := figuresBy(e, text)
		if want := "[deaths=126 by Government]"; fmt.Sprint(got) != want {
			t.Errorf("Extract(%q) = %v, want %s", text, got, want)
		}
	}
}

// An English "regime" refers back to the government named before; the
// Spanish "régimen" does not ("el régimen de excepción" is a state of
// emergency).
func TestExtractRegimeIsTheGovernment(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"monks arrested", "monjes detenidos"}}},
		[]tracker.Actor{{Name: "Myanmar government", Role: tracker.Claimant, Aliases: []string{"Myanmar government", "Gobierno de Myanmar"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Myanmar government broke its silence on the raids on Saturday. The regime said 149 monks had been arrested.",
			"[arrested=149 by Myanmar government]"},
		{"El régimen de excepción deja ya 149 monjes detenidos en Rangún.", "[]"},
	})
}

// Numbers that add up to a total stated before them break it down: they
// are parts, unless what happened to each tells them apart.
func TestExtractPartsAddingUp(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "released", Keywords: []string{"released", "walked free", "excarcelados"}},
		{ID: "deaths", Keywords: []string{"killed"}},
		{ID: "injured", Keywords: []string{"injured"}},
	}, []tracker.Actor{{Name: "Viasna", Role: tracker.Confirmer, Aliases: []string{"Viasna"}}})
	checkMetricValues(t, e, []metricCase{
		{"According to Viasna, at least 69 people walked free in December: 20 after serving their terms, only two of them women, and 49 under pardon decrees.",
			[]string{"released=69"}},
		{"Of the 42 people hit by the blast, 12 were killed and 30 injured, Viasna said.", []string{"deaths=12", "injured=30"}},
	})
}

// A number that opens the "of" phrase of an event noun counts that event:
// "la liberación de 14 encarcelados" is a release, not a count of the
// jailed.
func TestExtractEventNounOf(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "held", Keywords: []string{"political prisoners", "behind bars", "encarcelados"}},
		{ID: "released", Keywords: []string{"released", "liberados"}},
	}, []tracker.Actor{{Name: "Viasna", Role: tracker.Confirmer, Aliases: []string{"Viasna"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según Viasna, la liberación el sábado de 14 encarcelados se produjo durante la visita.", []string{"released=14"}},
		{"Viasna welcomed the release of 30 jailed activists.", []string{"released=30"}},
		{"Según Viasna, siguen 1.150 encarcelados.", []string{"held=1150"}},
	})
}

// Those who may vote are not those who voted.
func TestExtractElectorateNotVotes(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "registered", Keywords: []string{"registered voters", "padrón electoral"}},
		{ID: "votes", Keywords: []string{"votes cast", "votos emitidos"}},
	}, []tracker.Actor{{Name: "CNE", Role: tracker.Claimant, Aliases: []string{"CNE"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según el CNE, se emitieron 10.500.000 votos, y el padrón electoral suma 21.300.000.", []string{"votes=10500000", "registered=21300000"}},
		{"The CNE said 10,500,000 people cast ballots.", []string{"votes=10500000"}},
		{"The CNE said about 13 percent of the roughly 100 million people on the voter rolls had taken part.", []string{"registered=100000000"}},
	})
}

// A name in the list of those counted ("…, Ales Bialiatski among them",
// "including X") is one of them, not their source.
func TestExtractMemberIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "held", Keywords: []string{"political prisoners", "presos políticos"}}},
		[]tracker.Actor{{Name: "Viasna", Role: tracker.Confirmer, Aliases: []string{"Viasna", "Ales Bialiatski"}}})
	checkMetricValues(t, e, []metricCase{
		{"Roughly 1,400 political prisoners remain locked up in Belarus, Nobel laureate Ales Bialiatski among them.", nil},
		{"Roughly 1,400 political prisoners remain locked up in Belarus, including Nobel laureate Ales Bialiatski.", nil},
		{"Siguen presos 1.400 presos políticos, entre ellos Ales Bialiatski.", nil},
		{"Roughly 1,400 political prisoners remain locked up in Belarus, Ales Bialiatski said.", []string{"held=1400"}},
	})
}

// Figures that name nobody take the speaker of the next sentence when it
// gives or confirms them without a count of its own; the evidence quotes
// both sentences.
func TestExtractNextSentenceConfirms(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"muertos", "fallecidos", "killed"}},
		{ID: "injured", Keywords: []string{"heridos", "injured"}},
	}, []tracker.Actor{{Name: "SNAI", Role: tracker.Claimant, Aliases: []string{"SNAI"}}})
	for _, tt := range []struct{ text, want string }{
		{"En la cárcel, 15 reos fueron asesinados y otros 14 quedaron heridos. El SNAI confirmó el ataque y la cantidad de fallecidos.",
			"[deaths=15 by SNAI injured=14 by SNAI]"},
		{"At least 62 inmates were killed in the riots. The SNAI confirmed the toll on Tuesday.", "[deaths=62 by SNAI]"},
		// the next sentence gives its own count: the first stays unattributed
		{"At least 62 inmates were killed in the riots. The SNAI said 40 were injured.", "[injured=40 by SNAI]"},
		// nor does a paragraph break carry it
		{"At least 62 inmates were killed in the riots.\n\nThe SNAI confirmed the toll on Tuesday.", "[]"},
	} {
		var got []string
		for _, x := range e.Extract(tt.text, nil) {
			got = append(got, fmt.Sprintf("%s=%d by %s", x.Metric, x.Value, x.Actor))
			if !x.ActorFromFallback && x.Metric == "deaths" {
				t.Errorf("Extract(%q): %s=%d not marked as from a fallback", tt.text, x.Metric, x.Value)
			}
		}
		if fmt.Sprint(got) != tt.want {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
	text := "At least 62 inmates were killed in the riots. The SNAI confirmed the toll on Tuesday."
	if xs := e.Extract(text, nil); len(xs) != 1 || xs[0].Quote != text {
		t.Errorf("Extract(%q) quotes %v, want the two sentences", text, xs)
	}
}

// A metric that counts per day takes rates and a single day's counts of the
// same things; a total over a longer time stays with the other metric. With
// no such metric, a rate is no figure.
func TestExtractPerDayMetric(t *testing.T) {
	actors := []tracker.Actor{{Name: "COGAT", Role: tracker.Claimant, Aliases: []string{"COGAT"}}}
	e := New([]tracker.Metric{
		{ID: "total", Keywords: []string{"aid trucks", "trucks entered", "camiones de ayuda", "camiones"}},
		{ID: "daily", Keywords: []string{"trucks a day", "trucks per day", "camiones diarios", "al día"}},
	}, actors)
	checkMetricValues(t, e, []metricCase{
		{"COGAT said 237 aid trucks had entered Gaza on Monday.", []string{"daily=237"}},
		{"COGAT said an average of 181 aid trucks a day had crossed into Gaza in April.", []string{"daily=181"}},
		{"Según el COGAT, la víspera entraron en la Franja casi 230 camiones con ayuda.", []string{"daily=230"}},
		{"Según el COGAT, durante el alto el fuego han entrado alrededor de 30.000 camiones de ayuda.", []string{"total=30000"}},
	})
	totals := New([]tracker.Metric{{ID: "total", Keywords: []string{"aid trucks", "camiones"}}}, actors)
	text := "COGAT said an average of 181 aid trucks a day had crossed into Gaza in April."
	if got := metricValues(totals, text); len(got) != 0 {
		t.Errorf("Extract(%q) with no per-day metric = %v, want no figure", text, got)
	}
}

// A number of the things a metric measures, not people, is a count of that
// metric ("237 trucks" for a metric of aid trucks); a target is no count.
func TestExtractUnitAndTarget(t *testing.T) {
	e := New([]tracker.Metric{{ID: "trucks", Unit: "trucks", Keywords: []string{"aid trucks", "camiones de ayuda"}}},
		[]tracker.Actor{{Name: "COGAT", Role: tracker.Claimant, Aliases: []string{"COGAT"}}})
	checkMetricValues(t, e, []metricCase{
		{"COGAT said 237 trucks had crossed into the Strip.", []string{"trucks=237"}},
		{"COGAT said the crossings fell short of the target of 500 aid trucks.", nil},
		{"Según el COGAT, no se alcanzó la meta de 600 camiones de ayuda.", nil},
	})
}

// An earlier period dates the count nearest to it, not every count of its
// clause.
func TestExtractEarlierPeriodOfNearestCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrivals", Keywords: []string{"arrivals", "landed", "llegadas"}}},
		[]tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry"}}})
	checkMetricValues(t, e, []metricCase{
		{"Between January 1 and November 15 of 2023, 32,436 migrants landed on the islands, the Interior Ministry said in its report, against 31,678 over the whole of 2006.",
			[]string{"arrivals=32436"}},
		{"In its 2024 report, the Interior Ministry said 31,678 migrants landed on the islands in 2006.", nil},
		{"In its 2024 report, the Interior Ministry said 220,700 migrants landed on the islands, 40 percent fewer than in 2023.", []string{"arrivals=220700"}},
	})
}

// "U.N." is "UN" inside a longer alias too, and a body of an organisation
// named by what it does is the actor whose name says so.
func TestExtractBodiesOfAnOrganisation(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "muertos"}}}, []tracker.Actor{
		{Name: "United Nations", Role: tracker.Confirmer, Aliases: []string{"UN", "United Nations", "ONU"}},
		{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR", "UN refugee agency"}},
		{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"IOM", "International Organization for Migration"}},
		{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization"}},
	})
	for _, tt := range []struct{ text, want string }{
		{"The U.N. refugee agency said 30 people were killed.", "UNHCR"},
		{"The U.N. migration agency said 30 people were killed.", "IOM"},
		{"The UN health agency said 30 people were killed.", "WHO"},
		{"The UN human rights office said 30 people were killed.", "United Nations"},
		{"The U.N. said 30 people were killed.", "United Nations"},
	} {
		xs := e.Extract(tt.text, nil)
		if len(xs) != 1 || xs[0].Actor != tt.want {
			t.Errorf("Extract(%q) = %v, want one figure by %s", tt.text, xs, tt.want)
		}
	}
}

// A keyword naming a punishment ("condenados a muerte") names no death: an
// execution of the condemned is an execution.
func TestExtractPunishmentNamesNoDeath(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "executions", Keywords: []string{"executions", "executed", "ejecuciones", "ejecutados"}},
		{ID: "death-sentences", Keywords: []string{"sentenced to death", "condenados a muerte"}},
	}, []tracker.Actor{{Name: "IHR", Role: tracker.Confirmer, Aliases: []string{"Iran Human Rights", "IHR"}}})
	checkMetricValues(t, e, []metricCase{
		{"Irán ha ejecutado al menos a un millar de presos condenados a muerte este año, informó la ONG Iran Human Rights.", []string{"executions=1000"}},
		{"IHR said 26 people were sentenced to death this year.", []string{"death-sentences=26"}},
	})
}

// "la organización opositora Hengaw": the name after an institution noun
// says which actor it is; "las autoridades iraníes" are not another
// country's authorities.
func TestExtractDescribedNames(t *testing.T) {
	e := New([]tracker.Metric{{ID: "executions", Keywords: []string{"executions", "ejecuciones", "ejecutados"}}}, []tracker.Actor{
		{Name: "Iran Human Rights", Role: tracker.Confirmer, Aliases: []string{"Iran Human Rights", "Iran Human Rights Organization"}},
		{Name: "Hengaw", Role: tracker.Confirmer, Aliases: []string{"Hengaw", "Hengaw Organization for Human Rights"}},
		{Name: "Saudi authorities", Role: tracker.Claimant, Aliases: []string{"autoridades saudíes", "Saudi authorities"}},
	})
	for _, tt := range []struct{ text, want string }{
		{"Irán ahorcó a 241 personas en octubre, según informó este domingo la organización opositora Hengaw.", "[executions=241 by Hengaw]"},
		{"El número de ejecutados asciende a 402, denunció este martes la ONG Iran Human Rights.", "[executions=402 by Iran Human Rights]"},
		{"Según las autoridades iraníes, 100 personas fueron ejecutadas en agosto.", "[]"},
		{"Hengaw informó el lunes. Arabia Saudí ha ejecutado al menos a 250 personas este año, denunció la ONG saudí ALQST.", "[]"},
		{"Según las autoridades saudíes, 100 personas fueron ejecutadas en agosto.", "[executions=100 by Saudi authorities]"},
	} {
		got := figuresBy(e, tt.text)
		if fmt.Sprint(got) != tt.want {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A Spanish verb in the preterite after a number leaves it bare: "A 48
// subió la cifra de muertos".
func TestExtractPreteriteAfterNumber(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos", "fallecidos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Policía"}}})
	text := "A 48 subió la cifra de personas que perdieron la vida este martes, informó la Policía."
	if got, want := fmt.Sprint(metricValues(e, text)), "[deaths=48]"; got != want {
		t.Errorf("Extract(%q) = %v, want %v", text, got, want)
	}
}

// A source named after long descriptive words still governs; a code on a
// plate is a label; a breakdown after a colon counts the parts already
// marked.
func TestExtractLongSourceCodesAndBreakdowns(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "injured", Keywords: []string{"heridos", "injured"}},
		{ID: "deaths", Keywords: []string{"killed", "dead"}},
	}, []tracker.Actor{
		{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja", "Red Cross"}},
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police"}},
	})
	checkMetricValues(t, e, []metricCase{
		{"De acuerdo con la información preliminar de la central de comunicaciones de la Cruz Roja, el percance dejó 31 personas heridas: dos de ellas de gravedad, cinco en condición amarilla y el resto estables.",
			[]string{"injured=31"}},
		{"The police said the bus, which bore the number plate UP FT 7623, had gone into the river.", nil},
		// a magnitude is a measure, not a count
	})
}

// A magnitude is a measure, not a count of quakes.
func TestExtractMagnitudeIsALabel(t *testing.T) {
	e := New([]tracker.Metric{{ID: "aftershocks", Keywords: []string{"aftershocks", "réplicas"}}},
		[]tracker.Actor{{Name: "AFAD", Role: tracker.Claimant, Aliases: []string{"AFAD"}}})
	checkMetricValues(t, e, []metricCase{
		{"AFAD warned that another aftershock above magnitude 5 was likely after 300 aftershocks.", []string{"aftershocks=300"}},
		{"AFAD registró 300 réplicas, una de ellas de magnitud 5.", []string{"aftershocks=300"}},
	})
}

// An actor named in an apposition that describes the actor before it is
// no second source.
func TestExtractAppositionDescribesActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "trucks", Unit: "trucks", Keywords: []string{"aid trucks"}}}, []tracker.Actor{
		{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"UN", "OCHA"}},
		{Name: "UNRWA", Role: tracker.Confirmer, Aliases: []string{"UNRWA"}},
	})
	text := "UNRWA, the main U.N. agency working in the enclave, gave a lower tally still: 223 trucks on Monday."
	xs := e.Extract(text, nil)
	if len(xs) != 1 || xs[0].Actor != "UNRWA" || xs[0].Value != 223 {
		t.Errorf("Extract(%q) = %v, want 223 trucks by UNRWA", text, xs)
	}
}

// A news agency's own tally is its figure; what it reports of others is
// not.
func TestExtractAgencyTally(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "muertos"}}},
		[]tracker.Actor{{Name: "AFP", Role: tracker.Reporter, Aliases: []string{"AFP", "Agence France-Presse"}}})
	checkMetricValues(t, e, []metricCase{
		{"The total reported so far by several countries stands at 577 deaths, according to an AFP tally.", []string{"deaths=577"}},
		{"Según un recuento de la Agence France-Presse, los muertos son 1.100.", []string{"deaths=1100"}},
		{"AFP reported that 577 deaths had been recorded.", nil},
		{"PARIS (AFP) — At least 577 deaths have been recorded.", nil},
	})
}

// "De acuerdo con el balance oficial" is the government the text names,
// inferred: a moderator confirms it. With no government named, nobody,
// unless the tracker's only government names no country: then it is
// whichever government the text is about.
func TestExtractOfficialTallyIsTheGovernments(t *testing.T) {
	metrics := []tracker.Metric{{ID: "deaths", Keywords: []string{"fallecidos", "muertos"}}}
	for _, c := range []struct {
		actor, text string
		want        bool
	}{
		{"Gobierno de Perú", "El Gobierno de Perú pidió perdón. De acuerdo con el balance oficial, la cifra de fallecidos llegaba el sábado a 187.", true},
		{"Gobierno de Perú", "De acuerdo con el balance oficial, la cifra de fallecidos llegaba el sábado a 187.", false},
		{"gobierno", "De acuerdo con el balance oficial, la cifra de fallecidos llegaba el sábado a 187.", true},
	} {
		e := New(metrics, []tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{c.actor}}})
		xs := e.Extract(c.text, nil)
		got := len(xs) == 1 && xs[0].Actor == "Government" && xs[0].Value == 187 && xs[0].ActorFromFallback
		if got != c.want || !c.want && len(xs) != 0 {
			t.Errorf("with alias %q, Extract(%q) = %v, want 187 by Government, inferred: %v", c.actor, c.text, xs, c.want)
		}
	}
}

// metricCase is a text and the "metric=value" figures wanted from it.
type metricCase struct {
	text string
	want []string
}

// checkMetricValues checks the figures e extracts from each case's text.
func checkMetricValues(t *testing.T, e *Extractor, cases []metricCase) {
	t.Helper()
	for _, tt := range cases {
		if got := metricValues(e, tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// Things other than people: a metric measured in customers counts homes
// and households, and a power outage or its repair is told by its terms.
func TestExtractCustomersAndHomes(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "out", Unit: "customers", Keywords: []string{"without power", "sin luz"}},
		{ID: "restored", Unit: "customers", Keywords: []string{"restored", "restablecido"}},
	}, []tracker.Actor{{Name: "Duke Energy", Role: tracker.Claimant, Aliases: []string{"Duke Energy", "CFE"}}})
	checkMetricValues(t, e, []metricCase{
		{"Power was still out for more than 1.6 million homes and businesses, Duke Energy said.", []string{"out=1600000"}},
		{"Duke Energy said it had reconnected 723,000 customers.", []string{"restored=723000"}},
		{"La CFE informó que 513.530 usuarios se quedaron sin servicio.", []string{"out=513530"}},
	})
}

// Hunger and famine are kinds of counts; a share of the population beside
// a count does not make it a part.
func TestExtractHungerAndPopulationShare(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "hunger", Keywords: []string{"acute hunger", "hambre aguda"}},
		{ID: "famine", Keywords: []string{"famine", "hambruna"}},
	}, []tracker.Actor{{Name: "IPC", Role: tracker.Confirmer, Aliases: []string{"IPC"}}})
	checkMetricValues(t, e, []metricCase{
		{"The IPC said 3.4 million people, 45 percent of the population, faced acute food insecurity.", []string{"hunger=3400000"}},
		{"Según la IPC, 500.000 personas viven en condiciones de hambruna.", []string{"famine=500000"}},
		{"The IPC said 3.4 million people, 45 percent of them children, faced acute food insecurity.", []string{"hunger=3400000"}},
		{"The IPC said 3.4 million people, 45 percent of the total, faced acute food insecurity.", nil},
	})
}

// What is needed, expected or possible is no count.
func TestExtractNeedsAndForecasts(t *testing.T) {
	e := New([]tracker.Metric{{ID: "trucks", Unit: "trucks", Keywords: []string{"aid trucks", "camiones de ayuda", "camiones"}}},
		[]tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UN", "ONU"}}})
	checkMetricValues(t, e, []metricCase{
		{"La ONU insiste en que hacen falta 600 camiones de ayuda cada día.", nil},
		{"Según la ONU, se espera que pasen unos 400 camiones, y esa cifra podría aumentar a 600.", nil},
		{"The UN called for the crossings to reopen so that 1,000 aid trucks could come in.", nil},
		{"The UN said 237 aid trucks came in.", []string{"trucks=237"}},
		{"The UN said up to 400 aid trucks could have come in.", []string{"trucks=400"}},
		// a need in the clause before, across "and", is not this count's
		{"The UN said more fuel was needed and that 237 aid trucks came in.", []string{"trucks=237"}},
		{"The UN said a convoy requires 40 aid trucks a day.", nil},
	})
}

// A metric counted in weapons counts every kind of weapon a unit group
// names: "52 drones", "41 misiles" (but a metric of firearms no drones).
func TestExtractWeaponsUnit(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "launched", Unit: "weapons", Keywords: []string{"drones", "missiles", "launched", "misiles"}},
	}, []tracker.Actor{{Name: "Air Force", Role: tracker.Claimant, Aliases: []string{"air force", "Fuerza Aérea"}}})
	checkMetricValues(t, e, []metricCase{
		{"Russia launched 52 drones overnight, the air force said.", []string{"launched=52"}},
		{"Rusia lanzó 41 misiles, según informó la Fuerza Aérea.", []string{"launched=41"}},
	})
	guns := New([]tracker.Metric{{ID: "guns", Unit: "firearms", Keywords: []string{"seized", "incautadas"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police"}}})
	checkMetricValues(t, guns, []metricCase{
		{"Police seized 52 rifles on Monday.", []string{"guns=52"}},
		{"Police seized 52 drones on Monday.", nil},
	})
}

// A relative pronoun after an actor stands for it: "el Ministerio de Salud
// (Minsa), que contabilizaba 67.807".
func TestExtractRelativePronounSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"decesos", "muertes", "deaths"}}},
		[]tracker.Actor{{Name: "Minsa", Role: tracker.Claimant, Aliases: []string{"Minsa"}}})
	checkMetricValues(t, e, []metricCase{
		{"El Ministerio de Salud (Minsa), que a esa misma fecha contabilizaba 67.807 decesos, no respondió.", []string{"deaths=67807"}},
		{"Minsa, which at that date counted 67,807 deaths, did not reply.", []string{"deaths=67807"}},
	})
}

// Numbers added to a total ("a ellos se suman otros 122", "sumados a los
// tres muertos") are its parts; "suman 217.109" gives the total.
func TestExtractAddedToTotal(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos", "víctimas mortales"}}},
		[]tracker.Actor{{Name: "Generalitat", Role: tracker.Claimant, Aliases: []string{"Generalitat"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según la Generalitat, sumados a los tres muertos de Málaga, el balance alcanza las 205 víctimas mortales.", []string{"deaths=205"}},
		{"Según la Generalitat, a ellos se suman otros 12 muertos en Cuenca.", nil},
		{"Según la Generalitat, los muertos suman 217.", []string{"deaths=217"}},
	})
}

// "El informe cifra en…" opens on the report of the actor just named.
func TestExtractTheReportJustNamed(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hunger", Keywords: []string{"inseguridad alimentaria aguda", "hambre aguda"}}},
		[]tracker.Actor{{Name: "IPC", Role: tracker.Confirmer, Aliases: []string{"CIF", "IPC"}}})
	checkMetricValues(t, e, []metricCase{
		{"La CIF publicó su análisis el lunes.\n\nEl informe cifra en torno a 5,7 millones las personas con inseguridad alimentaria aguda.", []string{"hunger=5700000"}},
		{"El informe cifra en torno a 5,7 millones las personas con inseguridad alimentaria aguda.", nil},
	})
}

// "The groups said…": a plural institution noun refers back to the actor
// named by it, and "they added" goes on with it.
func TestExtractPluralInstitutionNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "missing", Keywords: []string{"missing", "unaccounted for"}}},
		[]tracker.Actor{{Name: "Rights groups", Role: tracker.Confirmer, Aliases: []string{"human rights groups"}}})
	text := "Human rights groups in Guinea spoke on Sunday.\n\nThe groups said their estimate drew on hospital records. More than 50 other people remain unaccounted for, they added."
	xs := e.Extract(text, nil)
	if len(xs) != 1 || xs[0].Value != 50 || xs[0].Actor != "Rights groups" {
		t.Errorf("Extract(%q) = %v, want 50 missing by the rights groups", text, xs)
	}
}

// What a tally includes is its content; what a group of people included
// is a part of them.
func TestExtractTallyIncludes(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "executed"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"ministry"}}})
	checkMetricValues(t, e, []metricCase{
		{"The ministry's running tally includes 626 deaths as of Sunday.", []string{"deaths=626"}},
		{"The ministry said those executed included 30 women.", nil},
	})
}

// A part of a total that another metric counts is a figure of its own:
// "76.689 viviendas afectadas, de las cuales 4.743 se derrumbaron".
func TestExtractPartOfAnotherKind(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "destroyed", Unit: "homes", Keywords: []string{"viviendas destruidas", "derrumbadas"}},
	}, []tracker.Actor{{Name: "Cuban government", Role: tracker.Claimant, Aliases: []string{"Gobierno cubano"}}})
	checkMetricValues(t, e, []metricCase{
		{"El huracán dejó 76.689 viviendas afectadas, de las cuales 4.743 se derrumbaron por completo, informó el Gobierno cubano.", []string{"destroyed=4743"}},
	})
}

// "gave", "dio a conocer", "ofreció" report a figure.
func TestExtractGaveAFigure(t *testing.T) {
	e := New([]tracker.Metric{{ID: "crowd", Keywords: []string{"protesters", "manifestantes"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "Policía"}}})
	checkMetricValues(t, e, []metricCase{
		{"The march drew crowds. The police gave a far lower estimate of 128,000 protesters.", []string{"crowd=128000"}},
		{"La Policía dio a conocer una cifra de 35.000 manifestantes.", []string{"crowd=35000"}},
	})
}

// checkFigureLists checks the figures e extracts from each case's text,
// each wanted as "metric=value by actor".
func checkFigureLists(t *testing.T, e *Extractor, cases []metricCase) {
	t.Helper()
	for _, tt := range cases {
		if got := figuresBy(e, tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// figuresBy returns "metric=value by actor" for each figure e extracts
// from text, in order.
func figuresBy(e *Extractor, text string) []string {
	var got []string
	for _, x := range e.Extract(text, nil) {
		got = append(got, fmt.Sprintf("%s=%d by %s", x.Metric, x.Value, x.Actor))
	}
	return got
}

// "a" is an article in English only: in Spanish it is the preposition of
// "explicó a EFE", and no rule may skip it as an article.
func TestDeterminerAtIsLanguageAware(t *testing.T) {
	for _, tt := range []struct {
		word string
		es   bool
		want bool
	}{
		{"a", false, true},
		{"a", true, false},
		{"the", false, true},
		{"la", true, true},
		{"sus", true, true},
		{"de", true, false},
	} {
		s := &sentence{toks: []token{{text: tt.word}}, es: tt.es}
		if got := s.determinerAt(0); got != tt.want {
			t.Errorf("determinerAt(%q, es=%v) = %v, want %v", tt.word, tt.es, got, tt.want)
		}
	}
}

// A generic noun before an aside ("Otra organización, la Agencia … ,")
// only announces the name in the aside, and a capitalised institution noun
// that opens another name ("the Center for Human Rights in Iran") is not
// the actor whose name ends in that noun.
func TestExtractNamedInAsideAndLongerNames(t *testing.T) {
	e := New([]tracker.Metric{{ID: "executions", Keywords: []string{"executions", "ejecuciones"}}},
		[]tracker.Actor{
			{Name: "Hengaw", Role: tracker.Confirmer, Aliases: []string{"Hengaw"}},
			{Name: "Amnesty", Role: tracker.Confirmer, Aliases: []string{"Amnistía Internacional"}},
			{Name: "DPIC", Role: tracker.Confirmer, Aliases: []string{"Death Penalty Information Center"}},
		})
	for _, tt := range []struct{ text, want string }{
		{"Hengaw documentó 120 ejecuciones en octubre. Otra organización, la Agencia de Noticias de Activistas (HRANA), sitúa en 145 los ejecutados en octubre.",
			"[executions=120 by Hengaw]"},
		{"Hengaw documentó 120 ejecuciones en octubre. Otra organización, Amnistía Internacional, sitúa en 145 los ejecutados en octubre.",
			"[executions=120 by Hengaw executions=145 by Amnesty]"},
		{"The Death Penalty Information Center counted 25 executions. The Center for Human Rights in Iran said it had confirmed at least 24 executions in Karaj.",
			"[executions=25 by DPIC]"},
	} {
		if got := figuresBy(e, tt.text); fmt.Sprint(got) != tt.want {
			t.Errorf("Extract(%q) = %v, want %s", tt.text, got, tt.want)
		}
	}
}

// A speaker named with a title after an inverted reporting verb
// ("informó este miércoles la presidenta Claudia Sheinbaum") is the
// source, not an actor named in passing earlier in the sentence.
func TestExtractInvertedCueWithTitle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "received", Keywords: []string{"recibidos", "received"}}},
		[]tracker.Actor{
			{Name: "White House", Role: tracker.Claimant, Aliases: []string{"Casa Blanca", "White House"}},
			{Name: "Mexican government", Role: tracker.Claimant, Aliases: []string{"Claudia Sheinbaum", "Sheinbaum"}},
		})
	text := "Desde que Donald Trump volvió a la Casa Blanca, México ha recibido a 152.592 personas, informó este miércoles la presidenta Claudia Sheinbaum."
	if got, want := fmt.Sprint(figuresBy(e, text)), "[received=152592 by Mexican government]"; got != want {
		t.Errorf("Extract(%q) = %v, want %s", text, got, want)
	}
}

// A preposition after a number leaves it bare, so the verb before it says
// what it counts: "removed 65,682 over the same period".
func TestExtractPrepositionAfterNumber(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deportations", Keywords: []string{"deportations", "removed"}},
		{ID: "arrests", Keywords: []string{"arrests", "arrested"}},
	}, []tracker.Actor{{Name: "ICE", Role: tracker.Claimant, Aliases: []string{"ICE"}}})
	checkMetricValues(t, e, []metricCase{
		{"ICE said it arrested 66,463 people and removed 65,682 over the same period.", []string{"arrests=66463", "deportations=65682"}},
		{"ICE said it removed 65,682 across the country.", []string{"deportations=65682"}},
		// "sent back" is a deportation by the lexicon
		{"ICE said it sent back 2,150 Central Americans last month.", []string{"deportations=2150"}},
	})
}

// The verb before a part says what happened to it ("neutralizar 128 de
// los 154 drones"), and a participle on the whole what happened to the
// whole ("154 drones lanzados"); evacuations are told by many verbs.
func TestExtractVerbOfPartAndWholeAndEvacuations(t *testing.T) {
	drones := New([]tracker.Metric{
		{ID: "launched", Unit: "drones", Keywords: []string{"drones", "drones lanzados"}},
		{ID: "downed", Unit: "drones", Keywords: []string{"derribados", "interceptados", "neutralizados"}},
	}, []tracker.Actor{{Name: "Air Force", Role: tracker.Claimant, Aliases: []string{"Fuerza Aérea"}}})
	checkMetricValues(t, drones, []metricCase{
		{"La Fuerza Aérea informó que sus defensas lograron neutralizar durante la noche 128 de los 154 drones lanzados por Rusia.",
			[]string{"downed=128", "launched=154"}},
	})
	checkMetricValues(t, drones, []metricCase{
		// the predicate of the part says nothing of the whole
		{"La Fuerza Aérea dijo que 128 de los 154 drones han sido derribados.", []string{"downed=128"}},
	})
	evac := New([]tracker.Metric{{ID: "evacuated", Keywords: []string{"evacuated", "evacuados"}}},
		[]tracker.Actor{{Name: "IFRC", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkMetricValues(t, evac, []metricCase{
		{"More than 2 million people have been told to evacuate, the Red Cross said.", []string{"evacuated=2000000"}},
		{"La Cruz Roja dijo que las autoridades ordenaron el desalojo de 3.000 personas.", []string{"evacuated=3000"}},
		// inhabitants are who they are; what happened to them is the count
		{"Cerca de un millón de habitantes de la costa fueron evacuados, informó la Cruz Roja.", []string{"evacuated=1000000"}},
		// what someone was made or able to do happened; what they would
		// have to do did not
		{"La fuga obligó a desalojar a 276 personas, informó la Cruz Roja.", []string{"evacuated=276"}},
		{"The Red Cross said the leak forced authorities to evacuate 276 people.", []string{"evacuated=276"}},
		{"The Red Cross said it had to evacuate 276 people.", []string{"evacuated=276"}},
		{"The Red Cross said it would have to evacuate 276 people.", nil},
		// what would have happened had something else been done did not
		// happen; what could have happened is an estimate of the past
		{"Had the dam held, about 3,000 fewer people would have been evacuated, the Red Cross said.", nil},
		{"The Red Cross said 3,000 people would have been evacuated without the new levee.", nil},
		{"The Red Cross said up to 3,000 people could have been evacuated by Friday.", []string{"evacuated=3000"}},
		{"La Cruz Roja dijo que 276 personas tuvieron que ser evacuadas.", []string{"evacuated=276"}},
		// what an act allowed or helped to do happened too
		{"La Cruz Roja informó que el operativo permitió evacuar a 35.917 personas.", []string{"evacuated=35917"}},
		{"The Red Cross said its volunteers helped to evacuate 1,200 people.", []string{"evacuated=1200"}},
		{"La Cruz Roja dijo que prevé evacuar a 35.917 personas.", nil},
	})
}

// Counts of weapons and jobs: a noun of another unit is no count of a
// metric measured in drones; "lograron neutralizar" happened; parts that
// add up to the total announced after them are parts.
func TestExtractWeaponsAndJobs(t *testing.T) {
	weapons := New([]tracker.Metric{
		{ID: "drones", Unit: "drones", Keywords: []string{"drones launched", "drones"}},
		{ID: "downed", Unit: "drones", Keywords: []string{"shot down", "derribados"}},
		{ID: "missiles", Unit: "missiles", Keywords: []string{"missiles", "misiles"}},
	}, []tracker.Actor{{Name: "IDF", Role: tracker.Claimant, Aliases: []string{"IDF", "Fuerza Aérea"}}})
	checkMetricValues(t, weapons, []metricCase{
		{"Iran has fired more than 400 ballistic missiles and some 1,000 drones at Israel, according to the IDF.",
			[]string{"missiles=400", "drones=1000"}},
		{"La Fuerza Aérea dijo que sus defensas lograron neutralizar 38 drones.", []string{"downed=38"}},
	})
	jobs := New([]tracker.Metric{{ID: "cuts", Unit: "jobs", Keywords: []string{"layoffs", "job cuts", "despidos"}}},
		[]tracker.Actor{{Name: "UGT", Role: tracker.Claimant, Aliases: []string{"UGT"}}})
	checkMetricValues(t, jobs, []metricCase{
		{"By its count, tech firms have let go of roughly 109,000 employees this year, UGT said.", []string{"cuts=109000"}},
		{"The plan foresees 3,765 exits at the core business, a further 599 abroad and 190 at Movistar+, bringing the total to 4,554, according to UGT.",
			[]string{"cuts=4554"}},
		{"UGT denunció la intención de la empresa de recortar alrededor de 5.100 empleos en España.", []string{"cuts=5100"}},
	})
}

// A lower-case description made of an actor's alias words names it: "the
// national disaster agency" for the National Disaster Risk Reduction and
// Management Council, "la comisión nacional de búsqueda"; one shared word
// ("the national police") is not enough.
func TestExtractDescribedActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "evacuated", Keywords: []string{"evacuated", "evacuados", "desaparecidos"}}},
		[]tracker.Actor{
			{Name: "NDRRMC", Role: tracker.Claimant, Aliases: []string{"National Disaster Risk Reduction and Management Council"}},
			{Name: "CNB", Role: tracker.Claimant, Aliases: []string{"Comisión Nacional de Búsqueda"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The national disaster agency said over 900,000 people had evacuated.", "[evacuated=900000 by NDRRMC]"},
		{"Según la comisión nacional de búsqueda, hay 40.180 desaparecidos.", "[evacuated=40180 by CNB]"},
		{"The national police said over 900,000 people had evacuated.", "[]"},
	})
}

// A hyphenated modifier and a noun before a term are the term's
// modifiers: "2,351 on-duty ranger deaths" counts deaths.
func TestExtractHyphenatedModifierBeforeTerm(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"killed", "dead", "muertos"}}},
		[]tracker.Actor{{Name: "IRF", Role: tracker.Confirmer, Aliases: []string{"International Ranger Federation"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The International Ranger Federation counted 2,351 on-duty ranger deaths worldwide.", "[killed=2351 by IRF]"},
		{"The International Ranger Federation counted 2,351 ranger deaths worldwide.", "[killed=2351 by IRF]"},
	})
}

// A sentence that opens on what a total is broken down by ("By service,",
// "Por provincias,") gives parts: none of its counts is the total.
func TestExtractBreakdownOpener(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}}},
		[]tracker.Actor{{Name: "MoD", Role: tracker.Claimant, Aliases: []string{"Ministry of Defence", "Ministerio de Defensa"}}})
	checkFiguresBy(t, e, []figureCase{
		{"By service, the Ministry of Defence recorded 111 deaths in the Army, 29 in the Navy and 26 in the RAF.", "[]"},
		{"Por provincias, el Ministerio de Defensa contó 18 muertes en Córdoba y 11 en Buenos Aires.", "[]"},
		{"Por cuerpos, el Ministerio de Defensa contó 18 muertes en el Ejército y 11 en la Armada.", "[]"},
		{"By force, the Ministry of Defence recorded 111 deaths in the Army and 29 in the Navy.", "[]"},
		{"Por su parte, el Ministerio de Defensa contó 170 muertes.", "[deaths=170 by MoD]"},
	})
}

// A group of people whose modifier is a word of the metric's name is the
// kind the metric counts, no part of it: "9,000 foreign nationals" for
// foreign workers evacuated; "41 women" stays a part of the evacuated.
func TestExtractTrackedModifierIsNoGroupPart(t *testing.T) {
	e := New([]tracker.Metric{{ID: "evacuated", Name: "Foreign workers evacuated", Unit: "people", Keywords: []string{"evacuated"}}},
		[]tracker.Actor{{Name: "Labour Ministry", Role: tracker.Claimant, Aliases: []string{"Labour Ministry", "Ministry of Labour"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Labour Ministry said nearly 9,000 foreign nationals had been evacuated.", "[evacuated=9000 by Labour Ministry]"},
		{"The Labour Ministry said nearly 9,000 nationals had been evacuated.", "[]"},
	})
}

// "La organización estudiantil", an organisation noun and an adjective,
// refers back to the organisation named before as the noun alone does.
func TestExtractOrganisationWithAdjectiveRefersBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}}},
		[]tracker.Actor{{Name: "FECh", Role: tracker.Claimant, Aliases: []string{"Federación de Estudiantes de la Universidad de Chile", "FECh"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Federación de Estudiantes de la Universidad de Chile convocó una marcha. La organización estudiantil eleva a 47 el número de alumnos heridos.",
			"[injured=47 by FECh]"},
		{"La Federación de Estudiantes de la Universidad de Chile convocó una marcha. La organización eleva a 47 el número de alumnos heridos.",
			"[injured=47 by FECh]"},
	})
}

// "Army officials", "an army spokesman" speak for the army the text named;
// officials of a body the text has not named may be anyone's.
func TestExtractHeadOfficials(t *testing.T) {
	e := New([]tracker.Metric{{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}}},
		[]tracker.Actor{
			{Name: "Colombian Army", Role: tracker.Claimant, Aliases: []string{"Colombian Army", "Ejército de Colombia"}},
			{Name: "ICRC", Role: tracker.Confirmer, Aliases: []string{"ICRC"}},
			{Name: "AFP", Role: tracker.Reporter, Aliases: []string{"AFP"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Colombian Army opened a search. By Wednesday six soldiers were missing, army officials said, as the troops made contact.",
			"[missing=6 by Colombian Army]"},
		{"The Colombian Army opened a search. Six soldiers are still missing, an army spokesman told AFP.",
			"[missing=6 by Colombian Army]"},
		{"Six soldiers are still missing, army officials said.", "[]"},
	})
}

// A metric's own phrase after "por", "for" (or "de" after victims) says
// what befell the people a number counts, even when another keyword of the
// metric owns a concept: "atendió a 23 personas por inhalación de humo",
// "346 víctimas de crímenes de honor".
func TestExtractKeywordComplement(t *testing.T) {
	e := New([]tracker.Metric{{ID: "smoke", Unit: "people", Keywords: []string{"smoke inhalation", "inhalación de humo", "intoxicados por humo"}}},
		[]tracker.Actor{{Name: "SAMUR", Role: tracker.Claimant, Aliases: []string{"SAMUR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El SAMUR atendió a 23 personas por inhalación de humo tras el incendio.", "[smoke=23 by SAMUR]"},
		{"SAMUR said its teams had treated 52 people for smoke inhalation.", "[smoke=52 by SAMUR]"},
	})
	// after victims, "de" says what befell them
	e = New([]tracker.Metric{{ID: "honour", Unit: "people", Keywords: []string{"honour killings", "crímenes de honor"}}},
		[]tracker.Actor{{Name: "HRCP", Role: tracker.Confirmer, Aliases: []string{"HRCP"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La HRCP contabilizó al menos 346 víctimas de los llamados crímenes de honor.", "[honour=346 by HRCP]"},
		{"La HRCP contabilizó 346 víctimas de crímenes de honor.", "[honour=346 by HRCP]"},
		{"La HRCP contabilizó 346 autores de crímenes de honor.", "[]"},
	})
}

// "Permanecen", "remain", "siguen" and a participle of another state
// than detention say that state ("21 carreteras permanecen cortadas"),
// not that anyone is held.
func TestExtractLooseStateOfThings(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "roads-closed", Unit: "roads", Keywords: []string{"roads closed", "carreteras cortadas"}},
		{ID: "held", Unit: "people", Keywords: []string{"detenidos", "presos"}},
	}, []tracker.Actor{{Name: "DGT", Role: tracker.Claimant, Aliases: []string{"DGT", "traffic authority"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según la DGT, 21 carreteras permanecen cortadas al tráfico por la nieve.", "[roads-closed=21 by DGT]"},
		{"Según la DGT, 21 carreteras siguen cortadas.", "[roads-closed=21 by DGT]"},
		{"Según la DGT, 21 conductores permanecen detenidos.", "[held=21 by DGT]"},
	})
}

// A denial by a gerund or an infinitive phrase denies too: "issued a
// statement rejecting rumors that seven of its officers had been killed",
// "volvió a poner en duda que la dictadura haya dejado 30 mil
// desaparecidos".
func TestExtractDenialGerund(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"killed", "desaparecidos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"National Police Service", "Gobierno"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The National Police Service issued a statement rejecting rumors that seven of its officers had been killed in Haiti.", "[]"},
		{"El Gobierno volvió a poner en duda que la dictadura haya dejado 30 mil desaparecidos.", "[]"},
	})
}

// A count coordinated with a forecast, with no verb of its own, is part
// of the forecast: "could see more than 68,000 deaths every summer by 2030
// and over 94,000 by 2040".
func TestExtractCoordinatedForecast(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}}},
		[]tracker.Actor{{Name: "ISGlobal", Role: tracker.Confirmer, Aliases: []string{"ISGlobal"}}})
	checkFiguresBy(t, e, []figureCase{
		{"ISGlobal warned that Europe could see more than 68,000 premature deaths every summer by 2030 and over 94,000 by 2040.", "[]"},
		// (a count with its own verb is not)
		{"ISGlobal said 61,672 deaths were recorded in 2022 and warned that 68,000 could die by 2030.", "[deaths=61672 by ISGlobal]"},
	})
}

// A Spanish verb in the future before the count, or right after its noun,
// says what will be, no figure: "recibirán cerca de medio millón",
// "rebajará a 7.500", "183 presos serán liberados". The conditional
// reports a claim ("más de 12.000 habrían sido deportados"), and "se
// sumarán a los 1.700" joins those already there.
func TestExtractSpanishFutureIsNoFigure(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "resettled", Unit: "people", Keywords: []string{"refugiados admitidos", "refugees admitted"}},
		{ID: "deported", Unit: "people", Keywords: []string{"deportados"}},
		{ID: "troops", Unit: "people", Keywords: []string{"soldados desplegados", "efectivos"}},
	}, []tracker.Actor{{Name: "Gobierno", Role: tracker.Claimant, Aliases: []string{"Gobierno"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Gobierno rebajará a 7.500 al año el número de refugiados admitidos, el nivel más bajo desde 1980.", "[]"},
		{"Según el Gobierno, más de 12.000 niños habrían sido deportados a Rusia.", "[deported=12000 by Gobierno]"},
		{"Los nuevos efectivos se sumarán a los aproximadamente 1.700 soldados desplegados en la ciudad, según el Gobierno.", "[troops=1700 by Gobierno]"},
	})
}

// A dateline's day with no month is a date: "MADRID, 31 (EUROPA PRESS)".
func TestExtractDatelineDay(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrivals", Unit: "people", Keywords: []string{"llegadas", "refugiados llegados"}}},
		[]tracker.Actor{{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"OIM", "IOM"}}})
	checkFiguresBy(t, e, []figureCase{
		{"MADRID, 31 (EUROPA PRESS) Las llegadas de refugiados rohinyás han crecido de forma exponencial, según la OIM.", "[]"},
		{"MADRID, 31 (EUROPA PRESS) Las llegadas de refugiados rohinyás suman ya 4.500, según la OIM.", "[arrivals=4500 by IOM]"},
	})
}

// Spanish ages, days and decades written without their noun: "una nena
// de 10", "su madre, de 42", "el pasado día 8", "los años 70".
func TestExtractSpanishAgeDayDecade(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "fallecidos", "víctimas fatales"}}},
		[]tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Con la muerte de una nena de 10, el número de víctimas fatales llegó a 185, según la Secretaría de Salud.", "[deaths=185 by Health Ministry]"},
		{"Entre los muertos figuran una enfermera de 31 años y su madre, de 42, informó la Secretaría de Salud.", "[]"},
		{"El sismo del pasado día 8 dejó 2.946 muertos, según la Secretaría de Salud.", "[deaths=2946 by Health Ministry]"},
		{"Es la cifra de muertos más baja desde los años 70, según la Secretaría de Salud.", "[]"},
	})
}

// The number joined to an age or a day by "to", "and", "y" is an age or a
// day too: "aged 0 to 17", "on July 11 and 12".
func TestExtractAgeAndDayRanges(t *testing.T) {
	e := New([]tracker.Metric{{ID: "missing", Unit: "people", Keywords: []string{"missing", "sentenced"}}},
		[]tracker.Actor{{Name: "CNB", Role: tracker.Claimant, Aliases: []string{"CNB", "National Search Commission"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The National Search Commission had registered 10,690 people aged 0 to 17 as missing.", "[missing=10690 by CNB]"},
		{"Children aged 5 to 17 were reported missing, the CNB said.", "[]"},
		{"The CNB said people went missing in the raids on January 17 and 18 in the state.", "[]"},
	})
}

// The value a change starts from may follow the one it reaches: "has
// jumped to 438 from 326" gives 438; the earlier value still holds the
// earlier period words near it ("rose to 75,394 in 2021-22 from 65,147
// the previous year", in a text that reaches 2023).
func TestExtractChangeOriginAfterTarget(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"new leprosy cases", "deaths", "death toll"}}},
		[]tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry", "DoDMA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The death toll from the cyclone has jumped to 438 from 326, DoDMA said late on Friday.", "[cases=438 by Health Ministry]"},
		{"The number of new leprosy cases rose to 75,394 in 2021-22 from 65,147 the previous year, the Health Ministry said. Figures for January 2023 were not yet out.",
			"[cases=75394 by Health Ministry]"},
	})
}

// "In the previous twelve months" is a window that ends now, not an
// earlier period; "in the previous year" still is one.
func TestExtractPreviousMonthsWindowIsCurrent(t *testing.T) {
	e := New([]tracker.Metric{{ID: "attacked", Unit: "people", Keywords: []string{"assaulted", "agredidos"}}},
		[]tracker.Actor{{Name: "UGT", Role: tracker.Claimant, Aliases: []string{"UGT"}}})
	checkFiguresBy(t, e, []figureCase{
		{"UGT said 1,600 nurses had been assaulted in the previous twelve months.", "[attacked=1600 by UGT]"},
		{"UGT said 1,600 nurses had been assaulted in the previous 12 months.", "[attacked=1600 by UGT]"},
		{"UGT said 1,600 nurses had been assaulted in the previous year.", "[]"},
	})
}

// People attacked, assaulted or beaten are one concept: a tracker keyed
// on "assaulted" and "agredidos" counts "han sido atacados" and "were
// beaten".
func TestExtractAssaultConcept(t *testing.T) {
	e := New([]tracker.Metric{{ID: "attacked", Unit: "people", Keywords: []string{"assaulted", "agredidos"}}},
		[]tracker.Actor{{Name: "UGT", Role: tracker.Claimant, Aliases: []string{"UGT"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El sindicato UGT ha denunciado que una treintena de conductores han sido atacados por pasajeros desde el verano.", "[attacked=30 by UGT]"},
		{"Nine bus drivers were beaten by passengers last month, according to UGT.", "[attacked=9 by UGT]"},
	})
}

// Having received at least one dose, or having the full schedule, is
// being vaccinated; the "one" of the phrase is no count.
func TestExtractAtLeastOneDoseIsVaccinated(t *testing.T) {
	e := New([]tracker.Metric{{ID: "vaccinated", Unit: "people", Keywords: []string{"vaccinated", "vacunados"}}},
		[]tracker.Actor{{Name: "INPEC", Role: tracker.Claimant, Aliases: []string{"INPEC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según el INPEC, 54.600 reclusos han recibido al menos una dosis.", "[vaccinated=54600 by INPEC]"},
		{"Cerca de 97.000 reclusos ya cuentan con el esquema completo de vacunación, aseguró el director del INPEC.", "[vaccinated=97000 by INPEC]"},
		{"More than 62,000 prisoners have received at least one dose, INPEC said.", "[vaccinated=62000 by INPEC]"},
	})
}

// "Del total de 8.900 coches": the number right after "of the total of"
// is the total itself; the share after it is the part. (When the share
// counts another metric, the total is its base: "Del total de 806 presos
// políticos…, 104 han recuperado su libertad", in TestExtractTable.)
func TestExtractTotalAfterShareOpener(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cars-damaged", Unit: "cars", Keywords: []string{"cars damaged", "coches dañados"}}},
		[]tracker.Actor{{Name: "UNESPA", Role: tracker.Claimant, Aliases: []string{"Unespa"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Del total de 8.900 coches dañados que contabiliza Unespa, 2.100 corresponden a vehículos de alquiler.", "[cars-damaged=8900 by UNESPA]"},
		{"Unespa contabiliza 8.900 coches dañados. Del total, 2.100 corresponden a vehículos de alquiler.", "[cars-damaged=8900 by UNESPA]"},
	})
}

// "N of its X" counts the body's own people or things, no part of a
// count: "nueve de sus convoyes fueron bloqueados", "took four of its
// crew members into custody".
func TestExtractOfItsOwnIsNoPart(t *testing.T) {
	wfp := []tracker.Actor{{Name: "WFP", Role: tracker.Claimant, Aliases: []string{"World Food Programme", "Programa Mundial de Alimentos"}}}
	convoys := New([]tracker.Metric{{ID: "convoys-blocked", Unit: "convoys", Keywords: []string{"blocked", "bloqueados"}}}, wfp)
	checkFiguresBy(t, convoys, []figureCase{
		{"El Programa Mundial de Alimentos denunció que nueve de sus convoyes fueron bloqueados en puestos de control.", "[convoys-blocked=9 by WFP]"},
	})
	crew := New([]tracker.Metric{{ID: "crew-arrested", Unit: "people", Keywords: []string{"crew arrested", "crew detained", "tripulantes detenidos"}}},
		[]tracker.Actor{{Name: "Coast Guard", Role: tracker.Claimant, Aliases: []string{"Argentine Coast Guard", "Prefectura Naval"}}})
	checkFiguresBy(t, crew, []figureCase{
		{"The Argentine Coast Guard sank a trawler caught fishing illegally and took four of its crew members, including the captain, into custody.", "[crew-arrested=4 by Coast Guard]"},
	})
	// the body's own things, counted in the metric's unit
	trucks := New([]tracker.Metric{{ID: "hijacked", Unit: "trucks", Keywords: []string{"hijacked", "looted"}}},
		[]tracker.Actor{{Name: "UNRWA", Role: tracker.Confirmer, Aliases: []string{"UNRWA"}}})
	checkFiguresBy(t, trucks, []figureCase{
		{"UNRWA said 312 of our trucks have been hijacked since the summer.", "[hijacked=312 by UNRWA]"},
		{"UNRWA said two dozen of its trucks were hijacked in a single night.", "[hijacked=24 by UNRWA]"},
	})
}

// A Spanish preterite is stemmed with the accent folding takes away:
// "atendió a 40.000 escolares" has the stem of the keyword "escolares
// atendidos" ("atendio" alone stems otherwise).
func TestExtractPreteriteStem(t *testing.T) {
	e := New([]tracker.Metric{{ID: "children-fed", Unit: "people", Keywords: []string{"pupils fed", "comidas escolares", "escolares atendidos"}}},
		[]tracker.Actor{{Name: "Qali Warma", Role: tracker.Claimant, Aliases: []string{"Qali Warma"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El programa Qali Warma atendió a 40.000 escolares de la región.", "[children-fed=40000 by Qali Warma]"},
		{"El programa Qali Warma atendió a más de cuatro millones de escolares de 65.000 colegios.", "[children-fed=4000000 by Qali Warma]"},
	})
}

// A Spanish count whose noun is left out before its adjective counts what
// the count before it counts: "cuatro vías nacionales y 29
// departamentales".
func TestExtractElidedNounBeforeAdjective(t *testing.T) {
	e := New([]tracker.Metric{{ID: "roads-closed", Unit: "roads", Keywords: []string{"roads closed", "vías cerradas"}}},
		[]tracker.Actor{{Name: "Invías", Role: tracker.Claimant, Aliases: []string{"Invías", "Instituto Nacional de Vías"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Las lluvias mantienen cerradas cuatro vías nacionales y 29 departamentales en Colombia, informó Invías.",
			"[roads-closed=4 by Invías roads-closed=29 by Invías]"},
		// (not another noun)
		{"Las lluvias mantienen cerradas cuatro vías nacionales y 29 escuelas en Colombia, informó Invías.", "[roads-closed=4 by Invías]"},
	})
}

// A commander speaks for the force he commands, named after his title
// ("informó el comandante de la policía del cantón") or after his name
// and a comma ("según el capitán Javier Gómez, comandante de la
// Policía"); "rescatar" after a verb of achieving is a rescue, after
// "para" a purpose.
func TestExtractCommanderSpeaksForForce(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "Policía de Infancia y Adolescencia"}},
		{Name: "Labour Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Trabajo"}},
	}
	rescued := New([]tracker.Metric{{ID: "children-rescued", Unit: "people", Keywords: []string{"children rescued", "niños rescatados"}}}, actors)
	checkFiguresBy(t, rescued, []figureCase{
		{"Un operativo de la Policía de Infancia y Adolescencia y el Ministerio de Trabajo permitió rescatar a 35 niños, niñas y adolescentes de labores que no son aptas para su edad, según el capitán Javier Gómez, comandante de la Policía de menores.",
			"[children-rescued=35 by Police]"},
		{"El Ministerio de Trabajo desplegó a 150 inspectores para rescatar a más de 1.600 niños.", "[]"},
	})
	fire := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
	}, actors)
	checkFiguresBy(t, fire, []figureCase{
		{"El incendio dejó alrededor de cuarenta muertos y 115 heridos, informó este jueves el comandante de la policía del cantón del Valais, Frédéric Gisler.",
			"[deaths=40 by Police injured=115 by Police]"},
	})
}

// A split keyword's participle as the verb before the count, in the
// preterite of either number, counts the children it names by another
// noun for children: "retiró a 24 niños", "retiraron a 10 menores" for
// "menores retirados".
func TestExtractSplitKeywordVerbBeforeChildren(t *testing.T) {
	e := New([]tracker.Metric{{ID: "children-removed", Unit: "people", Keywords: []string{"child labourers rescued", "children rescued", "niños rescatados", "menores retirados"}}},
		[]tracker.Actor{{Name: "Labour Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Trabajo", "Labour Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio de Trabajo retiró a 24 niños, niñas y adolescentes que trabajaban en arrozales.", "[children-removed=24 by Labour Ministry]"},
		{"Los inspectores del Ministerio de Trabajo retiraron a 10 menores de edad de las fincas.", "[children-removed=10 by Labour Ministry]"},
		// (not the workers the verb did not act on)
		{"El Ministerio de Trabajo retiró a 24 trabajadores de las fincas.", "[]"},
	})
}

// A metric measured in incidents counts the events its one-word keyword
// names: "178 attacks on health care" for a metric keyed on "attacks".
func TestExtractIncidentsByKeywordNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "assaults", Unit: "incidents", Keywords: []string{"assaults", "attacks", "agresiones", "ataques"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"World Health Organization", "WHO", "OMS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The World Health Organization has documented 178 attacks on health care in Gaza since the war began.", "[assaults=178 by WHO]"},
		{"La OMS ha documentado 178 ataques contra la atención sanitaria en Gaza.", "[assaults=178 by WHO]"},
	})
}

// Pre-trial detention is the state of being held, not an arrest: a
// tracker of prisoners on remand counts "are being held on remand" and
// "held in pre-trial detention".
func TestExtractRemandIsBeingHeld(t *testing.T) {
	e := New([]tracker.Metric{{ID: "remand", Unit: "people", Keywords: []string{"remand", "pre-trial detention", "prisión preventiva"}}},
		[]tracker.Actor{{Name: "PRI", Role: tracker.Confirmer, Aliases: []string{"Penal Reform International", "PRI"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Some 13,000 prisoners are being held on remand, Penal Reform International said.", "[remand=13000 by PRI]"},
		{"Around three million people are being held in pre-trial detention at any given time, Penal Reform International says.", "[remand=3000000 by PRI]"},
	})
}

// A tracker's own keyword wins over a lexicon term of a concept no metric
// owns that ends inside it: "en prisión preventiva" is the keyword
// "prisión preventiva", not the lexicon's term "en prisión". A term of a
// concept the metric owns keeps its place ("beneficiadas con la libertad
// condicional").
func TestExtractKeywordInsideLexiconTerm(t *testing.T) {
	actors := []tracker.Actor{{Name: "INPEC", Role: tracker.Claimant, Aliases: []string{"INPEC"}}}
	remand := New([]tracker.Metric{{ID: "remand", Unit: "people", Keywords: []string{"remand", "pre-trial detention", "prisión preventiva", "presos sin condena"}}}, actors)
	checkFiguresBy(t, remand, []figureCase{
		{"Según el INPEC, 17.535 personas se encuentran en prisión preventiva.", "[remand=17535 by INPEC]"},
	})
	parole := New([]tracker.Metric{{ID: "paroled", Unit: "people", Keywords: []string{"parole", "libertad condicional", "excarcelados"}}}, actors)
	checkFiguresBy(t, parole, []figureCase{
		{"Más de 18.700 personas privadas de la libertad fueron beneficiadas con la libertad condicional, indicó el INPEC.", "[paroled=18700 by INPEC]"},
	})
}

// What a speaker did besides, in a relative clause after the verb of
// saying, competes with no figure of the statement: "la cifra era ya de
// 63, informó la DGT, que pidió evitar desplazamientos".
func TestExtractSpeakerRelativeClause(t *testing.T) {
	e := New([]tracker.Metric{{ID: "roads-closed", Unit: "roads", Keywords: []string{"roads closed", "carreteras cortadas"}}},
		[]tracker.Actor{{Name: "DGT", Role: tracker.Claimant, Aliases: []string{"DGT", "traffic authority"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Las carreteras cortadas por la nevada se multiplicaron. A mediodía la cifra era ya de 63, informó la DGT, que pidió evitar desplazamientos.",
			"[roads-closed=63 by DGT]"},
		{"Roads closed by the snow multiplied overnight. By noon the figure stood at 63, the traffic authority said, which urged people to avoid displacements.",
			"[roads-closed=63 by DGT]"},
		// (a term in the statement itself still competes)
		{"Las carreteras cortadas por la nevada se multiplicaron. A mediodía la cifra de desplazamientos era ya de 63, informó la DGT.", "[]"},
	})
}

// A source phrase that ends in the organisation just named ("Según el
// balance más reciente de la organización") refers back to it.
func TestExtractLongBackReference(t *testing.T) {
	e := New([]tracker.Metric{{ID: "held", Keywords: []string{"presos políticos", "permanecen presas"}}},
		[]tracker.Actor{{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}}})
	text := "La ONG Foro Penal informó este lunes de nuevas excarcelaciones. Según el balance más reciente de la organización, 644 personas permanecen presas en el país."
	if got, want := fmt.Sprint(figuresBy(e, text)), "[held=644 by Foro Penal]"; got != want {
		t.Errorf("Extract(%q) = %v, want %s", text, got, want)
	}
}

// "The company" and "la eléctrica" refer back to the interested party
// named last by its own name; a confirmer is no company.
func TestExtractCompanyReferrer(t *testing.T) {
	e := New([]tracker.Metric{{ID: "restored", Unit: "customers", Keywords: []string{"restored", "restablecido"}}},
		[]tracker.Actor{
			{Name: "Duke Energy", Role: tracker.Claimant, Aliases: []string{"Duke Energy"}},
			{Name: "PowerOutage.us", Role: tracker.Confirmer, Aliases: []string{"PowerOutage.us"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Duke Energy crews worked through the night. The company said it had restored service to 1.1 million customers.",
			"[restored=1100000 by Duke Energy]"},
		{"Duke Energy pidió paciencia. La eléctrica asegura que ya ha restablecido el servicio a 1,6 millones de clientes.",
			"[restored=1600000 by Duke Energy]"},
		{"PowerOutage.us tracked the outages. The company said it had restored service to 1.1 million customers.", "[]"},
	})
}

// Who did it is not who counts it: the agent of the strikes is no source
// when someone else reports the toll; casualties count the killed and the
// injured together, no deaths.
func TestExtractAgentAndCasualties(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"civilians killed", "civilian deaths", "dead", "muertos"}}},
		[]tracker.Actor{
			{Name: "Coalition", Role: tracker.Claimant, Aliases: []string{"US-led coalition"}},
			{Name: "SOHR", Role: tracker.Confirmer, Aliases: []string{"Syrian Observatory for Human Rights"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Air strikes by US-led coalition warplanes killed at least 56 civilians, a monitoring group said.", "[]"},
		{"Air strikes by US-led coalition warplanes killed at least 56 civilians, the Syrian Observatory for Human Rights said.",
			"[deaths=56 by SOHR]"},
		{"The Syrian Observatory for Human Rights has documented 13,829 civilian casualties since 2015.", "[]"},
	})
}

// Doses and people are counted apart: "55.000 vacunas" are doses, "91.8
// crore people" are people; "under the age of 10" is an age.
func TestExtractDosesPeopleAndAges(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "doses", Unit: "doses", Keywords: []string{"doses", "dosis", "dosis aplicadas"}},
		{ID: "vaccinated", Unit: "people", Keywords: []string{"vaccinated", "vacunados"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"health ministry", "Ministerio de Salud"}}})
	checkMetricValues(t, e, []metricCase{
		{"El Ministerio de Salud informó que ya se aplicaron más de 55.000 vacunas.", []string{"doses=55000"}},
		{"According to health ministry data, 91.8 crore people have now been vaccinated with a first dose.",
			[]string{"vaccinated=918000000"}},
		{"The health ministry said 547,848 people had been vaccinated, none of them under the age of 10.",
			[]string{"vaccinated=547848"}},
	})
}

// Occupations are people: "15 choferes … asesinados" counts drivers
// killed, as "15 conductores" does; a warrant is no arrest.
func TestExtractOccupationsAndWarrants(t *testing.T) {
	drivers := New([]tracker.Metric{
		{ID: "drivers-killed", Unit: "people", Keywords: []string{"truck drivers killed", "conductores asesinados", "transportistas muertos"}},
		{ID: "trucks-torched", Unit: "vehicles", Keywords: []string{"trucks torched", "camiones quemados"}},
	},
		[]tracker.Actor{{Name: "Canacar", Role: tracker.Claimant, Aliases: []string{"Canacar"}}})
	checkMetricValues(t, drivers, []metricCase{
		{"En lo que va del año, 15 choferes de transporte de carga han sido asesinados, según la Canacar.",
			[]string{"drivers-killed=15"}},
		{"En lo que va del año, 15 conductores de transporte de carga han sido asesinados, según la Canacar.",
			[]string{"drivers-killed=15"}},
	})
	arrests := New([]tracker.Metric{{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "detained", "detenidos"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"interior ministry", "Ministerio del Interior"}}})
	checkMetricValues(t, arrests, []metricCase{
		{"The interior ministry said prosecutors ordered the detention of 2,745 judges and prosecutors.", nil},
		{"El Ministerio del Interior informó que la Fiscalía ordenó la captura de al menos 140 personas.", nil},
		{"El Ministerio del Interior informó que la Fiscalía giró órdenes de aprehensión contra 40 personas.", nil},
		{"The interior ministry said 2,745 judges and prosecutors had been detained.", []string{"arrests=2745"}},
		{"El Ministerio del Interior informó que 140 personas fueron detenidas.", []string{"arrests=140"}},
	})
}

// A count of people is no count of a metric of things, in Spanish as in
// English: "50 personas" in a sentence about burned buses are the crowd.
func TestExtractPeopleAreNotThings(t *testing.T) {
	e := New([]tracker.Metric{{ID: "buses-burned", Unit: "buses", Keywords: []string{"torched", "incendiados", "quemados"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "Carabineros"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según Carabineros, tres buses fueron incendiados en un enfrentamiento entre al menos 50 personas y la policía.",
			[]string{"buses-burned=3"}},
		{"Según Carabineros, tres buses fueron incendiados en un enfrentamiento entre al menos medio centenar de personas y la policía.",
			[]string{"buses-burned=3"}},
		{"Police said three buses were torched in a clash involving at least 50 people.", []string{"buses-burned=3"}},
		{"Carabineros recordó que por cada bus quemado unas 600 personas se quedan sin transporte.", nil},
		{"Según Carabineros, han sido incendiados 12 buses.", []string{"buses-burned=12"}},
	})
}

// A count of things or animals is no count of a metric of people, however
// the number is written: "74.476 aves infectadas" (the noun before the
// term), "5,9 millones de aves" (the unit of another metric), "30,000 food
// trucks" (the last noun of a compound).
func TestExtractAnimalsAndThingsAreNotPeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "human-cases", Unit: "people", Keywords: []string{"people infected", "contagios en humanos"}},
		{ID: "culled", Unit: "birds", Keywords: []string{"culled", "sacrificadas"}},
		{ID: "hunger", Unit: "people", Keywords: []string{"acute food insecurity"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"health ministry", "Ministerio de Salud"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según el Ministerio de Salud, se notificaron 74.476 aves infectadas.", nil},
		{"The health ministry said 2 people infected were in hospital.", []string{"human-cases=2"}},
		{"Acute food insecurity is rising, the health ministry said. It said nearly 30,000 food trucks had entered.", nil},
	})
	text := "Según el Ministerio de Salud, en las granjas se infectaron 5,9 millones de aves."
	for _, got := range metricValues(e, text) {
		if strings.HasPrefix(got, "human-cases=") {
			t.Errorf("Extract(%q) took %s, a count of birds as one of people", text, got)
		}
	}
}

// "15 registros" after a number are searches or records, a noun of their
// own: not "the figure", and no arrests for sharing a list with them.
func TestExtractRecordsAfterNumber(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Unit: "people", Keywords: []string{"detenidos"}}},
		[]tracker.Actor{{Name: "Guardia Civil", Role: tracker.Claimant, Aliases: []string{"Guardia Civil"}}})
	checkMetricValues(t, e, []metricCase{
		{"La operación de la Guardia Civil se ha saldado con 17 detenidos y 15 registros en Sevilla.", []string{"arrests=17"}},
	})
}

// The worst-hit place's count is a part only of a larger count given
// before; alone, it is the count.
func TestExtractWorstHitIsPartOfLargerCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths"}}},
		[]tracker.Actor{{Name: "INEGI", Role: tracker.Confirmer, Aliases: []string{"INEGI"}}})
	checkMetricValues(t, e, []metricCase{
		{"Texas is the worst-hit state, with 400 deaths, INEGI said.", []string{"deaths=400"}},
		{"INEGI counted 1,200 deaths. Texas is the worst-hit state, with 400 deaths, INEGI said.", []string{"deaths=1200"}},
	})
}

// "Of these, N were killed" after a whole that no metric counts
// ("casualties" in a tracker of deaths and injured) is a count of deaths,
// not a part of one; after a count of deaths it is a part.
func TestExtractShareOfUncountedWhole(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "deaths"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured"}},
	}, []tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UN"}}})
	checkMetricValues(t, e, []metricCase{
		{"The UN has verified 25,671 civilian casualties. Of these, 9,287 people were killed, the UN said.", []string{"deaths=9287"}},
		{"The UN has verified 25,671 deaths. Of these, 9,287 people were killed by shelling, the UN said.", []string{"deaths=25671"}},
	})
}

// The lexicon knows closures, asylum, homelessness, executions and
// demolitions: a metric keyed on one of their words takes the others.
func TestExtractMoreConcepts(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "closed", Unit: "hospitals", Keywords: []string{"hospitals out of service", "hospitales fuera de servicio"}},
		{ID: "asylum", Unit: "applications", Keywords: []string{"asylum applications"}},
		{ID: "homeless", Unit: "people", Keywords: []string{"homeless"}},
		{ID: "executions", Unit: "people", Keywords: []string{"executions"}},
		{ID: "demolished", Unit: "structures", Keywords: []string{"demolished"}},
	}, []tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"ONU", "UN"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según la ONU, 52 hospitales han dejado de funcionar.", []string{"closed=52"}},
		{"The UN said 1,014,000 asylum claims were filed last year.", []string{"asylum=1014000"}},
		{"The UN counted 354,000 people without a home.", []string{"homeless=354000"}},
		{"Según la ONU, Irán ejecutó a 853 personas.", []string{"executions=853"}},
		{"The UN said 83 structures were razed.", []string{"demolished=83"}},
	})
}

// A one-word alias ("junta") names its own actor, even when another actor
// named since holds one of its synonyms ("Thai army"): only a literal
// holder of the word competes for it.
func TestExtractOneWordAliasOverSynonym(t *testing.T) {
	e := New([]tracker.Metric{{ID: "detained", Unit: "people", Keywords: []string{"arrested", "detained", "detenidos", "arrestados"}}},
		[]tracker.Actor{
			{Name: "Thai government", Role: tracker.Claimant, Aliases: []string{"Tailandia", "Thai army", "autoridades tailandesas"}},
			{Name: "Myanmar junta", Role: tracker.Claimant, Aliases: []string{"junta", "Myanmar junta"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Las autoridades tailandesas cerraron la frontera. El viceministro del Interior de la junta dijo que 13.272 extranjeros han sido detenidos.",
			"[detained=13272 by Myanmar junta]"},
	})
}

// The noun a number counts ends at a verb: "five sites notified
// outbreaks" counts sites, not outbreaks; "on five continents" counts
// places.
func TestExtractHeadEndsAtVerb(t *testing.T) {
	e := New([]tracker.Metric{{ID: "outbreaks", Unit: "outbreaks", Keywords: []string{"outbreaks"}}},
		[]tracker.Actor{{Name: "WOAH", Role: tracker.Confirmer, Aliases: []string{"WOAH"}}})
	checkMetricValues(t, e, []metricCase{
		{"WOAH said farms at five sites notified outbreaks in poultry.", nil},
		{"According to WOAH, 67 countries on five continents notified outbreaks in poultry.", nil},
		{"WOAH said 35 outbreaks were notified.", []string{"outbreaks=35"}},
		{"The ministry said its units had brought down 116 Ukrainian fixed-wing outbreaks, WOAH said.", []string{"outbreaks=116"}},
	})
}

// A term after a death and "of"/"por" is its cause, not another count:
// "han muerto por desnutrición al menos 99 personas" counts deaths, not
// people with malnutrition.
func TestExtractCauseOfDeath(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "malnourished", Name: "Children with acute malnutrition", Unit: "children", Keywords: []string{"desnutrición aguda", "malnourished children"}},
		{ID: "deaths", Name: "Deaths from malnutrition", Unit: "people", Keywords: []string{"muertes por desnutrición", "died of malnutrition"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS", "WHO"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según la OMS, desde enero han muerto por desnutrición al menos 99 personas.", []string{"deaths=99"}},
		{"The WHO said at least 99 people have died of malnutrition since January.", []string{"deaths=99"}},
		{"Según la OMS, 12.000 niños sufren desnutrición aguda.", []string{"malnourished=12000"}},
	})
}

// A term right after the number, before its noun for people, says what
// happened to them, even when it modifies the noun and another count's
// term stands before it: "found 18 people dead and pulled out one
// injured person".
func TestExtractOwnAdjectiveTerm(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "dead", "muertos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
	}, []tracker.Actor{{Name: "CAAN", Role: tracker.Claimant, Aliases: []string{"CAAN"}}})
	checkMetricValues(t, e, []metricCase{
		{"Rescuers had found 18 people dead and had pulled out one injured person, CAAN said.", []string{"deaths=18", "injured=1"}},
		{"CAAN said 18 people were killed and 12 injured passengers were taken to hospital.", []string{"deaths=18", "injured=12"}},
	})
}

// "Nine fatal accidents" counts accidents, not deaths, and so do the parts
// of them ("seven of which"); "15 accidentes mortales" too.
func TestExtractFatalAccidentsAreNoDeaths(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "deaths", "fatalities", "muertos", "murieron"}}},
		[]tracker.Actor{{Name: "ICAO", Role: tracker.Confirmer, Aliases: []string{"ICAO", "OACI"}}})
	checkMetricValues(t, e, []metricCase{
		{"ICAO counted nine fatal accidents worldwide, seven of which occurred on approach.", nil},
		{"According to ICAO, flights now suffer one fatal accident for every 7.36 million flights.", nil},
		{"Según la OACI, los aviones sufrieron 15 accidentes mortales en 2018, en los que murieron 556 personas.", []string{"deaths=556"}},
		{"ICAO counted 556 fatalities in nine crashes.", []string{"deaths=556"}},
	})
}

// A keyword of no concept that the clause says of the people a number
// counts, after the verb, links them: "326,000 people are in temporary
// accommodation" for a metric keyed on "temporary accommodation" and
// "sheltered"; not what may happen to them ("at risk of").
func TestExtractKeywordPredicate(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "sheltered", Unit: "people", Keywords: []string{"sheltered", "temporary accommodation", "centros de acogida"}},
	}, []tracker.Actor{{Name: "Shelter", Role: tracker.Confirmer, Aliases: []string{"Shelter"}}})
	checkMetricValues(t, e, []metricCase{
		{"According to Shelter, 326,000 people are in temporary accommodation.", []string{"sheltered=326000"}},
		{"Según Shelter, 1.200 personas duermen ya en centros de acogida.", []string{"sheltered=1200"}},
		{"According to Shelter, 326,000 people are at risk of ending up in temporary accommodation.", nil},
	})
	// a keyword that is itself the verb
	suicides := New([]tracker.Metric{{ID: "suicides", Unit: "people", Keywords: []string{"suicides", "killed themselves", "se suicidaron"}}},
		[]tracker.Actor{{Name: "Pentagon", Role: tracker.Claimant, Aliases: []string{"Pentágono", "Pentagon"}}})
	checkMetricValues(t, suicides, []metricCase{
		{"Según el Pentágono, 94 militares en activo se suicidaron en esos tres meses.", []string{"suicides=94"}},
	})
	// a plural preterite before the keyword is the predicate's verb
	assaults := New([]tracker.Metric{{ID: "assaulted", Unit: "people", Keywords: []string{"enfermeras agredidas", "agresiones"}}},
		[]tracker.Actor{{Name: "CGE", Role: tracker.Confirmer, Aliases: []string{"Consejo General de Enfermería"}}})
	checkMetricValues(t, assaults, []metricCase{
		{"En el último año 1.712 enfermeras sufrieron una agresión en su puesto de trabajo, según el Consejo General de Enfermería.", []string{"assaulted=1712"}},
	})
}

// The lexicon knows seizures, recruitment, criminal charges and
// trafficking: a metric keyed on one of their words takes the others.
func TestExtractSeizureRecruitmentChargesTrafficking(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "seized", Unit: "boats", Keywords: []string{"seized"}},
		{ID: "recruited", Unit: "children", Keywords: []string{"recruited"}},
		{ID: "charged", Unit: "people", Keywords: []string{"charged"}},
		{ID: "trafficked", Unit: "people", Keywords: []string{"trafficked"}},
	}, []tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"ONU", "UN"}}})
	checkMetricValues(t, e, []metricCase{
		{"The UN said the authorities confiscated 12 boats.", []string{"seized=12"}},
		{"Según la ONU, 166 menores fueron reclutados por grupos armados.", []string{"recruited=166"}},
		{"The UN said 300 children had been conscripted.", []string{"recruited=300"}},
		{"The UN said 45 people were indicted.", []string{"charged=45"}},
		{"Según la ONU, 1.200 mujeres fueron víctimas de trata.", []string{"trafficked=1200"}},
	})
}

// "One" before a noun for a person, singular, after a hyphenated
// modifier, counts one: "One school-aged child … has died".
func TestExtractOnePerson(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died", "deaths"}}},
		[]tracker.Actor{{Name: "DSHS", Role: tracker.Claimant, Aliases: []string{"DSHS"}}})
	checkMetricValues(t, e, []metricCase{
		{"One school-aged child who lived in the outbreak area has died, the DSHS said.", []string{"deaths=1"}},
		{"One of the patients has died, the DSHS said.", nil},
	})
}

// People pulled from the rubble are rescued; people admitted to
// hospitals are hospitalised.
func TestExtractRescuedAndHospitalised(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "rescued", Unit: "people", Keywords: []string{"rescued alive"}},
		{ID: "hospitalised", Unit: "people", Keywords: []string{"hospitalised"}},
	}, []tracker.Actor{{Name: "Fire", Role: tracker.Claimant, Aliases: []string{"fire brigade"}}})
	checkMetricValues(t, e, []metricCase{
		{"Twenty-nine people have been pulled out of the debris, the fire brigade said.", []string{"rescued=29"}},
		{"The fire brigade said nearly 45 people were admitted to hospitals.", []string{"hospitalised=45"}},
		{"The fire brigade said 15 people were rushed to hospital.", []string{"hospitalised=15"}},
		{"Según el fire brigade, 12 personas fueron trasladadas a centros de salud.", []string{"hospitalised=12"}},
	})
}

// A count of places is no modifier of the verb after it: "Police in 116
// countries arrested 2,517 people" counts 2,517 arrests, not 116.
func TestExtractPlacesAreNoModifier(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrests", Unit: "people", Keywords: []string{"arrested"}},
		{ID: "victims", Unit: "people", Keywords: []string{"victims", "rescued"}},
	}, []tracker.Actor{{Name: "Interpol", Role: tracker.Claimant, Aliases: []string{"Interpol"}}})
	checkMetricValues(t, e, []metricCase{
		{"Police in 116 countries arrested 2,517 people and rescued 3,222 victims, Interpol said.",
			[]string{"arrests=2517", "victims=3222"}},
	})
}

// An adverb in -ly may stand in the predicate that says what happened to
// the people counted: "4,815 children were sexually abused".
func TestExtractAdverbInPredicate(t *testing.T) {
	e := New([]tracker.Metric{{ID: "victims", Name: "Victims of sexual abuse in the Catholic Church", Unit: "people",
		Keywords: []string{"victims", "abused", "survivors", "víctimas", "abusados", "menores abusados"}}},
		[]tracker.Actor{{Name: "Commission", Role: tracker.Confirmer, Aliases: []string{"independent commission"}}})
	checkMetricValues(t, e, []metricCase{
		{"LISBON — At least 4,815 children were sexually abused inside Portugal's Catholic Church since 1950, an independent commission said on Monday.",
			[]string{"victims=4815"}},
	})
}

// An attempted killing is no death, nor is battling for one's life.
func TestExtractAttemptIsNoDeath(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"officers killed", "policías asesinados",
		"agentes asesinados", "uniformados asesinados", "policías muertos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Policía Nacional", "police"}}})
	checkMetricValues(t, e, []metricCase{
		{"En lo que va de 2023, 170 uniformados han sido víctimas de tentativas de homicidio, según la Policía Nacional.", nil},
		{"Según la Policía Nacional, 48 policías fueron asesinados.", []string{"killed=48"}},
		// nor are the living
		{"The police said 17 officers are battling for their lives.", nil},
	})
}

// A place described by its inhabitants gives no count of a metric that
// does not count them; inhabitants something happened to are counted.
func TestExtractInhabitantsOfAPlace(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "homes", Unit: "homes", Keywords: []string{"viviendas dañadas", "arrasó"}},
		{ID: "evacuated", Unit: "people", Keywords: []string{"evacuados"}},
	}, []tracker.Actor{{Name: "AP", Role: tracker.Reporter, Aliases: []string{"AP"}}, {Name: "Cruz Roja", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja"}}})
	checkMetricValues(t, e, []metricCase{
		{"Mayfield, una localidad de unos 10.000 habitantes, es la zona cero del tornado que arrasó comunidades enteras, informó la Cruz Roja.", nil},
		{"Cerca de un millón de habitantes de la costa fueron evacuados, informó la Cruz Roja.", []string{"evacuated=1000000"}},
	})
}

// A part whose copula says what its people were, in a keyword of another
// metric than its whole's, is that metric's figure: "263 muertos por
// hambre, de los cuales 112 eran menores" for a metric keyed on "menores".
// A part of the whole's own metric stays a part.
func TestExtractPartNamedByCopula(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos por hambre", "starvation deaths", "hambre", "starvation"}},
		{ID: "children", Unit: "people", Keywords: []string{"niños", "menores", "children"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud", "Health Ministry"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según el Ministerio de Salud, ya son 263 los muertos por hambre, de los cuales 112 eran menores.", []string{"deaths=263", "children=112"}},
		{"The Health Ministry said 263 people had died of starvation, 112 of whom were children.", []string{"deaths=263", "children=112"}},
		{"Según el Ministerio de Salud, ya son 263 los muertos por hambre, de los cuales 112 eran de Gaza.", []string{"deaths=263"}},
	})
}

// A qualifier set between commas after a number is its own (", como
// mínimo,", ", at least,") and stands for no distance to the term after
// it: "murieron 46 reclusos y otros 50, como mínimo, resultaron heridos".
func TestExtractQualifierAside(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "killed"}},
		{ID: "injured", Unit: "people", Keywords: []string{"heridos", "injured"}},
	}, []tracker.Actor{{Name: "OVP", Role: tracker.Confirmer, Aliases: []string{"OVP"}}})
	checkWants(t, e, []wantCase{
		{"Según el OVP, murieron 46 reclusos y otros 50, como mínimo, resultaron heridos.",
			[]want{exact("deaths", 46, "OVP"), {metric: "injured", value: 50, qual: tracker.AtLeast, actor: "OVP"}}},
		{"The OVP said 46 inmates were killed and 50, at least, were injured.",
			[]want{exact("deaths", 46, "OVP"), {metric: "injured", value: 50, qual: tracker.AtLeast, actor: "OVP"}}},
	})
}

// The United States' officials speak for the actor whose aliases name the
// country, however the text writes it: "U.S. officials", "American
// officials", "funcionarios estadounidenses".
func TestExtractUnitedStatesOfficials(t *testing.T) {
	e := New([]tracker.Metric{{ID: "released", Unit: "people", Keywords: []string{"released", "liberó"}}},
		[]tracker.Actor{
			{Name: "US government", Role: tracker.Claimant, Aliases: []string{"United States", "White House", "Estados Unidos"}},
			{Name: "Belarusian government", Role: tracker.Claimant, Aliases: []string{"Belarus", "Bielorrusia", "Minsk"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Belarus released three political prisoners on Wednesday, U.S. officials said.", "[released=3 by US government]"},
		{"Belarus released three political prisoners on Wednesday, according to American officials.", "[released=3 by US government]"},
		{"Bielorrusia liberó a tres presos, según funcionarios estadounidenses.", "[released=3 by US government]"},
	})
}

// An actor that did what is counted ("Police killed 6,252 people") is not
// its source when the sentence names an unlisted one after the number
// ("according to the Brazilian Forum on Public Security"); with no other
// source named, or its own statement, it is.
func TestExtractDoerWithUnlistedSource(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"killed", "muertos"}},
		{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}},
	}, []tracker.Actor{
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}},
		{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the Ministry"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Police killed 6,252 people in 2023, according to the Brazilian Forum on Public Security.", "[]"},
		{"La policía mató a 6.252 personas en 2023, según el Foro Brasileño de Seguridad Pública.", "[]"},
		// the doer's own department is no other source
		{"La policía detuvo a 300 personas, según datos de su Dirección de Operaciones.", "[arrested=300 by Police]"},
		{"Police arrested 23 people on Friday, the force said in a statement.", "[arrested=23 by Police]"},
		{"Police arrested 23 people on Friday.", "[arrested=23 by Police]"},
		// a listed source a cue binds speaks for the doer's act
		{"Police arrested nearly 220,000 people between Jan. 20 and Oct. 15, according to government data obtained and published by the Ministry.",
			"[arrested=220000 by Ministry]"},
	})
}

// A ranking of places lists parts ("Guanajuato encabezó la lista con
// 3.096, seguido de Baja California"); the total that a clause of its own
// gives before the ranking, larger than every ranked count, is no part.
func TestExtractTotalBeforeRanking(t *testing.T) {
	e := New([]tracker.Metric{{ID: "femicides", Unit: "women", Keywords: []string{"feminicidios", "femicides"}}},
		[]tracker.Actor{{Name: "SESNSP", Role: tracker.Claimant, Aliases: []string{"SESNSP"}}})
	checkFiguresBy(t, e, []figureCase{
		{"En 2023 se registraron 827 feminicidios, según el SESNSP; el Estado de México encabezó la lista con 125.", "[femicides=827 by SESNSP]"},
		{"Según el SESNSP, el Estado de México encabezó la lista con 125 feminicidios, seguido de Veracruz con 80.", "[]"},
	})
}

// Hospital officials do not speak for the government: "hospital officials
// put the toll at 15" is no listed actor's count.
func TestExtractHospitalOfficials(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died", "toll"}}},
		[]tracker.Actor{
			{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Police said 12 people died in the stampede; hospital officials put the toll at 15.", "[deaths=12 by Police]"},
	})
}

// A keyword of an event and its doer ("killed by police", "muertos por la
// policía") counts the active sentence too: "Police killed 6,393 people",
// "La policía brasileña mató a 6.393 personas", "police shot and killed
// 1,164". The doer is no population of the metric ("police killings" does
// not count police officers).
func TestExtractAgentKeywords(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "police-killings", Name: "People killed by police", Unit: "people",
			Keywords: []string{"killed by police", "police killings", "muertos por la policía"}},
	}, []tracker.Actor{{Name: "FBSP", Role: tracker.Confirmer, Aliases: []string{"FBSP", "Brazilian Forum on Public Security", "Foro Brasileño de Seguridad Pública"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Police in Brazil killed 6,393 people in 2024, according to the Brazilian Forum on Public Security.", "[police-killings=6393 by FBSP]"},
		{"La policía brasileña mató a 6.393 personas en 2024, según el Foro Brasileño de Seguridad Pública.", "[police-killings=6393 by FBSP]"},
		{"According to the FBSP, police shot and killed 1,164 people in 2023.", "[police-killings=1164 by FBSP]"},
		{"According to the FBSP, 6,393 people were killed by police in 2024.", "[police-killings=6393 by FBSP]"},
	})
}

// People who have fallen ill, are sick or were poisoned ("intoxicados")
// are cases: a metric keyed on "sickened" or "casos" takes them.
func TestExtractFallenIllAreCases(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "sickened", Unit: "people", Keywords: []string{"sickened", "enfermos"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"died", "muertos"}},
	}, []tracker.Actor{{Name: "CDC", Role: tracker.Confirmer, Aliases: []string{"CDC", "Secretaría de Salud"}}})
	checkMetricValues(t, e, []metricCase{
		{"At least 49 people have fallen ill in an E. coli outbreak, the CDC said.", []string{"sickened=49"}},
		{"Según la Secretaría de Salud, 109 personas resultaron intoxicadas en una boda.", []string{"sickened=109"}},
		{"The CDC reported 449 people sick and 125 dead.", []string{"sickened=449", "deaths=125"}},
		{"The CDC said the mushrooms made 1,719 people ill and killed 25.", []string{"sickened=1719", "deaths=25"}},
		{"The CDC said 30 people were taken ill after the meal.", []string{"sickened=30"}},
	})
}

// Climbers, skiers, tourists, firefighters… are people a count may be of.
func TestExtractMorePeopleNouns(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "murieron"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}}})
	checkMetricValues(t, e, []metricCase{
		{"At least nine climbers were killed after an avalanche, the police said.", []string{"deaths=9"}},
		{"Según la policía, tres esquiadores murieron sepultados por un alud.", []string{"deaths=3"}},
	})
}

// Up to three modifiers may stand between a number and the noun it counts
// ("115 human rights defenders", "116 Ukrainian fixed-wing drones"), but
// not a verb ("60 Jordanians also lost their lives" counts Jordanians).
func TestExtractModifiersBeforeNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Keywords: []string{"killings", "killed"}},
		{ID: "downed", Unit: "drones", Keywords: []string{"drones", "brought down"}},
	}, []tracker.Actor{{Name: "Office", Role: tracker.Confirmer, Aliases: []string{"UN office"}}})
	checkMetricValues(t, e, []metricCase{
		{"The UN office documented the killings of 115 human rights defenders.", []string{"killed=115"}},
		{"The UN office said units had brought down 116 Ukrainian fixed-wing drones during the night.", []string{"downed=116"}},
	})
}

// Spanish "mató", "mataron" and English "kill" are deaths.
func TestExtractKillVerbs(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"civiles muertos", "muertos", "dead"}}},
		[]tracker.Actor{{Name: "Amnesty", Role: tracker.Confirmer, Aliases: []string{"Amnistía Internacional"}}})
	checkMetricValues(t, e, []metricCase{
		{"La ofensiva mató a más de 1.600 civiles, según Amnistía Internacional.", []string{"deaths=1600"}},
		{"Entre enero y marzo, esas incursiones mataron al menos a 155 civiles, según Amnistía Internacional.", []string{"deaths=155"}},
	})
}

// A share of another kind than the count it is taken from ("Of those,
// 1,983 died" after casualties) is a count of its own kind, from the same
// source; a share of the same kind ("De ellas, 40 murieron por disparos"
// after deaths) stays a part.
func TestExtractShareOfOtherKind(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "casualties", Keywords: []string{"casualties", "killed or injured"}},
		{ID: "deaths", Keywords: []string{"killed", "deaths", "died", "muertos", "murieron"}},
	}, []tracker.Actor{{Name: "LM", Role: tracker.Confirmer, Aliases: []string{"Landmine Monitor"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Landmine Monitor said at least 5,757 people were killed or wounded by mines. Of those, 1,983 died.",
			"[casualties=5757 by LM deaths=1983 by LM]"},
		{"Landmine Monitor contó 139 muertos. De ellas, 40 murieron por disparos.", "[deaths=139 by LM]"},
	})
}

// The killed or the injured, in any order or form, are casualties: no
// count of deaths.
func TestExtractKilledOrInjuredAreCasualties(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "casualties", Keywords: []string{"casualties", "víctimas"}},
		{ID: "deaths", Keywords: []string{"killed", "deaths", "died", "muertos", "murieron"}},
	}, []tracker.Actor{{Name: "LM", Role: tracker.Confirmer, Aliases: []string{"Landmine Monitor", "Monitor de Minas"}}})
	deathsOnly := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "deaths", "died", "muertos", "murieron"}}},
		[]tracker.Actor{{Name: "LM", Role: tracker.Confirmer, Aliases: []string{"Landmine Monitor", "Monitor de Minas"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Cluster munitions have killed or maimed more than 1,000 people, Landmine Monitor said.", "[casualties=1000 by LM]"},
		{"Las minas mataron o hirieron al menos a 987 personas, según el Monitor de Minas.", "[casualties=987 by LM]"},
		{"Un total de 289 personas murieron o resultaron heridas, según el Monitor de Minas.", "[casualties=289 by LM]"},
		{"Landmine Monitor said 340 people died or were injured by mines.", "[casualties=340 by LM]"},
	})
	checkFiguresBy(t, deathsOnly, []figureCase{
		{"Cluster munitions have killed or maimed more than 1,000 people, Landmine Monitor said.", "[]"},
		{"Las minas mataron o hirieron al menos a 987 personas, según el Monitor de Minas.", "[]"},
		{"Un total de 289 personas murieron o resultaron heridas, según el Monitor de Minas.", "[]"},
	})
}

// A group the tracker counts, named in its unit or name in one language
// ("minors", unit "children"), is the count, not a part of one, in every
// word for it ("unaccompanied children", "menores no acompañados").
func TestExtractTrackedGroupInBothLanguages(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrivals", Name: "Unaccompanied minors arriving", Unit: "children",
		Keywords: []string{"arrived", "apprehended", "llegados"}}},
		[]tracker.Actor{{Name: "CBP", Role: tracker.Claimant, Aliases: []string{"CBP", "Border Patrol"}}})
	checkMetricValues(t, e, []metricCase{
		{"Border Patrol agents apprehended 492 unaccompanied children on April 13, CBP said.", []string{"arrivals=492"}},
		{"Según CBP, 300 menores no acompañados han llegado a la frontera.", []string{"arrivals=300"}},
	})
}

// Returns are their own kind of count ("have come back", "han regresado"),
// and troops are people ("574,690 troops").
func TestExtractReturnsAndTroops(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "returnees", Keywords: []string{"returned", "returnees", "went home", "retornados"}},
		{ID: "losses", Keywords: []string{"losses", "casualties", "bajas"}},
	}, []tracker.Actor{{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"IOM", "OIM"}}})
	checkMetricValues(t, e, []metricCase{
		{"Since the start of the year, more than 450,000 Afghans have come back from Iran, the IOM said.", []string{"returnees=450000"}},
		{"Según la OIM, desde febrero han regresado a Venezuela 2.559 personas.", []string{"returnees=2559"}},
		{"The IOM said Russian casualties now stand at 574,690 troops.", []string{"losses=574690"}},
	})
}

// figureCase is a text and the figures expected from it, as figuresBy
// prints them ("[deaths=56 by SOHR]", "[]").
type figureCase struct{ text, want string }

// checkFiguresBy reports every case whose figures differ from its want.
func checkFiguresBy(t *testing.T, e *Extractor, cases []figureCase) {
	t.Helper()
	for _, tt := range cases {
		if got := fmt.Sprint(figuresBy(e, tt.text)); got != tt.want {
			t.Errorf("Extract(%q) = %v, want %s", tt.text, got, tt.want)
		}
	}
}

// A full date names a day and a quarter a part of a year, not the period a
// count covers: an annual count for 2023 published "on 3 January 2024" is
// current, while a count for 2023 beside one for 2024 is earlier.
func TestExtractFullDateIsNoPeriod(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killings", Keywords: []string{"killings", "killed"}}},
		[]tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UN office"}}})
	checkMetricValues(t, e, []metricCase{
		{"In 2023 the UN office verified 100 killings, it said in a report published on 3 January 2024.", []string{"killings=100"}},
		{"In 2023 the UN office verified 100 killings; in 2024 it verified 120 killings.", []string{"killings=120"}},
		// a quarter's bulletin does not make the year before an earlier one
		{"During 2022 the UN office verified 197 killings; its bulletin for the first quarter of 2023 adds 40 threats.",
			[]string{"killings=197"}},
	})
}

// An institution noun that goes on with another name ("la Comisión
// Interamericana de Derechos Humanos", "la Comisión de la Verdad") is not
// the actor whose alias holds that noun, unless the name shares the
// actor's words ("la Secretaría Nacional de Gestión de Riesgos").
func TestExtractInstitutionNounStartingAnotherName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos", "fallecidos"}}},
		[]tracker.Actor{
			{Name: "KNCHR", Role: tracker.Confirmer, Aliases: []string{"Kenya National Commission on Human Rights"}},
			{Name: "SNGR", Role: tracker.Claimant, Aliases: []string{"Secretaría de Gestión de Riesgos"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La Comisión Interamericana de Derechos Humanos contabiliza 317 muertos.", "[]"},
		{"La Comisión de la Verdad confirma 266 fallecidos.", "[]"},
		{"La Secretaría Nacional de Gestión de Riesgos informó de 16 fallecidos.", "[deaths=16 by SNGR]"},
		{"La Kenya National Commission on Human Rights habló. La Comisión informó de 38 muertos.", "[deaths=38 by KNCHR]"},
	})
}

// A number followed by a term of its own ("los 266 fallecidos") counts
// what that term names, whatever the words between a figure noun before
// it and the number ("El balance … queda lejos de").
func TestExtractOwnTermOverFigureNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Name: "People killed in protests and crackdowns", Unit: "people",
			Keywords: []string{"killed", "dead", "deaths", "death toll", "muertos", "fallecidos", "asesinados"}},
		{ID: "injured", Name: "People injured in protests and crackdowns", Unit: "people",
			Keywords: []string{"injured", "wounded", "heridos", "lesionados"}},
		{ID: "arrested", Name: "People arrested in protests", Unit: "people",
			Keywords: []string{"arrested", "detained", "arrests", "detenidos", "arrestados", "detenciones"}},
	}, []tracker.Actor{
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government", "gobierno"}},
		{Name: "Cenidh", Role: tracker.Confirmer, Aliases: []string{"Cenidh"}},
	})
	checkMetricValues(t, e, []metricCase{
		{"El balance del Ejecutivo queda lejos de los 266 fallecidos que registra el Cenidh.", []string{"killed=266"}},
	})
}

// The source a relative clause names after its verb and an adverb is the
// number's: "una cifra muy superior a los 56 que reconoce oficialmente el
// gobierno militar" is the government's, not the sentence's speaker's.
func TestExtractRelativeSourceAfterAdverb(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos", "deaths"}}},
		[]tracker.Actor{
			{Name: "Guinean government", Role: tracker.Claimant, Aliases: []string{"gobierno guineano", "Gobierno de Guinea"}},
			{Name: "Rights groups", Role: tracker.Confirmer, Aliases: []string{"organizaciones de derechos humanos"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Organizaciones de derechos humanos de Guinea sostienen que la estampida dejó al menos 135 muertos, una cifra muy superior a los 56 que reconoce oficialmente el gobierno militar.",
			"[deaths=135 by Rights groups deaths=56 by Guinean government]"},
	})
}

// Two names joined by "y"/"and" are one phrase, not a new clause: the
// number before them still reaches the verb after them.
func TestExtractJoinedNamesKeepTheClause(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Keywords: []string{"killed", "muertos", "fallecidos"}}},
		[]tracker.Actor{{Name: "ICRC", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja", "Media Luna Roja"}}})
	checkMetricValues(t, e, []metricCase{
		{"En lo que va de año, añadió la federación, 25 empleados y voluntarios de la Cruz Roja y la Media Luna Roja han fallecido en distintos lugares.",
			[]string{"killed=25"}},
	})
}

// A count per item ("three each", "dos muertos cada uno") is no total.
func TestExtractDistributiveCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Keywords: []string{"deaths", "killed", "muertos"}}},
		[]tracker.Actor{{Name: "KNCHR", Role: tracker.Confirmer, Aliases: []string{"KNCHR"}}})
	checkMetricValues(t, e, []metricCase{
		{"The KNCHR said Nakuru and Mombasa recorded three deaths each.", nil},
		{"The KNCHR said the two towns recorded 12 deaths apiece.", nil},
		{"Según la KNCHR, Nakuru y Mombasa registraron dos muertos cada uno.", nil},
		{"The KNCHR said 39 people were killed.", []string{"killed=39"}},
	})
}

// A number set above or below another count is a difference, not a count:
// "3.000 por encima de su balance anterior", "1,200 above the previous
// count".
func TestExtractDifferenceAboveAnotherCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deported", Name: "Children deported", Keywords: []string{"deported", "deportados"}}},
		[]tracker.Actor{{Name: "Ombudsman", Role: tracker.Claimant, Aliases: []string{"Lubinets"}}})
	checkMetricValues(t, e, []metricCase{
		{"Lubinets dijo que hay 19.540 niños deportados, 3.000 por encima de su balance anterior.", []string{"deported=19540"}},
		{"Lubinets said 19,540 children had been deported, 1,200 above the previous count.", []string{"deported=19540"}},
		{"Lubinets said 19,540 children had been deported, 1,200 below his own estimate.", []string{"deported=19540"}},
	})
}

// When the subject of the clause is no configured actor, the configured
// source the clause ends on ("…, según el defensor del Pueblo") gives the
// figure.
func TestExtractClauseFinalSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deported", Name: "Children deported", Keywords: []string{"deported", "deportados"}}},
		[]tracker.Actor{{Name: "Ombudsman", Role: tracker.Claimant, Aliases: []string{"defensor del Pueblo ucraniano"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Ucrania elevó este jueves a 19.540 el número de niños deportados por Rusia, más de lo esperado, según el defensor del Pueblo ucraniano.",
			"[deported=19540 by Ombudsman]"},
		// no source at the end: the unlisted subject's figure is not taken
		{"Ucrania elevó este jueves a 19.540 el número de niños deportados por Rusia.", "[]"},
	})
}

// Whoever keeps a count is its source: "the provisional count kept by the
// Aid Worker Security Database showed 172", "un registro elaborado por la
// ONG".
func TestExtractCountKeptBy(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "Aid workers killed", Keywords: []string{"aid workers killed", "killed", "asesinados"}}},
		[]tracker.Actor{{Name: "AWSD", Role: tracker.Confirmer, Aliases: []string{"Aid Worker Security Database", "Humanitarian Outcomes"}}})
	checkFiguresBy(t, e, []figureCase{
		{"As of 7 August, the provisional count kept by the Aid Worker Security Database already showed 172 humanitarian staff killed.",
			"[killed=172 by AWSD]"},
		{"A database maintained by Humanitarian Outcomes lists 280 aid workers killed last year.", "[killed=280 by AWSD]"},
		// the doer is not the source
		{"Two aid workers were killed by Humanitarian Outcomes staff, the police said.", "[]"},
	})
}

// "forced 12,000 from their homes": the phrase after the number says they
// were displaced, beside a verb of another kind before it.
func TestExtractForcedFromTheirHomes(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "killed"}},
		{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "desplazados"}},
	}, []tracker.Actor{{Name: "NDMA", Role: tracker.Claimant, Aliases: []string{"disaster agency"}}})
	checkMetricValues(t, e, []metricCase{
		{"Floods have killed 47 people and forced 12,000 from their homes, according to the disaster agency.",
			[]string{"deaths=47", "displaced=12000"}},
		{"Según la disaster agency, las lluvias sacaron a 3.000 personas de sus hogares.", []string{"displaced=3000"}},
	})
}

// "elevó a 1.200 la cifra de fallecidos y a 300 la de desaparecidos": the
// figure noun left out after the second number still says what it counts.
func TestExtractEllipticFigureNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "fallecidos"}},
		{ID: "missing", Unit: "people", Keywords: []string{"desaparecidos"}},
	}, []tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"ONU"}}})
	checkMetricValues(t, e, []metricCase{
		{"La ONU elevó a 1.200 la cifra de fallecidos y a 300 la de desaparecidos.", []string{"deaths=1200", "missing=300"}},
	})
}

// A count of people named by a term of one kind ("protesters") with a
// predicate of another ("were injured") counts what happened to them.
func TestExtractPeopleNounThenOtherEvent(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
		{ID: "turnout", Unit: "people", Keywords: []string{"protesters", "demonstrators", "manifestantes"}},
	}, []tracker.Actor{{Name: "Amnesty", Role: tracker.Confirmer, Aliases: []string{"Amnesty", "Amnistía"}}})
	checkMetricValues(t, e, []metricCase{
		{"Amnesty said at least 23 protesters were injured by rubber bullets.", []string{"injured=23"}},
		{"Según Amnistía, 40 manifestantes resultaron heridos.", []string{"injured=40"}},
		{"Amnesty said 250,000 protesters marched through the capital.", []string{"turnout=250000"}},
	})
}

// "alone" after one number's noun makes that number a part, not the total
// the sentence goes on to give.
func TestExtractAloneBelongsToItsNumber(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "toll"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"health authorities"}}})
	checkMetricValues(t, e, []metricCase{
		{"Health authorities reported 98 deaths on Monday alone, bringing the toll to 1,050.", []string{"deaths=1050"}},
		{"Health authorities said 98 people died of the disease on Monday alone, bringing the toll for the year to 1,050.", []string{"deaths=1050"}},
		{"The capital alone has recorded 400 deaths, health authorities said.", nil},
		{"In the capital alone, health authorities said, the disease has caused 400 deaths.", nil},
		// "alone" that closes a span shorter than a month, however far
		// from the count's noun, makes the count a part of a larger one
		{"Nearly 4,900 deaths were recorded across the country in the week ending Feb. 1 alone, health authorities said.", nil},
		{"Some 310 people died of the disease in the northern provinces last week alone, health authorities said.", nil},
		{"Health authorities said 98 people had died of the disease in the northern provinces on Monday alone.", nil},
		// (a year, or a month, is often the span a report covers)
		{"Some 3,100 people died of the disease in the northern provinces this year alone, health authorities said.", []string{"deaths=3100"}},
		{"Some 1,347 people died of the disease in the northern provinces in November alone, health authorities said.", []string{"deaths=1347"}},
	})
}

// Noncitizens and immigrants are people: "ICE removed 271,484 noncitizens".
func TestExtractNoncitizensArePeople(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deported", Name: "Migrants deported", Unit: "people", Keywords: []string{"deported", "removals"}}},
		[]tracker.Actor{{Name: "ICE", Role: tracker.Claimant, Aliases: []string{"ICE", "Immigration and Customs Enforcement"}}})
	checkMetricValues(t, e, []metricCase{
		{"ICE said it removed 271,484 noncitizens in fiscal year 2024.", []string{"deported=271484"}},
		{"ICE said 1,200 immigrants were deported last week.", []string{"deported=1200"}},
	})
}

// "the UN children's agency" describes the actor whose alias those words
// and that acronym's initials start: the United Nations Children's Fund.
func TestExtractDescribedByAcronymAndWords(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "Children killed", Unit: "people", Keywords: []string{"killed"}}},
		[]tracker.Actor{
			{Name: "UNICEF", Role: tracker.Confirmer, Aliases: []string{"UNICEF", "United Nations Children's Fund"}},
			{Name: "Save the Children", Role: tracker.Confirmer, Aliases: []string{"Save the Children"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"At least 501 children have been killed in Ukraine, the head of the UN children's agency said on Monday.",
			"[killed=501 by UNICEF]"},
		// no acronym to tell which: nobody
		{"At least 501 children have been killed in Ukraine, the head of the children's agency said on Monday.", "[]"},
	})
}

// A description that fits several actors ("the U.N. health agency" for
// both the WHO and the PAHO) names the one of them named in the last two
// sentences, and nobody when none or both were.
func TestExtractDescriptionFittingSeveralActors(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"deaths", "death toll"}}},
		[]tracker.Actor{
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization"}},
			{Name: "PAHO", Role: tracker.Confirmer, Aliases: []string{"PAHO", "Pan American Health Organization"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Cholera is spreading fast, the World Health Organization said on Friday.\n\nThe death toll has climbed to 242, the U.N. health agency said.",
			"[deaths=242 by WHO]"},
		{"Cholera is spreading fast. The death toll has climbed to 242, the U.N. health agency said.", "[]"},
		{"The WHO and the PAHO met on Friday.\n\nThe death toll has climbed to 242, the U.N. health agency said.", "[]"},
	})
}

// A name that goes on past one actor's alias and is given a bracketed
// short form that is another actor's alias is that other actor: "los
// Centros para el Control y la Prevención de Enfermedades de África (CDC
// de África)" is not the US CDC. Centres are institutions: "el organismo"
// refers back to them.
func TestExtractNameWithBracketedShortForm(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Name: "Cases", Unit: "cases", Keywords: []string{"casos"}},
		{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"muertes"}},
	}, []tracker.Actor{
		{Name: "CDC", Role: tracker.Confirmer, Aliases: []string{"CDC", "Centros para el Control y la Prevención de Enfermedades"}},
		{Name: "Africa CDC", Role: tracker.Confirmer, Aliases: []string{"Africa CDC", "CDC de África", "Africa Centres for Disease Control and Prevention"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Se han notificado 18.910 casos, informó el director de los Centros para el Control y la Prevención de Enfermedades de África (CDC de África).",
			"[cases=18910 by Africa CDC]"},
		{"Se han notificado 18.910 casos, informó el director de los Centros para el Control y la Prevención de Enfermedades (CDC).",
			"[cases=18910 by CDC]"},
		{"The Africa Centres for Disease Control and Prevention warned on Thursday of more rain.\n\nSegún el organismo, se han notificado 300.000 casos y 7.000 muertes.",
			"[cases=300000 by Africa CDC deaths=7000 by Africa CDC]"},
	})
	// "and" before an article joins two names: the bracketed short form
	// is the second's, the first keeps its own name
	e = New([]tracker.Metric{{ID: "seized", Name: "Scales seized", Unit: "kilograms", Keywords: []string{"pangolin scales"}}},
		[]tracker.Actor{
			{Name: "Singapore Customs", Role: tracker.Claimant, Aliases: []string{"Singapore Customs"}},
			{Name: "NParks", Role: tracker.Claimant, Aliases: []string{"NParks", "National Parks Board"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Singapore Customs and the National Parks Board (NParks) said they had found 12,900 kilograms of pangolin scales.",
			"[seized=12900 by NParks seized=12900 by Singapore Customs]"},
	})
}

// A name introduced with a descriptive noun ("the consultancy
// Integralia", "la organización sin fines de lucro Gun Violence Archive")
// may later be called by that noun, a synonym, or a word that refers back
// to any institution ("the firm", "la entidad"); an actor introduced
// without one may not.
func TestExtractIntroducedByNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "Killed", Unit: "people", Keywords: []string{"killed", "muertas"}}},
		[]tracker.Actor{
			{Name: "Integralia", Role: tracker.Confirmer, Aliases: []string{"Integralia"}},
			{Name: "GVA", Role: tracker.Confirmer, Aliases: []string{"Gun Violence Archive"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The election is the most violent on record, according to the Mexico City consultancy Integralia.\n\nThe firm said 34 people were killed.",
			"[killed=34 by Integralia]"},
		{"The election is the most violent on record, according to the Mexico City consultancy Integralia.\n\nThe consultancy said 34 people were killed.",
			"[killed=34 by Integralia]"},
		{"Hubo 650 tiroteos, según la organización sin fines de lucro Gun Violence Archive.\n\nLa entidad contabiliza además 42.300 personas muertas.",
			"[killed=42300 by GVA]"},
		{"Hubo 650 tiroteos, según Gun Violence Archive.\n\nLa entidad contabiliza además 42.300 personas muertas.", "[]"},
		// the descriptive noun may follow the name, in apposition
		{"The election is the most violent on record, according to Integralia, a consultancy based in Mexico City.\n\nThe consultancy said 34 people were killed.",
			"[killed=34 by Integralia]"},
		{"Hubo 650 tiroteos, según Gun Violence Archive, una organización sin fines de lucro.\n\nLa entidad contabiliza además 42.300 personas muertas.",
			"[killed=42300 by GVA]"},
		{"The election is the most violent on record, according to Integralia, which is based in Mexico City.\n\nThe consultancy said 34 people were killed.", "[]"},
	})
}

// A name the tracker does not list, followed by an alias in brackets, is
// that actor: "El Instituto Nacional de Estadística y Geografía (INEGI)
// informó", "according to data from the Ministerio de Agricultura, Pesca
// y Alimentación (MAPA)".
func TestExtractNameBeforeBracketedAlias(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"muertes", "deaths"}}},
		[]tracker.Actor{
			{Name: "INEGI", Role: tracker.Confirmer, Aliases: []string{"INEGI"}},
			{Name: "MAPA", Role: tracker.Claimant, Aliases: []string{"MAPA"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"El Instituto Nacional de Estadística y Geografía (INEGI) informó que México registró 699.271 muertes.",
			"[deaths=699271 by INEGI]"},
		{"España confirmó 14 muertes, según los datos del Ministerio de Agricultura, Pesca y Alimentación (MAPA).",
			"[deaths=14 by MAPA]"},
		// who raises someone's figure gives another one, not that one
		{"La ministra de Francia ha cifrado en cerca de 380.000 las muertes de este jueves, una cifra que el Instituto Nacional de Estadística (INEGI) eleva hasta el millón y medio.",
			"[deaths=1500000 by INEGI]"},
	})
}

// What something is against is its target, not its source ("las
// protestas contra el Gobierno"); a report published by an unlisted body
// is that body's ("según un informe divulgado por la Asociación …").
func TestExtractTargetIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"muertos", "killed"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Gobierno de Nicaragua", "Daniel Ortega"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Las protestas contra el Gobierno de Nicaragua han dejado 448 muertos, según un informe divulgado por la Asociación Nicaragüense Pro Derechos Humanos.",
			"[]"},
		{"Las protestas contra el Gobierno de Nicaragua han dejado 448 muertos.", "[]"},
		{"El Gobierno de Nicaragua informó que las protestas han dejado 448 muertos.", "[deaths=448 by Government]"},
	})
}

// The parties something is between are no source either ("los combates
// entre Tailandia y Camboya"), nor is a country an event happens in ("En
// Camboya, unas 20.000 personas fueron evacuadas"); a cue binding the
// country makes it one.
func TestExtractPartyOrPlaceIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Name: "Killed", Unit: "people", Keywords: []string{"muertos", "killed"}},
		{ID: "displaced", Name: "Displaced", Unit: "people", Keywords: []string{"evacuados", "evacuated"}},
	},
		[]tracker.Actor{
			{Name: "Thai government", Role: tracker.Claimant, Aliases: []string{"Tailandia", "Thailand"}},
			{Name: "Cambodian government", Role: tracker.Claimant, Aliases: []string{"Camboya", "Cambodia"}},
			{Name: "EFE", Role: tracker.Reporter, Aliases: []string{"EFE"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Los combates entre Tailandia y Camboya dejaron al menos 15 muertos y más de 140.000 evacuados, según el recuento de EFE.",
			"[killed=15 by EFE displaced=140000 by EFE]"},
		{"The fighting between Thailand and Cambodia has killed 32 people.", "[]"},
		{"En Camboya, unas 20.000 personas fueron evacuadas de la provincia de Preah Vihear.", "[]"},
		{"In Cambodia, about 20,000 people were evacuated from border villages.", "[]"},
		{"Camboya informó de que 20.000 personas fueron evacuadas.", "[displaced=20000 by Cambodian government]"},
		{"About 20,000 people were evacuated, Cambodia said.", "[displaced=20000 by Cambodian government]"},
	})
}

// A fund or a programme is an institution: "the agency" refers back to
// the UN Children's Fund named before; "would bring the total to" works out
// a sum, it forecasts nothing.
func TestExtractFundIsAnInstitution(t *testing.T) {
	e := New([]tracker.Metric{{ID: "freed", Name: "Children freed", Unit: "people", Keywords: []string{"freed", "deaths"}}},
		[]tracker.Actor{
			{Name: "UNICEF", Role: tracker.Confirmer, Aliases: []string{"UNICEF", "United Nations Children's Fund"}},
			{Name: "Reuters", Role: tracker.Reporter, Aliases: []string{"Reuters"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Armed groups freed 210 children on Thursday, the United Nations Children's Fund said.\n\nThe number of children freed this year has reached 806, according to the agency.",
			"[freed=210 by UNICEF freed=806 by UNICEF]"},
		{"A further 27,538 deaths were confirmed, which would bring the total to at least 322,365, according to Reuters.",
			"[freed=322365 by Reuters]"},
	})
}

// In a clause whose verb is left out, the actor named right before a
// number states it: "Data Cívica has registered 30 killings and the
// consultancy Integralia 34".
func TestExtractGappedClauseActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "Killed", Unit: "people", Keywords: []string{"killings", "asesinatos"}}},
		[]tracker.Actor{
			{Name: "Data Cívica", Role: tracker.Confirmer, Aliases: []string{"Data Cívica"}},
			{Name: "Integralia", Role: tracker.Confirmer, Aliases: []string{"Integralia"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Gobierno"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The toll of killings differs: Data Cívica has registered 30 killings and the consultancy Integralia 34.",
			"[killed=30 by Data Cívica killed=34 by Integralia]"},
		{"Data Cívica contabiliza 30 asesinatos y el Gobierno, 12.",
			"[killed=30 by Data Cívica killed=12 by Government]"},
	})
}

// "La agencia de la ONU", "the agency of the United Nations" refer back
// to the institution named last; "la agencia de Naciones Unidas para la
// infancia" is a body of its own.
func TestExtractAgencyOfTheUN(t *testing.T) {
	e := New([]tracker.Metric{{ID: "attacks", Name: "Attacks", Unit: "attacks", Keywords: []string{"ataques"}}},
		[]tracker.Actor{
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS", "Organización Mundial de la Salud"}},
			{Name: "ICBL", Role: tracker.Confirmer, Aliases: []string{"ICBL", "Campaña Internacional para la Prohibición de las Minas"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La OMS advirtió del colapso. Antes de ese ataque, la agencia de la ONU tenía verificados 185 ataques.",
			"[attacks=185 by WHO]"},
		{"La ICBL publicó su informe. La agencia de Naciones Unidas para la infancia eleva a 1.052 los ataques.", "[]"},
	})
}

// A navy and a "coordinadora" are institutions: "Colombia's Navy" names
// the actor listed as the "Colombian Navy"; "la coordinadora" refers back
// to the Coordinadora Nacional para la Reducción de Desastres.
func TestExtractCountrysNavy(t *testing.T) {
	e := New([]tracker.Metric{{ID: "seized", Name: "Cocaine seized", Unit: "kilograms", Keywords: []string{"cocaine"}}},
		[]tracker.Actor{{Name: "Armada de Colombia", Role: tracker.Claimant, Aliases: []string{"Armada de Colombia", "Colombian Navy"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Colombia's Navy stopped two semi-submersibles and recovered 4,919 kilograms of cocaine.",
			"[seized=4919 by Armada de Colombia]"},
	})
	conred := New([]tracker.Metric{{ID: "evacuated", Name: "Evacuated", Unit: "people", Keywords: []string{"evacuados"}}},
		[]tracker.Actor{{Name: "CONRED", Role: tracker.Claimant, Aliases: []string{"CONRED", "Coordinadora Nacional para la Reducción de Desastres"}}})
	checkFiguresBy(t, conred, []figureCase{
		{"La Coordinadora Nacional para la Reducción de Desastres actualizó su balance.\n\nSegún la coordinadora, la erupción dejó 3.271 evacuados.",
			"[evacuated=3271 by CONRED]"},
	})
}

// "Police in Ghana" are the police of the country, the actor whose
// aliases hold the noun and the country.
func TestExtractInstitutionInCountry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Name: "Arrests", Unit: "people", Keywords: []string{"arrested"}}},
		[]tracker.Actor{
			{Name: "Ghanaian authorities", Role: tracker.Claimant, Aliases: []string{"Ghana Police Service", "Ghanaian government"}},
			{Name: "Peruvian authorities", Role: tracker.Claimant, Aliases: []string{"Peruvian police"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Police in Ghana have arrested 208 people suspected of illegal mining.", "[arrests=208 by Ghanaian authorities]"},
	})
}

// An actor's name may go on with the place it serves before its verb:
// "La Defensa Civil del estado brasileño de Minas Gerais elevó a 209".
func TestExtractActorNameWithItsPlace(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"fallecidos"}}},
		[]tracker.Actor{{Name: "Civil Defence", Role: tracker.Claimant, Aliases: []string{"Defensa Civil"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Defensa Civil del estado brasileño de Minas Gerais elevó hoy a 209 el número de fallecidos.", "[deaths=209 by Civil Defence]"},
	})
}

// An institution's name followed by its country names the actor listed
// with the country's adjective: "el Ministerio del Interior de Francia"
// for the "Ministerio del Interior francés"; not one of another country.
func TestExtractInstitutionNameOfCountry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "marchers", Name: "Marchers", Unit: "people", Keywords: []string{"manifestantes"}}},
		[]tracker.Actor{{Name: "French Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior francés"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio del Interior de Francia ha cifrado en 380.000 los manifestantes.", "[marchers=380000 by French Interior Ministry]"},
		{"El Ministerio del Interior de Alemania ha cifrado en 380.000 los manifestantes.", "[]"},
	})
	// an alias of its own followed by another country is that country's
	// institution; a country inside the alias is the actor's own
	police := New([]tracker.Metric{{ID: "seized", Unit: "kilograms", Keywords: []string{"decomisado"}}},
		[]tracker.Actor{
			{Name: "Policía de Colombia", Role: tracker.Claimant, Aliases: []string{"Policía Nacional de Colombia", "Policía Nacional"}},
			{Name: "USCG", Role: tracker.Claimant, Aliases: []string{"Guardia Costera de Estados Unidos"}},
		})
	checkFiguresBy(t, police, []figureCase{
		{"La Policía Nacional ha decomisado 173 toneladas de cocaína.", "[seized=173000 by Policía de Colombia]"},
		{"La Policía Nacional de Ecuador ha decomisado 173 toneladas de cocaína.", "[]"},
		{"La Guardia Costera de Estados Unidos ha decomisado 12 toneladas de cocaína.", "[seized=12000 by USCG]"},
	})
	// countries whose names begin alike are not one: Niger is not
	// Nigeria, Austria not Australia, Sudáfrica not Sudán
	alike := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"cases", "casos"}}},
		[]tracker.Actor{
			{Name: "NCDC", Role: tracker.Claimant, Aliases: []string{"Health Ministry of Nigeria"}},
			{Name: "Australian police", Role: tracker.Claimant, Aliases: []string{"Federal Police of Australia"}},
			{Name: "Sudan ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud de Sudán"}},
		})
	checkFiguresBy(t, alike, []figureCase{
		{"The Health Ministry of Nigeria has confirmed 120 cases.", "[cases=120 by NCDC]"},
		{"The Health Ministry of Niger has confirmed 120 cases.", "[]"},
		{"The Federal Police of Austria have recorded 120 cases.", "[]"},
		{"El Ministerio de Salud de Sudáfrica ha confirmado 120 casos.", "[]"},
	})
	// "la Franja de Gaza" is Gaza, not France
	gaza := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"fallecidas"}}},
		[]tracker.Actor{{Name: "Gaza Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Sanidad", "Ministerio de Sanidad de Gaza"}}})
	checkFiguresBy(t, gaza, []figureCase{
		{"El Ministerio de Sanidad de la Franja de Gaza situó en al menos 382 el número de personas fallecidas.", "[deaths=382 by Gaza Health Ministry]"},
		{"El Ministerio de Sanidad de Francia situó en al menos 382 el número de personas fallecidas.", "[]"},
	})
}

// A lab is an institution: "the lab's June estimate" refers back to the
// research lab named before.
func TestExtractLabRefersBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deported", Name: "Children deported", Unit: "people", Keywords: []string{"deported"}}},
		[]tracker.Actor{
			{Name: "Yale HRL", Role: tracker.Confirmer, Aliases: []string{"Yale Humanitarian Research Lab"}},
			{Name: "Russian government", Role: tracker.Claimant, Aliases: []string{"Lvova-Belova"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Yale Humanitarian Research Lab published its report in June. Lvova-Belova singled out the lab's estimate that around 35,000 children had been deported.",
			"[deported=35000 by Yale HRL]"},
	})
}

// "The researchers put the toll at…", "sus investigadores estiman…": the
// authors of the count just named, when the clause names nobody else.
func TestExtractAuthorsReferBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}}},
		[]tracker.Actor{
			{Name: "ISGlobal", Role: tracker.Confirmer, Aliases: []string{"ISGlobal", "Barcelona Institute for Global Health"}},
			{Name: "Reuters", Role: tracker.Reporter, Aliases: []string{"Reuters"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"A study by ISGlobal was published on Monday. The researchers put the toll at 61,672 heat-attributable deaths.",
			"[deaths=61672 by ISGlobal]"},
		// a reporter relays, it does not count
		{"Reuters published the study on Monday. The researchers put the toll at 61,672 heat-attributable deaths.", "[]"},
		// named too long ago
		{"ISGlobal spoke. It rained. It was hot. Nobody came. The researchers put the toll at 61,672 heat-attributable deaths.", "[]"},
		// the authors or their report speak after the figure
		{"A study by ISGlobal was published on Monday.\n\nThe heat was severe. In all, 61,672 deaths were linked to it, the researchers estimated.",
			"[deaths=61672 by ISGlobal]"},
		{"ISGlobal publicó el lunes su estudio.\n\nEl calor fue intenso. En total, se produjeron 61.672 muertes, señala el informe.",
			"[deaths=61672 by ISGlobal]"},
		{"Reuters published the study on Monday.\n\nIn all, 61,672 deaths were linked to it, the researchers estimated.", "[]"},
	})
}

// "the group", "la organización", "la ONG" refer back to an actor named
// before; they never name one the text has not named, whatever its alias
// holds ("Organización Internacional para las Migraciones").
func TestExtractOrganisationNounNeedsANamedActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "kidnapped", Unit: "people", Keywords: []string{"secuestros", "kidnappings"}}},
		[]tracker.Actor{
			{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"Organización Internacional para las Migraciones"}},
			{Name: "CARDH", Role: tracker.Confirmer, Aliases: []string{"Cardh"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Los secuestros en Haití disminuyeron, según el Cardh.\n\nLa organización registró 857 raptos de enero a diciembre.",
			"[kidnapped=857 by CARDH]"},
		{"Los secuestros en Haití disminuyeron.\n\nLa organización registró 857 raptos de enero a diciembre.", "[]"},
		{"La Organización Internacional para las Migraciones habló el lunes. La organización registró 857 raptos.",
			"[kidnapped=857 by IOM]"},
	})
}

// Only a state's institutions and officials ("the ministry", "el
// ministro") stand for the tracker's actor when the text has not named it;
// any other institution noun ("the commission", "la red") refers back to
// one the text named.
func TestExtractInstitutionNounNeedsANamedActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Unit: "people", Keywords: []string{"arrests", "detained"}}},
		[]tracker.Actor{
			{Name: "CIDH", Role: tracker.Confirmer, Aliases: []string{"Inter-American Commission on Human Rights"}},
			{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Police cleared the square. The commission said 627 people had been detained.", "[]"},
		{"The Inter-American Commission on Human Rights met. The commission said 627 people had been detained.",
			"[arrests=627 by CIDH]"},
		{"Police cleared the square. The ministry said 627 people had been detained.", "[arrests=627 by Interior Ministry]"},
	})
}

// "se cobraron entre enero y octubre la vida de 624 trabajadores": the
// verb of taking may stand a period's words away from "la vida de".
func TestExtractLifeTakenPastAPeriod(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "fallecidos"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Trabajo"}}})
	checkMetricValues(t, e, []metricCase{
		{"Los accidentes laborales se cobraron entre enero y octubre la vida de 624 trabajadores, según el Ministerio de Trabajo.",
			[]string{"deaths=624"}},
	})
}

// Attacks are things, not people, and a metric of strikes counts them in
// any of their words: "ataques aéreos".
func TestExtractAttacksAreNoPeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Name: "Health workers killed", Unit: "people", Keywords: []string{"killed", "muertos"}},
		{ID: "strikes", Name: "Air strikes", Unit: "strikes", Keywords: []string{"air strikes", "bombardeos"}},
	}, []tracker.Actor{{Name: "PHR", Role: tracker.Confirmer, Aliases: []string{"Physicians for Human Rights", "PHR"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según PHR, la coalición lanzó 25.000 ataques aéreos desde 2015.", []string{"strikes=25000"}},
	})
}

// A figure stated before and since replaced ("la víspera … había hablado
// de siete muertos", "en un primer comunicado … había lamentado la muerte
// de 39", "its previous update had listed 43 cases and three deaths",
// every item of the list; "first put the number of dead at four", "en un
// primer recuento") is not the current figure; "earlier in the day … had
// said" is.
func TestExtractSupersededStatement(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "muerte", "deaths", "dead"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"ministerio", "ministry"}}})
	checkMetricValues(t, e, []metricCase{
		{"La víspera, el ministerio había hablado de siete muertos.", nil},
		{"En un primer comunicado, el ministerio había lamentado la muerte de 39 personas.", nil},
		{"In its first report, the ministry had put the number of dead at 40.", nil},
		{"Earlier in the day the ministry had said at least 23 people were dead.", []string{"deaths=23"}},
		{"El ministerio había contabilizado 146 muertos hasta el domingo.", []string{"deaths=146"}},
		{"The ministry reported 60 deaths on Friday. Its previous update, on Aug. 8, had listed 43 deaths.", []string{"deaths=60"}},
		{"The ministry reported 60 deaths on Friday. Its previous update, on Aug. 8, had listed 12 injured and 43 deaths.",
			[]string{"deaths=60"}},
		{"El ministerio informó de 60 muertos el viernes. Su anterior balance había registrado 12 heridos y 43 muertos.",
			[]string{"deaths=60"}},
		// a statement its source made first, in the simple past
		{"The ministry's spokesman first put the number of dead at four.", nil},
		{"The ministry at first said 10 people were dead, but later said the figure was not known.", nil},
		{"En un primer recuento, el ministerio llegó a reunir 1.383 muertes.", nil},
		{"El ministerio inicialmente informó de 20 muertos.", nil},
		{"En un principio, el ministerio cifró en 80 los muertos; después elevó la cifra a 161.", []string{"deaths=161"}},
		// the first statement is the count after its marker, not the one
		// that replaced it
		{"El presidente inicialmente habló de 31 muertos, un balance que el ministerio rebajó después a 27 muertos.", []string{"deaths=27"}},
		// not a first report's noun
		{"According to the ministry's first reports, no fewer than 30 people were dead.", []string{"deaths=30"}},
	})
}

// A count of people at large is no count of the role a metric restricts to,
// however the number is linked: "la muerte de más de 460 pacientes" for
// health workers killed.
func TestExtractBroaderPopulationOfEventNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "Health workers killed", Unit: "people", Keywords: []string{"health workers killed", "trabajadores sanitarios muertos", "muerte"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS"}}})
	checkMetricValues(t, e, []metricCase{
		{"La OMS, consternada por la muerte de más de 460 pacientes en un hospital.", nil},
		{"La OMS, consternada por la muerte de más de 46 trabajadores sanitarios.", []string{"killed=46"}},
	})
}

// An institution noun ("la policía") is not the one candidate actor whose
// country the text never names while it names another actor's.
func TestExtractInstitutionOfAnotherCountry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "crimes", Unit: "crimes", Keywords: []string{"delitos de odio", "hate crimes"}}},
		[]tracker.Actor{
			{Name: "BKA", Role: tracker.Claimant, Aliases: []string{"Bundeskriminalamt", "policía alemana"}},
			{Name: "Spanish Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior español"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"En toda España, la policía abrió investigaciones el año pasado por 1.955 delitos de odio.", "[]"},
		{"En Alemania, la policía contabilizó el año pasado 17.007 delitos de odio.", "[crimes=17007 by BKA]"},
	})
}

// Animals are one unit of things: a metric of animals counts "499 rhinos",
// "137 elefantes"; a metric of people does not.
func TestExtractAnimalsAreOneUnit(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "poached", Name: "Animals poached", Unit: "animals", Keywords: []string{"poached", "killed", "muertos"}},
		{ID: "arrested", Name: "Poachers arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}},
	}, []tracker.Actor{{Name: "KWS", Role: tracker.Claimant, Aliases: []string{"Kenya Wildlife Service"}}})
	checkMetricValues(t, e, []metricCase{
		{"The Kenya Wildlife Service said 499 rhinos were killed over the year.", []string{"poached=499"}},
		{"Según el Kenya Wildlife Service, 137 elefantes fueron muertos por furtivos.", []string{"poached=137"}},
		{"The Kenya Wildlife Service said 49 poachers were arrested.", []string{"arrested=49"}},
	})
	// birds are animals: a metric in birds counts hens and "aves"
	birds := New([]tracker.Metric{{ID: "culled", Name: "Birds culled", Unit: "birds", Keywords: []string{"culled", "sacrificadas"}}},
		[]tracker.Actor{{Name: "SENASICA", Role: tracker.Claimant, Aliases: []string{"Senasica"}}})
	checkMetricValues(t, birds, []metricCase{
		{"Según Senasica, 15.000 aves fueron sacrificadas en la granja.", []string{"culled=15000"}},
		{"Senasica said 91,000 hens were culled.", []string{"culled=91000"}},
	})
}

// Livestock, weapons, vessels, vehicles and schools are units of their
// kind: a metric measured in animals counts "176 cows", one in weapons
// "141 rifles", one in vessels "26 buques"; a metric of people counts none.
func TestExtractThingUnitGroups(t *testing.T) {
	actors := []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "la policía"}}}
	for _, c := range []struct {
		unit, keyword, text string
		want                []string
	}{
		{"animals", "recovered", "The police said they had recovered 176 cows.", []string{"m=176"}},
		{"animals", "recuperadas", "Según la policía, 35 ovejas fueron recuperadas.", []string{"m=35"}},
		{"animals", "varadas", "Según la policía, 416 ballenas piloto varadas fueron halladas en la playa.", []string{"m=416"}},
		{"animals", "washed up dead", "The police said 910 dolphins have washed up dead.", []string{"m=910"}},
		{"weapons", "seized", "The police said they had seized 141 rifles.", []string{"m=141"}},
		{"weapons", "incautadas", "Según la policía, 17 pistolas fueron incautadas.", []string{"m=17"}},
		{"vessels", "seized", "The police said 12 trawlers were seized.", []string{"m=12"}},
		{"vehicles", "recuperados", "Según la policía, 690 vehículos fueron recuperados.", []string{"m=690"}},
		{"people", "recovered", "The police said they had recovered 176 cows.", nil},
	} {
		e := New([]tracker.Metric{{ID: "m", Unit: c.unit, Keywords: []string{c.keyword}}}, actors)
		checkMetricValues(t, e, []metricCase{{c.text, c.want}})
	}
}

// "entre el 1 y el 3 de noviembre" is a span of dates, its first day too.
func TestExtractDateSpanWithArticles(t *testing.T) {
	e := New([]tracker.Metric{{ID: "rescued", Unit: "people", Keywords: []string{"rescató", "rescatadas"}}},
		[]tracker.Actor{{Name: "Salvamento", Role: tracker.Claimant, Aliases: []string{"Salvamento Marítimo"}}})
	checkMetricValues(t, e, []metricCase{
		{"Salvamento Marítimo llevó a cabo 31 intervenciones entre el 1 y el 3 de noviembre, en las que rescató a 1.893 personas.",
			[]string{"rescued=1893"}},
	})
}

// "De acuerdo con el recuento,", "según el mismo balance": the count just
// named, whose source the text named before.
func TestExtractCuePrefixBackReference(t *testing.T) {
	e := New([]tracker.Metric{{ID: "homeless", Unit: "people", Keywords: []string{"sin hogar", "homeless"}}},
		[]tracker.Actor{{Name: "LAHSA", Role: tracker.Claimant, Aliases: []string{"LAHSA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La LAHSA dio a conocer su conteo anual.\n\nDe acuerdo con el recuento, en el condado viven sin hogar 75.312 personas.",
			"[homeless=75312 by LAHSA]"},
		{"De acuerdo con el recuento, en el condado viven sin hogar 75.312 personas.", "[]"},
	})
}

// A metric measured in hours takes "79,238 hours" as its figure, not as a
// duration; "adding up to" gives a total, not an upper bound.
func TestExtractMetricInHours(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "shutdowns", Unit: "shutdowns", Keywords: []string{"shutdowns", "outages", "apagones"}},
		{ID: "hours", Unit: "hours", Keywords: []string{"hours of shutdown", "horas sin internet"}},
	}, []tracker.Actor{{Name: "Top10VPN", Role: tracker.Confirmer, Aliases: []string{"Top10VPN"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Top10VPN logged 196 outages, adding up to 79,238 hours of disruption.", "[shutdowns=196 by Top10VPN hours=79238 by Top10VPN]"},
		{"Según Top10VPN, hubo 122 apagones, que sumaron 18.225 horas.", "[shutdowns=122 by Top10VPN hours=18225 by Top10VPN]"},
	})
	xs := e.Extract("Top10VPN logged 196 outages, adding up to 79,238 hours of disruption.", nil)
	for _, x := range xs {
		if x.Metric == "hours" && x.Qualifier != tracker.Exact {
			t.Errorf("adding up to 79,238 hours: qualifier %s, want exact", x.Qualifier)
		}
	}
	// a metric of people still reads hours as a duration
	people := New([]tracker.Metric{{ID: "affected", Unit: "people", Keywords: []string{"affected"}}},
		[]tracker.Actor{{Name: "Top10VPN", Role: tracker.Confirmer, Aliases: []string{"Top10VPN"}}})
	checkFiguresBy(t, people, []figureCase{
		{"Top10VPN said people were affected for 48 hours.", "[]"},
	})
}

// "El Servicio Nacional … (SNAI) de Ecuador informó": the body named before
// its bracketed acronym and its country is the subject.
func TestExtractSubjectWithAcronymAndCountry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "escaped", Unit: "people", Keywords: []string{"se evadieron", "fugados"}}},
		[]tracker.Actor{{Name: "SNAI", Role: tracker.Claimant, Aliases: []string{"SNAI"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Servicio Nacional de Atención Integral (SNAI) de Ecuador informó este lunes de que 48 reclusos se evadieron de la cárcel.",
			"[escaped=48 by SNAI]"},
	})
}

// "Médecins Sans Frontières (MSF) says": the verb after the bracketed
// short name of the same actor binds to the full name before it, however
// far the figures stand.
func TestExtractCueAfterBracketedAlias(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed"}},
		{ID: "hospitalised", Unit: "people", Keywords: []string{"hospitalised", "in hospital"}},
	}, []tracker.Actor{{Name: "MSF", Role: tracker.Confirmer, Aliases: []string{"MSF", "Médecins Sans Frontières"}}})
	checkFiguresBy(t, e, []figureCase{
		{"An outbreak of methanol poisoning in March killed approximately 90 people in Tripoli and put around 1,000 in hospital, " +
			"Médecins Sans Frontières (MSF) says in its activity report for 2013.",
			"[deaths=90 by MSF hospitalised=1000 by MSF]"},
	})
}

// "El INEGI informó que México registró …": a country that records a count
// inside what an actor reports is where it was counted, not who counts
// it; "Jordania informó" is a country that speaks. "los N fallecimientos
// por COVID-19 que la Secretaría de Salud reportó": the relative clause
// names the source of its own number.
func TestExtractCountryRecordsInReportedClause(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "excess", Unit: "people", Keywords: []string{"exceso de mortalidad"}},
		{ID: "covid", Unit: "people", Keywords: []string{"fallecimientos por covid"}},
		{ID: "returned", Unit: "people", Keywords: []string{"regresado", "cruzaron"}},
	}, []tracker.Actor{
		{Name: "INEGI", Role: tracker.Confirmer, Aliases: []string{"INEGI"}},
		{Name: "Salud", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"El INEGI informó que entre 2020 y 2021 México registró un exceso de mortalidad de 699 mil 271 personas, " +
			"más del doble de los 327 mil 261 fallecimientos por COVID-19 que la Secretaría de Salud reportó de manera oficial.",
			"[excess=699271 by INEGI covid=327261 by Salud]"},
		{"El INEGI informó que 35.113 personas han regresado, mientras que Jordania informó de que más de 22.000 personas cruzaron hacia Siria.",
			"[returned=35113 by INEGI]"},
		// the speaker after the country
		{"Entre 2020 y 2021 México registró un exceso de mortalidad de 699 mil 271 personas, informó el INEGI, lo que supera el récord de 2015.",
			"[excess=699271 by INEGI]"},
	})
	// named, not guessed: a moderator need not confirm the source
	for _, x := range e.Extract("El INEGI informó que entre 2020 y 2021 México registró un exceso de mortalidad de 699 mil 271 personas.", nil) {
		if x.ActorFromFallback {
			t.Errorf("%s=%d by %s: ActorFromFallback, want the speaker named", x.Metric, x.Value, x.Actor)
		}
	}
}

// "…, dos años antes, cuando la cifra fue de 21.684": a count for a time
// put back by "N years earlier" is an earlier period's.
func TestExtractWhenYearsEarlier(t *testing.T) {
	e := New([]tracker.Metric{{ID: "sheltered", Unit: "people", Keywords: []string{"alojaron"}}},
		[]tracker.Actor{{Name: "INE", Role: tracker.Confirmer, Aliases: []string{"INE"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Los centros alojaron a 33.758 personas en 2024, un 56% más que dos años antes, cuando la cifra fue de 21.684, según el INE.",
			"[sheltered=33758 by INE]"},
	})
}

// "De ese total, 23.097 horas correspondieron a apagones, 134 a
// ralentizaciones y 26.865 a bloqueos": the numbers whose verb is left out
// count hours as the first does, and all three break the total down.
func TestExtractGappedBreakdownOfTotal(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "shutdowns", Unit: "shutdowns", Keywords: []string{"apagones", "bloqueos"}},
		{ID: "hours", Unit: "hours", Keywords: []string{"horas"}},
	}, []tracker.Actor{{Name: "Top10VPN", Role: tracker.Confirmer, Aliases: []string{"Top10VPN"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El estudio de Top10VPN recoge interrupciones que sumaron 50.095 horas. De ese total, 23.097 horas correspondieron a apagones completos de la red, " +
			"134 a ralentizaciones de la conexión y 26.865 a bloqueos de redes sociales.",
			"[hours=50095 by Top10VPN]"},
		{"Top10VPN contó 50.095 horas. De este modo, Top10VPN registró 134 apagones.",
			"[hours=50095 by Top10VPN shutdowns=134 by Top10VPN]"},
	})
}

// "with more than 373,000 members" gives an organisation's size, not a
// count of what it tracks, unless what befell them follows ("cerró con
// 30 miembros de la corporación muertos").
func TestExtractMembershipIsNoFigure(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"officers killed", "killed"}}},
		[]tracker.Actor{{Name: "FOP", Role: tracker.Claimant, Aliases: []string{"FOP"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The FOP said 46 officers were killed this year. The FOP, with more than 373,000 members, described the numbers as grim.",
			"[killed=46 by FOP]"},
		{"The FOP said 46 officers were killed this year. The union, which counts some 373,000 members, described the numbers as grim.",
			"[killed=46 by FOP]"},
		{"The FOP said 22 of its members were killed this year.", "[killed=22 by FOP]"},
		// what befell the members follows them: a count of it
		{"Según la FOP, el año cerró con 30 miembros de la corporación, casi todos agentes, muertos en servicio.",
			"[killed=30 by FOP]"},
	})
}

// "Los heridos sumaron 66": a past form of a verb that states a total
// makes the sentence a statement of the source named before.
func TestExtractPastTotalVerb(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"vidas", "muertos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"heridos"}},
	}, []tracker.Actor{{Name: "BINUH", Role: tracker.Confirmer, Aliases: []string{"BINUH"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La BINUH confirmó que los ataques se cobraron 262 vidas. Los heridos sumaron 66, de los cuales 59 eran civiles.",
			"[killed=262 by BINUH injured=66 by BINUH]"},
		// a sentence that speaks through the report, with no figure of
		// its own, hands its source on
		{"La BINUH confirmó que los ataques se cobraron 262 vidas.\n\nEl informe, que abarca dos meses, detalla que de esas víctimas 115 eran civiles. Los heridos sumaron 66.",
			"[killed=262 by BINUH injured=66 by BINUH]"},
	})
}

// "Las personas detenidas o investigadas fueron 1.161": a plural copula
// gives the count of the term that is its subject, a keyword of the
// tracker file's own too; paragraphs after a lead that named one source
// and nobody else, that count is the source's, for a moderator to
// confirm. With two sources named, nobody is guessed.
func TestExtractCopulaCountOfSubjectTerm(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "crimes", Unit: "crimes", Keywords: []string{"delitos de odio"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"detenidos", "arrests"}},
	}, []tracker.Actor{
		{Name: "Interior", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior"}},
		{Name: "ONG", Role: tracker.Confirmer, Aliases: []string{"Movimiento contra la Intolerancia"}},
	})
	lead := "El Ministerio del Interior informó de que la policía investigó 2.268 delitos de odio en 2023.\n\n" +
		"El racismo sigue a la cabeza de las denuncias.\n\n"
	checkFiguresBy(t, e, []figureCase{
		{lead + "Las personas detenidas o investigadas fueron 1.161, casi un 39 % más que el año anterior.",
			"[crimes=2268 by Interior arrests=1161 by Interior]"},
		{"El Ministerio del Interior informó de que la policía investigó 2.268 delitos de odio en 2023, y el Movimiento contra la Intolerancia lo lamentó.\n\n" +
			"El racismo sigue a la cabeza de las denuncias.\n\nLas personas detenidas o investigadas fueron 1.161.",
			"[crimes=2268 by Interior]"},
		{lead + "Entre los detenidos había 1.161 jóvenes.", "[crimes=2268 by Interior]"},
	})
}

// "927 profesionales sanitarios perdieron la vida": professionals, crews
// and members are people; "107 de sus integrantes fueron asesinados" counts
// a body's own people, not a part of a count; a metric restricted to one
// occupation does not count another's ("44 of its officers" are no
// journalists).
func TestExtractRoleNouns(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "health-workers-killed", Unit: "people", Keywords: []string{"health workers killed", "sanitarios muertos"}},
		{ID: "police-killed", Unit: "people", Keywords: []string{"policías asesinados", "officers killed"}},
	}, []tracker.Actor{
		{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS", "WHO"}},
		{Name: "Policía", Role: tracker.Claimant, Aliases: []string{"Policía Nacional"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Según la OMS, 927 profesionales sanitarios perdieron la vida en 27 países.", "[health-workers-killed=927 by WHO]"},
	})
	police := New([]tracker.Metric{{ID: "police-killed", Unit: "people", Keywords: []string{"policías asesinados", "officers killed"}}},
		[]tracker.Actor{{Name: "Policía", Role: tracker.Claimant, Aliases: []string{"Policía Nacional"}}})
	checkFiguresBy(t, police, []figureCase{
		{"La Policía Nacional confirmó que 107 de sus integrantes fueron asesinados durante 2025.", "[police-killed=107 by Policía]"},
	})
	press := New([]tracker.Metric{{ID: "journalists-killed", Unit: "people", Keywords: []string{"journalists killed", "periodistas asesinados"}}},
		[]tracker.Actor{{Name: "CPJ", Role: tracker.Confirmer, Aliases: []string{"CPJ"}}})
	checkFiguresBy(t, press, []figureCase{
		{"The CPJ said 12 reporters were killed this year.", "[journalists-killed=12 by CPJ]"},
		{"The CPJ said 44 police officers were killed this year.", "[]"},
		{"The CPJ said 44 of its officers were killed this year.", "[]"},
	})
}

// "52 federal, state, county, municipal, military and campus officers
// lost their lives": a list of modifiers stands between the number and
// the people it counts, and the event right after them is the metric's.
func TestExtractModifierListBeforePeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "police-killed", Unit: "people", Keywords: []string{"officers killed", "line of duty deaths"}},
		{ID: "police-wounded", Unit: "people", Keywords: []string{"officers wounded"}},
	}, []tracker.Actor{{Name: "NLEOMF", Role: tracker.Confirmer, Aliases: []string{"NLEOMF"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The NLEOMF said that 52 federal, state, county, municipal, military and campus officers lost their lives in the line of duty.",
			"[police-killed=52 by NLEOMF]"},
		{"The NLEOMF said that 52 federal, state, county and campus officers were wounded, and 3 were killed.",
			"[police-wounded=52 by NLEOMF police-killed=3 by NLEOMF]"},
	})
}

// "65 homicidios ayer; con esa cifra, el acumulado asciende a 18 mil 613",
// "320 people were evacuated …, bringing the number displaced to 2,500":
// the count that brings a larger one of the same metric to its level is
// an increment; the total is the figure.
func TestExtractIncrementBringingTotal(t *testing.T) {
	es := New([]tracker.Metric{{ID: "homicides", Unit: "people", Keywords: []string{"homicidios"}}},
		[]tracker.Actor{{Name: "TResearch", Role: tracker.Confirmer, Aliases: []string{"TResearch"}}})
	en := New([]tracker.Metric{{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "evacuated"}}},
		[]tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}}})
	checkFiguresBy(t, es, []figureCase{
		{"TResearch informó que ayer se cometieron 65 homicidios dolosos; con esa cifra, el acumulado del sexenio asciende a 18 mil 613 homicidios.",
			"[homicides=18613 by TResearch]"},
		// no total after it: the count stands
		{"TResearch informó que ayer se cometieron 65 homicidios dolosos, con lo que se superó la media.", "[homicides=65 by TResearch]"},
	})
	checkFiguresBy(t, en, []figureCase{
		{"320 people were evacuated over the previous 24 hours, bringing the number displaced to more than 2,500, OCHA said.",
			"[displaced=2500 by OCHA]"},
	})
}

// "Una persona murió": a Spanish article before a noun for one person and
// the event that befell them counts one; before anything else it is an
// article ("una persona de 40 años", "una cifra").
func TestExtractOnePersonEventInSpanish(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "fallecidos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"heridos"}},
	}, []tracker.Actor{{Name: "Policía", Role: tracker.Claimant, Aliases: []string{"Policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Una persona murió y al menos 21 resultaron heridas por disparos, informó la Policía.", "[deaths=1 by Policía injured=21 by Policía]"},
		{"Una mujer ha muerto y 34 personas resultaron heridas, informó la Policía.", "[deaths=1 by Policía injured=34 by Policía]"},
		{"La Policía informó de 3 muertos, una cifra provisional, y una persona dio la alarma.", "[deaths=3 by Policía]"},
	})
}

// A group by sex or age ("41 women", "78 niños") is a part of a larger
// count given before it or beside it; with none, it is everyone the text
// counts: "At least 41 women died when a riot tore through a women's
// prison".
func TestExtractDemographicGroupAsWhole(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died", "killed", "murieron"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"the government"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least 41 women died on Tuesday when a riot tore through a women's prison, the government said.", "[deaths=41 by Government]"},
		{"At least 100 people died on Tuesday, among them 41 women, the government said.", "[deaths=100 by Government]"},
		{"At least 100 people died on Tuesday, the government said. Some 41 women were killed in the riot, the government said.",
			"[deaths=100 by Government]"},
	})
}

// A count placed in a province or a region is a part of a larger count
// the text gave before it or beside it; with none, it is the count of
// what the text reports: "al menos 15 muertos en la provincia de Guayas".
func TestExtractPlacedCountAsWhole(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "murieron"}}},
		[]tracker.Actor{{Name: "Gobierno", Role: tracker.Claimant, Aliases: []string{"el Gobierno"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Gobierno informó de al menos 15 muertos en la provincia de Guayas tras las lluvias.", "[deaths=15 by Gobierno]"},
		{"El Gobierno informó de 40 muertos en todo el país. Hubo al menos 15 muertos en la provincia de Guayas, según el Gobierno.",
			"[deaths=40 by Gobierno]"},
	})
}

// "contamos 56 afectados; por desgracia, 21 de ellos fallecieron": a share
// "of them" whose verb is a metric's event, of a count no metric takes, is
// a count of that metric; of a count of the same metric it stays a part.
func TestExtractShareOfUntrackedCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "fallecidos"}},
		{ID: "hospitalised", Unit: "people", Keywords: []string{"hospitalizados", "intoxicados"}},
	}, []tracker.Actor{{Name: "Salud", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{`"Por ahora contamos 56 afectados; por desgracia, 21 de ellos fallecieron", dijo un portavoz de la Secretaría de Salud.`,
			"[deaths=21 by Salud]"},
		{`"Por ahora contamos 56 muertos; 21 de ellos fallecieron en el hospital", dijo un portavoz de la Secretaría de Salud.`,
			"[deaths=56 by Salud]"},
	})
}

// "443 of the escaped inmates have been recaptured": a part of a term
// whose verb is another metric's event counts that metric; "14 of the
// escaped inmates are women" stays a part.
func TestExtractPartDoesOther(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "escaped", Unit: "people", Keywords: []string{"escaped", "broke out"}},
		{ID: "recaptured", Unit: "people", Keywords: []string{"recaptured", "rearrested"}},
	}, []tracker.Actor{{Name: "NCoS", Role: tracker.Claimant, Aliases: []string{"NCoS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The NCoS said 443 of the escaped inmates have been recaptured.", "[recaptured=443 by NCoS]"},
		{"The NCoS said 14 of the escaped inmates are women.", "[]"},
	})
}

// "125 figuran como secuestrados y 45 como detenidos": a Spanish verb in
// the present after a bare count is no noun, and a bare count is what it
// is listed "como" / "as".
func TestExtractListedAs(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "injured", Unit: "people", Keywords: []string{"heridos"}},
		{ID: "kidnapped", Unit: "people", Keywords: []string{"secuestrados", "detenidos"}},
	}, []tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La OCHA detalló que 308 cooperantes resultaron heridos, mientras que 125 figuran como secuestrados y 45 como detenidos.",
			"[injured=308 by OCHA kidnapped=125 by OCHA kidnapped=45 by OCHA]"},
	})
}

// "2.560.718 personas inscritas como desempleadas": the people a register
// lists are counted as what it lists them as, here a state that only
// inflects a keyword; so are those it recognises as such ("1,258 people
// recognised as political prisoners").
func TestExtractPeopleListedAs(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "claims", Unit: "claims", Keywords: []string{"jobless claims", "subsidio de desempleo"}},
		{ID: "job-losses", Unit: "jobs", Keywords: []string{"layoffs", "despidos"}},
		{ID: "unemployed", Unit: "people", Keywords: []string{"unemployed", "jobless", "unemployment", "out of work", "desempleados", "parados", "paro", "desocupados", "desempleo"}},
	}, []tracker.Actor{{Name: "Labour Ministry", Role: tracker.Claimant, Aliases: []string{"Labour Ministry", "Ministerio de Trabajo"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio de Trabajo contó 2.560.718 personas inscritas como desempleadas.", "[unemployed=2560718 by Labour Ministry]"},
		{"El Ministerio de Trabajo contó 2.560.718 personas registradas como desempleados.", "[unemployed=2560718 by Labour Ministry]"},
		{"The Labour Ministry counted 2,560,718 people listed as jobless.", "[unemployed=2560718 by Labour Ministry]"},
		{"There are now 2,560,718 people recognised as jobless, the Labour Ministry said.", "[unemployed=2560718 by Labour Ministry]"},
		{"El Ministerio de Trabajo contó 2.560.718 personas reconocidas como desempleadas.", "[unemployed=2560718 by Labour Ministry]"},
		{"The Labour Ministry counted 2,560,718 people as well as 300 firms.", "[]"},
	})
}

// A count placed in a province is a part only beside a larger count of
// its own kind: a list of counts of different things placed together is
// each a figure ("2.314 casos confirmados, nueve defunciones y 187
// hospitalizaciones en el estado de Chihuahua").
func TestExtractPlacedListOfKinds(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "cases", Keywords: []string{"casos", "cases"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"defunciones", "muertos", "fallecidos"}},
		{ID: "hospitalized", Unit: "people", Keywords: []string{"hospitalizaciones", "hospitalizados"}},
	}, []tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Secretaría de Salud contabiliza 2.314 casos confirmados de sarampión, nueve defunciones y 187 hospitalizaciones en el estado de Chihuahua.",
			"[cases=2314 by Health Ministry deaths=9 by Health Ministry hospitalized=187 by Health Ministry]"},
		// beside a larger count of the same kind, the province's is a part
		{"La Secretaría de Salud contabiliza 237 fallecidos en todo el país, 229 muertos en la provincia de Valencia.",
			"[deaths=237 by Health Ministry]"},
	})
}

// A wire agency that the tracker lists, named in the dateline, states the
// figures its lead gives with no other source; a source named in the
// sentence, listed or not, keeps its figure, and later paragraphs are not
// the lead.
func TestExtractDatelineAgency(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "fallecidos"}},
		{ID: "cases", Unit: "cases", Keywords: []string{"cases", "casos"}},
	}, []tracker.Actor{
		{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}},
		{Name: "Reuters", Role: tracker.Reporter, Aliases: []string{"Reuters"}},
		{Name: "EFE", Role: tracker.Reporter, Aliases: []string{"EFE"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"PORT SUDAN, Sept 15 (Reuters) - Cholera deaths in Darfur have risen to 1,013.", "[deaths=1013 by Reuters]"},
		{"Maputo, 14 feb (EFE).- Los casos de cólera ascienden a 4.212 y los fallecidos son ya 51.", "[cases=4212 by EFE deaths=51 by EFE]"},
		{"PORT SUDAN (Reuters) - The outbreak is spreading. Cholera deaths in Darfur have risen to 1,013.", "[deaths=1013 by Reuters]"},
		{"GENEVA (Reuters) - The WHO said cholera deaths had risen to 1,013.", "[deaths=1013 by WHO]"},
		{"PORT SUDAN (Reuters) - The outbreak is spreading.\n\nCholera deaths in Darfur have risen to 1,013.", "[]"},
		{"PORT SUDAN (AFP) - Cholera deaths in Darfur have risen to 1,013.", "[]"},
		{"Cholera deaths in Darfur have risen to 1,013, a health official told Reuters.", "[]"},
		// a dateline of a place alone before the bracket ("LEWISTON
		// (Reuters)") is no name the agency abbreviates
		{"LEWISTON (Reuters) — The shooting on Wednesday caused at least 16 deaths.", "[deaths=16 by Reuters]"},
		{"LILONGÜE (EFE) — El ciclón ha dejado ya 438 fallecidos, según informó el departamento de desastres.", "[]"},
		{"GENEVA (Reuters) - The WHO recorded 40 deaths in the outbreak.", "[deaths=40 by WHO]"},
	})
}

// A definite title noun as the source ("según la funcionaria", "according
// to the official") refers back to the actor the sentence before named.
func TestExtractTitleNounRefersBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "death toll", "fallecidos"}}},
		[]tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry", "Ministerio del Interior"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Una portavoz del Ministerio del Interior compareció el viernes en Quito. Según la funcionaria, el número de fallecidos asciende ya a 239.",
			"[deaths=239 by Interior Ministry]"},
		{"A spokeswoman for the Interior Ministry spoke on Friday. According to the official, the death toll has risen to 239.",
			"[deaths=239 by Interior Ministry]"},
		// nobody named before
		{"Rescuers worked through the night. According to the official, the death toll has risen to 239.", "[]"},
	})
}

// "head of" counts what follows it: "7.1 million head of livestock have
// perished" is a count of livestock.
func TestExtractHeadOfLivestock(t *testing.T) {
	e := New([]tracker.Metric{{ID: "livestock-deaths", Unit: "animals", Keywords: []string{"livestock deaths", "dead livestock", "animals died"}}},
		[]tracker.Actor{{Name: "FAO", Role: tracker.Confirmer, Aliases: []string{"FAO"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The FAO said more than 7.1 million head of livestock have perished in Mongolia so far this year.",
			"[livestock-deaths=7100000 by FAO]"},
		{"The FAO said more than 7.1 million livestock have perished in Mongolia so far this year.", "[livestock-deaths=7100000 by FAO]"},
		// at risk of dying: not dead
		{"The FAO said about 30 million head of livestock are at risk of dying in the drought.", "[]"},
	})
}

// Synonyms the lexicon gives the common counts: "succumbed", "brought to
// the surface", "sufrieron heridas".
func TestExtractLexiconSynonyms(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
		{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}},
	}, []tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross said 1,217 people had succumbed to cholera.", "[deaths=1217 by Red Cross]"},
		{"The Red Cross said 40 miners were brought to the surface within an hour.", "[rescued=40 by Red Cross]"},
		{"The Red Cross said more than 850 people were plucked from the water.", "[rescued=850 by Red Cross]"},
		{"Según la Cruz Roja, 12 personas sufrieron heridas.", "[injured=12 by Red Cross]"},
		{"La Cruz Roja logró poner a salvo a 60 personas.", "[rescued=60 by Red Cross]"},
		{"Según la Cruz Roja, solo dos pasajeros se salvaron.", "[rescued=2 by Red Cross]"},
		{"Seis personas fueron encontradas sin vida, según la Cruz Roja.", "[deaths=6 by Red Cross]"},
	})
	arrests := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}}},
		[]tracker.Actor{{Name: "DEA", Role: tracker.Claimant, Aliases: []string{"Drug Enforcement Administration", "DEA"}}})
	checkFiguresBy(t, arrests, []figureCase{
		{"The DEA said its agents had taken 617 people linked to the cartel into custody.", "[arrested=617 by DEA]"},
	})
	deported := New([]tracker.Metric{{ID: "deported", Unit: "people", Keywords: []string{"deported", "deportados"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, deported, []figureCase{
		{"La Cruz Roja informó de la repatriación forzosa de 200 migrantes.", "[deported=200 by Red Cross]"},
	})
	strikers := New([]tracker.Metric{{ID: "strikers", Unit: "people", Keywords: []string{"strikers", "huelguistas"}}},
		[]tracker.Actor{{Name: "Union", Role: tracker.Claimant, Aliases: []string{"the union", "el sindicato"}}})
	checkFiguresBy(t, strikers, []figureCase{
		{"The union said 10,000 workers walked off the job.", "[strikers=10000 by Union]"},
		{"Unos 10.000 trabajadores secundaron el paro, según el sindicato.", "[strikers=10000 by Union]"},
		{"About two million people took part in the stoppage, the union said.", "[strikers=2000000 by Union]"},
	})
	more := New([]tracker.Metric{
		{ID: "voters", Unit: "people", Keywords: []string{"voters", "votantes"}},
		{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
		{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}},
		{ID: "kidnapped", Unit: "people", Keywords: []string{"kidnapped", "secuestrados"}},
	}, []tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, more, []figureCase{
		{"Según la Cruz Roja, 21,4 millones de ciudadanos ejercieron su derecho al voto.", "[voters=21400000 by Red Cross]"},
		{"Según la Cruz Roja, una docena de pasajeros sigue sin dar señales de vida.", "[missing=12 by Red Cross]"},
		{"The Red Cross brought 99 people safely ashore at the port.", "[rescued=99 by Red Cross]"},
		{"Close to 500 children were snatched from their schools, the Red Cross said.", "[kidnapped=500 by Red Cross]"},
		{"Sesenta y un migrantes fueron auxiliados por la salvamar, según la Cruz Roja.", "[rescued=61 by Red Cross]"},
	})
	strike := New([]tracker.Metric{
		{ID: "hunger-strikers", Unit: "people", Keywords: []string{"hunger strike", "huelga de hambre"}},
		{ID: "released", Unit: "people", Keywords: []string{"released", "liberados"}},
		{ID: "cases", Unit: "people", Keywords: []string{"cases", "casos"}},
		{ID: "without-power", Unit: "customers", Keywords: []string{"without power", "sin luz"}},
	}, []tracker.Actor{{Name: "Observatory", Role: tracker.Confirmer, Aliases: []string{"the observatory", "el observatorio"}}})
	checkFiguresBy(t, strike, []figureCase{
		{"Fourteen detainees have stopped eating, the observatory said.", "[hunger-strikers=14 by Observatory]"},
		{"Según el observatorio, 35 privados de libertad rechazan los alimentos.", "[hunger-strikers=35 by Observatory]"},
		{"The observatory said 215 children had been handed over by the armed group.", "[released=215 by Observatory]"},
		{"Unas 8.000 personas han contraído el cólera, según el observatorio.", "[cases=8000 by Observatory]"},
		{"Power is still out for some 1,800 customers, the observatory said.", "[without-power=1800 by Observatory]"},
	})
	crowd := New([]tracker.Metric{{ID: "protesters", Unit: "people", Keywords: []string{"protesters", "manifestantes"}}},
		[]tracker.Actor{{Name: "Organisers", Role: tracker.Claimant, Aliases: []string{"organisers", "organizadores"}}})
	checkFiguresBy(t, crowd, []figureCase{
		{"Organisers said just under a quarter of a million people had packed the streets.", "[protesters=250000 by Organisers]"},
		{"Según los organizadores, 30.000 personas abarrotaron la plaza.", "[protesters=30000 by Organisers]"},
		{"«Hoy salieron a la calle más de 800.000 personas», afirmaron los organizadores.", "[protesters=800000 by Organisers]"},
		// officers deployed for a march are not its marchers
		{"Los organizadores dijeron que la policía desplegó a más de 1.200 agentes durante la marcha.", "[]"},
	})
}

// The number's own noun, a keyword of one metric outside every concept,
// says what it counts, over a farther term of another metric in a phrase
// of circumstance: "143 detenidos durante la jornada de protestas" counts
// arrests. A predicate after the noun still decides ("406 political
// prisoners had been freed").
func TestExtractOwnNounKeywordOverCircumstance(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "protesters", Unit: "people", Keywords: []string{"protesters", "demonstrators", "marchers", "turnout", "manifestantes",
			"asistentes", "participantes"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"arrests", "arrested", "detained", "detenidos", "detenciones", "arrestados"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Carabineros"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Carabineros informó de 143 detenidos durante la jornada de protestas del jueves.", "[arrests=143 by Police]"},
		{"Carabineros informó de 143 detenidos.", "[arrests=143 by Police]"},
	})
	prisoners := New([]tracker.Metric{
		{ID: "released", Unit: "people", Keywords: []string{"released", "freed"}},
		{ID: "held", Unit: "people", Keywords: []string{"political prisoners", "still held"}},
	}, []tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Delcy Rodriguez"}}})
	checkFiguresBy(t, prisoners, []figureCase{
		{"Delcy Rodriguez said on Wednesday that 406 political prisoners had been freed so far.", "[released=406 by Government]"},
	})
	// a keyword of the releases on the people, and a relative clause or a
	// verb before that says otherwise
	loose := New([]tracker.Metric{
		{ID: "released", Unit: "people", Keywords: []string{"political prisoners", "released"}},
		{ID: "held", Unit: "people", Keywords: []string{"remain in detention", "still held"}},
	}, []tracker.Actor{{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}}})
	checkFiguresBy(t, loose, []figureCase{
		{"There are also 777 political prisoners who remain in detention, according to Foro Penal.", "[held=777 by Foro Penal]"},
	})
}

// A candidate's votes are a share of the votes cast, unless a metric
// counts that candidate's votes: then they are its figure.
func TestExtractCandidateVotesOfTrackedCandidate(t *testing.T) {
	actors := []tracker.Actor{{Name: "ONPE", Role: tracker.Confirmer, Aliases: []string{"ONPE"}}}
	cast := tracker.Metric{ID: "votes-cast", Unit: "votes", Keywords: []string{"votes cast", "ballots cast", "votos emitidos"}}
	withCandidate := New([]tracker.Metric{cast,
		{ID: "votes-ferrer", Unit: "votes", Keywords: []string{"votes for Ferrer", "Ferrer", "votos para Ferrer"}},
	}, actors)
	checkFiguresBy(t, withCandidate, []figureCase{
		{"Ferrer won 10,684,117 votes, ONPE figures showed.", "[votes-ferrer=10684117 by ONPE]"},
		{"Ferrer obtuvo 10.684.117 votos, según datos de la ONPE.", "[votes-ferrer=10684117 by ONPE]"},
	})
	// the whole after "out of" with its own participle is a count too
	checkFiguresBy(t, withCandidate, []figureCase{
		{"According to the ONPE, Ferrer received 10,684,117 votes, out of 21,604,771 ballots cast.",
			"[votes-ferrer=10684117 by ONPE votes-cast=21604771 by ONPE]"},
	})
	castOnly := New([]tracker.Metric{cast}, actors)
	checkFiguresBy(t, castOnly, []figureCase{
		{"Ferrer won 10,684,117 votes, ONPE figures showed.", "[]"},
	})
}

// A qualifier belongs to its number and parts it from no verb: "freed
// more than 200 hostages" frees them as "freed 200 hostages" does.
func TestExtractQualifierBetweenVerbAndNumber(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "released", Unit: "people", Keywords: []string{"released", "freed", "liberados"}},
		{ID: "held", Unit: "people", Keywords: []string{"still held", "captivity", "rehenes", "hostages"}},
	}, []tracker.Actor{{Name: "SLF", Role: tracker.Claimant, Aliases: []string{"SLF", "Frente de Liberación del Sur"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The SLF said it had freed 200 hostages.", "[released=200 by SLF]"},
		{"The SLF said it had freed more than 200 hostages.", "[released=200 by SLF]"},
		{"The SLF said it had freed just under two hundred hostages.", "[released=200 by SLF]"},
		{"El Frente de Liberación del Sur liberó a poco más de 200 rehenes.", "[released=200 by SLF]"},
		{"'So far 27 hostages have been freed and 31 are still in their hands,' the SLF said.", "[released=27 by SLF held=31 by SLF]"},
		{"The SLF said it still held more than 200 hostages.", "[held=200 by SLF]"},
	})
}

// A keyword of one metric, with no concept of its own, names that
// metric's count for the figure a later sentence gives: "un nuevo balance
// de detenidos. El número asciende a 1.906".
func TestExtractKeywordCarriesToNextSentence(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrests", Unit: "people", Keywords: []string{"arrests", "detenidos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"heridos"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Carabineros"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Carabineros entregó el martes un nuevo balance de detenidos. El número asciende a 1.906, según Carabineros.",
			"[arrests=1906 by Police]"},
		{"Carabineros entregó el martes un nuevo balance. El número asciende a 1.906, según Carabineros.", "[]"},
	})
}

// A relative clause on the people counted says what they were; the main
// predicate says what the count is of: "los 13 mineros que permanecían
// atrapados fueron rescatados" counts rescues.
func TestExtractRelativeStateMainPredicate(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "trapped", Unit: "people", Keywords: []string{"trapped", "atrapados"}},
		{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}},
	}, []tracker.Actor{{Name: "Civil Protection", Role: tracker.Claimant, Aliases: []string{"Civil Protection", "Protección Civil"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Protección Civil informó que los 13 mineros que permanecían atrapados fueron rescatados.", "[rescued=13 by Civil Protection]"},
		{"Civil Protection said the 13 miners who remained trapped were rescued on Saturday.", "[rescued=13 by Civil Protection]"},
		{"Protección Civil informó que 13 mineros permanecían atrapados.", "[trapped=13 by Civil Protection]"},
	})
}

// An actor's alias that is the noun a number counts names the people
// counted, not the source: "79 police officers were injured", "79 policías
// resultaron heridos".
func TestExtractActorNounCountedIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "detenidos"}},
		{ID: "police-injured", Unit: "people", Keywords: []string{"officers injured", "policías heridos", "heridos"}},
	}, []tracker.Actor{
		{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry", "Ministerio del Interior"}},
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"The Interior Ministry said 1,311 people were arrested overnight and 79 police officers were injured as rioting spread.",
			"[arrests=1311 by Interior Ministry police-injured=79 by Interior Ministry]"},
		{"Police said 1,311 people were arrested overnight.", "[arrests=1311 by Police]"},
	})
}

// The participle after the noun of a figure says what happened to the
// people counted: "the number of political prisoners released" counts
// releases, "the number of political prisoners" those held.
func TestExtractFigureNounWithParticiple(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "prisoners-released", Unit: "people", Keywords: []string{"released", "freed", "excarcelados", "liberados"}},
		{ID: "prisoners-held", Unit: "people", Keywords: []string{"political prisoners", "still held", "presos políticos"}},
	}, []tracker.Actor{{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Foro Penal put the number of political prisoners released at 56.", "[prisoners-released=56 by Foro Penal]"},
		{"Foro Penal put the number of political prisoners at 863.", "[prisoners-held=863 by Foro Penal]"},
	})
}

// A disputer that goes on to state its own count states it: "denied
// claims that it held 120 hostages, saying it held only 35", "desmintió
// que … y aseguró que la cifra de fallecidos es de 6". The disputed number
// stays denied.
func TestExtractDisputerStatesItsOwnCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "held", Unit: "people", Keywords: []string{"still held", "captivity", "rehenes", "hostages"}},
		{ID: "killed", Unit: "people", Keywords: []string{"killed", "dead", "muertos", "fallecidos"}},
	}, []tracker.Actor{
		{Name: "SLF", Role: tracker.Claimant, Aliases: []string{"Southern Liberation Front", "Frente de Liberación del Sur"}},
		{Name: "CDN", Role: tracker.Claimant, Aliases: []string{"Carbonífera del Norte"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"The Southern Liberation Front denied government claims that it was still holding 120 hostages, saying it held only 35.",
			"[held=35 by SLF]"},
		{"The Southern Liberation Front denied that it held 120 hostages, insisting that 35 remained in captivity.", "[held=35 by SLF]"},
		{"El Frente de Liberación del Sur negó que retuviera a 120 rehenes, asegurando que son 35.", "[held=35 by SLF]"},
		{"Carbonífera del Norte desmintió que 30 mineros hubieran muerto y aseguró que la cifra de fallecidos es de 6.",
			"[killed=6 by CDN]"},
		{"The Southern Liberation Front denied government claims that it was still holding 120 hostages.", "[]"},
	})
}

// A weekday, "ayer" or a part of a day ("en la madrugada del domingo")
// between a verb and its object says when, and does not part them: "liberó el lunes a 12 rehenes" frees the hostages as
// "liberó a 12 rehenes" does.
func TestExtractDayBetweenVerbAndObject(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "released", Unit: "people", Keywords: []string{"released", "freed", "liberados", "liberación"}},
		{ID: "held", Unit: "people", Keywords: []string{"still held", "captivity", "rehenes", "secuestrados"}},
	}, []tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry", "Ministerio del Interior"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio del Interior informó de que la guerrilla liberó a 12 rehenes.", "[released=12 by Interior Ministry]"},
		{"El Ministerio del Interior informó de que la guerrilla liberó el lunes a 12 rehenes.", "[released=12 by Interior Ministry]"},
		{"El Ministerio del Interior informó de que la guerrilla liberó ayer a 12 rehenes.", "[released=12 by Interior Ministry]"},
		{"El Ministerio del Interior informó de que la guerrilla liberó el 3 de abril a 12 rehenes.", "[released=12 by Interior Ministry]"},
		{"El Ministerio del Interior informó de que la guerrilla liberó en la madrugada del domingo a 12 rehenes, secuestrados en marzo.",
			"[released=12 by Interior Ministry]"},
		{"El Ministerio del Interior informó el lunes de que la guerrilla mantiene a 12 rehenes.", "[held=12 by Interior Ministry]"},
	})
}

// A metric's unit counts things only when no term after the noun says
// another thing happened to them: "5.205 viviendas dañadas" is no count of
// homes destroyed, "5.205 viviendas" alone is.
func TestExtractUnitWithOtherEventAfter(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "deaths"}},
		{ID: "homes-destroyed", Unit: "homes", Keywords: []string{"homes destroyed", "viviendas destruidas"}},
	}, []tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La erupción dejó 51 muertos y 5.205 viviendas dañadas, según la Cruz Roja.", "[deaths=51 by Red Cross]"},
		{"La erupción dejó 51 muertos y 5.205 viviendas, según la Cruz Roja.", "[deaths=51 by Red Cross homes-destroyed=5205 by Red Cross]"},
		{"La erupción dejó 5.205 viviendas destruidas, según la Cruz Roja.", "[homes-destroyed=5205 by Red Cross]"},
		{"The eruption left 1,345 homes damaged, the Red Cross said.", "[]"},
	})
}

// "pasó de 14,1 millones en 2008 a 7,3 millones en 2024": the year right
// after a count dates that count, not the count after it.
func TestExtractYearDatesCountBeforeIt(t *testing.T) {
	e := New([]tracker.Metric{{ID: "child-labour", Unit: "people", Keywords: []string{"trabajo infantil"}}},
		[]tracker.Actor{{Name: "OIT", Role: tracker.Confirmer, Aliases: []string{"OIT"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según la OIT, el número de menores en situación de trabajo infantil pasó de 14,1 millones en 2008 a 7,3 millones en 2024.",
			"[child-labour=7300000 by OIT]"},
	})
}

// The subject of a figure verb after a dateline says what the number
// counts, even with another metric's term nearer the number: "NARATHIWAT —
// The death toll … has risen to 12, with 121 people injured", "BEIRUT
// (DPA).— El número de muertos … se ha elevado a 137 y el de heridos, a
// unos 5.000".
func TestExtractSubjectFigureAfterDateline(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"death toll", "muertos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
	}, []tracker.Actor{{Name: "Governor", Role: tracker.Claimant, Aliases: []string{"the governor", "la Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"NARATHIWAT — The death toll from Saturday's explosion at a fireworks warehouse has risen to 12, with 121 people injured, the governor said.",
			"[deaths=12 by Governor injured=121 by Governor]"},
		{"BEIRUT (DPA).— El número de muertos por las explosiones en la zona portuaria de Beirut se ha elevado a 137 y el de heridos, a unos 5.000, según la Cruz Roja.",
			"[deaths=137 by Governor injured=5000 by Governor]"},
	})
}

// The figure noun that opens a reported clause is the subject of its
// figure verb, even with another metric's term nearer the number: "the
// minister said that the number of children who have died of acute kidney
// injury had climbed to 133". A relative pronoun before the verb makes its
// own noun the subject ("al de denuncias, que ascienden a 43").
func TestExtractSubjectFigureOfReportedClause(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"died", "fallecidos"}},
		{ID: "cases", Unit: "people", Keywords: []string{"kidney injury", "insuficiencia renal"}},
		{ID: "missing", Unit: "people", Keywords: []string{"desaparición"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"health minister", "el ministro"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The health minister said on Friday that the number of children who have died of acute kidney injury had climbed to 133.",
			"[deaths=133 by Ministry]"},
		{"El ministro dijo que la cifra de niños fallecidos por insuficiencia renal aguda ascendió a 70.",
			"[deaths=70 by Ministry]"},
		{"El ministro apuntó que el número de fallecidos podría parecerse al de denuncias por desaparición, que ascienden a 43.",
			"[missing=43 by Ministry]"},
	})
}

// "siguen sin ser localizadas", "yet to be found": the missing.
func TestExtractNotYetFoundAreMissing(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "dead"}},
		{ID: "missing", Unit: "people", Keywords: []string{"desaparecidos", "missing"}},
	}, []tracker.Actor{{Name: "ONU", Role: tracker.Confirmer, Aliases: []string{"la ONU", "the UN"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según la ONU, más de 9.000 personas siguen sin ser localizadas.", "[missing=9000 by ONU]"},
		{"Según la ONU, 12 personas siguen sin ser encontradas y 3 murieron.", "[missing=12 by ONU deaths=3 by ONU]"},
	})
}

// "De acuerdo con la misma fuente, …" paragraphs after the lead that
// named the text's only source: that source, for a moderator to confirm;
// with two sources named, nobody is guessed.
func TestExtractSameSourceLongAfter(t *testing.T) {
	e := New([]tracker.Metric{{ID: "police-killed", Unit: "people", Keywords: []string{"policías asesinados"}}},
		[]tracker.Actor{
			{Name: "Causa en Común", Role: tracker.Confirmer, Aliases: []string{"Causa en Común"}},
			{Name: "SESNSP", Role: tracker.Claimant, Aliases: []string{"SESNSP"}},
		})
	body := "El informe detalla los casos por estado.\n\nGuanajuato encabeza la lista.\n\n" +
		"De acuerdo con la misma fuente, el sexenio terminó con un total de 2 mil 456 policías asesinados."
	checkFiguresBy(t, e, []figureCase{
		{"Causa en Común presentó este lunes su informe anual.\n\n" + body, "[police-killed=2456 by Causa en Común]"},
		{"Causa en Común presentó este lunes su informe anual y lo comparó con el del SESNSP.\n\n" + body, "[]"},
	})
}

// "children under five" is an age, and "will suffer" a forecast: "at least
// 132,000 children under five will suffer from acute malnutrition" gives
// no figure; "over 500 people" is a count.
func TestExtractUnderFiveAndWill(t *testing.T) {
	e := New([]tracker.Metric{{ID: "malnutrition", Unit: "people", Keywords: []string{"acute malnutrition"}}},
		[]tracker.Actor{{Name: "IPC", Role: tracker.Confirmer, Aliases: []string{"IPC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The IPC estimates that at least 132,000 children under five will suffer from acute malnutrition.", "[]"},
		{"The IPC said 132,000 children under five suffer from acute malnutrition.", "[malnutrition=132000 by IPC]"},
		{"The IPC said 132,000 children under five suffered acute malnutrition in 2024.", "[malnutrition=132000 by IPC]"},
		{"The IPC said young adolescents under 15 suffered acute malnutrition in 2024.", "[]"},
		{"The IPC report estimates that at least 132,000 children under five will suffer from acute malnutrition, twice the number it projected in May.", "[]"},
		// a bare bound after people is an age even past twenty; with its
		// noun, or past a lifetime, it is a count
		{"The IPC said people under 25 suffered acute malnutrition in 2024.", "[]"},
		{"The IPC said adults over 65 suffered acute malnutrition in 2024.", "[]"},
		{"The IPC said people over 500 suffered acute malnutrition in 2024.", "[malnutrition=500 by IPC]"},
	})
}

// "Su último recuento…", "…, señala el informe." paragraphs after the
// lead: the report of the text's only source, when no actor was named in
// the sentences just before.
func TestExtractReportOfSoleSourceLongAfter(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"asesinatos"}}},
		[]tracker.Actor{
			{Name: "Indepaz", Role: tracker.Confirmer, Aliases: []string{"Indepaz"}},
			{Name: "Defensoría", Role: tracker.Claimant, Aliases: []string{"Defensoría del Pueblo"}},
		})
	body := "La violencia se concentró en el suroeste del país.\n\nLas comunidades piden protección.\n\n" +
		"Los líderes locales temen nuevas amenazas.\n\nEn total hubo 44 asesinatos de firmantes de paz, señala el informe."
	checkFiguresBy(t, e, []figureCase{
		{"Indepaz publicó este lunes su balance anual.\n\n" + body, "[killed=44 by Indepaz]"},
		{"Indepaz publicó este lunes su balance anual, que contrasta con el de la Defensoría del Pueblo.\n\n" + body, "[]"},
	})
}

// "El documento contabiliza…" after "según el último informe de la
// BINUH, que alerta de ejecuciones a manos de la policía": the report is
// the BINUH's, though the police were named after it.
func TestExtractReportOwner(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"asesinatos", "perdieron la vida"}}},
		[]tracker.Actor{
			{Name: "BINUH", Role: tracker.Confirmer, Aliases: []string{"BINUH"}},
			{Name: "PNH", Role: tracker.Claimant, Aliases: []string{"Policía Nacional de Haití", "la policía"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Más de 1.200 personas perdieron la vida, según el último informe trimestral de la BINUH, que alerta de ejecuciones a manos de la policía.\n\n" +
			"El documento contabiliza 1.223 asesinatos en ese periodo.",
			"[killed=1200 by BINUH killed=1223 by BINUH]"},
	})
}

// "informó el fiscal de Jalisco", "según la ministra de Justicia": the
// holder of an office speaks for the institution the tracker lists by that
// name; "el secretario general" or a title with no institution named is
// nobody's.
func TestExtractOfficeHolder(t *testing.T) {
	e := New([]tracker.Metric{{ID: "bodies", Unit: "people", Keywords: []string{"cadáveres"}}},
		[]tracker.Actor{
			{Name: "Fiscalía", Role: tracker.Claimant, Aliases: []string{"Fiscalía de Jalisco", "Fiscalía de Sonora"}},
			{Name: "Justicia", Role: tracker.Claimant, Aliases: []string{"Ministerio de Justicia"}},
			{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud", "Minsa"}},
			{Name: "OMS", Role: tracker.Confirmer, Aliases: []string{"OMS", "Organización Mundial de la Salud"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Al menos 31 cadáveres han sido extraídos de dos predios, informó el fiscal de Jalisco, Luis Méndez.", "[bodies=31 by Fiscalía]"},
		{"Al menos 31 cadáveres han sido exhumados, según la ministra de Justicia.", "[bodies=31 by Justicia]"},
		// "titular" heads a ministry or a secretariat, not the WHO
		{"Al menos 31 cadáveres han sido exhumados, según la titular de Justicia.", "[bodies=31 by Justicia]"},
		{"Al menos 31 cadáveres han sido identificados, precisó el titular de Salud.", "[bodies=31 by Health Ministry]"},
		{"Al menos 31 cadáveres han sido extraídos, informó el fiscal de Chihuahua.", "[]"},
		{"Al menos 31 cadáveres han sido extraídos, informó el portavoz del secretario general.", "[]"},
	})
}

// People described by a word of the metric's population ("people who
// defended their land" for defenders) are that population; people with
// nothing said of them are broader than it. The population is what the
// keywords name ("defenders killed").
func TestExtractPeopleDescribedAsPopulation(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "Land and environmental defenders killed", Unit: "people", Keywords: []string{"defenders killed", "killed", "murdered"}}},
		[]tracker.Actor{{Name: "Global Witness", Role: tracker.Confirmer, Aliases: []string{"Global Witness"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least 212 people defending their land were murdered in 2019, Global Witness said.", "[killed=212 by Global Witness]"},
		{"At least 177 people who defended land and the environment were killed last year, Global Witness said.", "[killed=177 by Global Witness]"},
		{"At least 553 people were killed in the attacks, Global Witness said.", "[]"},
	})
}

// Two metrics whose keywords share a term: the one that counts only
// people held wins a term of being held, and of two owning the same
// concepts, the one whose name says the nearest term's concept.
func TestExtractTieBetweenMetrics(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrests", Name: "People arrested in immigration raids", Unit: "people", Keywords: []string{"arrested", "detained", "detenidos"}},
		{ID: "detention", Name: "People held in immigration detention", Unit: "people", Keywords: []string{"held in detention", "detención migratoria", "detenidos"}},
	}, []tracker.Actor{{Name: "ICE", Role: tracker.Claimant, Aliases: []string{"ICE"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Unos 377 inmigrantes seguían detenidos este jueves, informó ICE.", "[detention=377 by ICE]"},
		{"ICE said it arrested 475 people in the raid.", "[arrests=475 by ICE]"},
	})
	f := New([]tracker.Metric{
		{ID: "detained", Name: "Fishermen detained", Unit: "people", Keywords: []string{"detained", "arrested", "held"}},
		{ID: "custody", Name: "Fishermen in custody", Unit: "people", Keywords: []string{"in custody", "held"}},
	}, []tracker.Actor{{Name: "MEA", Role: tracker.Claimant, Aliases: []string{"External Affairs Ministry"}}})
	checkFiguresBy(t, f, []figureCase{
		{"Ninety-seven Indian fishermen are currently being held by Sri Lanka, the External Affairs Ministry said.", "[custody=97 by MEA]"},
		{"Sri Lanka arrested 12 Indian fishermen on Monday, the External Affairs Ministry said.", "[detained=12 by MEA]"},
	})
}

// Cancellations and delays are concepts of the lexicon: a tracker that
// lists "cancellations" and "delays" takes their other words.
func TestExtractCancellationsAndDelays(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cancelled", Name: "Flights cancelled", Unit: "flights", Keywords: []string{"cancellations", "cancelaciones"}},
		{ID: "delayed", Name: "Flights delayed", Unit: "flights", Keywords: []string{"delays", "retrasos"}},
	}, []tracker.Actor{{Name: "FlightAware", Role: tracker.Confirmer, Aliases: []string{"FlightAware"}}})
	checkFiguresBy(t, e, []figureCase{
		{"About 3,900 flights had been cancelled and roughly 1,800 were running late, FlightAware said.", "[cancelled=3900 by FlightAware delayed=1800 by FlightAware]"},
		{"Según FlightAware, las aerolíneas suprimieron 400 vuelos y otros 900 salieron con retraso.", "[cancelled=400 by FlightAware delayed=900 by FlightAware]"},
	})
}

// "Interior Minister Hanif Atmar said": a minister speaks for the one
// listed ministry named by the word before the title.
func TestExtractMinisterOfListedMinistry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"bodies", "killed"}}},
		[]tracker.Actor{
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"interior ministry", "Ministry of Tourism"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Interior Minister Hanif Atmar said on Tuesday that rescuers had pulled 24 bodies from the snow.", "[deaths=24 by Government]"},
		{"Health Minister Ana Ruiz said on Tuesday that rescuers had pulled 24 bodies from the snow.", "[]"},
	})
}

// "seven herding communities" counts communities, not people displaced;
// "436,000 housing units" are the homes a metric counts.
func TestExtractIngModifierBeforeNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "displaced", Unit: "people", Keywords: []string{"displacement", "displaced"}}},
		[]tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"OCHA has documented the displacement of at least 399 people from seven herding communities because of settler violence.",
			"[displaced=399 by OCHA]"},
	})
	homes := New([]tracker.Metric{{ID: "homes-hit", Unit: "homes", Keywords: []string{"hit", "damaged"}}},
		[]tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}}})
	checkFiguresBy(t, homes, []figureCase{
		{"OCHA said some 436,000 housing units have been damaged during the war.", "[homes-hit=436000 by OCHA]"},
	})
}

// "15 people who could be sentenced to death": what a relative clause says
// may happen to them is no count.
func TestExtractModalInRelativeClause(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "killing"}}},
		[]tracker.Actor{{Name: "Judiciary", Role: tracker.Claimant, Aliases: []string{"judiciary"}}})
	checkFiguresBy(t, e, []figureCase{
		{"There are 15 people who could be sentenced over the killing of a militiaman, the judiciary said.", "[]"},
		{"There are 15 people who were killed in the clashes, the judiciary said.", "[deaths=15 by Judiciary]"},
	})
}

// "another 37 had been injured" after a count of the killed counts the
// injured; after a count of the injured it adds to it.
func TestExtractFurtherOfOtherMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"killed"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"the police"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Nine officers were killed and a further 37 were injured, the police said.", "[killed=9 by Police injured=37 by Police]"},
		{"Nine officers were injured on Monday and a further 37 were injured on Tuesday, the police said.", "[injured=9 by Police]"},
	})
}

// "75 Jordanians", "once iraníes": people by their nationality; "21
// countries", "tres regiones" are places; "grandes" (of "Gran Bretaña")
// is no nationality.
func TestExtractPluralDemonymsArePeople(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died", "murieron", "han muerto"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The ministry said 75 Jordanians have died of heat exhaustion.", "[deaths=75 by Ministry]"},
		{"El ministerio informó de que once iraníes han muerto por insolación.", "[deaths=11 by Ministry]"},
		{"The ministry said 75 people died in 21 countries.", "[deaths=75 by Ministry]"},
		{"El ministerio informó de que murieron 1.200 colombianos.", "[deaths=1200 by Ministry]"},
		// words that only begin like a country's name are no nationality
		{"El ministerio allanó dos grandes complejos, donde murieron decenas de personas.", "[]"},
	})
}

// "temperaturas de casi 52 grados", "up to 49 degrees", "a tidal surge 10
// to 12 feet high": measures, not counts ("9.001 kilómetros cuadrados"
// still converts for a metric of area: see TestExtractConvertsLargerUnits).
func TestExtractMeasuresAreNoCounts(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"perdieron la vida", "murieron", "died"}}},
		[]tracker.Actor{{Name: "Saudi", Role: tracker.Claimant, Aliases: []string{"las autoridades saudíes", "Saudi authorities"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Las autoridades saudíes informaron de que 1.301 fieles perdieron la vida en una peregrinación castigada por temperaturas de casi 52 grados.",
			"[deaths=1301 by Saudi]"},
		{"Saudi authorities said 50 people died in temperatures of up to 49 degrees.", "[deaths=50 by Saudi]"},
	})
}

// "the 2015 epidemic, which ended with a record 1.7 million cases", "the
// worst since the epidemic of 1939, which left 30,000": the toll of an
// event an earlier year names, in a relative clause after it ("since"
// makes the year earlier even when the text names no later one; so does
// a year set before the event's noun: "a 1990 stampede that killed 1,426").
func TestExtractEarlierEventToll(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"dengue cases", "cases"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Health Ministry said 2,045,277 dengue cases were recorded so far in 2024, the highest tally since the 2015 epidemic, which ended with a record 1.7 million cases.",
			"[cases=2045277 by Ministry]"},
		{"The Health Ministry spoke of the worst outbreak since the epidemic of 1939, which left more than 30,000 cases.", "[]"},
		{"El Health Ministry habló del peor brote desde la epidemia de 1939, que dejó más de 30.000 cases.", "[]"},
		{"The Health Ministry, which has kept figures since 1990, said 198 dengue cases were recorded.", "[cases=198 by Ministry]"},
		{"The Health Ministry said 20,000 dengue cases were recorded since March of 2015, which is a record.", "[cases=20000 by Ministry]"},
		// the only year the text names: an event it dates is still a past one
		{"The Health Ministry said the outbreak is now close to the worst on record, a 1990 epidemic in the north that left 30,000 cases.", "[]"},
		{"The Health Ministry wants to prevent a repeat of the 1990 epidemic in which 30,000 cases were recorded.", "[]"},
	})
}

// "Brazil has recorded 2,045,277 dengue cases…, Brazil's Health Ministry
// said": a country that opens the sentence as the subject of a counting
// verb is where the count was made; the speaker after it gives it.
func TestExtractCountryOpensCountingSentence(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"dengue cases"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Brazil's Health Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Brazil has recorded 2,045,277 dengue cases so far in 2024, Brazil's Health Ministry said, the highest tally since the 2015 epidemic, which ended with a record 1.7 million cases.",
			"[cases=2045277 by Ministry]"},
	})
}

// A keyword that names things by what befell them ("casas calcinadas",
// "houses burned") makes its metric no count of deaths, though the
// participle is also said of people; animals still die ("aves muertas").
func TestExtractThingKeywordOwnsNoDeath(t *testing.T) {
	actors := []tracker.Actor{{Name: "Senapred", Role: tracker.Claimant, Aliases: []string{"Senapred"}}}
	homes := New([]tracker.Metric{{ID: "homes-burned", Name: "Homes burned", Unit: "homes", Keywords: []string{"houses burned", "casas calcinadas"}}}, actors)
	checkFiguresBy(t, homes, []figureCase{
		{"Según el Senapred, el incendio deja 1.250 casas calcinadas, 24 fallecidos y 5.419 damnificados.", "[homes-burned=1250 by Senapred]"},
		{"The fires killed 29 people and burned 16,000 houses, Senapred said.", "[homes-burned=16000 by Senapred]"},
	})
	birds := New([]tracker.Metric{{ID: "birds-dead", Name: "Birds dead", Unit: "birds", Keywords: []string{"aves muertas", "dead birds"}}}, actors)
	checkFiguresBy(t, birds, []figureCase{
		{"Según el Senapred, ya murieron 240.000 aves.", "[birds-dead=240000 by Senapred]"},
	})
}

// A metric whose keywords only name the people of a state ("political
// prisoners", "presos políticos", "detenidos") owns that state: "800
// people are behind bars" counts them.
func TestExtractStatePeopleKeywordsOwnTheirState(t *testing.T) {
	e := New([]tracker.Metric{{ID: "political-prisoners", Name: "Political prisoners in Venezuela", Unit: "people",
		Keywords: []string{"political prisoners", "presos políticos", "detenidos"}}},
		[]tracker.Actor{{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Foro Penal says more than 800 people are behind bars.", "[political-prisoners=800 by Foro Penal]"},
		{"Según el conteo de Foro Penal, siguen tras las rejas 336 ciudadanos.", "[political-prisoners=336 by Foro Penal]"},
		{"Foro Penal says 800 political prisoners remain in custody.", "[political-prisoners=800 by Foro Penal]"},
		// released: another event
		{"Foro Penal says 80 political prisoners were released on Sunday.", "[]"},
	})
	// a keyword that qualifies the people counted, and another event in
	// their predicate
	displaced := New([]tracker.Metric{{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "desplazados", "fled their homes"}}},
		[]tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR"}}})
	checkFiguresBy(t, displaced, []figureCase{
		{"UNHCR said 6,000 displaced people had returned to their villages in the past month.", "[]"},
		{"UNHCR said 6,000 displaced people were living in the camp.", "[displaced=6000 by UNHCR]"},
	})
}

// The bodies or remains of people held are the dead, no count of those
// held: "recovered the bodies of three hostages"; a count of deaths still
// counts them.
func TestExtractBodiesOfHeldAreNoneHeld(t *testing.T) {
	actors := []tracker.Actor{{Name: "IDF", Role: tracker.Claimant, Aliases: []string{"Israeli military"}}}
	hostages := New([]tracker.Metric{{ID: "hostages", Unit: "people", Keywords: []string{"hostages", "rehenes"}}}, actors)
	deaths := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "dead", "bodies"}}}, actors)
	checkFiguresBy(t, hostages, []figureCase{
		{"The Israeli military said it had recovered the bodies of three hostages from Gaza overnight.", "[]"},
		{"The Israeli military said Hamas still holds 59 hostages in Gaza.", "[hostages=59 by IDF]"},
	})
	checkFiguresBy(t, deaths, []figureCase{
		{"The Israeli military said it had recovered the bodies of three hostages from Gaza overnight.", "[deaths=3 by IDF]"},
	})
}

// The lexicon knows people vaccinated ("inoculated", "recibieron su
// dosis"); a keyword that negates the term ("niños no vacunados") owns no
// vaccination, and the vaccine itself is no one vaccinated.
func TestExtractVaccinationConcept(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "vaccinated", Unit: "people", Keywords: []string{"vaccinated", "vacunados"}},
		{ID: "missed", Unit: "people", Keywords: []string{"unvaccinated children", "niños no vacunados"}},
	}, []tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministry of Health", "Ministerio de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Three million people have now been inoculated, the Ministry of Health said.", "[vaccinated=3000000 by Health Ministry]"},
		{"Trescientos vecinos recibieron su dosis en el puesto móvil, indicó el Ministerio de Salud.", "[vaccinated=300 by Health Ministry]"},
		{"Según el Ministerio de Salud, más de 19,3 millones de niños fueron vacunados en todo el país.", "[vaccinated=19300000 by Health Ministry]"},
		{"The Ministry of Health said 4,000 unvaccinated children were found in the district.", "[missed=4000 by Health Ministry]"},
	})
}

// A detention term that only says "still" or "held" ("is holding",
// "todavía hay", "siguen") competes with no metric of another state: it
// says the hostages are still held.
func TestExtractPersistenceOfAnotherState(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hostages", Name: "Hostages held in Gaza", Unit: "people", Keywords: []string{"hostages", "rehenes"}}},
		[]tracker.Actor{
			{Name: "IDF", Role: tracker.Claimant, Aliases: []string{"Israeli military"}},
			{Name: "Forum", Role: tracker.Confirmer, Aliases: []string{"Foro de Familias"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Israeli military said Hamas is holding 199 hostages in Gaza.", "[hostages=199 by IDF]"},
		{"Todavía hay 109 secuestrados en Gaza, advirtió el Foro de Familias.", "[hostages=109 by Forum]"},
		{"El Foro de Familias recordó que 48 personas siguen en manos de Hamás.", "[hostages=48 by Forum]"},
	})
}

// "Officers detained 62 people": the English "detained" in the active
// voice, right before the number, arrests them; "62 remain detained" are
// held.
func TestExtractActiveDetainedIsArrest(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "arrests"}},
		{ID: "held", Unit: "people", Keywords: []string{"still held", "in custody"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police spokesperson", "the police"}}})
	checkMetricValues(t, e, []metricCase{
		{"Officers detained 62 people overnight, a police spokesperson told reporters.", []string{"arrests=62"}},
		{"Security forces arrested or detained at least 13,282 people, the police said.", []string{"arrests=13282"}},
		{"Some 62 people remain detained, the police said.", []string{"held=62"}},
	})
}

// A count of a group, or placed somewhere, is a part only beside a larger
// count of its own metric (or of none): a larger count of another metric
// given before is no total it belongs to.
func TestExtractPartOnlyOfALargerCountOfItsKind(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "homes", Unit: "homes", Keywords: []string{"homes destroyed", "viviendas destruidas"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"died", "muertos", "murieron"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}}})
	checkMetricValues(t, e, []metricCase{
		{"The storm left 3,000 homes destroyed, the ministry said. At least 41 women died, the ministry added.", []string{"homes=3000", "deaths=41"}},
		{"Según el ministerio, hay 3.000 viviendas destruidas. En la capital murieron 12 personas, añadió el ministerio.", []string{"homes=3000", "deaths=12"}},
		// beside a larger count of its own metric, still a part
		{"The ministry said 120 people died, among them 41 women.", []string{"deaths=120"}},
	})
}

// Evidence that confirms a count ("Laboratory tests have confirmed") is
// no one's statement of it: the speaker the sentence names states it.
func TestExtractEvidenceIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"infections", "cases", "casos"}}},
		[]tracker.Actor{{Name: "NCDC", Role: tracker.Claimant, Aliases: []string{"Nigeria Centre for Disease Control", "NCDC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Laboratory tests have confirmed 717 infections in 18 states, the NCDC said.", "[cases=717 by NCDC]"},
		{"Los análisis confirmaron 717 casos en 18 estados, informó el NCDC.", "[cases=717 by NCDC]"},
		// evidence with no speaker: nobody's figure
		{"Laboratory tests have confirmed 717 infections in 18 states.", "[]"},
	})
}

// An actor that the sentence before said released a report or a count
// states the unattributed count of the next sentence.
func TestExtractAnnouncedReportGoesOn(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "crossings", Unit: "people", Keywords: []string{"crossed", "crossings"}},
		{ID: "flights", Unit: "flights", Keywords: []string{"flights cancelled", "cancelled"}},
	}, []tracker.Actor{
		{Name: "SNM", Role: tracker.Claimant, Aliases: []string{"National Migration Service"}},
		{Name: "Aena", Role: tracker.Claimant, Aliases: []string{"Aena"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Panama's National Migration Service released updated figures on Monday. So far this year, 333,000 migrants have crossed the jungle.",
			"[crossings=333000 by SNM]"},
		{"Aena issued its final tally of the strike at midnight. Airlines had cancelled 310 flights, most of them on domestic routes.",
			"[flights=310 by Aena]"},
		// an actor merely doing something is no announcement
		{"Panama's National Migration Service opened a new camp on Monday. So far this year, 333,000 migrants have crossed the jungle.", "[]"},
	})
}

// A capitalised noun an actor's name is known by, alone after its article
// ("según el Observatorio" for the Observatorio Sirio de Derechos
// Humanos), names that actor even when the text never named it in full;
// not the start of another name.
func TestExtractCapitalisedHeadNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died", "muertos", "fallecidos"}}},
		[]tracker.Actor{
			{Name: "SOHR", Role: tracker.Confirmer, Aliases: []string{"Syrian Observatory for Human Rights", "Observatorio Sirio de Derechos Humanos"}},
			{Name: "Botswana", Role: tracker.Claimant, Aliases: []string{"Gobierno de Botsuana"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Según el Observatorio, unos 250 civiles han fallecido.", "[deaths=250 by SOHR]"},
		{"The Observatory said 250 civilians have died.", "[deaths=250 by SOHR]"},
		{"Según el Observatorio Venezolano de Violencia, unos 250 civiles han fallecido.", "[]"},
	})
}

// A modal after the number's noun makes the count a possibility, even a
// noun no head rule takes ("up to 900 flights could be cancelled").
func TestExtractModalAfterPlainNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "flights", Unit: "flights", Keywords: []string{"cancelled flights", "cancellations"}}},
		[]tracker.Actor{{Name: "Aena", Role: tracker.Claimant, Aliases: []string{"Aena"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Aena warned that up to 900 flights could be cancelled if the strike is extended to the weekend.", "[]"},
		{"Aena said 900 flights were cancelled on Monday.", "[flights=900 by Aena]"},
	})
}

// "Ríos sumó 3.200.000 votos, informó el CNE": the candidate gathered the
// votes; the council that reports them is the source.
func TestExtractVotesGatheredAreNoStatement(t *testing.T) {
	e := New([]tracker.Metric{{ID: "votes", Name: "Votes for Marta Ríos", Unit: "votes", Keywords: []string{"votes", "votos"}}},
		[]tracker.Actor{{Name: "CNE", Role: tracker.Claimant, Aliases: []string{"Consejo Nacional Electoral", "CNE"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Ríos sumó 3.200.000 votos, informó el CNE.", "[votes=3200000 by CNE]"},
		// the candidate alone is no source
		{"Ríos sumó 3.200.000 votos.", "[]"},
	})
}

// "frente a" compares counts ("frente a los 326 del balance anterior") but
// before a place it says where: "frente a la sede" opens no clause of
// another source.
func TestExtractFrenteALocative(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos", "arrestados"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Policía Nacional"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Al menos seis manifestantes fueron arrestados frente a la sede socialista, informaron fuentes de la Policía Nacional.", "[arrested=6 by Police]"},
	})
}

// "Victims" is a weak concept: a term only for a metric whose keywords
// count victims ("landmine victims"), so "11.408 víctimas de estos
// artefactos" counts them.
func TestExtractVictimsConcept(t *testing.T) {
	e := New([]tracker.Metric{{ID: "mine-victims", Unit: "people", Keywords: []string{"landmine victims", "víctimas de minas"}}},
		[]tracker.Actor{{Name: "ICRC", Role: tracker.Confirmer, Aliases: []string{"ICRC", "CICR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según el CICR, el país suma 11.408 víctimas de estos artefactos.", "[mine-victims=11408 by ICRC]"},
		{"The ICRC documented 230 victims of anti-personnel mines last year.", "[mine-victims=230 by ICRC]"},
	})
}

// Evacuation and displacement both say that people left their homes: a
// tracker that counts one and not the other takes both's terms.
func TestExtractEvacuationAndDisplacementSiblings(t *testing.T) {
	actors := []tracker.Actor{{Name: "SINAE", Role: tracker.Claimant, Aliases: []string{"National Emergency System", "Sistema Nacional de Emergencias"}}}
	alone := New([]tracker.Metric{{ID: "evacuated", Unit: "people", Keywords: []string{"evacuated", "evacuados"}}}, actors)
	checkFiguresBy(t, alone, []figureCase{
		{"Nearly 13,000 people have been forced from their homes by the flooding, the National Emergency System said.", "[evacuated=13000 by SINAE]"},
	})
	both := New([]tracker.Metric{
		{ID: "evacuated", Unit: "people", Keywords: []string{"evacuated", "evacuados"}},
		{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "desplazados"}},
	}, actors)
	checkFiguresBy(t, both, []figureCase{
		{"Nearly 13,000 people have been forced from their homes by the flooding, the National Emergency System said.", "[displaced=13000 by SINAE]"},
	})
}

// A metric whose keyword names people held ("detained", "detenidos")
// owns the event whose passive that keyword is ("were detained",
// "fueron detenidas") when no other metric counts arrests.
func TestExtractStateKeywordOwnsItsPassive(t *testing.T) {
	actors := []tracker.Actor{{Name: "Gobierno de Colombia", Role: tracker.Claimant, Aliases: []string{"Gobierno de Colombia", "Colombian government"}}}
	alone := New([]tracker.Metric{{ID: "detained", Name: "Detained", Unit: "people", Keywords: []string{"detained", "detenidos"}}}, actors)
	checkFiguresBy(t, alone, []figureCase{
		{"600 people were detained, the Colombian government said.", "[detained=600 by Gobierno de Colombia]"},
		{"El Gobierno de Colombia dijo que 600 personas fueron detenidas.", "[detained=600 by Gobierno de Colombia]"},
		{"The Colombian government said 600 people remain detained.", "[detained=600 by Gobierno de Colombia]"},
	})
	// with a metric of arrests beside it, the arrests are that metric's
	both := New([]tracker.Metric{
		{ID: "held", Name: "Held", Unit: "people", Keywords: []string{"detained", "detenidos"}},
		{ID: "arrests", Name: "Arrests", Unit: "people", Keywords: []string{"arrested", "arrestados"}},
	}, actors)
	checkFiguresBy(t, both, []figureCase{
		{"600 people were detained, the Colombian government said.", "[arrests=600 by Gobierno de Colombia]"},
	})
}

// "la Defensa Civil saudí", "Egyptian police", "las autoridades egipcias":
// a state body named by its country's adjective stands for the claimant
// that names that country, when it is the source; it never stands for
// another of the state's bodies, nor for two countries at once.
func TestExtractStateBodyOfCountry(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "murieron", "died", "dead"}},
		{ID: "injured", Unit: "people", Keywords: []string{"heridos", "injured"}},
	}, []tracker.Actor{
		{Name: "Saudi", Role: tracker.Claimant, Aliases: []string{"Saudi authorities", "Arabia Saudí"}},
		{Name: "Egypt", Role: tracker.Claimant, Aliases: []string{"Egypt", "Egipto"}},
		{Name: "Air Force", Role: tracker.Claimant, Aliases: []string{"Ukrainian Air Force"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"La Defensa Civil saudí cifró el balance en al menos 87 muertos y 184 heridos.", "[deaths=87 by Saudi injured=184 by Saudi]"},
		{"Las autoridades egipcias dijeron que 31 peregrinos murieron.", "[deaths=31 by Egypt]"},
		{"Según la policía egipcia, 35 peregrinos murieron.", "[deaths=35 by Egypt]"},
		{"The Egyptian interior ministry said 12 pilgrims died.", "[deaths=12 by Egypt]"},
		{"The Saudi Civil Defence said at least 87 people died.", "[deaths=87 by Saudi]"},
		{"Según las autoridades ucranianas, 13 personas murieron.", "[]"},
		{"Egyptian and Ukrainian officials have reported 13 dead.", "[]"},
		{"La policía egipcia mató a 40 manifestantes y dejó 12 heridos, denunció la ONG.", "[]"},
	})
	// the body by another word for it: "the Israeli military" for an
	// alias "Israeli army", over the state as a whole
	idf := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died"}}},
		[]tracker.Actor{
			{Name: "Israel", Role: tracker.Claimant, Aliases: []string{"Israeli government"}},
			{Name: "IDF", Role: tracker.Claimant, Aliases: []string{"IDF", "Israeli army"}},
		})
	checkFiguresBy(t, idf, []figureCase{
		{"The Israeli military said on Thursday that 21 soldiers died in 2024.", "[deaths=21 by IDF]"},
	})
}

// "Turkish Justice Minister Bekir Bozdag said", "el ministro colombiano de
// Defensa, Pedro Sánchez, dijo": the holder of a national office named by
// its country's adjective speaks for the claimant of that country, with
// or without the holder's name.
func TestExtractTitledOfficialOfCountry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "detained", Unit: "people", Keywords: []string{"detained", "arrested", "detenidos", "arrestados"}}},
		[]tracker.Actor{
			{Name: "Turkish government", Role: tracker.Claimant, Aliases: []string{"Turkish government", "Turkey"}},
			{Name: "Gobierno de Colombia", Role: tracker.Claimant, Aliases: []string{"Gobierno de Colombia", "Colombian government"}},
			{Name: "Amnesty International", Role: tracker.Confirmer, Aliases: []string{"Amnesty International"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Roughly 6,000 people have been detained, Turkish Justice Minister Bekir Bozdag said on Sunday.", "[detained=6000 by Turkish government]"},
		{"Turkish President Tayyip Erdogan said 6,000 people had been detained.", "[detained=6000 by Turkish government]"},
		{"The Turkish interior minister said 6,000 people had been detained.", "[detained=6000 by Turkish government]"},
		{"Colombian Defence Minister Pedro Sanchez said 600 people had been detained.", "[detained=600 by Gobierno de Colombia]"},
		{"El ministro colombiano de Defensa, Pedro Sánchez, dijo que 600 personas fueron detenidas.", "[detained=600 by Gobierno de Colombia]"},
		{"Unas 600 personas han sido detenidas, según el ministro de Defensa colombiano.", "[detained=600 by Gobierno de Colombia]"},
		// the minister as the agent, not the source
		{"The Turkish interior minister ordered that 6,000 people be detained, Amnesty International said.", "[detained=6000 by Amnesty International]"},
	})
}

// "Según Amnistía": an international organisation goes by its name
// without "Internacional"; the common noun ("la ley de amnistía") names
// no one.
func TestExtractInternationalShortName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killings", Unit: "people", Keywords: []string{"homicidios", "killings"}}},
		[]tracker.Actor{{Name: "Amnesty International", Role: tracker.Confirmer, Aliases: []string{"Amnesty International", "Amnistía Internacional"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según Amnistía, se han producido más de 7.000 homicidios relacionados con las drogas.", "[killings=7000 by Amnesty International]"},
		{"Oxfam said 300 killings went unpunished, and Amnesty put the number at 900.", "[killings=900 by Amnesty International]"},
		{"Según la ley de amnistía, se investigarán 40 homicidios.", "[]"},
	})
}

// "se ejecutaron 1.383 lanzamientos": a verb before an event noun that
// the number counts carries that event out; it counts no other event
// (unlike "400 detenidos fueron liberados", where people are freed).
func TestExtractSupportVerbBeforeEventNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "evictions", Unit: "evictions", Keywords: []string{"evictions", "evicted", "desahucios", "lanzamientos", "desalojos"}}},
		[]tracker.Actor{{Name: "CGPJ", Role: tracker.Claimant, Aliases: []string{"CGPJ"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según el CGPJ, entre abril y junio se ejecutaron 1.383 lanzamientos.", "[evictions=1383 by CGPJ]"},
	})
}

// "ha superado el millar de muertos": "el millar" is a thousand, and
// passing it is at least that many.
func TestExtractPassedTheThousand(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos"}}},
		[]tracker.Actor{{Name: "Minsa", Role: tracker.Claimant, Aliases: []string{"ministra de Salud"}}})
	got := e.Extract("Según la ministra de Salud, el brote de cólera ha superado el millar de muertos.", nil)
	if len(got) != 1 || got[0].Qualifier != tracker.AtLeast || got[0].Value != 1000 {
		t.Errorf("got %+v, want one at_least 1000", got)
	}
}

// "Un anuncio gubernamental de 116 excarcelaciones contrastó con los 56
// verificados por la Cruz Roja": a participle's agent ("verificados por")
// gives the number right before it, not one farther back past it.
func TestExtractByCueTakesNearerNumber(t *testing.T) {
	e := New([]tracker.Metric{{ID: "released", Keywords: []string{"released", "excarcelados"}}},
		[]tracker.Actor{
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"the government", "el Gobierno"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Un anuncio gubernamental de 116 excarcelaciones contrastó con los 56 verificados por la Cruz Roja.",
			"[released=116 by Government released=56 by Red Cross]"},
		{"Los 56 excarcelados verificados por la Cruz Roja contrastan con el anuncio del Gobierno.", "[released=56 by Red Cross]"},
	})
}

// "300 people had been detained": the passive of detaining is the event of
// an arrest, not the state of those still held.
func TestExtractPassiveDetainedIsArrest(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrested", Keywords: []string{"arrested", "detenidos"}},
		{ID: "held", Keywords: []string{"still held", "political prisoners"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Interior Ministry said 300 people had been detained.", "[arrested=300 by Ministry]"},
		{"The Interior Ministry said 300 people were detained on Sunday.", "[arrested=300 by Ministry]"},
	})
}

// "El sindicato cifró en 800.000 los huelguistas; el Ministerio de
// Trabajo, en 300.000": a clause after a semicolon that leaves the verb
// out, keeping its preposition, gives its own actor's count.
func TestExtractElidedVerbAfterSemicolon(t *testing.T) {
	e := New([]tracker.Metric{{ID: "strikers", Keywords: []string{"strikers", "huelguistas"}}},
		[]tracker.Actor{
			{Name: "Union", Role: tracker.Claimant, Aliases: []string{"el sindicato"}},
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Trabajo"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"El sindicato cifró en 800.000 los huelguistas; el Ministerio de Trabajo, en 300.000.",
			"[strikers=800000 by Union strikers=300000 by Ministry]"},
	})
}

// "La policía mató a 20 manifestantes": the personal "a" before a verb's
// object adds no distance, so the verb (a killing) decides what is
// counted, not the noun for those it befell (protesters, who are also
// what a crowd count counts).
func TestExtractPersonalAObject(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"killed", "muertos"}},
		{ID: "arrested", Keywords: []string{"arrested", "detenidos"}},
		{ID: "attendance", Keywords: []string{"turnout", "asistentes"}},
	}, []tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La policía mató a 20 manifestantes, según la Cruz Roja.", "[deaths=20 by Red Cross]"},
		{"Las fuerzas de seguridad detuvieron a 300 manifestantes, según la Cruz Roja.", "[arrested=300 by Red Cross]"},
		{"Unos 300 manifestantes marcharon por el centro, según la Cruz Roja.", "[attendance=300 by Red Cross]"},
	})
}

// "nearly double the 23 reported last year", "triplican los 4,6 millones
// de 2023": the baseline of a multiple, in an earlier period, is a
// comparison; another source's count a multiple is compared with is a
// figure of its own.
func TestExtractMultipleOfEarlierBaseline(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "fallecimientos", "muertes"}}},
		[]tracker.Actor{
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}},
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross said 45 people were killed, nearly double the 23 reported last year.", "[deaths=45 by Red Cross]"},
		{"The Red Cross said 45 people were killed, nearly double the 23 deaths it registered in the whole of 2024.", "[deaths=45 by Red Cross]"},
		{"Según la Cruz Roja, las 3.000 muertes de este año triplican las 1.000 de 2023.", "[deaths=3000 by Red Cross]"},
		{"La Cruz Roja contó 699.271 muertes, más del doble de los 327.261 fallecimientos que la Secretaría de Salud reportó.",
			"[deaths=699271 by Red Cross deaths=327261 by Ministry]"},
	})
}

// Denials in other words: "did not believe that", "dismissed as false a
// report that", "had no evidence that", "rechazó las cifras que hablan
// de": the number denied is no one's figure.
func TestExtractDenialVariants(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "died", "muertos"}}},
		[]tracker.Actor{
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"the government", "el Gobierno"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The government said it did not believe that 45 people had been killed.", "[]"},
		{"The government dismissed as false a report that 5,000 people were killed.", "[]"},
		{"The Red Cross said it had no evidence that 100 people were killed.", "[]"},
		{"El Gobierno rechazó las cifras que hablan de 5.000 muertos.", "[]"},
		{"The government rejected the figure, saying its own count showed 300 people had died.", "[deaths=300 by Government]"},
		// ruling a number out, withdrawing one's own figure
		{"El Gobierno descartó que haya 17 muertos en Salta y aclaró que ninguno ha sido confirmado.", "[]"},
		{"The Red Cross withdrew an earlier figure of 200 killed, saying it had been based on unverified posts.", "[]"},
	})
}

// "not the 100 reported by local media", "según testigos": a number whose
// own agent or source is a kind of source no tracker lists (the press,
// witnesses, residents) is nobody's figure, even beside a tracked one.
func TestExtractGenericSourceOfNumber(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "killed", "muertos"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross said it had confirmed 45 deaths, not the 100 reported by local media.", "[deaths=45 by Red Cross]"},
		{"The Red Cross confirmed 45 deaths, not the 100 reported by witnesses.", "[deaths=45 by Red Cross]"},
		{"La Cruz Roja confirmó 45 muertos; hubo 100 muertos, según testigos.", "[deaths=45 by Red Cross]"},
		{"The Red Cross confirmed 45 deaths, not the 100 reported by the Red Cross earlier.", "[deaths=45 by Red Cross deaths=100 by Red Cross]"},
		{"The Red Cross confirmed 45 deaths on Monday. Around 200 deaths have been recorded, according to security sources.",
			"[deaths=45 by Red Cross]"},
		{"La Cruz Roja confirmó 45 muertos el lunes. Hubo unos 200 muertos en total, de acuerdo con testigos.", "[deaths=45 by Red Cross]"},
	})
}

// "Juan Pérez, portavoz de la Cruz Roja, …", "Jane Doe, a spokeswoman for
// the Red Cross, …": a two-word name that opens the sentence before its
// role is a person, and "Pérez dijo" later speaks for that actor.
func TestExtractPersonOpeningSentenceBeforeRole(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "murieron"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Juan Pérez, portavoz de la Cruz Roja, habló con la prensa. Pérez dijo que 45 personas murieron.", "[deaths=45 by Red Cross]"},
		{"Jane Doe, a spokeswoman for the Red Cross, spoke to reporters. Doe said 45 people were killed.", "[deaths=45 by Red Cross]"},
		{"Habló Pérez, portavoz de la Cruz Roja, con la prensa. Habló dijo que 45 personas murieron.", "[]"},
	})
}

// "Officials also said 60 others were injured" after the government spoke:
// bare officials speak for the one government the text named (for a
// moderator to confirm); officials of a named body, of a country, or of
// two governments do not.
func TestExtractBareOfficialsSpeakForSoleGovernment(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"killed"}},
		{ID: "injured", Keywords: []string{"injured"}},
	}, []tracker.Actor{
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"the government"}},
		{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"The government said on Monday that 45 people were killed. Officials also said 60 others were injured.",
			"[deaths=45 by Government injured=60 by Government]"},
		{"The government said on Monday that 45 people were killed. Red Cross officials said 60 others were injured.",
			"[deaths=45 by Government injured=60 by Red Cross]"},
		{"The government said on Monday that 45 people were killed. United Nations officials said 60 others were injured.",
			"[deaths=45 by Government]"},
	})
	for _, x := range e.Extract("The government said on Monday that 45 people were killed. Officials also said 60 others were injured.", nil) {
		if x.Value == 60 && !x.ActorFromFallback {
			t.Errorf("injured=60 by %s: want it marked for a moderator to confirm (ActorFromFallback)", x.Actor)
		}
	}
}

// In a text that names no government, bare officials speak for the one
// body of a state it named ("Peru's Health Ministry … Officials said"),
// never for an organisation that is no state's.
func TestExtractBareOfficialsSpeakForSoleStateBody(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"cases", "casos"}}}, []tracker.Actor{
		{Name: "Peru Health Ministry", Role: tracker.Claimant, Aliases: []string{"Peru's Health Ministry", "Minsa"}},
		{Name: "Brazil Health Ministry", Role: tracker.Claimant, Aliases: []string{"Brazil's Health Ministry"}},
		{Name: "PAHO", Role: tracker.Confirmer, Aliases: []string{"PAHO"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Peru's Health Ministry gave an update on Monday. Officials said 260,159 cases were reported.",
			"[cases=260159 by Peru Health Ministry]"},
		{"El Minsa dio su balance el lunes. Las autoridades informaron de 260.159 casos.", "[cases=260159 by Peru Health Ministry]"},
		{"PAHO gave an update on Monday. Officials said 260,159 cases were reported.", "[]"},
	})
}

// "4.5m people", "2bn", "23k people": English news glues the scale to the
// numeral; in Spanish "4,5m" is a length.
func TestExtractAbbreviatedScale(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "murieron"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross said 4.5m people were killed.", "[deaths=4500000 by Red Cross]"},
		{"The Red Cross said 12m people were killed.", "[deaths=12000000 by Red Cross]"},
		{"The Red Cross said 1.25bn people were killed.", "[deaths=1250000000 by Red Cross]"},
		{"The Red Cross said 23k people were killed.", "[deaths=23000 by Red Cross]"},
		{"The Red Cross said 2.5K people were killed.", "[deaths=2500 by Red Cross]"},
		{"The Red Cross said a man ran a 5k race before he was killed.", "[]"},
		{"La Cruz Roja dijo que una ola de 4,5m mató a 30 personas que murieron.", "[deaths=30 by Red Cross]"},
	})
}

// "At least 45 people were killed. That is the latest toll from the Red
// Cross.": a sentence with no number of its own that names the source of
// the figure (a figure noun "from", "by", "de" an actor) gives the
// figures of the sentence before it their actor.
func TestExtractNextSentenceNamesFigureSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "murieron"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least 45 people were killed in the floods. The figure was given by the Red Cross on Monday.", "[deaths=45 by Red Cross]"},
		{"At least 45 people have been killed. That is the latest toll from the Red Cross.", "[deaths=45 by Red Cross]"},
		{"Al menos 45 personas murieron. Es la última cifra de la Cruz Roja.", "[deaths=45 by Red Cross]"},
		{"At least 45 people were killed in the floods. The Red Cross sent teams to the area.", "[]"},
	})
}

// Spanish words for the missing and the expelled that a tracker's English
// keywords reach through the lexicon: "siguen sin aparecer", "se desconoce
// el paradero de", "fueron expulsadas".
func TestExtractMissingAndExpelledInSpanish(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "missing", Keywords: []string{"missing"}},
		{ID: "deported", Keywords: []string{"deported"}},
	}, []tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"ACNUR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según ACNUR, 12 personas siguen sin aparecer.", "[missing=12 by UNHCR]"},
		{"Según ACNUR, se desconoce el paradero de 12 personas.", "[missing=12 by UNHCR]"},
		{"Según ACNUR, 500 personas fueron expulsadas del país.", "[deported=500 by UNHCR]"},
	})
}

// "still being held captive" is held hostage, not "being held" in
// detention; "reducidas a escombros" is destroyed.
func TestExtractHeldCaptiveAndReducedToRubble(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "hostages", Keywords: []string{"hostages"}},
		{ID: "hospitalized", Keywords: []string{"hospitalized"}},
		{ID: "homes", Unit: "homes", Keywords: []string{"homes destroyed"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The ministry said 130 people were still being held captive.", "[hostages=130 by Ministry]"},
		{"El ministerio dijo que 2.000 casas quedaron reducidas a escombros.", "[homes=2000 by Ministry]"},
	})
}

// "The monitor said", "the war monitor said", "the rights group said"
// after an observatory or an organisation was named: a descriptor noun,
// perhaps with one modifier, refers back to it.
func TestExtractDescriptorWithModifierRefersBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Keywords: []string{"killed"}}},
		[]tracker.Actor{
			{Name: "SOHR", Role: tracker.Confirmer, Aliases: []string{"Syrian Observatory for Human Rights"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Syrian government"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Syrian Observatory for Human Rights published its report. The monitor said 45 people were killed.", "[killed=45 by SOHR]"},
		{"The Syrian Observatory for Human Rights published its report. The war monitor said 45 people were killed.", "[killed=45 by SOHR]"},
		{"The Syrian government published its report. The latest government figures show 45 people were killed.", "[killed=45 by Government]"},
	})
}

// An infinitive after a verb of deciding is a decided act, not a plan: "el
// Consejo de Estado acordó indultar a 2.604 reclusos"; after "planea" it
// is a plan.
func TestExtractDecidedInfinitiveIsAct(t *testing.T) {
	e := New([]tracker.Metric{{ID: "freed", Keywords: []string{"indultados", "excarcelados"}}},
		[]tracker.Actor{{Name: "Cuba", Role: tracker.Claimant, Aliases: []string{"Gobierno cubano"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Consejo de Estado acordó indultar a 2.604 reclusos, informó el Gobierno cubano.", "[freed=2604 by Cuba]"},
		{"El Gobierno cubano decidió excarcelar a 553 presos.", "[freed=553 by Cuba]"},
		{"El Gobierno cubano planea excarcelar a 553 presos.", "[]"},
	})
}

// "the charity said" after a charity was named refers back to it.
func TestExtractCharityRefersBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "rescues", Keywords: []string{"rescued"}}},
		[]tracker.Actor{
			{Name: "RNLI", Role: tracker.Confirmer, Aliases: []string{"RNLI", "Royal National Lifeboat Institution"}},
			{Name: "Coastguard", Role: tracker.Claimant, Aliases: []string{"HM Coastguard"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The RNLI published its annual report on Tuesday. HM Coastguard called the season busy. Lifeboat crews rescued 10,083 " +
			"people in 2014, the charity said.", "[rescues=10083 by RNLI]"},
	})
}

// The two sides of a gap in one sentence: "far more than the 45
// acknowledged by the government" (a baseline with its own source is a
// figure, not a comparison), "the government puts the toll at 45; the Red
// Cross, at 120" (a clause that leaves out the verb keeps "at").
func TestExtractBothSidesOfAGap(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "died", "death toll"}}},
		[]tracker.Actor{
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"the government"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross says 120 people have died, far more than the 45 acknowledged by the government.",
			"[deaths=120 by Red Cross deaths=45 by Government]"},
		{"The government puts the death toll at 45; the Red Cross, at 120.", "[deaths=45 by Government deaths=120 by Red Cross]"},
		{"The Red Cross says 120 people have died this year, far more than the 45 who died last year.", "[deaths=120 by Red Cross]"},
	})
}

// "The Red Cross's count of 120 dead dwarfs the government's figure of
// 45": a possessed figure noun just before the number names its source,
// nearer than the verb of counting earlier in the sentence.
func TestExtractPossessedFigureOf(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"dead", "killed"}}},
		[]tracker.Actor{
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"the government"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross's count of 120 dead dwarfs the government's figure of 45.", "[deaths=120 by Red Cross deaths=45 by Government]"},
		{"The Red Cross's count of 120 dead is nearly three times the government's figure of 45.", "[deaths=120 by Red Cross deaths=45 by Government]"},
	})
}

// "…; únicamente en la capital murieron 120": a part marker opening the
// clause after a semicolon marks its own number, not the total of the
// clause before.
func TestExtractOnlyInAfterSemicolon(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos", "murieron"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Cruz Roja cifró en 300 los muertos; únicamente en la capital murieron 120.", "[deaths=300 by Red Cross]"},
		{"La Cruz Roja cifró en 300 los muertos; solo en la capital murieron 120.", "[deaths=300 by Red Cross]"},
	})
}

// "A esa cifra se añaden 20 fallecidos": what is added to a count is an
// increment, whether the verb is "se suman", "se sumó" or "se añaden"
// (the text is folded, so the accented forms are compared folded).
func TestExtractAddedToTotalAccentedVerbs(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos", "fallecidos"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja"}}})
	for _, verb := range []string{"se suman", "se sumó", "se añaden", "se añadieron"} {
		text := "Según la Cruz Roja, a los 300 muertos del lunes " + verb + " 20 fallecidos."
		if got, want := fmt.Sprint(figuresBy(e, text)), "[deaths=300 by Red Cross]"; got != want {
			t.Errorf("Extract(%q) = %s, want %s", text, got, want)
		}
	}
}

// "The Red Cross accuses the government of hiding the toll and says more
// than 4,700 people died": the verb coordinated after the object of the
// subject's verb speaks for the subject, not for the object.
func TestExtractCoordinatedCuePastObject(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"died", "murieron"}}},
		[]tracker.Actor{
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"the government", "el Gobierno"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross accuses the government of hiding the toll and says more than 4,700 people died.", "[deaths=4700 by Red Cross]"},
		{"La Cruz Roja acusa al Gobierno de ocultar la magnitud de la tragedia y asegura que murieron más de 4.700 personas.",
			"[deaths=4700 by Red Cross]"},
	})
}

// "300 so far this year, 20 of them in the past 24 hours": a recent
// period after the numbers marks the one it stands by; before them all of
// its clause ("en las últimas horas emplearon 98 drones y dos misiles");
// never the running total a recent count brings the tally to.
func TestExtractRecentPeriodMarksItsNumber(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"died", "muertos", "murieron"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross said 300 people had died so far this year, 20 of them in the past 24 hours.", "[deaths=300 by Red Cross]"},
		{"La Cruz Roja contabiliza 300 muertos en lo que va de año, 20 de ellos en las últimas 24 horas.", "[deaths=300 by Red Cross]"},
		{"En las últimas 24 horas murieron 20 personas, con lo que el total asciende a 300, según la Cruz Roja.", "[deaths=300 by Red Cross]"},
		{"The Red Cross said 20 people died in the past 24 hours.", "[]"},
		// (a week of the calendar is that week, not the days before the report)
		{"La Cruz Roja afirmó que en la última semana de marzo murieron 203 personas en los combates.", "[deaths=203 by Red Cross]"},
		{"The Red Cross said 203 people died in the last week of March.", "[deaths=203 by Red Cross]"},
		{"La Cruz Roja afirmó que en la última semana murieron 203 personas en los combates.", "[]"},
	})
}

// The period a count is compared with does not date the count ("killed 40
// people in January and February, almost double the toll for the same two
// months of last year"), nor does the year a "since" clause starts from
// ("desde que arrancó el brote en 2022").
func TestExtractComparedPeriodDoesNotDate(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"casos", "cases", "killed"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Sanidad", "the ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Landmines killed 40 people in January and February this year, almost double the toll for the same two months of last year, the ministry said.",
			"[cases=40 by Ministry]"},
		{"The ministry said landmines killed 40 people so far this year, up from 21 in the same months of last year.", "[cases=40 by Ministry]"},
		{"El Ministerio de Sanidad ha registrado un total de 8.104 casos desde que arrancó el brote en 2022.", "[cases=8104 by Ministry]"},
		{"The ministry counted 750 cases in 2025, the most since it began recording cases in 2006.", "[cases=750 by Ministry]"},
		{"Seven people have been killed since April, when fiscal 2025 began, the highest toll since the ministry started compiling the data in fiscal 2006, the ministry said.",
			"[cases=7 by Ministry]"},
		// what the count is set against: "as many as the year before"; a
		// current period nearer the count dates it
		{"Close to 250,000 people were killed during 2022, the ministry said, almost twice as many as the year before.", "[cases=250000 by Ministry]"},
		{"El Ministerio de Sanidad ha registrado 248.901 casos en lo que va de 2023, una cifra que ya deja atrás el récord de todo el año pasado.",
			"[cases=248901 by Ministry]"},
		{"El Ministerio de Sanidad registró 500 casos en lo que va de año; el año pasado se registraron 381 casos.", "[cases=500 by Ministry]"},
		// a period that opens the sentence scopes no clause with its own
		{"El Ministerio de Sanidad registró 12 casos en 2025. El año pasado hubo ocho casos, y desde 1996 la cifra de casos asciende a 175, según el Ministerio de Sanidad.",
			"[cases=12 by Ministry cases=175 by Ministry]"},
	})
}

// "frente al mismo periodo de 2023, cuando se registraron seis", "el de
// 2018, cuando, según los registros oficiales, hubo 20": the count of the
// period compared with is no current figure, even when the text writes no
// later year or an aside stands between.
func TestExtractSamePeriodWhen(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertes", "deaths"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud", "health ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Secretaría de Salud reportó 61 muertes, un incremento de 916 por ciento frente al mismo periodo de 2023, cuando se registraron seis.",
			"[deaths=61 by Ministry]"},
		{"The health ministry reported 61 deaths, against the same period in 2023, when six deaths were recorded.", "[deaths=61 by Ministry]"},
		{"La Secretaría de Salud contó 34.220 muertes, un 22 % más que en el mismo periodo del año anterior, cuando se contabilizaron 27.961.",
			"[deaths=34220 by Ministry]"},
		{"La Secretaría de Salud reportó 40 muertes en 2024 y comparó el dato con el de 2018, cuando, según los registros oficiales, hubo 20 muertes.",
			"[deaths=40 by Ministry]"},
	})
}

// The count of an earlier period named in the possessive ("up 36 percent
// from July's 132,648", "down from last year's 412") and what "that
// compares with" are baselines, no current figure.
func TestExtractEarlierPeriodsCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertes", "deaths"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud", "health ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The health ministry recorded 181,059 deaths in August, up more than 36 percent from July's 132,648.", "[deaths=181059 by Ministry]"},
		{"The health ministry recorded 300 deaths, down from last year's 412.", "[deaths=300 by Ministry]"},
		{"The health ministry recorded 300 deaths. That compares with 68 deaths reported between January and October, the health ministry said.",
			"[deaths=300 by Ministry]"},
		{"The health ministry said the month's 300 deaths were the most since 2019.", "[deaths=300 by Ministry]"},
	})
}

// "police custody" is where, not whom: a metric named "Deaths in prison or
// police custody" counts people at large, not police officers.
func TestExtractRoleNounBeforeSettingIsNoPopulation(t *testing.T) {
	e := New([]tracker.Metric{{ID: "custody-deaths", Name: "Deaths in prison or police custody", Unit: "people",
		Keywords: []string{"died in custody", "deaths in custody"}}},
		[]tracker.Actor{{Name: "Cristosal", Role: tracker.Confirmer, Aliases: []string{"Cristosal"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least 160 people have died in custody since March 2022, Cristosal said.", "[custody-deaths=160 by Cristosal]"},
	})
}

// The staff a body has are its workforce, not a count the tracker keeps:
// "where it now has 32 staff", "la agencia tiene 40 funcionarios".
func TestExtractStaffABodyHasIsNoCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "migrants", Unit: "people", Keywords: []string{"migrants", "migrantes"}}},
		[]tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR", "ACNUR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"UNHCR has sent an emergency team to southern Mexico, where it now has 32 staff, and plans to keep reinforcing its presence " +
			"so that migrants receive accurate information.", "[]"},
		{"ACNUR envió un equipo a Tapachula, donde ahora tiene 40 funcionarios para que los migrantes reciban información.", "[]"},
	})
}

// ", donde …" after a place gives that place's count, a part ("en
// Chihuahua, donde el ministerio contabiliza 1.684"); after a country it
// gives the national count ("en la Argentina, donde ya hay 32 casos").
func TestExtractWhereAfterCountryIsNational(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"casos"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud de la Nación", "ministerio"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio de Salud de la Nación alertó del avance del sarampión en la Argentina, donde ya hay 32 casos confirmados.",
			"[cases=32 by Ministry]"},
		{"El Ministerio de Salud de la Nación contó 4.000 casos, la mayoría en Chihuahua, donde el ministerio contabiliza 1.684 casos.",
			"[cases=4000 by Ministry]"},
		// with no larger count known, the place is where the one event
		// happened: its count is the count
		{"Según el ministerio, el brote se declaró en una escuela de la zona de Tawila, donde se confirmaron 50 casos.",
			"[cases=50 by Ministry]"},
		{"El Ministerio de Salud de la Nación contó 4.000 casos. El brote más grave se declaró en la zona de Tawila, donde el ministerio confirmó 500 casos.",
			"[cases=4000 by Ministry]"},
	})
}

// A count of some of a number of places counts places: "los contagios se
// distribuyen en ocho de los nueve departamentos", "12 of the 36 states".
func TestExtractPartOfPlacesCountsPlaces(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"contagios", "cases"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud", "the ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según el Ministerio de Salud, los contagios se distribuyen en ocho de los nueve departamentos del país.", "[]"},
		{"The ministry said cases were found in 12 of the 36 states.", "[]"},
		{"The ministry said cases were found in 12 of the country's 36 states.", "[]"},
	})
}

// A part of a whole owned by a place ("238 of the province's 311
// pharmacies") is the count of its kind; the whole is a base.
func TestExtractPossessiveWholeIsBase(t *testing.T) {
	e := New([]tracker.Metric{{ID: "closed", Unit: "pharmacies", Keywords: []string{"pharmacies closed", "farmacias cerradas"}}},
		[]tracker.Actor{{Name: "College", Role: tracker.Claimant, Aliases: []string{"College of Pharmacists"}}})
	checkFiguresBy(t, e, []figureCase{
		{"According to the College of Pharmacists, 238 of the province's 311 pharmacies stayed closed.", "[closed=238 by College]"},
		{"According to the College of Pharmacists, 238 of the 311 pharmacies in the province stayed closed.", "[closed=238 by College]"},
	})
}

// A count compared with by an adjective in "-er" is a baseline: "a far
// smaller release than the 23,000 inmates it set free last year", "larger
// than the 400 of 2023".
func TestExtractComparativeAdjectiveBaseline(t *testing.T) {
	e := New([]tracker.Metric{{ID: "freed", Keywords: []string{"amnesty", "release", "set free"}}},
		[]tracker.Actor{{Name: "Junta", Role: tracker.Claimant, Aliases: []string{"Myanmar's junta"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Myanmar's junta granted amnesty to 1,619 prisoners on Sunday, a far smaller release than the 23,000 inmates it set free last year.",
			"[freed=1619 by Junta]"},
		{"Myanmar's junta granted amnesty to 1,619 prisoners, a larger release than the 400 of 2023.", "[freed=1619 by Junta]"},
	})
}

// What a count is compared with is a baseline ("un aumento del 50 % frente
// a las 260 muertes de 2021", "compared with 90 the year before"), unless
// the baseline has its own source: the other side of a gap ("22
// feminicidios, frente a 33 casos registrados por la organización").
func TestExtractComparedWithIsBaseline(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertes", "deaths", "feminicidios", "casos"}}},
		[]tracker.Actor{
			{Name: "RFESS", Role: tracker.Confirmer, Aliases: []string{"RFESS"}},
			{Name: "Causa en Común", Role: tracker.Confirmer, Aliases: []string{"Causa en Común"}},
			{Name: "Guerrero", Role: tracker.Claimant, Aliases: []string{"Guerrero"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La RFESS contabilizó 400 muertes, un aumento de más del 50 por ciento frente a las 260 muertes de 2021.", "[deaths=400 by RFESS]"},
		{"The RFESS counted 400 deaths, compared with 260 the year before.", "[deaths=400 by RFESS]"},
		{"Guerrero reportó 22 feminicidios, frente a 33 casos registrados por Causa en Común.",
			"[deaths=22 by Guerrero deaths=33 by Causa en Común]"},
	})
}

// The earlier count a new one is added to is no current figure: "5.000
// dosis más, que se añaden a las 5.300 recibidas en junio", "on top of the
// 127,000 who originally voted".
func TestExtractAddedToCountIsBaseline(t *testing.T) {
	e := New([]tracker.Metric{{ID: "strikers", Keywords: []string{"members", "huelguistas", "strike"}}},
		[]tracker.Actor{{Name: "NEU", Role: tracker.Claimant, Aliases: []string{"NEU"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The NEU said 40,000 members had joined the strike, on top of the 127,000 who originally voted for it.", "[strikers=40000 by NEU]"},
		{"El NEU sumó 2.000 huelguistas, que se añaden a los 5.300 registrados en junio.", "[strikers=2000 by NEU]"},
	})
}

// A count another one exceeds or falls short of by a share is a
// baseline: "la cifra supera en casi un 24 % las cerca de 50.800 muertes
// de 2023 y queda un 8 % por debajo de las 67.900 de 2022".
func TestExtractExceededByShareIsBaseline(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertes", "murieron"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según la OMS, murieron 62.775 personas. La cifra supera en casi un 24 % las cerca de 50.800 muertes estimadas para 2023 " +
			"y queda un 8 % por debajo de las casi 67.900 de 2022.", "[deaths=62775 by WHO]"},
		{"Según la OMS, la cifra de muertes supera en un 24 % a las 50.800 del año anterior.", "[]"},
	})
}

// A count said to be expected, set or likely to do something is a
// forecast: "200,000 teachers are expected to walk out today"; what they
// did is a figure.
func TestExtractExpectedToIsForecast(t *testing.T) {
	e := New([]tracker.Metric{{ID: "strikers", Keywords: []string{"strike", "walked out", "walk out"}}},
		[]tracker.Actor{{Name: "NEU", Role: tracker.Claimant, Aliases: []string{"NEU"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Around 200,000 teachers are expected to walk out today in the biggest strike in decades, the NEU said.", "[]"},
		{"Some 300,000 teachers were set to strike on Monday, the NEU said.", "[]"},
		{"Around 200,000 teachers walked out today in the biggest strike in decades, the NEU said.", "[strikers=200000 by NEU]"},
	})
}

// A Spanish conditional under a stated condition is a forecast ("si todas
// las ciudades respetaran los niveles, se evitarían 51.000 muertes"); the
// conditional news writes for what is reported but not confirmed ("2.870
// soldados habrían fallecido") is a figure, and "la Secretaría" is a noun.
func TestExtractSpanishConditional(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertes", "fallecido", "morirían"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS", "Secretaría de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según la OMS, si todas las ciudades respetaran los niveles recomendados, cada año se evitarían 51.000 muertes.", "[]"},
		{"La OMS calcula que, en caso de no actuar, 51.000 personas morirían cada año.", "[]"},
		{"Según la OMS, más de 2.870 personas habrían fallecido.", "[deaths=2870 by WHO]"},
		{"Si bien la Secretaría de Salud contabiliza 51.000 muertes, la cifra es provisional.", "[deaths=51000 by WHO]"},
	})
}

// A count of families or households is no count of people, and people
// who live somewhere are a population: "left 60 families homeless", "7,6
// millones de personas viven en zonas de alto riesgo".
func TestExtractFamiliesAndResidentsAreNoPeopleCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "muertes"}},
		{ID: "homeless", Unit: "people", Keywords: []string{"homeless", "sin refugio", "displaced"}}},
		[]tracker.Actor{{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"IOM", "OIM"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The IOM said the fire killed two people and left 60 families homeless.", "[deaths=2 by IOM]"},
		{"The IOM said the fire left 300 people homeless.", "[homeless=300 by IOM]"},
		{"La OIM informó de 12 muertes. La OIM estima que 7,6 millones de personas viven en zonas de alto riesgo.", "[deaths=12 by IOM]"},
		{"The IOM said some 747 million people lived through the outage and were displaced.", "[homeless=747000000 by IOM]"},
	})
}

// The size of a population a study covers or a place holds is no count:
// "covering some 540 million people", "home to 900 million", "que abarcan
// a unos 540 millones de personas", "whose population is put at 85,000".
func TestExtractPopulationSizeIsNoCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "death", "died", "muertes", "murieron"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The WHO built models from death data collected in 35 countries, covering some 540 million people.", "[]"},
		{"The WHO said 175,000 deaths a year occur in the region, home to 900 million people.", "[deaths=175000 by WHO]"},
		{"La OMS analizó datos de muertes de 35 países, que abarcan a unos 540 millones de personas.", "[]"},
		{"The WHO said 12 birds died, a species whose population is put at roughly 85,000.", "[deaths=12 by WHO]"},
		{"The WHO published a report covering 3,000 deaths in the region.", "[deaths=3000 by WHO]"},
	})
}

// A metric that measures an amount (barrels, hectares, tonnes) takes no
// count of events ("two spills", "cuatro incendios", "13 seizures"), and
// an amount per minute is a rate.
func TestExtractAmountMetricTakesNoEvents(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "oil-spilled", Unit: "barrels", Keywords: []string{"oil spill", "barrels", "spilled", "derrame", "barriles"}},
		{ID: "burned-area", Unit: "hectares", Keywords: []string{"burned", "incendios", "hectáreas quemadas"}}},
		[]tracker.Actor{{Name: "Shell", Role: tracker.Claimant, Aliases: []string{"Shell"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Shell, which this week accepted liability for two spills at Bodo, said 4,000 barrels were spilled.",
			"[oil-spilled=4000 by Shell]"},
		{"Shell admitió dos derrames y dijo que se perdieron 4.000 barriles.", "[oil-spilled=4000 by Shell]"},
		{"Shell reported four active fires that had burned 1,200 hectares.", "[burned-area=1200 by Shell]"},
		{"Shell said oil was pouring out at one to three barrels a minute.", "[]"},
		{"Shell said oil was leaking at 12 barrels per minute.", "[]"},
	})
}

// Every name of a metric's unit counts it ("tons", "metric tons" for a
// metric in tonnes), and a keyword that opens on the unit ("hectáreas de
// coca") is no clash with it.
func TestExtractUnitNamesAndUnitKeyword(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "coca-area", Unit: "hectares", Keywords: []string{"coca crops", "hectáreas de coca"}},
		{ID: "cocaine-output", Unit: "tonnes", Keywords: []string{"cocaine production", "tonnes of cocaine"}}},
		[]tracker.Actor{{Name: "UNODC", Role: tracker.Confirmer, Aliases: []string{"UNODC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Potential cocaine production climbed to 1,738 tons, the UNODC said.", "[cocaine-output=1738 by UNODC]"},
		{"The UNODC said pure cocaine production slipped to 887 metric tons.", "[cocaine-output=887 by UNODC]"},
		{"Según la UNODC, Colombia tenía 143.000 hectáreas de coca.", "[coca-area=143000 by UNODC]"},
	})
}

// What was done to an amount decides its metric over the noun that
// measures it: an act named by a keyword with no concept ("erradicación",
// "erradicaron") before "de" and the number, or as the verb that takes
// it; a verb of a concept is weighed with its concept ("killed 3,187
// animals" counts animals).
func TestExtractActOnAnAmount(t *testing.T) {
	coca := New([]tracker.Metric{
		{ID: "coca-area", Unit: "hectares", Keywords: []string{"coca crops", "hectáreas de coca"}},
		{ID: "eradicated", Unit: "hectares", Keywords: []string{"eradication", "coca destroyed", "erradicación", "erradicadas"}}},
		[]tracker.Actor{{Name: "UNODC", Role: tracker.Confirmer, Aliases: []string{"UNODC"}}})
	checkFiguresBy(t, coca, []figureCase{
		{"La UNODC reconoció la erradicación manual de 130.000 hectáreas de coca en 2020.", "[eradicated=130000 by UNODC]"},
		{"Según la UNODC, en 2011 se erradicaron en Colombia 137.794 hectáreas de coca.", "[eradicated=137794 by UNODC]"},
		{"Según la UNODC, Colombia tenía 143.000 hectáreas de coca.", "[coca-area=143000 by UNODC]"},
		// a time adverbial between the verb and what it took
		{"Según la UNODC, las autoridades han erradicado desde enero 224.478 hectáreas de coca.", "[eradicated=224478 by UNODC]"},
		{"Según la UNODC, se erradicaron el pasado mes 12.000 hectáreas de coca.", "[eradicated=12000 by UNODC]"},
	})
	animals := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "deaths"}},
		{ID: "livestock", Unit: "animals", Keywords: []string{"livestock", "animals"}}},
		[]tracker.Actor{{Name: "NDRRMA", Role: tracker.Claimant, Aliases: []string{"authority"}}})
	checkFiguresBy(t, animals, []figureCase{
		{"The strikes also killed 3,187 domestic animals, the authority said.", "[livestock=3187 by NDRRMA]"},
	})
}

// A plural copula gives the value of the noun it names: "ya son 109 las
// personas atendidas".
func TestExtractPluralCopula(t *testing.T) {
	e := New([]tracker.Metric{{ID: "treated", Keywords: []string{"hospitalised", "treated", "atendidos"}}},
		[]tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Seremi de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Seremi de Salud precisó que ya son 109 las personas atendidas.", "[treated=109 by Ministry of Health]"},
		{"Según la Seremi de Salud, eran 109 las personas atendidas el lunes.", "[treated=109 by Ministry of Health]"},
	})
}

// A metric keyword of several words matches their inflections word by
// word ("contingencia ambiental", "contingencias ambientales"), and a
// keyword that is the verb of its clause says what happened to the people
// counted ("57.314 personas recibieron tratamiento").
func TestExtractInflectedKeywordPhrases(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "alerts", Unit: "alerts", Keywords: []string{"smog alert", "contingencia ambiental", "episodio crítico"}},
		{ID: "treated", Keywords: []string{"on treatment", "reciben tratamiento", "deaths"}}},
		[]tracker.Actor{{Name: "Sedema", Role: tracker.Claimant, Aliases: []string{"Sedema", "ONUSIDA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La ciudad acumula seis contingencias ambientales, según datos de la Sedema.", "[alerts=6 by Sedema]"},
		{"Talca acumula trece episodios críticos, según la Sedema.", "[alerts=13 by Sedema]"},
		{"En 2021, 57.314 personas recibieron tratamiento, de acuerdo con ONUSIDA.", "[treated=57314 by Sedema]"},
		{"Smog alerts were declared on 12 days, Sedema said.", "[]"},
	})
}

// A span counted back from now that opens a clause ("Hace dos meses",
// "Two months ago") dates the count before the latest; one that dates
// where a running count starts ("since … began two years ago", "desde
// la firma, hace siete años") does not.
func TestExtractAgoPeriod(t *testing.T) {
	e := New([]tracker.Metric{{ID: "in-care", Keywords: []string{"in care", "tutelados"}},
		{ID: "deaths", Keywords: []string{"died", "asesinados"}}},
		[]tracker.Actor{{Name: "Gobierno de Canarias", Role: tracker.Claimant, Aliases: []string{"Gobierno de Canarias", "Indepaz", "rights group"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Hace dos meses eran 2.538 los niños tutelados, según el Gobierno de Canarias.", "[]"},
		{"Two months ago there were 2,538 children in care, the Gobierno de Canarias said.", "[]"},
		{"At least 241 people have died since the crackdown began two years ago, according to the rights group.",
			"[deaths=241 by Gobierno de Canarias]"},
		{"Según Indepaz, desde la firma del Acuerdo de Paz, hace siete años, han sido asesinados 1.563 líderes.",
			"[deaths=1563 by Gobierno de Canarias]"},
	})
}

// The value a change starts from is no current count when the value it
// reaches follows: after a verb of change, or when the value falls; a
// rising "de … a …" with no such verb is a range.
func TestExtractChangeOrigin(t *testing.T) {
	e := New([]tracker.Metric{{ID: "coca", Unit: "hectares", Keywords: []string{"coca cultivation", "hoja de coca"}},
		{ID: "people", Keywords: []string{"desplazados"}}},
		[]tracker.Actor{{Name: "UNODC", Role: tracker.Confirmer, Aliases: []string{"UNODC", "Devida"}}})
	checkFiguresBy(t, e, []figureCase{
		{"UNODC said coca cultivation rose three percent from 62,000 hectares in 2010 to 64,000 in 2011.", "[coca=64000 by UNODC]"},
		{"La superficie cultivada con hoja de coca pasó de 54.655 hectáreas en 2019 a 61.777 en 2020, informó Devida.",
			"[coca=61777 by UNODC]"},
		{"Según la UNODC, los cultivos de hoja de coca se redujeron durante 2014, de 49.800 a 42.900 hectáreas.",
			"[coca=42900 by UNODC]"},
		{"Según la UNODC, hay de 300 a 600 desplazados.", "[people=300 by UNODC]"},
	})
}

// A count a share is measured above or below from is a baseline ("un 53
// % por encima de las 1.738 toneladas"), and what had been so in an
// earlier year of the text is an earlier count.
func TestExtractShareBaselineAndPluperfectYear(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cocaine-output", Unit: "tonnes", Keywords: []string{"producción de cocaína", "cocaine production"}}},
		[]tracker.Actor{{Name: "UNODC", Role: tracker.Confirmer, Aliases: []string{"UNODC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La UNODC calcula la producción de cocaína en 2.664 toneladas, un 53 % por encima de las 1.738 toneladas estimadas para 2022.",
			"[cocaine-output=2664 by UNODC]"},
		{"UNODC put cocaine production at 2,664 tons, 53% above the 1,738 tons estimated for 2022.", "[cocaine-output=2664 by UNODC]"},
		{"La UNODC calcula la producción de cocaína por encima de las 1.738 toneladas.", "[cocaine-output=1738 by UNODC]"},
		{"La UNODC calcula la producción de cocaína de 2023 en 2.664 toneladas. En 2021 esa cifra había sido de 1.400 toneladas.",
			"[cocaine-output=2664 by UNODC]"},
	})
}

// A singular noun for people that modifies a plural noun of things
// counts those things: "460 member companies" are no drivers killed.
func TestExtractPeopleNounAsModifier(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Keywords: []string{"drivers killed"}}},
		[]tracker.Actor{{Name: "Anitra", Role: tracker.Claimant, Aliases: []string{"Anitra"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Anitra, with 460 member companies in Lima, says gunmen killed at least 47 drivers.", "[killed=47 by Anitra]"},
		{"Anitra said 15 member drivers were killed.", "[killed=15 by Anitra]"},
	})
}

// A sentence that gives a count for "this year" makes the latest year it
// writes out an earlier one, for the count that year dates; a "this year"
// with no count of its own changes nothing.
func TestExtractUnnamedCurrentYear(t *testing.T) {
	e := New([]tracker.Metric{{ID: "extortion", Keywords: []string{"denuncias por extorsión", "extortion", "casos"}},
		{ID: "breaches", Keywords: []string{"affected"}}},
		[]tracker.Actor{{Name: "Gaula", Role: tracker.Claimant, Aliases: []string{"Gaula", "the office"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Las cifras del Gaula muestran que en 2021 hubo 8.342 denuncias por extorsión, que en 2022 se llegó a 9.791 y que este año ya se cuentan 4.232 casos.",
			"[extortion=4232 by Gaula]"},
		{"The office said large breaches affected about 140 million people in 2023, and warned that this year looks worse.",
			"[breaches=140000000 by Gaula]"},
	})
}

// In a list of counts by period, a bare number with a period of its own
// counts what the first count counts; the last period's count is the
// figure, the others earlier ones.
func TestExtractPeriodList(t *testing.T) {
	e := New([]tracker.Metric{{ID: "extortion", Keywords: []string{"extortion complaints", "denuncias por extorsión"}}},
		[]tracker.Actor{{Name: "Gaula", Role: tracker.Claimant, Aliases: []string{"Gaula"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Gaula figures show 8,342 extortion complaints in 2021, 9,791 in 2022 and 4,232 so far this year.", "[extortion=4232 by Gaula]"},
		{"Las cifras del Gaula muestran 8.342 denuncias por extorsión en 2021, 9.791 en 2022 y 4.232 en lo que va de este año.",
			"[extortion=4232 by Gaula]"},
		// no period of its own: not the same count
		{"Gaula counted 222,686 extortion complaints in 2022 and 515,752 across the region.", "[extortion=222686 by Gaula]"},
	})
}

// Capitalised words of a nationality may stand between a number and the
// people it counts: "3,000 North Korean soldiers".
func TestExtractNationalityBeforePeople(t *testing.T) {
	e := New([]tracker.Metric{{ID: "casualties", Keywords: []string{"killed or wounded"}},
		{ID: "troops", Keywords: []string{"soldiers", "troops"}}},
		[]tracker.Actor{{Name: "NIS", Role: tracker.Claimant, Aliases: []string{"NIS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The NIS believes roughly 3,000 North Korean soldiers have been killed or wounded.", "[casualties=3000 by NIS]"},
		{"The NIS said 15 Sri Lankan fishermen had been killed or wounded.", "[casualties=15 by NIS]"},
	})
}

// A keyword of several words that a metric alone holds counts it, whatever
// unit group its noun belongs to: "72 mob attacks" for a metric of
// incidents (but "13 attacks" is no count of it).
func TestExtractOwnKeywordOverUnitGroup(t *testing.T) {
	e := New([]tracker.Metric{{ID: "lynchings", Unit: "incidents", Keywords: []string{"lynchings", "mob attacks"}}},
		[]tracker.Actor{{Name: "Amnesty International", Role: tracker.Confirmer, Aliases: []string{"Amnesty International"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Amnesty International counted 72 mob attacks in the six-month period.", "[lynchings=72 by Amnesty International]"},
		{"Amnesty International counted 13 airstrikes in the period.", "[]"},
	})
}

// Infection and death have many verbs: "acquired the virus", "contrajeron
// el VIH", "tested positive"; "shot dead", "abatidos", "burned alive".
func TestExtractInfectionAndDeathVerbs(t *testing.T) {
	e := New([]tracker.Metric{{ID: "infections", Keywords: []string{"new infections", "nuevos casos"}},
		{ID: "killed", Keywords: []string{"killed", "muertos"}}},
		[]tracker.Actor{{Name: "UNAIDS", Role: tracker.Confirmer, Aliases: []string{"UNAIDS", "ONUSIDA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"According to UNAIDS, an estimated 1.7 million people acquired the virus during the year.", "[infections=1700000 by UNAIDS]"},
		{"Unos 1,3 millones de personas contrajeron el VIH en 2024, según ONUSIDA.", "[infections=1300000 by UNAIDS]"},
		{"UNAIDS said 376 people had tested positive in 26 days.", "[infections=376 by UNAIDS]"},
		{"UNAIDS said 12 people were shot dead.", "[killed=12 by UNAIDS]"},
		{"Según ONUSIDA, 67 combatientes fueron abatidos.", "[killed=67 by UNAIDS]"},
	})
}

// A document released, published or compiled by an actor is the actor's:
// its own capitalised name ("the annual Coca Crop Monitoring Report") or
// the body it names ("the annual U.S. government estimates") is no other
// source, nor is a participle before its noun ("in reported road
// collisions") anyone's statement.
func TestExtractDocumentOfItsPublisher(t *testing.T) {
	e := New([]tracker.Metric{{ID: "coca", Unit: "hectares", Keywords: []string{"coca crop", "cocaine production"}},
		{ID: "road-deaths", Keywords: []string{"killed"}}},
		[]tracker.Actor{{Name: "DEVIDA", Role: tracker.Claimant, Aliases: []string{"Devida", "ONDCP", "Office of National Drug Control Policy", "Department for Transport"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Peru's coca crop shrank to 89,755 hectares, according to the annual Coca Crop Monitoring Report released on Friday by the National Commission for Development and Life without Drugs (Devida).",
			"[coca=89755 by DEVIDA]"},
		{"The coca crop grew to 190,000 hectares, according to the annual U.S. government estimates for Colombia and Peru released today by the Office of National Drug Control Policy (ONDCP).",
			"[coca=190000 by DEVIDA]"},
		{"An estimated 1,645 people were killed in reported road collisions in 2023, according to provisional statistics published by the Department for Transport.",
			"[road-deaths=1645 by DEVIDA]"},
	})
}

// A generic noun that is also a word of an actor's own name ("la agencia"
// for the Agencia Europea de Medio Ambiente) refers to it further on than
// one that is not.
func TestExtractOwnNounReachesFurther(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"fallecimientos", "muertes"}}},
		[]tracker.Actor{{Name: "EEA", Role: tracker.Confirmer, Aliases: []string{"Agencia Europea de Medio Ambiente", "AEMA"}},
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS"}}})
	text := "La Agencia Europea de Medio Ambiente (AEMA) hizo público su informe este lunes. El documento tiene 88 páginas. " +
		"Se apoya en datos de estaciones de medición. Toma como referencia el año 2015. " +
		"Para el conjunto de la UE, la agencia cifra en 518.700 los fallecimientos prematuros."
	checkFiguresBy(t, e, []figureCase{{text, "[deaths=518700 by EEA]"}})
	// the OMS has no agency in its name: "el organismo" four sentences on
	// is someone else
	other := "La OMS publicó su informe. El documento tiene 88 páginas. Se apoya en datos de estaciones. " +
		"Toma como referencia el año 2015. Para el conjunto de la UE, el organismo cifra en 518.700 los fallecimientos."
	checkFiguresBy(t, e, []figureCase{{other, "[]"}})
}

// "police said", with no article, is the one police force the tracker
// lists when the text is about its country (or when it names none).
func TestExtractBarePoliceSaid(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed"}}},
		[]tracker.Actor{{Name: "Uganda Police Force", Role: tracker.Claimant, Aliases: []string{"Uganda Police Force", "Ugandan police"}}})
	checkFiguresBy(t, e, []figureCase{
		{"KAMPALA, Uganda — Lightning killed 14 people in a refugee settlement in northern Uganda, police said Sunday.",
			"[deaths=14 by Uganda Police Force]"},
		{"NAIROBI, Kenya — Lightning killed 14 people in a village in western Kenya, police said Sunday.", "[]"},
	})
}

// "New" after a number is no increment when it opens the metric's own
// keyword: a metric of new infections counts "6.062 nuevos casos de VIH".
func TestExtractNewInTheKeyword(t *testing.T) {
	e := New([]tracker.Metric{{ID: "new-infections", Keywords: []string{"new HIV infections", "nuevos casos de VIH"}},
		{ID: "deaths", Keywords: []string{"deaths"}}},
		[]tracker.Actor{{Name: "UNAIDS", Role: tracker.Confirmer, Aliases: []string{"UNAIDS", "ONUSIDA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"ONUSIDA informó que el año pasado se registraron 6.062 nuevos casos de VIH: 4.532 en hombres y 1.530 en mujeres.",
			"[new-infections=6062 by UNAIDS]"},
		{"UNAIDS counted 1.3 million new HIV infections last year.", "[new-infections=1300000 by UNAIDS]"},
		{"UNAIDS counted 300 new deaths on Monday.", "[]"},
	})
}

// A people's name right after a number counts people when a verb or a
// noun for people follows: "200 Rohingya had been feared dead", "3.500
// rohinyás se arriesgaron" (a Spanish plural stressed on its last vowel).
func TestExtractPeopleByName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "sea-deaths", Keywords: []string{"dead or missing", "muertos o desaparecidos"}}},
		[]tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR", "ACNUR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Nearly 200 Rohingya had been feared dead or missing at sea this year, according to UNHCR.", "[sea-deaths=200 by UNHCR]"},
		{"Según ACNUR, 569 rohinyás fueron dados por muertos o desaparecidos en el mar.", "[sea-deaths=569 by UNHCR]"},
		{"UNHCR said 12 Boeing jets were dead or missing.", "[]"},
	})
}

// A year after "todo" or "all of" is a date, even before the verb of a
// count: "durante todo 2023 se incautaron 9.236 armas".
func TestExtractYearOfAWholePeriod(t *testing.T) {
	e := New([]tracker.Metric{{ID: "seized", Unit: "weapons", Keywords: []string{"weapons seized", "seized", "armas incautadas", "armas"}}},
		[]tracker.Actor{{Name: "SEDENA", Role: tracker.Claimant, Aliases: []string{"Sedena", "army"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Sedena reporta que durante todo 2023 se incautaron 9.236 armas.", "[seized=9236 by SEDENA]"},
		{"The army said that over all of 2023 troops seized 9,236 weapons.", "[seized=9236 by SEDENA]"},
	})
}

// The end of a range of days or ages is a day or an age too ("between
// January 20 and 26", "from August 17 to 24", "between the ages of 10 and
// 20", "aged between 20 and 30"), and an epidemiological week is a date.
func TestExtractDayAndAgeRangesAndWeeks(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "died", "casos"}}},
		[]tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UN", "Secretaría de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Between January 20 and 26, 58 civilians were killed, the UN said.", "[deaths=58 by UN]"},
		{"In the week from August 17 to 24, 58 civilians were killed, according to the UN.", "[deaths=58 by UN]"},
		{"The UN said 58 people died, most of them between the ages of 10 and 20.", "[deaths=58 by UN]"},
		{"The UN said 58 people died, most of them aged between 20 and 30.", "[deaths=58 by UN]"},
		{"Hasta la semana epidemiológica 32 se reportaron 2.159 casos, según la Secretaría de Salud.", "[deaths=2159 by UN]"},
	})
}

// The total an increment brings counts what the increment counts: "Four
// more children have been confirmed with wild poliovirus, lifting the
// country's count for 2024 to 63".
func TestExtractTotalAnIncrementBrings(t *testing.T) {
	e := New([]tracker.Metric{{ID: "polio-cases", Keywords: []string{"polio cases", "wild poliovirus"}}},
		[]tracker.Actor{{Name: "NEOC", Role: tracker.Claimant, Aliases: []string{"NEOC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Four more children have been confirmed with wild poliovirus in Pakistan, lifting the country's count for 2024 to 63, the NEOC said.",
			"[polio-cases=63 by NEOC]"},
	})
}

// A strong cue at the end of the clause ("según los datos del CGPJ")
// names the source of a count whose subject is no actor ("España
// contabilizó"), past an aside about the count and a time phrase; a news
// agency it names only relays.
func TestExtractTrailingSourcePastAside(t *testing.T) {
	e := New([]tracker.Metric{{ID: "evictions", Keywords: []string{"desahucios", "evictions"}}}, []tracker.Actor{
		{Name: "CGPJ", Role: tracker.Claimant, Aliases: []string{"CGPJ", "Consejo General del Poder Judicial"}},
		{Name: "Reuters", Role: tracker.Reporter, Aliases: []string{"Reuters"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"España contabilizó 63.037 desahucios, un 6,4 % menos que el año anterior, según los datos del CGPJ.", "[evictions=63037 by CGPJ]"},
		{"España contabilizó 63.037 desahucios a lo largo de 2016, un 6,4 % menos que el año anterior y la cifra más baja de los " +
			"últimos cuatro años, según los datos del Consejo General del Poder Judicial (CGPJ).", "[evictions=63037 by CGPJ]"},
		{"Spain recorded 63,037 evictions in 2016, down 6.4% on the year before, according to figures published by the CGPJ.",
			"[evictions=63037 by CGPJ]"},
		{"España contabilizó 63.037 desahucios en 2016, según recoge la agencia Reuters.", "[]"},
	})
}

// A trailing source names the source of every item of a list, also of
// the first when the second opens a clause of its own: "Federal agencies
// reported 483 deaths in custody and 120 arrest-related deaths in fiscal
// year 2022, according to the latest report from the BJS".
func TestExtractTrailingSourceOfList(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths in custody", "died in custody"}}},
		[]tracker.Actor{{Name: "BJS", Role: tracker.Claimant, Aliases: []string{"Bureau of Justice Statistics"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Federal agencies reported 483 deaths in custody and 120 arrest-related deaths in fiscal year 2022, according to the latest " +
			"report from the Bureau of Justice Statistics.", "[deaths=483 by BJS deaths=120 by BJS]"},
	})
}

// A person whose role an aside gives ("Yap Boum, a spokesman for Africa
// CDC, said") speaks for the actor of the role, for every item of a list
// of counts the sentence relays from others ("the countries have reported
// 239,754 cases and 5,274 deaths, …").
func TestExtractPersonInAsideSpeaksForList(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"cases"}}, {ID: "deaths", Keywords: []string{"deaths"}}},
		[]tracker.Actor{{Name: "Africa CDC", Role: tracker.Confirmer, Aliases: []string{"Africa CDC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The countries have reported 239,754 cases, Yap Boum, a spokesman for Africa CDC, said.", "[cases=239754 by Africa CDC]"},
		{"Since January, 23 African countries have reported a combined 239,754 cases and more than 5,274 deaths, Yap Boum II, " +
			"a deputy incident manager at Africa CDC, told reporters.",
			"[cases=239754 by Africa CDC deaths=5274 by Africa CDC]"},
		{"The countries have reported 239,754 cases, Yap Boum, a spokesman for the ministry, said.", "[]"},
	})
}

// A subject whose full name the tracker does not list, followed by an
// actor's acronym in brackets, is that actor: "el Ministerio de Salud
// Pública y Población (MSPP) contabilizó".
func TestExtractNameBeforeActorsAcronym(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"casos", "cases"}}},
		[]tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud Pública", "MSPP"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio de Salud Pública y Población (MSPP) contabilizó 12.321 casos.", "[cases=12321 by Ministry of Health]"},
		{"The Public Health and Population Ministry (MSPP) counted 12,321 cases.", "[cases=12321 by Ministry of Health]"},
		{"El Ministerio de Salud Pública (MSPP) contabilizaba 12.321 casos.", "[cases=12321 by Ministry of Health]"},
		{"La Dirección de Epidemiología (DIGEPI) contabilizó 12.321 casos.", "[]"},
	})
}

// An institution noun with no article before a figure noun says whose
// figures they are, when such an institution was named before: "according
// to ministry data", "police figures show".
func TestExtractBareInstitutionOfFigures(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"died", "deaths"}}},
		[]tracker.Actor{
			{Name: "Brazil Health Ministry", Role: tracker.Claimant, Aliases: []string{"Brazil's health ministry"}},
			{Name: "Peru Health Ministry", Role: tracker.Claimant, Aliases: []string{"Peru's health ministry"}},
			{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Federal Police"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Brazil's health ministry gave its weekly report on Monday. 715 people have died of the disease, according to ministry data.",
			"[deaths=715 by Brazil Health Ministry]"},
		{"Peru's health ministry spoke on Monday. Brazil's health ministry spoke on Tuesday. By ministry figures, 715 people have died.",
			"[deaths=715 by Brazil Health Ministry]"},
		{"The Federal Police opened an inquiry. Police figures show that 12 people died in the raid.", "[deaths=12 by Police]"},
		{"715 people have died of the disease, according to ministry data.", "[]"},
	})
}

// A figure an unlisted body's name possesses ("The World Health
// Organization's latest toll") is that body's, not the actor named before.
func TestExtractUnlistedPossessorsFigure(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"dead"}}},
		[]tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR", "UN refugee agency"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The centre is emptying, the UN refugee agency UNHCR said. The World Health Organization's latest toll from the strike stands at 53 dead.",
			"[]"},
		{"The centre is emptying, the UN refugee agency UNHCR said. The agency's latest toll from the strike stands at 53 dead.",
			"[deaths=53 by UNHCR]"},
	})
}

// A number inside an actor's name ("Proyecto 7", "Group 4S") is part of
// the name, never a count.
func TestExtractNumberInActorName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"murieron", "died"}}},
		[]tracker.Actor{{Name: "Proyecto 7", Role: tracker.Confirmer, Aliases: []string{"Proyecto 7", "Project 7"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La organización Proyecto 7 denunció que ya son nueve las personas que murieron de frío.", "[deaths=9 by Proyecto 7]"},
		{"Project 7 said 12 people died of the cold.", "[deaths=12 by Proyecto 7]"},
	})
}

// A source the text first only describes ("a monitoring group said",
// "according to an independent commission") is the actor that a sentence
// after it names as a speaker, across a paragraph break: an independent
// verifier, or an actor whose alias holds the describing noun.
func TestExtractDescribedSourceNamedLater(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Keywords: []string{"killed"}}, {ID: "abused", Keywords: []string{"abused"}}},
		[]tracker.Actor{
			{Name: "SOHR", Role: tracker.Confirmer, Aliases: []string{"Syrian Observatory for Human Rights"}},
			{Name: "CIASE", Role: tracker.Confirmer, Aliases: []string{"Sauvé commission", "Jean-Marc Sauvé"}},
			{Name: "Syrian government", Role: tracker.Claimant, Aliases: []string{"Syrian government", "Damascus"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"At least 56 civilians were killed in air strikes on Sunday, a monitoring group said.\n\nThe Syrian Observatory for Human Rights said the strikes hit a crowded market.",
			"[killed=56 by SOHR]"},
		{"Some 330,000 children were abused over seven decades, according to the estimate of an independent commission.\n\nThe commission's president, Jean-Marc Sauvé, said the church had hidden the abuse.",
			"[abused=330000 by CIASE]"},
		// a government is no "monitoring group"
		{"At least 56 civilians were killed in air strikes on Sunday, a monitoring group said.\n\nThe Syrian government said the strikes hit militants.",
			"[]"},
		// named two sentences on, the figure keeps its place in text order
		{"At least 56 civilians were killed in air strikes on Sunday, a monitoring group said. The Syrian government said 30 people were killed. The Syrian Observatory for Human Rights said the strikes hit a crowded market.",
			"[killed=56 by SOHR killed=30 by Syrian government]"},
		// named too late
		{"At least 56 civilians were killed on Sunday, a monitoring group said. Rescuers searched the rubble. Roads were closed. The Syrian Observatory for Human Rights said the strikes hit a market.",
			"[]"},
	})
}

// "registro" without its accent is the noun, not the verb "registró":
// "del que se tiene registro", "hay registro de 24 personas fallecidas"
// name no other source; "el Ministerio Público" is no verb "publicó".
func TestExtractRecordNounIsNoCue(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos", "fallecidas"}}, {ID: "cases", Keywords: []string{"casos"}}},
		[]tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"ministra de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El brote más grave del que se tiene registro en Malaui ha superado el millar de muertos, mientras que los casos ascienden ya a 30.621, según la ministra de Salud.",
			"[deaths=1000 by Ministry of Health cases=30621 by Ministry of Health]"},
		{"De acuerdo con la ministra de Salud, hay registro de 24 personas fallecidas.", "[deaths=24 by Ministry of Health]"},
		{"El Ministerio Público en Malaui habla de 300 muertos, según la ministra de Salud.", "[deaths=300 by Ministry of Health]"},
	})
}

// A named unit of an actor speaks for it: "informó la Dirección General
// de Epidemiología de la Secretaría de Salud".
func TestExtractUnitOfActorSpeaks(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"casos de sarampión", "measles cases"}}},
		[]tracker.Actor{{Name: "SSA", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud", "Health Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Ya son 113 los casos de sarampión confirmados entre la Ciudad de México, el Estado de México y Campeche, informó la Dirección General de Epidemiología de la Secretaría de Salud.",
			"[cases=113 by SSA]"},
		{"There are now 113 measles cases in Mexico City, Mexico State and Campeche, said the Directorate of Epidemiology of the Health Ministry.",
			"[cases=113 by SSA]"},
	})
}

// "…, Home Office figures show": the actor whose figures show what the
// clause says is its source, even past a subject that only recorded it.
func TestExtractActorFiguresShow(t *testing.T) {
	e := New([]tracker.Metric{{ID: "crimes", Keywords: []string{"hate crimes"}}},
		[]tracker.Actor{{Name: "Home Office", Role: tracker.Claimant, Aliases: []string{"Home Office"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Police in England and Wales recorded 145,214 hate crimes in the year to March 2023, Home Office figures show.",
			"[crimes=145214 by Home Office]"},
		{"Police recorded 145,214 hate crimes last year, Home Office data showed.", "[crimes=145214 by Home Office]"},
		{"Police recorded 145,214 hate crimes last year, Home Office figures do not show.", "[]"},
	})
}

// A recent period or "alone" scopes every item of a list of counts, even
// when the list's second item opens a clause of its own: "446 cases and 23
// deaths were added in the past 24 hours", "River Nile state alone has
// reported 4,471 cases and 99 deaths".
func TestExtractRecentPeriodScopesList(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Keywords: []string{"cases", "casos"}},
		{ID: "deaths", Keywords: []string{"deaths", "decesos"}}},
		[]tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministry of Health", "Ministerio de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Ministry of Health counts 8,276 cases and 333 deaths; in the past 24 hours alone, 446 new cases and 23 deaths were added.",
			"[cases=8276 by Ministry of Health deaths=333 by Ministry of Health]"},
		{"The Ministry of Health said 446 cases and 23 deaths were added in the past 24 hours.", "[]"},
		{"Según el Ministerio de Salud, solo durante la última semana se sumaron 15 mil 576 casos nuevos y diez decesos.", "[]"},
		{"The Ministry of Health counted 446 cases in the past 24 hours and 23 deaths since March.", "[deaths=23 by Ministry of Health]"},
		{"The Ministry of Health counts 8,276 cases. River Nile state alone has reported 4,471 cases and 99 deaths.",
			"[cases=8276 by Ministry of Health]"},
		// a year "alone" is the whole period counted; a month of it is a part
		{"This year alone, 652 deaths have been recorded, the Ministry of Health said.", "[deaths=652 by Ministry of Health]"},
		{"The Ministry of Health counts 8,276 cases this year; in January of this year alone, 99 deaths were recorded.",
			"[cases=8276 by Ministry of Health]"},
	})
}

// "the toll had risen by 20 to 300", "elevó en 20 la cifra de muertos,
// hasta 300", "fell by 3,300", "fallen by 80%, or by 3,300": the amount
// of a change is an increment, and "by 20 to 300" is no range.
func TestExtractChangedByAmount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"death toll", "toll", "muertos"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross said the toll had risen by 20 to 300.", "[deaths=300 by Red Cross]"},
		{"La Cruz Roja elevó en 20 la cifra de muertos, hasta 300.", "[deaths=300 by Red Cross]"},
		{"The Red Cross put the toll at 20 to 30.", "[deaths=20 by Red Cross]"},
		{"The Red Cross said the toll had fallen by 3,300 since last year.", "[]"},
		{"The Red Cross said the toll could have fallen by nearly 80%, or by 3,300.", "[]"},
		{"The Red Cross said the toll declined by 120, to 3,300.", "[deaths=3300 by Red Cross]"},
	})
}

// A figure the text states twice is one figure, with the first statement
// as its evidence; --explain lists the second as "repeated".
func TestExtractRepeatedFigureOnce(t *testing.T) {
	e := New([]tracker.Metric{{ID: "displaced", Keywords: []string{"displaced"}}},
		[]tracker.Actor{{Name: "IFRC", Role: tracker.Confirmer, Aliases: []string{"IFRC"}}})
	text := `The IFRC put the number of people displaced at about 600,000. "We have counted 600,000 displaced," the IFRC said.`
	got := e.Extract(text, nil)
	if len(got) != 1 || got[0].Value != 600000 || got[0].Qualifier != tracker.About {
		t.Fatalf("Extract = %+v, want one figure of about 600000 (the first statement)", got)
	}
	repeated := 0
	for _, x := range e.Explain(text, nil) {
		if x.Dropped != nil && x.Dropped.Reason == "repeated" && x.Dropped.Value == 600000 {
			repeated++
		}
	}
	if repeated != 1 {
		t.Errorf("Explain lists %d repeated 600000, want 1", repeated)
	}
}

// "46.843 migrantes llegaron … en 2024, un 17,4 % más que el año
// anterior": an earlier period the count is compared with does not date
// the count.
func TestExtractComparedWithEarlierPeriod(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrivals", Keywords: []string{"llegaron", "arrivals", "arrived"}}},
		[]tracker.Actor{{Name: "Interior", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior", "Interior Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Un total de 46.843 migrantes llegaron de forma irregular a Canarias en 2024, un 17,4 % más que el año anterior, según el Ministerio del Interior.",
			"[arrivals=46843 by Interior]"},
		{"Some 46,843 migrants arrived in 2024, up 17% on the previous year, the Interior Ministry said.", "[arrivals=46843 by Interior]"},
		{"En lo que va de año llegaron 46.843 migrantes, según el Ministerio del Interior; el año anterior llegaron 39.910.", "[arrivals=46843 by Interior]"},
	})
}

// "the health ministry in Damascus and the rescue service … put the
// combined toll at 2,662": a joint statement is each one's figure, with
// an article after the "and".
func TestExtractJointSpeakersWithArticle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"death toll", "toll"}}},
		[]tracker.Actor{
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"health ministry in Damascus"}},
			{Name: "Rescuers", Role: tracker.Confirmer, Aliases: []string{"rescue service"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"In Syria, the health ministry in Damascus and the rescue service in the northwest put the combined toll at 2,662.",
			"[deaths=2662 by Rescuers deaths=2662 by Ministry]"},
	})
}

// "…below the record set on March 7, when the ministry counted 1.28
// million": the count of an earlier record is no current figure; "had
// taken part" is attendance.
func TestExtractRecordWhenAndTakenPart(t *testing.T) {
	e := New([]tracker.Metric{{ID: "turnout", Keywords: []string{"demonstrators", "protesters"}}},
		[]tracker.Actor{
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"interior ministry"}},
			{Name: "CGT", Role: tracker.Claimant, Aliases: []string{"CGT union"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The interior ministry counted 1.08 million demonstrators, while the CGT union said 3.5 million people had taken part.",
			"[turnout=1080000 by Ministry turnout=3500000 by CGT]"},
		{"Both figures were below the record set on March 7, when the interior ministry counted 1.28 million demonstrators.", "[]"},
	})
}

// "ICE deported 271,484 people in fiscal year 2024, according to the
// agency's annual report released on Thursday": the agency's report is
// the source named before, and "report released" is no other speaker;
// "the goal of deporting one million" is a plan, and so is "with the aim
// of granting residence permits to 500,000 people".
func TestExtractAgencysOwnReportAndGoal(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deported", Keywords: []string{"deported", "deportations"}}},
		[]tracker.Actor{
			{Name: "ICE", Role: tracker.Claimant, Aliases: []string{"ICE", "Immigration and Customs Enforcement"}},
			{Name: "Council", Role: tracker.Confirmer, Aliases: []string{"American Immigration Council"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"U.S. Immigration and Customs Enforcement deported 271,484 people in fiscal year 2024, according to the agency's annual report released on Thursday.",
			"[deported=271484 by ICE]"},
		{"ICE deported 271,484 people in fiscal year 2024, according to the agency's annual report.", "[deported=271484 by ICE]"},
		{"The American Immigration Council says the administration's goal of deporting one million people a year is unrealistic.", "[]"},
	})
	// an aim's verb may have its own object before the count
	g := New([]tracker.Metric{{ID: "granted", Unit: "people", Keywords: []string{"permits granted", "granted", "papeles"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"the government", "el Gobierno"}}})
	checkFiguresBy(t, g, []figureCase{
		{"The government launched the process with the aim of granting residence permits to 500,000 people.", "[]"},
		{"El Gobierno lanzó el proceso con el propósito de dar papeles a 500.000 personas.", "[]"},
		{"The government said it had granted residence permits to 500,000 people.", "[granted=500000 by Government]"},
	})
}

// Numbers that count nothing: the tail of a code ("PM2.5"), the terms of
// a ratio with its noun between them ("one death in six"), a distance to
// a place ("25 kilometres south of"); a length of coast still counts.
func TestExtractCodesRatiosAndDistances(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"deaths", "pollution deaths", "pollution"}},
		{ID: "coast", Unit: "kilometres", Keywords: []string{"coast affected", "kilómetros de costa"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"By its count, PM2.5 pollution was linked to about 160,000 deaths, WHO said.", "[deaths=160000 by WHO]"},
		{"WHO puts the deaths at nine million a year, or about one death in six.", "[deaths=9000000 by WHO]"},
		{"The refinery, 25 kilometres south of the port, has had no deaths, WHO said.", "[]"},
		{"Según la OMS, el derrame alcanza ya a unos 100 kilómetros de costa.", "[coast=100 by WHO]"},
	})
}

// A sentence that ranks places by their counts gives parts, not the total:
// "Sonora es la entidad con más decesos, con 28, seguida de Baja
// California, con 10", "Benue topped the list, with 2,539 killed,
// followed by Plateau", "…, ahead of Plateau with 1,200"; but "ahead of
// Sunday's elections" and "la firma
// que encabeza Ugalde" rank nothing.
func TestExtractRankingGivesParts(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"decesos", "killed", "murders", "víctimas"}}},
		[]tracker.Actor{
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Secretaría de Salud", "Mexico's government"}},
			{Name: "ACLED", Role: tracker.Confirmer, Aliases: []string{"ACLED"}},
			{Name: "Integralia", Role: tracker.Confirmer, Aliases: []string{"Integralia"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Según la Secretaría de Salud, Sonora es la entidad con más decesos, con 28, seguida de Baja California, con 10, y Veracruz, con 8.", "[]"},
		{"According to ACLED, Benue topped the list, with 2,539 people killed in 303 attacks, followed by Plateau.", "[]"},
		{"Mexico's government on Tuesday acknowledged the murders of 22 people seeking office ahead of Sunday's elections.", "[deaths=22 by Ministry]"},
		{"According to ACLED, Benue remained the deadliest state, with 2,539 people killed, ahead of Plateau with 1,200.", "[]"},
		{"La firma Integralia, que encabeza Luis Carlos Ugalde, documentó en total 889 víctimas.", "[deaths=889 by Integralia]"},
	})
}

// "… en Cisjordania las cifras fueron de 38 y 427, respectivamente": the
// counts "respectively" pairs with places are parts; paired with two
// sources they are each one's figure.
func TestExtractRespectively(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertos", "killed"}}},
		[]tracker.Actor{
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"el ministerio", "the ministry"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Según el ministerio, hubo 38 y 427 muertos en Yenín y Tulkarem, respectivamente.", "[]"},
		{"The ministry and the Red Cross put the number killed at 45 and 120, respectively.", "[deaths=45 by Ministry deaths=120 by Red Cross]"},
	})
}

// TestExtractSharedUnit: of metrics counting the same thing, the one whose
// own keyword words stand in the number's clause takes a count of that
// thing; none does when no such word stands there.
func TestExtractSharedUnit(t *testing.T) {
	const collected, valid, invalid = "signatures-collected", "signatures-valid", "signatures-invalid"
	const organizers, cne = "Organizers", "CNE"
	e := New([]tracker.Metric{
		{ID: collected, Unit: "signatures", Keywords: []string{"signatures collected", "firmas recogidas"}},
		{ID: valid, Unit: "signatures", Keywords: []string{"valid signatures", "firmas válidas"}},
		{ID: invalid, Unit: "signatures", Keywords: []string{"rejected signatures", "firmas rechazadas"}},
	}, []tracker.Actor{
		{Name: organizers, Role: tracker.Claimant, Aliases: []string{"organizers", "promotores"}},
		{Name: cne, Role: tracker.Confirmer, Aliases: []string{"CNE"}},
	})
	checkWants(t, e, []wantCase{
		{"The organizers said they had collected more than 700,000 signatures.", []want{atLeast(collected, 700000, organizers)}},
		{"El CNE informó que 359.761 firmas fueron declaradas válidas.", []want{exact(valid, 359761, cne)}},
		{"The CNE said 20,000 signatures were rejected.", []want{exact(invalid, 20000, cne)}},
		{"The CNE said it had received 1,094,457 signatures.", nil},
	})
	got := e.Explain("The organizers said they had collected more than 700,000 signatures.", nil)
	if len(got) != 1 || got[0].Figure == nil || got[0].Figure.Why == nil {
		t.Fatalf("Explain = %+v, want one figure with Why", got)
	}
	if w := got[0].Figure.Why; w.MetricBy != "unit" || w.MetricCue != "signatures" {
		t.Errorf("Why = %+v, want the metric found by its unit, signatures", *w)
	}
}

// TestExtractStudyFinds: what a study or a group "found that" is its
// count, as what it said is.
func TestExtractStudyFinds(t *testing.T) {
	const removed, brennan = "voters-removed", "Brennan Center"
	e := New([]tracker.Metric{
		{ID: removed, Unit: "names", Keywords: []string{"purged", "removed from the rolls", "depurados"}},
		{ID: "registrations", Unit: "registrations", Keywords: []string{"voter registration", "registrations"}},
	}, []tracker.Actor{{Name: brennan, Role: tracker.Confirmer, Aliases: []string{"Brennan Center", "Centro Brennan"}}})
	checkWants(t, e, []wantCase{
		{"In a report published in July 2018, the Brennan Center found that almost 16 million people were removed from voter registration lists.",
			[]want{about(removed, 16000000, brennan)}},
	})
}

// TestExtractAgentInMetricName: the agent of a metric's name ("People
// injured by police") is who did it, not the people it counts.
func TestExtractAgentInMetricName(t *testing.T) {
	const injured, indh = "protest-injured", "INDH"
	e := New([]tracker.Metric{
		{ID: injured, Name: "People injured by police during protests", Unit: "people", Keywords: []string{"injured", "heridos"}},
		{ID: "eye-injuries", Name: "Eye injuries from rubber bullets", Unit: "people", Keywords: []string{"eye injuries", "heridas oculares"}},
	}, []tracker.Actor{{Name: indh, Role: tracker.Confirmer, Aliases: []string{"INDH"}}})
	checkWants(t, e, []wantCase{
		{"More than 2,300 people have been injured, the INDH said.", []want{atLeast(injured, 2300, indh)}},
		{"Según el INDH, resultaron heridas 3.765 personas en las movilizaciones.", []want{exact(injured, 3765, indh)}},
	})
}

// TestExtractSupportersArePeople: supporters, hinchas and hooligans are
// people, so a count of them takes a metric of people by its term.
func TestExtractSupportersArePeople(t *testing.T) {
	const arrests, police = "fan-arrests", "Football Policing Unit"
	e := New([]tracker.Metric{
		{ID: arrests, Name: "Football fans arrested", Unit: "people", Keywords: []string{"arrests", "arrested", "detenidos"}},
		{ID: "fan-injuries", Unit: "people", Keywords: []string{"injured", "heridos"}},
	}, []tracker.Actor{{Name: police, Role: tracker.Claimant, Aliases: []string{"UK Football Policing Unit", "Policía"}}})
	checkWants(t, e, []wantCase{
		{"A total of 77 England supporters were arrested in Germany, the UK Football Policing Unit said.", []want{exact(arrests, 77, police)}},
		{"La Policía informó que 40 hinchas fueron detenidos tras el partido.", []want{exact(arrests, 40, police)}},
	})
}

// TestExtractOrganisationHead: the noun that says what kind of body an
// actor's name is ("the file", "la fundación") refers back to it once the
// text has named it.
func TestExtractOrganisationHead(t *testing.T) {
	const bites, isaf, fcs = "shark-bites", "International Shark Attack File", "Fundación Carmen Sánchez"
	e := New([]tracker.Metric{{ID: bites, Unit: "attacks", Keywords: []string{"unprovoked attacks", "bites", "ataques"}}},
		[]tracker.Actor{
			{Name: isaf, Role: tracker.Confirmer, Aliases: []string{"International Shark Attack File", "ISAF"}},
			{Name: fcs, Role: tracker.Confirmer, Aliases: []string{"Fundación Carmen Sánchez"}},
		})
	checkWants(t, e, []wantCase{
		{"The International Shark Attack File released its yearly report on Monday. The file confirmed 72 unprovoked attacks on humans last year.",
			[]want{exact(bites, 72, isaf)}},
		{"La Fundación Carmen Sánchez presentó su informe anual. La fundación contabilizó 36 ataques en el país.",
			[]want{exact(bites, 36, fcs)}},
		// not named before: no one
		{"The file confirmed 72 unprovoked attacks on humans last year.", nil},
	})
}

// The people of a state that a keyword names ("detenidos") count the
// event that put them there when the tracker counts that event and no
// one held; where it also counts those held, the count is not read as
// arrests.
func TestExtractStatePeopleOfEvent(t *testing.T) {
	actors := []tracker.Actor{{Name: "Guardia Civil", Role: tracker.Claimant, Aliases: []string{"Guardia Civil"}}}
	arrests := tracker.Metric{ID: "arrests", Keywords: []string{"arrests", "arrested", "detenidos", "detenciones"}}
	inCustody := tracker.Metric{ID: "held", Keywords: []string{"in custody", "presos", "en prisión"}}
	text := "La operación se salda con 73 detenidos en distintas provincias, informó la Guardia Civil."
	for _, tt := range []struct {
		name    string
		metrics []tracker.Metric
		want    []string
	}{
		{"arrests only", []tracker.Metric{arrests}, []string{"arrests=73"}},
		{"arrests and held", []tracker.Metric{arrests, inCustody}, nil},
	} {
		got := metricValues(New(tt.metrics, actors), text)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Extract(%q) = %v, want %v", tt.name, text, got, tt.want)
		}
	}
}

// A part of a count that another event happened to is a count of that
// event, even when two metrics count it (interceptions of drones and of
// missiles), and so are parts coordinated before its verb.
func TestExtractPartOfOtherEvent(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "missiles-launched", Unit: "missiles", Keywords: []string{"missiles", "missiles launched", "missiles fired", "ballistic missiles", "cruise missiles", "rockets", "misiles", "misiles lanzados"}},
		{ID: "drones-launched", Unit: "drones", Keywords: []string{"drones", "drones launched", "attack drones", "Shahed", "UAVs", "drones lanzados"}},
		{ID: "missiles-intercepted", Unit: "missiles", Keywords: []string{"missiles intercepted", "missiles shot down", "interceptions", "intercepted", "misiles interceptados", "interceptados"}},
		{ID: "drones-intercepted", Unit: "drones", Keywords: []string{"drones shot down", "drones intercepted", "downed drones", "drones derribados", "drones interceptados"}},
	}, []tracker.Actor{{Name: "Air Force", Role: tracker.Claimant, Aliases: []string{"Ukrainian Air Force", "Ukraine's Air Force"}}})
	checkMetricValues(t, e, []metricCase{
		{"Russia has fired 6,130 Shahed-type attack drones at Ukraine this year, Zelensky said. The largest combined strike came on Aug. 26, when Russia launched 127 missiles and 109 drones, according to Ukraine's Air Force, which said 102 of the missiles and 99 of the drones were shot down.",
			[]string{"missiles-launched=127", "drones-launched=109", "missiles-intercepted=102", "drones-intercepted=99"}},
		{"Russia launched its biggest drone attack of the war, Ukraine's Air Force said, sending 479 drones and 20 missiles. Ukraine's Air Force said 460 of the drones had been intercepted.",
			[]string{"drones-launched=479", "missiles-launched=20", "drones-intercepted=460"}},
	})
}

// A count per hour, day, week or month is a rate, not a count of the
// metric: "every"/"cada" and the period before it, the period after the
// noun it counts, or "una media de" before it.
func TestExtractRateAround(t *testing.T) {
	e := New([]tracker.Metric{{ID: "thefts", Unit: "vehicles", Keywords: []string{"vehicle thefts", "car thefts",
		"stolen vehicles", "stolen cars", "robo de vehículos", "robo de autos", "vehículos robados", "autos robados"}}},
		[]tracker.Actor{{Name: "AMIS", Role: tracker.Claimant, Aliases: []string{"AMIS"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según la AMIS, cada hora se robaron en México diez autos asegurados durante 2018.", nil},
		{"La AMIS calcula que se robaron una media de 50 autos al mes.", nil},
		{"La AMIS dijo que se roban 250 autos por día.", nil},
		// a year's count is a count
		{"La AMIS dijo que se robaron 250 autos en 2018.", []string{"thefts=250"}},
	})
	oil := New([]tracker.Metric{{ID: "stolen", Unit: "barrels", Keywords: []string{"crude stolen", "oil theft", "barrels stolen"}}},
		[]tracker.Actor{{Name: "NNPC", Role: tracker.Claimant, Aliases: []string{"NNPC"}}})
	checkMetricValues(t, oil, []metricCase{
		{"NNPC said output stood at about 1.3 million barrels per day in July, as thieves stole crude.", nil},
		{"NNPC said Nigeria could pump two million barrels per day, but oil theft kept output down.", nil},
	})
}

// A plural noun no list knows counts people when a passive verb that is a
// keyword of a metric of people follows it: "four cooks were abducted",
// "186 stonemasons in Queensland have been diagnosed". Without that verb, or without an auxiliary, the noun is a thing.
func TestExtractNounBeforePeopleEvent(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "kidnapped", Unit: "people", Keywords: []string{"kidnapped", "abducted", "secuestrados"}},
		{ID: "deported", Unit: "people", Keywords: []string{"deported", "deportados"}},
	}, []tracker.Actor{
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"the police", "police"}},
		{Name: "SRE", Role: tracker.Claimant, Aliases: []string{"SRE", "la Cancillería"}},
	})
	checkMetricValues(t, e, []metricCase{
		{"Four cooks were abducted from the school, the police said.", []string{"kidnapped=4"}},
		{"La Cancillería confirmó que al menos cuatro connacionales ya fueron deportados.", []string{"deported=4"}},
		{"The police said 1,000 travellers have been abducted this year.", []string{"kidnapped=1000"}},
		// a place between the noun and its verb
		{"The police said 186 stonemasons in Queensland have been abducted.", []string{"kidnapped=186"}},
		{"La Cancillería dijo que 12 jornaleros de Oaxaca fueron deportados.", []string{"deported=12"}},
		// things, not people: no passive of a people metric after them
		{"The police said three villages were raided and 30 people were abducted.", []string{"kidnapped=30"}},
		{"Four schools closed after pupils were abducted, the police said.", []string{}},
	})
}

// An institution named in full once is named again by the head of its
// name after an article: "según la Prefectura", "the Fund said". The word
// must not modify a noun ("the Guangdong city of Dongguan") and must not be
// shared by two actors' names.
func TestExtractShortReferenceToActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "han muerto", "died", "deaths"}}},
		[]tracker.Actor{
			{Name: "Prefectura Marítima", Role: tracker.Claimant, Aliases: []string{"Prefectura Marítima del Canal de la Mancha"}},
			{Name: "Memorial Fund", Role: tracker.Confirmer, Aliases: []string{"National Law Enforcement Officers Memorial Fund"}},
			{Name: "Guangdong Health Commission", Role: tracker.Claimant, Aliases: []string{"Guangdong Health Commission"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La Prefectura Marítima del Canal de la Mancha informó de nuevos rescates el lunes. Según la Prefectura, en lo que va de año han muerto 16 personas en el mar.",
			"[deaths=16 by Prefectura Marítima]"},
		{"The National Law Enforcement Officers Memorial Fund released its report on Tuesday. The Fund said 52 officers died on duty in the first half of the year.",
			"[deaths=52 by Memorial Fund]"},
		// never named in full before: another source
		{"Según la Prefectura, en lo que va de año han muerto 16 personas en el mar.", "[]"},
		// a modifier, not a reference
		{"The Guangdong Health Commission reported new cases. Separately, the Guangdong city of Dongguan said 253 people had died.", "[]"},
	})
}

// A reporting verb that is a noun too is a noun after a possessive: in
// "its mid-year report shows that 52 officers died" the report is the
// subject of "shows", the source just named, not a verb whose subject is
// "mid-year". Without the possessive the word is still a verb.
func TestExtractReportNounAfterPossessive(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died", "killed", "deaths"}}},
		[]tracker.Actor{{Name: "Memorial Fund", Role: tracker.Confirmer, Aliases: []string{"National Law Enforcement Officers Memorial Fund"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Fewer officers died on duty this year, the National Law Enforcement Officers Memorial Fund said. Its mid-year report shows that 52 officers died between January and June.",
			"[deaths=52 by Memorial Fund]"},
		{"Fewer officers died on duty this year, the National Law Enforcement Officers Memorial Fund said. The group's latest count shows that 52 officers died between January and June.",
			"[deaths=52 by Memorial Fund]"},
		{"Fewer officers died on duty this year, the National Law Enforcement Officers Memorial Fund said. Its latest annual review found that 52 officers died between January and June.",
			"[deaths=52 by Memorial Fund]"},
		// a verb: an unlisted source reports
		{"Fewer officers died on duty this year, the National Law Enforcement Officers Memorial Fund said. Local newspapers report that 52 officers died between January and June.",
			"[]"},
	})
}

// A number that ends a place's name after a preposition of place is a
// label ("in Santo 12, and 48 were killed"); a count placed after a name
// is still a count ("in Gaza 40,000 people").
func TestExtractNumberedPlace(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"killed", "massacred", "muertos"}}},
		[]tracker.Actor{{Name: "RNDDH", Role: tracker.Confirmer, Aliases: []string{"RNDDH"}}})
	checkMetricValues(t, e, []metricCase{
		{"RNDDH said gangs killed 30 people at Corridor Jo in Santo 12, and burned their bodies.", []string{"killed=30"}},
		{"Según la RNDDH, hubo 30 muertos en Delmas 33.", []string{"killed=30"}},
		{"RNDDH said that in Gaza 40,000 people were killed.", []string{"killed=40000"}},
	})
}

// "de X a Y" after a verb of change in the perfect or the infinitive is a
// change, not a range: the count is Y ("ha pasado de 373 a 429", "al
// pasar de 6.344 a 11.877"), and the change itself may stand between the
// verb and the pair ("han aumentado en 1.196 en el mismo periodo, de
// 2.220 a 3.416"). Without a verb of change it stays a range.
func TestExtractSpanishChangeFromTo(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"fallecidos", "muertos"}},
		{ID: "icu", Unit: "people", Keywords: []string{"pacientes en UCI"}}},
		[]tracker.Actor{{Name: "Sanidad", Role: tracker.Claimant, Aliases: []string{"Sanidad"}}})
	checkMetricValues(t, e, []metricCase{
		{"Sanidad informó que la cifra de fallecidos ha pasado de 373 a 429.", []string{"deaths=429"}},
		{"Según Sanidad, los fallecidos se duplicaron en un mes, al pasar de 212 a 430.", []string{"deaths=430"}},
		{"Según Sanidad, los pacientes en UCI han aumentado en 1.196 en el mismo periodo, de 2.220 a 3.416.", []string{"icu=3416"}},
		{"Sanidad calcula que hubo de 300 a 400 fallecidos.", []string{"deaths=300"}},
	})
}

// A part taken from a whole ("of which 293,929", "de los cuales 74", "20
// of them") that its own clause gives to another metric of the tracker is
// a count of that metric, not a part: the dead among the cases, the
// suspected among all cases. A part of the same metric stays a part, and
// "one in five of them" stays a ratio.
func TestExtractPartOfOtherMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "people", Keywords: []string{"cases", "casos"}},
		{ID: "suspected", Unit: "people", Keywords: []string{"suspected cases", "suspected", "sospechosos"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "died", "muertes", "murieron", "fallecieron"}},
		{ID: "missing", Unit: "people", Keywords: []string{"still missing", "missing"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}})
	checkMetricValues(t, e, []metricCase{
		{"The WHO said 502,264 cases were reported worldwide, of which 208,335 were confirmed and 293,929 suspected.",
			[]string{"cases=502264", "suspected=293929"}},
		{"Según la OMS, se notificaron 189 casos en la región, de los cuales 74 murieron.", []string{"cases=189", "deaths=74"}},
		// the same metric: a part
		{"The WHO said 58 people died this week, 42 of them in the capital.", []string{"deaths=58"}},
		// a ratio
		{"The WHO said 82,328 cases have been reported, and one in five of them is still missing.", []string{"cases=82328"}},
		{"The WHO said 4,000 people died, and four in five deaths were of children.", []string{"deaths=4000"}},
		// a year after "in" is a date, not a ratio's base
		{"The WHO counted 207 cases in 2023, up from 202 in 2022.", []string{"cases=207"}},
	})
}

// A count's own year after "of" places it in that year: "the 33,287
// homicides of 2022" in a text about 2024 is an earlier period.
func TestExtractCountOfEarlierYear(t *testing.T) {
	e := New([]tracker.Metric{{ID: "homicides", Unit: "people", Keywords: []string{"homicides"}}},
		[]tracker.Actor{{Name: "INEGI", Role: tracker.Claimant, Aliases: []string{"INEGI"}}})
	checkMetricValues(t, e, []metricCase{
		{"INEGI counted 30,057 homicides in 2023. The figures nonetheless remain below the 33,287 homicides of 2022 and well under the 36,773 of 2020, the 36,661 of 2019 and the 36,685 of 2018.",
			[]string{"homicides=30057"}},
	})
}

// A keyword of a metric that names no kind of count of its own, right
// after a number's noun for people, says what the number counts: "1,200
// prisoners on death row". A keyword that does name a kind of count, or
// one two metrics share, is left to the other rules.
func TestExtractPostmodifierKeyword(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "death-row", Unit: "people", Keywords: []string{"death row", "on death row", "corredor de la muerte"}},
		{ID: "sentences", Unit: "sentences", Keywords: []string{"death sentences", "condenas a muerte"}},
	}, []tracker.Actor{
		{Name: "Amnesty International", Role: tracker.Confirmer, Aliases: []string{"Amnesty International", "Amnistía Internacional"}},
	})
	checkMetricValues(t, e, []metricCase{
		{"Vietnam is holding more than 1,200 prisoners on death row, Amnesty International said.", []string{"death-row=1200"}},
		{"Amnesty International said Vietnam holds 1,200 people on death row.", []string{"death-row=1200"}},
		{"Amnistía Internacional dice que Irán tiene 300 presos políticos en el corredor de la muerte.", []string{"death-row=300"}},
		// the figure noun's "of" phrase: the people, then the keyword
		{"The number of prisoners on death row rose to 6,161, Amnesty International said.", []string{"death-row=6161"}},
		{"Según Amnistía Internacional, la cifra de presos en el corredor de la muerte llegó a 300.", []string{"death-row=300"}},
		// a noun that is no person: the keyword says where, not what
		{"Amnesty International said 12 prisons hold people on death row.", []string{}},
	})
}

// Two institutions joined by "and the" are two names, not one long name
// holding the words of both ("the National Fallen Firefighters Foundation
// and the National Fire Protection Association"), and a descriptive noun
// before the conjunction introduces neither: "the foundation" later
// refers to the foundation.
func TestExtractCoordinatedInstitutions(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"firefighter deaths", "firefighters killed"}}},
		[]tracker.Actor{
			{Name: "NFPA", Role: tracker.Confirmer, Aliases: []string{"NFPA", "National Fire Protection Association"}},
			{Name: "NFFF", Role: tracker.Confirmer, Aliases: []string{"NFFF", "National Fallen Firefighters Foundation"}},
			{Name: "USFA", Role: tracker.Claimant, Aliases: []string{"USFA", "U.S. Fire Administration"}},
		})
	checkFigureLists(t, e, []metricCase{
		{"The U.S. Fire Administration, the National Fallen Firefighters Foundation and the National Fire Protection Association each keep a tally. For 2005, the NFPA recorded 87 firefighter deaths, the foundation 99 and the USFA 115.",
			[]string{"killed=87 by NFPA", "killed=99 by NFFF", "killed=115 by USFA"}},
		{"The National Fallen Firefighters Foundation and the National Fire Protection Association keep tallies. The National Fire Protection Association recorded 87 firefighter deaths.",
			[]string{"killed=87 by NFPA"}},
	})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"the National Fallen Firefighters Foundation and the National Fire Protection Association",
			[]string{"NFFF: National Fallen Firefighters Foundation", "NFPA: National Fire Protection Association"}},
		// no article after the conjunction: one name
		{"the Fire Protection and Fallen Firefighters Association", nil},
	} {
		if got := actorMentions(e, tt.text); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("actor mentions of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// actorMentions returns, for text read as one sentence, the actors it
// names and the words that name them, "NFPA: National Fire Protection
// Association".
func actorMentions(e *Extractor, text string) []string {
	rs := []rune(text)
	toks := tokenize(rs, newFoldedText(rs))
	st := e.newState(toks)
	s := e.newSentence(toks, e.activeMetrics(nil), &st, rs)
	var out []string
	for _, em := range s.ents {
		if em.actor >= 0 {
			out = append(out, e.actors[em.actor].Name+": "+s.original(em.t0, em.t1))
		}
	}
	return out
}

// A comparison set off by commas between a number and the speaker after
// it does not stop the speaker from speaking for the number: "Countries
// reported 208,619 new cases …, a slight decline from the 211,009 cases
// notified a year earlier, the agency said". A speaker inside the aside
// gives its own number.
func TestExtractSpeakerAfterAside(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"new cases", "casos nuevos"}}},
		[]tracker.Actor{
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization"}},
		})
	checkFigureLists(t, e, []metricCase{
		{"Countries reported 208,619 new cases of leprosy to the World Health Organization in 2018, a slight decline from the 211,009 cases notified a year earlier, the agency said on Monday.",
			[]string{"cases=208619 by WHO"}},
		// the speaker inside the aside gives its own number
		{"Countries reported 208,619 new cases of leprosy in 2018, a figure the World Health Organization put at 211,009.",
			[]string{"cases=211009 by WHO"}},
	})
}

// A country's institution described by words of its name refers to it,
// whatever noun ends the description: "Kenya's national human rights
// watchdog", "Kenya's human rights commission" for the Kenya National
// Commission on Human Rights. Generic words alone ("Kenya's national
// agency") single out no one, and another country's body is not it.
func TestExtractCountryInstitutionByNameWords(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}}},
		[]tracker.Actor{
			{Name: "KNCHR", Role: tracker.Confirmer, Aliases: []string{"KNCHR", "Kenya National Commission on Human Rights"}},
			{Name: "Kenya Police", Role: tracker.Claimant, Aliases: []string{"Kenya National Police Service"}},
		})
	checkFigureLists(t, e, []metricCase{
		{"NAIROBI — Kenya's national human rights watchdog says 361 people have been injured.", []string{"injured=361 by KNCHR"}},
		{"Kenya's human rights commission says 361 people have been injured.", []string{"injured=361 by KNCHR"}},
		{"Kenya's national police service says 361 people have been injured.", []string{"injured=361 by Kenya Police"}},
		{"Kenya's national agency says 361 people have been injured.", nil},
		{"Uganda's human rights commission says 361 people have been injured.", nil},
	})
}

// A word that marks one of two metrics of a kind marks the number only
// when it names whom the number counts: not when it names the source
// ("187 injured, police said") nor when it is the noun of a part after
// the number ("187 injured, including 90 police officers").
func TestExtractMarkOfSourceOrPart(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "injured", Name: "People injured in the protests", Unit: "people", Keywords: []string{"injured", "wounded", "heridos"}},
		{ID: "police-injured", Name: "Police officers injured", Unit: "people", Keywords: []string{"police injured", "officers injured", "policías heridos"}},
	}, []tracker.Actor{
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}},
		{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Health Ministry"}},
	})
	checkMetricValues(t, e, []metricCase{
		{"The protests left 187 injured, police said.", []string{"injured=187"}},
		{"The clashes left 187 injured, the Health Ministry said, including 90 police officers.", []string{"injured=187", "police-injured=90"}},
		{"Police said 12 officers were injured in the clashes.", []string{"police-injured=12"}},
		{"The Health Ministry said 12 police officers were injured.", []string{"police-injured=12"}},
	})
}

// A share of a count that names the people another metric of the same
// kind is restricted to counts that metric: "187 injured, including 90
// police officers" is 90 police officers injured, and the police named as
// the noun of a part are those counted, not the source. A share naming
// people no metric is restricted to stays a part.
func TestExtractRoleShareOfCountedWhole(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "injured", Name: "People injured in the protests", Unit: "people", Keywords: []string{"injured", "heridos"}},
		{ID: "police-injured", Name: "Police officers injured", Unit: "people", Keywords: []string{"police injured", "officers injured", "policías heridos"}},
	}, []tracker.Actor{
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía", "police chief"}},
		{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Health Ministry"}},
		{Name: "Defensoría", Role: tracker.Confirmer, Aliases: []string{"Defensoría del Pueblo"}},
	})
	checkFigureLists(t, e, []metricCase{
		{"The clashes left 187 injured, including 90 police officers and 93 civilians, the Health Ministry said.",
			[]string{"injured=187 by Ministry of Health", "police-injured=90 by Ministry of Health"}},
		{"Twenty-six people were injured in the clashes, the Health Ministry said on Tuesday, 23 of them demonstrators and three of them police officers.",
			[]string{"injured=26 by Ministry of Health", "police-injured=3 by Ministry of Health"}},
		{"Las protestas han dejado 539 heridos, según la Defensoría del Pueblo: 271 civiles y 268 policías.",
			[]string{"injured=539 by Defensoría", "police-injured=268 by Defensoría"}},
		{"The clashes left 187 injured, including 90 women, the Health Ministry said.",
			[]string{"injured=187 by Ministry of Health"}},
		// the police named by a part's noun do not compete with the source
		{"Abul Kalam Azad, the local police chief, said about 170 people had been hurt, among them at least 40 firefighters and 10 police officers.",
			[]string{"injured=170 by Police", "police-injured=10 by Police"}},
	})
}

// A verb of one metric whose object is another metric's noun, with the
// number in that noun's "of" phrase, says what happened to those counted:
// "commuting the death sentences of 2,747 prisoners" commutes them. A verb
// of no metric leaves the noun its reading.
func TestExtractVerbOverNounOf(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "sentences", Unit: "sentences", Keywords: []string{"death sentences", "penas de muerte"}},
		{ID: "commutations", Unit: "sentences", Keywords: []string{"commuted", "commutations", "conmutó", "conmutaciones"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}},
	}, []tracker.Actor{
		{Name: "DPIC", Role: tracker.Confirmer, Aliases: []string{"Death Penalty Information Center"}},
		{Name: "White House", Role: tracker.Claimant, Aliases: []string{"Casa Blanca", "White House"}},
	})
	checkMetricValues(t, e, []metricCase{
		{"President Kenyatta signed orders commuting the death sentences of 2,747 prisoners, the Death Penalty Information Center reported.", []string{"commutations=2747"}},
		{"El presidente conmutó las penas de muerte de 37 presos, según la Casa Blanca.", []string{"commutations=37"}},
		{"Courts handed down the death sentences of 49 people, the Death Penalty Information Center reported.", []string{"sentences=49"}},
		{"The White House confirmed the deaths of 12 prisoners.", []string{"deaths=12"}},
	})
}

// A word that marks one metric is compared with the other metrics'
// keywords stem by stem within one language: "médicos" (Spanish stem
// "medic") still marks doctors when another metric lists "medical staff"
// (English stem "medic"), so a count of doctors stays one.
func TestExtractMarksByLanguage(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "doctors", Name: "Doctors who have left the country to work abroad", Unit: "doctors",
			Keywords: []string{"doctors emigrated", "doctors left", "médicos emigrados", "médicos han emigrado", "éxodo de médicos", "fuga de médicos"}},
		{ID: "nurses", Name: "Nurses who have left the country to work abroad", Unit: "nurses",
			Keywords: []string{"nurses emigrated", "nurses left", "enfermeras emigradas", "éxodo de enfermeras"}},
		{ID: "health-workers", Name: "Health workers of all kinds who have left the country", Unit: "health workers",
			Keywords: []string{"health workers left", "healthcare workers emigrated", "medical staff abroad", "personal sanitario", "profesionales de la salud han emigrado", "fuga de cerebros sanitarios"}},
	}, []tracker.Actor{{Name: "FMV", Role: tracker.Claimant, Aliases: []string{"Federación Médica Venezolana"}}})
	checkMetricValues(t, e, []metricCase{
		{"Más de 42.000 médicos han emigrado de Venezuela por las condiciones en que trabaja el personal sanitario, según la Federación Médica Venezolana.", []string{"doctors=42000"}},
		{"Más de 42.000 profesionales de la salud han emigrado de Venezuela, según la Federación Médica Venezolana.", []string{"health-workers=42000"}},
	})
}

// Emigration is a kind of count of the built-in lexicon: a metric whose
// keywords name people leaving their country matches its other words.
func TestExtractEmigrationConcept(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "doctors", Name: "Doctors who emigrated", Unit: "doctors", Keywords: []string{"doctors emigrated", "médicos emigrados"}},
		{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}},
	}, []tracker.Actor{
		{Name: "NMA", Role: tracker.Claimant, Aliases: []string{"Nigerian Medical Association", "NMA"}},
		{Name: "FMV", Role: tracker.Claimant, Aliases: []string{"Federación Médica Venezolana"}},
	})
	checkMetricValues(t, e, []metricCase{
		{"More than 15,000 doctors trained in Nigeria have left the country, the Nigerian Medical Association said.", []string{"doctors=15000"}},
		{"Unos 30.000 médicos se han ido del país, según la Federación Médica Venezolana.", []string{"doctors=30000"}},
		{"More than 15,000 doctors trained in Nigeria now work in the country, the Nigerian Medical Association said.", []string{}},
	})
}

// The value a change starts from is no figure even when its period stands
// between it and the verb of change: "de más de 5 millones de casos en la
// década de 1980 se pasó a 133.802 casos".
func TestExtractDistantChangeOrigin(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"casos nuevos", "casos", "new cases"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS", "WHO"}}})
	checkMetricValues(t, e, []metricCase{
		{"La lepra ha perdido terreno: de más de 5 millones de casos en la década de 1980 se pasó a 133.802 casos registrados a finales de 2021, según la OMS.", []string{"cases=133802"}},
	})
}

// Babies, young people, the elderly, doctors and sailors are people: a
// count of them is a count of people ("Five babies have died").
func TestExtractBabiesAndEldersArePeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "cases", Keywords: []string{"whooping cough cases", "cases", "casos"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "died", "muertes", "murieron"}},
	}, []tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry", "Ministerio de Salud"}}})
	checkMetricValues(t, e, []metricCase{
		{"Five babies have died of whooping cough in England since the start of the year, the Health Ministry said on Thursday, as confirmed cases continued to climb.", []string{"deaths=5"}},
		{"En lo que va de 2025, la tos ferina ha causado la muerte de 45 bebés en México, informó el Ministerio de Salud.", []string{"deaths=45"}},
		{"The Health Ministry said 12 elderly residents died in the heat.", []string{"deaths=12"}},
	})
	e = New([]tracker.Metric{{ID: "suspended", Unit: "people", Keywords: []string{"suspended", "suspendidos", "sancionados"}}},
		[]tracker.Actor{{Name: "FIFA", Role: tracker.Claimant, Aliases: []string{"FIFA"}}, {Name: "FHF", Role: tracker.Claimant, Aliases: []string{"FHF"}}})
	checkMetricValues(t, e, []metricCase{
		{"De acuerdo con la FIFA, son ya tres los responsables de la FHF suspendidos.", []string{"suspended=3"}},
		{"FIFA said five players had been suspended.", []string{"suspended=5"}},
		{"Según la FIFA, 23 nadadores chinos fueron suspendidos.", []string{"suspended=23"}},
		{"Según la FIFA, fueron sancionados 16.000 muchachos.", []string{"suspended=16000"}},
	})
}

// A negated event says it did not happen to those counted: "56 prisoners
// were not released", "no fueron excarcelados". A negation of another,
// farther predicate, or "no fewer than", does not.
func TestExtractNegatedEvent(t *testing.T) {
	e := New([]tracker.Metric{{ID: "released", Unit: "people", Keywords: []string{"prisoners", "released", "excarcelados", "liberados"}}},
		[]tracker.Actor{{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}}})
	checkFigureLists(t, e, []metricCase{
		{"Foro Penal said 56 prisoners were not released.", nil},
		{"Foro Penal said 56 prisoners have never been released.", nil},
		{"Foro Penal dijo que 56 presos no fueron excarcelados.", nil},
		{"Foro Penal dijo que no han sido liberados 56 presos.", nil},
		{"Foro Penal said no fewer than 56 prisoners were released.", []string{"released=56 by Foro Penal"}},
		// the number a ", not N" sets right
		{"Foro Penal said 56 prisoners were released, not 40.", []string{"released=56 by Foro Penal"}},
		{"Foro Penal said 56 prisoners were released on Sunday, and that the government had not yet explained why the others were not.", []string{"released=56 by Foro Penal"}},
		// the predicate of the count's own noun phrase, however long
		{"Foro Penal said 56 prisoners held under the previous administration still have not been released.", nil},
		{"Foro Penal dijo que 56 presos detenidos durante las protestas de julio aún no han sido excarcelados.", nil},
		// (but not a verb after another clause starts)
		{"Foro Penal said 56 prisoners were released and that many held since 2024 have not been released.", []string{"released=56 by Foro Penal"}},
	})
}

// Lives saved are deaths that did not happen: "saved an estimated 93,000
// lives", "salvó 300 vidas" count no deaths, "claimed 93 lives" does.
func TestExtractSavedLives(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}})
	checkMetricValues(t, e, []metricCase{
		{"Restrictions on pesticides saved an estimated 93,000 lives between 1995 and 2015, WHO said.", []string{}},
		{"Según la OMS, la vacuna salvó 300 vidas el año pasado.", []string{}},
		{"The outbreak has claimed 93 lives, WHO said.", []string{"deaths=93"}},
	})
}

// A number whose own noun is a term of a kind of count no metric owns
// counts that kind, not a metric whose term stands near: "atendieron a 113
// sobrevivientes …, muchos de ellos menores" counts no children. Who lives
// somewhere, and a word that only shares a stem with a term
// ("deportistas"), are no such kind.
func TestExtractHeadOfUntrackedKind(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "child-crossings", Unit: "children", Keywords: []string{"menores", "niños", "children"}},
		{ID: "sanctioned", Unit: "people", Keywords: []string{"sancionados", "sanctioned"}},
	}, []tracker.Actor{
		{Name: "MSF", Role: tracker.Confirmer, Aliases: []string{"MSF", "Médicos Sin Fronteras"}},
		{Name: "WADA", Role: tracker.Confirmer, Aliases: []string{"Agencia Mundial Antidopaje", "WADA"}},
	})
	checkMetricValues(t, e, []metricCase{
		{"Médicos Sin Fronteras informó que sus equipos atendieron a 113 sobrevivientes de violencia sexual en la selva, muchos de ellos menores.", []string{}},
		{"La Agencia Mundial Antidopaje informó de que 203 deportistas rusos han sido sancionados.", []string{"sanctioned=203"}},
	})
}

// A number whose verb's subject is a term of another kind of count does
// not take the metric of the number before it: "ha registrado unos 1.250
// ataques …, y los muertos ascienden a más de una decena" counts deaths.
func TestExtractSubjectOfOtherKind(t *testing.T) {
	e := New([]tracker.Metric{{ID: "attacks", Unit: "attacks", Keywords: []string{"ataques", "attacks"}}},
		[]tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según OCHA, se han registrado unos 1.250 ataques de colonos, y los muertos ascienden a más de una decena.", []string{"attacks=1250"}},
		{"Según OCHA, se han registrado unos 1.250 ataques de colonos, y la cifra asciende a 1.300 en Cisjordania.", []string{"attacks=1250", "attacks=1300"}},
	})
}

// What authors or their report found is stated by the source that wrote
// it, named a sentence or two before: "…, the analysis found", "…, the
// researchers found". "found" alone is no cue ("bodies were found").
func TestExtractAuthorsFound(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hunger", Unit: "people", Keywords: []string{"acute food insecurity", "hambre aguda"}}},
		[]tracker.Actor{{Name: "IPC", Role: tracker.Confirmer, Aliases: []string{"IPC"}}})
	checkFigureLists(t, e, []metricCase{
		{"The IPC published a new analysis on Tuesday. Some 3.4 million people are already facing acute food insecurity, the analysis found.",
			[]string{"hunger=3400000 by IPC"}},
		{"The IPC published a new analysis on Tuesday. Some 3.4 million people are already facing acute food insecurity, its researchers found.",
			[]string{"hunger=3400000 by IPC"}},
		{"The IPC published a new analysis on Tuesday. Some 3.4 million people are already facing acute food insecurity, journalists found.", nil},
		// "it" for the analysis just named
		{"The IPC published a new analysis on Tuesday. Some 3.4 million people are already facing acute food insecurity, it showed.",
			[]string{"hunger=3400000 by IPC"}},
	})
}

// The figure noun left out after "la de" takes the metric whose own
// keyword the term is, when several metrics own its kind: "elevó a siete
// la cifra de fallecidos y a 1.340 la de heridos" for trackers of the
// injured, of injured police and of eye injuries.
func TestExtractEllipticFigureOfSharedKind(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "injured", Unit: "people", Keywords: []string{"heridos", "injured"}},
		{ID: "police-injured", Unit: "people", Keywords: []string{"policías heridos", "police injured"}},
		{ID: "eye-injuries", Unit: "people", Keywords: []string{"lesiones oculares", "eye injuries"}},
	}, []tracker.Actor{{Name: "Defensoría", Role: tracker.Confirmer, Aliases: []string{"Defensoría del Pueblo"}}})
	checkMetricValues(t, e, []metricCase{
		{"La Defensoría del Pueblo elevó a siete la cifra de fallecidos y a 1.340 la de heridos en las protestas.", []string{"injured=1340"}},
	})
}

// "The UN agency" refers back to the UN body the text named paragraphs
// before, further than "the agency" alone reaches; never to a government
// body.
func TestExtractUNAgencyReachesBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"premature deaths", "deaths"}}},
		[]tracker.Actor{
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization"}},
			{Name: "EEA", Role: tracker.Confirmer, Aliases: []string{"European Environment Agency"}},
			{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry"}},
		})
	between := " Concentrations should now stay below 5 micrograms, the guidelines say. The particles lodge deep in the lungs, where they cause asthma."
	checkFigureLists(t, e, []metricCase{
		{"The World Health Organization on Wednesday halved its ceiling." + between +
			" Fine particles were associated with around 4.1 million premature deaths in 2016, according to the UN agency.",
			[]string{"deaths=4100000 by WHO"}},
		{"The Health Ministry on Wednesday halved its ceiling." + between +
			" Fine particles were associated with around 4.1 million premature deaths in 2016, according to the UN agency.", nil},
	})
}

// "transportaba" says how many were aboard, but the concept is matched as
// written, not by its stem: "transportistas", "transporte" name carriers
// and transport, no count of people aboard.
func TestExtractAboardTermsAsWritten(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cargo", Unit: "cases", Keywords: []string{"robo a transportistas"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"detenidos"}},
	}, []tracker.Actor{{Name: "Carabineros", Role: tracker.Claimant, Aliases: []string{"Carabineros"}}})
	checkMetricValues(t, e, []metricCase{
		{"Carabineros elevó a 16 el número de detenidos por el asalto a la empresa de transporte de valores.", []string{"arrests=16"}},
	})
	deaths := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos"}}},
		[]tracker.Actor{{Name: "Armada", Role: tracker.Claimant, Aliases: []string{"la Armada"}}})
	checkMetricValues(t, deaths, []metricCase{
		{"La Armada informó de 12 muertos en el naufragio de la lancha, que transportaba a 40 personas.", []string{"deaths=12"}},
	})
}

// A metric whose keywords name only people in a state ("prisoners",
// "presos") and whose name says what happened to them ("Prisoners freed
// in exchanges") owns that event as well: "ha excarcelado a 1.968 presos"
// is a release it counts, beside a metric of hostages.
func TestExtractNameNamesTheEvent(t *testing.T) {
	actors := []tracker.Actor{{Name: "Israeli government", Role: tracker.Claimant, Aliases: []string{"Israel"}}}
	e := New([]tracker.Metric{
		{ID: "freed", Name: "Prisoners freed in exchanges", Unit: "people", Keywords: []string{"prisoners", "detainees", "presos", "detenidos"}},
		{ID: "hostages", Name: "Hostages released", Unit: "people", Keywords: []string{"hostages", "rehenes", "secuestrados"}},
	}, actors)
	checkMetricValues(t, e, []metricCase{
		{"Israel anunció que ha excarcelado a 1.968 presos palestinos a cambio de los últimos 20 rehenes vivos.",
			[]string{"freed=1968", "hostages=20"}},
	})
}

// A list item with a verb of its own says what its number counts: in
// "siete fueron asesinados, ocho sufrieron atentados", the 8 suffered
// attacks, which no metric counts, and the term of the item before does
// not reach it; a participle after a number is no verb of its own.
func TestExtractListItemOwnPredicate(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"asesinados", "killed"}},
		{ID: "victims", Unit: "people", Keywords: []string{"víctimas", "victims"}},
	}, []tracker.Actor{{Name: "MOE", Role: tracker.Confirmer, Aliases: []string{"MOE"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según la MOE, siete fueron asesinados, ocho sufrieron atentados y 53 recibieron amenazas.", []string{"killed=7"}},
		{"The MOE said seven were killed, eight were attacked and 53 received threats.", []string{"killed=7"}},
		{"Según la MOE, siete fueron asesinados y ocho fueron asesinados después.", []string{"killed=7", "killed=8"}},
	})
}

// Prevented events did not happen: "7.6 million deaths have been
// averted", "evitó la llegada de 3.000 migrantes" count none, unless a
// metric counts the prevention itself ("crossings prevented").
func TestExtractPreventedEvents(t *testing.T) {
	actors := []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}}
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}},
		{ID: "arrivals", Unit: "people", Keywords: []string{"arrivals", "llegadas", "llegada"}},
	}, actors)
	checkMetricValues(t, e, []metricCase{
		{"Since 2000, 7.6 million deaths have been averted, WHO said.", nil},
		{"Según la OMS, el operativo evitó la llegada de 3.000 migrantes.", nil},
		{"WHO said 1,200 arrivals had been recorded.", []string{"arrivals=1200"}},
	})
	prevented := New([]tracker.Metric{{ID: "prevented", Unit: "crossings", Keywords: []string{"crossings prevented", "prevented"}}}, actors)
	checkMetricValues(t, prevented, []metricCase{
		{"WHO said 33,000 crossings were prevented last year.", []string{"prevented=33000"}},
	})
}

// "ya", "still", "también" between a term and its number part nothing:
// "los detenidos ya son 30" counts arrests as "los detenidos son 30" does.
func TestExtractAdverbBetweenTermAndNumber(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrests", Unit: "people", Keywords: []string{"detenidos", "arrested"}},
		{ID: "fires", Unit: "fires", Keywords: []string{"incendios"}},
	}, []tracker.Actor{{Name: "Guardia Civil", Role: tracker.Claimant, Aliases: []string{"Guardia Civil"}}})
	checkMetricValues(t, e, []metricCase{
		{"La Guardia Civil informó de que los detenidos son 30.", []string{"arrests=30"}},
		{"La Guardia Civil informó de que los detenidos ya son 30.", []string{"arrests=30"}},
		{"The Guardia Civil said 30 people were also arrested.", []string{"arrests=30"}},
	})
}

// A noun of records or events takes the metric of the keyword it records
// ("1.444 accidentes por mordedura", "94 eventos de agresión", "926
// denuncias por agresiones", "89.000 registros de detenciones"); a report
// or a notice is not what it tells of.
func TestExtractRecordsOfKeyword(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "bites", Unit: "bites", Keywords: []string{"mordeduras", "dog bites"}},
		{ID: "attacks", Unit: "attacks", Keywords: []string{"agresiones", "attacks"}},
	}, []tracker.Actor{{Name: "Minsal", Role: tracker.Claimant, Aliases: []string{"Minsal"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según el Minsal, se notificaron 1.444 accidentes por mordedura animal en 2024.", []string{"bites=1444"}},
		{"El Minsal contabilizó 94 eventos de agresión a lo largo del año.", []string{"attacks=94"}},
		{"The Minsal recorded 57 incidents of dog bites.", []string{"bites=57"}},
		{"The Minsal received 500 reports of dog bites.", nil},
		{"El Minsal registró 94 eventos deportivos.", nil},
		// a complaint for an offence counts the offence
		{"Según el Minsal, entre 2004 y 2014 se presentaron 926 denuncias por agresiones.", []string{"attacks=926"}},
		{"The Minsal received 926 complaints of attacks.", []string{"attacks=926"}},
		// records of a kind count it; people may come before what befell them
		{"El Minsal acumula casi 89.000 registros de agresiones desde marzo.", []string{"attacks=89000"}},
		{"El Minsal tiene 110.964 registros de personas agredidas.", []string{"attacks=110964"}},
		{"The Minsal holds 9,000 records of people attacked.", []string{"attacks=9000"}},
	})
}

// A count whose noun is left out after an adjective of how sure or grave
// it is counts what the count before it does: "1.063 muertes confirmadas
// y 1.606 probables"; another noun after the number is its own.
func TestExtractElidedNounAfterAdjective(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}}},
		[]tracker.Actor{{Name: "Gobierno", Role: tracker.Claimant, Aliases: []string{"el Gobierno", "the government"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según el Gobierno, abril se cerró con 1.063 muertes confirmadas y 1.606 probables.", []string{"deaths=1063", "deaths=1606"}},
		{"The government reported 1,063 confirmed deaths and 1,606 probable.", []string{"deaths=1063", "deaths=1606"}},
		{"Según el Gobierno, hubo 1.063 muertes confirmadas y 1.606 desertores.", []string{"deaths=1063"}},
	})
}

// "…, adding that 12 of them were in critical condition" gives a part of
// the speaker's own count; a part with a term of its own ("41 of them had
// been downed") still counts what that term names.
func TestExtractAddedPartOfOwnCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "injured", Unit: "people", Keywords: []string{"wounded", "injured"}},
		{ID: "launched", Unit: "drones", Keywords: []string{"launched"}},
		{ID: "downed", Unit: "drones", Keywords: []string{"downed", "shot down"}},
	}, []tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}}})
	checkMetricValues(t, e, []metricCase{
		{"Some 300 people were wounded, the Red Cross said, adding that 12 of them were in critical condition.", []string{"injured=300"}},
		{"The Red Cross said Russia launched 48 drones, adding that 41 of them had been downed.", []string{"launched=48", "downed=41"}},
	})
}

// People in prison are counted by a metric of people held or arrested,
// never by another state's: "informó de 95 detenidos" beside a metric of
// displaced people is an arrest count.
func TestExtractPrisonersAreNoOtherState(t *testing.T) {
	actors := []tracker.Actor{{Name: "Interior", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior"}}}
	e := New([]tracker.Metric{
		{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "desplazados"}},
		{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}},
	}, actors)
	checkMetricValues(t, e, []metricCase{
		{"El Ministerio del Interior informó de 95 detenidos.", []string{"arrested=95"}},
	})
	displaced := New([]tracker.Metric{{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "desplazados"}}}, actors)
	checkMetricValues(t, displaced, []metricCase{
		{"El Ministerio del Interior informó de 95 detenidos.", nil},
		{"Según el Ministerio del Interior, son más de 300 los presos.", nil},
	})
}

// Cases, incidents or complaints count what their complement names: "1,638
// cases of microcephaly" counts microcephaly even where the keywords of
// another metric hold "cases".
func TestExtractCasesOfKeyword(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "zika", Name: "Zika cases", Unit: "cases", Keywords: []string{"Zika cases", "infections", "casos de zika"}},
		{ID: "microcephaly", Name: "Microcephaly cases", Unit: "cases", Keywords: []string{"microcephaly", "microcefalia"}},
	},
		[]tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry", "Ministerio de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Brazil has confirmed 1,638 cases of microcephaly in newborns, the Health Ministry said.", "[microcephaly=1638 by Health Ministry]"},
		{"El Ministerio de Salud confirmó 1.551 casos de microcefalia.", "[microcephaly=1551 by Health Ministry]"},
		{"The Health Ministry has recorded 91,387 Zika cases.", "[zika=91387 by Health Ministry]"},
		{"The Health Ministry is investigating 3,061 suspected cases of microcephaly.", "[microcephaly=3061 by Health Ministry]"},
	})
}

// A word between a number and a unit of time still makes a span ("the
// second of three voting days", "five consecutive days"); a noun for
// people there does not ("4,000 people voted abroad weeks ago").
func TestExtractModifiedDuration(t *testing.T) {
	e := New([]tracker.Metric{{ID: "votes", Name: "Votes abroad", Unit: "people", Keywords: []string{"voted abroad", "votos"}}},
		[]tracker.Actor{{Name: "Electoral Bureau", Role: tracker.Claimant, Aliases: []string{"Electoral Bureau"}}})
	checkFiguresBy(t, e, []figureCase{
		{"More than 270,000 Romanians living abroad had turned out to vote by 6 p.m. on Saturday, the second of three voting days, the Electoral Bureau said.",
			"[votes=270000 by Electoral Bureau]"},
		{"The Electoral Bureau said 270,000 people voted abroad over five consecutive days.", "[votes=270000 by Electoral Bureau]"},
		{"The Electoral Bureau said 4,000 people voted abroad weeks ago, and 270,000 people voted abroad on Sunday.",
			"[votes=4000 by Electoral Bureau votes=270000 by Electoral Bureau]"},
	})
}

// A total an event brings the count to counts what that event's noun
// counts, even when the noun is a keyword's inflection that names no
// concept of its own ("another case …, bringing the total to 3").
func TestExtractTotalAfterKeywordInflection(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Name: "Cases", Unit: "cases", Keywords: []string{"cases", "casos"}},
		{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}},
	},
		[]tracker.Actor{{Name: "Ghana Health Service", Role: tracker.Claimant, Aliases: []string{"Ghana Health Service"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Ghana has confirmed another case of Marburg virus disease, bringing the total to 3, the Ghana Health Service said.",
			"[cases=3 by Ghana Health Service]"},
		{"Ghana has recorded another death from Marburg virus disease, bringing the total to 2, the Ghana Health Service said.",
			"[deaths=2 by Ghana Health Service]"},
	})
}

// "States" of "the United States" is no verb of saying: the number keeps
// the source named at the end of its sentence.
func TestExtractCountryNameIsNoCue(t *testing.T) {
	e := New([]tracker.Metric{{ID: "thefts", Name: "Vehicle thefts", Unit: "vehicles", Keywords: []string{"vehicle thefts", "stolen"}}},
		[]tracker.Actor{{Name: "NICB", Role: tracker.Confirmer, Aliases: []string{"National Insurance Crime Bureau", "NICB"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Vehicle thefts in the United States rose last year, with 1,020,729 vehicles stolen, up from 1,008,756 in 2022, the National Insurance Crime Bureau said.",
			"[thefts=1020729 by NICB thefts=1008756 by NICB]"},
		{"Vehicle thefts in the United States reached 1,020,729 last year, the NICB said.", "[thefts=1020729 by NICB]"},
	})
}

// A source called the same one as before ("de acuerdo con la misma
// oficina", "according to the same official") is the actor last named,
// even across a paragraph break; the same data set is not a speaker.
func TestExtractSameSourceAcrossParagraph(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "livestock", Name: "Livestock deaths", Unit: "animals", Keywords: []string{"muerte de animales"}},
		{ID: "injured", Name: "Injured", Unit: "people", Keywords: []string{"injured"}},
	},
		[]tracker.Actor{
			{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"municipal government"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Tras dos años de sequía, 18,4 millones de personas pasan hambre, según cálculos de la OCHA.\n\nLa situación se agrava por la muerte de unos siete millones de animales por falta de agua, de acuerdo con la misma oficina.",
			"[livestock=7000000 by OCHA]"},
		// the same source as the subject of a verb giving the figure
		{"La OCHA informó en marzo de la muerte de animales en Somalia.\n\nEn agosto, la misma fuente elevó a 15.300 la muerte de animales.",
			"[livestock=15300 by OCHA]"},
		{"Rescuers searched the site all night, an official of the municipal government told a news conference.\n\nIn all, 698 injured people have been taken to hospital, according to the same official.",
			"[injured=698 by Government]"},
		{"Rescuers searched the site all night, an official of the municipal government told a news conference.\n\nIn all, 698 injured people have been taken to hospital, according to the same figures.",
			"[]"},
	})
}

// Nationalities right after a count of people break it down: "six people,
// five Colombians and one Ecuadorian" counts six; a count of nationals on
// its own is a count.
func TestExtractNationalityBreakdown(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Name: "Arrests", Unit: "people", Keywords: []string{"detained", "detenidos", "arrested"}}},
		[]tracker.Actor{{Name: "Navy", Role: tracker.Claimant, Aliases: []string{"Navy", "Armada"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Navy said it detained six people, five Colombians and one Ecuadorian.", "[arrests=6 by Navy]"},
		{"La Armada detuvo a seis personas, cinco colombianos y un ecuatoriano.", "[arrests=6 by Navy]"},
		{"La Armada había detenido a otros seis extranjeros, cinco colombianos y un brasileño.", "[arrests=6 by Navy]"},
		{"The Navy said it arrested 25 Colombians on Sunday.", "[arrests=25 by Navy]"},
		{"La Armada detuvo a 25 colombianos el domingo.", "[arrests=25 by Navy]"},
	})
}

// An opening "Of last year's total," makes what follows a part of that
// total.
func TestExtractPossessiveWholeOpensPart(t *testing.T) {
	e := New([]tracker.Metric{{ID: "claims", Name: "Asylum claims", Unit: "people", Keywords: []string{"asylum claims", "claims"}}},
		[]tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"UNHCR counted 1,300,000 asylum claims last year. Of last year's total, the U.S. received 331,700 claims.",
			"[claims=1300000 by UNHCR]"},
	})
}

// A part whose term is a keyword of the same metric as its whole stays a
// part, though the lexicon files the two terms under different kinds:
// "80 lesionados, de los que 46 siguen hospitalizados" where the metric's
// keywords hold both.
func TestExtractPartOfSameMetricKeyword(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Name: "Injured", Unit: "people", Keywords: []string{"heridos", "lesionados", "hospitalizados"}}},
		[]tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio de Salud dio un balance de 80 lesionados, de los que 46 siguen hospitalizados.", "[injured=80 by Health Ministry]"},
	})
	e = New([]tracker.Metric{
		{ID: "injured", Name: "Injured", Unit: "people", Keywords: []string{"heridos", "lesionados"}},
		{ID: "hospitalised", Name: "Hospitalised", Unit: "people", Keywords: []string{"hospitalizados"}},
	}, []tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio de Salud dio un balance de 80 lesionados, de los que 46 siguen hospitalizados.",
			"[injured=80 by Health Ministry hospitalised=46 by Health Ministry]"},
	})
}

// In an English compound the last noun is what is counted: "67 arrest
// warrants" are no arrests, "47 death certificates" no deaths.
func TestExtractCompoundHeadNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrests", Name: "Arrests", Unit: "people", Keywords: []string{"arrests", "arrested"}},
		{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"deaths", "dead"}},
	},
		[]tracker.Actor{{Name: "Attorney General", Role: tracker.Claimant, Aliases: []string{"Attorney General"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Authorities have issued 67 arrest warrants, the Attorney General said.", "[]"},
		{"The Attorney General said 47 death certificates had been issued.", "[]"},
		{"The Attorney General said 34 arrests had been made.", "[arrests=34 by Attorney General]"},
	})
}

// Nouns for people the lexicon lists are counts of people: "1.124
// pandilleros", "670 travellers", "2,000 non-combatants".
func TestExtractPeopleNounsOfGangsAndTravel(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Name: "Arrests", Unit: "people", Keywords: []string{"arrested", "capturados"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"PNC", "police"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La PNC informó de que fueron capturados 1.124 pandilleros en todo el país.", "[arrests=1124 by Police]"},
		{"The PNC said 300 gangsters were arrested overnight.", "[arrests=300 by Police]"},
	})
}

// Lexicon terms of kinds plain trackers count: people reached by food aid,
// stranded, shot, escaped, returned home, abducted by force.
func TestExtractLexiconAidStrandedShotEscaped(t *testing.T) {
	actors := []tracker.Actor{{Name: "Agency", Role: tracker.Confirmer, Aliases: []string{"the Agency", "la Agencia"}}}
	cases := []struct {
		keywords []string
		text     string
		want     string
	}{
		{[]string{"food assistance", "ayuda alimentaria"}, "Según la Agencia, más de 911.000 personas recibieron alimentos en Jartum.", "[m=911000 by Agency]"},
		{[]string{"food assistance", "ayuda alimentaria"}, "The Agency said 720,000 people had been reached with food baskets since February.", "[m=720000 by Agency]"},
		{[]string{"stranded", "varados"}, "The Agency said roughly 670 trekkers were stuck along the trail.", "[m=670 by Agency]"},
		{[]string{"shot", "baleados"}, "The Agency said 11 people were struck by gunfire at the party.", "[m=11 by Agency]"},
		{[]string{"escaped", "fugados"}, "La Agencia confirmó la evasión de 461 presos de la cárcel.", "[m=461 by Agency]"},
		{[]string{"returned", "retornados"}, "More than 1 million refugees have come home since December, the Agency said.", "[m=1000000 by Agency]"},
		{[]string{"abducted", "secuestrados"}, "Según la Agencia, unos 120 escolares fueron llevados por la fuerza hacia el bosque.", "[m=120 by Agency]"},
		{[]string{"flooded", "inundadas"}, "The Agency puts the number of inundated homes at 5,140.", "[m=5140 by Agency]"},
		{[]string{"overdose deaths", "sobredosis"}, "\u201cWe lost 73,690 people to overdoses last year,\u201d the Agency said.", "[m=73690 by Agency]"},
		{[]string{"abducted", "secuestrados"}, "La Agencia estima que los asaltantes se llevaron a 42 estudiantes.", "[m=42 by Agency]"},
		{[]string{"abducted", "secuestrados"}, "The Agency said 137 students had been taken by the attackers.", "[m=137 by Agency]"},
		{[]string{"out of school", "fuera de la escuela"}, "The Agency said 740,000 children there were not attending classes.", "[m=740000 by Agency]"},
		{[]string{"found alive", "localizadas con vida"}, "Más de 1.500 personas desaparecidas fueron encontradas vivas, informó la Agencia.", "[m=1500 by Agency]"},
		{[]string{"missing", "desaparecidos"}, "The Agency said 29 people had yet to be found.", "[m=29 by Agency]"},
		{[]string{"rescued", "rescatados"}, "«Hemos recuperado con vida a 22 personas», dijo la Agencia.", "[m=22 by Agency]"},
		{[]string{"rescued", "rescatados"}, "Según la Agencia, 17 ocupantes fueron rescatados con vida.", "[m=17 by Agency]"},
		{[]string{"restored", "restablecido"}, "A 154.300 clientes se les restituyó la luz, detalló la Agencia.", "[m=154300 by Agency]"},
		// a road's number is a label
		{[]string{"stranded", "varados"}, "La Agencia atendió a 1.500 personas que permanecen varadas en la carretera 57.", "[m=1500 by Agency]"},
	}
	for _, c := range cases {
		e := New([]tracker.Metric{{ID: "m", Name: "M", Unit: "people", Keywords: c.keywords}}, actors)
		checkFiguresBy(t, e, []figureCase{{c.text, c.want}})
	}
}

// A body named by what it coordinates or protects is an institution that
// "la dependencia", "el gremio" refer back to; "the force" is the police.
func TestExtractInstitutionReferrers(t *testing.T) {
	e := New([]tracker.Metric{{ID: "flooded", Name: "Homes flooded", Unit: "homes", Keywords: []string{"flooded", "inundadas"}}},
		[]tracker.Actor{
			{Name: "Civil Protection", Role: tracker.Claimant, Aliases: []string{"Civil Protection", "Coordinación Nacional de Protección Civil"}},
			{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Haitian National Police"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La Coordinación Nacional de Protección Civil instaló albergues en escuelas. La dependencia federal precisó que 8.200 casas resultaron inundadas.",
			"[flooded=8200 by Civil Protection]"},
		{"The Haitian National Police briefed journalists. The force said 212 homes were flooded.", "[flooded=212 by Police]"},
	})
}

// What a body belongs to, in apposition to it, does not speak: "El
// organismo, dependiente de Sanidad, cifra en 1.063 los fallecidos" is the
// institute's figure.
func TestExtractParentBodyDoesNotSpeak(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Name: "Heat deaths", Unit: "people", Keywords: []string{"fallecidos", "deaths"}}},
		[]tracker.Actor{
			{Name: "ISCIII", Role: tracker.Confirmer, Aliases: []string{"Instituto de Salud Carlos III", "Carlos III Health Institute"}},
			{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Sanidad", "Health Ministry"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"El Instituto de Salud Carlos III publicó sus estimaciones. El organismo, dependiente de Sanidad, cifra en 1.063 los fallecidos por el calor.",
			"[deaths=1063 by ISCIII]"},
		{"The Carlos III Health Institute, part of the Health Ministry, said 1,063 deaths were linked to the heat.",
			"[deaths=1063 by ISCIII]"},
	})
}

// "La organización humanitaria confirmó 22 muertos": the organisation
// last named, though an adjective follows its noun.
func TestExtractOrganisationWithAdjective(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"muertos", "deaths"}}},
		[]tracker.Actor{
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja Americana", "Red Cross"}},
			{Name: "MEMA", Role: tracker.Claimant, Aliases: []string{"MEMA"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La Cruz Roja Americana desplegó voluntarios en los condados. La organización humanitaria confirmó 22 muertos.", "[deaths=22 by Red Cross]"},
	})
}

// An organisation referred to by its kind alone is the confirmer named
// last, whatever country the text named since: "Según la organización",
// "la agrupación ha registrado", "Esa coalición de organizaciones cifró",
// "The Brussels-based federation … estimates".
func TestExtractOrganisationByItsKind(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Name: "Arrests", Unit: "people", Keywords: []string{"arrestadas", "arrested", "detenidos"}}},
		[]tracker.Actor{
			{Name: "Amnesty", Role: tracker.Confirmer, Aliases: []string{"Amnistía Internacional", "Amnesty International"}},
			{Name: "Turkish government", Role: tracker.Claimant, Aliases: []string{"Turquía", "Turkey", "Gobierno turco"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Amnistía Internacional denuncia torturas a personas detenidas en Turquía. Según la organización, más de 10.000 personas han sido arrestadas.",
			"[arrests=10000 by Amnesty]"},
		{"Amnistía Internacional denuncia torturas en Turquía. Desde 2016, la agrupación ha registrado 2.130 detenidos.",
			"[arrests=2130 by Amnesty]"},
		{"Amnistía Internacional publicó su informe sobre Turquía. Esa coalición de organizaciones cifró en 1.003 los detenidos.",
			"[arrests=1003 by Amnesty]"},
		{"Amnesty International said on Friday that torture was routine in Turkey. The London-based federation, which coordinates 70 sections, estimates that 5,000 people were arrested.",
			"[arrests=5000 by Amnesty]"},
		// the government named as a government is no organisation
		{"Amnistía Internacional denuncia torturas en Turquía. Según el Gobierno turco, 9.000 personas han sido arrestadas.",
			"[arrests=9000 by Turkish government]"},
	})
}

// A list of places that leaves out the noun its first count gave counts
// the same thing at each place: "3,708 warheads in the US, 4,489 in Russia
// and 410 in China", "a Estados Unidos 3.708 ojivas y a Rusia 4.489".
func TestExtractElidedNounInListOfPlaces(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "warheads", Name: "Nuclear warheads", Unit: "warheads", Keywords: []string{"warheads", "ojivas"}},
		{ID: "deployed", Name: "Deployed warheads", Unit: "warheads", Keywords: []string{"deployed warheads", "ojivas desplegadas"}},
	}, []tracker.Actor{{Name: "SIPRI", Role: tracker.Confirmer, Aliases: []string{"SIPRI"}}})
	checkFiguresBy(t, e, []figureCase{
		{"SIPRI counted 3,708 warheads in the US, 4,489 in Russia and 410 in China.",
			"[warheads=3708 by SIPRI warheads=4489 by SIPRI warheads=410 by SIPRI]"},
		{"SIPRI attributes 3,708 warheads to the US and 4,489 to Russia.", "[warheads=3708 by SIPRI warheads=4489 by SIPRI]"},
		{"El SIPRI atribuye a Estados Unidos 3.708 ojivas nucleares y a Rusia 4.489.", "[warheads=3708 by SIPRI warheads=4489 by SIPRI]"},
		{"El SIPRI atribuye 3.708 ojivas nucleares a Estados Unidos y 4.489 a Rusia.", "[warheads=3708 by SIPRI warheads=4489 by SIPRI]"},
		// the earlier count is of no metric: nothing to carry
		{"SIPRI counted 3,708 missiles in the US and 4,489 in Russia.", "[]"},
	})
	// the list goes on past a passive's verb and a kind of place, and its
	// later counts take the first one's metric rather than a nearer
	// keyword of another ("intercepted" for missiles)
	air := New([]tracker.Metric{
		{ID: "missiles", Name: "Missiles intercepted", Unit: "missiles", Keywords: []string{"missiles intercepted", "intercepted"}},
		{ID: "drones", Name: "Drones shot down", Unit: "drones", Keywords: []string{"drones", "drones shot down", "drones intercepted", "drones derribados"}},
	}, []tracker.Actor{{Name: "Defence Ministry", Role: tracker.Claimant, Aliases: []string{"Defence Ministry", "Ministerio de Defensa"}}})
	checkFiguresBy(t, air, []figureCase{
		{"The Defence Ministry said 29 drones were intercepted over the Ryazan region, 27 over Voronezh and 21 over Belgorod.",
			"[drones=29 by Defence Ministry drones=27 by Defence Ministry drones=21 by Defence Ministry]"},
		{"Según el Ministerio de Defensa, 29 drones fueron derribados sobre la región de Riazán y 27 sobre Vorónezh.",
			"[drones=29 by Defence Ministry drones=27 by Defence Ministry]"},
	})
}

// A reporting word inside a metric's term is a noun, not the verb of a
// statement: "New asylum claims fell to 1.9 million …, UNHCR said" is
// UNHCR's figure, not one stated by "asylum".
func TestExtractCueWordInsideTerm(t *testing.T) {
	e := New([]tracker.Metric{{ID: "asylum", Name: "Asylum claims", Unit: "claims", Keywords: []string{"asylum claims", "asylum applications"}}},
		[]tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"New asylum claims fell to 1.9 million in 2017, down from 2.2 million the year before, UNHCR said.", "[asylum=1900000 by UNHCR]"},
		{"UNHCR said new asylum claims reached 1.9 million in 2017.", "[asylum=1900000 by UNHCR]"},
	})
}

// A report the sentence cites in a relative clause whose author is a
// description ("según el informe que las autoridades del país
// publicaron") refers back to the actor the sentence named; an author
// named by a name the tracker does not list is another source.
func TestExtractReportAuthoredBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "guns", Name: "Firearms surrendered", Unit: "firearms", Keywords: []string{"armas de fuego", "firearms"}}},
		[]tracker.Actor{{Name: "Australian Government", Role: tracker.Claimant, Aliases: []string{"Gobierno australiano", "Australian government"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Gobierno australiano recuperó 57.324 armas de fuego en tres meses, según el informe que las autoridades del país publicaron la semana pasada.",
			"[guns=57324 by Australian Government]"},
		{"The Australian government recovered 57,324 firearms in three months, according to the report that the agency released on Friday.",
			"[guns=57324 by Australian Government]"},
		{"El Gobierno australiano recuperó 57.324 armas de fuego en tres meses, según el informe que Human Rights Watch publicó la semana pasada.",
			"[]"},
	})
}

// A part named by the whole's noun ("4,120 of those warheads") is a count
// of its own when its passive predicate names another metric ("were
// deployed"); what the part merely was or had is no such predicate.
func TestExtractPartOfThoseOfOtherMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "warheads", Name: "Nuclear warheads", Unit: "warheads", Keywords: []string{"warheads", "ojivas"}},
		{ID: "deployed", Name: "Deployed warheads", Unit: "warheads", Keywords: []string{"deployed", "desplegadas"}},
		{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"dead", "died", "muertos"}},
		{ID: "cases", Name: "Cases", Unit: "cases", Keywords: []string{"infections", "casos"}},
	}, []tracker.Actor{
		{Name: "SIPRI", Role: tracker.Confirmer, Aliases: []string{"SIPRI", "Stockholm International Peace Research Institute"}},
		{Name: "FAS", Role: tracker.Confirmer, Aliases: []string{"Federation of American Scientists"}},
		{Name: "Russian government", Role: tracker.Claimant, Aliases: []string{"Kremlin", "Moscow"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"SIPRI counted 12,100 warheads. Some 4,120 of those warheads were deployed with operational forces, SIPRI said.",
			"[warheads=12100 by SIPRI deployed=4120 by SIPRI]"},
		{"El SIPRI contó 12.100 ojivas. Unas 4.120 de esas ojivas están desplegadas, según el SIPRI.",
			"[warheads=12100 by SIPRI deployed=4120 by SIPRI]"},
		{"SIPRI said three people died. Two of the dead had confirmed infections, SIPRI said.", "[deaths=3 by SIPRI]"},
		// "the think tank" is the organisation named last
		{"The nine states held 15,395 warheads at the start of 2016, the Stockholm International Peace Research Institute (SIPRI) said in its annual report, released on June 13.\n\n" +
			"Some 4,120 of those warheads were deployed with operational forces, the Sweden-based think tank estimated.",
			"[warheads=15395 by SIPRI deployed=4120 by SIPRI]"},
	})
}

// A source's first estimate is its figure until the text says it was
// revised: "Maritime Rescue gave an initial estimate of 280 occupants".
func TestExtractInitialEstimateStands(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrivals", Name: "Arrivals", Unit: "people", Keywords: []string{"occupants", "arrivals"}}},
		[]tracker.Actor{{Name: "Maritime Rescue", Role: tracker.Claimant, Aliases: []string{"Maritime Rescue"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Maritime Rescue gave an initial estimate of 280 occupants.", "[arrivals=280 by Maritime Rescue]"},
		{"Maritime Rescue counted 300 occupants, revising an initial estimate of 280 occupants.", "[arrivals=300 by Maritime Rescue]"},
	})
}

// "More" after a count for this year, beside a count dated to an earlier
// year, gives this year's count, not an increment of a running total; "so
// far this year" alone does not undo an increment.
func TestExtractMoreInCurrentPeriod(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Name: "Whale deaths", Unit: "whales", Keywords: []string{"died", "dead"}}},
		[]tracker.Actor{{Name: "NOAA", Role: tracker.Claimant, Aliases: []string{"NOAA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"NOAA said 26 whales died in 2016, and 18 more had died this year.", "[deaths=18 by NOAA]"},
		{"NOAA said 30 whales had died since it began counting in 2001, with 18 more dead so far this year.", "[deaths=30 by NOAA]"},
	})
}

// A number's own noun, a keyword of one metric, counts it even when the
// clause after it gives another count its own term: "5.550 ojivas, de las
// que 1.800 estaban desplegadas", "32 lynching attempts …, in which five
// alleged criminals were killed".
func TestExtractOwnNounBeforeAnotherCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "total", Name: "Warheads", Unit: "warheads", Keywords: []string{"ojivas", "warheads"}},
		{ID: "deployed", Name: "Deployed warheads", Unit: "warheads", Keywords: []string{"ojivas desplegadas", "desplegadas", "deployed"}},
	}, []tracker.Actor{{Name: "SIPRI", Role: tracker.Confirmer, Aliases: []string{"SIPRI"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según el SIPRI, Estados Unidos tenía 5.550 ojivas, de las que 1.800 estaban desplegadas.",
			"[total=5550 by SIPRI deployed=1800 by SIPRI]"},
		{"SIPRI said the United States had 5,550 warheads, of which 1,800 were deployed.",
			"[total=5550 by SIPRI deployed=1800 by SIPRI]"},
	})
	// a verb before an earlier count is that count's, not the next one's
	e = New([]tracker.Metric{
		{ID: "guns", Name: "Firearms seized", Unit: "firearms", Keywords: []string{"firearms seized", "seized"}},
		{ID: "ammo", Name: "Ammunition seized", Unit: "rounds", Keywords: []string{"ammunition", "rounds of ammunition"}},
	}, []tracker.Actor{{Name: "Survey", Role: tracker.Confirmer, Aliases: []string{"Small Arms Survey"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Border officers seized 141 small arms and nearly 80,000 rounds of small-calibre ammunition, according to the Small Arms Survey.",
			"[guns=141 by Survey ammo=80000 by Survey]"},
	})
}

// A verb whose object is one count is that count's, not a rival term for
// a later count of its own noun; a verb of a list or of a restated count
// goes with each.
func TestExtractVerbOfAnotherCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"murieron", "killed", "died"}},
		{ID: "strikes", Name: "Air strikes", Unit: "strikes", Keywords: []string{"incursiones", "ataques aéreos", "air raids"}},
		{ID: "displaced", Name: "Displaced", Unit: "people", Keywords: []string{"displaced"}},
	}, []tracker.Actor{{Name: "YDP", Role: tracker.Confirmer, Aliases: []string{"Yemen Data Project"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según el Yemen Data Project, en 2015 murieron cerca de 4.000 civiles en un total de 5.444 incursiones de la alianza.",
			"[deaths=4000 by YDP strikes=5444 by YDP]"},
		{"The storm displaced 79,602 households, or roughly 345,183 people, the Yemen Data Project said.",
			"[displaced=345183 by YDP]"},
	})
	e = New([]tracker.Metric{
		{ID: "destroyed", Name: "Explosive items destroyed", Unit: "items", Keywords: []string{"destruyeron", "artefactos destruidos"}},
	}, []tracker.Actor{{Name: "HALO", Role: tracker.Confirmer, Aliases: []string{"HALO Trust"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según HALO Trust, sus equipos destruyeron 127 artefactos explosivos, una labor que beneficia de forma directa a 4.023 personas.",
			"[destroyed=127 by HALO]"},
	})
}

// A part of a count of people takes the predicate that follows the whole:
// "115 de los 400 detenidos ya fueron acusados" counts those charged.
func TestExtractPartTakesPredicateAfterWhole(t *testing.T) {
	e := New([]tracker.Metric{{ID: "charged", Name: "People charged", Unit: "people", Keywords: []string{"acusados", "charged"}}},
		[]tracker.Actor{{Name: "Fiscalía", Role: tracker.Claimant, Aliases: []string{"Fiscalía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según la Fiscalía, 115 de los 400 detenidos ya fueron acusados.", "[charged=115 by Fiscalía]"},
		// the whole counts what its own event says, which no metric tracks
		{"The Fiscalía said 115 of the 400 people arrested have so far been charged.", "[charged=115 by Fiscalía]"},
	})
}

// The relative clause on the people a number counts says what befell
// them, before a term of another kind farther off ("92 firefighters who
// died …, held at the memorial"); not a clause on what they were before.
func TestExtractOwnRelativeClause(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"died", "murieron", "killed"}},
		{ID: "injured", Name: "Injured", Unit: "people", Keywords: []string{"heridas", "injured"}},
		{ID: "released", Name: "Released", Unit: "people", Keywords: []string{"en libertad", "released"}},
	}, []tracker.Actor{{Name: "NFFF", Role: tracker.Confirmer, Aliases: []string{"NFFF"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The NFFF honored 92 firefighters who died in the line of duty in 2018, held at the National Memorial.", "[deaths=92 by NFFF]"},
		{"Según el NFFF, quedaron en libertad 11 personas que permanecían encarceladas.", "[released=11 by NFFF]"},
	})
}

// A part "of them" after a duration is no part of the duration's noun:
// "…, more than in the previous 12 months; 69 of them were convicted"
// counts the convicted, not months.
func TestExtractPartAfterDuration(t *testing.T) {
	e := New([]tracker.Metric{{ID: "convicted", Name: "Convicted", Unit: "people", Keywords: []string{"convicted"}}},
		[]tracker.Actor{{Name: "Home Office", Role: tracker.Claimant, Aliases: []string{"Home Office"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Trials were concluded for 78 people, more than in the previous 12 months; 69 of them were convicted, the Home Office said.",
			"[convicted=69 by Home Office]"},
	})
}

// A speaker who cites another listed source's figures relays them: the
// figure is the cited source's ("…, Human Rights Watch said, citing
// estimates by the Road Freight Association").
func TestExtractCitedSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "Drivers killed", Unit: "people", Keywords: []string{"killed"}}},
		[]tracker.Actor{
			{Name: "HRW", Role: tracker.Confirmer, Aliases: []string{"Human Rights Watch"}},
			{Name: "RFA", Role: tracker.Claimant, Aliases: []string{"Road Freight Association"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"More than 200 people have been killed in attacks on the roads since 2018, Human Rights Watch said, citing estimates by the Road Freight Association.",
			"[killed=200 by RFA]"},
		{"Citing figures from the Road Freight Association, Human Rights Watch said 200 drivers had been killed.", "[killed=200 by RFA]"},
		{"Human Rights Watch said 200 drivers had been killed.", "[killed=200 by HRW]"},
	})
}

// A named official after an actor's possessive and a title speaks for
// that actor: "DOC's operations manager Andrew Lamason said".
func TestExtractPossessedTitle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "dead", Name: "Whales dead", Unit: "whales", Keywords: []string{"dead"}}},
		[]tracker.Actor{{Name: "DOC", Role: tracker.Claimant, Aliases: []string{"DOC", "Department of Conservation"}}})
	checkFiguresBy(t, e, []figureCase{
		{"DOC's Golden Bay conservation services manager Andrew Lamason said 24 whales were dead.", "[dead=24 by DOC]"},
		{"Earlier, DOC's operations manager Andrew Lamason had said about 24 of the animals were dead.", "[dead=24 by DOC]"},
		// no title: the name is no official of the body
		{"DOC's friend Andrew Lamason said 24 whales were dead.", "[]"},
	})
}

// A count of what was reported to a listed body is that body's register,
// whoever tells of it: "328 people had been reported to the UN Mine Action
// Service as killed or injured".
func TestExtractRegisterOf(t *testing.T) {
	e := New([]tracker.Metric{{ID: "casualties", Name: "Casualties", Unit: "people", Keywords: []string{"killed or injured", "casos"}}},
		[]tracker.Actor{{Name: "UNMAS", Role: tracker.Confirmer, Aliases: []string{"UN Mine Action Service", "UNMAS", "Ministerio de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Luke Irving told a news conference that 328 people had been reported to the UN Mine Action Service as killed or injured.",
			"[casualties=328 by UNMAS]"},
		{"Un portavoz dijo que hay 45 casos notificados al Ministerio de Salud.", "[casualties=45 by UNMAS]"},
	})
}

// A participle and its date between a subject noun and its verb modify
// the noun: "Home Office statistics released in October recorded 39
// arrests" is the Home Office's count.
func TestExtractSubjectPastDatedParticiple(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Name: "Arrests", Unit: "people", Keywords: []string{"arrests"}}},
		[]tracker.Actor{{Name: "Home Office", Role: tracker.Claimant, Aliases: []string{"Home Office"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Home Office statistics released in October recorded 39 football-related arrests at the match.", "[arrests=39 by Home Office]"},
	})
}

// A person set before a title the actor's name modifies, in an aside,
// speaks for the actor: "David Williams, a WHO spokesman, said".
func TestExtractApposedModifiedTitleSpeaks(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"die", "deaths"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Some 138,000 people die each year, David Williams, a WHO spokesman, said.", "[deaths=138000 by WHO]"},
		{"Some 138,000 people die each year, David Williams, a WHO medical officer, told reporters.", "[deaths=138000 by WHO]"},
	})
}

// "la subsecretaria de Salud" speaks for the health ministry the tracker
// lists; the inhabitants of a place are no count of an event.
func TestExtractUndersecretaryAndInhabitants(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hosp", Name: "Hospitalised", Unit: "people", Keywords: []string{"hospitalizados", "casos"}}},
		[]tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud", "Minsal"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Hay 950 personas internadas con covid, precisó la subsecretaria de Salud.", "[hosp=950 by Health Ministry]"},
		{"La subsecretaria de Salud señaló como foco de casos el río, cuyas aguas usan los cerca de 115.000 habitantes de Huejutla.", "[]"},
	})
}

// What someone aims at has not happened ("aspira a llegar … a siete
// millones de personas", "plans to produce 1.3 million shells"), but
// announced plans are the count announced ("announced plans to eliminate
// 102,943 jobs").
func TestExtractAimIsHypothetical(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "aid", Name: "Food aid recipients", Unit: "people", Keywords: []string{"food assistance", "asistencia alimentaria"}},
		{ID: "cuts", Name: "Job cuts", Unit: "jobs", Keywords: []string{"job cuts", "eliminate"}},
	},
		[]tracker.Actor{{Name: "WFP", Role: tracker.Confirmer, Aliases: []string{"WFP", "PMA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El PMA aspira a llegar con asistencia alimentaria a siete millones de personas antes de fin de año.", "[]"},
		{"WFP plans to provide food assistance to 2 million people next year.", "[]"},
		{"WFP expects to provide food assistance to up to 2 million people once funds arrive.", "[]"},
		{"WFP expects up to 2 million people to need food assistance next year.", "[]"},
		{"El PMA prevé que la asistencia alimentaria llegue a dos millones de personas.", "[]"},
		{"WFP said employers announced plans to eliminate 102,943 jobs in January.", "[cuts=102943 by WFP]"},
		{"El PMA llegó con asistencia alimentaria a siete millones de personas.", "[aid=7000000 by WFP]"},
	})
}

// A census, an assessment or an estimate is a report like a count: "Their
// preliminary census puts the number … at 5,140" is the body just named.
func TestExtractCensusIsAReport(t *testing.T) {
	e := New([]tracker.Metric{{ID: "flooded", Name: "Homes flooded", Unit: "homes", Keywords: []string{"flooded", "homes"}}},
		[]tracker.Actor{{Name: "Civil Protection", Role: tracker.Claimant, Aliases: []string{"Civil Protection"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Civil Protection officials toured the flooded districts by boat on Wednesday. Their preliminary census puts the number of flooded homes at 5,140.",
			"[flooded=5140 by Civil Protection]"},
	})
}

// A figure put in the passive takes its agent as source: "The figure was
// later put at 530 by the PNH".
func TestExtractPassiveAgentSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "escaped", Name: "Escaped", Unit: "people", Keywords: []string{"escaped", "fugados"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"PNH"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Several hundred inmates had escaped from the prison. The figure was later put at 530 by the PNH.", "[escaped=530 by Police]"},
	})
}

// "el fiscal general (de Ucrania)" heads the one "Fiscalía General" the
// tracker lists; "el secretario general de la Cruz Roja" heads no
// secretariat.
func TestExtractProsecutorGeneralTitle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "wounded", Name: "Civilians wounded", Unit: "people", Keywords: []string{"heridos", "wounded"}}},
		[]tracker.Actor{
			{Name: "Prosecutor General's Office", Role: tracker.Claimant, Aliases: []string{"Fiscalía General", "Prosecutor General's Office"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"El fiscal general de Ucrania visitó el lugar del ataque. «Contamos 71 civiles heridos», declaró ante la prensa.",
			"[wounded=71 by Prosecutor General's Office]"},
		{"El número de heridos se ha elevado a unos 5.000, según ha informado el secretario general de la Cruz Roja Libanesa.",
			"[wounded=5000 by Red Cross]"},
	})
}

// A second complement of a verb of saying ("y que", "and that") keeps its
// speaker, though another actor speaks after a semicolon.
func TestExtractSecondComplementSpeaker(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Name: "Killed", Unit: "people", Keywords: []string{"muertos", "killed"}},
		{ID: "wounded", Name: "Wounded", Unit: "people", Keywords: []string{"heridos", "wounded"}},
	},
		[]tracker.Actor{
			{Name: "Cambodia", Role: tracker.Claimant, Aliases: []string{"Camboya", "Cambodia"}},
			{Name: "Thailand", Role: tracker.Claimant, Aliases: []string{"Tailandia", "Thailand"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Camboya sostiene que siete civiles han muerto y que hay 20 heridos; Tailandia, por su parte, informa de tres muertos.",
			"[killed=7 by Cambodia wounded=20 by Cambodia killed=3 by Thailand]"},
	})
}

// "según X" ending a sentence with no other verb of saying is the source
// of all its figures, across "mientras que"; an actor the figures are
// about ("la presa de la minera Vale") is none.
func TestExtractSentenceFinalSource(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Name: "Deaths", Unit: "people", Keywords: []string{"muertos"}},
		{ID: "missing", Name: "Missing", Unit: "people", Keywords: []string{"desaparecidos", "paradero desconocido"}},
	},
		[]tracker.Actor{
			{Name: "Vale", Role: tracker.Claimant, Aliases: []string{"minera Vale", "Vale"}},
			{Name: "Civil Defence", Role: tracker.Claimant, Aliases: []string{"Defensa Civil"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"El número de muertos por la rotura de la presa de la minera Vale llegó a 157, mientras que otras 182 personas siguen en paradero desconocido, según el último balance de la Defensa Civil.",
			"[deaths=157 by Civil Defence missing=182 by Civil Defence]"},
	})
}

// Sources of a body speak for it: "…, dijeron a EFE fuentes de Protección
// Civil", "sources at the ministry said"; the company whose pipeline
// leaked, named before the verb, does not.
func TestExtractSourcesOfBody(t *testing.T) {
	e := New([]tracker.Metric{{ID: "evacuated", Name: "Evacuated", Unit: "people", Keywords: []string{"evacuados", "evacuated"}}},
		[]tracker.Actor{
			{Name: "Pemex", Role: tracker.Claimant, Aliases: []string{"Pemex", "Petróleos Mexicanos"}},
			{Name: "Civil Protection", Role: tracker.Claimant, Aliases: []string{"Protección Civil"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Unas 400 personas fueron desalojadas de sus casas por una fuga en un gasoducto de Petróleos Mexicanos (Pemex), dijeron a EFE fuentes de Protección Civil.",
			"[evacuated=400 by Civil Protection]"},
	})
}

// A quotation whose speaker the next sentence names ("Así lo afirmó la
// directora general de la CFE", "That was how an army colonel summed it
// up", "The words came from…", "The director made the remarks…") is that
// speaker's.
func TestExtractQuoteAttributedBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "restored", Name: "Power restored", Unit: "customers", Keywords: []string{"reconectado", "restored"}}},
		[]tracker.Actor{
			{Name: "CFE", Role: tracker.Claimant, Aliases: []string{"CFE", "Comisión Federal de Electricidad"}},
			{Name: "EFE", Role: tracker.Reporter, Aliases: []string{"EFE"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"«Ya hemos reconectado a 312.000 usuarios y trabajamos sin descanso». Así lo afirmó la directora general de la CFE en la conferencia matutina.",
			"[restored=312000 by CFE]"},
		{"“We have restored power to 312,000 customers.” The account came from a CFE spokesman speaking to EFE.",
			"[restored=312000 by CFE]"},
		{"«Ya hemos reconectado a 312.000 usuarios». La CFE visitó el lugar.", "[]"},
		{"“We have restored power to 312,000 customers.” The words came from the head of the CFE operation in Acapulco.",
			"[restored=312000 by CFE]"},
		{"«Ya hemos reconectado a 312.000 usuarios». La declaración corresponde al director de la CFE, que habló en Acapulco.",
			"[restored=312000 by CFE]"},
		{"“We have restored power to 312,000 customers.” The director of the CFE made the remarks at a briefing on Monday.",
			"[restored=312000 by CFE]"},
		{"“We have restored power to 312,000 customers.” The CFE made the repairs on Monday.", "[]"},
		// "son palabras de", a promise made, a statement issued
		{"«Ya hemos reconectado a 312.000 usuarios». Son palabras del director de la CFE durante una visita a Acapulco.",
			"[restored=312000 by CFE]"},
		{"“We have restored power to 312,000 customers by now.” The director of the CFE made the promise during a visit.",
			"[restored=312000 by CFE]"},
		{"\"We have restored power to 312,000 customers,\" the statement read. It was issued by the CFE on Friday.",
			"[restored=312000 by CFE]"},
		// "Lo" and any verb of saying
		{"«Ya hemos reconectado a 312.000 usuarios, y seguimos». Lo denunció la directora general de la CFE durante una visita.",
			"[restored=312000 by CFE]"},
		{"«Ya hemos reconectado a 312.000 usuarios». Lo visitó la directora general de la CFE.", "[]"},
		// "That was the verdict of …", "Esas fueron las palabras de …"
		{"“We have restored power to 312,000 customers.” That was the verdict of the CFE director after a week of repairs.",
			"[restored=312000 by CFE]"},
		{"«Ya hemos reconectado a 312.000 usuarios». Esas fueron las palabras de la directora de la CFE.", "[restored=312000 by CFE]"},
		{"“We have restored power to 312,000 customers.” The statement was read by the director of the CFE at a briefing.",
			"[restored=312000 by CFE]"},
		{"“We have restored power to 312,000 customers.” That was the update given by a CFE engineer in Acapulco.",
			"[restored=312000 by CFE]"},
	})
	// the body where the speaker is posted, right after the one the
	// speaker speaks for: "el delegado de UGT en la EMT"
	union := New([]tracker.Metric{{ID: "attacked", Unit: "people", Keywords: []string{"agredido", "attacked"}}},
		[]tracker.Actor{
			{Name: "UGT", Role: tracker.Confirmer, Aliases: []string{"UGT"}},
			{Name: "EMT", Role: tracker.Claimant, Aliases: []string{"EMT"}},
		})
	checkFiguresBy(t, union, []figureCase{
		{"«Solo este mes han agredido a nueve compañeros». Así lo aseguró el delegado de UGT en la EMT.", "[attacked=9 by UGT]"},
		{"“Nine drivers have been attacked this month.” Those were the words of the UGT delegate at the EMT.", "[attacked=9 by UGT]"},
		{"«Solo este mes han agredido a nueve compañeros». Así lo aseguró el delegado de UGT tras reunirse con la EMT.", "[]"},
	})
}

// Telling what one saw or answering is saying: "«…», relató una
// voluntaria de Cruz Roja", "the volunteer recounted".
func TestExtractTellingVerbs(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cars", Unit: "cars", Keywords: []string{"coches", "cars", "swept away"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}}})
	checkFiguresBy(t, e, []figureCase{
		{"«Vimos cómo el agua se llevaba unos 35 coches. Algunos aparecieron en la playa», relató una voluntaria de Cruz Roja.", "[cars=35 by Red Cross]"},
		{"\"The water swept away 35 cars,\" a Red Cross volunteer recounted.", "[cars=35 by Red Cross]"},
	})
}

// People described as doing what the metric's population does are that
// population ("17 people suspected of illegal gold mining" for miners
// arrested); people still waiting for an event, or whose arrest will be
// sought, have not undergone it.
func TestExtractDescribedPopulationAndPending(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Name: "Illegal miners arrested", Unit: "people", Keywords: []string{"arrested", "capturados"}}},
		[]tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"Colombian Army"}}, {Name: "Fiscalía", Role: tracker.Confirmer, Aliases: []string{"Fiscalía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Soldiers arrested 17 people suspected of illegal gold mining in rural Dibulla, the Colombian Army said.", "[arrests=17 by Army]"},
		{"La Fiscalía anunció que pedirá la captura de unas 25 personas vinculadas a la minería ilegal.", "[]"},
	})
	e = New([]tracker.Metric{{ID: "evacuated", Name: "Patients evacuated", Unit: "people", Keywords: []string{"evacuated", "evacuation"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Around 15,000 patients in Gaza are still waiting to be evacuated, WHO said.", "[]"},
	})
}

// How the people counted were listed before ("listed as missing",
// "reportadas como no localizadas") describes them; the predicate after
// gives the event. "Recorded as dead" as the predicate itself counts.
func TestExtractListedAsDescribes(t *testing.T) {
	e := New([]tracker.Metric{{ID: "found", Name: "Found alive", Unit: "people", Keywords: []string{"found alive", "located", "localizadas con vida"}}},
		[]tracker.Actor{{Name: "CNB", Role: tracker.Claimant, Aliases: []string{"National Search Commission", "CNB"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The National Search Commission said 16,681 people listed as missing had been located alive.", "[found=16681 by CNB]"},
	})
	e = New([]tracker.Metric{{ID: "dead", Name: "Dead or missing", Unit: "people", Keywords: []string{"dead or missing", "dead"}}},
		[]tracker.Actor{{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"IOM"}}})
	checkFiguresBy(t, e, []figureCase{
		{"According to IOM, 166 people have been recorded as dead or missing in the Channel since 2014.", "[dead=166 by IOM]"},
	})
}

// A role noun in a metric's name alone does not restrict whom its
// keywords count: "Illegal miners arrested" keyed on "arrested" counts
// "nine people arrested at the illegal gold mine".
func TestExtractNameRoleIsNoRestriction(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Name: "Illegal miners arrested", Unit: "people", Keywords: []string{"arrested", "capturados"}}},
		[]tracker.Actor{{Name: "Fiscalía", Role: tracker.Confirmer, Aliases: []string{"Attorney General's Office", "Fiscalía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Attorney General's Office said nine people had been arrested at the illegal gold mine.", "[arrests=9 by Fiscalía]"},
	})
	e = New([]tracker.Metric{{ID: "killed", Name: "Health workers killed", Unit: "people", Keywords: []string{"health workers killed", "killed"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Attacks that have killed 553 people were recorded by WHO.", "[]"},
	})
}

// A subject that refers to the actor of the sentence before by a pronoun
// or a possessive ("They had recovered nine bodies", "its crews had
// brought 19 survivors to shore") makes that actor the doer who tells it;
// an expletive "It is" refers to no one.
func TestExtractPronounSubjectActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "rescued", Name: "Rescued", Unit: "people", Keywords: []string{"survivors", "rescued", "recovered"}}},
		[]tracker.Actor{{Name: "Navy", Role: tracker.Claimant, Aliases: []string{"Colombian Navy"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Colombian Navy coordinated the search with two fishing boats on Saturday. By the afternoon, its crews had brought 19 survivors to shore.",
			"[rescued=19 by Navy]"},
		{"The Colombian Navy deployed divers on Saturday. They had rescued nine people by nightfall.", "[rescued=9 by Navy]"},
		{"The Colombian Navy deployed divers on Saturday. It is the largest operation since 2015, when 1,775 people were rescued.", "[]"},
		{"The Colombian Navy held a briefing in Tumaco on Saturday. Officials there said 19 people had been rescued.", "[rescued=19 by Navy]"},
		{"The Colombian Navy sent two patrol boats on Saturday. Its two helicopters had recovered 19 survivors by nightfall.", "[rescued=19 by Navy]"},
		{"The Colombian Navy sent two patrol boats on Saturday. Its 40 divers had recovered 19 survivors by nightfall.", "[rescued=19 by Navy]"},
		// a comma after the count is no adverbial before the subject
		{"The Colombian Navy sent a patrol boat. Its crew rescued 214 people, including 22 women.", "[rescued=214 by Navy]"},
		// a short opening phrase without its comma
		{"The Colombian Navy sent a patrol boat on Tuesday. By noon its crew had rescued 34 people.", "[rescued=34 by Navy]"},
	})
}

// The members of a force ("los agentes", "Officers") who open a sentence
// act for the force the sentence before named, and tell it.
func TestExtractForceMembersSubject(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"fallecidas", "dead"}}},
		[]tracker.Actor{
			{Name: "Guardia Civil", Role: tracker.Claimant, Aliases: []string{"Guardia Civil", "Border Police"}},
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Sanidad", "Health Ministry"}},
			{Name: "EFE", Role: tracker.Reporter, Aliases: []string{"EFE"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La Guardia Civil ha realizado 423 rescates este año, según datos recogidos por EFE. En esos seis meses, los agentes recuperaron a 56 personas fallecidas.",
			"[deaths=56 by Guardia Civil]"},
		{"The Border Police carried out 423 rescues this year, according to data gathered by EFE. Officers recovered 56 dead in the mountains.",
			"[deaths=56 by Guardia Civil]"},
		// the members of a force act for no ministry
		{"El Ministerio de Sanidad ha realizado 423 rescates este año, según datos recogidos por EFE. En esos seis meses, los agentes recuperaron a 56 personas fallecidas.",
			"[]"},
	})
}

// "health ministry officials said" speak for the health ministry, not for
// another listed body whose name holds "health".
func TestExtractFieldMinistryOfficials(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Name: "Mpox cases", Unit: "cases", Keywords: []string{"mpox cases", "infections"}}},
		[]tracker.Actor{
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"World Health Organization", "WHO"}},
			{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministry of Health", "Health Ministry"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Confirmed infections climbed to 87, health ministry officials said late on Friday.", "[cases=87 by Ministry of Health]"},
	})
}

// An actor that posted an update in the sentence before states the next
// sentence's unattributed count.
func TestExtractPostedUpdateCarries(t *testing.T) {
	e := New([]tracker.Metric{{ID: "intercepted", Name: "Migrants intercepted", Unit: "people", Keywords: []string{"intercepted", "interceptados"}}},
		[]tracker.Actor{{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"IOM"}}})
	checkFiguresBy(t, e, []figureCase{
		{"IOM Libya posted its weekly maritime update on Tuesday. Between 21 and 27 April, 246 migrants were intercepted and brought back to shore.",
			"[intercepted=246 by IOM]"},
	})
}

// A keyword right after the number's own noun says which kind of that
// noun is counted: "votos en blanco" are blank votes even where the null
// votes' keyword "votos nulos" owns the votes.
func TestExtractKeywordQualifiesNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "null-votes", Keywords: []string{"spoiled", "invalid", "votos nulos", "nulos"}},
		{ID: "blank-votes", Keywords: []string{"blank", "en blanco", "blancos"}},
	}, []tracker.Actor{{Name: "CNE", Role: tracker.Confirmer, Aliases: []string{"CNE", "Consejo Nacional Electoral"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El secretario del CNE detalló que hubo además 174.349 votos en blanco, el 1,61%.", []string{"blank-votes=174349"}, nil},
		{"El CNE contabilizó 355 votos nulos.", []string{"null-votes=355"}, nil},
	})
}

// A count of votes given with its share of every vote is the whole count,
// and a remainder grouped in thousands after "millón" belongs to it.
func TestExtractShareOfEveryVote(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "null-votes", Keywords: []string{"spoiled", "invalid", "votos nulos", "nulos"}},
	}, []tracker.Actor{{Name: "CNE", Role: tracker.Confirmer, Aliases: []string{"CNE", "Consejo Nacional Electoral"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Según el CNE, los votos nulos sumaron un millón 761.433, el 16,26% de los sufragios.", []string{"null-votes=1761433"}, nil},
		{"The CNE counted 180,322 spoiled ballots, 2.1% of the votes cast.", []string{"null-votes=180322"}, nil},
	})
}

// A figure noun whose "of" phrase names people by a noun the lexicon does
// not know still counts what its term says befell them, and "y en N el de
// heridos" leaves out that figure noun for another metric.
func TestExtractNumberOfUnknownPeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Keywords: []string{"killed", "dead", "muertos", "fallecidos"}},
		{ID: "wounded", Keywords: []string{"wounded", "injured", "heridos"}},
	}, []tracker.Actor{{Name: "United Nations", Role: tracker.Confirmer, Aliases: []string{"United Nations", "Guterres", "ONU"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Guterres put the number of peacekeepers killed in hostile acts at 165 and the number injured at 687.",
			[]string{"killed=165", "wounded=687"}},
		{"Guterres cifró en 165 el número de muertos y en 687 el de heridos.", []string{"killed=165", "wounded=687"}},
	} {
		got := metricValues(e, tt.text)
		for _, w := range tt.want {
			if !containsString(got, w) {
				t.Errorf("Extract(%q) = %v, want %s", tt.text, got, w)
			}
		}
	}
}

// The counts of a list split into clauses at "y" have one source: an
// unlisted source that gives the first gives the rest, and a title of the
// body ("el secretario general de Naciones Unidas") after the verb speaks
// for it, not the body whose camp was attacked.
func TestExtractListSharesItsSource(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Keywords: []string{"killed", "dead", "muertos", "fallecidos"}},
		{ID: "wounded", Keywords: []string{"wounded", "injured", "heridos"}},
	}, []tracker.Actor{
		{Name: "United Nations", Role: tracker.Confirmer, Aliases: []string{"United Nations", "Naciones Unidas", "ONU"}},
		{Name: "MINUSMA", Role: tracker.Confirmer, Aliases: []string{"MINUSMA", "misión de la ONU en Mali"}},
	})
	checkPresence(t, e, true, []presenceCase{
		{"Al menos 25 soldados resultaron heridos en el asalto contra el campamento de la Misión de la ONU en Malí (MINUSMA) en Aguelhok, informó el secretario general de Naciones Unidas, António Guterres.",
			[]string{"wounded=25 United Nations"}, []string{"wounded=25 MINUSMA"}},
		{"La MINUSMA confirmó el ataque. Al principio, una fuente de seguridad maliense habló de seis soldados chadianos muertos y 19 heridos, y poco después una fuente cercana a la misión elevó a ocho el número de fallecidos.",
			nil, []string{"wounded=19 MINUSMA"}},
	})
}

// Nouns of people of many kinds (armed groups, trades, faiths, customers)
// head a count of people; a Spanish one that also qualifies the noun before
// it ("bandas criminales") does not; and a relative clause whose
// verb takes the count as its object ("Gunmen who killed 11 people") says
// what befell the people counted.
func TestExtractPeopleOfManyKinds(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Keywords: []string{"killed", "dead", "abatidos", "muertos"}},
		{ID: "injured", Keywords: []string{"wounded", "injured", "heridos"}},
		{ID: "arrested", Keywords: []string{"arrested", "detenidos", "capturados"}},
	}, []tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"Army", "Ejército Nacional", "Ejército"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El Ejército Nacional confirmó la muerte de 19 guerrilleros en combates en zona rural de Guaviare.",
			[]string{"killed=19"}, nil},
		{"The Army said gunmen who killed 11 people and wounded 14 at a party had fled.",
			[]string{"killed=11", "injured=14"}, []string{"injured=11"}},
		{"Según el Ejército, fueron capturados 35 integrantes de 12 bandas criminales.",
			[]string{"arrested=35"}, []string{"arrested=12"}},
	})
}

// A count of soldiers or police killed does not hold the armed group or
// criminals they killed.
func TestExtractSoldiersAreNotTheirEnemies(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "militants-killed", Keywords: []string{"militants killed", "insurgents killed", "terroristas abatidos", "abatidos"}},
		{ID: "soldiers-killed", Keywords: []string{"soldiers killed", "troops killed", "soldados muertos", "militares muertos"}},
	}, []tracker.Actor{{Name: "Defence Headquarters", Role: tracker.Claimant, Aliases: []string{"Defence Headquarters", "DHQ"}}})
	checkPresence(t, e, false, []presenceCase{{"ABUJA — Nigerian troops killed 212 suspected terrorists and arrested 272 people, Defence Headquarters said.", nil, []string{"soldiers-killed=212"}}})
}

// Job cuts are announced before they happen: "will lay off 2,500 workers"
// states the figure (a worker let go is a job cut), where "could" would
// only forecast it; "the carmaker" refers back to the company; and a
// count of passengers is no count of flights.
func TestExtractAnnouncedJobCuts(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "jobs-cut", Unit: "jobs", Keywords: []string{"job cuts", "layoffs", "despidos"}},
		{ID: "flights-cancelled", Unit: "flights", Keywords: []string{"cancelled flights", "cancelled", "vuelos cancelados"}},
	}, []tracker.Actor{{Name: "Nissan", Role: tracker.Claimant, Aliases: []string{"Nissan"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Nissan will lay off about 2,500 workers when it shuts its Zona Franca plant, the carmaker said in a statement.",
			[]string{"jobs-cut=2500"}, nil},
		{"Roughly 2,400 staff will lose their jobs, a Nissan spokesman confirmed.", []string{"jobs-cut=2400"}, nil},
		{"Nissan could lay off 2,000 workers if sales keep falling, the carmaker said.", nil, []string{"jobs-cut=2000"}},
		{"The strike forced Nissan to cancel 370 flights, disrupting 66,000 passengers, the company said.",
			[]string{"flights-cancelled=370"}, []string{"flights-cancelled=66000"}},
	})
}

// "A breakdown in safety" is a failure, not a breakdown of a count; and in
// the last hours a count that "went from 373 to 429" became 429, a total.
func TestExtractBreakdownAndChangeInRecentHours(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"deaths", "killed", "fallecidos", "muertos"}},
		{ID: "injured", Keywords: []string{"injured", "heridos"}},
	}, []tracker.Actor{{Name: "IndustriALL", Role: tracker.Confirmer, Aliases: []string{"IndustriALL", "BNPB"}}})
	checkPresence(t, e, false, []presenceCase{
		{"NEW DELHI — At least 32 accidents have struck chemical units across India since May, killing 75 people and injuring 194, according to an analysis by IndustriALL that points to a breakdown in safety.",
			[]string{"deaths=75", "injured=194"}, nil},
		{"According to the BNPB's breakdown, 40 people were killed in Banten and 35 in Lampung.",
			nil, []string{"deaths=40"}},
		{"El portavoz del BNPB explicó que en las últimas horas la cifra de fallecidos ha pasado de 373 a 429.",
			[]string{"deaths=429"}, []string{"deaths=373"}},
	})
}

// A country that confirms a figure speaks through the body the sentence
// names as the speaker after it; a country that only qualifies the subject
// ("Las autoridades de la Ciudad de México") or a party across a contrast
// does not hand its figure to another.
func TestExtractCountrySpeaksThroughItsBody(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Keywords: []string{"casos", "cases"}},
		{ID: "deaths", Keywords: []string{"muertes", "murieron", "deaths"}},
		{ID: "attendance", Keywords: []string{"asistentes", "asistieron", "turnout"}},
	}, []tracker.Actor{
		{Name: "Ministerio de Salud", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud y Deportes", "Ministerio de Salud"}},
		{Name: "Organisers", Role: tracker.Claimant, Aliases: []string{"los organizadores", "organisers"}},
	})
	checkPresence(t, e, true, []presenceCase{
		{"Bolivia ha confirmado siete casos de fiebre amarilla en lo que va del año, y tres de los pacientes murieron, informó el viceministro de Vigilancia Epidemiológica del Ministerio de Salud y Deportes.",
			[]string{"cases=7 Ministerio de Salud", "deaths=3 Ministerio de Salud"}, nil},
		{"Las autoridades de la Ciudad de México informaron que 90.000 personas asistieron a la marcha, mientras que los organizadores calcularon la concurrencia en 700.000.",
			[]string{"attendance=700000 Organisers"}, []string{"attendance=90000 Organisers"}},
	})
}

// A cue word that a number counts ("the five Darfur states") or that ends
// a coordinated noun phrase ("counts and media reports") is a noun, not a
// verb of saying with an unlisted subject or a listed actor's.
func TestExtractCountedCueNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "aid-tonnes", Unit: "tonnes", Keywords: []string{"tonnes of aid", "toneladas", "tonnes"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "died"}},
	}, []tracker.Actor{
		{Name: "Humanitarian Aid Commission", Role: tracker.Claimant, Aliases: []string{"Humanitarian Aid Commission", "HAC"}},
		{Name: "DGHS", Role: tracker.Claimant, Aliases: []string{"DGHS", "the directorate"}},
	})
	checkPresence(t, e, true, []presenceCase{
		{"The commissioner-general of the Humanitarian Aid Commission spoke to reporters. “Around 6,000 tonnes of food aid have arrived in the five Darfur states this month,” he said.",
			[]string{"aid-tonnes=6000 Humanitarian Aid Commission"}, nil},
		// a verb in "-s" takes no subject of two: "media reports" is a noun
		{"The directorate puts the number of deaths so far at 23, but unofficial counts and media reports suggest that at least 85 people have died.",
			[]string{"deaths=23 DGHS"}, []string{"deaths=85 DGHS"}},
	})
}

// "el centenar" is a hundred, as "el millar" is a thousand.
func TestExtractTheHundred(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Keywords: []string{"injured", "heridos"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja Argentina", "Cruz Roja"}}})
	checkPresence(t, e, false, []presenceCase{{"De acuerdo con la Cruz Roja Argentina, los heridos rondan el centenar, la mayoría con golpes.", []string{"injured=100"}, nil}})
}

// The subject of an active verb whose object is another count did it:
// "200 soldiers killed 40 militants" counts 40 killed, not 200; but "40
// people killed in the raid were buried" are the killed, and "344
// students abducted six days earlier" are the abducted.
func TestExtractAgentOfCountedAct(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Keywords: []string{"killed", "muertos"}},
		{ID: "abducted", Keywords: []string{"abducted", "secuestrados"}},
	}, []tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"Army", "Ejército"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Some 200 soldiers killed 40 militants in the raid, the Army said.", []string{"killed=40"}, []string{"killed=200"}},
		{"Some 40 people killed in the raid were buried, the Army said.", []string{"killed=40"}, nil},
		{"Un total de 344 estudiantes secuestrados seis días antes fueron hallados, confirmó el Ejército.", []string{"abducted=344"}, nil},
	})
}

// Spanish "a" before the object marks people: a verb of downing that
// takes it kills ("abatieron a 40 guerrilleros"); without it, it downs
// drones ("abatieron 20 drones").
func TestExtractPersonalObjectOfDowning(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Keywords: []string{"killed", "muertos", "abatidos"}},
		{ID: "drones-downed", Unit: "drones", Keywords: []string{"drones derribados", "drones abatidos", "drones interceptados"}},
	}, []tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"Ejército"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Unos 200 soldados abatieron a 40 guerrilleros, informó el Ejército.", []string{"killed=40"}, nil},
		{"Las defensas abatieron 20 drones durante la noche, informó el Ejército.", []string{"drones-downed=20"}, nil},
	})
}

// "the deaths of 170,000 fish": of two metrics that own deaths, the one
// measured in what the number counts, not the one listed first.
func TestExtractEventOfUnitNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "dead-fish-weight", Unit: "kilograms", Keywords: []string{"tonnes of dead fish", "toneladas de peces muertos"}},
		{ID: "dead-fish-count", Unit: "fish", Keywords: []string{"dead fish", "fish deaths", "peces muertos"}},
	}, []tracker.Actor{{Name: "Sernapesca", Role: tracker.Claimant, Aliases: []string{"Sernapesca"}}})
	checkPresence(t, e, false, []presenceCase{{"Two salmon farmers have reported the deaths of more than 170,000 fish in recent days, according to Sernapesca.", []string{"dead-fish-count=170000"}, nil}})
}

// "needed" with an object is what the people counted went through, not a
// need: "Thirty-two officers needed hospital treatment" is no forecast,
// where "600 trucks are needed" is.
func TestExtractNeededWithObject(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "hospitalised", Keywords: []string{"hospital treatment", "hospitalised"}},
		{ID: "trucks", Unit: "trucks", Keywords: []string{"trucks", "camiones"}},
	}, []tracker.Actor{{Name: "Ombudsman", Role: tracker.Confirmer, Aliases: []string{"Ombudsman's Office"}}})
	for _, tt := range []struct {
		text, want string
	}{
		{"Thirty-two officers needed hospital treatment after the clashes, the Ombudsman's Office said.", "hospitalised=32"},
	} {
		if got := metricValues(e, tt.text); !containsString(got, tt.want) {
			t.Errorf("Extract(%q) = %v, want %s", tt.text, got, tt.want)
		}
	}
	text := "The Ombudsman's Office said 600 trucks are needed every day."
	for _, x := range e.Explain(text, nil) {
		if x.Dropped != nil && x.Dropped.Value == 600 && x.Dropped.Reason != "hypothetical" {
			t.Errorf("Explain(%q): 600 dropped as %q, want hypothetical", text, x.Dropped.Reason)
		}
		if x.Figure != nil && x.Figure.Value == 600 {
			t.Errorf("Explain(%q) took 600, want it dropped as hypothetical", text)
		}
	}
}

// An official word inside the noun a number counts ("41 injured police
// officers") is whom the count is of, not an unlisted official source.
func TestExtractOfficialWordInCountedNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "officers-injured", Keywords: []string{"injured officers", "injured", "heridos"}}},
		[]tracker.Actor{{Name: "Ombudsman", Role: tracker.Confirmer, Aliases: []string{"Ombudsman's Office"}}})
	checkPresence(t, e, false, []presenceCase{{"A spokesperson for the Ombudsman's Office addressed reporters outside Congress. “We have confirmed 41 injured police officers,” she said.", []string{"officers-injured=41"}, nil}})
}

// A verb of rejecting whose object is the count itself ("we rejected
// 50,470 applications") does what the count counts; one whose object is a
// figure ("rejected the figure of 5,000") disputes it.
func TestExtractRejectedCountIsNoDispute(t *testing.T) {
	e := New([]tracker.Metric{{ID: "asylum-rejected", Unit: "applications", Keywords: []string{"rejected", "refused", "denegadas"}}},
		[]tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry", "interior minister"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"Spain's interior minister spoke to reporters. “Last year we rejected 50,470 applications that did not meet the law,” he said.",
			[]string{"asylum-rejected=50470"}},
		{"The Interior Ministry rejected the figure of 5,000 refused applications given by charities.", nil},
	} {
		got := metricValues(e, tt.text)
		if len(tt.want) == 0 && len(got) > 0 || len(tt.want) > 0 && !containsString(got, tt.want[0]) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// "over" after a verb it is the particle of ("handed over 7,500 weapons")
// qualifies no number; alone it means more than ("over 7,500 weapons").
func TestExtractOverAsParticle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "weapons", Unit: "weapons", Keywords: []string{"weapons surrendered", "weapons"}}},
		[]tracker.Actor{{Name: "UN Mission", Role: tracker.Confirmer, Aliases: []string{"UN Mission"}}})
	for _, tt := range []struct {
		text string
		want tracker.Qualifier
	}{
		{"The FARC handed over 7,500 weapons, the UN Mission said.", tracker.Exact},
		{"The FARC surrendered over 7,500 weapons, the UN Mission said.", tracker.AtLeast},
	} {
		got := e.Extract(tt.text, nil)
		if len(got) != 1 || got[0].Value != 7500 || got[0].Qualifier != tt.want {
			t.Errorf("Extract(%q) = %+v, want 7500 %s", tt.text, got, tt.want)
		}
	}
}

// presenceCase is a text with the figures Extract must give ("metric=value",
// or "metric=value actor" when the check names actors) and must not give.
type presenceCase struct {
	text   string
	want   []string
	absent []string
}

// wordingCase is a sentence and the figure that a tracker of metric alone
// takes from it.
type wordingCase struct {
	metric tracker.Metric
	text   string
	want   string
}

// checkWordings checks that each case's one-metric tracker, with actors,
// takes the case's figure.
func checkWordings(t *testing.T, actors []tracker.Actor, cases []wordingCase) {
	t.Helper()
	for _, tt := range cases {
		checkPresence(t, New([]tracker.Metric{tt.metric}, actors), false, []presenceCase{{tt.text, []string{tt.want}, nil}})
	}
}

// checkPresence checks each case's wanted and absent figures, naming
// their actors when withActor is set.
func checkPresence(t *testing.T, e *Extractor, withActor bool, cases []presenceCase) {
	t.Helper()
	for _, tt := range cases {
		var got []string
		for _, c := range e.Extract(tt.text, nil) {
			g := fmt.Sprintf("%s=%d", c.Metric, c.Value)
			if withActor {
				g += " " + c.Actor
			}
			got = append(got, g)
		}
		for _, w := range tt.want {
			if !containsString(got, w) {
				t.Errorf("Extract(%q) = %v, want %s", tt.text, got, w)
			}
		}
		for _, a := range tt.absent {
			if containsString(got, a) {
				t.Errorf("Extract(%q) = %v, want no %s", tt.text, got, a)
			}
		}
	}
}

// A metric that owns a state only by the people noun of its keywords
// ("inmates transferred") still takes its own keyword's verb when no term
// of that state stands there: "El INPEC trasladó a 312 reclusos".
func TestExtractStatePeopleKeywordVerb(t *testing.T) {
	e := New([]tracker.Metric{{ID: "transferred", Name: "Prisoners transferred", Unit: "people",
		Keywords: []string{"transferred", "inmates transferred", "trasladados", "traslados"}}},
		[]tracker.Actor{{Name: "INPEC", Role: tracker.Claimant, Aliases: []string{"INPEC"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El INPEC trasladó esta semana a 312 reclusos desde estaciones de Policía de Bogotá hacia cárceles del Meta.",
			[]string{"transferred=312"}, nil},
	})
}

// What a body needs is no figure ("El PMA necesita 40.000 toneladas");
// plural verbs of denial deny ("rechazaron la versión de que hubiera 200
// heridos"); and a count of deaths holds no dead cattle.
func TestExtractNeedsDenialsAndDeadAnimals(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "aid-tonnes", Unit: "tonnes", Keywords: []string{"tonnes", "toneladas"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "dead", "muertos"}},
	}, []tracker.Actor{
		{Name: "WFP", Role: tracker.Confirmer, Aliases: []string{"PMA", "WFP"}},
		{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja"}},
		{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry"}},
	})
	checkPresence(t, e, false, []presenceCase{
		{"El PMA necesita 40.000 toneladas adicionales de alimentos para evitar la hambruna en Darfur.", nil, []string{"aid-tonnes=40000"}},
		{"Desde la Cruz Roja rechazaron la versión de que hubiera 200 heridos.", nil, []string{"injured=200"}},
		{"Ranchers counted some 500 dead cattle and sheep after the flames, the Interior Ministry said.", nil, []string{"deaths=500"}},
		{"The fire left 12 people dead, the Interior Ministry said.", []string{"deaths=12"}, nil},
		// what might be, would be needed or would be prevented is no figure
		{"El PMA advirtió que, si el embalse se desborda, podría haber hasta 400 toneladas de alimentos perdidas.", nil, []string{"aid-tonnes=400"}},
		{"El PMA advirtió que harán falta 400 toneladas de alimentos antes de fin de mes.", nil, []string{"aid-tonnes=400"}},
		{"The Interior Ministry aims to halve road deaths, which would mean it could avert some 12 deaths a year.", nil, []string{"deaths=12"}},
		{"El PMA sumará otras 400 toneladas de alimentos la próxima semana si las condiciones empeoran.", nil, []string{"aid-tonnes=400"}},
		{"The WFP will deliver 400 tonnes of food next week if the road reopens.", nil, []string{"aid-tonnes=400"}},
		{"El PMA sostuvo que sí reconoce la fuga: habría entregado como máximo 400 toneladas de alimentos.", []string{"aid-tonnes=400"}, nil},
		// what must be done is no figure either
		{"Si se confirma el caso, habría que trasladar unas 400 toneladas de alimentos, advirtió el PMA.", nil, []string{"aid-tonnes=400"}},
		{"The WFP said it would have to deliver 400 tonnes of food before the rains.", nil, []string{"aid-tonnes=400"}},
		{"El PMA trasladó unas 400 toneladas de alimentos a Darfur.", []string{"aid-tonnes=400"}, nil},
	})
}

// Sources no tracker lists stay unlisted whatever relays them ("Según
// fuentes hospitalarias citadas por ese mismo periódico"), and "the same
// newspaper" is the paper, not the actor named before.
func TestExtractSameNewspaperIsNoActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Keywords: []string{"injured", "heridos"}}},
		[]tracker.Actor{{Name: "Fire Service", Role: tracker.Claimant, Aliases: []string{"Servicio de Bomberos y Defensa Civil"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Una fuente del Servicio de Bomberos y Defensa Civil aseguró que hay 40 heridos. Según fuentes hospitalarias citadas por ese mismo periódico, los trabajadores heridos son 100.",
			[]string{"injured=40"}, []string{"injured=100"}},
		{"Una fuente del Servicio de Bomberos y Defensa Civil aseguró que hay 40 heridos. El mismo periódico informó después de 100 heridos.",
			[]string{"injured=40"}, []string{"injured=100"}},
	})
}

// A metric whose name says what befell people ("Deaths from starvation")
// and whose keywords name only its cause ("hambre", "malnutrition")
// counts deaths from that cause ("died of hunger-related causes"), and no
// death of another cause nor anyone merely going hungry; a number coordinated with an age or a duration
// ("de tres y cinco meses") is one too.
func TestExtractDeathsFromCause(t *testing.T) {
	e := New([]tracker.Metric{{ID: "famine-deaths", Name: "Deaths from starvation and malnutrition", Unit: "people",
		Keywords: []string{"starvation", "malnutrition", "hunger", "desnutrición", "hambre", "inanición"}}},
		[]tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry", "Ministerio de Sanidad"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El Ministerio de Sanidad informó de 263 muertes por desnutrición desde el inicio de la guerra.", []string{"famine-deaths=263"}, nil},
		{"El Ministerio de Sanidad eleva a 227 los fallecidos por hambre y desnutrición desde octubre de 2023.", []string{"famine-deaths=227"}, nil},
		{"The Health Ministry put the overall death toll at 68,643.", nil, []string{"famine-deaths=68643"}},
		{"The Health Ministry estimates that 900,000 people in the enclave are going hungry.", nil, []string{"famine-deaths=900000"}},
		{"The Health Ministry said 500,000 people suffer from acute malnutrition.", nil, []string{"famine-deaths=500000"}},
		{"The number of people who have died of hunger-related causes rose to 227, the Health Ministry said.", []string{"famine-deaths=227"}, nil},
		{"El Ministerio de Sanidad eleva a 227 los fallecidos por hambre, 103 de ellos niños.", []string{"famine-deaths=227"}, []string{"famine-deaths=103"}},
		{"Dos bebés, de tres y cinco meses, murieron por desnutrición, informó el Ministerio de Sanidad.", []string{"famine-deaths=2"},
			[]string{"famine-deaths=3", "famine-deaths=5"}},
	})
}

// A sentence that opens on the report just spoken of ("El informe, con
// datos hasta el miércoles, consigna además…") states its figures for the
// actor whose report it is.
func TestExtractReportGoesOn(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "injured", Unit: "people", Keywords: []string{"heridos", "heridas", "injured"}},
		{ID: "eye-injuries", Unit: "people", Keywords: []string{"lesiones oculares", "eye injuries"}},
	}, []tracker.Actor{{Name: "INDH", Role: tracker.Confirmer, Aliases: []string{"INDH", "Instituto Nacional de Derechos Humanos"}}})
	checkPresence(t, e, true, []presenceCase{
		{"El Instituto Nacional de Derechos Humanos (INDH) elevó a 3.649 el número de personas heridas en las protestas, según su último balance. " +
			"El informe, con datos actualizados hasta el miércoles, consigna además 405 víctimas de lesiones oculares.",
			[]string{"injured=3649 INDH", "eye-injuries=405 INDH"}, nil},
	})
}

// Guests and campers are people a count of evacuees counts; "acusadas"
// after another noun qualifies it ("342 embarcaciones acusadas de…").
func TestExtractGuestsAndAccusedThings(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "evacuated", Unit: "people", Keywords: []string{"evacuated", "desalojados"}},
		{ID: "sanctioned", Unit: "people", Keywords: []string{"sancionados", "acusados"}},
	}, []tracker.Actor{{Name: "Fire Service", Role: tracker.Claimant, Aliases: []string{"Cuerpo de Bomberos", "Fire Service"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Según el Cuerpo de Bomberos, 530 huéspedes de un hotel de Lindos tuvieron que ser desalojados de madrugada.", []string{"evacuated=530"}, nil},
	})
	e = New([]tracker.Metric{
		{ID: "designations", Unit: "designations", Keywords: []string{"sanctions", "sanctioned", "sanciones", "sancionados", "lista negra"}},
		{ID: "entities", Unit: "entities", Keywords: []string{"companies", "empresas", "entidades"}},
		{ID: "vessels", Unit: "vessels", Keywords: []string{"vessels", "buques", "barcos"}},
	}, []tracker.Actor{{Name: "EU", Role: tracker.Claimant, Aliases: []string{"Consejo de la UE"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Según el Consejo de la UE, las medidas alcanzan a 189 buques, con lo que la lista negra comunitaria suma ya 342 embarcaciones acusadas de transportar crudo ruso.",
			[]string{"vessels=342"}, []string{"designations=342"}},
	})
}

// An event word inside a proper name ("Batallón de Despliegue Rápido",
// "Operación Liberación") names no event that competes with the metric.
func TestExtractEventWordInName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "captured", Name: "Soldiers captured", Unit: "people", Keywords: []string{"captured", "secuestrados"}}},
		[]tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"Ejército Nacional"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El Ejército Nacional confirma que cuatro soldados profesionales del Batallón de Despliegue Rápido fueron capturados por la guerrilla.",
			[]string{"captured=4"}, nil},
		{"El Ejército Nacional confirma que cuatro soldados fueron desplegados y 12 capturados.", nil, []string{"captured=4"}},
	})
}

// A metric keyed only on who the people are ("firefighters") takes them
// when the predicate says what its name says befell them ("were
// deployed"), and not when it says something else.
func TestExtractPeopleKeywordNamedEvent(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deployed", Name: "Firefighters deployed", Unit: "people", Keywords: []string{"firefighters", "bomberos"}}},
		[]tracker.Actor{{Name: "CONAF", Role: tracker.Claimant, Aliases: []string{"CONAF"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Around 300 forest firefighters were deployed overnight to contain a new front, according to CONAF.", []string{"deployed=300"}, nil},
		{"Around 300 forest firefighters were injured overnight, according to CONAF.", nil, []string{"deployed=300"}},
		// soldiers sent to help the firefighters are no firefighters
		{"El Ejército desplegó 1.500 militares para apoyar las labores de los bomberos, informó CONAF.", nil, []string{"deployed=1500"}},
	})
}

// A competing term coordinated with the metric's own ("intercepted and
// detained") does not take the count from it; apprehensions and people
// caught crossing are arrests.
func TestExtractCoordinatedOwnTermAndApprehensions(t *testing.T) {
	e := New([]tracker.Metric{{ID: "detained", Name: "Migrants detained at the border", Unit: "people", Keywords: []string{"apprehended", "detained", "detenidos"}}},
		[]tracker.Actor{{Name: "CBP", Role: tracker.Claimant, Aliases: []string{"CBP", "Customs and Border Protection"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Between 4 and 10 August, CBP recorded 612 migrants intercepted and detained at the southern border.", []string{"detained=612"}, nil},
		{"Agents recorded 1,427,114 apprehensions between ports of entry, CBP said.", []string{"detained=1427114"}, nil},
		{"Roughly 4,200 people were caught crossing the border illegally in a single week, CBP reported.", []string{"detained=4200"}, nil},
		{"CBP said 612 migrants were intercepted at sea.", nil, []string{"detained=612"}},
	})
}

// A keyword of no concept after the people counted and one adjective
// says what they are: "47 estudiantes universitarios detenidos".
func TestExtractKeywordAfterAdjective(t *testing.T) {
	e := New([]tracker.Metric{{ID: "detained", Name: "Students detained", Unit: "people", Keywords: []string{"detained", "arrested", "detenidos", "arrestados"}}},
		[]tracker.Actor{{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Foro Penal contabiliza 47 estudiantes universitarios detenidos desde que comenzaron las protestas.", []string{"detained=47"}, nil},
		{"Foro Penal contabiliza 47 estudiantes universitarios en la marcha.", nil, []string{"detained=47"}},
	})
}

// "57 de sus soldados", "241 of our officers": the people a body counts of
// its own are the people counted, and what the predicate says happened to
// them says what the count is.
func TestExtractOwnPeopleCounted(t *testing.T) {
	e := New([]tracker.Metric{{ID: "captured", Name: "Soldiers captured", Unit: "people", Keywords: []string{"captured", "kidnapped", "retenidos"}}},
		[]tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"Ejército Nacional", "army"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El Ejército Nacional denunció que 57 de sus soldados fueron retenidos por civiles en el Cauca.", []string{"captured=57"}, nil},
	})
}

// Hospital admissions and people who required hospitalisation are
// hospitalised; people taken out of their hotels are evacuated.
func TestExtractAdmissionsAndTakenOut(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "hospitalized", Unit: "people", Keywords: []string{"hospitalized", "hospitalizados"}},
		{ID: "evacuated", Unit: "people", Keywords: []string{"evacuated", "evacuados"}},
	}, []tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry", "Secretaría de Salud", "fire brigade"}}})
	checkPresence(t, e, false, []presenceCase{
		{"The Health Ministry recorded 243 hospital admissions for heatstroke last week.", []string{"hospitalized=243"}, nil},
		{"La Secretaría de Salud informó que 312 personas han requerido hospitalización por golpe de calor.", []string{"hospitalized=312"}, nil},
		{"About 1,500 tourists were taken out of their hotels in Corfu, according to the fire brigade.", []string{"evacuated=1500"}, nil},
	})
}

// "ultimados" and "caídos" are killed (matched as written: "último" and
// "caída" are not), and a "saldo mortal" is a death toll; "held against
// their will" are held captive; "sanos y salvos" are rescued.
func TestExtractUltimadosAndHeldAgainstWill(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Name: "Police officers killed", Unit: "people", Keywords: []string{"officers killed", "policías asesinados"}},
		{ID: "captured", Name: "Soldiers captured", Unit: "people", Keywords: []string{"captured", "kidnapped"}},
	}, []tracker.Actor{{Name: "Security Ministry", Role: tracker.Claimant, Aliases: []string{"Secretaría de Seguridad", "army"}}})
	checkPresence(t, e, false, []presenceCase{
		{"La Secretaría de Seguridad informó que 157 policías fueron ultimados entre enero y junio.", []string{"killed=157"}, nil},
		{"“Seventy soldiers were surrounded, disarmed and held against their will,” the army said.", []string{"captured=70"}, nil},
		{"La Secretaría de Seguridad informó que 157 policías fueron trasladados en el último mes.", nil, []string{"killed=157"}},
	})
	e = New([]tracker.Metric{
		{ID: "deaths", Name: "Hurricane deaths", Unit: "people", Keywords: []string{"deaths", "muertos"}},
		{ID: "rescued", Name: "Miners rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}},
	}, []tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El saldo mortal del ciclón asciende ya a unas 60 personas, de acuerdo con la Cruz Roja.", []string{"deaths=60"}, nil},
		{"Según la Cruz Roja, una docena de trabajadores atrapados en la mina lograron salir a la superficie sanos y salvos.", []string{"rescued=12"}, nil},
	})
}

// Spanish news names a ministry by its field ("difundidos por Interior",
// "según Sanidad"): the one actor whose alias is that ministry, and no
// body whose longer name ends in the same word.
func TestExtractMinistryByField(t *testing.T) {
	e := New([]tracker.Metric{{ID: "claims", Unit: "people", Keywords: []string{"solicitudes", "solicitantes"}}},
		[]tracker.Actor{
			{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior"}},
			{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Sanidad"}},
		})
	checkPresence(t, e, true, []presenceCase{
		{"Según los datos difundidos por Interior, 17.808 solicitantes obtuvieron protección.", []string{"claims=17808 Interior Ministry"}, nil},
		{"Según Sanidad, se registraron 2.100 solicitudes.", []string{"claims=2100 Health Ministry"}, nil},
		{"La Dirección Regional por Sanidad registró 2.100 solicitudes.", nil, []string{"claims=2100 Health Ministry"}},
	})
}

// Ways news says children were recruited, people vaccinated, people are
// still missing, people left the country or had to flee, a disease kills
// ("mata", as written), schools were damaged and buildings collapsed.
func TestExtractMoreConceptTerms(t *testing.T) {
	actors := []tracker.Actor{{Name: "UNICEF", Role: tracker.Confirmer, Aliases: []string{"UNICEF", "Senasa", "UNGRD", "AFAD"}}}
	checkWordings(t, actors, []wordingCase{
		{tracker.Metric{ID: "recruited", Name: "Children recruited", Unit: "people", Keywords: []string{"recruited", "reclutados"}},
			"Nearly two dozen children were drafted into a militia in Ituri last month, UNICEF said.", "recruited=24"},
		{tracker.Metric{ID: "recruited", Name: "Children recruited", Unit: "people", Keywords: []string{"recruited", "reclutados"}},
			"Según UNICEF, las disidencias se han llevado a sus filas a 166 menores de edad.", "recruited=166"},
		{tracker.Metric{ID: "vaccinated", Name: "Animals vaccinated", Unit: "animals", Keywords: []string{"animales vacunados", "vacunación"}},
			"El representante del Senasa indicó que se inmunizaron unas 320.000 vacas en la zona.", "vaccinated=320000"},
		{tracker.Metric{ID: "missing", Name: "People missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
			"“We are still looking for 33 people,” said the director of the UNGRD.", "missing=33"},
		{tracker.Metric{ID: "missing", Name: "People missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
			"Con ese recuento, UNICEF concluyó que sigue la búsqueda de 94 mil 283 personas.", "missing=94283"},
		{tracker.Metric{ID: "emigrated", Name: "Doctors who emigrated", Unit: "people", Keywords: []string{"emigrated", "emigrados"}},
			"UNICEF calcula que hasta marzo habían salido del país 32.000 médicos.", "emigrated=32000"},
		{tracker.Metric{ID: "displaced", Name: "People displaced", Unit: "people", Keywords: []string{"displaced", "desplazados"}},
			"“Sixteen people remain missing and 33,719 have had to flee their homes,” an AFAD spokesman said.", "displaced=33719"},
		{tracker.Metric{ID: "deaths", Name: "Rabies deaths", Unit: "people", Keywords: []string{"rabies deaths", "muertes por rabia"}},
			"La rabia mata a unas 55 mil personas al año, según UNICEF.", "deaths=55000"},
		{tracker.Metric{ID: "damaged", Name: "Schools damaged", Unit: "schools", Keywords: []string{"escuelas dañadas", "damaged"}},
			"Según UNICEF, 58 escuelas presentan daños en la provincia.", "damaged=58"},
		{tracker.Metric{ID: "collapsed", Name: "Buildings collapsed", Unit: "buildings", Keywords: []string{"collapsed", "colapsados"}},
			"AFAD said 2,190 buildings came down completely in the province.", "collapsed=2190"},
	})
}

// A part of a count whose own noun is the keyword of a metric of its own
// ("227 muertos, 103 de ellos niños", "including 103 children" where the
// tracker also counts children) is that metric's figure.
func TestExtractPartOfOwnMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "famine-deaths", Name: "Deaths from starvation", Unit: "people", Keywords: []string{"starvation", "hunger", "hambre"}},
		{ID: "child-deaths", Name: "Children who died of starvation", Unit: "people", Keywords: []string{"children", "niños"}},
	}, []tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry", "Ministerio de Sanidad"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El Ministerio de Sanidad eleva a 227 los fallecidos por hambre desde octubre, 103 de ellos niños.",
			[]string{"famine-deaths=227", "child-deaths=103"}, nil},
		{"Deaths from hunger-related causes rose to 227, including 103 children, the Health Ministry said.",
			[]string{"famine-deaths=227", "child-deaths=103"}, nil},
	})
}

// A title written in lower case with the words of its institution ("el
// defensor del pueblo") names the one institution whose name holds them.
func TestExtractLowerCaseTitle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"killed", "fallecidos"}}},
		[]tracker.Actor{
			{Name: "Ombudsman's Office", Role: tracker.Claimant, Aliases: []string{"Defensoría del Pueblo"}},
			{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"ONU Derechos Humanos"}},
		})
	checkPresence(t, e, true, []presenceCase{
		{"Diecisiete personas han fallecido en las manifestaciones, indicó el defensor del pueblo en rueda de prensa.",
			[]string{"killed=17 Ombudsman's Office"}, nil},
	})
}

// Resignations, looting, people trapped or not found, trains taken off the
// timetable and seizures in Spanish police wording are counted by their
// metrics, and so are the things their units name in other words
// ("convoyes" for trains, "stores" for shops).
func TestExtractResignationsLootingAndStrandedTerms(t *testing.T) {
	actors := []tracker.Actor{{Name: "Authority", Role: tracker.Claimant, Aliases: []string{
		"Health Ministry", "Ministerio de Salud", "Carabineros", "Coast Guard", "Civil Protection", "Protección Civil",
		"Renfe", "Transport Ministry", "Policía Nacional", "Aena"}}}
	resigned := tracker.Metric{ID: "resigned", Unit: "people", Keywords: []string{"resigned", "renuncias"}}
	looted := tracker.Metric{ID: "looted", Unit: "shops", Keywords: []string{"looted", "saqueos"}}
	missing := tracker.Metric{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}}
	trapped := tracker.Metric{ID: "trapped", Unit: "people", Keywords: []string{"trapped", "atrapados"}}
	trains := tracker.Metric{ID: "trains", Unit: "trains", Keywords: []string{"trains cancelled", "suprimidos"}}
	flights := tracker.Metric{ID: "flights", Unit: "flights", Keywords: []string{"cancelled flights", "vuelos cancelados"}}
	heroin := tracker.Metric{ID: "heroin", Unit: "kilograms", Keywords: []string{"heroin seized", "heroína"}}
	tests := []struct {
		metric tracker.Metric
		text   string
		want   []string
		absent []string
	}{
		{resigned, "The Health Ministry said 41 nurses had handed in their notice at the regional hospital.", []string{"resigned=41"}, nil},
		{resigned, "Según el Ministerio de Salud, 17 médicos presentaron su renuncia en el hospital de Talca.", []string{"resigned=17"}, nil},
		{looted, "Carabineros said looters ransacked 52 stores in the capital overnight.", []string{"looted=52"}, nil},
		{looted, "El saqueo de 80 comercios en Valparaíso fue confirmado por Carabineros.", []string{"looted=80"}, nil},
		{looted, "Carabineros said 9,000 businesses were forced to close early during the march.", nil, []string{"looted=9000"}},
		{missing, "Forty passengers have not been found, the Coast Guard said on Monday.", []string{"missing=40"}, nil},
		{trapped, "About 30 people are pinned under the debris of the hotel, Civil Protection said.", []string{"trapped=30"}, nil},
		{trapped, "Unos 40 vecinos siguen bajo las ruinas del edificio, según Protección Civil.", []string{"trapped=40"}, nil},
		{trains, "Según Renfe, fueron suprimidos 300 convoyes durante la huelga.", []string{"trains=300"}, nil},
		{trains, "The Transport Ministry said 120 trains were taken off the timetable for the walkout.", []string{"trains=120"}, nil},
		{flights, "Cerca de 300 vuelos fueron suspendidos por la tormenta, según Aena.", []string{"flights=300"}, nil},
		{heroin, "La Policía Nacional ha intervenido 15 kilos de heroína en el puerto de Valencia.", []string{"heroin=15"}, nil},
	}
	for _, tt := range tests {
		checkPresence(t, New([]tracker.Metric{tt.metric}, actors), false, []presenceCase{{tt.text, tt.want, tt.absent}})
	}
}

// A verb far before a count, with another verb between them, does not
// say what the count is of: "ha incautado 3.000 relojes en una operación
// que se ha cerrado con seis detenidos" counts six arrests for a tracker
// of arrests keyed on "detenidos", not six things seized.
func TestExtractHeadKeywordPastAnotherVerb(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "seized", Unit: "items", Keywords: []string{"counterfeit goods", "incautados"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "detenidos", "arrestados"}},
	}, []tracker.Actor{{Name: "Guardia Civil", Role: tracker.Claimant, Aliases: []string{"Guardia Civil"}}})
	checkPresence(t, e, false, []presenceCase{
		{"La Guardia Civil ha incautado 3.000 relojes falsificados en una operación que se ha cerrado con seis detenidos.",
			[]string{"arrests=6"}, []string{"seized=6"}},
	})
}

// People named by their trade ("specialists", "facultativos",
// "patrulleros") are people a count can hold; a split keyword's noun
// takes another noun of its role ("agentes" for "policías detenidos");
// "siguen todavía bajo las ruinas" is still under them, not still held;
// and "passenger and freight trains" counts trains.
func TestExtractTradesStillUnderAndCoordinatedModifiers(t *testing.T) {
	actors := []tracker.Actor{{Name: "Authority", Role: tracker.Claimant, Aliases: []string{
		"Health Ministry", "Ministerio de Salud", "Fiscalía", "Policía Nacional", "Protección Civil", "Transport Ministry"}}}
	checkWordings(t, actors, []wordingCase{
		{tracker.Metric{ID: "resigned", Unit: "people", Keywords: []string{"resigned", "renuncias"}},
			"The Health Ministry confirmed that 27 specialists had formally resigned.", "resigned=27"},
		{tracker.Metric{ID: "resigned", Unit: "people", Keywords: []string{"resigned", "renuncias"}},
			"Según el Ministerio de Salud, una veintena de facultativos han dejado sus puestos desde enero.", "resigned=20"},
		{tracker.Metric{ID: "officers-arrested", Unit: "people", Keywords: []string{"police officers arrested", "policías detenidos"}},
			"Más de 120 agentes detenidos por corrupción desde marzo, informó la Policía Nacional.", "officers-arrested=120"},
		{tracker.Metric{ID: "officers-arrested", Unit: "people", Keywords: []string{"police officers arrested", "policías capturados"}},
			"Nueve patrulleros fueron capturados en Cali, confirmó la Fiscalía.", "officers-arrested=9"},
		{tracker.Metric{ID: "trapped", Unit: "people", Keywords: []string{"trapped", "atrapados"}},
			"Unos 60 vecinos siguen todavía bajo las ruinas del mercado, según Protección Civil.", "trapped=60"},
		{tracker.Metric{ID: "trains", Unit: "trains", Keywords: []string{"trains cancelled", "trenes cancelados"}},
			"The Transport Ministry said the strike forced the cancellation of 1,204 passenger and freight trains.", "trains=1204"},
	})
}

// Officers put out of a force are dismissals: "thrown out of the force",
// "destituidos", "pasados al retiro".
func TestExtractDismissalTerms(t *testing.T) {
	e := New([]tracker.Metric{{ID: "dismissed", Unit: "people", Keywords: []string{"dismissed", "despedidos"}}},
		[]tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry", "Ministerio del Interior"}}})
	checkPresence(t, e, false, []presenceCase{
		{"The Interior Ministry said 214 officers had been thrown out of the force since January.", []string{"dismissed=214"}, nil},
		{"Según el Ministerio del Interior, 96 agentes fueron destituidos por corrupción.", []string{"dismissed=96"}, nil},
		{"Un total de 1.200 policías han sido pasados al retiro, informó el Ministerio del Interior.", []string{"dismissed=1200"}, nil},
	})
}

// A state's own citizens after a possessive are counted, not a part of
// them ("evacuó a 15 de sus ciudadanos"); people flown out are evacuated;
// and "Italy's Foreign Ministry" is not the "Spanish Foreign Ministry"
// cut short.
func TestExtractOwnCitizensFlownOutAndOtherCountrysMinistry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "evacuated", Unit: "people", Keywords: []string{"evacuated", "evacuados"}}},
		[]tracker.Actor{
			{Name: "Spanish Foreign Ministry", Role: tracker.Claimant, Aliases: []string{"Spanish Foreign Ministry", "Ministerio de Asuntos Exteriores"}},
			{Name: "State Department", Role: tracker.Claimant, Aliases: []string{"State Department", "Departamento de Estado"}},
			{Name: "Bundeswehr", Role: tracker.Claimant, Aliases: []string{"Bundeswehr"}},
		})
	checkPresence(t, e, true, []presenceCase{
		{"El Gobierno de Estados Unidos evacuó este miércoles a 15 de sus ciudadanos en helicóptero, informó el Departamento de Estado.",
			[]string{"evacuated=15 State Department"}, nil},
		{"The Bundeswehr said it had flown out around 490 people on five flights.", []string{"evacuated=490 Bundeswehr"}, nil},
		{"Italy's Foreign Ministry said it had flown out about 300 people in total.", nil, []string{"evacuated=300 Spanish Foreign Ministry"}},
	})
}

// People sentenced ("handed prison terms to 25 civilians", "condenó a
// 12 manifestantes") and people tried ("have been tried by military
// tribunals", "llevados ante tribunales militares") are counted by the
// metrics keyed on those acts.
func TestExtractSentencedAndTried(t *testing.T) {
	actors := []tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"army", "Fiscalía", "Human Rights Watch"}}}
	sentenced := New([]tracker.Metric{{ID: "sentenced", Unit: "people", Keywords: []string{"sentenced", "condenados"}}}, actors)
	tried := New([]tracker.Metric{{ID: "tried", Unit: "people", Keywords: []string{"prosecuted", "procesados"}}}, actors)
	checkPresence(t, sentenced, false, []presenceCase{
		{"Military courts have handed prison terms to 25 civilians over the riots, the army said.", []string{"sentenced=25"}, nil},
		{"Un tribunal condenó a 12 manifestantes a penas de cárcel, informó la Fiscalía.", []string{"sentenced=12"}, nil},
	})
	checkPresence(t, tried, false, []presenceCase{
		{"At least 3,000 civilians have been tried by military tribunals, Human Rights Watch said.", []string{"tried=3000"}, nil},
		{"Según la Fiscalía, 726 civiles fueron llevados ante tribunales militares.", []string{"tried=726"}, nil},
	})
}

// Words for an institution at large refer back to the one just named:
// "el gremio" to a chamber, "el ente", "el órgano", "the service" to the
// body the sentence before named.
func TestExtractInstitutionWordsReferBack(t *testing.T) {
	tests := []struct {
		metric tracker.Metric
		actor  tracker.Actor
		text   string
		want   string
	}{
		{tracker.Metric{ID: "looted", Unit: "shops", Keywords: []string{"looted", "saqueados"}},
			tracker.Actor{Name: "Chamber of Commerce", Role: tracker.Claimant, Aliases: []string{"Cámara de Comercio de Santiago"}},
			"La Cámara de Comercio de Santiago convocó a la prensa el lunes. El gremio calculó en unos 2.000 los comercios saqueados.",
			"looted=2000 Chamber of Commerce"},
		{tracker.Metric{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "capturados"}},
			tracker.Actor{Name: "Attorney General", Role: tracker.Confirmer, Aliases: []string{"Fiscalía General de la Nación"}},
			"La Fiscalía General de la Nación coordinó los allanamientos. El ente acusador precisó que 14 personas fueron capturadas.",
			"arrested=14 Attorney General"},
		{tracker.Metric{ID: "drowned", Unit: "people", Keywords: []string{"drowned", "ahogados"}},
			tracker.Actor{Name: "Coast Guard", Role: tracker.Claimant, Aliases: []string{"Italian Coast Guard"}},
			"The Italian Coast Guard led the search through the night. The service later said seven people had drowned.",
			"drowned=7 Coast Guard"},
		{tracker.Metric{ID: "postal", Unit: "votes", Keywords: []string{"postal votes", "votos por correo"}},
			tracker.Actor{Name: "JEC", Role: tracker.Confirmer, Aliases: []string{"Junta Electoral Central"}},
			"La Junta Electoral Central aprobó el cómputo definitivo. El órgano cifró en 2.100.000 los votos por correo recibidos.",
			"postal=2100000 JEC"},
	}
	for _, tt := range tests {
		e := New([]tracker.Metric{tt.metric}, []tracker.Actor{tt.actor})
		checkPresence(t, e, true, []presenceCase{{tt.text, []string{tt.want}, nil}})
	}
}

// More wordings of common counts: climbers "puestos a salvo" and
// "auxiliaron" are rescued, passengers who "se quedaron en tierra" or
// "could not board" are stranded, pupils "led out of" a school are
// evacuated, and people "carried away" by attackers are abducted.
func TestExtractRescuedStrandedLedOutCarriedAway(t *testing.T) {
	actors := []tracker.Actor{{Name: "Authority", Role: tracker.Claimant, Aliases: []string{"Cruz Roja", "Guardia Civil", "Aena", "fire brigade", "Amnesty International"}}}
	checkWordings(t, actors, []wordingCase{
		{tracker.Metric{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}},
			"Según la Cruz Roja, seis senderistas fueron puestos a salvo el lunes en el macizo.", "rescued=6"},
		{tracker.Metric{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}},
			"Los agentes de la Guardia Civil auxiliaron a más de una treintena de montañeros en Gredos.", "rescued=30"},
		{tracker.Metric{ID: "stranded", Unit: "people", Keywords: []string{"stranded", "varados"}},
			"Según Aena, unos 4.000 pasajeros se quedaron en tierra durante la huelga.", "stranded=4000"},
		{tracker.Metric{ID: "evacuated", Unit: "people", Keywords: []string{"pupils evacuated", "alumnos evacuados"}},
			"All 310 pupils were led out of the school within minutes, a fire brigade spokeswoman said.", "evacuated=310"},
		{tracker.Metric{ID: "abducted", Unit: "people", Keywords: []string{"abducted", "secuestrados"}},
			"Amnesty International said at least 25 women had been carried away by the gunmen.", "abducted=25"},
	})
}

// In a sentence that sets a condition, a count whose own verb is in the
// future or conditional ("otros 50 médicos … renunciarán si…", "hasta
// 50.000 cajetillas podrían entrar si…") is no figure. The last case, a
// threat ("amenazaron con matar"), guards what the rule for Spanish
// infinitives already gave.
func TestExtractConditionedSubjectAndThreat(t *testing.T) {
	actors := []tracker.Actor{{Name: "Authority", Role: tracker.Claimant, Aliases: []string{"Colegio Médico", "Guardia Civil", "Ejército"}}}
	resigned := New([]tracker.Metric{{ID: "resigned", Unit: "people", Keywords: []string{"resigned", "renuncias"}}}, actors)
	packs := New([]tracker.Metric{{ID: "packs", Unit: "packs", Keywords: []string{"cigarettes", "cajetillas"}}}, actors)
	killed := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"killed", "muertos"}}}, actors)
	checkPresence(t, resigned, false, []presenceCase{
		{"El Colegio Médico advirtió que otros 70 médicos del hospital renunciarán si el director no deja el cargo.", nil, []string{"resigned=70"}},
		{"El Colegio Médico informó que 70 médicos del hospital renunciaron en marzo.", []string{"resigned=70"}, nil},
	})
	checkPresence(t, packs, false, []presenceCase{
		{"La Guardia Civil calcula que, si no se refuerzan los controles, hasta 30.000 cajetillas podrían entrar cada mes.", nil, []string{"packs=30000"}},
	})
	checkPresence(t, killed, false, []presenceCase{
		{"Según el Ejército, los captores amenazaron con matar a los 30 pasajeros si no se pagaba el rescate.", nil, []string{"killed=30"}},
	})
	// a count inside a condition of what did not happen
	injured := New([]tracker.Metric{{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}}}, actors)
	checkPresence(t, injured, false, []presenceCase{
		{"Si se hubiera llenado el aforo de 4.000 personas, los heridos se habrían contado por miles, admitió el Colegio Médico.", nil, []string{"injured=4000"}},
		{"If all 4,000 seats had been filled, the injured would have numbered thousands, the Colegio Médico said.", nil, []string{"injured=4000"}},
		{"El Colegio Médico informó de que 40 personas resultaron heridas, aunque si hubiera llovido la cifra sería menor.", []string{"injured=40"}, nil},
	})
}

// A metric keyed on people of a state and what befell them ("hostages
// killed", "rehenes muertos") counts what befell them: hostages still held
// are none of it, and the hostages named beside its event are who died.
func TestExtractStatePeopleWhoSuffered(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hostages-killed", Unit: "people", Keywords: []string{"hostages killed", "rehenes muertos"}}},
		[]tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"Ejército", "army"}}})
	checkPresence(t, e, false, []presenceCase{
		{"El Ejército informó de que los secuestradores retienen todavía a 41 rehenes en la planta.", nil, []string{"hostages-killed=41"}},
		{"Según el Ejército, una docena de rehenes perdieron la vida en la explosión.", []string{"hostages-killed=12"}, nil},
		{"Five hostages lost their lives during the rescue attempt, the army said.", []string{"hostages-killed=5"}, nil},
	})
}

// More wordings: "recobraron la libertad" and "devuelto la libertad a" are
// releases, people "sick" are cases, "quitó la vida
// a" a death, people who "needed hospital treatment" are injured,
// families "moved to safer ground" evacuated, voters "on the rolls" the
// electorate.
func TestExtractMoreCommonWordings(t *testing.T) {
	actors := []tracker.Actor{{Name: "Authority", Role: tracker.Claimant, Aliases: []string{"Cruz Roja", "Amnistía", "Red Cross", "Registry"}}}
	checkWordings(t, actors, []wordingCase{
		{tracker.Metric{ID: "freed", Unit: "people", Keywords: []string{"freed", "liberados"}},
			"Cinco personas recobraron la libertad este domingo, informó la Cruz Roja.", "freed=5"},
		{tracker.Metric{ID: "freed", Unit: "people", Keywords: []string{"freed", "liberados"}},
			"Según Amnistía, el programa ya ha devuelto la libertad a 624 personas.", "freed=624"},
		{tracker.Metric{ID: "cases", Unit: "people", Keywords: []string{"cases", "casos"}},
			"The Red Cross reported 449 people sick after the meal.", "cases=449"},
		{tracker.Metric{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}},
			"Amnistía calcula que la ofensiva quitó la vida a unos 300 civiles en el semestre.", "deaths=300"},
		{tracker.Metric{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
			"Twenty-one officers needed hospital treatment after the clashes, the Red Cross said.", "injured=21"},
		{tracker.Metric{ID: "relocated", Unit: "families", Keywords: []string{"families relocated", "familias reubicadas"}},
			"Some 350 families have been moved to safer ground, the Red Cross said.", "relocated=350"},
		{tracker.Metric{ID: "voters", Unit: "people", Keywords: []string{"registered voters", "electores inscritos"}},
			"Nearly 12 million voters are on the rolls, according to the Registry.", "voters=12000000"},
	})
}

// A sentence that only says an actor announced results, gave details or
// held a briefing hands its actor to the figures of the next sentence.
func TestExtractAnnouncedResultsGoOn(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "Attorney General", Role: tracker.Confirmer, Aliases: []string{"Attorney General's Office"}},
		{Name: "AFAD", Role: tracker.Claimant, Aliases: []string{"AFAD"}},
	}
	arrested := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "capturados"}}}, actors)
	collapsed := New([]tracker.Metric{{ID: "collapsed", Unit: "buildings", Keywords: []string{"collapsed", "colapsados"}}}, actors)
	checkPresence(t, arrested, true, []presenceCase{
		{"The Attorney General's Office announced the results of Operation Clean Hands on Tuesday. Thirty officers were arrested in raids across the country.",
			[]string{"arrested=30 Attorney General"}, nil},
	})
	checkPresence(t, collapsed, true, []presenceCase{
		{"AFAD held its third press briefing of the day in Ankara. Across the ten provinces, 5,200 buildings are now known to have collapsed.",
			[]string{"collapsed=5200 AFAD"}, nil},
	})
	// a summary, past a time of day
	delayed := New([]tracker.Metric{{ID: "delayed", Unit: "flights", Keywords: []string{"flights delayed", "vuelos retrasados"}}},
		[]tracker.Actor{{Name: "Aena", Role: tracker.Claimant, Aliases: []string{"Aena"}}})
	checkPresence(t, delayed, true, []presenceCase{
		{"Aena difundió a las 21.00 horas su balance de la jornada. Las demoras afectaron a 1.200 vuelos en toda la red.",
			[]string{"delayed=1200 Aena"}, nil},
	})
}

// A place's possessive before a short form of its own actor's alias
// keeps it ("Peshawar's police chief" for the Peshawar Police), and
// flights "held up" are delayed, not held.
func TestExtractOwnPlacePossessiveAndHeldUp(t *testing.T) {
	deaths := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "muertos"}}},
		[]tracker.Actor{{Name: "Peshawar Police", Role: tracker.Claimant, Aliases: []string{"Peshawar Police", "Peshawar police chief"}}})
	delayed := New([]tracker.Metric{{ID: "delayed", Unit: "flights", Keywords: []string{"flights delayed", "vuelos retrasados"}}},
		[]tracker.Actor{{Name: "Aena", Role: tracker.Claimant, Aliases: []string{"Aena"}}})
	checkPresence(t, deaths, true, []presenceCase{
		{"At least 59 worshippers were killed in the blast, Peshawar's police chief told reporters.", []string{"deaths=59 Peshawar Police"}, nil},
	})
	checkPresence(t, delayed, false, []presenceCase{
		{"Some 1,200 flights were held up on Saturday, Aena reported.", []string{"delayed=1200"}, nil},
	})
}

// Still more wordings: workers who "suffered burns and cuts" or were
// treated "con fracturas y contusiones" were injured; hikers "de los que
// no se tiene noticia" are missing; people "puestos a disposición
// judicial" were arrested; an attack that "segó la vida de" 70 killed
// them; prisoners "beneficiados con la libertad condicional" were released.
func TestExtractInjuredMissingArrestedWordings(t *testing.T) {
	actors := []tracker.Actor{{Name: "Authority", Role: tracker.Claimant, Aliases: []string{"Red Cross", "Cruz Roja", "Policía", "Guardia Civil", "HRCP", "INPEC"}}}
	checkWordings(t, actors, []wordingCase{
		{tracker.Metric{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
			"Some 25 employees suffered burns and cuts in the explosion, according to the Red Cross.", "injured=25"},
		{tracker.Metric{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
			"La Cruz Roja atendió a 63 asistentes con fracturas y contusiones tras el derrumbe.", "injured=63"},
		{tracker.Metric{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
			"La Policía mantiene la búsqueda de 14 excursionistas de los que no se tiene noticia desde el lunes.", "missing=14"},
		{tracker.Metric{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}},
			"«Hemos puesto a disposición judicial a siete contrabandistas», aseguró el portavoz de la Guardia Civil.", "arrested=7"},
		{tracker.Metric{ID: "killed", Unit: "people", Keywords: []string{"killed", "muertos"}},
			"El atentado segó la vida de unos 40 fieles, denunció la HRCP.", "killed=40"},
		{tracker.Metric{ID: "paroled", Unit: "people", Keywords: []string{"paroled", "liberados"}},
			"Más de 9.000 reclusos fueron beneficiados con la libertad condicional, indicó el INPEC.", "paroled=9000"},
	})
}

// "72 people on board the plane died": on board says who they were, the
// verb after it what befell them; "the ferry was carrying 300 people" is
// still no count of the dead.
func TestExtractAboardThenEvent(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertos"}}},
		[]tracker.Actor{{Name: "CAAN", Role: tracker.Claimant, Aliases: []string{"Civil Aviation Authority"}}})
	checkPresence(t, e, false, []presenceCase{
		{"All 68 people on board the plane died when it crashed, the Civil Aviation Authority said.", []string{"deaths=68"}, nil},
		{"The ferry was carrying 300 people when it sank and 12 died, the Civil Aviation Authority said.", []string{"deaths=12"}, []string{"deaths=300"}},
	})
}

// An event term governed by "sin" or "without" says what did not happen,
// however far from the number: "400 espectadores fueron evacuados de la
// plaza sin sufrir lesiones" counts no one injured.
func TestExtractWithoutEvent(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja", "Red Cross"}}})
	checkPresence(t, e, false, []presenceCase{
		{"La Cruz Roja informó de que 300 espectadores fueron evacuados de la plaza sin sufrir lesiones.", nil, []string{"injured=300"}},
		{"The Red Cross said 250 passengers were taken off the train without injury.", nil, []string{"injured=250"}},
		{"La Cruz Roja informó de que 30 espectadores sufrieron lesiones en la plaza.", []string{"injured=30"}, nil},
	})
}

// Requests turned down are rejections: a tracker of rejections counts
// "turned down 41,300 applications", "12,800 claims were refused".
func TestExtractRejections(t *testing.T) {
	actors := []tracker.Actor{{Name: "BAMF", Role: tracker.Claimant, Aliases: []string{"BAMF", "Ministerio del Interior"}}}
	rejected := New([]tracker.Metric{{ID: "rejected", Unit: "applications", Keywords: []string{"rejected", "rechazadas"}}}, actors)
	checkPresence(t, rejected, false, []presenceCase{
		{"The BAMF said it turned down 41,300 applications last year.", []string{"rejected=41300"}, nil},
		{"The BAMF said 12,800 claims were refused in the first quarter.", []string{"rejected=12800"}, nil},
	})
}

// Strikes and the classes they cost in other words: schools that "se
// plegaron al paro", teachers who "no se presentaron a dar clases",
// pupils "left without classes" or "se quedaron sin clases".
func TestExtractStrikeAndClassesLost(t *testing.T) {
	actors := []tracker.Actor{{Name: "Education Ministry", Role: tracker.Claimant, Aliases: []string{"Education Secretary", "Ministerio de Educación"}}}
	checkWordings(t, actors, []wordingCase{
		{tracker.Metric{ID: "on-strike", Unit: "people", Keywords: []string{"teachers on strike", "docentes en paro"}},
			"Según el Ministerio de Educación, unos 40.000 maestros no se presentaron a dar clases el lunes.", "on-strike=40000"},
		{tracker.Metric{ID: "pupils", Unit: "people", Keywords: []string{"out of school", "fuera de las aulas"}},
			"More than 500,000 students have been left without classes by the strike, the Education Secretary said.", "pupils=500000"},
		{tracker.Metric{ID: "pupils", Unit: "people", Keywords: []string{"out of school", "fuera de las aulas"}},
			"De acuerdo con el Ministerio de Educación, 1,5 millones de alumnos se quedaron sin clases.", "pupils=1500000"},
	})
}

// "…," the spokesman said. "He was speaking on behalf of Aena": the next
// sentence names whom the speaker of a quotation spoke for.
func TestExtractSpeakingOnBehalfOf(t *testing.T) {
	e := New([]tracker.Metric{{ID: "delayed", Unit: "flights", Keywords: []string{"flights delayed", "vuelos retrasados"}}},
		[]tracker.Actor{{Name: "Aena", Role: tracker.Claimant, Aliases: []string{"Aena"}}})
	checkPresence(t, e, true, []presenceCase{
		{"\"Around 900 flights have departed late today,\" the spokesman said. He was speaking on behalf of Aena at Barajas airport.",
			[]string{"delayed=900 Aena"}, nil},
	})
}

// A bare number whose metric its own clause already gives keeps it when a
// number of another metric follows: "the number of people killed has
// risen to 135, and eight others are still missing" counts 135 dead.
func TestExtractLinkedBareKeepsItsMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "muertos"}},
		{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
	}, []tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}}})
	checkPresence(t, e, false, []presenceCase{
		{"The number of people killed by the tsunami has risen to 142, and nine others are still missing, OCHA said.",
			[]string{"deaths=142", "missing=9"}, []string{"missing=142"}},
	})
}

// A Spanish demonym counts people whatever its ending: "uruguayos",
// "guatemaltecos", "paraguayos" as well as "colombianos".
func TestExtractSpanishDemonymEndings(t *testing.T) {
	actors := []tracker.Actor{{Name: "Emergency System", Role: tracker.Claimant, Aliases: []string{"Sistema Nacional de Emergencias", "IGM"}}}
	evacuated := tracker.Metric{ID: "evacuated", Unit: "people", Keywords: []string{"evacuated", "evacuados"}}
	returned := tracker.Metric{ID: "returned", Unit: "people", Keywords: []string{"returned", "deported", "retornados", "deportados"}}
	checkWordings(t, actors, []wordingCase{
		{evacuated, "Más de cinco mil uruguayos tuvieron que abandonar sus hogares, según el Sistema Nacional de Emergencias.", "evacuated=5000"},
		{returned, "El IGM detalla que 41.760 guatemaltecos llegaron deportados desde enero.", "returned=41760"},
		{evacuated, "Unos 300 paraguayos tuvieron que dejar sus casas, informó el Sistema Nacional de Emergencias.", "evacuated=300"},
	})
}

// "Los casos siguen en aumento" is a trend, not people still held, and a
// figure verb right before the count makes it the figure even when its
// noun names a group: "La cifra asciende ya a 22.810 menores".
func TestExtractTrendAndFigureOfAGroup(t *testing.T) {
	actors := []tracker.Actor{{Name: "Health Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud"}}}
	malnourished := tracker.Metric{ID: "malnourished", Unit: "people", Keywords: []string{"malnutrition", "desnutrición", "desnutridos"}}
	checkWordings(t, actors, []wordingCase{
		{malnourished, "Los casos de desnutrición aguda siguen en aumento en el Corredor Seco. La cifra asciende ya a 22.810 menores, según el Ministerio de Salud.",
			"malnourished=22810"},
	})
}

// A bare count that ends in a comma and its speaker ("Ahora es de 75,
// precisó la Secretaría", "now stands at 19, the agency said"), or that
// ends a sentence opening on its source ("Según X, ya son 38"), is that
// speaker's figure of the metric the sentence before named.
func TestExtractBareCountWithTrailingSpeaker(t *testing.T) {
	actors := []tracker.Actor{{Name: "SGR", Role: tracker.Claimant, Aliases: []string{"Secretaría de Gestión de Riesgos", "the agency"}}}
	missing := tracker.Metric{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}}
	checkFiguresBy(t, New([]tracker.Metric{missing}, actors), []figureCase{
		{"El número de desaparecidos por el deslave ha ido bajando. Ahora es de 75, precisó la Secretaría de Gestión de Riesgos.",
			"[missing=75 by SGR]"},
		{"El número de desaparecidos se ha disparado desde principios de mes. Según la Secretaría de Gestión de Riesgos, ya son 38.",
			"[missing=38 by SGR]"},
		// a count of people with a predicate of its own is no such figure
		{"El número de desaparecidos ha ido bajando. Se entregó comida a más de 3.000 personas, precisó la Secretaría de Gestión de Riesgos.",
			"[]"},
	})
}

// Things only one metric counts, named in a sentence with no term, name
// that metric's count for the figure noun of the next sentence.
func TestExtractThingsNameTheNextFigure(t *testing.T) {
	actors := []tracker.Actor{{Name: "ABM", Role: tracker.Claimant, Aliases: []string{"ABM"}}}
	frozen := tracker.Metric{ID: "frozen", Unit: "accounts", Keywords: []string{"frozen accounts", "cuentas congeladas"}}
	checkFiguresBy(t, New([]tracker.Metric{frozen}, actors), []figureCase{
		{"Los bancos comenzaron el lunes a inmovilizar cuentas de los implicados. La cifra asciende ya a 260, según la ABM.", "[frozen=260 by ABM]"},
	})
}

// "La cartera sanitaria (paraguaya)", the first word for a body in a text,
// names the tracker's health ministry (of that country).
func TestExtractFieldMinistryByItsField(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "PAHO", Role: tracker.Confirmer, Aliases: []string{"PAHO", "OPS"}},
		{Name: "Paraguay Health Ministry", Role: tracker.Claimant, Aliases: []string{"Paraguayan Health Ministry", "Ministerio de Salud de Paraguay"}},
		{Name: "Argentine Health Ministry", Role: tracker.Claimant, Aliases: []string{"Argentine Health Ministry", "Ministerio de Salud de Argentina"}},
	}
	cases := tracker.Metric{ID: "cases", Unit: "people", Keywords: []string{"cases", "casos", "contagios"}}
	checkFiguresBy(t, New([]tracker.Metric{cases}, actors), []figureCase{
		{"Ya son 418 las personas que han contraído el virus, informó la cartera sanitaria paraguaya.", "[cases=418 by Paraguay Health Ministry]"},
		{"La cartera sanitaria argentina elevó a 42 los casos confirmados en el país.", "[cases=42 by Argentine Health Ministry]"},
		// no country: two ministries fit
		{"La cartera sanitaria elevó a 42 los casos confirmados.", "[]"},
	})
}

// A definite organisation noun after the verb of saying ("…, alertó la
// ONG", "que contabiliza la organización") is the organisation last named.
func TestExtractOrganisationNounAfterTheVerb(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "OVP", Role: tracker.Confirmer, Aliases: []string{"Observatorio Venezolano de Prisiones"}},
		{Name: "Prison Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio Penitenciario"}},
	}
	strikers := tracker.Metric{ID: "strikers", Unit: "people", Keywords: []string{"hunger strike", "huelga de hambre"}}
	checkFiguresBy(t, New([]tracker.Metric{strikers}, actors), []figureCase{
		{"El Observatorio Venezolano de Prisiones denunció la situación. Cerca de 60 detenidos mantienen la huelga de hambre, alertó la ONG.",
			"[strikers=60 by OVP]"},
	})
}

// "The force" refers back to a guard or gendarmerie as to a police; "la
// Policía" still names no guard.
func TestExtractForceRefersToGuard(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "Guardia Civil", Role: tracker.Claimant, Aliases: []string{"Guardia Civil", "Civil Guard"}},
		{Name: "Policía Nacional", Role: tracker.Claimant, Aliases: []string{"Policía Nacional"}},
	}
	arrested := tracker.Metric{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}}
	checkFiguresBy(t, New([]tracker.Metric{arrested}, actors), []figureCase{
		{"Civil Guard officers detained eleven people suspected of smuggling fuel, the force said on Friday.", "[arrested=11 by Guardia Civil]"},
		{"La Policía detuvo a 14 personas en el puerto, informó la Policía.", "[arrested=14 by Policía Nacional]"},
	})
}

// More words that refer back to a body by its kind: "el cuerpo" to a
// brigade, "la corporación pública" to an authority (and "the regulator"
// to a superintendency, "the registrar" to a registry).
func TestExtractMoreInstitutionReferrers(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "AAA", Role: tracker.Claimant, Aliases: []string{"Autoridad de Acueductos y Alcantarillados", "AAA"}},
		{Name: "Paris Fire Brigade", Role: tracker.Claimant, Aliases: []string{"Brigada de Bomberos de París"}},
	}
	metrics := []tracker.Metric{
		{ID: "without-water", Unit: "homes", Keywords: []string{"without water", "sin agua", "sin suministro"}},
		{ID: "cars-burned", Unit: "vehicles", Keywords: []string{"cars burned", "vehículos incendiados"}},
	}
	checkFiguresBy(t, New(metrics, actors), []figureCase{
		{"La AAA anunció la reparación de una tubería. La corporación pública indicó que 9.800 viviendas seguían sin suministro.",
			"[without-water=9800 by AAA]"},
		{"La Brigada de Bomberos de París desplegó efectivos durante la noche. El cuerpo informó de que había sofocado el fuego en unos 120 vehículos incendiados.",
			"[cars-burned=120 by Paris Fire Brigade]"},
	})
}

// "El consistorio" refers back to a council, "the club" to a body whose
// name says it is one, "the command" to the police.
func TestExtractCouncilClubCommandReferrers(t *testing.T) {
	actors := []tracker.Actor{
		{Name: "Benidorm City Council", Role: tracker.Claimant, Aliases: []string{"Benidorm City Council", "Ayuntamiento de Benidorm"}},
		{Name: "RACE", Role: tracker.Confirmer, Aliases: []string{"Real Automóvil Club de España", "RACE"}},
		{Name: "Kaduna State Police", Role: tracker.Claimant, Aliases: []string{"Kaduna State Police"}},
	}
	metrics := []tracker.Metric{
		{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}},
		{ID: "roads-closed", Unit: "roads", Keywords: []string{"roads closed", "closed roads"}},
		{ID: "abducted", Unit: "people", Keywords: []string{"abducted", "kidnapped"}},
	}
	checkFiguresBy(t, New(metrics, actors), []figureCase{
		{"El Ayuntamiento de Benidorm reforzó el dispositivo. Según el consistorio, los socorristas rescataron a 31 bañistas.",
			"[rescued=31 by Benidorm City Council]"},
		{"The Real Automóvil Club de España has been tracking the storm. The club counted 38 closed roads on Sunday.",
			"[roads-closed=38 by RACE]"},
		{"Kaduna State Police deployed tactical teams to the forest. The command later said 26 worshippers had been abducted.",
			"[abducted=26 by Kaduna State Police]"},
		// the noun of its own name after the actor: its statement
		{"The RACE motoring club said 38 roads had been closed.", "[roads-closed=38 by RACE]"},
	})
	// (another body's noun after an actor is another body: "the UN
	// refugee agency" is not OCHA)
	ocha := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"killed"}}},
		[]tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"UN", "OCHA", "UN Office for the Coordination of Humanitarian Affairs"}}})
	checkFiguresBy(t, ocha, []figureCase{
		{"The UN refugee agency said 40 people were killed.", "[]"},
		{"The UN coordination office said 40 people were killed.", "[killed=40 by OCHA]"},
	})
}

// A title whose complement ends before the verb of saying still speaks
// for the actor that names it: "the MSF doctor in charge of the measles
// unit said" is MSF's statement, not the unit's.
func TestExtractTitleWithComplementSpeaksForActor(t *testing.T) {
	actors := []tracker.Actor{{Name: "MSF", Role: tracker.Confirmer, Aliases: []string{"MSF", "Médecins Sans Frontières"}}}
	deaths := tracker.Metric{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "died", "muertos"}}
	checkFiguresBy(t, New([]tracker.Metric{deaths}, actors), []figureCase{
		{"Thirty-one children died of measles at Biringi hospital in September, the MSF doctor in charge of the measles unit said.",
			"[deaths=31 by MSF]"},
		{"Thirty-one children died of measles at Biringi hospital in September, the head of the measles unit said.", "[]"},
	})
}

// "Claimed 27 lives" names deaths; it states nothing, so the source before
// it still gives the figure.
func TestExtractClaimedLivesIsNoStatement(t *testing.T) {
	actors := []tracker.Actor{{Name: "ANDMA", Role: tracker.Claimant, Aliases: []string{"ANDMA"}}}
	deaths := tracker.Metric{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "killed", "muertos"}}
	checkFiguresBy(t, New([]tracker.Metric{deaths}, actors), []figureCase{
		{"According to ANDMA, the avalanches have claimed 27 lives in Nuristan province.", "[deaths=27 by ANDMA]"},
		{"According to ANDMA, the avalanches have claimed the lives of 27 people.", "[deaths=27 by ANDMA]"},
	})
}

// A definite article between a subset marker and its count does not hide
// the part: "20 patients were taken to hospitals, including the 11 in
// serious condition".
func TestExtractSubsetMarkerBeforeArticle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hospitalised", Unit: "people", Keywords: []string{"hospitalised", "hospitalizados"}}},
		[]tracker.Actor{{Name: "EMS", Role: tracker.Confirmer, Aliases: []string{"Emergency Medical Services", "servicios de emergencia"}}})
	checkMetricValues(t, e, []metricCase{
		{"Emergency Medical Services said 20 passengers were hospitalised, including the 11 in serious condition.",
			[]string{"hospitalised=20"}},
		{"Los servicios de emergencia informaron de 20 pasajeros hospitalizados, entre ellos los 11 en estado grave.",
			[]string{"hospitalised=20"}},
		// (the article of a count that opens its sentence is no part's)
		{"The 20 passengers hospitalised were all in stable condition, Emergency Medical Services said.",
			[]string{"hospitalised=20"}},
	})
}

// A relative clause set off by commas that opens on where something
// happened ("en el que", "where") and names no term counts who or what
// was there, not what befell them.
func TestExtractSettingRelativeIsNoMetric(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}}},
		[]tracker.Actor{{Name: "Iberia", Role: tracker.Claimant, Aliases: []string{"Iberia"}}})
	checkMetricValues(t, e, []metricCase{
		{"Iberia confirmó que 44 pasajeros resultaron heridos por las turbulencias que sacudieron el avión, en el que viajaban 233 personas, una hora antes de aterrizar.",
			[]string{"injured=44"}},
		{"Iberia said 44 passengers were injured by the turbulence over the Atlantic, where only 12 flights had reported rough air all month.",
			[]string{"injured=44"}},
		// (a term in the clause keeps its count)
		{"Iberia confirmó que el avión sufrió turbulencias, en el que resultaron heridos 44 pasajeros.", []string{"injured=44"}},
		{"Iberia said the turbulence shook the plane, in which 44 passengers were injured.", []string{"injured=44"}},
	})
}

// "above the", "por encima de los" after a comma and a count given before
// set a count against that one: a comparison, not a figure. Alone, before
// a number, they say "more than".
func TestExtractAboveEarlierCountIsComparison(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"asesinados", "killed"}}},
		[]tracker.Actor{{Name: "Indepaz", Role: tracker.Confirmer, Aliases: []string{"Indepaz"}}})
	checkMetricValues(t, e, []metricCase{
		{"Indepaz elevó a 214 el número de firmantes asesinados desde 2016, por encima de los 200 casos que contabilizaba a comienzos de mes.",
			[]string{"killed=214"}},
		{"Indepaz put the number of signatories killed this year at 57, above the 52 killed in the same period of 2023.",
			[]string{"killed=57"}},
		{"Indepaz elevó a 214 el número de firmantes asesinados, por debajo de los 230 del año pasado.", []string{"killed=214"}},
		// (alone: "more than")
		{"Según Indepaz, los firmantes asesinados ya están por encima de los 400.", []string{"killed=400"}},
	})
}

// Prisoners at large are no count of a metric restricted to lawyers,
// teachers or priests held; the restriction reads those role nouns too.
func TestExtractPrisonersAreNoRestrictedPopulation(t *testing.T) {
	e := New([]tracker.Metric{{ID: "lawyers-detained", Unit: "people", Keywords: []string{"lawyers detained", "arrested", "abogados detenidos"}}},
		[]tracker.Actor{{Name: "Viasna", Role: tracker.Confirmer, Aliases: []string{"Viasna"}}})
	checkMetricValues(t, e, []metricCase{
		{"Belarus now holds more than 1,300 political prisoners, according to Viasna.", nil},
		{"Según Viasna, en Bielorrusia hay más de 1.300 presos políticos.", nil},
		{"Viasna said 14 lawyers had been arrested since the election.", []string{"lawyers-detained=14"}},
		{"Según Viasna, 14 abogados han sido detenidos desde las elecciones.", []string{"lawyers-detained=14"}},
	})
	all := New([]tracker.Metric{{ID: "held", Unit: "people", Keywords: []string{"political prisoners", "presos políticos"}}},
		[]tracker.Actor{{Name: "Viasna", Role: tracker.Confirmer, Aliases: []string{"Viasna"}}})
	checkMetricValues(t, all, []metricCase{
		{"Belarus now holds more than 1,300 political prisoners, according to Viasna.", []string{"held=1300"}},
	})
}

// "N menos", "N fewer" set off by commas after a count is the difference
// from it, not a count.
func TestExtractFewerAfterCountIsDifference(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrivals", Unit: "people", Keywords: []string{"llegado", "arrived"}}},
		[]tracker.Actor{{Name: "Interior", Role: tracker.Claimant, Aliases: []string{"Interior", "Interior Ministry"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según Interior, en lo que va de año han llegado a Canarias 32.209 personas, 7.504 menos, lo que supone un descenso del 19 %.",
			[]string{"arrivals=32209"}},
		{"The Interior Ministry said 39,713 people had arrived by sea, 7,504 fewer, by its count, than a year earlier.",
			[]string{"arrivals=39713"}},
		{"The Interior Ministry said 39,713 people had arrived by sea, 7,504 fewer.", []string{"arrivals=39713"}},
	})
}

// A sentence that opens on "Otras N", "Another N" of another kind than
// the figures just given goes on with that statement: its source, for a
// moderator to confirm. More of the same kind stay unattributed.
func TestExtractOthersOfAnotherKindGoOn(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"fallecidos", "muertos", "deaths"}},
		{ID: "missing", Unit: "people", Keywords: []string{"desaparecidos", "missing"}}},
		[]tracker.Actor{{Name: "Defensa Civil", Role: tracker.Claimant, Aliases: []string{"Defensa Civil", "Civil Defence"}}})
	tests := []struct {
		text      string
		want      string
		fallbacks int
	}{
		{"La Defensa Civil elevó hoy a 209 el número de fallecidos por la rotura de la presa. Otras 97 personas siguen desaparecidas.",
			"[deaths=209 by Defensa Civil missing=97 by Defensa Civil]", 1},
		{"The Civil Defence raised the death toll to 209 on Monday. Another 97 people remain missing.",
			"[deaths=209 by Defensa Civil missing=97 by Defensa Civil]", 1},
		{"The Civil Defence raised the death toll to 209 on Monday. A further 97 people remain missing.",
			"[deaths=209 by Defensa Civil missing=97 by Defensa Civil]", 1},
		// (more of the same kind stay unattributed)
		{"The Civil Defence raised the death toll to 209 on Monday. Another 47 deaths remain under investigation.",
			"[deaths=209 by Defensa Civil]", 0},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(figuresBy(e, tt.text)); got != tt.want {
			t.Errorf("Extract(%q) = %v, want %s", tt.text, got, tt.want)
		}
		fallbacks := 0
		for _, x := range e.Extract(tt.text, nil) {
			if x.ActorFromFallback {
				fallbacks++
			}
		}
		if fallbacks != tt.fallbacks {
			t.Errorf("Extract(%q): %d figures from the sentence before, want %d", tt.text, fallbacks, tt.fallbacks)
		}
	}
}

// "la misma fuente", "the same source" names the source of the sentence
// before even where the sentence's subject is an unlisted body.
func TestExtractSameSourceOverUnlistedSubject(t *testing.T) {
	e := New([]tracker.Metric{{ID: "aftershocks", Unit: "aftershocks", Keywords: []string{"réplicas", "aftershocks"}}},
		[]tracker.Actor{{Name: "IG-EPN", Role: tracker.Confirmer, Aliases: []string{"IG-EPN", "Instituto Geofísico de la Escuela Politécnica Nacional"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El IG-EPN registró 50 réplicas el domingo. Desde el terremoto, el IG ha contabilizado 1.386 réplicas en la costa, añadió la misma fuente.",
			"[aftershocks=50 by IG-EPN aftershocks=1386 by IG-EPN]"},
		{"El IG-EPN registró 50 réplicas el domingo. Desde el terremoto, el observatorio local ha contabilizado 1.386 réplicas en la costa.",
			"[aftershocks=50 by IG-EPN]"},
	})
}

// An opening phrase set off by a comma that names an earlier period scopes
// every count of the sentence, not only the nearest one.
func TestExtractOpeningEarlierPhraseScopesAll(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"cases", "casos"}}, {ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}}})
	checkMetricValues(t, e, []metricCase{
		{"The ministry confirmed 1,127 cases and 331 deaths since December. In the same period a year earlier, 576 cases and 184 deaths had been confirmed.",
			[]string{"cases=1127", "deaths=331"}},
		{"El ministerio confirmó 1.127 casos y 331 muertes desde diciembre. En el mismo periodo del año pasado, se confirmaron 576 casos y 184 muertes.",
			[]string{"cases=1127", "deaths=331"}},
		// (a window up to now is no earlier period)
		{"The ministry said that since last year, 576 cases and 184 deaths had been confirmed.", []string{"cases=576", "deaths=184"}},
	})
}

// A count put in "a single week", "un solo día" beside a larger count of
// its kind is a part of that count; alone it is the count.
func TestExtractSingleSpanBesideLargerIsPart(t *testing.T) {
	e := New([]tracker.Metric{{ID: "strandings", Unit: "animals", Keywords: []string{"washed up dead", "strandings", "varamientos"}}},
		[]tracker.Actor{{Name: "Pelagis", Role: tracker.Confirmer, Aliases: []string{"Pelagis"}}})
	checkMetricValues(t, e, []metricCase{
		{"At least 910 dolphins have washed up dead since mid-December, Pelagis said, after a new wave brought more than 400 strandings in a single week.",
			[]string{"strandings=910"}},
		{"Pelagis recorded more than 400 strandings in a single week, the worst it has seen.", []string{"strandings=400"}},
		{"Pelagis contabilizó 910 varamientos desde diciembre, más de 400 en una sola semana.", []string{"strandings=910"}},
	})
}

// A listed ministry's alias that its full name goes on with "and" and
// another portfolio is still that ministry, the speaker of its clause;
// another listed name after "and" is another body.
func TestExtractMinistryOfTwoPortfolios(t *testing.T) {
	e := New([]tracker.Metric{{ID: "culled", Unit: "animals", Keywords: []string{"culled", "sacrificados"}}},
		[]tracker.Actor{{Name: "Agriculture Ministry", Role: tracker.Claimant, Aliases: []string{"Ministry of Agriculture", "Ministerio de Agricultura"}},
			{Name: "WOAH", Role: tracker.Confirmer, Aliases: []string{"WOAH", "World Organisation for Animal Health"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The country has culled 1.5 million pigs, the Ministry of Agriculture and Rural Development said on Monday.",
			"[culled=1500000 by Agriculture Ministry]"},
		{"El país ha sacrificado 1,5 millones de cerdos, informó el lunes el Ministerio de Agricultura y Desarrollo Rural.",
			"[culled=1500000 by Agriculture Ministry]"},
		// (a joint statement of two listed bodies stays the statement of both)
		{"The Ministry of Agriculture and the WOAH said 34,509 pigs had been culled.",
			"[culled=34509 by WOAH culled=34509 by Agriculture Ministry]"},
		{"The Ministry of Agriculture and WOAH said 34,509 pigs had been culled.",
			"[culled=34509 by WOAH culled=34509 by Agriculture Ministry]"},
	})
}

// Hogs, swine, wild boars are animals: a count of them is a count of a
// metric of animals culled.
func TestExtractHogsAreAnimals(t *testing.T) {
	e := New([]tracker.Metric{{ID: "culled", Unit: "animals", Keywords: []string{"culled", "sacrificados"}}},
		[]tracker.Actor{{Name: "Agriculture Ministry", Role: tracker.Claimant, Aliases: []string{"Department of Agriculture", "Ministerio de Agricultura"}}})
	checkMetricValues(t, e, []metricCase{
		{"At least 70,000 hogs have been culled in the Philippines, the Department of Agriculture said on Wednesday.", []string{"culled=70000"}},
		{"Según el Ministerio de Agricultura, 1.200 jabalíes fueron sacrificados en la zona afectada.", []string{"culled=1200"}},
	})
}

// A number in a larger unit of a metric's own unit family is converted and
// counted, even where the tracker lists that unit among its keywords
// ("tons" beside "cocaine" for a metric in kilograms).
func TestExtractConvertedUnitAsKeyword(t *testing.T) {
	for _, kws := range [][]string{{"cocaine"}, {"cocaine", "tons"}, {"cocaine", "kilograms", "tons", "toneladas"}} {
		e := New([]tracker.Metric{{ID: "cocaine-seized", Unit: "kilograms", Keywords: kws}},
			[]tracker.Actor{{Name: "Navy", Role: tracker.Claimant, Aliases: []string{"Colombian Navy", "Armada de Colombia"}}})
		checkMetricValues(t, e, []metricCase{
			{"The Colombian Navy seized 3.3 tons of cocaine on Tuesday.", []string{"cocaine-seized=3300"}},
			{"La Armada de Colombia incautó 3,3 toneladas de cocaína el martes.", []string{"cocaine-seized=3300"}},
			{"The Colombian Navy seized 740 kilograms of cocaine on Tuesday.", []string{"cocaine-seized=740"}},
		})
	}
}

// A plural verb of saying before "of" is a noun ("the citizenship claims
// of more than 106,000 stateless Bidun"), no statement whose subject could
// be another source.
func TestExtractPluralCueBeforeOfIsNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "stateless", Unit: "people", Keywords: []string{"stateless"}},
		{ID: "granted", Unit: "people", Keywords: []string{"granted citizenship"}}},
		[]tracker.Actor{{Name: "HRW", Role: tracker.Confirmer, Aliases: []string{"Human Rights Watch"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Kuwait has failed to resolve the citizenship claims of more than 106,000 stateless Bidun, Human Rights Watch said.",
			"[stateless=106000 by HRW]"},
		// (a verb of saying with its own subject still speaks for itself)
		{"Kuwait claims that more than 106,000 stateless Bidun live in the country.", "[]"},
	})
}

// A relative clause on a count, without its pronoun, that ends on a verb
// of aiming makes the count a plan: "the 650,000 tonnes the industry
// expects to produce".
func TestExtractAimInRelativeAfterNoun(t *testing.T) {
	e := New([]tracker.Metric{{ID: "jobs", Unit: "jobs", Keywords: []string{"jobs", "empleos"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}}})
	checkMetricValues(t, e, []metricCase{
		{"The ministry said 1,200 jobs had been created, a small share of the 10,000 jobs the government expects to create.",
			[]string{"jobs=1200"}},
		{"El ministerio informó de 1.200 empleos creados, una pequeña parte de los 10.000 empleos que la empresa planea crear.",
			[]string{"jobs=1200"}},
		// (a clause that did happen keeps its count)
		{"The ministry said the 10,000 jobs the government created last year were all in the north.", []string{"jobs=10000"}},
	})
}

// Every item of a list that "frente a", "compared with" open is what the
// new counts are compared with, not only the first.
func TestExtractComparedListItems(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "people", Keywords: []string{"casos", "cases"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"muertes", "deaths"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS", "WHO"}}})
	checkMetricValues(t, e, []metricCase{
		{"La OMS registró 520.000 casos y 120 muertes, frente a los 434.000 casos y las 96 muertes de 2015.",
			[]string{"cases=520000", "deaths=120"}},
		{"The WHO recorded 301 deaths this year, compared with 274 in 2017 and 217 in 2016.", []string{"deaths=301"}},
		{"La OMS contabilizó 47 muertes, frente a 35 en 2014, 39 en 2013 y 43 en 2012.", []string{"deaths=47"}},
		// (a new clause with its own verb is no item of the comparison)
		{"The WHO recorded 301 cases, compared with 274 in 2017, and it counted 12 deaths.", []string{"cases=301", "deaths=12"}},
	})
}

// A Spanish role noun after the noun of a setting is that setting's
// adjective ("tribunales militares"): it does not restrict a metric to
// soldiers, and civilians still count.
func TestExtractPostposedSettingAdjectiveIsNoPopulation(t *testing.T) {
	e := New([]tracker.Metric{{ID: "civilians-tried", Unit: "people",
		Keywords: []string{"military courts", "civilians tried", "tribunales militares", "civiles juzgados"}}},
		[]tracker.Actor{{Name: "HRW", Role: tracker.Confirmer, Aliases: []string{"Human Rights Watch", "HRW"}}})
	checkMetricValues(t, e, []metricCase{
		{"Egypt's military courts have tried at least 7,420 civilians since 2014, Human Rights Watch said.",
			[]string{"civilians-tried=7420"}},
		{"Según HRW, los tribunales militares han juzgado a más de 12.000 civiles desde 2011.", []string{"civilians-tried=12000"}},
	})
	soldiers := New([]tracker.Metric{{ID: "soldiers-killed", Unit: "people", Keywords: []string{"militares muertos", "soldiers killed"}}},
		[]tracker.Actor{{Name: "HRW", Role: tracker.Confirmer, Aliases: []string{"Human Rights Watch", "HRW"}}})
	checkMetricValues(t, soldiers, []metricCase{
		// (a role noun of its own still restricts the metric)
		{"Según HRW, 40 civiles murieron en el ataque.", nil},
	})
}

// A Spanish plural participle after a noun's adjectives says what befell
// the things counted, as it does right after the noun.
func TestExtractParticipleAfterSpanishAdjectives(t *testing.T) {
	e := New([]tracker.Metric{{ID: "downed", Unit: "drones", Keywords: []string{"shot down", "derribados"}}},
		[]tracker.Actor{{Name: "CENTCOM", Role: tracker.Claimant, Aliases: []string{"CENTCOM"}}})
	checkMetricValues(t, e, []metricCase{
		{"El CENTCOM cifró en al menos 28 las aeronaves no tripuladas derribadas.", []string{"downed=28"}},
		{"El CENTCOM informó de 28 aeronaves grandes derribadas.", []string{"downed=28"}},
		{"El CENTCOM informó de 28 aeronaves derribadas.", []string{"downed=28"}},
		// (a verb in between ends the noun phrase)
		{"El CENTCOM informó de que 28 aeronaves despegaron y fueron derribadas otras cuatro.", []string{"downed=4"}},
	})
}

// A list item whose own participle says what befell its people is no
// sibling population of the item before it: "1.039 detenidos y 387
// mujeres liberadas" counts the women freed.
func TestExtractListItemWithOwnParticiple(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "victims", Unit: "people", Keywords: []string{"victims", "freed", "víctimas", "liberadas"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "detained", "detenidos", "detenciones"}}},
		[]tracker.Actor{{Name: "Policía", Role: tracker.Claimant, Aliases: []string{"Policía Nacional", "police"}}})
	checkMetricValues(t, e, []metricCase{
		{"Un total de 1.039 detenidos y 387 mujeres liberadas de redes de explotación, según la Policía Nacional.",
			[]string{"arrests=1039", "victims=387"}},
		{"The police reported 1,039 detained and 387 women freed from trafficking rings.", []string{"arrests=1039", "victims=387"}},
		// (without a participle of its own the item is another population)
		{"La Policía Nacional informó de la liberación de 39 presos y 24 víctimas.", []string{"victims=24"}},
	})
}

// An event term that is the subject of a verb of affecting counts the
// people after it: "el desplazamiento afectó a casi 500 personas".
func TestExtractAffectingEventCountsItsPeople(t *testing.T) {
	e := New([]tracker.Metric{{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "displacement", "desplazados", "desplazamiento"}}},
		[]tracker.Actor{{Name: "B'Tselem", Role: tracker.Confirmer, Aliases: []string{"B'Tselem"}}})
	checkMetricValues(t, e, []metricCase{
		{"Según B'Tselem, el desplazamiento afectó a casi 500 personas.", []string{"displaced=500"}},
		{"B'Tselem said the displacement has affected nearly 500 people.", []string{"displaced=500"}},
		// (an event no metric counts)
		{"Según B'Tselem, la sequía afectó a 500 personas.", nil},
	})
}

// Authorities of a field named with their country's adjective stand for
// the one listed body of that country whose aliases name that field.
func TestExtractFieldAuthoritiesOfCountry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"cases", "casos"}}},
		[]tracker.Actor{{Name: "Uganda MoH", Role: tracker.Claimant, Aliases: []string{"Uganda's Ministry of Health", "Ugandan health ministry"}},
			{Name: "DRC MoH", Role: tracker.Claimant, Aliases: []string{"DRC health ministry", "Congolese health ministry"}},
			{Name: "Uganda Police", Role: tracker.Claimant, Aliases: []string{"Uganda Police Force"}}})
	cases := []struct{ text, want string }{
		{"In all, 14 cases were reported, Ugandan health authorities said.", "Uganda MoH"},
		{"In all, 14 cases were reported, according to Ugandan health officials.", "Uganda MoH"},
		{"En total se notificaron 14 casos, según las autoridades sanitarias ugandesas.", "Uganda MoH"},
		{"In all, 14 cases were reported, Congolese health authorities said.", "DRC MoH"},
	}
	for _, c := range cases {
		got := e.Extract(c.text, nil)
		if len(got) != 1 || got[0].Actor != c.want {
			t.Errorf("Extract(%q) = %+v, want one figure by %s", c.text, got, c.want)
		}
	}
	// (a field no listed body of that country names: nobody)
	if got := e.Extract("In all, 14 cases were reported, Ugandan immigration authorities said.", nil); len(got) != 0 {
		t.Errorf("immigration authorities: got %+v, want none", got)
	}
}

// A title with its own capitalised complement ("el secretario de Salud
// del gobierno federal") speaks for the actor after it, after an inverted
// verb of saying and a time adverbial.
func TestExtractTitleWithComplementAfterInvertedCue(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "fallecidas", "deaths"}}},
		[]tracker.Actor{{Name: "Gobierno de México", Role: tracker.Claimant, Aliases: []string{"gobierno federal", "Mexican government"}},
			{Name: "Pemex", Role: tracker.Claimant, Aliases: []string{"Pemex"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El número de muertos por la explosión de un ducto de Pemex ascendió a 109, informó este viernes el secretario de Salud del gobierno federal, Jorge Alcocer.",
			"[deaths=109 by Gobierno de México]"},
		{"The number of deaths from the blast at a Pemex pipeline rose to 109, said the Secretary of Health of the Mexican government.",
			"[deaths=109 by Gobierno de México]"},
	})
}

// Counts in brackets after the names of two or more places are those
// places' shares of a count, and "another N" after them adds to that count.
func TestExtractParenthesisedPlacesArePartsOfACount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"cases", "casos"}}},
		[]tracker.Actor{{Name: "Health Department", Role: tracker.Claimant, Aliases: []string{"state health department", "Secretaría de Salud"}}})
	checkMetricValues(t, e, []metricCase{
		{"The state health department said outbreaks had been confirmed at Indiana University in Bloomington (46 cases), Purdue University in West Lafayette (13) and Butler University in Indianapolis (24).",
			nil},
		{"Según la Secretaría de Salud, hay brotes en Guadalajara (46 casos), Zapopan (13 casos) y Tonalá (24 casos).", nil},
		{"The state health department said outbreaks had been confirmed at Indiana University in Bloomington (46 cases), Purdue University in West Lafayette (13) and Butler University in Indianapolis (24). Another 20 cases have turned up across central Indiana, the state health department said.",
			nil},
		{"The state health department said outbreaks had been confirmed at Indiana University in Bloomington (46 cases), Purdue University in West Lafayette (13) and Butler University in Indianapolis (24). A further 20 cases have turned up across central Indiana, the state health department said.",
			nil},
		// (one place in brackets: the count of what the text reports)
		{"The state health department said 46 cases had been confirmed at Indiana University in Bloomington (Monroe County).", []string{"cases=46"}},
		{"The state health department said the outbreak at Indiana University (46 cases) was growing.", []string{"cases=46"}},
	})
}

// A speaker after an inverted verb of saying that closes the sentence,
// with the name in apposition, gives every count of the sentence, across
// "mientras", before a wire dateline's agency.
func TestExtractInvertedSpeakerClosingTheSentence(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertes", "deaths"}}},
		[]tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"ministra de Salud", "health minister"}},
			{Name: "EFE", Role: tracker.Reporter, Aliases: []string{"EFE"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Nairobi, 26 nov (EFE).- El brote ha causado ya seis muertes, mientras otros cinco pacientes siguen hospitalizados, informó este miércoles la ministra de Salud, Mekdes Daba.",
			"[deaths=6 by Ministry of Health]"},
		{"Nairobi, 26 nov (EFE).- El brote ha causado ya seis muertes, mientras otros cinco pacientes siguen hospitalizados, informó la ministra de Salud.",
			"[deaths=6 by Ministry of Health]"},
	})
}

// A study's authors as the subject of a verb of estimating that opens a
// sentence ("En conjunto, el equipo calcula que…") state its count for the
// organisation named a few sentences before.
func TestExtractAuthorsSubjectOfEstimate(t *testing.T) {
	e := New([]tracker.Metric{{ID: "heat-deaths", Unit: "people", Keywords: []string{"muertes por calor", "heat deaths", "murieron", "died"}}},
		[]tracker.Actor{{Name: "ISGlobal", Role: tracker.Confirmer, Aliases: []string{"ISGlobal"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según un estudio de ISGlobal, las olas de calor se asocian con 62.775 muertes por calor en Europa. El trabajo abarca cuatro meses. En conjunto, el equipo calcula que más de 181.000 personas murieron por el calor en tres veranos.",
			"[heat-deaths=62775 by ISGlobal heat-deaths=181000 by ISGlobal]"},
		{"A study by ISGlobal links the heatwaves to 62,775 heat deaths in Europe. It covers four months. Overall, the researchers estimate that more than 181,000 people died from heat in three summers.",
			"[heat-deaths=62775 by ISGlobal heat-deaths=181000 by ISGlobal]"},
	})
}

// A part after "of which" whose word makes a keyword of another metric
// with the whole's noun, left out, counts that metric: "502,264 cases …,
// of which 293,929 suspected" for "suspected cases".
func TestExtractPartWithElidedNounOfWhole(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "people", Keywords: []string{"chikungunya cases", "confirmed cases", "casos de chikungunya", "casos confirmados"}},
		{ID: "suspected", Unit: "people", Keywords: []string{"suspected cases", "casos sospechosos"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}})
	checkMetricValues(t, e, []metricCase{
		{"The WHO said 502,264 chikungunya cases were reported worldwide, of which 208,335 were confirmed and 293,929 suspected.",
			[]string{"cases=502264", "suspected=293929"}},
		{"La OMS informó de 502.264 casos de chikungunya, de los cuales 293.929 sospechosos.", []string{"cases=502264", "suspected=293929"}},
		// (a word that makes no keyword with the noun: still a part)
		{"The WHO said 502,264 chikungunya cases were reported worldwide, of which 293,929 abroad.", []string{"cases=502264"}},
	})
}

// An alias that is an office's title alone matches its abbreviation before
// a name: "Gov. Don Carcieri said" for "governor".
func TestExtractTitleAbbreviationMatchesTitleAlias(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"death toll", "deaths"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"governor", "gobernador"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The death toll from the nightclub fire was lowered to 96 on Thursday, Gov. Don Carcieri said.", "[deaths=96 by Government]"},
		{"La cifra de muertes subió a 96, dijo el Gob. Juan Pérez.", "[deaths=96 by Government]"},
	})
}

// A relative clause after the name set in apposition to an actor's
// office holder ("el ministro de Salud congoleño, Samuel-Roger Kamba, quien
// cifró…") is that actor's statement.
func TestExtractRelativeAfterApposedHolderName(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertes", "deaths"}},
		{ID: "cases", Unit: "people", Keywords: []string{"casos", "cases"}}},
		[]tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"ministro de Salud", "health minister"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La epidemia ha causado 548 muertes, según el balance del ministro de Salud congoleño, Samuel-Roger Kamba, quien cifró además en 15.664 los casos potenciales.",
			"[deaths=548 by Ministry of Health cases=15664 by Ministry of Health]"},
		{"The epidemic has caused 548 deaths, according to the health minister, Jean Kaseya, who put the number of cases at 15,664.",
			"[deaths=548 by Ministry of Health cases=15664 by Ministry of Health]"},
	})
}

// Military ranks and other abbreviations before a name neither end the
// sentence nor part an actor's title from the name and its verb of saying.
func TestExtractRankAbbreviationsInsideTitle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "shells", Unit: "rounds", Keywords: []string{"rounds", "ammunition"}}},
		[]tracker.Actor{{Name: "Pentagon", Role: tracker.Claimant, Aliases: []string{"Pentagon"}},
			{Name: "Police", Role: tracker.Claimant, Aliases: []string{"RCMP"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Ukraine has received more than two million rounds of ammunition, Pentagon Press Secretary Brig. Gen. Pat Ryder said.",
			"[shells=2000000 by Pentagon]"},
		{"Officers seized 4,000 rounds of ammunition, said RCMP North District Cpl. Madonna Saunderson.", "[shells=4000 by Police]"},
	})
	if got := SplitSentences("Pentagon Press Secretary Brig. Gen. Pat Ryder spoke. RCMP Cpl. Madonna Saunderson did too."); len(got) != 2 {
		t.Errorf("SplitSentences = %d sentences, want 2", len(got))
	}
}

// "Executive" shares a stem with "executed" but names no execution: a
// chief executive's count is no count of deaths.
func TestExtractExecutiveIsNoExecution(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "dead", "muertos"}},
		{ID: "missing", Unit: "people", Keywords: []string{"missing", "buried", "desaparecidos"}}},
		[]tracker.Actor{{Name: "CONRED", Role: tracker.Claimant, Aliases: []string{"Conred"}}})
	checkMetricValues(t, e, []metricCase{
		{"Conred's executive secretary has put at 192 the number of people believed to be buried under debris.", []string{"missing=192"}},
		{"El secretario ejecutivo de la Conred cifró en 192 las personas desaparecidas.", []string{"missing=192"}},
	})
}

// An adjective of a keyword has its synonyms: "illicit taps" for "illegal
// taps", "tomas ilícitas" for "tomas ilegales".
func TestExtractKeywordAdjectiveSynonyms(t *testing.T) {
	e := New([]tracker.Metric{{ID: "taps", Unit: "taps", Keywords: []string{"illegal taps", "tomas ilegales"}}},
		[]tracker.Actor{{Name: "Ecopetrol", Role: tracker.Claimant, Aliases: []string{"Ecopetrol"}}})
	checkMetricValues(t, e, []metricCase{
		{"Ecopetrol said it had identified more than 5,000 illicit taps on its pipelines.", []string{"taps=5000"}},
		{"Ecopetrol detectó 5.000 tomas clandestinas en sus oleoductos.", []string{"taps=5000"}},
		{"Según Ecopetrol, se hallaron 5.000 tomas ilícitas.", []string{"taps=5000"}},
	})
}

// "The UN's migration agency" is the UN body of that name as "the UN
// migration agency" is; a short form of one UN agency's alias followed by
// another purpose ("la agencia de la ONU para las migraciones" against
// "… para los refugiados") is not that agency.
func TestExtractUNAgencyDescriptions(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "died", "murieron"}}},
		[]tracker.Actor{{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"IOM", "International Organization for Migration", "OIM"}},
			{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"UNHCR", "UN refugee agency", "agencia de la ONU para los refugiados"}}})
	checkFiguresBy(t, e, []figureCase{
		{"This year has become the deadliest on record, the UN's migration agency says, with 52 deaths logged so far.", "[deaths=52 by IOM]"},
		{"This year has become the deadliest on record, the UN migration agency says, with 52 deaths logged so far.", "[deaths=52 by IOM]"},
		{"Según la agencia de la ONU para los refugiados, 52 personas murieron.", "[deaths=52 by UNHCR]"},
		{"Según la agencia de la ONU para las migraciones, 52 personas murieron.", "[]"},
	})
}

// A name set between commas after a description of no listed body speaks
// for nobody the tracker lists, not for the actor named before; a bare
// office ("El primer ministro, Binali Yildirim") still speaks for its body.
func TestExtractUnlistedApposedSpeaker(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"contagiados", "casos", "detenidos"}}},
		[]tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud", "Gobierno"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio de Salud reconoció 50 casos. Un residente de la provincia, Yoandris Montoya, asegura que los contagiados superan el millar.",
			"[cases=50 by Ministry of Health]"},
		{"El Ministerio de Salud reconoció 50 casos. El portavoz de los equipos de rescate, Lakpa Sherpa, aseguró que los casos son 80.",
			"[cases=50 by Ministry of Health]"},
		{"El Ministerio de Salud reconoció 50 casos. Un residente de la provincia, Juan-Carlos Montoya, asegura que los contagiados superan el millar.",
			"[cases=50 by Ministry of Health]"},
		{"El Gobierno purga la administración. El primer ministro, Binali Yildirim, afirmó que ya hay más de 7.500 detenidos.",
			"[cases=7500 by Ministry of Health]"},
	})
}

// A Spanish infinitive of a level after "hasta" gives the level reached,
// not a target: "crecieron … hasta sumar 1.916". A modal before it, or a
// bare infinitive of a plan, still makes a target.
func TestExtractLevelReachedAfterHasta(t *testing.T) {
	e := New([]tracker.Metric{{ID: "attacks", Unit: "attacks", Keywords: []string{"attacks", "ataques"}}},
		[]tracker.Actor{{Name: "Junta", Role: tracker.Claimant, Aliases: []string{"Junta"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Los ataques crecieron un 38,6 % en nueve meses, hasta sumar 1.916, según la Junta.", "[attacks=1916 by Junta]"},
		{"Según la Junta, los ataques aumentaron hasta alcanzar los 28 en lo que va de año.", "[attacks=28 by Junta]"},
		{"Según la Junta, los ataques podrían crecer hasta alcanzar los 3.000.", "[]"},
		{"La Junta quiere reducir los ataques para no superar los 500.", "[]"},
	})
}

// A Spanish infinitive of adding after "tras", "al" or "después de" says
// what was added to a total, done: an increment, not a target, and no
// cause to read the total beside it as a part of a week's count.
func TestExtractAddedByInfinitive(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"casos", "contagios"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Ministerio de Salud elevó a 412 los casos confirmados, tras sumar 19 nuevos contagios durante la última semana epidemiológica.",
			"[cases=412 by Ministry]"},
		{"El Ministerio de Salud elevó a 412 los casos, después de añadir 19 contagios en la última semana.", "[cases=412 by Ministry]"},
		{"El Ministerio de Salud espera sumar 19 casos más.", "[]"},
	})
}

// "En el mismo periodo del año pasado" opens a count of an earlier period
// as "en el mismo periodo de 2023" does.
func TestExtractSamePeriodOfLastYearOpensEarlierCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"muertes", "decesos"}}},
		[]tracker.Actor{{Name: "MSPAS", Role: tracker.Claimant, Aliases: []string{"MSPAS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"En el mismo periodo del año pasado, el MSPAS tenía documentados 45 decesos de menores.", "[]"},
		{"En el mismo período del año pasado, el MSPAS tenía documentados 45 decesos de menores.", "[]"},
		{"Este año, el MSPAS tiene documentados 52 decesos de menores.", "[deaths=52 by MSPAS]"},
	})
}

// A noun that refers back to an actor ("the office said") keeps it as
// current as its name would: "the agency" two sentences later still
// refers to it.
func TestExtractReferenceKeepsActorCurrent(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Unit: "people", Keywords: []string{"hurt", "injured"}}},
		[]tracker.Actor{{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA", "UN humanitarian office"}}})
	checkFiguresBy(t, e, []figureCase{
		{"OCHA voiced concern over the violence. Most attacks took place near Hebron. The rise is steep, the office said. The agency put the number of Palestinians hurt at 66.",
			"[injured=66 by OCHA]"},
		{"OCHA voiced concern over the violence. Most attacks took place near Hebron. The rise is steep. Settlers attacked a village. Olive trees were burned. The agency put the number of Palestinians hurt at 66.",
			"[]"},
	})
}

// A participle between an adjective and the term a number counts is one
// of the term's modifiers ("30 massive combined attacks"), not the verb of
// the number's clause.
func TestExtractParticipleAfterAdjectiveBeforeTerm(t *testing.T) {
	e := New([]tracker.Metric{{ID: "attacks", Unit: "attacks", Keywords: []string{"attacks", "strikes"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Energy Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Russia has launched more than 30 massive combined attacks on the grid, the Energy Ministry said.", "[attacks=30 by Ministry]"},
		{"Russia has launched more than 30 destructive coordinated attacks on the grid, the Energy Ministry said.", "[attacks=30 by Ministry]"},
		{"Russia has launched more than 30 massive attacks on the grid, the Energy Ministry said.", "[attacks=30 by Ministry]"},
	})
}

// "according to" binds its source across a report's long title: "according
// to the annual report on violence against Indigenous peoples released on
// Monday by CIMI", even when another count of the sentence has a verb of
// its own ("the 180 killings recorded in 2022").
func TestExtractCueAcrossReportTitle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"murdered", "killed"}}},
		[]tracker.Actor{{Name: "CIMI", Role: tracker.Confirmer, Aliases: []string{"CIMI", "Indigenist Missionary Council"}}})
	checkFiguresBy(t, e, []figureCase{
		{"A total of 208 Indigenous people were murdered in Brazil in 2023, a rise of 15.5% from the 180 killings recorded in 2022, according to the annual report on violence against Indigenous peoples released on Monday by the Indigenist Missionary Council (CIMI).",
			"[killed=208 by CIMI]"},
		{"A total of 208 Indigenous people were murdered in Brazil in 2023, a rise of 15.5% from the 180 killings recorded in 2022, according to the annual report released on Monday by the Indigenist Missionary Council (CIMI).",
			"[killed=208 by CIMI]"},
	})
}

// "Según la cartera" reaches back a paragraph to the only actor the text
// has named; with another actor named, or a name after the noun ("la
// agencia Bloomberg"), it reaches no further than the sentence before
// last.
func TestExtractGenericReferrerToSoleActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"casos", "muertes"}}},
		[]tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud de Brasil"}},
			{Name: "PAHO", Role: tracker.Confirmer, Aliases: []string{"OPS"}}})
	const opening = "El Ministerio de Salud de Brasil confirmó este jueves la primera víctima. La víctima vivía en Bahía. Se estudia otro fallecimiento sospechoso. "
	checkFiguresBy(t, e, []figureCase{
		{opening + "Según la cartera, se han notificado 7.236 casos en 20 estados.", "[cases=7236 by Ministry]"},
		{"La OPS emitió una alerta. " + opening + "Según la cartera, se han notificado 7.236 casos en 20 estados.", "[]"},
		{opening + "Según la agencia Bloomberg, se han notificado 7.236 casos en 20 estados.", "[]"},
	})
}

// "The authority" refers back to the body the text named, as "the
// agency", "the service" and "the institution" (a generic subject) do.
func TestExtractAuthorityRefersBack(t *testing.T) {
	e := New([]tracker.Metric{{ID: "hospitalised", Unit: "people", Keywords: []string{"admitted to hospital", "hospitalised"}}},
		[]tracker.Actor{{Name: "IPS", Role: tracker.Claimant, Aliases: []string{"Israel Prison Service"}}})
	const opening = "The Israel Prison Service said it would not negotiate with the strike leaders. "
	checkFiguresBy(t, e, []figureCase{
		{opening + "The authority added that 47 prisoners had been admitted to hospital.", "[hospitalised=47 by IPS]"},
		{opening + "The institution added that 47 prisoners had been admitted to hospital.", "[hospitalised=47 by IPS]"},
		// a word of its name before the noun: "the prison authority"
		{opening + "The prison authority added that 47 prisoners had been admitted to hospital.", "[hospitalised=47 by IPS]"},
	})
}

// A recent period ("en las últimas 24 horas") scopes the count added in it
// ("al menos 85 uniformados más"), not the running total before it.
func TestExtractRecentPeriodScopesIncrement(t *testing.T) {
	e := New([]tracker.Metric{{ID: "desertions", Unit: "people", Keywords: []string{"desertado", "deserted"}}},
		[]tracker.Actor{{Name: "Migración Colombia", Role: tracker.Claimant, Aliases: []string{"Migración Colombia", "Migration Colombia"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Migración Colombia elevó este miércoles a 411 el número de militares venezolanos que han desertado, después de que al menos 85 uniformados más se presentaran ante la autoridad migratoria en las últimas 24 horas.",
			"[desertions=411 by Migración Colombia]"},
		{"Migration Colombia said 411 Venezuelan soldiers have deserted so far, after 85 more turned up in the past 24 hours.",
			"[desertions=411 by Migración Colombia]"},
	})
}

// "el primer recuento" or "the first toll" as the subject of a statement
// gives the first count, since replaced.
func TestExtractFirstCountAsSubject(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"fallecidos", "dead"}}},
		[]tracker.Actor{{Name: "Generalitat", Role: tracker.Claimant, Aliases: []string{"Generalitat"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Generalitat eleva a 62 los fallecidos. Horas antes, el primer recuento provisional hablaba de 51 fallecidos.",
			"[deaths=62 by Generalitat]"},
		{"The Generalitat raised the toll to 62 dead. The first toll was 51 dead, the Generalitat said.",
			"[deaths=62 by Generalitat]"},
		{"The Generalitat raised the toll to 62 dead. The initial count showed 51 dead, the Generalitat said.",
			"[deaths=62 by Generalitat]"},
	})
}

// "from X to Y" after a verb of change is the change, the count reached
// being Y, even with a date between the verb and the numbers ("pasó este
// miércoles 22 de julio de 13.767 a 17.455") or the change set apart by a
// comma far after its verb; it is no range of uncertainty.
func TestExtractChangeFromToAcrossDateOrAside(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"fallecidos"}},
		{ID: "attacks", Unit: "attacks", Keywords: []string{"attacks"}}},
		[]tracker.Actor{{Name: "Minsa", Role: tracker.Claimant, Aliases: []string{"Minsa", "regional government"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El Perú pasó este miércoles 22 de julio de 13.767 a 17.455 fallecidos, informó el Minsa.", "[deaths=17455 by Minsa]"},
		{"Attacks rose by 72% in the first six months of 2018 compared with the same period a year earlier, from 890 to 1,449 attacks, according to the regional government.",
			"[attacks=1449 by Minsa]"},
		{"El Minsa estima entre 13.767 y 17.455 fallecidos.", "[deaths=13767 by Minsa]"}, // (a range: its low end)
	})
}

// Mexican-style groups read whole: "40 mil 600 millones" is
// 40,600,000,000 and "un millón 080 mil 898" is 1,080,898 (zeros pad the
// thousands).
func TestExtractMexicanScaleGroups(t *testing.T) {
	e := New([]tracker.Metric{{ID: "x", Unit: "attempts", Keywords: []string{"intentos", "apoyos"}}},
		[]tracker.Actor{{Name: "F", Role: tracker.Claimant, Aliases: []string{"Fortinet", "INE"}}})
	checkMetricValues(t, e, []metricCase{
		{"Fortinet contó 40 mil 600 millones de intentos.", []string{"x=40600000000"}},
		{"Fortinet contó 40 mil millones de intentos.", []string{"x=40000000000"}},
		{"El INE dijo que un millón 080 mil 898 apoyos pudieron localizarse.", []string{"x=1080898"}},
		{"El INE dijo que un millón 382 mil 031 apoyos pudieron localizarse.", []string{"x=1382031"}},
		{"El INE dijo que 15 mil 576 apoyos pudieron localizarse.", []string{"x=15576"}},
	})
}

// An envoy is a title: "Tamer Ramadan, enviado de la Cruz Roja, aseguró"
// speaks for the Red Cross, after an opener too ("Por su parte, …").
func TestExtractEnvoyIsTitle(t *testing.T) {
	e := New([]tracker.Metric{{ID: "missing", Unit: "people", Keywords: []string{"desaparecidos", "missing"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Cruz Roja", "Red Cross"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Por su parte, Tamer Ramadan, enviado de la Cruz Roja, aseguró que los desaparecidos ascienden a 10.000.", "[missing=10000 by Red Cross]"},
		{"Meanwhile, Tamer Ramadan, an envoy of the Red Cross, said 10,000 people were missing.", "[missing=10000 by Red Cross]"},
	})
}

// Prosecutors, rapporteurs, inspectors, superintendents, colonels,
// prefects, vice-ministers and judges hold titles: "district police
// superintendent Paritosh Pankaj said" speaks for the police.
func TestExtractMoreTitles(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"dead", "toll", "muertos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Sangareddy district police superintendent Paritosh Pankaj said on Tuesday that 31 more bodies had been pulled out, taking the toll to 36.",
			"[deaths=36 by Police]"},
		{"El comisario de la policía, Juan Pérez, aseguró que hay 36 muertos.", "[deaths=36 by Police]"},
	})
	// each title between the body and a name speaks for that body: "police
	// superintendent Paritosh Pankaj said"
	for _, title := range []string{"prosecutor", "rapporteur", "inspector", "superintendent", "colonel", "captain",
		"prefect", "undersecretary", "ombudsman", "judge", "envoy", "emissary"} {
		checkFiguresBy(t, e, []figureCase{
			{"District police " + title + " Paritosh Pankaj said on Tuesday that the toll had risen to 36.", "[deaths=36 by Police]"},
		})
	}
}

// "según la información disponible" hedges a figure without naming a
// source: the speaker of the clause states it.
func TestExtractAvailableInformationIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"perdido la vida", "died"}}},
		[]tracker.Actor{{Name: "OHCHR", Role: tracker.Confirmer, Aliases: []string{"Volker Türk", "UN rights chief"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Volker Türk recordó que, según la información disponible, más de sesenta personas han perdido la vida en los ataques.", "[deaths=60 by OHCHR]"},
		{"The UN rights chief said that, according to available information, more than 60 people had died in the strikes.", "[deaths=60 by OHCHR]"},
		{"El alto comisionado, Volker Türk, calificó de «ejecuciones extrajudiciales» las muertes y recordó que, según la información disponible, más de sesenta personas han perdido la vida en los ataques.",
			"[deaths=60 by OHCHR]"},
	})
}

// An alias followed by "de Naciones Unidas" still names its actor: the
// words of the UN, shared by every UN body, do not make the name another
// UN actor's ("la Oficina de Coordinación de Asuntos Humanitarios de
// Naciones Unidas" is OCHA, not the FAO).
func TestExtractAliasOfTheUNStaysItsActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "animals", Keywords: []string{"muerto", "muerte de animales"}}},
		[]tracker.Actor{{Name: "FAO", Role: tracker.Confirmer, Aliases: []string{"FAO", "Organización de las Naciones Unidas para la Alimentación y la Agricultura"}},
			{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA", "Oficina de Coordinación de Asuntos Humanitarios"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Cerca de 1,5 millones de cabezas de ganado han muerto en Etiopía por la sequía, según estimaciones de la Oficina de Coordinación de Asuntos Humanitarios de Naciones Unidas.",
			"[deaths=1500000 by OCHA]"},
	})
}

// ", and" before a possessive opens a clause with a subject of its own:
// the metric named there counts that clause's number, not the one before.
func TestExtractPossessiveAfterAndOpensClause(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"death toll", "killed"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured"}},
	}, []tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Red Cross said 271 people had been evacuated to health facilities, and its latest update gave the death toll as three.",
			"[deaths=3 by Red Cross]"},
		{"The Red Cross said 271 people had been evacuated from the capital, and its figures put the death toll at three.",
			"[deaths=3 by Red Cross]"},
		{"The Red Cross said 40 people had been injured and its volunteers had counted 12 killed.",
			"[injured=40 by Red Cross deaths=12 by Red Cross]"},
	})
}

// Officials of a field ("las autoridades sanitarias", "health officials")
// in a text that has named no listed actor speak for the one body of that
// field whose country the text named last; with several and no country
// named, for none.
func TestExtractFieldOfficialsOfTheNamedCountry(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "deaths"}}},
		[]tracker.Actor{
			{Name: "Kenya Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Kenya Ministry of Health", "Ministerio de Salud de Kenia"}},
			{Name: "Senegal Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Senegal Ministry of Health", "Ministerio de Salud de Senegal"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"El brote ya ha dejado 11 muertos en el noreste de Kenia, según las autoridades sanitarias.", "[deaths=11 by Kenya Ministry of Health]"},
		{"Senegal lucha contra un brote que ya ha dejado 21 muertos, informaron las autoridades sanitarias.", "[deaths=21 by Senegal Ministry of Health]"},
		{"El brote ya ha dejado 11 muertos, según las autoridades sanitarias.", "[]"},
		// the officials as the subject, and the field after "de"
		{"En Kenia, las autoridades sanitarias informaron de 11 muertos.", "[deaths=11 by Kenya Ministry of Health]"},
		{"En Kenia, las autoridades de salud informaron de 11 muertos.", "[deaths=11 by Kenya Ministry of Health]"},
		{"El brote ya ha dejado 11 muertos en Kenia, según las autoridades de salud.", "[deaths=11 by Kenya Ministry of Health]"},
		// (officials of a place the field's word does not name)
		{"En Kenia, las autoridades de Nairobi informaron de 11 muertos.", "[]"},
	})
}

// Words compared in their folded form ("segun", "todavia") match the
// accented text: "no han sido todavía excarcelados" is negated as "no han
// sido excarcelados" is; "no serían 68, sino 62" corrects the number;
// "según el ministerio" lets the ministry that spoke go on speaking.
func TestExtractAccentedFunctionWords(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "released", Unit: "people", Keywords: []string{"excarcelados"}},
		{ID: "downed", Unit: "drones", Keywords: []string{"drones derribados"}},
	}, []tracker.Actor{
		{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}},
		{Name: "Ukraine MoD", Role: tracker.Claimant, Aliases: []string{"Ministerio de Defensa ucraniano"}},
		{Name: "Russia MoD", Role: tracker.Claimant, Aliases: []string{"Ministerio de Defensa ruso"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Según Foro Penal, 20 presos no han sido todavía excarcelados.", "[]"},
		{"Según Foro Penal, 20 presos no han sido aún excarcelados.", "[]"},
		{"Según Foro Penal, los excarcelados no serían 68, sino 62.", "[released=62 by Foro Penal]"},
		{"El Ministerio de Defensa ucraniano informó de 40 drones derribados. Las tropas del Ministerio de Defensa ruso lanzaron el ataque. Según el ministerio, en total fueron 52 los drones derribados.",
			"[downed=40 by Ukraine MoD downed=52 by Ukraine MoD]"},
	})
}

// A name after an actor whose alias ends in a title ("fisheries
// minister") is that actor's person, initials and all ("D. Jayakumar"):
// the name does not read as an unlisted source, and the last name alone
// speaks for the actor later.
func TestExtractInitialsAndTitleAliasPerson(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "rescued", Unit: "people", Keywords: []string{"rescued"}},
		{ID: "missing", Unit: "people", Keywords: []string{"unaccounted for", "missing"}},
	}, []tracker.Actor{{Name: "Fisheries Department", Role: tracker.Claimant, Aliases: []string{"Fisheries Department", "fisheries minister"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Fisheries Minister D. Jayakumar said on Saturday that 73 fishermen were rescued.", "[rescued=73 by Fisheries Department]"},
		{"On Saturday, Fisheries Minister D. Jayakumar said 73 fishermen were rescued.", "[rescued=73 by Fisheries Department]"},
		{"Fisheries Minister Dev Jayakumar said 73 fishermen were rescued. Another 95 fishermen were still unaccounted for, Jayakumar said.",
			"[rescued=73 by Fisheries Department missing=95 by Fisheries Department]"},
		{"Fisheries Minister D. Jayakumar said 73 fishermen were rescued. Another 95 fishermen were still unaccounted for, Jayakumar said.",
			"[rescued=73 by Fisheries Department missing=95 by Fisheries Department]"},
		{"Fisheries Minister D. Jayakumar said 73 fishermen were rescued. Another 95 fishermen were still unaccounted for, Ravi Kumar said.",
			"[rescued=73 by Fisheries Department]"},
	})
}

// A person comes back by more of the name than its last word: "Rojas
// Alvarez said" after the alias "Diana Rojas Alvarez", or after "Diana
// Rojas Alvarez, a WHO medical officer," introduced her; and "Laerke said"
// after "Jens Laerke, the OCHA spokesman,". Words of an organisation's
// alias before another word of it ("the Center for Human Rights in Iran")
// are no person of "Iran Human Rights".
func TestExtractPersonByLongerName(t *testing.T) {
	metrics := []tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"cases", "hangings"}}}
	withAlias := New(metrics, []tracker.Actor{
		{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "Diana Rojas Alvarez"}},
		{Name: "IHR", Role: tracker.Confirmer, Aliases: []string{"Iran Human Rights"}},
	})
	checkFiguresBy(t, withAlias, []figureCase{
		{"Diana Rojas Alvarez told reporters that the virus was spreading. France has recorded 800 cases, Rojas Alvarez said.",
			"[cases=800 by WHO]"},
		{"Diana Rojas Alvarez told reporters that the virus was spreading. France has recorded 800 cases, said Rojas Alvarez.",
			"[cases=800 by WHO]"},
		{"Diana Rojas Alvarez told reporters that the virus was spreading. France has recorded 800 cases, Pedro Alvarez said.",
			"[]"},
		{"Iran Human Rights said 29 people were hanged. The Center for Human Rights said it had confirmed 24 hangings.",
			"[cases=29 by IHR]"},
	})
	introduced := New(metrics, []tracker.Actor{
		{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}},
		{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA"}},
	})
	checkFiguresBy(t, introduced, []figureCase{
		{"Diana Rojas Alvarez, a WHO medical officer, told reporters that the virus was spreading. France has recorded 800 cases, Rojas Alvarez said.",
			"[cases=800 by WHO]"},
		{"Jens Laerke, the OCHA spokesman, said the agency was worried. The country has recorded 800 cases, Laerke said.",
			"[cases=800 by OCHA]"},
	})
}

// "May" capitalised before a day is the month, not the modal: "800 cases
// since May 1" is a count, "800 cases may be recorded" a possibility.
func TestExtractMonthMayIsNoModal(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "people", Keywords: []string{"cases"}}},
		[]tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}}})
	checkFiguresBy(t, e, []figureCase{
		{"WHO said France has recorded 800 imported cases since May 1.", "[cases=800 by WHO]"},
		{"WHO said France has recorded about 800 imported cases since May 12.", "[cases=800 by WHO]"},
		{"WHO said 800 imported cases may be recorded by next week.", "[]"},
	})
}

// A relative clause on a metric's term that gives its count makes the
// number a count of that term: "los presos políticos del país, que a día
// de hoy son 1.177", "political prisoners, who now number 1,177".
func TestExtractRelativeClauseGivesCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "held", Unit: "people", Keywords: []string{"political prisoners", "presos políticos"}},
		{ID: "released", Unit: "people", Keywords: []string{"released", "excarcelados"}},
	}, []tracker.Actor{{Name: "Viasna", Role: tracker.Confirmer, Aliases: []string{"Viasna"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Tijanovski pidió liberar a todos los presos políticos del país, que a día de hoy son 1.177, según la ONG Viasna.", "[held=1177 by Viasna]"},
		{"Tijanovski pidió ayuda para los presos políticos, que ya suman 1.177, según Viasna.", "[held=1177 by Viasna]"},
		{"He asked for help for all political prisoners, who now number 1,177, according to Viasna.", "[held=1177 by Viasna]"},
	})
}

// A source whose acronym closes the sentence in brackets still ends it:
// "…, según el balance divulgado por la Secretaría de Seguridad Pública
// (SSP)." speaks for the whole sentence, as it would without "(SSP)".
func TestExtractFinalSourceWithBracketedAcronym(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrested", Unit: "people", Keywords: []string{"detenidos"}},
		{ID: "killed", Unit: "people", Keywords: []string{"muertos"}},
	}, []tracker.Actor{
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Secretaría de Seguridad Pública"}},
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Policía Militar"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"La Operación Escudo, que la Policía Militar lanzó en agosto, cumplió 30 días con 634 detenidos y 22 muertos, según el balance divulgado por la Secretaría de Seguridad Pública (SSP).",
			"[arrested=634 by Government killed=22 by Government]"},
		{"La Operación Escudo, que la Policía Militar lanzó en agosto, cumplió 30 días con 634 detenidos y 22 muertos, según el balance divulgado por la Secretaría de Seguridad Pública.",
			"[arrested=634 by Government killed=22 by Government]"},
	})
}

// An ordinal ranks the latest case of a running count: "the fourth
// political prisoner to die behind bars", "el octavo preso político que
// muere bajo custodia", "confirmó una segunda muerte". It is no count in a
// narrative ("a second strike hit"), after a preposition ("en el quinto
// canje") or of another event ("the third prisoner who was released" for
// a count of deaths). After a metric's term and "of a" it ranks those the
// event befell ("confirmó la muerte de un tercer paciente"), except in a
// clause of time ("tras la muerte de un tercer paciente, …").
func TestExtractOrdinalCounts(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "held", Unit: "people", Keywords: []string{"political prisoners", "presos políticos"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths in custody", "muertes", "died", "muere", "murió"}},
		{ID: "strikes", Unit: "strikes", Keywords: []string{"strikes", "canjes"}},
	}, []tracker.Actor{
		{Name: "Viasna", Role: tracker.Confirmer, Aliases: []string{"Viasna"}},
		{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"According to Viasna, Khrasko is the fourth Belarusian political prisoner to die behind bars since 2020.", "[deaths=4 by Viasna]"},
		{"Es el octavo preso político que muere bajo custodia desde 2020, según Viasna.", "[deaths=8 by Viasna]"},
		{"El Ministerio de Salud confirmó una segunda muerte en la región.", "[deaths=2 by Ministry]"},
		{"Viasna said a strike hit a hotel, and a second strike the same day struck a guesthouse.", "[]"},
		{"Según Viasna, en el quinto canje saldrán 183 personas.", "[]"},
		{"According to Viasna, he is the third political prisoner who was released this year.", "[]"},
		{"El Ministerio de Salud confirmó la muerte de un tercer paciente en el hospital.", "[deaths=3 by Ministry]"},
		{"Tras la muerte de un tercer paciente, el Ministerio de Salud cerró el pabellón.", "[]"},
	})
}

// "Número N" after what it ranks is a rank like an ordinal: "el
// funcionario número 200 capturado", "el feminicidio número 50". A
// number of a place, a court or a ward ("el pabellón número 3", "el
// juzgado número 4") labels it, and "el número 50" ranks nothing named.
func TestExtractNumberedRanks(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"journalists killed", "periodistas asesinados", "asesinatos"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "capturados", "detenidos"}},
		{ID: "femicides", Unit: "women", Keywords: []string{"femicides", "feminicidios"}},
	}, []tracker.Actor{
		{Name: "RSF", Role: tracker.Confirmer, Aliases: []string{"RSF", "Reporteros Sin Fronteras"}},
		{Name: "Fiscalía", Role: tracker.Claimant, Aliases: []string{"Fiscalía"}},
		{Name: "Observatorio", Role: tracker.Confirmer, Aliases: []string{"Observatorio"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Según RSF, Pérez es el periodista número 8 asesinado este año en México.", "[killed=8 by RSF]"},
		{"Se convirtió en el funcionario número 200 capturado por corrupción, según la Fiscalía.", "[arrests=200 by Fiscalía]"},
		{"Es el feminicidio número 50 del año, según el Observatorio.", "[femicides=50 by Observatorio]"},
		{"Según la Fiscalía, los detenidos fueron llevados al pabellón número 3 del penal.", "[]"},
		{"El caso pasó al juzgado número 4, que ordenó la detención, informó la Fiscalía.", "[]"},
		{"Según RSF, el asesinato ocurrió en el número 50 de la calle Juárez.", "[]"},
	})
}

// A capitalised cue that opens the sentence ("Según") is no word of the
// long name after it: "Según la Oficina de Coordinación de Asuntos
// Humanitarios de Naciones Unidas, …" names OCHA, as it does after "según"
// inside a sentence, not another UN body whose alias shares "Naciones
// Unidas".
func TestExtractOpeningCueIsNoNameWord(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "animals", Keywords: []string{"animales muertos", "murieron"}}},
		[]tracker.Actor{
			{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"OCHA", "Oficina de Coordinación de Asuntos Humanitarios"}},
			{Name: "FAO", Role: tracker.Confirmer, Aliases: []string{"FAO", "Organización de las Naciones Unidas para la Alimentación"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Según la Oficina de Coordinación de Asuntos Humanitarios de Naciones Unidas, unos 40 animales murieron.", "[deaths=40 by OCHA]"},
		{"Unos 40 animales murieron, según la Oficina de Coordinación de Asuntos Humanitarios de Naciones Unidas.", "[deaths=40 by OCHA]"},
	})
}

// A tracker keyword that opens with a word of waiting counts what waits
// ("pending cases", "solicitudes pendientes"); the word makes no plan of it.
func TestExtractPendingKeywordIsNoPlan(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "backlog", Unit: "applications", Keywords: []string{"pending cases", "solicitudes pendientes"}},
		{ID: "released", Unit: "people", Keywords: []string{"released"}},
	}, []tracker.Actor{{Name: "DHS", Role: tracker.Claimant, Aliases: []string{"DHS"}}})
	checkMetricValues(t, e, []metricCase{
		{"DHS put the number of pending cases at more than 1.16 million.", []string{"backlog=1160000"}},
		{"DHS said pending cases reached 1.16 million.", []string{"backlog=1160000"}},
		{"DHS said 300 prisoners were pending release.", nil},
	})
}

// Cases, incidents and complaints are all reports of events: a count of
// one is a count for a metric measured in another ("53 casos de retención
// … bajo amenaza de linchamiento" for a metric of incidents), and a count
// of them that says not of what gives the figure noun's ("the tally of
// sexual violence stands at 372 incidents").
func TestExtractReportNounsAreOneUnit(t *testing.T) {
	actors := []tracker.Actor{{Name: "PDH", Role: tracker.Confirmer, Aliases: []string{"PDH", "UN"}}}
	lynchings := New([]tracker.Metric{
		{ID: "lynchings", Unit: "incidents", Keywords: []string{"linchamientos", "lynchings"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos"}},
	}, actors)
	checkMetricValues(t, lynchings, []metricCase{
		{"La PDH contabilizó 53 casos de retención de personas bajo amenaza de linchamiento.", []string{"lynchings=53"}},
	})
	violence := New([]tracker.Metric{{ID: "violence", Unit: "cases", Keywords: []string{"sexual violence", "casos"}}}, actors)
	checkMetricValues(t, violence, []metricCase{
		{"The UN tally of sexual violence stands at 372 incidents.", []string{"violence=372"}},
		{"The UN said its own tally of conflict-related sexual violence now stands at 372 incidents.", []string{"violence=372"}},
	})
	// a figure's verb gives its subject's count in incidents
	truce := New([]tracker.Metric{{ID: "violations", Unit: "violations", Keywords: []string{"violaciones de la tregua", "ceasefire violations"}},
		{ID: "rescues", Unit: "people", Keywords: []string{"rescued"}}}, actors)
	checkMetricValues(t, truce, []metricCase{
		{"Según la PDH, las violaciones de la tregua sumaron en total 2.935 incidentes.", []string{"violations=2935"}},
		{"The UN said ceasefire violations reached 2,935 incidents.", []string{"violations=2935"}},
		{"The UN said its teams attended 17,050 incidents and rescued 1,769 people.", []string{"rescues=1769"}},
	})
}

// A name of the United Nations is written with "ONU" or "Naciones
// Unidas", "UN" or "United Nations": an alias in one form matches the
// other, never as a bare "UN", which Spanish writes as an article.
func TestExtractUNNameVariants(t *testing.T) {
	e := New([]tracker.Metric{{ID: "massacres", Unit: "massacres", Keywords: []string{"masacres", "massacres"}}},
		[]tracker.Actor{
			{Name: "UN Human Rights", Role: tracker.Confirmer, Aliases: []string{"Alto Comisionado de la ONU para los Derechos Humanos", "UN human rights office"}},
			{Name: "United Nations", Role: tracker.Confirmer, Aliases: []string{"United Nations"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"La Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos verificó 98 masacres en 2023.", "[massacres=98 by UN Human Rights]"},
		{"The United Nations human rights office verified 98 massacres in 2023.", "[massacres=98 by UN Human Rights]"},
		{"Un informe verificó 98 masacres en 2023.", "[]"},
	})
}

// A metric whose name counts acts announced before they happen ("closed
// or to be closed", "pledged or delivered") takes an announced act as its
// figure; a metric that does not still leaves it as a plan.
func TestExtractMetricNamedForPlans(t *testing.T) {
	actors := []tracker.Actor{{Name: "Bank", Role: tracker.Claimant, Aliases: []string{"Lloyds Banking Group", "Lloyds"}}}
	plans := New([]tracker.Metric{{ID: "closures", Name: "Bank branches closed or to be closed", Unit: "branches",
		Keywords: []string{"branches", "close", "closures", "cierre"}}}, actors)
	checkMetricValues(t, plans, []metricCase{
		{"Lloyds Banking Group has announced that it will close 49 branches.", []string{"closures=49"}},
		{"Lloyds said it could close 49 branches if sales fall.", nil},
	})
	done := New([]tracker.Metric{{ID: "closures", Name: "Bank branches closed", Unit: "branches",
		Keywords: []string{"branches", "close", "closures", "cierre"}}}, actors)
	checkMetricValues(t, done, []metricCase{
		{"Lloyds Banking Group has announced that it will close 49 branches.", nil},
	})
}

func TestNamesPlans(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Bank branches closed or to be closed", true},
		{"Battle tanks pledged or delivered", true},
		{"Job cuts announced by employers", true},
		{"Despidos anunciados", true},
		{"Bank branches closed", false},
		{"People killed", false},
	}
	for _, tt := range tests {
		if got := namesPlans(tt.name); got != tt.want {
			t.Errorf("namesPlans(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// "La muerte de 3.262 reses", "de 3.262 cabezas de ganado": the death of
// animals counts for the metric measured in animals, even when only the
// metric of people owns the concept of death.
func TestExtractDeathOfAnimalsByUnit(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "fallecidos"}},
		{ID: "livestock", Unit: "animals", Keywords: []string{"ganado", "reses", "cattle"}},
	}, []tracker.Actor{{Name: "INPE", Role: tracker.Confirmer, Aliases: []string{"INPE"}}})
	checkMetricValues(t, e, []metricCase{
		{"El INPE registra la muerte de 3.262 cabezas de ganado.", []string{"livestock=3262"}},
		{"El INPE registra la muerte de 3.262 reses.", []string{"livestock=3262"}},
		{"El INPE registra la muerte de 3.262 personas.", []string{"deaths=3262"}},
	})
}

// A verb of setting puts the term it takes as its object at the number
// after "at"/"en": "puts Russia's overall combat losses … at about
// 332,810", even across a dated period.
func TestExtractPutTermAt(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "casualties", Unit: "people", Keywords: []string{"losses", "casualties", "bajas"}},
		{ID: "killed", Unit: "people", Keywords: []string{"killed", "muertos"}},
	}, []tracker.Actor{{Name: "General Staff", Role: tracker.Claimant, Aliases: []string{"General Staff", "Estado Mayor"}}})
	checkMetricValues(t, e, []metricCase{
		{"Ukraine's General Staff puts Russia's overall combat losses between February 24, 2022 and December 4, 2023 at about 332,810 troops.",
			[]string{"casualties=332810"}},
		{"El Estado Mayor cifró las bajas rusas en 332.810.", []string{"casualties=332810"}},
		{"The General Staff put the number killed at 165 and the losses at 687.", []string{"killed=165", "casualties=687"}},
	})
}

// A unit of weight glued to its number is a word of its own ("5,842kg of
// ivory and rhino horn"), and an amount is no count of people: not of the
// suspects another number of the sentence counts.
func TestExtractGluedUnitAndAmountOfNoPeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "seized", Unit: "kilograms", Keywords: []string{"rhino horn", "ivory seized", "seized"}},
		{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "suspects"}},
	}, []tracker.Actor{{Name: "KWS", Role: tracker.Claimant, Aliases: []string{"KWS"}}})
	checkMetricValues(t, e, []metricCase{
		{"KWS said it had seized 5,842kg of rhino horn.", []string{"seized=5842"}},
		// (the weight of the ivory the metric names is its count, recovered or seized)
		{"KWS said that 5,842 kg of ivory had been recovered, and that 123 suspects were under arrest.", []string{"seized=5842", "arrested=123"}},
		{"KWS said the 72h operation led to 12 arrests of suspects.", []string{"arrested=12"}},
	})
}

// A keyword of a noun and a participle ("cattle stolen") counts "head of"
// that noun, and a report of what befell them may stand between: "26,000
// head of cattle were reported to have been stolen".
func TestExtractSplitKeywordHeadOfReported(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "stolen", Unit: "animals", Keywords: []string{"cattle stolen", "stolen cattle"}},
		{ID: "recovered", Unit: "animals", Keywords: []string{"recovered"}},
	}, []tracker.Actor{{Name: "UNMISS", Role: tracker.Confirmer, Aliases: []string{"UNMISS"}}})
	checkMetricValues(t, e, []metricCase{
		{"About 26,000 head of cattle were stolen, UNMISS said.", []string{"stolen=26000"}},
		{"Some 26,000 head of cattle were reported to have been stolen, UNMISS said.", []string{"stolen=26000"}},
		{"Some 300 cattle are believed to have been stolen, UNMISS said.", []string{"stolen=300"}},
	})
}

// "N times" after a verb that names an event a metric counts is that many
// events: "have attacked Naftogaz sites 401 times"; not after another
// verb, nor for a metric of people.
func TestExtractTimesOfEvent(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "attacks", Unit: "attacks", Keywords: []string{"attacks", "attacked", "ataques", "atacado"}},
		{ID: "blocked", Unit: "urls", Keywords: []string{"blocked"}},
	}, []tracker.Actor{{Name: "Naftogaz", Role: tracker.Claimant, Aliases: []string{"Naftogaz"}}})
	checkMetricValues(t, e, []metricCase{
		{"Russian forces have attacked Naftogaz sites 401 times since 2022, Naftogaz said.", []string{"attacks=401"}},
		{"Las fuerzas rusas han atacado las instalaciones 401 veces desde 2022, según Naftogaz.", []string{"attacks=401"}},
		{"Naftogaz said 6,775 URLs were blocked and the review panel met 53 times.", []string{"blocked=6775"}},
	})
}

// A term inside an aside that opens on a relative pronoun describes what
// the aside follows: it does not compete for a number outside it.
func TestExtractRelativeAsideTermDoesNotCompete(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "returned", Unit: "people", Keywords: []string{"devueltos", "returned"}},
		{ID: "separated", Unit: "people", Keywords: []string{"separados", "bajo custodia", "still separated"}},
	}, []tracker.Actor{{Name: "Justice Department", Role: tracker.Claimant, Aliases: []string{"Departamento de Justicia", "Justice Department"}}})
	checkMetricValues(t, e, []metricCase{
		{"El Departamento de Justicia, que mantiene a los padres bajo custodia, informó de que 1.442 menores fueron devueltos.", []string{"returned=1442"}},
		{"The Justice Department, which keeps the parents in custody, said 1,442 children were returned.", []string{"returned=1442"}},
	})
}

// A term right after the people a count opens on describes them when the
// main verb comes later with a term of another concept, however long the
// description: "344 estudiantes secuestrados seis días antes en un
// internado de Kankara, en el estado de Katsina, fueron liberados" counts
// releases.
func TestExtractLaterPredicateOfDescribedPeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "abducted", Unit: "people", Keywords: []string{"secuestrados", "abducted"}},
		{ID: "freed", Unit: "people", Keywords: []string{"liberados", "freed"}},
	}, []tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"el gobernador", "the governor"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Un total de 344 estudiantes secuestrados seis días antes en un internado de Kankara, en el estado nigeriano de Katsina, fueron liberados el jueves por la noche, confirmó el gobernador.",
			"[freed=344 by Government]"},
		{"Some 344 students abducted six days earlier from a boarding school in Kankara, in the northern state of Katsina, have been freed, the governor said.",
			"[freed=344 by Government]"},
		{"Un total de 344 estudiantes fueron secuestrados en un internado de Kankara, confirmó el gobernador.", "[abducted=344 by Government]"},
	})
}

// A term after a count that stands right before another count is that
// count's verb: "recovered more than 19,000 archaeological artefacts and
// arrested 101 people" gives "arrested" to the 101 only.
func TestExtractTermOfLaterCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "recovered", Unit: "objects", Keywords: []string{"recovered", "artefacts"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "detenidos"}},
	}, []tracker.Actor{{Name: "INTERPOL", Role: tracker.Confirmer, Aliases: []string{"INTERPOL"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Police and customs services in 103 countries have recovered more than 19,000 archaeological artefacts and other artworks and arrested 101 people, INTERPOL said.",
			"[recovered=19000 by INTERPOL arrests=101 by INTERPOL]"},
	})
}

// A cause between an event noun and its "de" ("la muerte por
// insuficiencia renal de al menos 70 niños") only says of what: the count
// is of the event, not of the metric the cause names.
func TestExtractEventNounPastCause(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"muertes", "fallecidos"}},
		{ID: "cases", Unit: "people", Keywords: []string{"insuficiencia renal", "intoxicados"}},
	}, []tracker.Actor{{Name: "Gambia", Role: tracker.Claimant, Aliases: []string{"Gobierno de Gambia"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Un grupo de trabajo del Gobierno de Gambia concluyó que los jarabes fueron los responsables de la muerte por insuficiencia renal de al menos 70 niños.",
			"[deaths=70 by Gambia]"},
		{"Un grupo de trabajo del Gobierno de Gambia confirmó la insuficiencia renal de 70 niños.", "[cases=70 by Gambia]"},
	})
}

// The verb after the people a count opens on says what befell them, past
// the places, lists of places and partitive asides between: "More than
// 300 children in Gambia, Indonesia and Uzbekistan, most of them under
// the age of 5, died of acute kidney injury".
func TestExtractSubjectPredicatePastPlaces(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"died", "deaths"}},
		{ID: "cases", Unit: "people", Keywords: []string{"kidney injury", "sickened"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}}})
	checkFiguresBy(t, e, []figureCase{
		{"More than 300 children in Gambia, Indonesia and Uzbekistan, most of them under the age of 5, died of acute kidney injury in 2022 in deaths associated with contaminated medicines, the WHO said.",
			"[deaths=300 by WHO]"},
	})
}

// A share takes the metric of its own verb past its noun, an aside of a
// percentage and auxiliaries: "24,952 infections, and 14,984 of those
// patients, or 60 percent, had to be hospitalized".
func TestExtractShareVerbFurther(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "people", Keywords: []string{"infections", "cases"}},
		{ID: "hospitalized", Unit: "people", Keywords: []string{"hospitalized", "hospitalizados"}},
	}, []tracker.Actor{{Name: "CDC", Role: tracker.Confirmer, Aliases: []string{"CDC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Between March 2017 and August 2019, the outbreaks produced 24,952 infections, and 14,984 of those patients, or 60 percent, had to be hospitalized, according to the CDC.",
			"[cases=24952 by CDC hospitalized=14984 by CDC]"},
	})
}

// "alone" scopes the part before the total a bringing marker leads to,
// however long the total's phrase ("In January alone …, taking the total
// released early since the scheme began to 18,583"); and a sentence that
// says an actor's figures show something hands them to the next.
func TestExtractAloneBeforeTotalAndFiguresShow(t *testing.T) {
	e := New([]tracker.Metric{{ID: "released", Unit: "people", Keywords: []string{"released early", "let out"}}},
		[]tracker.Actor{{Name: "MoJ", Role: tracker.Claimant, Aliases: []string{"Ministry of Justice"}}})
	checkFiguresBy(t, e, []figureCase{
		{"In January alone the Ministry of Justice let out 2,386 inmates ahead of schedule, taking the total released early since the scheme began to 18,583.",
			"[released=18583 by MoJ]"},
		{"Prisons are overcrowded, the latest Ministry of Justice figures show. So far this year 18,583 inmates have been released early.",
			"[released=18583 by MoJ]"},
	})
}

// A source that opens the sentence ("According to WHO,", "Según la OMS,")
// is the source of every clause after it that names no other, across
// "while": "…, while 202 deaths were reported in 2011"; one that closes
// it with a verb of saying ("…, WHO said") states what a subject that
// only counted recorded.
func TestExtractOpeningSourceAcrossWhile(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "died", "muertes"}}},
		[]tracker.Actor{
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS", "World Health Organization"}},
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"According to WHO, 257 people died of rabies last year, while 202 deaths were reported this year.",
			"[deaths=202 by WHO]"},
		// (a clause that names its own source keeps it)
		{"According to WHO, 257 people died of rabies last year, while the ministry reported 202 deaths this year.",
			"[deaths=202 by Ministry]"},
		// whoever did the counting, the sentence reports it on the source
		// it opens on, even through its head
		{"Según la OMS, las autoridades han registrado más de 900 muertes.", "[deaths=900 by WHO]"},
		{"Según el jefe de la OMS, las autoridades han registrado más de 900 muertes.", "[deaths=900 by WHO]"},
		// even a listed actor that did the counting, but not one that
		// speaks for itself
		{"Según la OMS, el ministerio registró 900 muertes.", "[deaths=900 by WHO]"},
		{"According to WHO, the ministry recorded 900 deaths.", "[deaths=900 by WHO]"},
		{"According to WHO, the ministry said 900 people died.", "[deaths=900 by Ministry]"},
		// and so does one that closes the sentence with a verb of saying
		{"The ministry recorded 900 deaths in the year to March, the World Health Organization (WHO) said.", "[deaths=900 by WHO]"},
		{"The ministry recorded 900 deaths in the year to March, WHO said.", "[deaths=900 by WHO]"},
		{"The ministry said it recorded 900 deaths in the year to March.", "[deaths=900 by Ministry]"},
	})
}

// The whole a part is taken out of is a count of its own when a relative
// clause on it says what befell it: "caught at least 114 of the inmates …,
// out of 240 who fled".
func TestExtractWholeWithRelativeEvent(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "escaped", Unit: "people", Keywords: []string{"escaped", "fled"}},
		{ID: "recaptured", Unit: "people", Keywords: []string{"recaptured"}},
	}, []tracker.Actor{{Name: "NCoS", Role: tracker.Claimant, Aliases: []string{"Nigerian Correctional Service"}}})
	checkPresence(t, e, false, []presenceCase{
		{"Prison authorities have caught at least 114 of the inmates who broke out of a facility in Kabba, out of 240 who fled when gunmen attacked it, the Nigerian Correctional Service said.",
			[]string{"escaped=240"}, nil},
	})
}

// A body's short name in brackets may stand between it and the title of
// its speaker: "Nigerian Correctional Service (NCoS) spokesperson Francis
// Enobore said" speaks for the service.
func TestExtractTitleAfterBracketedShortName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "escaped", Unit: "people", Keywords: []string{"escaped", "fled"}}},
		[]tracker.Actor{{Name: "NCoS", Role: tracker.Claimant, Aliases: []string{"Nigerian Correctional Service"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Some 240 inmates fled, Nigerian Correctional Service (NCoS) spokesperson Francis Enobore said.", "[escaped=240 by NCoS]"},
	})
}

// What was done to a boat befell the people it carried: "the coast guard
// had intercepted a boat carrying 160 passengers", "rescató una patera con
// 52 personas a bordo".
func TestExtractCarriedByVessel(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatadas"}},
		{ID: "intercepted", Unit: "people", Keywords: []string{"intercepted", "interceptadas"}},
	}, []tracker.Actor{{Name: "Coast Guard", Role: tracker.Claimant, Aliases: []string{"coast guard", "Guardia Costera"}}})
	checkFiguresBy(t, e, []figureCase{
		{"He said the coast guard had intercepted a boat carrying 160 passengers bound for Europe on Monday.",
			"[intercepted=160 by Coast Guard]"},
		{"The coast guard rescued a small dinghy with 47 migrants on board.", "[rescued=47 by Coast Guard]"},
		{"La Guardia Costera rescató una patera con 52 personas a bordo.", "[rescued=52 by Coast Guard]"},
	})
}

// A figure noun that opens the sentence is the subject of a verb of change
// whose end value a number gives: "El número de laboratorios ilegales
// desmantelados bajó un 18 %, de 5.750 en 2021 a 4.707 en 2022".
func TestExtractChangedFigureNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "labs", Unit: "labs", Keywords: []string{"laboratorios", "labs", "labs destroyed", "laboratorios destruidos"}},
		{ID: "seized", Unit: "kilograms", Keywords: []string{"incautación", "seized"}},
	}, []tracker.Actor{{Name: "UNODC", Role: tracker.Confirmer, Aliases: []string{"UNODC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El número de laboratorios ilegales desmantelados bajó un 18 %, de 5.750 en 2021 a 4.707 en 2022, según la UNODC.",
			"[labs=4707 by UNODC]"},
		{"The number of illegal labs dismantled fell 18%, from 5,750 in 2021 to 4,707 in 2022, according to UNODC.",
			"[labs=4707 by UNODC]"},
	})
}

// A count "with" or "including" a count of another metric of the same
// kind of event is two counts: "seis casos de homicidios colectivos, con
// 27 muertos" counts massacres and their dead.
func TestExtractWithCountOfOtherMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "massacres", Keywords: []string{"massacres", "collective homicides", "masacres", "homicidios colectivos"}},
		{ID: "victims", Keywords: []string{"killed", "dead", "muertos", "asesinados"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministry of Defence", "Ministerio de Defensa"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"El Ministerio de Defensa reportó este año 12 casos de homicidios colectivos, con 49 muertos.", []string{"massacres=12", "victims=49"}},
		{"The Ministry of Defence recorded 12 collective homicides this year, with 49 dead.", []string{"massacres=12", "victims=49"}},
	} {
		got := metricValues(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A verb before a count names what befell it only when its metric counts
// in the count's noun: "seized 1,078 phones" counts phones seized where
// the verb's metric counts drug finds, but "destroyed 28 Shahed drones"
// counts drones downed where both metrics count drones.
func TestExtractVerbOfOtherUnit(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "phones", Unit: "phones", Keywords: []string{"phones", "mobile phones", "celulares", "teléfonos"}},
		{ID: "drug-finds", Unit: "finds", Keywords: []string{"drug finds", "drug seizures", "decomisos de droga"}},
		{ID: "drones-launched", Unit: "drones", Keywords: []string{"drones", "Shahed"}},
		{ID: "drones-downed", Unit: "drones", Keywords: []string{"shot down", "destroyed", "derribados"}},
	}, []tracker.Actor{{Name: "Inpec", Role: tracker.Claimant, Aliases: []string{"Inpec", "air force"}}})
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"According to Inpec, guards seized 1,078 phones last year.", []string{"phones=1078"}},
		{"Según el Inpec, los guardianes decomisaron 1.078 celulares el año pasado.", []string{"phones=1078"}},
		{"The air force said its units had destroyed 28 Shahed drones overnight.", []string{"drones-downed=28"}},
	} {
		got := metricValues(e, tt.text)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("Extract(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A lone "hasta" after a verb of change gives the level reached, not a
// most: "subió un 57 %, hasta 201" is exactly 201 (and the figure noun
// before the verb says what it counts); "hubo hasta 201" is at most 201.
func TestExtractHastaAfterChange(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "blasts", Unit: "attacks", Keywords: []string{"voladuras", "explosiones"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"detenidos", "arrestados"}},
	}, []tracker.Actor{{Name: "BKA", Role: tracker.Claimant, Aliases: []string{"BKA"}}})
	for _, tt := range []struct {
		text string
		want string
	}{
		{"El número de sospechosos detenidos el año pasado subió un 57 % frente a 2022, hasta 201, según el BKA.", "arrests=201 exact"},
		{"Según el BKA, el número de detenidos aumentó hasta 201.", "arrests=201 exact"},
		{"Según el BKA, hubo hasta 201 detenidos.", "arrests=201 at_most"},
	} {
		var got []string
		for _, x := range e.Extract(tt.text, nil) {
			got = append(got, fmt.Sprintf("%s=%d %s", x.Metric, x.Value, x.Qualifier))
		}
		if fmt.Sprint(got) != fmt.Sprint([]string{tt.want}) {
			t.Errorf("Extract(%q) = %v, want [%s]", tt.text, got, tt.want)
		}
	}
}

// The whole a part is taken out of is a count of its own when its noun is
// an event term: "Twelve of the 17 dead were found inside the building"
// counts 17 dead (the part, found, is no death count), while "56 of the
// 863 political prisoners have been released" stays a base.
func TestExtractEventTermWhole(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"killed", "dead"}},
		{ID: "released", Unit: "people", Keywords: []string{"released"}},
		{ID: "cases", Unit: "people", Keywords: []string{"cases"}},
		{ID: "missing", Unit: "people", Keywords: []string{"missing"}},
	}, []tracker.Actor{{Name: "Sheriff", Role: tracker.Claimant, Aliases: []string{"the sheriff"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Twelve of the 17 dead were found inside the building, the sheriff said.", "[killed=17 by Sheriff]"},
		{"The sheriff said 56 of the 863 political prisoners have been released.", "[released=56 by Sheriff]"},
		// a term of several words ("suspected cases"), and the term of a
		// relative clause past its auxiliaries
		{"The sheriff said 40 people had died out of 900 suspected cases.", "[killed=40 by Sheriff cases=900 by Sheriff]"},
		{"The sheriff said 96 of the 110 hikers who had been reported missing had since been found.", "[missing=110 by Sheriff]"},
		{"The sheriff said the county has released only 10 prisoners, fewer than half of the 25 that were planned.", "[released=10 by Sheriff]"},
	})
}

// Ages and ratios that count nothing: "before they turned 18", "as young
// as eight", "casadas antes de los 18" are ages; "Nine in 10 births" is
// a ratio's first term.
func TestExtractAgesReachedAndLeadingRatio(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "married", Unit: "people", Keywords: []string{"married", "casadas"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"died"}},
		{ID: "births", Unit: "births", Keywords: []string{"births"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"the ministry", "el ministerio"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The ministry said 300 girls were married before they turned 18.", "[married=300 by Ministry]"},
		{"Según el ministerio, 300 niñas fueron casadas antes de los 18.", "[married=300 by Ministry]"},
		{"The ministry said 40 children died, some as young as eight.", "[deaths=40 by Ministry]"},
		{"Nine in 10 births took place in hospitals, the ministry said.", "[]"},
		{"The ministry said 5 in 10 days died.", "[deaths=5 by Ministry]"},
	})
}

// Births, marriages and pregnancies are kinds of counts of the built-in
// lexicon: a metric keyed on "child marriage" counts women "married before
// they turned 18", one keyed on "teen births" counts "babies were born", one
// keyed on "embarazos adolescentes" counts "niñas quedaron embarazadas".
// They are weak: with no metric of them, "born" and "pregnant" are no terms
// that compete with a death ("300 babies born in the camp had died").
func TestExtractLifeEventConcepts(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "marriages", Unit: "people", Keywords: []string{"child marriage", "matrimonio infantil"}},
		{ID: "births", Unit: "births", Keywords: []string{"teen births", "nacimientos de madres adolescentes"}},
		{ID: "pregnancies", Unit: "pregnancies", Keywords: []string{"teen pregnancies", "embarazos adolescentes"}},
	}, []tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UNICEF", "UNFPA", "OSAR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"UNICEF said 34.5 million people in Bangladesh were married before they turned 18.", "[marriages=34500000 by UN]"},
		{"A total of 329,797 babies were born that year to women aged 15 to 19, UNFPA said.", "[births=329797 by UN]"},
		{"Un total de 3.203 niñas de entre 10 y 14 años quedaron embarazadas en Guatemala, según el OSAR.", "[pregnancies=3203 by UN]"},
	})
	d := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died"}}},
		[]tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UNICEF"}}})
	checkFiguresBy(t, d, []figureCase{
		{"UNICEF said 300 babies born in the camp had died.", "[deaths=300 by UN]"},
		{"UNICEF said 300 pregnant women died.", "[deaths=300 by UN]"},
	})
}

// An infinitive a verb of compelling governs happened, even with the
// count compelled between them: "forced 5,000 people to flee their
// homes", "had forced some 900 schools in Haiti to close"; an infinitive
// of a plan did not ("plans to close 900 schools").
func TestExtractCompelledCountBeforeInfinitive(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "fled"}},
		{ID: "closed", Unit: "schools", Keywords: []string{"schools closed", "escuelas cerradas"}},
	}, []tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"UNICEF", "OCHA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The fighting forced 5,000 people to flee their homes, OCHA said.", "[displaced=5000 by UN]"},
		{"Gang violence had forced some 900 schools in Haiti to close their doors by the end of January, UNICEF said.", "[closed=900 by UN]"},
		{"The ministry plans to close 900 schools, UNICEF said.", "[]"},
	})
}

// A death told in the subjunctive after "después de que" happened: "tras
// que uno o varios tigres mataran a dos personas" counts two deaths.
func TestExtractSpanishSubjunctiveDeath(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "muertos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"policía", "police"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Los aldeanos no salen de casa después de que uno o varios tigres mataran a dos personas, informó la policía.",
			"[deaths=2 by Police]"},
		{"La policía informó de que el incendio se declaró antes de que murieran tres personas.", "[deaths=3 by Police]"},
	})
}

// Authorities "of" something no listed actor's aliases name are another
// body: "las autoridades del estado" are not the forest authorities, while
// "la policía del estado" is still the police.
func TestExtractAuthoritiesOfAnotherBody(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "muertos"}}},
		[]tracker.Actor{
			{Name: "Forest Department", Role: tracker.Claimant, Aliases: []string{"Departamento Forestal", "autoridades forestales"}},
			{Name: "Police", Role: tracker.Claimant, Aliases: []string{"policía", "police"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Un tigre mató a dos personas, según informaron las autoridades del estado.", "[]"},
		{"Un tigre mató a dos personas, según informaron las autoridades forestales.", "[deaths=2 by Forest Department]"},
		{"Un tigre mató a dos personas, según informó la policía del estado.", "[deaths=2 by Police]"},
	})
}

// A number whose noun is a thing its metric is counted in stays that
// metric's, though another metric's mark stands in the clause: "el
// incendio arrasó casi 800 refugios" counts shelters destroyed, not
// people left homeless by the fire.
func TestExtractOwnUnitOverOtherMark(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "shelters", Unit: "shelters", Keywords: []string{"shelters destroyed", "shelters burned", "refugios destruidos", "chozas quemadas"}},
		{ID: "homeless", Unit: "people", Keywords: []string{"homeless", "left without shelter", "sin hogar", "desplazados", "afectados por el incendio"}},
	}, []tracker.Actor{{Name: "UNHCR", Role: tracker.Confirmer, Aliases: []string{"ACNUR", "UNHCR"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El gran incendio arrasó casi 800 refugios en Cox's Bazar, según ACNUR.", "[shelters=800 by UNHCR]"},
		{"El gran incendio dejó sin hogar a 7.000 personas en Cox's Bazar, según ACNUR.", "[homeless=7000 by UNHCR]"},
	})
}

// A count of the dead or hurt at large ("dejan al menos 31 muertos",
// "5,996 civilian deaths") is no count of the people one metric is
// restricted to, unless the sentence names those people.
func TestExtractDeadAtLargeNotOfPopulation(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "health-workers-killed", Unit: "people", Keywords: []string{"health workers killed", "sanitarios muertos"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"OMS", "WHO"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Desde abril de 2023, este tipo de ataques suma 1.858 muertos y 490 heridos, precisó la OMS.", "[]"},
		{"Desde abril de 2023, los ataques suman 1.858 sanitarios muertos, precisó la OMS.", "[health-workers-killed=1858 by WHO]"},
		{"Desde abril de 2023, 1.858 trabajadores sanitarios han muerto en los ataques, precisó la OMS.", "[health-workers-killed=1858 by WHO]"},
	})
	// (people named by a noun of their own before a term of no death nor
	// injury: "colleagues assaulted" are the speaker's nurses)
	n := New([]tracker.Metric{{ID: "nurses-assaulted", Unit: "people", Keywords: []string{"enfermeras agredidas", "nurses assaulted"}}},
		[]tracker.Actor{{Name: "SATSE", Role: tracker.Claimant, Aliases: []string{"SATSE"}}})
	checkFiguresBy(t, n, []figureCase{
		{"«Este año ya llevamos 87 compañeras agredidas», afirmó SATSE.", "[nurses-assaulted=87 by SATSE]"},
	})
}

// A metric counted in events (massacres, outbreaks) does not count the
// people they befell: "killing at least 223 villagers" is no count of
// massacres, "sickened 224 passengers and 17 crew members" none of
// outbreaks.
func TestExtractEventUnitCountsNoPeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "massacres", Unit: "events", Keywords: []string{"massacres", "masacres"}},
		{ID: "victims", Unit: "people", Keywords: []string{"victims", "killed", "víctimas"}},
	}, []tracker.Actor{{Name: "HRW", Role: tracker.Confirmer, Aliases: []string{"Human Rights Watch", "HRW"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Human Rights Watch accused the army of two massacres, killing at least 223 villagers.", "[massacres=2 by HRW victims=223 by HRW]"},
		{"Human Rights Watch documented 12 massacres this year.", "[massacres=12 by HRW]"},
	})
	o := New([]tracker.Metric{{ID: "outbreaks", Unit: "outbreaks", Keywords: []string{"outbreaks", "outbreak", "brotes"}}},
		[]tracker.Actor{{Name: "CDC", Role: tracker.Claimant, Aliases: []string{"CDC"}}})
	checkFiguresBy(t, o, []figureCase{
		{"A norovirus outbreak has sickened 224 passengers and 17 crew members aboard the ship, the CDC said.", "[]"},
		{"The CDC has recorded 10 outbreaks on cruise ships this year.", "[outbreaks=10 by CDC]"},
	})
}

// An opening "entre los …"/"among the …" before an existential verb and
// no comma is a partitive on the whole its term names: "Entre los
// desaparecidos hay siete franceses" is a part of the missing; but the
// people one metric is restricted to are that metric's own count ("Among
// the dead are 382 children"), and a phrase with no term names no whole
// ("Entre los invitados hay al menos 33 muertos").
func TestExtractLeadingAmongWithoutComma(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
		{ID: "killed", Unit: "people", Keywords: []string{"killed", "dead", "muertos"}},
		{ID: "children-killed", Unit: "people", Keywords: []string{"children killed", "niños muertos"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"ministry", "ministerio"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Entre los desaparecidos hay siete franceses y un canadiense, añadió el ministerio.", "[]"},
		{"Among the dead are 382 children, the ministry said.", "[children-killed=382 by Ministry]"},
		{"Entre los invitados hay al menos 33 muertos, añadió el ministerio.", "[killed=33 by Ministry]"},
	})
}

// Bare officials who say what a state body the sentence names did speak
// for that body: "South African police detained more than 30 people,
// officials said" is the police's count; another named source is not.
func TestExtractBareOfficialsOfTheAgent(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Unit: "people", Keywords: []string{"detained", "arrested", "detenidos"}}},
		[]tracker.Actor{{Name: "SAPS", Role: tracker.Claimant, Aliases: []string{"South African Police Service", "police", "policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"South African police detained more than 30 people overnight, officials said on Saturday.", "[arrests=30 by SAPS]"},
		{"La policía detuvo a 30 personas durante la noche, informaron las autoridades.", "[arrests=30 by SAPS]"},
		// (a named other source, or officials of another body)
		{"South African police detained more than 30 people overnight, Amnesty International said.", "[]"},
		{"South African police detained more than 30 people overnight, hospital officials said.", "[]"},
	})
}

// "El Gobierno central" is no state government: a level of government
// after "government" keeps the actors whose aliases name that level, or
// name none.
func TestExtractGovernmentOfAnotherLevel(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"muertos", "killed"}}},
		[]tracker.Actor{{Name: "State government", Role: tracker.Claimant, Aliases: []string{"state government", "gobierno estatal", "gobierno del estado"}}})
	checkFiguresBy(t, e, []figureCase{
		{"De acuerdo con cifras del Gobierno central, unas 225 personas murieron por ataques de tigres.", "[]"},
		{"De acuerdo con cifras del Gobierno estatal, unas 225 personas murieron por ataques de tigres.", "[deaths=225 by State government]"},
		{"De acuerdo con cifras del Gobierno, unas 225 personas murieron por ataques de tigres.", "[deaths=225 by State government]"},
	})
	// of a national and a state government, the level named picks one
	two := New([]tracker.Metric{{ID: "suicides", Unit: "people", Keywords: []string{"se suicidaron", "suicides"}}},
		[]tracker.Actor{
			{Name: "Indian government", Role: tracker.Claimant, Aliases: []string{"Indian government", "Gobierno indio"}},
			{Name: "Maharashtra government", Role: tracker.Claimant, Aliases: []string{"state government of Maharashtra", "Gobierno de Maharashtra"}},
		})
	checkFiguresBy(t, two, []figureCase{
		{"El Gobierno indio habló de la sequía. Según estimaciones del gobierno estatal, 1.088 agricultores se suicidaron.",
			"[suicides=1088 by Maharashtra government]"},
	})
}

// A count said, a few words before it, to be the largest share of what
// the text counts is a part: "La mayor parte de los decesos, 70, se
// registró en Colombia", "Britain has the most cases, with 63".
func TestExtractLargestShareIsPart(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"cases", "casos", "decesos"}}},
		[]tracker.Actor{{Name: "ECDC", Role: tracker.Confirmer, Aliases: []string{"ECDC"}}, {Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "OMS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The WHO counted 200 cases in Europe. Britain has the most cases, with 63 confirmed as of April 5, the ECDC said.", "[cases=200 by WHO]"},
		{"La OMS contó 103 decesos. La mayor parte de los decesos, 70, se registró en Colombia, según el ECDC.", "[cases=103 by WHO]"},
		{"The WHO counted 200 cases in Europe. The Americas had the highest number, with 75, the ECDC said.", "[cases=200 by WHO]"},
	})
}

// A Spanish future verb governs its count across a time adverbial and the
// rest of its phrase: "Israel pondrá en libertad el próximo sábado a 183
// presos" is a plan; "liberó el pasado sábado a 183" happened.
func TestExtractSpanishFutureAcrossAdverbial(t *testing.T) {
	e := New([]tracker.Metric{{ID: "freed", Name: "Prisoners freed in exchanges", Unit: "people", Keywords: []string{"prisoners", "presos", "canje"}}},
		[]tracker.Actor{{Name: "Israeli government", Role: tracker.Claimant, Aliases: []string{"Gobierno israelí"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Israel pondrá en libertad el próximo sábado a 183 presos palestinos, según el Gobierno israelí.", "[]"},
		{"Israel liberará el próximo sábado a 183 presos palestinos, según el Gobierno israelí.", "[]"},
		{"Israel liberó el pasado sábado a 183 presos palestinos, según el Gobierno israelí.", "[freed=183 by Israeli government]"},
	})
}

// A long name that ends on an actor's alias and is followed by that
// actor's bracketed short form is that actor's, though its first words
// share another actor's: "el Observatorio de Derechos Humanos y
// Conflictividades del Instituto de Estudios para el Desarrollo y la Paz
// (Indepaz)" is Indepaz's, not the UN human rights office's.
func TestExtractNameEndingOnAliasWithItsAcronym(t *testing.T) {
	e := New([]tracker.Metric{{ID: "massacres", Unit: "events", Keywords: []string{"masacres"}}},
		[]tracker.Actor{
			{Name: "Indepaz", Role: tracker.Confirmer, Aliases: []string{"Indepaz", "Instituto de Estudios para el Desarrollo y la Paz"}},
			{Name: "UN Human Rights", Role: tracker.Confirmer, Aliases: []string{"ONU Derechos Humanos", "Oficina de la ONU para los Derechos Humanos"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Colombia acumula 71 masacres, según el Observatorio de Derechos Humanos y Conflictividades del Instituto de Estudios para el Desarrollo y la Paz (Indepaz).",
			"[massacres=71 by Indepaz]"},
	})
}

// Words after an actor's name that its own aliases hold describe it, not
// a body of another actor: "the SNAI prison agency" is SNAI (also named
// "Ecuador prison agency"), not the Bureau of Prisons; "the U.N. migration
// agency" is still the IOM.
func TestExtractOwnDescriptorIsNoSubBody(t *testing.T) {
	e := New([]tracker.Metric{{ID: "moved", Unit: "people", Keywords: []string{"moved", "transferred"}}},
		[]tracker.Actor{
			{Name: "SNAI", Role: tracker.Claimant, Aliases: []string{"SNAI", "Ecuador prison agency"}},
			{Name: "Bureau of Prisons", Role: tracker.Claimant, Aliases: []string{"Bureau of Prisons", "BOP"}},
			{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"U.N.", "United Nations"}},
			{Name: "IOM", Role: tracker.Confirmer, Aliases: []string{"IOM", "International Organization for Migration"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The SNAI prison agency said it had moved 23 inmates to the facility.", "[moved=23 by SNAI]"},
		{"The U.N. migration agency said it had moved 23 migrants to the facility.", "[moved=23 by IOM]"},
	})
}

// Mass killings, massacres and mass shootings are events: their count is
// no count of the dead, who are counted beside them.
func TestExtractMassKillingsAreEvents(t *testing.T) {
	actors := []tracker.Actor{{Name: "AP", Role: tracker.Reporter, Aliases: []string{"Associated Press", "AP"}}}
	deaths := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "deaths", "muertos", "murieron"}}}, actors)
	checkFiguresBy(t, deaths, []figureCase{
		{"This year 22 mass killings claimed 115 lives, according to a database kept by the Associated Press.", "[deaths=115 by AP]"},
		{"Según la AP, 12 masacres dejaron 80 muertos este año.", "[deaths=80 by AP]"},
		{"Según la AP, en la masacre murieron 30 campesinos.", "[deaths=30 by AP]"},
	})
	both := New([]tracker.Metric{
		{ID: "deaths", Keywords: []string{"killed", "deaths", "muertos"}},
		{ID: "mass-shootings", Keywords: []string{"mass shootings", "tiroteos masivos"}},
	}, actors)
	checkFiguresBy(t, both, []figureCase{
		{"This year 22 mass killings claimed 115 lives, according to a database kept by the Associated Press.",
			"[mass-shootings=22 by AP deaths=115 by AP]"},
	})
}

// Suicides are a kind of death of their own, whatever words the tracker
// and the text use for them; an attempt is none.
func TestExtractSuicides(t *testing.T) {
	actors := []tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministry of Health", "Ministerio de Salud"}}}
	e := New([]tracker.Metric{
		{ID: "suicides", Keywords: []string{"suicidios", "suicides"}},
		{ID: "attempts", Keywords: []string{"suicide attempts", "intentos de suicidio"}},
		{ID: "deaths", Keywords: []string{"killed", "deaths", "muertos"}},
	}, actors)
	checkFiguresBy(t, e, []figureCase{
		{"En Chile, 1.789 personas se quitaron la vida en 2014, según datos del Ministerio de Salud.", "[suicides=1789 by Ministry of Health]"},
		{"The Ministry of Health said 21 soldiers took their own lives and 558 were killed in action.",
			"[suicides=21 by Ministry of Health deaths=558 by Ministry of Health]"},
		{"Según el Ministerio de Salud, 14 niños acabaron con su vida en 2000.", "[suicides=14 by Ministry of Health]"},
		{"The Ministry of Health recorded 4,200 suicide attempts.", "[attempts=4200 by Ministry of Health]"},
	})
}

// With no metric of people held, custody tells of arrests ("the raid ended
// with 27 men in custody", "tiene bajo custodia a seis hombres"), unless
// it is a lasting state ("currently in custody"); a tracker that counts
// people held keeps custody for them.
func TestExtractCustodyIsArrest(t *testing.T) {
	actors := []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "la policía"}}}
	arrests := New([]tracker.Metric{{ID: "arrests", Keywords: []string{"arrests", "arrestos"}}}, actors)
	checkFiguresBy(t, arrests, []figureCase{
		{"Police said the raid ended with 27 men in custody.", "[arrests=27 by Police]"},
		{"La policía tiene bajo custodia a seis hombres.", "[arrests=6 by Police]"},
		{"Police said 551 inmates were currently in custody.", "[]"},
		{"Police said 551 inmates remain in the prison.", "[]"},
	})
	both := New([]tracker.Metric{
		{ID: "arrests", Keywords: []string{"arrests", "arrestos"}},
		{ID: "held", Keywords: []string{"held", "in custody", "detenidos"}},
	}, actors)
	checkFiguresBy(t, both, []figureCase{
		{"Police said 300 people were in custody.", "[held=300 by Police]"},
	})
	got := arrests.Explain("Police said the raid ended with 27 men in custody.", nil)
	if len(got) != 1 || got[0].Figure == nil || got[0].Figure.Why == nil || got[0].Figure.Why.MetricCue != "in custody" {
		t.Errorf("Explain = %+v, want the figure with the metric cue \"in custody\"", got)
	}
}

// Official figures are the government's when the tracker's only
// government names no country: whichever government the text is about.
// A government of a named country needs its country in the text. A
// regional government beside it does not make the national one
// ambiguous (official figures are first the nation's); two of one level
// do.
func TestExtractOfficialFiguresOfAnyGovernment(t *testing.T) {
	metrics := []tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"dead", "muertos"}}}
	anyGov := New(metrics, []tracker.Actor{
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government", "Gobierno"}},
		{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}},
	})
	checkFiguresBy(t, anyGov, []figureCase{
		{"De los 400 trabajadores, ocho han muerto, según las cifras oficiales.", "[deaths=8 by Government]"},
		{"Eight people have died, according to official figures.", "[deaths=8 by Government]"},
		{"Eight people have died, according to local media.", "[]"},
	})
	thai := New(metrics, []tracker.Actor{
		{Name: "Thai government", Role: tracker.Claimant, Aliases: []string{"Thai government", "Gobierno tailandés"}},
	})
	checkFiguresBy(t, thai, []figureCase{
		{"Eight people have died in Myanmar, according to official figures.", "[]"},
	})
	two := New(metrics, []tracker.Actor{
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government"}},
		{Name: "Regional government", Role: tracker.Claimant, Aliases: []string{"regional government"}},
	})
	checkFiguresBy(t, two, []figureCase{
		{"Eight people have died, according to official figures.", "[deaths=8 by Government]"},
	})
	rivals := New(metrics, []tracker.Actor{
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government"}},
		{Name: "Federal government", Role: tracker.Claimant, Aliases: []string{"federal government"}},
	})
	checkFiguresBy(t, rivals, []figureCase{
		{"Eight people have died, according to official figures.", "[]"},
	})
}

// The passive verb after the people a count opens on says what befell
// them, past an aside that lists who they were: "Al menos 45 personas,
// entre ellas profesores de medicina, médicos, enfermeros e
// intermediarios, han sido arrestadas".
func TestExtractSubjectPredicatePastSubsetList(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "arrestadas", "detenidos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Al menos 45 personas, entre ellas profesores de medicina, médicos, enfermeros e intermediarios, han sido arrestadas en Egipto, informó la policía.",
			"[arrests=45 by Police]"},
		{"At least 45 people, including medical professors, doctors, nurses and brokers, have been arrested in Egypt, the police said.",
			"[arrests=45 by Police]"},
		{"At least 45 people, including medical professors, doctors, nurses and brokers who had been arrested before, met in Cairo, the police said.",
			"[]"},
	})
}

// A name of several words between a number and the term it counts is a
// modifier of the term: a disease's ("40 yellow fever deaths") or a
// capitalised name ("289 West Nile infections").
func TestExtractNameOfSeveralWordsBeforeTerm(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "people", Keywords: []string{"infections", "cases"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths"}},
	}, []tracker.Actor{{Name: "CDC", Role: tracker.Confirmer, Aliases: []string{"CDC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The CDC reported 289 West Nile infections in 33 states.", "[cases=289 by CDC]"},
		{"The CDC reported 40 yellow fever deaths.", "[deaths=40 by CDC]"},
		{"The CDC reported 289 Rift Valley cases.", "[cases=289 by CDC]"},
		{"The CDC reported 289 Zika infections.", "[cases=289 by CDC]"},
	})
}

// "affecting N people" after a count of events and a comma counts the
// people those events befell: "34 pushbacks in November, affecting 1,289
// people".
func TestExtractAffectingAfterCountOfEvents(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "pushbacks", Unit: "people", Keywords: []string{"pushbacks", "pushed back", "expelled", "devoluciones", "expulsados"}},
		{ID: "interceptions", Unit: "people", Keywords: []string{"intercepted", "interceptados"}},
		{ID: "entry-denials", Unit: "people", Keywords: []string{"denied entry", "prevented", "rechazados"}},
	}, []tracker.Actor{{Name: "BVMN", Role: tracker.Confirmer, Aliases: []string{"BVMN"}}})
	checkFiguresBy(t, e, []figureCase{
		{"BVMN shared 34 testimonies of pushbacks in November, affecting 1,289 people, the network said.", "[pushbacks=1289 by BVMN]"},
		{"BVMN registró 34 devoluciones en noviembre, afectando a 1.289 personas.", "[pushbacks=34 by BVMN pushbacks=1289 by BVMN]"},
		{"BVMN shared 34 testimonies in November, affecting 1,289 people, the network said.", "[]"},
	})
}

// "obligó a huir a 5.000 personas", "han huido": Spanish terms of
// displacement.
func TestExtractForcedToFleeSpanish(t *testing.T) {
	e := New([]tracker.Metric{{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "desplazados"}}},
		[]tracker.Actor{{Name: "UN", Role: tracker.Confirmer, Aliases: []string{"ONU", "Naciones Unidas"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Los combates han obligado a huir a más de 5.000 personas, según Naciones Unidas.", "[displaced=5000 by UN]"},
		{"Más de 5.000 personas han huido de la violencia, según la ONU.", "[displaced=5000 by UN]"},
	})
}

// "could confirm only 56" is what a source was able to verify, not a
// possibility; "far fewer than the 300 the government announced" is the
// government's figure, the other side of the gap, not a baseline.
func TestExtractCouldConfirmAndBareRelativeSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "released", Unit: "people", Keywords: []string{"released", "releases"}}},
		[]tracker.Actor{
			{Name: "HRW", Role: tracker.Confirmer, Aliases: []string{"Human Rights Watch"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Human Rights Watch could confirm only 56 releases, far fewer than the 300 the government announced.",
			"[released=56 by HRW released=300 by Government]"},
		{"Human Rights Watch could only verify 56 releases.", "[released=56 by HRW]"},
		{"The government could release 300 prisoners next week.", "[]"},
		{"Human Rights Watch confirmed 56 releases, more than the 30 the government had announced in May.", "[released=56 by HRW]"},
	})
}

// An ordinal of a metric's term after a reporting verb and a day counts
// ("confirmó el martes la tercera víctima mortal"); "the whereabouts of
// 40 people" are unknown, missing.
func TestExtractOrdinalAfterDayAndWhereabouts(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "dead", "muertos"}},
		{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
		{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detained", "detenidos"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La policía confirmó el martes la tercera víctima mortal.", "[deaths=3 by Police]"},
		{"La policía confirmó el martes una tercera muerte.", "[deaths=3 by Police]"},
		{"The whereabouts of 40 people remain unknown, police said.", "[missing=40 by Police]"},
	})
}

// "stayed off the job", "participaron en la huelga": terms of a strike.
func TestExtractStrikeTerms(t *testing.T) {
	e := New([]tracker.Metric{{ID: "strikers", Unit: "people", Keywords: []string{"strikers", "huelguistas"}}},
		[]tracker.Actor{{Name: "Union", Role: tracker.Claimant, Aliases: []string{"union", "sindicato"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Some 20,000 workers stayed off the job, the union said.", "[strikers=20000 by Union]"},
		{"Unos 20.000 trabajadores participaron en la huelga, según el sindicato.", "[strikers=20000 by Union]"},
	})
}

// "let out of jail", "otorgó la libertad" release; "repatrió a 1.200
// migrantes" deports.
func TestExtractReleaseAndDeportationVerbs(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "released", Unit: "people", Keywords: []string{"released", "liberados"}},
		{ID: "deported", Unit: "people", Keywords: []string{"deported", "deportados"}},
	}, []tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government", "Gobierno"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The government said 300 prisoners had been let out of jail.", "[released=300 by Government]"},
		{"El Gobierno otorgó la libertad a 300 presos.", "[released=300 by Government]"},
		{"El Gobierno repatrió a 1.200 migrantes.", "[deported=1200 by Government]"},
	})
}

// The source a cue names may follow a description of ten words: "according
// to the annual theft and loss report released by the ATF".
func TestExtractCueSourceAfterLongDescription(t *testing.T) {
	e := New([]tracker.Metric{{ID: "guns-stolen", Keywords: []string{"stolen guns", "firearms stolen"}}},
		[]tracker.Actor{{Name: "ATF", Role: tracker.Claimant, Aliases: []string{"ATF"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Licensees reported 9,281 guns stolen in 2016, according to the annual theft and loss report released by the ATF.",
			"[guns-stolen=9281 by ATF]"},
	})
}

// A dateline's place may join its capitalised words with "de", "la"
// ("Ciudad de México, 24 oct (EFE).-", "Santa Cruz de la Sierra, …") and
// give its country in brackets ("Cancún (México), 18 jul (EFE).-").
func TestExtractDatelinePlaceOfSeveralWords(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Keywords: []string{"detenidos", "arrested"}}},
		[]tracker.Actor{{Name: "EFE", Role: tracker.Reporter, Aliases: []string{"EFE"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Ciudad de México, 24 oct (EFE).- Cuatro presuntos narcotraficantes fueron detenidos en Matamoros.", "[arrests=4 by EFE]"},
		{"Santa Cruz de la Sierra, 24 oct (EFE).- Cuatro presuntos narcotraficantes fueron detenidos.", "[arrests=4 by EFE]"},
		{"Cancún (México), 18 jul (EFE).- Cuatro presuntos narcotraficantes fueron detenidos.", "[arrests=4 by EFE]"},
		{"Cuatro presuntos narcotraficantes de la (EFE) fueron detenidos.", "[]"},
	})
}

// Officials who do something other than give a figure ("as authorities
// urged residents to stay indoors") are no source that keeps a wire
// agency from its lead.
func TestExtractOfficialsWhoDoOther(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"killed", "dead"}}},
		[]tracker.Actor{{Name: "AFP", Role: tracker.Reporter, Aliases: []string{"AFP"}}})
	checkFiguresBy(t, e, []figureCase{
		{"BEIRUT (AFP) — A thick sandstorm has killed at least 12 people, as authorities urged residents to stay indoors.", "[deaths=12 by AFP]"},
		{"BEIRUT (AFP) — A thick sandstorm has killed at least 12 people, authorities said.", "[]"},
	})
}

// A noun no unit group knows ("mobiles", "teléfonos") counts what a metric
// of things counts when that metric's keyword is its passive predicate or
// the verb that governs it; not places, not what did the act, not for a
// metric of an amount (kilograms) or of people.
func TestExtractUnlistedNounOfThingMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "phones-stolen", Unit: "phones", Keywords: []string{"stolen", "robados"}},
		{ID: "phones-seized", Unit: "phones", Keywords: []string{"seized", "incautaron"}},
		{ID: "arrests", Unit: "people", Keywords: []string{"arrested"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "la policía"}}})
	checkMetricValues(t, e, []metricCase{
		{"Police said 9,751 mobiles were stolen last month.", []string{"phones-stolen=9751"}},
		{"Police said 9,751 mobiles had been stolen last month.", []string{"phones-stolen=9751"}},
		{"Police seized more than 4,194 handsets.", []string{"phones-seized=4194"}},
		{"La policía incautaron 4.194 teléfonos.", []string{"phones-seized=4194"}},
		{"La policía dijo que se incautaron 4.194 celulares.", []string{"phones-seized=4194"}},
		{"Police in 103 countries were seized by panic.", nil},
		{"Police said the four gangs have stolen phones.", nil},
		{"Police said 12 suspects were arrested and 9,751 mobiles were stolen.", []string{"arrests=12", "phones-stolen=9751"}},
	})
	amount := New([]tracker.Metric{{ID: "seized", Unit: "kilograms", Keywords: []string{"seized"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police"}}})
	checkMetricValues(t, amount, []metricCase{{"Police said 1,871 laboratories were seized last month.", nil}})
}

// A figure an adjective of period qualifies is one period's, a rate: "weekly
// cases … climbed to 1,062", "los casos semanales llegaron a 900"; not "the
// twice-weekly press briefing", which qualifies no figure.
func TestExtractPeriodFigureIsRate(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"cases", "casos"}}},
		[]tracker.Actor{{Name: "UKHSA", Role: tracker.Claimant, Aliases: []string{"UKHSA", "la UKHSA"}}})
	checkMetricValues(t, e, []metricCase{
		{"UKHSA said weekly cases of scarlet fever, which is caused by Strep A bacteria, climbed to 1,062.", nil},
		{"UKHSA figures show the weekly number of cases going up from 37 in the week beginning October 22 to 61.", nil},
		{"Según la UKHSA, los casos semanales llegaron a 900.", nil},
		{"At its twice-weekly press briefing, UKHSA said cases climbed to 1,062.", []string{"cases=1062"}},
		{"UKHSA said cases climbed to 1,062.", []string{"cases=1062"}},
	})
}

// An adverb inside a term of several words leaves it a term: "han
// abandonado ya las prisiones" is "abandonado las prisiones".
func TestExtractAdverbInsideTerm(t *testing.T) {
	e := New([]tracker.Metric{{ID: "freed", Unit: "people", Keywords: []string{"liberados", "released"}}},
		[]tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"el Gobierno", "the government"}}})
	checkMetricValues(t, e, []metricCase{
		{"El Gobierno informó que 127 personas han abandonado ya las prisiones.", []string{"freed=127"}},
		{"El Gobierno informó que 127 personas han abandonado las prisiones.", []string{"freed=127"}},
		{"The government said 127 people had walked already out of prison.", []string{"freed=127"}},
		{"El Gobierno informó que 127 personas han abandonado ya el país.", nil},
	})
}

// A term of detention right after the people counted, with its agent or
// its manner ("held by Israel", "held without charge"), or after people
// named by their country ("six Palestinians held in …"), describes them:
// the later predicate says what they count.
func TestExtractReducedRelativeWithAgent(t *testing.T) {
	e := New([]tracker.Metric{{ID: "strikers", Unit: "people", Keywords: []string{"on hunger strike", "en huelga de hambre"}}},
		[]tracker.Actor{{Name: "Addameer", Role: tracker.Confirmer, Aliases: []string{"Addameer"}}})
	checkMetricValues(t, e, []metricCase{
		{"Six Palestinians held by Israel without charge or trial are on hunger strike, Addameer said.", []string{"strikers=6"}},
		{"Six prisoners held by Israel are on hunger strike, Addameer said.", []string{"strikers=6"}},
		{"Seis presos retenidos sin cargos están en huelga de hambre, según Addameer.", []string{"strikers=6"}},
	})
}

// A country that opens the sentence after a wire dateline speaks through
// its listed body as it does at the start of a sentence: "LIMA (EFE).-
// Perú reportó 15.381 casos".
func TestExtractCountrySubjectAfterDateline(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Keywords: []string{"casos", "cases"}}},
		[]tracker.Actor{{Name: "Minsa", Role: tracker.Claimant, Aliases: []string{"Minsa", "Ministerio de Salud del Perú"}}})
	checkFiguresBy(t, e, []figureCase{
		{"LIMA (EFE).- Perú reportó 15.381 casos de malaria entre enero y julio, informaron las autoridades sanitarias del país.",
			"[cases=15381 by Minsa]"},
		{"Perú reportó 15.381 casos de malaria entre enero y julio, informaron las autoridades sanitarias del país.",
			"[cases=15381 by Minsa]"},
	})
}

// A Spanish preterite is the verb even when it folds to a false friend of
// its stem ("vacunó", not "vacuno", cattle), and an infinitive a helping
// verb governs across a phrase of time happened: "han ayudado en las
// últimas semanas a vacunar a 860.000 personas".
func TestExtractPreteriteAndHelpedInfinitive(t *testing.T) {
	e := New([]tracker.Metric{{ID: "vaccinated", Unit: "people", Keywords: []string{"vacunados", "vaccinated"}}},
		[]tracker.Actor{{Name: "MSF", Role: tracker.Confirmer, Aliases: []string{"MSF"}}})
	checkMetricValues(t, e, []metricCase{
		{"MSF vacunó a más de 860.000 personas.", []string{"vaccinated=860000"}},
		{"MSF vacunó contra la meningitis a más de 860.000 personas.", []string{"vaccinated=860000"}},
		{"Los equipos de MSF han ayudado en las últimas semanas a vacunar a más de 860.000 personas.", []string{"vaccinated=860000"}},
		{"MSF planea vacunar a más de 860.000 personas.", nil},
		{"MSF vendió 860 vacuno.", nil},
	})
}

// A count of children is a count of a metric of pupils, not a part of it:
// news calls the students of an attacked school children.
func TestExtractChildrenAsPupils(t *testing.T) {
	pupils := New([]tracker.Metric{{ID: "kidnapped", Name: "Students abducted in school attacks", Unit: "people",
		Keywords: []string{"kidnapped", "abducted", "secuestrados"}}},
		[]tracker.Actor{{Name: "UNICEF", Role: tracker.Confirmer, Aliases: []string{"UNICEF"}}})
	protesters := New([]tracker.Metric{{ID: "killed", Name: "Protesters killed", Unit: "people", Keywords: []string{"killed"}}},
		[]tracker.Actor{{Name: "UNICEF", Role: tracker.Confirmer, Aliases: []string{"UNICEF"}}})
	checkMetricValues(t, pupils, []metricCase{
		{"UNICEF said 1,680 children had been abducted.", []string{"kidnapped=1680"}},
		{"UNICEF calcula que unos 1.680 niños han sido secuestrados en escuelas nigerianas.", []string{"kidnapped=1680"}},
	})
	checkMetricValues(t, protesters, []metricCase{{"UNICEF said 23 children had been killed.", nil}})
}

// The party a metric's name counts for is no share of someone else's
// count: "Marta Ríos won 2.9 million votes" for "Votes for candidate Marta
// Ríos" is its figure; another candidate's votes stay a share.
func TestExtractShareOfNamedParty(t *testing.T) {
	e := New([]tracker.Metric{{ID: "votes-rios", Name: "Votes for candidate Marta Ríos", Unit: "votes",
		Keywords: []string{"votes", "votos", "sufragios"}}},
		[]tracker.Actor{{Name: "CNE", Role: tracker.Claimant, Aliases: []string{"CNE", "National Electoral Council"}}})
	checkMetricValues(t, e, []metricCase{
		{"Marta Ríos won about 2.9 million votes, according to the National Electoral Council.", []string{"votes-rios=2900000"}},
		{"Según el CNE, la candidata Ríos obtuvo algo más de 1,8 millones de sufragios.", []string{"votes-rios=1800000"}},
		{"Pedro Gómez won about 2.9 million votes, according to the National Electoral Council.", nil},
	})
}

// Where the speakers are ("at the scene", "en el lugar") stands between
// them and their verb without being the subject; a predicate of theirs
// ("sources who were at the scene say") is no such place.
func TestExtractSpeakersAtTheScene(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Keywords: []string{"injured", "injuries", "heridas"}}},
		[]tracker.Actor{{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least 21 people aboard the regional train sustained injuries, Red Cross teams at the scene reported.", "[injured=21 by Red Cross]"},
		{"Al menos 21 personas resultaron heridas, informaron los equipos de la Cruz Roja en el lugar.", "[injured=21 by Red Cross]"},
		{"The government counts 12 injured, but several sources who were at the scene say at least 21 people were injured.", "[injured=12 by Government]"},
	})
}

// A registry and a regulator are the state's: "the registrar said" is the
// tracker's one registry, named or not, as "the ministry said" is.
func TestExtractRegistryAsStateBody(t *testing.T) {
	e := New([]tracker.Metric{{ID: "voters", Keywords: []string{"electoral roll", "registered voters"}}},
		[]tracker.Actor{{Name: "Registry", Role: tracker.Claimant, Aliases: []string{"National Civil Registry", "Registraduría Nacional"}},
			{Name: "MOE", Role: tracker.Confirmer, Aliases: []string{"Electoral Observation Mission"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The electoral roll now stands at 40.3 million people, the registrar said.", "[voters=40300000 by Registry]"},
		{"The electoral roll now stands at 40.3 million people, the registry said.", "[voters=40300000 by Registry]"},
	})
}

// A weight of the substance one metric names is that metric's count
// whatever verb found it ("hallaron 1.669 kilos de cocaína", "se
// aprehendieron 250 kilogramos"); pieces are no weight.
func TestExtractWeighedSubstance(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cocaine-seized", Unit: "kilograms", Keywords: []string{"seized", "cocaine", "incautados", "cocaína"}},
		{ID: "tusks", Unit: "pieces", Keywords: []string{"piezas de marfil", "tusks"}},
	}, []tracker.Actor{{Name: "Guardia Civil", Role: tracker.Claimant, Aliases: []string{"Guardia Civil"}}})
	checkMetricValues(t, e, []metricCase{
		{"Los agentes hallaron 1.669 kilos de cocaína en el puerto, informó la Guardia Civil.", []string{"cocaine-seized=1669"}},
		{"La Guardia Civil informó de que se aprehendieron 250 kilogramos de cocaína en una narcolancha.", []string{"cocaine-seized=250"}},
		{"La Guardia Civil interceptó 259 piezas de marfil.", []string{"tusks=259"}},
	})
}

// A keyword of a noun and the state its people are left in ("divers
// missing") is split like one of a noun and a participle: "one diver
// remained missing".
func TestExtractSplitStateKeyword(t *testing.T) {
	e := New([]tracker.Metric{{ID: "divers-missing", Unit: "people", Keywords: []string{"missing divers", "divers missing"}}},
		[]tracker.Actor{{Name: "Coast Guard", Role: tracker.Claimant, Aliases: []string{"Coast Guard"}}})
	checkMetricValues(t, e, []metricCase{
		{"The Coast Guard said one diver remained missing.", []string{"divers-missing=1"}},
		{"The Coast Guard said two divers were still missing.", []string{"divers-missing=2"}},
	})
}

// A period that belongs to a figure noun the count is set against ("nearly
// double the toll of the previous season") is not the count's own, and
// "a day" before "earlier" says when, not how often, wherever the rate is
// looked for.
func TestExtractPeriodOfComparedFigure(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"deaths", "muertes"}}},
		[]tracker.Actor{{Name: "ISCIII", Role: tracker.Claimant, Aliases: []string{"ISCIII"}}})
	checkMetricValues(t, e, []metricCase{
		{"Flu deaths this winter have reached 923, the ISCIII reported, nearly double the toll of the previous season.", []string{"deaths=923"}},
		{"Flu deaths reached 923 the previous year, the ISCIII reported.", nil},
		// "a day earlier" is when the earlier count was given, no rate, after
		// the count's noun too; "up from" a count keeps it, as "the day
		// before" does
		{"The ISCIII counted 923 deaths, up from 120 deaths a day earlier.", []string{"deaths=923", "deaths=120"}},
		{"The ISCIII counted 923 deaths, up from 120 deaths the day before.", []string{"deaths=923", "deaths=120"}},
		{"The ISCIII counted 120 deaths a day.", nil},
	})
}

// "All of the 512 passengers were taken off" counts them all: no base of a
// share; "almost all of the 1,600 charged" is a part of the 1,600.
func TestExtractAllOfTheCount(t *testing.T) {
	e := New([]tracker.Metric{{ID: "evacuated", Keywords: []string{"evacuated", "evacuados"}}},
		[]tracker.Actor{{Name: "Renfe", Role: tracker.Claimant, Aliases: []string{"Renfe"}}})
	checkMetricValues(t, e, []metricCase{
		{"Renfe said all of the 512 passengers were evacuated.", []string{"evacuated=512"}},
		{"Renfe dijo que todos los 512 pasajeros fueron evacuados.", []string{"evacuated=512"}},
		{"Renfe said almost all of the 512 passengers were evacuated.", nil},
	})
}

// A name is referred back to by the noun it is built on: "the zoo said"
// after Krefeld Zoo, "el zoológico informó" after the Zoológico de
// Mendoza, "the archive said" after the Gun Violence Archive. The noun
// names only a body the text has already named (which noun a name is
// built on: TestNameHeadNoun).
func TestExtractNameHeadReference(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "animals", Keywords: []string{"killed", "died", "murieron"}},
		{ID: "killings", Unit: "people", Keywords: []string{"mass killings", "killings"}},
	}, []tracker.Actor{
		{Name: "Krefeld Zoo", Role: tracker.Claimant, Aliases: []string{"Krefeld Zoo", "zoo de Krefeld"}},
		{Name: "Mendoza Zoo", Role: tracker.Claimant, Aliases: []string{"Zoológico de Mendoza", "Mendoza Zoo"}},
		{Name: "GVA", Role: tracker.Confirmer, Aliases: []string{"Gun Violence Archive"}},
		{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"A fire at Krefeld Zoo killed 30 animals, the zoo said.", "[deaths=30 by Krefeld Zoo]"},
		{"El humo llenó el Zoológico de Mendoza y la policía cerró la zona. Murieron 12 animales, informó el zoológico.", "[deaths=12 by Mendoza Zoo]"},
		{"The Gun Violence Archive published its report, and police released their own. There were 27 killings last year, the archive said.", "[killings=27 by GVA]"},
		// one modifier may stand between after "the": "the municipal zoo"
		{"A fire broke out at Krefeld Zoo on Sunday, and police closed the area. Thirty animals died, the municipal zoo said.", "[deaths=30 by Krefeld Zoo]"},
		// the noun of a body never named refers to none
		{"A fire killed 30 animals, the zoo said.", "[]"},
	})
}

func TestNameHeadNoun(t *testing.T) {
	e := New(nil, nil)
	for _, c := range []struct{ name, want string }{
		{"Krefeld Zoo", "zoo"},
		{"Zoológico de Mendoza", "zoologico"},
		{"Museum of Flight", "museum"},
		{"Federal Bureau of Investigation", "bureau"},
		{"Buró Federal de Investigaciones", "buro"},
		{"Miami-Dade Fire Rescue", "rescue"},
		{"Instituto del Mar del Perú", "instituto"},
		{"Foro Penal", "penal"},
		{"Top10VPN Research", "research"},
		{"Argentina Peru", ""}, // a place
		{"Alliance 21", ""},    // no word
		{"Kenya UN", ""},       // too short
	} {
		if got := e.nameHeadNoun(phraseTokens(c.name)); got != c.want {
			t.Errorf("nameHeadNoun(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// Two groups side by side ("505 civiles y 182 militares") break a count
// down, but a group with a part of it "of them" after it ("Siete civiles,
// tres de ellos niños") is the count, and only the part is dropped.
func TestExtractGroupWithPartOfThem(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"killed", "muertos", "perdieron la vida"}}},
		[]tracker.Actor{{Name: "White Helmets", Role: tracker.Confirmer, Aliases: []string{"White Helmets", "Cascos Blancos"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Siete civiles, tres de ellos niños, perdieron la vida en un bombardeo, indicaron los Cascos Blancos.", "[killed=7 by White Helmets]"},
		{"Seven civilians, three of them children, were killed in the strike, the White Helmets said.", "[killed=7 by White Helmets]"},
		{"Según los Cascos Blancos, 505 civiles y 182 militares perdieron la vida.", "[]"},
	})
}

// A body named as the object of a preposition or of a verb in "-ing"
// ("for resisting police", "enfrentamientos con la policía") is no source
// that vetoes the one the text announced; police that speak still are.
func TestExtractOfficialsAsObject(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "held", "detenidos"}}},
		[]tracker.Actor{{Name: "Security Ministry", Role: tracker.Claimant, Aliases: []string{"Security Ministry", "Ministerio de Seguridad"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Security Ministry published its post-match report on Monday. A total of 44 supporters were held, most of them for resisting police.",
			"[arrested=44 by Security Ministry]"},
		{"El Ministerio de Seguridad publicó su informe el lunes. Un total de 44 hinchas fueron detenidos tras enfrentamientos con la policía.",
			"[arrested=44 by Security Ministry]"},
		{"The Security Ministry published its post-match report on Monday. A total of 44 supporters were held, police said.", "[]"},
	})
}

func TestNominalVariants(t *testing.T) {
	for _, c := range []struct {
		noun, participle string
		want             []string // among the variants
	}{
		{"jobs", "created", []string{"creation of jobs", "job creation"}},
		{"asylum", "granted", []string{"grants of asylum", "asylum grants"}},
		{"people", "killed", []string{"killings of people"}},
		{"flights", "cancelled", []string{"cancellations of flights", "flight cancellations"}},
		{"empleos", "creados", []string{"creación de empleos", "creaciones de empleos"}},
	} {
		got := nominalVariants(c.noun, c.participle)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("nominalVariants(%q, %q) = %q, want it to hold %q", c.noun, c.participle, got, w)
			}
		}
	}
	for _, c := range [][2]string{{"people", "held"}, {"homes", "lost"}, {"votes", "cast"}} {
		if got := nominalVariants(c[0], c[1]); len(got) > 0 {
			t.Errorf("nominalVariants(%q, %q) = %q, want none for an irregular participle", c[0], c[1], got)
		}
	}
}

// A keyword of a noun and a participle also names the act as a noun:
// "Grants of asylum rose" is about "asylum granted", and "the figure"
// after it is that metric's.
func TestExtractNominalisedKeyword(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "asylum", Unit: "people", Keywords: []string{"asylum granted", "asilo"}},
		{ID: "jobs", Unit: "jobs", Keywords: []string{"jobs created", "empleos creados"}},
	}, []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry", "Ministerio de Trabajo"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Grants of asylum rose sharply in the second half of the year, the Interior Ministry said. The figure reached 9,870 by December.",
			"[asylum=9870 by Ministry]"},
		{"The Interior Ministry put net job creation for the year at about 470,000.", "[jobs=470000 by Ministry]"},
		{"El Ministerio de Trabajo cifró la creación de empleos del año en 470.000.", "[jobs=470000 by Ministry]"},
	})
}

// A number that ends a name coordinated with another ("MS-13 and Barrio
// 18 members") is a label, not a count; a place before a count is none
// ("en la Comunidad de Madrid 24.216 consultas").
func TestExtractNumberedName(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"dead", "killed"}},
		{ID: "cancelled", Unit: "appointments", Keywords: []string{"consultas canceladas", "cancelar"}},
	}, []tracker.Actor{
		{Name: "INP", Role: tracker.Claimant, Aliases: []string{"INP"}},
		{Name: "Consejería", Role: tracker.Claimant, Aliases: []string{"Consejería de Sanidad"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"The clashes between MS-13 and Barrio 18 members left one person dead, the INP reported.", "[deaths=1 by INP]"},
		{"La huelga obligó a cancelar en la Comunidad de Madrid 24.216 consultas, según la Consejería de Sanidad.", "[cancelled=24216 by Consejería]"},
	})
}

// The participle of a keyword of a noun and a participle is said by any
// term of its concept too: "factories have shut down" for "factories
// closed".
func TestExtractSplitKeywordConceptTerm(t *testing.T) {
	e := New([]tracker.Metric{{ID: "closed", Unit: "factories", Keywords: []string{"factories closed", "fábricas cerradas"}}},
		[]tracker.Actor{{Name: "ILO", Role: tracker.Confirmer, Aliases: []string{"International Labour Organization", "OIT"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least 1,200 garment factories have shut down across the region, the International Labour Organization said.",
			"[closed=1200 by ILO]"},
		{"At least 1,200 garment factories have reopened across the region, the International Labour Organization said.", "[]"},
	})
}

// Suffering a harm names it: "suffered serious damage" is damage,
// "sufrieron fracturas" an injury.
func TestExtractSufferedHarm(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "damaged", Unit: "mosques", Keywords: []string{"mosques damaged", "mezquitas dañadas"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
	}, []tracker.Actor{{Name: "UNESCO", Role: tracker.Confirmer, Aliases: []string{"UNESCO"}}})
	checkFiguresBy(t, e, []figureCase{
		{"UNESCO said at least 18 historic mosques had suffered serious damage.", "[damaged=18 by UNESCO]"},
		{"Cuatro turistas sufrieron fracturas múltiples en el vuelco, informó la UNESCO.", "[injured=4 by UNESCO]"},
	})
}

// Reaching the shore is arriving: "2.376 personas han alcanzado las islas"
// (but not a bare "alcanzaron", which reaches a level).
func TestExtractReachedTheShore(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrivals", Unit: "people", Keywords: []string{"arrivals", "llegadas"}}},
		[]tracker.Actor{{Name: "Interior", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior", "Interior Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según el Ministerio del Interior, 2.376 personas han alcanzado las islas en 56 pateras desde enero.", "[arrivals=2376 by Interior]"},
		{"The Interior Ministry said 2,376 people reached the shores of the islands this year.", "[arrivals=2376 by Interior]"},
	})
}

// A part that names the people a metric counts is that metric's count,
// not a breakdown: "De ellas, 39 eran candidatos que fueron asesinados"
// for "candidatos asesinados" (but "3 eran menores" breaks a count down).
func TestExtractCompositionOfMetricPeople(t *testing.T) {
	e := New([]tracker.Metric{{ID: "candidates", Unit: "people", Keywords: []string{"candidatos asesinados", "candidates killed"}}},
		[]tracker.Actor{{Name: "Integralia", Role: tracker.Confirmer, Aliases: []string{"Integralia"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Integralia documentó en total 889 víctimas. De ellas, 39 eran candidatos que fueron asesinados.", "[candidates=39 by Integralia]"},
		{"Integralia documentó 40 candidatos asesinados; 3 eran menores.", "[candidates=40 by Integralia]"},
	})
}

// The word that sets one metric apart, right after a number with no noun,
// stands for the noun left out: "520,050 signatures valid and 195,783
// invalid" counts invalid signatures (but "125,000 operations and
// appointments" has its own noun).
func TestExtractMarkAfterBareNumber(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "valid", Unit: "signatures", Keywords: []string{"valid signatures"}},
		{ID: "invalid", Unit: "signatures", Keywords: []string{"invalid signatures"}},
	}, []tracker.Actor{{Name: "Registrar", Role: tracker.Confirmer, Aliases: []string{"registrar's office"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The registrar's office found 520,050 signatures valid and 195,783 invalid, leaving the campaign below the 566,857 valid signatures it needed.",
			"[valid=520050 by Registrar invalid=195783 by Registrar]"},
	})
}

// Meters are a length, never households: "a hole 15 meters wide" counts
// no homes for a metric of households.
func TestExtractMetersAreALength(t *testing.T) {
	e := New([]tracker.Metric{{ID: "homes", Unit: "households", Keywords: []string{"homes", "houses"}}},
		[]tracker.Actor{{Name: "Fire service", Role: tracker.Claimant, Aliases: []string{"Fire Rescue"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The hole was about 50 feet (15 meters) wide, said the chief of Gainesville Fire Rescue.", "[]"},
		{"Gainesville Fire Rescue said 15 homes were evacuated.", "[homes=15 by Fire service]"},
	})
}

// A place after "in" between a speaker and the reporting verb is where the
// speaker is posted, not an unlisted speaker: "Its representative in
// Mexico said" goes on with the body named before ("Smith said" would
// not).
func TestExtractPlaceOfSpeaker(t *testing.T) {
	e := New([]tracker.Metric{{ID: "sunk", Unit: "vessels", Keywords: []string{"sunk", "vessels sunk"}}},
		[]tracker.Actor{{Name: "FAO", Role: tracker.Confirmer, Aliases: []string{"FAO"}}})
	const opening = "The FAO pledged engines and nets to help fishing communities recover. "
	checkFiguresBy(t, e, []figureCase{
		{opening + "Its representative in Mexico said 520 vessels had been sunk along the coast.", "[sunk=520 by FAO]"},
		{opening + "Its representative in Santa Cruz said 520 vessels had been sunk along the coast.", "[sunk=520 by FAO]"},
		{opening + "Carlos Smith said 520 vessels had been sunk along the coast.", "[]"},
	})
}

// An actor's name before the subject noun of a reporting verb is its
// modifier: "the OAS electoral mission said" is the OAS speaking, not
// another subject.
func TestExtractActorModifiesSubject(t *testing.T) {
	e := New([]tracker.Metric{{ID: "votes", Unit: "votes", Keywords: []string{"votes cast", "votes"}}},
		[]tracker.Actor{{Name: "OAS", Role: tracker.Confirmer, Aliases: []string{"OAS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Some 56 million votes were cast in the race, the OAS electoral mission said in its preliminary report.", "[votes=56000000 by OAS]"},
	})
}

// "Police" inside the name of a place is no unconfigured source: "treated
// at the Central Police Hospital" leaves the count to the ministry that
// gave the update.
func TestExtractOfficialWordInPlaceName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "injured", Unit: "people", Keywords: []string{"injured"}}},
		[]tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry"}}})
	const opening = "Peru's Interior Ministry gave an update on the night's violence at a press conference on Thursday. "
	checkFiguresBy(t, e, []figureCase{
		{opening + "A total of 44 officers were injured, 29 of whom were treated at the Central Police Hospital.", "[injured=44 by Interior Ministry]"},
		{opening + "A total of 44 officers were injured, the National Police Service said.", "[]"},
	})
}

// "Every one of the 27", "cada uno de los 27" are all of them: the count,
// not the base of a share.
func TestExtractEveryOneOf(t *testing.T) {
	e := New([]tracker.Metric{{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados", "rescatado"}}},
		[]tracker.Actor{{Name: "ANM", Role: tracker.Claimant, Aliases: []string{"National Mining Agency", "Agencia Nacional de Minería"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Every one of the 27 miners was rescued, the National Mining Agency said.", "[rescued=27 by ANM]"},
		{"Cada uno de los 27 mineros fue rescatado, informó la Agencia Nacional de Minería.", "[rescued=27 by ANM]"},
		{"One of the 27 miners was rescued, the National Mining Agency said.", "[]"},
	})
}

// A short phrase of origin or direction between a keyword's noun and its
// participle leaves them one keyword: "70 observers from 20 countries had
// been accredited" for "observers accredited".
func TestExtractPhraseBeforeParticiple(t *testing.T) {
	e := New([]tracker.Metric{{ID: "accredited", Unit: "people", Keywords: []string{"observers accredited", "observadores acreditados"}}},
		[]tracker.Actor{{Name: "OAS", Role: tracker.Confirmer, Aliases: []string{"OAS", "OEA"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The OAS said some 70 observers from 20 countries had been accredited to monitor the election.", "[accredited=70 by OAS]"},
		{"La OEA informó de que 70 observadores de 20 países han sido acreditados.", "[accredited=70 by OAS]"},
	})
}

// Spanish sets where and when between a verb and its personal "a":
// "habían detenido hasta el jueves por la tarde a 350 personas" arrests
// the 350 as "habían detenido a 350 personas" does.
func TestExtractAdverbialBeforeObject(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}}},
		[]tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"ministro del Interior"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La Policía y la Guardia Civil habían detenido hasta el jueves por la tarde a 350 personas, según el ministro del Interior.", "[arrested=350 by Interior Ministry]"},
		{"La Policía había detenido en la capital a unas 350 personas, según el ministro del Interior.", "[arrested=350 by Interior Ministry]"},
		{"La Policía había detenido durante el fin de semana a tres personas, según el ministro del Interior.", "[arrested=3 by Interior Ministry]"},
	})
}

// "Were beaten to death" is a death, though "were beaten" alone is a
// beating and "beaten" a keyword of the injured.
func TestExtractBeatenToDeath(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"killed", "murdered"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "beaten"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Police said 12 people were beaten to death in the village.", "[killed=12 by Police]"},
		{"Police said 12 people were beaten in the village.", "[injured=12 by Police]"},
	})
}

// The doers a metric's name gives ("People killed by vigilantes") are not
// the kind of people it counts: "five men were killed" is everyone killed,
// not a group among them.
func TestExtractDoersAreNoKindCounted(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "People killed by vigilantes", Unit: "people", Keywords: []string{"killed", "lynched"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Police said five men were killed on Sunday in a remote village.", "[killed=5 by Police]"},
	})
}

// A metric counted in fires, attacks or accidents counts events: "59
// people have been injured in the fires" is no count of fires, but cases
// of the events are ("43 casos de ataques a personas").
func TestExtractEventUnitsCountNoPeople(t *testing.T) {
	fires := New([]tracker.Metric{{ID: "fires", Unit: "fires", Keywords: []string{"fires", "active fires", "incendios"}}},
		[]tracker.Actor{{Name: "Civil protection", Role: tracker.Claimant, Aliases: []string{"civil protection authority"}}})
	checkFiguresBy(t, fires, []figureCase{
		{"The civil protection authority said 59 people have been injured in the fires.", "[]"},
		{"The civil protection authority listed 42 active fires on Wednesday.", "[fires=42 by Civil protection]"},
	})
	attacks := New([]tracker.Metric{{ID: "attacks", Unit: "attacks", Keywords: []string{"acid attacks", "ataques con ácido"}}},
		[]tracker.Actor{{Name: "Medicina Legal", Role: tracker.Confirmer, Aliases: []string{"Medicina Legal"}}})
	checkFiguresBy(t, attacks, []figureCase{
		{"Se reportaron 43 casos de ataques a personas con sustancias químicas, los ataques con ácido, según Medicina Legal.", "[attacks=43 by Medicina Legal]"},
	})
}

// A metric counted in hectares, kilograms or tonnes counts no people,
// whatever concept its keywords share with a count of people
// ("calcinadas" of burned land, a death word too).
func TestExtractAreaOrWeightCountsNoPeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "hectares", Name: "Hectares burned by wildfires", Unit: "hectares", Keywords: []string{"hectares", "burned", "scorched", "area burned", "hectáreas", "quemadas", "calcinadas", "superficie"}},
		{ID: "fires", Name: "Active wildfires", Unit: "fires", Keywords: []string{"fires", "blazes", "active fires", "wildfires", "incendios", "focos", "incendios activos"}},
		{ID: "deaths", Name: "People killed by wildfires", Unit: "people", Keywords: []string{"killed", "dead", "deaths", "muertos", "fallecidos", "víctimas"}},
		{ID: "evacuated", Name: "People evacuated from wildfires", Unit: "people", Keywords: []string{"evacuated", "evacuation", "displaced", "evacuados", "desalojados"}},
	}, []tracker.Actor{{Name: "Civil protection", Role: tracker.Claimant, Aliases: []string{"civil protection"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The head of the civil protection service said the deaths of two people from heart attacks could not be directly blamed on the fires.", "[deaths=2 by Civil protection]"},
		{"The civil protection said 20,000 hectares had burned.", "[hectares=20000 by Civil protection]"},
	})
	food := New([]tracker.Metric{{ID: "food", Unit: "tonnes", Keywords: []string{"food delivered", "rations"}}},
		[]tracker.Actor{{Name: "WFP", Role: tracker.Confirmer, Aliases: []string{"WFP"}}})
	checkFiguresBy(t, food, []figureCase{
		{"The WFP handed out rations to more than 1.3 million people.", "[]"},
		{"The WFP said 300 tonnes of food had been delivered.", "[food=300 by WFP]"},
	})
}

// An alias that only names the actor's premises ("held at a police
// station", "en una comisaría de la Policía") is no source of the
// sentence's count.
func TestExtractActorNamingSettingIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrests", Unit: "people", Keywords: []string{"arrested", "detenidos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "Policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Fifty farmers were arrested on Tuesday and held at a police station overnight.", "[]"},
		{"Cincuenta agricultores quedaron detenidos en una comisaría de la Policía.", "[]"},
		{"Fifty farmers were arrested on Tuesday, the police said.", "[arrests=50 by Police]"},
		{"Since the police station was set up in September, 1,500 people have been arrested there.", "[arrests=1500 by Police]"},
	})
}

// "La fuerza" refers back to the police named before, as "the force"
// does; "la fuerza pública" is another body.
func TestExtractTheForceRefersToPolice(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"Policía Federal"}}})
	const opening = "La Policía Federal desarticuló una banda de traficantes de fauna. "
	checkFiguresBy(t, e, []figureCase{
		{opening + "Según informó la fuerza, la causa dejó 15 personas detenidas.", "[arrested=15 by Police]"},
		{opening + "La fuerza dijo que hubo 15 personas detenidas.", "[arrested=15 by Police]"},
		{opening + "Según la fuerza pública, la causa dejó 15 personas detenidas.", "[]"},
	})
}

// The place after "in" before a reporting verb is where the speaker
// stands, however long: "Police in Nigeria's restive southern Niger Delta
// said" is the police speaking, not someone named "Niger Delta".
func TestExtractLongPlaceOfSpeaker(t *testing.T) {
	e := New([]tracker.Metric{{ID: "freed", Unit: "people", Keywords: []string{"freed", "released"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Police in Nigeria's restive southern Niger Delta said on Sunday they had freed 14 kidnapped oil workers.", "[freed=14 by Police]"},
		{"Police in the Niger Delta said on Sunday they had freed 14 kidnapped oil workers.", "[freed=14 by Police]"},
		{"Officials in Nigeria's Niger Delta said on Sunday police had freed 14 kidnapped oil workers.", "[]"},
	})
}

// A pronoun or "el dato" may name the figure the text gave before: "lo
// situó el miércoles en 42", "actualizó el dato a 6.000", "put it at 42".
func TestExtractPronounSetsFigure(t *testing.T) {
	e := New([]tracker.Metric{{ID: "kidnapped", Unit: "people", Keywords: []string{"kidnapped", "secuestrados"}}},
		[]tracker.Actor{{Name: "Amnesty International", Role: tracker.Confirmer, Aliases: []string{"Amnesty International", "Amnistía Internacional"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El número de pasajeros secuestrados en el asalto no ha dejado de revisarse al alza. Amnistía Internacional lo situó el miércoles en 42.", "[kidnapped=42 by Amnesty International]"},
		{"The number of passengers kidnapped in the attack kept rising. Amnesty International put it at 42 on Wednesday.", "[kidnapped=42 by Amnesty International]"},
		{"Amnistía Internacional cifró el lunes en 40 los secuestrados. Un día después, Amnistía Internacional actualizó el dato a 42.", "[kidnapped=40 by Amnesty International kidnapped=42 by Amnesty International]"},
	})
}

// Increments come in runs: after "six more people have died", "another 14
// people have been infected" adds to a count of its own kind too, and "a
// further 33" after "seven more" is one more step of the same count.
func TestExtractIncrementsInARun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"died", "deaths"}},
		{ID: "cases", Unit: "people", Keywords: []string{"infected", "cases"}},
	}, []tracker.Actor{{Name: "CDC", Role: tracker.Confirmer, Aliases: []string{"CDC"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Six more people have died in the outbreak, pushing the death toll to nine, the CDC said. Another 14 people have been infected, the CDC said.", "[deaths=9 by CDC]"},
		{"Six more people have died in the outbreak, pushing the death toll to nine, the CDC said. A further 14 people have been infected, the CDC said.", "[deaths=9 by CDC]"},
		{"The CDC said nine people have died in the outbreak. Another 14 people have been infected, the CDC said.", "[deaths=9 by CDC cases=14 by CDC]"},
	})
	found := New([]tracker.Metric{
		{ID: "freed", Unit: "people", Keywords: []string{"freed", "rescued"}},
		{ID: "held", Unit: "people", Keywords: []string{"held hostage", "hostages held"}},
	}, []tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"army"}}})
	checkFiguresBy(t, found, []figureCase{
		{"Gunmen abducted 49 workers on Monday. The army said troops rescued 9 of them on Tuesday, seven more on Wednesday and a further 33 held hostage on Thursday.", "[freed=9 by Army]"},
	})
}

// Spanish "para" after a count names whose count it is: "7.000 médicos en
// huelga para el sindicato y solo 2.000 para el ministerio".
func TestExtractParaNamesSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "strikers", Unit: "people", Keywords: []string{"en huelga", "huelguistas"}}},
		[]tracker.Actor{
			{Name: "Union", Role: tracker.Claimant, Aliases: []string{"CESM"}},
			{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Ministerio de Sanidad"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Las cifras de la huelga fueron muy distintas: 7.000 médicos en huelga para la CESM y solo 2.000 para el Ministerio de Sanidad.",
			"[strikers=7000 by Union strikers=2000 by Ministry]"},
	})
}

// A source named by its kind after "according to", "según" is who states
// the count, not an actor the sentence names only where it happened.
func TestExtractSourceByKindAfter(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"died", "murieron"}}},
		[]tracker.Actor{{Name: "Football federation", Role: tracker.Claimant, Aliases: []string{"league", "liga"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least four people died in a stampede at the league final, according to rescuers.", "[]"},
		{"Al menos cuatro personas murieron en una estampida en la final de la liga, según los socorristas.", "[]"},
		{"At least four people died in a stampede at the final, according to the league.", "[killed=4 by Football federation]"},
	})
}

// Spanish "un"/"una" before the noun of what befell one person counts
// one: "dejó cuatro muertos y un herido grave"; not after "de" ("la
// muerte de un detenido").
func TestExtractOneStateNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"muertos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"heridos"}},
		{ID: "detained", Unit: "people", Keywords: []string{"detenidos"}},
	}, []tracker.Actor{{Name: "Emergency services", Role: tracker.Claimant, Aliases: []string{"servicios de emergencia"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Según los servicios de emergencia, el accidente dejó cuatro muertos y un herido grave.", "[killed=4 by Emergency services injured=1 by Emergency services]"},
		{"Según los servicios de emergencia, un muerto y dos heridos dejó el colapso.", "[killed=1 by Emergency services injured=2 by Emergency services]"},
		{"Según los servicios de emergencia, se investiga la muerte de un detenido.", "[]"},
		{"Según los servicios de emergencia, se ha registrado una muerte.", "[killed=1 by Emergency services]"},
		{"Según los servicios de emergencia, en el incendio falleció una persona migrante.", "[killed=1 by Emergency services]"},
		{"Según los servicios de emergencia, en el choque murió un hombre.", "[killed=1 by Emergency services]"},
	})
}

// The speaker that closes a sentence after a comma, with only words after
// its verb, is the source of its counts however long the sentence: "More
// than 62,000 cases were reported that year, compared with …, the CDC said
// in a report released Thursday".
func TestExtractClosingSpeaker(t *testing.T) {
	e := New([]tracker.Metric{{ID: "cases", Unit: "cases", Keywords: []string{"cases"}}},
		[]tracker.Actor{{Name: "CDC", Role: tracker.Confirmer, Aliases: []string{"Centers for Disease Control and Prevention"}}})
	checkFiguresBy(t, e, []figureCase{
		{"More than 62,000 cases were reported that year, compared with an average of roughly 37,000 a year from 2017 through 2019, the Centers for Disease Control and Prevention said in a report released Thursday.",
			"[cases=62000 by CDC]"},
	})
}

// The Spanish verb "herir" wounds in every form ("hirieron a otras 200",
// "hirió a 12"), and "martyred" is a death; neither takes the other's
// metric when both stand in one sentence.
func TestExtractWoundedAndMartyredVerbs(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"killed", "muertos"}},
		{ID: "injured", Unit: "people", Keywords: []string{"injured", "heridos"}},
		{ID: "on-board", Unit: "people", Keywords: []string{"on board", "passengers"}},
	}, []tracker.Actor{{Name: "Amnesty", Role: tracker.Confirmer, Aliases: []string{"Amnistía Internacional", "Amnesty"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Las balas de goma mataron a 53 personas e hirieron a 1.984 en todo el mundo, según Amnistía Internacional.", "[killed=53 by Amnesty injured=1984 by Amnesty]"},
		{"Según Amnistía Internacional, la policía hirió a 12 manifestantes.", "[injured=12 by Amnesty]"},
		{"Amnesty said 14 protesters were martyred in the square.", "[killed=14 by Amnesty]"},
	})
}

// A hedge may stand before the Spanish personal "a" instead of after it:
// "mataron al menos a cuatro personas y secuestraron a unas 150" kills at
// least four, as "mataron a al menos cuatro" would, and the verb after the
// count is not its own.
func TestExtractHedgeBeforePersonalA(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "killed", Unit: "people", Keywords: []string{"killed", "muertos"}},
		{ID: "abducted", Unit: "people", Keywords: []string{"abducted", "secuestrados"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"policía"}}})
	checkWants(t, e, []wantCase{
		{"Hombres armados mataron al menos a cuatro personas y secuestraron a unas 150, según confirmó la policía.",
			[]want{atLeast("killed", 4, "Police"), about("abducted", 150, "Police")}},
		{"Según la policía, los atacantes mataron por lo menos a 30 personas y secuestraron a otras 20.",
			[]want{atLeast("killed", 30, "Police"), exact("abducted", 20, "Police")}},
	})
}

// People aboard are who those counted were; the predicate after them says
// what befell them: "all six people aboard died" counts deaths even for a
// tracker that also counts people on board, which keeps a bare "12 people
// on board" and a load after which no event follows.
func TestExtractAboardThenPredicate(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"killed", "died", "muertos"}},
		{ID: "on-board", Unit: "people", Keywords: []string{"on board", "passengers", "a bordo"}},
		{ID: "missing", Unit: "people", Keywords: []string{"missing", "desaparecidos"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"All six people aboard died in the crash, police said.", "[deaths=6 by Police]"},
		{"Las seis personas a bordo murieron en el accidente, dijo la policía.", "[deaths=6 by Police]"},
		{"Police said all eight airmen aboard the CV-22 Osprey that plunged into the sea are believed to have died.", "[deaths=8 by Police]"},
		{"There were 12 people on board, police said.", "[on-board=12 by Police]"},
		{"Según la policía, el barco con cerca de 170 personas a bordo naufragó en el embalse, y deja además 13 desaparecidos.", "[on-board=170 by Police missing=13 by Police]"},
	})
}

// A minister speaks for the listed ministry of his field even when a
// department of the same field is listed too: "la ministra de Salud" and
// "the health minister" for the "Ministerio de Salud", not the "Departamento
// de Salud" that only a synonym makes a ministry; a ministry whose alias
// needs a word the text does not give ("Ministerio del Interior turco") is
// no better than the rest.
func TestExtractMinisterOverDepartment(t *testing.T) {
	deaths := []tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"died", "fallecidos"}}}
	e := New(deaths, []tracker.Actor{
		{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministry of Health", "Health Ministry", "Ministerio de Salud"}},
		{Name: "Local health department", Role: tracker.Claimant, Aliases: []string{"health department", "Departamento de Salud"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Cinco menores han fallecido por varicela, según informó la ministra de Salud, Patricia García.", "[deaths=5 by Ministry of Health]"},
		{"Five children have died of chickenpox, the health minister said.", "[deaths=5 by Ministry of Health]"},
	})
	e = New(deaths, []tracker.Actor{
		{Name: "Turkish government", Role: tracker.Claimant, Aliases: []string{"Ministerio del Interior turco"}},
		{Name: "Iranian government", Role: tracker.Claimant, Aliases: []string{"Departamento del Interior"}},
	})
	checkFiguresBy(t, e, []figureCase{
		{"Doce migrantes han fallecido en la frontera, según el ministro del Interior, Eskandar Momeni.", "[]"},
	})
}

// Of two metrics tied on one term, a count of people at large goes to the
// one whose population it does not exceed: "650 people were killed" is a
// count of "People killed in protest crackdown", not of "Students killed
// in protests", which would drop it as broader than its students.
func TestExtractTieGoesToMetricNotNarrower(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "students-killed", Name: "Students killed in protests", Unit: "people", Keywords: []string{"students killed", "killed", "muertos"}},
		{ID: "people-killed", Name: "People killed in protest crackdown", Unit: "people", Keywords: []string{"killed", "protesters killed", "muertos"}},
	}, []tracker.Actor{{Name: "United Nations", Role: tracker.Confirmer, Aliases: []string{"UN", "ONU"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The UN said 650 people were killed in the unrest.", "[people-killed=650 by United Nations]"},
		{"La ONU dijo que 650 personas murieron en las protestas.", "[people-killed=650 by United Nations]"},
		{"The UN said 65 students were killed in the unrest.", "[students-killed=65 by United Nations]"},
	})
}

// "The Geneva-based office", "the Rome-based agency": where a body sits is
// one modifier, and the noun after it refers back to the body named
// before, as "the office" would.
func TestExtractPlaceBasedReferrer(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "died", "deaths"}}},
		[]tracker.Actor{
			{Name: "United Nations", Role: tracker.Confirmer, Aliases: []string{"UN Human Rights Office", "OHCHR"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government", "minister"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The UN Human Rights Office published a report. The Geneva-based office estimates that up to 1,400 people died between July 15 and August 5, the day then-Prime Minister Sheikh Hasina fled to India.",
			"[deaths=1400 by United Nations]"},
	})
}

// A sentence that opens on a part of the country ("En la capital", "In the
// province of Çorum") gives that part's counts when a larger count of the
// kind is known; not when it also names the whole country's count.
func TestExtractOpensOnCapital(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "protesters", Unit: "people", Keywords: []string{"protesters", "manifestantes"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}},
	}, []tracker.Actor{{Name: "Unions", Role: tracker.Claimant, Aliases: []string{"CGT", "unions"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La CGT contó 2 millones de manifestantes. En la capital, la CGT contó 400.000 manifestantes.", "[protesters=2000000 by Unions]"},
		{"The unions counted 2 million protesters. In the capital, the unions counted 400,000 protesters.", "[protesters=2000000 by Unions]"},
		{"En la capital se notifican 100.000 casos al año, y en el país se contabilizaron 54 muertes, según la CGT.", "[deaths=54 by Unions]"},
	})
}

// Of two metrics tied on one concept, the one several of whose keywords
// name it wins against one that names it by a lone keyword among others of
// another concept: "se manifestaron" counts protesters keyed on
// "manifestantes", "marcharon", "protesters", not strikers keyed on
// "huelguistas", "walked out" and a lone "secundaron".
func TestExtractTieGoesToMetricKeyedOnConcept(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "strikers", Unit: "people", Keywords: []string{"strikers", "walked out", "huelguistas", "secundaron"}},
		{ID: "protesters", Unit: "people", Keywords: []string{"protesters", "marched", "manifestantes", "marcharon"}},
	}, []tracker.Actor{{Name: "Unions", Role: tracker.Claimant, Aliases: []string{"CGT"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Cerca de 2 millones de personas se manifestaron según la CGT.", "[protesters=2000000 by Unions]"},
		{"Cerca de 2 millones de personas salieron a la calle según la CGT.", "[protesters=2000000 by Unions]"},
		{"Según la CGT, 300.000 huelguistas secundaron el paro.", "[strikers=300000 by Unions]"},
	})
}

// The acronym in brackets after a name a cue introduces is that cue's
// source: "según la Confederación General del Trabajo (CGT)" gives its
// count to the unions, though the sentence ends on another source (and a
// word of the name, "Trabajo", is a keyword's).
func TestExtractAcronymAfterCuedName(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "strikers", Unit: "people", Keywords: []string{"strikers", "huelguistas", "trabajadores"}},
		{ID: "protesters", Unit: "people", Keywords: []string{"protesters", "manifestantes"}},
	},
		[]tracker.Actor{
			{Name: "Unions", Role: tracker.Claimant, Aliases: []string{"CGT", "unions"}},
			{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry", "Ministerio del Interior", "ministro del Interior"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government", "ministry", "Gobierno", "ministerio"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Cerca de 2 millones de manifestantes salieron a la calle según la Confederación General del Trabajo (CGT), y 570.000 según el Ministerio del Interior.",
			"[protesters=2000000 by Unions protesters=570000 by Interior Ministry]"},
	})
}

// Whom a court sentences to death counts death sentences, however the verb
// and "to death" split around the number: "sentenced 11 Muslims to death",
// "condenó a muerte a 683 personas", "condenó a 13 soldados a muerte"; a
// prison sentence stays one.
func TestExtractSentencedToDeath(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "death-sentences", Unit: "people", Keywords: []string{"sentenced to death", "death sentence", "condenados a muerte"}},
		{ID: "executions", Unit: "people", Keywords: []string{"executed", "executions", "ejecutados"}},
		{ID: "prison-sentences", Unit: "people", Keywords: []string{"jailed", "sentenced to prison", "prisión"}},
	}, []tracker.Actor{{Name: "Court", Role: tracker.Claimant, Aliases: []string{"court", "tribunal"}}})
	checkFiguresBy(t, e, []figureCase{
		{"A special court on Tuesday sentenced 11 Muslims to death for setting fire to a train.", "[death-sentences=11 by Court]"},
		{"Un tribunal egipcio condenó ayer a muerte a 683 personas.", "[death-sentences=683 by Court]"},
		{"Un tribunal condenó a 13 soldados a muerte.", "[death-sentences=13 by Court]"},
		{"A court sentenced 40 soldiers to prison on Tuesday.", "[prison-sentences=40 by Court]"},
	})
}

// A word every other metric's name holds is the tracker's subject, no mark
// that sets one metric apart: "dengue" of "severe dengue" does not take
// "168.126 casos de dengue" from "Dengue cases", while "severe" still marks
// severe cases.
func TestExtractSubjectWordIsNoMark(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "dengue-cases", Name: "Dengue cases", Unit: "people", Keywords: []string{"cases", "casos", "infected"}},
		{ID: "dengue-deaths", Name: "Deaths from dengue", Unit: "people", Keywords: []string{"deaths", "muertes"}},
		{ID: "severe-dengue", Name: "Severe dengue cases", Unit: "people", Keywords: []string{"severe dengue", "dengue grave", "casos graves"}},
	}, []tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministerio de Salud", "health ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Perú acumula al menos 168.126 casos de dengue, según el Ministerio de Salud.", "[dengue-cases=168126 by Ministry of Health]"},
		{"The health ministry said 5,768 dengue cases have been recorded since January 1.", "[dengue-cases=5768 by Ministry of Health]"},
		{"The health ministry said 200 cases of severe dengue were recorded.", "[severe-dengue=200 by Ministry of Health]"},
	})
}

// A value a count had before the one given is no figure: "has now killed
// 19 people, up from eight", "233, revised down from 237" (but "up from 116
// on Monday night" is the figure of its own date); nor is what a
// source had stated weeks before the current figure ("A fortnight
// earlier, WHO had put the death toll at 1,300").
func TestExtractEarlierValues(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "deaths", "death toll"}}},
		[]tracker.Actor{
			{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministry of Health"}},
			{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Cholera has now killed 19 people in Malawi, up from eight, the Ministry of Health said on Monday.", "[deaths=19 by Ministry of Health]"},
		{"The Ministry of Health said the death toll was at least 233, revised down from 237 earlier on Thursday.", "[deaths=233 by Ministry of Health]"},
		{"The Ministry of Health said 133 people had been killed since January 8, up from 116 on Monday night.", "[deaths=133 by Ministry of Health deaths=116 by Ministry of Health]"},
		{"WHO now puts the death toll at 1,500. A fortnight earlier, WHO had put the death toll at 1,300.", "[deaths=1500 by WHO]"},
	})
}

// What someone is due or has committed to do is no figure yet: "Hamas is
// due to free 33 hostages", "Hamás se comprometió a devolver los 20
// rehenes"; what was done is.
func TestExtractDueOrCommittedTo(t *testing.T) {
	e := New([]tracker.Metric{{ID: "released", Unit: "people", Keywords: []string{"hostages", "freed", "rehenes", "liberados"}}},
		[]tracker.Actor{{Name: "Hamas", Role: tracker.Claimant, Aliases: []string{"Hamas", "Hamás"}}})
	checkFiguresBy(t, e, []figureCase{
		{"In the opening stage Hamas is due to free 33 hostages, among them children.", "[]"},
		{"Hamás se comprometió a devolver los 20 rehenes vivos.", "[]"},
		{"Hamás devolvió a los 20 rehenes vivos.", "[released=20 by Hamas]"},
	})
}

// A word of an actor's name places the actor in a country only when it
// names the country or its people ("Colombian", "Mexico's", "británico",
// "guatemalteco"), not when it only begins like one: "Armed forces" is no
// Armenian body, so "las Fuerzas Armadas de Colombia" are its forces.
func TestPlaceActorsFromCountryWords(t *testing.T) {
	tests := []struct {
		name, alias string
		want        bool
	}{
		{"Armed forces", "fuerzas armadas", false},
		{"Save the Children", "Save the Children", false},
		{"National Police", "Policía Nacional", false},
		{"United Nations", "Naciones Unidas", false},
		{"Congress", "Congreso", false},
		{"Colombian Army", "Ejército de Colombia", true},
		{"SESNSP", "Mexico's public security system", true},
		{"Home Office", "Ministerio del Interior británico", true},
		{"Migration institute", "Instituto Guatemalteco de Migración", true},
		{"Wildlife department", "Gobierno de Botsuana", true},
	}
	for _, tt := range tests {
		e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"deaths"}}},
			[]tracker.Actor{{Name: tt.name, Role: tracker.Claimant, Aliases: []string{tt.alias}}})
		if got := e.hasPlace(0); got != tt.want {
			t.Errorf("%s (%s): placed %v, want %v", tt.name, tt.alias, got, tt.want)
		}
	}
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "dead", "muertos"}}},
		[]tracker.Actor{{Name: "Armed forces", Role: tracker.Claimant, Aliases: []string{"army", "armed forces", "fuerzas armadas"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Las Fuerzas Armadas de Colombia confirmaron la muerte de 17 personas.", "[deaths=17 by Armed forces]"},
		{"The Armed Forces of Colombia said 17 people were killed.", "[deaths=17 by Armed forces]"},
	})
}

// "The official death toll" with no source named is the government's
// when the tracker lists one national government, even beside a
// provincial one.
func TestExtractOfficialTollNationalGovernment(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Unit: "people", Keywords: []string{"killed", "deaths", "death toll"}}},
		[]tracker.Actor{
			{Name: "National Government", Role: tracker.Claimant, Aliases: []string{"government", "gobierno"}},
			{Name: "Local officials", Role: tracker.Claimant, Aliases: []string{"provincial government", "governor"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"The official death toll is about 1,754, but the authorities said they expected it to rise.", "[deaths=1754 by National Government]"},
		{"The official toll is about 1,754.", "[deaths=1754 by National Government]"},
	})
}

// "the country", "nationwide", "the world" name the whole of a country
// but no country in particular: their words give no country key, so "two
// counties" is no count of countries' people and "National" no
// nationality.
func TestCountryKeysOnlyFromCountryNames(t *testing.T) {
	lex := lexicon()
	for _, w := range []string{"counties", "national", "world", "regional", "mundial", "paises"} {
		if lex.countryKeys[placeKey(w)] {
			t.Errorf("countryKeys holds %q's key %q", w, placeKey(w))
		}
	}
	for _, w := range []string{"colombia", "kenya", "botswana", "mexico"} {
		if !lex.countryKeys[placeKey(w)] {
			t.Errorf("countryKeys lacks %q's key %q", w, placeKey(w))
		}
	}
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "cases", Keywords: []string{"leishmaniasis", "cases", "infected"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "died", "dead"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"WHO", "World Health Organization"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Kenya has recorded 277 cases of visceral leishmaniasis, or kala-azar, since the beginning of the year, seven of them fatal, in two counties, according to the World Health Organization.",
			"[cases=277 by WHO deaths=7 by WHO]"},
	})
}

// A listed body named with its country before the people counted is no
// head of the count: "seven Pakistan Army soldiers were killed" counts
// soldiers.
func TestExtractBodyNamedBeforePeopleCounted(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"soldiers killed", "troops killed"}}},
		[]tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"army", "military"}}})
	checkFiguresBy(t, e, []figureCase{
		{"At least seven Pakistan Army soldiers were killed on Wednesday, the military said.", "[killed=7 by Army]"},
		{"Three Burkina Faso Army soldiers were killed, the military said.", "[killed=3 by Army]"},
		{"At least seven Army soldiers were killed on Wednesday, the military said.", "[killed=7 by Army]"},
	})
}

// A news agency a source speaks to relays the figure, it does not count
// it ("según contaron a Reuters", "dijo a la AFP"), and members of an
// actor who report something are no count: "dos de los piratas",
// "two of the pirates told Reuters".
func TestExtractToldToAgencyBySomeOfThem(t *testing.T) {
	e := New([]tracker.Metric{{ID: "released", Unit: "people", Keywords: []string{"freed", "released", "liberados", "dejaron en libertad"}}},
		[]tracker.Actor{
			{Name: "Pirates", Role: tracker.Claimant, Aliases: []string{"pirates", "piratas"}},
			{Name: "Reuters", Role: tracker.Reporter, Aliases: []string{"Reuters"}},
			{Name: "AFP", Role: tracker.Reporter, Aliases: []string{"AFP"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Piratas somalíes dejaron en libertad al granelero y a sus 23 tripulantes, según contaron a Reuters dos de los piratas.", "[released=23 by Pirates]"},
		{"The pirates freed 23 crew members, two of the pirates told Reuters.", "[released=23 by Pirates]"},
		{"Según dijo a la AFP un portavoz de los piratas, fueron liberados 23 tripulantes.", "[released=23 by Pirates]"},
		{"Fueron liberados 23 tripulantes, según la AFP.", "[released=23 by AFP]"},
	})
}

// Who carried out an attack is no source of its toll: "51 soldiers were
// killed in an ambush by suspected jihadists" names nobody who states it;
// the army that says so does.
func TestExtractAttackerIsNoSource(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"soldiers killed", "soldados muertos"}}},
		[]tracker.Actor{
			{Name: "Army", Role: tracker.Claimant, Aliases: []string{"army", "ejército"}},
			{Name: "Insurgents", Role: tracker.Claimant, Aliases: []string{"jihadists", "yihadistas"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Al menos 51 militares murieron el viernes en una emboscada tendida por presuntos yihadistas en el norte de Burkina Faso.", "[]"},
		{"At least 51 soldiers were killed on Friday in an ambush by suspected jihadists in northern Burkina Faso.", "[]"},
		{"At least 51 soldiers were killed on Friday in an ambush by jihadists, the army said.", "[killed=51 by Army]"},
		{"Jihadists said they killed 51 soldiers in an ambush on Friday.", "[killed=51 by Insurgents]"},
	})
}

// A count that opens the next sentence as the subject of a passive goes on
// with the account its source gave just before: "…, the military said on
// Friday. Eight soldiers were wounded." (but not after a sentence with no
// one saying anything, nor narration like "Militants also seized 250
// hostages").
func TestExtractPassiveCountGoesOnWithSource(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "wounded", Unit: "soldiers", Keywords: []string{"wounded", "injured", "heridos"}},
		{ID: "killed", Unit: "soldiers", Keywords: []string{"killed", "dead", "muertos"}},
	}, []tracker.Actor{{Name: "Military", Role: tracker.Claimant, Aliases: []string{"military", "army", "ejército"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Three soldiers were killed in two attacks, the military said on Friday. Eight soldiers were wounded.", "[killed=3 by Military wounded=8 by Military]"},
		{"Three soldiers were killed in two attacks, the military said on Friday. Eight others were wounded.", "[killed=3 by Military wounded=8 by Military]"},
		{"Tres soldados murieron en el ataque, informó el ejército. Otros 12 resultaron heridos.", "[killed=3 by Military wounded=12 by Military]"},
		{"The army's attack killed three soldiers on Friday. Eight soldiers were wounded.", "[killed=3 by Military]"},
	})
}

// A part's own predicate says what befell it, not the word of the whole
// it is a part of: "Two of the 27 soldiers wounded on Tuesday died" counts
// deaths (and the 27 the wounded), past asides between.
func TestExtractPredicateOfPartAfterWhole(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "wounded", Unit: "soldiers", Keywords: []string{"wounded", "injured", "heridos"}},
		{ID: "killed", Unit: "soldiers", Keywords: []string{"killed", "dead", "muertos"}},
	}, []tracker.Actor{{Name: "Defence Ministry", Role: tracker.Claimant, Aliases: []string{"army", "Ministerio de Defensa"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Two of the 27 soldiers wounded on Tuesday died of their injuries, the army said.", "[killed=2 by Defence Ministry wounded=27 by Defence Ministry]"},
		{"Dos de los 27 soldados heridos el martes en el ataque contra la base militar de Puerto Jordán, en el departamento de Arauca, fallecieron por la gravedad de sus heridas, según informó el Ministerio de Defensa.",
			"[killed=2 by Defence Ministry wounded=27 by Defence Ministry]"},
	})
}

// "aged" and a bound before a number make it an age: "289 minors aged up
// to 19 were murdered" counts 289, not 19.
func TestExtractAgeAfterBound(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"murdered", "killed"}}},
		[]tracker.Actor{{Name: "Interior Ministry", Role: tracker.Claimant, Aliases: []string{"Interior Ministry"}}})
	checkFiguresBy(t, e, []figureCase{
		{"According to the Interior Ministry, 289 minors aged up to 19 were murdered in 2022.", "[killed=289 by Interior Ministry]"},
		{"According to the Interior Ministry, 12 boys aged under 15 were killed.", "[killed=12 by Interior Ministry]"},
		{"According to the Interior Ministry, 40 people aged about 30 were killed.", "[killed=40 by Interior Ministry]"},
	})
}

// A keyword of a noun and a past verb ("militants killed") read as an
// active verb with another count as its object says what its subject did:
// "Armed militants killed three soldiers" counts soldiers killed.
func TestExtractActiveKeywordSubject(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "soldiers-killed", Unit: "people", Keywords: []string{"soldiers killed", "troops killed"}},
		{ID: "militants-killed", Unit: "people", Keywords: []string{"militants killed", "insurgents"}},
	}, []tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"army"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Armed militants killed three soldiers on Friday in an ambush, an army spokesman said.", "[soldiers-killed=3 by Army]"},
		{"Three militants killed in the clash were buried on Saturday, an army spokesman said.", "[militants-killed=3 by Army]"},
	})
}

// A part named with its own noun before its whole ("107 presos políticos
// de los 1.848 detenidos … salieron de prisión") takes the sentence's
// predicate, past a relative clause on the whole; the whole keeps its own
// noun.
func TestExtractPartNounBeforeWhole(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos", "presos"}},
		{ID: "released", Unit: "people", Keywords: []string{"released", "excarcelados", "liberados"}},
	}, []tracker.Actor{{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Al menos 107 presos políticos de los 1.848 detenidos en el contexto de las protestas que tiene registrados el Foro Penal salieron de prisión este sábado.",
			"[released=107 by Foro Penal arrested=1848 by Foro Penal]"},
		{"Al menos 107 presos políticos de los 1.848 detenidos en las protestas salieron de prisión este sábado, informó el Foro Penal.",
			"[released=107 by Foro Penal arrested=1848 by Foro Penal]"},
	})
}

// Official reports or sources are the government's, for a moderator to
// confirm: "Según los informes oficiales, murieron 2.946 personas"; other
// unnamed sources stay unlisted.
func TestExtractOfficialReportsAreTheGovernments(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"killed", "muertos"}}},
		[]tracker.Actor{
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government", "gobierno"}},
			{Name: "Red Cross", Role: tracker.Confirmer, Aliases: []string{"Red Cross", "Cruz Roja"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Según los informes oficiales, murieron 2.946 personas.", "[killed=2946 by Government]"},
		{"Según fuentes oficiales, murieron 2.946 personas.", "[killed=2946 by Government]"},
		{"Según fuentes hospitalarias, murieron 2.946 personas.", "[]"},
	})
}

// A total given after its parts as "N people in all" makes them parts, and
// counts what they count: "rescued 91 migrants off Lesvos and 111 off
// Samos, 202 people in all".
func TestExtractTotalInAllAfterParts(t *testing.T) {
	e := New([]tracker.Metric{{ID: "rescued", Unit: "people", Keywords: []string{"rescued", "rescatados"}}},
		[]tracker.Actor{{Name: "Coast Guard", Role: tracker.Claimant, Aliases: []string{"Coast Guard", "Guardia Costera"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The Hellenic Coast Guard rescued 91 migrants off Lesvos and 111 off Samos, 202 people in all, who were taken to those islands.", "[rescued=202 by Coast Guard]"},
		{"La Guardia Costera rescató a 91 migrantes frente a Lesbos y a 111 frente a Samos, 202 personas en total.", "[rescued=202 by Coast Guard]"},
	})
}

// A keyword of the metric that is the verb right before a hedged count
// governs it, when nothing competes: "La policía ha detenido a más de 100
// personas", though "detenido" names a state as well as an arrest.
func TestExtractKeywordVerbBeforeHedgedCount(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "arrested", Name: "Suspected poachers arrested", Unit: "people", Keywords: []string{"arrested", "detained", "arrestados", "detenidos", "capturados"}},
		{ID: "killed", Name: "Poachers killed", Unit: "people", Keywords: []string{"killed", "shot dead", "abatidos"}},
	}, []tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La policía ha detenido a más de 100 personas.", "[arrested=100 by Police]"},
		{"La policía ha detenido a cerca de 100 personas.", "[arrested=100 by Police]"},
		{"La policía ha detenido a 100 personas.", "[arrested=100 by Police]"},
	})
}

// A count after "including" or "entre ellos" is a part of the count before
// it, which stands, even when both name groups a breakdown by status would
// pair ("Seven civilians, including four children"); a breakdown with no
// such marker ("505 civiles y 182 militares") gives parts only.
func TestExtractSubsetOfGroupIsNoBreakdown(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "civilians-killed", Unit: "people", Keywords: []string{"civilians killed", "killed", "civiles muertos", "murieron"}},
		{ID: "children-killed", Unit: "people", Keywords: []string{"children killed", "niños muertos"}},
	}, []tracker.Actor{{Name: "Observatory", Role: tracker.Confirmer, Aliases: []string{"Observatory", "Observatorio"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Seven civilians, including four children, were killed, the Observatory said.", "[civilians-killed=7 by Observatory children-killed=4 by Observatory]"},
		{"Siete civiles, entre ellos cuatro niños, murieron, según el Observatorio.", "[civilians-killed=7 by Observatory children-killed=4 by Observatory]"},
		{"505 civiles y 182 militares murieron, según el Observatorio.", "[]"},
	})
}

// A part after "including" whose own noun counts another tracked metric
// than its whole is a figure of that metric: "331 confirmed cases …,
// including 10 deaths"; a part of a whole that counts nothing tracked
// stays a part ("230 … actions …, including 41 reported strikes").
func TestExtractIncludedPartOfOtherMetric(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "cases", Unit: "people", Keywords: []string{"cases", "casos"}},
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muertes"}},
		{ID: "strikes", Unit: "strikes", Keywords: []string{"strikes", "ataques"}},
	}, []tracker.Actor{{Name: "WHO", Role: tracker.Confirmer, Aliases: []string{"World Health Organization", "OMS"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The World Health Organization said confirmed cases had reached 331 in 11 countries, including 10 deaths.", "[cases=331 by WHO deaths=10 by WHO]"},
		{"La OMS dijo que los casos confirmados llegaban a 331 en 11 países, incluidas 10 muertes.", "[cases=331 by WHO deaths=10 by WHO]"},
		{"It identifies more than 230 declared and alleged actions by the US military, including 41 reported strikes after which Yemenis alleged civilian casualties, the World Health Organization said.", "[]"},
	})
}

// "with" or "con" after a verb of outcome gives what an event came to, not
// a part of the count before it: "un operativo con unos 800 efectivos
// terminó con 36 detenidos" counts 36 arrests (and the 800 officers
// nothing tracked).
func TestExtractOutcomeAfterWithIsNoPart(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "arrests", "detenidos"}}},
		[]tracker.Actor{{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Un operativo policial en Moreno, con unos 800 efectivos, terminó con 36 detenidos, informó la Policía.", "[arrested=36 by Police]"},
		{"A police operation involving some 800 officers ended with 36 arrests, police said.", "[arrested=36 by Police]"},
		{"El ataque de unos 30 hombres armados se saldó con 12 detenidos, informó la Policía.", "[arrested=12 by Police]"},
	})
}

// A list's later count whose own noun names a tracked event counts that
// event, not what the noun before the list says befell its people: "la
// muerte de 637 personas y 5.943 contagios" gives 637 deaths and 5,943
// cases; "the release of 39 prisoners and 24 hostages" still gives two
// releases.
func TestExtractListItemOwnEventNoun(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "deaths", Unit: "people", Keywords: []string{"deaths", "muerte", "muertes"}},
		{ID: "cases", Unit: "people", Keywords: []string{"infections", "cases", "contagios", "casos"}},
		{ID: "released", Unit: "people", Keywords: []string{"release", "released", "liberación"}},
		{ID: "hostages-held", Unit: "people", Keywords: []string{"hostages held", "rehenes"}},
	}, []tracker.Actor{{Name: "Ministry of Health", Role: tracker.Claimant, Aliases: []string{"Ministry of Health", "Secretaría de Salud"}}})
	checkFiguresBy(t, e, []figureCase{
		{"La influenza había provocado la muerte de 637 personas y 5.943 contagios, según la Secretaría de Salud.", "[deaths=637 by Ministry of Health cases=5943 by Ministry of Health]"},
		{"The flu had caused the deaths of 637 people and 5,943 infections, the Ministry of Health said.", "[deaths=637 by Ministry of Health cases=5943 by Ministry of Health]"},
		{"The Ministry of Health confirmed the release of 39 prisoners and 24 hostages.", "[released=39 by Ministry of Health released=24 by Ministry of Health]"},
	})
}

// A verb in the past right after people named by a state says what
// happened to them, not what they were: "300.000 desplazados regresaron"
// and "300,000 refugees returned" count returns, "300,000 refugees remain
// in camps" the displaced.
func TestExtractPastVerbAfterStatePeople(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "returned", Unit: "people", Keywords: []string{"returned", "returnees", "regresaron", "retornados"}},
		{ID: "displaced", Unit: "people", Keywords: []string{"displaced", "refugees", "desplazados", "refugiados"}},
	}, []tracker.Actor{{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government", "gobierno"}}})
	checkFiguresBy(t, e, []figureCase{
		{"El gobierno dijo que 300.000 desplazados regresaron al norte el lunes.", "[returned=300000 by Government]"},
		{"El gobierno dijo que 300.000 refugiados volvieron al norte.", "[returned=300000 by Government]"},
		{"The government said 300,000 refugees returned to the north on Monday.", "[returned=300000 by Government]"},
		{"The government said 300,000 refugees remain in camps.", "[displaced=300000 by Government]"},
	})
}

// An adjective of size or rank between a number and its noun ("196 major
// outages", "200 large organisations") leaves the noun its head.
func TestExtractSizeAdjectiveBeforeHead(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "shutdowns", Unit: "shutdowns", Keywords: []string{"internet shutdowns", "outages", "cortes"}},
		{ID: "hours", Unit: "hours", Keywords: []string{"hours of disruption", "horas"}},
	}, []tracker.Actor{{Name: "Top10VPN", Role: tracker.Confirmer, Aliases: []string{"Top10VPN"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Top10VPN logged 196 major self-imposed outages in 25 countries last year.", "[shutdowns=196 by Top10VPN]"},
		{"Top10VPN logged 196 outages in 25 countries last year.", "[shutdowns=196 by Top10VPN]"},
	})
}

// A reporting verb's form right after a possessive is a word of the
// possessed noun, not a verb whose subject states the figure: "Hurricane
// Irma's confirmed death toll stood at 61" under a wire dateline is the
// agency's lead figure.
func TestExtractCueAfterPossessiveIsNoVerb(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Unit: "people", Keywords: []string{"deaths", "death toll", "muertos"}}},
		[]tracker.Actor{
			{Name: "Associated Press", Role: tracker.Reporter, Aliases: []string{"AP", "Associated Press"}},
			{Name: "Government", Role: tracker.Claimant, Aliases: []string{"government"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"MIAMI (AP) — Hurricane Irma's confirmed death toll stood at 61 on Wednesday morning.", "[killed=61 by Associated Press]"},
		{"MIAMI (AP) — The government's confirmed death toll stood at 61 on Wednesday morning.", "[killed=61 by Government]"},
	})
}

// A connective between commas after the subject ("Police, however,
// put…", "La policía, por su parte, cifró…") leaves the subject the
// speaker, not an actor named in the counted phrase; and so the lower
// count of a rival source is no part of the first source's count.
func TestExtractConnectiveAfterSubject(t *testing.T) {
	e := New([]tracker.Metric{{ID: "arrested", Unit: "people", Keywords: []string{"arrested", "detenidos"}}},
		[]tracker.Actor{
			{Name: "Police", Role: tracker.Claimant, Aliases: []string{"police", "policía"}},
			{Name: "Opposition", Role: tracker.Claimant, Aliases: []string{"opposition", "oposición"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Police, however, put the number of opposition members arrested at 30.", "[arrested=30 by Police]"},
		{"More than 50 members of the opposition have been arrested, the opposition said. Police, however, put the number of opposition supporters arrested at just 30.",
			"[arrested=50 by Opposition arrested=30 by Police]"},
		{"La policía, sin embargo, cifró en 30 los opositores detenidos, según la oposición.", "[arrested=30 by Police]"},
	})
}

// Counts that happen to add up to an earlier count are no breakdown of it
// when what befell them differs, their own predicates included: in "six
// soldiers had been killed and two wounded, and at least four militants
// were also killed" the 2 wounded are no part of the 6.
func TestExtractSumTellsKindsApartByPredicate(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "soldiers-killed", Unit: "people", Keywords: []string{"soldiers killed", "troops killed", "ambush", "dead"}},
		{ID: "soldiers-wounded", Unit: "people", Keywords: []string{"wounded", "injured"}},
		{ID: "militants-killed", Unit: "people", Keywords: []string{"militants killed", "attackers killed", "insurgents"}},
	}, []tracker.Actor{{Name: "Army", Role: tracker.Claimant, Aliases: []string{"army"}}})
	checkFiguresBy(t, e, []figureCase{
		{"The army said six soldiers had been killed and two wounded, and that at least four militants were also killed.",
			"[soldiers-killed=6 by Army soldiers-wounded=2 by Army]"},
	})
}
