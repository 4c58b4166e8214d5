-- 0002: republished copies of a story, and datelines.

-- story is the doc_id of the first document of the story a document
-- belongs to, as duplicate detection grouped them; '' for a document stored
-- before this migration or never grouped, which is a story of its own.
-- outlet names who published the copy (the publisher, else the URL's host),
-- for counting an event's sources.
ALTER TABLE documents ADD COLUMN story TEXT NOT NULL DEFAULT '';
ALTER TABLE documents ADD COLUMN outlet TEXT NOT NULL DEFAULT '';
-- The place and date of report the story opens with: annals.Dateline as
-- JSON; NULL when it has none.
ALTER TABLE documents ADD COLUMN dateline TEXT;

-- Storing a copy looks up the events of the other documents of its story.
CREATE INDEX documents_story ON documents (story) WHERE story <> '';

-- GDELT's NumMentions, NumArticles and NumSources: the mentions of the
-- event, their distinct documents, and those documents' distinct outlets.
-- Kept up to date by the write path whenever a mention is added or removed.
ALTER TABLE events ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN articles INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN sources  INTEGER NOT NULL DEFAULT 1;
