-- A paper's identity is no longer its normalised title alone (a title is a guess at where the title
-- ends and the abstract begins): two papers may share a title key when their abstracts differ. The
-- UNIQUE on title_key is dropped by rebuilding the table (IdentityMigration, after this script).
--
-- text_hash: the whole text (title and abstract, normalised), hashed, so the same paper split
-- another way is found by one indexed lookup.
-- needs_details: a paper known only by an arXiv id or link, waiting for a listing with its details.
ALTER TABLE paper ADD COLUMN text_hash INTEGER;
ALTER TABLE paper ADD COLUMN needs_details INTEGER NOT NULL DEFAULT 0;

-- An import may now also fill in a paper's details (a placeholder's title, a better split, a missing
-- arXiv id): what it replaced is kept so that undoing the import gives it back.
ALTER TABLE import_update ADD COLUMN details INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_update ADD COLUMN old_title TEXT;
ALTER TABLE import_update ADD COLUMN old_abstract TEXT;
ALTER TABLE import_update ADD COLUMN old_authors INTEGER;
ALTER TABLE import_update ADD COLUMN old_published TEXT;
ALTER TABLE import_update ADD COLUMN old_arxiv_id TEXT;
ALTER TABLE import_update ADD COLUMN old_url TEXT;
ALTER TABLE import_update ADD COLUMN old_needs_details INTEGER;
ALTER TABLE import_update ADD COLUMN old_split_confidence REAL;
