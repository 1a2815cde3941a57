package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lectern.library.Paper;
import org.lectern.library.Status;

/**
 * Whole papers (with their tags and families) read a few hundred at a time: three queries for each
 * few hundred papers, where reading them one by one took three for each paper, so loading all of a
 * 100,000-paper library (export, organizing) takes seconds rather than most of a minute.
 */
final class WholePapers {
    /** Papers per round of queries: few enough to stay under SQLite's limit on parameters. */
    static final int CHUNK = 500;

    private WholePapers() {
    }

    /** The papers with these ids, in this order; ids of papers that are gone are skipped. */
    static List<Paper> read(Connection c, List<Long> ids) throws SQLException {
        String in = "(" + "?,".repeat(ids.size()).replaceAll(",$", "") + ")";
        Map<Long, List<String>> tags = names(c, "SELECT pt.paper_id, t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id"
                + " WHERE pt.paper_id IN " + in + " ORDER BY pt.paper_id, t.name", ids);
        Map<Long, List<String>> families = names(c, "SELECT m.paper_id, f.name FROM family_member m JOIN family f"
                + " ON f.id = m.family_id WHERE m.paper_id IN " + in + " ORDER BY m.paper_id, f.name", ids);
        Map<Long, Paper> byId = new HashMap<>(ids.size() * 2);
        try (PreparedStatement s = c.prepareStatement("""
                SELECT id, title, abstract, authors, published, upvotes, comments, arxiv_id, url, status,
                       (SELECT body FROM note WHERE paper_id = p.id), bibtex_key, author_names, split_confidence
                FROM paper p WHERE id IN""" + " " + in)) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String note = rs.getString(11);
                    byId.put(id, new Paper(id, rs.getString(2), rs.getString(3),
                            Rows.intOrNull(rs, 4), Rows.dateOrNull(rs, 5), Rows.intOrNull(rs, 6),
                            Rows.intOrNull(rs, 7), rs.getString(8), rs.getString(9), Status.parse(rs.getString(10)),
                            tags.getOrDefault(id, List.of()), families.getOrDefault(id, List.of()),
                            note == null ? "" : note, rs.getString(12), NameList.fromColumn(rs.getString(13)), Rows.doubleOrNull(rs, 14)));
                }
            }
        }
        List<Paper> out = new ArrayList<>(ids.size());
        for (long id : ids) {
            Paper p = byId.get(id);
            if (p != null) out.add(p);
        }
        return out;
    }

    private static Map<Long, List<String>> names(Connection c, String sql, List<Long> ids) throws SQLException {
        Map<Long, List<String>> out = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, ids);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return out;
    }

    private static void bind(PreparedStatement s, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) s.setLong(i + 1, ids.get(i));
    }
}
