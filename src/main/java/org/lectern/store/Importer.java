package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.DoubleConsumer;

import org.lectern.library.Status;
import org.lectern.library.Titles;
import org.lectern.listing.Diagnostic;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/**
 * Brings listings into the library in two steps: a preview that writes nothing, and a commit in one
 * transaction. A paper already present (same normalised title, or same arXiv id) only has its upvotes
 * and comments refreshed; its status, notes, tags and families are never touched by an import.
 */
public final class Importer {
    private final Library library;

    public Importer(Library library) {
        this.library = library;
    }

    /** Matches a parsed listing against the library; nothing is written. */
    public ImportPreview preview(String source, ParseResult parsed) {
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        List<ImportPreview.Item> items = library.read(c -> {
            Matcher matcher = new Matcher(c);
            List<ImportPreview.Item> out = new ArrayList<>(parsed.papers().size());
            Map<String, Integer> seen = new HashMap<>();
            for (ParsedPaper p : parsed.papers()) {
                Integer earlier = seen.putIfAbsent(Titles.key(p.title()), p.line());
                if (earlier != null) {
                    out.add(new ImportPreview.Item(p, ImportPreview.Match.REPEATED, null));
                    continue;
                }
                out.add(matcher.match(p));
            }
            return out;
        });
        return new ImportPreview(source, parsed.format(), items, List.copyOf(diagnostics));
    }

    /** Commits every item of {@code preview} that is not repeated. */
    public ImportOutcome commit(ImportPreview preview) {
        return commit(preview.source(), preview.format(),
                preview.items().stream().filter(i -> i.match() != ImportPreview.Match.REPEATED)
                        .map(ImportPreview.Item::paper).toList(),
                preview.diagnostics().size(), p -> { });
    }

    /**
     * Writes {@code papers} in one transaction, matching them again inside it (the library may have
     * changed since the preview). {@code progress} hears the fraction done, from the calling thread.
     */
    public ImportOutcome commit(String source, String format, List<ParsedPaper> papers, int errors,
                                DoubleConsumer progress) {
        return library.write(c -> {
            String now = Library.now();
            long importId;
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO import(at, source, format, error_count) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ins.setString(1, now);
                ins.setString(2, source);
                ins.setString(3, format);
                ins.setInt(4, errors);
                ins.executeUpdate();
                importId = generatedKey(ins);
            }
            Matcher matcher = new Matcher(c);
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            Map<String, Boolean> seen = new HashMap<>();
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO paper(title, title_key, abstract, authors, published, upvotes, comments,
                                      arxiv_id, url, added_at, import_id, split_confidence,
                                      author_names, bibtex_key)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE paper SET upvotes = ?, comments = ? WHERE id = ?");
                 PreparedStatement names = c.prepareStatement(
                         "UPDATE paper SET author_names = ?, authors = coalesce(authors, ?) WHERE id = ? AND author_names IS NULL");
                 PreparedStatement remember = c.prepareStatement(
                         "INSERT INTO import_update(import_id, paper_id, old_upvotes, old_comments) VALUES (?, ?, ?, ?)")) {
                ReadingState state = new ReadingState(c, now);
                int done = 0;
                for (ParsedPaper p : papers) {
                    String key = Titles.key(p.title());
                    if (seen.putIfAbsent(key, Boolean.TRUE) != null) {
                        unchanged++;
                        continue;
                    }
                    ImportPreview.Item item = matcher.match(p, key);
                    switch (item.match()) {
                        case NEW -> {
                            insert.setString(1, p.title());
                            insert.setString(2, key);
                            insert.setString(3, p.abstractText() == null ? "" : p.abstractText());
                            setInt(insert, 4, p.authors());
                            insert.setString(5, p.published() == null ? null : p.published().toString());
                            setInt(insert, 6, p.upvotes());
                            setInt(insert, 7, p.comments());
                            insert.setString(8, p.arxivId());
                            insert.setString(9, p.url());
                            insert.setString(10, now);
                            insert.setLong(11, importId);
                            insert.setDouble(12, p.confidence());
                            insert.setString(13, NameList.toColumn(p.authorNames()));
                            insert.setString(14, p.bibtexKey());
                            insert.executeUpdate();
                            if (p.extras() != null) state.apply(generatedKey(insert), p.extras());
                            added++;
                        }
                        case UPDATED -> {
                            Matcher.Existing old = matcher.existing(item.existingId());
                            remember.setLong(1, importId);
                            remember.setLong(2, item.existingId());
                            setInt(remember, 3, old.upvotes());
                            setInt(remember, 4, old.comments());
                            remember.executeUpdate();
                            setInt(update, 1, p.upvotes());
                            setInt(update, 2, p.comments());
                            update.setLong(3, item.existingId());
                            update.executeUpdate();
                            updated++;
                        }
                        default -> unchanged++;
                    }
                    // a listing that names the authors fills the names of a paper the library has without them
                    if (item.existingId() != null && !p.authorNames().isEmpty()) {
                        names.setString(1, NameList.toColumn(p.authorNames()));
                        names.setInt(2, p.authorNames().size());
                        names.setLong(3, item.existingId());
                        names.executeUpdate();
                    }
                    if (++done % 1000 == 0) progress.accept((double) done / papers.size());
                }
            }
            try (PreparedStatement counts = c.prepareStatement(
                    "UPDATE import SET new_count = ?, updated_count = ?, unchanged_count = ? WHERE id = ?")) {
                counts.setInt(1, added);
                counts.setInt(2, updated);
                counts.setInt(3, unchanged);
                counts.setLong(4, importId);
                counts.executeUpdate();
            }
            progress.accept(1.0);
            return new ImportOutcome(importId, added, updated, unchanged, errors);
        });
    }

    /**
     * Takes an import back: its new papers leave the library (with anything added to them since),
     * and the papers it updated get their earlier upvotes and comments again.
     */
    public void undo(long importId) {
        library.write(c -> {
            try (PreparedStatement restore = c.prepareStatement("""
                    UPDATE paper SET upvotes = u.old_upvotes, comments = u.old_comments
                    FROM import_update u WHERE u.import_id = ? AND u.paper_id = paper.id""");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM paper WHERE import_id = ?");
                 PreparedStatement forget = c.prepareStatement("DELETE FROM import WHERE id = ?")) {
                restore.setLong(1, importId);
                restore.executeUpdate();
                delete.setLong(1, importId);
                delete.executeUpdate();
                forget.setLong(1, importId);
                forget.executeUpdate();
            }
            return null;
        });
    }

    static long generatedKey(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            if (!keys.next()) throw new SQLException("no id was generated");
            return keys.getLong(1);
        }
    }

    static void setInt(PreparedStatement s, int index, Integer value) throws SQLException {
        if (value == null) s.setNull(index, Types.INTEGER);
        else s.setInt(index, value);
    }

    /** Finds the paper a parsed one stands for, by arXiv id first and normalised title second. */
    private static final class Matcher {
        record Existing(long id, Integer upvotes, Integer comments) {
        }

        private final PreparedStatement byKey;
        private final PreparedStatement byArxiv;
        private final Map<Long, Existing> found = new HashMap<>();

        Matcher(Connection c) throws SQLException {
            byKey = c.prepareStatement("SELECT id, upvotes, comments FROM paper WHERE title_key = ?");
            byArxiv = c.prepareStatement("SELECT id, upvotes, comments FROM paper WHERE arxiv_id = ?");
        }

        ImportPreview.Item match(ParsedPaper p) throws SQLException {
            return match(p, Titles.key(p.title()));
        }

        /** {@link #match(ParsedPaper)} with the title's key already worked out. */
        ImportPreview.Item match(ParsedPaper p, String key) throws SQLException {
            Existing e = null;
            if (p.arxivId() != null) e = lookup(byArxiv, p.arxivId());
            if (e == null) e = lookup(byKey, key);
            if (e == null) return new ImportPreview.Item(p, ImportPreview.Match.NEW, null);
            found.put(e.id(), e);
            boolean same = Objects.equals(e.upvotes(), p.upvotes()) && Objects.equals(e.comments(), p.comments());
            return new ImportPreview.Item(p, same ? ImportPreview.Match.UNCHANGED : ImportPreview.Match.UPDATED, e.id());
        }

        Existing existing(long id) {
            return found.get(id);
        }

        private static Existing lookup(PreparedStatement s, String value) throws SQLException {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) return null;
                return new Existing(rs.getLong(1), Rows.intOrNull(rs, 2), Rows.intOrNull(rs, 3));
            }
        }
    }

    /** Applies the reading state a Lectern export carries to a paper it creates. */
    private static final class ReadingState {
        private final Connection c;
        private final String now;

        ReadingState(Connection c, String now) {
            this.c = c;
            this.now = now;
        }

        void apply(long paperId, ParsedPaper.Extras extras) throws SQLException {
            if (extras.status() != null && !extras.status().isBlank()) {
                Status s = Status.parse(extras.status());
                if (s != Status.NEW) Papers.setStatus(c, paperId, s, now);
            }
            if (extras.tags() != null) {
                for (String tag : extras.tags()) Papers.addTag(c, paperId, tag);
            }
            if (extras.families() != null) {
                for (String family : extras.families()) Families.addMember(c, Families.ensure(c, family, now), paperId, "reader", null, now);
            }
            if (extras.note() != null && !extras.note().isEmpty()) Papers.saveNote(c, paperId, extras.note(), now);
        }
    }
}
