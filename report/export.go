package report

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/gapwatch/gapwatch/tracker"
)

// ExportColumns are the columns of a figure export, in order: the CSV
// header and the JSON Lines field names.
var ExportColumns = []string{
	"id", "metric", "value", "value_high", "qualifier", "stance", "actor", "as_of", "status",
	"supersedes", "superseded_by", "evidence_url", "quote", "snapshot_hash", "permalink",
}

// The export formats.
const (
	ExportCSV   = "csv"
	ExportJSONL = "jsonl"
)

// ExportRow is one figure as an export lists it, with its first (earliest)
// evidence. Optional numbers are nil when unset: value_high unless the
// figure is a range, supersedes and superseded_by when there is no such
// figure, as_of when the figure has no date.
type ExportRow struct {
	ID           int64   `json:"id"`
	Metric       string  `json:"metric"`
	Value        int64   `json:"value"`
	ValueHigh    *int64  `json:"value_high"`
	Qualifier    string  `json:"qualifier"`
	Stance       string  `json:"stance"`
	Actor        string  `json:"actor"`
	AsOf         *string `json:"as_of"`
	Status       string  `json:"status"`
	Supersedes   *int64  `json:"supersedes"`
	SupersededBy *int64  `json:"superseded_by"`
	EvidenceURL  string  `json:"evidence_url"`
	Quote        string  `json:"quote"`
	SnapshotHash string  `json:"snapshot_hash"`
	Permalink    string  `json:"permalink"`
}

// NewExportRow returns f as an export row. The permalink is publicURL
// (without its trailing slash) followed by /f/ID, or the relative /f/ID
// when publicURL is empty.
func NewExportRow(f tracker.Figure, publicURL string) ExportRow {
	r := ExportRow{
		ID: f.ID, Metric: f.MetricID, Value: f.Value, Qualifier: string(f.Qualifier), Stance: string(f.Stance),
		Actor: f.Actor, Status: string(f.Status), Supersedes: optID(f.Supersedes), SupersededBy: optID(f.SupersededBy),
		EvidenceURL: f.Evidence.URL, Quote: f.Evidence.Quote, SnapshotHash: f.Evidence.SnapshotHash,
		Permalink: Permalink(publicURL, f.ID),
	}
	if f.Qualifier == tracker.Range {
		hi := f.ValueHigh
		r.ValueHigh = &hi
	}
	if d := f.Date(); !d.IsZero() {
		s := d.UTC().Format(time.DateOnly)
		r.AsOf = &s
	}
	return r
}

// Permalink is the address of figure id's page: publicURL + /f/ID, or the
// relative /f/ID when publicURL is empty.
func Permalink(publicURL string, id int64) string {
	for len(publicURL) > 0 && publicURL[len(publicURL)-1] == '/' {
		publicURL = publicURL[:len(publicURL)-1]
	}
	return publicURL + "/f/" + strconv.FormatInt(id, 10)
}

// crlf turns every line end into "\n": encoding/csv cannot carry a carriage
// return inside a field (its reader drops the one before a line feed, its
// CRLF writer a lone one), so a CSV field ends its lines with LF alone.
var crlf = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// record is the row as CSV fields, in ExportColumns order; nil numbers
// are empty fields and line ends in text are "\n".
func (r ExportRow) record() []string {
	opt := func(p *int64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatInt(*p, 10)
	}
	asOf := ""
	if r.AsOf != nil {
		asOf = *r.AsOf
	}
	rec := []string{
		strconv.FormatInt(r.ID, 10), r.Metric, strconv.FormatInt(r.Value, 10), opt(r.ValueHigh), r.Qualifier, r.Stance,
		r.Actor, asOf, r.Status, opt(r.Supersedes), opt(r.SupersededBy), r.EvidenceURL, r.Quote, r.SnapshotHash, r.Permalink,
	}
	for i, f := range rec {
		if strings.ContainsRune(f, '\r') {
			rec[i] = crlf.Replace(f)
		}
	}
	return rec
}

// ExportWriter writes export rows one at a time to an io.Writer, buffered;
// Close flushes what is buffered. Write and Close return the first write
// error.
type ExportWriter interface {
	Write(ExportRow) error
	Close() error
}

// NewExportWriter returns a writer of format (ExportCSV or ExportJSONL)
// on w. The CSV form (RFC 4180, CRLF line ends, via encoding/csv) starts
// with the header row ExportColumns; text is written verbatim, formula
// prefixes (=, +, -, @) included, except that a carriage return inside a
// field becomes a line feed. JSON Lines keep text exactly. It returns an error naming the format
// for any other format.
func NewExportWriter(w io.Writer, format string) (ExportWriter, error) {
	switch format {
	case ExportCSV:
		cw := csv.NewWriter(w)
		cw.UseCRLF = true
		if err := cw.Write(ExportColumns); err != nil {
			return nil, err
		}
		return &csvExport{w: cw}, nil
	case ExportJSONL:
		bw := bufio.NewWriterSize(w, 64<<10)
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		return &jsonlExport{w: bw, enc: enc}, nil
	}
	return nil, fmt.Errorf("export format %q is not one of csv, jsonl", format)
}

type csvExport struct{ w *csv.Writer }

func (e *csvExport) Write(r ExportRow) error {
	if err := e.w.Write(r.record()); err != nil {
		return err
	}
	return e.w.Error()
}

func (e *csvExport) Close() error {
	e.w.Flush()
	return e.w.Error()
}

type jsonlExport struct {
	w   *bufio.Writer
	enc *json.Encoder
}

func (e *jsonlExport) Write(r ExportRow) error { return e.enc.Encode(r) }
func (e *jsonlExport) Close() error            { return e.w.Flush() }
