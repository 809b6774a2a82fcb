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
