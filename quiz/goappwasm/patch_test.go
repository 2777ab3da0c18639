//go:build !wasm

package main

import (
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"maps"
	"slices"
	"strings"
	"testing"
)

// publishedGoApp is go-app as the project's go.mod pins it, from the module
// cache: the edits are tested on the real files, so that a go-app that
// changed under them fails here.
func publishedGoApp(t *testing.T) map[string][]byte {
	t.Helper()
	dir, err := locateGoApp("../..")
	if err != nil {
		t.Fatal(err)
	}
	files, err := readModule(dir)
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestPatchGoAppFailsWhenGoAppChanged(t *testing.T) {
	published := publishedGoApp(t)
	replace := func(name, old, new string) func(map[string][]byte) {
		return func(files map[string][]byte) {
			files[name] = []byte(strings.Replace(string(files[name]), old, new, 1))
		}
	}
	tests := []struct {
		name    string
		change  func(files map[string][]byte)
		wantErr []string // each must be in the error; none: no error
	}{
		{name: "go-app " + goAppVersion + " as published", change: func(map[string][]byte) {}},
		{
			name:    "http.go tagged by go-app itself",
			change:  replace("pkg/app/http.go", "package app", "//go:build !wasm\n\npackage app"),
			wantErr: []string{`pkg/app/http.go:1:1: already has the build constraint "//go:build !wasm"`},
		},
		{
			name:    "resource.go tagged the old way",
			change:  replace("pkg/app/resource.go", "package app", "// +build !wasm\n\npackage app"),
			wantErr: []string{`pkg/app/resource.go:1:1: already has the build constraint "// +build !wasm"`},
		},
		{
			name:    "a helper renamed",
			change:  replace("pkg/app/resource.go", "func webLocation(", "func isWebLocation("),
			wantErr: []string{"pkg/app/resource.go: no func webLocation in go-app " + goAppVersion},
		},
		{
			name:    "a helper turned into a method",
			change:  replace("pkg/app/resource.go", "func remoteLocation(", "func (localResourceResolver) remoteLocation("),
			wantErr: []string{"pkg/app/resource.go: no func remoteLocation"},
		},
		{
			name: "the helper and the stub both gone: both told",
			change: func(files map[string][]byte) {
				replace("pkg/app/resource.go", "func clientResourceResolver(", "func resolver(")(files)
				replace("pkg/app/wasm.go", "func GenerateStaticWebsite(", "func generateStaticWebsite(")(files)
			},
			wantErr: []string{
				"pkg/app/resource.go: no func clientResourceResolver",
				"pkg/app/wasm.go: no func GenerateStaticWebsite",
			},
		},
		{
			name:    "http.go split up",
			change:  func(files map[string][]byte) { delete(files, "pkg/app/http.go") },
			wantErr: []string{"pkg/app/http.go: not in go-app " + goAppVersion},
		},
		{
			name:    "go-app has a file by the helpers' new name",
			change:  func(files map[string][]byte) { files[browserHelpersFile] = []byte("package app\n") },
			wantErr: []string{browserHelpersFile + ": already in go-app"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			files := maps.Clone(published)
			tc.change(files)
			err := patchGoApp(files)
			if len(tc.wantErr) == 0 {
				if err != nil {
					t.Fatalf("patchGoApp: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("patchGoApp accepted it; want an error with %q", tc.wantErr)
			}
			for _, want := range tc.wantErr {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error\n%v\ndoes not say %q", err, want)
				}
			}
		})
	}
}

// TestPatchGoAppResult checks what the edits leave: which files a wasm
// build compiles and where each function is declared.
func TestPatchGoAppResult(t *testing.T) {
	files := publishedGoApp(t)
	if err := patchGoApp(files); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file      string
		inWasm    bool
		declares  []string
		lacks     []string
		lacksPkgs []string // imports the file must no longer have
	}{
		{file: "pkg/app/http.go", inWasm: false, declares: []string{"isStaticResourcePath"}},
		{file: "pkg/app/resource.go", inWasm: false, declares: []string{"LocalDir", "resolveOGResource"}, lacks: browserHelpers},
		{file: browserHelpersFile, inWasm: true, declares: browserHelpers},
		{file: "pkg/app/wasm.go", inWasm: true, declares: []string{"wasmExecJS"}, lacks: []string{wasmStub}, lacksPkgs: []string{"runtime"}},
		{file: "pkg/app/app.go", inWasm: true, declares: []string{"RunWhenOnBrowser"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			src, ok := files[tc.file]
			if !ok {
				t.Fatalf("%s is missing", tc.file)
			}
			f, err := parser.ParseFile(token.NewFileSet(), tc.file, src, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			if got := inWasmBuild(t, f); got != tc.inWasm {
				t.Errorf("in the js/wasm build: %v, want %v", got, tc.inWasm)
			}
			funcs := map[string]bool{}
			for _, d := range f.Decls {
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
					funcs[fd.Name.Name] = true
				}
			}
			for _, name := range tc.declares {
				if !funcs[name] {
					t.Errorf("does not declare %s", name)
				}
			}
			for _, name := range tc.lacks {
				if funcs[name] {
					t.Errorf("still declares %s", name)
				}
			}
			for _, imp := range f.Imports {
				if slices.Contains(tc.lacksPkgs, strings.Trim(imp.Path.Value, `"`)) {
					t.Errorf("still imports %s", imp.Path.Value)
				}
			}
		})
	}
}

// inWasmBuild says whether a GOOS=js GOARCH=wasm build compiles f, by its
// //go:build line (none: it does).
func inWasmBuild(t *testing.T, f *ast.File) bool {
	t.Helper()
	for _, g := range f.Comments {
		if g.Pos() > f.Package {
			break
		}
		for _, c := range g.List {
			if !constraint.IsGoBuild(c.Text) {
				continue
			}
			expr, err := constraint.Parse(c.Text)
			if err != nil {
				t.Fatal(err)
			}
			return expr.Eval(func(tag string) bool { return tag == "js" || tag == "wasm" || tag == "gc" })
		}
	}
	return true
}

func TestCheckGoMod(t *testing.T) {
	tests := []struct {
		name     string
		editJSON string // go mod edit -json
		wantErr  string // "": no error
	}{
		{
			name:     "the version the edits know",
			editJSON: `{"Require":[{"Path":"github.com/maxence-charriere/go-app/v10","Version":"v10.1.11"}]}`,
		},
		{
			name:     "go-app updated",
			editJSON: `{"Require":[{"Path":"github.com/maxence-charriere/go-app/v10","Version":"v10.1.12"}]}`,
			wantErr:  "go.mod requires github.com/maxence-charriere/go-app/v10 v10.1.12, but quiz/goappwasm's edits were written for v10.1.11",
		},
		{
			name: "go-app replaced already",
			editJSON: `{"Require":[{"Path":"github.com/maxence-charriere/go-app/v10","Version":"v10.1.11"}],
				"Replace":[{"Old":{"Path":"github.com/maxence-charriere/go-app/v10"},"New":{"Path":"../go-app"}}]}`,
			wantErr: "go.mod replaces github.com/maxence-charriere/go-app/v10 already",
		},
		{
			name:     "go-app not required",
			editJSON: `{"Require":[{"Path":"go.yaml.in/yaml/v3","Version":"v3.0.6"}]}`,
			wantErr:  "go.mod does not require github.com/maxence-charriere/go-app/v10",
		},
		{name: "not JSON", editJSON: `go 1.26`, wantErr: "go mod edit -json:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := checkGoMod([]byte(tc.editJSON))
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("checkGoMod: %v", err)
			case tc.wantErr != "" && err == nil:
				t.Errorf("checkGoMod accepted it; want %q", tc.wantErr)
			case tc.wantErr != "" && !strings.Contains(err.Error(), tc.wantErr):
				t.Errorf("checkGoMod: %v\nwant %q", err, tc.wantErr)
			}
		})
	}
}

func TestProjectGoModRequiresKnownGoApp(t *testing.T) {
	edit, err := goOutput("../..", "mod", "edit", "-json")
	if err != nil {
		t.Fatal(err)
	}
	if err := checkGoMod([]byte(edit)); err != nil {
		t.Error(err)
	}
}
