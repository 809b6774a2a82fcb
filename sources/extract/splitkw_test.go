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
	nat := New([]tracker.Metric{{ID: "nat", Unit: "people", Keywords: []string{"citizenship granted", "nacionalidad concedida"}}}, actors)
	ops := New([]tracker.Metric{{ID: "ops", Unit: "operations", Keywords: []string{"operations cancelled", "operaciones suspendidas"}}}, actors)
	fed := New([]tracker.Metric{{ID: "fed", Unit: "people", Keywords: []string{"personas atendidas"}}}, actors)
	colonies := New([]tracker.Metric{{ID: "lost", Unit: "colonies", Keywords: []string{"colonies lost", "colmenas perdidas"}}}, actors)
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
		// a short participle, which has no stem, and the last noun of a
		// compound
		{colonies, "Beekeepers lost 429,000 honey bee colonies in the first quarter, the Health Ministry said.", []string{"lost=429000"}, nil},
		// a time adverbial between the verb and the number it takes
		{fed, "Los 54 bancos de alimentos atendieron durante 2023 a 1.188.000 personas, según la Guardia Civil.", []string{"fed=1188000"}, []string{"fed=54"}},
		{fed, "Los bancos de alimentos atendieron el pasado mes de mayo a 90.000 personas, según la Guardia Civil.", []string{"fed=90000"}, nil},
		{fed, "Los bancos de alimentos atendieron en Madrid a 90.000 personas, según la Guardia Civil.", []string{"fed=90000"}, nil},
		// an infinitive after a verb of achieving or of being made to:
		// what happened; the noun in the other language than the unit's
		{ops, "La huelga obligó a suspender 1.405 operaciones, según la Guardia Civil.", []string{"ops=1405"}, nil},
		{ops, "La huelga ha obligado a cancelar 24.216 consultas y a suspender 1.405 operaciones, según la Guardia Civil.", []string{"ops=1405"}, nil},
		{ops, "Hospitals were forced to cancel 1,405 operations, the Health Ministry said.", []string{"ops=1405"}, nil},
		{ops, "Los hospitales planean suspender 1.405 operaciones, según la Guardia Civil.", nil, []string{"ops=1405"}},
		// the keyword's verb and noun before the people given it
		{nat, "The Home Office granted citizenship to 164,635 people in 2007, the Health Ministry said.", []string{"nat=164635"}, nil},
		{nat, "España concedió durante 2023 la nacionalidad por residencia a 242.342 extranjeros, según la Guardia Civil.", []string{"nat=242342"}, nil},
		{nat, "España planea conceder la nacionalidad a 50.000 extranjeros, según la Guardia Civil.", nil, []string{"nat=50000"}},
		{nat, "The Home Office refused citizenship to 14,725 people, the Health Ministry said.", nil, []string{"nat=14725"}},
		// (a plan: the verb is no participle nor a preterite)
		{fed, "Los bancos de alimentos esperan atender durante 2024 a 1.300.000 personas, según la Guardia Civil.", nil, []string{"fed=1300000"}},
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

// The people a split keyword counts may be the object of its act's noun
// ("513 threats against 364 federal judges") or the target of it after
// the verb ("457 jueces federales habían sido objeto de amenazas"), an
// adjective after the Spanish noun. A count of threats is no count of
// judges, and a count of judges in a clause of an earlier period ("when
// the agency tallied more than 600 threats against over 450 judges") is
// as old as the threats.
func TestExtractSplitKeywordActAgainst(t *testing.T) {
	e := New([]tracker.Metric{
		{ID: "threats", Unit: "threats", Keywords: []string{"threats", "amenazas"}},
		{ID: "judges", Unit: "people", Keywords: []string{"judges threatened", "jueces amenazados"}},
	}, []tracker.Actor{{Name: "USMS", Role: tracker.Claimant, Aliases: []string{"Marshals Service", "Servicio de Marshals"}}})
	checkPresence(t, e, false, []presenceCase{
		{"The Marshals Service logged 513 threats against 364 federal judges between October and Sept. 2.",
			[]string{"threats=513", "judges=364"}, []string{"threats=364"}},
		{"Según el Servicio de Marshals, 457 jueces federales habían sido objeto de amenazas graves.",
			[]string{"judges=457"}, []string{"threats=457"}},
		{"The Marshals Service said 40 judges were the targets of threats.", []string{"judges=40"}, nil},
		{"The Marshals Service logged 513 threats in fiscal 2024, fewer than in fiscal 2023, when it tallied more than 600 threats against over 450 judges.",
			[]string{"threats=513"}, []string{"threats=600", "judges=450"}},
	})
}
