package org.lectern.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowStateTest {
    @TempDir
    Path dir;

    @Test
    void theLayoutIsKeptNextToTheLibrary() {
        Path library = dir.resolve("library.db");
        WindowState s = WindowState.forLibrary(library);
        assertFalse(s.has("width"));
        s.put("width", 1200.5);
        s.put("theme", "dark");
        s.save();
        assertEquals(dir.resolve("library.db.window"), s.file());

        WindowState again = WindowState.forLibrary(library);
        assertEquals(1200.5, again.get("width", 0));
        assertEquals("dark", again.get("theme", "light"));
    }

    @Test
    void aDamagedFileOnlyCostsTheLayout() throws Exception {
        Path library = dir.resolve("library.db");
        Files.writeString(dir.resolve("library.db.window"), "width=wide\n\\u00zz");
        WindowState s = WindowState.forLibrary(library);
        assertEquals(800.0, s.get("width", 800.0));
    }
}
