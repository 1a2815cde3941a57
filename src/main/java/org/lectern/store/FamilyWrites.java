package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.lectern.families.Decision;
import org.lectern.families.FamilyExamples;
import org.lectern.families.Placement;
import org.lectern.families.Proposal;
import org.lectern.library.FamilyKind;

/**
 * The SQL of what family detection writes: an accepted proposal, a remembered refusal (and its undo),
 * and the memberships and suggestions placing new papers makes. {@link Organizer} decides; this writes,
 * inside the caller's transaction.
 */
final class FamilyWrites {
    private FamilyWrites() {
    }

    /** Accepts {@code proposal} under {@code name}; returns the family's id. */
    static long accept(Connection c, Proposal proposal, String name, String now) throws SQLException {
        FamilyKind kind = FamilyKind.ofProposal(proposal.kind());
        String source = kind.automaticSource();
        boolean existed;
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM family WHERE name = ?")) {
            s.setString(1, name.strip());
            try (ResultSet rs = s.executeQuery()) {
                existed = rs.next();
            }
        }
        long id = Families.ensure(c, name, now);
        // a family the reader already has keeps its kind and reason
        if (!existed) {
            try (PreparedStatement s = c.prepareStatement("UPDATE family SET kind = ?, reason = ? WHERE id = ?")) {
                s.setString(1, kind.key());
                s.setString(2, String.join(", ", proposal.reason()));
                s.setLong(3, id);
                s.executeUpdate();
            }
        }
        for (long paper : proposal.members()) {
            Families.addMember(c, id, paper, source, null, now);
        }
        return id;
    }

    /** Remembers that the reader does not want {@code proposal}, with its members that still exist. */
    static void reject(Connection c, Proposal proposal, String now) throws SQLException {
        long id;
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO proposal_rejection(name, kind, at) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, proposal.name());
            s.setString(2, proposal.kind());
            s.setString(3, now);
            s.executeUpdate();
            id = Importer.generatedKey(s);
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO proposal_rejection_member(rejection_id, paper_id)
                SELECT ?, ? WHERE EXISTS (SELECT 1 FROM paper WHERE id = ?2) ON CONFLICT DO NOTHING""")) {
            for (long paper : proposal.members()) {
                s.setLong(1, id);
                s.setLong(2, paper);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Forgets the latest refusal of a proposal by this name and kind. */
    static void forgetRejection(Connection c, Proposal proposal) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                DELETE FROM proposal_rejection WHERE id =
                  (SELECT max(id) FROM proposal_rejection WHERE name = ? AND kind = ?)""")) {
            s.setString(1, proposal.name());
            s.setString(2, proposal.kind());
            s.executeUpdate();
        }
    }

    /** What placing wrote: memberships added without asking, suggestions left for the reader. */
    record Written(int placed, int suggested) {
    }

    /** Writes what the classifier decided for each new paper. */
    static Written place(Connection c, List<Map.Entry<Long, List<Placement>>> decided, Map<Long, FamilyExamples> byId,
                       String now) throws SQLException {
        int placed = 0;
        int suggested = 0;
        try (PreparedStatement suggest = c.prepareStatement("""
                INSERT INTO family_suggestion(family_id, paper_id, score) SELECT ?1, ?2, ?3
                WHERE NOT EXISTS (SELECT 1 FROM family_rejection WHERE family_id = ?1 AND paper_id = ?2)
                  AND NOT EXISTS (SELECT 1 FROM family_member WHERE family_id = ?1 AND paper_id = ?2)
                  AND EXISTS (SELECT 1 FROM family WHERE id = ?1)
                ON CONFLICT DO UPDATE SET score = excluded.score""")) {
            for (Map.Entry<Long, List<Placement>> e : decided) {
                long paperId = e.getKey();
                for (Placement p : e.getValue()) {
                    if (p.decision() == Decision.PLACE) {
                        // the classifier places in a model family only by the name in the title
                        String source = FamilyKind.parse(byId.get(p.familyId()).kind()).automaticSource();
                        if (familyExists(c, p.familyId())
                                && Families.addMember(c, p.familyId(), paperId, source, p.score(), now)) {
                            placed++;
                        }
                    } else {
                        suggest.setLong(1, p.familyId());
                        suggest.setLong(2, paperId);
                        suggest.setDouble(3, p.score());
                        suggested += suggest.executeUpdate();
                    }
                }
            }
        }
        return new Written(placed, suggested);
    }

    // the reader may delete a family while the models were being trained
    private static boolean familyExists(Connection c, long familyId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM family WHERE id = ?")) {
            s.setLong(1, familyId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}
