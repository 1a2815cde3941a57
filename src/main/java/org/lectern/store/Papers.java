package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lectern.library.NoteRevision;
import org.lectern.library.Paper;
import org.lectern.library.PaperFilter;
import org.lectern.library.PaperRow;
import org.lectern.library.Status;
import org.lectern.library.StatusChange;
import org.lectern.library.TagCount;

/**
 * Reads and changes papers: the lists the window shows and search, here; statuses and the queue
 * ({@link ReadingQueue}), tags ({@link PaperTags}), notes ({@link PaperNotes}) and counts
 * ({@link ReadingStats}) each in a class of its own, reached through this one.
 */
public final class Papers {
    /** The orders a list can be shown in. */
    public enum Sort {
        RELEVANCE, TITLE, STATUS, UPVOTES, PUBLISHED, ADDED, QUEUE
    }

    private static final String ROW_COLUMNS = """
            p.id, p.title, p.status, p.upvotes, p.published,
            (SELECT group_concat(f.name, ', ') FROM family_member m JOIN family f ON f.id = m.family_id
              WHERE m.paper_id = p.id),
            (SELECT group_concat(t.name, ', ') FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id
              WHERE pt.paper_id = p.id)""";

    private final Library library;
    private final ReadingQueue queue;
    private final PaperTags tags;
    private final PaperNotes notes;
    private final ReadingStats stats;

    public Papers(Library library) {
        this.library = library;
        this.queue = new ReadingQueue(library);
        this.tags = new PaperTags(library);
        this.notes = new PaperNotes(library);
        this.stats = new ReadingStats(library);
    }

    /** One page of the papers {@code filter} selects, in {@code sort} order. */
    public List<PaperRow> page(PaperFilter filter, Sort sort, boolean descending, int offset, int limit) {
        PaperQuery plain = PaperQuery.of(filter, sort, descending);
        return library.read(c -> {
            if (plain.searchOnly() && plain.orderBy().equals(PaperQuery.BY_RANK)) {
                return rowsOf(c, RelevanceSearch.run(c, filter.search(), offset, limit).ids());
            }
            return RelevanceSearch.inSnapshot(c, () -> {
                PaperQuery q = expanded(c, plain, filter);
                try (PreparedStatement s = c.prepareStatement("SELECT " + ROW_COLUMNS + q.from() + q.where() + q.orderBy()
                        + " LIMIT ? OFFSET ?")) {
                    int i = q.bind(s);
                    s.setInt(i++, limit);
                    s.setInt(i, offset);
                    return rows(s);
                }
            });
        });
    }

    /**
     * The size and first page of a view, as the window shows them. A plain search in relevance order
     * counts at most {@link RelevanceSearch#COUNTED} matches ({@code more} says there are others) and
     * finds both in one pass over the index; every other view is counted exactly.
     */
    public FirstPage firstPage(PaperFilter filter, Sort sort, boolean descending, int limit) {
        PaperQuery q = PaperQuery.of(filter, sort, descending);
        if (q.searchOnly() && q.orderBy().equals(PaperQuery.BY_RANK)) {
            return library.read(c -> {
                RelevanceSearch.Result r = RelevanceSearch.run(c, filter.search(), 0, limit);
                return new FirstPage(rowsOf(c, r.ids()), r.count(), r.more());
            });
        }
        int count = count(filter);
        return new FirstPage(count == 0 ? List.of() : page(filter, sort, descending, 0, limit), count, false);
    }

    /** A view's first rows and its size: {@code count} papers, or more than that when {@code more}. */
    public record FirstPage(List<PaperRow> rows, int count, boolean more) {
    }

    /** {@code q} with its search's short prefixes written as the words they cover (the same papers, read sooner). */
    private static PaperQuery expanded(Connection c, PaperQuery q, PaperFilter filter) {
        if (q.fts() == null) return q;
        String fts = RelevanceSearch.fts(c, filter.search());
        List<String> params = new ArrayList<>(q.params());
        params.set(0, fts); // the search is the query's first parameter
        return new PaperQuery(q.from(), q.where(), q.orderBy(), params, fts, q.searchOnly(), q.countFrom());
    }

    /**
     * How a plain search is run: what the index is asked (its short prefixes written out) and SQLite's
     * plan for each statement, one line each; for the benchmark's slowest queries.
     */
    public List<String> explainSearch(String search) {
        return library.read(c -> RelevanceSearch.inSnapshot(c, () -> RelevanceSearch.explain(c, search)));
    }

    /** The rows of the papers {@code ids}, in that order. */
    private static List<PaperRow> rowsOf(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) return List.of();
        StringBuilder json = new StringBuilder("[");
        for (Long id : ids) json.append(json.length() > 1 ? "," : "").append(id);
        try (PreparedStatement s = c.prepareStatement("SELECT " + ROW_COLUMNS
                + " FROM json_each(?) j JOIN paper p ON p.id = j.value ORDER BY j.key")) {
            s.setString(1, json.append(']').toString());
            return rows(s);
        }
    }

    private static List<PaperRow> rows(PreparedStatement s) throws SQLException {
        List<PaperRow> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rows.add(new PaperRow(rs.getLong(1), rs.getString(2), Status.parse(rs.getString(3)),
                        Rows.intOrNull(rs, 4), Rows.dateOrNull(rs, 5), nonNull(rs.getString(6)),
                        nonNull(rs.getString(7))));
            }
        }
        return rows;
    }

    /** Whether papers imported a moment ago are still being added to the search index (a search finds the rest). */
    public boolean indexing() {
        return library.searchIndex().indexing();
    }

    /** Runs {@code then} once this process has put those papers in the index (see {@link SearchIndexing#whenFilled}). */
    public void whenIndexed(Runnable then) {
        library.searchIndex().whenFilled(then);
    }

    /** How many papers {@code filter} selects. */
    public int count(PaperFilter filter) {
        PaperQuery q = PaperQuery.of(filter, Sort.ADDED, false);
        // Every paper has its row in the index and no other: a plain search is counted in the index alone.
        String sql = q.searchOnly() ? "SELECT count(*) FROM paper_fts WHERE paper_fts MATCH ?"
                : "SELECT count(*)" + q.countFrom();
        return library.read(c -> RelevanceSearch.inSnapshot(c, () -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                expanded(c, q, filter).bind(s);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        }));
    }

    /** Every paper {@code filter} selects, whole, in the order they were added (for export). */
    public List<Paper> all(PaperFilter filter) {
        PaperQuery q = PaperQuery.of(filter, filter.view() == PaperFilter.View.QUEUE ? Sort.QUEUE : Sort.ADDED, false);
        List<Long> ids = library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT p.id" + q.from() + q.where() + q.orderBy())) {
                q.bind(s);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
                return out;
            }
        });
        List<Paper> papers = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += WholePapers.CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + WholePapers.CHUNK));
            papers.addAll(library.read(c -> WholePapers.read(c, chunk)));
        }
        return papers;
    }

    /** The whole paper with this id. */
    public Optional<Paper> get(long id) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, title, abstract, authors, published, upvotes, comments, arxiv_id, url, status,
                           (SELECT body FROM note WHERE paper_id = p.id), bibtex_key, author_names, split_confidence
                    FROM paper p WHERE id = ?""")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) return Optional.empty();
                    return Optional.of(new Paper(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Rows.intOrNull(rs, 4), Rows.dateOrNull(rs, 5), Rows.intOrNull(rs, 6),
                            Rows.intOrNull(rs, 7), rs.getString(8), rs.getString(9), Status.parse(rs.getString(10)),
                            strings(c, "SELECT t.name FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id "
                                    + "WHERE pt.paper_id = ? ORDER BY t.name", id),
                            strings(c, "SELECT f.name FROM family_member m JOIN family f ON f.id = m.family_id "
                                    + "WHERE m.paper_id = ? ORDER BY f.name", id),
                            nonNull(rs.getString(11)), rs.getString(12), NameList.fromColumn(rs.getString(13)), Rows.doubleOrNull(rs, 14)));
                }
            }
        });
    }

    /**
     * Finds a paper by its id, its arXiv id, its title (case and punctuation do not count), or the
     * start of its title when only one paper's title starts that way; several such papers are refused
     * with their titles, so a command never acts on a guess.
     */
    public Optional<Paper> find(String idOrTitle) {
        String text = idOrTitle.trim();
        String key = org.lectern.library.Titles.key(text);
        Long id = library.read(c -> {
            if (text.matches("\\d{1,12}")) {
                try (PreparedStatement s = c.prepareStatement("SELECT id FROM paper WHERE id = ?")) {
                    s.setLong(1, Long.parseLong(text));
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next()) return rs.getLong(1);
                    }
                }
            }
            // an arXiv id first; a title two papers share (they may, since identity is more than the
            // title) is refused with their ids, never settled by a guess
            try (PreparedStatement s = c.prepareStatement("SELECT id, arxiv_id = ?1 FROM paper"
                    + " WHERE arxiv_id = ?1 OR title_key = ?2 ORDER BY arxiv_id = ?1 DESC, id LIMIT 3")) {
                s.setString(1, TextIdentity.arxivId(text) == null ? text : TextIdentity.arxivId(text));
                s.setString(2, key);
                List<Long> same = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(2) == 1) return rs.getLong(1);
                        same.add(rs.getLong(1));
                    }
                }
                if (same.size() > 1) {
                    throw new IllegalArgumentException("papers " + same.stream().map(String::valueOf)
                            .collect(java.util.stream.Collectors.joining(", ")) + " have the title '" + text + "'; give the id");
                }
                if (same.size() == 1) return same.get(0);
            }
            if (key.isEmpty()) return null;
            // a range over the unique title index: every key that starts with what was typed
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, title FROM paper WHERE title_key >= ? AND title_key < ? ORDER BY title_key LIMIT 4")) {
                s.setString(1, key);
                s.setString(2, key + Character.MAX_VALUE);
                List<Long> ids = new ArrayList<>();
                List<String> titles = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        titles.add(rs.getString(2));
                    }
                }
                if (ids.size() > 1) {
                    throw new IllegalArgumentException("'" + text + "' starts " + (ids.size() > 3 ? "more than 3" : ids.size())
                            + " titles: " + String.join(" | ", titles.subList(0, Math.min(3, titles.size())))
                            + "; give more of the title or the id");
                }
                return ids.isEmpty() ? null : ids.get(0);
            }
        });
        return id == null ? Optional.empty() : get(id);
    }

    /** The papers in the reading queue, in order. */
    public List<PaperRow> queue() {
        return page(PaperFilter.all().withView(PaperFilter.View.QUEUE), Sort.QUEUE, false, 0, Integer.MAX_VALUE);
    }





    private static List<String> strings(Connection c, String sql, long id) throws SQLException {
        return Rows.list(c, sql, rs -> rs.getString(1), id);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** Sets a paper's status, dated in its history; returns the status it had. */
    public Status setStatus(long id, Status status) {
        return queue.setStatus(id, status);
    }

    static Status setStatus(Connection c, long id, Status status, String now) throws SQLException {
        return ReadingQueue.setStatus(c, id, status, now);
    }

    /** Puts a paper at the queue's end or top (Queued unless being read); returns the status it had. */
    public Status enqueue(long id, boolean top) {
        return queue.enqueue(id, top);
    }

    /** Moves a queued paper {@code steps} places (negative: towards the top). */
    public void move(long id, int steps) {
        queue.move(id, steps);
    }

    /** A paper's dated status changes, oldest first. */
    public List<StatusChange> history(long id) {
        return queue.history(id);
    }

    /** The paper's {@link Place}, to give back exactly with {@link #restore}. */
    public Place place(long id) {
        return queue.place(id);
    }

    /** Puts a paper back where {@link #place} found it, its history without the changes made since. */
    public void restore(long id, Place place) {
        queue.restore(id, place);
    }

    /** How many papers have each status. */
    public Map<Status, Integer> statusCounts() {
        return stats.statusCounts();
    }

    /** Papers marked read per week (weeks starting on Monday, UTC), oldest first, over the last {@code weeks} weeks. */
    public Map<java.time.LocalDate, Integer> readPerWeek(java.time.LocalDate today, int weeks) {
        return stats.readPerWeek(today, weeks);
    }

    /** Adds a tag (created when new); returns false when the paper already had it. */
    public boolean addTag(long id, String tag) {
        return tags.addTag(id, tag);
    }

    static boolean addTag(Connection c, long paperId, String tag) throws SQLException {
        return PaperTags.addTag(c, paperId, tag);
    }

    /** Removes a tag from a paper; returns false when it did not have it. */
    public boolean removeTag(long id, String tag) {
        return tags.removeTag(id, tag);
    }

    /** Whether a tag of that name exists, on any paper or none. */
    public boolean tagExists(String tag) {
        return tags.tagExists(tag);
    }

    /** Deletes the tag {@code tag} when no paper has it (the undo of the change that created it). */
    public void dropUnusedTag(String tag) {
        tags.dropUnusedTag(tag);
    }

    /** Every tag in use, with its count, by name. */
    public List<TagCount> tags() {
        return tags.tags();
    }

    /** Saves a paper's note, keeping the text it replaces as a revision. */
    public void saveNote(long id, String body) {
        notes.saveNote(id, body);
    }

    /** Saves a paper's note and returns the text it replaced ("" when none), read in the same transaction. */
    public String replaceNote(long id, String body) {
        return notes.replaceNote(id, body);
    }

    /** The texts a paper's note had before, newest first (the current note is not among them). */
    public List<NoteRevision> noteRevisions(long paperId) {
        return notes.noteRevisions(paperId);
    }

    static void saveNote(Connection c, long paperId, String body, String now) throws SQLException {
        PaperNotes.saveNote(c, paperId, body, now);
    }

    /** Where a paper stands: its status, its place in the queue (null outside it) and its latest history row. */
    public record Place(Status status, Double queuePosition, long lastChange) {
    }

}
