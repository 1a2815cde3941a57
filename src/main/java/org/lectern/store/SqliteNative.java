package org.lectern.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Where sqlite-jdbc's native library comes from. Left alone, the driver unpacks a fresh copy into
 * the system's temporary folder at every launch (copies pile up when a process is killed) and tidies
 * other launches' copies, which races when several start at once. Instead the library is unpacked
 * once per driver version into the per-user cache folder, under a temporary name renamed into place,
 * and the driver is told to load that file. A stamp beside it keeps the file's size and time as last
 * written or checked; while they match, the bundled copy is not read. Must run before the driver is
 * first used.
 */
public final class SqliteNative {
    private SqliteNative() {
    }

    /** Points the driver at the cached native library, unpacking it first when it is missing or was changed. */
    public static void useCacheFolder() {
        useCacheFolder(cacheRoot(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", ".")));
    }

    static void useCacheFolder(Path root) {
        if (System.getProperty("org.sqlite.lib.path") != null) return; // the reader chose a library
        Path dir = root.resolve("native");
        try {
            Files.createDirectories(dir);
            // the driver's own unpacking, should it ever happen, goes here too rather than into /tmp
            System.setProperty("org.sqlite.tmpdir", dir.toString());
            String name = LibraryLoaderUtil.getNativeLibName();
            String folder = LibraryLoaderUtil.getNativeLibResourcePath(); // "/org/sqlite/native/Linux/x86_64"
            String platform = folder.replaceFirst("^/?org/sqlite/native/", "").replaceAll("[^A-Za-z0-9_.-]+", "-");
            Path versionDir = dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
            Path lib = versionDir.resolve(name);
            Path stamp = versionDir.resolve(name + ".written");
            // the file as this class last wrote or checked it: then it is not read again (inflating and
            // comparing the megabyte took each launch about 25 ms of a core the toolkit starts on)
            if (!unchangedSince(lib, stamp)) {
                byte[] bytes;
                try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(folder + "/" + name)) {
                    if (in == null) return; // no bundled library for this system: the driver says so itself
                    bytes = in.readAllBytes();
                }
                if (!same(lib, bytes)) {
                    Files.createDirectories(versionDir);
                    writeWhole(lib, bytes);
                }
                try {
                    writeWhole(stamp, fingerprint(lib).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // best effort: without a stamp the next launch compares again; the checked library is used
                }
            }
            System.setProperty("org.sqlite.lib.path", versionDir.toString());
            System.setProperty("org.sqlite.lib.name", name);
        } catch (IOException | RuntimeException e) {
            // a cache folder that cannot be written: the driver unpacks its library the way it always has
        }
    }

    /** The library's size and time as the stamp file says they were when it was written or checked. */
    private static boolean unchangedSince(Path lib, Path stamp) {
        try {
            return new String(Files.readAllBytes(stamp), StandardCharsets.UTF_8).equals(fingerprint(lib));
        } catch (IOException e) {
            return false;
        }
    }

    /** Writes {@code bytes} under a temporary name renamed into place: concurrent launches never see half a file. */
    private static void writeWhole(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".unpacking-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The file's size and modification time, and where the system has them its inode and change time, which
     * no copy that keeps the time (rsync -t, touch -r, a restored cache) keeps.
     */
    static String fingerprint(Path lib) throws IOException {
        String f = Files.size(lib) + " " + Files.getLastModifiedTime(lib).toMillis();
        try {
            var unix = Files.readAttributes(lib, "unix:ino,ctime");
            f += " " + unix.get("ino") + " " + ((java.nio.file.attribute.FileTime) unix.get("ctime")).toMillis();
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            // not a Unix file system: size and time alone
        }
        return f;
    }

    private static boolean same(Path lib, byte[] bytes) {
        try {
            return Files.size(lib) == bytes.length && Arrays.equals(Files.readAllBytes(lib), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** The per-user cache folder: $XDG_CACHE_HOME/lectern, ~/Library/Caches/Lectern, %LOCALAPPDATA%\Lectern\cache. */
    static Path cacheRoot(Map<String, String> env, String osName, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Lectern").resolve("cache");
        }
        if (os.contains("mac")) return Path.of(home, "Library", "Caches", "Lectern");
        String xdg = env.get("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".cache")).resolve("lectern");
    }
}
