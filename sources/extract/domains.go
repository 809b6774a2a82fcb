package extract

import (
	"slices"

	"github.com/gapwatch/gapwatch/tracker"
)

// publicDomains are the fields a public body is in charge of, each in
// English and Spanish (nouns and the adjectives Spanish names them by).
// News names the body by its field and a word for its people: "health
// officials", "the fire chief", "las autoridades sanitarias" are the
// health ministry's and the fire service's, whatever the tracker calls
// them.
var publicDomains = [][]string{
	{"health", "salud", "sanidad", "sanitaria", "sanitarias", "sanitario", "sanitarios"},
	{"fire", "bomberos"},
	{"emergency", "emergencies", "emergencia", "emergencias"},
	{"interior"},
	{"defence", "defense", "defensa"},
	{"immigration", "migration", "migración", "migratoria", "migratorias", "migratorio", "migratorios"},
	{"border", "frontera", "fronteriza", "fronterizas"},
	{"prison", "prisons", "penitentiary", "corrections", "correctional", "penitenciaria", "penitenciarias",
		"penitenciario", "penitenciarios", "prisiones"},
	{"education", "educación", "educativa", "educativas"},
	{"electoral", "election", "elections", "elecciones", "electorales"},
	{"disaster", "disasters", "desastres"},
	{"environment", "environmental", "ambiente", "ambiental", "ambientales"},
	{"labour", "labor", "trabajo", "laboral", "laborales"},
	{"justice", "justicia"},
	{"transport", "transportation", "transporte"},
	{"agriculture", "agricultural", "agricultura", "agrícolas"},
	{"tourism", "turismo", "turísticas"},
	{"customs", "aduanas", "aduana", "aduaneras"},
	{"security", "seguridad"},
	{"rescue", "rescate"},
}

// publicBodyNouns name, in an actor's alias beside a field, a public body
// in charge of it: "health ministry", "fire service", "Servicio Nacional
// de Migración" (not "World Health Organization": a field names no
// organisation's people).
var publicBodyNouns = newWordSet("ministry", "ministerio", "department", "departamento", "secretariat",
	"secretaría", "service", "services", "servicio", "servicios", "agency", "agencia", "authority",
	"autoridad", "directorate", "dirección", "brigade", "brigada", "cuerpo", "office", "oficina",
	"administration", "administración", "instituto", "institute", "commission", "comisión")

// English words after a field, and Spanish words before it ("de" between
// them, or none before an adjective), that name a public body's people
// (not "health agency": "the U.N. health agency" is no ministry).
var (
	domainPeopleAfter = []string{"officials", "official", "authorities", "authority", "chief", "chiefs",
		"spokesman", "spokeswoman", "spokesperson"}
	domainPeopleBefore = []string{"autoridades", "funcionarios", "funcionario", "jefe", "portavoz", "vocero"}
)

// domainAliases returns the phrases that name an actor by its field
// ("health officials", "fire chief", "autoridades sanitarias", "jefe de
// bomberos"), each with its actor: the one actor with an alias that is a
// field's word alone or holds one beside a public body's noun. A field
// that two actors' aliases hold names neither, and a phrase in taken (an
// actor's own name) is left to it.
func (e *Extractor) domainAliases(taken map[string]int) map[string]int {
	out := map[string]int{}
	for _, group := range publicDomains {
		words := wordSet{}
		for _, w := range group {
			words[foldString(w)] = true
		}
		owner := -1
		for ai, a := range e.actors {
			if a.Role == tracker.Reporter || !e.aliasInDomain(a, words) {
				continue
			}
			if owner >= 0 {
				owner = -2 // several actors are in the field
				break
			}
			owner = ai
		}
		if owner < 0 {
			continue
		}
		for _, w := range group {
			w = foldString(w)
			var phrases []string
			for _, p := range domainPeopleAfter {
				phrases = append(phrases, w+" "+p)
			}
			for _, p := range domainPeopleBefore {
				phrases = append(phrases, foldString(p)+" de "+w, foldString(p)+" "+w)
			}
			for _, p := range phrases {
				if _, own := taken[p]; !own {
					out[p] = owner
				}
			}
		}
	}
	return out
}

// aliasInDomain reports whether one of actor a's names is a word of the
// field words alone ("bomberos") or holds one beside a public body's noun
// ("health ministry", "Ministerio de Salud").
func (e *Extractor) aliasInDomain(a tracker.Actor, words wordSet) bool {
	for _, name := range a.Names() {
		toks := phraseTokens(name)
		field := slices.ContainsFunc(toks, func(w string) bool { return words[w] })
		if field && (len(toks) == 1 || slices.ContainsFunc(toks, publicBodyNouns.has)) {
			return true
		}
	}
	return false
}

// fieldOfOther reports whether the field alias of actor a at tokens
// [i, j) is said of another place or body than a's: after a country or
// its demonym ("Egyptian health officials", "Burkina Faso's customs
// service") or before "of", "in" or "de" and one ("las autoridades
// sanitarias de Venezuela", "las autoridades sanitarias rusas"); when a's
// names name a country, after or before any other name in capitals too
// ("Texas health officials"), while a body of no place of its own is any
// town's ("Miami-Dade Fire Chief" for "firefighters"). A place a's own
// names name is a's.
func (s *sentence) fieldOfOther(i, j, a int) bool {
	other := func(k int) bool {
		if s.placeOf(k, a) {
			return false
		}
		return s.countryAt(k) || s.toks[k].upper && s.e.hasPlace(a)
	}
	if i > 0 {
		k := i - 1
		if t := s.text(k); (t == "'s" || t == "'") && k > 0 {
			k--
		}
		if p := s.toks[k]; p.kind == tokWord && (p.upper || s.countryAt(k)) && !s.determinerAt(k) && !headDeterminers.hasToken(&p) {
			return other(k)
		}
	}
	k := j
	switch s.text(k) {
	case "of", "in", "de", "del":
		k++
		for k < len(s.toks) && s.determinerAt(k) {
			k++
		}
		if k < len(s.toks) && s.toks[k].kind == tokWord && (s.toks[k].upper || s.countryAt(k)) {
			return other(k)
		}
	default:
		if k < len(s.toks) && s.toks[k].kind == tokWord && !s.toks[k].upper && s.countryAt(k) {
			return other(k) // "rusas"
		}
	}
	return false
}

// countryAt reports whether token k is a country's name or demonym.
func (s *sentence) countryAt(k int) bool {
	return countryWord(s.text(k)) || s.e.lex.countryKeys[placeKey(s.text(k))]
}

// placeOf reports whether token k names a place that actor a's names
// name ("Gaza" for the Gaza Health Ministry).
func (s *sentence) placeOf(k, a int) bool {
	return containsInt(s.e.placeActors[placeKey(s.text(k))], a)
}
