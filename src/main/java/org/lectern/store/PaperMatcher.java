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
 * when both sides have one; otherwise the whole text, then the title with abstracts that agree, then a
 * given title beginning a guessed split's text ({@link SplitMatch}). Every lookup is one indexed query,
 * so matching stays linear in the listing, whatever the library's size. See docs/identity.md.
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
    private final PreparedStatement row;
    private final SplitMatch splits;
    private final long importId;
    private final Batch batch = new Batch();
    private final Set<Long> claimed = new HashSet<>();
    // what the latest match worked out, for the write and the remembering that follow it
    private ParsedPaper lastPaper;
    private String lastId;
    private String lastTitleKey;
    private Long lastTextHash;
    private Known lastKnown;
    private boolean lastFromBatch;
    /** The library's keys in memory, when read (see {@link #useKeys}); null: every lookup is a query. */
    private LibraryKeys keys;

    /** A matcher for a preview: every paper of the library is a candidate. */
    PaperMatcher(Connection c) throws SQLException {
        this(c, -1);
    }

    /**
     * A matcher for the import {@code importId}, whose papers are written as they are matched: the ones
     * it has written are found as earlier papers of the listing, never as papers of the library.
     */
    PaperMatcher(Connection c, long importId) throws SQLException {
        String notThisImport = " AND import_id IS NOT ?";
        byArxiv = c.prepareStatement("SELECT " + COLUMNS + " WHERE arxiv_id = ?" + notThisImport);
        byText = c.prepareStatement("SELECT " + COLUMNS + " WHERE text_hash = ?" + notThisImport);
        byTitle = c.prepareStatement("SELECT " + COLUMNS + " WHERE title_key = ?" + notThisImport);
        row = c.prepareStatement("SELECT title, abstract FROM paper WHERE id = ?");
        splits = new SplitMatch(c, COLUMNS, importId);
        this.importId = importId;
    }

    /**
     * From now on a lookup the library's keys say cannot find anything is not made. For a matcher inside
     * the import's transaction the keys are read once and then kept up by {@link #changed}; a preview
     * writes nothing, and reads them again when {@link #keysCurrent} says an import came between.
     */
    void useKeys(LibraryKeys keys) {
        this.keys = keys;
    }

    /** Whether the keys in use still say what the library holds: no import came since they were read. */
    boolean keysCurrent(Connection c) throws SQLException {
        return keys != null && keys.current(c);
    }

    /** Whether {@link #useKeys} was called. */
    boolean usesKeys() {
        return keys != null;
    }

    /** Tells the keys that a paper of the library now has these details. */
    void changed(ImportWrites.Details d) {
        if (keys != null) keys.add(d.arxivId(), org.lectern.library.Titles.key(d.title()), TextIdentity.textHash(d.title(), d.abstractText()));
    }

    /** Matches every paper in listing order; a paper matching an earlier one of the list is REPEATED. */
    List<Item> matchAll(List<ParsedPaper> papers) throws SQLException {
        List<Item> out = new ArrayList<>(papers.size());
        for (ParsedPaper p : papers) {
            Item item = match(p);
            remember(item, null);
            out.add(item);
        }
        return out;
    }

    /** The text hash matching worked out for {@code p}. */
    long textHash(ParsedPaper p) {
        return p == lastPaper && lastTextHash != null ? lastTextHash : TextIdentity.textHash(p.title(), p.abstractText());
    }

    /** The library's paper with this id as the latest match read it. */
    Known known(long id) {
        if (lastKnown == null || lastKnown.id() != id) throw new IllegalStateException("paper " + id + " was not the latest match");
        return lastKnown;
    }

    /**
     * Takes note of the latest matched paper, so that a later one of the listing that is the same paper
     * is REPEATED. {@code row} is a paper of the library that now holds exactly this paper's title and
     * abstract: its text is read back when needed instead of being held in memory; null when there is none.
     */
    void remember(Item item, Long row) {
        if (item.match() == Match.AMBIGUOUS || lastFromBatch) return;
        ParsedPaper p = lastPaper;
        Seen seen = row != null ? new Seen(row, null, null) : new Seen(-1, p.title(), Objects.toString(p.abstractText(), ""));
        batch.add(lastId, lastTitleKey, lastTextHash, seen);
    }

    /** What importing {@code p} would do; follow it with {@link #remember} unless the paper is left out. */
    Item match(ParsedPaper p) throws SQLException {
        String id = TextIdentity.arxivId(p.arxivId());
        boolean bare = TextIdentity.isBare(p.title(), p.abstractText(), id);
        String titleKey = TextIdentity.key(p.title());
        String textKey = TextIdentity.textKey(p.title(), p.abstractText());
        Long textHash = bare ? null : TextIdentity.hash(textKey);
        lastPaper = p;
        lastId = id;
        lastTitleKey = bare ? null : titleKey;
        lastTextHash = textHash;
        lastKnown = null;
        lastFromBatch = false;
        By earlier = batch.find(id, bare ? null : titleKey, textHash, textKey, p.abstractText(), this::text);
        if (earlier != null) {
            lastFromBatch = true;
            return new Item(p, Match.REPEATED, null, earlier, List.of(), false);
        }

        Item item = matchLibrary(p, id, bare, titleKey, textKey, textHash);
        if (item.existingId() != null && !claimed.add(item.existingId())) {
            item = new Item(p, Match.REPEATED, null, item.by(), List.of(), false);
        }
        return item;
    }

    /** The title and abstract of a paper the batch remembers. */
    private Seen text(Seen s) {
        if (s.title() != null) return s;
        try {
            row.setLong(1, s.row());
            try (ResultSet rs = row.executeQuery()) {
                if (!rs.next()) throw new IllegalStateException("paper " + s.row() + " is gone");
                return new Seen(s.row(), rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    private Item matchLibrary(ParsedPaper p, String id, boolean bare, String titleKey, String textKey, Long textHash)
            throws SQLException {
        if (id != null && (keys == null || keys.mayHaveArxiv(id))) {
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
        for (Known k : keys == null || keys.mayHaveTitle(titleKey) ? lookup(byTitle, titleKey) : List.<Known>of()) {
            if (k.needsDetails() || !compatible(id, k)) continue;
            switch (TextIdentity.abstracts(k.abstractText(), p.abstractText())) {
                case SAME -> same.add(k);
                case UNSURE -> unsure.add(k);
                default -> { }
            }
        }
        if (same.size() == 1) return known(p, same.get(0), By.TITLE, false);
        if (same.isEmpty() && unsure.isEmpty()) return matchSplit(p, id, titleKey);
        same.addAll(unsure);
        return ambiguous(p, same);
    }

    /**
     * A paper whose title matched nothing, against the library's papers split the other way: one of them
     * is it. Two or more, or one the title alone does not settle: it is new, flagged with them, never
     * merged into one of them by a guess.
     */
    private Item matchSplit(ParsedPaper p, String id, String titleKey) throws SQLException {
        List<Known> fits = new ArrayList<>(1);
        boolean sure = true;
        for (Known k : splits.candidates(titleKey, p.confidence() >= 1, keys)) {
            SplitMatch.Text t = k.needsDetails() || !compatible(id, k) ? null : SplitMatch.reconcile(k, p);
            if (t == null) continue;
            fits.add(k);
            sure &= t.sure();
        }
        if (fits.size() == 1 && sure) return known(p, fits.get(0), By.SPLIT, false);
        if (fits.isEmpty()) return new Item(p, Match.NEW, null, null, List.of(), false);
        String titles = fits.stream().map(k -> "\u201c" + k.title() + "\u201d (" + k.id() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
        return new Item(p, Match.NEW, null, null, fits.stream().map(Known::id).toList(), false,
                "kept apart from " + titles + ", which it could be (the titles begin alike); compare them with lectern duplicates");
    }

    /** Two different arXiv ids are two papers, whatever their titles say. */
    private static boolean compatible(String id, Known k) {
        return id == null || k.arxivId() == null || id.equals(TextIdentity.arxivId(k.arxivId()));
    }

    private Item ambiguous(ParsedPaper p, List<Known> candidates) {
        return new Item(p, Match.AMBIGUOUS, null, null, candidates.stream().map(Known::id).toList(), false);
    }

    private Item known(ParsedPaper p, Known k, By by, boolean bare) {
        lastKnown = k;
        ImportWrites.Details d = bare ? null : ImportWrites.details(k, p, by);
        boolean changes = !bare && (ImportWrites.countsChange(k, p) || d != null);
        Double confidence = d == null ? k.confidence() : d.confidence();
        boolean titleKnown = !bare && !k.needsDetails() && confidence != null && confidence >= 1;
        return new Item(p, changes ? Match.UPDATED : Match.UNCHANGED, k.id(), by, List.of(), false,
                changeWords(titleChange(k, p, d), changes ? ImportWrites.changes(k, p, d) : null), titleKnown);
    }

    /** The title's change (first: {@link Item#retitles} reads it) and the other fields', as one text; null when neither. */
    private static String changeWords(String title, String fields) {
        if (title == null) return fields;
        return fields == null ? title : title + "; " + fields;
    }

    /** What the reader should see of a title the library and the listing give differently; null when they agree. */
    private static String titleChange(Known k, ParsedPaper p, ImportWrites.Details d) {
        String stored = d == null ? k.title() : d.title();
        if (!stored.equals(k.title())) return ImportPreview.RETITLED + k.title() + "\u201d becomes \u201c" + stored + "\u201d";
        if (p.title() != null && !TextIdentity.key(p.title()).equals(TextIdentity.key(stored))) {
            return "keeps the library's title \u201c" + stored + "\u201d";
        }
        return null;
    }

    private List<Known> lookupHash(long hash) throws SQLException {
        if (keys != null && !keys.mayHaveText(hash)) return List.of();
        byText.setLong(1, hash);
        byText.setLong(2, importId);
        return rows(byText);
    }

    private List<Known> lookup(PreparedStatement s, String value) throws SQLException {
        s.setString(1, value);
        s.setLong(2, importId);
        return rows(s);
    }

    static List<Known> rows(PreparedStatement s) throws SQLException {
        List<Known> out = new ArrayList<>(1);
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Double confidence = Rows.doubleOrNull(rs, 11);
                out.add(new Known(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Rows.intOrNull(rs, 5), Rows.intOrNull(rs, 6), Rows.intOrNull(rs, 7), rs.getString(8),
                        rs.getString(9), rs.getInt(10) != 0, confidence));
            }
        }
        return out;
    }

    /** A paper of the listing already taken: its title and abstract, or the library's row that holds them (row only). */
    record Seen(long row, String title, String abstractText) {
    }

    /**
     * The papers already taken by this listing, by the same three keys. Only hashes and ids are kept for
     * papers the library holds as listed: a listing of 100,000 papers would otherwise hold every abstract.
     */
    private static final class Batch {
        private final Set<String> ids = new HashSet<>();
        private final Map<Long, Seen> texts = new HashMap<>();
        private final Map<Long, List<Taken>> titles = new HashMap<>();

        private record Taken(String id, Seen seen) {
        }

        By find(String id, String titleKey, Long textHash, String textKey, String abstractText,
                java.util.function.UnaryOperator<Seen> text) {
            if (id != null && ids.contains(id)) return By.ID;
            Seen sameHash = textHash == null ? null : texts.get(textHash);
            if (sameHash != null) {
                Seen s = text.apply(sameHash);
                if (TextIdentity.textKey(s.title(), s.abstractText()).equals(textKey)) return By.TEXT;
            }
            if (titleKey != null) {
                for (Taken other : titles.getOrDefault(TextIdentity.hash(titleKey), List.of())) {
                    boolean sameId = id == null || other.id() == null || id.equals(other.id());
                    if (!sameId) continue;
                    Seen s = text.apply(other.seen());
                    if (TextIdentity.key(s.title()).equals(titleKey)
                            && TextIdentity.abstracts(s.abstractText(), abstractText) == TextIdentity.Agreement.SAME) {
                        return By.TITLE;
                    }
                }
            }
            return null;
        }

        void add(String id, String titleKey, Long textHash, Seen seen) {
            if (id != null) ids.add(id);
            if (textHash != null) texts.putIfAbsent(textHash, seen);
            if (titleKey != null) {
                titles.computeIfAbsent(TextIdentity.hash(titleKey), k -> new ArrayList<>(1)).add(new Taken(id, seen));
            }
        }
    }
}
