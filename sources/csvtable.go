package sources

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
)

// csvTable is a CSV body read by column name: the header row and the data
// rows.
type csvTable struct {
	header []string // trimmed as written
	rows   [][]string
}

// parseCSV reads a CSV body whose first row names the columns. The
// separator is the one of comma, semicolon and tab that the header line
// uses most (semicolons are usual where the comma is the decimal mark).
// Rows may have fewer or more fields than the header. It returns an error
// with the line for malformed quoting, and for a body without a header.
func parseCSV(body []byte) (*csvTable, error) {
	r := csv.NewReader(bytes.NewReader(body))
	r.Comma = csvSeparator(body)
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	records, err := r.ReadAll()
	if err != nil {
		return nil, err
	}
	if len(records) == 0 {
		return nil, errors.New("no header row")
	}
	t := &csvTable{header: make([]string, len(records[0])), rows: records[1:]}
	for i, h := range records[0] {
		t.header[i] = strings.TrimSpace(h)
	}
	return t, nil
}

// csvSeparator picks the separator the header line uses most, outside
// quotes; comma when there is a tie or none.
func csvSeparator(body []byte) rune {
	line := body
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	counts := map[byte]int{}
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case !quoted && (c == ',' || c == ';' || c == '\t'):
			counts[c]++
		}
	}
	best := byte(',')
	for _, c := range []byte{';', '\t'} {
		if counts[c] > counts[best] {
			best = c
		}
	}
	return rune(best)
}

// column returns the index of the column named name, ignoring case and
// surrounding space, or -1.
func (t *csvTable) column(name string) int {
	name = strings.TrimSpace(name)
	for i, h := range t.header {
		if strings.EqualFold(h, name) {
			return i
		}
	}
	return -1
}

// String names the columns, for error messages.
func (t *csvTable) String() string {
	return fmt.Sprintf("columns %q", t.header)
}
