package sources

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// sniffLen is how far into a body the XML declaration and HTML <meta>
// charset are looked for.
const sniffLen = 2048

var (
	xmlDeclEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']`)
	metaCharset     = regexp.MustCompile(`(?i)<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)`)
)

type bomEncoding struct {
	bom   []byte
	label string
	enc   encoding.Encoding
}

var boms = []bomEncoding{
	{[]byte{0xEF, 0xBB, 0xBF}, "utf-8", nil},
	{[]byte{0xFE, 0xFF}, "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)},
	{[]byte{0xFF, 0xFE}, "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)},
}

// decodeToUTF8 returns body converted to UTF-8 and the name of the
// character set it was read as. The character set is taken from, in order:
// the charset parameter of contentType, a byte-order mark, the encoding of
// an XML declaration, an HTML <meta charset> or http-equiv Content-Type;
// failing all of these, UTF-8 when the body is valid UTF-8 and
// windows-1252 (the web's reading of ISO-8859-1) otherwise. Labels that
// name no known character set are skipped. A body read as UTF-8 has invalid
// sequences replaced by U+FFFD; a leading byte-order mark is removed; an XML
// declaration that names another encoding is rewritten to say UTF-8 so that
// feed parsers do not decode the text a second time. It returns an error
// only when the decoder fails.
func decodeToUTF8(body []byte, contentType string) ([]byte, string, error) {
	enc, name := declaredEncoding(body, contentType)
	if enc == nil {
		if utf8.Valid(body) {
			return rewriteXMLDeclaration(bytes.TrimPrefix(body, boms[0].bom)), "utf-8", nil
		}
		enc, name = charset.Lookup("windows-1252")
	}
	if name == "utf-8" {
		out := bytes.TrimPrefix(body, boms[0].bom)
		if !utf8.Valid(out) {
			out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
		}
		return rewriteXMLDeclaration(out), name, nil
	}
	out, err := enc.NewDecoder().Bytes(body)
	if err != nil {
		return nil, name, fmt.Errorf("decode from %s: %w", name, err)
	}
	out = bytes.TrimPrefix(out, boms[0].bom)
	return rewriteXMLDeclaration(out), name, nil
}

// declaredEncoding returns the encoding that the headers or the body
// declare, or nil when none declares a known one.
func declaredEncoding(body []byte, contentType string) (encoding.Encoding, string) {
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		if label, ok := params["charset"]; ok {
			if enc, name := charset.Lookup(label); enc != nil {
				return enc, name
			}
		}
	}
	for _, b := range boms {
		if bytes.HasPrefix(body, b.bom) {
			if b.enc == nil {
				return charset.Lookup(b.label)
			}
			return b.enc, b.label
		}
	}
	head := body
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	if m := xmlDeclEncoding.FindSubmatch(head); m != nil {
		if enc, name := charset.Lookup(string(m[1])); enc != nil {
			return enc, name
		}
	}
	if m := metaCharset.FindSubmatch(head); m != nil {
		if enc, name := charset.Lookup(string(m[1])); enc != nil {
			// A page that calls itself UTF-16 in ASCII-compatible bytes is
			// not UTF-16 (the HTML standard reads it as UTF-8).
			if name == "utf-16le" || name == "utf-16be" {
				return charset.Lookup("utf-8")
			}
			return enc, name
		}
	}
	return nil, ""
}

// rewriteXMLDeclaration makes the encoding of a leading XML declaration say
// UTF-8, which the text now is (also when the declaration disagreed with
// the Content-Type that won).
func rewriteXMLDeclaration(body []byte) []byte {
	head := body
	if len(head) > sniffLen {
		head = head[:sniffLen]
	}
	loc := xmlDeclEncoding.FindSubmatchIndex(head)
	if loc == nil {
		return body
	}
	if label := string(body[loc[2]:loc[3]]); label == "UTF-8" || label == "utf-8" {
		return body
	}
	out := make([]byte, 0, len(body))
	out = append(out, body[:loc[2]]...)
	out = append(out, "UTF-8"...)
	return append(out, body[loc[3]:]...)
}

// errDecodedTooLarge says a body grew over the limit when it was converted
// to UTF-8 (a single-byte charset can triple in size).
var errDecodedTooLarge = errors.New("body is over the limit after conversion to UTF-8")

// decodeToUTF8Limited is decodeToUTF8 with the body limit applied to the
// converted text too: a body within maxOut bytes as sent but over it in
// UTF-8 is refused, and the conversion stops at the limit instead of
// allocating the whole converted body first.
func decodeToUTF8Limited(body []byte, contentType string, maxOut int64) ([]byte, string, error) {
	enc, name := declaredEncoding(body, contentType)
	if enc == nil && !utf8.Valid(body) {
		enc, name = charset.Lookup("windows-1252")
	}
	if enc != nil && name != "utf-8" && maxOut > 0 {
		r := io.LimitReader(transform.NewReader(bytes.NewReader(body), enc.NewDecoder()), maxOut+1)
		out, err := io.ReadAll(r)
		if err != nil {
			return nil, name, fmt.Errorf("decode from %s: %w", name, err)
		}
		if int64(len(out)) > maxOut {
			return nil, name, fmt.Errorf("%w (%d bytes, from %s)", errDecodedTooLarge, maxOut, name)
		}
	}
	out, cs, err := decodeToUTF8(body, contentType)
	if err == nil && maxOut > 0 && int64(len(out)) > maxOut {
		return nil, cs, fmt.Errorf("%w (%d bytes)", errDecodedTooLarge, maxOut)
	}
	return out, cs, err
}
