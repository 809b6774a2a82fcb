package extract

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/gapwatch/gapwatch/trackerfile"
)

// topicTokens returns, for each topic of the tuning split, its tracker
// file and the tokens of its passages: real words, with the phrases and
// stems a user's tracker gives them, to check the lookup filters against.
func topicTokens(t *testing.T) map[string][]token {
	t.Helper()
	cfgs, _ := filepath.Glob(filepath.Join("testdata", "corpus", "tune", "*", "tracker.yaml"))
	if len(cfgs) == 0 {
		t.Fatal("no corpus")
	}
	out := map[string][]token{}
	for _, cfg := range cfgs {
		texts, _ := filepath.Glob(filepath.Join(filepath.Dir(cfg), "*.txt"))
		for _, p := range texts {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			rs := []rune(string(data))
			out[cfg] = append(out[cfg], tokenize(rs, newFoldedText(rs))...)
		}
	}
	return out
}

// The hash filters only skip lookups: every phrase and stem found without
// them is found with them.
func TestLookupFiltersLoseNothing(t *testing.T) {
	for cfg, toks := range topicTokens(t) {
		unhashed := make([]token, len(toks))
		for i, tok := range toks {
			tok.hash = 0
			unhashed[i] = tok
		}
		cat, err := trackerfile.Load(cfg)
		if err != nil {
			t.Fatal(err)
		}
		e := New(cat.Metrics, cat.Actors)
		// the sets built at initialisation find phrases by word numbers
		for _, ps := range []*phraseSet{cueVerbs, cuePrefixes, needPhrases, warrantPhrases, populationPhrases, timeSuffixes} {
			if !ps.numbered {
				t.Fatalf("a phrase set built at initialisation is not numbered")
			}
			for i := range toks {
				gotID, gotN, gotOK := ps.matchAt(toks, i)
				wantID, wantN, wantOK := ps.matchAt(unhashed, i)
				if gotID != wantID || gotN != wantN || gotOK != wantOK {
					t.Fatalf("%s: phrase at %q: got %d,%d,%v, want %d,%d,%v", cfg, toks[i].text, gotID, gotN, gotOK, wantID, wantN, wantOK)
				}
				gotID, gotN, gotOK = ps.matchEndingAt(toks, i+1)
				wantID, wantN, wantOK = ps.matchEndingAt(unhashed, i+1)
				if gotID != wantID || gotN != wantN || gotOK != wantOK {
					t.Fatalf("%s: phrase ending at %q: got %d,%d,%v, want %d,%d,%v", cfg, toks[i].text, gotID, gotN, gotOK, wantID, wantN, wantOK)
				}
			}
		}
		if e.entities.numbered {
			t.Fatalf("a tracker's phrase set, built after initialisation, is numbered")
		}
		for i := range toks {
			gotID, gotN, gotOK := e.entities.matchAt(toks, i)
			wantID, wantN, wantOK := e.entities.matchAt(unhashed, i)
			if gotID != wantID || gotN != wantN || gotOK != wantOK {
				t.Fatalf("%s: phrase at %q: got %d,%d,%v, want %d,%d,%v", cfg, toks[i].text, gotID, gotN, gotOK, wantID, wantN, wantOK)
			}
			gotID, gotN, gotOK = e.entities.matchEndingAt(toks, i+1)
			wantID, wantN, wantOK = e.entities.matchEndingAt(unhashed, i+1)
			if gotID != wantID || gotN != wantN || gotOK != wantOK {
				t.Fatalf("%s: phrase ending at %q: got %d,%d,%v, want %d,%d,%v", cfg, toks[i].text, gotID, gotN, gotOK, wantID, wantN, wantOK)
			}
			for lang, es := range []bool{false, true} {
				w := toks[i].text
				if toks[i].kind != tokWord || len(w) < minStemWord {
					continue
				}
				s := &sentence{e: e, toks: toks[i : i+1], es: es}
				_, want := e.stemEnts[lang][s.stemAt(0)]
				if _, got := s.stemEntity(0); got != want {
					t.Errorf("%s: stem entity of %q (es=%v): got %v, want %v", cfg, w, es, got, want)
				}
			}
		}
	}
}

// A lexicon set's filter only skips lookups: every word of the set is
// found through its token, hashed or not, and a word outside it is not.
func TestLexSetFilterLosesNothing(t *testing.T) {
	sets := []*lexSet{peopleNouns, possessives, determiners, irrealisMarkers, figureNouns, currencyAfter}
	for _, ls := range sets {
		for w := range ls.words {
			rs := []rune(w)
			toks := tokenize(rs, newFoldedText(rs))
			if len(toks) != 1 {
				continue // (a word the tokenizer cuts, such as "u.s.", is looked up by its parts)
			}
			unhashed := toks[0]
			unhashed.hash = 0
			if !ls.hasToken(&toks[0]) || !ls.hasToken(&unhashed) {
				t.Errorf("%q is in its set but hasToken says no", w)
			}
		}
	}
	for _, tt := range []struct {
		text string
		set  *lexSet
		want bool
	}{
		{"prisoners", peopleNouns, true},
		{"Detenidos", peopleNouns, true},
		{"tables", peopleNouns, false},
		{"sus", possessives, true},
		{"sur", possessives, false},
	} {
		rs := []rune(tt.text)
		toks := tokenize(rs, newFoldedText(rs))
		if got := tt.set.hasToken(&toks[0]); got != tt.want {
			t.Errorf("hasToken(%q): got %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A token's membership in a lexicon set, read from the bit of its word's
// number, is the membership of its word in the set's map: for members,
// for words of other sets, for words of no set, for tokens built without
// a number and for a set built after initialisation.
func TestLexSetBitsMatchWords(t *testing.T) {
	late := newWordSet("zanahoria", "personas")
	sets := []*lexSet{peopleNouns, spanishMarkers, englishMarkers, bareFollowers, describedNouns, late}
	var words []string
	for _, set := range sets {
		for w := range set.words {
			words = append(words, w)
		}
	}
	words = append(words, "gapwatchless", "zzz", "ninguna-palabra")
	for _, w := range words {
		rs := []rune(w)
		toks := tokenize(rs, newFoldedText(rs))
		if len(toks) != 1 {
			continue // a phrase or a word the tokenizer cuts
		}
		bare := token{text: toks[0].text}
		for i, set := range sets {
			want := set.has(toks[0].text)
			if got := set.hasToken(&toks[0]); got != want {
				t.Errorf("set %d: hasToken(%q) = %v, want %v", i, w, got, want)
			}
			if got := set.hasToken(&bare); got != want {
				t.Errorf("set %d: hasToken(%q without a number) = %v, want %v", i, w, got, want)
			}
		}
	}
	for w, lang := range markerLanguage {
		rs := []rune(w)
		if toks := tokenize(rs, newFoldedText(rs)); len(toks) == 1 && isSpanish(toks) != (lang == markerSpanish) {
			t.Errorf("isSpanish(%q) = %v, want %v", w, !(lang == markerSpanish), lang == markerSpanish)
		}
	}
}

// The start set behind irregularPlaceKey keeps every irregular country
// word's start, ASCII or accented, and nothing else.
func TestStartSet(t *testing.T) {
	for w := range countryWordKeys {
		if len(w) >= 3 && !irregularStarts.has(w) {
			t.Errorf("irregular word %q: its start is not in the set", w)
		}
	}
	var ss startSet
	for _, w := range []string{"zzz", "abc", "égypte", "ñandú"} {
		ss.add(w)
	}
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"zzzz", true}, {"abcd", true}, {"égyptien", true}, {"ñandúes", true},
		{"abd", false}, {"zzy", false}, {"éta", false}, {"a-b", false},
	} {
		if got := ss.has(tt.w); got != tt.want {
			t.Errorf("has(%q): got %v, want %v", tt.w, got, tt.want)
		}
	}
}

// A phrase that ends in a Spanish preterite whose unaccented spelling is
// also a noun or an adjective matches only the accented verb: "registró",
// not "el registro"; "publicó", not "el Ministerio Público".
func TestPhraseNounLikePreterite(t *testing.T) {
	ps := newPhraseSet()
	ps.add("registró", 1)
	ps.add("publicó", 1)
	ps.add("informó", 1)
	tests := []struct {
		text string
		want bool
	}{
		{"registró", true},
		{"registro", false},
		{"publicó", true},
		{"Público", false},
		{"informó", true},
		{"informo", true}, // no noun to tell it from: the verb, accent or not
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		toks := tokenize(rs, newFoldedText(rs))
		_, _, got := ps.matchAt(toks, 0)
		_, _, gotEnd := ps.matchEndingAt(toks, len(toks))
		if got != tt.want || gotEnd != tt.want {
			t.Errorf("%q: matchAt %v, matchEndingAt %v, want %v", tt.text, got, gotEnd, tt.want)
		}
	}
}
