package org.lectern.store;

import java.nio.file.Path;
import java.util.List;

import org.lectern.listing.ParsedPaper;

/** For tests outside the store: another process's large import, stopped before its papers were indexed for search. */
public final class StoppedImport {
    private StoppedImport() {
    }

    /** Imports {@code papers} into the library at {@code file} through a connection of its own, leaving the index to others. */
    public static void into(Path file, List<ParsedPaper> papers) {
        try (Library other = Library.open(file)) {
            other.searchIndex().stop();
            new Importer(other, 10).commit("stopped.txt", "test", papers, 0, p -> { });
        }
    }
}
