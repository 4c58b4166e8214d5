-- 0004: the document's declared language.

-- lang is the BCP 47 tag the source declared ("en-GB", "fr"): '' when it
-- declared none. Recoding reads it back so that numeric dates that read
-- both ways ("09/11/2020") are read as they were at ingest.
ALTER TABLE documents ADD COLUMN lang TEXT NOT NULL DEFAULT '';
