//go:build !wasm

package server

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// pictureTypes are the picture formats served from questions/ and their
// Content-Type, which http.DetectContentType must also find in the bytes:
// a text file renamed .png is not a picture. SVG is not among them: an
// SVG can hold scripts, which run when its address is opened as a page.
var pictureTypes = map[string]string{
	".png":  "image/png",
	".jpg":  "image/jpeg",
	".jpeg": "image/jpeg",
	".gif":  "image/gif",
	".webp": "image/webp",
}

const (
	// maxPictureSize is the largest picture served: a photo from a
	// phone is 2-6 MiB.
	maxPictureSize = 8 << 20
	// maxPicturesTotal bounds what the snapshot holds in memory (and
	// what the service worker caches); pictures past it, in the order of
	// their paths, are not served.
	maxPicturesTotal = 256 << 20
	// maxPictureDepth is how many folders deep pictures are looked for.
	maxPictureDepth = 8
)

// pictureEntry is one picture as read: the bytes served and their hash.
type pictureEntry struct {
	// path is the picture's slash path under questions/ ("pics/map.png"),
	// as a question file's text names it.
	path        string
	hash        string
	contentType string
	data        []byte
	stamp       fileStamp
}

// pictureFolder is the pictures of questions/ and its folders as last
// read, so that a scan reads only the pictures that changed.
type pictureFolder struct {
	dir string
	// maxTotal is maxPicturesTotal, smaller in tests.
	maxTotal int64
	entries  map[string]*pictureEntry
}

func newPictureFolder(dir string) *pictureFolder {
	return &pictureFolder{dir: dir, maxTotal: maxPicturesTotal, entries: map[string]*pictureEntry{}}
}

var errNotAPicture = errors.New("not a picture")

// scan lists the pictures of the folder and its sub-folders, sorted by
// path, under the question files' rules: regular files only (a symbolic
// link, to a file or a folder, is not followed), no dot-files or
// dot-folders, safe names, at most maxPictureSize bytes, and bytes of the
// format the extension names. skipped tells, a line each, why a file
// that looks like a picture is not served.
func (p *pictureFolder) scan() (pictures []*pictureEntry, skipped []string, err error) {
	root, err := os.OpenRoot(p.dir)
	if errors.Is(err, fs.ErrNotExist) {
		clear(p.entries)
		return nil, nil, nil
	}
	if err != nil {
		return p.sorted(), nil, err
	}
	defer root.Close()
	skip := func(rel, why string) {
		skipped = append(skipped, fmt.Sprintf("serve: %s is not served: %s\n", filepath.Join(p.dir, filepath.FromSlash(rel)), why))
	}
	seen := map[string]bool{}
	var total int64
	err = fs.WalkDir(root.FS(), ".", func(rel string, d fs.DirEntry, err error) error {
		if err != nil || rel == "." {
			return nil // a folder that cannot be read has no pictures
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if strings.Count(rel, "/") >= maxPictureDepth-1 {
				return fs.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(path.Ext(rel))
		if ext == ".svg" {
			skip(rel, "SVG pictures are not served, since an SVG can hold a script; save it as PNG")
			return nil
		}
		if _, ok := pictureTypes[ext]; !ok {
			return nil
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			skip(rel, "it is a symbolic link; copy the picture into the folder instead")
			return nil
		case !d.Type().IsRegular():
			return nil
		case !validPicturePath(rel):
			skip(rel, "rename it (and its folders) with letters, digits, spaces and . _ - , ( ) ' & + ! only (it is also its address)")
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // removed meanwhile
		}
		tooMany := func() {
			skip(rel, fmt.Sprintf("the pictures before it already make %d MiB, the most served", p.maxTotal>>20))
		}
		// Before reading it: a picture past the limit is not read again
		// at every check.
		if total+info.Size() > p.maxTotal {
			tooMany()
			return nil
		}
		e := p.entries[rel]
		if e == nil || !e.stamp.equal(stampOf(info)) {
			read, err := readPicture(root, rel)
			switch {
			case errors.Is(err, errBeingWritten):
				// The old copy, if any, stays until it is read whole.
				if e != nil {
					total += int64(len(e.data))
					seen[rel] = true
				}
				return nil
			case errors.Is(err, errTooLarge):
				skip(rel, fmt.Sprintf("it is larger than %d MiB", maxPictureSize>>20))
				return nil
			case errors.Is(err, errNotAPicture):
				skip(rel, fmt.Sprintf("its bytes are not a %s picture (a file renamed?)", strings.ToUpper(strings.TrimPrefix(ext, "."))))
				return nil
			case err != nil:
				skip(rel, err.Error())
				return nil
			}
			e = read
		}
		if total+int64(len(e.data)) > p.maxTotal {
			tooMany() // it grew while it was read
			return nil
		}
		total += int64(len(e.data))
		p.entries[rel] = e
		seen[rel] = true
		return nil
	})
	for rel := range p.entries {
		if !seen[rel] {
			delete(p.entries, rel)
		}
	}
	return p.sorted(), skipped, err
}

func (p *pictureFolder) sorted() []*pictureEntry {
	entries := make([]*pictureEntry, 0, len(p.entries))
	for _, e := range p.entries {
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b *pictureEntry) int { return strings.Compare(a.path, b.path) })
	return entries
}

// readPicture reads a picture once, as readChecked does, and checks that
// its bytes are of the format its extension names.
func readPicture(root *os.Root, rel string) (*pictureEntry, error) {
	contentType, ok := pictureTypes[strings.ToLower(path.Ext(rel))]
	if !ok || !validPicturePath(rel) {
		return nil, errNotServed
	}
	data, st, err := readChecked(root, rel, maxPictureSize)
	if err != nil {
		return nil, err
	}
	if http.DetectContentType(data) != contentType {
		return nil, errNotAPicture
	}
	sum := sha256.Sum256(data)
	return &pictureEntry{path: rel, hash: hex.EncodeToString(sum[:8]), contentType: contentType, data: data, stamp: st}, nil
}

// validPicturePath accepts a slash path of safe names (see
// safeFileName), at most maxPictureDepth deep, ending in a picture
// extension.
func validPicturePath(rel string) bool {
	parts := strings.Split(rel, "/")
	if len(parts) > maxPictureDepth {
		return false
	}
	for _, part := range parts {
		if !safeFileName(part) {
			return false
		}
	}
	_, ok := pictureTypes[strings.ToLower(path.Ext(rel))]
	return ok
}

// servePicture serves a picture from the snapshot, with its format's
// Content-Type (nosniff is set on every response) and an ETag of its
// content.
func servePicture(w http.ResponseWriter, r *http.Request, e *pictureEntry) {
	etag := `"p-` + e.hash + `"`
	w.Header().Set("Content-Type", e.contentType)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", etag)
	if etagMatches(r.Header.Get("If-None-Match"), etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Length", fmt.Sprint(len(e.data)))
	if r.Method != http.MethodHead {
		w.Write(e.data)
	}
}
