-- The search index no longer keeps a second copy of every title and abstract: it is an external-content
-- index over the view paper_search (the paper's title and abstract, its note and its tags), so an import
-- writes each text once. The triggers tell the index what changed; a note or a tag changes the index
-- alone, never the paper's row. Only two-letter prefixes get index entries of their own (V3 had one- and
-- two-letter ones, so every token was written three times): a one-letter prefix is expanded by
-- SearchIndex through the index's vocabulary, longer prefixes start few enough words to merge quickly.
-- Same columns and tokenizer as before, so searches find and rank the same papers.
DROP TRIGGER paper_fts_insert;
DROP TRIGGER paper_fts_update;
DROP TRIGGER paper_fts_delete;
DROP TRIGGER note_fts_insert;
DROP TRIGGER note_fts_update;
DROP TRIGGER note_fts_delete;
DROP TRIGGER tag_fts_insert;
DROP TRIGGER tag_fts_delete;
DROP TABLE paper_fts;

CREATE VIEW paper_search AS
SELECT p.id AS id, p.title AS title, p.abstract AS abstract,
       coalesce((SELECT n.body FROM note n WHERE n.paper_id = p.id), '') AS note,
       coalesce((SELECT group_concat(t.name, ' ') FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id
                 WHERE pt.paper_id = p.id), '') AS tags
FROM paper p;

CREATE VIRTUAL TABLE paper_fts USING fts5(title, abstract, note, tags, content = 'paper_search', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2');
INSERT INTO paper_fts(paper_fts) VALUES ('rebuild');

-- An external-content index forgets a row only when told the exact text it indexed for it, so every
-- trigger first removes the row's old text, then adds its new one. Only AFTER triggers on note and
-- paper_tag: an upsert that changes nothing fires no AFTER trigger, and so leaves the index alone.
CREATE TRIGGER paper_fts_insert AFTER INSERT ON paper BEGIN
    INSERT INTO paper_fts(rowid, title, abstract, note, tags) VALUES (new.id, new.title, new.abstract, '', '');
END;
CREATE TRIGGER paper_fts_update AFTER UPDATE OF title, abstract ON paper BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', old.id, old.title, old.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.id;
END;
-- BEFORE: the paper's note and tags are still there (their rows go by cascade after it), so the text
-- removed is the text indexed; the note and tag triggers the cascade fires find no paper and do nothing.
CREATE TRIGGER paper_fts_delete BEFORE DELETE ON paper BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = old.id;
END;
CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, '', s.tags FROM paper_search s WHERE s.id = new.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.paper_id;
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, old.body, s.tags FROM paper_search s WHERE s.id = old.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.paper_id;
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, old.body, s.tags FROM paper_search s WHERE s.id = old.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = old.paper_id;
END;
-- The tags text before the change is the tags now without the added one (or with the removed one):
-- the order of the words does not matter to the index, only which words they are.
CREATE TRIGGER tag_fts_insert AFTER INSERT ON paper_tag BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, s.note,
           coalesce((SELECT group_concat(t.name, ' ') FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id
                     WHERE pt.paper_id = new.paper_id AND pt.tag_id <> new.tag_id), '')
    FROM paper_search s WHERE s.id = new.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = new.paper_id;
END;
CREATE TRIGGER tag_fts_delete AFTER DELETE ON paper_tag BEGIN
    INSERT INTO paper_fts(paper_fts, rowid, title, abstract, note, tags)
    SELECT 'delete', s.id, s.title, s.abstract, s.note,
           s.tags || ' ' || coalesce((SELECT t.name FROM tag t WHERE t.id = old.tag_id), '')
    FROM paper_search s WHERE s.id = old.paper_id;
    INSERT INTO paper_fts(rowid, title, abstract, note, tags)
    SELECT s.id, s.title, s.abstract, s.note, s.tags FROM paper_search s WHERE s.id = old.paper_id;
END;
