-- The whole library in one file. Dates are ISO-8601 text (UTC instants, or YYYY-MM-DD for publication).

CREATE TABLE import (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    source      TEXT NOT NULL,
    format      TEXT NOT NULL,
    new_count       INTEGER NOT NULL DEFAULT 0,
    updated_count   INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    error_count     INTEGER NOT NULL DEFAULT 0,
    undone_at   TEXT
);

CREATE TABLE paper (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    title_key   TEXT NOT NULL UNIQUE,      -- normalised title: the identity of a paper across listings
    abstract    TEXT NOT NULL DEFAULT '',
    authors     INTEGER,
    published   TEXT,
    upvotes     INTEGER,
    comments    INTEGER,
    arxiv_id    TEXT UNIQUE,
    url         TEXT,
    status      TEXT NOT NULL DEFAULT 'new'
                CHECK (status IN ('new', 'queued', 'reading', 'read', 'dropped')),
    queue_pos   REAL,                      -- fractional, so an insert never renumbers the queue
    added_at    TEXT NOT NULL,
    import_id   INTEGER REFERENCES import(id) ON DELETE SET NULL,
    split_confidence REAL
);
CREATE INDEX paper_by_status    ON paper(status, id);
CREATE INDEX paper_by_queue     ON paper(queue_pos) WHERE queue_pos IS NOT NULL;
CREATE INDEX paper_by_added     ON paper(added_at, id);
CREATE INDEX paper_by_published ON paper(published, id);
CREATE INDEX paper_by_upvotes   ON paper(upvotes, id);
CREATE INDEX paper_by_import    ON paper(import_id);

-- What an import changed in papers that were already there, so it can be undone exactly.
CREATE TABLE import_update (
    import_id    INTEGER NOT NULL REFERENCES import(id) ON DELETE CASCADE,
    paper_id     INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    old_upvotes  INTEGER,
    old_comments INTEGER,
    PRIMARY KEY (import_id, paper_id)
) WITHOUT ROWID;

CREATE TABLE status_change (
    id        INTEGER PRIMARY KEY,
    paper_id  INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    status    TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE INDEX status_change_by_paper ON status_change(paper_id, at);
CREATE INDEX status_change_by_time  ON status_change(status, at);

CREATE TABLE tag (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE paper_tag (
    paper_id  INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (paper_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX paper_tag_by_tag ON paper_tag(tag_id, paper_id);

CREATE TABLE note (
    paper_id    INTEGER PRIMARY KEY REFERENCES paper(id) ON DELETE CASCADE,
    body        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE TABLE note_revision (
    id        INTEGER PRIMARY KEY,
    paper_id  INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    body      TEXT NOT NULL,
    saved_at  TEXT NOT NULL
);
CREATE INDEX note_revision_by_paper ON note_revision(paper_id, saved_at);

CREATE TABLE family (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    color       TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'reader' CHECK (kind IN ('reader', 'model', 'topic', 'rule')),
    rule        TEXT,                      -- a saved search, for rule families
    reason      TEXT,                      -- the words that justified the proposal
    created_at  TEXT NOT NULL
);
-- Membership by id, with where it came from.
CREATE TABLE family_member (
    family_id  INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    paper_id   INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    source     TEXT NOT NULL CHECK (source IN ('reader', 'rule', 'model-name', 'topic')),
    score      REAL,
    added_at   TEXT NOT NULL,
    PRIMARY KEY (family_id, paper_id)
) WITHOUT ROWID;
CREATE INDEX family_member_by_paper ON family_member(paper_id, family_id);
-- A reader's "not in this family": nothing automatic may add the paper again.
CREATE TABLE family_rejection (
    family_id  INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    paper_id   INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    PRIMARY KEY (family_id, paper_id)
) WITHOUT ROWID;
-- Less confident matches, waiting for the reader's yes or no.
CREATE TABLE family_suggestion (
    family_id  INTEGER NOT NULL REFERENCES family(id) ON DELETE CASCADE,
    paper_id   INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    score      REAL NOT NULL,
    PRIMARY KEY (family_id, paper_id)
) WITHOUT ROWID;
CREATE INDEX family_suggestion_by_paper ON family_suggestion(paper_id);

-- Full-text search over title, abstract, note and tags, kept in step by triggers.
CREATE VIRTUAL TABLE paper_fts USING fts5(title, abstract, note, tags, tokenize = 'porter unicode61 remove_diacritics 2');

CREATE TRIGGER paper_fts_insert AFTER INSERT ON paper BEGIN
    INSERT INTO paper_fts(rowid, title, abstract, note, tags) VALUES (new.id, new.title, new.abstract, '', '');
END;
CREATE TRIGGER paper_fts_update AFTER UPDATE OF title, abstract ON paper BEGIN
    UPDATE paper_fts SET title = new.title, abstract = new.abstract WHERE rowid = new.id;
END;
CREATE TRIGGER paper_fts_delete AFTER DELETE ON paper BEGIN
    DELETE FROM paper_fts WHERE rowid = old.id;
END;
CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
    UPDATE paper_fts SET note = new.body WHERE rowid = new.paper_id;
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
    UPDATE paper_fts SET note = new.body WHERE rowid = new.paper_id;
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    UPDATE paper_fts SET note = '' WHERE rowid = old.paper_id;
END;
CREATE TRIGGER tag_fts_insert AFTER INSERT ON paper_tag BEGIN
    UPDATE paper_fts SET tags = (SELECT group_concat(t.name, ' ') FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id
                                 WHERE pt.paper_id = new.paper_id) WHERE rowid = new.paper_id;
END;
CREATE TRIGGER tag_fts_delete AFTER DELETE ON paper_tag BEGIN
    UPDATE paper_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id
                                 WHERE pt.paper_id = old.paper_id), '') WHERE rowid = old.paper_id;
END;
