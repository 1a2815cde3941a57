package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lectern.library.Family;
import org.lectern.library.FamilyKind;
import org.lectern.library.FamilySwatch;

/** Families in the library: their members by id with provenance, and the reader's rejections. */
public final class Families {
    /** A paper in a family, with where its membership came from (reader, rule, model-name, topic). */
    public record Member(long paperId, String title, String source, Double score) {
    }

    /** A paper the organizer thinks may belong to a family, waiting for the reader's yes or no. */
    public record Suggestion(long familyId, String family, long paperId, String title, double score) {
    }

    private final Library library;

    public Families(Library library) {
        this.library = library;
    }

    /** Every family with its size and how many of its papers are read, by name. */
    public List<Family> list() {
        return library.read(c -> {
            List<Family> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT f.id, f.name, f.color, f.kind, f.reason, count(m.paper_id),
                           count(CASE WHEN p.status = 'read' THEN 1 END)
                    FROM family f LEFT JOIN family_member m ON m.family_id = f.id
                    LEFT JOIN paper p ON p.id = m.paper_id
                    GROUP BY f.id ORDER BY f.name COLLATE NOCASE""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Family(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getInt(7)));
                }
            }
            return out;
        });
    }

    /** The family with this name, ignoring case. */
    public Optional<Family> byName(String name) {
        return list().stream().filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Ids of a family's members. */
    public List<Long> members(long familyId) {
        return library.read(c -> ids(c, "SELECT paper_id FROM family_member WHERE family_id = ? ORDER BY paper_id", familyId));
    }

    /** A family's papers with their titles, by title. */
    public List<Member> papers(long familyId) {
        return library.read(c -> {
            List<Member> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT p.id, p.title, m.source, m.score FROM family_member m JOIN paper p ON p.id = m.paper_id
                    WHERE m.family_id = ? ORDER BY p.title COLLATE NOCASE, p.id""")) {
                s.setLong(1, familyId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        double score = rs.getDouble(4);
                        out.add(new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.wasNull() ? null : score));
                    }
                }
            }
            return out;
        });
    }

    /** The suggestions waiting for the reader, best first; {@code familyId} null for every family. */
    public List<Suggestion> suggestions(Long familyId) {
        return library.read(c -> {
            List<Suggestion> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT f.id, f.name, p.id, p.title, s.score FROM family_suggestion s
                    JOIN family f ON f.id = s.family_id JOIN paper p ON p.id = s.paper_id
                    WHERE ?1 IS NULL OR s.family_id = ?1 ORDER BY s.score DESC, f.name, p.id""")) {
                if (familyId == null) s.setNull(1, java.sql.Types.INTEGER);
                else s.setLong(1, familyId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Suggestion(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getDouble(5)));
                    }
                }
            }
            return out;
        });
    }

    /** The reader says yes to a suggestion: the paper joins the family as the reader's choice. */
    public boolean confirm(long familyId, long paperId) {
        return add(familyId, paperId); // the same as the reader adding it by hand
    }

    /** The reader says no to a suggestion: it goes, and nothing automatic will put the paper there again. */
    public void rejectSuggestion(long familyId, long paperId) {
        library.write(c -> {
            forgetSuggestion(c, familyId, paperId);
            reject(c, familyId, paperId);
            return null;
        });
    }

    private static void forgetSuggestion(Connection c, long familyId, long paperId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM family_suggestion WHERE family_id = ? AND paper_id = ?")) {
            s.setLong(1, familyId);
            s.setLong(2, paperId);
            s.executeUpdate();
        }
    }

    private static boolean addByReader(Connection c, long familyId, long paperId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM family_rejection WHERE family_id = ? AND paper_id = ?")) {
            s.setLong(1, familyId);
            s.setLong(2, paperId);
            s.executeUpdate();
        }
        return addMember(c, familyId, paperId, FamilyKind.READER.key(), null, Library.now());
    }

    private static void reject(Connection c, long familyId, long paperId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO family_rejection(family_id, paper_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")) {
            s.setLong(1, familyId);
            s.setLong(2, paperId);
            s.setString(3, Library.now());
            s.executeUpdate();
        }
    }

    /** Ids of the papers the reader said are not in this family. */
    public List<Long> rejected(long familyId) {
        return library.read(c -> ids(c, "SELECT paper_id FROM family_rejection WHERE family_id = ? ORDER BY paper_id", familyId));
    }

    /** Creates a family (or returns the one with that name) and adds {@code members} with {@code source}. */
    public long create(String name, String kind, String reason, List<Long> members, String source) {
        return library.write(c -> {
            String now = Library.now();
            long id = ensure(c, name, now);
            try (PreparedStatement s = c.prepareStatement("UPDATE family SET kind = ?, reason = ? WHERE id = ?")) {
                s.setString(1, kind);
                s.setString(2, reason);
                s.setLong(3, id);
                s.executeUpdate();
            }
            for (long paper : members) addMember(c, id, paper, source, null, now);
            return id;
        });
    }

    /** Puts a paper in a family because the reader said so; clears an earlier rejection or suggestion. */
    public boolean add(long familyId, long paperId) {
        return library.write(c -> {
            forgetSuggestion(c, familyId, paperId);
            return addByReader(c, familyId, paperId);
        });
    }

    /** Takes a paper out of a family and remembers the reader's "not in this family". */
    public boolean remove(long familyId, long paperId) {
        return library.write(c -> {
            boolean removed;
            try (PreparedStatement s = c.prepareStatement("DELETE FROM family_member WHERE family_id = ? AND paper_id = ?")) {
                s.setLong(1, familyId);
                s.setLong(2, paperId);
                removed = s.executeUpdate() > 0;
            }
            forgetSuggestion(c, familyId, paperId);
            reject(c, familyId, paperId);
            return removed;
        });
    }

    /**
     * Takes papers out of a family without remembering a refusal: the undo of an addition, not the
     * reader's "not in this family" (that is {@link #remove}).
     */
    public void takeBack(long familyId, java.util.Collection<Long> paperIds) {
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM family_member WHERE family_id = ? AND paper_id = ?")) {
                for (long paper : paperIds) {
                    s.setLong(1, familyId);
                    s.setLong(2, paper);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    /** Puts a suggestion back (the undo of confirming or rejecting it); clears the refusal it left. */
    public void restoreSuggestion(long familyId, long paperId, double score) {
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM family_rejection WHERE family_id = ? AND paper_id = ?")) {
                s.setLong(1, familyId);
                s.setLong(2, paperId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO family_suggestion(family_id, paper_id, score) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")) {
                s.setLong(1, familyId);
                s.setLong(2, paperId);
                s.setDouble(3, score);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Recreates a family's members with their provenance (the undo of a delete or merge). */
    public void restoreMembers(long familyId, List<Member> members) {
        library.write(c -> {
            String now = Library.now();
            for (Member m : members) addMember(c, familyId, m.paperId(), m.source(), m.score(), now);
            return null;
        });
    }

    /** Renames a family; a name already taken by another family is refused. */
    public void rename(long familyId, String name) {
        String clean = name.strip();
        if (clean.isEmpty()) throw new StoreException("a family needs a name");
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE family SET name = ? WHERE id = ?")) {
                s.setString(1, clean);
                s.setLong(2, familyId);
                s.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException("there is already a family named '" + clean + "'", e);
            }
            return null;
        });
    }

    /** Gives a family another colour (#rrggbb). */
    public void recolor(long familyId, String color) {
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE family SET color = ? WHERE id = ?")) {
                s.setString(1, color);
                s.setLong(2, familyId);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Moves every member of {@code from} into {@code into}, then deletes {@code from}. */
    public void merge(long from, long into) {
        Backups.create(library, "before-merge");
        library.write(c -> {
            Rows.update(c, """
                    INSERT INTO family_member(family_id, paper_id, source, score, added_at)
                    SELECT ?, paper_id, source, score, added_at FROM family_member WHERE family_id = ?
                    ON CONFLICT DO NOTHING""", into, from);
            // what the reader said about either family holds for the merged one
            Rows.update(c, """
                    INSERT INTO family_rejection(family_id, paper_id, at)
                    SELECT ?1, r.paper_id, r.at FROM family_rejection r WHERE r.family_id = ?2
                      AND NOT EXISTS (SELECT 1 FROM family_member m WHERE m.family_id = ?1 AND m.paper_id = r.paper_id)
                    ON CONFLICT DO NOTHING""", into, from);
            Rows.update(c, """
                    INSERT INTO family_suggestion(family_id, paper_id, score)
                    SELECT ?1, g.paper_id, g.score FROM family_suggestion g WHERE g.family_id = ?2
                      AND NOT EXISTS (SELECT 1 FROM family_member m WHERE m.family_id = ?1 AND m.paper_id = g.paper_id)
                      AND NOT EXISTS (SELECT 1 FROM family_rejection r WHERE r.family_id = ?1 AND r.paper_id = g.paper_id)
                    ON CONFLICT DO NOTHING""", into, from);
            delete(c, from);
            return null;
        });
    }

    /** Deletes a family; its papers stay in the library. */
    public void delete(long familyId) {
        Backups.create(library, "before-delete");
        library.write(c -> {
            delete(c, familyId);
            return null;
        });
    }

    private static void delete(Connection c, long familyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM family WHERE id = ?")) {
            s.setLong(1, familyId);
            s.executeUpdate();
        }
    }

    /** The id of the family named {@code name}, created with the next palette colour when missing. */
    static long ensure(Connection c, String name, String now) throws SQLException {
        String clean = name.strip();
        if (clean.isEmpty()) throw new StoreException("a family needs a name");
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM family WHERE name = ?")) {
            s.setString(1, clean);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) return rs.getLong(1);
            }
        }
        int existing;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM family")) {
            existing = rs.next() ? rs.getInt(1) : 0;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO family(name, color, created_at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, clean);
            s.setString(2, FamilySwatch.forFamily(existing));
            s.setString(3, now);
            s.executeUpdate();
            return Importer.generatedKey(s);
        }
    }

    /** Adds a member unless the reader rejected it for this family; returns true when added. */
    static boolean addMember(Connection c, long familyId, long paperId, String source, Double score, String now)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO family_member(family_id, paper_id, source, score, added_at)
                SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS
                  (SELECT 1 FROM family_rejection WHERE family_id = ?1 AND paper_id = ?2)
                ON CONFLICT DO NOTHING""")) {
            s.setLong(1, familyId);
            s.setLong(2, paperId);
            s.setString(3, source);
            if (score == null) s.setNull(4, java.sql.Types.REAL);
            else s.setDouble(4, score);
            s.setString(5, now);
            return s.executeUpdate() > 0;
        }
    }

    private static List<Long> ids(Connection c, String sql, long id) throws SQLException {
        return Rows.list(c, sql, rs -> rs.getLong(1), id);
    }

    /** Everything that ties one paper to one family, to give back exactly with {@link #restoreMembership}. */
    public record Membership(String source, Double score, String addedAt, String rejectedAt, Double suggestion) {
    }

    /** How {@code paperId} stands towards {@code familyId}: member or not, rejected, suggested. */
    public Membership membership(long familyId, long paperId) {
        return new FamilyMemberships(library).membership(familyId, paperId);
    }

    /** Puts back what {@link #membership} read: membership, rejection and suggestion as they were. */
    public void restoreMembership(long familyId, long paperId, Membership m) {
        new FamilyMemberships(library).restore(familyId, paperId, m);
    }
}
