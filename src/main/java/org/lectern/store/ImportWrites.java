package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;

import org.lectern.library.Titles;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.ImportPreview.By;

/**
 * The rows an import writes: new papers, and the changes to known ones (counts, and details a
 * placeholder or an incomplete paper was missing), each remembered in {@code import_update} so that
 * undoing the import gives back exactly what it replaced.
 */
final class ImportWrites {
    /** The descriptive fields of a known paper after an import fills them in. */
    record Details(String title, String abstractText, Integer authors, String published, String arxivId,
                   String url, boolean needsDetails, Double confidence) {
    }

    private final long importId;
    private final String now;
    /** The first id of this import's new papers: their range in the search backlog. */
    private final long firstId;
    private long nextId;
    private final PreparedStatement insert;
    private final PreparedStatement counts;
    private final PreparedStatement details;
    private final PreparedStatement remember;
    private final PreparedStatement names;
    private final org.sqlite.SQLiteConnectionConfig config;

    /**
     * Writes for the import {@code importId}, inside its transaction. The new papers' ids are given
     * here, one after another from a range reserved in the search backlog, so the full-text triggers
     * leave them to {@link #finish} (and no query per paper asks SQLite which id it chose).
     */
    ImportWrites(Connection c, long importId, String now) throws SQLException {
        this.importId = importId;
        this.now = now;
        firstId = SearchBacklog.reserve(c);
        config = c.unwrap(org.sqlite.SQLiteConnection.class).getConnectionConfig();
        nextId = firstId;
        insert = c.prepareStatement("""
                INSERT INTO paper(title, title_key, abstract, authors, published, upvotes, comments,
                                  arxiv_id, url, added_at, import_id, split_confidence, text_hash, needs_details,
                                  author_names, bibtex_key, id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        names = c.prepareStatement(
                "UPDATE paper SET author_names = ?, authors = coalesce(authors, ?) WHERE id = ? AND author_names IS NULL");
        counts = c.prepareStatement("UPDATE paper SET upvotes = ?, comments = ? WHERE id = ?");
        details = c.prepareStatement("""
                UPDATE paper SET title = ?, title_key = ?, abstract = ?, text_hash = ?, authors = ?, published = ?,
                                 arxiv_id = ?, url = ?, needs_details = ?, split_confidence = ? WHERE id = ?""");
        remember = c.prepareStatement("""
                INSERT INTO import_update(import_id, paper_id, old_upvotes, old_comments, details, old_title,
                    old_abstract, old_authors, old_published, old_arxiv_id, old_url, old_needs_details, old_split_confidence)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    /** Whether the listing brings upvotes or comments the paper does not have (a listing without them says nothing). */
    static boolean countsChange(PaperMatcher.Known k, ParsedPaper p) {
        return (p.upvotes() != null && !p.upvotes().equals(k.upvotes()))
                || (p.comments() != null && !p.comments().equals(k.comments()));
    }

    /**
     * What the listing adds to a known paper's description, or null when nothing. A placeholder takes
     * the listing's details whole; another paper only gets what it lacks, and, when it was recognised
     * by its whole text, the listing's split of title and abstract if that split is surer than its own
     * (a reader's edit counts as sure, so it is never replaced); when recognised by a given title
     * beginning a guessed split's text, the given title over the same words ({@link SplitMatch#reconcile}).
     */
    static Details details(PaperMatcher.Known k, ParsedPaper p, By by) {
        String id = TextIdentity.arxivId(p.arxivId());
        String published = StoredDates.text(p.published());
        String abstractText = p.abstractText() == null ? "" : p.abstractText();
        if (k.needsDetails()) {
            if (TextIdentity.isBare(p.title(), p.abstractText(), id)) return null;
            return new Details(p.title(), abstractText, or(p.authors(), k.authors()),
                    StoredDates.unlessBlurring(k.published(), published),
                    or(k.arxivId(), id), or(k.url(), p.url()), false, p.confidence());
        }
        String title = k.title();
        String abs = k.abstractText();
        Double confidence = k.confidence();
        if (by == By.TEXT && !title.equals(p.title()) && p.confidence() > (confidence == null ? 0 : confidence)) {
            title = p.title();
            abs = abstractText;
            confidence = p.confidence();
        }
        // one of the two splits is given: its title is the paper's, and the guess is no longer uncertain
        SplitMatch.Text reconciled = by == By.SPLIT ? SplitMatch.reconcile(k, p) : null;
        if (reconciled != null && reconciled.sure()) {
            title = reconciled.title();
            abs = reconciled.abstractText();
            confidence = 1.0;
        }
        if (abs.isBlank() && !abstractText.isBlank()) abs = abstractText;
        Details d = new Details(title, abs, or(k.authors(), p.authors()), StoredDates.refine(k.published(), published),
                or(k.arxivId(), id), or(k.url(), p.url()), false, confidence);
        Details before = new Details(k.title(), k.abstractText(), k.authors(), k.published(), k.arxivId(), k.url(),
                false, k.confidence());
        return d.equals(before) ? null : d;
    }

    /**
     * What importing {@code p} changes in the known paper {@code k} besides its title, for the reader: "upvotes
     * 36 → 43, comments 2 → 5, date 2021 → 2021-03-05, adds the abstract, the date"; null when nothing. {@code d} is what
     * {@link #details} gives.
     */
    static String changes(PaperMatcher.Known k, ParsedPaper p, Details d) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (p.upvotes() != null && !p.upvotes().equals(k.upvotes())) parts.add("upvotes " + shown(k.upvotes()) + " \u2192 " + p.upvotes());
        if (p.comments() != null && !p.comments().equals(k.comments())) parts.add("comments " + shown(k.comments()) + " \u2192 " + p.comments());
        if (d != null) {
            java.util.List<String> added = new java.util.ArrayList<>();
            if (StoredDates.sharpened(k.published(), d.published())) {
                parts.add("date " + k.published() + " \u2192 " + d.published());
            }
            if (d.abstractText() != null && !d.abstractText().isBlank() && (k.abstractText() == null || k.abstractText().isBlank())) {
                added.add("the abstract");
            } else if (d.abstractText() != null && !d.abstractText().equals(k.abstractText()) && d.title().equals(k.title())) {
                parts.add("replaces the abstract");
            }
            if (d.authors() != null && k.authors() == null) added.add("the author count");
            if (d.published() != null && k.published() == null) added.add("the date");
            if (d.arxivId() != null && k.arxivId() == null) added.add("the arXiv id");
            if (d.url() != null && k.url() == null) added.add("the link");
            if (!added.isEmpty()) parts.add("adds " + String.join(", ", added));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String shown(Integer count) {
        return count == null ? "none" : count.toString();
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }

    /** Adds a new paper; returns its id. */
    long insert(ParsedPaper p, boolean placeholder, long textHash) throws SQLException {
        String abstractText = p.abstractText() == null ? "" : p.abstractText();
        insert.setString(1, p.title());
        insert.setString(2, TextIdentity.key(p.title()));
        insert.setString(3, abstractText);
        setInt(insert, 4, p.authors());
        insert.setString(5, StoredDates.text(p.published()));
        setInt(insert, 6, p.upvotes());
        setInt(insert, 7, p.comments());
        insert.setString(8, TextIdentity.arxivId(p.arxivId()));
        insert.setString(9, p.url());
        insert.setString(10, now);
        insert.setLong(11, importId);
        insert.setDouble(12, p.confidence());
        insert.setLong(13, textHash);
        insert.setInt(14, placeholder ? 1 : 0);
        insert.setString(15, NameList.toColumn(p.authorNames()));
        insert.setString(16, p.bibtexKey());
        long id = nextId;
        insert.setLong(17, id);
        insertRow(insert);
        nextId++;
        return id;
    }

    /**
     * Runs an INSERT without the driver's asking SQLite for the new row's id afterwards, which it does
     * after every INSERT otherwise (a statement prepared and run for each paper, for an id given here).
     */
    private void insertRow(PreparedStatement s) throws SQLException {
        boolean keys = config.isGetGeneratedKeys();
        config.setGetGeneratedKeys(false);
        try {
            s.executeUpdate();
        } finally {
            config.setGetGeneratedKeys(keys);
        }
    }

    /** How many papers {@link #insert} added. */
    long added() {
        return nextId - firstId;
    }

    /**
     * Ends the import's writes: with {@code indexNow} its new papers are indexed for search in this
     * transaction; otherwise they stay in the search backlog, for {@link SearchIndexing} after the commit.
     */
    void finish(Connection c, boolean indexNow) throws SQLException {
        if (indexNow) SearchBacklog.fillNow(c, firstId, nextId);
        else SearchBacklog.close(c, firstId, nextId);
    }

    /** Brings a known paper up to the listing; returns the details it was given, or null when none. */
    Details update(PaperMatcher.Known k, ParsedPaper p, By by) throws SQLException {
        Details d = details(k, p, by);
        remember.setLong(1, importId);
        remember.setLong(2, k.id());
        setInt(remember, 3, k.upvotes());
        setInt(remember, 4, k.comments());
        remember.setInt(5, d == null ? 0 : 1);
        remember.setString(6, k.title());
        remember.setString(7, k.abstractText());
        setInt(remember, 8, k.authors());
        remember.setString(9, k.published());
        remember.setString(10, k.arxivId());
        remember.setString(11, k.url());
        remember.setInt(12, k.needsDetails() ? 1 : 0);
        setDouble(remember, 13, k.confidence());
        insertRow(remember);
        setInt(counts, 1, p.upvotes() != null ? p.upvotes() : k.upvotes());
        setInt(counts, 2, p.comments() != null ? p.comments() : k.comments());
        counts.setLong(3, k.id());
        counts.executeUpdate();
        if (d != null) write(details, k.id(), d);
        // a listing that names the authors fills the names of a paper the library has without them
        if (!p.authorNames().isEmpty()) {
            names.setString(1, NameList.toColumn(p.authorNames()));
            names.setInt(2, p.authorNames().size());
            names.setLong(3, k.id());
            names.executeUpdate();
        }
        return d;
    }

    private static void write(PreparedStatement s, long id, Details d) throws SQLException {
        s.setString(1, d.title());
        s.setString(2, Titles.key(d.title()));
        s.setString(3, d.abstractText());
        s.setLong(4, TextIdentity.textHash(d.title(), d.abstractText()));
        setInt(s, 5, d.authors());
        s.setString(6, d.published());
        s.setString(7, d.arxivId());
        s.setString(8, d.url());
        s.setInt(9, d.needsDetails() ? 1 : 0);
        setDouble(s, 10, d.confidence());
        s.setLong(11, id);
        s.executeUpdate();
    }

    /** Gives back to the papers an import updated what it replaced (before its new papers are deleted). */
    static void restore(Connection c, long importId) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("""
                SELECT paper_id, old_upvotes, old_comments, details, old_title, old_abstract, old_authors,
                       old_published, old_arxiv_id, old_url, old_needs_details, old_split_confidence
                FROM import_update WHERE import_id = ?""");
             PreparedStatement counts = c.prepareStatement("UPDATE paper SET upvotes = ?, comments = ? WHERE id = ?");
             PreparedStatement details = c.prepareStatement("""
                UPDATE paper SET title = ?, title_key = ?, abstract = ?, text_hash = ?, authors = ?, published = ?,
                                 arxiv_id = ?, url = ?, needs_details = ?, split_confidence = ? WHERE id = ?""")) {
            read.setLong(1, importId);
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    setInt(counts, 1, Rows.intOrNull(rs, 2));
                    setInt(counts, 2, Rows.intOrNull(rs, 3));
                    counts.setLong(3, id);
                    counts.executeUpdate();
                    if (rs.getInt(4) == 0) continue;
                    Double confidence = Rows.doubleOrNull(rs, 12);
                    write(details, id, new Details(rs.getString(5), Objects.toString(rs.getString(6), ""),
                            Rows.intOrNull(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getInt(11) != 0, confidence));
                }
            }
        }
    }

    static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) s.setNull(index, Types.INTEGER);
        else s.setInt(index, value);
    }

    static void setDouble(PreparedStatement s, int index, Double value) throws SQLException {
        if (value == null) s.setNull(index, Types.REAL);
        else s.setDouble(index, value);
    }
}
