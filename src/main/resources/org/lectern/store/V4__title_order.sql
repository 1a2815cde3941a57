-- Sorting the table by title walks this index instead of sorting every paper (with its families and
-- tags worked out for each) to show one page.
CREATE INDEX paper_by_title ON paper(title COLLATE NOCASE, id);
