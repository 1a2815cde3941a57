package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview.By;
import org.lectern.store.ImportPreview.Item;
import org.lectern.store.ImportPreview.Match;

/**
 * Decides which paper of the library (or of the same listing) a parsed paper is. The arXiv id decides
 * when both sides have one; otherwise the whole text, then the title with abstracts that agree. Every
 * lookup is one indexed query, so matching stays linear in the listing, whatever the library's size.
 */
final class PaperMatcher {
    /** A paper of the library as matching needs it. */
    record Known(long id, String title, String abstractText, String arxivId, Integer upvotes, Integer comments,
                 Integer authors, String published, String url, boolean needsDetails, Double confidence) {
    }

    private static final String COLUMNS = "id, title, abstract, arxiv_id, upvotes, comments, authors, published,"
            + " url, needs_details, split_confidence FROM paper";

    private final PreparedStatement byArxiv;
    private final PreparedStatement byText;
    private final PreparedStatement byTitle;
    private final Map<Long, Known> known = new HashMap<>();
    private final Batch batch = new Batch();
    private final Set<Long> claimed = new HashSet<>();
    /** Each paper's text hash, worked out once for matching and reused to write it. */
    private final Map<ParsedPaper, Long> hashes = new java.util.IdentityHashMap<>();

    PaperMatcher(Connection c) throws SQLException {
        byArxiv = c.prepareStatement("SELECT " + COLUMNS + " WHERE arxiv_id = ?");
        byText = c.prepareStatement("SELECT " + COLUMNS + " WHERE text_hash = ?");
        byTitle = c.prepareStatement("SELECT " + COLUMNS + " WHERE title_key = ?");
    }

    /** Matches every paper in listing order; a paper matching an earlier one of the list is REPEATED. */
    List<Item> matchAll(List<ParsedPaper> papers) throws SQLException {
        List<Item> out = new ArrayList<>(papers.size());
        for (ParsedPaper p : papers) out.add(match(p));
        return out;
    }

    /** The text hash matching worked out for {@code p}. */
    long textHash(ParsedPaper p) {
        Long h = hashes.get(p);
        return h != null ? h : TextIdentity.textHash(p.title(), p.abstractText());
    }

    /** The library's paper with this id as matching last read it. */
    Known known(long id) {
        return known.get(id);
    }

    private Item match(ParsedPaper p) throws SQLException {
        String id = TextIdentity.arxivId(p.arxivId());
        boolean bare = TextIdentity.isBare(p.title(), p.abstractText(), id);
        String titleKey = TextIdentity.key(p.title());
        String textKey = TextIdentity.textKey(p.title(), p.abstractText());
        Long textHash = bare ? null : TextIdentity.hash(textKey);
        if (textHash != null) hashes.put(p, textHash);
        By earlier = batch.find(id, bare ? null : titleKey, textHash, textKey, p.abstractText());
        if (earlier != null) return new Item(p, Match.REPEATED, null, earlier, List.of(), false);

        Item item = matchLibrary(p, id, bare, titleKey, textKey, textHash);
        if (item.existingId() != null && !claimed.add(item.existingId())) {
            item = new Item(p, Match.REPEATED, null, item.by(), List.of(), false);
        }
        if (item.match() != Match.AMBIGUOUS) batch.add(id, bare ? null : titleKey, textHash, p);
        return item;
    }

    private Item matchLibrary(ParsedPaper p, String id, boolean bare, String titleKey, String textKey, Long textHash)
            throws SQLException {
        if (id != null) {
            List<Known> same = lookup(byArxiv, id);
            if (!same.isEmpty()) return known(p, same.get(0), By.ID, bare);
        }
        if (bare) return new Item(p, Match.NEW, null, null, List.of(), id != null);

        List<Known> texts = new ArrayList<>();
        for (Known k : lookupHash(textHash)) {
            if (!k.needsDetails() && compatible(id, k) && TextIdentity.textKey(k.title(), k.abstractText()).equals(textKey)) {
                texts.add(k);
            }
        }
        if (texts.size() == 1) return known(p, texts.get(0), By.TEXT, false);
        if (texts.size() > 1) return ambiguous(p, texts);

        List<Known> same = new ArrayList<>();
        List<Known> unsure = new ArrayList<>();
        for (Known k : lookup(byTitle, titleKey)) {
            if (k.needsDetails() || !compatible(id, k)) continue;
            switch (TextIdentity.abstracts(k.abstractText(), p.abstractText())) {
                case SAME -> same.add(k);
                case UNSURE -> unsure.add(k);
                default -> { }
            }
        }
        if (same.size() == 1) return known(p, same.get(0), By.TITLE, false);
        if (same.isEmpty() && unsure.isEmpty()) return new Item(p, Match.NEW, null, null, List.of(), false);
        same.addAll(unsure);
        return ambiguous(p, same);
    }

    /** Two different arXiv ids are two papers, whatever their titles say. */
    private static boolean compatible(String id, Known k) {
        return id == null || k.arxivId() == null || id.equals(TextIdentity.arxivId(k.arxivId()));
    }

    private Item ambiguous(ParsedPaper p, List<Known> candidates) {
        return new Item(p, Match.AMBIGUOUS, null, null, candidates.stream().map(Known::id).toList(), false);
    }

    private Item known(ParsedPaper p, Known k, By by, boolean bare) {
        known.put(k.id(), k);
        boolean changes = !bare && (ImportWrites.countsChange(k, p) || ImportWrites.details(k, p, by) != null);
        return new Item(p, changes ? Match.UPDATED : Match.UNCHANGED, k.id(), by, List.of(), false);
    }

    private List<Known> lookupHash(long hash) throws SQLException {
        byText.setLong(1, hash);
        return rows(byText);
    }

    private static List<Known> lookup(PreparedStatement s, String value) throws SQLException {
        s.setString(1, value);
        return rows(s);
    }

    private static List<Known> rows(PreparedStatement s) throws SQLException {
        List<Known> out = new ArrayList<>(1);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                double conf = rs.getDouble(11);
                Double confidence = rs.wasNull() ? null : conf;
                out.add(new Known(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Rows.intOrNull(rs, 5), Rows.intOrNull(rs, 6), Rows.intOrNull(rs, 7), rs.getString(8),
                        rs.getString(9), rs.getInt(10) != 0, confidence));
            }
        }
        return out;
    }

    /** The papers already taken by this listing, by the same three keys. */
    private static final class Batch {
        private final Set<String> ids = new HashSet<>();
        // hashes, not keys: a listing of 100,000 papers would otherwise hold every abstract twice
        private final Map<Long, ParsedPaper> texts = new HashMap<>();
        private final Map<String, List<Taken>> titles = new HashMap<>();

        private record Taken(String id, String abstractText) {
        }

        By find(String id, String titleKey, Long textHash, String textKey, String abstractText) {
            if (id != null && ids.contains(id)) return By.ID;
            ParsedPaper sameHash = textHash == null ? null : texts.get(textHash);
            if (sameHash != null && TextIdentity.textKey(sameHash.title(), sameHash.abstractText()).equals(textKey)) return By.TEXT;
            if (titleKey != null) {
                for (Taken other : titles.getOrDefault(titleKey, List.of())) {
                    boolean sameId = id == null || other.id() == null || id.equals(other.id());
                    if (sameId && TextIdentity.abstracts(other.abstractText(), abstractText) == TextIdentity.Agreement.SAME) {
                        return By.TITLE;
                    }
                }
            }
            return null;
        }

        void add(String id, String titleKey, Long textHash, ParsedPaper p) {
            String abstractText = p.abstractText();
            if (id != null) ids.add(id);
            if (textHash != null) texts.putIfAbsent(textHash, p);
            if (titleKey != null) {
                titles.computeIfAbsent(titleKey, k -> new ArrayList<>(1)).add(new Taken(id, Objects.toString(abstractText, "")));
            }
        }
    }
}
