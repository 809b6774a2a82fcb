package sources

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/gapwatch/gapwatch/tracker"
)

var testActors = []tracker.Actor{
	{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal Venezolano"}},
	{Name: "Gobierno de Venezuela", Role: tracker.Claimant, Aliases: []string{"Government of Venezuela", "gobierno"}},
}

// fieldResult is one extraction or one miss, flattened for comparison.
type fieldResult struct {
	value  int64
	stance tracker.Stance
	actor  string
	quote  string
	miss   string // part of the miss reason, for misses
}

func (r fieldResult) String() string {
	if r.miss != "" {
		return "miss(" + r.miss + ")"
	}
	return fmt.Sprintf("%d %s %s %q", r.value, r.stance, r.actor, r.quote)
}

func TestExtractFields(t *testing.T) {
	fp, gov := "Foro Penal", "Gobierno de Venezuela"
	ok := func(v int64, actor string, stance tracker.Stance, quote string) fieldResult {
		return fieldResult{value: v, actor: actor, stance: stance, quote: quote}
	}
	miss := func(reason string) fieldResult { return fieldResult{miss: reason} }
	conf, claim := tracker.Confirmed, tracker.Claimed

	tests := []struct {
		name    string
		fixture string
		format  tracker.Format
		ct      string
		rule    tracker.FieldRule
		want    []fieldResult
	}{
		// HTML, Spanish
		{"css count", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#released .count", Actor: fp},
			[]fieldResult{ok(56, fp, conf, "56")}},
		{"Spanish thousands inside text", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#detained .count", Actor: fp},
			[]fieldResult{ok(1234, fp, conf, "Total actual: 1.234 personas")}},
		{"Spanish words", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#words .count", Actor: fp},
			[]fieldResult{ok(456, fp, conf, "cuatrocientos cincuenta y seis")}},
		{"several numbers need a pattern", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#spaced .count", Actor: fp},
			[]fieldResult{miss("several numbers")}},
		{"pattern picks the value, space thousands", "balance_es.html", tracker.FormatHTML, "",
			tracker.FieldRule{Select: "#spaced .count", Pattern: `:\s*(?P<value>[\d ]+)$`, Actor: fp},
			[]fieldResult{ok(18342, fp, conf, "Detenciones arbitrarias desde 2014: 18 342")}},
		{"pattern that does not match", "balance_es.html", tracker.FormatHTML, "",
			tracker.FieldRule{Select: "#released .count", Pattern: `total (?P<value>\d+)`, Actor: fp},
			[]fieldResult{miss("did not match")}},
		{"no number", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#empty .count", Actor: fp},
			[]fieldResult{miss(`no number in "sin datos"`)}},
		{"selector matching nothing", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#gone .count", Actor: fp},
			[]fieldResult{miss(`CSS selector "#gone .count" matched nothing`)}},
		{"invalid selector", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "p[", Actor: fp},
			[]fieldResult{miss(`CSS selector "p["`)}},
		{"pattern without value group", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: ".count", Pattern: `(\d+)`, Actor: fp},
			[]fieldResult{miss("no group named value")}},
		{"stance from the rule", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#released .count", Actor: fp, Stance: claim},
			[]fieldResult{ok(56, fp, claim, "56")}},
		{"actor alias made canonical", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#released .count", Actor: "foro penal venezolano"},
			[]fieldResult{ok(56, fp, conf, "56")}},
		{"undeclared actor", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#released .count", Actor: "Nobody"},
			[]fieldResult{miss(`actor "Nobody" is not declared`)}},
		{"empty selector", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: " ", Actor: fp},
			[]fieldResult{miss("empty")}},
		{"too broad", "balance_es.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "*", Actor: fp},
			[]fieldResult{miss("more than 20")}},

		// HTML, English, each match a value
		{"each match", "article_en.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#released .count", Actor: gov},
			[]fieldResult{ok(56, gov, claim, "56"), ok(400, gov, claim, "400")}},
		{"one row", "article_en.html", tracker.FormatHTML, "", tracker.FieldRule{Select: "#released tr.claimed td.count", Actor: "Government of Venezuela"},
			[]fieldResult{ok(400, gov, claim, "400")}},

		// Latin-1 HTML, decoded
		{"latin-1 page", "balance_latin1.html", tracker.FormatHTML, "text/html", tracker.FieldRule{Select: "#resumen", Actor: fp},
			[]fieldResult{ok(56, fp, conf, "Excarcelaciones verificadas: 56")}},
		{"latin-1 words", "balance_latin1.html", tracker.FormatHTML, "text/html",
			tracker.FieldRule{Select: "#contenido p:nth-of-type(2)", Pattern: `más de (?P<value>\p{L}+)`, Actor: gov},
			[]fieldResult{ok(400, gov, claim, "La organización documentó cada caso con la familia o el abogado defensor. Según el gobierno, las excarcelaciones serían más de cuatrocientas.")}},

		// JSON
		{"json number", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".counts.released", Actor: fp},
			[]fieldResult{ok(56, fp, conf, "56")}},
		{"json string with Spanish thousands", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".counts.political_prisoners", Actor: fp},
			[]fieldResult{ok(1234, fp, conf, "1.234")}},
		{"json string with words around", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".counts.claimed_by_government", Actor: gov},
			[]fieldResult{ok(400, gov, claim, "about 400 people")}},
		{"json last of a series", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".series[-1].released", Actor: fp},
			[]fieldResult{ok(56, fp, conf, "56")}},
		{"json each result", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".series[].released", Actor: fp},
			[]fieldResult{ok(40, fp, conf, "40"), ok(51, fp, conf, "51"), ok(56, fp, conf, "56")}},
		{"json computed", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: "[.series[].released] | max", Actor: fp},
			[]fieldResult{ok(56, fp, conf, "56")}},
		{"json fraction", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".fraction", Actor: fp},
			[]fieldResult{miss("12.5 is not a whole number")}},
		{"json null", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".note", Actor: fp},
			[]fieldResult{miss("matched nothing")}},
		{"json missing key", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".counts.nope", Actor: fp},
			[]fieldResult{miss("matched nothing")}},
		{"json object", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".counts", Actor: fp},
			[]fieldResult{miss("several numbers")}},
		{"json invalid expression", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: ".counts[", Actor: fp},
			[]fieldResult{miss(`gojq expression ".counts["`)}},
		{"json runtime error", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: `.counts.released | ascii_downcase`, Actor: fp},
			[]fieldResult{miss("gojq expression")}},
		{"json too many", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: `range(1000)`, Actor: fp},
			[]fieldResult{miss("more than 20")}},
		{"json endless", "figures.json", tracker.FormatJSON, "", tracker.FieldRule{Select: `repeat(1)`, Actor: fp},
			[]fieldResult{miss("more than 20")}},

		// CSV
		{"csv last row", "figures.csv", tracker.FormatCSV, "", tracker.FieldRule{Select: "Released", Actor: fp},
			[]fieldResult{ok(56, fp, conf, "56")}},
		{"csv column name folded", "figures.csv", tracker.FormatCSV, "", tracker.FieldRule{Select: "  claimed BY government ", Actor: gov},
			[]fieldResult{ok(400, gov, claim, "400")}},
		{"csv first row", "figures.csv", tracker.FormatCSV, "", tracker.FieldRule{Select: "Released[1]", Actor: fp},
			[]fieldResult{ok(40, fp, conf, "40")}},
		{"csv row from the end", "figures.csv", tracker.FormatCSV, "", tracker.FieldRule{Select: "Released[-2]", Actor: fp},
			[]fieldResult{ok(51, fp, conf, "51")}},
		{"csv last non-blank", "figures.csv", tracker.FormatCSV, "", tracker.FieldRule{Select: "Notes", Actor: fp},
			[]fieldResult{miss(`no number in "latest, verified"`)}},
		{"csv no such row", "figures.csv", tracker.FormatCSV, "", tracker.FieldRule{Select: "Released[9]", Actor: fp},
			[]fieldResult{miss("no data row 9")}},
		{"csv no such column", "figures.csv", tracker.FormatCSV, "", tracker.FieldRule{Select: "Freed", Actor: fp},
			[]fieldResult{miss(`no column "Freed"`)}},
		{"csv semicolons and Spanish thousands", "cifras_es.csv", tracker.FormatCSV, "", tracker.FieldRule{Select: "PRESOS POLÍTICOS", Actor: fp},
			[]fieldResult{ok(1234, fp, conf, "1.234")}},

		// text
		{"text regexp with value group", "notes.txt", tracker.FormatText, "", tracker.FieldRule{Select: `releases this week: (?P<value>\d+)`, Actor: fp},
			[]fieldResult{ok(56, fp, conf, "releases this week: 56")}},
		{"text regexp and pattern, words", "notes.txt", tracker.FormatText, "", tracker.FieldRule{Select: `Government claim: .*`, Pattern: `claim: (?P<value>.+)`, Actor: gov},
			[]fieldResult{ok(400, gov, claim, "Government claim: four hundred")}},
		{"text whole", "notes.txt", tracker.FormatText, "", tracker.FieldRule{Select: "", Actor: fp},
			[]fieldResult{miss("several numbers")}},
		{"text no match", "notes.txt", tracker.FormatText, "", tracker.FieldRule{Select: `Released total: \d+`, Actor: fp},
			[]fieldResult{miss("matched nothing")}},
		{"text invalid regexp", "notes.txt", tracker.FormatText, "", tracker.FieldRule{Select: `(unclosed`, Actor: fp},
			[]fieldResult{miss("regular expression")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseFixture(t, tt.format, tt.fixture, tt.ct)
			tt.rule.Metric = "ve-prisoners-released"
			src := tracker.Source{ID: "src", Figures: []tracker.FieldRule{tt.rule}}
			exts, misses, err := ExtractFields(doc, src, testActors)
			if err != nil {
				t.Fatalf("ExtractFields: %v", err)
			}
			var got []fieldResult
			for _, e := range exts {
				got = append(got, fieldResult{value: e.Value, stance: e.Stance, actor: e.Actor, quote: e.Quote})
				if e.Metric != "ve-prisoners-released" || e.Qualifier != tracker.Exact || e.Origin != tracker.OriginStructured ||
					e.Start != 0 || e.End != 0 || e.ValueHigh != 0 || e.ActorFromFallback {
					t.Errorf("extraction %+v: want metric, exact, structured, no offsets", e)
				}
				if e.URL != "https://example.org/"+tt.fixture || e.ItemKey != doc.Items[0].Key {
					t.Errorf("extraction URL %q key %q, want the page's", e.URL, e.ItemKey)
				}
			}
			for _, m := range misses {
				if m.Rule != 0 || m.Select != tt.rule.Select {
					t.Errorf("miss %+v does not name rule 0 and its select", m)
				}
				got = append(got, fieldResult{miss: m.Reason})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if (w.miss == "") != (g.miss == "") || (w.miss != "" && !strings.Contains(g.miss, w.miss)) ||
					(w.miss == "" && g.String() != w.String()) {
					t.Errorf("result %d = %v, want %v", i, g, w)
				}
			}
		})
	}
}

func TestExtractFieldsSeveralRules(t *testing.T) {
	doc := parseFixture(t, tracker.FormatHTML, "balance_es.html", "")
	src := tracker.Source{ID: "foro", Figures: []tracker.FieldRule{
		{Metric: "released", Actor: "Foro Penal", Select: "#released .count"},
		{Metric: "detained", Actor: "Foro Penal", Select: "#nothing"},
		{Metric: "detained", Actor: "Foro Penal", Select: "#detained .count"},
	}}
	exts, misses, err := ExtractFields(doc, src, testActors)
	if err != nil {
		t.Fatal(err)
	}
	if len(exts) != 2 || exts[0].Metric != "released" || exts[1].Metric != "detained" || exts[1].Value != 1234 {
		t.Errorf("extractions = %+v, want released 56 and detained 1234", exts)
	}
	if len(misses) != 1 || misses[0].Rule != 1 || misses[0].Select != "#nothing" {
		t.Errorf("misses = %+v, want rule 1", misses)
	}
}

func TestExtractFieldsErrors(t *testing.T) {
	feed := parseFixture(t, tracker.FormatRSS, "feed_en.rss", "")
	src := tracker.Source{ID: "news", Figures: []tracker.FieldRule{{Metric: "m", Actor: "Foro Penal", Select: "x"}}}
	if _, _, err := ExtractFields(feed, src, testActors); err == nil || !strings.Contains(err.Error(), "news") {
		t.Errorf("ExtractFields(feed) error = %v, want one naming the source", err)
	}
	if _, _, err := ExtractFields(nil, src, testActors); err == nil {
		t.Error("ExtractFields(nil) succeeded")
	}
	exts, misses, err := ExtractFields(feed, tracker.Source{ID: "news"}, testActors)
	if err != nil || exts != nil || misses != nil {
		t.Errorf("ExtractFields(feed, no rules) = %v, %v, %v; want nothing", exts, misses, err)
	}
}

func TestExtractFieldsQuoteIsBounded(t *testing.T) {
	long := strings.Repeat("palabra ", 100) + "56"
	doc, err := Parse(tracker.FormatHTML, Response{Body: []byte(`<p id="x">` + long + `</p>`)})
	if err != nil {
		t.Fatal(err)
	}
	exts, _, err := ExtractFields(doc, tracker.Source{Figures: []tracker.FieldRule{{Metric: "m", Actor: "Foro Penal", Select: "#x"}}}, testActors)
	if err != nil || len(exts) != 1 {
		t.Fatalf("ExtractFields = %v, %v", exts, err)
	}
	if n := utf8.RuneCountInString(exts[0].Quote); n != maxQuoteRunes || !strings.HasSuffix(exts[0].Quote, "…") {
		t.Errorf("quote has %d runes (%q), want %d ending in …", n, exts[0].Quote, maxQuoteRunes)
	}
	if exts[0].Value != 56 {
		t.Errorf("value = %d, want 56", exts[0].Value)
	}
}

func TestValidateFieldRule(t *testing.T) {
	tests := []struct {
		format tracker.Format
		rule   tracker.FieldRule
		ok     bool
	}{
		{tracker.FormatHTML, tracker.FieldRule{Select: "#released .count"}, true},
		{tracker.FormatHTML, tracker.FieldRule{Select: "div >"}, false},
		{tracker.FormatHTML, tracker.FieldRule{Select: ".x", Pattern: `(?P<value>\d+)`}, true},
		{tracker.FormatHTML, tracker.FieldRule{Select: ".x", Pattern: `(\d+)`}, false},
		{tracker.FormatHTML, tracker.FieldRule{Select: ".x", Pattern: `(?P<value>\d+`}, false},
		{tracker.FormatJSON, tracker.FieldRule{Select: ".a.b[0]"}, true},
		{tracker.FormatJSON, tracker.FieldRule{Select: ".a |"}, false},
		{tracker.FormatJSON, tracker.FieldRule{Select: "undefined_function"}, false},
		{tracker.FormatCSV, tracker.FieldRule{Select: "Released[2]"}, true},
		{tracker.FormatCSV, tracker.FieldRule{Select: "Released[0]"}, false},
		{tracker.FormatCSV, tracker.FieldRule{Select: ""}, false},
		{tracker.FormatText, tracker.FieldRule{Select: `\d+`}, true},
		{tracker.FormatText, tracker.FieldRule{Select: `(`}, false},
		{tracker.FormatRSS, tracker.FieldRule{Select: "x"}, false},
		{tracker.FormatAuto, tracker.FieldRule{Select: "anything"}, true},
	}
	for _, tt := range tests {
		err := ValidateFieldRule(tt.format, tt.rule)
		if (err == nil) != tt.ok {
			t.Errorf("ValidateFieldRule(%s, %q %q) = %v, want ok %v", tt.format, tt.rule.Select, tt.rule.Pattern, err, tt.ok)
		}
	}
}
