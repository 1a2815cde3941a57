-- A large import commits its papers without indexing them for search; the index is filled right after,
-- in short transactions of its own (SearchBacklog). search_backlog holds the ranges of paper ids whose
-- rows are not in the index yet: written in the import's own transaction, and shrunk in the same
-- transaction as each batch is indexed, so after a kill it still says exactly what is left to index
-- and the next open finishes it. The invariant: a paper is in paper_fts exactly when its id is in no range.
CREATE TABLE search_backlog (
    first_id  INTEGER PRIMARY KEY,
    last_id   INTEGER NOT NULL CHECK (last_id >= first_id)
);

-- Every trigger of V7 again, each now skipping a paper whose id is in the backlog: its text is not in
-- the index, and an external-content index told to 'delete' text it never held is corrupted. The
-- backlog's fill reads the paper's title, abstract, note and tags as they are when it gets to it.
DROP TRIGGER paper_fts_insert;
DROP TRIGGER paper_fts_update;
DROP TRIGGER paper_fts_delete;
DROP TRIGGER note_fts_insert;
DROP TRIGGER note_fts_update;
DROP TRIGGER note_fts_delete;
DROP TRIGGER tag_fts_insert;
DROP TRIGGER tag_fts_delete;

CREATE TRIGGER paper_fts_insert AFTER INSERT ON paper
WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= new.id AND b.last_id >= new.id) BEGIN
    INSERT INTO paper_fts(rowid, title, abstract, note, tags) VALUES (new.id, new.title, new.abstract, '', '');
END;
CREATE TRIGGER paper_fts_update AFTER UPDATE OF title, abstract ON paper
WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= new.id AND b.last_id >= new.id) BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', old.id, old.title, old.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.id;
END;
CREATE TRIGGER paper_fts_delete BEFORE DELETE ON paper
WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= old.id AND b.last_id >= old.id) BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = old.id;
END;
CREATE TRIGGER note_fts_insert AFTER INSERT ON note
WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= new.paper_id AND b.last_id >= new.paper_id) BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, '', s.tags FROM paper_search s WHERE s.id = new.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.paper_id;
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note
WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= new.paper_id AND b.last_id >= new.paper_id) BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, old.body, s.tags FROM paper_search s WHERE s.id = old.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.paper_id;
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note
WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= old.paper_id AND b.last_id >= old.paper_id) BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, old.body, s.tags FROM paper_search s WHERE s.id = old.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = old.paper_id;
END;
CREATE TRIGGER tag_fts_insert AFTER INSERT ON paper_tag
WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= new.paper_id AND b.last_id >= new.paper_id) BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, s.note,
           coalesce((SELECT group_concat(t.name, ' ') FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id
                     WHERE pt.paper_id = new.paper_id AND pt.tag_id <> new.tag_id), '')
    FROM paper_search s WHERE s.id = new.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.paper_id;
END;
CREATE TRIGGER tag_fts_delete AFTER DELETE ON paper_tag
WHEN NOT EXISTS (SELECT 1 FROM search_backlog b WHERE b.first_id <= old.paper_id AND b.last_id >= old.paper_id) BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, s.note,
           s.tags || ' ' || coalesce((SELECT t.name FROM tag t WHERE t.id = old.tag_id), '')
    FROM paper_search s WHERE s.id = old.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = old.paper_id;
END;

-- No query orders or filters papers by added_at: "newest first" is the order of ids. Every import
-- wrote this index for nothing.
DROP INDEX paper_by_added;
