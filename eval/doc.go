// Package eval scores coded events against gold files.
//
// Its figures are those of the reference scorer, shared/tools/score_events.py,
// on the same input: the same matching, the same levels, the same rounding,
// the same text and JSON output. Where the two disagree, this package is
// wrong. The rules, as that scorer has them:
//
//   - Only documents in the gold file are scored; predictions for other
//     documents are ignored. When a gold id appears twice, the later line
//     replaces the earlier one but keeps its place (a Python dict).
//   - Matching is one-to-one inside each document. Required gold events are
//     matched first, then optional ones, each in file order; each takes the
//     first unused prediction, in prediction order, that has its key, or, for
//     a symmetric event, the reversed key. A matched optional event counts
//     neither as a hit nor a miss, and its prediction is not an extra.
//   - Once a symmetric event is matched, unused predictions with its key or
//     the reversed key are ignored rather than counted as extras.
//   - Levels compare (source, target, code) keys: root compares the first 3
//     letters of each actor and the first 2 digits of the code, actor whole
//     actors and the code root, strict everything. Dated is the root level
//     over gold events that have a date, whose prediction must carry the same
//     date; unmatched predictions do not count there, so its precision and F1
//     are NaN and only its recall is reported.
//   - A level with no predictions has precision 0 and one with no gold
//     events recall 0; F1 is 0 when precision and recall are both 0.
//
// ReadGold and ReadPreds read files as the Python does (json.loads, str() of
// ids and codes, truthiness of flags, universal newlines), so that a file
// either scores the same or is rejected with an EINVALID error where the
// Python would stop with a traceback.
package eval
