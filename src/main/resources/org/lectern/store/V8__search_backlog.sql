-- A large import commits its papers without indexing them for search; the index is filled right after,
-- in short transactions of its own (SearchBacklog). search_backlog holds the ranges of paper ids whose
-- rows are not in the index yet: written in the import's own transaction, and shrunk in the same
-- transaction as each batch is indexed, so after a kill it still says exactly what is left to index
-- and the next open finishes it. The invariant: a paper is in paper_fts exactly when its id is in no range.
CREATE TABLE search_backlog (
    first_id  INTEGER PRIMARY KEY,
    last_id   INTEGER NOT NULL CHECK (last_id >= first_id)
);

-- Every trigger of V7 is made again after this script, by SearchTriggers, each now skipping a paper
-- whose id is in the backlog: its text is not in the index yet.

-- No query orders or filters papers by added_at: "newest first" is the order of ids. Every import
-- wrote this index for nothing.
DROP INDEX paper_by_added;
