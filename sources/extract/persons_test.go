package extract

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

// A person introduced as speaking for an actor speaks for it by last name
// in the sentences after; someone never introduced does not.
func TestExtractPersonIntroducedWithTheirActor(t *testing.T) {
	e := New([]tracker.Metric{{ID: "killed", Name: "People killed", Unit: "people", Keywords: []string{"killed", "muertos"}}},
		[]tracker.Actor{
			{Name: "OCHA", Role: tracker.Confirmer, Aliases: []string{"UN", "OCHA"}},
			{Name: "Amnesty", Role: tracker.Confirmer, Aliases: []string{"Amnistía Internacional", "Amnesty International"}},
		})
	checkFiguresBy(t, e, []figureCase{
		// an actor's title before the name
		{"UN spokesman Stephane Dujarric spoke on Monday. The strike, Dujarric said, took the number of people killed to 220.",
			"[killed=220 by OCHA]"},
		// a possessive after the actor
		{"UN chief Antonio Guterres condemned the attack, his spokesperson Stephane Dujarric said. The strike, Dujarric said, took the number of people killed to 220.",
			"[killed=220 by OCHA]"},
		// a role of the actor after the name
		{"Habló Agnès Callamard, secretaria general de Amnistía Internacional. Según Callamard, murieron 49 personas.",
			"[killed=49 by Amnesty]"},
		// the role of the actor, then the name
		{"Habló el director de Amnistía Internacional, Pedro Pérez. Según Pérez, murieron 49 personas.",
			"[killed=49 by Amnesty]"},
		// an indefinite article and more words in the role; a name with a
		// suffix
		{"The strike took the number of people killed to 220, Yap Boum II, a deputy incident manager at OCHA, said.",
			"[killed=220 by OCHA]"},
		{"The strike took the number of people killed to 220, Yap Boum II, a deputy incident manager at OCHA, said. Boum spoke again. Later 230 were killed, Boum said.",
			"[killed=220 by OCHA killed=230 by OCHA]"},
		// a possessive introduces the speaker of the sentence's first actor
		{"Amnesty International condemned the killing of 12 people at the request of the UN, his spokesperson Pedro Pérez said.",
			"[killed=12 by Amnesty]"},
		// an adjective after the title; the body's own name in apposition
		// between the role and the name
		{"Pedro Pérez, asesor jurídico de Amnistía Internacional en México, habló el lunes. Según Pérez, murieron 49 personas.",
			"[killed=49 by Amnesty]"},
		{"Habló el director de Amnistía Internacional, la Sección Mexicana (AIM), Pedro Pérez. Según Pérez, murieron 49 personas.",
			"[killed=49 by Amnesty]"},
		// first names that start like a country's name ("George" like
		// "Georgia", "Francisco" like "Francia", "Nigel" like "Nigeria")
		{"UN spokesman George Garcia spoke on Monday. Garcia said 220 people had been killed.", "[killed=220 by OCHA]"},
		{"Habló el director de Amnistía Internacional, Francisco Ruiz. Según Ruiz, murieron 49 personas.",
			"[killed=49 by Amnesty]"},
		{"UN spokesman Nigel Moore spoke on Monday. Moore said 220 people had been killed.", "[killed=220 by OCHA]"},
		// the body by its kind ("the agency's"), and a rank before the name
		{"OCHA condemned the strike, the agency's director, General Pedro Ruiz, said. Ruiz said 220 people had been killed.",
			"[killed=220 by OCHA]"},
		{"UN spokesman Dr. Pedro Ruiz spoke on Monday. Ruiz said 220 people had been killed.", "[killed=220 by OCHA]"},
		// a relative clause that says the person heads the actor or a
		// part of it
		{"The toll was unclear, said Pedro Ruiz, who heads OCHA. Ruiz said 220 people had been killed.", "[killed=220 by OCHA]"},
		{"Habló Ana Gómez, quien dirige el equipo de Amnistía Internacional en México. Según Gómez, murieron 49 personas.",
			"[killed=49 by Amnesty]"},
		// (one who heads something else, the actor named after it)
		{"Pedro Ruiz, who heads a clinic, spoke to OCHA. Ruiz said 220 people had been killed.", "[]"},
		// words of the title's field between the actor and the title
		{"UN human rights spokesman Rupert Colville spoke on Friday. Police have killed 80 people, Colville said.",
			"[killed=80 by OCHA]"},
		// the actor's possessive and the place of the post after the
		// title; the particles of a surname
		{"It is devastating, Johannes van der Klaauw, the OCHA's representative in Bangladesh, told reporters. According to van der Klaauw, 220 people were killed.",
			"[killed=220 by OCHA]"},
		{"Pedro Ruiz, the OCHA representative in South Sudan, spoke on Monday. Ruiz said 220 people had been killed.",
			"[killed=220 by OCHA]"},
		// (a verb between them is no field of a title)
		{"UN observers watched officer Pedro Ruiz arrive. Ruiz said 220 people had been killed.", "[]"},
		// never introduced
		{"The strike, Dujarric said, took the number of people killed to 220.", "[]"},
	})
}
