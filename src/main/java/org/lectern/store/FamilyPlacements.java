package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What placing an import's new papers put in the families (automatic memberships and suggestions), kept
 * so that a redo of the import writes back exactly the same placements instead of guessing again. Papers
 * are named by their position in the import, since a redone import may give them other ids.
 */
public final class FamilyPlacements {
    /** An automatic membership of the {@code position}-th new paper of an import. */
    public record Placed(long familyId, int position, String source, Double score, String addedAt) {
    }

    /** A suggestion for the {@code position}-th new paper of an import. */
    public record Suggested(long familyId, int position, double score) {
    }

    /** Everything placing one import did. */
    public record Snapshot(List<Placed> members, List<Suggested> suggestions) {
        public Snapshot {
            members = List.copyOf(members);
            suggestions = List.copyOf(suggestions);
        }

        public int size() {
            return members.size() + suggestions.size();
        }
    }

    private final Library library;

    public FamilyPlacements(Library library) {
        this.library = library;
    }

    /** The automatic memberships and suggestions the new papers of {@code importId} have now. */
    public Snapshot of(long importId) {
        return library.read(c -> {
            List<Long> ids = paperIds(c, importId);
            List<Placed> members = new ArrayList<>();
            List<Suggested> suggestions = new ArrayList<>();
            // the reader's memberships came with the listing (a Lectern export), not from placing
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT m.family_id, m.paper_id, m.source, m.score, m.added_at FROM family_member m
                    JOIN paper p ON p.id = m.paper_id WHERE p.import_id = ? AND m.source <> 'reader'
                    ORDER BY m.family_id, m.paper_id""")) {
                s.setLong(1, importId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        double score = rs.getDouble(4);
                        members.add(new Placed(rs.getLong(1), ids.indexOf(rs.getLong(2)), rs.getString(3),
                                rs.wasNull() ? null : score, rs.getString(5)));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT g.family_id, g.paper_id, g.score FROM family_suggestion g
                    JOIN paper p ON p.id = g.paper_id WHERE p.import_id = ? ORDER BY g.family_id, g.paper_id""")) {
                s.setLong(1, importId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) suggestions.add(new Suggested(rs.getLong(1), ids.indexOf(rs.getLong(2)), rs.getDouble(3)));
                }
            }
            return new Snapshot(members, suggestions);
        });
    }

    /** Writes {@code snapshot} back for the new papers of {@code importId}; families gone since are skipped. */
    public void restore(long importId, Snapshot snapshot) {
        library.write(c -> {
            List<Long> ids = paperIds(c, importId);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO family_member(family_id, paper_id, source, score, added_at)
                    SELECT ?1, ?2, ?3, ?4, ?5 WHERE EXISTS (SELECT 1 FROM family WHERE id = ?1)
                      AND NOT EXISTS (SELECT 1 FROM family_rejection WHERE family_id = ?1 AND paper_id = ?2)
                    ON CONFLICT DO NOTHING""")) {
                for (Placed p : snapshot.members()) {
                    if (!bind(s, p.familyId(), p.position(), ids)) continue;
                    s.setString(3, p.source());
                    s.setObject(4, p.score());
                    s.setString(5, p.addedAt());
                    s.executeUpdate();
                }
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO family_suggestion(family_id, paper_id, score)
                    SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM family WHERE id = ?1)
                      AND NOT EXISTS (SELECT 1 FROM family_rejection WHERE family_id = ?1 AND paper_id = ?2)
                    ON CONFLICT DO NOTHING""")) {
                for (Suggested g : snapshot.suggestions()) {
                    if (!bind(s, g.familyId(), g.position(), ids)) continue;
                    s.setDouble(3, g.score());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Takes {@code snapshot} out of the families again (the undo of placing). */
    public void remove(long importId, Snapshot snapshot) {
        library.write(c -> {
            List<Long> ids = paperIds(c, importId);
            try (PreparedStatement m = c.prepareStatement("DELETE FROM family_member WHERE family_id = ? AND paper_id = ?");
                 PreparedStatement g = c.prepareStatement("DELETE FROM family_suggestion WHERE family_id = ? AND paper_id = ?")) {
                for (Placed p : snapshot.members()) delete(m, p.familyId(), p.position(), ids);
                for (Suggested s : snapshot.suggestions()) delete(g, s.familyId(), s.position(), ids);
            }
            return null;
        });
    }

    private static void delete(PreparedStatement s, long familyId, int position, List<Long> ids) throws SQLException {
        if (bind(s, familyId, position, ids)) s.executeUpdate();
    }

    /** Sets the family and the paper at {@code position} as parameters 1 and 2; false when no such paper. */
    private static boolean bind(PreparedStatement s, long familyId, int position, List<Long> ids) throws SQLException {
        if (position < 0 || position >= ids.size()) return false;
        s.setLong(1, familyId);
        s.setLong(2, ids.get(position));
        return true;
    }

    /** The papers an import created, in the order it created them. */
    static List<Long> paperIds(Connection c, long importId) throws SQLException {
        return Rows.list(c, "SELECT id FROM paper WHERE import_id = ? ORDER BY id", rs -> rs.getLong(1), importId);
    }
}
