package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.library.PaperFilter;

/**
 * Libraries written at schemas 7 and 8 by the build whose migrations held the search triggers as
 * SQL text (committed as files: one paper with a note and a tag): this build's migrations write the
 * same schema, so such a file opens, migrates and is restored from as one of its own, and its
 * search follows every change.
 */
class EarlierSchemaFilesTest {
    @TempDir
    Path dir;

    private Path copy(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = EarlierSchemaFilesTest.class.getResourceAsStream("/store/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> differences(Path file, int version) throws Exception {
        try (Connection c = SqliteFiles.openReadOnly(file)) {
            return SchemaCheck.differences(c, version);
        }
    }

    @Test
    void aSchema8FileHasExactlyTheSchemaThisBuildWritesAndCanBeRestoredFrom() throws Exception {
        Path earlier = copy("schema-8-library.db");
        assertEquals(List.of(), differences(earlier, 8));
        try (Library library = Library.open(dir.resolve("library.db"))) {
            Backups.restore(library, earlier);
            searchFollowsEveryChange(library);
        }
    }

    @Test
    void aSchema7FileMigratesToExactlyTheSchemaThisBuildWrites() throws Exception {
        Path earlier = copy("schema-7-library.db");
        assertEquals(List.of(), differences(earlier, 7));
        try (Library library = Library.open(earlier)) {
            assertEquals(Library.SCHEMA_VERSION, library.userVersion());
            assertEquals(List.of(), library.read(c -> SchemaCheck.differences(c, Library.SCHEMA_VERSION)));
            searchFollowsEveryChange(library);
        }
    }

    private static void searchFollowsEveryChange(Library library) {
        Papers papers = new Papers(library);
        assertEquals(1, count(papers, "wombats"));
        assertEquals(1, count(papers, "echidnas"), "the note is searched");
        assertEquals(1, count(papers, "marsupial"), "the tag is searched");
        papers.saveNote(1, "remember the platypus");
        papers.addTag(1, "monotreme");
        assertEquals(0, count(papers, "echidnas"));
        assertEquals(1, count(papers, "platypus"));
        assertEquals(1, count(papers, "monotreme"));
        library.write(c -> {
            try (var s = c.createStatement()) {
                s.execute("INSERT INTO paper_fts(paper_fts, rank) VALUES ('integrity-check', 1)");
            }
            return null;
        });
    }

    private static int count(Papers papers, String search) {
        return papers.count(PaperFilter.all().withSearch(search));
    }
}
