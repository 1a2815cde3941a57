package org.lectern.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.lectern.library.PaperFilter;
import org.lectern.listing.ParseResult;
import org.lectern.store.Library;
import org.lectern.store.LibraryServices;
import org.lectern.store.Papers;

/**
 * A real library file with the seed listing in it, and the check every change must pass: apply changes
 * the file, undo gives back exactly the rows there were before, redo exactly the rows after.
 */
final class ChangeCheck implements AutoCloseable {
    final Path file;
    final Library library;
    final LibraryServices services;
    final Papers papers;

    ChangeCheck(Path dir) throws IOException {
        file = dir.resolve("library.db");
        library = Library.open(file);
        services = LibraryServices.of(library);
        papers = services.papers();
        ParseResult seed = UndoJournalTest.seed();
        services.importer().commit(services.importer().preview("seed", seed));
    }

    /** The seed's papers' ids, in the order they were added. */
    List<Long> ids() {
        return papers.page(PaperFilter.all(), Papers.Sort.ADDED, false, 0, 100).stream().map(r -> r.id()).sorted().toList();
    }

    /** Applies, undoes and redoes {@code change}, comparing the whole file each time; returns the dump after. */
    TableDump appliesUndoesRedoes(Change change) {
        return appliesUndoesRedoes(change, d -> d);
    }

    /** As {@link #appliesUndoesRedoes(Change)}, comparing what {@code view} keeps of each dump. */
    TableDump appliesUndoesRedoes(Change change, UnaryOperator<TableDump> view) {
        TableDump before = view.apply(TableDump.of(file));
        change.apply();
        TableDump after = view.apply(TableDump.of(file));
        if (before.equals(after)) throw new AssertionError(change.description() + " changed nothing in the file");
        change.undo();
        assertSameRows(before, view.apply(TableDump.of(file)), "after undoing " + change.description());
        change.apply();
        assertSameRows(after, view.apply(TableDump.of(file)), "after redoing " + change.description());
        return after;
    }

    static void assertSameRows(TableDump expected, TableDump actual, String when) {
        assertEquals(expected.tables().keySet(), actual.tables().keySet(), when);
        for (String table : expected.tables().keySet()) {
            List<String> missing = new java.util.ArrayList<>(expected.rows(table));
            missing.removeAll(actual.rows(table));
            List<String> extra = new java.util.ArrayList<>(actual.rows(table));
            extra.removeAll(expected.rows(table));
            // only the rows that differ, shortened, so a failure reads in a line or two
            missing.replaceAll(ChangeCheck::brief);
            extra.replaceAll(ChangeCheck::brief);
            assertEquals(List.of(), missing, "rows of " + table + " missing " + when + "; rows there instead: " + extra);
            assertEquals(List.of(), extra, "rows of " + table + " not expected " + when);
            assertEquals(expected.rows(table).size(), actual.rows(table).size(), "rows of " + table + " " + when);
        }
    }

    /** A row without its long texts (title, abstract), which no change here touches. */
    private static String brief(String row) {
        return row.replaceAll("(title|title_key|abstract)=.*?(, \\w+=)", "$2").replaceAll("^, ", "");
    }

    @Override
    public void close() {
        library.close();
    }
}
