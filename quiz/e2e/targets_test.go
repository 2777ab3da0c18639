package e2e

import (
	"context"
	"testing"
)

// smallTargetsJS lists the visible tap targets of the page smaller than
// 44x44 px: buttons, links, fields, summaries and focusable regions. A
// radio button or a check box is measured by the tile (label) around it,
// which is what a finger hits (a file field by its button-like label). As in WCAG's target size rule, a link
// inside a sentence is left out: it cannot be taller than its line.
const smallTargetsJS = `(() => {
	const small = [];
	const inSentence = a => {
		const block = a.closest("p, li, td, dd, figcaption, small");
		return !!block && block.textContent.trim().length > a.textContent.trim().length + 1;
	};
	const name = e => (e.id ? "#" + e.id : e.tagName.toLowerCase()) +
		(" " + (e.getAttribute("aria-label") || e.textContent || e.value || "").trim().replace(/\s+/g, " ").slice(0, 40));
	for (const e of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea, summary, [role=button], [tabindex='0']")) {
		if (e.closest("[hidden], [aria-hidden=true]") || e.disabled) continue;
		if (e.tagName === "A" && inSentence(e)) continue;
		let r = e.getBoundingClientRect();
		if ((e.type === "radio" || e.type === "checkbox" || e.type === "file") && e.labels) {
			for (const l of e.labels) {
				const lr = l.getBoundingClientRect();
				if (lr.width * lr.height > r.width * r.height) r = lr;
			}
		}
		if (r.width === 0 && r.height === 0) continue; // not shown
		const st = getComputedStyle(e);
		if (st.visibility === "hidden" || st.display === "none") continue;
		if (r.width < 43.5 || r.height < 43.5) small.push(name(e) + ": " + Math.round(r.width) + "x" + Math.round(r.height) + " px");
	}
	return small;
})()`

// smallTargets fails the test for every tap target under 44x44 px.
func smallTargets(t testing.TB, ctx context.Context, where string) {
	t.Helper()
	for _, s := range eval[[]string](t, ctx, smallTargetsJS) {
		t.Errorf("%s: a tap target under 44x44 px: %s", where, s)
	}
}

// axeFrom fails the test for every axe violation of the given impact or
// worse ("moderate", "serious" or "critical").
func axeFrom(t testing.TB, ctx context.Context, where, least string) {
	t.Helper()
	rank := map[string]int{"minor": 0, "moderate": 1, "serious": 2, "critical": 3}
	if _, ok := rank[least]; !ok {
		t.Fatalf("axeFrom: unknown impact %q", least)
	}
	for _, v := range axeAll(t, ctx) {
		if rank[v.Impact] >= rank[least] {
			t.Errorf("axe on %s: %s", where, v)
		}
	}
}

// axeAll is every axe violation of the page, whatever its impact.
func axeAll(t testing.TB, ctx context.Context) []violation {
	t.Helper()
	injectAxe(t, ctx)
	return eval[[]violation](t, ctx, `axe.run(document, {resultTypes: ["violations"]}).then(r =>
		r.violations.map(v => ({id: v.id, impact: v.impact || "", help: v.help,
			nodes: v.nodes.map(n => n.target.join(" "))})))`)
}
