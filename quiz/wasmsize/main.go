//go:build !wasm

// Command wasmsize says which Go packages take the room in a wasm file
// built without -s (function names kept): it reads the code section's
// function bodies and the name section's function names and adds up the
// bytes per package, largest first.
//
//	GOOS=js GOARCH=wasm go build -modfile=.cache/wasm.mod -trimpath -gcflags=all=-l -o /tmp/named.wasm .
//	go run ./quiz/wasmsize /tmp/named.wasm
//
// The sizes are of uncompressed code; brotli shrinks all of it about
// alike, so the shares hold for app.wasm.br.
package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize FILE.wasm")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err == nil {
		err = report(os.Stdout, data, 40)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wasmsize:", err)
		os.Exit(1)
	}
}

// report prints the top packages by code bytes.
func report(w io.Writer, data []byte, top int) error {
	sizes, err := packageSizes(data)
	if err != nil {
		return err
	}
	type row struct {
		pkg  string
		size int
	}
	var rows []row
	total := 0
	for p, s := range sizes {
		rows = append(rows, row{p, s})
		total += s
	}
	sort.Slice(rows, func(i, j int) bool {
		return rows[i].size > rows[j].size || rows[i].size == rows[j].size && rows[i].pkg < rows[j].pkg
	})
	fmt.Fprintf(w, "%10s  %5s  %s\n", "bytes", "share", "package")
	for i, r := range rows {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%10d  %4.1f%%  %s\n", r.size, 100*float64(r.size)/float64(total), r.pkg)
	}
	fmt.Fprintf(w, "%10d  100%%   all code (%d packages)\n", total, len(rows))
	return nil
}

// packageSizes maps each package to the bytes of its functions' bodies.
func packageSizes(data []byte) (map[string]int, error) {
	if !bytes.HasPrefix(data, []byte("\x00asm")) || len(data) < 8 {
		return nil, errors.New("not a wasm file")
	}
	var bodies []int // body sizes of defined functions, in order
	imported := 0
	names := map[int]string{}
	r := bytes.NewReader(data[8:])
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		size, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		section := make([]byte, size)
		if _, err := io.ReadFull(r, section); err != nil {
			return nil, fmt.Errorf("section %d: %w", id, err)
		}
		s := bytes.NewReader(section)
		switch id {
		case 2: // imports: imported functions come first in the index space
			n, _ := binary.ReadUvarint(s)
			for range n {
				skipName(s)
				skipName(s)
				kind, _ := s.ReadByte()
				switch kind {
				case 0:
					binary.ReadUvarint(s)
					imported++
				case 1:
					s.ReadByte()
					skipLimits(s)
				case 2:
					skipLimits(s)
				case 3:
					s.ReadByte()
					s.ReadByte()
				}
			}
		case 10: // code
			n, _ := binary.ReadUvarint(s)
			for range n {
				l, err := binary.ReadUvarint(s)
				if err != nil {
					return nil, err
				}
				bodies = append(bodies, int(l))
				s.Seek(int64(l), io.SeekCurrent)
			}
		case 0: // custom: the "name" section
			if readName(s) != "name" {
				continue
			}
			for s.Len() > 0 {
				sub, _ := s.ReadByte()
				l, _ := binary.ReadUvarint(s)
				if sub != 1 {
					s.Seek(int64(l), io.SeekCurrent)
					continue
				}
				n, _ := binary.ReadUvarint(s)
				for range n {
					idx, _ := binary.ReadUvarint(s)
					names[int(idx)] = readName(s)
				}
			}
		}
	}
	if len(names) == 0 {
		return nil, errors.New("the file has no function names: build it without -ldflags=-s")
	}
	sizes := map[string]int{}
	for i, b := range bodies {
		sizes[packageOf(names[imported+i])] += b
	}
	return sizes, nil
}

// packageOf is the package of a Go function's name in a wasm name
// section, where the path's slashes are underscores:
// "github.com_a_b.(*T).M" → "github.com_a_b", "fmt.Println" → "fmt".
// The dot of a domain ("github.com") before the first underscore is
// part of the path.
func packageOf(sym string) string {
	if sym == "" {
		return "(unnamed)"
	}
	from := 0
	if u := strings.IndexByte(sym, '_'); u > 0 && strings.Contains(sym[:u], ".") && !strings.HasSuffix(sym[:u], ".") {
		from = u
	}
	dot := strings.IndexByte(sym[from:], '.')
	if dot < 0 {
		return sym
	}
	return sym[:from+dot]
}

func readName(s *bytes.Reader) string {
	l, _ := binary.ReadUvarint(s)
	b := make([]byte, l)
	io.ReadFull(s, b)
	return string(b)
}

func skipName(s *bytes.Reader) { l, _ := binary.ReadUvarint(s); s.Seek(int64(l), io.SeekCurrent) }

func skipLimits(s *bytes.Reader) {
	flag, _ := s.ReadByte()
	binary.ReadUvarint(s)
	if flag&1 != 0 {
		binary.ReadUvarint(s)
	}
}
