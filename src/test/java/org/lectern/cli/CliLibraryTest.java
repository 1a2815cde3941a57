package org.lectern.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A command-line test on a library file of its own in a temporary folder, made afresh before each test. */
abstract class CliLibraryTest {
    /** Makes the library file in a test's folder and returns it. */
    @FunctionalInterface
    interface Maker {
        Path make(Path dir) throws IOException;
    }

    private final Maker maker;

    @TempDir
    Path dir;
    Path file;

    CliLibraryTest(Maker maker) {
        this.maker = maker;
    }

    @BeforeEach
    void makeLibrary() throws IOException {
        file = maker.make(dir);
    }
}
