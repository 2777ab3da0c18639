package generate

// nobleTitle reports a title of nobility, which is no office: "What
// office does William hold?" "Prince" leaves "Duke" (of Cambridge) right
// too, for one man holds several such titles at once. A reigning crown
// ("King", "Emperor") is an office and is still asked.
func nobleTitle(office string) bool {
	switch officeKey(office) {
	case "prince", "princess", "duke", "duchess", "grand duke", "grand duchess", "count", "countess",
		"baron", "baroness", "lord", "lady", "earl", "marquess", "viscount":
		return true
	}
	return false
}

// classOffice reports a name for a class of offices rather than one
// office: every portfolio offered as a wrong choice ("Foreign Minister",
// "Finance Minister") is itself a cabinet minister, so "Cabinet
// Minister" would not be the one right answer.
func classOffice(office string) bool {
	switch officeKey(office) {
	case "cabinet minister", "government minister", "cabinet member", "minister", "junior minister":
		return true
	case "police chief":
		// The head of a police force by description: a Police
		// Commissioner or an Inspector-General is one too.
		return true
	}
	return false
}
