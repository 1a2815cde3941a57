package org.lectern.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test's own library: a real SQLite file in a temporary folder, opened before each test and closed after. */
public abstract class LibraryInTempFolder {
    @TempDir
    protected Path dir;
    protected Library library;
    protected Importer importer;
    protected Papers papers;

    @BeforeEach
    protected void open() {
        library = Library.open(dir.resolve("library.db"));
        importer = new Importer(library);
        papers = new Papers(library);
    }

    /** The published column's text of the paper with {@code arxivId}, as SQLite holds it. */
    protected String storedDate(String arxivId) {
        return library.read(c -> {
            try (var s = c.prepareStatement("SELECT published FROM paper WHERE arxiv_id = ?")) {
                s.setString(1, arxivId);
                try (var rs = s.executeQuery()) {
                    org.junit.jupiter.api.Assertions.assertTrue(rs.next(), "no paper " + arxivId);
                    return rs.getString(1);
                }
            }
        });
    }

    @AfterEach
    protected void close() {
        library.close();
    }
}
