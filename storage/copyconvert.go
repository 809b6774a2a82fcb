package storage

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// convertTo returns the conversion of an SQLite value to a PostgreSQL
// column of type typ (information_schema's data_type). Both schemas keep
// booleans as 0/1 integers and times as fixed-width UTC text, so most
// values pass as they are; the conversions cover SQLite's dynamic typing
// (a number in a text column, text in a number column) and columns a
// later PostgreSQL-only migration may type natively (boolean, timestamps).
func convertTo(typ string) func(any) (any, error) {
	switch typ {
	case "bigint", "integer", "smallint":
		return func(v any) (any, error) {
			switch x := v.(type) {
			case nil, int64:
				return x, nil
			case float64:
				if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
					return int64(x), nil
				}
			case bool:
				if x {
					return int64(1), nil
				}
				return int64(0), nil
			case string, []byte:
				if i, err := strconv.ParseInt(strings.TrimSpace(asString(x)), 10, 64); err == nil {
					return i, nil
				}
			}
			return nil, fmt.Errorf("%s cannot be stored in a %s column", describe(v), typ)
		}
	case "double precision", "real", "numeric":
		return func(v any) (any, error) {
			switch x := v.(type) {
			case nil, float64:
				return x, nil
			case int64:
				return float64(x), nil
			case string, []byte:
				if f, err := strconv.ParseFloat(strings.TrimSpace(asString(x)), 64); err == nil {
					return f, nil
				}
			}
			return nil, fmt.Errorf("%s cannot be stored in a %s column", describe(v), typ)
		}
	case "boolean":
		return func(v any) (any, error) {
			switch x := v.(type) {
			case nil, bool:
				return x, nil
			case int64:
				return x != 0, nil
			case string, []byte:
				if b, err := strconv.ParseBool(asString(x)); err == nil {
					return b, nil
				}
			}
			return nil, fmt.Errorf("%s cannot be stored in a boolean column", describe(v))
		}
	case "timestamp with time zone", "timestamp without time zone":
		return func(v any) (any, error) {
			switch x := v.(type) {
			case nil, time.Time:
				return x, nil
			case string, []byte:
				if asString(x) == "" {
					return nil, nil
				}
				for _, layout := range []string{timeLayout, time.RFC3339Nano} {
					if t, err := time.Parse(layout, asString(x)); err == nil {
						return t.UTC(), nil
					}
				}
			}
			return nil, fmt.Errorf("%s is not a time", describe(v))
		}
	case "bytea":
		return func(v any) (any, error) {
			switch x := v.(type) {
			case nil, []byte:
				return x, nil
			case string:
				return []byte(x), nil
			}
			return nil, fmt.Errorf("%s cannot be stored in a bytea column", describe(v))
		}
	case "text", "character varying", "character", "json", "jsonb":
		return func(v any) (any, error) {
			switch x := v.(type) {
			case nil, string:
				return x, nil
			case []byte:
				return string(x), nil
			case int64:
				return strconv.FormatInt(x, 10), nil
			case float64:
				return strconv.FormatFloat(x, 'g', -1, 64), nil
			case time.Time:
				return x.UTC().Format(timeLayout), nil
			case bool:
				return strconv.FormatBool(x), nil
			}
			return nil, fmt.Errorf("%s cannot be stored in a %s column", describe(v), typ)
		}
	}
	return func(v any) (any, error) { return v, nil }
}

func asString(v any) string {
	if b, ok := v.([]byte); ok {
		return string(b)
	}
	return v.(string)
}

// describe names a value for an error: its type and a short quote.
func describe(v any) string {
	switch x := v.(type) {
	case string, []byte:
		s := asString(x)
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		return fmt.Sprintf("text %q", s)
	case int64:
		return fmt.Sprintf("integer %d", x)
	case float64:
		return fmt.Sprintf("real %g", x)
	}
	return fmt.Sprintf("%T %v", v, v)
}
