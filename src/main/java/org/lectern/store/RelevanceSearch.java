package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

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
        return run(c, input, offset, limit, SAMPLE_SHARE);
    }

    /** {@link #run} with the newest {@code 1 / share} of the library read first for a phrase or words that must all be there. */
    static Result run(Connection c, String input, int offset, int limit, int share) throws SQLException {
        return inSnapshot(c, () -> runIn(c, input, offset, limit, share));
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

    private static Result runIn(Connection c, String input, int offset, int limit, int share) throws SQLException {
        String plain = SearchQuery.toFts(input);
        if (plain == null) return new Result(List.of(), 0, false);
        String fts = fts(c, input);
        Matches found = likelyFew(plain) ? fewFirst(c, fts, share) : new Matches(matches(c, fts, Long.MIN_VALUE, Long.MAX_VALUE, true, COUNTED + 1), false);
        List<long[]> newest = found.rows();
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
        if (!found.ranked() && newest.size() > 1) newest = ranked(c, fts);
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
        out.add("MATCH " + fts + (likelyFew(SearchQuery.toFts(input))
                ? "  (few expected: the newest 1/" + SAMPLE_SHARE + " of the library read first)" : ""));
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

    /**
     * The newest {@link #COUNTED} + 1 matches of a phrase or of words that must all be there, ranked
     * when they are all. Such a search usually matches few papers, and is then best ranked at once: bm25
     * counts each phrase's papers over the whole index first, a pass that ranking cannot avoid. But a
     * search that turns out to match more than {@value #COUNTED} is listed newest first, and ranking it
     * is wasted: for a phrase of common words, most of the cost. So the newest {@value #SAMPLE_SHARE}th
     * of the library is read first, without ranks (a fraction of a millisecond); a search that matches
     * few papers there is ranked, and one that matches many reads on from there, newest first, and stops
     * at the limit. A wrong guess costs a pass, never a different answer.
     */
    private static Matches fewFirst(Connection c, String fts, int share) throws SQLException {
        if (MERGED_PREFIX.matcher(fts).find()) {
            // FTS5 merges such a prefix's lists in each statement that reads it: one statement, ranked
            return new Matches(rankedNewest(c, fts), true);
        }
        long[] span = span(c);
        long ids = span[1] - span[0] + 1;
        long floor = span[1] + 1 - Math.max(1, ids / share);
        // every match of the newest share, oldest first (forwards is the cheaper way)
        List<long[]> sample = matches(c, fts, floor, Long.MAX_VALUE, false, Integer.MAX_VALUE);
        if (sample.size() <= COUNTED && sample.size() * (double) ids / (span[1] + 1 - floor) <= COUNTED) {
            return new Matches(ranked(c, fts), true);
        }
        List<long[]> out = new ArrayList<>(COUNTED + 1);
        for (int i = sample.size() - 1; i >= 0 && out.size() <= COUNTED; i--) out.add(sample.get(i));
        if (out.size() <= COUNTED) out.addAll(matches(c, fts, Long.MIN_VALUE, floor, true, COUNTED + 1 - out.size()));
        return new Matches(out, false); // all of them, when few after all: ranked then, as any search is
    }

    /** A prefix of three letters or more left as typed: the index keeps entries for two-letter prefixes only. */
    private static final Pattern MERGED_PREFIX = Pattern.compile("\"(?:[^\"]|\"\"){3,}\"\\*");

    /** The newest {@link #COUNTED} + 1 matches with their ranks, in one statement. */
    private static List<long[]> rankedNewest(Connection c, String fts) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rowid, rank FROM paper_fts WHERE paper_fts MATCH ? ORDER BY rowid DESC LIMIT ?")) {
            s.setString(1, fts);
            s.setInt(2, COUNTED + 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new long[] {rs.getLong(1), Double.doubleToLongBits(rs.getDouble(2))});
            }
        }
        return out;
    }

    /** Matches, newest first, each a rowid and (when {@code ranked}) its rank's bits. */
    private record Matches(List<long[]> rows, boolean ranked) {
    }

    /** One part in this many of the library is read first to tell a broad search from a narrow one. */
    static final int SAMPLE_SHARE = 32;

    /** The smallest and largest paper id (0, 0 for none). */
    private static long[] span(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT min(id) FROM paper), (SELECT max(id) FROM paper)")) {
            return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[] {0, 0};
        }
    }

    /**
     * At most {@code limit} matches among the ids in {@code [from, to)}, without ranks, newest first when
     * {@code newestFirst} (which stops early), else in the index's own order, oldest first (which reads
     * less: FTS5 walks each word's list forwards).
     */
    private static List<long[]> matches(Connection c, String fts, long from, long to, boolean newestFirst, int limit)
            throws SQLException {
        List<long[]> out = new ArrayList<>();
        boolean all = from == Long.MIN_VALUE && to == Long.MAX_VALUE;
        try (PreparedStatement s = c.prepareStatement("SELECT rowid FROM paper_fts WHERE paper_fts MATCH ?"
                + (all ? "" : " AND rowid >= ? AND rowid < ?") + " ORDER BY rowid" + (newestFirst ? " DESC" : "") + " LIMIT ?")) {
            int i = 1;
            s.setString(i++, fts);
            if (!all) {
                s.setLong(i++, from);
                s.setLong(i++, to);
            }
            s.setInt(i, limit);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new long[] {rs.getLong(1), 0});
            }
        }
        return out;
    }

    /**
     * Every match with its rank, newest first. Read in the index's own order, oldest first: FTS5 walks
     * each word's list forwards more cheaply than backwards (a fifth to a third less for a phrase).
     */
    private static List<long[]> ranked(Connection c, String fts) throws SQLException {
        List<long[]> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT rowid, rank FROM paper_fts WHERE paper_fts MATCH ? ORDER BY rowid")) {
            s.setString(1, fts);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new long[] {rs.getLong(1), Double.doubleToLongBits(rs.getDouble(2))});
            }
        }
        Collections.reverse(out);
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
