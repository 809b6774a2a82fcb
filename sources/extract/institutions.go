package extract

import (
	"slices"
	"strings"
	"unicode"
)

// The names of public bodies are written several ways: "Health Ministry"
// and "Ministry of Health", in English, "Ministerio de Salud" in Spanish;
// "National Police" and "Policía Nacional". A tracker file lists the names
// its author thought of; institutionVariants adds the others, so that a
// user who wrote "Ministry of Health" finds the figures of "the Health
// Ministry" and of "el Ministerio de Salud".

// ministryFields pair the field of a ministry in English (as in "Health
// Ministry", "Ministry of Health") with its Spanish names after
// "Ministerio" ("de Salud", "del Interior").
var ministryFields = [][]string{
	{"health", "de salud", "de sanidad"},
	{"interior", "del interior", "de interior"},
	{"defence", "de defensa"},
	{"defense", "de defensa"},
	{"education", "de educación"},
	{"justice", "de justicia"},
	{"labour", "de trabajo"},
	{"labor", "de trabajo"},
	{"agriculture", "de agricultura"},
	{"environment", "de medio ambiente"},
	{"tourism", "de turismo"},
	{"finance", "de hacienda", "de finanzas"},
	{"transport", "de transporte"},
	{"security", "de seguridad"},
	{"public security", "de seguridad pública"},
	{"foreign affairs", "de relaciones exteriores", "de asuntos exteriores"},
	{"economy", "de economía"},
	{"energy", "de energía"},
	{"women", "de la mujer"},
	{"housing", "de vivienda"},
}

// bodyNames pair whole names of bodies in English and Spanish.
var bodyNames = [][2]string{
	{"National Police", "Policía Nacional"},
	{"Civil Protection", "Protección Civil"},
	{"Civil Defence", "Defensa Civil"},
	{"Civil Defense", "Defensa Civil"},
	{"Red Cross", "Cruz Roja"},
	{"Red Crescent", "Media Luna Roja"},
	{"Coast Guard", "Guardia Costera"},
	{"National Guard", "Guardia Nacional"},
	{"Border Patrol", "Patrulla Fronteriza"},
	{"Attorney General's Office", "Fiscalía General"},
	{"Prosecutor's Office", "Fiscalía"},
	{"Ombudsman's Office", "Defensoría del Pueblo"},
	{"Supreme Court", "Corte Suprema"},
	{"Army", "Ejército"},
	{"Navy", "Armada"},
	{"Air Force", "Fuerza Aérea"},
	{"Fire Department", "Cuerpo de Bomberos"},
	{"Electoral Council", "Consejo Electoral"},
	{"National Electoral Council", "Consejo Nacional Electoral"},
	{"Human Rights Commission", "Comisión de Derechos Humanos"},
	{"National Human Rights Commission", "Comisión Nacional de los Derechos Humanos"},
	{"Migration Institute", "Instituto de Migración"},
	{"National Migration Institute", "Instituto Nacional de Migración"},
	{"Immigration Service", "Servicio de Migración"},
}

// institutionVariants returns the other ways of writing name when it is
// a ministry of a field ministryFields knows, or a body bodyNames pairs,
// optionally followed by "of X"/"de X" (a country): "Ministry of Health of
// Peru" also as "Health Ministry of Peru", "Ministerio de Salud de Peru".
// It returns nil for other names. Capitals follow the name's first word.
func institutionVariants(name string) []string {
	if strings.TrimSpace(name) == "" {
		return nil
	}
	lower := strings.ToLower(name)
	var out []string
	add := func(v string) {
		if strings.ToLower(v) != lower && !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	for _, p := range bodyNames {
		for i, from := range p {
			rest, ok := nameWithComplement(name, from)
			if !ok {
				continue
			}
			to := p[1-i]
			add(to + translatedComplement(rest, i == 0))
		}
	}
	for _, f := range ministryFields {
		en := f[0]
		for _, form := range []string{en + " ministry", "ministry of " + en, "ministry of the " + en} {
			if rest, ok := nameWithComplement(name, form); ok {
				for _, es := range f[1:] {
					add(title("ministerio "+es) + translatedComplement(rest, true))
				}
				add(title(en+" ministry") + rest)
				add(title("ministry of "+en) + rest)
			}
		}
		for _, es := range f[1:] {
			for _, form := range []string{"ministerio " + es, "secretaría " + es} {
				if rest, ok := nameWithComplement(name, form); ok {
					add(title(en+" ministry") + translatedComplement(rest, false))
					add(title("ministry of "+en) + translatedComplement(rest, false))
				}
			}
		}
	}
	return out
}

// nameWithComplement reports whether name is form (ignoring case),
// alone or followed by a complement "of …"/"de …"; rest is that
// complement with its leading space, or "".
func nameWithComplement(name, form string) (rest string, ok bool) {
	if len(name) < len(form) || !strings.EqualFold(name[:len(form)], form) {
		return "", false
	}
	rest = name[len(form):]
	if rest == "" {
		return "", true
	}
	for _, p := range []string{" of ", " de ", " del "} {
		if strings.HasPrefix(strings.ToLower(rest), p) {
			return rest, true
		}
	}
	return "", false
}

// translatedComplement returns complement rest (" of Peru", " de Perú")
// with its preposition in the other language: toSpanish from English.
func translatedComplement(rest string, toSpanish bool) string {
	if rest == "" {
		return ""
	}
	low := strings.ToLower(rest)
	switch {
	case toSpanish && strings.HasPrefix(low, " of the "):
		return " del " + rest[len(" of the "):]
	case toSpanish && strings.HasPrefix(low, " of "):
		return " de " + rest[len(" of "):]
	case !toSpanish && strings.HasPrefix(low, " del "):
		return " of the " + rest[len(" del "):]
	case !toSpanish && strings.HasPrefix(low, " de "):
		return " of " + rest[len(" de "):]
	}
	return rest
}

// title capitalises the words of a body's name but its articles and
// prepositions: "Ministerio de Salud", "Ministry of the Interior".
func title(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		switch w {
		case "of", "the", "de", "del", "la", "las", "los":
			if i > 0 {
				continue
			}
		}
		r := []rune(w)
		r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// nationalityVariants returns the ways of writing name with its country
// given by its name rather than by an adjective: "Ukrainian border guards"
// is also "Ukraine's border guards", "guardias fronterizos ucranianos"
// also "guardias fronterizos de Ucrania", "Mexican Navy" "Mexico's Navy".
// The adjective is the first word of an English name (with a capital) or
// the last of a Spanish one (lower case), and is no country's name. It
// returns nil for a name without one.
func nationalityVariants(name string) []string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return nil
	}
	lex := lexicon()
	countriesOf := func(w string) []string {
		f := foldString(w)
		k := placeKey(f)
		if strings.ContainsAny(f, "'’") || !lex.namesCountry(f) || slices.Contains(lex.countryWordsByKey[k], f) {
			return nil // no country's adjective: its name, or no country's word ("National")
		}
		return lex.countryWordsByKey[k]
	}
	var out []string
	if first := words[0]; unicode.IsUpper([]rune(first)[0]) {
		for _, c := range countriesOf(first) {
			out = append(out, c+"'s "+strings.Join(words[1:], " "))
		}
	}
	if last := words[len(words)-1]; !unicode.IsUpper([]rune(last)[0]) {
		for _, c := range countriesOf(last) {
			out = append(out, strings.Join(words[:len(words)-1], " ")+" de "+c)
		}
	}
	return out
}
