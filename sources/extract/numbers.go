package extract

import (
	"errors"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"unicode"
)

// maxNumber bounds every parsed value: larger numbers are not counts of
// people and would risk overflow in arithmetic.
const maxNumber = 1_000_000_000_000_000

// ParseNumber returns the whole number written in s, in digits or in English
// or Spanish words:
//
//   - digits, with thousands separators: "56", "1,234", "1.234" (Spanish),
//     "1 234" (also with a no-break or thin space); a separator followed by
//     exactly three digits is a thousands separator, any other is a decimal
//     point;
//   - a decimal only with a scale word: "1.5 million", "2,5 millones",
//     "3 mil", "1.234,5 millones";
//   - words: "four hundred and fifty-six", "twelve hundred", "a dozen",
//     "two dozen", "half a million", "cuatrocientos cincuenta y seis",
//     "mil doscientos", "un millón", "una docena", "un centenar",
//     "veintiuno", "dos mil millones".
//
// On failure it returns 0 and an error saying what was wrong: an empty
// string, a decimal without a scale ("3.5"), a vague quantity ("dozens",
// "cientos"), a word that is not a number, words in an impossible order
// ("five six") or a value above 10^15.
func ParseNumber(s string) (int64, error) {
	v, err := parseNumber(s)
	if err != nil {
		return 0, fmt.Errorf("extract: parse number %q: %w", s, err)
	}
	return v, nil
}

// Errors returned (wrapped) by ParseNumber.
var (
	errEmptyNumber   = errors.New("empty")
	errDecimal       = errors.New("a decimal needs a scale word such as million or millones")
	errVague         = errors.New("a vague quantity is not a number")
	errTooLarge      = errors.New("value is too large")
	errWordOrder     = errors.New("number words in an impossible order")
	errBadDigits     = errors.New("malformed digits")
	errNotWholeValue = errors.New("value is not a whole number")
)

// wordKind classifies a number word.
type wordKind uint8

const (
	kindNone     wordKind = iota
	kindUnit              // 1–9 (and zero)
	kindTeen              // 10–19, and Spanish veintiuno…veintinueve: a complete value below 100
	kindTens              // 20, 30, … 90
	kindHundreds          // Spanish cien, doscientos…: a complete multiple of 100
	kindHundred           // English "hundred" (multiplies), Spanish "ciento" (adds 100)
	kindScale             // thousand, mil, million, millón…
	kindDozen             // dozen, docena
	kindHalf              // half, medio, media
	kindArticle           // a, an: 1 before a scale or dozen
	kindAnd               // and, y: a connector inside a number
	kindVague             // dozens, hundreds, cientos, miles, decenas…
)

// roundCollectives name a round number loosely: "una veintena" is about 20
// ("una docena" is taken as 12, exactly).
var roundCollectives = newWordSet("decena", "veintena", "treintena", "cincuentena", "centenar", "centenares", "millar", "millares")

type numberWord struct {
	kind  wordKind
	value int64
	// plural scale words ("millones", "docenas") need a number before them.
	plural bool
}

// numberWords maps folded (lower-case, unaccented) words to their meaning.
var numberWords = func() map[string]numberWord {
	numberWords := map[string]numberWord{}
	add := func(k wordKind, v int64, words ...string) {
		for _, w := range words {
			numberWords[w] = numberWord{kind: k, value: v}
		}
	}
	add(kindUnit, 0, "zero", "cero")
	add(kindUnit, 1, "one", "uno", "un", "una")
	add(kindUnit, 2, "two", "dos")
	add(kindUnit, 3, "three", "tres")
	add(kindUnit, 4, "four", "cuatro")
	add(kindUnit, 5, "five", "cinco")
	add(kindUnit, 6, "six", "seis")
	add(kindUnit, 7, "seven", "siete")
	add(kindUnit, 8, "eight", "ocho")
	add(kindUnit, 9, "nine", "nueve")
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range teens {
		add(kindTeen, int64(10+i), w)
	}
	esTeens := []string{"diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve"}
	for i, w := range esTeens {
		add(kindTeen, int64(10+i), w)
	}
	add(kindTeen, 21, "veintiuno", "veintiun", "veintiuna")
	esTwenties := []string{"veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve"}
	for i, w := range esTwenties {
		add(kindTeen, int64(22+i), w)
	}
	tens := [][2]string{{"twenty", "veinte"}, {"thirty", "treinta"}, {"forty", "cuarenta"}, {"fifty", "cincuenta"},
		{"sixty", "sesenta"}, {"seventy", "setenta"}, {"eighty", "ochenta"}, {"ninety", "noventa"}}
	for i, w := range tens {
		add(kindTens, int64(20+10*i), w[0], w[1])
	}
	add(kindHundreds, 100, "cien")
	add(kindHundreds, 200, "doscientos", "doscientas")
	add(kindHundreds, 300, "trescientos", "trescientas")
	add(kindHundreds, 400, "cuatrocientos", "cuatrocientas")
	add(kindHundreds, 500, "quinientos", "quinientas")
	add(kindHundreds, 600, "seiscientos", "seiscientas")
	add(kindHundreds, 700, "setecientos", "setecientas")
	add(kindHundreds, 800, "ochocientos", "ochocientas")
	add(kindHundreds, 900, "novecientos", "novecientas")
	add(kindHundred, 100, "hundred", "ciento")
	add(kindScale, 1_000, "thousand", "mil")
	add(kindScale, 100_000, "lakh") // South Asian English: "eight lakh" is 800,000
	add(kindScale, 10_000_000, "crore")
	add(kindScale, 1_000_000, "million", "millon")
	add(kindScale, 1_000_000_000, "billion", "millardo")
	add(kindScale, 1_000_000_000_000, "billon")
	numberWords["millones"] = numberWord{kind: kindScale, value: 1_000_000, plural: true}
	numberWords["lakhs"] = numberWord{kind: kindScale, value: 100_000, plural: true}
	numberWords["crores"] = numberWord{kind: kindScale, value: 10_000_000, plural: true}
	numberWords["millardos"] = numberWord{kind: kindScale, value: 1_000_000_000, plural: true}
	numberWords["billones"] = numberWord{kind: kindScale, value: 1_000_000_000_000, plural: true}
	add(kindDozen, 12, "dozen", "docena")
	add(kindDozen, 100, "centenar")
	add(kindDozen, 10, "decena")
	add(kindDozen, 20, "veintena")
	add(kindDozen, 30, "treintena")
	add(kindDozen, 50, "cincuentena")
	add(kindDozen, 1000, "millar")
	numberWords["docenas"] = numberWord{kind: kindDozen, value: 12, plural: true}
	numberWords["centenares"] = numberWord{kind: kindDozen, value: 100, plural: true}
	numberWords["millares"] = numberWord{kind: kindDozen, value: 1000, plural: true}
	add(kindHalf, 0, "half", "medio", "media")
	add(kindArticle, 1, "a", "an")
	add(kindAnd, 0, "and", "y")
	add(kindVague, 0, "dozens", "hundreds", "thousands", "millions", "billions", "scores",
		"decenas", "cientos", "miles")
	return numberWords
}()

// numberWordNums holds the numbers (vocab.go) of the number words: most
// tokens are turned away by a bit, without a lookup.
var numberWordNums = func() numberBits {
	var b numberBits
	for w := range numberWords {
		b.add(numberedWord(w))
	}
	return b
}()

// lookupNumberWord returns the meaning of a folded word, including English
// hyphenated compounds ("fifty-six" is handled by the caller).
func lookupNumberWord(w string) (numberWord, bool) {
	nw, ok := numberWords[w]
	return nw, ok
}

// rational is num/den with den a power of ten (or 2 for halves): enough to
// carry "1.5" or "half" until a scale word makes it whole.
type rational struct{ num, den int64 }

func (r rational) isZero() bool { return r.num == 0 }

// add returns r + v (v whole).
func (r rational) add(v int64) (rational, error) {
	if v > maxNumber || r.num > maxNumber {
		return r, errTooLarge
	}
	return rational{r.num + v*r.den, r.den}, nil
}

// mul returns r × v (v whole), simplified when whole.
func (r rational) mul(v int64) (rational, error) {
	n, ok := mulChecked(r.num, v)
	if !ok {
		return r, errTooLarge
	}
	d := r.den
	for d > 1 && n%10 == 0 && d%10 == 0 {
		n, d = n/10, d/10
	}
	if d > 1 && n%d == 0 {
		n, d = n/d, 1
	}
	if n/d > maxNumber {
		return r, errTooLarge
	}
	return rational{n, d}, nil
}

func (r rational) whole() (int64, bool) {
	if r.den == 0 || r.num%r.den != 0 {
		return 0, false
	}
	return r.num / r.den, true
}

// parseDigits reads a numeral in digits with optional thousands separators
// and one decimal separator.
func parseDigits(s string) (rational, error) {
	if s == "" {
		return rational{}, errEmptyNumber
	}
	var groupsBuf [8]string
	var sepsBuf [8]byte
	groups := groupsBuf[:0] // digit runs
	seps := sepsBuf[:0]     // separator before each group after the first
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
		case c == ',' || c == '.':
			if i == start {
				return rational{}, fmt.Errorf("%w: separator %q without digits before it", errBadDigits, c)
			}
			groups = append(groups, s[start:i])
			seps = append(seps, c)
			start = i + 1
		default:
			return rational{}, fmt.Errorf("%w: %q is not a digit", errBadDigits, c)
		}
	}
	if start == len(s) {
		return rational{}, fmt.Errorf("%w: ends with a separator", errBadDigits)
	}
	groups = append(groups, s[start:])
	if len(groups[0]) > 1 && groups[0][0] == '0' && len(seps) == 0 {
		return rational{}, fmt.Errorf("%w: leading zero in %q", errBadDigits, s)
	}
	if len(seps) == 0 {
		return wholeDigits(groups[0])
	}
	// Decide which separator (if any) is the decimal point.
	decimalAt := -1 // index into seps
	last := seps[len(seps)-1]
	mixed := false
	for _, c := range seps {
		if c != last {
			mixed = true
		}
	}
	switch {
	case mixed:
		// "1,234.5" or "1.234,5": the last separator is the decimal point
		// and it may appear only once.
		decimalAt = len(seps) - 1
		for _, c := range seps[:len(seps)-1] {
			if c == last {
				return rational{}, fmt.Errorf("%w: %q has two decimal separators", errBadDigits, s)
			}
		}
	case len(seps) == 1 && len(groups[1]) != 3:
		decimalAt = 0
	}
	intGroups := groups
	frac := ""
	if decimalAt >= 0 {
		intGroups = groups[:decimalAt+1]
		frac = groups[decimalAt+1]
	}
	// Thousands groups: the first has 1–3 digits, the others exactly 3;
	// or South Asian groups ("17,36,174"): the last has 3 digits, those
	// before it 2, the first 1 or 2.
	if len(intGroups) > 2 && decimalAt < 0 && southAsianGroups(intGroups) {
		return wholeDigits(strings.Join(intGroups, ""))
	}
	if len(intGroups) > 1 {
		if len(intGroups[0]) > 3 || (intGroups[0][0] == '0') {
			return rational{}, fmt.Errorf("%w: bad thousands grouping in %q", errBadDigits, s)
		}
		for _, g := range intGroups[1:] {
			if len(g) != 3 {
				return rational{}, fmt.Errorf("%w: bad thousands grouping in %q", errBadDigits, s)
			}
		}
	} else if len(intGroups[0]) > 1 && intGroups[0][0] == '0' {
		return rational{}, fmt.Errorf("%w: leading zero in %q", errBadDigits, s)
	}
	r, err := wholeDigits(strings.Join(intGroups, ""))
	if err != nil || frac == "" {
		return r, err
	}
	if len(frac) > 9 {
		return rational{}, fmt.Errorf("%w: too many decimals in %q", errBadDigits, s)
	}
	den := int64(1)
	for range len(frac) {
		den *= 10
	}
	f, err := wholeDigits(frac)
	if err != nil {
		return rational{}, err
	}
	if r.num > maxNumber/den {
		return rational{}, errTooLarge
	}
	return rational{r.num*den + f.num, den}, nil
}

// southAsianGroups reports whether digit groups follow the lakh and
// crore grouping: "1,23,45,678".
func southAsianGroups(groups []string) bool {
	last := len(groups) - 1
	if len(groups[last]) != 3 || len(groups[0]) > 2 || groups[0][0] == '0' {
		return false
	}
	for _, g := range groups[1:last] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}

func wholeDigits(s string) (rational, error) {
	if len(s) > 16 {
		return rational{}, errTooLarge
	}
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
	}
	if n > maxNumber {
		return rational{}, errTooLarge
	}
	return rational{n, 1}, nil
}

// isSpaceSep reports whether r may separate thousands groups: a space, a
// no-break space or a thin space.
func isSpaceSep(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u2009' || r == '\u202f'
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// numberWordSeparator reports whether r separates the words of a number
// phrase ("four hundred", "1 234"): white space or a thin space.
func numberWordSeparator(r rune) bool { return unicode.IsSpace(r) || isSpaceSep(r) }

// numberTokens splits a folded number phrase into words, joining digit
// groups separated by spaces ("1 234") and splitting English hyphenated
// compounds ("fifty-six").
func numberTokens(s string) []string {
	fields := strings.FieldsFunc(s, numberWordSeparator)
	var out []string
	for i := 0; i < len(fields); i++ {
		f := fields[i]
		if allDigits(f) && len(f) <= 3 {
			j := i + 1
			for j < len(fields) && allDigits(fields[j]) && len(fields[j]) == 3 {
				f += fields[j]
				j++
			}
			i = j - 1
			out = append(out, f)
			continue
		}
		if strings.Contains(f, "-") && !strings.ContainsAny(f, "0123456789") {
			for p := range strings.SplitSeq(f, "-") {
				out = append(out, p)
			}
			continue
		}
		out = append(out, f)
	}
	return out
}

// numberParser accumulates a number phrase word by word.
type numberParser struct {
	groups []scaleGroup // finished groups, largest scale first
	cur    rational     // the value below the next scale word
	curSet bool
	// what the current segment (below 1000) already holds
	hasHundreds, hasTens, hasUnits, hasDigits bool
	lastKind                                  wordKind
	pendingAnd                                bool
	article                                   bool // "a"/"an" waiting for a scale or dozen
	halfOnly                                  bool // "y" after a scale: only "medio" may follow
}

type scaleGroup struct {
	scale int64
	value rational
}

func parseNumber(s string) (int64, error) {
	folded := foldString(strings.TrimSpace(s))
	if folded == "" {
		return 0, errEmptyNumber
	}
	var one [1]string
	toks := one[:]
	if strings.ContainsFunc(folded, func(r rune) bool { return numberWordSeparator(r) || r == '-' }) {
		toks = numberTokens(folded)
	} else {
		one[0] = folded // (most numbers: one field, "1,234" or "cuatro")
	}
	if len(toks) == 0 {
		return 0, errEmptyNumber
	}
	var p numberParser
	for i, t := range toks {
		if err := p.word(t, i == len(toks)-1); err != nil {
			return 0, err
		}
	}
	return p.result()
}

func (p *numberParser) resetSegment() {
	p.cur = rational{0, 1}
	p.curSet = false
	p.hasHundreds, p.hasTens, p.hasUnits, p.hasDigits = false, false, false, false
}

func (p *numberParser) word(t string, last bool) error {
	if p.cur.den == 0 {
		p.cur.den = 1
	}
	if strings.ContainsAny(t, "0123456789") {
		if p.curSet || p.pendingAnd || p.article {
			return fmt.Errorf("%w: digits %q after other number words", errWordOrder, t)
		}
		r, err := parseDigits(t)
		if err != nil {
			return err
		}
		p.cur, p.curSet, p.hasDigits = r, true, true
		p.lastKind = kindUnit
		return nil
	}
	nw, ok := lookupNumberWord(t)
	if !ok {
		return fmt.Errorf("%q is not a number word", t)
	}
	if p.article && nw.kind != kindScale && nw.kind != kindDozen && nw.kind != kindHundred && nw.kind != kindHalf {
		return fmt.Errorf("%w: %q after \"a\"", errWordOrder, t)
	}
	if p.halfOnly && nw.kind != kindHalf {
		return fmt.Errorf("%w: %q after \"y\"", errWordOrder, t)
	}
	p.halfOnly = false
	if p.pendingAnd && nw.kind != kindUnit && nw.kind != kindTeen && nw.kind != kindTens && nw.kind != kindArticle && nw.kind != kindHalf {
		return fmt.Errorf("%w: %q after \"and\"", errWordOrder, t)
	}
	switch nw.kind {
	case kindVague:
		return fmt.Errorf("%w: %q", errVague, t)
	case kindArticle:
		if p.lastKind == kindHalf && !last {
			return nil // "half a million"
		}
		if p.curSet && !p.pendingAnd {
			return fmt.Errorf("%w: %q inside a number", errWordOrder, t)
		}
		if last {
			return fmt.Errorf("%q alone is not a number", t)
		}
		p.article = true
		return nil
	case kindAnd:
		if last || p.pendingAnd {
			return fmt.Errorf("%w: %q at the end", errWordOrder, t)
		}
		// English "and" follows hundred or a scale ("four hundred and
		// six", "two thousand and five"), Spanish "y" follows a tens word
		// ("treinta y dos"); both may introduce "a half".
		switch {
		case p.lastKind == kindHundred && t == "and", p.lastKind == kindScale && t == "and", p.lastKind == kindTens && t == "y":
		case p.lastKind == kindScale && t == "y":
			p.halfOnly = true // "un millón y medio", not "un millón y cinco"
		case p.lastKind == kindUnit || p.lastKind == kindTens || p.lastKind == kindTeen:
			// only valid before "a half" / "medio": checked by the next word
		default:
			return fmt.Errorf("%w: %q after nothing it can join", errWordOrder, t)
		}
		p.pendingAnd = true
		return nil
	case kindHalf:
		if p.pendingAnd && p.lastKind == kindScale && !p.curSet && len(p.groups) > 0 {
			// "un millón y medio", "two million and a half": half the
			// scale just named
			g := p.groups[len(p.groups)-1]
			p.cur, p.curSet = rational{g.scale, 2}, true
			p.pendingAnd, p.article = false, false
			p.lastKind = kindHalf
			return nil
		}
		if p.pendingAnd {
			// "two and a half", "dos y medio"
			if !p.curSet || p.cur.den != 1 {
				return fmt.Errorf("%w: %q", errWordOrder, t)
			}
			p.cur = rational{p.cur.num*2 + 1, 2}
			p.pendingAnd, p.article = false, false
			p.lastKind = kindHalf
			return nil
		}
		if p.curSet {
			return fmt.Errorf("%w: %q after a number", errWordOrder, t)
		}
		p.cur, p.curSet = rational{1, 2}, true
		p.article = false
		p.lastKind = kindHalf
		return nil
	case kindUnit, kindTeen, kindTens:
		wasAnd := p.pendingAnd
		p.pendingAnd = false
		if p.lastKind == kindAnd {
			return errWordOrder
		}
		if wasAnd && p.lastKind == kindTens && nw.kind != kindUnit {
			return fmt.Errorf("%w: %q after \"y\"", errWordOrder, t)
		}
		if wasAnd && (p.lastKind == kindUnit || p.lastKind == kindTeen) {
			return fmt.Errorf("%w: %q after \"and\"", errWordOrder, t)
		}
		if p.hasDigits || p.lastKind == kindHalf {
			return fmt.Errorf("%w: %q after digits", errWordOrder, t)
		}
		switch nw.kind {
		case kindUnit:
			if p.hasUnits || (p.curSet && !p.hasHundreds && !p.hasTens) {
				return fmt.Errorf("%w: %q", errWordOrder, t)
			}
			p.hasUnits = true
		case kindTeen, kindTens:
			if p.hasTens || p.hasUnits {
				return fmt.Errorf("%w: %q", errWordOrder, t)
			}
			p.hasTens = true
			if nw.kind == kindTeen {
				p.hasUnits = true
			}
		}
		r, err := p.cur.add(nw.value)
		if err != nil {
			return err
		}
		p.cur, p.curSet = r, true
		p.lastKind = nw.kind
		return nil
	case kindHundreds:
		if p.curSet {
			return fmt.Errorf("%w: %q", errWordOrder, t)
		}
		p.cur, p.curSet, p.hasHundreds = rational{nw.value, 1}, true, true
		p.lastKind = kindHundred
		return nil
	case kindHundred:
		if t == "ciento" { // Spanish: "ciento veinte" = 120
			if p.curSet {
				return fmt.Errorf("%w: %q", errWordOrder, t)
			}
			p.cur, p.curSet, p.hasHundreds = rational{100, 1}, true, true
			p.lastKind = kindHundred
			return nil
		}
		if p.hasHundreds || p.hasDigits || p.lastKind == kindHalf {
			return fmt.Errorf("%w: %q", errWordOrder, t)
		}
		if p.article {
			p.cur, p.article = rational{1, 1}, false
		} else if !p.curSet {
			return fmt.Errorf("%q needs a number before it", t)
		}
		r, err := p.cur.mul(100)
		if err != nil {
			return err
		}
		p.cur, p.curSet = r, true
		p.hasHundreds, p.hasTens, p.hasUnits = true, false, false
		p.lastKind = kindHundred
		return nil
	case kindDozen:
		if p.article || !p.curSet && (t == "millar" || t == "centenar") {
			// "un millar", and "el millar" (a caller starts a number there
			// only after an article: "ha superado el millar de muertos")
			p.cur, p.curSet, p.article = rational{1, 1}, true, false
		}
		if !p.curSet {
			if nw.plural {
				return fmt.Errorf("%w: %q", errVague, t)
			}
			return fmt.Errorf("%q needs a number before it", t)
		}
		r, err := p.cur.mul(nw.value)
		if err != nil {
			return err
		}
		p.cur = r
		p.hasDigits = true // nothing but a scale may follow
		p.lastKind = kindDozen
		return nil
	case kindScale:
		return p.scale(t, nw)
	}
	return fmt.Errorf("%q is not a number word", t)
}

func (p *numberParser) scale(t string, nw numberWord) error {
	p.pendingAnd = false
	if p.article {
		p.cur, p.curSet, p.article = rational{1, 1}, true, false
	}
	fromGroups := false
	for _, g := range p.groups {
		fromGroups = fromGroups || g.scale < nw.value
	}
	if !p.curSet && !(p.lastKind == kindScale && fromGroups) {
		if t != "mil" && t != "millon" { // Spanish "mil" alone is a thousand, "el millón" a million
			if nw.plural {
				return fmt.Errorf("%w: %q", errVague, t)
			}
			return fmt.Errorf("%q needs a number before it", t)
		}
		p.cur, p.curSet = rational{1, 1}, true
	}
	if p.cur.den == 0 {
		p.cur.den = 1
	}
	// Fold every finished group smaller than this scale into the value it
	// multiplies: "mil millones" is (1 × 1000) × 1 000 000.
	v := p.cur
	keep := p.groups[:0:0]
	for _, g := range p.groups {
		if g.scale < nw.value {
			var err error
			if v, err = addRational(v, g.value); err != nil {
				return err
			}
			continue
		}
		if g.scale == nw.value {
			return fmt.Errorf("%w: %q twice", errWordOrder, t)
		}
		keep = append(keep, g)
	}
	if v.isZero() {
		return fmt.Errorf("%w: zero before %q", errWordOrder, t)
	}
	r, err := v.mul(nw.value)
	if err != nil {
		return err
	}
	p.groups = append(keep, scaleGroup{nw.value, r})
	p.resetSegment()
	p.lastKind = kindScale
	return nil
}

func addRational(a, b rational) (rational, error) {
	if a.den == b.den {
		if a.num > maxNumber || b.num > maxNumber {
			return a, errTooLarge
		}
		return rational{a.num + b.num, a.den}, nil
	}
	x, ok1 := mulChecked(a.num, b.den)
	y, ok2 := mulChecked(b.num, a.den)
	d, ok3 := mulChecked(a.den, b.den)
	if !ok1 || !ok2 || !ok3 || x > maxNumber*10 || y > maxNumber*10 {
		return a, errTooLarge
	}
	return rational{x + y, d}, nil
}

// mulChecked returns a×b for non-negative a and b, and false when the
// product does not fit in an int64.
func mulChecked(a, b int64) (int64, bool) {
	if a < 0 || b < 0 {
		return 0, false
	}
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	if hi != 0 || lo > math.MaxInt64 {
		return 0, false
	}
	return int64(lo), true
}

func (p *numberParser) result() (int64, error) {
	if p.article {
		return 0, fmt.Errorf("\"a\" alone is not a number")
	}
	if p.pendingAnd {
		return 0, fmt.Errorf("%w: ends with \"and\"", errWordOrder)
	}
	if p.cur.den == 0 {
		p.cur.den = 1
	}
	total := rational{0, 1}
	var err error
	for _, g := range p.groups {
		if total, err = addRational(total, g.value); err != nil {
			return 0, err
		}
	}
	if total, err = addRational(total, p.cur); err != nil {
		return 0, err
	}
	v, ok := total.whole()
	if !ok {
		if p.cur.den%10 == 0 && len(p.groups) == 0 {
			return 0, errDecimal
		}
		return 0, errNotWholeValue
	}
	if v > maxNumber {
		return 0, errTooLarge
	}
	return v, nil
}
