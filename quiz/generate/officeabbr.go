package generate

// namesOfficeShort reports a normalized prompt that names office in a
// headline's short form: "When did British PM Rishi Sunak concede
// defeat?" names the office of "What office does Rishi Sunak hold?"
// (Prime Minister) as plainly as the full title would.
func namesOfficeShort(normPrompt, office string) bool {
	key := officeKey(office)
	for short, full := range headlineOffices {
		if officeKey(full) == key && hasNormalWords(normPrompt, short) {
			return true
		}
	}
	return false
}
