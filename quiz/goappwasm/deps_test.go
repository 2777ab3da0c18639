//go:build !wasm

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// serverPackages must not be linked into app.wasm: go-app's handler and
// its resolvers bring them, and a browser never runs them.
var serverPackages = []string{"net/http", "crypto/tls", "crypto/x509"}

// TestWasmLinksNoServerPackages lists what app.wasm links, with go-app as
// published (which links net/http: the control that shows the check
// works) and with the modfile goappwasm writes, as `make wasm` and the
// browser tests build it.
func TestWasmLinksNoServerPackages(t *testing.T) {
	modfile := filepath.Join(t.TempDir(), "wasm.mod")
	if err := prepare(modfile); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		wantLinked bool // whether serverPackages are to be in the list
	}{
		{name: "go-app as published", wantLinked: true},
		{name: "goappwasm's modfile", args: []string{"-modfile=" + modfile}},
		{name: "goappwasm's modfile, quiz app alone", args: []string{"-modfile=" + modfile, "-tags=quizonly"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			args := append(append([]string{"list", "-deps", "-f={{.ImportPath}}"}, tc.args...), ".")
			deps := strings.Fields(goWasm(t, args...))
			if !slices.Contains(deps, goAppPath+"/pkg/app") {
				t.Fatalf("go-app's pkg/app is not in the list; is the app still built with go-app?\n%s", deps)
			}
			var linked []string
			for _, p := range serverPackages {
				if slices.Contains(deps, p) {
					linked = append(linked, p)
				}
			}
			switch {
			case tc.wantLinked && len(linked) == 0:
				t.Errorf("none of %s is linked: go-app as published links them, so the check no longer tells anything", serverPackages)
			case !tc.wantLinked && len(linked) > 0:
				t.Errorf("app.wasm links %s", linked)
			}
		})
	}

	// The patched copy is the one built, and it compiles for js/wasm. With
	// the flags of WASMFLAGS (Makefile) the compiled package is the one
	// `make wasm` and the browser tests cache: -trimpath keeps the copy's
	// folder out of the build cache's key.
	dir := strings.TrimSpace(goWasm(t, "list", "-modfile="+modfile, "-f={{.Dir}}", goAppPath+"/pkg/app"))
	if !strings.HasPrefix(dir, filepath.Dir(modfile)) {
		t.Errorf("go-app's pkg/app comes from %s, not from goappwasm's copy beside %s", dir, modfile)
	}
	goWasm(t, "build", "-modfile="+modfile, "-trimpath", "-gcflags=all=-l", goAppPath+"/pkg/app")
}

// goWasm runs the go command for js/wasm in the repository's root.
func goWasm(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command("go", args...)
	cmd.Dir = "../.."
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.Output()
	if err != nil {
		stderr := ""
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	return string(out)
}
