//go:build !wasm

package main

import "testing"

func TestPackageOf(t *testing.T) {
	for _, c := range []struct{ sym, want string }{
		{"fmt.Println", "fmt"},
		{"fmt.__pp_.printArg", "fmt"},
		{"runtime.__pageAlloc_.scavenge", "runtime"},
		{"github.com_maxence_charriere_go_app_v10_pkg_app.__htmlButton_.Type", "github.com_maxence_charriere_go_app_v10_pkg_app"},
		{"factquiz_quiz_format_internal_yaml.__parser_.mapping", "factquiz_quiz_format_internal_yaml"},
		{"go.yaml.in_yaml_v3.Unmarshal", "go.yaml.in_yaml_v3"},
		{"wasm_export_run", "wasm_export_run"},
		{"", "(unnamed)"},
	} {
		if got := packageOf(c.sym); got != c.want {
			t.Errorf("packageOf(%q) = %q, want %q", c.sym, got, c.want)
		}
	}
}

func TestPackageSizesRefusesWhatIsNotWasm(t *testing.T) {
	for _, data := range [][]byte{nil, []byte("\x00asm"), []byte("ELF\x7f....")} {
		if _, err := packageSizes(data); err == nil {
			t.Errorf("packageSizes(%q) gave no error", data)
		}
	}
	// A wasm header with no sections has no names: it says how to build.
	if _, err := packageSizes([]byte("\x00asm\x01\x00\x00\x00")); err == nil {
		t.Error("a wasm file without names gave no error")
	}
}
