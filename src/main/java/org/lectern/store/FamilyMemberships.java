package org.lectern.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** How one paper stands towards one family (member, rejected, suggested), read and put back exactly. */
final class FamilyMemberships {
    private final Library library;

    FamilyMemberships(Library library) {
        this.library = library;
    }

    /** How {@code paperId} stands towards {@code familyId}: member or not, rejected, suggested. */
    Families.Membership membership(long familyId, long paperId) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT (SELECT source FROM family_member WHERE family_id = ?1 AND paper_id = ?2),
                           (SELECT score FROM family_member WHERE family_id = ?1 AND paper_id = ?2),
                           (SELECT added_at FROM family_member WHERE family_id = ?1 AND paper_id = ?2),
                           (SELECT at FROM family_rejection WHERE family_id = ?1 AND paper_id = ?2),
                           (SELECT score FROM family_suggestion WHERE family_id = ?1 AND paper_id = ?2)""")) {
                s.setLong(1, familyId);
                s.setLong(2, paperId);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new Families.Membership(rs.getString(1), rs.getObject(2) == null ? null : rs.getDouble(2),
                            rs.getString(3), rs.getString(4), rs.getObject(5) == null ? null : rs.getDouble(5));
                }
            }
        });
    }

    /** Puts back what {@link #membership} read: membership, rejection and suggestion as they were. */
    void restore(long familyId, long paperId, Families.Membership m) {
        library.write(c -> {
            for (String table : List.of("family_member", "family_rejection", "family_suggestion")) {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE family_id = ? AND paper_id = ?")) {
                    s.setLong(1, familyId);
                    s.setLong(2, paperId);
                    s.executeUpdate();
                }
            }
            if (m.source() != null) {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO family_member(family_id, paper_id, source, score, added_at) VALUES (?, ?, ?, ?, ?)")) {
                    s.setLong(1, familyId);
                    s.setLong(2, paperId);
                    s.setString(3, m.source());
                    s.setObject(4, m.score());
                    s.setString(5, m.addedAt());
                    s.executeUpdate();
                }
            }
            if (m.rejectedAt() != null) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO family_rejection(family_id, paper_id, at) VALUES (?, ?, ?)")) {
                    s.setLong(1, familyId);
                    s.setLong(2, paperId);
                    s.setString(3, m.rejectedAt());
                    s.executeUpdate();
                }
            }
            if (m.suggestion() != null) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO family_suggestion(family_id, paper_id, score) VALUES (?, ?, ?)")) {
                    s.setLong(1, familyId);
                    s.setLong(2, paperId);
                    s.setDouble(3, m.suggestion());
                    s.executeUpdate();
                }
            }
            return null;
        });
    }
}
