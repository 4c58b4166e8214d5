// Package petrarch reads the dictionaries of PETRARCH-1 and PETRARCH-2,
// TABARI's successors, and the Phoenix dictionary set they code with, into
// plain Go structures that keep every phrase, code, date and comment with
// its line. Conversion into annals' dictionary is a later step.
//
//	ParseVerbs1     CAMEO.verbpatterns.*.txt  verb blocks, TABARI-style patterns
//	ParseVerbs2     CAMEO.2.0.txt             verb blocks, noun and prepositional phrase patterns, transformations
//	ParseActors     Phoenix.*.actors.txt      TABARI's actors format with '#' comments
//	ParseAgents     Phoenix.agents.txt        agents with plurals and substitution sets
//	ParseDiscards   Phoenix.discards.txt      sentence and story discards
//	ParseIssues     Phoenix.IssueCoding.txt   issue phrases by category
//	ParseWords      Phoenix.prepositions.txt  a word list
//	ParseConfig     PETR_config.ini           the files a run uses
//	ParseOntology   PETR.Internal.Coding.Ontology.txt
//	Detect, Parse   any of these, and TABARI's formats, told by content
//
// PETRARCH strips "<!-- -->" comments, lines beginning "<!", and anything
// after '#'; ';' is kept as a comment too, as in the TABARI files PETRARCH
// inherited. Faults are reported as in package tabari, with the handling of
// the PETRARCH version the file was written for.
//
// # Verb dictionaries
//
// Both versions group verbs in blocks:
//
//	--- PARLEY [040] ---
//	PARLEY
//	MEET {MEETS MET MEETING} [043]
//	+SIT_DOWN
//	- * WITH_ + [043]  # PARLEY <tst 01 Jan 2024>
//
// PETRARCH-1 patterns keep TABARI's syntax (Pattern.Elems), though
// PETRARCH-1 matched whole words only (it dropped TABARI's stemming and
// skipped '{ | }' groups). PETRARCH-2 patterns describe the parse around the
// verb (Pattern.Before, Pattern.After): bare words are noun heads, "{A B C}"
// a noun phrase headed by C, "(PREP ...)" a prepositional phrase. A code
// "[a:p]" gives the active and the passive code ("[:173]": passive only).
//
// # What a parser-free engine cannot honour of PETRARCH-2
//
// PETRARCH-2 matches its patterns against a constituency parse of each
// sentence (Stanford CoreNLP, Penn Treebank tags), not against the words.
// An engine that reads tokens, as annals does, can only approximate:
//
//   - the verb: PETRARCH-2 looks only at words the parser tags VB*, so the
//     noun/verb ambiguity TABARI's patterns worked around is not in the
//     dictionary; "+SIT_DOWN" relies on the parser to find the particle.
//   - noun-phrase heads: "{HARBOUR TALKS}" must be the head of a noun
//     phrase that is an argument of the verb, with HARBOUR among its modifiers;
//     word order and adjacency only approximate headedness.
//   - prepositional phrases: "(WITH GUIDE)" must be a PP attached to the
//     verb's phrase, with GUIDE its object's head; attachment ambiguity
//     ("met the minister of defence in Paris") needs the tree.
//   - source and target: they come from the subject and object positions
//     of the parse, which is why '$' and '+' are rare in its patterns;
//     passive voice (the passive half of "[a:p]") is read from the tree.
//   - transformations: "~ a (b . BOMBARD) BOAST = a b 112" rewrites an event
//     whose target is a clause holding another event; finding that clause
//     needs the parse.
//   - code composition: nested verbs ("refuse to attack", "want to meet")
//     combine their codes through the PICO values of the ontology file;
//     the nesting comes from the parse.
//   - negation, and actors found as noun phrases not in the dictionary
//     (its new_actor_length option).
//
// Everything else (synsets with generated plurals, verb forms, the codes,
// the actor and agent dictionaries, discards, issues) is honoured as read.
package petrarch
