// Package coder turns documents into CAMEO-coded events by shallow parsing,
// as TABARI does: no syntactic parser, only dictionaries and a few rules of
// English clause structure.
//
// For each sentence it
//
//  1. drops sentences with a discard phrase or a sports score;
//  2. finds actor phrases with the dictionary trie and composes them into
//     mentions ("his Azerbaijani counterpart Ilham Aliyev" → AZEGOV;
//     "the Presidents of Russia and Azerbaijan" → RUSGOV, AZEGOV), coding
//     people by the roles they hold on the date;
//  3. joins mentions into compounds ("Putin, Pashinyan and Aliyev");
//  4. matches verb patterns, keeping the heaviest non-overlapping ones;
//  5. assigns source and target: pattern slots first, else the subject
//     before the verb and the first actor after it in the same clause, with
//     passive voice ("was attacked by"), negation, attribution ("X said Y
//     attacked Z") and every pair of a compound subject;
//  6. dates each event by the date expression nearest its verb.
package coder
