package org.lectern.store;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test's own library: a real SQLite file in a temporary folder, opened before each test and closed after. */
abstract class LibraryInTempFolder {
    @TempDir
    Path dir;
    Library library;
    Importer importer;
    Papers papers;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.db"));
        importer = new Importer(library);
        papers = new Papers(library);
    }

    @AfterEach
    void close() {
        library.close();
    }
}
