package extract

import (
	"unicode"
	"unicode/utf8"
)

// Span is a stretch of text in character (rune) offsets: Start is the first
// character, End the one just past the last.
type Span struct{ Start, End int }

// neverSplitAbbrevs end with a period that never ends a sentence: titles
// and words that stand before a name or a number. Keys are folded, without
// the final period.
var neverSplitAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "dra": true, "sr": true, "sra": true, "srta": true,
	"sres": true, "sras": true, "st": true, "gen": true, "lt": true, "col": true, "no": true, "nº": true,
	"n°": true, "nos": true, "prof": true, "gov": true, "sen": true, "rep": true, "reps": true, "capt": true,
	"cpt": true, "sgt": true, "maj": true, "cmdr": true, "adm": true, "gral": true, "cnel": true, "tte": true,
	"cap": true, "lic": true, "ing": true, "abg": true, "av": true, "ave": true, "art": true, "arts": true,
	"num": true, "núm": true, "pag": true, "pp": true, "vs": true, "approx": true, "aprox": true, "ca": true,
	"cf": true, "dept": true, "fig": true, "vol": true, "sec": true, "gob": true, "pres": true, "hon": true,
	"mt": true, "ft": true, "fr": true, "rev": true, "mons": true, "sto": true, "sta": true, "ud": true,
	"uds": true, "vd": true, "dña": true, "dna": true, "d": true, "e.g": true, "i.e": true, "u.s": true,
	"ee.uu": true, "ee": true, "u.k": true, "u.n": true, "jan": true, "feb": true, "apr": true, "aug": true, "sept": true,
	"sep": true, "oct": true, "nov": true, "dec": true, "ene": true, "dic": true, "bs": true, "tel": true,
	"tlf": true, "ext": true, "est": true, "cía": true, "cia": true, "depto": true, "op": true, "cit": true,
	"brig": true, "cpl": true, "pvt": true, "pfc": true, "spc": true, "insp": true, "supt": true, "det": true,
	"atty": true, "sens": true, "govs": true, "gens": true, "msgr": true, "sgto": true, "cmte": true, "cte": true,
}

// SplitSentences returns the sentences of text in order, as rune spans
// trimmed of surrounding space. A sentence ends at ".", "!" or "?" (with any
// closing quotes or brackets that follow) when white space and a new
// sentence follow, and at a paragraph break (a blank line) or a bulleted
// line. Periods in abbreviations (U.S., Sr., Dr., e.g., etc. before a
// lower-case word), initials ("J. Rodríguez"), decimals (3.5) and ellipses
// do not end a sentence. Text without any sentence yields nil.
func SplitSentences(text string) []Span {
	return splitSentences([]rune(text))
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '}', '›':
		return true
	}
	return false
}

func splitSentences(rs []rune) []Span {
	var out []Span
	start := -1 // start of the current sentence, -1 when between sentences
	emit := func(end int) {
		if start < 0 {
			return
		}
		for end > start && unicode.IsSpace(rs[end-1]) {
			end--
		}
		if end > start {
			out = append(out, Span{start, end})
		}
		start = -1
	}
	n := len(rs)
	for i := 0; i < n; i++ {
		r := rs[i]
		if r == '\n' {
			if brk, next := lineBreakEndsSentence(rs, i); brk {
				emit(i)
				i = next - 1
				continue
			}
		}
		if start < 0 {
			if unicode.IsSpace(r) {
				continue
			}
			start = i
		}
		switch r {
		case '!', '?', '.':
		default:
			continue
		}
		j := i // last terminator rune
		for j+1 < n && (rs[j+1] == '!' || rs[j+1] == '?') {
			j++
		}
		if r == '.' {
			if j+1 < n && (rs[j+1] == '.' || isDigit(rs[j+1])) {
				// ellipsis "..." or a decimal: skip the run of periods
				for i+1 < n && rs[i+1] == '.' {
					i++
				}
				continue
			}
			if i > 0 && rs[i-1] == '.' {
				continue // the end of an ellipsis
			}
		}
		k := j + 1
		for k < n && isCloser(rs[k]) {
			k++
		}
		if k < n && !unicode.IsSpace(rs[k]) {
			i = k - 1
			continue
		}
		nextWord := k
		for nextWord < n && unicode.IsSpace(rs[nextWord]) {
			nextWord++
		}
		if nextWord < n && startsLower(rs, nextWord) {
			i = k - 1
			continue // "etc. and", "?, preguntó"; an unknown abbreviation
		}
		if r == '.' && j == i && !periodEndsSentence(rs, i) {
			i = k - 1
			continue
		}
		emit(k)
		i = k - 1
	}
	emit(n)
	return out
}

// startsLower reports whether the word at i begins with a lower-case letter,
// looking past opening quotes and brackets.
func startsLower(rs []rune, i int) bool {
	for i < len(rs) && (rs[i] == '"' || rs[i] == '\'' || rs[i] == '“' || rs[i] == '‘' || rs[i] == '«' || rs[i] == '(') {
		i++
	}
	return i < len(rs) && unicode.IsLower(rs[i])
}

// periodEndsSentence decides whether the period at i, followed by space and
// an upper-case word, ends a sentence: not after a title or an initial.
func periodEndsSentence(rs []rune, i int) bool {
	// the word before the period, with internal periods ("U.S", "e.g")
	b := i
	for b > 0 && (unicode.IsLetter(rs[b-1]) || rs[b-1] == '.' || rs[b-1] == 'º' || rs[b-1] == '°') {
		b--
	}
	word := rs[b:i]
	if len(word) == 0 {
		return true
	}
	if len(word) == 1 && unicode.IsUpper(word[0]) {
		// an initial ("J. Rodríguez"), except the platform X after a
		// lower-case word: "en su cuenta de X. El Foro Penal…", "on X. The"
		return word[0] == 'X' && lowerWordBefore(rs, b)
	}
	if initialsWord(word) && nameOfTwoAfter(rs, i+1) {
		return false // "Chief Minister Y.S. Jagan Mohan Reddy": initials before a name
	}
	var buf [32]byte // (the key on the stack: abbreviations are short)
	key := buf[:0]
	for _, r := range word {
		key = utf8.AppendRune(key, foldRune(r))
	}
	return !neverSplitAbbrevs[string(key)]
}

// initialsWord reports whether word is two or three upper-case initials
// joined by periods, without the last: "Y.S", "J.R.R".
func initialsWord(word []rune) bool {
	if len(word) != 3 && len(word) != 5 {
		return false
	}
	for k, r := range word {
		if k%2 == 1 && r != '.' || k%2 == 0 && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// nameOfTwoAfter reports whether the text from offset i, past white
// space, holds two capitalised words in a row: "Jagan Mohan", the name
// after initials (not "D.C. The mayor").
func nameOfTwoAfter(rs []rune, i int) bool {
	for w := 0; w < 2; w++ {
		for i < len(rs) && rs[i] == ' ' {
			i++
		}
		if i >= len(rs) || !unicode.IsUpper(rs[i]) {
			return false
		}
		for i < len(rs) && unicode.IsLetter(rs[i]) {
			i++
		}
	}
	return i >= len(rs) || rs[i] == ' ' || rs[i] == ','
}

// lowerWordBefore reports whether the word that ends before offset i (past
// white space) starts with a lower-case letter: "de", "en", "on", "via".
func lowerWordBefore(rs []rune, i int) bool {
	j := i
	for j > 0 && unicode.IsSpace(rs[j-1]) {
		j--
	}
	if j == i {
		return false // no space: part of a longer token
	}
	k := j
	for k > 0 && unicode.IsLetter(rs[k-1]) {
		k--
	}
	return k < j && unicode.IsLower(rs[k])
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// lineBreakEndsSentence reports whether the newline at i ends a sentence: a
// blank line follows (a paragraph break) or the next line is a bullet item.
// next is where scanning resumes.
func lineBreakEndsSentence(rs []rune, i int) (bool, int) {
	j := i + 1
	for j < len(rs) && rs[j] != '\n' && unicode.IsSpace(rs[j]) {
		j++
	}
	if j < len(rs) && rs[j] == '\n' {
		return true, j
	}
	if j < len(rs) {
		switch rs[j] {
		case '•', '·', '▪', '‣', '◦':
			return true, j
		case '-', '*', '–', '—':
			if j+1 < len(rs) && rs[j+1] == ' ' {
				return true, j
			}
		}
	}
	return false, i + 1
}

// paragraphBreak reports whether a blank line lies between offsets a and b.
func paragraphBreak(rs []rune, a, b int) bool {
	newlines := 0
	for i := a; i < b && i < len(rs); i++ {
		switch {
		case rs[i] == '\n':
			newlines++
			if newlines >= 2 {
				return true
			}
		case !unicode.IsSpace(rs[i]):
			newlines = 0
		}
	}
	return false
}
