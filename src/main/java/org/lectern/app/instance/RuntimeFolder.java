package org.lectern.app.instance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folder holding, for each open library, the socket the window listens on and the lock
 * file that keeps the window and local command-line runs apart. Both are named by a hash of the
 * library's real path, so every name the reader uses for one library meets at one socket.
 */
public final class RuntimeFolder {
    /** A Unix socket's path must fit in sun_path: 108 bytes on Linux, 104 on macOS. */
    private static final int MAX_SOCKET_PATH = 100;

    private final Path folder;

    RuntimeFolder(Path folder) {
        this.folder = folder;
    }

    /** The folder for this process's user and platform. */
    public static RuntimeFolder forThisUser() {
        return new RuntimeFolder(choose(System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"),
                System.getProperty("java.io.tmpdir"), System.getProperty("user.name")));
    }

    /** $XDG_RUNTIME_DIR/lectern when there is one, else the per-user cache folder; a short temporary one if that is too long. */
    static Path choose(Map<String, String> env, String osName, String home, String tmp, String user) {
        String os = osName.toLowerCase(Locale.ROOT);
        Path chosen;
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isBlank() && Path.of(runtime).isAbsolute()) {
            chosen = Path.of(runtime, "lectern");
        } else if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            chosen = (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Lectern").resolve("run");
        } else if (os.contains("mac")) {
            chosen = Path.of(home, "Library", "Caches", "Lectern", "run");
        } else {
            String cache = env.get("XDG_CACHE_HOME");
            chosen = (cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(home, ".cache")).resolve("lectern").resolve("run");
        }
        // 16 hex digits and ".sock" follow the folder
        if (chosen.toString().getBytes(StandardCharsets.UTF_8).length + 22 > MAX_SOCKET_PATH) {
            chosen = Path.of(tmp, "lectern-" + user);
        }
        return chosen;
    }

    /** The socket the window that has {@code library} open listens on. */
    public Path socketFor(Path library) throws IOException {
        return ready().resolve(key(library) + ".sock");
    }

    /** The lock file the window and local runs on {@code library} take turns on. */
    public Path lockFor(Path library) throws IOException {
        return ready().resolve(key(library) + ".lock");
    }

    /** The library's real path, even before the file exists (the window creates it on first launch). */
    public static Path canonical(Path library) throws IOException {
        Path abs = library.toAbsolutePath().normalize();
        if (Files.exists(abs)) return abs.toRealPath();
        Path parent = abs.getParent();
        if (parent != null && Files.isDirectory(parent)) return parent.toRealPath().resolve(abs.getFileName());
        return abs;
    }

    static String key(Path library) throws IOException {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical(library).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Creates the folder readable by this user alone, and refuses one someone else owns. */
    private Path ready() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!posix) return Files.createDirectories(folder);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(folder.getParent());
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another launch made it first; its owner and permissions are checked below
            }
        }
        // the umask may have widened what createDirectory asked for; only the folder's owner may
        // change its permissions, so a folder someone else planted fails here
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        return folder;
    }

    @Override
    public String toString() {
        return folder.toString();
    }
}
