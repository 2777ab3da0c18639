package format

import "factquiz/quiz"

func parseGIFT(name string, data []byte) (*quiz.Quiz, Problems) {
	return nil, Problems{{File: name, Msg: "GIFT files are not read yet"}}
}
