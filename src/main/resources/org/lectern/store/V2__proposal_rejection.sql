-- A proposal the reader turned down, with the papers it held, so the same family is not offered again.
CREATE TABLE proposal_rejection (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    kind   TEXT NOT NULL,
    at     TEXT NOT NULL
);
CREATE TABLE proposal_rejection_member (
    rejection_id  INTEGER NOT NULL REFERENCES proposal_rejection(id) ON DELETE CASCADE,
    paper_id      INTEGER NOT NULL REFERENCES paper(id) ON DELETE CASCADE,
    PRIMARY KEY (rejection_id, paper_id)
) WITHOUT ROWID;
