package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A plain search in relevance order, read in as few passes over the index as its size allows.
 *
 * <p>The newest {@link #COUNTED} + 1 matches are read first, in the order the index keeps them (newest
 * first, which costs nothing to produce and stops early). If that is all of them, they are ranked by
 * bm25 and counted exactly. If there are more, the search is too broad for a rank to say much (a word
 * in over half the papers gets bm25's smallest weight, so the order would be set by abstract lengths),
 * and ranking tens of thousands of matches for a page of 100 costs a full pass over each word's list:
 * such a search lists its matches newest first and its count reads "{@value #COUNTED}+".
 */
final class RelevanceSearch {
    /** Matches counted exactly; past this, a search says "1,000+". */
    static final int COUNTED = 1_000;

    /** The page's paper ids in order, and how many papers match (at most {@link #COUNTED}, {@code more} past that). */
    record Result(List<Long> ids, int count, boolean more) {
    }

    private RelevanceSearch() {
    }

    static Result run(Connection c, String input, int offset, int limit) throws SQLException {
        return inSnapshot(c, () -> runIn(c, input, offset, limit));
    }

    /** Work that reads SQL. */
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} in one read transaction (unless one is open already): the words a prefix covers
     * and the papers they match are then read from one state of the index, whatever another process commits.
     */
    static <T> T inSnapshot(Connection c, SqlWork<T> work) throws SQLException {
        if (!c.getAutoCommit()) return work.run();
        PrefixTerms.on(c); // its tables are made outside a transaction (a database is attached)
        try (Statement s = c.createStatement()) {
            s.execute("SAVEPOINT lectern_search");
        }
        try {
            return work.run();
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("RELEASE lectern_search");
            }
        }
    }

    /** The FTS5 form of {@code input} with its short prefixes written as the words they cover. */
    static String fts(Connection c, String input) {
        PrefixTerms terms = PrefixTerms.on(c);
        return terms == null ? SearchQuery.toFts(input) : SearchQuery.toFts(input, terms::expand);
    }

    private static Result runIn(Connection c, String input, int offset, int limit) throws SQLException {
        String plain = SearchQuery.toFts(input);
        if (plain == null) return new Result(List.of(), 0, false);
        String fts = fts(c, input);
        // a phrase or words that must all be there usually match few papers: their ranks are read in
        // the same pass, since bm25 first counts each phrase's papers, which for a phrase is a second pass
        boolean rankNow = likelyFew(plain);
        List<long[]> newest = new ArrayList<>(); // rowid, and the rank's bits when read
        try (PreparedStatement s = c.prepareStatement("SELECT rowid" + (rankNow ? ", rank" : "")
                + " FROM paper_fts WHERE paper_fts MATCH ? ORDER BY rowid DESC LIMIT ?")) {
            s.setString(1, fts);
            s.setInt(2, COUNTED + 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) newest.add(new long[] {rs.getLong(1), rankNow ? Double.doubleToLongBits(rs.getDouble(2)) : 0});
            }
        }
        long end = Math.min((long) offset + limit, Integer.MAX_VALUE);
        if (newest.size() > COUNTED) {
            List<Long> ids = new ArrayList<>();
            if (end <= newest.size()) {
                for (int i = offset; i < end; i++) ids.add(newest.get(i)[0]);
            } else {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT rowid FROM paper_fts WHERE paper_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?")) {
                    s.setString(1, fts);
                    s.setLong(2, limit);
                    s.setInt(3, offset);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) ids.add(rs.getLong(1));
                    }
                }
            }
            return new Result(ids, COUNTED, true);
        }
        if (!rankNow && newest.size() > 1) newest = ranked(c, fts);
        List<long[]> order = new ArrayList<>(newest);
        // bm25 is negative, better matches lower; equal ranks newest first, as the index gave them
        order.sort(Comparator.comparingDouble((long[] r) -> Double.longBitsToDouble(r[1])).thenComparing(r -> -r[0]));
        List<Long> ids = new ArrayList<>();
        for (int i = offset; i < Math.min(end, order.size()); i++) ids.add(order.get(i)[0]);
        return new Result(ids, order.size(), false);
    }

    /** What {@link #run} asks the index for {@code input}, and SQLite's plan for its first statement. */
    static List<String> explain(Connection c, String input) throws SQLException {
        String fts = fts(c, input);
        List<String> out = new ArrayList<>();
        if (fts == null) return out;
        out.add("MATCH " + fts + (likelyFew(SearchQuery.toFts(input)) ? "  (ranked in the first pass)" : ""));
        try (PreparedStatement s = c.prepareStatement(
                "EXPLAIN QUERY PLAN SELECT rowid FROM paper_fts WHERE paper_fts MATCH ? ORDER BY rowid DESC LIMIT ?")) {
            s.setString(1, fts);
            s.setInt(2, COUNTED + 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add("plan: " + rs.getString("detail"));
            }
        }
        return out;
    }

    private static List<long[]> ranked(Connection c, String fts) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rowid, rank FROM paper_fts WHERE paper_fts MATCH ? ORDER BY rowid DESC")) {
            s.setString(1, fts);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new long[] {rs.getLong(1), Double.doubleToLongBits(rs.getDouble(2))});
            }
        }
        return out;
    }

    /** A phrase of several words, or several terms that must all match: no OR among them. */
    static boolean likelyFew(String fts) {
        if (fts.contains(" OR ")) return false;
        int quoted = 0;
        boolean inside = false;
        boolean spaceInside = false;
        for (int i = 0; i < fts.length(); i++) {
            char ch = fts.charAt(i);
            if (ch == '"') {
                if (inside && i + 1 < fts.length() && fts.charAt(i + 1) == '"') {
                    i++;
                    continue;
                }
                inside = !inside;
                if (inside) quoted++;
            } else if (ch == ' ' && inside) {
                spaceInside = true;
            }
        }
        return spaceInside || (quoted > 1 && !fts.contains(" NOT "));
    }
}
