-- Searching as one types makes the word being typed a prefix query. Without a prefix index, a prefix of
-- one or two letters ("a*", "re*") merges the lists of every word that starts with it: hundreds of
-- milliseconds at 100,000 papers. Prefixes of one and two letters get their own index entries; longer
-- prefixes start few enough words to merge quickly. Same columns and tokenizer as V1; the triggers
-- of V1 name the table, so they keep working on the new one.
DROP TABLE paper_fts;
CREATE VIRTUAL TABLE paper_fts USING fts5(title, abstract, note, tags,
    tokenize = 'porter unicode61 remove_diacritics 2', prefix = '1 2');
INSERT INTO paper_fts(rowid, title, abstract, note, tags)
SELECT p.id, p.title, p.abstract,
       coalesce((SELECT body FROM note WHERE paper_id = p.id), ''),
       coalesce((SELECT group_concat(t.name, ' ') FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id
                 WHERE pt.paper_id = p.id), '')
FROM paper p;
