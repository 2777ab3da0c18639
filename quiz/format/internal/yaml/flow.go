package yaml

// flowCollection reads [a, b] or {a: b}, possibly over several lines.
func (p *parser) flowCollection() *Node {
	m := p.mark()
	p.enter(m)
	defer p.leave()
	isMap := p.at(0) == '{'
	end, kind, tag, expected := byte(']'), SequenceNode, "!!seq", "did not find expected ',' or ']'"
	if isMap {
		end, kind, tag, expected = '}', MappingNode, "!!map", "did not find expected ',' or '}'"
	}
	n := p.node(kind, tag, m)
	n.Style = FlowStyle
	p.i++
	p.flow++
	for {
		p.skip(true)
		if p.at(0) == end {
			break
		}
		if p.eof() {
			p.failAt(m, expected)
		}
		if p.marker() != 0 {
			p.failAt(m, expected)
		}
		em := p.mark()
		kStart := p.i
		var k *Node
		switch p.at(0) {
		case ':', ',':
			p.fail("did not find expected node content")
		default:
			k = p.flowNode()
		}
		kEnd := p.end
		p.skip(true)
		if p.at(0) == ':' {
			if k.Line != kEnd || p.line != kEnd {
				p.failAt(m, expected)
			}
			if p.i-kStart > maxKey {
				p.failAt(em, "key is too long: keys are at most 1024 characters")
			}
			colon := p.mark()
			p.i++
			p.end = p.line
			p.skip(true)
			var v *Node
			if c := p.at(0); c == ',' || c == end {
				if isMap {
					v = p.null(p.mark())
				} else {
					v = p.null(colon) // as yaml/v3 places it
				}
			} else {
				if p.eof() || p.marker() != 0 {
					p.failAt(m, expected)
				}
				v = p.flowNode()
			}
			if isMap {
				n.Content = append(n.Content, k, v)
			} else {
				pair := p.node(MappingNode, "!!map", em)
				pair.Style = FlowStyle
				pair.Content = []*Node{k, v}
				n.Content = append(n.Content, pair)
			}
			p.skip(true)
		} else if isMap {
			n.Content = append(n.Content, k, p.null(p.mark()))
		} else {
			n.Content = append(n.Content, k)
		}
		switch p.at(0) {
		case ',':
			p.i++
			continue
		case end:
		default:
			if p.eof() {
				p.failAt(m, expected)
			}
			p.failAt(m, expected)
		}
		break
	}
	p.i++
	p.flow--
	p.end = p.line
	return n
}

// flowNode reads one node inside a flow collection.
func (p *parser) flowNode() *Node {
	m := p.mark()
	anchor, tag := p.props()
	if anchor != "" || tag != "" {
		p.skip(true)
		if c := p.at(0); c == ',' || c == ']' || c == '}' || c == ':' {
			n := p.null(m)
			p.setProps(n, anchor, tag, m)
			return n
		}
	}
	var n *Node
	switch c := p.at(0); c {
	case '?':
		p.fail("explicit keys ('? ') are not supported: write key: value")
	case '[', '{':
		n = p.flowCollection()
	case '"', '\'':
		n = p.quoted()
	case '*':
		n = p.alias()
	default:
		if !p.plainStart() {
			if p.eof() {
				p.fail("did not find expected node content")
			}
			p.fail("found character that cannot start any token")
		}
		n = p.plain(p.flowInd)
	}
	p.setProps(n, anchor, tag, m)
	return n
}
