package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ranges of paper ids whose rows are committed but not yet in the search index (table
 * {@code search_backlog}, schema 8). An import reserves a range for its new papers in its own
 * transaction, so the full-text triggers skip them; the index is then filled a batch at a time, each
 * batch shrinking the range in the same transaction, so a kill at any moment leaves a backlog that
 * says exactly what is still to index. A paper is in the index exactly when its id is in no range.
 */
final class SearchBacklog {
    /** An open range's end while its import is still writing (never committed as such). */
    private static final long OPEN = Long.MAX_VALUE;

    private SearchBacklog() {
    }

    /**
     * Reserves the ids from the returned one on for an import's new papers, inside {@code c}'s
     * transaction. Past every paper and every earlier range, so no range ever covers a paper that is
     * already indexed, nor overlaps another.
     */
    static long reserve(Connection c) throws SQLException {
        long first;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT max(coalesce((SELECT max(id) FROM paper), 0), coalesce((SELECT max(last_id) FROM search_backlog), 0))")) {
            rs.next();
            first = rs.getLong(1) + 1;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO search_backlog(first_id, last_id) VALUES (?, ?)")) {
            s.setLong(1, first);
            s.setLong(2, OPEN);
            s.executeUpdate();
        }
        return first;
    }

    /** Ends the range reserved at {@code first} just before {@code next}, the id no paper was given; drops it when empty. */
    static void close(Connection c, long first, long next) throws SQLException {
        if (next <= first) {
            forget(c, first);
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE search_backlog SET last_id = ? WHERE first_id = ?")) {
            s.setLong(1, next - 1);
            s.setLong(2, first);
            s.executeUpdate();
        }
    }

    /** Indexes the papers of the range at {@code first} now, in {@code c}'s transaction (a small import), and drops the range. */
    static void fillNow(Connection c, long first, long next) throws SQLException {
        if (next > first) index(c, first, next - 1);
        forget(c, first);
    }

    /**
     * Indexes the papers of at most {@code ids} ids at the start of the lowest range, in {@code c}'s
     * transaction, and shrinks the range by as much. Returns false when there was nothing left to do.
     */
    static boolean fillSome(Connection c, long ids) throws SQLException {
        long first;
        long last;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT first_id, last_id FROM search_backlog ORDER BY first_id LIMIT 1")) {
            if (!rs.next()) return false;
            first = rs.getLong(1);
            last = rs.getLong(2);
        }
        // ids past the last paper hold nothing (an undone import's): the range goes in one step
        long end = last - first < ids ? last : first + ids - 1;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM paper")) {
            rs.next();
            if (rs.getLong(1) < end) end = last;
        }
        index(c, first, end);
        forget(c, first);
        if (end < last) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO search_backlog(first_id, last_id) VALUES (?, ?)")) {
                s.setLong(1, end + 1);
                s.setLong(2, last);
                s.executeUpdate();
            }
        }
        return true;
    }

    /** Whether any paper's text still waits for the index. */
    static boolean pending(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM search_backlog)")) {
            return rs.next() && rs.getInt(1) != 0;
        }
    }

    /** How many papers are not in the index yet. */
    static long remaining(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT coalesce(sum((SELECT count(*) FROM paper p WHERE p.id BETWEEN b.first_id AND b.last_id)), 0)
                FROM search_backlog b""")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The index gets the papers' text as it is now, with their notes and tags (the view the index reads). */
    private static void index(Connection c, long first, long last) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO paper_fts(rowid, title, abstract, note, tags)
                SELECT id, title, abstract, note, tags FROM paper_search WHERE id BETWEEN ? AND ?""")) {
            s.setLong(1, first);
            s.setLong(2, last);
            s.executeUpdate();
        }
    }

    private static void forget(Connection c, long first) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM search_backlog WHERE first_id = ?")) {
            s.setLong(1, first);
            s.executeUpdate();
        }
    }
}
