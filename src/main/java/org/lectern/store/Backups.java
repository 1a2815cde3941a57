package org.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies of the library in a {@code backups} folder beside it: daily, before every schema migration
 * and before bulk deletes or merges. The oldest automatic copies are removed beyond {@link #KEEP}.
 */
public final class Backups {
    /** How many automatic backups are kept. */
    public static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** The folder where {@code library}'s backups go. */
    public static Path folder(Path library) {
        return library.toAbsolutePath().getParent().resolve("backups");
    }

    /** Writes a consistent copy of the open library (SQLite's VACUUM INTO) and rotates old ones. */
    public static Path create(Library library, String reason) {
        return create(library, reason, null);
    }

    /** As {@link #create(Library, String)}; the rotation never removes {@code spare}. */
    private static Path create(Library library, String reason, Path spare) {
        Path dir = folder(library.file());
        Path target = dir.resolve(library.file().getFileName().toString().replaceFirst("\\.db$", "")
                + "-" + STAMP.format(Instant.now()) + "-" + reason + ".db");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the backup folder " + dir + ": " + e.getMessage(), e);
        }
        library.read(c -> {
            vacuumInto(c, target);
            return null;
        });
        rotate(dir, spare);
        return target;
    }

    /** Writes a copy of the library to {@code target} (which must not exist yet). */
    public static void copyTo(Library library, Path target) {
        if (Files.exists(target)) throw new StoreException(target + " already exists; choose a new file name");
        library.read(c -> {
            vacuumInto(c, target);
            return null;
        });
    }

    /** Makes the daily backup when the newest one is more than a day old. */
    public static void daily(Library library) {
        Instant newest = list(library.file()).stream().findFirst().map(Backups::modified).orElse(Instant.EPOCH);
        if (Duration.between(newest, Instant.now()).toHours() >= 24) create(library, "daily");
    }

    /** Backups of {@code library}, newest first. */
    public static List<Path> list(Path library) {
        Path dir = folder(library);
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db"))
                    .sorted(Comparator.comparing(Backups::modified).thenComparing(Path::toString).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list backups in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the library's content with {@code source} after checking that it is a sound Lectern
     * library this version can read; the current content is backed up first.
     */
    public static Path restore(Library library, Path source) {
        check(source);
        // the copy of what is replaced must not rotate away the (oldest) backup being restored
        Path safety = create(library, "before-restore", source);
        library.read(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("restore from '" + source.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            return null;
        });
        return safety;
    }

    private static void check(Path source) {
        if (!Files.isRegularFile(source)) throw new StoreException(source + " is not a file");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + source.toAbsolutePath() + "?mode=ro");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new StoreException(source + " is damaged (integrity check failed); the library was left as it is");
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                int version = rs.next() ? rs.getInt(1) : 0;
                if (version == 0 || version > Library.SCHEMA_VERSION) {
                    throw new StoreException(source + " is not a library this Lectern can read (schema " + version + ")");
                }
            }
        } catch (SQLException e) {
            throw new StoreException(source + " is not a Lectern library: " + e.getMessage(), e);
        }
    }

    private static void vacuumInto(Connection c, Path target) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("VACUUM INTO '" + target.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    private static void rotate(Path dir, Path spare) {
        List<Path> automatic = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(p -> p.getFileName().toString().endsWith(".db")).forEach(automatic::add);
        } catch (IOException e) {
            return; // rotation is housekeeping; a failure here must not fail the backup itself
        }
        automatic.sort(Comparator.comparing(Backups::modified).thenComparing(Path::toString).reversed());
        for (Path old : automatic.subList(Math.min(KEEP, automatic.size()), automatic.size())) {
            if (spare != null && old.toAbsolutePath().equals(spare.toAbsolutePath())) continue;
            try {
                Files.deleteIfExists(old);
            } catch (IOException ignored) {
                // try again at the next rotation
            }
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
