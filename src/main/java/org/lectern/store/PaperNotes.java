package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.lectern.library.NoteRevision;

/** Papers' notes, with every text a note replaced kept as a revision. */
final class PaperNotes {
    private final Library library;

    PaperNotes(Library library) {
        this.library = library;
    }

    /** Saves a paper's note, keeping the text it replaces as a revision. */
    public void saveNote(long id, String body) {
        library.write(c -> {
            saveNote(c, id, body, Library.now());
            return null;
        });
    }

    /**
     * Saves a paper's note as {@link #saveNote(long, String)} does and returns the text it replaced
     * ("" when the paper had no note), read in the same transaction.
     */
    public String replaceNote(long id, String body) {
        return library.write(c -> {
            String before;
            try (PreparedStatement s = c.prepareStatement("SELECT body FROM note WHERE paper_id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    before = rs.next() ? rs.getString(1) : "";
                }
            }
            saveNote(c, id, body, Library.now());
            return before;
        });
    }

    /** The texts a paper's note had before, newest first (the current note is not among them). */
    public List<NoteRevision> noteRevisions(long paperId) {
        return library.read(c -> Rows.list(c,
                "SELECT body, saved_at FROM note_revision WHERE paper_id = ? ORDER BY saved_at DESC, id DESC",
                rs -> new NoteRevision(rs.getString(1), Rows.instant(rs, 2)), paperId));
    }

    static void saveNote(Connection c, long paperId, String body, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO note_revision(paper_id, body, saved_at)
                SELECT paper_id, body, updated_at FROM note WHERE paper_id = ? AND body <> ?""")) {
            s.setLong(1, paperId);
            s.setString(2, body);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO note(paper_id, body, updated_at) VALUES (?, ?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                WHERE body <> excluded.body""")) {
            s.setLong(1, paperId);
            s.setString(2, body);
            s.setString(3, now);
            s.executeUpdate();
        }
    }
}
