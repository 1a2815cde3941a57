package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
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

/** Reads and changes papers: the lists the window shows, statuses with history, tags and notes. */
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

    public Papers(Library library) {
        this.library = library;
    }

    /**
     * Relevance is worked out for at most this many matches of a search: the newest this many. A word
     * in most papers matches nearly all of them, and ranking 100,000 rows by bm25 to show 100 costs
     * more than a keystroke may; where so many papers match, the rank among them says little anyway.
     * Past these, the matches follow newest first. A search with fewer matches is ranked whole.
     */
    static final int RANKED_MATCHES = 2_000;

    /** One page of the papers {@code filter} selects, in {@code sort} order. */
    public List<PaperRow> page(PaperFilter filter, Sort sort, boolean descending, int offset, int limit) {
        Query q = Query.of(filter, sort, descending);
        return library.read(c -> {
            if (q.searchOnly() && q.orderBy().equals(Query.BY_RANK)) return rankedPage(c, q.fts(), offset, limit);
            try (PreparedStatement s = c.prepareStatement("SELECT " + ROW_COLUMNS + q.from + q.where + q.orderBy
                    + " LIMIT ? OFFSET ?")) {
                int i = q.bind(s);
                s.setInt(i++, limit);
                s.setInt(i, offset);
                return rows(s);
            }
        });
    }

    /**
     * A page of a plain search in relevance order: the newest {@link #RANKED_MATCHES} matches by rank,
     * then the older ones newest first. The page's ids are found in the index alone, and only its rows
     * are joined to their papers, families and tags.
     */
    private static List<PaperRow> rankedPage(Connection c, String fts, int offset, int limit) throws SQLException {
        long cut = 0;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT rowid FROM paper_fts WHERE paper_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?")) {
            s.setString(1, fts);
            s.setInt(2, RANKED_MATCHES - 1);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) cut = rs.getLong(1);
            }
        }
        String ids = (long) offset + limit <= RANKED_MATCHES
                // within the ranked matches: the index is read from the cut on
                ? "SELECT rowid AS id, 0 AS older, rank AS score FROM paper_fts WHERE paper_fts MATCH ?1 AND rowid >= ?2"
                        + " ORDER BY rank, rowid DESC LIMIT ?3 OFFSET ?4"
                : "SELECT rowid AS id, rowid < ?2 AS older, CASE WHEN rowid >= ?2 THEN rank END AS score"
                        + " FROM paper_fts WHERE paper_fts MATCH ?1 ORDER BY older, score, rowid DESC LIMIT ?3 OFFSET ?4";
        try (PreparedStatement s = c.prepareStatement("SELECT " + ROW_COLUMNS + " FROM (" + ids + ") r"
                + " JOIN paper p ON p.id = r.id ORDER BY r.older, r.score, r.id DESC")) {
            s.setString(1, fts);
            s.setLong(2, cut);
            s.setInt(3, limit);
            s.setInt(4, offset);
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

    /** How many papers {@code filter} selects. */
    public int count(PaperFilter filter) {
        Query q = Query.of(filter, Sort.ADDED, false);
        // Every paper has its row in the index and no other: a plain search is counted in the index alone.
        String sql = q.searchOnly() ? "SELECT count(*) FROM paper_fts WHERE paper_fts MATCH ?"
                : "SELECT count(*)" + q.from + q.where;
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                q.bind(s);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Every paper {@code filter} selects, whole, in the order they were added (for export). */
    public List<Paper> all(PaperFilter filter) {
        Query q = Query.of(filter, filter.view() == PaperFilter.View.QUEUE ? Sort.QUEUE : Sort.ADDED, false);
        List<Long> ids = library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT p.id" + q.from + q.where + q.orderBy)) {
                q.bind(s);
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.add(rs.getLong(1));
                }
                return out;
            }
        });
        List<Paper> papers = new ArrayList<>(ids.size());
        for (long id : ids) get(id).ifPresent(papers::add);
        return papers;
    }

    /** The whole paper with this id. */
    public Optional<Paper> get(long id) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, title, abstract, authors, published, upvotes, comments, arxiv_id, url, status,
                           (SELECT body FROM note WHERE paper_id = p.id), bibtex_key, author_names
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
                            nonNull(rs.getString(11)), rs.getString(12), NameList.fromColumn(rs.getString(13))));
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
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM paper WHERE arxiv_id = ? OR title_key = ? LIMIT 1")) {
                s.setString(1, text);
                s.setString(2, key);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) return rs.getLong(1);
                }
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

    /** Sets a paper's status, dated in its history; returns the status it had. */
    public Status setStatus(long id, Status status) {
        return library.write(c -> setStatus(c, id, status, Library.now()));
    }

    static Status setStatus(Connection c, long id, Status status, String now) throws SQLException {
        Status before;
        try (PreparedStatement s = c.prepareStatement("SELECT status FROM paper WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new StoreException("no paper with id " + id);
                before = Status.parse(rs.getString(1));
            }
        }
        if (before == status) return before;
        String position = status.inQueue()
                ? (before.inQueue() ? "queue_pos" : "(SELECT coalesce(max(queue_pos), 0) + 1 FROM paper)")
                : "NULL";
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE paper SET status = ?, queue_pos = " + position + " WHERE id = ?")) {
            s.setString(1, status.key());
            s.setLong(2, id);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO status_change(paper_id, status, at) VALUES (?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, status.key());
            s.setString(3, now);
            s.executeUpdate();
        }
        return before;
    }

    /**
     * Puts a paper in the reading queue at its end or its top (status Queued unless it is being read).
     * Returns the status it had.
     */
    public Status enqueue(long id, boolean top) {
        return library.write(c -> {
            String now = Library.now();
            Status before = current(c, id);
            if (!before.inQueue()) setStatus(c, id, Status.QUEUED, now);
            String position = top ? "(SELECT coalesce(min(queue_pos), 1) - 1 FROM paper)"
                    : "(SELECT coalesce(max(queue_pos), 0) + 1 FROM paper WHERE id <> ?1)";
            try (PreparedStatement s = c.prepareStatement("UPDATE paper SET queue_pos = " + position + " WHERE id = ?1")) {
                s.setLong(1, id);
                s.executeUpdate();
            }
            return before;
        });
    }

    /**
     * Moves a queued paper {@code steps} places (negative: towards the top). Only its own position
     * changes: it takes a value between its new neighbours, so the rest of the queue is not renumbered.
     */
    public void move(long id, int steps) {
        if (steps == 0) return;
        library.write(c -> {
            List<Long> order = new ArrayList<>();
            List<Double> positions = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, queue_pos FROM paper WHERE queue_pos IS NOT NULL ORDER BY queue_pos, id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    order.add(rs.getLong(1));
                    positions.add(rs.getDouble(2));
                }
            }
            int from = order.indexOf(id);
            if (from < 0) throw new StoreException("paper " + id + " is not in the reading queue");
            order.remove(from);
            positions.remove(from);
            int to = Math.max(0, Math.min(order.size(), from + steps));
            double before = to == 0 ? (positions.isEmpty() ? 0 : positions.get(0) - 2) : positions.get(to - 1);
            double after = to == order.size() ? before + 2 : positions.get(to);
            if (after - before < 1e-9) {
                // Halving gaps runs out of precision after many moves: respace the whole queue once.
                order.add(to, id);
                try (PreparedStatement s = c.prepareStatement("UPDATE paper SET queue_pos = ? WHERE id = ?")) {
                    for (int i = 0; i < order.size(); i++) {
                        s.setDouble(1, i + 1);
                        s.setLong(2, order.get(i));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                return null;
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE paper SET queue_pos = ? WHERE id = ?")) {
                s.setDouble(1, (before + after) / 2);
                s.setLong(2, id);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** The papers in the reading queue, in order. */
    public List<PaperRow> queue() {
        return page(PaperFilter.all().withView(PaperFilter.View.QUEUE), Sort.QUEUE, false, 0, Integer.MAX_VALUE);
    }

    private static Status current(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT status FROM paper WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new StoreException("no paper with id " + id);
                return Status.parse(rs.getString(1));
            }
        }
    }

    /** A paper's dated status changes, oldest first. */
    public List<StatusChange> history(long id) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT status, at FROM status_change WHERE paper_id = ? ORDER BY at, id")) {
                s.setLong(1, id);
                List<StatusChange> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.add(new StatusChange(Status.parse(rs.getString(1)), Rows.instant(rs, 2)));
                }
                return out;
            }
        });
    }

    /** How many papers have each status. */
    public Map<Status, Integer> statusCounts() {
        return library.read(c -> {
            Map<Status, Integer> out = new EnumMap<>(Status.class);
            for (Status s : Status.values()) out.put(s, 0);
            try (PreparedStatement s = c.prepareStatement("SELECT status, count(*) FROM paper GROUP BY status");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.put(Status.parse(rs.getString(1)), rs.getInt(2));
            }
            return out;
        });
    }

    /** Adds a tag (created when new); returns false when the paper already had it. */
    public boolean addTag(long id, String tag) {
        return library.write(c -> addTag(c, id, tag));
    }

    static boolean addTag(Connection c, long paperId, String tag) throws SQLException {
        String name = tag.strip();
        if (name.isEmpty()) throw new StoreException("a tag needs a name");
        try (PreparedStatement s = c.prepareStatement("INSERT INTO tag(name) VALUES (?) ON CONFLICT(name) DO NOTHING")) {
            s.setString(1, name);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO paper_tag(paper_id, tag_id) SELECT ?, id FROM tag WHERE name = ?
                ON CONFLICT DO NOTHING""")) {
            s.setLong(1, paperId);
            s.setString(2, name);
            return s.executeUpdate() > 0;
        }
    }

    /** Removes a tag from a paper; returns false when it did not have it. */
    public boolean removeTag(long id, String tag) {
        return library.write(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM paper_tag WHERE paper_id = ? AND tag_id = (SELECT id FROM tag WHERE name = ?)")) {
                s.setLong(1, id);
                s.setString(2, tag.strip());
                return s.executeUpdate() > 0;
            }
        });
    }

    /** Every tag in use, with its count, by name. */
    public List<TagCount> tags() {
        return library.read(c -> {
            List<TagCount> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT t.name, count(pt.paper_id) FROM tag t JOIN paper_tag pt ON pt.tag_id = t.id
                    GROUP BY t.id ORDER BY t.name COLLATE NOCASE""");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(new TagCount(rs.getString(1), rs.getInt(2)));
            }
            return out;
        });
    }

    /** Saves a paper's note, keeping the text it replaces as a revision. */
    public void saveNote(long id, String body) {
        library.write(c -> {
            saveNote(c, id, body, Library.now());
            return null;
        });
    }

    /**
     * Saves a paper's note as {@link #saveNote(long, String)} does and returns the text it replaced
     * ("" when the paper had no note), read in the same transaction.
     */
    public String replaceNote(long id, String body) {
        return library.write(c -> {
            String before;
            try (PreparedStatement s = c.prepareStatement("SELECT body FROM note WHERE paper_id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    before = rs.next() ? rs.getString(1) : "";
                }
            }
            saveNote(c, id, body, Library.now());
            return before;
        });
    }

    /** The texts a paper's note had before, newest first (the current note is not among them). */
    public List<NoteRevision> noteRevisions(long paperId) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT body, saved_at FROM note_revision WHERE paper_id = ? ORDER BY saved_at DESC, id DESC")) {
                s.setLong(1, paperId);
                List<NoteRevision> out = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) out.add(new NoteRevision(rs.getString(1), Rows.instant(rs, 2)));
                }
                return out;
            }
        });
    }

    static void saveNote(Connection c, long paperId, String body, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO note_revision(paper_id, body, saved_at)
                SELECT paper_id, body, updated_at FROM note WHERE paper_id = ? AND body <> ?""")) {
            s.setLong(1, paperId);
            s.setString(2, body);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO note(paper_id, body, updated_at) VALUES (?, ?, ?)
                ON CONFLICT(paper_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                WHERE body <> excluded.body""")) {
            s.setLong(1, paperId);
            s.setString(2, body);
            s.setString(3, now);
            s.executeUpdate();
        }
    }

    private static List<String> strings(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** The FROM, WHERE and ORDER BY of a filtered list, with its parameters. */
    private record Query(String from, String where, String orderBy, List<String> params, String fts, boolean searchOnly) {
        static final String BY_RANK = " ORDER BY paper_fts.rank";

        static Query of(PaperFilter f, Sort sort, boolean descending) {
            List<String> conditions = new ArrayList<>();
            List<String> params = new ArrayList<>();
            String fts = SearchQuery.toFts(f.search());
            String from = fts != null ? " FROM paper_fts JOIN paper p ON p.id = paper_fts.rowid" : " FROM paper p";
            if (fts != null) {
                conditions.add("paper_fts MATCH ?");
                params.add(fts);
            }
            if (f.view() == PaperFilter.View.QUEUE) conditions.add("p.queue_pos IS NOT NULL");
            if (f.view() == PaperFilter.View.RECENT) conditions.add("p.import_id = (SELECT max(import_id) FROM paper)");
            if (f.status() != null) {
                conditions.add("p.status = ?");
                params.add(f.status().key());
            }
            if (f.family() != null) {
                conditions.add("p.id IN (SELECT m.paper_id FROM family_member m JOIN family fa ON fa.id = m.family_id "
                        + "WHERE fa.name = ?)");
                params.add(f.family());
            }
            if (f.tag() != null) {
                conditions.add("p.id IN (SELECT pt.paper_id FROM paper_tag pt JOIN tag t ON t.id = pt.tag_id "
                        + "WHERE t.name = ?)");
                params.add(f.tag());
            }
            String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
            Sort effective = sort;
            if (sort == Sort.RELEVANCE && fts == null) effective = f.view() == PaperFilter.View.QUEUE ? Sort.QUEUE : Sort.ADDED;
            String dir = descending ? " DESC" : " ASC";
            String order = switch (effective) {
                case RELEVANCE -> BY_RANK;
                case TITLE -> " ORDER BY p.title COLLATE NOCASE" + dir + ", p.id" + dir;
                case STATUS -> " ORDER BY p.status" + dir + ", p.id" + dir;
                case UPVOTES -> " ORDER BY p.upvotes" + dir + ", p.id" + dir;
                case PUBLISHED -> " ORDER BY p.published" + dir + ", p.id" + dir;
                case ADDED -> " ORDER BY p.id" + dir;
                case QUEUE -> " ORDER BY p.queue_pos" + dir + ", p.id" + dir;
            };
            return new Query(from, where, order, params, fts, fts != null && conditions.size() == 1);
        }

        int bind(PreparedStatement s) throws SQLException {
            int i = 1;
            for (String p : params) s.setString(i++, p);
            return i;
        }
    }

    /** Where a paper stands: its status, its place in the queue (null outside it) and its latest history row. */
    public record Place(Status status, Double queuePosition, long lastChange) {
    }

    /** The paper's {@link Place}, to give back exactly with {@link #restore}. */
    public Place place(long id) {
        return library.read(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT status, queue_pos, (SELECT coalesce(max(id), 0) FROM status_change WHERE paper_id = paper.id)
                    FROM paper WHERE id = ?""")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) throw new StoreException("no paper with id " + id);
                    double pos = rs.getDouble(2);
                    return new Place(Status.parse(rs.getString(1)), rs.wasNull() ? null : pos, rs.getLong(3));
                }
            }
        });
    }

    /**
     * Puts a paper back where {@link #place} found it: status, queue position, and a history without the
     * status changes made since (taking a change back is not a new step in the reader's history).
     */
    public void restore(long id, Place place) {
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE paper SET status = ?, queue_pos = ? WHERE id = ?")) {
                s.setString(1, place.status().key());
                if (place.queuePosition() == null) s.setNull(2, java.sql.Types.REAL);
                else s.setDouble(2, place.queuePosition());
                s.setLong(3, id);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("DELETE FROM status_change WHERE paper_id = ? AND id > ?")) {
                s.setLong(1, id);
                s.setLong(2, place.lastChange());
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Papers marked read per week (weeks starting on Monday, UTC), oldest first, over the last {@code weeks} weeks. */
    public Map<java.time.LocalDate, Integer> readPerWeek(java.time.LocalDate today, int weeks) {
        java.time.LocalDate thisWeek = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        java.time.LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        Map<java.time.LocalDate, Integer> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < weeks; i++) out.put(first.plusWeeks(i), 0);
        library.read(c -> {
            // a paper read twice on one day (read, taken back, read again) counts once
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT DISTINCT paper_id, substr(at, 1, 10) FROM status_change
                    WHERE status = 'read' AND at >= ? ORDER BY 2""")) {
                s.setString(1, first.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        java.time.LocalDate day = java.time.LocalDate.parse(rs.getString(2));
                        java.time.LocalDate week = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                        out.computeIfPresent(week, (k, v) -> v + 1);
                    }
                }
            }
            return null;
        });
        return out;
    }
}
