package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// Token text is folded (lower case, no accents), so a comparison of it
// with an accented literal ("según", "todavía") can never hold. No
// comparison ("==", "!=", a case of a switch on a value) in the package's
// code may hold a literal that folding would change.
func TestComparedLiteralsAreFolded(t *testing.T) {
	paths, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	checked := 0
	for _, path := range paths {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			t.Fatalf("parse %s: %v", path, err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			var compared []ast.Expr
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if n.Op == gotoken.EQL || n.Op == gotoken.NEQ {
					compared = []ast.Expr{n.X, n.Y}
				}
			case *ast.SwitchStmt:
				if n.Tag != nil {
					for _, st := range n.Body.List {
						compared = append(compared, st.(*ast.CaseClause).List...)
					}
				}
			}
			for _, side := range compared {
				lit, ok := side.(*ast.BasicLit)
				if !ok || lit.Kind != gotoken.STRING {
					continue
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					continue
				}
				checked++
				if !foldedLetters(s) {
					t.Errorf("%s: %q is compared but folded text never holds it (write %q)", fset.Position(lit.Pos()), s, foldString(s))
				}
			}
			return true
		})
	}
	if checked < 100 {
		t.Fatalf("checked only %d compared literals; the walk misses the package's code", checked)
	}
}

// foldedLetters reports whether every letter of s is as folding leaves it.
func foldedLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && foldRune(r) != r {
			return false
		}
	}
	return true
}

func TestFoldedLetters(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"segun", true}, {"según", false}, {"Said", false}, {"’s", true}, {"–", true}, {"№", true},
	} {
		if got := foldedLetters(tc.in); got != tc.want {
			t.Errorf("foldedLetters(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
