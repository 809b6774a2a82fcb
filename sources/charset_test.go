package sources

import (
	"testing"
)

func TestDecodeToUTF8(t *testing.T) {
	latin1 := "presos pol\xedticos: 56" // ISO-8859-1 bytes
	tests := []struct {
		name, contentType, body string
		want, wantCharset       string
	}{
		{"utf-8 undeclared", "", "presos políticos", "presos políticos", "utf-8"},
		{"latin-1 from Content-Type", "text/html; charset=ISO-8859-1", latin1, "presos políticos: 56", "windows-1252"},
		{"latin-1 undeclared falls back", "text/plain", latin1, "presos políticos: 56", "windows-1252"},
		{"windows-1252 quotes", "text/plain; charset=windows-1252", "\x93cita\x94 \x80", "“cita” €", "windows-1252"},
		{"meta charset", "text/html", `<meta charset="iso-8859-1"><p>` + latin1, `<meta charset="iso-8859-1"><p>presos políticos: 56`, "windows-1252"},
		{"http-equiv", "", `<meta http-equiv="Content-Type" content="text/html; charset=latin1">` + latin1,
			`<meta http-equiv="Content-Type" content="text/html; charset=latin1">presos políticos: 56`, "windows-1252"},
		{"xml declaration rewritten", "application/xml", `<?xml version="1.0" encoding="ISO-8859-1"?><t>` + latin1 + `</t>`,
			`<?xml version="1.0" encoding="UTF-8"?><t>presos políticos: 56</t>`, "windows-1252"},
		{"xml declaration overridden by Content-Type", "text/xml; charset=utf-8", `<?xml version="1.0" encoding='iso-8859-1'?><t>políticos</t>`,
			`<?xml version="1.0" encoding='UTF-8'?><t>políticos</t>`, "utf-8"},
		{"Content-Type wins over meta", "text/html; charset=utf-8", `<meta charset="iso-8859-1">políticos`, `<meta charset="iso-8859-1">políticos`, "utf-8"},
		{"utf-8 BOM removed", "", "\xef\xbb\xbfpolíticos", "políticos", "utf-8"},
		{"utf-16le BOM", "", "\xff\xfe5\x006\x00", "56", "utf-16le"},
		{"utf-16be BOM", "", "\xfe\xff\x005\x006", "56", "utf-16be"},
		{"invalid utf-8 declared", "text/plain; charset=utf-8", "ok \xff end", "ok \uFFFD end", "utf-8"},
		{"unknown label ignored", "text/plain; charset=klingon", "políticos", "políticos", "utf-8"},
		{"meta claiming utf-16 is utf-8", "", `<meta charset="utf-16">políticos`, `<meta charset="utf-16">políticos`, "utf-8"},
		{"empty", "", "", "", "utf-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, cs, err := decodeToUTF8([]byte(tt.body), tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want || cs != tt.wantCharset {
				t.Errorf("decodeToUTF8 = %q, %q; want %q, %q", got, cs, tt.want, tt.wantCharset)
			}
		})
	}
}
