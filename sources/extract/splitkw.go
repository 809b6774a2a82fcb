package extract

import "strings"

// splitKeyword is a metric keyword of a noun and a participle ("beds
// occupied", "familias reubicadas") taken apart.
type splitKeyword struct {
	noun  string    // folded
	other string    // the noun in the other grammatical number, or ""
	stem  [2]string // the participle's stems, English and Spanish
	// part is the participle itself: a short one ("lost", "held") has no
	// stem and matches only as written
	part string
	// cat is the concept of the participle ("closed": closure), whose
	// other terms say it too ("have shut down"); empty for none
	cat category
}

// splitKeywords returns the keywords of two words whose second is a
// participle ("-ed", "-ados", "-idas", …), taken apart.
func splitKeywords(keywords []string) []splitKeyword {
	var out []splitKeyword
	for _, kw := range keywords {
		words := phraseTokens(kw)
		if len(words) != 2 || !participleLike(words[1]) || functionWords.has(words[0]) {
			continue
		}
		other, _ := otherNumber(words[0])
		out = append(out, splitKeyword{noun: words[0], other: other, part: words[1],
			stem: [2]string{stemWord(words[1], false), stemWord(words[1], true)}})
	}
	return out
}

// splitNoun reports whether folded word w is the noun of one of the
// metric's split keywords, in either grammatical number.
func (info *metricInfo) splitNoun(w string) bool {
	for _, sk := range info.splits {
		if w == sk.noun || w == sk.other {
			return true
		}
	}
	return false
}

// stateAdjectives name what state people are left in, after their noun
// as a participle would be: "divers missing", "hikers dead".
var stateAdjectives = newWordSet("missing", "dead", "homeless")

// participleLike reports whether the folded word w ends as an English or
// Spanish participle does.
func participleLike(w string) bool {
	if irregularParticiples.has(w) || stateAdjectives.has(w) {
		return true // "accounts frozen", "homes burnt"; "divers missing"
	}
	for _, suf := range []string{"ed", "ados", "adas", "idos", "idas", "ado", "ada", "ido", "ida"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// splitKeywordMetric returns the one metric with a split keyword whose
// noun number m counts (or a noun of its unit, or the last noun of an
// English compound: "429,000 honey bee colonies") and whose participle says
// what befell them, after the noun ("1,391 beds were occupied", "1.870
// familias ya fueron reubicadas") or as the verb before the number
// ("intercepted six inflatable dinghies"); -1 otherwise.
func (s *sentence) splitKeywordMetric(m *numMention) int {
	noun := m.headAt
	if noun < 0 {
		noun = m.t1 // "surrendered 17,543 firearms": a unit noun leaves the head bare
	}
	noun = s.afterHeadOf(noun) // "26,000 head of cattle were stolen"
	found := -1
	for _, mi := range s.active {
		info := &s.e.metrics[mi]
		for _, sk := range info.splits {
			// the noun counted (or one of the same role, "agentes" for
			// "policías"), or the one after a modifier the head took
			// for it ("1,391 intensive-care beds")
			at := -1
			for _, j := range []int{noun, noun + 1, noun + 2} {
				if j == noun+2 && (s.es || !s.compoundWord(noun+1)) {
					break // "429,000 honey bee colonies": an English compound's last noun
				}
				if w := s.text(j); at < 0 && w != "" && (w == sk.noun || w == sk.other || info.unitWords[w] && info.unitWords[sk.noun] ||
					sameRoleGroup(w, sk.noun) || childNouns.has(w) && childNouns.has(sk.noun)) {
					at = j
				}
			}
			if at < 0 || !s.participleAfter(at, sk) && !s.participleBefore(m, sk) && !s.actAgainst(m, sk) {
				continue
			}
			if found >= 0 && found != mi {
				return -1
			}
			found = mi
		}
	}
	return found
}

// grantedToMetric returns the one metric with a split keyword whose
// participle's verb and noun stand before number m, which takes them
// through "to"/"a": the people given what the noun names ("granted
// citizenship to 164,635 people", "concedió la nacionalidad por residencia
// a 242.342 extranjeros" for "citizenship granted", "nacionalidad
// concedida"); -1 otherwise.
func (s *sentence) grantedToMetric(m *numMention) int {
	to := m.qStart - 1
	if t := s.text(to); t != "to" && t != "a" || m.head != headPeople && m.head != headBare {
		return -1
	}
	found := -1
	for _, mi := range s.active {
		for _, sk := range s.e.metrics[mi].splits {
			if !s.grantedBefore(to, sk) {
				continue
			}
			if found >= 0 && found != mi {
				return -1
			}
			found = mi
		}
	}
	return found
}

// grantedBefore reports whether the split keyword's verb, then its noun
// (an article between), stand in the few words before token to, in its
// clause, with nothing but a short phrase after the noun: "granted
// citizenship to", "concedió la nacionalidad por residencia a".
func (s *sentence) grantedBefore(to int, sk splitKeyword) bool {
	for k := to - 1; k >= 1 && k >= to-6 && s.clause[k] == s.clause[to]; k-- {
		if t := s.toks[k]; t.kind != tokWord || s.entAt[k] >= 0 && s.ents[s.entAt[k]].actor >= 0 {
			return false
		}
		if w := s.text(k); w != sk.noun && w != sk.other {
			continue
		}
		v := k - 1
		if s.determinerAt(v) {
			v--
		}
		v = s.adverbialBefore(v) // "concedió durante 2023 la nacionalidad"
		return s.isStem(v, sk) && s.doneVerbAt(v) && !s.in(v-1, irrealisMarkers)
	}
	return false
}

// compoundWord reports whether token i may stand inside an English noun
// compound: a lower-case word that is no function word ("bee" of "honey
// bee colonies"). Unlike headModifier, it lets a keyword stand there.
func (s *sentence) compoundWord(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := &s.toks[i]
	return t.kind == tokWord && !t.upper && !functionWords.hasToken(t)
}

// isStem reports whether token i has one of a split keyword's stems.
func (s *sentence) isStem(i int, sk splitKeyword) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokWord {
		return false
	}
	k := 0
	if s.es {
		k = 1
	}
	t, stem := s.text(i), sk.stem[k]
	if stem == "" {
		return t == sk.part // "colonies lost": "lost 429,000 colonies"
	}
	if len(t) < 3 || len(stem) < 3 || t[:3] != stem[:3] {
		return false // (most words: no stemming needed to tell)
	}
	return s.stemAt(i) == stem
}

// participleAfter reports whether the split keyword's participle follows
// the noun at token at after auxiliaries and adverbs only.
func (s *sentence) participleAfter(at int, sk splitKeyword) bool {
	j := at + 1
	if k := s.phraseBeforeAuxiliary(j); k > j {
		j = k // "70 observers from 20 countries had been accredited"
	}
	for n := 0; j < len(s.toks) && n < 6; j, n = j+1, n+1 {
		if s.isStem(j, sk) || s.conceptTermAt(j, sk.cat) {
			return true
		}
		if s.in(j, reportedToHave) && s.text(j+1) == "to" && (s.text(j+2) == "have" || s.text(j+2) == "be") {
			j, n = j+1, n+1 // "were reported to have been stolen": what was reported of them
			continue
		}
		if n == 0 && s.es && s.postnominalAdjective(j) {
			continue // "457 jueces federales habían sido amenazados"
		}
		if s.determinerAt(j) && s.in(j+1, targetNouns) {
			continue // "were the targets of threats"
		}
		if s.in(j, targetNouns) && (s.text(j+1) == "of" || s.text(j+1) == "de") {
			// "habían sido objeto de amenazas", "were the targets of threats"
			return s.actNounOf(j+2, sk)
		}
		if !s.in(j, auxiliaries) && !s.in(j, relativeAuxiliaries) && !s.in(j, predicateAdverbs) && !s.in(j, looseStateTerms) &&
			s.text(j) != "have" && s.text(j) != "be" {
			return false // (but "21 carreteras siguen cortadas": still so)
		}
	}
	return false
}

// phraseBeforeAuxiliary returns the token after a short prepositional
// phrase that starts at j and ends on an auxiliary ("from 20 countries
// had", "to the north had"), so that the noun before it goes on with its
// predicate; j when there is none.
func (s *sentence) phraseBeforeAuxiliary(j int) int {
	if !s.in(j, nounPhrasePrepositions) {
		return j
	}
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if s.in(k, auxiliaries) {
			return k
		}
		if t := s.toks[k]; t.kind == tokPunct || t.kind == tokWord && verbLike(t.text) {
			return j
		}
	}
	return j
}

// nounPhrasePrepositions open a phrase of origin or direction that
// qualifies a noun: "observers from 20 countries", "convoys to the north".
var nounPhrasePrepositions = newWordSet("from", "to", "de", "desde", "hacia", "procedentes")

// conceptTermAt reports whether a term of concept cat starts at token j:
// "have shut down" says what "factories closed" does. Never for no
// concept.
func (s *sentence) conceptTermAt(j int, cat category) bool {
	if cat.empty() {
		return false
	}
	k := s.termStartingAt(j)
	return k >= 0 && s.e.ents[s.ents[k].ent].cat.overlaps(cat)
}

// reportedToHave report of the people or things counted what befell
// them: "were reported to have been stolen", "are believed to be held".
var reportedToHave = newWordSet("reported", "said", "believed", "thought", "estimated", "known")

// participleBefore reports whether the split keyword's participle, as the
// verb, stands right before number m (a personal "a" or a hedge between):
// "intercepted six dinghies", "ha reubicado a 1.350 familias", "retiraron
// a 10 menores".
func (s *sentence) participleBefore(m *numMention, sk splitKeyword) bool {
	j := m.qStart - 1
	if s.text(j) == "a" && s.es {
		j--
	}
	j = s.adverbialBefore(j)
	if !s.isStem(j, sk) || !s.doneVerbAt(j) {
		return false // (not "a drive to vaccinate half a million children": what is planned)
	}
	return !s.in(j-1, irrealisMarkers)
}

// doneVerbAt reports whether token j is a verb form that tells its act
// happened: a participle, a preterite ("registró", "retiraron") or an
// infinitive whose act took place (achievedInfinitiveAt); not a plan's
// infinitive ("a drive to vaccinate").
func (s *sentence) doneVerbAt(j int) bool {
	w := s.text(j)
	return participleLike(w) || j >= 0 && j < len(s.toks) && s.toks[j].preterite || s.es && pluralPreterite(w) ||
		s.achievedInfinitiveAt(j)
}

// achievedInfinitiveAt reports whether token j is an infinitive whose act
// took place: after a verb of achieving ("lograron interceptar 58", "permitió
// recuperar 3.561", "managed to rescue 40") or of being made to do it
// ("obligó a suspender 1.405").
func (s *sentence) achievedInfinitiveAt(j int) bool {
	if j < 1 {
		return false
	}
	if !s.es {
		return s.text(j-1) == "to" && s.compelledBefore(j-1)
	}
	if !infinitiveLike(s.text(j)) {
		return false
	}
	if s.in(j-1, achievedBefore) || s.text(j-1) == "de" && s.in(j-2, justDone) ||
		(s.text(j-1) == "a" || s.text(j-1) == "que") && s.compelledBefore(j-1) {
		return true
	}
	// "ha obligado a cancelar 24.216 consultas y a suspender 1.405
	// operaciones": coordinated with an earlier such infinitive
	if s.text(j-1) != "a" || !s.in(j-2, coordinators) {
		return false
	}
	for k := j - 3; k >= 1 && k >= j-12; k-- {
		if t := s.toks[k]; t.kind == tokPunct && t.text != "," {
			return false
		}
		if s.text(k) == "a" && infinitiveLike(s.text(k+1)) {
			return s.compelledBefore(k)
		}
	}
	return false
}

// timeLinkWords join the words of a time adverbial: "durante 2023", "en
// lo que va de año".
var timeLinkWords = newWordSet("durante", "during", "en", "in", "de", "del", "lo", "que", "va", "so", "far")

// adverbialBefore returns the token before an adverbial of time or
// place of up to six words that ends at token j, in j's clause
// ("atendieron durante 2023 a 1.188.000 personas", "detuvo el pasado mes
// de mayo a 40", "atendieron en Madrid a 90.000"): the verb that takes
// the number after it. It returns j when no such adverbial ends there, or
// when its words are only prepositions.
func (s *sentence) adverbialBefore(j int) int {
	if j < 0 || j >= len(s.toks) {
		return j
	}
	k, timed := j, false
	for k >= 0 && k > j-6 && s.clause[k] == s.clause[j] {
		switch {
		case s.timeAdverbialAt(k) || s.periodAt(k) || s.toks[k].upper && s.entAt[k] < 0:
			timed = true
		case !s.in(k, timeLinkWords):
			if timed {
				return k
			}
			return j
		}
		k--
	}
	return j
}

// targetNouns make the people counted what an act aimed at: "objeto de
// amenazas", "the targets of threats".
var targetNouns = newWordSet("objeto", "blanco", "víctimas", "target", "targets", "victims", "subject")

// actAgainst reports whether the split keyword's stem, as the noun of an
// act, stands right before "against"/"contra" and number m: "513 threats
// against 364 federal judges", "amenazas contra 40 jueces".
func (s *sentence) actAgainst(m *numMention, sk splitKeyword) bool {
	j := m.qStart - 1
	if t := s.text(j); t != "against" && t != "contra" && t != "targeting" {
		return false
	}
	return s.actNounOf(j-1, sk) && !s.in(j-2, irrealisMarkers)
}

// actNounOf reports whether token i is the noun of the act the split
// keyword's participle names: the same stem, or one the participle's stem
// extends ("threats" for "threatened": threat, threaten).
func (s *sentence) actNounOf(i int, sk splitKeyword) bool {
	if s.isStem(i, sk) {
		return true
	}
	k := 0
	if s.es {
		k = 1
	}
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokWord || len(sk.stem[k]) < 5 {
		return false
	}
	st := s.stemAt(i)
	return len(st) >= 5 && len(sk.stem[k])-len(st) <= 2 && strings.HasPrefix(sk.stem[k], st)
}

// childNouns name children (demographicGroups' first group): a split
// keyword of one ("menores retirados") counts them named by another
// ("retiró a 24 niños").
var childNouns = newWordSet(demographicGroups[0]...)

// pluralPreterite reports whether folded Spanish word w ends as a verb in
// the third person plural of the preterite does ("retiraron",
// "rescataron", "recibieron").
func pluralPreterite(w string) bool {
	return len(w) > 6 && (strings.HasSuffix(w, "aron") || strings.HasSuffix(w, "ieron"))
}

// sameRoleGroup reports whether folded nouns a and b name people of one
// role (roleGroups): "agentes" and "policías", "enfermeras" and
// "médicos".
func sameRoleGroup(a, b string) bool {
	g, ok := roleGroups[a]
	return ok && g == roleGroups[b]
}

// appendSplitKeywordMetrics appends to out the metrics looked for whose
// split keyword the sentence holds, its noun with the participle after it
// ("accounts had been frozen"), and returns it.
func (s *sentence) appendSplitKeywordMetrics(out []int) []int {
	for _, mi := range s.active {
		info := &s.e.metrics[mi]
	splits:
		for _, sk := range info.splits {
			for j := range s.toks {
				if w := s.text(j); (w == sk.noun || w == sk.other) && s.participleAfter(j, sk) {
					out = append(out, mi)
					break splits
				}
			}
		}
	}
	return out
}
