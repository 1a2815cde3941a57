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

-- The triggers that tell the index what changed are made after this script, by SearchTriggers (schema 8
-- makes them again from the same description).
