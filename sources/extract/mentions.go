package extract

import (
	"errors"
	"math/bits"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gapwatch/gapwatch/tracker"
)

// maxNumberWords bounds a number in words: the longest real one,
// "novecientos noventa y nueve mil novecientos noventa y nueve", has ten.
const maxNumberWords = 16

// numMention is a number found in a sentence, in tokens [t0, t1).
type numMention struct {
	t0, t1      int
	value, high int64
	qual        tracker.Qualifier
	mult        int64 // the multiplier of its last scale word ("million"), 1 if none
	plain4      bool  // four bare digits: possibly a year
	unitWord    bool  // "one", "un", "una", "uno" alone
	pending     string
	trap        bool   // not a figure: a date, an amount of money, …
	dropReason  string // why it is not a figure (see trapReason), once known
	head        headKind
	headAt      int  // the token of the noun it counts, or -1
	qStart      int  // the first token of its qualifier ("more than"), or t0
	subset      bool // after "including", "entre ellos": a part of the count before it
	ofThem      bool // "444 of them", "16.681 de ellas": a part of a count just given
	perDay      bool // followed by "a day", "al día" when a metric counts per day
	placed      bool // followed by a place that may make it a part ("en la provincia de")
	further     bool // after "a further", "another": an increment of a count of the same metric before it

	// conversion is, for a number stated in a larger unit than a metric's
	// and converted to it, 1 + its index into unitConversions, else 0
	conversion int
	metric     int // linked metric index, -1 when none
	byKeyword  bool
	// partsFrom is, for a total given after its parts ("91 migrants off
	// Lesvos and 111 off Samos, 202 people in all"), 1 + the index of its
	// first part, else 0
	partsFrom int
	// wholeTerm is, for the whole after a part ("28 of the 31 drones
	// launched"), the token of the term that says what it counts, else 0
	wholeTerm int
	// elided is, for a part whose noun is the whole's, left out ("of
	// which 293,929 suspected"), 1 + the metric of the keyword they make
	// together, else 0
	elided int
	// ranked is, for an ordinal count whose people noun an event follows
	// ("the fourth political prisoner to die"), 1 + the metric of that
	// event, else 0
	ranked int
	// named is, for a part whose copula gives what its people were as a
	// keyword of another metric than its whole's ("de los cuales 112
	// eran menores"), 1 + that metric, else 0
	named int
	// rank is set for a count given as a rank: "the 67th attack", "el
	// ataque número 26" (whose "número" labels nothing)
	rank bool
}

// headKind is what follows a number: what it counts.
type headKind uint8

const (
	headBare   headKind = iota // nothing, a verb or a function word: "400 were freed", "a figure of 400."
	headPeople                 // a noun for people: "56 prisoners", "400 personas"
	headTerm                   // a keyword or event term: "56 releases", "56 excarcelaciones"
	headOther                  // any other noun: "12 prisons", "3 press conferences"
)

// in reports whether token i's word is in the lexicon set ls; false when
// i is out of range.
func (s *sentence) in(i int, ls *lexSet) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false // (i < 0 too)
	}
	return ls.hasToken(&s.toks[i])
}

// text returns the folded text of token i, or "" outside the sentence.
func (s *sentence) text(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].text
}

// determinerAt reports whether token i is an article or possessive: "a"
// is one in English only, since in Spanish it is the preposition of
// "explicó a EFE" and "aumentó a 52".
func (s *sentence) determinerAt(i int) bool {
	return s.in(i, determiners) && !(s.es && s.text(i) == "a")
}

// findNumbers collects the numbers of the sentence, in digits or words.
func (s *sentence) findNumbers() {
	toks := s.toks
	for i := 0; i < len(toks); {
		t := toks[i]
		if t.inURL {
			i++
			continue
		}
		var m numMention
		var ok bool
		switch t.kind {
		case tokDigits:
			if m, ok = s.numberedRankAt(i); !ok {
				m, ok = s.digitMention(i)
			}
		case tokAlnum:
			m, ok = s.abbreviatedScale(i)
		case tokWord:
			if s.numberStart(i) {
				m, ok = s.wordMention(i)
			}
		}
		if !ok && (t.kind == tokWord || t.kind == tokAlnum) {
			m, ok = s.ordinalCountAt(i) // "the fourth political prisoner to die"
		}
		if !ok {
			i++
			continue
		}
		m.metric = -1
		if m.qual == "" {
			m.qual = tracker.Exact
		}
		for len(s.nums) > 0 && s.nums[len(s.nums)-1].t1 > m.t0 {
			s.nums = s.nums[:len(s.nums)-1] // "three" of "three quarters of a million"
		}
		s.nums = append(s.nums, m)
		i = m.t1
	}
}

// digitMention reads a numeral in digits at i, with the scale words that
// follow it ("1.5 million", "56 mil").
func (s *sentence) digitMention(i int) (numMention, bool) {
	t := s.toks[i]
	if strings.ContainsAny(t.text, ":/") {
		return numMention{}, false // a time or a date
	}
	if strings.ContainsAny(t.text, "-–‑") {
		return s.hyphenRange(i)
	}
	j := i + 1
	for j < len(s.toks) && j-i < maxNumberWords {
		if nw, ok := numberWords[s.toks[j].text]; ok && s.toks[j].kind == tokWord &&
			(nw.kind == kindScale || nw.kind == kindDozen) {
			j++
			continue
		}
		break
	}
	for ; j > i; j-- {
		v, err := parseNumber(s.joined(i, j))
		if err == nil {
			m := numMention{t0: i, t1: j, value: v, mult: 1}
			if j > i+1 {
				m.mult = numberWords[s.toks[j-1].text].value
				if d, ok := englishDecimal(t.text, m.mult); ok && !s.es {
					m.value = d // "3.207 million" in English is 3,207,000
				}
				if d, ok := decimalBeforeScale(t.text, ',', m.mult); ok && s.es && m.mult >= 1_000_000 {
					m.value = d // "7,891 millones" in Spanish is 7,891,000
				}
			}
			m.plain4 = j == i+1 && len(t.text) == 4 && allDigits(t.text)
			s.scaleGroups(&m)
			return m, true
		}
		if j == i+1 && errors.Is(err, errDecimal) {
			// "1.5" in "between 1.5 and 2 million": waits for a scale
			return numMention{t0: i, t1: j, pending: t.text, mult: 1}, true
		}
	}
	return numMention{}, false
}

// abbreviatedScale reads an English numeral with its scale glued on as a
// letter or two: "4.5m people", "2bn", "23k people" (Spanish "4,5m" is
// metres).
func (s *sentence) abbreviatedScale(i int) (numMention, bool) {
	t := s.toks[i].text
	if s.es {
		return numMention{}, false
	}
	var mult int64
	var digits, scale string
	switch {
	case strings.HasSuffix(t, "bn"):
		mult, digits, scale = 1_000_000_000, t[:len(t)-2], "billion"
	case strings.HasSuffix(t, "m"):
		mult, digits, scale = 1_000_000, t[:len(t)-1], "million"
	case strings.HasSuffix(t, "k") && i+1 < len(s.toks) && s.toks[i+1].kind == tokWord:
		mult, digits, scale = 1_000, t[:len(t)-1], "thousand" // "23k people"
	default:
		return numMention{}, false
	}
	if digits == "" || strings.Trim(digits, "0123456789.,") != "" || digits[0] < '0' || digits[0] > '9' {
		return numMention{}, false
	}
	v, err := parseNumber(digits + " " + scale)
	if err != nil {
		return numMention{}, false
	}
	if d, ok := englishDecimal(digits, mult); ok {
		v = d // "3.207m" is 3,207,000
	}
	m := numMention{t0: i, t1: i + 1, value: v, mult: mult}
	s.scaleGroups(&m)
	return m, true
}

// yearToken reports whether digits are a plain year: "2024".
func yearToken(t string) bool {
	if len(t) != 4 || !allDigits(t) {
		return false
	}
	y, _ := strconv.Atoi(t)
	return y >= 1800 && y <= 2100
}

// yearOfToken returns the year a token names: a year ("2019") or the
// first year of a span of two years, fiscal or seasonal ("2019-20",
// "2022-2023", "2019/20"). ok is false for anything else.
func yearOfToken(t string) (year int, ok bool) {
	if yearToken(t) {
		y, _ := strconv.Atoi(t)
		return y, true
	}
	if len(t) != 7 && len(t) != 9 || t[4] != '-' && t[4] != '/' || !yearToken(t[:4]) || !allDigits(t[5:]) {
		return 0, false
	}
	y, _ := strconv.Atoi(t[:4])
	next, _ := strconv.Atoi(t[5:])
	if len(t) == 7 && next != (y+1)%100 || len(t) == 9 && next != y+1 {
		return 0, false
	}
	return y, true
}

// scaleGroups adds to number m the groups written in digits after its
// scale word, Mexican style: "152 mil 592", "2 millones 300 mil", "220 mil
// 035", "mil 47".
func (s *sentence) scaleGroups(m *numMention) {
	for m.t1 < len(s.toks) && m.mult > 1 && s.toks[m.t1].kind == tokDigits {
		if w := s.toks[m.t1].text; len(w) == 3 && allDigits(w) && w[0] == '0' && m.mult == 1000 {
			v, _ := strconv.Atoi(w) // "220 mil 035": the zeros pad the group
			m.value += int64(v)
			m.t1++
			return
		}
		if w := s.toks[m.t1].text; len(w) == 3 && allDigits(w) && w[0] == '0' && m.mult == 1_000_000 && s.text(m.t1+1) == "mil" {
			v, _ := strconv.Atoi(w) // "un millón 080 mil 898": the zeros pad the thousands
			m.value += int64(v) * 1000
			m.t1, m.mult = m.t1+2, 1000
			continue
		}
		rest, ok := s.digitMention(m.t1)
		if ok && rest.pending == "" && m.mult == 1000 && rest.mult >= 1_000_000 && rest.value%rest.mult == 0 &&
			rest.value/rest.mult < 1000 && len(s.toks[m.t1].text) <= 3 {
			// "40 mil 600 millones": forty thousand six hundred millions
			m.value = (m.value + rest.value/rest.mult) * rest.mult
			m.t1, m.mult = rest.t1, rest.mult
			return
		}
		if w := s.toks[m.t1].text; !ok || rest.pending != "" || rest.value >= m.mult ||
			len(w) > 3 && (m.mult < 1_000_000 || !strings.ContainsAny(w, ".,")) {
			// ("un millón 761.433" is 1,761,433: a grouped remainder
			// below a million)
			return
		}
		m.value += rest.value
		m.t1, m.mult = rest.t1, rest.mult
	}
}

// englishDecimal returns digits with one period times a scale, the period
// read as a decimal point ("3.207" million is 3,207,000), and whether the
// result is whole; false for any other digits.
func englishDecimal(digits string, mult int64) (int64, bool) {
	return decimalBeforeScale(digits, '.', mult)
}

// decimalBeforeScale returns digits with one separator sep (and no other)
// times a scale, sep read as a decimal point, and whether the result is
// whole; false for any other digits.
func decimalBeforeScale(digits string, sep byte, mult int64) (int64, bool) {
	other := ","
	if sep == ',' {
		other = "."
	}
	dot := strings.IndexByte(digits, sep)
	if dot <= 0 || strings.Count(digits, string(sep)) != 1 || strings.Contains(digits, other) || mult <= 1 {
		return 0, false
	}
	whole, frac := digits[:dot], digits[dot+1:]
	if len(frac) != 3 || !allDigits(whole) || !allDigits(frac) || len(whole) > 3 {
		return 0, false // (other decimals parse as decimals already)
	}
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if err != nil || mult%1000 != 0 {
		return 0, false
	}
	return n * (mult / 1000), true
}

// hyphenRange reads "300-400": a range when both sides are counts and the
// high end is larger; phone numbers ("555-1234"), dates ("2026-01-08") and
// pairs of years are not numbers.
func (s *sentence) hyphenRange(i int) (numMention, bool) {
	parts := strings.FieldsFunc(s.toks[i].text, func(r rune) bool { return r == '-' || r == '–' || r == '‑' })
	if len(parts) != 2 {
		return numMention{}, false
	}
	a, b := parts[0], parts[1]
	if !allDigits(a) || !allDigits(b) || (len(a) > 1 && a[0] == '0') || (len(b) > 1 && b[0] == '0') ||
		(len(a) == 3 && len(b) == 4) {
		return numMention{}, false
	}
	lo, err1 := parseNumber(a)
	hi, err2 := parseNumber(b)
	if err1 != nil || err2 != nil || hi <= lo || (lo >= 1800 && lo <= 2100 && hi >= 1800 && hi <= 2100) {
		return numMention{}, false
	}
	return numMention{t0: i, t1: i + 1, value: lo, high: hi, qual: tracker.Range, mult: 1}, true
}

// joined returns the folded text of tokens [i, j) separated by spaces.
func (s *sentence) joined(i, j int) string {
	if j == i+1 {
		return s.toks[i].text
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(s.toks[k].text)
	}
	return b.String()
}

// numberWordAt returns the meaning of a number word token, including
// English hyphenated compounds ("fifty-six").
func (s *sentence) numberWordAt(i int) (numberWord, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokWord {
		return numberWord{}, false
	}
	t := &s.toks[i]
	w := t.text
	if t.numbered() && !numberWordNums.has(t.id) && strings.IndexByte(w, '-') < 0 {
		return numberWord{}, false // (most words: neither a number word nor a compound of them)
	}
	if nw, ok := numberWords[w]; ok {
		if w == "once" && !s.es {
			return numberWord{}, false // English "once"
		}
		return nw, true
	}
	if strings.Contains(w, "-") {
		parts := strings.Split(w, "-")
		for _, p := range parts {
			nw, ok := numberWords[p]
			if !ok || nw.kind == kindAnd || nw.kind == kindArticle || nw.kind == kindVague {
				return numberWord{}, false
			}
		}
		return numberWord{kind: kindTens}, true
	}
	return numberWord{}, false
}

// smallNumberAt reports whether token i is a number up to 20, in digits
// or in words: the count a ratio takes out of another ("one in five").
func (s *sentence) smallNumberAt(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	if s.toks[i].kind == tokDigits {
		v, err := parseNumber(s.toks[i].text)
		return err == nil && v <= 20
	}
	w, ok := s.numberWordAt(i)
	return ok && w.value <= 20
}

// countStartsAt reports whether a number, in digits or in words, starts
// at token i: "40 guerrilleros", "seis soldados" (not the article "a").
func (s *sentence) countStartsAt(i int) bool {
	return i >= 0 && i < len(s.toks) && (s.toks[i].kind == tokDigits || s.toks[i].kind == tokWord && s.numberStart(i))
}

// numberStart reports whether a number in words may start at token i.
func (s *sentence) numberStart(i int) bool {
	nw, ok := s.numberWordAt(i)
	if !ok || (s.toks[i].text == "cien" && s.text(i-1) == "por") {
		return false
	}
	next, nextOK := s.numberWordAt(i + 1)
	switch nw.kind {
	case kindAnd, kindVague:
		return false
	case kindArticle:
		if s.in(i+1, pluralScales) {
			return false // "empujar a millones de menores": no number
		}
		return nextOK && (next.kind == kindScale || next.kind == kindDozen || next.kind == kindHundred)
	case kindHalf:
		return nextOK && (next.kind == kindArticle || next.kind == kindScale || next.kind == kindDozen)
	case kindHundred, kindDozen:
		// "ciento", and "ha superado el millar de muertos", "los heridos
		// rondan el centenar"
		w := s.toks[i].text
		return w == "ciento" && s.text(i-1) != "por" ||
			(w == "millar" || w == "centenar") && (s.text(i-1) == "el" || s.text(i-1) == "del" || s.text(i-1) == "al")
	case kindScale:
		// "mil", and "el millón y medio", "superó el millón de votos"
		return s.toks[i].text == "mil" || s.toks[i].text == "millon" && (s.text(i-1) == "el" || s.text(i-1) == "del" || s.text(i-1) == "al")
	}
	return true
}

// wordMention reads a number in words starting at i.
func (s *sentence) wordMention(i int) (numMention, bool) {
	j := i
	for j < len(s.toks) && j-i < maxNumberWords {
		nw, ok := s.numberWordAt(j)
		if !ok {
			break
		}
		if nw.kind == kindAnd || nw.kind == kindArticle {
			if _, nextOK := s.numberWordAt(j + 1); !nextOK {
				break
			}
		}
		if nw.kind == kindVague {
			break
		}
		j++
	}
	for ; j > i; j-- {
		if nw, _ := s.numberWordAt(j - 1); nw.kind == kindAnd || nw.kind == kindArticle {
			continue
		}
		v, err := parseNumber(s.joined(i, j))
		if err != nil {
			continue
		}
		m := numMention{t0: i, t1: j, value: v, mult: 1}
		if last, _ := s.numberWordAt(j - 1); j > i+1 && (last.kind == kindScale || last.kind == kindHundred || last.kind == kindDozen) {
			m.mult = last.value
		}
		if j == i+1 && spanishArticles.hasToken(&s.toks[i]) && !s.onePersonEvent(i) {
			return numMention{}, false // "un", "una": an article
		}
		m.unitWord = j == i+1 && unitNumberWords.hasToken(&s.toks[i])
		if m.mult > 1 || j == i+1 && s.toks[i].text == "mil" {
			if m.mult <= 1 {
				m.mult = 1000
			}
			s.scaleGroups(&m) // "mil 47 escuelas"
		}
		if f := s.quarterOf(i); f > 0 && m.value%4 == 0 {
			m.value = m.value / 4 * f // "a quarter of a million"
			m.t0 = i - 3
			if s.text(i-3) != "a" && s.text(i-3) != "one" && s.text(i-3) != "three" {
				m.t0 = i - 2
			}
		}
		return m, true
	}
	return numMention{}, false
}

// quarterOf returns how many quarters the words before a number in words
// at token i take of it: 1 for "a quarter of a million", 3 for "three
// quarters of a million"; 0 for none.
func (s *sentence) quarterOf(i int) int64 {
	if s.text(i-1) != "of" || s.text(i) != "a" {
		return 0
	}
	switch s.text(i - 2) {
	case "quarter":
		return 1
	case "quarters":
		if s.text(i-3) == "three" {
			return 3
		}
	}
	return 0
}

// combineRanges joins "between X and Y", "entre X y Y", "from X to Y",
// "X to Y" and "X - Y" into one range mention, and turns "rose from X to Y"
// into Y alone.
func (s *sentence) combineRanges() {
	out := s.nums[:0]
	for k := 0; k < len(s.nums); k++ {
		a := s.nums[k]
		if k+1 < len(s.nums) && a.qual != tracker.Range {
			b := s.nums[k+1]
			if merged, change, ok := s.rangeOf(a, b); ok {
				if change {
					// "rose from 36 to 75": no range; markChangeOrigins
					// drops the value the change starts from
					out = append(out, a, b)
				} else {
					out = append(out, merged)
				}
				k++
				continue
			}
		}
		out = append(out, a)
	}
	s.nums = out
	// a decimal that found no scale is no count: kept as a trap so that
	// --explain shows it ("3.5%" a percentage, "4.5 tons" a decimal), with
	// its whole part as its value
	for k := range s.nums {
		m := &s.nums[k]
		if m.pending == "" {
			continue
		}
		if r, err := parseDigits(m.pending); err == nil && r.den > 0 {
			m.value = r.num / r.den
		}
		m.high, m.qual = 0, tracker.Exact
		reason := s.trapReason(m)
		if reason == "" || reason == "zero" {
			reason = "decimal"
		}
		m.trap, m.dropReason, m.pending = true, reason, ""
	}
}

// futureVerbGoverns reports whether the Spanish verb next to number m, in
// the future, says what the number counts will be: the verb before it
// across function words ("recibirán cerca de medio millón", "rebajará a
// 7.500") or right after its noun ("183 presos serán liberados").
func (s *sentence) futureVerbGoverns(m *numMention) bool {
	for j, n := m.qStart-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		t := &s.toks[j]
		if t.kind != tokWord {
			break
		}
		if t.future {
			return !t.upper
		}
		if s.timeAdverbialAt(j) || t.text == "proximo" || t.text == "proxima" || t.text == "libertad" && s.text(j-1) == "en" {
			n-- // "liberará el próximo sábado a 183", "pondrá en libertad a 183"
			continue
		}
		if !functionWords.hasToken(t) || t.text == "a" && s.determinerAt(j+1) {
			break // (not "se sumarán a los 1.700 soldados que ya operaban": those already there)
		}
	}
	k := m.t1
	if m.headAt >= k {
		k = m.headAt + 1
	}
	// (not "36.025.318 electores podrán votar": those who can)
	return k < len(s.toks) && s.toks[k].future && !s.toks[k].upper && !s.in(k, abilityModals)
}

// abilityModals after a count say what those counted can do, not what
// will happen to them: "36.025.318 electores podrán votar".
var abilityModals = newWordSet("podrá", "podrán")

// personNounsSingular name one person, whose "de" and a number give the
// age: "una nena de 10", "su madre, de 42".
var personNounsSingular = newWordSet("nena", "nene", "niña", "niño", "mujer", "hombre", "joven", "adolescente", "madre",
	"padre", "hijo", "hija", "bebé", "anciano", "anciana", "chico", "chica", "muchacho", "muchacha", "esposa", "esposo",
	"abuela", "abuelo", "señora", "señor", "menor", "estudiante", "víctima", "paciente")

// coordinatedWithoutVerb reports whether tokens [i, j), at most eight,
// hold a coordinating "and", "y", "or", "o" and no verb or sentence
// punctuation: the count at j is another item of the one before i.
func (s *sentence) coordinatedWithoutVerb(i, j int) bool {
	if j <= i || j-i > 8 {
		return false
	}
	conj := false
	for k := i; k < j; k++ {
		t := &s.toks[k]
		switch {
		case t.text == "and" || t.text == "y" || t.text == "or" || t.text == "o":
			conj = true
		case t.kind == tokPunct && t.text != ",":
			return false
		case t.kind == tokWord && (verbLike(t.text) || t.preterite || t.future || s.in(k, auxiliaries)):
			return false
		}
	}
	return conj
}

// rangeJoiners join the two ends of an age or a day range: "aged 0 to 17",
// "July 11 and 12", "de 8 a 14".
var rangeJoiners = newWordSet("to", "and", "a", "y", "-", "–", "al", "until", "hasta")

// rangeOf joins consecutive numbers a and b into a range when the words
// between and before them make one; change is set for "rose from a to b".
func (s *sentence) rangeOf(a, b numMention) (merged numMention, change, ok bool) {
	if b.qual == tracker.Range || b.pending != "" || b.t0 != a.t1+1 {
		return numMention{}, false, false
	}
	a.head, a.headAt = s.head(a.t1)
	if a.pending == "" && s.trapReason(&a) != "" {
		return numMention{}, false, false // "since Jan. 8 to 81"
	}
	mid := s.text(a.t1)
	before := s.text(a.t0 - 1)
	isRange := false
	switch mid {
	case "and", "y", "e":
		isRange = before == "between" || before == "entre"
	case "to", "a", "al", "hasta":
		switch before {
		case "from", "de", "desde", "del":
			// a verb of change whose object is all that stands between:
			// "elevó la cifra de excarcelados del 12 al 15", "raised its
			// count of released prisoners from 12 to 15" (a comma may
			// follow a noun of change: "un leve aumento, de 136 a 143")
			for k := a.t0 - 2; k >= 0 && k >= a.t0-12; k-- {
				changeBy := s.toks[k].kind == tokDigits && (s.text(k-1) == "en" || s.text(k-1) == "by")
				if s.toks[k].kind != tokWord && (k < a.t0-2 || s.text(k) != ",") && !changeBy && !s.dayOfMonthAt(k) {
					break // (the change itself may stand between: "han aumentado en 1.196 en el mismo periodo, de 2.220 a 3.416")
				}
				if s.in(k, changeVerbs) {
					return numMention{}, true, true
				}
			}
			if s.text(a.t0-2) == "," && s.changeVerbOpens(a.t0-2) {
				// "rose by 72% in the first six months of 2018 compared
				// with the same period a year earlier, from 890 to 1,449":
				// the change the sentence opened on, set apart
				return numMention{}, true, true
			}
			isRange = true
		case "by", "en":
			// "risen by 20 to 300": the change, then the count reached
			isRange = mid == "to" && !s.in(a.t0-2, changeVerbs)
		default:
			isRange = mid == "to"
		}
	case "-", "–", "—":
		isRange = true
	}
	if !isRange {
		return numMention{}, false, false
	}
	lo := a.value
	if a.pending != "" {
		if b.mult <= 1 {
			return numMention{}, false, false
		}
		v, err := parseNumber(a.pending + " " + s.text(b.t1-1))
		if err != nil {
			return numMention{}, false, false
		}
		lo = v
	} else if a.mult == 1 && b.mult > 1 && lo*b.mult <= b.value {
		lo *= b.mult // "between 300 and 400 thousand", "between three and four hundred"
	}
	if b.value <= lo {
		return numMention{}, false, false
	}
	return numMention{t0: a.t0, t1: b.t1, value: lo, high: b.value, qual: tracker.Range, mult: b.mult}, false, true
}

// qualify sets each number's qualifier from the words around it and marks
// parts of another count ("including 12 women") and bases ("56 of the 863").
func (s *sentence) qualify() {
	prevEnd := -1
	subset := false
	for k := range s.nums {
		m := &s.nums[k]
		start := m.t0
		for start > 0 && isQuoteText(s.toks[start-1].text) {
			start--
		}
		qStart := start
		if m.qual != tracker.Range {
			if id, n, ok := qualifierBefore.matchEndingAt(s.toks, start); ok && !(n == 1 && s.verbParticle(start-1)) && !s.levelReached(start-n, n) {
				m.qual = qualifierOrder[id]
				qStart = start - n
			} else if s.es && start > 0 && s.toks[start-1].text == "a" {
				if id, n := hedgeBeforePersonalA(s.toks, start-1); n > 0 {
					m.qual = qualifierOrder[id] // "mataron al menos a cuatro": the hedge before the personal "a"
					qStart = start - 1 - n
				}
			}
			if m.qual == tracker.Exact && start > 0 && s.text(start-1) == "+" && !s.toks[start].spaceBefore {
				m.qual = tracker.AtLeast // "+400"
			}
			if id, _, ok := qualifierAfter.matchAt(s.toks, m.t1); ok && m.qual == tracker.Exact {
				m.qual = qualifierOrder[id]
			} else if id, _, ok := s.qualifierAside(m.t1); ok && m.qual == tracker.Exact {
				m.qual = qualifierOrder[id] // "otros 50, como mínimo, resultaron heridos"
			}
			for j := m.t0; j < m.t1 && m.qual == tracker.Exact; j++ {
				if roundCollectives.hasToken(&s.toks[j]) {
					m.qual = tracker.About // "una veintena de": some twenty
				}
			}
		} else if before := s.text(m.t0 - 1); before == "between" || before == "entre" || before == "from" || before == "de" || before == "desde" {
			qStart = m.t0 - 1
		}
		if _, n, ok := subsetMarkers.matchEndingAt(s.toks, s.pastArticle(k, qStart)); ok && (k > 0 || !s.tallyIncludes(qStart-n)) ||
			s.withAfterCount(k, qStart) {
			// (not "The ministry's running tally includes 626 deaths": with
			// no count before it, what a tally includes is its content)
			m.trap, m.dropReason, m.subset = true, "partial", true
			subset = true
		} else if subset && k > 0 && s.listContinues(prevEnd, qStart) {
			m.trap, m.dropReason, m.subset = true, "partial", true // "including 12 women and two foreigners"
		} else {
			subset = false
		}
		if id, n, ok := baseMarkers.matchEndingAt(s.toks, qStart); (ok && (id == 2 || (prevEnd >= 0 && prevEnd == qStart-n)) ||
			s.possessiveBase(prevEnd, qStart)) && !(k > 0 && s.everyOneOf(&s.nums[k-1])) {
			if at := s.wholeEventAt(m); at >= 0 {
				m.wholeTerm = at // "28 of the 31 drones launched": a count of its own
			} else {
				m.trap, m.dropReason = true, "comparison"
			}
		}
		if s.passedMark(k) {
			m.trap, m.dropReason = true, "comparison"
		}
		m.qStart = qStart
		prevEnd = m.t1
	}
}

// passedMark reports whether number k is a round mark ("el centenar", "el
// millar", "el millón") that a larger count the sentence gave before it
// has passed: "situó en 382 el número de fallecidos, un recuento que por
// primera vez supera el centenar". The mark only says how large that count
// is.
func (s *sentence) passedMark(k int) bool {
	m := &s.nums[k]
	if m.qual != tracker.AtLeast || m.t1-m.t0 != 1 || !s.markWordAt(m.t0) {
		return false
	}
	for j := range k {
		if o := &s.nums[j]; !o.trap && o.value > m.value && s.toks[o.t0].kind == tokDigits {
			return true
		}
	}
	return false
}

// markWordAt reports whether token i is a collective after the definite
// article, a round mark: "el centenar", "el millar", "el millón".
func (s *sentence) markWordAt(i int) bool {
	switch s.text(i) {
	case "centenar", "millar", "millon":
		return s.text(i-1) == "el"
	}
	return false
}

// pastArticle returns the start of the definite article before the
// count starting at token qStart, when an earlier count of the sentence
// stands before it: "20 patients were taken to hospitals, including the 11
// in serious condition", "entre ellos los 12 menores". It returns qStart
// otherwise.
func (s *sentence) pastArticle(k, qStart int) int {
	if k > 0 && qStart > 0 {
		switch s.text(qStart - 1) {
		case "the", "los", "las":
			return qStart - 1
		}
	}
	return qStart
}

// settingAside reports whether number m stands in a relative clause set
// off by a comma that opens on where something happened ("en el que",
// "donde", "in which") and names no term of a metric nor a figure noun:
// "las turbulencias que sacudieron el avión, en el que viajaban 233
// personas,". It counts who or what was there.
func (s *sentence) settingAside(m *numMention) bool {
	start := -1
	for k := m.qStart - 1; k >= 0 && k >= m.qStart-8; k-- {
		if t := s.text(k); t == "," {
			start = k + 1
			break
		} else if t == ";" || t == "(" || s.toks[k].kind == tokDigits {
			return false
		}
	}
	if start < 0 {
		return false
	}
	if _, _, ok := settingRelatives.matchAt(s.toks, start); !ok {
		return false
	}
	for k := start; k < len(s.toks); k++ {
		if t := s.text(k); t == "," || t == ";" || t == "." {
			break
		}
		if e := s.entAt[k]; e >= 0 && s.ents[e].ent >= 0 || s.in(k, figureNouns) {
			return false
		}
	}
	return true
}

// possessiveBase reports whether the count starting at token qStart is the
// whole of the one ending at prevEnd through an English possessive: "238
// of the province's 311 pharmacies", "12 of Spain's 50 provinces".
func (s *sentence) possessiveBase(prevEnd, qStart int) bool {
	if prevEnd < 0 || qStart-prevEnd < 3 || qStart-prevEnd > 6 || s.text(qStart-1) != "'s" || s.text(prevEnd) != "of" {
		return false
	}
	for j := prevEnd + 1; j < qStart-1; j++ {
		if t := &s.toks[j]; t.kind != tokWord && t.kind != tokAlnum {
			return false
		}
	}
	return true
}

// wholeEventAt returns the token of the term that says what happened to
// the people or things of number m, the whole after a part: a participle
// on its noun ("8 de los 9 drones lanzados", "128 de los 154 drones de
// largo alcance lanzados por Rusia") or the verb of a
// relative clause on it ("15 de los 137 rehenes que Hamás mantiene
// cautivos", "63 de los 65 mineros que murieron"). Such a whole is a count
// of its own, not a base to compare with ("4,063 of the 472,075 voting
// machines"), and so is a whole whose own noun is an event term ("12 of
// the 17 dead were found inside"); but the predicate of the part ("56 of
// the 863 political prisoners have been released") says nothing of the
// whole. It returns -1 when no such term stands there.
func (s *sentence) wholeEventAt(m *numMention) int {
	_, at := s.head(m.t1)
	if at < 0 {
		if !relativeWords.has(s.text(m.t1)) {
			return -1
		}
		at = m.t1 - 1 // "out of 240 who fled": the relative clause on the number itself
	}
	if e := s.entAt[at]; e >= 0 {
		if t1 := s.ents[e].t1; t1-at > 1 && (verbLike(s.text(t1-1)) || s.in(t1-1, irregularParticiples)) && s.ents[e].ent >= 0 && s.ents[e].actor < 0 {
			return at // a keyword that holds the participle: "9 drones lanzados"
		}
		if em := s.ents[e]; em.ent >= 0 && em.actor < 0 && em.t0 == at && !s.in(at, peopleNouns) {
			if cat := s.e.ents[em.ent].cat; !cat.empty() && !cat.overlaps(s.e.lex.state) {
				return at // "12 of the 17 dead were found inside": the dead, a count of its own
			}
		}
		at = s.ents[e].t1 - 1 // the end of a noun that is a term: "drones de largo alcance" starts after it
	}
	relative, aux := false, false
	for k := at + 1; k < len(s.toks) && k <= at+6; k++ {
		t := s.text(k)
		if s.toks[k].kind == tokPunct || auxiliaries.has(t) && !relative {
			return -1
		}
		// "110 pilgrims who had been reported missing": the term of the
		// relative clause past its auxiliaries (not "the 2,500 that were
		// planned", a verb of no event)
		aux = aux || auxiliaries.has(t)
		relative = relative || relativeWords.has(t)
		if s.toks[k].kind == tokWord && verbLike(t) && s.entAt[k] < 0 && !aux {
			return k // "lanzados por Rusia", "Russia launched": its noun says what it counts
		}
		if e := s.entAt[k]; e >= 0 && s.ents[e].ent >= 0 && s.ents[e].actor < 0 && !s.ents[e].irrealis &&
			(verbLike(t) || relative || s.in(k, irregularParticiples)) {
			if ent := s.e.ents[s.ents[e].ent]; !ent.cat.empty() || len(ent.metrics) > 0 {
				return k
			}
		}
	}
	return -1
}

// tallyIncludes reports whether token v is a verb of inclusion whose
// subject, just before it, is a tally: "The ministry's running tally
// includes 626 deaths" (not "Those executed included 30 women").
func (s *sentence) tallyIncludes(v int) bool {
	if !s.in(v, inclusionVerbs) {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-2; k-- {
		if s.in(k, figureNouns) {
			return true
		}
	}
	return false
}

// withAfterCount reports whether number k follows "con"/"with" after an
// earlier number of its sentence: "687 presos políticos, con 600 hombres y
// 87 mujeres", "56 releases, with 12 women among them" describe what the
// earlier count is made of.
func (s *sentence) withAfterCount(k, qStart int) bool {
	if k == 0 {
		return false
	}
	switch s.text(qStart - 1) {
	case "con", "with":
	default:
		return false
	}
	if s.in(qStart-2, outcomeVerbs) {
		return false // "terminó con 36 detenidos", "ended with 36 arrests": what it came to, no part
	}
	for j := k - 1; j >= 0; j-- {
		if h, _ := s.head(s.nums[j].t1); !s.nums[j].trap && (h == headPeople || h == headTerm) {
			return true
		}
	}
	return false
}

// outcomeVerbs before "with" or "con" give what an event came to: "un
// operativo con 800 efectivos terminó con 36 detenidos", "the raid ended
// with 36 arrests".
var outcomeVerbs = newWordSet("ended", "ends", "end", "finished", "concluded", "closed", "culminated",
	"terminó", "terminaron", "termina", "terminan", "acabó", "acabaron", "concluyó", "concluyeron", "finalizó",
	"finalizaron", "culminó", "culminaron", "cerró", "cerraron", "saldó", "saldaron", "salda", "saldan")

// levelReached reports whether the qualifier of n words at token q is a
// lone "hasta" after a verb of change: "subió un 57 %, hasta 201" gives
// the level reached, not a most. (Qualifiers are read before clauses are
// found, so it looks back to the sentence's stops, not changeVerbBefore.)
func (s *sentence) levelReached(q, n int) bool {
	if n != 1 || s.text(q) != "hasta" {
		return false
	}
	for k := q - 1; k >= 0 && k >= q-10; k-- {
		if t := s.text(k); t == "." || t == ";" || t == ":" {
			return false
		}
		if s.in(k, changeVerbs) {
			return true
		}
	}
	return false
}

// listContinues reports whether the tokens between the end of one number
// and the start of the next continue a list: "12 women and two", "3, 4".
func (s *sentence) listContinues(prevEnd, start int) bool {
	words := 0
	for k := prevEnd; k < start; k++ {
		switch t := s.text(k); {
		case t == "and" || t == "y" || t == "e" || t == "," || t == "as" || t == "well":
		case s.toks[k].kind == tokWord && words < 3:
			words++ // the noun of the previous item: "12 women and two"
		default:
			return false
		}
	}
	return true
}

func isQuoteText(t string) bool {
	switch t {
	case "\"", "'", "“", "‘", "«", "‹", "(":
		return true
	}
	return false
}

func isCloserText(t string) bool {
	switch t {
	case "\"", "'", "”", "’", "»", "›", ")", "]":
		return true
	}
	return false
}

// head classifies what the number ending at token t1 counts, and returns
// the token of that noun (-1 when bare).
// countedNoun reports whether word w is a metric's unit or a word of its
// keywords: "436,000 housing units" for a metric of homes counted in units.
func (s *sentence) countedNoun(w string) bool {
	if s.e.units[w] {
		return true
	}
	for _, mi := range s.active {
		if info := &s.e.metrics[mi]; info.countsNoun(w) || info.unit == w {
			return true
		}
	}
	return false
}

// modifierListEnd returns, when the tokens from j are a list of lowercase
// modifiers joined by commas and a conjunction and followed by a noun for
// people ("federal, state, county and campus officers"), the token of
// that noun; j otherwise.
func (s *sentence) modifierListEnd(j int) int {
	word := func(i int) bool {
		return i < len(s.toks) && s.toks[i].kind == tokWord && !s.toks[i].upper && s.entAt[i] < 0 && !s.in(i, peopleNouns) &&
			!s.in(i, functionWords)
	}
	i := j
	for word(i) && s.text(i+1) == "," {
		i += 2
	}
	if !word(i) || i == j && strings.HasSuffix(s.text(i), "s") {
		return j // (not "3,000 priests and other people": two nouns)
	}
	switch s.text(i + 1) {
	case "and", "or", "y", "e", "o", "u":
		i += 2
	default:
		return j
	}
	// "113 land and environmental defenders", "54 environmental and land
	// rights activists": one or two modifiers after the conjunction
	for n := 0; n < 2 && word(i) && s.text(i) != "other" && s.text(i) != "otros" && s.text(i) != "otras"; n++ {
		if i+1 < len(s.toks) && s.in(i+1, peopleNouns) {
			return i + 1
		}
		i++
	}
	return j
}

// speakersCounted reports whether the number ending before token t1 counts
// members of a listed actor who report something: "two of the pirates
// told Reuters", "según contaron a Reuters dos de los piratas". The actor
// follows "of the"/"de los", and a reporting verb follows the actor or
// comes just before the number.
func (s *sentence) speakersCounted(t1 int) bool {
	if w := s.text(t1); w != "of" && w != "de" || !s.determinerAt(t1+1) || t1+2 >= len(s.toks) {
		return false
	}
	k := s.entAt[t1+2]
	if k < 0 || s.ents[k].actor < 0 || s.ents[k].ent >= 0 && len(s.e.ents[s.ents[k].ent].metrics) > 0 {
		return false
	}
	if _, _, ok := cueVerbs.matchAt(s.toks, s.ents[k].t1); ok {
		return true
	}
	for q := t1 - 2; q >= 0 && q >= t1-6 && s.toks[q].kind != tokPunct; q-- {
		if _, _, ok := cueVerbs.matchAt(s.toks, q); ok {
			return true
		}
	}
	return false
}

// ownersAfter reports whether "of" or "de" at token t1 and a possessive
// after it open the owner's own people or things: "241 of our officers",
// "nueve de sus convoyes".
func (s *sentence) ownersAfter(t1 int) bool {
	w := s.text(t1)
	return (w == "of" || w == "de") && (s.in(t1+1, possessives) || s.in(t1+1, ownersPossessives)) && t1+2 < len(s.toks)
}

func (s *sentence) head(t1 int) (headKind, int) {
	if _, _, ok := s.conversionAt(t1); ok {
		return headBare, -1 // "9.001 km²" for a metric of hectares
	}
	if t := s.text(t1); t == "de" || t == "of" {
		if _, _, ok := s.conversionAt(t1 + 1); ok {
			return headBare, -1 // "2,5 millones de metros cuadrados"
		}
	}
	if s.speakersCounted(t1) {
		return headOther, t1 + 2 // "según contaron a Reuters dos de los piratas": who speaks, no count
	}
	if s.ownersAfter(t1) && s.entAt[t1+2] < 0 {
		if s.in(t1+2, peopleNouns) {
			return headPeople, t1 + 2 // "57 de sus soldados", "241 of our officers": its own people, no part of a count
		}
		if w := s.text(t1 + 2); s.e.units[w] && thingUnits[w] {
			return headBare, -1 // "312 of our trucks": its own things, counted in the metric's unit (unitMetric)
		}
	}
	j := t1
	for skips := 0; j < len(s.toks) && skips < 4; {
		t := s.toks[j]
		if t.kind == tokPunct && isCloserText(t.text) {
			j++
			continue
		}
		if t.kind == tokWord && skipAfterNumber.hasToken(&t) && s.entAt[j] < 0 {
			j++
			skips++
			continue
		}
		break
	}
	if j >= len(s.toks) {
		return headBare, -1
	}
	if s.text(t1) == "of" && j+2 < len(s.toks) && s.text(j+1) == "'s" && s.toks[j+2].kind == tokDigits {
		return headBare, -1 // "238 of the province's 311 pharmacies": the whole after it says what
	}
	if s.entAt[j] < 0 {
		j = s.afterHeadOf(j) // "7.1 million head of livestock": what the head counts is the noun after
	}
	if _, n, ok := qualifierBefore.matchAt(s.toks, j); ok && j+n < len(s.toks) && s.toks[j+n].kind == tokDigits {
		return headBare, -1 // "500 of the approximately 29,000 flights": the whole after it says what
	}
	// "52 federal, state, county, municipal, military and campus
	// officers": a list of modifiers before the people counted
	if k := s.modifierListEnd(j); k > j {
		j = k
	}
	// "3,000 North Korean soldiers", "15 Sri Lankan fishermen": capitalised
	// words of a nationality before the people counted
	for n := 1; n <= 3 && j+n < len(s.toks); n++ {
		if k := s.entAt[j+n-1]; k >= 0 && n > 1 && s.ents[k].actor >= 0 && s.in(s.ents[k].t1, peopleNouns) &&
			(s.entAt[s.ents[k].t1] < 0 || s.ents[s.entAt[s.ents[k].t1]].actor < 0) {
			j = s.ents[k].t1 // "seven Pakistan Army soldiers": a listed body, named with its country, before its people
			break
		}
		if t := s.toks[j+n-1]; !t.upper || t.kind != tokWord && t.kind != tokAlnum || s.entAt[j+n-1] >= 0 {
			break
		}
		if k := s.entAt[j+n]; s.in(j+n, peopleNouns) && (k < 0 || s.ents[k].actor < 0) {
			j += n
			break
		}
	}
	// "317 female students", "658 cholera cases", "481,000 Covid-19
	// deaths", "48.405 guatemaltecos deportados": a modifier before the
	// noun or term the number counts
	// "115 human rights defenders": up to three modifiers
	modifier := func(i int) bool {
		return i < len(s.toks) && s.entAt[i] < 0 && !s.in(i, peopleNouns) && !s.in(i, placeNounsPlural) && (i == j || !s.toks[i].upper) &&
			(s.toks[i].kind == tokWord || s.toks[i].kind == tokAlnum) && !s.in(i, bareFollowers) &&
			!s.in(i, figureNouns) && !s.in(i, auxiliaries)
	}
	if j+3 < len(s.toks) && modifier(j) && s.in(j+1, coordinators) && modifier(j+2) && s.e.units[s.text(j+3)] &&
		thingUnits[s.text(j+3)] && s.entAt[j+3] < 0 {
		j += 3 // "2,538 passenger and freight trains" for a metric counted in trains
	}
	if n := s.nameBeforeTerm(j); n > 1 {
		j += n // "289 West Nile infections", "40 yellow fever deaths": a name of several words
	}
	for n := 1; n <= 3 && modifier(j+n-1); n++ {
		if j+n >= len(s.toks) || n > 1 && (verbLike(s.text(j+n-1)) && !strings.Contains(s.text(j+n-1), "-") || s.toks[j+n-1].preterite) &&
			!s.participleBeforeTerm(j+n-1) {
			break // "67 countries on five continents notified outbreaks": a verb ends the noun phrase
		}
		if s.es && s.in(j+n, adjectivalPeopleNouns) {
			break // "120 organizaciones criminales", "25 centros médicos": an adjective after the noun counted
		}
		if n == 1 && s.entAt[j+1] < 0 {
			if end, ok := s.unitPhraseAt(j); ok && end == j+2 {
				j++ // "32 health centres", a unit of two words, for a metric counted in hospitals
				break
			}
		}
		if k := s.entAt[j+n]; s.in(j+n, peopleNouns) || k >= 0 && s.ents[k].ent >= 0 && s.ents[k].actor < 0 &&
			(n == 1 || !verbLike(s.text(j+n)) && !s.toks[j+n].preterite && (s.e.ents[s.ents[k].ent].cat.empty() ||
				strings.Contains(s.text(j), "-") && s.ents[k].t1 == j+n+1)) {
			j += n
			break
		}
		if n > 1 && verbLike(s.text(j+n-1)) && !s.participleBeforeTerm(j+n-1) {
			break
		}
	}
	if k := s.entAt[j]; k >= 0 {
		if e := s.ents[k].t1; s.ents[k].actor >= 0 && s.thingOfActorAt(e) {
			return headOther, e // "three Trump administration officials said", "279 WHO missions"
		}
		if s.ents[k].actor >= 0 {
			return headBare, -1
		}
		if id := s.ents[k].ent; id >= 0 && s.e.ents[id].cat.empty() && len(s.e.ents[id].metrics) == 0 {
			return headOther, j // a place: "31 centros de reclusión"
		}
		if e := s.ents[k].t1; e < len(s.toks) && s.in(e, pluralFigureNouns) {
			return headOther, e // "two release totals", "three death counts": figures, not releases
		}
		if e := s.ents[k].t1; e < len(s.toks) && s.in(e, compoundHeadNouns) && s.entAt[e] < 0 {
			return headOther, e // "67 arrest warrants", "12 death threats": warrants, not arrests
		}
		if e := s.ents[k].t1; e == j+1 && s.in(j, eventAdjectives) && e < len(s.toks) && s.toks[e].kind == tokWord &&
			!s.in(e, peopleNouns) && !functionWords.hasToken(&s.toks[e]) && !verbLike(s.text(e)) && s.entAt[e] < 0 {
			return headOther, e // "nine fatal accidents": accidents, not deaths
		}
		if e := s.ents[k].t1; !s.es && e < len(s.toks) && s.in(e, peopleNouns) && s.entAt[e] < 0 && s.e.ents[s.ents[k].ent].cat.empty() &&
			!participleLike(s.text(e-1)) {
			// "80 primary school girls": girls, of a school (an English
			// compound; a Spanish noun comes first: "mercenarios
			// extranjeros")
			return headPeople, e
		}
		return headTerm, j
	}
	t := s.toks[j]
	switch t.kind {
	case tokPunct, tokDigits:
		return headBare, -1
	case tokAlnum:
		return headOther, j
	}
	if peopleNouns.hasToken(&t) {
		if s.compoundThingAfter(j) {
			return headOther, j + 1 // "460 member companies": companies, not members
		}
		return headPeople, j
	}
	if bareFollowers.hasToken(&t) || figureNouns.hasToken(&t) && t.text != "registros" && t.text != "records" {
		return headBare, -1 // "400 have been freed"; "the 897 figure" (but "15 registros" are searches)
	}
	if _, ok := s.numberWordAt(j); ok {
		return headBare, -1
	}
	if strings.HasSuffix(t.text, "ing") && j+1 < len(s.toks) && s.toks[j+1].kind == tokWord && strings.HasSuffix(s.text(j+1), "s") &&
		s.entAt[j+1] < 0 && !s.in(j+1, bareFollowers) && !verbLike(s.text(j+1)) && !s.countedNoun(s.text(j+1)) &&
		!s.countedNoun(s.text(j)+" "+s.text(j+1)) {
		if s.in(j+1, peopleNouns) {
			return headPeople, j + 1 // "12 working journalists"
		}
		return headOther, j + 1 // "seven herding communities", "three housing blocks"
	}
	if verbLike(t.text) || t.preterite {
		return headBare, -1 // "400 have been freed", "A 48 subió la cifra"
	}
	if irregularParticiples.hasToken(&t) && (j+1 >= len(s.toks) || s.toks[j+1].kind == tokPunct || s.in(j+1, bareFollowers)) {
		return headBare, -1 // "the toll of 212 given by …", but "a thousand known connections"
	}
	if s.e.units[t.text] || s.unitPhraseAround(j) {
		if s.unitModifiesNoun(j) {
			return headOther, j + 1 // "two boat disasters" count disasters, not boats
		}
		return headBare, -1 // "12,000 hectares" for a metric of hectares burned
	}
	if s.pluralDemonym(j) {
		return headPeople, j // "75 Jordanians", "once iraníes", "1.200 afganos"
	}
	if s.groupNameBeforeVerb(j) {
		return headPeople, j // "45 Rohingya are missing", "3.500 rohinyás se arriesgaron"
	}
	if s.in(j+1, personRelatives) && s.entAt[j] < 0 && !s.in(j, functionWords) && !s.in(j, pronounHeads) {
		return headPeople, j // "427 Rohingya who were fleeing", "12 herders whom the army"
	}
	if n, ok := s.nounBeforePeopleEvent(j); ok {
		return headPeople, n // "four cooks were abducted", "cuatro connacionales ya fueron deportados"
	}
	if k := s.participleAfterAdjectives(j); k > j {
		return headTerm, k // "28 aeronaves no tripuladas derribadas": the term after the noun's adjectives
	}
	return headOther, j
}

// afterHeadOf returns the token of the noun that "head of" or "cabezas
// de" at token j counts ("500 head of cattle", "3.262 cabezas de
// ganado"), or j when no such phrase stands there.
func (s *sentence) afterHeadOf(j int) int {
	switch s.text(j) {
	case "head", "heads", "cabezas":
	default:
		return j
	}
	if t := s.text(j + 1); (t == "of" || t == "de") && j+2 < len(s.toks) && s.toks[j+2].kind == tokWord {
		return j + 2
	}
	return j
}

// participleAfterAdjectives returns, for the Spanish plural noun at token
// j, the token of a term that is a plural participle after one or two
// adjectives of that noun ("aeronaves no tripuladas derribadas", "viviendas
// rurales destruidas"), or -1. What the participle says befell the things
// counted, as it does right after the noun ("aeronaves derribadas").
func (s *sentence) participleAfterAdjectives(j int) int {
	if !s.es || !strings.HasSuffix(s.text(j), "s") || s.entAt[j] >= 0 {
		return -1
	}
	for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
		t := &s.toks[k]
		if e := s.entAt[k]; e >= 0 {
			if k == j+1 || s.ents[e].actor >= 0 || s.ents[e].ent < 0 || !participleLike(t.text) || !strings.HasSuffix(t.text, "s") {
				return -1
			}
			return k
		}
		if t.kind != tokWord || t.upper || t.preterite || !strings.HasSuffix(t.text, "s") && t.text != "no" ||
			s.in(k, functionWords) || s.in(k, auxiliaries) || s.in(k, peopleNouns) {
			return -1 // (an adjective agrees with its plural noun; "no" may deny the one after it)
		}
	}
	return -1
}

// nounBeforePeopleEvent reports whether the plural noun at token j (or
// the one after it: "800 farm labourers") is the subject of a passive
// whose participle is a keyword of a metric counting people: "four cooks
// were abducted", "800 farm labourers were severely poisoned". It returns
// the noun's token.
func (s *sentence) nounBeforePeopleEvent(j int) (int, bool) {
	plain := func(i int) bool {
		return i < len(s.toks) && s.toks[i].kind == tokWord && !s.toks[i].upper && s.entAt[i] < 0 &&
			!s.in(i, functionWords) && !s.in(i, auxiliaries) && !verbLike(s.text(i)) && !s.toks[i].preterite
	}
	for n := j; n <= j+1 && plain(n); n++ {
		if !strings.HasSuffix(s.text(n), "s") {
			continue
		}
		// (a place may stand between: "186 stonemasons in Queensland have
		// been diagnosed")
		first := s.placePhraseEnd(n+1, originPrepositions)
		k := first
		for steps := 0; k < len(s.toks) && steps < 3; steps++ {
			t := s.text(k)
			if !s.in(k, auxiliaries) && t != "been" && t != "sido" && t != "ya" && t != "reportedly" && !strings.HasSuffix(t, "ly") {
				break
			}
			k++
		}
		if k == first || k >= len(s.toks) {
			return -1, false // no auxiliary: "12 prisons attacked" is no passive
		}
		if s.in(first, perfectOnly) && !s.in(k-1, passiveParticiples) {
			return -1, false // "two helicopters had recovered 19 survivors": an active perfect, whose subject acts
		}
		e := s.entAt[k]
		if e < 0 || s.ents[e].ent < 0 || s.ents[e].actor >= 0 {
			return -1, false
		}
		for _, mi := range s.e.ents[s.ents[e].ent].metrics {
			if u := s.e.metrics[mi].unit; peopleNouns.has(u) || genericPeople.has(u) {
				return n, true
			}
		}
		return -1, false
	}
	return -1, false
}

// needAt reports whether a need phrase stands at token j and says what is
// needed ("are needed"), not what the people counted went through.
func (s *sentence) needAt(j int) bool {
	_, n, ok := needPhrases.matchAt(s.toks, j)
	return ok && !s.neededObject(j, n)
}

// neededObject reports whether the need phrase of n tokens at j is a past
// verb with its object, which says what the people counted went through:
// "Thirty-two officers needed hospital treatment", "required surgery".
func (s *sentence) neededObject(j, n int) bool {
	if n != 1 || (s.text(j) != "needed" && s.text(j) != "required") {
		return false
	}
	k := j + 1
	for k < len(s.toks) && s.determinerAt(k) {
		k++
	}
	return k < len(s.toks) && s.toks[k].kind == tokWord && s.text(k) != "to" && !s.in(k, functionWords) &&
		!s.in(k, predicateAdverbs)
}

// verbParticle reports whether "over" at token j is the particle of the
// verb before it, not a qualifier of the number after it: "handed over
// 7,500 weapons", "turned over 12 suspects".
func (s *sentence) verbParticle(j int) bool {
	return s.text(j) == "over" && s.in(j-1, overVerbs)
}

// overVerbs take "over" as their particle.
var overVerbs = newWordSet("hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "sign", "signs",
	"signed", "signing")

// perfectOnly are the auxiliaries of the perfect: after them only "been",
// "sido" make a passive ("had been abducted", "han sido secuestrados").
var perfectOnly = newWordSet("had", "have", "has", "han", "habían", "había", "ha", "hemos")

// passiveParticiples make a perfect passive: "had been", "han sido".
var passiveParticiples = newWordSet("been", "sido")

// informantNouns name the people a report comes from: a number before
// them counts its sources ("three administration officials said").
var informantNouns = newWordSet("officials", "sources", "spokespeople", "spokesmen", "spokeswomen", "aides", "diplomats",
	"funcionarios", "fuentes", "portavoces", "voceros", "diplomáticos", "asesores")

// thingOfActorAt reports whether token e, right after an actor's name
// that follows a number, is a plural noun of the actor's own things or
// informants, which the number counts: "279 WHO missions", "three Trump
// administration officials" (not "400 Foro Penal said", nor people the
// actor counts, "55,000 Russian men").
func (s *sentence) thingOfActorAt(e int) bool {
	if e >= len(s.toks) || s.entAt[e] >= 0 {
		return false
	}
	return s.in(e, informantNouns) || !s.es && s.pluralThingAt(e)
}

// personRelatives are the relative pronouns that refer only to people:
// the noun they follow counts people.
var personRelatives = newWordSet("who", "whom")

// pronounHeads stand for people already counted, not a noun of their own:
// "100 of those who died" is a share of the dead.
var pronounHeads = newWordSet("those", "these", "them", "others", "ones")

// unitModifiesNoun reports whether the tracker's unit word at token j,
// singular in English after a number, only modifies the noun after it:
// "two boat disasters", "three hectare plots" count disasters and plots.
func (s *sentence) unitModifiesNoun(j int) bool {
	u := s.text(j)
	if s.es || !s.e.units[u+"s"] && !s.e.units[u+"es"] {
		return false // not the singular of a unit: "900 illegal valves"
	}
	return s.pluralThingAt(j + 1)
}

// unitPhraseAt reports whether a unit of two or three words ("health
// centres", "centros de salud") starts at token j, and returns the token
// after it.
func (s *sentence) unitPhraseAt(j int) (end int, ok bool) {
	end = j
	if j < 0 || j >= len(s.toks) || !s.e.unitPhraseStarts[s.text(j)] {
		return end, false
	}
	phrase := s.text(j)
	for n := 2; n <= 3 && j+n <= len(s.toks); n++ {
		if s.entAt[j+n-1] >= 0 {
			break // "centros de evacuación": a term names no unit here
		}
		if phrase += " " + s.text(j+n-1); s.e.units[phrase] {
			end, ok = j+n, true // the longest: "centros de salud" over "centros de"
		}
	}
	return end, ok
}

// unitPhraseAround reports whether a unit of several words starts at
// token j ("centros de salud") or ends there ("health centres").
func (s *sentence) unitPhraseAround(j int) bool {
	if _, ok := s.unitPhraseAt(j); ok {
		return true
	}
	end, ok := s.unitPhraseAt(j - 1)
	return ok && end == j+1
}

// groupNameBeforeVerb reports whether the word at token j, right after a
// number, names a people (an English capitalised name, a Spanish plural
// stressed on its last vowel) that is the subject of the verb or the noun
// for people after it: "45 Rohingya are missing", "200 Rohingya refugees",
// "3.500 rohinyás se arriesgaron".
func (s *sentence) groupNameBeforeVerb(j int) bool {
	t := s.toks[j]
	if t.kind != tokWord || len([]rune(t.text)) < 4 || s.entAt[j] >= 0 || monthNames.hasToken(&t) || countryWord(t.text) {
		return false
	}
	es := s.es && !t.upper && t.stressedPlural
	if !es && !(t.upper && !s.es && !t.caps) {
		return false
	}
	if _, isCountry := s.upperCountryAt(j); isCountry {
		return false
	}
	n := j + 1
	if n >= len(s.toks) {
		return false
	}
	return s.in(n, auxiliaries) || s.in(n, relativeAuxiliaries) || s.toks[n].preterite || s.in(n, peopleNouns) ||
		s.es && strings.HasSuffix(s.text(n), "ron")
}

// compoundThingAfter reports whether the singular noun for people at
// token j only modifies a plural noun of things after it: "460 member
// companies", "12 citizen groups".
func (s *sentence) compoundThingAfter(j int) bool {
	return s.in(j, modifierPersons) && s.pluralThingAt(j+1)
}

// pluralThingAt reports whether token k is an English-looking plural noun
// of things: lower case, ending in "s", no noun for people, no verb,
// function word, unit, time unit or tracked term ("companies",
// "missions", "disasters").
func (s *sentence) pluralThingAt(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	t := s.toks[k]
	w := t.text
	return t.kind == tokWord && !t.upper && len(w) > 3 && strings.HasSuffix(w, "s") && !s.in(k, peopleNouns) &&
		!s.in(k, functionWords) && !verbLike(w) && !t.preterite && s.entAt[k] < 0 && !s.e.units[w] &&
		!s.in(k, bareFollowers) && !s.in(k, auxiliaries) && !s.in(k, timeUnits)
}

// modifierPersons are English singular nouns for people that may modify
// another noun: "member companies", "student unions".
var modifierPersons = newWordSet("member", "citizen", "worker", "student", "police", "staff", "patient", "farmer",
	"migrant", "refugee", "soldier", "officer", "teacher", "journalist", "user", "customer", "voter", "prisoner",
	"inmate", "person", "child", "man", "woman", "activist", "leader", "civilian")

// parentNouns before "of" and a number count a person's children (one
// parent's: "los padres de 43 normalistas" are the students' parents).
var parentNouns = newWordSet("father", "mother", "parent", "padre", "madre")

// eventAdjectives qualify another noun with an event: "fatal accidents",
// "deadly attacks" count the accidents and attacks.
var eventAdjectives = newWordSet("fatal", "deadly", "lethal", "mortal", "fatales", "mortales", "mortíferos",
	"mortíferas", "letales")

// nonDemonymPlurals begin with a country's first letters but name no
// people: "estados", "emiratos", "republicas", "territorios".
var nonDemonymPlurals = newWordSet("emiratos", "emirates", "republicas", "territorios", "territories", "indias",
	"chinas", "armas", "perus")

// pluralDemonym reports whether token j names people by their nationality
// in the plural: "Jordanians", "Hondurans", "iraníes", "afganos" (not
// "países", "estados", the first words of countries' names).
func (s *sentence) pluralDemonym(j int) bool {
	t := s.toks[j]
	if t.kind != tokWord || len(t.text) < 5 || !strings.HasSuffix(t.text, "s") || countryNameWords.hasToken(&t) || placeNounsPlural.hasToken(&t) ||
		nonDemonymPlurals.hasToken(&t) {
		return false
	}
	if !t.upper && !countryWord(t.text) && !s.es {
		return false // (Spanish demonyms have many endings: "uruguayos", "guatemaltecos", "sirios")
	}
	if _, irregular := irregularPlaceKey(t.text); irregular {
		return true
	}
	return s.e.lex.demonymOfName(t.text)
}

// demonymOfName reports whether the folded word w shares enough of its
// start with the name of a country to be its people: "colombianos" with
// "colombia", "cubanos" with "cuba", but not "grandes" with "gran" of
// "Gran Bretaña", "colores" with "colombia" nor "paramilitares" with
// "paraguay". The shared start is the name but its last letter, and at
// least four letters, or five letters of a longer name.
func (lex *conceptLexicon) demonymOfName(w string) bool {
	for _, name := range lex.countryWordsByKey[placeKey(w)] {
		need := min(len(name)-1, 5)
		shared := 0
		for shared < len(w) && shared < len(name) && w[shared] == name[shared] {
			shared++
		}
		if shared >= need && shared >= 4 {
			return true
		}
	}
	return false
}

// verbLike reports whether a word looks like a verb form rather than a
// noun: English past tenses and participles, Spanish past tenses and
// participles.
func verbLike(w string) bool {
	n := len(w)
	if n < 4 {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ron", "aban", "ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas", "aba"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// onePersonEvent reports whether the Spanish article at token i counts one
// person something happened to: "Una persona murió", "una mujer resultó
// herida", "una víctima rescatada". The event term must follow the noun
// at once, perhaps after an auxiliary.
func (s *sentence) onePersonEvent(i int) bool {
	if s.oneStateNoun(i) {
		return true // "Un muerto y dos heridos dejó el colapso", "dejó … un herido grave"
	}
	if s.eventBeforeOnePerson(i) {
		return true // "Sigue desaparecido un marinero de 24 años", "murió una mujer"
	}
	if !s.in(i+1, singularPersons) || i+2 >= len(s.toks) {
		return false
	}
	j := i + 2
	for n := 0; j < len(s.toks) && n < 2 && (s.in(j, perfectAuxiliaries) || s.text(j) == "resulto"); n++ {
		j++
	}
	k := s.entAt[j]
	return k >= 0 && s.ents[k].t0 == j && s.ents[k].ent >= 0 && s.ents[k].actor < 0 && !s.ents[k].irrealis &&
		!s.e.ents[s.ents[k].ent].cat.empty()
}

// oneStateNoun reports whether the "un"/"una" at token i counts one
// person by what befell them, a term of an event written as a singular
// noun right after it: "un muerto", "una herida", "un desaparecido", "se
// ha registrado una muerte" (not "la muerte de un detenido": whose, after
// "de").
func (s *sentence) oneStateNoun(i int) bool {
	if i+1 >= len(s.toks) || s.in(i-1, ofWords) {
		return false
	}
	k := s.entAt[i+1]
	if k < 0 || s.ents[k].t0 != i+1 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || s.ents[k].irrealis ||
		s.e.ents[s.ents[k].ent].cat.empty() {
		return false
	}
	w := s.text(i + 1)
	return len(w) >= 5 && (strings.HasSuffix(w, "do") || strings.HasSuffix(w, "da") || strings.HasSuffix(w, "to") ||
		strings.HasSuffix(w, "ta") || w == "muerte")
}

// eventBeforeOnePerson reports whether the "un"/"una" at token i opens
// the subject that follows the term of what befell it, a person named by
// a singular noun: "sigue desaparecido un marinero", "murió una mujer",
// "resultó herido un policía".
func (s *sentence) eventBeforeOnePerson(i int) bool {
	if i < 1 || i+1 >= len(s.toks) || !s.singularPerson(i+1) {
		return false
	}
	for _, em := range s.ents {
		if em.t1 == i && em.ent >= 0 && em.actor < 0 && !em.irrealis && !s.e.ents[em.ent].cat.empty() {
			return true
		}
	}
	return false
}

// singularPerson reports whether token j names one person: a noun of
// singularPersons, or one whose plural is a people noun ("marinero").
func (s *sentence) singularPerson(j int) bool {
	if s.in(j, singularPersons) {
		return true
	}
	w := s.text(j)
	return s.toks[j].kind == tokWord && !s.toks[j].upper && (peopleNouns.has(w+"s") || peopleNouns.has(w+"es"))
}

// ofWords make the noun after them a modifier of the one before: "la
// muerte de un detenido".
var ofWords = newWordSet("de", "del", "of")

// compoundHeadNouns, right after an event's term, are the nouns an
// English compound counts: "67 arrest warrants", "12 death threats", "40
// evacuation centres".
var compoundHeadNouns = newWordSet("warrants", "warrant", "threats", "orders", "certificates", "notices", "centres",
	"centers", "camps", "flights", "requests", "applications", "hearings", "trials", "sites", "zones", "raids", "operations")

// oneOfGroupAfter reports whether tokens from i say "and a woman", "y una
// mujer": a group of one person of a kind joined to a list.
func (s *sentence) oneOfGroupAfter(i int) bool {
	switch s.text(i) {
	case "and", "y", "e":
	default:
		return false
	}
	switch s.text(i + 1) {
	case "a", "an", "un", "una":
	default:
		return false
	}
	return s.in(i+2, singleGroupMembers)
}

// singleGroupMembers name one person of a group that counts are broken
// down by: sex, age, nationality or status.
var singleGroupMembers = newWordSet("woman", "man", "child", "girl", "boy", "minor", "teenager", "foreigner", "soldier",
	"officer", "civilian", "journalist", "student", "mujer", "hombre", "niño", "niña", "menor", "adolescente",
	"extranjero", "extranjera", "militar", "policía", "civil", "periodista", "estudiante")

// singularPersons are the nouns for one person that "un"/"una" count.
var singularPersons = newWordSet("persona", "mujer", "hombre", "joven", "nino", "nina", "menor", "victima", "preso",
	"presa", "recluso", "reclusa", "agente", "policia", "militar", "soldado", "migrante", "trabajador", "trabajadora",
	"civil", "periodista", "bebe", "adolescente", "turista", "pasajero", "pasajera", "manifestante", "estudiante")

// ageBoundBefore reports whether the words before token t0 are "aged"
// and a bound: "aged up to 19", "aged under 18", "aged about 30".
func (s *sentence) ageBoundBefore(t0 int) bool {
	k := t0 - 1
	for n := 0; n < 2 && k > 0 && ageBounds.has(s.text(k)); n++ {
		k--
	}
	return k < t0-1 && s.text(k) == "aged"
}

// ageBounds bound an age after "aged".
var ageBounds = newWordSet("up", "to", "under", "over", "about", "around", "nearly", "almost", "roughly", "approximately")

// markTraps marks numbers that are not counts: dates, times, durations,
// ages, money, percentages, labels, phone numbers, years.
func (s *sentence) markTraps() {
	for k := range s.nums {
		m := &s.nums[k]
		m.head, m.headAt = s.head(m.t1)
		if !m.trap {
			if r := s.trapReason(m); r != "" {
				m.trap, m.dropReason = true, r
			}
		}
	}
	// "aged 0 to 17", "on January 17 and 18": the number joined to an age
	// or a day is one too
	for k := 1; k < len(s.nums); k++ {
		a, b := &s.nums[k-1], &s.nums[k]
		if b.trap || !a.trap || b.qStart != a.t1+1 || !s.in(a.t1, rangeJoiners) {
			continue
		}
		switch {
		case a.dropReason == "age" && b.head == headBare, a.dropReason == "zero" && s.in(a.t0-1, ageWords):
			b.trap, b.dropReason = true, "age"
		case a.dropReason == "date" && a.value <= 31 && b.value <= 31 && b.head == headBare:
			b.trap, b.dropReason = true, "date"
		}
	}
	// "could see more than 68,000 deaths by 2030 and over 94,000 by
	// 2040": a count coordinated with a forecast, no verb of its own, is
	// one too
	for k := 1; k < len(s.nums); k++ {
		b := &s.nums[k]
		if b.trap {
			continue
		}
		j := k - 1
		for j >= 0 && s.nums[j].trap && s.nums[j].dropReason == "date" {
			j--
		}
		if j >= 0 && s.nums[j].trap && s.nums[j].dropReason == "hypothetical" && s.coordinatedWithoutVerb(s.nums[j].t1, b.qStart) {
			b.trap, b.dropReason = true, "hypothetical"
		}
	}
	// "877 hombres y 164 mujeres", "505 civiles y 182 militares": a count
	// broken down by sex or status
	for k := 0; k+1 < len(s.nums); k++ {
		a, b := &s.nums[k], &s.nums[k+1]
		if a.head == headPeople && b.head == headPeople && s.in(a.headAt, subgroupNouns) &&
			s.in(b.headAt, subgroupNouns) && s.listSeparated(a.headAt+1, b.qStart) && b.qStart-a.headAt <= 3 &&
			!s.ofThemAt(b.t1) && !s.subsetMarkerIn(a.headAt+1, b.qStart) {
			a.trap, b.trap = true, true
			a.dropReason, b.dropReason = "partial", "partial"
		}
	}
	// (but "Siete civiles, tres de ellos niños": the second is a part of
	// the first, which stands)
	// "32 hombres y una mujer", "32 men and a woman" after a larger count:
	// the same breakdown with its last group of one
	for k := range s.nums {
		if a := &s.nums[k]; !a.trap && a.head == headPeople && s.in(a.headAt, subgroupNouns) && s.oneOfGroupAfter(a.headAt+1) &&
			s.largerCountKnown(a) {
			a.trap, a.dropReason = true, "partial"
		}
	}
	// "seven of them children and 16 adults": the item after a part "of
	// them" is a part too
	for k := 1; k < len(s.nums); k++ {
		a, b := &s.nums[k-1], &s.nums[k]
		if !a.ofThem || !a.trap || b.trap {
			continue
		}
		end := a.t1 + 2 // past "of them"
		if a.headAt >= end {
			end = a.headAt + 1 // past "children"
		}
		if b.head == headPeople && s.coordinated(end, b.qStart) {
			b.trap, b.dropReason = true, "partial"
			continue
		}
		// "693 of them from Pakistan and 660 from Iran": a part of each
		// place, the places given alike
		if b.head == headBare && a.headAt < end {
			if p := s.placePhraseEnd(end, originPrepositions); p > end && s.coordinated(p, b.qStart) &&
				s.placePhraseEnd(b.t1, originPrepositions) > b.t1 &&
				s.text(end) == s.text(b.t1) {
				b.trap, b.dropReason = true, "partial"
			}
		}
	}
	// "al menos 15 muertos en la provincia de Guayas" with no larger count
	// before it or beside it: the count of what the text reports
	for k := range s.nums {
		if m := &s.nums[k]; m.placed && m.dropReason == "partial" && !s.largerCountBeside(m) {
			m.trap, m.dropReason = false, ""
		}
	}
	s.markRangeEnds()
	s.markBreakdown()
	s.markParenthesisedPlaces()
	s.freeOtherKinds()
	s.markSums()
}

// maxSumParts bounds the numbers searched for parts that add up to a
// total (2^maxSumParts subsets).
const maxSumParts = 8

// codeBefore reports whether the number at token t0 ends a code: one or
// two short words in capitals, themselves after a label noun ("plate UP FT
// 7623").
func (s *sentence) codeBefore(t0 int) bool {
	k := t0 - 1
	for n := 0; n < 2 && k >= 0 && s.toks[k].caps && len(s.toks[k].text) <= 3; n++ {
		k--
	}
	return k < t0-1 && k >= 0 && s.in(k, labelNouns)
}

// spanishRiseVerb returns the token of the Spanish verb of rising that
// number at t0 is the level of ("aumentar a 600", "escalar hasta las
// 641.000"), or -1.
func (s *sentence) spanishRiseVerb(t0 int) int {
	j := t0
	if _, n, ok := qualifierBefore.matchEndingAt(s.toks, j); ok {
		j -= n
	}
	for j > 0 && (s.text(j-1) == "las" || s.text(j-1) == "los") {
		j--
	}
	if j < 2 || s.text(j-1) != "a" && s.text(j-1) != "hasta" || !s.in(j-2, riseVerbsEs) {
		return -1
	}
	return j - 2
}

// addedToTotal reports whether number m is said to be added to a total:
// "a ellos se suman otros 122", "sumados a los tres muertos" (not "suman
// 217.109", which gives the total).
func (s *sentence) addedToTotal(m *numMention) bool {
	j := m.qStart
	for j > 0 && (s.determinerAt(j-1) || s.in(j-1, incrementWords)) {
		j--
	}
	if j >= 2 && s.text(j-2) == "se" && (s.text(j-1) == "suman" || s.text(j-1) == "suma" || s.text(j-1) == "sumaron" ||
		s.text(j-1) == "sumo" || s.text(j-1) == "anaden" || s.text(j-1) == "anadieron") { // (folded: "sumó", "añaden")
		return true
	}
	if s.text(j-1) == "a" {
		switch s.text(j - 2) {
		case "sumados", "sumadas", "sumado", "sumada":
			return true
		}
	}
	return false
}

// modalPredicate reports whether the verb said of number m's noun is a
// modal: "so that 1,000 trucks a day could come in", "500.000 podrían
// quedar sin luz".
func (s *sentence) modalPredicate(m *numMention) bool {
	j := s.afterHead(m)
	if t := s.text(j); t == "under" || t == "over" {
		for _, o := range s.nums {
			if o.t0 == j+1 && o.value < 20 {
				j = o.t1 // "132,000 children under five will suffer"
			}
		}
	}
	if _, n, ok := rateAfter.matchAt(s.toks, j); ok {
		j += n
	}
	if t := s.text(j); t == "who" || t == "que" || t == "quienes" || t == "which" {
		j++ // "15 people who could be sentenced to death"
	}
	for j < len(s.toks) && s.in(j, predicateAdverbs) {
		j++
	}
	if j+1 < len(s.toks) && !s.modalAt(j) && s.modalAt(j+1) && s.toks[j].kind == tokWord && j == m.t1 &&
		!verbLike(s.text(j)) && !s.in(j, auxiliaries) {
		j++ // "up to 900 flights could be cancelled": a noun no head rule took
	}
	if s.expectedTo(j) {
		return true // "200,000 teachers are expected to walk out today"
	}
	// (not "up to 400 could have been freed": an estimate of the past; but
	// "would have been taken off": what did not happen)
	return s.modalAt(j) && (s.text(j+1) != "have" && s.text(j+1) != "haber" || s.text(j) == "would") || s.conditionalVerb(j)
}

// dueBefore reports whether the verb that governs number m, a few words
// before it, is what someone is due or committed to do, not what was
// done: "is due to free 33 hostages", "are expected to release",
// "se comprometió a devolver los 20 rehenes".
func (s *sentence) dueBefore(m *numMention) bool {
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-6; j-- {
		if t := s.toks[j].kind; t == tokPunct || t == tokDigits {
			return false
		}
		if s.expectedTo(j) {
			return true
		}
		if _, _, ok := commitmentPhrases.matchAt(s.toks, j); ok {
			return true
		}
	}
	return false
}

// commitmentPhrases commit someone to a future act: "se comprometió a
// devolver" (not "agreed to open investigations into 172,532 cases",
// which news gives for what was done).
var commitmentPhrases = phrasesOf(1, "se comprometió a", "se comprometieron a", "se ha comprometido a",
	"se han comprometido a", "se compromete a", "se comprometen a")

// modalAt reports whether token k is a modal verb: not the month "May"
// ("800 cases since May 1").
func (s *sentence) modalAt(k int) bool {
	return s.in(k, modalWords) && !s.monthAt(k)
}

// announcedAct reports whether number m counts an act that is announced
// before it happens, in the future a company or a government states it
// in: "Nissan will lay off about 2,500 workers", "2,450 positions would be
// eliminated", "desplegará 3.000 soldados". A term of an announced concept
// stands within a few words of the number, and no word of mere
// possibility ("could", "may", "podría", "if") does. A keyword of a metric
// whose name counts plans ("closed or to be closed") is one too: "will
// close 49 more branches".
func (s *sentence) announcedAct(m *numMention) bool {
	lo, hi := m.t0, m.t1
	found := false
	for _, em := range s.ents {
		if em.ent < 0 || em.actor >= 0 || !s.e.ents[em.ent].cat.overlaps(s.e.lex.announced) && !s.e.countsPlans(s.e.ents[em.ent]) {
			continue
		}
		if em.t1 <= m.t0 && m.t0-em.t1 <= 4 || em.t0 >= m.t1 && em.t0-m.t1 <= 5 {
			found = true
			lo, hi = min(lo, em.t0), max(hi, em.t1)
		}
	}
	if !found {
		return false
	}
	return !s.possibilityIn(lo-4, hi)
}

// possibilityIn reports whether a word of mere possibility ("could", "if",
// "plans") stands among tokens [i, j).
func (s *sentence) possibilityIn(i, j int) bool {
	for k := max(i, 0); k < j && k < len(s.toks); k++ {
		if s.in(k, possibilityWords) && !s.monthAt(k) {
			return true
		}
	}
	return false
}

// possibilityWords say that something may or may not happen.
var possibilityWords = newWordSet("could", "may", "might", "can", "if", "unless", "podría", "podrían", "puede",
	"pueden", "podrá", "podrán", "si", "posible", "possible", "possibly", "posiblemente", "whether", "threatened",
	"amenazó", "amenaza", "amenazan", "warned", "advirtió", "feared", "teme", "temen", "plans", "planes", "proposed",
	"propuso", "propuesta", "proposal")

// expectedTo reports whether the words from token j say that what follows
// is expected, not done: "are expected to", "were set to", "is likely to".
func (s *sentence) expectedTo(j int) bool {
	switch s.text(j) {
	case "are", "is", "were", "was", "be":
	default:
		return false
	}
	switch s.text(j + 1) {
	case "expected", "set", "likely", "due", "projected", "forecast", "poised":
		return s.text(j+2) == "to"
	}
	return false
}

// conditionalVerb reports whether token k is a Spanish verb in the
// conditional under a condition the sentence states, which says what would
// be, not what is: "si todas las ciudades respetaran los niveles, se
// evitarían 51.000 muertes". A singular form counts only after "se", "no"
// or "que" ("la Secretaría" is a noun). News also writes the conditional
// for what is reported and not confirmed ("2.870 soldados habrían
// fallecido", "estarían heridos"): without a condition, that is a figure.
func (s *sentence) conditionalVerb(k int) bool {
	if !s.es || k < 0 || k >= len(s.toks) || s.toks[k].kind != tokWord || s.toks[k].upper {
		return false
	}
	w := s.toks[k].text
	if len(w) < 7 {
		return false
	}
	conditional := strings.HasSuffix(w, "rian")
	if !conditional && (strings.HasSuffix(w, "aria") || strings.HasSuffix(w, "eria") || strings.HasSuffix(w, "iria")) {
		p := s.text(k - 1)
		conditional = p == "se" || p == "no" || p == "que"
	}
	return conditional && s.statesCondition()
}

// statesCondition reports whether a Spanish sentence states a condition:
// "si" (not "si bien", a concession), "en caso de".
func (s *sentence) statesCondition() bool {
	for i := range s.toks {
		t := &s.toks[i]
		if t.text == "si" && s.text(i+1) != "bien" {
			return true
		}
		if t.text == "caso" && s.text(i-1) == "en" && s.text(i+1) == "de" {
			return true
		}
	}
	return false
}

// measureUnits after a number make it a measure, not a count: a
// temperature, a distance, a length, a volume.
var measureUnits = newWordSet("grados", "degrees", "°", "°c", "ºc", "celsius", "fahrenheit", "kilómetros", "kilometros",
	"kilometres", "kilometers", "km", "millas", "miles", "metros", "meters", "metres", "centímetros", "centimetres",
	"centimeters", "cm", "milímetros", "millimetres", "millimeters", "mm", "litros", "litres", "liters", "pies", "feet")

// ageHolders are the people an age bound follows: "children under five".
var ageHolders = newWordSet("children", "kids", "babies", "infants", "people", "adults", "persons", "minors", "girls", "boys",
	"adolescents", "teenagers", "youths", "women", "men")

// markSums marks as parts the numbers that add up exactly to a total
// stated before them in the sentence, or announced as the total after
// them ("bringing the total to 4,554"): "69 people walked free in December:
// 20 after serving their full terms … and 49 under pardon decrees", "644
// personas permanecen presas: 564 hombres y 80 mujeres". Two or more
// numbers adding up to a total by chance is rare; a breakdown is never the
// total.
func (s *sentence) markSums() {
	for k := range s.nums {
		m := &s.nums[k]
		if m.trap || m.high != 0 || m.head == headOther {
			continue // "81 autopsias: 62 cuerpos y 19 piezas" breaks down no count of the metrics
		}
		var parts []int
		after := s.totalAfterParts(m)
		for j := range s.nums {
			o := &s.nums[j]
			if (o.t0 > m.t0 || after && o.t0 < m.t0) && (!o.trap || o.dropReason == "increment") && o.high == 0 && o.value < m.value && len(parts) < maxSumParts {
				parts = append(parts, j)
			}
		}
		if first := s.markPartsOf(m.value, parts); first >= 0 && after {
			m.partsFrom = first + 1
		}
	}
}

// totalAfterParts reports whether number m is announced as the total of
// what came before it: "…, a further 599 and 190, bringing the total to
// 4,554", "…, 4.554 en total", "…, 202 people in all".
func (s *sentence) totalAfterParts(m *numMention) bool {
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-4; j-- {
		if t := s.text(j); t == "total" || t == "overall" || t == "altogether" {
			return true
		}
	}
	at := m.t1
	if m.headAt == m.t1 && s.in(m.headAt, genericPeople) {
		at++ // "202 people in all", "202 personas en total"
	}
	t1, t2 := s.text(at), s.text(at+1)
	return t1 == "in" && t2 == "all" || t1 == "en" && t2 == "total" || t1 == "in" && t2 == "total"
}

// markPartsOf marks as parts the smallest subset (two numbers or more) of
// the numbers parts whose values add up to total, if there is one, and
// returns the index of the first part it marked, or -1.
func (s *sentence) markPartsOf(total int64, parts []int) (first int) {
	if len(parts) < 2 {
		return -1
	}
	best := 0
	for set := 1; set < 1<<len(parts); set++ {
		if bits.OnesCount(uint(set)) < 2 {
			continue
		}
		var sum int64
		for b, j := range parts {
			if set&(1<<b) != 0 {
				sum += s.nums[j].value
			}
		}
		if sum == total && (best == 0 || bits.OnesCount(uint(set)) < bits.OnesCount(uint(best))) {
			best = set
		}
	}
	if best == 0 {
		return -1
	}
	// parts told apart by what happened to them ("42 hit: 12 killed and 30
	// injured") are counts of their own kinds; one kind named once ("3,765
	// exits …, a further 599 … and 190") tells nothing apart
	firstTok, last, headTerms := -1, -1, 0
	for b, j := range parts {
		if best&(1<<b) == 0 {
			continue
		}
		if s.nums[j].head == headTerm {
			headTerms++
		}
		if firstTok < 0 {
			firstTok, first = s.nums[j].t0, j
		}
		last = s.nums[j].t1
	}
	// (the words after the last part up to a stop too, its own
	// predicate, unless a colon opens the parts as a breakdown: "six
	// soldiers had been killed and two wounded, and that at least four
	// militants were also killed" tells its 2 and 4 apart, "the government
	// counts 60: 47 remain in hospital and 13 have gone home" breaks 60 down)
	if !s.colonBefore(firstTok) {
		for last < len(s.toks) && s.toks[last].kind != tokPunct {
			last++
		}
	}
	var kinds category
	terms := 0
	for _, em := range s.ents {
		if em.ent >= 0 && em.t0 >= firstTok && em.t0 < last+1 && !s.e.ents[em.ent].cat.empty() {
			kinds = kinds.or(s.e.ents[em.ent].cat)
			terms++
		}
	}
	if headTerms >= 2 || terms >= 2 || kinds.count() >= 2 {
		return -1
	}
	for b, j := range parts {
		if best&(1<<b) != 0 {
			s.nums[j].trap, s.nums[j].dropReason = true, "partial"
		}
	}
	return first
}

// colonBefore reports whether a colon or a dash stands right before token
// t, past a qualifier of two words at most ("60: 47 remain", "42 — at
// least 12 killed").
func (s *sentence) colonBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch s.toks[k].text {
		case ":", "—", "–":
			return true
		}
	}
	return false
}

// freeOtherKinds takes back the subset mark of a number that counts
// another kind of event than the count it follows: "483 measles cases,
// including two deaths and 70 hospitalizations", "695 victims, including
// 144 dead" are counts of their own, and so is a count of another metric
// of the same kind of event: "seis casos de homicidios colectivos, con 27
// muertos" where massacres and their dead are two metrics.
func (s *sentence) freeOtherKinds() {
	// the category of the term a number counts, within three words:
	// "483 confirmed measles cases"
	termEnt := func(m *numMention) *entity {
		for j := m.t1; j < len(s.toks) && j < m.t1+4; j++ {
			if k := s.entAt[j]; k >= 0 && s.ents[k].ent >= 0 {
				return &s.e.ents[s.ents[k].ent]
			}
			if s.toks[j].kind != tokWord {
				return nil
			}
		}
		return nil
	}
	termCat := func(m *numMention) category {
		if ent := termEnt(m); ent != nil {
			return ent.cat
		}
		return category{}
	}
	// the metrics whose keyword that term is
	termMetrics := func(m *numMention) []int {
		if ent := termEnt(m); ent != nil {
			return ent.metrics
		}
		return nil
	}
	for k := range s.nums {
		m := &s.nums[k]
		cat := termCat(m)
		if !cat.empty() && m.trap && m.dropReason == "partial" && !m.subset && s.partOfVictims(m, cat) {
			// "Of those, 226 were killed", "3,059 of them lost their lives"
			// after a count of casualties: the killed are a count of their own
			m.trap, m.dropReason = false, ""
			continue
		}
		if !m.subset || m.head != headTerm && m.head != headBare && m.head != headPeople || cat.empty() {
			continue // ("de las cuales 4.743 se derrumbaron": a bare part with its own event)
		}
		// the count before it must name another kind, or only victims; a
		// count in brackets only details the one before them ("62 casos
		// (6 confirmados y 56 sospechosos), con 26 fallecidos")
		whole, same := -1, false
		for j := 0; j < k; j++ {
			if o := &s.nums[j]; !o.trap && o.head != headOther && !s.bracketedBefore(o, m.t0) {
				whole = j
				om, mm := termMetrics(o), termMetrics(m)
				same = same || termCat(o).overlaps(cat) && (len(om) == 0 || len(mm) == 0) || sharesInt(om, mm)
			}
		}
		if whole < 0 || same {
			continue
		}
		if w := &s.nums[whole]; termCat(w).empty() && !(w.head == headPeople && s.in(w.headAt, victimNouns)) && !s.victimsBefore(w.qStart) {
			continue // "301 personas fallecidas, de las cuales 291 murieron"
		}
		m.trap, m.dropReason, m.subset = false, "", false
	}
}

// bracketedBefore reports whether number m stands inside brackets that
// close before token end: "(6 confirmados y 56 sospechosos)".
func (s *sentence) bracketedBefore(m *numMention, end int) bool {
	opened := false
	for j := m.t0 - 1; j >= 0 && !opened; j-- {
		switch s.text(j) {
		case ")":
			return false
		case "(":
			opened = true
		}
	}
	for j := m.t1; opened && j < end; j++ {
		switch s.text(j) {
		case ")":
			return true
		case "(":
			return false
		}
	}
	return false
}

// monthAt reports whether token k names a month: "may", "march" and "mar"
// only capitalised ("up to 30 may have died" is no date, nor "el mar").
func (s *sentence) monthAt(k int) bool {
	if !s.in(k, monthNames) {
		return false
	}
	w := s.text(k)
	if w == "may" || w == "march" || w == "mar" {
		return s.toks[k].upper
	}
	return true
}

// markRangeEnds gives the end of a range of years or ages the reason of
// its start: "entre 2010 y 2019 murieron 15.021 personas", "aged 23 to
// 52 when they died".
func (s *sentence) markRangeEnds() {
	for k := 0; k+1 < len(s.nums); k++ {
		a, b := &s.nums[k], &s.nums[k+1]
		if !a.trap || b.trap || b.t0 != a.t1+1 {
			continue
		}
		mid, before := s.text(a.t1), s.text(a.qStart-1)
		between := (mid == "and" || mid == "y") && (before == "between" || before == "entre")
		// "between January 20 and 26", "between the ages of 10 and 20"
		betweenNear := (mid == "and" || mid == "y") && s.betweenBefore(a.qStart)
		to := mid == "to" || mid == "a" || mid == "al" || mid == "hasta" || mid == "-" || mid == "–"
		switch a.dropReason {
		case "date":
			from := before == "from" || before == "de" || before == "desde" || before == "between" || before == "entre"
			if a.plain4 && b.plain4 && b.value >= a.value && b.value <= 2100 && (between || to && from) {
				b.trap, b.dropReason = true, "date"
			}
			if !a.plain4 && a.value <= 31 && b.value <= 31 && b.value > a.value && (betweenNear || to) {
				b.trap, b.dropReason = true, "date" // "from August 17 to 24", "between January 20 and 26"
			}
		case "age":
			if b.value <= 120 && b.value > a.value && (between || betweenNear || to) {
				b.trap, b.dropReason = true, "age"
			}
		}
	}
}

// betweenBefore reports whether "between"/"entre" stands within four
// words before token q, with no number between.
func (s *sentence) betweenBefore(q int) bool {
	for j := q - 1; j >= 0 && j >= q-4; j-- {
		switch {
		case s.text(j) == "between" || s.text(j) == "entre":
			return true
		case s.toks[j].kind == tokDigits:
			return false
		}
	}
	return false
}

// victimsBefore reports whether a noun for people something happened to
// stands a few words before token q: "the number of victims at 695".
func (s *sentence) victimsBefore(q int) bool {
	for j := q - 1; j >= 0 && j >= q-4; j-- {
		if s.in(j, victimNouns) {
			return true
		}
		if s.toks[j].kind == tokDigits {
			return false
		}
	}
	return false
}

// partOfVictims reports whether number m, a part of a count ("of them",
// "Of those,"), counts deaths or injuries, of kind cat, among a count of
// casualties or victims given just before, in its sentence or in the one
// before: a count of its own kind, not a part.
func (s *sentence) partOfVictims(m *numMention, cat category) bool {
	lex := s.e.lex
	if !cat.overlaps(lex.death.or(lex.injury)) || cat.overlaps(lex.casualties) {
		return false
	}
	for j := 0; j < m.t0; j++ {
		if s.in(j, victimNouns) {
			return true
		}
		if k := s.entAt[j]; k >= 0 && s.ents[k].ent >= 0 && s.e.ents[s.ents[k].ent].cat.overlaps(lex.casualties) {
			return true
		}
	}
	return s.st.victimsSent > 0 && s.st.sent-s.st.victimsSent == 1
}

// markParenthesisedPlaces marks the numbers set in brackets after the
// names of two or more places or bodies: "outbreaks at Indiana University
// in Bloomington (46 cases), Purdue University (13) and Butler University
// (24)". Each is that place's share of a count, not the count.
func (s *sentence) markParenthesisedPlaces() {
	var items []int
	for k := range s.nums {
		m := &s.nums[k]
		if m.trap && m.dropReason != "age" || m.t0 < 2 || s.text(m.t0-1) != "(" {
			continue // (a bare "(5)" after a name reads as an age; it still makes a list)
		}
		if name := s.toks[m.t0-2]; !name.upper || name.kind != tokWord && name.kind != tokAlnum || m.t0-2 == 0 {
			continue
		}
		closed := false
		for j := m.t1; j < len(s.toks) && j <= m.t1+2; j++ {
			if s.text(j) == ")" {
				closed = true
				break
			}
		}
		if closed {
			items = append(items, k)
		}
	}
	if len(items) < 2 {
		return
	}
	for _, k := range items {
		if !s.nums[k].trap {
			s.nums[k].trap, s.nums[k].dropReason = true, "partial"
		}
	}
}

// markBreakdown marks the numbers of a list after a colon that break a
// count down: "lists the dead by state: 8 in the capital district, 4 in
// Carabobo and 3 in Aragua". Each is a part, not a count of the metric; a
// list whose numbers name what they count ("133 political prisoners
// released, up from 116") is not a breakdown.
func (s *sentence) markBreakdown() {
	colon := -1
	for i, t := range s.toks {
		if t.text == ":" {
			colon = i
		}
	}
	if colon < 0 {
		return
	}
	var items []int
	parts := 0 // "31 personas heridas: dos de ellas de gravedad, cinco …"
	for k := range s.nums {
		m := &s.nums[k]
		if m.t0 > colon && m.trap && m.dropReason == "partial" {
			parts++
		}
		if m.t0 <= colon || m.trap {
			continue
		}
		if m.head == headTerm || m.head == headPeople {
			return
		}
		if _, ok := s.trailingSource(m); ok {
			return // "Excarcelaciones: 444 según Foro Penal, más de 800 según el Gobierno"
		}
		items = append(items, k)
	}
	if len(items)+parts < 2 || len(items) == 0 {
		return
	}
	for x := 1; x < len(items); x++ {
		prev, cur := &s.nums[items[x-1]], &s.nums[items[x]]
		if cur.t0-prev.t1 > 6 || !s.listSeparated(prev.t1, cur.qStart) {
			return
		}
	}
	for j := colon + 1; j < s.nums[items[len(items)-1]].t0; j++ {
		if s.in(j, sequenceWords) {
			return // "primero fueron 59, luego 120 y, por último, 146": one count as it grew
		}
	}
	for _, k := range items {
		s.nums[k].trap, s.nums[k].dropReason = true, "partial"
	}
}

// listSeparated reports whether a comma, a semicolon or a conjunction
// stands between tokens i and j.
func (s *sentence) listSeparated(i, j int) bool {
	for k := i; k < j; k++ {
		switch s.text(k) {
		case ",", ";", "and", "y", "e", "or", "o":
			return true
		}
	}
	return false
}

// subsetMarkerIn reports whether a subset marker ("including", "entre
// ellos") starts at a token of [i, j): the count after it is a part of
// the one before, not its fellow in a breakdown ("Seven civilians,
// including four children").
func (s *sentence) subsetMarkerIn(i, j int) bool {
	for k := i; k < j; k++ {
		if _, _, ok := subsetMarkers.matchAt(s.toks, k); ok {
			return true
		}
	}
	return false
}

// differenceAfter reports whether the words at token i set a number
// against another count, making it a difference: "por encima de", "por
// debajo de", "above the", "below the".
func (s *sentence) differenceAfter(i int) bool {
	switch s.text(i) {
	case "por":
		return (s.text(i+1) == "encima" || s.text(i+1) == "debajo") && s.text(i+2) == "de"
	case "above", "below":
		return definiteAt(s.text(i+1)) || s.in(i+1, possessives)
	}
	return false
}

// countsInUnit reports whether a metric looked for is measured in the unit
// word w: "79,238 hours" is a figure of a metric of hours of shutdown,
// not a duration.
func (s *sentence) countsInUnit(w string) bool {
	for _, mi := range s.active {
		if s.e.metrics[mi].unitWords[w] {
			return true
		}
	}
	return false
}

// distributiveAt reports whether a distributive word stands at token i:
// "each", "apiece", "cada uno", "cada una".
func (s *sentence) distributiveAt(i int) bool {
	switch s.text(i) {
	case "each", "apiece":
		return true
	case "cada":
		return s.text(i+1) == "uno" || s.text(i+1) == "una"
	}
	return false
}

// monthBefore reports whether a month is named before token i of the
// sentence.
func (s *sentence) monthBefore(i int) bool {
	for j := 0; j < i; j++ {
		if s.monthAt(j) {
			return true
		}
	}
	return false
}

// monthRightBefore reports whether a month's name stands just before token
// k, perhaps with the period of its abbreviation between: the day of a
// date, "Feb. 1", "March 3".
func (s *sentence) monthRightBefore(k int) bool {
	if s.text(k-1) == "." {
		k--
	}
	return k >= 1 && s.monthAt(k-1)
}

// moneyOfScaleBefore reports whether number m ends on a scale word
// ("millones", "billion", "mil") that an amount of money before it in the
// sentence ends on too: m is another amount of that currency. (markTraps
// reads numbers in order: the amounts before m are already marked.)
func (s *sentence) moneyOfScaleBefore(m *numMention) bool {
	scale := s.text(m.t1 - 1)
	if m.t1-m.t0 < 2 || numberWords[scale].kind != kindScale {
		return false
	}
	for k := range s.nums {
		if o := &s.nums[k]; o.t1 <= m.t0 && o.dropReason == "money" && s.text(o.t1-1) == scale {
			return true
		}
	}
	return false
}

// numberAsVerb reports whether the "number" at token i is the verb of a
// plural subject or follows an adverb of time ("the dead now number 30",
// "casualties number 30"), not a label ("room number 30").
func (s *sentence) numberAsVerb(i int) bool {
	if s.text(i) != "number" || i == 0 {
		return false
	}
	p := s.toks[i-1]
	if p.kind != tokWord || p.upper {
		return false
	}
	switch p.text {
	case "now", "already", "still", "currently", "today", "dead", "wounded", "injured", "missing":
		return true
	}
	return len(p.text) > 3 && strings.HasSuffix(p.text, "s") && !strings.HasSuffix(p.text, "ss") && !s.in(i-1, labelNouns)
}

// numberedPlace reports whether number m ends a place's name: after a
// capitalised word that a preposition of place opens, with nothing
// counted after it ("in Santo 12, and 48 were killed", "en Delmas 33.").
func (s *sentence) numberedPlace(m *numMention) bool {
	if m.t0 < 2 || m.high != 0 {
		return false
	}
	p := s.toks[m.t0-1]
	if p.kind != tokWord || !p.upper || p.caps || s.entAt[m.t0-1] >= 0 || monthNames.hasToken(&p) || s.inActor(m.t0-1) {
		return false
	}
	if !s.in(m.t0-2, locationPrepositions) {
		return false
	}
	if m.t1 < len(s.toks) {
		if n := s.toks[m.t1]; n.kind != tokPunct && !s.in(m.t1, coordinators) {
			return false // "in Gaza 40,000 people": a count placed
		}
	}
	return true
}

// numberedName reports whether number m ends a name: a capitalised word
// right before it, itself after a coordinator or a noun for a gang, and a
// word in lower case right after it ("MS-13 and Barrio 18 members", "la
// pandilla Barrio 18 controla"). (After an article or "de" the word is as
// often a place: "en la Comunidad de Madrid 24.216 consultas".)
func (s *sentence) numberedName(m *numMention) bool {
	if m.t0 < 2 || m.high != 0 || m.t1 >= len(s.toks) {
		return false
	}
	p := s.toks[m.t0-1]
	if p.kind != tokWord || !p.upper || p.caps || s.entAt[m.t0-1] >= 0 || monthNames.hasToken(&p) || s.inActor(m.t0-1) ||
		s.e.lex.namesCountry(p.text) || !s.toks[m.t0].spaceBefore {
		return false
	}
	if !s.in(m.t0-2, nameOpeners) {
		return false
	}
	n := s.toks[m.t1]
	return n.kind == tokWord && !n.upper
}

// nameOpeners stand before a name inside a noun phrase.
var nameOpeners = newWordSet("and", "y", "banda", "gang", "pandilla", "mara")

// locationPrepositions open where something happened.
var locationPrepositions = newWordSet("in", "at", "near", "en")

// qualifierAside returns the qualifier set between commas at token j,
// after a number ("otros 50, como mínimo, resultaron heridos", "20, at
// least, were killed"), and its length with both commas.
func (s *sentence) qualifierAside(j int) (id, n int, ok bool) {
	if s.text(j) != "," {
		return 0, 0, false
	}
	id, n, ok = qualifierAfter.matchAt(s.toks, j+1)
	if !ok || s.text(j+1+n) != "," {
		return 0, 0, false
	}
	return id, n + 2, true
}

// eventTermAfter reports whether a term of an event (no actor's name)
// stands within n words after token j, before any punctuation but a short
// aside between commas ("569 miembros de esa comunidad, mayoritariamente
// musulmana, muertos o desaparecidos").
func (s *sentence) eventTermAfter(j, n int) bool {
	aside := false
	for k := j; k < len(s.toks) && k < j+n; k++ {
		if s.text(k) == "," && !aside {
			if c := s.nextComma(k, 5); c > 0 {
				aside = true
				n += c - k + 1
				k = c
				continue
			}
		}
		if s.toks[k].kind == tokPunct {
			return false
		}
		if s.eventTermAt(k) {
			return true
		}
	}
	return false
}

// eventTermAt reports whether token k is in a term of an event (a term of
// a concept, no actor's name): "muertos", "las excarcelaciones".
func (s *sentence) eventTermAt(k int) bool {
	if k < 0 || k >= len(s.toks) {
		return false
	}
	e := s.entAt[k]
	return e >= 0 && s.ents[e].ent >= 0 && s.ents[e].actor < 0 && !s.e.ents[s.ents[e].ent].cat.empty()
}

// nextComma returns the comma that closes an aside opened by the comma at
// token k, within n words and before any other punctuation, or -1.
func (s *sentence) nextComma(k, n int) int {
	for c := k + 1; c < len(s.toks) && c <= k+n; c++ {
		if s.text(c) == "," {
			return c
		}
		if s.toks[c].kind != tokWord {
			return -1
		}
	}
	return -1
}

// trapReason returns why number m is not a count, or "" when it may be
// one: part of an address, a tag or a phone number ("label"); "money", a
// "percentage", a "duration", an "age", a "date" or clock time, a label
// ("Article 49"), a year ("date"); a "rate" ("824 arrests a day"); an
// "increment" ("22 more", "otras 20"); a "partial" count (a part of
// another, "in the capital alone"); a "comparison" baseline ("7% more than
// the 271,484 removed in 2024"); a "hypothetical" (a forecast or target);
// or "one" used as a pronoun ("article").
func (s *sentence) trapReason(m *numMention) string {
	toks := s.toks
	for k := m.t0; k < m.t1; k++ {
		if toks[k].inURL {
			return "label"
		}
	}
	if s.inActor(m.t0) {
		return "label" // "la organización Proyecto 7": part of a name
	}
	p1, p2 := s.text(m.t0-1), s.text(m.t0-2)
	n1, n2 := s.text(m.t1), s.text(m.t1+1)
	counted := m.head == headPeople || m.head == headTerm
	v := m.value
	if m.qual == tracker.Range {
		v = m.high
	}
	switch {
	case v <= 0:
		return "zero"
	case m.t0 > 0 && (p1 == "#" || p1 == "@" || p1 == "№") && !toks[m.t0].spaceBefore:
		return "label" // hashtag, handle
	case m.t0 > 1 && (p1 == "." || p1 == ",") && !toks[m.t0].spaceBefore && !toks[m.t0-1].spaceBefore &&
		(toks[m.t0-2].kind == tokAlnum || toks[m.t0-2].kind == tokWord && strings.ContainsAny(toks[m.t0-2].text, "0123456789")):
		return "label" // the tail of a code: "PM2.5", "PM2,5"
	case p1 == "+" && (len(toks[m.t0].text) > 6 || strings.ContainsAny(toks[m.t0].text, " \u00a0")):
		return "label" // phone: "+58 212 555 1234" ("+400" is "more than 400")
	case s.in(m.t0-1, currencyBefore), p1 == "." && s.in(m.t0-2, currencyBefore), p1 == "$":
		return "money"
	case s.in(m.t1, currencyAfter), (n1 == "de" || n1 == "of") && s.in(m.t1+1, currencyAfter):
		return "money"
	case m.head == headBare && s.moneyOfScaleBefore(m):
		return "money" // "50.000 millones de pesos al año y otros 120.000 millones": the currency elided
	case (s.in(m.t1, timeUnits) || n1 == "-" && s.in(m.t1+1, timeUnits)) && !s.countsInUnit(n1) && !s.countsInUnit(n2):
		return "duration"
	case s.in(m.t1+1, timeUnits) && timeUnitModifier(n1) && !s.countsInUnit(n2):
		return "duration" // "the second of three voting days", "five consecutive days"
	case (n1 == "y" || n1 == "and" || n1 == "o" || n1 == "or") && s.countStartsAt(m.t1+1) && s.in(m.t1+2, timeUnits) && !s.countsInUnit(s.text(m.t1+2)):
		return "duration" // "dos bebés, de tres y cinco meses": the unit of the number it is coordinated with
	case s.in(m.t1, measureUnits) && !s.countsInUnit(n1) && !s.e.units[n1] && n2 != "cuadrados" && n2 != "cuadradas" && n2 != "²":
		return "no_metric" // "temperaturas de casi 52 grados", "a 24 kilómetros al sur": a measure
	case s.in(m.t0-1, ageWords), (p1 == "of" || p1 == "de" || p1 == "between" || p1 == "entre") && s.in(m.t0-2, ageWords),
		s.ageBoundBefore(m.t0):
		return "age" // "aged 58", "under the age of 10", "a la edad de 12", "aged up to 19"
	case (p1 == "first" || p1 == "primeros" || p1 == "primeras") && s.determinerAt(m.t0-2):
		return "partial" // "the first two strikers", "los primeros 40 liberados": the first of more
	case (p1 == "of" || p1 == "de") && s.in(m.t0-2, parentNouns):
		return "no_metric" // "a father of four", "madre de tres hijos": a family's children
	case (p1 == "under" || p1 == "over") && s.in(m.t0-2, ageHolders) && (m.value < 20 || m.value <= 100 && m.head != headPeople && m.head != headOther):
		// "children under five", "people over 65", "people under 25 took
		// their own lives" (a small bound, or one of a lifetime that
		// counts no noun of people or things: "over 500" is a count)
		return "age"
	case m.head == headBare && m.value <= 120 && (ageReachedWords.has(p1) || p1 == "as" && (p2 == "young" || p2 == "old") ||
		(p1 == "los" || p1 == "las") && p2 == "de" && s.text(m.t0-3) == "antes"):
		return "age" // "before they turned 18", "as young as eight", "casadas antes de los 18"
	case p1 == "de" && m.head == headBare && m.value <= 110 && (s.in(m.t0-2, personNounsSingular) ||
		p2 == "," && s.in(m.t0-3, personNounsSingular)):
		return "age" // "una nena de 10", "su madre, de 42"
	case s.es && s.futureVerbGoverns(m) && !s.announcedAct(m):
		return "hypothetical" // "recibirán cerca de medio millón", "183 presos serán liberados"
	case p1 == "dia" && m.value <= 31 && m.head == headBare:
		return "date" // "el pasado día 8"
	case p1 == "anos" && (p2 == "los" || p2 == "las") && m.value%10 == 0 && m.value >= 20 && m.value <= 90:
		return "date" // "desde comienzos de los años 70": a decade
	case s.in(m.t0-1, labelNouns) && !m.rank && !s.numberAsVerb(m.t0-1), p1 == "." && (p2 == "no" || p2 == "art" || p2 == "num" || p2 == "nos"):
		return "label"
	case s.codeBefore(m.t0):
		return "label" // "number plate UP FT 7623", "flight AV 204"
	case s.numberedPlace(m):
		return "label" // "at Corridor Jo in Santo 12, and…": a place named with a number
	case s.numberedName(m):
		return "label" // "MS-13 and Barrio 18 members": a name that ends in a number
	}
	if _, _, ok := percentAfter.matchAt(toks, m.t1); ok {
		return "percentage"
	}
	// "seis de cada diez muertes", "one in every four", "the death rate
	// per 1,000 prisoners": a ratio
	if _, _, ok := ratioAfter.matchAt(toks, m.t1); ok || p1 == "cada" || p1 == "every" || p1 == "per" {
		return "percentage"
	}
	if n1 == "in" && m.value <= 20 && s.smallNumberAt(m.t1+1) && !s.in(m.t1+1, indefiniteArticles) && !s.in(m.t1+2, timeUnits) {
		return "percentage" // "Nine in 10 births": the count a ratio takes (not "five in 10 days")
	}
	if p1 == "in" && m.value <= 100 && s.smallNumberAt(m.t0-2) {
		return "percentage" // "one in five of them", "nine in 10 births": a ratio (not "202 in 2022")
	}
	if s.ratioWithNoun(m) {
		return "percentage" // "about one death in six", "un niño de cada cinco"
	}
	if s.perNumberAfter(m) {
		return "rate" // "nearly 33 deaths per 100,000 live births": a rate, not a count
	}
	if s.distanceAway(m) {
		return "label" // "25 kilometres south of Ancón": where, not how many
	}
	if _, _, ok := timeSuffixes.matchAt(toks, m.t1); ok && !(v > 24 && s.countsInUnit(n1)) {
		return "date" // (not "18.225 horas" for a metric of hours)
	}
	if s.distributiveAt(m.t1) || m.headAt == m.t1 && s.distributiveAt(m.t1+1) {
		return "partial" // "Nakuru and Mombasa for three each": a count per item
	}
	if v <= 31 {
		if s.monthRightBefore(m.t0) || s.monthAt(m.t1) ||
			((n1 == "de" || n1 == "of" || n1 == "del") && s.monthAt(m.t1+1)) {
			return "date"
		}
		if s.in(m.t0-1, weekdays) && !counted {
			return "date"
		}
		if p1 == "el" && m.head == headBare && (n1 == "," || n1 == ")") && s.monthBefore(m.t0) {
			return "date" // "se realizó el 7 de octubre y, el 10, la agencia confirmó": a day of that month
		}
		// "del 8 al 12 de enero", "8 y 9 de enero"
		switch n1 {
		case "al", "y", "to", "and", "a", "-", "–", "&":
			d := m.t1 + 1
			if t := s.text(d); t == "el" || t == "the" {
				d++ // "entre el 1 y el 3 de noviembre"
			}
			if d < len(toks) && toks[d].kind == tokDigits {
				n3, n4 := s.text(d+1), s.text(d+2)
				if monthNames.has(n3) || ((n3 == "de" || n3 == "of") && monthNames.has(n4)) {
					return "date"
				}
			}
		}
	}
	if v <= 24 && !counted {
		if _, _, ok := timePrefixes.matchEndingAt(toks, m.t0); ok {
			return "date" // "a las 3"
		}
	}
	if v <= 31 && m.t0 >= 2 && toks[m.t0-2].caps && p1 == "," && n1 == "(" {
		return "date" // "MADRID, 31 (EUROPA PRESS)": a dateline's day
	}
	if v <= 120 && m.t0 >= 2 && toks[m.t0-2].kind == tokWord && toks[m.t0-2].upper {
		if (p1 == "," && (n1 == "," || n1 == ")" || n1 == "")) || (p1 == "(" && n1 == ")") {
			return "age" // "Rodríguez, 58, said"; "Romero (58)"
		}
	}
	if p1 == "epidemiologica" || p1 == "epidemiologicas" ||
		(p1 == "week" || p1 == "weeks") && p2 == "epidemiological" {
		return "date" // "la semana epidemiológica 13", "epidemiological week 32": a week of the year
	}
	if m.plain4 && v >= 1800 && v <= 2100 {
		if !counted || s.in(m.t0-1, yearPrepositions) || s.in(m.t0-1, monthNames) {
			return "date"
		}
		if p1 == "todo" || p1 == "toda" || p1 == "of" && (p2 == "all" || p2 == "whole") {
			return "date" // "durante todo 2023 se incautaron", "over all of 2023"
		}
		if !s.es && (p1 == "the" || p1 == "its" || p1 == "their" || p1 == "this" || p1 == "that") {
			return "date" // "the 2023 killings": English writes a count of thousands with a comma
		}
	}
	if (m.t0 > 0 && toks[m.t0-1].kind == tokDigits && !yearToken(toks[m.t0-1].text)) ||
		(m.t1 < len(toks) && toks[m.t1].kind == tokDigits && !yearToken(toks[m.t1].text) && !m.plain4) {
		return "label" // a run of digit groups: a phone or an identifier (not "en 2024 1,8 millones")
	}
	if q1 := s.text(m.qStart - 1); (q1 == "of" || q1 == "de") && s.in(m.qStart-2, containerNouns) {
		return "partial" // "in 3 groups of about 130 people": a size, not a count
	}
	if s.in(m.t0-1, relativeTimeWords) && !counted && !(p1 == "past" && !definiteAt(s.text(m.t0-2))) {
		return "duration" // "31 more in the following 48" (not "push the toll past 1,000")
	}
	if s.compositionAfter(m) {
		return "partial" // "3 were minors": what a part of the count is
	}
	if s.settingAside(m) {
		return "no_metric" // "…el avión, en el que viajaban 233 personas": who was there, not what befell them
	}
	if s.ofThemAt(m.t1) && !s.verifiedPart(m) {
		m.ofThem = true
		return "partial" // "444 of them", "16.681 de ellas", "112 of whom": a part of a count just given
	}

	crossed := false // a conjunction stands between: "had required hospitalization and that three people had died"
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-4; j-- {
		if s.in(j, expectedWords) {
			return "hypothetical" // "se esperaban 1 millón 490 mil defunciones": a baseline or forecast
		}
		if t := s.text(j); t == "and" || t == "y" || t == ";" {
			crossed = true
		}
		if _, _, ok := needPhrases.matchEndingAt(s.toks, j+1); ok && !crossed {
			return "hypothetical" // "hacen falta 600 camiones": what is needed, not what is
		}
	}
	if j := s.afterHead(m); s.needAt(j) {
		return "hypothetical" // "600 trucks are needed"
	}
	if s.dueBefore(m) {
		return "hypothetical" // "Hamas is due to free 33 hostages", "Hamás se comprometió a devolver los 20 rehenes"
	}
	if _, _, ok := warrantPhrases.matchEndingAt(s.toks, m.qStart); ok {
		return "hypothetical" // "ordered the detention of 2,745 judges": a warrant, not an arrest
	}
	if s.aimedAt(m) {
		return "hypothetical" // "El PMA aspira a llegar … a siete millones de personas", "the goal of 10 million visitors"
	}
	if s.fearedBefore(m) {
		return "hypothetical" // "feared that more than 40 others had died", "temía que el balance se acercara a los 300"
	}
	if s.addedToTotal(m) {
		return "partial" // "A ellos se suman otros 122 camiones", "Sumados a los tres muertos…"
	}
	if s.conditionedFuture(m) {
		return "hypothetical" // "sumará otros 400 brigadistas la próxima semana si las condiciones empeoran"
	}
	if s.modalPredicate(m) && !s.announcedAct(m) {
		return "hypothetical" // "1,000 trucks a day could come in", "500,000 would not have power"
	}
	if s.amongAfter(m) {
		return "partial" // "18 foreigners were among the 56 freed"
	}
	if s.partitiveOfTerm(m.t1) && !s.partIsKeyword(m) && !s.partDoesOther(m) {
		return "partial" // "3 de los excarcelados tienen…": a part of the count
	}
	if s.in(m.qStart-1, backReferenceBefore) || s.in(m.qStart-2, backReferenceBefore) && s.text(m.qStart-1) != "de" && s.toks[m.qStart-1].kind == tokWord {
		return "repeated" // "además de estas 16 excarcelaciones", "los supuestos 116": a figure given before
	}
	if s.valueOfOtherFigure(m) {
		return "no_metric" // "elevó el número de solicitudes a 1.557"
	}
	if s.addedByInfinitive(m) {
		return "increment" // "tras sumar 237.400 personas en el trimestre": what was added to a total
	}
	if s.irrealisNumber(m.t0) && !s.announcedAct(m) {
		return "hypothetical" // "to reach 200", "llegar a 200"
	}
	if s.capacityBefore(m) {
		return "hypothetical" // "enough supplies to treat 9,000 patients": what could be, not what is
	}
	if e := s.entAt[max(m.headAt, 0)]; m.headAt >= 0 && e >= 0 && s.ents[e].ent >= 0 && s.preventedTerm(&s.ents[e]) {
		return "hypothetical" // "7.6 million deaths have been averted": what did not happen
	}
	if _, _, ok := speedUnits.matchAt(s.toks, m.t1); ok {
		return "no_metric" // "gusts of 166 to 200 mph": a speed
	}
	if p := s.text(m.qStart - 1); (p == "has" || p == "have" || p == "had" || p == "tiene" || p == "tienen") &&
		s.in(m.headAt, memberNouns) && m.headAt == m.t1 {
		return "no_metric" // "southern Mexico, where it now has 32 staff": its workforce
	}
	if _, _, ok := workforcePhrases.matchEndingAt(s.toks, m.qStart); ok {
		return "no_metric" // "la entidad, que da trabajo a unas 200.000 personas": its workforce
	}
	if p := s.text(m.qStart - 1); membershipVerbs.has(p) && s.in(m.t1, membershipNouns) && !s.eventTermAfter(m.t1+1, 6) {
		// (not "cerró con 569 miembros de esa comunidad muertos o
		// desaparecidos": what befell them follows)
		return "no_metric" // "the largest police union, with more than 373,000 members": its membership
	}
	if j := s.afterHead(m); s.in(j, predicateAdverbs) && s.in(j+1, livingVerbs) && s.placeAfterLiving(j+2) ||
		s.in(j, livingVerbs) && s.placeAfterLiving(j+1) {
		return "no_metric" // "7,6 millones de personas viven en zonas de alto riesgo": where people live
	}
	if s.partOfPlaces(m) {
		return "no_metric" // "los contagios se distribuyen en ocho de los nueve departamentos": places
	}
	if _, _, ok := populationPhrases.matchEndingAt(s.toks, m.qStart); ok && m.head != headTerm {
		// "models covering some 540 million people": the population a
		// study covers (not "a report covering 3,000 deaths", its count)
		return "no_metric"
	}
	if p := s.text(m.qStart - 1); (p == "of" || p == "de") && (s.text(m.qStart-2) == "population" || s.text(m.qStart-2) == "poblacion") {
		return "no_metric" // "the city's population of more than 7 million", "una población de 7 millones"
	}
	if p := s.text(m.qStart - 1); !s.e.countsCapacity && (p == "for" || p == "para" || p == "of" || p == "de") && s.in(m.qStart-2, capacityNouns) {
		return "capacity" // "instalaciones con capacidad para 8.524 migrantes": room, not people
	}
	if p := s.text(m.qStart - 1); (p == "por" || p == "by") && strings.HasPrefix(s.text(m.qStart-2), "multipli") {
		return "comparison" // "podría multiplicarse por ocho", "multiplied by four": a factor
	}
	if s.multiplierAt(m.t1) {
		return "comparison" // "three to four times as high", "entre tres y cuatro veces mayor": a factor
	}
	if m.unitWord && !s.nounFollows(m.t1) {
		return "article" // "one of", "un grupo": an article or a pronoun, not a count
	}
	if r := s.ratePartOrIncrement(m); r != "" {
		return r
	}
	return ""
}

// multiplierAt reports whether the words at token j make the number
// before them a factor of another count: "times" or "veces" before a
// comparative, "as" or "the" ("four times as high", "three times the
// official count", "tres veces mayor"), or "-fold". "targeted 57 times"
// counts the times something happened.
func (s *sentence) multiplierAt(j int) bool {
	switch s.text(j) {
	case "fold":
		return true
	case "times", "veces":
		n := s.text(j + 1)
		return n == "as" || n == "the" || n == "that" || n == "lo" || s.in(j+1, comparatives)
	}
	return false
}

// fearWords say that what follows them is feared, not known.
var fearWords = newWordSet("feared", "fears", "fear", "fearing", "temía", "temían", "teme", "temen", "temiendo", "temió",
	"temieron", "temer")

// fearedBefore reports whether number m stands in what a fear verb a few
// words before it says is feared: "feared that more than 40 others had
// died", "temía que el balance final se acercara a los 300 muertos".
func (s *sentence) fearedBefore(m *numMention) bool {
	that := false
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-10; j-- {
		t := &s.toks[j]
		if t.kind == tokDigits || t.text == "." || t.text == ";" {
			return false
		}
		if t.text == "that" || t.text == "que" {
			that = true
		} else if that && fearWords.hasToken(t) {
			return true // (the fear word is looked up only before a "that")
		}
	}
	return false
}

// aimedAt reports whether number m is what someone aims at, a few words
// after a verb or noun of aiming in its clause: "aspira a llegar con
// asistencia a siete millones de personas", "plans to vaccinate 2 million",
// "la meta de los 10 millones de visitantes".
func (s *sentence) aimedAt(m *numMention) bool {
	if s.aimAfterNoun(m) {
		return true
	}
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-10; j-- {
		t := &s.toks[j]
		if t.kind == tokDigits || t.text == "." || t.text == ";" || t.text == "," {
			return false
		}
		if _, n, ok := aimPhrases.matchAt(s.toks, j); ok && j+n <= m.qStart {
			// (but "announced plans to eliminate 102,943 jobs" counts the
			// cuts announced)
			return !s.in(j-1, announceWords)
		}
	}
	return false
}

// aimAfterNoun reports whether the noun of number m opens a relative
// clause, without a pronoun, whose verb aims: "the 650,000 tonnes the
// industry expects to produce", "los 10.000 empleos que la empresa planea
// crear".
func (s *sentence) aimAfterNoun(m *numMention) bool {
	j := s.afterHead(m)
	if m.headAt < 0 && (s.in(j, measureUnits) || s.e.units[s.text(j)]) {
		j++ // "650,000 tonnes", converted: past its unit
	}
	if t := s.text(j); t == "that" || t == "que" || t == "which" {
		j++
	}
	if !s.determinerAt(j) {
		return false
	}
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if _, _, ok := aimPhrases.matchAt(s.toks, k); ok && k > j+1 {
			return s.in(k, aimVerbs)
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// aimVerbs are the aim phrases that open on a verb: a relative clause on a
// count may end on them.
var aimVerbs = newWordSet("expects", "expected", "expect", "plans", "plan", "planea", "planean", "prevé", "prevén",
	"pretende", "pretenden", "aims", "hopes", "intends", "seeks", "aspira", "aspiran")

// aimPhrases name an aim, a target or a plan: what follows has not
// happened.
var aimPhrases = phrasesOf(1, "aspira a", "aspiran a", "aspiraba a", "pretende", "pretenden", "planea", "planean",
	"aims to", "aim to", "aiming to", "plans to", "plan to", "planning to", "intends to", "intend to", "seeks to",
	"hopes to", "hope to", "expects", "expected", "expect to", "expecting to", "prevé", "prevén",
	"target of", "goal of", "meta de", "objetivo de", "la meta", "the target", "the goal", "aim of", "propósito de")

// announceWords make a plan a count of what was announced: "announced
// plans to eliminate 102,943 jobs".
var announceWords = newWordSet("announced", "unveiled", "anunció", "anunciaron", "anuncian", "announce", "announces")

// valueOfOtherFigure reports whether number m is the value of a figure
// noun that counts something else, a few words before it: "el número de
// solicitudes a 1.557", "the number of applications to 4,203".
func (s *sentence) valueOfOtherFigure(m *numMention) bool {
	for q := m.qStart - 1; q >= 0 && q >= m.qStart-8; q-- {
		t := s.toks[q]
		if t.kind == tokDigits || t.text == "," || t.text == ";" || s.isNumberWordToken(q) {
			return false
		}
		if figureNouns.hasToken(&t) {
			return s.figureOfOther(q)
		}
	}
	return false
}

// nounFollows reports whether a people noun or a term follows token t1
// directly, allowing only adjectives in between: "one political prisoner",
// "una excarcelación" (but not "one of the prisoners").
func (s *sentence) nounFollows(t1 int) bool {
	j := t1
	for j < len(s.toks) && j < t1+2 && s.entAt[j] < 0 && (adjectivesAfterOne.hasToken(&s.toks[j]) ||
		s.lowerWord(j) && strings.Contains(s.toks[j].text, "-")) { // "one school-aged child"
		j++
	}
	if j >= len(s.toks) {
		return false
	}
	if k := s.entAt[j]; k >= 0 && s.ents[k].actor < 0 {
		return true
	}
	if _, _, ok := s.conversionAt(j); ok || s.e.units[s.toks[j].text] {
		return true // "one ton of cocaine" where a metric counts kilograms
	}
	w := s.toks[j].text
	return peopleNouns.has(w) || peopleNouns.has(w+"s") || peopleNouns.has(w+"es") || w == "child" || w == "man" || w == "woman"
}

// partitiveOfTerm reports whether "of the"/"de los" and an event term
// follow token t1: "12 of the released", "3 de los excarcelados", a part
// of the count rather than the count.
func (s *sentence) partitiveOfTerm(t1 int) bool {
	if t := s.text(t1); t != "of" && t != "de" && t != "among" && t != "entre" {
		return false
	}
	j := t1 + 1
	for j < len(s.toks) && j <= t1+3 && (s.determinerAt(j) || partitiveDeterminers.hasToken(&s.toks[j]) ||
		s.toks[j].text == "newly") {
		j++
	}
	if j == t1+1 || j >= len(s.toks) {
		return false // "una docena de excarcelaciones" is the count itself
	}
	if s.in(t1+1, possessives) {
		// "107 de sus integrantes fueron asesinados", "nueve de sus
		// convoyes": the body's own people or things, counted
		return false
	}
	if k := s.entAt[j]; k >= 0 {
		return s.ents[k].ent >= 0 && s.ents[k].actor < 0 // "3 de los excarcelados", "2 of the political prisoners"
	}
	return s.e.lex.isStatePerson(s.text(j)) || s.in(j, peopleNouns) // "114 of the detainees"
}

// modifierTermAt reports whether term k, right after a noun of people,
// describes them rather than saying what they did: a Spanish participle
// ("personas lesionadas"), or a term a verb follows ("the people injured
// were"). "pacientes murieron", "patients died" are the predicate.
func (s *sentence) modifierTermAt(k int) bool {
	w := s.text(s.ents[k].t0)
	for _, suf := range []string{"ado", "ados", "ada", "adas", "ido", "idos", "ida", "idas"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	q := s.ents[k].t1
	return q < len(s.toks) && (s.in(q, auxiliaries) || s.in(q, perfectAuxiliaries) || verbLike(s.text(q)) || s.toks[q].preterite)
}

// memberNouns name the people of a body: "107 de sus integrantes", "five
// of its staff".
var memberNouns = newWordSet("integrantes", "miembros", "members", "staff", "personnel", "employees", "empleados",
	"trabajadores", "workers", "agentes", "officers", "efectivos", "funcionarios", "colleagues", "compañeros",
	"colaboradores", "volunteers", "voluntarios", "soldiers", "soldados", "troops", "tropas", "uniformados",
	// a state's own people: "evacuó a 15 de sus ciudadanos"
	"ciudadanos", "ciudadanas", "citizens", "nationals", "connacionales", "compatriotas", "nacionales")

// partDoesOther reports whether the part after number m ("119 de los
// deportados", "14 of the injured") is said to do or undergo what another
// metric counts than the whole's term: "119 de los deportados han podido
// volver" counts returns, not deportations.
func (s *sentence) partDoesOther(m *numMention) bool {
	j := m.t1 + 1
	for j < len(s.toks) && j <= m.t1+3 && (s.determinerAt(j) || partitiveDeterminers.hasToken(&s.toks[j])) {
		j++
	}
	k := -1
	if j < len(s.toks) {
		k = s.entAt[j]
	}
	var whole entity
	q := j + 1
	switch {
	case k < 0 && j < len(s.toks) && s.in(j, peopleNouns):
		// "tres de los pacientes murieron": people no term names, whose
		// verb says what happened to them (and "un centenar de las
		// personas lesionadas recibieron el alta": the term after them
		// names the whole)
		if j+1 < len(s.toks) {
			if k2 := s.entAt[j+1]; k2 >= 0 && s.ents[k2].t0 == j+1 && s.ents[k2].ent >= 0 && s.ents[k2].actor < 0 && s.modifierTermAt(k2) {
				whole, q = s.e.ents[s.ents[k2].ent], s.ents[k2].t1
			}
		}
	case k < 0 || s.ents[k].ent < 0 || s.ents[k].actor >= 0:
		return false
	default:
		whole, q = s.e.ents[s.ents[k].ent], s.ents[k].t1
	}
	if q < len(s.toks) && s.in(q, peopleNouns) {
		q++ // "of the escaped inmates"
	}
	q = s.pastCoordinatedPart(q)
	aux := false
	for q < len(s.toks) && (s.in(q, perfectAuxiliaries) || s.in(q, predicateAdverbs) || s.modalAt(q) ||
		s.text(q) == "podido" || s.text(q) == "been") {
		aux = aux || s.in(q, perfectAuxiliaries)
		q++
	}
	e := -1
	if q < len(s.toks) && (aux || verbLike(s.text(q)) || s.toks[q].preterite) {
		e = s.entAt[q]
	}
	if e < 0 || s.ents[e].t0 != q || s.ents[e].ent < 0 || s.ents[e].irrealis || s.ents[e].actor >= 0 {
		return false
	}
	ev := s.e.ents[s.ents[e].ent]
	if mi := s.eventMetric(ev); mi >= 0 {
		return !whole.cat.overlaps(s.e.metrics[mi].owns) && !containsInt(whole.metrics, mi)
	}
	// "460 of the drones had been intercepted" where two metrics count
	// interceptions (of drones, of missiles): an event none of the
	// whole's metrics counts
	if ev.cat.empty() || whole.cat.overlaps(ev.cat) {
		return false
	}
	owned := false
	for _, mi := range s.active {
		owns := s.e.metrics[mi].owns
		if owns.overlaps(ev.cat) && containsInt(whole.metrics, mi) {
			return false
		}
		owned = owned || owns.overlaps(ev.cat)
	}
	return owned
}

// pastCoordinatedPart returns the token after a part coordinated with the
// one ending before token q ("102 of the missiles and 99 of the drones
// were shot down": the verb says what happened to both), or q.
func (s *sentence) pastCoordinatedPart(q int) int {
	if t := s.text(q); t != "and" && t != "y" {
		return q
	}
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 != q+1 {
			continue
		}
		if t := s.text(o.t1); t != "of" && t != "de" {
			return q
		}
		j := o.t1 + 1
		for j < len(s.toks) && s.determinerAt(j) {
			j++
		}
		if j >= len(s.toks) {
			return q
		}
		if e := s.entAt[j]; e >= 0 && s.ents[e].t0 == j {
			return s.ents[e].t1 // past "99 of the drones"
		}
		return q
	}
	return q
}

// partIsKeyword reports whether the part that number m counts is named by
// a metric keyword after a copula: "41 of the freed detainees were
// political prisoners" counts the political prisoners released.
func (s *sentence) partIsKeyword(m *numMention) bool {
	for j := m.t1 + 1; j < len(s.toks) && j <= m.t1+6; j++ {
		switch s.text(j) {
		case "were", "are", "was", "is", "eran", "son", "fueron", "era", "es":
		default:
			continue
		}
		if j+1 >= len(s.toks) {
			return false
		}
		k := s.entAt[j+1]
		if k < 0 || s.ents[k].ent < 0 {
			return false
		}
		ent := s.e.ents[s.ents[k].ent]
		return ent.cat.empty() && ent.actor < 0 && len(ent.metrics) > 0
	}
	return false
}

// conditionedFuture reports whether number m is the object of a verb in
// the future or conditional, a few words before it, in a sentence that
// sets a condition ("si", "if", "unless"): what will be if it is met.
func (s *sentence) conditionedFuture(m *numMention) bool {
	if s.condition == 0 { // once a sentence
		s.condition = 1
		for i := range s.toks {
			if s.in(i, conditionWords) && !(s.text(i) == "si" && (s.text(i+1) == "bien" || !s.writtenEnding(i, "i") && !s.writtenEnding(i, "I"))) {
				s.condition = 2 // (not "si bien": although; nor "sí": yes)
				break
			}
		}
	}
	if s.condition == 1 {
		return false
	}
	if s.counterfactualCondition(m) {
		return true // "Si se hubiera llenado el aforo de 4.000 personas, …"
	}
	future := func(j int) bool {
		t := s.text(j)
		return t == "will" || t == "would" || t == "'ll" ||
			s.es && len(t) > 4 && s.toks[j].kind == tokWord && !s.toks[j].upper && !s.determinerAt(j-1) && s.futureEnding(j)
	}
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-4 && s.toks[j].kind != tokPunct; j-- {
		if future(j) {
			return true
		}
	}
	// "otros 50 médicos … renunciarán si…", "50.000 cajetillas podrían
	// entrar si…": the verb the counted noun is the subject of
	for j := m.t1; j < len(s.toks) && j <= m.t1+6 && s.toks[j].kind != tokPunct; j++ {
		if future(j) || s.modalAt(j) {
			return true
		}
	}
	return false
}

// counterfactualCondition reports whether number m stands in a condition
// of what did not happen, after "si" or "if" and a pluperfect in its
// clause: "Si se hubiera llenado el aforo de 4.000 personas", "If the
// 4,000 seats had been filled".
func (s *sentence) counterfactualCondition(m *numMention) bool {
	pluperfect := false
	for j := m.t1; j < len(s.toks) && j <= m.t1+6 && s.toks[j].kind != tokPunct; j++ {
		pluperfect = pluperfect || counterfactualAuxiliaries.hasToken(&s.toks[j]) || !s.es && s.text(j) == "had"
	}
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-10 && s.toks[j].kind != tokPunct && s.toks[j].kind != tokDigits; j-- {
		switch t := s.text(j); {
		case counterfactualAuxiliaries.hasToken(&s.toks[j]) || !s.es && t == "had":
			pluperfect = true
		case t == "si" || t == "if":
			return pluperfect
		}
	}
	return false
}

// counterfactualAuxiliaries make a Spanish condition one of what did not
// happen: "si se hubiera llenado".
var counterfactualAuxiliaries = newWordSet("hubiera", "hubieran", "hubiese", "hubiesen")

// futureEnding reports whether the Spanish word at token j, as written,
// ends as a verb in the future or conditional does ("sumará", "habrían").
func (s *sentence) futureEnding(j int) bool {
	for _, e := range []string{"rá", "rán", "ría", "rían"} {
		if s.writtenEnding(j, e) {
			return true
		}
	}
	return false
}

// writtenEnding reports whether token j, as written (accents kept), ends
// with suffix; false when the text is not at hand.
func (s *sentence) writtenEnding(j int, suffix string) bool {
	if s.rs == nil || j < 0 || j >= len(s.toks) {
		return false
	}
	end := s.toks[j].end
	for suffix != "" {
		r, n := utf8.DecodeLastRuneInString(suffix)
		suffix = suffix[:len(suffix)-n]
		end--
		if end < s.toks[j].start || s.rs[end] != r {
			return false
		}
	}
	return true
}

// irrealisNumber reports whether the number starting at t0 is a target or
// a forecast: "expected to reach 200", "podría superar los 500".
func (s *sentence) irrealisNumber(t0 int) bool {
	j := t0
	if _, n, ok := qualifierBefore.matchEndingAt(s.toks, j); ok {
		j -= n
	}
	j = s.skipDeterminersBack(j)
	if j > 0 && s.text(j-1) == "a" && s.es {
		j-- // "llegar a 200"
		if _, n, ok := qualifierBefore.matchEndingAt(s.toks, j); ok {
			j -= n // "llegara al menos a 10.000"
		}
	}
	if j > 1 && s.text(j-1) == "to" && s.in(j-2, riseVerbs) {
		j-- // "could rise to 1,000": the verb before "to"
		return s.in(j-2, irrealisMarkers) || s.in(j-3, irrealisMarkers)
	}
	if s.modalScope(j) {
		return true // "the country could see 250,000 cases", "could take the tally beyond 1,000"
	}
	if s.conditionalVerb(j - 1) {
		return true // "cada año se evitarían 51.000 muertes"
	}
	if s.in(j-1, preventVerbs) {
		return true // "lo que supondría evitar unas 50.000": what did not, or would not, happen
	}
	if j > 1 && s.in(j-1, copulaInfinitives) && (s.in(j-2, irrealisMarkers) || s.in(j-3, irrealisMarkers) && mannerAdverb(s.text(j-2))) {
		return true // "could be as high as 200", "podría ser de 300"
	}
	if j > 1 && s.text(j-1) == "de" && s.in(j-2, copulaInfinitives) && s.in(j-3, irrealisMarkers) {
		return true // "podría ser de 300"
	}
	if j > 1 && s.text(j-1) == "to" {
		// "could rise eightfold, to more than 20,000", "may climb sharply to"
		for k := j - 2; k >= 0 && k >= j-4; k-- {
			if s.in(k, riseVerbs) {
				return s.in(k-1, irrealisMarkers) || s.in(k-2, irrealisMarkers)
			}
			if w := s.text(k); w != "," && !strings.HasSuffix(w, "fold") && !mannerAdverb(w) && !predicateAdverbs.has(w) {
				break
			}
		}
	}
	if v := s.spanishRiseVerb(t0); v >= 0 {
		// "podría aumentar a 600", "puede escalar hasta las 641.000"
		return s.in(v-1, irrealisMarkers) || s.in(v-2, irrealisMarkers) || s.text(v-1) == "puede" ||
			s.text(v-1) == "pueden"
	}
	if j > 0 && s.in(j-1, subjunctiveTargets) {
		return true // "prevé que la cifra supere los 300"
	}
	if j > 1 && (s.text(j-1) == "of" || s.text(j-1) == "de") && s.in(j-2, goalNouns) {
		return true // "the target of 500 trucks per day", "la meta de 600 camiones"
	}
	if j > 2 && (s.text(j-2) == "of" || s.text(j-2) == "de") && s.in(j-3, goalNouns) &&
		(strings.HasSuffix(s.text(j-1), "ing") || s.es && strings.HasSuffix(s.text(j-1), "r")) {
		return true // "the goal of deporting one million", "el objetivo de deportar a un millón"
	}
	if j < 1 || !s.in(j-1, targetVerbs) {
		return false
	}
	// the verb itself is a plan ("alcanzar") or follows a marker ("to reach")
	if s.es && strings.HasSuffix(s.text(j-1), "r") {
		// (but after "hasta" the level reached, unless a modal opens the
		// clause: "crecieron un 38,6 % hasta sumar 1.916"; "tras sumar
		// 237.400" adds)
		if s.realisInfinitiveAt(j - 1) {
			return false // "tras sumar 19 nuevos contagios": what was added, done
		}
		return s.text(j-2) != "hasta" || s.in(j-3, irrealisMarkers) || s.in(j-4, irrealisMarkers)
	}
	return s.in(j-2, irrealisMarkers) || s.in(j-3, irrealisMarkers)
}

// addedByInfinitive reports whether number m is the object of a Spanish
// verb of adding in the infinitive of an act done: "tras sumar 19 nuevos
// contagios", "después de añadir 40".
func (s *sentence) addedByInfinitive(m *numMention) bool {
	j := s.skipDeterminersBack(m.qStart)
	switch s.text(j - 1) {
	case "sumar", "anadir", "agregar":
		return s.es && s.realisInfinitiveAt(j-1)
	}
	return false
}

// realisInfinitiveAt reports whether the Spanish infinitive at token v
// follows a preposition of time or manner that makes it an act done:
// "tras sumar", "después de registrar", "al alcanzar".
func (s *sentence) realisInfinitiveAt(v int) bool {
	switch s.text(v - 1) {
	case "tras", "al":
		return true
	case "de":
		return s.text(v-2) == "despues" || s.text(v-2) == "luego"
	}
	return false
}

// modalScope reports whether the number starting at token j is in the
// object of a modal verb a few words before it, in the same clause: "the
// country could see 250,000 cases", "could take the tally for the year
// beyond 1,000", "podría registrar 3.000". Not when the modal is negated
// or looks back ("could have killed 300": an estimate of the past).
// Only words may stand between.
func (s *sentence) modalScope(j int) bool {
	for k := j - 2; k >= 0 && k >= j-10; k-- {
		t := s.toks[k]
		if t.kind != tokWord {
			return false // (a comma or a figure between: another clause)
		}
		if !modalWords.hasToken(&t) || t.upper {
			continue
		}
		if t.text == "could" && (verificationVerbs.has(s.text(k+1)) || s.text(k+1) == "only" && verificationVerbs.has(s.text(k+2))) {
			return false // "could confirm only 56 releases": what it was able to verify, no possibility
		}
		switch s.text(k + 1) {
		case "have", "haber", "not", "no", "be", "ser":
			return false // ("could be as high as 200" is judged below)
		case "bring", "take", "raise", "push", "put":
			// "27,538 more deaths, which would bring the total to 322,365":
			// a sum worked out, not a forecast
			return t.text != "would"
		}
		return s.toks[k+1].kind == tokWord
	}
	return false
}

// verificationVerbs after "could" tell what a source was able to verify:
// "could confirm only 56".
var verificationVerbs = newWordSet("confirm", "verify", "document", "identify", "count", "corroborate", "establish")

// amongAfter reports whether the number is said to be among another
// group: "18 foreigners were among the 56 freed", "4 periodistas figuran
// entre los excarcelados".
func (s *sentence) amongAfter(m *numMention) bool {
	j := m.t1
	if m.headAt >= 0 {
		j = m.headAt + 1
	}
	for k := j; k < len(s.toks) && k <= j+2; k++ {
		switch s.text(k) {
		case "among", "entre":
			return k > j // after a verb: "were among", "figuran entre"
		case "were", "was", "are", "is", "figuran", "figuraban", "estan", "estaban", "se", "encuentran",
			"encontraban", "also", "tambien":
			continue
		}
		return false
	}
	return false
}

// compositionAfter reports whether the number is followed by "were
// women", "son extranjeros": a breakdown of a count, not a count of the
// metric.
func (s *sentence) compositionAfter(m *numMention) bool {
	if m.head != headBare {
		return false
	}
	switch s.text(m.t1) {
	case "were", "are", "was", "is", "son", "eran", "fueron", "era", "es":
	default:
		return false
	}
	j := m.t1 + 1
	for j < len(s.toks) && j <= m.t1+2 && (s.in(j, skipAfterNumber) || s.determinerAt(j)) && s.entAt[j] < 0 {
		j++
	}
	return j < len(s.toks) && s.entAt[j] < 0 && (s.in(j, peopleNouns) || nationalityLike(s.toks[j])) && !s.populationNounAt(j)
}

// populationNounAt reports whether token j names the people a metric
// looked for counts (its population, or the noun of a keyword of a noun
// and a participle: "candidatos" for "candidatos asesinados"): "39 eran
// candidatos" is that metric's count, not a breakdown of another.
func (s *sentence) populationNounAt(j int) bool {
	w := s.text(j)
	for _, mi := range s.active {
		info := &s.e.metrics[mi]
		if len(info.population) > 0 && inPopulation(info.population, w) || info.splitNoun(w) {
			return true
		}
	}
	return false
}

// nationalityLike reports whether a token looks like a plural demonym:
// "Colombians", "colombianos", "Americans".
func nationalityLike(t token) bool {
	w := t.text
	if t.upper {
		return strings.HasSuffix(w, "ans") || strings.HasSuffix(w, "ese")
	}
	return strings.HasSuffix(w, "anos") || strings.HasSuffix(w, "anas") || strings.HasSuffix(w, "enses")
}

// ratePartOrIncrement returns why number m is a rate ("824 arrests a
// day"), a part ("in the capital alone", "solo en Mandalay"), an increment
// ("another 22", "22 more", "veinte nuevas") or a comparison baseline ("7%
// more than the 271,484 removed in 2024") rather than a count of the
// metric, or "".
func (s *sentence) ratePartOrIncrement(m *numMention) string {
	// "the daily average of murders slipped to 81", "un promedio de 70
	// personas asesinadas al día": an average is a rate, not a count
	// (unless the tracker counts per day)
	if !s.e.countsPerDay {
		for j := m.qStart - 1; j >= 0 && j >= m.qStart-10; j-- {
			if s.in(j, averageWords) {
				return "rate"
			}
			if t := s.text(j); t == "." || t == ";" || s.toks[j].kind == tokDigits {
				break
			}
		}
	}
	// "6.27 million votes for Edmundo González", "2,75 millones de votos
	// para Maduro": a candidate's share of the votes
	if w := s.headWord(m); w == "votes" || w == "votos" || w == "ballots" || w == "papeletas" {
		at := s.afterHead(m)
		switch s.text(at) {
		case "for", "para", "por", "to":
			// a name, perhaps after a title: "for former diplomat Edmundo
			// González", "para el presidente Maduro"
			for k := at + 1; k < len(s.toks) && k <= at+4 && s.toks[k].kind == tokWord; k++ {
				if s.toks[k].upper {
					return "partial"
				}
			}
		}
	}
	after := s.afterHead(m)
	if w := s.text(after); (w == "every" || w == "cada") && !s.e.countsPerDay {
		// "one death every 11 minutes", "una muerte cada 11 minutos"
		for k := after + 1; k <= after+2 && k < len(s.toks); k++ {
			if s.in(k, timeUnits) {
				return "rate"
			}
		}
	}
	if !s.e.countsPerDay && (s.rateAround(m) || s.periodFigureBefore(m)) {
		return "rate"
	}
	termEnd := after // "dos trabajadores fallecidos cada día": after the noun's term
	if after < len(s.toks) {
		if k := s.entAt[after]; k >= 0 && s.ents[k].t0 == after && s.ents[k].ent >= 0 {
			termEnd = s.ents[k].t1
		}
	}
	for _, at := range []int{after, m.t1, termEnd} {
		if n, ok := s.rateAt(at); ok {
			if s.e.countsPerDay && dayRates.has(s.joined(at, at+n)) {
				m.perDay = true // "181 aid trucks a day" for a tracker of trucks a day
				break
			}
			return "rate"
		}
	}
	for j := m.t1; j < len(s.toks) && j < m.t1+10; j++ {
		t := s.text(j)
		if t == "," || t == ";" || t == "." || s.toks[j].kind == tokDigits {
			break
		}
		if s.alonePartMarker(j) {
			return "partial"
		}
	}
	if m.value < s.st.largest && s.mostAffectedBefore(m.t0) {
		return "partial" // "Texas is experiencing the most severe outbreak, with 400 cases" after the national count
	}
	for j := m.t1; j < len(s.toks) && j < m.t1+8; j++ {
		if t := s.text(j); t == "," || t == ";" || s.toks[j].kind == tokDigits {
			break
		}
		if _, _, ok := placePartMarkers.matchAt(s.toks, j); ok {
			m.placed = true
			return "partial" // "38 personas en la capital", "250 dead in the province of Hatay"
		}
	}
	if p := s.text(m.qStart - 1); (p == "solo" || p == "solamente" || p == "only") && (s.text(m.qStart-2) == "en" || s.text(m.qStart-2) == "in") {
		return "partial"
	}
	for j := m.qStart - 1; j < m.t0; j++ {
		if s.in(j, incrementBefore) {
			m.further = true
			return "increment" // "another 22", "a further 192", "otras 20"
		}
	}
	if id, _, ok := previousValueOpeners.matchEndingAt(s.toks, m.qStart); ok && m.qStart > 0 && (id == 2 || !s.datedAfter(m)) {
		// "Cholera has now killed 19 people, up from eight", "233,
		// revised down from 237 earlier on Thursday": the count it
		// replaced (but "up from 116 on Monday night", "down from about
		// 920 a month ago": a figure of its own date)
		return "earlier_period"
	}
	next := s.text(m.t1)
	if (next == "more" || next == "mas" || next == "fewer" || next == "less" || next == "menos") && (s.text(m.t1+1) == "than" || s.text(m.t1+1) == "que") {
		return "comparison" // "2.695 más que hace tres meses", "344 more than Foro Penal counted": a difference
	}
	if next == "fewer" || next == "less" {
		// "roughly 160,000 fewer cases in 2023 than the WHO estimated":
		// a difference, with its noun between
		for j := m.t1 + 1; j < len(s.toks) && j <= m.t1+6 && s.toks[j].kind != tokPunct; j++ {
			if s.text(j) == "than" {
				return "comparison"
			}
		}
	}
	if (next == "menos" || next == "fewer" || next == "less") && m.t0 > 0 && s.text(m.t0-1) == "," &&
		(m.t1+1 >= len(s.toks) || s.toks[m.t1+1].kind == tokPunct) {
		return "comparison" // "32.209 personas, 7.504 menos, lo que supone…": a difference set off after a count
	}
	if (next == "por" || next == "above" || next == "below") && s.differenceAfter(m.t1) {
		return "comparison" // "3.000 por encima de su balance anterior", "1,200 above the previous count"
	}
	if (incrementAfter.has(next) && !(next == "more" || next == "mas") || (next == "more" || next == "mas") &&
		s.text(m.t1+1) != "than" && s.text(m.t1+1) != "que" && s.text(m.t1+1) != "de") && !s.keywordStartsAt(m.t1) &&
		!s.moreInCurrentPeriod(m) {
		// (not "6.062 nuevos casos de VIH" where the metric counts new cases)
		return "increment"
	}
	if j := s.afterHead(m); j > m.t1 && (s.text(j+1) == "que" || s.text(j+1) == "than") {
		switch s.text(j) {
		case "mas", "menos", "more", "fewer", "less":
			return "comparison" // "unos 320 homicidios menos que en 2016": a difference, its noun between
		}
	}
	if j := s.afterHead(m); j > m.t1 && s.es && (s.text(j) == "mas" || s.text(j) == "adicionales" || s.text(j) == "nuevos" || s.text(j) == "nuevas") &&
		s.text(j+1) != "que" && s.text(j+1) != "de" {
		return "increment" // "se han sumado 1.405 casos más", "12 muertos adicionales"
	}
	q1, q2 := s.text(m.qStart-1), s.text(m.qStart-2)
	if s.changedBy(m) {
		return "increment" // "the toll had risen by 20 to 300", "elevó en 20 la cifra de muertos, hasta 300"
	}
	if s.multipleOfBaseline(m.qStart) && s.earlierTimeAfter(m.t1) {
		// "nearly double the 23 reported last year", "triplican los 4,6
		// millones de 2023" (but "más del doble de los 327 mil 261 que la
		// Secretaría de Salud reportó": another source's count, a figure)
		return "comparison"
	}
	if _, _, ok := addedToPhrases.matchEndingAt(s.toks, m.qStart); ok {
		return "comparison" // "5.000 dosis más, que se añaden a las 5.300 recibidas en junio": what the new count adds to
	}
	if _, _, ok := comparedWithPhrases.matchEndingAt(s.toks, s.skipDeterminersBack(m.qStart)); ok && !s.ownSourceAfter(m) {
		return "comparison" // "un aumento del 50 % frente a las 260 muertes de 2021", "compared with 90 the year before"
	}
	if s.earlierPeriodsCount(m) {
		return "comparison" // "up 36 percent from July's 132,648", "down from last year's 412": an earlier period's count
	}
	if s.baselineAfterArticle(m) && !s.ownSourceAfter(m) {
		return "comparison" // "well above the 4,139 cases of 2023", "down 2,188 on the 88,521 recorded a week earlier"
	}
	if s.comparedListItem(m, 3) && !s.ownSourceAfter(m) {
		return "comparison" // "frente a los 434.000 casos y las 96 muertes de 2015": every item of what is compared with
	}
	if s.exceedsByShare(m) {
		return "comparison" // "la cifra supera en casi un 24 % las cerca de 50.800 muertes de 2023"
	}
	if s.exceededBy(m) {
		return "comparison" // "supera así en 22.781 visitas su mejor marca", "beat its record by 22,781 visits": a margin
	}
	if s.shareAboveOrBelow(m) {
		return "comparison" // "un 53 % por encima de las 1.738 toneladas estimadas para 2022"
	}
	if s.aboveEarlierCount(m) {
		return "comparison" // "elevó a 214 el número de …, por encima de los 200 casos que contabilizaba"
	}
	than := q1 == "than" || q1 == "que" || (q2 == "than" || q2 == "que") && partitiveDeterminers.has(q1)
	if than && s.ownSourceAfter(m) {
		// "far more than the 45 acknowledged by the government": another
		// source's figure, the other side of the gap
		than = false
	}
	if than {
		at := m.qStart - 1
		if q1 != "than" && q1 != "que" {
			at--
		}
		for j := at - 1; j >= 0 && j >= at-4; j-- {
			if s.in(j, comparatives) {
				return "comparison"
			}
		}
	}
	return ""
}

// shortPeriods are the time units a rate is given per; a count per year
// is a year's count.
var shortPeriods = newWordSet("minute", "hour", "day", "week", "month", "minuto", "hora", "día", "semana", "mes")

// rateAround reports whether number m is given per a period shorter than
// a year by words around it that the rate phrases right after it miss:
// "every"/"cada" and the period earlier in its clause ("cada hora se
// robaron diez autos"), the period after the noun it counts ("250 autos
// por día"), or an average before it ("una media de 50 estructuras al
// mes").
func (s *sentence) rateAround(m *numMention) bool {
	for j := m.qStart - 1; j >= 1 && j >= m.qStart-6 && s.toks[j].kind == tokWord; j-- {
		if p := s.text(j - 1); (p == "cada" || p == "every" || p == "each") && s.in(j, shortPeriods) {
			return true
		}
	}
	if s.text(m.qStart-1) == "de" && s.text(m.qStart-2) == "media" {
		return true // "una media de 50"
	}
	// past the noun: "250 autos por día" (the rate phrase is looked up
	// first, the words before it checked only when it is there)
	for j := m.t1 + 1; j <= m.t1+2 && j < len(s.toks); j++ {
		if _, ok := s.rateAt(j); ok {
			return s.plainWords(m.t1, j)
		}
	}
	return false
}

// periodFigureBefore reports whether number m gives a figure of one period
// that an adjective named before it in its clause: "weekly cases of
// scarlet fever climbed to 1,062", "the weekly number of cases going up
// from 37 … to 61", "los casos semanales llegaron a 900". The adjective
// qualifies a figure noun or a term (not "the twice-weekly press
// briefing").
func (s *sentence) periodFigureBefore(m *numMention) bool {
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-20; j-- {
		t := s.text(j)
		if t == "." || t == ";" || t == ":" {
			return false
		}
		if periodAdjectivesBefore.has(t) && (s.in(j+1, figureNouns) || s.termStartingAt(j+1) >= 0) {
			return true
		}
		if periodAdjectivesAfter.has(t) && (s.in(j-1, figureNouns) || s.entAt[max(j-1, 0)] >= 0 && j > 0) {
			return true
		}
	}
	return false
}

// periodAdjectivesBefore and periodAdjectivesAfter make the figure or the
// count they qualify one period's: "weekly cases", "casos semanales".
var (
	periodAdjectivesBefore = newWordSet("weekly", "daily", "monthly", "hourly", "nightly")
	periodAdjectivesAfter  = newWordSet("semanal", "semanales", "mensual", "mensuales")
)

// plainWords reports whether tokens [i, j) are lower-case words that are
// no function word or verb: the noun a number counts and its modifier.
func (s *sentence) plainWords(i, j int) bool {
	for k := i; k < j; k++ {
		t := &s.toks[k]
		if t.kind != tokWord || t.upper || t.preterite || functionWords.hasToken(t) || verbLike(t.text) {
			return false
		}
	}
	return true
}

// aboveEarlierCount reports whether number m, after "above the" or "por
// encima de los", is what a count given before it in its sentence is set
// against: "elevó a 214 el número de firmantes asesinados, por encima de
// los 200 casos que contabilizaba hasta este mes". (Alone, "por encima de
// los 1.000 muertos" says "more than 1,000".)
func (s *sentence) aboveEarlierCount(m *numMention) bool {
	at := s.skipDeterminersBack(m.qStart)
	if at == m.qStart {
		return false
	}
	_, n, ok := aboveBelowPhrases.matchEndingAt(s.toks, at)
	if !ok || s.text(at-n-1) != "," {
		return false
	}
	for k := range s.nums {
		if o := &s.nums[k]; o.t1 < at-n && !o.trap && o.value > 0 {
			return true
		}
	}
	return false
}

// shareAboveOrBelow reports whether number m is what a share above or
// below it is measured from: "un 53 % por encima de las 1.738 toneladas",
// "12% below the 2,000 recorded". Without the share, "por encima de los
// 1.000" says "more than 1,000".
func (s *sentence) shareAboveOrBelow(m *numMention) bool {
	at := s.skipDeterminersBack(m.qStart)
	_, n, ok := aboveBelowPhrases.matchEndingAt(s.toks, at)
	if !ok || at == m.qStart && !s.es {
		return false // (English wants "the": "12% above 2,000" is a level)
	}
	for k := range s.nums {
		o := &s.nums[k]
		if o.dropReason == "percentage" && o.t1 <= at-n && at-n-o.t1 <= 1 {
			return true
		}
	}
	return false
}

// aboveBelowPhrases put a count above or below another.
var aboveBelowPhrases = phrasesOf(1, "por encima de", "por debajo de", "above", "below", "más que", "menos que",
	"more than", "less than", "higher than", "lower than")

// addedToPhrases before a number make it the earlier count a new one is
// added to: "que se añaden a las 5.300 recibidas en junio", "on top of the
// 5,300 delivered in June".
var addedToPhrases = phrasesOf(1, "se añaden a los", "se añaden a las", "se suman a los", "se suman a las",
	"se añade a los", "se añade a las", "se suma a los", "se suma a las", "que se añaden a los", "on top of the",
	"in addition to the", "adding to the", "added to the")

// comparedWithPhrases before a number make it what another count is
// compared with.
var comparedWithPhrases = phrasesOf(1, "frente a", "en comparación con", "comparado con", "comparada con",
	"compared with", "compared to", "respecto a", "respecto de", "en relación con", "compares with", "compare with",
	"se compara con", "se comparan con")

// earlierPeriodsCount reports whether number m is the count of a period
// named in the possessive after "from", "than" or "on": "up 36 percent
// from July's 132,648", "down from last year's 412", "higher than 2023's
// 1,200".
func (s *sentence) earlierPeriodsCount(m *numMention) bool {
	if s.es || (s.text(m.qStart-1) != "'s" && s.text(m.qStart-1) != "’s") {
		return false
	}
	j := m.qStart - 2
	if j < 1 || !(s.in(j, monthNames) || s.in(j, weekdays) || s.in(j, timeUnits) || yearToken(s.text(j))) {
		return false
	}
	if w := s.text(j - 1); w == "last" || w == "the" || w == "previous" || w == "a" {
		j-- // "last year's", "the previous week's"
		if s.text(j) == "a" || s.text(j) == "the" && s.text(j-1) == "previous" {
			j-- // ("a year's" alone is a duration: "a year's 300" is none)
		}
	}
	switch s.text(j - 1) {
	case "from", "than", "on", "over":
		return true
	}
	return false
}

// rateAt returns the length of the rate phrase ("a day", "por semana")
// that starts at token j; ok is false when none does, or when a word of
// span follows it: "120 a day earlier" says when, not how often.
func (s *sentence) rateAt(j int) (n int, ok bool) {
	if _, n, ok = rateAfter.matchAt(s.toks, j); !ok || s.in(j+n, spanWords) {
		return 0, false
	}
	return n, true
}

// spanWords after "a day", "a week" make it how long before or after: "a
// day earlier", "una semana antes".
var spanWords = newWordSet("earlier", "later", "before", "ago", "after", "antes", "después")

// figureOfPeriod reports whether the period that starts at token j is
// that of a figure noun before it ("nearly double the toll of the previous
// season", "la cifra del año anterior"): what the count is set against,
// not the count's own period.
func (s *sentence) figureOfPeriod(j int) bool {
	k := j - 1
	if s.determinerAt(k) {
		k--
	}
	switch s.text(k) {
	case "of", "de", "del":
		return s.in(k-1, figureNouns)
	}
	return false
}

// baselineAfterArticle reports whether number m is what a count is set
// against, after the definite article: "well above the 4,139 cases of
// 2023", "well under the 36,773 of 2020", "down 2,188 on the 88,521
// recorded seven days earlier".
func (s *sentence) baselineAfterArticle(m *numMention) bool {
	if t := s.text(m.qStart - 1); t != "the" {
		return false
	}
	switch s.text(m.qStart - 2) {
	case "above", "below", "under":
		return true // (not "against": "charges against the 12 suspects" is no comparison)
	case "on":
		// a change before it: "up 1,200 on the", "down 2,188 on the"
		for j := m.qStart - 3; j >= 0 && j >= m.qStart-6; j-- {
			if t := s.text(j); t == "up" || t == "down" {
				return true
			}
		}
	}
	return false
}

// comparedListItem reports whether number m is a later item of a list
// that comparedWithPhrases open, looking at most depth items back:
// "frente a los 434.000 casos y las 96 muertes de 2015", "compared with
// 274 in 2017 and 217 in 2016". The items are joined by "and", "y" or a
// comma, with no verb between them (a year may close an item).
func (s *sentence) comparedListItem(m *numMention, depth int) bool {
	j := s.skipDeterminersBack(m.qStart) - 1
	switch s.text(j) {
	case "and", "y", "e", ",":
	default:
		return false
	}
	var prev *numMention
	for k := len(s.nums) - 1; k >= 0; k-- {
		o := &s.nums[k]
		if o.t1 > j || o.plain4 && o.value >= 1900 && o.value <= 2100 {
			continue
		}
		prev = o
		break
	}
	if prev == nil || j-prev.t1 > 7 {
		return false
	}
	for k := prev.t1; k < j; k++ {
		t := s.toks[k]
		if t.kind == tokPunct || t.kind == tokWord && (t.preterite || verbLike(t.text) && !s.in(k, peopleNouns)) {
			return false
		}
	}
	if _, _, ok := comparedWithPhrases.matchEndingAt(s.toks, s.skipDeterminersBack(prev.qStart)); ok || s.baselineAfterArticle(prev) {
		return true
	}
	return depth > 1 && s.comparedListItem(prev, depth-1)
}

// skipDeterminersBack returns where the determiners that end just before
// token j start (j itself when there are none): the "las" of "frente a las
// 260".
func (s *sentence) skipDeterminersBack(j int) int {
	for j > 0 && s.determinerAt(j-1) {
		j--
	}
	return j
}

// exceedsByShare reports whether number m is what another count exceeds or
// falls short of by a share: "supera en casi un 24 % las cerca de 50.800",
// "queda un 8 % por debajo de las 67.900".
func (s *sentence) exceedsByShare(m *numMention) bool {
	j := m.qStart - 1
	for j >= 0 && s.determinerAt(j) {
		j--
	}
	if s.text(j) == "de" && s.text(j-1) == "debajo" || s.text(j) == "de" && s.text(j-1) == "encima" {
		j -= 3 // "por debajo de", "por encima de"
	} else if s.text(j) == "a" {
		j-- // "supera en un 24 % a los 50.800"
	}
	if s.text(j) != "%" && !(s.text(j) == "ciento" && s.text(j-1) == "por") {
		return false
	}
	for k := j - 1; k >= 0 && k >= j-6; k-- {
		if s.in(k, exceedVerbs) {
			return true
		}
	}
	return false
}

// exceededBy reports whether number m is the margin by which one count
// exceeds another: "by"/"en" before it, and a verb of exceeding
// (exceedByVerbs) within a few words before that, with no punctuation
// between ("supera así en 22.781 visitas su mejor marca", "beat its
// previous record by 22,781 visits").
func (s *sentence) exceededBy(m *numMention) bool {
	if by := s.text(m.qStart - 1); by != "by" && by != "en" {
		return false
	}
	for k := m.qStart - 2; k >= 0 && k >= m.qStart-7; k-- {
		if s.toks[k].kind == tokPunct {
			return false
		}
		if s.in(k, exceedByVerbs) {
			return true
		}
	}
	return false
}

// exceedByVerbs say that one count is above another by a margin.
var exceedByVerbs = newWordSet("supera", "superan", "superó", "superaron", "superado", "rebasa", "rebasan", "rebasó",
	"rebasaron", "excede", "exceden", "excedió", "exceeds", "exceeded", "exceed", "beat", "beats", "surpassed",
	"surpasses", "outstripped", "outstrips", "outnumbered", "outnumber")

// exceedVerbs say that one count is above or below another.
var exceedVerbs = newWordSet("supera", "superan", "superó", "superaron", "rebasa", "rebasó", "excede", "excedió",
	"queda", "quedan", "quedó", "está", "exceeds", "exceeded", "tops", "topped")

// partOfPlaces reports whether number m counts some of a number of
// places: "ocho de los nueve departamentos", "12 of the 36 states".
func (s *sentence) partOfPlaces(m *numMention) bool {
	j := m.t1
	if t := s.text(j); t != "of" && t != "de" {
		return false
	}
	j++
	if !s.in(j, partitiveDeterminers) {
		return false
	}
	j++
	if j+1 < len(s.toks) && s.text(j+1) == "'s" {
		j += 2 // "11 of the country's 18 states"
	}
	for k := range s.nums {
		if o := &s.nums[k]; o.t0 == j {
			return s.in(o.t1, placeNounsPlural)
		}
	}
	return false
}

// placeAfterLiving reports whether a place follows a verb of living at
// token j-1: "live in high-risk areas", "viven en zonas de alto riesgo"
// (not "lived through an outage", nor "viven en condiciones de hambruna":
// a condition a metric may count).
func (s *sentence) placeAfterLiving(j int) bool {
	switch s.text(j) {
	case "in", "en", "on", "at":
	default:
		return false
	}
	for k := j + 1; k < len(s.toks) && k <= j+4; k++ {
		if s.in(k, placeKinds) || s.in(k, placeNounsPlural) || s.in(k, livingPlaces) || s.toks[k].upper && s.toks[k].kind == tokWord {
			return true
		}
		if s.toks[k].kind != tokWord {
			return false
		}
	}
	return false
}

// livingPlaces are where people live, besides the places of placeKinds and
// placeNounsPlural.
var livingPlaces = newWordSet("areas", "area", "zones", "zone", "zonas", "zona", "áreas", "country", "país", "camps",
	"campos", "campamentos", "slums", "neighbourhoods")

// ratioWithNoun reports whether number m is a term of a ratio whose noun
// stands between its terms: "one death in six" (the one and the six).
func (s *sentence) ratioWithNoun(m *numMention) bool {
	small := func(k int) bool {
		if k < 0 || k >= len(s.toks) {
			return false
		}
		if nw, ok := s.numberWordAt(k); ok && nw.kind <= kindTens {
			return true
		}
		return s.toks[k].kind == tokDigits && len(s.toks[k].text) <= 3
	}
	if m.value == 1 && m.t1+2 < len(s.toks) && s.toks[m.t1].kind == tokWord && (s.text(m.t1+1) == "in" || s.text(m.t1+1) == "out") &&
		small(m.t1+2) {
		return true // the "one" of "one death in six"
	}
	if m.t0 >= 3 && s.text(m.t0-1) == "in" && s.toks[m.t0-2].kind == tokWord && (s.text(m.t0-3) == "one" || s.text(m.t0-3) == "1") &&
		m.value <= 100 {
		return true // the "six"
	}
	return false
}

// perNumberAfter reports whether number m is the numerator of a rate: up
// to three words after it, then "per"/"por cada"/"for every" and another
// number ("33 deaths per 100,000 live births", "12 muertes por cada
// 100.000 habitantes").
func (s *sentence) perNumberAfter(m *numMention) bool {
	for j := m.t1; j < len(s.toks) && j <= m.t1+3; j++ {
		if _, n, ok := perWords.matchAt(s.toks, j); ok {
			return j+n < len(s.toks) && s.toks[j+n].kind == tokDigits
		}
		if s.toks[j].kind != tokWord {
			return false
		}
	}
	return false
}

// perWords join a rate's numerator to its denominator.
var perWords = phrasesOf(1, "per", "for every", "por", "por cada")

// distanceAway reports whether number m measures a distance to a place:
// a unit of length then a direction ("25 kilometres south of", "a 30
// kilómetros al norte de"; not "100 kilómetros de costa", a length).
func (s *sentence) distanceAway(m *numMention) bool {
	if !s.in(m.t1, lengthUnits) {
		return false
	}
	w := s.text(m.t1 + 1)
	if w == "al" || w == "del" {
		w = s.text(m.t1 + 2)
	}
	return directionWords.has(w)
}

// lengthUnits measure distances.
var lengthUnits = newWordSet("km", "kilometres", "kilometers", "kilómetros", "miles", "millas", "metres", "meters",
	"metros")

// directionWords say which way a place lies.
var directionWords = newWordSet("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
	"norte", "sur", "este", "oeste", "noreste", "noroeste", "sureste", "suroeste", "away", "inland", "offshore")

// changedBy reports whether number m is the amount a count changed by,
// with the count it reached after it: "risen by 20 to 300", "elevó en 20
// la cifra de muertos, hasta 300".
func (s *sentence) changedBy(m *numMention) bool {
	by := s.text(m.qStart - 1)
	v := m.qStart - 2
	if (s.text(v) == "or" || s.text(v) == "o") && s.text(v-1) == "," {
		// "fallen by nearly 80%, or by 3.3 million": the same change
		// in other words
		for k := v - 2; k >= 1 && k > v-8; k-- {
			if s.text(k) == by && s.in(k-1, changeVerbs) {
				v = k - 1
				break
			}
		}
	}
	if by != "by" && by != "en" || !s.in(v, changeVerbs) {
		return false
	}
	if by == "by" {
		return true // "deaths fell by 3.3 million": the change, not the count
	}
	for k := m.t1; k < len(s.toks) && k < m.t1+8; k++ {
		switch s.text(k) {
		case "to", "hasta", "a":
			if k+1 < len(s.toks) && (s.toks[k+1].kind == tokDigits || s.isNumberWordToken(k+1)) {
				return true
			}
		}
	}
	return false
}

// multipleOfBaseline reports whether the number starting at token q is
// what another count is a multiple or a fraction of: "double the 23",
// "twice the", "el doble de los 23", "triplican los 4,6 millones".
func (s *sentence) multipleOfBaseline(q int) bool {
	d := s.text(q - 1)
	switch d {
	case "the", "los", "las":
	default:
		return false
	}
	if w := s.text(q - 2); multipleWords.has(w) || multipleVerbs.has(w) {
		return true // "double the", "triplican los"
	}
	return s.text(q-2) == "de" && s.in(q-3, multipleWords) // "el doble de los"
}

// earlierTimeAfter reports whether an earlier time follows within a few
// words from token j: a year ("de 2023", "registered in the whole of
// 2024"), "last year", "el año anterior", "a year earlier".
func (s *sentence) earlierTimeAfter(j int) bool {
	for k := j; k < len(s.toks) && k < j+8; k++ {
		if s.toks[k].kind == tokPunct && s.text(k) != "-" {
			return false
		}
		if w := s.text(k); yearToken(w) || earlierTimeWords.has(w) {
			return true
		}
	}
	return false
}

// recordNouns name an earlier peak a count is set against.
var recordNouns = newWordSet("record", "récord", "peak", "máximo", "pico")

// earlierTimeWords place a count in an earlier period.
var earlierTimeWords = newWordSet("last", "pasado", "anterior", "previous", "earlier", "before", "antes", "prior")

// multipleWords name a multiple or a fraction of a count.
var multipleWords = newWordSet("double", "twice", "triple", "treble", "quadruple", "half", "doble", "triple",
	"cuádruple", "mitad", "quíntuple")

// multipleVerbs make a count a multiple of another.
var multipleVerbs = newWordSet("doubles", "doubled", "triples", "tripled", "quadrupled", "halved", "duplica",
	"duplican", "duplicó", "duplicaron", "triplica", "triplican", "triplicó", "triplicaron", "cuadruplica",
	"cuadruplican", "cuadruplicó")

// ownSourceAfter reports whether a configured actor is named as the
// source of number m right after it: "the 45 acknowledged by the
// government", "los 120 que contabiliza la Cruz Roja", "the 45 that the
// ministry reported".
func (s *sentence) ownSourceAfter(m *numMention) bool {
	j := s.afterCount(m.t1)
	from, to := -1, -1
	switch w := s.text(j); {
	case byPrefixes.has(w) && (s.text(j+1) == "by" || s.text(j+1) == "por"):
		from, to = j+2, j+5
	case w == "que" || w == "that" || w == "which":
		from, to = j+1, j+7
	default:
		// "the 300 the government announced": a relative clause with no
		// pronoun, its subject a listed source and its verb a cue
		k := j
		for k < len(s.toks) && s.determinerAt(k) {
			k++
		}
		if k >= len(s.toks) {
			return false
		}
		if e := s.entAt[k]; e >= 0 && s.ents[e].t0 == k && s.ents[e].actor >= 0 && s.e.actors[s.ents[e].actor].Role != tracker.Reporter {
			// (not "the 7,132 weapons the U.N. had reported in June": an
			// earlier count)
			_, _, ok := cueVerbs.matchAt(s.toks, s.ents[e].t1)
			return ok && !s.es && s.text(s.ents[e].t1) != "had"
		}
		return false
	}
	for k := from; k < len(s.toks) && k <= to; k++ {
		if e := s.entAt[k]; e >= 0 && s.ents[e].actor >= 0 && s.e.actors[s.ents[e].actor].Role != tracker.Reporter {
			return true
		}
		if s.toks[k].kind == tokPunct {
			return false
		}
	}
	return false
}

// supersededStatement reports whether number m was stated before and
// since replaced: its clause gives it with a reporting verb in the
// pluperfect ("había comunicado", "had put") and the sentence places that
// statement earlier ("la víspera", "en un primer momento", "in an earlier
// report"; not "earlier in the day", which news gives as a figure).
func (s *sentence) supersededStatement(m *numMention) bool {
	if s.supersededIn(m) {
		return true
	}
	// "had listed 43 cases and three deaths": the list's first item
	// stands in the clause of the statement
	for k := range s.nums {
		if o := &s.nums[k]; o.t1 <= m.t0 && s.clause[o.t0] != s.clause[m.t0] && s.conjoinedNumbers(o, m) {
			return s.supersededIn(o)
		}
	}
	return false
}

// supersededIn is supersededStatement within number m's own clause.
func (s *sentence) supersededIn(m *numMention) bool {
	c := s.clause[m.t0]
	pluperfect := false
	for j := 0; j < m.t0 && !pluperfect; j++ {
		if s.clause[j] != c || !s.in(j, pluperfectAuxiliaries) {
			continue
		}
		for k := j + 1; k <= j+2 && k < m.t0; k++ {
			if w := s.text(k); w == "been" || w == "sido" {
				break // "had been killed": what happened, not who said it
			}
			if _, _, ok := cueVerbs.matchAt(s.toks, k); ok || s.in(k, statementParticiples) {
				pluperfect = true
				break
			}
		}
	}
	if !pluperfect {
		return s.firstStatement(m) || s.previousFigureOf(m)
	}
	for j := range s.toks {
		if _, _, ok := earlierStatementMarkers.matchAt(s.toks, j); ok {
			return true
		}
	}
	return false
}

// datedAfter reports whether the words right after number m give it a
// date of its own: a day or month word, a year, "ago", "earlier", "the day
// before".
func (s *sentence) datedAfter(m *numMention) bool {
	for j := m.t1; j < len(s.toks) && j <= m.t1+4 && s.toks[j].kind != tokPunct; j++ {
		if dayWordAt(s.toks, j) || yearToken(s.text(j)) || s.in(j, datingWords) {
			return true
		}
	}
	return false
}

// datingWords date a value relative to another: "a month ago", "the day
// before".
var datingWords = newWordSet("ago", "earlier", "before", "previous", "prior", "antes", "anterior")

// previousValueOpeners introduce the value a count had before the one
// just given (1: "19 people, up from eight"), or the value a revision
// replaced (2: "233, revised down from 237").
var previousValueOpeners = phrasesByID([]string{"up from", "down from"},
	[]string{"revised down from", "revised up from", "revised downward from", "revised upward from", "lowered from", "raised from"})

// moreInCurrentPeriod reports whether "more" after number m adds a count
// for the current period to one the sentence gave for a year before it:
// "26 humpbacks died in 2016, and 18 more had died this year" counts this
// year's dead, not an increment of a running total.
func (s *sentence) moreInCurrentPeriod(m *numMention) bool {
	current := false
	for j := m.t1 + 1; j < len(s.toks) && j <= m.t1+8 && s.text(j) != ";" && s.text(j) != ","; j++ {
		if _, _, ok := currentPeriodWords.matchAt(s.toks, j); ok {
			current = true
			break
		}
	}
	if !current {
		return false
	}
	// the count before it, dated to a year: "26 humpbacks died … in 2016"
	for k := len(s.nums) - 1; k >= 0; k-- {
		o := &s.nums[k]
		if o.t1 > m.t0 || yearToken(s.text(o.t0)) && o.t1-o.t0 == 1 {
			continue
		}
		for j := o.t1; j < m.t0 && j <= o.t1+6; j++ {
			if s.toks[j].kind == tokDigits && yearToken(s.toks[j].text) && (s.text(j-1) == "in" || s.text(j-1) == "en") {
				return true
			}
		}
		return false
	}
	return false
}

// previousFigureOf reports whether number m is what the clause names as
// a figure given before the current one: "El balance anterior era de 77
// fallecidos", "una primera estimación de 187 muertos", "the previous
// toll stood at 12".
func (s *sentence) previousFigureOf(m *numMention) bool {
	c := s.clause[m.t0]
	for j := 0; j < m.qStart; j++ {
		if s.clause[j] != c {
			continue
		}
		id, n, ok := previousFigurePhrases.matchAt(s.toks, j)
		if !ok || id == 2 && !s.hasWord(revisionWords) {
			continue // ("gave an initial estimate of 280": the only one, unless the text revised it)
		}
		k := j + n
		for k < m.qStart && k <= j+n+3 && s.in(k, previousFigureLinks) {
			k++
		}
		if k == m.qStart {
			return true
		}
	}
	return false
}

// previousFigurePhrases name a figure given before the one a text reports
// (1: "el balance anterior", "the previous toll"), or the first of a
// source's figures, superseded when the text says it was revised (2: "una
// primera estimación", "an initial estimate").
var previousFigurePhrases = phrasesByID(
	[]string{"balance anterior", "anterior balance", "cifra anterior", "anterior cifra", "recuento anterior",
		"conteo anterior", "estimación anterior", "previous toll", "previous figure", "previous count", "previous tally",
		"previous estimate", "earlier toll", "earlier figure", "earlier estimate"},
	[]string{"primera estimación", "estimación inicial", "first estimate", "initial estimate", "initial toll"})

// revisionWords say that a figure was revised: "revisó al alza", "revised
// down", "corrected".
var revisionWords = newWordSet("revisó", "revisada", "revisado", "revised", "revising", "corrected", "corrigió", "rectificó")

// previousFigureLinks join a previous figure's noun to its number: "era
// de", "stood at", "of".
var previousFigureLinks = newWordSet("era", "fue", "había", "sido", "de", "was", "had", "been", "stood", "at", "of",
	"se", "situaba", "ascendía")

// firstStatement reports whether number m's clause gives it as what its
// source said first, before the figure the text goes on to: "first put
// the number of dead at four", "at first told RTL-5 that 10 were
// missing", "inicialmente informó de 20", "en un primer recuento, … 1.383".
func (s *sentence) firstStatement(m *numMention) bool {
	c := s.clause[m.t0]
	for j := 0; j < m.t0; j++ {
		if s.clause[j] != c {
			continue
		}
		id, n, ok := firstStatementMarkers.matchAt(s.toks, j)
		if !ok {
			continue
		}
		if s.countBetween(j+n, m.qStart) {
			// "quien inicialmente habló de 31 muertos, un balance que el
			// Ministerio rebajó después a 27": the first statement is the
			// count after the marker, not a later one
			continue
		}
		if id == 2 {
			return true // "en un primer recuento": the count itself was the first
		}
		if p := s.text(j - 1); p == "'s" || p == "'" || s.determinerAt(j-1) || possessives.has(p) {
			continue // "OCHA's first reports", "the first report": a noun
		}
		if _, _, cue := cueVerbs.matchAt(s.toks, j+n); cue || s.in(j+n, statementParticiples) {
			return true
		}
		if s.text(j+n) == "," {
			// "En un principio, las autoridades rusas cifraron en 80 los
			// arrestados": the opener dates the clause's statement
			for q := j + n + 1; q < m.t0; q++ {
				if _, _, cue := cueVerbs.matchAt(s.toks, q); cue && !s.cueNounAt(q) {
					return true
				}
			}
		}
	}
	return false
}

// firstStatementMarkers before a reporting verb (1), or naming a first
// count (2), make a statement the first of several.
var firstStatementMarkers = phrasesByID(
	[]string{"first", "initially", "at first", "originally", "inicialmente", "en un principio", "en un primer momento"},
	[]string{"en un primer recuento", "en un primer balance", "in a first count", "in an initial count",
		"in its first count", "in a preliminary count", "en un primer conteo", "el primer recuento", "el primer balance",
		"el primer conteo", "the first count", "the initial count", "the initial toll", "the first toll"})

// pluperfectAuxiliaries open a pluperfect: "había comunicado", "had put".
var pluperfectAuxiliaries = newWordSet("había", "habían", "had")

// statementParticiples are participles of stating a figure that are no
// attribution cues elsewhere: "había hablado de 15", "had put the number".
var statementParticiples = newWordSet("hablado", "cifrado", "put", "placed", "given", "lamentado", "comunicado",
	"informado", "contabilizado", "estimado", "reportado", "registrado", "listed", "counted", "recorded", "listado")

// earlierStatementMarkers place a statement before the one the text
// reports: "la víspera", "en un primer momento", "an earlier report".
var earlierStatementMarkers = phrasesOf(1, "la víspera", "en un primer momento", "en un principio", "inicialmente",
	"informe anterior", "balance anterior", "primer comunicado", "primer balance", "primer informe",
	"first statement", "first report", "earlier report", "an earlier count", "un primer momento",
	"horas antes", "días antes", "un día antes", "hours earlier", "days earlier", "a day earlier",
	"the day before", "el día anterior", "initially", "at first", "first put", "previous update", "previous report",
	"previous count", "previous tally", "previous bulletin", "earlier update", "actualización anterior",
	"boletín anterior", "reporte anterior", "anterior actualización", "anterior informe", "anterior balance",
	"anterior boletín", "anterior reporte", "a week earlier", "weeks earlier", "a fortnight earlier", "a month earlier",
	"the previous day", "una semana antes", "semanas antes", "quince días antes", "un mes antes")

// openingPhraseEarlier reports whether the sentence opens on a phrase set
// off by a comma that names an earlier period and holds no number of its
// own: "In the same period a year earlier, 576 cases and 184 deaths had
// been confirmed", "En el mismo periodo del año pasado, …". It scopes all
// the sentence's counts.
func (s *sentence) openingPhraseEarlier() bool {
	for j := 0; j < len(s.toks) && j <= 10; j++ {
		switch t := &s.toks[j]; {
		case t.text == ",":
			for k := 1; k < j; k++ {
				if _, n, ok := earlierPeriodWords.matchAt(s.toks, k); ok && k+n == j && s.earlierThanReported(k, n) {
					return true
				}
			}
			return false
		case t.kind == tokDigits && !yearToken(t.text), t.kind == tokPunct && t.text != "-":
			return false
		}
	}
	return false
}

// earlierPeriod reports whether number m's clause places it in a period
// before the one the text reports on: a year earlier than the latest the
// text names ("285 cases in 2024" in a text about 2025; but not "since
// 2021", where the count runs to now), or "last year", "el año pasado".
func (s *sentence) earlierPeriod(m *numMention) bool {
	// "El año pasado, según el Minsa, se registraron 381 muertes": a
	// period that opens the sentence scopes all of it
	if _, n, ok := earlierPeriodWords.matchAt(s.toks, 0); ok && s.earlierThanReported(0, n) && !s.ownPeriodAfterCoordinator(m) {
		return true
	}
	if s.openingPhraseEarlier() {
		return true // "In the same period a year earlier, 576 cases and 184 deaths had been confirmed"
	}
	if s.whenEarlier(m) {
		return true
	}
	if s.earlierEventToll(m) {
		return true
	}
	c := s.clause[m.t0]
	for j := range s.toks {
		if s.clause[j] != c || j >= m.t0 && j < m.t1 {
			continue
		}
		if _, n, ok := earlierPeriodWords.matchAt(s.toks, j); ok && !s.nearerNumber(j, m) && s.earlierThanReported(j, n) && !s.figureOfPeriod(j) &&
			!comparedWith(s.text(j-1), s.text(j-2)) && (!s.samePeriodBefore(j) || s.periodOpensClause(j, m)) &&
			!s.currentPeriodNearer(j, m) {
			return true // (not "un 17,4 % más que el año anterior": what the count is compared with)
		}
		if s.agoPeriodAt(j) && !s.nearerNumber(j, m) && !comparedWith(s.text(j-1), s.text(j-2)) {
			return true // "hace dos meses eran 2.538 los niños tutelados"
		}
		t := s.toks[j]
		if t.kind != tokDigits || len(t.text) != 4 && len(t.text) != 7 && len(t.text) != 9 || s.nearerNumber(j, m) {
			continue
		}
		y, ok := yearOfToken(t.text) // "in 2019", "in 2019-20"
		if !ok || y < 1900 || y > 2100 || y > s.st.latestYear ||
			y == s.st.latestYear && !(s.unnamedCurrentYear(m) && s.yearOfCount(j, m)) {
			continue
		}
		if j < m.t0 && s.countEndsBefore(j, m) {
			continue // "280 killed in 2023 and 300 in 2024": the 280's year
		}
		if s.samePeriodBefore(j) || s.sinceClauseYear(j) {
			// "por encima de lo registrado en el mismo periodo de 2022":
			// the period compared with; "desde que arrancó el brote en
			// 2022": a count that runs to now
			continue
		}
		if s.periodRunsTo(j, s.st.latestYear) {
			continue // "in 2020 and 2021", "entre 2020 y 2021": a period up to the latest year
		}
		// the year is the period of the count: "in 2024", "en 2023",
		// "during 2019", "fiscal 2024", "the same quarter of 2019" (not
		// "since 2021", "the 2021 coup")
		switch s.text(j - 1) {
		case "in", "en", "during", "durante", "fiscal", "of", "throughout":
			if s.text(j-1) == "of" && s.text(j-2) != "whole" && !s.in(j-2, partYearWords) {
				// "the 33,287 homicides of 2022": the count's own year
				if ownYear := m.headAt >= 0 && m.headAt == j-2 || m.t1 == j-1; ownYear && (s.anotherCount(m) || s.laterYearIn(y)) {
					return true
				}
				continue
			}
			return s.anotherCount(m) || s.laterYearIn(y) || s.pluperfectIn(s.clause[m.t0])
		}
	}
	return false
}

// ownPeriodAfterCoordinator reports whether a period of its own that runs
// to now stands before number m, past a coordinator after the sentence's
// opening period: "El año pasado perdieron la vida ocho guardas, y desde
// 1996 la cifra asciende a 175", "…, and so far this year 40 have died".
func (s *sentence) ownPeriodAfterCoordinator(m *numMention) bool {
	from := -1
	for i := 1; i < m.t0; i++ {
		if w := s.text(i); (w == "y" || w == "and" || w == "pero" || w == "but") && s.text(i-1) == "," {
			from = i
		}
	}
	if from < 0 {
		return false
	}
	for i := from; i < m.t0; i++ {
		if _, _, ok := currentPeriodWords.matchAt(s.toks, i); ok {
			return true
		}
		if w := s.text(i); (w == "since" || w == "desde") && i+1 < len(s.toks) && (yearToken(s.text(i+1)) || s.text(i+1) == "que") {
			return true
		}
	}
	return false
}

// currentPeriodNearer reports whether a phrase of the current period
// ("en lo que va de 2023", "so far this year") stands in number m's
// clause, nearer to it than the earlier period at token j: "248.901
// migrantes en lo que va de 2023, una cifra que ya deja atrás el récord
// de todo el año pasado" dates the count to now.
func (s *sentence) currentPeriodNearer(j int, m *numMention) bool {
	dist := func(k int) int {
		if k < m.t0 {
			return m.t0 - k
		}
		return k - m.t1
	}
	for i := range s.toks {
		if s.clause[i] != s.clause[m.t0] {
			continue
		}
		if _, _, ok := currentPeriodWords.matchAt(s.toks, i); ok && dist(i) < dist(j) {
			return true
		}
	}
	return false
}

// unnamedCurrentYear reports whether the sentence names the current year
// without its number ("this year", "en lo que va del año") and gives a
// count other than m for it: the latest year it writes out is then an
// earlier one ("en 2022 se llegó a 9.791 y este año ya se cuentan 4.232").
func (s *sentence) unnamedCurrentYear(m *numMention) bool {
	for i := range s.toks {
		_, n, ok := currentPeriodWords.matchAt(s.toks, i)
		if !ok || s.text(i+n-1) == "de" || s.text(i+n-1) == "in" {
			continue // (not "en lo que va de 2024", "so far in 2024")
		}
		// with its own count ("este año ya se cuentan 4.232"; not "this
		// year looks worse")
		for _, o := range s.nums {
			if o.t0 != m.t0 && !o.trap && s.clause[o.t0] == s.clause[i] {
				return true
			}
		}
	}
	return false
}

// yearOfCount reports whether the year at token j dates number m alone:
// it opens m's clause with no other count between ("en 2022 se llegó a
// 9.791"), or follows m's noun ("9,791 complaints in 2022").
func (s *sentence) yearOfCount(j int, m *numMention) bool {
	from, to := j+1, m.t0
	if j > m.t0 {
		from, to = s.afterHead(m), j-1
		if to-from > 1 {
			return false
		}
	}
	for k := from; k < to; k++ {
		if s.toks[k].kind == tokPunct {
			return false // "los registrados en 2022, y más de 7.000": the year of another count
		}
	}
	for _, o := range s.nums {
		if o.t0 >= from && o.t0 < to {
			return false
		}
	}
	return true
}

// keywordStartsAt reports whether a metric's keyword starts at token i:
// "new infections", "nuevos casos de VIH" are what a metric counts.
func (s *sentence) keywordStartsAt(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	k := s.entAt[i]
	return k >= 0 && s.ents[k].t0 == i && s.ents[k].ent >= 0 && s.ents[k].actor < 0 && len(s.e.ents[s.ents[k].ent].metrics) > 0
}

// pluperfectIn reports whether clause c tells what had been so, before
// the time the text reports on: "En 2021 esa cifra había sido de 1.400".
func (s *sentence) pluperfectIn(c int) bool {
	for i := range s.toks {
		if s.clause[i] != c {
			continue
		}
		switch s.text(i) {
		case "had", "habia", "habian":
			switch s.text(i + 1) {
			case "been", "sido", "stood", "reached", "alcanzado", "llegado":
				return true
			}
		}
	}
	return false
}

// comparedWith reports whether the words before an earlier period, the
// last of them w1, make it what a count is compared with: "más que el año
// anterior", "compared with last year", "respecto al año anterior", "up
// 17% on last year".
func comparedWith(w1, w2 string) bool {
	switch w1 {
	case "que", "than", "with", "respecto", "frente", "over", "on", "vs", "versus":
		return true
	case "as":
		return w2 == "many" || w2 == "much" || w2 == "high" || w2 == "large" || w2 == "big" // "twice as many as the year before"
	case "el", "la", "los", "las", "al", "a", "the":
		switch w2 {
		case "que", "than", "with", "respecto", "frente", "over", "on", "a", "al":
			return true
		}
	}
	return false
}

// countEndsBefore reports whether a count other than m (not a date, money
// or a percentage) ends before token j in its clause, with only its noun,
// its term and a preposition between: the year at j dates that count.
func (s *sentence) countEndsBefore(j int, m *numMention) bool {
	var last *numMention // the count nearest before j
	for k := range s.nums {
		o := &s.nums[k]
		if o.t0 == m.t0 || o.trap && o.dropReason != "earlier_period" || o.t1 > j || s.clause[o.t0] != s.clause[j] {
			continue
		}
		last = o
	}
	if last == nil {
		return false
	}
	for q := last.t1; q < j; q++ {
		if s.toks[q].kind != tokWord {
			return false
		}
	}
	return true
}

// earlierEventToll reports whether number m is the toll of an event an
// earlier year names as an adjective, in a relative clause after it: "a
// 1990 stampede in a pedestrian tunnel that killed 1,426 people", "the
// 1990 tragedy in which 1,426 people were killed". The year need not be
// earlier than another the text names: a text about the event itself
// calls it "the stampede".
func (s *sentence) earlierEventToll(m *numMention) bool {
	for j := 1; j+1 < m.t0; j++ {
		t := s.toks[j]
		if t.kind != tokDigits || len(t.text) != 4 || !allDigits(t.text) {
			continue
		}
		y, err := strconv.Atoi(t.text)
		if err != nil || y < 1900 {
			continue
		}
		since := s.sinceEventOf(j) // "the worst since the earthquake of 1939, which claimed …"
		if !since && (s.text(j-1) != "a" && s.text(j-1) != "the" || s.toks[j+1].kind != tokWord) {
			continue
		}
		relative := false
		for k := j + 2; k < m.t0; k++ {
			if s.toks[k].kind == tokDigits {
				relative = false
				break
			}
			if w := s.text(k); w == "that" || w == "which" || w == "where" || since && (w == "que" || w == "donde") {
				relative = true
			}
		}
		if relative {
			return true
		}
	}
	return false
}

// sinceEventOf reports whether the year at token j dates an event that
// "since" or "desde" names: "since the earthquake of 1939", "desde el
// terremoto de 1939", "since the 1939 earthquake".
func (s *sentence) sinceEventOf(j int) bool {
	var k int
	switch p := s.text(j - 1); {
	case (p == "of" || p == "de" || p == "del") && !s.in(j-2, monthNames) && !s.in(j-2, timeWords):
		k = j - 3 // "since the earthquake of 1939": "since", "the", the event's noun (not "desde marzo de 2015")
	case s.determinerAt(j - 1):
		k = j - 2 // "since the 1939 earthquake" (not "since 1990")
	default:
		return false
	}
	for ; k >= 0 && k >= j-6; k-- {
		switch s.text(k) {
		case "since", "desde":
			return true
		case ",", ".", ";":
			return false
		}
	}
	return false
}

// anotherCount reports whether the sentence gives a count besides m: an
// earlier year's count is then a comparison ("153 in 2013, 47 in 2014";
// "más que los 520.000 de 2023"), while a sentence that gives only the
// count of an earlier year, and names no later one, reports that year's
// figure ("280 aid workers lost their lives in 2023", in a text that
// also counts 2024 so far).
func (s *sentence) anotherCount(m *numMention) bool {
	for _, o := range s.nums {
		if o.t0 != m.t0 && !o.trap {
			return true
		}
	}
	return false
}

// mostAffectedBefore reports whether the sentence, before token t0, says
// that what it counts is the worst hit of several: "the hardest-hit
// state", "la región más castigada", "el grueso de la carga recae en", "el
// caso más grave de los analizados".
func (s *sentence) mostAffectedBefore(t0 int) bool {
	for j := 0; j < t0; j++ {
		if _, _, ok := mostAffectedMarkers.matchAt(s.toks, j); ok {
			return true
		}
		if _, n, ok := mostOfMarkers.matchAt(s.toks, j); ok && t0-(j+n) <= 4 {
			return true // "La mayor parte de los decesos, 70, …", "Britain has the most cases, with 63"
		}
	}
	return false
}

// mostOfMarkers say, a few words before a number, that it counts the
// largest share of what the text counts: "la mayor parte de los decesos,
// 70", "has the most cases, with 63".
var mostOfMarkers = phrasesOf(1, "la mayor parte de", "la mayoría de", "the majority of", "has the most",
	"had the most", "have the most", "with the most", "the highest number", "the highest toll", "el mayor número",
	"la cifra más alta")

// actCountBefore returns the count of acts whose object number m counts,
// "against"/"contra" between them ("600 threats against over 450
// judges"), or nil.
func (s *sentence) actCountBefore(m *numMention) *numMention {
	if t := s.text(m.qStart - 1); t != "against" && t != "contra" {
		return nil
	}
	for k := range s.nums {
		if o := &s.nums[k]; o.t1 < m.qStart && m.qStart-o.t1 <= 3 && (o.head == headTerm || o.head == headOther) {
			return o
		}
	}
	return nil
}

// whenEarlier reports whether number m is in a clause of "when" or
// "cuando" that follows an earlier period: "the largest February tally
// since 2009, when 186,350 cuts were logged", "la del año anterior, cuando
// murieron 717".
func (s *sentence) whenEarlier(m *numMention) bool {
	w := -1
	act := s.actCountBefore(m)
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-12; j-- {
		if t := s.text(j); t == "when" || t == "cuando" {
			w = j
			break
		}
		// (an aside may stand between: "cuando, según los registros
		// oficiales, murieron 20")
		if o := act; o != nil && j >= o.t0 && j < o.t1 {
			j = o.t0 // "when the agency tallied 600 threats against 450 judges": both counts of the clause
			continue
		}
		if s.toks[j].kind == tokDigits || s.toks[j].kind == tokPunct && s.text(j) != "," {
			return false
		}
	}
	if w < 1 {
		return false
	}
	end := w
	if s.text(end-1) == "," {
		end--
	}
	if end >= 2 && s.in(end-1, agoWords) && s.in(end-2, periodNouns) {
		return true // "un 56% más que dos años antes, cuando la cifra fue de 21.684"
	}
	for j := end - 1; j >= 0 && j >= end-7; j-- {
		if s.in(j, recordNouns) {
			return true // "below the record set on March 7, when the ministry counted 1.28 million"
		}
	}
	for j := end - 1; j >= 0 && j >= end-4; j-- {
		if _, n, ok := earlierPeriodWords.matchAt(s.toks, j); ok && j+n == end && s.earlierThanReported(j, n) {
			return true // "el año anterior, cuando murieron 717"
		}
		if p := s.text(j); (p == "periodo" || p == "period" || p == "lapso") && (s.text(j-1) == "mismo" || s.text(j-1) == "same") {
			return true // "un 22 % más que en el mismo periodo del año anterior, cuando se contabilizaron 27.961"
		}
		t := s.toks[j]
		if t.kind == tokDigits && len(t.text) == 4 && allDigits(t.text) {
			y, err := strconv.Atoi(t.text)
			if err == nil && y >= 1900 && s.samePeriodOf(j) {
				return true // "frente al mismo periodo de 2023, cuando se registraron seis": what is compared with
			}
			return err == nil && y >= 1900 && y < s.st.latestYear // "since 2009, when …"
		}
	}
	return false
}

// samePeriodBefore reports whether "same" or "mismo" stands at token j or
// a few words before it, in a phrase that names the period compared with:
// "the same two months of last year", "el mismo trimestre de 2022".
func (s *sentence) samePeriodBefore(j int) bool {
	for k := j; k >= 0 && k >= j-5; k-- {
		switch s.text(k) {
		case "same", "mismo", "misma", "mismos", "mismas":
			return true
		case ",", ";", ".":
			return false
		}
		if s.toks[k].kind == tokDigits && !yearToken(s.text(k)) {
			return false
		}
	}
	return false
}

// periodOpensClause reports whether the period phrase at token j opens
// the clause of number m, before it: "In the same period a year earlier,
// 576 cases … had been confirmed", "En el mismo periodo un año antes, …"
// date the whole clause, not a comparison.
func (s *sentence) periodOpensClause(j int, m *numMention) bool {
	if j >= m.t0 {
		return false
	}
	start := s.firstOfClause(s.clause[m.t0])
	switch s.text(start) {
	case "in", "en", "during", "durante", "over":
	default:
		return false
	}
	for k := start; k < j; k++ {
		if s.toks[k].kind == tokDigits {
			return false
		}
	}
	return true
}

// sinceClauseYear reports whether the year at token j stands in a clause
// that "since" opens: "desde que arrancó el brote en 2022", "since the
// firm began tracking layoffs in 1989". The count runs from then to now.
func (s *sentence) sinceClauseYear(j int) bool {
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		switch s.text(k) {
		case "since":
			return s.toks[k+1].kind == tokWord
		case "desde":
			return s.text(k+1) == "que"
		case ",", ";", ".":
			return false
		}
		if s.toks[k].kind == tokDigits {
			return false
		}
	}
	return false
}

// samePeriodOf reports whether the year at token j follows "the same
// period of": "frente al mismo periodo de 2023", "the same period in 2023".
func (s *sentence) samePeriodOf(j int) bool {
	switch s.text(j - 1) {
	case "de", "del", "of", "in", "en":
	default:
		return false
	}
	p, d := s.text(j-2), s.text(j-3)
	return (p == "periodo" || p == "period" || p == "lapso") && (d == "mismo" || d == "same")
}

// agoWords put a span of time back from the time reported on: "two years
// earlier", "dos años antes".
var agoWords = newWordSet("earlier", "before", "ago", "antes", "atrás", "atras")

// agoPeriodAt reports whether a span of time counted back from now starts
// at token j and opens its clause: "hace dos meses", "hace un año", "two
// years ago", "a month ago" (not "desde hace dos años", a span that runs
// to now).
func (s *sentence) agoPeriodAt(j int) bool {
	span := func(k int) bool { // a number or an article, then a period noun
		if k >= len(s.toks) {
			return false
		}
		_, word := s.numberWordAt(k)
		return (s.toks[k].kind == tokDigits || word || s.in(k, unitNumberWords) || s.text(k) == "a") && s.in(k+1, periodNouns)
	}
	// it opens its clause ("SEMANA: Hace seis años, el Ministerio
	// reportó…"): not the date of what a running count starts from ("since
	// the crackdown began two years ago", "desde la firma del Acuerdo,
	// hace siete años")
	switch s.text(j - 1) {
	case "", ",", ":", ";", "—", "–", "(", "but", "pero", "and", "y":
	default:
		return false
	}
	for k := j - 1; k >= 0 && k >= j-12; k-- {
		if s.in(k, sinceWords) {
			return false
		}
	}
	switch {
	case s.text(j) == "hace":
		return span(j + 1)
	case span(j):
		return s.text(j+2) == "ago"
	}
	return false
}

// sinceWords start the span a running count covers: "since", "desde".
var sinceWords = newWordSet("since", "desde")

// periodNouns are the spans of time agoWords count back.
var periodNouns = newWordSet("years", "year", "months", "month", "weeks", "week", "decades", "decade",
	"años", "año", "meses", "mes", "semanas", "semana", "décadas", "decadas")

// laterYearIn reports whether the sentence names a year after y: "in
// 2020 …, and more in 2021", "In its 2024 report, … in 2006".
func (s *sentence) laterYearIn(y int) bool {
	for _, t := range s.toks {
		if t.kind != tokDigits || len(t.text) != 4 && len(t.text) != 7 && len(t.text) != 9 {
			continue
		}
		if v, ok := yearOfToken(t.text); ok && v > y && v <= 2100 {
			return true
		}
	}
	return false
}

// earlierThanReported reports whether the earlier-period phrase at tokens
// [j, j+n) names a period before the one the text reports on: "last year"
// and "el año pasado" do only when the text also counts this year.
func (s *sentence) earlierThanReported(j, n int) bool {
	if _, ln, ok := lastYearWords.matchAt(s.toks, j); ok && ln == n {
		// "Last year the organization had documented 126 deaths" after a
		// sentence that gave this year's count: the period that opens
		// the clause is the year before it
		return s.st.currentPeriod || s.st.counted && j == s.firstOfClause(s.clause[j])
	}
	if k := j + n; s.text(k-1) == "previous" && k < len(s.toks) && (s.toks[k].kind == tokDigits || s.isNumberWordToken(k)) {
		return false // "in the previous twelve months": a window that ends now
	}
	return true
}

// verifiedPart reports whether an attribution verb just before number m
// states it: "Foro Penal said it had confirmed only 41 of them" is the
// count the confirmer stands by, not a part of another.
func (s *sentence) verifiedPart(m *numMention) bool {
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-3; j-- {
		if _, n, ok := cueVerbs.matchAt(s.toks, j); ok && j+n <= m.qStart && (!s.in(j, additiveCues) || s.metricTermFollows(m)) {
			return true
		}
	}
	return false
}

// metricTermFollows reports whether a term of a metric follows number m
// before the next punctuation: "adding that 41 of them had been downed".
func (s *sentence) metricTermFollows(m *numMention) bool {
	for j := m.t1; j < len(s.toks) && j < m.t1+10 && s.toks[j].kind != tokPunct; j++ {
		if k := s.entAt[j]; k >= 0 && s.ents[k].ent >= 0 && s.ents[k].actor < 0 &&
			(len(s.e.ents[s.ents[k].ent].metrics) > 0 || !s.e.ents[s.ents[k].ent].cat.empty()) {
			return true
		}
	}
	return false
}

// additiveCues go on with what a speaker said: "adding that 12 of them
// were in critical condition" gives a part of the speaker's own count,
// unless a metric's term says what happened to that part.
var additiveCues = newWordSet("adding", "added", "adds", "añadió", "añadiendo", "agregó", "agregando", "añade", "agrega")

// nearerNumber reports whether another count (or a percentage) of the
// sentence stands nearer than number m to token j, a period: "32,436
// migrants landed …, against 31,678 over the whole of 2006" dates the
// 31,678 only.
func (s *sentence) nearerNumber(j int, m *numMention) bool {
	d := s.dist(j, j+1, m.t0, m.t1)
	for _, o := range s.nums {
		// a percentage compares with the period: "220.700 entradas …, un
		// 40 % menos que en el mismo periodo de 2023"
		if o.t0 != m.t0 && (!o.trap || o.dropReason == "percentage" || o.dropReason == "increment" || o.dropReason == "comparison" || o.dropReason == "earlier_period") && s.dist(j, j+1, o.t0, o.t1) < d {
			return true
		}
	}
	return false
}

// periodRunsTo reports whether the year at token j is joined to a later
// year at least as late as latest: "2020 and 2021", "2020-2021", "de 2020
// a 2021".
func (s *sentence) periodRunsTo(j, latest int) bool {
	switch s.text(j + 1) {
	case "and", "y", "-", "–", "to", "a", "through", "until", "hasta", "al":
	default:
		return false
	}
	if j+2 >= len(s.toks) {
		return false
	}
	t := s.toks[j+2]
	if t.kind != tokDigits || len(t.text) != 4 || !allDigits(t.text) {
		return false
	}
	y, err := strconv.Atoi(t.text)
	return err == nil && y >= latest
}

// capacityWords say what something is able to serve: "enough",
// "suficientes", "capacity", "capacidad".
var capacityWords = newWordSet("enough", "sufficient", "capacity", "suficiente", "suficientes", "capacidad")

// capacityBefore reports whether number m is what a capacity word up to
// twelve words before it could serve, through "to"/"for"/"para" between
// them, and no punctuation: "enough medical supplies to treat 9,000
// patients", "suministros suficientes para atender a 9.000 personas",
// "capacity for 500 people".
func (s *sentence) capacityBefore(m *numMention) bool {
	through := false
	for j := m.qStart - 1; j >= 0 && j >= m.qStart-12; j-- {
		t := s.toks[j]
		if t.kind == tokPunct {
			return false
		}
		switch s.text(j) {
		case "to", "for", "para":
			through = true
		}
		if s.in(j, capacityWords) {
			return through && s.entAt[j] < 0 // (unless a metric counts capacity)
		}
	}
	return false
}

// participleBeforeTerm reports whether the word at token i, which looks
// like a verb, is an adjectival participle between an adjective and the
// term a number counts: "30 massive combined attacks". The word before it
// has an adjective's ending (a noun there could be the verb's subject:
// "67 countries … notified outbreaks") and the term follows at once.
func (s *sentence) participleBeforeTerm(i int) bool {
	if i < 1 || i+1 >= len(s.toks) || !strings.HasSuffix(s.text(i), "ed") {
		return false
	}
	k := s.entAt[i+1]
	if k < 0 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || s.ents[k].t0 != i+1 {
		return false
	}
	return adjectiveLike(s.text(i - 1))
}

// adjectiveLike reports whether an English word of five letters or more
// has the ending of an adjective: -ive, -ous, -ic, -ful, -less, -ible,
// -able, -ary ("massive", "destructive").
func adjectiveLike(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, suf := range []string{"ive", "ous", "ic", "ful", "less", "ible", "able", "ary"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// dayOfMonthAt reports whether the digits at token k are the day of a
// date: "22 de julio", "July 22".
func (s *sentence) dayOfMonthAt(k int) bool {
	if s.toks[k].kind != tokDigits || len(s.toks[k].text) > 2 {
		return false
	}
	return dayWordAt(s.toks, k) || s.in(k-1, monthNames) // ("22 de julio", "July 22")
}

// changeVerbOpens reports whether a verb of change stands among the
// words before token end, back to the start of the sentence or a
// semicolon, colon or contrast: "Wolf attacks rose by 72% …, from 890 to
// 1,449".
func (s *sentence) changeVerbOpens(end int) bool {
	// (its own stop words, not contrastConjunctions, which hold "compared
	// with": the very words such a sentence has between verb and change)
	for k := end - 1; k >= 0 && k >= end-30; k-- {
		switch s.text(k) {
		case ";", ":", "while", "mientras", "but", "pero", "whereas":
			return false
		}
		if s.in(k, changeVerbs) {
			return true
		}
	}
	return false
}

// nameBeforeTerm returns how many words from token j name a disease
// ("yellow fever", "fiebre amarilla") or are a capitalised name ("West
// Nile", "Rift Valley") right before a term of a concept or a metric's
// keyword, or 0.
func (s *sentence) nameBeforeTerm(j int) int {
	n := 0
	if _, k, ok := diseasePhrases.matchAt(s.toks, j); ok {
		n = k
	} else {
		for n < 3 && j+n < len(s.toks) && s.toks[j+n].upper && s.toks[j+n].kind == tokWord && s.entAt[j+n] < 0 {
			n++
		}
	}
	if n == 0 || j+n >= len(s.toks) {
		return 0
	}
	if k := s.entAt[j+n]; k < 0 || s.ents[k].ent < 0 || s.ents[k].actor >= 0 || s.ents[k].t0 != j+n {
		return 0
	}
	return n
}

// ofThemAt reports whether tokens from j say "of them", "de ellas",
// "among whom", "entre quienes": what comes before is a part of a count
// just given.
func (s *sentence) ofThemAt(j int) bool {
	t1, t2 := s.text(j), s.text(j+1)
	return (t1 == "of" || t1 == "de" || t1 == "among" || t1 == "entre") && (themPronouns.has(t2) || t2 == "whom" || t2 == "quienes")
}

// everyOneOf reports whether number o is the "one" of "every one of",
// "each one of", "cada uno de": all of the count after it, which is no
// base of a share ("Every one of the 27 men is out").
func (s *sentence) everyOneOf(o *numMention) bool {
	if o.t1-o.t0 != 1 || o.value != 1 {
		return false
	}
	switch s.text(o.t0 - 1) {
	case "every", "each", "cada":
		return true
	}
	return false
}
