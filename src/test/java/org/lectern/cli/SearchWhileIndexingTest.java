package org.lectern.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.listing.ParsedPaper;
import org.lectern.store.Importer;

/**
 * {@code lectern list --search} on a library whose large import left papers waiting for the search index
 * (its process closed the library right after the commit, as a stopped one does): the search fills the
 * index first and lists every match.
 */
class SearchWhileIndexingTest {
    @TempDir
    Path dir;

    @Test
    void aSearchListsThePapersStillWaitingForTheIndex() {
        int n = Importer.INDEX_AT_ONCE + 1_000;
        List<ParsedPaper> papers = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            papers.add(new ParsedPaper(i, null, "Quokka Study Number " + i, "Paper " + i + " counts quokkas on islands.",
                    2, null, null, null, null, 1, null));
        }
        Path file = Cli.library(dir, papers);

        Cli.Result r = Cli.run(file, "list", "--search", "quokkas", "--format", "ids");
        assertEquals(0, r.code(), r.err());
        assertEquals(n, r.out().lines().count(), "every paper is found: " + r.err());
    }
}
