//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// runCompress is the "compress" command: for each FILE it writes FILE.br
// (brotli, best quality) and FILE.gz (gzip, best compression), which the
// server sends to browsers that accept them. `make wasm` runs it on
// web/app.wasm.
func runCompress(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("compress", flag.ContinueOnError)
	fl.SetOutput(stderr)
	fl.Usage = func() { fmt.Fprintln(stderr, "usage: factquiz compress FILE...") }
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() == 0 {
		fl.Usage()
		return 2
	}
	status := 0
	for _, name := range fl.Args() {
		raw, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(stderr, "compress: %v\n", err)
			status = 1
			continue
		}
		// Brotli at quality 11 takes about 35 s on app.wasm: copies that
		// already hold these very bytes are kept.
		if br, gz, ok := upToDate(name, raw); ok {
			fmt.Fprintf(stdout, "%s: %d bytes, gzip %d, brotli %d (up to date)\n", name, len(raw), gz, br)
			continue
		}
		br, err := writeCompressed(name+".br", raw, func(w io.Writer) (io.WriteCloser, error) {
			return brotli.NewWriterLevel(w, brotli.BestCompression), nil
		})
		if err != nil {
			fmt.Fprintf(stderr, "compress: %v\n", err)
			status = 1
			continue
		}
		gz, err := writeCompressed(name+".gz", raw, func(w io.Writer) (io.WriteCloser, error) {
			return gzip.NewWriterLevel(w, gzip.BestCompression)
		})
		if err != nil {
			fmt.Fprintf(stderr, "compress: %v\n", err)
			status = 1
			continue
		}
		fmt.Fprintf(stdout, "%s: %d bytes, gzip %d, brotli %d\n", name, len(raw), gz, br)
	}
	return status
}

// upToDate says whether name.br and name.gz both decompress to raw, and
// their sizes. Decompressing takes a few tens of milliseconds.
func upToDate(name string, raw []byte) (br, gz int64, ok bool) {
	same := func(file string, newReader func(io.Reader) (io.Reader, error)) (int64, bool) {
		f, err := os.Open(file)
		if err != nil {
			return 0, false
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return 0, false
		}
		zr, err := newReader(f)
		if err != nil {
			return 0, false
		}
		got, err := io.ReadAll(io.LimitReader(zr, int64(len(raw))+1))
		return info.Size(), err == nil && bytes.Equal(got, raw)
	}
	br, okBr := same(name+".br", func(r io.Reader) (io.Reader, error) { return brotli.NewReader(r), nil })
	gz, okGz := same(name+".gz", func(r io.Reader) (io.Reader, error) { return gzip.NewReader(r) })
	return br, gz, okBr && okGz
}

// writeCompressed writes data compressed to name through a temporary file
// renamed at the end, so that the server never sends half a file. It
// returns the compressed size.
func writeCompressed(name string, data []byte, newWriter func(io.Writer) (io.WriteCloser, error)) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+".*")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	zw, err := newWriter(tmp)
	if err != nil {
		tmp.Close()
		return 0, err
	}
	if _, err := zw.Write(data); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := zw.Close(); err != nil {
		tmp.Close()
		return 0, err
	}
	info, err := tmp.Stat()
	if err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Close(); err != nil {
		return 0, err
	}
	return info.Size(), os.Rename(tmp.Name(), name)
}
