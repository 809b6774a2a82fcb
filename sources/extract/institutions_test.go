package extract

import (
	"slices"
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

func TestInstitutionVariants(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Ministry of Health", []string{"Ministerio de Salud", "Ministerio de Sanidad", "Health Ministry"}},
		{"Health Ministry", []string{"Ministerio de Salud", "Ministerio de Sanidad", "Ministry of Health"}},
		{"Ministerio de Salud", []string{"Health Ministry", "Ministry of Health"}},
		{"Ministry of the Interior", []string{"Ministerio del Interior", "Ministerio de Interior", "Interior Ministry"}},
		{"Ministerio del Interior", []string{"Interior Ministry", "Ministry of Interior"}},
		{"Ministry of Health of Peru", []string{"Ministerio de Salud de Peru", "Ministerio de Sanidad de Peru", "Health Ministry of Peru"}},
		{"National Police", []string{"Policía Nacional"}},
		{"Policía Nacional de Colombia", []string{"National Police of Colombia"}},
		{"Cruz Roja", []string{"Red Cross"}},
		{"Health Ministry officials", nil},
		{"Foro Penal", nil},
	} {
		got := institutionVariants(c.name)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("institutionVariants(%q) = %q, want it to hold %q", c.name, got, w)
			}
		}
		if c.want == nil && got != nil {
			t.Errorf("institutionVariants(%q) = %q, want none", c.name, got)
		}
	}
}

// A body listed under one of its names is found under the others: the
// Health Ministry for "Ministry of Health", in Spanish too.
func TestExtractInstitutionUnderOtherName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "deaths", Keywords: []string{"dead", "muertos"}}},
		[]tracker.Actor{
			{Name: "MoH", Role: tracker.Claimant, Aliases: []string{"Ministry of Health"}},
			{Name: "Police", Role: tracker.Claimant, Aliases: []string{"National Police"}},
		})
	checkFiguresBy(t, e, []figureCase{
		{"Twelve people are dead, the Health Ministry said.", "[deaths=12 by MoH]"},
		{"Doce muertos, según el Ministerio de Salud.", "[deaths=12 by MoH]"},
		{"Doce muertos, según la Policía Nacional.", "[deaths=12 by Police]"},
	})
}

func TestNationalityVariants(t *testing.T) {
	for _, c := range []struct {
		name string
		want []string
	}{
		{"Ukrainian border guards", []string{"ukraine's border guards"}},
		{"Mexican Navy", []string{"mexico's Navy"}},
		{"guardias fronterizos ucranianos", []string{"guardias fronterizos de ucrania"}},
		{"Armada mexicana", []string{"Armada de mexico"}},
		{"Ukraine's border guards", nil}, // the country already named
		{"National Police", nil},
		{"Policía Nacional", nil},
		{"Ukrainian", nil},
	} {
		got := nationalityVariants(c.name)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("nationalityVariants(%q) = %q, want it to hold %q", c.name, got, w)
			}
		}
		if c.want == nil && got != nil {
			t.Errorf("nationalityVariants(%q) = %q, want none", c.name, got)
		}
	}
}

// A body named with its country's adjective is found where the text
// names the country instead, in a possessive or after "de".
func TestExtractBodyUnderCountryName(t *testing.T) {
	e := New([]tracker.Metric{{ID: "detained", Keywords: []string{"detained", "detenidas"}}},
		[]tracker.Actor{{Name: "Border Guard", Role: tracker.Claimant,
			Aliases: []string{"Ukrainian border guards", "guardias fronterizos ucranianos"}}})
	checkFiguresBy(t, e, []figureCase{
		{"Ukraine's border guards said 13,000 people were detained.", "[detained=13000 by Border Guard]"},
		{"Ukraine’s border guards said 13,000 people were detained.", "[detained=13000 by Border Guard]"},
		{"Los guardias fronterizos de Ucrania dijeron que 13.000 personas fueron detenidas.", "[detained=13000 by Border Guard]"},
		{"Poland's border guards said 13,000 people were detained.", "[]"},
	})
}

// A phrase's key tokenizes back to the phrase's tokens, possessives too:
// an alias's variants and short forms are registered under their keys.
func TestPhraseKeyRoundTrips(t *testing.T) {
	for _, s := range []string{"Ukraine's border guards", "Attorney General’s Office", "Foro Penal", "l'Aquila"} {
		toks := phraseTokens(s)
		if got := phraseTokens(phraseKey(toks)); !slices.Equal(got, toks) {
			t.Errorf("phraseTokens(phraseKey(%q)) = %q, want %q", toks, got, toks)
		}
	}
}
