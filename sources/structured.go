package sources

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"github.com/itchyny/gojq"

	"github.com/gapwatch/gapwatch/sources/extract"
	"github.com/gapwatch/gapwatch/tracker"
)

// Limits of structured extraction.
const (
	// maxValuesPerRule is how many values one figures: rule may yield; a
	// selector matching more is too broad and yields a FieldMiss instead.
	maxValuesPerRule = 20
	// maxQuoteRunes bounds the quote kept as evidence.
	maxQuoteRunes = 300
	// jqTimeout bounds one gojq expression (a runaway `repeat` or `range`).
	jqTimeout = time.Second
)

// FieldMiss is a figures: rule that yielded no value: its selector matched
// nothing, its text held no number, or the rule itself is wrong. The caller
// turns these into moderator notices.
type FieldMiss struct {
	Rule   int    // index of the rule in Source.Figures
	Select string // the rule's select
	Reason string // what went wrong, for people
}

// ExtractFields reads the figures: rules of src from a parsed page and
// returns one extraction per value found, and one FieldMiss per rule that
// yielded none. How a rule's select is read depends on the page format:
//
//   - html: a CSS selector; each matching element's text (white space
//     collapsed) is one value.
//   - json: a gojq expression; each result is one value: a number, or a
//     string holding one.
//   - csv: a column name (case and surrounding space ignored). The value
//     is the column's cell in the last data row where it is not blank —
//     CSV sources are usually series that grow downwards, so the last row
//     is the current value. "Column[N]" takes data row N instead (1 is the
//     first row under the header; -1 the last, -2 the one before).
//   - text: a regular expression over the text; each match is one value
//     (its group named "value" when it has one and the rule no pattern).
//     An empty select takes the whole text.
//
// The optional pattern is a regular expression with a group named "value",
// applied to the selected text; the group's text is the number. Numbers are
// read by extract.ParseNumber ("1,234", Spanish "1.234", "1 234", words);
// when the whole text is not a number and the rule has no pattern, the one
// number written in digits inside it is taken ("Total: 1.234 personas"),
// and text with several such numbers is a FieldMiss asking for a pattern.
// A rule whose selector matches more than 20 elements is a FieldMiss too.
//
// Each extraction has the rule's metric, the actor's canonical name
// (tracker.FindActor), the rule's stance or else the actor's default
// stance, qualifier exact, origin structured, the selected text (trimmed,
// at most 300 characters) as its quote, Start and End 0 (structured values
// have no offsets in a text), the page's URL and the page item's key;
// AsOf is left to the caller. It returns an error only when doc is nil or
// is a feed, which has no structured fields; rules that are wrong (an
// invalid selector or pattern, an undeclared actor) are FieldMisses.
func ExtractFields(doc *Document, src tracker.Source, actors []tracker.Actor) ([]extract.Extraction, []FieldMiss, error) {
	if doc == nil {
		return nil, nil, fmt.Errorf("sources: extract fields of %s: no document", src.ID)
	}
	switch doc.Format {
	case tracker.FormatHTML, tracker.FormatJSON, tracker.FormatCSV, tracker.FormatText:
	default:
		if len(src.Figures) == 0 {
			return nil, nil, nil
		}
		return nil, nil, fmt.Errorf("sources: extract fields of %s: a %s feed has no structured fields; figures: needs an html, json, csv or text source", src.ID, doc.Format)
	}
	var out []extract.Extraction
	var misses []FieldMiss
	for i, rule := range src.Figures {
		miss := func(format string, args ...any) {
			misses = append(misses, FieldMiss{Rule: i, Select: rule.Select, Reason: fmt.Sprintf(format, args...)})
		}
		actor, ok := tracker.FindActor(actors, rule.Actor)
		if !ok {
			miss("actor %q is not declared", rule.Actor)
			continue
		}
		stance := rule.Stance
		if stance == "" {
			stance = actor.DefaultStance()
		}
		cr, err := compileRule(doc.Format, rule)
		if err != nil {
			miss("%v", err)
			continue
		}
		selected, err := cr.selectIn(doc)
		if err != nil {
			miss("%v", err)
			continue
		}
		if len(selected) == 0 {
			miss("%s matched nothing", cr.what())
			continue
		}
		if len(selected) > maxValuesPerRule {
			miss("%s matched %d values, more than %d: make it more precise", cr.what(), len(selected), maxValuesPerRule)
			continue
		}
		var reasons []string
		found := 0
		for _, sel := range selected {
			value, err := cr.number(sel)
			if err != nil {
				reasons = append(reasons, err.Error())
				continue
			}
			found++
			out = append(out, extract.Extraction{
				Metric:    rule.Metric,
				Value:     value,
				Qualifier: tracker.Exact,
				Stance:    stance,
				Actor:     actor.Name,
				Quote:     quote(sel.text),
				Origin:    tracker.OriginStructured,
				URL:       doc.url,
				ItemKey:   doc.itemKey(),
			})
		}
		if found == 0 {
			miss("%s", strings.Join(reasons, "; "))
		}
	}
	return out, misses, nil
}

// ValidateFieldRule checks that a figures: rule can be applied to a source
// of the given format: the selector, gojq expression or regular expression
// compiles, the pattern compiles and has a group named "value", and the
// format has structured fields. It returns an error saying what is wrong.
func ValidateFieldRule(format tracker.Format, rule tracker.FieldRule) error {
	switch format {
	case tracker.FormatHTML, tracker.FormatJSON, tracker.FormatCSV, tracker.FormatText:
	case tracker.FormatAuto:
		return nil // known only once fetched
	default:
		return fmt.Errorf("sources: figures: a %s source has no structured fields", format)
	}
	if _, err := compileRule(format, rule); err != nil {
		return fmt.Errorf("sources: figures: %w", err)
	}
	return nil
}

// compiledRule is a figures: rule ready to run on one format.
type compiledRule struct {
	format  tracker.Format
	rule    tracker.FieldRule
	css     cascadia.Selector
	jq      *gojq.Code
	column  string
	row     int // 0: last non-blank; N>0: data row N; N<0: from the end
	textRe  *regexp.Regexp
	pattern *regexp.Regexp
}

// selection is one selected piece of a page: its text, and for JSON a
// number that needs no parsing.
type selection struct {
	text       string
	number     json.Number
	isNumber   bool
	valueGroup string // the select's own "value" group (text format)
	hasGroup   bool
}

var csvRowSuffix = regexp.MustCompile(`^(.*?)\s*\[\s*(-?\d+)\s*\]$`)

func compileRule(format tracker.Format, rule tracker.FieldRule) (*compiledRule, error) {
	cr := &compiledRule{format: format, rule: rule}
	sel := strings.TrimSpace(rule.Select)
	switch format {
	case tracker.FormatHTML:
		if sel == "" {
			return nil, errors.New("the CSS selector is empty")
		}
		css, err := cascadia.Compile(sel)
		if err != nil {
			return nil, fmt.Errorf("CSS selector %q: %v", sel, err)
		}
		cr.css = css
	case tracker.FormatJSON:
		if sel == "" {
			sel = "."
		}
		q, err := gojq.Parse(sel)
		if err != nil {
			return nil, fmt.Errorf("gojq expression %q: %v", sel, err)
		}
		code, err := gojq.Compile(q)
		if err != nil {
			return nil, fmt.Errorf("gojq expression %q: %v", sel, err)
		}
		cr.jq = code
	case tracker.FormatCSV:
		if sel == "" {
			return nil, errors.New("the column name is empty")
		}
		cr.column = sel
		if m := csvRowSuffix.FindStringSubmatch(sel); m != nil {
			n, err := strconv.Atoi(m[2])
			if err != nil || n == 0 {
				return nil, fmt.Errorf("column %q: row %s: rows count from 1 (or from -1 at the end)", sel, m[2])
			}
			cr.column, cr.row = m[1], n
		}
	case tracker.FormatText:
		if sel != "" {
			re, err := regexp.Compile(sel)
			if err != nil {
				return nil, fmt.Errorf("regular expression %q: %v", sel, err)
			}
			cr.textRe = re
		}
	default:
		return nil, fmt.Errorf("a %s page has no structured fields", format)
	}
	if p := rule.Pattern; p != "" {
		re, err := regexp.Compile(p)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %v", p, err)
		}
		if re.SubexpIndex("value") < 0 {
			return nil, fmt.Errorf("pattern %q has no group named value, as in (?P<value>[0-9.,]+)", p)
		}
		cr.pattern = re
	}
	return cr, nil
}

// what names the selector for messages.
func (cr *compiledRule) what() string {
	switch cr.format {
	case tracker.FormatHTML:
		return fmt.Sprintf("CSS selector %q", cr.rule.Select)
	case tracker.FormatJSON:
		return fmt.Sprintf("gojq expression %q", cr.rule.Select)
	case tracker.FormatCSV:
		return fmt.Sprintf("column %q", cr.rule.Select)
	}
	if cr.textRe == nil {
		return "the text"
	}
	return fmt.Sprintf("regular expression %q", cr.rule.Select)
}

// selectIn returns the pieces of the page that the rule selects, or an
// error for a selection that cannot be made (an unknown column, a failing
// gojq expression).
func (cr *compiledRule) selectIn(doc *Document) ([]selection, error) {
	switch cr.format {
	case tracker.FormatHTML:
		if doc.html == nil {
			return nil, errors.New("the page was not parsed as HTML")
		}
		var out []selection
		doc.html.FindMatcher(cr.css).Each(func(_ int, s *goquery.Selection) {
			out = append(out, selection{text: collapse(s.Text())})
		})
		return out, nil
	case tracker.FormatJSON:
		return cr.selectJSON(doc.json)
	case tracker.FormatCSV:
		return cr.selectCSV(doc.csv)
	case tracker.FormatText:
		text := doc.text
		if cr.textRe == nil {
			return []selection{{text: strings.TrimSpace(text)}}, nil
		}
		vi := cr.textRe.SubexpIndex("value")
		var out []selection
		for _, m := range cr.textRe.FindAllStringSubmatchIndex(text, maxValuesPerRule+1) {
			s := selection{text: strings.TrimSpace(text[m[0]:m[1]])}
			if vi >= 0 && m[2*vi] >= 0 {
				s.valueGroup, s.hasGroup = text[m[2*vi]:m[2*vi+1]], true
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("a %s page has no structured fields", cr.format)
}

func (cr *compiledRule) selectJSON(v any) ([]selection, error) {
	ctx, cancel := context.WithTimeout(context.Background(), jqTimeout)
	defer cancel()
	iter := cr.jq.RunWithContext(ctx, v)
	var out []selection
	for len(out) <= maxValuesPerRule {
		r, ok := iter.Next()
		if !ok {
			break
		}
		switch r := r.(type) {
		case error:
			var halt *gojq.HaltError
			if errors.As(r, &halt) && halt.Value() == nil {
				return out, nil
			}
			return nil, fmt.Errorf("gojq expression %q: %v", cr.rule.Select, r)
		case nil:
			// null: nothing there (e.g. a missing key)
		case json.Number:
			out = append(out, selection{text: r.String(), number: r, isNumber: true})
		case int:
			out = append(out, selection{text: strconv.Itoa(r), number: json.Number(strconv.Itoa(r)), isNumber: true})
		case float64:
			t := strconv.FormatFloat(r, 'f', -1, 64)
			out = append(out, selection{text: t, number: json.Number(t), isNumber: true})
		case string:
			out = append(out, selection{text: strings.TrimSpace(r)})
		default:
			b, _ := gojq.Marshal(r)
			out = append(out, selection{text: string(b)})
		}
	}
	return out, nil
}

func (cr *compiledRule) selectCSV(t *csvTable) ([]selection, error) {
	if t == nil {
		return nil, errors.New("the page was not parsed as CSV")
	}
	col := t.column(cr.column)
	if col < 0 {
		// A column whose name itself ends in "[N]".
		if col = t.column(cr.rule.Select); col < 0 {
			return nil, fmt.Errorf("no column %q (the %s)", cr.column, t)
		}
		cr.row = 0
	}
	cell := func(row []string) string {
		if col < len(row) {
			return strings.TrimSpace(row[col])
		}
		return ""
	}
	switch {
	case cr.row == 0:
		for i := len(t.rows) - 1; i >= 0; i-- {
			if c := cell(t.rows[i]); c != "" {
				return []selection{{text: c}}, nil
			}
		}
		return nil, nil
	case cr.row > 0 && cr.row <= len(t.rows):
		return []selection{{text: cell(t.rows[cr.row-1])}}, nil
	case cr.row < 0 && -cr.row <= len(t.rows):
		return []selection{{text: cell(t.rows[len(t.rows)+cr.row])}}, nil
	}
	return nil, fmt.Errorf("column %q: there is no data row %d (the file has %d)", cr.column, cr.row, len(t.rows))
}

// digitNumber finds numbers written in digits, with thousands separators.
var digitNumber = regexp.MustCompile(`\d+(?:[.,\x{00A0}\x{202F}\x{2009} ]\d{3})*(?:[.,]\d+)?`)

// number reads the value of one selection, or says why there is none.
func (cr *compiledRule) number(s selection) (int64, error) {
	if s.isNumber {
		return jsonWholeNumber(s.number)
	}
	text := s.text
	switch {
	case cr.pattern != nil:
		m := cr.pattern.FindStringSubmatch(s.text)
		if m == nil {
			return 0, fmt.Errorf("pattern %q did not match %q", cr.rule.Pattern, quote(s.text))
		}
		text = m[cr.pattern.SubexpIndex("value")]
	case s.hasGroup:
		text = s.valueGroup
	}
	text = strings.TrimSpace(text)
	if text == "" {
		return 0, fmt.Errorf("%s selected empty text", cr.what())
	}
	v, err := extract.ParseNumber(text)
	if err == nil {
		return v, nil
	}
	candidates := digitNumber.FindAllString(text, 3)
	switch len(candidates) {
	case 0:
		return 0, fmt.Errorf("no number in %q", quote(text))
	case 1:
		v, err2 := extract.ParseNumber(strings.TrimSpace(candidates[0]))
		if err2 != nil {
			return 0, fmt.Errorf("no whole number in %q: %v", quote(text), err2)
		}
		return v, nil
	}
	return 0, fmt.Errorf("several numbers in %q (%s, …): give the rule a pattern with a group named value", quote(text), strings.Join(candidates[:2], ", "))
}

// jsonWholeNumber returns a JSON number that is a whole, non-negative
// count.
func jsonWholeNumber(n json.Number) (int64, error) {
	if v, err := n.Int64(); err == nil {
		if v < 0 {
			return 0, fmt.Errorf("%s is negative", n)
		}
		return v, nil
	}
	f, err := n.Float64()
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || f > 1e15 || f < 0 || f != math.Trunc(f) {
		return 0, fmt.Errorf("%s is not a whole number of at most 10^15", n)
	}
	return int64(f), nil
}

// quote trims text and cuts it to maxQuoteRunes runes.
func quote(text string) string {
	text = strings.TrimSpace(text)
	if utf8.RuneCountInString(text) <= maxQuoteRunes {
		return text
	}
	r := []rune(text)
	return strings.TrimSpace(string(r[:maxQuoteRunes-1])) + "…"
}

// itemKey is the key of a page's one item.
func (d *Document) itemKey() string {
	if len(d.Items) == 1 {
		return d.Items[0].Key
	}
	return ""
}
