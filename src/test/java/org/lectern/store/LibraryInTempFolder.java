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

    @AfterEach
    protected void close() {
        library.close();
    }
}
