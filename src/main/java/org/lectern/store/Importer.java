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
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

import org.lectern.library.Status;
import org.lectern.library.Titles;
import org.lectern.listing.Diagnostic;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

/**
 * Brings listings into the library in two steps: a preview that writes nothing, and a commit in one
 * transaction. A paper already present (see {@link PaperMatcher}: same arXiv id, same whole text, or same
 * title with abstracts that agree) only has its counts refreshed and missing details filled in; its
 * status, notes, tags and families are never touched by an import. A paper that could be more than one
 * of the library's is left out and reported, never guessed.
 */
public final class Importer {
    /**
     * An import adding more new papers than this commits them without the search index, which fills
     * right after in the background ({@link SearchIndexing}); a smaller one is indexed in its own
     * transaction, searchable the moment it is there.
     */
    public static final int INDEX_AT_ONCE = 5000;
    /** Papers handled before the library's keys are read into memory (when it is small enough). */
    private static final int KEYS_AFTER = 2000;

    private final Library library;
    private final int indexAtOnce;

    public Importer(Library library) {
        this(library, INDEX_AT_ONCE);
    }

    /** An importer that indexes at most {@code indexAtOnce} new papers in the import's transaction. */
    Importer(Library library, int indexAtOnce) {
        this.library = library;
        this.indexAtOnce = indexAtOnce;
    }

    /** The library this importer writes to. */
    public Library library() {
        return library;
    }

    /** Matches a parsed listing against the library; nothing is written. */
    public ImportPreview preview(String source, ParseResult parsed) {
        List<Diagnostic> diagnostics = new ArrayList<>(parsed.diagnostics());
        List<ImportPreview.Item> items = library.read(c -> previewMatcher(c, parsed.papers().size()).matchAll(parsed.papers()));
        return new ImportPreview(source, parsed.format(), items, List.copyOf(diagnostics));
    }

    /**
     * A preview's matcher for a listing of {@code papers} papers: a large one asks the library's keys in
     * memory first (read once, as the import reads them), so a new paper costs no query.
     */
    static PaperMatcher previewMatcher(Connection c, long papers) throws SQLException {
        PaperMatcher matcher = new PaperMatcher(c);
        if (keysPay(count(c), papers)) matcher.useKeys(LibraryKeys.read(c));
        return matcher;
    }

    /**
     * Whether reading the library's keys costs less than the lookups they spare, after {@code papers}
     * papers of a listing: an empty library, or one not much larger than the listing.
     */
    private static boolean keysPay(long libraryPapers, long papers) {
        return libraryPapers == 0 || papers >= KEYS_AFTER && libraryPapers <= Math.min(LibraryKeys.MAX_PAPERS, 50L * papers);
    }

    /** Running counts of a preview read in batches. */
    public record PreviewCounts(int read, int added, int updated, int unchanged, int ambiguous) {
    }

    /**
     * Matches the papers of {@code batches} against the library a batch at a time, writing nothing:
     * {@code each} hears every batch's items with the counts so far, from the calling thread, so a
     * window can show the first rows while the rest are read. The library's lock is held for one
     * batch at a time. Returns the whole preview, without diagnostics: the listing's reader has them.
     */
    public ImportPreview preview(String source, String format, PaperBatches batches,
                                 BiConsumer<List<ImportPreview.Item>, PreviewCounts> each) throws IOException {
        PaperMatcher matcher = library.read(PaperMatcher::new);
        List<ImportPreview.Item> all = new ArrayList<>();
        int[] n = new int[ImportPreview.Match.values().length];
        for (List<ParsedPaper> batch = batches.next(); batch != null; batch = batches.next()) {
            List<ParsedPaper> papers = batch;
            long handled = all.size() + papers.size();
            List<ImportPreview.Item> items = library.read(c -> {
                // the lock is let go between batches: keys read before another import are read again
                if (matcher.usesKeys() ? !matcher.keysCurrent(c) : keysPay(count(c), handled)) {
                    matcher.useKeys(LibraryKeys.read(c));
                }
                return matcher.matchAll(papers);
            });
            for (ImportPreview.Item item : items) n[item.match().ordinal()]++;
            all.addAll(items);
            each.accept(items, new PreviewCounts(all.size(), n[ImportPreview.Match.NEW.ordinal()],
                    n[ImportPreview.Match.UPDATED.ordinal()],
                    n[ImportPreview.Match.UNCHANGED.ordinal()] + n[ImportPreview.Match.REPEATED.ordinal()],
                    n[ImportPreview.Match.AMBIGUOUS.ordinal()]));
        }
        return new ImportPreview(source, format, all, List.of());
    }

    /** Commits every paper of {@code preview}: repeated and ambiguous ones are counted, not written. */
    public ImportOutcome commit(ImportPreview preview) {
        return commit(preview.source(), preview.format(),
                preview.items().stream().map(ImportPreview.Item::paper).toList(),
                preview.diagnostics().size(), p -> { });
    }

    /**
     * Writes {@code papers} in one transaction, matching them again inside it (the library may have
     * changed since the preview). {@code progress} hears the fraction done, from the calling thread.
     */
    public ImportOutcome commit(String source, String format, List<ParsedPaper> papers, int errors,
                                DoubleConsumer progress) {
        int total = Math.max(1, papers.size());
        return commit(source, format, PaperBatches.of(papers, errors), item -> { },
                done -> progress.accept(Math.min(1.0, (double) done / total)));
    }

    /**
     * Writes the papers of {@code batches} in one transaction, each matched and written as it is read, so
     * the memory needed does not grow with the listing: the import is wholly there or, after an error,
     * a cancellation or a kill, wholly absent. {@code items} hears what became of every paper, in listing
     * order (an ambiguous one is left out); {@code done} hears the papers handled so far, every thousand
     * and at the end, from the calling thread (throwing from it rolls the import back).
     */
    public ImportOutcome commit(String source, String format, PaperBatches batches,
                                Consumer<ImportPreview.Item> items, IntConsumer done) {
        ImportOutcome outcome;
        // the next batch is read and split while this one is written
        try (ReadAhead ahead = new ReadAhead(batches)) {
            outcome = library.write(c -> write(c, source, format, ahead, items, done));
        }
        if (outcome.added() > indexAtOnce) library.searchIndex().start();
        return outcome;
    }

    private ImportOutcome write(Connection c, String source, String format, PaperBatches batches,
                                Consumer<ImportPreview.Item> items, IntConsumer done) throws SQLException {
        String now = Library.now();
        long importId;
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO import(at, source, format, error_count) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ins.setString(1, now);
            ins.setString(2, source);
            ins.setString(3, format);
            ins.setInt(4, 0);
            ins.executeUpdate();
            importId = generatedKey(ins);
        }
        PaperMatcher matcher = new PaperMatcher(c, importId);
        ImportWrites writes = new ImportWrites(c, importId, now);
        ReadingState state = new ReadingState(c, now);
        int[] n = new int[ImportPreview.Match.values().length];
        int[] by = new int[ImportPreview.By.values().length];
        int placeholders = 0;
        int completed = 0;
        int handled = 0;
        long libraryPapers = count(c);
        ImportIndexes indexes = new ImportIndexes(libraryPapers);
        for (List<ParsedPaper> batch = read(batches); batch != null; batch = read(batches)) {
            // a large import into a library of comparable size (or an empty one) asks memory first, not SQLite
            if (!matcher.usesKeys() && keysPay(libraryPapers, handled)) {
                matcher.useKeys(LibraryKeys.read(c));
            }
            indexes.consider(c, writes.added());
            for (ParsedPaper p : batch) {
                ImportPreview.Item item = matcher.match(p);
                n[item.match().ordinal()]++;
                if (item.existingId() != null) by[item.by().ordinal()]++;
                Long row = null;
                switch (item.match()) {
                    case NEW -> {
                        long id = writes.insert(p, item.placeholder(), matcher.textHash(p));
                        row = id;
                        if (item.placeholder()) placeholders++;
                        if (p.extras() != null) state.apply(id, p.extras());
                    }
                    case UPDATED, UNCHANGED -> {
                        PaperMatcher.Known k = matcher.known(item.existingId());
                        // before the update: a paper whose text the listing repeats keeps that text
                        if (sameText(k, p)) row = k.id();
                        if (item.match() == ImportPreview.Match.UPDATED) {
                            ImportWrites.Details d = writes.update(k, p, item.by());
                            if (d != null) matcher.changed(d);
                            if (d != null && k.needsDetails()) completed++;
                        }
                    }
                    default -> { }
                }
                matcher.remember(item, row);
                items.accept(item);
                if (++handled % 1000 == 0) done.accept(handled);
            }
        }
        int added = n[ImportPreview.Match.NEW.ordinal()];
        int updated = n[ImportPreview.Match.UPDATED.ordinal()];
        int unchanged = n[ImportPreview.Match.UNCHANGED.ordinal()] + n[ImportPreview.Match.REPEATED.ordinal()];
        int errors = batches.errors();
        indexes.restore(c);
        writes.finish(c, added <= indexAtOnce);
        try (PreparedStatement counts = c.prepareStatement(
                "UPDATE import SET new_count = ?, updated_count = ?, unchanged_count = ?, error_count = ? WHERE id = ?")) {
            counts.setInt(1, added);
            counts.setInt(2, updated);
            counts.setInt(3, unchanged);
            counts.setInt(4, errors);
            counts.setLong(5, importId);
            counts.executeUpdate();
        }
        done.accept(handled);
        return new ImportOutcome(importId, added, updated, unchanged, errors,
                by[ImportPreview.By.ID.ordinal()], by[ImportPreview.By.TITLE.ordinal()],
                by[ImportPreview.By.TEXT.ordinal()], n[ImportPreview.Match.AMBIGUOUS.ordinal()],
                placeholders, completed, by[ImportPreview.By.SPLIT.ordinal()]);
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM paper")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The next batch; a listing that stops being readable midway rolls the whole import back. */
    private static List<ParsedPaper> read(PaperBatches batches) {
        try {
            return batches.next();
        } catch (IOException e) {
            throw new StoreException("the listing could not be read to its end: " + e.getMessage(), e);
        }
    }

    /** Whether the library's paper holds exactly the listing's title and abstract. */
    private static boolean sameText(PaperMatcher.Known k, ParsedPaper p) {
        return k.title().equals(p.title()) && k.abstractText().equals(Objects.toString(p.abstractText(), ""));
    }

    /**
     * Takes an import back: its new papers leave the library (with anything added to them since),
     * and the papers it updated get their earlier counts and details again.
     */
    public void undo(long importId) {
        library.write(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM paper WHERE import_id = ?");
                 PreparedStatement forget = c.prepareStatement("DELETE FROM import WHERE id = ?")) {
                delete.setLong(1, importId);
                delete.executeUpdate();
                ImportWrites.restore(c, importId);
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
