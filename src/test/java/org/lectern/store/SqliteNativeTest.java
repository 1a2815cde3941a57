package org.lectern.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** The driver's native library is unpacked once into the cache folder, and again only when the file changed. */
class SqliteNativeTest {
    private static final List<String> PROPERTIES = List.of("org.sqlite.lib.path", "org.sqlite.lib.name", "org.sqlite.tmpdir");
    private final Map<String, String> saved = new HashMap<>();

    @TempDir
    Path cache;

    @BeforeEach
    void clearTheDriversProperties() {
        for (String p : PROPERTIES) {
            saved.put(p, System.getProperty(p));
            System.clearProperty(p);
        }
    }

    @AfterEach
    void restoreThem() {
        for (String p : PROPERTIES) {
            if (saved.get(p) == null) System.clearProperty(p);
            else System.setProperty(p, saved.get(p));
        }
    }

    private static byte[] bundled() throws IOException {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    private Path unpack() {
        for (String p : PROPERTIES) System.clearProperty(p);
        SqliteNative.useCacheFolder(cache);
        return Path.of(System.getProperty("org.sqlite.lib.path")).resolve(System.getProperty("org.sqlite.lib.name"));
    }

    @Test
    void unpacksOnceAndLeavesAnUnchangedFileAlone() throws IOException {
        Path lib = unpack();
        assertArrayEquals(bundled(), Files.readAllBytes(lib));
        assertTrue(lib.startsWith(cache.resolve("native")), lib.toString());
        Path stamp = lib.resolveSibling(lib.getFileName() + ".written");
        assertEquals(SqliteNative.fingerprint(lib), Files.readString(stamp));
        assertTrue(Files.readString(stamp).startsWith(Files.size(lib) + " " + Files.getLastModifiedTime(lib).toMillis()));
        FileTime written = FileTime.fromMillis(Files.getLastModifiedTime(lib).toMillis() - 60_000);
        Files.setLastModifiedTime(lib, written);
        // the stamp no longer matches the time just set back: checked against the bundled copy, found equal, kept
        assertEquals(lib, unpack());
        assertEquals(written, Files.getLastModifiedTime(lib));
        // and now it matches: the next launch neither compares nor writes the stamp again
        FileTime stamped = Files.getLastModifiedTime(stamp);
        Files.setLastModifiedTime(stamp, FileTime.fromMillis(stamped.toMillis() - 60_000));
        FileTime stampBefore = Files.getLastModifiedTime(stamp);
        assertEquals(lib, unpack());
        assertEquals(written, Files.getLastModifiedTime(lib));
        assertEquals(stampBefore, Files.getLastModifiedTime(stamp), "the stamp was not rewritten: nothing was checked");
    }

    @Test
    void aChangedFileIsUnpackedAgain() throws IOException {
        Path lib = unpack();
        Files.write(lib, new byte[] {1, 2, 3});
        assertArrayEquals(bundled(), Files.readAllBytes(unpack()));
        Files.delete(lib);
        assertArrayEquals(bundled(), Files.readAllBytes(unpack()));
    }
}
