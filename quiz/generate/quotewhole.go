package generate

// quoteWholeMax is the most words a quotation in one piece (no comma,
// dash or full stop inside) may have to be shown whole: "Who said “this
// is a chapter of the city's past that its people want to close and move
// on”?". Its pieces past fourteen words are cut (quoteCut), and a cut one
// reads as half of what was said.
const quoteWholeMax = 16

// quoteUsedMax is the most words of a quotation inside a sentence of the
// writer's ("Hasina said the victory was “…”") asked as "Who used the
// words …?": the longer whole quotations are the speaker's own sentences.
const quoteUsedMax = 14
