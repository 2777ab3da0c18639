//go:build !wasm

package main

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/build/constraint"
	"go/format"
	"go/parser"
	"go/token"
	"path"
	"slices"
	"strconv"
	"strings"
)

// The go-app the edits were written against. Another version may have moved
// or tagged the files: patchGoApp then fails and the edits are to be checked
// again (docs/wasm-size.md says what they are for).
const (
	goAppPath    = "github.com/maxence-charriere/go-app/v10"
	goAppVersion = "v10.1.11"
)

// serverFiles hold go-app's HTTP handler (http.go) and its resource
// resolvers (resource.go). Untagged, they link net/http, crypto/tls and
// crypto/x509 into every wasm; a browser never runs them.
var serverFiles = []string{"pkg/app/http.go", "pkg/app/resource.go"}

// browserHelpers are the functions of resource.go that the browser side
// calls (RunWhenOnBrowser in app.go resolves /web/ URLs with them). They
// move to browserHelpersFile, which has no build tag.
var browserHelpers = []string{"clientResourceResolver", "remoteLocation", "webLocation"}

const (
	browserHelpersFrom = "pkg/app/resource.go"
	browserHelpersFile = "pkg/app/resource_browser.go"
)

// wasm.go's GenerateStaticWebsite is a stub that panics in the browser; it
// takes a *Handler, which the wasm build no longer has, so it goes.
const (
	wasmStubFile = "pkg/app/wasm.go"
	wasmStub     = "GenerateStaticWebsite"
)

// patchGoApp edits go-app's files (by slash path from the module's root) in
// place so that a js/wasm build compiles none of its server code. Every
// expectation that does not hold is reported, not only the first.
func patchGoApp(files map[string][]byte) error {
	var errs []error
	fail := func(err error) { errs = append(errs, err) }

	for _, name := range serverFiles {
		if _, ok := files[name]; !ok {
			fail(fmt.Errorf("%s: not in go-app %s", name, goAppVersion))
		}
	}
	if _, ok := files[browserHelpersFile]; ok {
		fail(fmt.Errorf("%s: already in go-app; the helpers would be declared twice", browserHelpersFile))
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}

	// Move the helpers before tagging, so that the cut is made on go-app's
	// own text.
	rest, moved, imports, err := removeFuncs(browserHelpersFrom, files[browserHelpersFrom], browserHelpers...)
	if err != nil {
		fail(err)
	} else {
		files[browserHelpersFrom] = rest
		files[browserHelpersFile] = helpersFile(moved, imports)
	}

	if src, ok := files[wasmStubFile]; !ok {
		fail(fmt.Errorf("%s: not in go-app %s", wasmStubFile, goAppVersion))
	} else if rest, _, _, err := removeFuncs(wasmStubFile, src, wasmStub); err != nil {
		fail(err)
	} else {
		files[wasmStubFile] = rest
	}

	for _, name := range serverFiles {
		tagged, err := tagNotWasm(name, files[name])
		if err != nil {
			fail(err)
			continue
		}
		files[name] = tagged
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}

	// The edits cut text by offsets; what they leave must still be Go
	// (gofmt tidies the blank lines the cuts leave).
	for _, name := range append(slices.Clone(serverFiles), browserHelpersFile, wasmStubFile) {
		formatted, err := format.Source(files[name])
		if err != nil {
			fail(fmt.Errorf("%s: after the edit: %v", name, err))
			continue
		}
		files[name] = formatted
	}
	return errors.Join(errs...)
}

// tagNotWasm puts `//go:build !wasm` at the top of a file that has no build
// constraint yet. One already there means go-app changed the file.
func tagNotWasm(name string, src []byte) ([]byte, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.PackageClauseOnly|parser.ParseComments)
	if err != nil {
		return nil, err
	}
	for _, g := range f.Comments {
		if g.Pos() > f.Package {
			break
		}
		for _, c := range g.List {
			if constraint.IsGoBuild(c.Text) || constraint.IsPlusBuild(c.Text) {
				return nil, fmt.Errorf("%s: already has the build constraint %q; go-app changed the file", fset.Position(c.Pos()), c.Text)
			}
		}
	}
	return append([]byte("//go:build !wasm\n\n"), src...), nil
}

// removeFuncs cuts the named top-level functions, with their doc comments,
// out of a file. It returns the file without them and without the imports
// only they used, the functions' text, and the import lines they use. Each
// name must be declared exactly once as a function.
func removeFuncs(name string, src []byte, names ...string) (rest, removed []byte, imports []string, err error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return nil, nil, nil, err
	}
	offset := func(p token.Pos) int { return fset.Position(p).Offset }

	found := map[string]*ast.FuncDecl{}
	var kept []ast.Decl
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && slices.Contains(names, fd.Name.Name) {
			found[fd.Name.Name] = fd
			continue
		}
		kept = append(kept, d)
	}
	var missing []error
	for _, n := range names {
		if found[n] == nil {
			missing = append(missing, fmt.Errorf("%s: no func %s in go-app %s", name, n, goAppVersion))
		}
	}
	if len(missing) > 0 {
		return nil, nil, nil, errors.Join(missing...)
	}

	type span struct{ start, end int }
	var cuts []span
	var removedDecls []ast.Decl
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || found[fd.Name.Name] != fd {
			continue
		}
		removedDecls = append(removedDecls, fd)
		start := fd.Pos()
		if fd.Doc != nil {
			start = fd.Doc.Pos()
		}
		end := offset(fd.End())
		for end < len(src) && src[end] == '\n' {
			end++
		}
		s := span{offset(start), end}
		removed = append(removed, src[s.start:s.end]...)
		cuts = append(cuts, s)
	}

	keptUses, removedUses := packageNames(kept), packageNames(removedDecls)
	for _, d := range f.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		unused := 0
		for _, spec := range gd.Specs {
			is := spec.(*ast.ImportSpec)
			p, err := strconv.Unquote(is.Path.Value)
			if err != nil {
				return nil, nil, nil, err
			}
			local := path.Base(p)
			if is.Name != nil {
				local = is.Name.Name
			}
			if local == "_" || local == "." {
				continue // used without a selector: keep it
			}
			line := string(src[offset(is.Pos()):offset(is.End())])
			if removedUses[local] {
				imports = append(imports, line)
			}
			if !keptUses[local] {
				unused++
				if gd.Lparen.IsValid() {
					cuts = append(cuts, span{offset(is.Pos()), offset(is.End())})
				}
			}
		}
		if unused == len(gd.Specs) && !gd.Lparen.IsValid() {
			cuts = append(cuts, span{offset(gd.Pos()), offset(gd.End())})
		}
	}

	slices.SortFunc(cuts, func(a, b span) int { return a.start - b.start })
	var out bytes.Buffer
	at := 0
	for _, c := range cuts {
		out.Write(src[at:c.start])
		at = c.end
	}
	out.Write(src[at:])
	return out.Bytes(), removed, imports, nil
}

// packageNames are the identifiers used as the left of a selector (pkg.X or
// value.X) in decls: a superset of the imports they use, which is enough to
// know that an import is not used.
func packageNames(decls []ast.Decl) map[string]bool {
	names := map[string]bool{}
	for _, d := range decls {
		ast.Inspect(d, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					names[id.Name] = true
				}
			}
			return true
		})
	}
	return names
}

// helpersFile is the untagged file the browser helpers move to.
func helpersFile(funcs []byte, imports []string) []byte {
	var b strings.Builder
	b.WriteString("package app\n\n")
	b.WriteString("// Moved out of resource.go by factquiz's quiz/goappwasm: the browser\n")
	b.WriteString("// needs them, and resource.go is server code (tagged !wasm).\n\n")
	if len(imports) > 0 {
		b.WriteString("import (\n")
		for _, imp := range imports {
			b.WriteString("\t" + imp + "\n")
		}
		b.WriteString(")\n\n")
	}
	b.Write(funcs)
	return []byte(b.String())
}
