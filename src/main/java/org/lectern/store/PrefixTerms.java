package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a prefix term the index keeps no prefix entries for (a stem of three letters or more:
 * schema 7 keeps two-letter prefixes only) into the OR of the indexed words it covers, when they are
 * few. FTS5 answers such a prefix by merging the lists of every word it covers into one list in memory
 * before it returns the first match (for {@code "model"*}, 93,000 papers with all their positions),
 * while an OR of a few words reads their lists as it goes, so a page or a capped count stops early.
 *
 * <p>The OR finds the same papers only if each word, typed as a query, tokenizes back to itself:
 * porter stemming is not idempotent ({@code agre} stems to {@code agr}). Each word is run through the
 * index's own tokenizer on a table in this connection's own memory, and one word that does not come back
 * unchanged keeps the prefix as it was; so do more than {@link #MAX_TERMS} words.
 */
final class PrefixTerms {
    /** An OR of more words costs more per match than the merged list saves. */
    static final int MAX_TERMS = 24;

    private static final Pattern TOKENIZE = Pattern.compile("tokenize\\s*=\\s*'((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);
    /** What each word tokenizes to, by tokenizer: a pure function of the two, so kept across connections. */
    private static final Map<String, List<String>> TOKENS = new ConcurrentHashMap<>();
    private static final int TOKENS_KEPT = 50_000;
    /** The connections whose scratch tables exist, with the tokenizer they copy; "" when the library has no index. */
    private static final Map<Connection, String> PREPARED = Collections.synchronizedMap(new WeakHashMap<>());

    private final Connection c;
    private final String tokenizer;

    private PrefixTerms(Connection c, String tokenizer) {
        this.c = c;
        this.tokenizer = tokenizer;
    }

    /** The expander for this connection, or null when its scratch tables cannot be made (inside a write, say). */
    static PrefixTerms on(Connection c) {
        String tokenizer = PREPARED.get(c);
        if (tokenizer == null) {
            tokenizer = prepare(c);
            // a failure (a transaction open, say) is tried again next time
            if (tokenizer != null) PREPARED.put(c, tokenizer);
        }
        return tokenizer == null || tokenizer.isEmpty() ? null : new PrefixTerms(c, tokenizer);
    }

    private static String prepare(Connection c) {
        try (Statement s = c.createStatement()) {
            String tokenizer = "unicode61"; // FTS5's default, when the table names none
            try (ResultSet rs = s.executeQuery("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'paper_fts'")) {
                if (!rs.next()) return "";
                Matcher m = TOKENIZE.matcher(rs.getString(1));
                if (m.find()) tokenizer = m.group(1).replace("''", "'");
            }
            // the words to tokenize live in memory, never in a file: writing them costs no I/O
            s.execute("ATTACH DATABASE ':memory:' AS lectern_scratch");
            // the tokenizer comes from the library's own schema, never from what a reader typed
            s.execute("CREATE VIRTUAL TABLE lectern_scratch.lectern_tokens USING fts5(word, tokenize = '"
                    + tokenizer.replace("'", "''") + "')");
            s.execute("CREATE VIRTUAL TABLE lectern_scratch.lectern_token_list USING fts5vocab('lectern_tokens', 'instance')");
            s.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.lectern_terms USING fts5vocab(main, 'paper_fts', 'row')");
            return tokenizer;
        } catch (SQLException e) {
            try (Statement s = c.createStatement()) {
                s.execute("DETACH DATABASE lectern_scratch");
            } catch (SQLException notAttached) {
                // nothing was attached
            }
            return null;
        }
    }

    /** {@code term} ({@code "word"*}) as the OR of the words it covers, or unchanged. */
    String expand(String term) {
        String word = term.substring(1, term.length() - 2).replace("\"\"", "\"");
        try {
            List<String> stem = tokens(List.of(word)).get(0);
            if (stem.size() != 1 || stem.get(0).codePointCount(0, stem.get(0).length()) < 3) return term;
            String prefix = stem.get(0);
            List<String> words = covered(prefix);
            if (words.isEmpty() || words.size() > MAX_TERMS) return term;
            List<List<String>> again = tokens(words);
            for (int i = 0; i < words.size(); i++) {
                if (!again.get(i).equals(List.of(words.get(i)))) return term;
            }
            StringBuilder out = new StringBuilder(words.size() == 1 ? "" : "(");
            for (String w : words) {
                if (out.length() > 1) out.append(" OR ");
                out.append('"').append(w.replace("\"", "\"\"")).append('"');
            }
            return words.size() == 1 ? out.toString() : out.append(')').toString();
        } catch (SQLException e) {
            return term;
        }
    }

    /** The indexed words that start with {@code prefix}, at most one more than {@link #MAX_TERMS}. */
    private List<String> covered(String prefix) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT term FROM temp.lectern_terms WHERE term >= ?1 AND term < ?2 LIMIT ?3")) {
            s.setString(1, prefix);
            s.setString(2, prefix + "\uDBFF\uDFFF"); // the last code point: every word that starts so sorts below it
            s.setInt(3, MAX_TERMS + 1);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    if (t.startsWith(prefix)) out.add(t);
                }
            }
        }
        return out;
    }

    /** What each of {@code words} tokenizes to with the index's tokenizer, in order. */
    private List<List<String>> tokens(List<String> words) throws SQLException {
        List<List<String>> out = new ArrayList<>(words.size());
        List<String> unknown = new ArrayList<>();
        for (String w : words) {
            List<String> known = TOKENS.get(tokenizer + '\u0000' + w);
            out.add(known);
            if (known == null) unknown.add(w);
        }
        if (unknown.isEmpty()) return out;
        Map<Long, TreeMap<Integer, String>> byRow = new TreeMap<>();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO lectern_scratch.lectern_tokens(rowid, word) VALUES (?, ?)")) {
            for (int i = 0; i < unknown.size(); i++) {
                insert.setLong(1, i);
                insert.setString(2, unknown.get(i));
                insert.addBatch();
            }
            insert.executeBatch();
            try (PreparedStatement s = c.prepareStatement("SELECT doc, \"offset\", term FROM lectern_scratch.lectern_token_list");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) byRow.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getInt(2), rs.getString(3));
            }
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM lectern_scratch.lectern_tokens");
            }
        }
        if (TOKENS.size() > TOKENS_KEPT) TOKENS.clear();
        for (int i = 0, u = 0; i < words.size(); i++) {
            if (out.get(i) != null) continue;
            TreeMap<Integer, String> found = byRow.get((long) u++);
            List<String> t = found == null ? List.of() : List.copyOf(found.values());
            TOKENS.put(tokenizer + '\u0000' + words.get(i), t);
            out.set(i, t);
        }
        return out;
    }
}
