package generate

// An office that names its own body ("Election Commission Secretary",
// "Party Chairman", "Court Registrar") is that body's, which the article
// places in one country: it is offered as a wrong choice in another
// country only when the article gives it there. "Election Commission
// Secretary of India" was offered beside "Prime Minister of India" from
// a page naming Bangladesh's election commission secretary.

// bodyWords are the words that name a body inside an office.
var bodyWords = setOf("commission|council|committee|board|authority|agency|bureau|bank|party|court|assembly|department|ministry|corporation|tribunal|federation|association|foundation|institute|university|college|trust")

// namesOwnBody reports an office that names its body ("Election
// Commission Secretary"), read word by word.
func namesOwnBody(office string) bool {
	var buf [8]string
	for _, w := range appendFields(buf[:0], officeKey(office)) {
		if bodyWords[w] {
			return true
		}
	}
	return false
}

// bodyOfficeAbroad reports whether office of country is a body's office
// offered in a country the article does not give it in: bodyOffices
// holds "office|country" of every leader of the article.
func bodyOfficeAbroad(office, country string, bodyOffices map[string]bool) bool {
	return country != "" && namesOwnBody(office) && !bodyOffices[office+"|"+country]
}
