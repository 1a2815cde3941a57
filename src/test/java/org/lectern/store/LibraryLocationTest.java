package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LibraryLocationTest {
    @Test
    void anExplicitPathWinsThenTheEnvironmentThenThePlatformFolder() {
        Map<String, String> env = Map.of("LECTERN_LIBRARY", "/env/lib.db", "XDG_DATA_HOME", "/xdg");
        assertEquals(Path.of("/given.db"), LibraryLocation.resolve(Path.of("/given.db"), env, "Linux", "/home/r"));
        assertEquals(Path.of("/env/lib.db"), LibraryLocation.resolve(null, env, "Linux", "/home/r"));
        assertEquals(Path.of("/xdg/lectern/library.db"),
                LibraryLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/r"));
        assertEquals(Path.of("/home/r/.local/share/lectern/library.db"),
                LibraryLocation.resolve(null, Map.of(), "Linux", "/home/r"));
        assertEquals(Path.of("/home/r/Library/Application Support/Lectern/library.db"),
                LibraryLocation.resolve(null, Map.of(), "Mac OS X", "/home/r"));
        assertEquals(Path.of("C:/Users/r/AppData/Roaming/Lectern/library.db"),
                LibraryLocation.resolve(null, Map.of("APPDATA", "C:/Users/r/AppData/Roaming"), "Windows 11", "/home/r"));
    }
}
