package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lectern.families.Document;
import org.lectern.families.FamilyExamples;

/** The SQL of what family detection reads: the papers' texts, the families with their examples, the refusals. */
final class FamilyReads {
    private FamilyReads() {
    }

    /** A proposal the reader refused: its name and the papers it had. */
    record Refused(String name, List<Long> members) {
    }

    static List<Document> documents(Connection c) throws SQLException {
        List<Document> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, title, abstract FROM paper ORDER BY id")) {
            while (rs.next()) {
                out.add(new Document(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Every paper's id, ascending. */
    static long[] paperIds(Connection c) throws SQLException {
        long[] out = new long[1024];
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM paper ORDER BY id")) {
            while (rs.next()) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = rs.getLong(1);
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** The papers with these ids that are there, ascending by id. */
    static List<Document> documents(Connection c, long[] ids) throws SQLException {
        List<Document> out = new ArrayList<>(ids.length);
        if (ids.length == 0) return out;
        String marks = String.join(",", java.util.Collections.nCopies(ids.length, "?"));
        try (PreparedStatement s = c.prepareStatement("SELECT id, title, abstract FROM paper WHERE id IN (" + marks + ") ORDER BY id")) {
            for (int i = 0; i < ids.length; i++) s.setLong(i + 1, ids[i]);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new Document(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** Every family with its members and the papers the reader rejected for it. */
    static List<FamilyExamples> examples(Connection c) throws SQLException {
        Map<Long, String[]> meta = new HashMap<>();
        List<Long> order = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name, kind FROM family ORDER BY id")) {
            while (rs.next()) {
                meta.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                order.add(rs.getLong(1));
            }
        }
        Map<Long, List<Long>> members = grouped(c, "SELECT family_id, paper_id FROM family_member ORDER BY family_id, paper_id");
        Map<Long, List<Long>> rejected = grouped(c, "SELECT family_id, paper_id FROM family_rejection ORDER BY family_id, paper_id");
        List<FamilyExamples> out = new ArrayList<>();
        for (long id : order) {
            String[] m = meta.get(id);
            out.add(new FamilyExamples(id, m[0], m[1], members.getOrDefault(id, List.of()), rejected.getOrDefault(id, List.of())));
        }
        return out;
    }

    static List<Refused> refused(Connection c) throws SQLException {
        Map<Long, List<Long>> members = grouped(c, "SELECT rejection_id, paper_id FROM proposal_rejection_member");
        List<Refused> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, name FROM proposal_rejection")) {
            while (rs.next()) out.add(new Refused(rs.getString(2), members.getOrDefault(rs.getLong(1), List.of())));
        }
        return out;
    }

    private static Map<Long, List<Long>> grouped(Connection c, String sql) throws SQLException {
        Map<Long, List<Long>> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
        }
        return out;
    }
}
