package extract

// diseaseGroups are the diseases news counts cases and deaths of, each
// with its names in English and Spanish; a group's index + 1 is its id.
var diseaseGroups = [][]string{
	{"ebola", "ébola"}, {"measles", "sarampión"}, {"cholera", "cólera"}, {"dengue"}, {"malaria", "paludismo"},
	{"covid", "covid-19", "coronavirus"}, {"mpox", "monkeypox", "viruela símica", "viruela del mono"},
	{"tuberculosis", "tb"}, {"polio", "poliomyelitis", "poliomielitis"}, {"influenza", "flu", "gripe"},
	{"diphtheria", "difteria"}, {"meningitis"}, {"yellow fever", "fiebre amarilla"}, {"chikungunya", "chikunguña"},
	{"zika"}, {"hepatitis"}, {"rabies", "rabia"}, {"marburg"}, {"lassa", "lassa fever", "fiebre de lassa"},
	{"hantavirus"}, {"typhoid", "tifoidea", "fiebre tifoidea"}, {"whooping cough", "pertussis", "tos ferina"},
	{"hiv", "vih", "aids", "sida"}, {"leprosy", "lepra"}, {"anthrax", "ántrax", "carbunco"},
	{"bird flu", "avian flu", "avian influenza", "gripe aviar", "influenza aviar", "h5n1"}, {"legionnaires", "legionella", "legionela", "legionelosis"},
	{"salmonella", "salmonelosis"}, {"norovirus"}, {"heatstroke", "golpe de calor"},
	{"rsv", "respiratory syncytial virus", "virus respiratorio sincitial", "vrs"}, {"scarlet fever", "escarlatina"},
	{"brucellosis", "brucelosis"}, {"mumps", "paperas", "parotiditis"}, {"rubella", "rubéola"},
	{"chickenpox", "varicela"}, {"syphilis", "sífilis"}, {"tetanus", "tétanos"}, {"listeria", "listeriosis"},
	{"botulism", "botulismo"}, {"typhus", "tifus"}, {"leptospirosis"}, {"leishmaniasis", "leishmaniosis"},
	{"chagas"}, {"west nile", "nilo occidental"}, {"lyme"}, {"plague", "peste"}, {"oropouche"}, {"nipah"},
	{"scabies", "sarna"}, {"rotavirus"}, {"q fever", "fiebre q"}, {"guillain-barré", "guillain-barre", "guillain barré"},
	{"e. coli", "e.coli", "escherichia coli"}, {"mycoplasma", "micoplasma"}, {"strep a", "estreptococo a", "streptococcus"},
}

// diseasePhrases match the names of diseaseGroups (payload: group id).
var diseasePhrases = func() *phraseSet {
	ps := newPhraseSet()
	for g, names := range diseaseGroups {
		for _, n := range names {
			ps.add(n, g+1)
		}
	}
	return ps
}()

// diseasesNamed returns the ids of the diseases named in texts.
func diseasesNamed(texts ...string) map[int]bool {
	var out map[int]bool
	for _, t := range texts {
		toks := phraseTokenSlice(t)
		for i := range toks {
			if id, _, ok := diseasePhrases.matchAt(toks, i); ok {
				if out == nil {
					out = map[int]bool{}
				}
				out[id] = true
			}
		}
	}
	return out
}

// otherDiseaseCause reports whether number m counts cases or deaths of a
// disease ("14 muertes por sarampión", "deaths from cholera", "4,500
// dengue cases") that metric
// mi, whose name or keywords name diseases, does not name.
func (s *sentence) otherDiseaseCause(m *numMention, mi int) bool {
	named := s.e.metrics[mi].diseases
	if len(named) == 0 || m.headAt < 0 {
		return false
	}
	for j := m.t1; j < m.headAt; j++ {
		if id, _, ok := diseasePhrases.matchAt(s.toks, j); ok {
			return !named[id] // "4,500 dengue cases" for a metric of chikungunya
		}
	}
	j := m.headAt + 1
	if k := s.entAt[m.headAt]; k >= 0 && s.ents[k].t0 == m.headAt {
		j = s.ents[k].t1
	}
	if diagnosedWords.has(s.text(j)) && (s.text(j+1) == "with" || s.text(j+1) == "con" || s.text(j+1) == "de") {
		j++ // "63 people diagnosed with influenza died"
	}
	switch s.text(j) {
	case "por", "de", "del", "from", "of", "with", "con":
		j++
	case "due", "debido", "debidas", "debidos":
		j += 2
	default:
		return false
	}
	for s.determinerAt(j) {
		j++
	}
	id, _, ok := diseasePhrases.matchAt(s.toks, j)
	return ok && !named[id]
}

// diagnosedWords say whom a disease befell before it is named: "people
// diagnosed with influenza", "personas contagiadas de sarampión".
var diagnosedWords = newWordSet("diagnosed", "infected", "ill", "sick", "diagnosticados", "diagnosticadas", "infectados",
	"infectadas", "enfermos", "enfermas", "contagiados", "contagiadas")
