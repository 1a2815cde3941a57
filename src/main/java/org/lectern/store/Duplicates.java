package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs of papers that are likely one paper, with the reason: the same arXiv id (versions aside), the
 * same whole text, the same title, or a near-identical title. Every search is a grouping over an index
 * or a sort, never a comparison of every paper with every other, so it stays quick at 100,000 papers.
 */
public final class Duplicates {
    /** Why two papers look like one, strongest first. */
    public enum Reason {
        SAME_ID("same arXiv id"), SAME_TEXT("same text"), SAME_TITLE("same title"), NEAR_TITLE("near-identical title");

        private final String words;

        Reason(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Two papers that look like one ({@code first} < {@code second}). */
    public record Pair(long first, long second, String firstTitle, String secondTitle, Reason reason) {
    }

    /** Titles at least this alike (1 − edit distance / length) are near-identical. */
    static final double NEAR = 0.9;
    /** Shorter keys are too short to call near-identical: "gpt 4" and "gpt 5" are two papers. */
    static final int NEAR_MIN_LENGTH = 20;

    private final Library library;

    public Duplicates(Library library) {
        this.library = library;
    }

    /** Every likely pair, each once with its strongest reason, strongest first, then by id. */
    public List<Pair> find() {
        return library.read(c -> {
            Map<String, Pair> pairs = new LinkedHashMap<>();
            List<Row> rows = rows(c);
            Map<Long, Row> byId = new HashMap<>();
            rows.forEach(r -> byId.put(r.id, r));
            grouped(pairs, byId, rows, Reason.SAME_ID, r -> TextIdentity.arxivId(r.arxivId));
            grouped(pairs, byId, rows, Reason.SAME_TEXT, r -> r.placeholder ? null : r.textHash + "");
            grouped(pairs, byId, rows, Reason.SAME_TITLE, r -> r.placeholder ? null : r.titleKey);
            near(pairs, rows, false);
            near(pairs, rows, true);
            List<Pair> out = new ArrayList<>(pairs.values());
            out.sort(Comparator.comparing(Pair::reason).thenComparing(Pair::first).thenComparing(Pair::second));
            return out;
        });
    }

    private static final class Row {
        long id;
        String title;
        String titleKey;
        String arxivId;
        Long textHash;
        boolean placeholder;
        String reversed;
    }

    private static List<Row> rows(Connection c) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, title, title_key, arxiv_id, text_hash, needs_details FROM paper");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Row r = new Row();
                r.id = rs.getLong(1);
                r.title = rs.getString(2);
                r.titleKey = rs.getString(3);
                r.arxivId = rs.getString(4);
                long h = rs.getLong(5);
                r.textHash = rs.wasNull() ? null : h;
                r.placeholder = rs.getInt(6) != 0;
                out.add(r);
            }
        }
        return out;
    }

    private static void grouped(Map<String, Pair> pairs, Map<Long, Row> byId, List<Row> rows, Reason reason,
                                java.util.function.Function<Row, String> key) {
        Map<String, List<Long>> groups = new HashMap<>();
        for (Row r : rows) {
            String k = key.apply(r);
            if (k != null && !k.isEmpty() && !k.equals("null")) groups.computeIfAbsent(k, x -> new ArrayList<>(2)).add(r.id);
        }
        for (List<Long> g : groups.values()) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) add(pairs, byId.get(g.get(i)), byId.get(g.get(j)), reason);
            }
        }
    }

    /**
     * Near-identical titles sit next to each other once sorted: by their start, or, for a difference
     * near the start, by their end (the keys reversed). Neighbours only, so a sort and a pass.
     */
    private static void near(Map<String, Pair> pairs, List<Row> rows, boolean fromTheEnd) {
        List<Row> sorted = new ArrayList<>();
        for (Row r : rows) {
            if (r.placeholder || r.titleKey.length() < NEAR_MIN_LENGTH) continue;
            if (fromTheEnd && r.reversed == null) r.reversed = new StringBuilder(r.titleKey).reverse().toString();
            sorted.add(r);
        }
        sorted.sort(Comparator.comparing(r -> fromTheEnd ? r.reversed : r.titleKey));
        for (int i = 0; i + 1 < sorted.size(); i++) {
            for (int j = i + 1; j <= Math.min(i + 2, sorted.size() - 1); j++) {
                Row a = sorted.get(i);
                Row b = sorted.get(j);
                if (!a.titleKey.equals(b.titleKey) && alike(a.titleKey, b.titleKey)) add(pairs, a, b, Reason.NEAR_TITLE);
            }
        }
    }

    /** Whether the edit distance is within {@link #NEAR} of the longer key, computed in a band of that width. */
    static boolean alike(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        int limit = (int) Math.floor(longer * (1 - NEAR));
        if (Math.abs(a.length() - b.length()) > limit) return false;
        int inf = limit + 1;
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j <= limit ? j : inf;
        for (int i = 1; i <= a.length(); i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(b.length(), i + limit);
            java.util.Arrays.fill(cur, inf);
            cur[0] = i <= limit ? i : inf;
            int best = cur[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                best = Math.min(best, cur[j]);
            }
            if (best > limit) return false;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()] <= limit;
    }

    private static void add(Map<String, Pair> pairs, Row a, Row b, Reason reason) {
        Row first = a.id < b.id ? a : b;
        Row second = first == a ? b : a;
        pairs.putIfAbsent(first.id + ":" + second.id, new Pair(first.id, second.id, first.title, second.title, reason));
    }
}
