package org.lectern.edit;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** For the changes' tests: a fresh library file holding the seed listing, opened before each test. */
abstract class SeededLibraryTest {
    @TempDir
    Path dir;
    ChangeCheck check;

    @BeforeEach
    void openLibrary() throws IOException {
        check = new ChangeCheck(dir);
    }

    @AfterEach
    void closeLibrary() {
        check.close();
    }
}
