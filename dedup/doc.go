// Package dedup finds the republished copies of one wire story, across sites
// and over days, so that the events coded from the copies count as mentions
// of one event: a group's members are GDELT's NumArticles, its distinct
// publishers NumSources, and every event coded from a member is one of
// NumMentions. A group keeps the earliest publication time among its members
// and the first wire service credited.
//
// # Use
//
// Add each document as it is read, in any order; it returns the group the
// document joins and whether it copies one indexed before. Group reports a
// group's members, earliest date, wire service and number of publishers.
// Documents are never removed, and the index keeps no text.
//
//	x := dedup.New(dedup.DefaultOptions())
//	group, copied, similarity := x.Add(dedup.Doc{ID: d.ID, Date: d.Date,
//		Publisher: d.Publisher, OriginalSource: d.OriginalSource, Text: body})
//
// Page furniture (bylines, "Read also" links, the site's name) is the
// caller's to strip, with text.Body; a few such lines lower the similarity of
// a copy a little and are tolerated.
//
// # Reading a text
//
// Text is tokenized by text.Tokenize, whose folded forms (text.Fold) make
// the words: lower case, without accents, with ASCII quotes and dashes; the
// punctuation and white space between words only separate them. From the
// words come three things:
//
//   - The exact hash, a 64-bit hash of the sequence of words. Two texts that
//     differ only in case, accents, punctuation, quotes or spacing have the
//     same one.
//   - The content words: the words less English function words and
//     reporting verbs ("the", "on", "said", "according"), which copies add
//     and drop freely: "said on Tuesday" becomes "said Tuesday".
//   - The names: the words written with a capital letter that do not start a
//     sentence or line, less the names of days and months, and the numbers
//     written with three characters or more (2.5, 140, 2,000). They are the
//     facts of a story (people, places, bodies, figures), which a rewrite
//     keeps.
//
// # Two layers
//
// A document is an exact copy of the earliest-indexed document with the same
// exact hash, if any is within MaxAgeDays of it. Exact copies cost one table
// lookup and are not put in the near-duplicate index, so a story reprinted a
// thousand times word for word stays one entry there.
//
// Otherwise the near-duplicate layer compares it with candidates. Its
// similarity to an earlier document is the mean of two Jaccard similarities:
//
//   - words: of their sets of shingles, each two consecutive content words,
//     estimated from MinHash signatures of 96 values (Bands×Rows);
//   - names: of their sets of names, estimated from bottom-32 sketches of
//     16-bit hashes, exact for texts of up to 32 distinct names but for the
//     rare collision of two names' hashes.
//
// A copy shares both. A translation-style rewrite (synonyms, clauses
// reordered) keeps its names while its word pairs drift; a story written on
// the same template as another ("X and Y held talks on Z") shares word pairs
// and not names; another story from the same meeting shares some names and
// few words. When either text has fewer than three names, words decide
// alone. The document joins the group of its most similar candidate at or
// above the threshold, 0.40 by default.
//
// The figures behind these choices come from the labelled corpus of the
// tests: 13 invented wire stories with up to five copies each (a reprint
// with headline, site furniture, curly quotes and "said Tuesday"; a reprint
// without a paragraph; a reprint under a new lead; that reprint dressed as
// the first; a translation-style rewrite) and stories that must stay apart
// from them (same meeting, next-day follow-up, same template). Exact
// Jaccard similarities between a wire story and the others
// (TestWhySimilarityUsesNames):
//
//	                          words, shingles of     names
//	                          2 words     3 words
//	translation rewrite       0.19–0.37   0.07–0.24   0.75–1.00
//	reprint under a new lead  0.50–0.69   0.47–0.65   0.50–1.00
//	same template             0.22–0.36   0.14–0.30   0.21–0.28
//	same meeting, follow-up   0.04–0.16   0.01–0.09   0.14–0.62
//
// No threshold on words alone separates rewrites from templates, at either
// shingle length; names do, and words separate the stories from one
// meeting. Shingles of two content words, which span three to four words of
// running text, keep more of a rewrite's signal than three. With the
// estimated mean, the least similar copy of a wire story scores 0.45 and
// the most similar story that must stay apart 0.35 (TestLabelledPairs).
//
// # Candidates: banded LSH
//
// Candidates come from two banded LSH indexes. The word signature is cut
// into Bands bands of Rows values (32×3 by default); a document is a
// candidate when one band agrees entirely with one of the new document's,
// which for word Jaccard s happens with probability 1-(1-s³)³²:
//
//	s      0.01     0.02     0.05    0.1    0.2    0.3    0.4    0.5    0.6
//	P      3.2e-5   2.6e-4   0.004   0.03   0.23   0.58   0.88   0.986  0.9996
//
// The S-curve turns at (1/32)^(1/3) ≈ 0.31, below the 0.6 – 0.7 usual for
// near-duplicate detection: a reprint under a new lead, on a wire story of
// 200 words, has word Jaccard 0.5 to 0.7, and 0.3 to 0.5 against another
// copy. Unrelated news shares word pairs at 0.01 to 0.02 and is almost
// never a candidate. Rewrites, whose words fall below 0.3, are found by a
// second index of 12 bands of 5 values of a MinHash over the names, whose
// curve 1-(1-s⁵)¹² gives 0.89 at name Jaccard 0.7, 0.99 at 0.8 and 1.2e-4 at
// 0.1. A band keeps at most 64 documents under one key, which bounds the
// candidates of any Add.
//
// The word signature is made by one-permutation hashing with optimal
// densification (each shingle hashed once, not 96 times) and stored as the
// low 8 bits of each value (b-bit MinHash), whose chance agreements the
// estimate corrects.
//
// # Groups
//
// A group's ID is the ID of its first indexed document and never changes:
// callers store events under it. A later-indexed copy published earlier
// moves the group's Earliest, not its ID. Groups are never merged; a
// document whose candidates lie in two groups joins its most similar one.
// So when copies arrive before their wire story, two copies too far apart to
// match each other (a rewrite and a reprint under a new lead) may found two
// groups, and the wire story joins only one of them; on the test corpus
// indexed in reverse, 88% of copy pairs end in one group, against 100% in
// the order of publication. OriginalSource is the first non-empty one among
// the members in the order they were indexed; Publishers counts distinct
// non-empty publishers. MaxAgeDays (7 by default) keeps documents published
// further apart than that from matching at all; a document without a date
// matches any and leaves Earliest alone.
//
// # Cost
//
// Per document the index keeps, with the default options, some 850 to 950
// bytes and never the text: 44 band entries of 8 bytes in tables kept half
// to three quarters full (about 570 bytes), the 96-byte word signature, the
// 65-byte name sketch, the entries of the ID and exact-text tables (about
// 26 bytes), the ID, and 36 bytes of hash, date, group links, publisher and
// source. BenchmarkAdd measures 920, 880 and 830 bytes a document at
// 10,000, 100,000 and 1,000,000 synthetic stories of 300 words, on a
// two-core AMD EPYC.
//
// An Add costs some 30 µs for such a story, most of it tokenizing and
// hashing, which is done outside the index's lock. The lookups read a few
// table slots per band whatever the number of documents, so the time per
// Add stays flat as the index grows: 29, 30 and 35 µs at 10,000, 100,000
// and 1,000,000 documents, the last a little slower for the cache misses
// of a larger index.
//
// Texts of fewer than 8 words (a bare headline, "Photo: Reuters", an empty
// body) are never matched, exactly or nearly.
//
// # Limits
//
// A reprint that keeps only the first paragraphs of a long story has low
// Jaccard similarity to it and is missed; containment, not Jaccard, would
// find it. The function words, calendar words and capitalised names are
// those of English; in a script without capital letters the words decide
// alone. The index only grows; an index over a long stream would drop
// documents older than MaxAgeDays.
package dedup
