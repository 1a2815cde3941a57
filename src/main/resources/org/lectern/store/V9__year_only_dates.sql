-- A date that a listing gave as a year alone (DBLP, Scholar, a BibTeX or RIS entry without a month) is
-- now written as the year, '2021', where it was the year's 1st of January: the window and the exports
-- show it as the year, and a later listing's whole day of that year replaces it. '2021' sorts just before
-- '2021-01-01', as the start of its year.
--
-- An earlier 1st of January cannot always be told from a real one, so only dates that can only have been
-- a year are rewritten: those of papers a DBLP or Scholar import brought in (those readers never gave
-- anything but a year), unless a later import gave the paper its date. A BibTeX or RIS year without a
-- month was written like a full date of 1 January and stays one. The undo records of imports that
-- changed such a paper keep the same date in the same form.
UPDATE paper SET published = substr(published, 1, 4)
WHERE published GLOB '[0-9][0-9][0-9][0-9]-01-01'
  AND import_id IN (SELECT id FROM import WHERE format IN ('dblp', 'scholar'))
  AND NOT EXISTS (SELECT 1 FROM import_update u
                  WHERE u.paper_id = paper.id AND u.details = 1 AND u.old_published IS NULL);

UPDATE import_update SET old_published = substr(old_published, 1, 4)
WHERE old_published GLOB '[0-9][0-9][0-9][0-9]-01-01'
  AND paper_id IN (SELECT p.id FROM paper p WHERE p.published = substr(import_update.old_published, 1, 4));
