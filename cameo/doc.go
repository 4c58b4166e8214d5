// Package cameo is the table of CAMEO event codes: what each code is called,
// where it sits in the hierarchy, its weight on the Goldstein scale and its
// GDELT quad class.
//
// CAMEO (Conflict and Mediation Event Observations) sorts political events
// into 20 roots, from 01 "Make public statement" to 20 "Use unconventional
// mass violence". Each root has three-digit codes beneath it, and some of
// those have four-digit codes beneath them:
//
//	02    Appeal
//	021   Appeal for material cooperation
//	0211  Appeal for economic cooperation
//
// The coder assigns codes; this package says what they mean. The table holds
// every code of the CAMEO 1.1b3 codebook and lives in codes.txt, a plain text
// file embedded in the binary and read once when the package is loaded.
//
// Lookup answers only for codes in the table. A dictionary may use a code
// CAMEO does not define, such as a four-digit child the codebook never
// listed; a caller who wants to keep such an event can fall back to
// RootOf(code), which is always in the table when it is not empty.
//
// Goldstein weights follow the scale used by the Phoenix data set, so that
// figures computed from annals events are comparable with Phoenix. Quad
// classes follow GDELT: verbal cooperation for roots 01-05, material
// cooperation for 06-09, verbal conflict for 10-14 and material conflict
// for 15-20.
package cameo
