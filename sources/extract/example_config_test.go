package extract

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// exampleMetrics and exampleActors mirror examples/venezuela.yaml, whose
// keywords are looser than the table's (bare "prisoners", and
// "presos políticos en Venezuela" for the metric of those still held).
var (
	exampleMetrics = []tracker.Metric{
		{ID: "ve-prisoners-released", Keywords: []string{"political prisoners", "prisoners", "released", "releases",
			"freed", "presos políticos", "excarcelaciones", "excarcelados", "excarcelado", "liberaciones", "liberados", "liberado"}},
		{ID: "ve-political-prisoners-held", Keywords: []string{"still held", "still in detention", "remain in detention",
			"remain behind bars", "detained", "siguen detenidos", "permanecen detenidos", "privados de libertad",
			"privadas de libertad", "presos políticos en Venezuela"}},
	}
	exampleActors = []tracker.Actor{
		{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal", "Penal Forum", "Alfredo Romero", "Gonzalo Himiob", "Gonzalo Himiob Santomé"}},
		{Name: "Justicia, Encuentro y Perdón", Role: tracker.Confirmer, Aliases: []string{"Justicia Encuentro y Perdón", "JEP"}},
		{Name: "Government of Venezuela", Role: tracker.Claimant, Aliases: []string{"government", "Venezuelan government",
			"interim authorities", "authorities", "gobierno", "Gobierno encargado", "autoridades", "Jorge Rodríguez",
			"Delcy Rodríguez", "Ministerio Público", "Fiscalía", "Tarek William Saab"}},
		{Name: "Reuters", Role: tracker.Reporter, Aliases: []string{"Reuters"}},
		{Name: "Agencia EFE", Role: tracker.Reporter, Aliases: []string{"EFE"}},
	}
)

// TestExtractWithExampleConfig runs sentences through the keywords and
// aliases of examples/venezuela.yaml.
func TestExtractWithExampleConfig(t *testing.T) {
	const (
		rel  = "ve-prisoners-released"
		hold = "ve-political-prisoners-held"
		gv   = "Government of Venezuela"
	)
	e := New(exampleMetrics, exampleActors)
	tests := []wantCase{
		{"Liberan a 56 presos políticos en Venezuela, según Foro Penal", []want{exact(rel, 56, foro)}},
		{"Las excarcelaciones de presos políticos en Venezuela ascienden a 116, según el último balance del Foro Penal.",
			[]want{exact(rel, 116, foro)}},
		{"En un comunicado, el gobierno informó de la excarcelación de 247 privados de libertad.",
			[]want{exact(rel, 247, gv)}},
		{"Foro Penal said 5 of the 56 released prisoners had been rearrested.", []want{exact(rel, 56, foro)}},
		{"Amnesty International said it had documented 15 cases of released prisoners being rearrested, while Foro Penal counted 9.", nil},
		{"El Foro Penal informó que 143 presos políticos han sido excarcelados, mientras que 777 siguen detenidos.",
			[]want{exact(rel, 143, foro), exact(hold, 777, foro)}},
		{"CARACAS (AP) — Venezuelan authorities released at least 16 political prisoners overnight, including several journalists, Foro Penal said Tuesday, bringing the total number of releases it has verified to 56.",
			[]want{exact(rel, 56, foro)}}, // the night's 16 brought the total there: an increment
		{"Delcy Rodríguez said on Sunday that 626 prisoners had been freed.", []want{exact(rel, 626, gv)}},
		{`"Hemos verificado 56 excarcelaciones", declaró a la prensa Gonzalo Himiob, vicepresidente del Foro Penal.`,
			[]want{exact(rel, 56, foro)}},
		{"The Venezuelan government said Sunday it had released 104 prisoners, but human rights groups said they had confirmed far fewer.",
			[]want{exact(rel, 104, gv)}},
		{"Según el Ministerio Público, 400 personas fueron excarceladas.", []want{exact(rel, 400, gv)}},
		{"La agencia EFE no pudo confirmar las 400 excarcelaciones.", nil},
	}
	checkWants(t, e, tests)
}
