package extract

import (
	"reflect"
	"slices"
	"testing"
	"unicode/utf8"
)

// sentenceTexts returns the text of each span of SplitSentences(text).
func sentenceTexts(text string) []string {
	rs := []rune(text)
	var out []string
	for _, sp := range SplitSentences(text) {
		out = append(out, string(rs[sp.Start:sp.End]))
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"empty", "", nil},
		{"only space", " \n\t ", nil},
		{"one without period", "Foro Penal counted 56 releases", []string{"Foro Penal counted 56 releases"}},
		{"two", "Foro Penal counted 56. The government says 400.",
			[]string{"Foro Penal counted 56.", "The government says 400."}},
		{"trimmed", "   First one.   Second one.  ", []string{"First one.", "Second one."}},
		{"exclamation and question", "They were freed! Were they? Yes.",
			[]string{"They were freed!", "Were they?", "Yes."}},
		{"U.S.", "The U.S. State Department welcomed the releases. Foro Penal counted 56.",
			[]string{"The U.S. State Department welcomed the releases.", "Foro Penal counted 56."}},
		{"EE.UU.", "EE.UU. celebró las excarcelaciones. El Foro Penal contó 56.",
			[]string{"EE.UU. celebró las excarcelaciones.", "El Foro Penal contó 56."}},
		{"EE. UU. with a space", "Murieron 89 bomberos en EE. UU. en 2023, según la NFPA. El informe salió ayer.",
			[]string{"Murieron 89 bomberos en EE. UU. en 2023, según la NFPA.", "El informe salió ayer."}},
		{"initials before a name", "Chief Minister Y.S. Jagan Mohan Reddy spoke. He put the toll at nine.",
			[]string{"Chief Minister Y.S. Jagan Mohan Reddy spoke.", "He put the toll at nine."}},
		{"initials ending a sentence", "The mayor of Washington, D.C. The mayor spoke.",
			[]string{"The mayor of Washington, D.C.", "The mayor spoke."}},
		{"Mr. and Dr.", "Mr. Romero and Dr. Pérez spoke. They agreed.",
			[]string{"Mr. Romero and Dr. Pérez spoke.", "They agreed."}},
		{"Mrs. St. Gen. Lt. Col.", "Mrs. Ortiz met Gen. Padrino, Lt. Díaz and Col. Ruiz at St. Mary. It was brief.",
			[]string{"Mrs. Ortiz met Gen. Padrino, Lt. Díaz and Col. Ruiz at St. Mary.", "It was brief."}},
		{"Sr. Sra.", "El Sr. Romero y la Sra. Pérez hablaron. Luego se fueron.",
			[]string{"El Sr. Romero y la Sra. Pérez hablaron.", "Luego se fueron."}},
		{"No. and Nº", "See case No. 5 and Nº. 7 in the file. Then stop.",
			[]string{"See case No. 5 and Nº. 7 in the file.", "Then stop."}},
		{"e.g. and i.e.", "Some groups, e.g. Foro Penal, count cases, i.e. verified ones. Others do not.",
			[]string{"Some groups, e.g. Foro Penal, count cases, i.e. verified ones.", "Others do not."}},
		{"etc. before lower case", "Lawyers, relatives, etc. were present. Then it ended.",
			[]string{"Lawyers, relatives, etc. were present.", "Then it ended."}},
		{"etc. at the end", "They listed lawyers, relatives, etc. The list grew.",
			[]string{"They listed lawyers, relatives, etc.", "The list grew."}},
		{"initials", "J. R. Romero of Foro Penal spoke. He counted 56.",
			[]string{"J. R. Romero of Foro Penal spoke.", "He counted 56."}},
		{"decimal", "The figure rose 3.5 times. It was 56.", []string{"The figure rose 3.5 times.", "It was 56."}},
		{"thousands", "They counted 1.234 cases. Then 1,300.", []string{"They counted 1.234 cases.", "Then 1,300."}},
		{"ellipsis", "Foro Penal had confirmed 56 prisoners ... freed. Next.",
			[]string{"Foro Penal had confirmed 56 prisoners ... freed.", "Next."}},
		{"ellipsis character", "They waited… and waited. Next.", []string{"They waited… and waited.", "Next."}},
		{"closing quote stays", `He said "56 were freed." Then he left.`,
			[]string{`He said "56 were freed."`, "Then he left."}},
		{"curly quote stays", "Ella dijo: «Fueron 56». Luego se fue.",
			[]string{"Ella dijo: «Fueron 56».", "Luego se fue."}},
		{"closing quote after period", "He said “56 were freed.” Then he left.",
			[]string{"He said “56 were freed.”", "Then he left."}},
		{"paren stays", "The count rose (to 56.) Then it stopped.",
			[]string{"The count rose (to 56.)", "Then it stopped."}},
		{"question in quote then lower case", `"Where are they?" she asked. Nobody knew.`,
			[]string{`"Where are they?" she asked.`, "Nobody knew."}},
		{"Spanish question", "¿Cuántos presos fueron excarcelados? El Foro Penal contó 56.",
			[]string{"¿Cuántos presos fueron excarcelados?", "El Foro Penal contó 56."}},
		{"Spanish exclamation", "¡Fueron liberados! Eso dijo el gobierno.",
			[]string{"¡Fueron liberados!", "Eso dijo el gobierno."}},
		{"Spanish question then comma", "¿Cuántos?, preguntó el periodista. Nadie respondió.",
			[]string{"¿Cuántos?, preguntó el periodista.", "Nadie respondió."}},
		{"paragraph break", "Foro Penal counted 56\n\nThe government says 400",
			[]string{"Foro Penal counted 56", "The government says 400"}},
		{"paragraph break with spaces", "First line.\n  \t\nSecond line.", []string{"First line.", "Second line."}},
		{"single newline joins", "Foro Penal counted\n56 releases.", []string{"Foro Penal counted\n56 releases."}},
		{"bullets", "Figures:\n- 56 confirmed\n- 400 claimed",
			[]string{"Figures:", "- 56 confirmed", "- 400 claimed"}},
		{"Jan. date", "On Jan. 12 the count was 56. Then more.", []string{"On Jan. 12 the count was 56.", "Then more."}},
		{"a.m.", "It ended at 10 a.m. on Monday. Then more.", []string{"It ended at 10 a.m. on Monday.", "Then more."}},
		{"a.m. at the end", "It ended at 10 a.m. Then more came.", []string{"It ended at 10 a.m.", "Then more came."}},
		{"URL", "See foropenal.com/report.html for details. Done.",
			[]string{"See foropenal.com/report.html for details.", "Done."}},
		{"platform X es", "Publicó el desglose en su cuenta de X. El penal de Tocorón registró 14.",
			[]string{"Publicó el desglose en su cuenta de X.", "El penal de Tocorón registró 14."}},
		{"platform X en", "Romero posted the list on X. The government did not comment.",
			[]string{"Romero posted the list on X.", "The government did not comment."}},
		{"platform X via", "It was announced via X. Families gathered.",
			[]string{"It was announced via X.", "Families gathered."}},
		{"initial X", "Malcolm X. Rodríguez spoke. Then he left.",
			[]string{"Malcolm X. Rodríguez spoke.", "Then he left."}},
		{"no space after period", "Version 2.0.Final text.", []string{"Version 2.0.Final text."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceTexts(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("SplitSentences(%q)\n got  %q\n want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitSentencesOffsetsAreRunes(t *testing.T) {
	text := "Según el Foro Penal, hubo 56 excarcelaciones. El gobierno habló de más de 400."
	spans := SplitSentences(text)
	if len(spans) != 2 {
		t.Fatalf("got %d spans, want 2", len(spans))
	}
	rs := []rune(text)
	if got, want := string(rs[spans[1].Start:spans[1].End]), "El gobierno habló de más de 400."; got != want {
		t.Errorf("second sentence = %q, want %q", got, want)
	}
	if got, want := spans[0], (Span{0, 45}); got != want {
		t.Errorf("first span = %+v, want %+v", got, want)
	}
}

func TestFindURLs(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Foro Penal lists 56 at https://foropenal.com/2026/56-freed today", []string{"https://foropenal.com/2026/56-freed"}},
		{"see example.org/2026/01/56-freed and foropenal.com/lista/400.", []string{"example.org/2026/01/56-freed", "foropenal.com/lista/400."}},
		{"(monitor.org/report/12) said 400", []string{"monitor.org/report/12)"}},
		{"WWW.Monitor.org says 56, @ForoPenal 400 and #Free56", []string{"WWW.Monitor.org", "@ForoPenal", "#Free56"}},
		{"it works 24/7 and 1/2 of the 56 and/or the 400", nil},
		{"a.b/c", []string{"a.b/c"}},
		{"", nil},
	}
	for _, tt := range tests {
		rs := []rune(tt.text)
		var got []string
		for _, sp := range findURLs(rs) {
			got = append(got, string(rs[sp.Start:sp.End]))
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("findURLs(%q): got %q, want %q", tt.text, got, tt.want)
		}
	}
}

// runeOffsets slices by rune offsets as a rune slice does, walking
// forward and back, over accents, four-byte runes and bytes that are no
// UTF-8 (one rune each, as []rune counts them).
func TestRuneOffsetsSlice(t *testing.T) {
	texts := []string{
		"Según el Foro Penal, hubo 56 excarcelaciones. El gobierno habló de más de 400.",
		"ASCII only: 56 freed, 400 claimed.",
		"emoji 🎉 then 56 «liberados» — and 400",
		"bad \xff\xfe bytes \xe2\x82 then 56 and a trailing \xc3",
		"",
	}
	for _, text := range texts {
		rs := []rune(text)
		o := runeOffsets{text: text}
		// in order, back to the start, and jumping about
		spans := [][2]int{{0, len(rs)}, {len(rs) / 2, len(rs)}, {0, len(rs) / 3}, {len(rs) / 3, len(rs) / 2}, {1, 2}, {len(rs), len(rs)}}
		for _, sp := range spans {
			i, j := min(sp[0], len(rs)), min(sp[1], len(rs))
			got := o.slice(i, j)
			if want := string(rs[i:j]); utf8.ValidString(got) && got != want {
				t.Errorf("slice(%q, %d, %d) = %q, want %q", text, i, j, got, want)
			}
			if n := len([]rune(got)); n != j-i {
				t.Errorf("slice(%q, %d, %d) holds %d runes, want %d", text, i, j, n, j-i)
			}
		}
	}
}
