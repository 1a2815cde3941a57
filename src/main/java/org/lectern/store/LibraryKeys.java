package org.lectern.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Which arXiv ids, title keys and text hashes the library may hold, as hashes in memory: a large
 * import asks this before each of its lookups and skips the query when the answer is no, which it
 * is for almost every paper of a new listing. Never a false no (every key of the library at the time
 * it was read, and every key the import wrote since); a yes is only a maybe, and the query decides.
 * The first words of each title key are kept too, for {@link SplitMatch}'s look-up of titles that
 * extend another. 32 bytes a paper, so it is only read for a library of at most {@link #MAX_PAPERS}.
 */
final class LibraryKeys {
    static final long MAX_PAPERS = 1_000_000;

    private final long[] ids;
    private final long[] titles;
    private final long[] texts;
    private final long[] leads;
    private final Set<Long> added = new HashSet<>();
    /** What {@link #stamp} said when the keys were read. */
    private final long[] readAt;

    private LibraryKeys(long[] ids, long[][] titles, long[] texts, long[] readAt) {
        this.ids = ids;
        this.titles = titles[0];
        this.leads = titles[1];
        this.texts = texts;
        this.readAt = readAt;
    }

    /** The keys of every paper of the library now, each column read from its own index. */
    static LibraryKeys read(Connection c) throws SQLException {
        long[] at = stamp(c);
        return new LibraryKeys(
                hashes(c, "SELECT arxiv_id FROM paper WHERE arxiv_id IS NOT NULL", true),
                titleHashes(c),
                hashes(c, "SELECT text_hash FROM paper WHERE text_hash IS NOT NULL", false), at);
    }

    /**
     * Whether no import (nor an undo of one) came since the keys were read: a preview holds the library's
     * lock for one batch at a time, and another import may add papers in between. Other writes (the
     * search index filling after a large import) do not make the keys read again; a paper a reader's edit
     * gave another title meanwhile may be shown as new, and the import, which matches again, finds it.
     */
    boolean current(Connection c) throws SQLException {
        return Arrays.equals(stamp(c), readAt);
    }

    /** The imports and the papers, as counts and their last ids: an import or its undo changes one of them. */
    private static long[] stamp(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM import),"
                + " (SELECT coalesce(max(id), 0) FROM import), (SELECT count(*) FROM paper), (SELECT coalesce(max(id), 0) FROM paper)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
        }
    }

    /** The title keys' hashes, and their leads' hashes, each sorted. */
    private static long[][] titleHashes(Connection c) throws SQLException {
        long[] keys = new long[1024];
        long[] leads = new long[1024];
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT title_key FROM paper")) {
            while (rs.next()) {
                if (n == keys.length) {
                    keys = Arrays.copyOf(keys, n * 2);
                    leads = Arrays.copyOf(leads, n * 2);
                }
                String key = rs.getString(1);
                keys[n] = TextIdentity.hash(key);
                leads[n++] = TextIdentity.hash(SplitMatch.lead(key));
            }
        }
        return new long[][] {sorted(keys, n), sorted(leads, n)};
    }

    private static long[] sorted(long[] values, int n) {
        long[] out = Arrays.copyOf(values, n);
        Arrays.sort(out);
        return out;
    }

    private static long[] hashes(Connection c, String sql, boolean text) throws SQLException {
        long[] out = new long[1024];
        int n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = text ? TextIdentity.hash(rs.getString(1)) : rs.getLong(1);
            }
        }
        return sorted(out, n);
    }

    boolean mayHaveArxiv(String id) {
        return has(ids, 'i', TextIdentity.hash(id));
    }

    boolean mayHaveTitle(String titleKey) {
        return has(titles, 't', TextIdentity.hash(titleKey));
    }

    /** Whether a title key of the library may begin with these {@link SplitMatch#LEAD_WORDS} words. */
    boolean mayHaveLead(String lead) {
        return has(leads, 'l', TextIdentity.hash(lead));
    }

    boolean mayHaveText(long textHash) {
        return has(texts, 'x', textHash);
    }

    /** Keys a paper of the library was given during the import (a placeholder's details, a better split). */
    void add(String arxivId, String titleKey, long textHash) {
        if (arxivId != null) added.add(tagged('i', TextIdentity.hash(arxivId)));
        added.add(tagged('t', TextIdentity.hash(titleKey)));
        added.add(tagged('l', TextIdentity.hash(SplitMatch.lead(titleKey))));
        added.add(tagged('x', textHash));
    }

    private boolean has(long[] sorted, char kind, long hash) {
        return Arrays.binarySearch(sorted, hash) >= 0 || (!added.isEmpty() && added.contains(tagged(kind, hash)));
    }

    /** One set for the three kinds of key: a kind's tag mixed in, so that equal hashes of two kinds stay apart. */
    private static long tagged(char kind, long hash) {
        return hash * 31 + kind;
    }
}
