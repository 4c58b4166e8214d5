// Package tabari reads the dictionaries of TABARI, the event coder that
// produced CAMEO event data from 2000 to 2014, into plain Go structures:
// one tree per file, keeping every phrase, code, date and comment, with the
// line each came from. It does not build a matcher; converting the trees
// into annals' dictionary is a later step, which this package makes simple
// by keeping things as written and flagging what the coder did not use.
//
//	ReadProject  .project  the files a coding run uses
//	ParseVerbs   .verbs    verbs and their patterns, synsets, <TIME>, <NOUN> lists
//	ParseActors  .actors   actor phrases with (date-restricted) codes
//	ParseAgents  .agents   agent phrases ("~GOV") and substitution sets
//	ParseOptions .options  COMPLEX, SET, DEFAULT, COMMA, LABEL..., synsets
//	Load         a project and every file it names
//
// PETRARCH, TABARI's successor, reads the same actors and agents formats
// with its own comment rules; the ...As functions take the Syntax, and
// package petrarch builds on them.
//
// # The formats
//
// All files are lines of text. In TABARI's syntax ';' starts a comment and
// a line beginning with '#' is one; comments are kept on the entries they
// follow, since they carry data (coder and date, a source file, a
// company's sector). A line beginning "~~" ends the dictionary; the rest
// is the file's Tail, which TABARI rewrote unchanged.
//
// Phrases are upper-case words. A word is a stem unless it ends in '_'; a
// blank between words allows other words between them, a '_' joins them
// ("UNITED_NATIONS_"); "~_" joins a stem ("SOON~_AFTER"); a final '='
// asks for no regular endings. See Elem.
//
// A verbs file holds entries "VERB [CODE]", each followed by an optional
// "{ FORM FORM }" line of irregular forms and by patterns:
//
//	BOMBARD [190] ;tst 01 Jan 2024
//	- + { IS | ARE } * BY_ $ [195]
//
// Pattern elements are words, '*' (the verb), '$' (source), '+' (target),
// '%' (compound actor), '^' (skip), '&SYNSET', and "{ A | B }" groups. A
// code is three or four digits, a paired code "032:033", or one of the
// special codes "---" (null), "###" (discard) and "+++" (complex).
// <SYNSETS>, <TIME>, <ATTRIB>, <NOUN> and <ADJECTIVE> sections may appear.
//
// An actors file holds entries "PHRASE [CODE]", "+SYNONYM" lines, and
// indented date lines; a code may be restricted to dates: "[FRDGOV
// 330101-331231]", "[SYLGOV <390901]", "[FRDELI >340101]". Six-digit years
// 00-30 are 2000-2030. Agents are "PHRASE {PLURAL} [~CODE]".
//
// # Faults
//
// Dictionaries written by hand over decades hold mistakes. Every one the
// reader meets is reported once, as a Fault with its file:line and a
// FaultKind, and handled the way the coder the file was written for handled
// it; the kinds document the handling. Entries the coder refused are kept
// and marked Ignored, so that nothing is lost and the converter can skip
// them. The reference dictionaries hold, among others:
//
//   - '&' alone inside actor phrases ("A_&_B_"): TABARI read any word
//     beginning with '&' as a synset name and refused the entry (MISS_SYN).
//   - duplicate phrases, in the same file: TABARI warned (DUP_ROOT); both
//     are kept, the later marked DuplicateOf.
//   - days past the end of their month ("080631"): TABARI accepted days up
//     to 31 in any month; they are kept.
//   - intervals that end before they start ("270101-730717": the 27 was
//     meant as 1927 but reads as 2027): kept, so they never apply.
//   - odd event codes (a letter O for a zero, two digits for three): kept
//     as written.
//   - a pattern group closed with ']' instead of '}': read as '}'.
//   - PETRARCH-2's stray "]--" (the block code "[110]---"): see package
//     petrarch.
//
// The TABARI source that read the dictionaries (input.cp) is not among the
// references this package was written from; where a handling is said to be
// TABARI's it follows TABARI's error classes (TABARI.h), its project
// reader, its manual's rules as PETRARCH's documentation restates them,
// and what its validation files show.
package tabari
