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

/** Families in the library: their members by id with provenance, and the reader's rejections. */
public final class Families {
    /** Colours handed to new families in turn, readable on light and dark backgrounds. */
    private static final String[] PALETTE = {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"
    };

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

    /** Puts a paper in a family because the reader said so; clears an earlier rejection. */
    public boolean add(long familyId, long paperId) {
        return library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM family_rejection WHERE family_id = ? AND paper_id = ?")) {
                s.setLong(1, familyId);
                s.setLong(2, paperId);
                s.executeUpdate();
            }
            return addMember(c, familyId, paperId, "reader", null, Library.now());
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
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO family_rejection(family_id, paper_id, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""")) {
                s.setLong(1, familyId);
                s.setLong(2, paperId);
                s.setString(3, Library.now());
                s.executeUpdate();
            }
            return removed;
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
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO family_member(family_id, paper_id, source, score, added_at)
                    SELECT ?, paper_id, source, score, added_at FROM family_member WHERE family_id = ?
                    ON CONFLICT DO NOTHING""")) {
                s.setLong(1, into);
                s.setLong(2, from);
                s.executeUpdate();
            }
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
            s.setString(2, PALETTE[existing % PALETTE.length]);
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
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(rs.getLong(1));
            }
            return out;
        }
    }
}
