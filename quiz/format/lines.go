package format

import (
	"bytes"
	"sort"
)

// lineBlock is how many bytes of a file each checkpoint of a lineIndex
// covers: a lookup reads at most two blocks.
const lineBlock = 256

// lineIndex turns byte offsets into lines and columns. It is built in
// one pass over the file and keeps a checkpoint every lineBlock bytes,
// not every line start, so that its size follows the file's size
// whatever its shape (15 MiB of new lines, or one line of 15 MiB), and a
// lookup never goes back to the start of the file or of a long line.
type lineIndex struct {
	data   []byte
	checks []lineCheck // checks[k] describes data[k*lineBlock]
	lines  int         // 1 + the number of '\n': the last line may be empty
}

type lineCheck struct {
	line      int // 1-based line of the checkpoint's byte
	lineStart int // offset of that line's first byte
	runes     int // characters before the checkpoint
}

func newLineIndex(data []byte) *lineIndex {
	li := &lineIndex{data: data, checks: make([]lineCheck, 0, len(data)/lineBlock+1)}
	c := lineCheck{line: 1}
	for k := 0; k <= len(data); k += lineBlock {
		li.checks = append(li.checks, c)
		block := data[k:min(k+lineBlock, len(data))]
		if n := bytes.Count(block, []byte{'\n'}); n > 0 {
			c.line += n
			c.lineStart = k + bytes.LastIndexByte(block, '\n') + 1
		}
		c.runes += runeStarts(block)
	}
	li.lines = c.line
	return li
}

// runeStarts counts the bytes of b that start a character: in valid
// UTF-8 (which the readers are given), the number of characters, even
// when b starts or ends in the middle of one.
func runeStarts(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

// runesBefore returns the number of characters before offset off.
func (li *lineIndex) runesBefore(off int) int {
	k := off / lineBlock
	return li.checks[k].runes + runeStarts(li.data[k*lineBlock:off])
}

// pos returns the 1-based line and column (in characters) of byte
// offset off (clamped to the file).
func (li *lineIndex) pos(off int) (line, col int) {
	off = min(max(off, 0), len(li.data))
	k := off / lineBlock
	c := li.checks[k]
	before := li.data[k*lineBlock : off]
	line, start := c.line, c.lineStart
	if n := bytes.Count(before, []byte{'\n'}); n > 0 {
		line += n
		start = k*lineBlock + bytes.LastIndexByte(before, '\n') + 1
	}
	return line, 1 + li.runesBefore(off) - li.runesBefore(start)
}

// lineStart returns the offset of the first byte of a 1-based line
// (clamped to the file's lines).
func (li *lineIndex) lineStart(line int) int {
	line = min(max(line, 1), li.lines)
	k := sort.Search(len(li.checks), func(k int) bool { return li.checks[k].line > line }) - 1
	c := li.checks[k]
	if c.line == line {
		return c.lineStart
	}
	// The line starts in block k: the next checkpoint is on a later line.
	off := k * lineBlock
	for n := line - c.line; n > 0; n-- {
		off += bytes.IndexByte(li.data[off:], '\n') + 1
	}
	return off
}

// lineEnd returns the offset of the '\n' that ends the line holding
// offset off, or len(data) on the last line.
func lineEnd(data []byte, off int) int {
	if i := bytes.IndexByte(data[off:], '\n'); i >= 0 {
		return off + i
	}
	return len(data)
}
