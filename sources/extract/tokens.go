package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tokWord   tokKind = iota // letters, possibly with internal hyphens or apostrophes; initialisms "u.s."
	tokDigits                // a numeral in digits, possibly with separators, ":", "/" or "-" between digit groups
	tokAlnum                 // digits glued to letters: "3rd", "5º", "72h", "65-year-old"
	tokPunct                 // any other single character
)

// token is one word, numeral or punctuation mark of the text, with rune
// offsets into the whole text.
type token struct {
	start, end  int
	kind        tokKind
	text        string // folded (lower-case, unaccented)
	upper       bool   // the first letter is upper-case in the original
	caps        bool   // every letter is upper-case, and there are two or more: "UN", "U.N."
	spaceBefore bool   // white space (or the start of the text) precedes
	inURL       bool   // part of a web address, e-mail or handle
	// preterite is set for a Spanish word of three letters or more ending
	// in a stressed "ó": "subió", "informó" (a verb, not a noun)
	preterite bool
	// future is set for a Spanish word that ends as a verb in the future
	// does: "-rá", "-rán" ("pondrá", "recibirán"). (Not the conditional:
	// "habrían fallecido" reports a claim, "superaría" forecasts one.)
	future bool
	// stressedPlural is set for a word ending in a stressed vowel and "s"
	// ("rohinyás", "iraníes" is not: its stress is on the "í" before "es")
	stressedPlural bool
	// hash is textHash(text), or 0 when not computed: phrase sets use it
	// to skip their map for the words that start or end none of their
	// phrases
	hash uint32
	// id is the number of the token's word among the words of the built-in
	// lexicon's sets (lexVocab), 0 for another word; set with hash
	id int32
}

// textHash returns a hash of a token's text that is never 0.
func textHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h | 1
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// foldedText is the folded text as one string with the byte offset of each
// rune, so that token texts are substrings and cost no allocation.
type foldedText struct {
	s   string
	off []int32 // off[i] is the byte offset of rune i; off[len] = len(s)
}

func newFoldedText(rs []rune) foldedText {
	return foldTextInto(rs, nil)
}

// foldTextInto is newFoldedText that keeps the offsets in off when it has
// room for them (a buffer a caller reuses once the tokens are made).
func foldTextInto(rs []rune, off []int32) foldedText {
	var b strings.Builder
	b.Grow(len(rs) + len(rs)/8)
	if cap(off) < len(rs)+1 {
		off = make([]int32, len(rs)+1)
	}
	off = off[:len(rs)+1]
	for i, r := range rs {
		off[i] = int32(b.Len())
		switch {
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r + ('a' - 'A')))
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r)) // (most runes: no rune to encode)
		default:
			b.WriteRune(foldRune(r))
		}
	}
	off[len(rs)] = int32(b.Len())
	return foldedText{s: b.String(), off: off}
}

func (f foldedText) slice(i, j int) string { return f.s[f.off[i]:f.off[j]] }

// runeOffsets slices a text by rune offsets without converting runes back
// to a string: it walks from the offset last asked for, forward or back,
// so that spans asked for in text order cost one pass over the text and
// a span a little before costs the walk back to it.
type runeOffsets struct {
	text string
	r, b int // rune r starts at byte b
}

// byteAt returns the byte offset of rune r (len(text) past the end).
func (o *runeOffsets) byteAt(r int) int {
	for o.r > r && o.b > 0 {
		_, n := utf8.DecodeLastRuneInString(o.text[:o.b])
		o.b -= n
		o.r--
	}
	for o.r < r && o.b < len(o.text) {
		_, n := utf8.DecodeRuneInString(o.text[o.b:])
		o.b += n
		o.r++
	}
	return o.b
}

// slice returns the text of runes [i, j).
func (o *runeOffsets) slice(i, j int) string {
	b0 := o.byteAt(i)
	return o.text[b0:o.byteAt(j)]
}

// tokenize splits rs (the original runes) into tokens with folded texts.
func tokenize(rs []rune, folded foldedText) []token {
	return tokenizeInto(make([]token, 0, len(rs)/5+1), rs, folded)
}

// tokenizeInto is tokenize appending to toks (a reused buffer).
func tokenizeInto(toks []token, rs []rune, folded foldedText) []token {
	urls := findURLs(rs)
	n := len(rs)
	space := true
	for i := 0; i < n; {
		r := rs[i]
		if unicode.IsSpace(r) {
			space = true
			i++
			continue
		}
		start := i
		var kind tokKind
		switch {
		case isDigit(r):
			kind, i = scanDigits(rs, i)
		case isWordRune(r):
			i = scanWord(rs, i)
			kind = tokWord
		case (r == '\'' || r == '’') && i+1 < n && (rs[i+1] == 's' || rs[i+1] == 'S') &&
			(i+2 == n || !isWordRune(rs[i+2])) && !space && i > 0 && isWordRune(rs[i-1]):
			i += 2 // possessive "'s" after a word
			kind = tokWord
		default:
			i++
			kind = tokPunct
		}
		text := folded.slice(start, i)
		hash := textHash(text)
		t := token{
			start: start, end: i, kind: kind,
			text:        text,
			hash:        hash,
			id:          tokenNumber(text, hash),
			upper:       unicode.IsUpper(r),
			caps:        kind == tokWord && allCaps(rs[start:i]),
			spaceBefore: space,
			preterite:   kind == tokWord && i-start >= 3 && (rs[i-1] == 'ó' || rs[i-1] == 'Ó'),
			future:      kind == tokWord && i-start >= 4 && futureEnding(rs[start:i]),
			stressedPlural: kind == tokWord && i-start >= 4 && (rs[i-1] == 's' || rs[i-1] == 'S') &&
				strings.ContainsRune("áéúÁÉÚ", rs[i-2]),
		}
		if !t.upper && kind == tokWord {
			t.upper = particleName(rs[start:i])
		}
		for len(urls) > 0 && urls[0].End <= start {
			urls = urls[1:]
		}
		t.inURL = len(urls) > 0 && start >= urls[0].Start
		toks = append(toks, t)
		space = false
	}
	return toks
}

// scanDigits reads a numeral starting at i and returns its kind and end.
func scanDigits(rs []rune, i int) (tokKind, int) {
	n := len(rs)
	groupStart := i
	for i < n && isDigit(rs[i]) {
		i++
	}
	firstGroupLen := i - groupStart
	onlyGrouping := true // so far only digits and thousands groups by space
	for i < n {
		r := rs[i]
		switch {
		case (r == ',' || r == '.' || r == ':' || r == '/') && i+1 < n && isDigit(rs[i+1]):
			onlyGrouping = false
			i++
			for i < n && isDigit(rs[i]) {
				i++
			}
			continue
		case (r == '-' || r == '–' || r == '‑') && i+1 < n && isDigit(rs[i+1]):
			onlyGrouping = false
			i++
			for i < n && isDigit(rs[i]) {
				i++
			}
			continue
		case isSpaceSep(r) && onlyGrouping && firstGroupLen <= 3 && i+3 < n+1 && threeDigitsAt(rs, i+1):
			i += 4
			continue
		}
		break
	}
	// a unit of weight or area glued to the number is a word of its own:
	// "5,842kg of ivory", "300ha"
	if i < n && gluedMeasureAt(rs, i) {
		return tokDigits, i
	}
	// glued letters make it an ordinal, a unit or a word: "3rd", "72h", "5.º", "65-year-old"
	if i < n && (isWordRune(rs[i]) || rs[i] == '°') {
		return tokAlnum, scanWord(rs, i)
	}
	if i+1 < n && rs[i] == '.' && (rs[i+1] == 'º' || rs[i+1] == 'ª' || rs[i+1] == '°') {
		return tokAlnum, i + 2
	}
	if i+1 < n && (rs[i] == '-' || rs[i] == '‑') && isWordRune(rs[i+1]) {
		return tokAlnum, scanWord(rs, i+1)
	}
	return tokDigits, i
}

// gluedMeasureAt reports whether the letters at i, right after a number's
// digits, are a unit of weight or area and nothing more: "kg" of "5,842kg".
func gluedMeasureAt(rs []rune, i int) bool {
	j := i
	for j < len(rs) && j-i < 4 && isWordRune(rs[j]) && !isDigit(rs[j]) {
		j++
	}
	if j < len(rs) && (isWordRune(rs[j]) || isDigit(rs[j])) {
		return false
	}
	switch strings.ToLower(string(rs[i:j])) {
	case "kg", "kgs", "ha", "lb", "lbs":
		return true
	}
	return false
}

// threeDigitsAt reports whether exactly three digits start at i (no fourth).
func threeDigitsAt(rs []rune, i int) bool {
	if i+3 > len(rs) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigit(rs[k]) {
			return false
		}
	}
	return i+3 == len(rs) || !isDigit(rs[i+3])
}

// scanWord reads letters (and digits) with internal hyphens and
// apostrophes, and initialisms such as "U.S." and "EE.UU.", stopping before
// a possessive "'s".
func scanWord(rs []rune, i int) int {
	n := len(rs)
	start := i
	for i < n {
		r := rs[i]
		switch {
		case isWordRune(r) || isDigit(r) || r == '°':
			i++
		case (r == '-' || r == '‑' || r == '\'' || r == '’') && i+1 < n && i > start && (isWordRune(rs[i+1]) || isDigit(rs[i+1])):
			if (r == '\'' || r == '’') && (rs[i+1] == 's' || rs[i+1] == 'S') && (i+2 == n || !isWordRune(rs[i+2])) {
				return i // possessive: its own token
			}
			i++
		case r == '.' && i-start <= 2 && i+1 < n && isWordRune(rs[i+1]) && initialismAt(rs, start, i):
			// "U.S." "EE.UU." "a.m." "e.g.": consume letter groups and periods
			for i < n && (rs[i] == '.' || isWordRune(rs[i])) {
				if rs[i] == '.' && (i+1 >= n || !isWordRune(rs[i+1])) {
					return i + 1
				}
				i++
			}
			return i
		default:
			return i
		}
	}
	return i
}

// initialismAt reports whether the period at dot continues an initialism:
// the group before it has at most two letters and the group after it has
// at most two letters followed by a period.
func initialismAt(rs []rune, start, dot int) bool {
	k := dot + 1
	for k < len(rs) && isWordRune(rs[k]) {
		k++
	}
	return k-dot-1 <= 2 && k < len(rs) && rs[k] == '.'
}

// findURLs returns the spans of web addresses, e-mail addresses and
// @handles or #hashtags: numbers inside them are never figures.
func findURLs(rs []rune) []Span {
	var out []Span
	n := len(rs)
	// A bare domain needs its path: only the words with a slash may be
	// one, and their starts are found from the slashes.
	var slashWords []int
	for j, r := range rs {
		if r != '/' {
			continue
		}
		k := j
		for k > 0 && !urlOpener(rs[k-1]) {
			k--
		}
		if len(slashWords) == 0 || slashWords[len(slashWords)-1] != k {
			slashWords = append(slashWords, k)
		}
	}
	for i := 0; i < n; i++ {
		r := rs[i]
		for len(slashWords) > 0 && slashWords[0] < i {
			slashWords = slashWords[1:]
		}
		slashWord := len(slashWords) > 0 && slashWords[0] == i
		switch r {
		case 'h', 'H', 'w', 'W', '@', '#':
		default:
			if !slashWord {
				continue // (most runes: no address starts there)
			}
		}
		if i > 0 && !urlOpener(rs[i-1]) && r != '@' {
			continue
		}
		isURL := false
		switch r {
		case 'h', 'H':
			isURL = hasPrefixFold(rs[i:], "http://") || hasPrefixFold(rs[i:], "https://")
		case 'w', 'W':
			isURL = hasPrefixFold(rs[i:], "www.")
		case '@', '#':
			isURL = i+1 < n && (isWordRune(rs[i+1]) || isDigit(rs[i+1]))
		}
		if !isURL && slashWord && isWordRune(r) {
			// a bare domain with a path: "example.com/2026/01/report"
			isURL = bareDomainAt(rs, i)
		}
		if !isURL {
			continue
		}
		j := i
		for j < n && !unicode.IsSpace(rs[j]) && rs[j] != '>' && rs[j] != '"' {
			j++
		}
		out = append(out, Span{i, j})
		i = j
	}
	return out
}

// urlOpener reports whether a web address may start after r: white
// space or an opening bracket or quotation mark.
func urlOpener(r rune) bool {
	return r == '(' || r == '<' || r == '"' || unicode.IsSpace(r)
}

func hasPrefixFold(rs []rune, p string) bool {
	k := 0
	for _, c := range p {
		if k >= len(rs) || foldRune(rs[k]) != c {
			return false
		}
		k++
	}
	return true
}

// bareDomainAt reports whether a word starting at i looks like
// "host.tld/path": letters, a period, letters, then a slash.
func bareDomainAt(rs []rune, i int) bool {
	j := i
	dots := 0
	for j < len(rs) && (isWordRune(rs[j]) || isDigit(rs[j]) || rs[j] == '.' || rs[j] == '-') {
		if rs[j] == '.' {
			dots++
		}
		j++
	}
	return dots > 0 && j < len(rs) && rs[j] == '/' && j > i && isWordRune(rs[j-1])
}

// allCaps reports whether a word has two or more letters, all upper-case.
func allCaps(word []rune) bool {
	letters := 0
	for _, r := range word {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// particleName reports whether a word is a name after a short lower-case
// particle joined by a hyphen: "al-Araj", "el-Sisi", "bin-Salman".
func particleName(w []rune) bool {
	for p := 1; p <= 3 && p+1 < len(w); p++ {
		if w[p] == '-' {
			return nameParticles[string(w[:p])] && unicode.IsUpper(w[p+1])
		}
	}
	return false
}

// nameParticles join the name after them with a hyphen.
var nameParticles = map[string]bool{"al": true, "el": true, "ul": true, "as": true, "ad": true, "an": true, "ar": true,
	"at": true, "az": true, "ash": true, "bin": true, "ibn": true, "abu": true, "abd": true, "ben": true, "bint": true}

// futureEnding reports whether word w, of four runes or more, ends as a
// Spanish verb in the future does: "pondrá", "recibirán".
func futureEnding(w []rune) bool {
	n := len(w)
	switch {
	case w[n-1] == 'á':
		return w[n-2] == 'r'
	case w[n-1] == 'n' && w[n-2] == 'á':
		return w[n-3] == 'r'
	}
	return false
}
