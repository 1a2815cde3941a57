package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

import org.lectern.library.Status;
import org.lectern.library.Titles;

/**
 * Makes two papers one. The first named remains and takes, field by field, the richer of the two: the
 * surer title and abstract (a placeholder's never win), the id, link, date and author count it lacks,
 * the higher counts. Tags and families are the union, the notes are joined (neither is lost, and the
 * note's earlier versions of both are kept), the status is the further one along, both status histories
 * are kept, and the queue place is that of the one queued first.
 */
public final class Merges {
    /** How far along a status is; a dropped paper was at least looked at, a queued one is still wanted. */
    private static final List<Status> PROGRESS = List.of(Status.NEW, Status.DROPPED, Status.QUEUED, Status.READING, Status.READ);

    /** What a merge joins between two notes, so the reader sees where one ends. */
    public static final String NOTE_SEPARATOR = "\n\n---\n\n";

    private final Library library;

    public Merges(Library library) {
        this.library = library;
    }

    /** Merges {@code other} into {@code kept}; returns both papers as they were, to undo it with. */
    public PaperSnapshot merge(long kept, long other) {
        if (kept == other) throw new IllegalArgumentException("a paper cannot be merged with itself (" + kept + ")");
        return library.write(c -> {
            PaperSnapshot before = PaperSnapshot.take(c, List.of(kept, other));
            Row a = row(c, kept);
            Row b = row(c, other);
            String ia = TextIdentity.arxivId(a.arxivId);
            String ib = TextIdentity.arxivId(b.arxivId);
            if (ia != null && ib != null && !ia.equals(ib)) {
                throw new IllegalArgumentException("papers " + kept + " and " + other + " have different arXiv ids (" + ia
                        + ", " + ib + "): they are two papers; edit one first if an id is wrong");
            }
            boolean aFirst = queuedAt(c, kept).compareTo(queuedAt(c, other)) <= 0;
            fields(c, a, b);
            reader(c, kept, other);
            notes(c, kept, other);
            place(c, a, b, aFirst);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM paper WHERE id = ?")) {
                s.setLong(1, other);
                s.executeUpdate();
            }
            return before;
        });
    }

    private static final class Row {
        long id;
        String title;
        String abstractText;
        Integer authors;
        String published;
        Integer upvotes;
        Integer comments;
        String arxivId;
        String url;
        Status status;
        Double queuePos;
        String addedAt;
        boolean needsDetails;
        double confidence;
    }

    private static Row row(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT title, abstract, authors, published, upvotes, comments, arxiv_id, url, status, queue_pos,
                       added_at, needs_details, coalesce(split_confidence, 0) FROM paper WHERE id = ?""")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new StoreException("no paper with id " + id);
                Row r = new Row();
                r.id = id;
                r.title = rs.getString(1);
                r.abstractText = rs.getString(2);
                r.authors = Rows.intOrNull(rs, 3);
                r.published = rs.getString(4);
                r.upvotes = Rows.intOrNull(rs, 5);
                r.comments = Rows.intOrNull(rs, 6);
                r.arxivId = rs.getString(7);
                r.url = rs.getString(8);
                r.status = Status.parse(rs.getString(9));
                double q = rs.getDouble(10);
                r.queuePos = rs.wasNull() ? null : q;
                r.addedAt = rs.getString(11);
                r.needsDetails = rs.getInt(12) != 0;
                r.confidence = rs.getDouble(13);
                return r;
            }
        }
    }

    /** The richer text wins as a pair (title and abstract are one split); the rest, field by field. */
    private static void fields(Connection c, Row a, Row b) throws SQLException {
        boolean takeB = (a.needsDetails && !b.needsDetails)
                || (a.needsDetails == b.needsDetails && (b.confidence > a.confidence
                        || (b.confidence == a.confidence && b.abstractText.length() > a.abstractText.length())));
        String title = takeB ? b.title : a.title;
        String abs = takeB ? b.abstractText : a.abstractText;
        String arxiv = a.arxivId != null ? a.arxivId : b.arxivId;
        // the id is unique: the paper leaving gives it up first
        try (PreparedStatement s = c.prepareStatement("UPDATE paper SET arxiv_id = NULL WHERE id = ?")) {
            s.setLong(1, b.id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE paper SET title = ?, title_key = ?, abstract = ?, text_hash = ?, authors = ?, published = ?,
                       upvotes = ?, comments = ?, arxiv_id = ?, url = ?, added_at = ?, needs_details = ?,
                       split_confidence = ? WHERE id = ?""")) {
            s.setString(1, title);
            s.setString(2, Titles.key(title));
            s.setString(3, abs);
            s.setLong(4, TextIdentity.textHash(title, abs));
            setInt(s, 5, a.authors != null ? a.authors : b.authors);
            s.setString(6, StoredDates.refine(a.published, b.published));
            setInt(s, 7, max(a.upvotes, b.upvotes));
            setInt(s, 8, max(a.comments, b.comments));
            s.setString(9, arxiv);
            s.setString(10, a.url != null ? a.url : b.url);
            s.setString(11, a.addedAt.compareTo(b.addedAt) <= 0 ? a.addedAt : b.addedAt);
            s.setInt(12, a.needsDetails && b.needsDetails ? 1 : 0);
            s.setDouble(13, Math.max(a.confidence, b.confidence));
            s.setLong(14, a.id);
            s.executeUpdate();
        }
    }

    /** Tags, families, suggestions, refusals and status history of the leaving paper move to the kept one. */
    private static void reader(Connection c, long kept, long other) throws SQLException {
        String[] moves = {
            "INSERT INTO paper_tag(paper_id, tag_id) SELECT ?1, tag_id FROM paper_tag WHERE paper_id = ?2 ON CONFLICT DO NOTHING",
            "INSERT INTO family_member(family_id, paper_id, source, score, added_at) SELECT family_id, ?1, source, score, added_at"
                    + " FROM family_member WHERE paper_id = ?2 ON CONFLICT DO NOTHING",
            // a family the merged paper is in is no longer refused or merely suggested
            "DELETE FROM family_rejection WHERE paper_id = ?1 AND family_id IN (SELECT family_id FROM family_member WHERE paper_id = ?1)",
            "INSERT INTO family_rejection(family_id, paper_id, at) SELECT family_id, ?1, at FROM family_rejection r WHERE paper_id = ?2"
                    + " AND NOT EXISTS (SELECT 1 FROM family_member m WHERE m.paper_id = ?1 AND m.family_id = r.family_id)"
                    + " ON CONFLICT DO NOTHING",
            "DELETE FROM family_suggestion WHERE paper_id = ?1 AND family_id IN (SELECT family_id FROM family_member WHERE paper_id = ?1)",
            "INSERT INTO family_suggestion(family_id, paper_id, score) SELECT family_id, ?1, score FROM family_suggestion s"
                    + " WHERE paper_id = ?2 AND NOT EXISTS (SELECT 1 FROM family_member m WHERE m.paper_id = ?1 AND m.family_id = s.family_id)"
                    + " AND NOT EXISTS (SELECT 1 FROM family_rejection r WHERE r.paper_id = ?1 AND r.family_id = s.family_id)"
                    + " ON CONFLICT DO NOTHING",
            "INSERT INTO proposal_rejection_member(rejection_id, paper_id) SELECT rejection_id, ?1 FROM proposal_rejection_member"
                    + " WHERE paper_id = ?2 ON CONFLICT DO NOTHING",
            "UPDATE status_change SET paper_id = ?1 WHERE paper_id = ?2",
            "UPDATE note_revision SET paper_id = ?1 WHERE paper_id = ?2",
        };
        for (String sql : moves) {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, kept);
                if (s.getParameterMetaData().getParameterCount() > 1) s.setLong(2, other);
                s.executeUpdate();
            }
        }
    }

    private static void notes(Connection c, long kept, long other) throws SQLException {
        String a = note(c, kept);
        String b = note(c, other);
        String joined = a.isBlank() ? b : b.isBlank() || a.equals(b) ? a : a + NOTE_SEPARATOR + b;
        if (!joined.equals(a)) Papers.saveNote(c, kept, joined, Library.now());
    }

    private static String note(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT body FROM note WHERE paper_id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    /** The status further along; in the queue, the place of the paper that entered it first. */
    private static void place(Connection c, Row a, Row b, boolean aQueuedFirst) throws SQLException {
        Status status = PROGRESS.indexOf(b.status) > PROGRESS.indexOf(a.status) ? b.status : a.status;
        Double pos = null;
        if (status.inQueue()) {
            if (a.queuePos == null) pos = b.queuePos;
            else if (b.queuePos == null) pos = a.queuePos;
            else pos = aQueuedFirst ? a.queuePos : b.queuePos;
            if (pos == null) pos = lastPlace(c);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE paper SET status = ?, queue_pos = ? WHERE id = ?")) {
            s.setString(1, status.key());
            if (pos == null) s.setNull(2, Types.REAL);
            else s.setDouble(2, pos);
            s.setLong(3, a.id);
            s.executeUpdate();
        }
    }

    /**
     * When the paper last entered the queue: its first queued (or reading) step since it was last out of
     * it. Read before the histories are joined; a paper never queued sorts last.
     */
    private static String queuedAt(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT min(at) FROM status_change WHERE paper_id = ?1 AND status IN ('queued', 'reading')
                  AND id > coalesce((SELECT max(id) FROM status_change WHERE paper_id = ?1
                                     AND status NOT IN ('queued', 'reading')), 0)""")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                String at = rs.next() ? rs.getString(1) : null;
                return at == null ? "\uffff" : at;
            }
        }
    }

    private static Double lastPlace(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(queue_pos), 0) + 1 FROM paper");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getDouble(1) : 1.0;
        }
    }

    private static Integer max(Integer x, Integer y) {
        // not one conditional expression: its int branch would unbox a null y when both are null
        if (x == null) return y;
        if (y == null) return x;
        return Math.max(x, y);
    }

    private static void setInt(PreparedStatement s, int i, Integer v) throws SQLException {
        if (v == null) s.setNull(i, Types.INTEGER);
        else s.setInt(i, v);
    }
}
