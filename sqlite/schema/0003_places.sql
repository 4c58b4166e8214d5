-- 0003: places imported from GeoNames (annals geo import), for users who
-- need every village; the built-in gazetteer is asked first.

CREATE TABLE places (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL,
    country   TEXT    NOT NULL DEFAULT '', -- annals (ISO alpha-3) code
    adm1      TEXT    NOT NULL DEFAULT '', -- name of the first-level division
    lat       REAL    NOT NULL,
    lon       REAL    NOT NULL,
    precision TEXT    NOT NULL DEFAULT '', -- country, adm1, adm2, district, city, feature
    rank      INTEGER NOT NULL DEFAULT 9,  -- lower wins among places of one name
    UNIQUE (name, country, lat, lon)       -- importing a file again adds nothing
);

-- Every name of a place (its own, its ASCII form, its alternates), under the
-- key geo.Key gives it: folded, without punctuation.
CREATE TABLE place_names (
    key   TEXT    NOT NULL,
    place INTEGER NOT NULL REFERENCES places (id) ON DELETE CASCADE,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
