// Package geo resolves place names to places: a country, a city, a
// first-level division, a disputed region or a feature such as a strait or a
// corridor, each with its country, its first-level division and a point.
//
// A Gazetteer is read from files in annals' own tab-separated format (see
// FORMAT.md). Builtin returns the gazetteer embedded in the binary, written
// for annals from public facts: every state and territory of
// dict/builtin/countries.txt, their capitals, some 1,500 cities (the large
// ones of every region and the smaller towns conflict news names), the
// first-level divisions of the countries whose politics annals codes most,
// and the disputed regions, corridors, lines, seas and straits that conflict
// news uses.
//
// Lookup matches a name, or any of its alternative names, after folding
// case, accents and punctuation ("Zürich" = "Zurich", "Washington, D.C." =
// "Washington DC"), and chooses among places of the same name by a fixed,
// deterministic order: places in the country the caller hints at first; a
// country when the name is a country's name ("Georgia" is the country unless
// the hint is USA); then capitals, cities by population, first-level
// divisions and regions, and features. A name qualified after a comma
// ("Springfield, Illinois", "Paris, TX", "Hyderabad, Pakistan") keeps only
// the places whose division or country matches the qualifier.
//
// Phrases hands every name and alternative name to a caller that builds its
// own matcher, such as the coder's token trie.
//
// ImportGeoNames reads the GeoNames dumps (allCountries.txt, cities15000.txt
// and the like, with alternateNamesV2.txt and admin1CodesASCII.txt) for
// callers that want more places than the built-in gazetteer holds; it maps
// GeoNames' ISO alpha-2 country codes to annals' alpha-3 codes with Alpha3.
//
// Every parser here reports a malformed line with its file, line and column
// and never panics on input.
package geo
