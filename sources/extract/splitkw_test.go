package extract

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// A keyword of a noun and a participle ("beds occupied", "boats
// intercepted") counts the noun when the participle says what befell it,
// after it ("1,391 intensive-care beds were occupied") or as the verb
// before the number ("intercepted six dinghies"); not what someone plans
// to do ("a drive to vaccinate half a million children"), nor another
// noun.
func TestExtractSplitKeyword(t *testing.T) {
	actors := []tracker.Actor{{Name: "Ministry", Role: tracker.Claimant, Aliases: []string{"Health Ministry", "Guardia Civil", "WHO"}}}
	beds := New([]tracker.Metric{{ID: "beds", Unit: "beds", Keywords: []string{"beds occupied", "camas ocupadas"}}}, actors)
	boats := New([]tracker.Metric{{ID: "boats", Unit: "boats", Keywords: []string{"boats intercepted", "embarcaciones interceptadas"}}}, actors)
	guns := New([]tracker.Metric{
		{ID: "surrendered", Unit: "firearms", Keywords: []string{"firearms surrendered", "armas entregadas"}},
		{ID: "destroyed", Unit: "firearms", Keywords: []string{"firearms destroyed", "armas destruidas"}},
	}, actors)
	vaccinated := New([]tracker.Metric{{ID: "vaccinated", Unit: "people", Keywords: []string{"children vaccinated", "niños vacunados"}}}, actors)
	tests := []struct {
		e      *Extractor
		text   string
		want   []string
		absent []string
	}{
		{beds, "Peru's Health Ministry said 1,391 intensive-care beds were occupied nationwide on Tuesday.", []string{"beds=1391"}, nil},
		{beds, "Peru's Health Ministry said 1,391 intensive-care beds were free nationwide on Tuesday.", nil, []string{"beds=1391"}},
		{boats, "Guardia Civil units intercepted six inflatable dinghies off Ceuta overnight.", []string{"boats=6"}, nil},
		{guns, "CANBERRA — Australians surrendered 17,543 firearms and other weapons in the opening 12 months of the amnesty, the Health Ministry said.", []string{"surrendered=17543"}, nil},
		{vaccinated, "The WHO is stepping up a drive to vaccinate half a million children against diphtheria.", nil, []string{"vaccinated=500000"}},
	}
	for _, tt := range tests {
		checkPresence(t, tt.e, false, []presenceCase{{tt.text, tt.want, tt.absent}})
	}
}

// A split keyword may end on an irregular participle ("accounts
// frozen"), and a sentence that holds it names its metric for a figure
// noun of the next sentence ("the total stood at 73").
func TestExtractSplitKeywordIrregularAndCarried(t *testing.T) {
	e := New([]tracker.Metric{{ID: "frozen", Unit: "accounts", Keywords: []string{"accounts frozen", "cuentas congeladas"}}},
		[]tracker.Actor{{Name: "FIU", Role: tracker.Claimant, Aliases: []string{"FIU", "Financial Intelligence Unit"}}})
	checkPresence(t, e, false, []presenceCase{
		{"The Financial Intelligence Unit said 95 bank accounts were frozen between July and September.", []string{"frozen=95"}, nil},
		{"Lawmakers asked how many accounts had been frozen in the scheme. The FIU replied that the total now stood at 73.",
			[]string{"frozen=73"}, nil},
	})
}
