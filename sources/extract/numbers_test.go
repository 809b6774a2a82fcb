package extract

import (
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		// digits and separators
		{"56", 56},
		{"0", 0},
		{" 56 ", 56},
		{"1,234", 1234},
		{"1.234", 1234},
		{"1 234", 1234},
		{"1\u00a0234", 1234},
		{"1\u2009234", 1234},
		{"1\u202f234", 1234},
		{"1,234,567", 1234567},
		{"1.234.567", 1234567},
		{"1 234 567", 1234567},
		{"12,500", 12500},
		{"400", 400},
		{"2026", 2026},
		// decimals with a scale word
		{"1.5 million", 1500000},
		{"2,5 millones", 2500000},
		{"0.5 million", 500000},
		{"1,234.5 million", 1234500000},
		{"1.234,5 millones", 1234500000},
		{"3 mil", 3000},
		{"56 mil", 56000},
		{"2 mil millones", 2000000000},
		{"1,5 mil millones", 1500000000},
		{"400 thousand", 400000},
		{"2 million", 2000000},
		{"1.2 billion", 1200000000},
		{"1.250 millones", 1250000000},
		{"2 mil 500", 2500},
		// English words
		{"one", 1},
		{"four", 4},
		{"twelve", 12},
		{"twenty", 20},
		{"fifty-six", 56},
		{"Fifty-Six", 56},
		{"fifty six", 56},
		{"four hundred", 400},
		{"a hundred", 100},
		{"four hundred and fifty-six", 456},
		{"four hundred fifty-six", 456},
		{"twelve hundred", 1200},
		{"one thousand two hundred", 1200},
		{"two thousand and five", 2005},
		{"a thousand", 1000},
		{"a dozen", 12},
		{"two dozen", 24},
		{"half a dozen", 6},
		{"a million", 1000000},
		{"half a million", 500000},
		{"two and a half million", 2500000},
		{"three million four hundred thousand", 3400000},
		{"nine hundred ninety-nine thousand nine hundred ninety-nine", 999999},
		// Spanish words
		{"cuatrocientos cincuenta y seis", 456},
		{"Cuatrocientos Cincuenta y Seis", 456},
		{"una docena", 12},
		{"dos docenas", 24},
		{"media docena", 6},
		{"un millón", 1000000},
		{"un millon", 1000000},
		{"medio millón", 500000},
		{"eight lakh", 800000},
		{"17,36,174", 1736174},
		{"1,23,45,678", 12345678},
		{"2 crore", 20000000},
		{"3.5 lakh", 350000},
		{"un millón y medio", 1500000},
		{"millón y medio", 1500000},
		{"dos millones y medio", 2500000},
		{"a million and a half", 1500000},
		{"millón", 1000000},
		{"mil", 1000},
		{"mil doscientos", 1200},
		{"veintiuno", 21},
		{"veintiún", 21},
		{"veintidós", 22},
		{"dieciséis", 16},
		{"cien", 100},
		{"ciento uno", 101},
		{"ciento veinte", 120},
		{"treinta y dos", 32},
		{"quinientas", 500},
		{"dos mil", 2000},
		{"dos mil quinientos", 2500},
		{"dos millones quinientos mil", 2500000},
		{"dos mil millones", 2000000000},
		{"tres millones", 3000000},
		{"novecientos noventa y nueve", 999},
		{"cincuenta y seis mil cuatrocientos", 56400},
		{"once", 11},
		{"un centenar", 100},
		{"dos centenares", 200},
		{"un millar", 1000},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if err != nil {
			t.Errorf("ParseNumber(%q) error: %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseNumber(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct {
		in      string
		wantErr string // a fragment of the message
	}{
		{"", "empty"},
		{"   ", "empty"},
		{"3.5", "scale"},
		{"2,5", "scale"},
		{"1,2345", "scale"},
		{"12,34", "scale"},
		{"1.234,56", "scale"},
		{"1,234.5", "scale"},
		{"dozens", "vague"},
		{"hundreds", "vague"},
		{"thousands", "vague"},
		{"decenas", "vague"},
		{"cientos", "vague"},
		{"miles", "vague"},
		{"docenas", "vague"},
		{"centenares", "vague"},
		{"millares", "vague"},
		{"millones", "vague"},
		{"abc", "not a number word"},
		{"56 prisoners", "not a number word"},
		{"first", "not a number word"},
		{"tercero", "not a number word"},
		{"XIV", "not a number word"},
		{"five six", "impossible order"},
		{"twenty thirty", "impossible order"},
		{"trescientos y cuatrocientos", "impossible order"},
		{"thousand thousand", "needs a number"},
		{"two thousand three thousand", "twice"},
		{"a", "alone"},
		{"y", "impossible order"},
		{"four and", "impossible order"},
		{"-5", "not a digit"},
		{"+58", "not a digit"},
		{"1,,2", "without digits"},
		{"1.", "ends with a separator"},
		{".5", "without digits"},
		{"12,3,456", "grouping"},
		{"1234,567", "grouping"},
		{"0212", "leading zero"},
		{"10:30", "not a digit"},
		{"8/1/2026", "not a digit"},
		{"40%", "not a digit"},
		{"$400", "not a digit"},
		{"99999999999999999", "too large"},
		{"1,000,000,000,000,000,000", "too large"},
		{"hundred", "needs a number"},
		{"dozen", "needs a number"},
		{"million", "needs a number"},
		{"un millón y cinco", "impossible order"},
		{"1.0000005 million", "whole"},
	}
	for _, tt := range tests {
		got, err := ParseNumber(tt.in)
		if err == nil {
			t.Errorf("ParseNumber(%q) = %d, want an error containing %q", tt.in, got, tt.wantErr)
			continue
		}
		if !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("ParseNumber(%q) error = %q, want it to contain %q", tt.in, err, tt.wantErr)
		}
		if !strings.HasPrefix(err.Error(), "extract: parse number") {
			t.Errorf("ParseNumber(%q) error = %q, want the package prefix", tt.in, err)
		}
		if got != 0 {
			t.Errorf("ParseNumber(%q) = %d with an error, want 0", tt.in, got)
		}
	}
}
