package generate

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// TestPromptOpeningsKnown reads the writer's source: every string that
// opens a prompt (the first part of what is put in a question's Prompt,
// in a variable named prompt, or in the place question's noun) must open
// on one of promptOpenings, or englishProblem would refuse every question
// of that form. It fails on a new form whose opening was not added.
func TestPromptOpeningsKnown(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	var leads []string // the opening strings found, with where they are
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			var values []ast.Expr
			switch n := n.(type) {
			case *ast.KeyValueExpr:
				if key, ok := n.Key.(*ast.Ident); ok && key.Name == "Prompt" {
					values = append(values, n.Value)
				}
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					if id, ok := lhs.(*ast.Ident); ok && (id.Name == "prompt" || id.Name == "noun") && i < len(n.Rhs) {
						values = append(values, n.Rhs[i])
					}
				}
			}
			for _, v := range values {
				if s, ok := leadingString(v); ok && s != "" && unicode.IsUpper(rune(s[0])) {
					leads = append(leads, s)
					if !knownOpening(s) {
						t.Errorf("%s: a prompt opens on %q, not in promptOpenings (openings.go)", fset.Position(v.Pos()), s)
					}
				}
			}
			return true
		})
	}
	// The scan must see the forms it guards, or it guards nothing.
	for _, want := range []string{"Who ", "How many ", "In which ", "Fill in the number: ", "According to the article, "} {
		if !slices.ContainsFunc(leads, func(s string) bool { return strings.HasPrefix(s, want) }) {
			t.Errorf("no prompt found opening on %q: the scan misses the builders", want)
		}
	}
	// The date builder's leads are made by boundLead.
	for _, prep := range []string{"until", "till", "from", "on", ""} {
		if lead := boundLead(prep) + " "; !knownOpening(lead) {
			t.Errorf("boundLead(%q) opens on %q, not in promptOpenings", prep, lead)
		}
	}
	for _, q := range qualifiers {
		if lead := qualifierLead(q); lead != "" && !knownOpening(lead+" how many ") {
			t.Errorf("qualifierLead(%q) opens on %q, not in promptOpenings", q, lead)
		}
	}
}

// leadingString is the string literal an expression starts with: "Who "
// in "Who " + action + "?".
func leadingString(e ast.Expr) (string, bool) {
	for {
		switch x := e.(type) {
		case *ast.BinaryExpr:
			e = x.X
			continue
		case *ast.ParenExpr:
			e = x.X
			continue
		case *ast.BasicLit:
			if x.Kind != gotoken.STRING {
				return "", false
			}
			s, err := strconv.Unquote(x.Value)
			return s, err == nil
		}
		return "", false
	}
}

// knownOpening reports whether a prompt opening on s can open on one of
// promptOpenings: s is one of them, starts with one, or is the start of
// one ("To" + "… which " makes "To which ").
func knownOpening(s string) bool {
	return slices.ContainsFunc(promptOpenings, func(o string) bool { return strings.HasPrefix(s, o) || strings.HasPrefix(o, s) })
}
