package bot

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func field(name, value string) *discordgo.MessageEmbedField {
	return &discordgo.MessageEmbedField{Name: name, Value: value}
}

// checkLimits fails the test for any limit out embeds break.
func checkLimits(t *testing.T, out []*discordgo.MessageEmbed) {
	t.Helper()
	if len(out) > maxEmbeds {
		t.Errorf("%d embeds", len(out))
	}
	if total := embedsTotal(out); total > maxEmbedTotal {
		t.Errorf("total %d characters", total)
	}
	for i, e := range out {
		if runes(e.Title) > maxEmbedTitle || runes(e.Description) > maxEmbedDescription || len(e.Fields) > maxEmbedFields {
			t.Errorf("embed %d: title %d, description %d, fields %d", i, runes(e.Title), runes(e.Description), len(e.Fields))
		}
		for j, f := range e.Fields {
			if f.Name == "" || f.Value == "" || runes(f.Name) > maxFieldName || runes(f.Value) > maxFieldValue {
				t.Errorf("embed %d field %d: name %d, value %d", i, j, runes(f.Name), runes(f.Value))
			}
		}
		if e.Footer != nil && runes(e.Footer.Text) > maxFooterText {
			t.Errorf("embed %d footer %d", i, runes(e.Footer.Text))
		}
	}
}

func TestFitEmbeds(t *testing.T) {
	many := func(n int, e func(i int) *discordgo.MessageEmbed) []*discordgo.MessageEmbed {
		out := make([]*discordgo.MessageEmbed, n)
		for i := range out {
			out[i] = e(i)
		}
		return out
	}
	tests := []struct {
		name    string
		in      []*discordgo.MessageEmbed
		wantCut bool
		wantN   int
	}{
		{"small message unchanged", []*discordgo.MessageEmbed{{Title: "GAP raised", Description: "56 vs 400", Fields: []*discordgo.MessageEmbedField{field("Gap", "344")}}}, false, 1},
		{"long texts cut", []*discordgo.MessageEmbed{{Title: strings.Repeat("t", 300), Description: strings.Repeat("d", 5000),
			Footer: &discordgo.MessageEmbedFooter{Text: strings.Repeat("f", 3000)}}}, true, 1},
		{"empty field name and value filled", []*discordgo.MessageEmbed{{Title: "x", Fields: []*discordgo.MessageEmbedField{field("", "")}}}, false, 1},
		{"too many fields", []*discordgo.MessageEmbed{{Title: "x", Fields: func() []*discordgo.MessageEmbedField {
			var fs []*discordgo.MessageEmbedField
			for i := 0; i < 40; i++ {
				fs = append(fs, field("n", "v"))
			}
			return fs
		}()}}, true, 1},
		{"too many embeds", many(14, func(int) *discordgo.MessageEmbed { return &discordgo.MessageEmbed{Title: "x", Description: "y"} }), true, 10},
		{"over 6000 in all", many(5, func(int) *discordgo.MessageEmbed {
			return &discordgo.MessageEmbed{Title: "x", Description: strings.Repeat("é", 2000)}
		}), true, 3},
		{"huge fields", []*discordgo.MessageEmbed{{Title: "x", Fields: func() []*discordgo.MessageEmbedField {
			var fs []*discordgo.MessageEmbedField
			for i := 0; i < 25; i++ {
				fs = append(fs, field(strings.Repeat("n", 300), strings.Repeat("v", 2000)))
			}
			return fs
		}()}}, true, 1},
		{"nil embeds skipped", []*discordgo.MessageEmbed{nil, {Title: "x"}}, false, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := fitEmbeds(tc.in)
			checkLimits(t, out)
			if got := len(out); got != tc.wantN {
				t.Errorf("embeds = %d, want %d", got, tc.wantN)
			}
			cut := false
			for _, e := range out {
				if strings.HasSuffix(e.Description, ellipsis) || strings.HasSuffix(e.Title, ellipsis) {
					cut = true
				}
				if n := len(e.Fields); n > 0 && e.Fields[n-1].Value == ellipsis {
					cut = true
				}
			}
			if cut != tc.wantCut {
				t.Errorf("marked cut = %v, want %v", cut, tc.wantCut)
			}
		})
	}
}

func TestFitEmbedsDoesNotChangeItsInput(t *testing.T) {
	in := []*discordgo.MessageEmbed{{Title: strings.Repeat("t", 300), Fields: []*discordgo.MessageEmbedField{field("", "v")}}}
	fitEmbeds(in)
	if runes(in[0].Title) != 300 || in[0].Fields[0].Name != "" {
		t.Errorf("input changed: %+v", in[0])
	}
}
