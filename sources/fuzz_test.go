package sources

import (
	"testing"

	"github.com/gapwatch/gapwatch/tracker"
)

var fuzzFormats = []tracker.Format{
	tracker.FormatAuto, tracker.FormatRSS, tracker.FormatAtom, tracker.FormatHTML,
	tracker.FormatJSON, tracker.FormatCSV, tracker.FormatText,
}

// FuzzParse feeds arbitrary bytes to Parse in every format, and what
// parses to ExtractFields and ReadableText: none may panic.
func FuzzParse(f *testing.F) {
	for _, name := range []string{
		"article_en.html", "balance_es.html", "balance_latin1.html", "feed_en.rss", "feed_es.atom",
		"feed.json", "feed_latin1.rss", "figures.json", "figures.csv", "cifras_es.csv", "notes.txt",
		"malformed.xml", "malformed.json", "malformed.csv",
	} {
		b := fixture(f, name)
		for i := range fuzzFormats {
			f.Add(b, uint8(i))
		}
	}
	f.Add([]byte{}, uint8(0))
	f.Add([]byte("\xff\xfe<\x00"), uint8(0))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1","items":[{"id":null}]}`), uint8(1))
	rules := []tracker.FieldRule{
		{Metric: "m", Actor: "Foro Penal", Select: ".count"},
		{Metric: "m", Actor: "Foro Penal", Select: ".counts.released"},
		{Metric: "m", Actor: "Foro Penal", Select: "Released"},
		{Metric: "m", Actor: "Foro Penal", Select: `(?P<value>\d+)`},
		{Metric: "m", Actor: "Foro Penal", Select: "", Pattern: `(?P<value>[\d.,]+)`},
	}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		body, _, err := decodeToUTF8(data, "")
		if err != nil {
			body = data
		}
		doc, err := Parse(fuzzFormats[int(format)%len(fuzzFormats)], Response{Body: body})
		if err != nil {
			return
		}
		_, _, _ = ExtractFields(doc, tracker.Source{ID: "fuzz", Figures: rules}, testActors)
		_, _ = ReadableText(data, "")
	})
}
