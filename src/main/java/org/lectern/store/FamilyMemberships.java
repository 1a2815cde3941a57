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
                Rows.update(c, "DELETE FROM " + table + " WHERE family_id = ? AND paper_id = ?", familyId, paperId);
            }
            if (m.source() != null) {
                Rows.update(c, "INSERT INTO family_member(family_id, paper_id, source, score, added_at) VALUES (?, ?, ?, ?, ?)",
                        familyId, paperId, m.source(), m.score(), m.addedAt());
            }
            if (m.rejectedAt() != null) {
                Rows.update(c, "INSERT INTO family_rejection(family_id, paper_id, at) VALUES (?, ?, ?)", familyId, paperId, m.rejectedAt());
            }
            if (m.suggestion() != null) {
                Rows.update(c, "INSERT INTO family_suggestion(family_id, paper_id, score) VALUES (?, ?, ?)",
                        familyId, paperId, m.suggestion());
            }
            return null;
        });
    }
}
