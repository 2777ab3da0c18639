package yaml

import (
	"errors"
	"io"
)

var errTarget = errors.New("yaml: this package decodes only into *yaml.Node")

// Unmarshal reads the first document of in into out, which must be a
// *Node; out is left alone when in has no document.
func Unmarshal(in []byte, out any) error {
	n, ok := out.(*Node)
	if !ok {
		return errTarget
	}
	doc, err := newParser(in).document()
	if err != nil {
		return err
	}
	if doc != nil {
		*n = *doc
	}
	return nil
}

// A Decoder reads the documents of a stream one by one.
type Decoder struct {
	r   io.Reader
	p   *parser
	err error
}

// NewDecoder returns a Decoder reading from r (read whole on the first
// Decode).
func NewDecoder(r io.Reader) *Decoder { return &Decoder{r: r} }

// Decode reads the next document into v, which must be a *Node; it
// returns io.EOF when there are no more documents.
func (d *Decoder) Decode(v any) error {
	n, ok := v.(*Node)
	if !ok {
		return errTarget
	}
	if d.p == nil {
		if d.err != nil {
			return d.err
		}
		data, err := io.ReadAll(d.r)
		if err != nil {
			d.err = err
			return err
		}
		d.p = newParser(data)
	}
	doc, err := d.p.document()
	if err != nil {
		return err
	}
	if doc == nil {
		return io.EOF
	}
	*n = *doc
	return nil
}
