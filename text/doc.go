// Package text is the text stage of the annals pipeline: it turns a
// document's body into the sentences and tokens the coder matches against
// its dictionaries.
//
// A document passes through three steps, each keeping byte offsets into the
// document's original text, so that every event can point back at its
// evidence:
//
//  1. Body drops the page furniture around the story (photo credits,
//     bylines, "Read also" links, the site's tag line) and reads the wire
//     credit ("Based on materials from TASS", "BAKU (Reuters) -") that says
//     where the story comes from.
//  2. Sentences splits each codable span into sentences, knowing that
//     "Mr.", "Nov. 9" and "J. R. R." do not end one.
//  3. Tokenize (or AppendTokens, which reuses memory) splits a sentence into
//     words, numbers and punctuation marks, each with the folded form Fold
//     gives it for matching: lower case, without accents, with ASCII quotes
//     and dashes.
//
// Dictionaries are tokenized and folded by the same rules, which is what lets
// "Erdoğan's" in a story match "Erdogan" in a dictionary.
//
// All functions take any input, including text that is not valid UTF-8 and
// spans that reach outside the text, without panicking. Tokenize and
// Sentences scan bytes with table lookups and no regular expressions: the
// coder has a budget of some 25 µs for each sentence, all stages included.
package text
