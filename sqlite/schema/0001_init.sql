-- 0001: documents, their coded sentences with a full-text index, events and
-- the mentions that tie an event to the sentence that reported it.

-- One row per document. id is the internal key that every other table
-- points at; doc_id is the caller's id, url where the story was published.
CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    doc_id          TEXT    NOT NULL UNIQUE,
    url             TEXT    NOT NULL DEFAULT '',
    title           TEXT    NOT NULL DEFAULT '',
    publisher       TEXT    NOT NULL DEFAULT '',
    original_source TEXT    NOT NULL DEFAULT '',
    published       TEXT    NOT NULL DEFAULT '', -- RFC 3339; '' when unknown
    content_hash    TEXT    NOT NULL,
    text            TEXT    NOT NULL,
    dict_version    TEXT    NOT NULL DEFAULT '',
    stored_at       TEXT    NOT NULL             -- RFC 3339, UTC
);

-- Many documents have no URL; those that have one have it once.
CREATE UNIQUE INDEX documents_url ON documents (url) WHERE url <> '';

-- The coded sentences of a document. idx is annals.Sentence.Index; start
-- and end are byte offsets into documents.text.
CREATE TABLE sentences (
    id       INTEGER PRIMARY KEY,
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx      INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     TEXT    NOT NULL,
    UNIQUE (document, idx)
);

-- Full-text index over sentence text. It is an external-content table: the
-- text lives once, in sentences. The write path keeps the index in step in
-- the transaction that changes the sentences. There are no triggers: FTS5
-- writes its pending terms to disk at the start of every statement that
-- writes to it inside a transaction, so one statement per sentence would
-- make a segment per sentence; the write path indexes a whole transaction's
-- sentences with one statement instead. columnsize=0: no ranking, so no
-- per-row token counts.
CREATE VIRTUAL TABLE sentences_fts USING fts5 (
    text,
    content = 'sentences',
    content_rowid = 'id',
    columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Merge index segments eight at a time rather than four: a third less
-- merging on every write, for a few more segments for a query to read.
INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 8);

-- One row per coded event, with every field of annals.Event. The evidence
-- sentence must exist: (document, sentence) refers to sentences (document, idx).
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    document        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence        INTEGER NOT NULL,
    date            TEXT    NOT NULL DEFAULT '', -- YYYY-MM-DD; '' when undated
    date_precision  TEXT    NOT NULL DEFAULT '',
    date_text       TEXT    NOT NULL DEFAULT '',
    planned         INTEGER NOT NULL DEFAULT 0,
    source          TEXT    NOT NULL DEFAULT '',
    target          TEXT    NOT NULL DEFAULT '',
    code            TEXT    NOT NULL DEFAULT '',
    root            TEXT    NOT NULL DEFAULT '',
    quad            INTEGER NOT NULL DEFAULT 0,
    goldstein       REAL    NOT NULL DEFAULT 0,
    source_text     TEXT    NOT NULL DEFAULT '',
    target_text     TEXT    NOT NULL DEFAULT '',
    verb_text       TEXT    NOT NULL DEFAULT '',
    start           INTEGER NOT NULL DEFAULT 0,
    "end"           INTEGER NOT NULL DEFAULT 0,
    pattern         TEXT    NOT NULL DEFAULT '',
    original_source TEXT    NOT NULL DEFAULT '',
    location        TEXT,                        -- annals.Place as JSON; NULL when unknown
    dict_version    TEXT    NOT NULL DEFAULT '',
    -- The countries of either side, for country dyads. Virtual: computed on
    -- read, stored only in the index that uses them.
    source_country  TEXT GENERATED ALWAYS AS (substr(source, 1, 3)) VIRTUAL,
    target_country  TEXT GENERATED ALWAYS AS (substr(target, 1, 3)) VIRTUAL,
    FOREIGN KEY (document, sentence) REFERENCES sentences (document, idx)
);

-- Query paths. events_date also gives Events its order without a sort;
-- events_dyad serves source prefixes as well as actor dyads.
CREATE INDEX events_date ON events (date, document, sentence);
CREATE INDEX events_dyad ON events (source, target, date);
CREATE INDEX events_target ON events (target);
CREATE INDEX events_root ON events (root);
CREATE INDEX events_code ON events (code);
CREATE INDEX events_country_dyad ON events (source_country, target_country, date);
-- Replacing a document and checking the sentence reference look events up by document.
CREATE INDEX events_document ON events (document, sentence);

-- Where an event was reported. One mention per event for now: the event's
-- own document and sentence. Grouping republished copies of a story will
-- give one event several mentions.
CREATE TABLE mentions (
    event    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    document INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (event, document, sentence)
) WITHOUT ROWID;

CREATE INDEX mentions_document ON mentions (document);
