package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.lectern.store.TestPapers.paper;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;
import org.lectern.listing.ParseResult;
import org.lectern.listing.ParsedPaper;

class ConcurrentUseTest {
    @TempDir
    Path dir;

    @Test
    void anotherConnectionsCommitIsNoticedAndNothingIsLost() throws Exception {
        Path file = dir.resolve("library.db");
        try (Library window = Library.open(file); Library commandLine = Library.open(file)) {
            long before = window.dataVersion();
            Importer importer = new Importer(commandLine);
            importer.commit(importer.preview("cli", TestPapers.listing(paper(1, "Imported Elsewhere", "A.", 1, null))));
            assertNotEquals(before, window.dataVersion());
            assertEquals(1, new Papers(window).count(PaperFilter.all()));
        }
    }

    @Test
    void twoWritersAtOnceBothLand() throws Exception {
        Path file = dir.resolve("library.db");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Library a = Library.open(file); Library b = Library.open(file)) {
            List<Future<ImportOutcome>> runs = new ArrayList<>();
            for (Library lib : List.of(a, b)) {
                String prefix = lib == a ? "A" : "B";
                runs.add(pool.submit(() -> {
                    List<ParsedPaper> papers = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) papers.add(paper(i + 1, prefix + " paper " + i, "Text " + i, i, null));
                    Importer importer = new Importer(lib);
                    return importer.commit(importer.preview(prefix, new ParseResult("test", papers, List.of())));
                }));
            }
            for (Future<ImportOutcome> run : runs) assertEquals(2000, run.get().added());
            assertEquals(4000, new Papers(a).count(PaperFilter.all()));
            a.read(c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    assertEquals("ok", rs.getString(1));
                }
                return null;
            });
        } finally {
            pool.shutdown();
        }
    }
}
