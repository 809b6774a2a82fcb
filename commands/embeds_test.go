package commands_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/gapwatch/gapwatch/commands"
	"github.com/gapwatch/gapwatch/report"
	"github.com/gapwatch/gapwatch/tracker"
)

func u16(s string) int { return len(utf16.Encode([]rune(s))) }

// checkLimits asserts that embeds fit one Discord message.
func checkLimits(t *testing.T, es []*discordgo.MessageEmbed) {
	t.Helper()
	if len(es) == 0 || len(es) > commands.MaxEmbeds {
		t.Fatalf("%d embeds", len(es))
	}
	total := 0
	for k, e := range es {
		if e == nil {
			t.Fatalf("embed %d is nil", k)
		}
		for what, s := range map[string]string{"title": e.Title, "description": e.Description, "url": e.URL, "timestamp": e.Timestamp} {
			if !utf8.ValidString(s) {
				t.Errorf("embed %d %s is not valid UTF-8", k, what)
			}
		}
		if n := u16(e.Title); n > commands.MaxTitle {
			t.Errorf("embed %d title %d > %d", k, n, commands.MaxTitle)
		}
		if n := u16(e.Description); n > commands.MaxDescription {
			t.Errorf("embed %d description %d > %d", k, n, commands.MaxDescription)
		}
		if len(e.Fields) > commands.MaxFields {
			t.Errorf("embed %d has %d fields", k, len(e.Fields))
		}
		if e.Title == "" && strings.TrimSpace(e.Description) == "" && len(e.Fields) == 0 && e.Footer == nil {
			t.Errorf("embed %d is empty", k)
		}
		total += u16(e.Title) + u16(e.Description)
		for _, f := range e.Fields {
			if strings.TrimSpace(f.Name) == "" || strings.TrimSpace(f.Value) == "" {
				t.Errorf("embed %d has a field with an empty name or value: %q / %q", k, f.Name, f.Value)
			}
			if n := u16(f.Name); n > commands.MaxFieldName {
				t.Errorf("field name %d > %d", n, commands.MaxFieldName)
			}
			if n := u16(f.Value); n > commands.MaxFieldValue {
				t.Errorf("field value %d > %d", n, commands.MaxFieldValue)
			}
			if !utf8.ValidString(f.Name) || !utf8.ValidString(f.Value) {
				t.Errorf("field is not valid UTF-8")
			}
			total += u16(f.Name) + u16(f.Value)
		}
		if e.Footer != nil {
			if n := u16(e.Footer.Text); n > commands.MaxFooter {
				t.Errorf("footer %d > %d", n, commands.MaxFooter)
			}
			total += u16(e.Footer.Text)
		}
		if e.URL != "" && tracker.WebLink(e.URL) == "" {
			t.Errorf("unsafe url %q", e.URL)
		}
		if e.Timestamp != "" {
			if _, err := time.Parse(time.RFC3339, e.Timestamp); err != nil {
				t.Errorf("timestamp %q: %v", e.Timestamp, err)
			}
		}
		for _, s := range []string{e.Title, e.Description} {
			if strings.Contains(s, "@everyone") || strings.Contains(s, "@here") {
				t.Errorf("a mention survived: %q", s)
			}
		}
	}
	if total > commands.MaxEmbedTotal {
		t.Errorf("embeds total %d > %d", total, commands.MaxEmbedTotal)
	}
}

var alphabet = []string{"a", "b", " ", "\n", "é", "ñ", "😀", "𝔘", "`", "```", "\\", "*", "_", "@everyone", "@here", "<@123>",
	"https://x.example/", "\x00", "\xff", "\r", "—", "中", "\u200b", "> ", "#"}

func randomText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}

func randomMessage(rng *rand.Rand) tracker.Message {
	sizes := []int{0, 1, 10, 300, 1100, 2100, 4200, 9000}
	size := func() int { return sizes[rng.IntN(len(sizes))] }
	m := tracker.Message{
		Title:       randomText(rng, size()),
		Description: randomText(rng, size()),
		Footer:      randomText(rng, size()),
		URL:         []string{"", "https://ok.example/a", "javascript:alert(1)", "ftp://x", randomText(rng, 20)}[rng.IntN(5)],
		Color:       rng.IntN(0x2000000) - 0x100000,
	}
	if rng.IntN(2) == 0 {
		m.Timestamp = time.Unix(rng.Int64N(4e9), 0)
	}
	for range rng.IntN(60) {
		m.Fields = append(m.Fields, tracker.Field{Name: randomText(rng, size()/4), Value: randomText(rng, size()), Inline: rng.IntN(2) == 0})
	}
	for range rng.IntN(5) {
		m.Links = append(m.Links, "https://link.example/"+randomText(rng, 5))
	}
	return m
}

func TestEmbedsRandomMessagesStayWithinLimits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for k := range 200 {
		m := randomMessage(rng)
		es := commands.Embeds(m)
		checkLimits(t, es)
		if t.Failed() {
			t.Fatalf("message %d broke a limit: title %d, description %d, %d fields", k, len(m.Title), len(m.Description), len(m.Fields))
		}
	}
}

func FuzzEmbeds(f *testing.F) {
	f.Add("title", "description", "name", "value", "footer", 3)
	f.Add(strings.Repeat("é", 300), strings.Repeat("```\ncode\n", 900), "", "", strings.Repeat("x", 3000), 30)
	f.Add("@everyone", "@here <@1>", "\x00", "\xff\xfe", "", 0)
	f.Fuzz(func(t *testing.T, title, desc, name, value, footer string, fields int) {
		m := tracker.Message{Title: title, Description: strings.Repeat(desc, 1+len(desc)%7), Footer: footer, URL: desc}
		for k := range fields % 64 {
			m.Fields = append(m.Fields, tracker.Field{Name: name, Value: strings.Repeat(value, 1+k%5)})
		}
		checkLimits(t, commands.Embeds(m))
	})
}

func TestEmbedsSplitsLongContent(t *testing.T) {
	var lines []string
	for k := range 300 {
		lines = append(lines, strings.Repeat("x", 20)+" line "+string(rune('a'+k%26)))
	}
	m := tracker.Message{
		Title: "Long", Description: "```\n" + strings.Join(lines, "\n") + "\n```", Color: 0x123456,
		Fields: []tracker.Field{{Name: "Big", Value: strings.Repeat("word ", 300)}},
		Footer: "foot", Timestamp: time.Date(2026, 1, 10, 12, 0, 0, 0, time.UTC),
	}
	es := commands.Embeds(m)
	checkLimits(t, es)
	if len(es) < 2 {
		t.Fatalf("%d embeds, want the description split over several", len(es))
	}
	if es[0].Title != "Long" || es[1].Title != "" {
		t.Errorf("titles %q, %q: the title belongs on the first embed only", es[0].Title, es[1].Title)
	}
	for k, e := range es {
		if e.Color != 0x123456 {
			t.Errorf("embed %d colour %x", k, e.Color)
		}
		if e.Description != "" && strings.Count(e.Description, "```")%2 != 0 {
			t.Errorf("embed %d leaves a code block open:\n%s", k, e.Description)
		}
	}
	last := es[len(es)-1]
	if last.Footer == nil || !strings.HasSuffix(last.Footer.Text, "foot") || last.Timestamp != "2026-01-10T12:00:00Z" {
		t.Errorf("last embed footer %+v timestamp %q", last.Footer, last.Timestamp)
	}
}

func TestEmbedsTruncatesWhatDoesNotFit(t *testing.T) {
	m := tracker.Message{Title: "Many", Footer: "foot"}
	for k := range 100 {
		m.Fields = append(m.Fields, tracker.Field{Name: "field", Value: strings.Repeat(string(rune('a'+k%26)), 200)})
	}
	es := commands.Embeds(m)
	checkLimits(t, es)
	last := es[len(es)-1]
	if last.Footer == nil || last.Footer.Text != "… truncated · foot" {
		t.Errorf("footer = %+v, want the truncation note", last.Footer)
	}
	lastField := last.Fields[len(last.Fields)-1]
	if !strings.HasSuffix(lastField.Value, "…") && len(lastField.Value) == 200 && len(last.Fields) == commands.MaxFields {
		t.Logf("cut at a field boundary")
	}
}

func TestEmbedsKeepsEscapedTextAsIs(t *testing.T) {
	quote := report.Escape("el *gobierno* dijo @everyone: 400_liberados")
	m := tracker.Message{Title: "T", Description: "> " + quote, Fields: []tracker.Field{{Name: "", Value: ""}},
		URL: "javascript:alert(1)", Links: []string{"https://a.example/1", "https://a.example/1", "ftp://x"}}
	es := commands.Embeds(m)
	checkLimits(t, es)
	e := es[0]
	if want := "> " + quote + "\nhttps://a.example/1"; e.Description != want {
		t.Errorf("description = %q, want %q (no double escape, links appended once)", e.Description, want)
	}
	if e.URL != "" {
		t.Errorf("url = %q, want none", e.URL)
	}
	if f := e.Fields[0]; f.Name != "\u200b" || f.Value != "\u200b" {
		t.Errorf("empty field = %q/%q", f.Name, f.Value)
	}
	raw := commands.Embeds(tracker.Message{Description: "@everyone and @here"})
	if got := raw[0].Description; got != "@\u200beveryone and @\u200bhere" {
		t.Errorf("raw mentions = %q", got)
	}
}

func TestEmbedsOfEmptyMessage(t *testing.T) {
	es := commands.Embeds(tracker.Message{})
	checkLimits(t, es)
	if len(es) != 1 {
		t.Errorf("%d embeds", len(es))
	}
}

func TestNoMentions(t *testing.T) {
	am := commands.NoMentions()
	if am.Parse == nil || len(am.Parse) != 0 {
		t.Errorf("parse = %#v", am.Parse)
	}
}
