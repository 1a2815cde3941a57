-- Authors by name (a JSON array of display names, "Yu Sun", NULL when the listing gave none) beside the
-- count, and the citation key a BibTeX entry came with, so an export cites the paper as before.
ALTER TABLE paper ADD COLUMN author_names TEXT;
ALTER TABLE paper ADD COLUMN bibtex_key TEXT;
