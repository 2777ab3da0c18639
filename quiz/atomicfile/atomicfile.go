// Package atomicfile writes a whole file so that a reader never sees half
// of it: the commands' output files (factquiz generate -o, the measure's
// sheets, the wasm build's go.mod).
package atomicfile

import (
	"os"
	"path/filepath"
)

// WriteFile writes data to name through a temporary file in the same
// folder, renamed over name once complete (mode 0644); on failure name is
// left as it was. A name that exists and is not a regular file (/dev/null,
// a pipe) is written in place: a rename would put a file where the device
// was.
func WriteFile(name string, data []byte) error {
	if st, err := os.Stat(name); err == nil && !st.Mode().IsRegular() {
		return os.WriteFile(name, data, 0o644)
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+"-*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // after the rename, nothing to remove
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
