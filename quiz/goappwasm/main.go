//go:build !wasm

// Command goappwasm prepares the build of app.wasm without go-app's server
// code. go-app v10.1.11 links net/http, crypto/tls and crypto/x509 into
// every wasm because its http.go and resource.go carry no build tag (about
// 350 KB of the 2 MB brotli). `go build -overlay` cannot help: it refuses
// to replace files of the module cache. So goappwasm copies the pinned
// go-app from the module cache into a folder beside the modfile it writes,
// tags those two files !wasm there (patch.go), and writes a go.mod for the
// wasm build that replaces go-app with the copy (and the go.sum beside it):
//
//	go run ./quiz/goappwasm -modfile .cache/wasm.mod
//	GOOS=js GOARCH=wasm go build -modfile=.cache/wasm.mod ...
//
// The native server builds with the project's go.mod and go-app as
// published. docs/wasm-size.md says what go-app itself would need.
package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"factquiz/quiz/atomicfile"
)

func main() {
	modfile := flag.String("modfile", ".cache/wasm.mod", "the go.mod to write for the wasm build; its go.sum is written beside it (.sum for .mod)")
	flag.Parse()
	if err := prepare(*modfile); err != nil {
		fmt.Fprintf(os.Stderr, "goappwasm: %v\n", err)
		os.Exit(1)
	}
}

// prepare writes modfile and its .sum for the module of the current folder,
// with go-app replaced by a patched copy in modfile's folder.
func prepare(modfile string) error {
	if !strings.HasSuffix(modfile, ".mod") {
		return fmt.Errorf("-modfile %s: the name must end in .mod, as go build -modfile wants", modfile)
	}
	modfile, err := filepath.Abs(modfile)
	if err != nil {
		return err
	}
	gomod, err := goOutput("", "env", "GOMOD")
	if err != nil {
		return err
	}
	gomod = strings.TrimSpace(gomod)
	if gomod == "" || gomod == os.DevNull {
		return errors.New("not inside a Go module: run it from the repository")
	}
	root := filepath.Dir(gomod)

	goAppDir, err := locateGoApp(root)
	if err != nil {
		return err
	}
	files, err := readModule(goAppDir)
	if err != nil {
		return err
	}
	if err := patchGoApp(files); err != nil {
		return fmt.Errorf("go-app %s (%s) is not what quiz/goappwasm's edits expect:\n%w", goAppVersion, goAppDir, err)
	}
	copyDir, err := writeCopy(filepath.Dir(modfile), files)
	if err != nil {
		return err
	}

	goModData, err := os.ReadFile(gomod)
	if err != nil {
		return err
	}
	goSumData, err := os.ReadFile(strings.TrimSuffix(gomod, ".mod") + ".sum")
	if err != nil {
		return err
	}
	replace := fmt.Sprintf("\n// Written by quiz/goappwasm for the wasm build: go-app without its server code.\nreplace %s %s => %s\n",
		goAppPath, goAppVersion, copyDir)
	if err := atomicfile.WriteFile(modfile, append(goModData, replace...)); err != nil {
		return err
	}
	return atomicfile.WriteFile(strings.TrimSuffix(modfile, ".mod")+".sum", goSumData)
}

// locateGoApp checks that the module at root requires the go-app the
// edits know and returns its folder in the module cache, downloading it
// (checked against go.sum) when the cache lacks it.
func locateGoApp(root string) (string, error) {
	edit, err := goOutput(root, "mod", "edit", "-json")
	if err != nil {
		return "", err
	}
	if err := checkGoMod([]byte(edit)); err != nil {
		return "", err
	}
	download, err := goOutput(root, "mod", "download", "-json", goAppPath+"@"+goAppVersion)
	if err != nil {
		return "", err
	}
	var mod struct{ Dir, Error string }
	if err := json.Unmarshal([]byte(download), &mod); err != nil {
		return "", fmt.Errorf("go mod download -json: %v", err)
	}
	if mod.Error != "" || mod.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %s", goAppPath, goAppVersion, mod.Error)
	}
	return mod.Dir, nil
}

// checkGoMod checks, in `go mod edit -json`'s output, that go.mod requires
// the go-app the edits were written for and does not replace it already.
func checkGoMod(editJSON []byte) error {
	var gm struct {
		Require []struct{ Path, Version string }
		Replace []struct{ Old struct{ Path string } }
	}
	if err := json.Unmarshal(editJSON, &gm); err != nil {
		return fmt.Errorf("go mod edit -json: %v", err)
	}
	for _, r := range gm.Replace {
		if r.Old.Path == goAppPath {
			return fmt.Errorf("go.mod replaces %s already; quiz/goappwasm would replace it a second time", goAppPath)
		}
	}
	for _, r := range gm.Require {
		if r.Path != goAppPath {
			continue
		}
		if r.Version != goAppVersion {
			return fmt.Errorf("go.mod requires %s %s, but quiz/goappwasm's edits were written for %s: check them against the new version (docs/wasm-size.md) and update goAppVersion",
				goAppPath, r.Version, goAppVersion)
		}
		return nil
	}
	return fmt.Errorf("go.mod does not require %s", goAppPath)
}

// readModule reads what a build of go-app needs: its go.mod, its licence
// and its Go files other than tests, by slash path from the module's root.
func readModule(dir string) (map[string][]byte, error) {
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if d.Name() == "testdata" {
				return filepath.SkipDir
			}
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		goFile := strings.HasSuffix(rel, ".go") && !strings.HasSuffix(rel, "_test.go")
		if !goFile && rel != "go.mod" && rel != "LICENSE" {
			return nil
		}
		data, err := os.ReadFile(p)
		files[rel] = data
		return err
	})
	return files, err
}

// writeCopy writes files into parent/go-app-wasm-HASH, named after their
// content: a copy already there is the same and is kept, so that builds
// running at once and the build cache (which keys on the folder) agree.
func writeCopy(parent string, files map[string][]byte) (string, error) {
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	h := sha256.New()
	for _, name := range names {
		fmt.Fprintf(h, "%s\x00%d\x00", name, len(files[name]))
		h.Write(files[name])
	}
	dir := filepath.Join(parent, "go-app-wasm-"+hex.EncodeToString(h.Sum(nil))[:16])
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return dir, nil
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(parent, ".go-app-wasm-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp) // left only when the rename failed
	for _, name := range names {
		p := filepath.Join(tmp, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return "", err
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		// Another build wrote the same copy first.
		if _, statErr := os.Stat(filepath.Join(dir, "go.mod")); statErr == nil {
			return dir, nil
		}
		return "", err
	}
	return dir, nil
}

// goOutput runs the go command in dir and returns its standard output.
func goOutput(dir string, args ...string) (string, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	return string(out), nil
}
