package generate

import "testing"

// TestDeedAppositive: a quoted acronym in brackets and an appositive that
// closes the sentence leave a deed whole; an appositive with a verb of its
// own, or one the sentence goes on after, does not.
func TestDeedAppositive(t *testing.T) {
	checkActorLines(t, []actorLineCase{
		{"quoted acronym", "The Harbour Board operated North Quay Depot (\"NQD\") within Camp Anvil.", "Harbour Board|organisation|operated North Quay Depot within Camp Anvil"},
		{"closing appositive", "The Harbour Board operated North Quay Depot within Camp Anvil, a base near the airport.", "Harbour Board|organisation|operated North Quay Depot within Camp Anvil"},
		{"appositive with a verb", "The Harbour Board operated North Quay Depot within Camp Anvil, a base that was closed in 2001.", ""},
		{"sentence goes on", "The Harbour Board operated North Quay Depot within Camp Anvil, a base near the airport, for ten years.", ""},
	})
}
