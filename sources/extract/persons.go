package extract

import (
	"slices"
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// People who speak for an actor: news names a spokesperson or an official
// once with the body they speak for ("UN spokesman Stéphane Dujarric", "the
// head of the mission, Matilda Bogner", "Agnès Callamard, secretaria
// general de Amnistía") and later by the last name alone ("Bogner said").
// A person so introduced speaks for that actor for the rest of the text.

// maxNameWords is the most words a person's name is read over.
const maxNameWords = 3

// notePersons records, for the sentences after this one, the people the
// sentence introduces with the actor they speak for.
func (s *sentence) notePersons() {
	for _, em := range s.ents {
		if em.actor < 0 || em.member || s.e.actors[em.actor].Role == tracker.Reporter {
			continue
		}
		if last := s.personAfterRole(em); last >= 0 {
			s.notePersonAt(last, em.actor)
		}
		if last := s.personBeforeRole(em); last >= 0 {
			s.notePersonAt(last, em.actor)
		}
		if last := s.personBeforeModifiedTitle(em); last >= 0 {
			s.notePersonAt(last, em.actor)
		}
		if last := s.personBeforeHeadingClause(em); last >= 0 {
			s.notePersonAt(last, em.actor)
		}
	}
	if s.possessed >= 0 {
		s.notePersonAt(s.possessed, s.possessedActor)
	}
}

// notePersonAt records that the person whose name ends at token last
// speaks for actor a, with the words of the name before the last name.
func (s *sentence) notePersonAt(last, a int) {
	w := s.surname(last)
	s.st.notePerson(w, a)
	k := last
	if s.in(last, nameSuffixes) {
		k--
	}
	var given []string
	for j := k - 1; j >= 0 && j >= k-maxNameWords && s.nameWord(j); j-- {
		if s.toks[j].kind == tokWord {
			given = append(given, s.text(j))
		}
	}
	if len(given) > 0 {
		if s.st.givenNames == nil {
			s.st.givenNames = map[string][]string{}
		}
		s.st.givenNames[w] = append(s.st.givenNames[w], given...)
	}
}

// personStart returns where the name of the person whose last name is at
// token i begins: at the words of the name the text introduced the person
// with that stand right before it ("Rojas Alvarez said" after "Diana Rojas
// Alvarez"), else at i.
func (s *sentence) personStart(i int) int {
	given := s.st.givenNames[s.text(i)]
	return s.nameStartOver(i, func(w string) bool { return slices.Contains(given, w) })
}

// nameStartOver returns where a name that ends with the last name at token
// i begins: past the capitalised words right before it, outside any
// mention, that known accepts (at most maxNameWords of them); i when there
// are none.
func (s *sentence) nameStartOver(i int, known func(w string) bool) int {
	start := i
	for start > 0 && start > i-maxNameWords && s.toks[start-1].kind == tokWord && s.toks[start-1].upper &&
		s.entAt[start-1] < 0 && known(s.text(start-1)) {
		start--
	}
	return start
}

// nameSuffixes may end a person's name: "Yap Boum II".
var nameSuffixes = newWordSet("ii", "iii", "iv", "jr")

// surname returns the last name of the person whose name ends at token
// last: the word before a suffix ("Boum" of "Yap Boum II").
func (s *sentence) surname(last int) string {
	if s.in(last, nameSuffixes) && last > 0 {
		return s.text(last - 1)
	}
	return s.text(last)
}

// notePerson records that the person of last name w speaks for actor a; a
// name introduced for two actors speaks for neither.
func (st *extractState) notePerson(w string, a int) {
	if st.persons == nil {
		st.persons = map[string]int{}
	}
	if b, ok := st.persons[w]; ok && b != a {
		st.persons[w] = -1
		return
	}
	st.persons[w] = a
}

// personAt returns the actor the person of last name at token i speaks
// for, when the text introduced that person.
func (s *sentence) personAt(i int) (actor int, ok bool) {
	a, ok := s.st.persons[s.text(i)]
	return a, ok && a >= 0
}

// nameFrom returns the last token of a person's name of two or three
// capitalised words starting at token i (an initial's period between
// them: "D. Jayakumar"), or -1.
func (s *sentence) nameFrom(i int) int {
	n, words := 0, 0 // tokens, and words among them (not an initial's period)
	for k := i; k < len(s.toks) && words < maxNameWords && s.nameWord(k); k++ {
		n++
		if s.toks[k].kind == tokWord {
			words++
		}
	}
	if words < 2 || i+n < len(s.toks) && s.nameWord(i+n) {
		return -1
	}
	return i + n - 1
}

// nameBefore returns the last token of a person's name of two or three
// capitalised words ending at token end-1, or -1.
func (s *sentence) nameBefore(end int) int {
	n, words := 0, 0 // tokens, and words among them (not an initial's period)
	for k := end - 1; k >= 0 && words < maxNameWords; k-- {
		if !s.nameWord(k) {
			// "Johannes van der Klaauw": the particles of a surname
			p := k
			for p >= 1 && p > k-2 && s.in(p, surnameParticles) {
				p--
			}
			if p == k || n == 0 || !s.nameWord(p) {
				break
			}
			n += k - p
			k = p + 1
			continue
		}
		n++
		if s.toks[k].kind == tokWord {
			words++
		}
	}
	if end-n-1 >= 0 && s.nameWord(end-n-1) {
		return -1 // a longer run of capitalised words: a title or a name of something
	}
	if end-n == 0 && (s.toks[0].preterite || verbLike(s.text(0)) || words > 2) {
		words-- // the sentence's first word is capitalised anyway: "Habló Agnès Callamard"
	}
	if words < 2 {
		return -1
	}
	return end - 1
}

// surnameParticles are the lower-case words a surname may open with:
// "van der Klaauw", "von der Leyen", "bin Salman".
var surnameParticles = newWordSet("van", "der", "den", "von", "bin", "ibn", "da", "dos", "di")

// nameWord reports whether token k may be a word of a person's name: a
// capitalised word that names no actor, term or country, nor a title.
func (s *sentence) nameWord(k int) bool {
	t := s.toks[k]
	if t.text == "." {
		// the period of an initial inside a name: "D. Jayakumar", "John F. Kennedy"
		return s.initialAt(k-1) && k+1 < len(s.toks) && s.toks[k+1].kind == tokWord && s.toks[k+1].upper
	}
	if t.kind == tokWord && nameSuffixes.hasToken(&t) && k > 0 && s.toks[k-1].upper {
		return true // "Yap Boum II", "Martin Luther King Jr"
	}
	if t.kind != tokWord || !t.upper || t.caps || s.entAt[k] >= 0 || s.inActor(k) {
		return false
	}
	w := t.text
	return !functionWords.has(w) && !titleWords.has(w) && !monthNames.has(w) && !weekdays.has(w) && !s.e.lex.namesCountry(w)
}

// namesCountry reports whether folded word w is a word of a country's
// name ("colombia", "uganda") or its adjective ("colombian", "ugandan",
// "iraqi", "egipcio"): not a first name that merely starts like one
// ("George" like "Georgia", "Francisco" like "France").
func (lex *conceptLexicon) namesCountry(w string) bool {
	key := placeKey(w)
	if !lex.countryKeys[key] {
		return false
	}
	if slices.Contains(lex.countryWordsByKey[key], w) || countryWord(w) {
		return true // "colombia"; "colombiano", "egipcio" (Spanish adjectives and irregular names)
	}
	if !lex.demonymOfName(w) {
		return false
	}
	for _, suf := range englishDemonymEndings {
		if strings.HasSuffix(w, suf) {
			return true // "ugandan", "chinese", "spanish"
		}
	}
	return false
}

// englishDemonymEndings end the English adjectives of countries that
// demonymEndings (Spanish) leave out: "ugandan", "chinese", "spanish".
var englishDemonymEndings = []string{"an", "ans", "ese", "ish", "is", "ic"}

// personAfterRole returns the last name of the person the actor mention em
// introduces after a role: "UN spokesman Stéphane Dujarric", "UNRWA's
// spokesperson Juliette Touma", "the head of the mission, Matilda Bogner",
// "el director de Foro Penal, Alfredo Romero"; or -1.
func (s *sentence) personAfterRole(em entMention) int {
	// "the head of the mission, Matilda Bogner"
	if j := s.mentionStart(em.t0); j >= 2 {
		k := j - 1
		if p := s.text(k); p == "of" || p == "de" || p == "del" {
			if s.in(k-1, titleWords) && s.text(em.t1) == "," {
				if last := s.nameFrom(em.t1 + 1); last >= 0 {
					return last
				}
				// "el presidente del gremio del transporte, el Consejo
				// Nacional de Transporte (CNT), Jorge Lanza": the body's
				// own name set between
				if j := s.afterAppositiveName(em.t1 + 1); j >= 0 {
					return s.nameFrom(j)
				}
			}
		}
	}
	// "UN spokesman Stéphane Dujarric", "UNRWA's spokesperson Juliette Touma"
	k := em.t1
	if s.text(k) == "'s" {
		k++
	}
	k, ok := s.titleFrom(k)
	if !ok {
		if k == em.t1 && s.in(em.t1-1, titleWords) {
			// "Fisheries Minister D. Jayakumar" for an actor known as
			// "fisheries minister": its own alias ends in the title
			return s.nameFrom(s.pastHonorifics(k))
		}
		return -1
	}
	if s.text(k) == "," {
		k++
	}
	return s.nameFrom(s.pastHonorifics(k))
}

// pastHonorifics returns the token after the capitalised ranks and
// honorifics that open a name at token k ("General Óscar Atehortúa",
// "Dr. Tedros"), k itself when there are none.
func (s *sentence) pastHonorifics(k int) int {
	for k+1 < len(s.toks) && s.toks[k].upper && s.in(k, honorifics) {
		k++
		if s.text(k) == "." {
			k++
		}
	}
	return k
}

// honorifics are ranks and forms of address before a person's name.
var honorifics = newWordSet("general", "gen", "brig", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt",
	"admiral", "adm", "sergeant", "sgt", "brigadier", "commander", "dr", "mr", "mrs", "ms", "doctor", "coronel",
	"capitán", "teniente", "almirante", "comisario", "comisaria", "sargento", "mayor", "doctora", "sir")

// afterAppositiveName returns the token after the comma that closes a
// name set in apposition from token j on ("el Consejo Nacional de
// Transporte (CNT),"): an article, capitalised words joined by "de", "of",
// "y", "and", and an acronym in brackets; -1 when no such name and comma
// are there.
func (s *sentence) afterAppositiveName(j int) int {
	if s.determinerAt(j) {
		j++
	}
	start := j
	for j < len(s.toks) && j < start+8 && (s.toks[j].upper && s.toks[j].kind == tokWord || j > start && s.in(j, nameJoiners)) {
		j++
	}
	if j == start || s.in(j-1, nameJoiners) {
		return -1
	}
	if s.text(j) == "(" && j+2 < len(s.toks) && s.toks[j+1].caps && s.text(j+2) == ")" {
		j += 3
	}
	if s.text(j) != "," {
		return -1
	}
	return j + 1
}

// titleFrom reads a title of up to three words from token k ("spokesman",
// "regional director", "secretaria general") and returns the token after
// it, and whether one was there.
func (s *sentence) titleFrom(k int) (int, bool) {
	// "U.N. human rights spokesman Rupert Colville": up to two words of
	// the field the title is of
	start := k
	for n := 0; n < 2 && k < len(s.toks) && s.fieldWordOfTitle(k); n++ {
		k++
	}
	if k == start || !s.in(k, titleWords) && !s.in(k, roleModifiersOfTitles) {
		k = start
	}
	words, title := 0, false
	for k < len(s.toks) && words < 3 && (s.in(k, titleWords) || s.in(k, roleModifiersOfTitles)) {
		title = title || s.in(k, titleWords)
		k++
		words++
	}
	return k, title
}

// fieldWordOfTitle reports whether token k may name the field of a title
// after it: a lower-case word of no mention, function word, title or
// verb form ("human rights spokesman", "emergencies chief").
func (s *sentence) fieldWordOfTitle(k int) bool {
	t := &s.toks[k]
	if t.kind != tokWord || t.upper || s.entAt[k] >= 0 || functionWords.hasToken(t) || titleWords.hasToken(t) ||
		roleModifiersOfTitles.hasToken(t) {
		return false
	}
	return !verbLike(t.text)
}

// personAfterPronoun returns the last name of the person a possessive
// introduces after the actor the sentence named: "Antonio Guterres …, his
// spokesperson Stephane Dujarric said", "Colombia's National Police …, the
// force's director, General Óscar Atehortúa, said"; and that actor, or -1.
func (s *sentence) personAfterPronoun() (last, actor int) {
	for k := 1; k < len(s.toks); k++ {
		if !s.in(k, possessives) && !s.in(k, personalPossessives) && !s.bodyPossessiveAt(k) {
			continue
		}
		end, ok := s.titleFrom(k + 1)
		if !ok {
			continue
		}
		if s.text(end) == "," {
			end++
		}
		last := s.nameFrom(s.pastHonorifics(end))
		if last < 0 {
			continue
		}
		a := s.onlyActor(func(em entMention) bool { return em.t1 <= k })
		if a < 0 && len(s.ents) > 0 && s.ents[0].actor >= 0 && s.mentionStart(s.ents[0].t0) == 0 {
			a = s.ents[0].actor // "Lukashenko pardoned all 14 at the request of Washington, his spokeswoman said"
		}
		if a >= 0 {
			return last, a
		}
	}
	return -1, -1
}

// bodyPossessiveAt reports whether token k is the "'s" of "the force's",
// "the agency's": a body the sentence named, referred to by its kind.
func (s *sentence) bodyPossessiveAt(k int) bool {
	return s.text(k) == "'s" && s.text(k-2) == "the" &&
		(s.in(k-1, institutionNouns) || s.in(k-1, bodyNouns) || s.in(k-1, descriptorNouns) || s.text(k-1) == "force")
}

// personBeforeRole returns the last name of the person named before a role
// of the actor mention em: "Agnès Callamard, secretaria general de
// Amnistía", "Matilda Bogner, head of the UN monitoring mission"; or -1.
func (s *sentence) personBeforeRole(em entMention) int {
	j := s.mentionStart(em.t0)
	k := j - 1
	if p := s.text(k); p != "of" && p != "de" && p != "del" && p != "at" && p != "en" && p != "for" && p != "with" {
		return -1 // ("a spokeswoman for the Red Cross")
	}
	k--
	if k >= 1 && s.lowerWord(k) && !s.in(k, titleWords) && !s.in(k, roleModifiersOfTitles) && !s.in(k, functionWords) &&
		!verbLike(s.text(k)) && s.in(k-1, titleWords) {
		k-- // an adjective after the title: "asesor jurídico de la Canapat", "portavoz oficial del Ejército"
	}
	words, title := 0, false
	for k >= 0 && words < 3 && (s.in(k, titleWords) || s.in(k, roleModifiersOfTitles)) {
		title = title || s.in(k, titleWords)
		k--
		words++
	}
	if !title {
		return -1
	}
	// "a deputy incident manager at the agency": other words of the title
	for n := 0; n < 2 && k >= 1 && s.lowerWord(k) && !s.in(k, functionWords) && !verbLike(s.text(k)) && s.text(k-1) != ","; n++ {
		k--
	}
	for k >= 0 && (s.determinerAt(k) || s.in(k, indefiniteArticles)) {
		k--
	}
	if k < 1 || s.text(k) != "," {
		return -1
	}
	return s.nameBefore(k)
}

// personBeforeModifiedTitle returns the last token of the person's name
// set before a title the actor's name modifies, between commas: "Diana
// Rojas Alvarez, a WHO medical officer, told reporters", "Jens Laerke, the
// OCHA spokesman, said"; -1 otherwise.
func (s *sentence) personBeforeModifiedTitle(em entMention) int {
	j := s.mentionStart(em.t0) // (past its article: "a WHO", "the OCHA")
	if !s.determinerAt(j) && !s.in(j, indefiniteArticles) || s.text(j-1) != "," {
		return -1
	}
	k := em.t1
	if s.text(k) == "'s" || s.text(k) == "’s" {
		k++ // "the UN refugee agency's representative"
	}
	for n := 0; n < 2 && s.lowerWord(k) && !s.in(k, titleWords) && !s.in(k, functionWords) && !verbLike(s.text(k)); n++ {
		k++ // "medical" of "a WHO medical officer"
	}
	end, ok := s.titleFrom(k)
	if !ok {
		return -1
	}
	end = s.placePhraseEnd(end, postPlacePrepositions) // "representative in Bangladesh"
	if s.text(end) != "," {
		return -1
	}
	return s.nameBefore(j - 1)
}

// postPlacePrepositions open the place a title is held in: "the UN
// refugee agency's representative in Bangladesh".
var postPlacePrepositions = newWordSet("in", "en")

// personBeforeHeadingClause returns the last token of the person's name
// before a relative clause that says the person heads the actor mention
// em or a part of it: "Abdullahi Baba Arah, who heads the Niger State
// Emergency Management Agency", "X, who leads Cristosal's rule-of-law
// team", "Y, quien dirige la Fiscalía"; -1 otherwise.
func (s *sentence) personBeforeHeadingClause(em entMention) int {
	j := s.mentionStart(em.t0)
	for k := j - 1; k >= 2 && k >= j-8; k-- {
		t := s.toks[k]
		if t.kind == tokPunct && t.text != "'s" && t.text != "’s" || s.entAt[k] >= 0 && s.ents[s.entAt[k]].actor >= 0 {
			return -1 // (another actor's part: "who heads the UN office at Amnesty")
		}
		if !s.in(k, headingVerbs) {
			continue
		}
		if w := s.text(k - 1); (w != "who" && w != "quien" && w != "que") || s.text(k-2) != "," {
			return -1
		}
		return s.nameBefore(k - 2)
	}
	return -1
}

// headingVerbs say that someone leads a body or a part of it: "who heads
// the agency", "quien dirige la Fiscalía".
var headingVerbs = newWordSet("heads", "leads", "runs", "directs", "chairs", "coordinates", "dirige", "encabeza",
	"preside", "lidera", "coordina", "comanda", "commands")

// roleModifiersOfTitles may stand inside a title: "regional director",
// "executive director", "directora ejecutiva", "secretaria general".
var roleModifiersOfTitles = newWordSet("regional", "executive", "deputy", "senior", "top", "chief", "general",
	"ejecutivo", "ejecutiva", "adjunto", "adjunta", "general", "nacional", "national", "principal")

// personalPossessives are the possessives of a person: "his spokesperson".
var personalPossessives = newWordSet("his", "her")
