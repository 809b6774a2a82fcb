package sources

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gapwatch/gapwatch/sources/extract"
	"github.com/gapwatch/gapwatch/tracker"
)

// TestArticleTextLeavesBoilerplateOut reads saved news pages whose menus,
// teasers, "most read" lists, captions, inline promotions, comment counts
// and footers are full of numbers: the prose a claims source reads is the
// article alone, so no figure can come from the boilerplate.
func TestArticleTextLeavesBoilerplateOut(t *testing.T) {
	metrics := []tracker.Metric{
		{ID: "deaths", Keywords: []string{"deaths", "killed", "died", "muertos"}},
		{ID: "released", Keywords: []string{"released", "excarcelaciones", "liberados"}},
		{ID: "deported", Keywords: []string{"deportations", "deported"}},
	}
	actors := []tracker.Actor{
		{Name: "UN OCHA", Role: tracker.Confirmer, Aliases: []string{"United Nations humanitarian office", "OCHA"}},
		{Name: "Interior ministry", Role: tracker.Claimant, Aliases: []string{"interior ministry", "ministry"}},
		{Name: "Foro Penal", Role: tracker.Confirmer, Aliases: []string{"Foro Penal", "Alfredo Romero"}},
		{Name: "Government", Role: tracker.Claimant, Aliases: []string{"Gobierno", "Diosdado Cabello", "government"}},
		{Name: "DHS", Role: tracker.Claimant, Aliases: []string{"Department of Homeland Security", "DHS"}},
		{Name: "TRAC", Role: tracker.Confirmer, Aliases: []string{"TRAC"}},
	}
	ex := extract.New(metrics, actors)
	tests := []struct {
		page string
		// the article's own sentences, one of which every figure must quote
		article []string
		// text of the page that is not the article, which must not be read
		boilerplate []string
	}{
		{
			page: "quake_en.html",
			article: []string{"has risen to 2,012", "at least 2,059 people", "saying 1,305 people had died",
				"strongest to hit the country"},
			boilerplate: []string{"14 updates", "300 flights", "$1", "17 houses", "4,000 homeless", "250 arrested",
				"Storm kills 12", "Comments (318)", "9,000 died", "45 regional offices"},
		},
		{
			page: "excarcelaciones_es.html",
			article: []string{"ha verificado 56 excarcelaciones", "más de 400 personas", "863 personas",
				"desde hace 15 días"},
			boilerplate: []string{"22 actualizaciones", "5 dólares", "1.000 presos", "2.000 excarcelaciones",
				"700 presos políticos", "35 los muertos", "1.204", "1961"},
		},
		{
			page:    "deportations_en.html",
			article: []string{"more than 400,000 deportations", "at 285,000", "$3 billion"},
			boilerplate: []string{"Newsletters (8)", "6,000 in March", "300 migrants", "1,500 officers",
				"12,000 arrests", "10 questions", "1-800-555-0199"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.page, func(t *testing.T) {
			body, err := os.ReadFile(filepath.Join("testdata", "pages", tt.page))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(tracker.FormatHTML, Response{Body: body, FinalURL: "https://news.example/" + tt.page})
			if err != nil {
				t.Fatal(err)
			}
			text := doc.Items[0].Text
			for _, want := range tt.article {
				if !strings.Contains(text, want) {
					t.Errorf("the article text lacks %q:\n%s", want, text)
				}
			}
			for _, bad := range tt.boilerplate {
				if strings.Contains(text, bad) {
					t.Errorf("the article text holds boilerplate %q:\n%s", bad, text)
				}
			}
			figures := ex.Extract(text, nil)
			if len(figures) == 0 {
				t.Fatalf("no figure found in:\n%s", text)
			}
			for _, f := range figures {
				if !containsAny(f.Quote, tt.article) && !strings.HasPrefix(text, f.Quote) {
					t.Errorf("figure %d (%s, %s) quotes %q, outside the article's paragraphs", f.Value, f.Metric, f.Actor, f.Quote)
				}
			}
			// The page's own reader keeps what the hand-written reader
			// would also have read: the structured selectors still see
			// the whole page.
			if doc.html.Find("aside, .lo-mas-leido, .sidebar").Length() == 0 {
				t.Errorf("the parsed page lost its boilerplate elements: structured selectors read the raw page")
			}
		})
	}
}

func containsAny(s string, parts []string) bool {
	for _, p := range parts {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// TestArticleTextFallsBack: a page where Readability finds no article
// (a bare fragment) is read by the hand-written reader.
func TestArticleTextFallsBack(t *testing.T) {
	title, text := ArticleText([]byte("<p>Foro Penal counted 56 releases.</p>"), "")
	if title != "" || text != "Foro Penal counted 56 releases." {
		t.Errorf("ArticleText = %q, %q; want no title and the paragraph", title, text)
	}
	if _, text := ArticleText(nil, "::not a url"); text != "" {
		t.Errorf("ArticleText(nil) = %q, want empty", text)
	}
}
