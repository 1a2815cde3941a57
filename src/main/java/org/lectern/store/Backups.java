package org.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
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

import org.sqlite.SQLiteConnection;

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

    /**
     * Writes a consistent copy of the open library (SQLite's VACUUM INTO). Automatic copies beyond
     * {@link #KEEP} are removed, oldest first; copies the reader asked for ("manual") are never removed.
     */
    public static Path create(Library library, String reason) {
        return create(library, reason, null);
    }

    /**
     * Held while a backup is written and old ones rotated, and while a restore runs: the window's daily
     * backup runs beside its other work, and its rotation must not remove the backup being restored.
     */
    private static final Object WRITING = new Object();

    private static Path create(Library library, String reason, Path keep) {
        synchronized (WRITING) {
            return createAlone(library, reason, keep);
        }
    }

    private static Path createAlone(Library library, String reason, Path keep) {
        Path dir = folder(library.file());
        String stem = library.file().getFileName().toString().replaceFirst("\\.db$", "")
                + "-" + STAMP.format(Instant.now());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot write a backup: " + FileProblem.reason(dir, e), e);
        }
        BackupFiles.cleanLeftovers(dir);
        Path temp = writeChecked(library, dir);
        try {
            // two processes backing up in the same millisecond get two names, never one file
            for (int n = 1; ; n++) {
                Path candidate = dir.resolve(stem + (n == 1 ? "" : "-" + n) + "-" + reason + ".db");
                try {
                    BackupFiles.install(temp, candidate);
                    rotate(dir, library.file(), keep);
                    return candidate;
                } catch (FileAlreadyExistsException taken) {
                    // try the next name
                }
            }
        } catch (IOException e) {
            BackupFiles.deleteWithJournals(temp);
            throw new StoreException("cannot write a backup in " + dir + ": " + FileProblem.reason(dir, e), e);
        }
    }

    /**
     * A consistent copy of the library under a temporary name in {@code dir}, checked with SQLite's
     * integrity check: a copy cut short by a kill or a full disk never gets a backup's name.
     */
    private static Path writeChecked(Library library, Path dir) {
        Path temp = BackupFiles.temporary(dir);
        try {
            copyInto(library, temp);
            try (Connection c = SqliteFiles.openReadOnly(temp); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                if (!rs.next() || !"ok".equals(rs.getString(1))) {
                    throw new StoreException("the backup written in " + dir + " failed its integrity check; it was removed");
                }
            } catch (SQLException e) {
                throw new StoreException("the backup written in " + dir + " cannot be read back (" + e.getMessage()
                        + "); it was removed", e);
            }
            return temp;
        } catch (RuntimeException e) {
            BackupFiles.deleteWithJournals(temp);
            throw e;
        }
    }

    /** Writes a checked copy of the library to {@code target} (which must not exist yet). */
    public static void copyTo(Library library, Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) throw new StoreException(target + " already exists; choose a new file name");
        Path temp = writeChecked(library, absolute.getParent());
        try {
            BackupFiles.install(temp, absolute);
        } catch (IOException e) {
            BackupFiles.deleteWithJournals(temp);
            if (e instanceof FileAlreadyExistsException) throw new StoreException(target + " already exists; choose a new file name", e);
            throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Makes the daily backup when the newest whole one is more than a day old. */
    public static void daily(Library library) {
        Instant newest = list(library.file()).stream().findFirst().map(Backups::modified).orElse(Instant.EPOCH);
        if (Duration.between(newest, Instant.now()).toHours() >= 24) create(library, "daily");
    }

    /**
     * The whole backups of {@code library}, newest first: only its own, though libraries side by side share
     * the folder. Leftovers of interrupted backups are removed first, and a ".db" file that is not a whole
     * database is never listed.
     */
    public static List<Path> list(Path library) {
        return listIn(folder(library), library);
    }

    /**
     * The names of {@code library}'s own backups: its name, the time stamp, a number when two came in one
     * millisecond, the reason. Libraries side by side share the backups folder; "alpha" never takes
     * "alpha-2"'s copies (after "alpha-" comes a stamp, not "2-").
     */
    static java.util.regex.Pattern names(Path library) {
        String stem = library.getFileName().toString().replaceFirst("\\.db$", "");
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(stem) + "-\\d{8}-\\d{6}-\\d{3}(-\\d+)?-[A-Za-z0-9-]+\\.db");
    }

    private static List<Path> listIn(Path dir, Path library) {
        if (!Files.isDirectory(dir)) return List.of();
        BackupFiles.cleanLeftovers(dir);
        java.util.regex.Pattern own = names(library);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> own.matcher(p.getFileName().toString()).matches())
                    .filter(BackupFiles::complete)
                    .sorted(Comparator.comparing(Backups::modified).thenComparing(Path::toString).reversed())
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list backups in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the library's content with {@code source} once a private copy of it has passed every
     * check of {@link RestoreCandidate}; the current content is backed up first. Returns that backup.
     */
    public static Path restore(Library library, Path source) {
        synchronized (WRITING) {
            return restoreAlone(library, source);
        }
    }

    private static Path restoreAlone(Library library, Path source) {
        try (RestoreCandidate candidate = RestoreCandidate.prepare(source, library.file())) {
            Path safety = create(library, "before-restore", source.toAbsolutePath());
            library.read(c -> {
                // SQLite's backup interface copies the checked file's pages into the open library
                int rc = c.unwrap(SQLiteConnection.class).getDatabase().restore("main", candidate.file().toString(), null);
                if (rc != 0) throw new SQLException("restoring stopped with SQLite code " + rc);
                return null;
            });
            return safety;
        }
    }

    /**
     * For a library SQLite cannot open at all: the damaged file is moved aside (returned) and the
     * checked copy of {@code source} takes its place. Only for a file no process can be using.
     */
    public static Path replaceDamaged(Path library, Path source) {
        Path absolute = library.toAbsolutePath();
        try (RestoreCandidate candidate = RestoreCandidate.prepare(source, absolute)) {
            Path aside = folder(absolute).resolve(absolute.getFileName().toString().replaceFirst("\\.db$", "")
                    + "-" + STAMP.format(Instant.now()) + ".damaged");
            Files.move(absolute, aside);
            for (String suffix : List.of("-wal", "-shm", "-journal")) {
                Path side = absolute.resolveSibling(absolute.getFileName() + suffix);
                if (Files.exists(side)) Files.move(side, aside.resolveSibling(aside.getFileName() + suffix));
            }
            Files.move(candidate.file(), absolute, StandardCopyOption.ATOMIC_MOVE);
            return aside;
        } catch (IOException e) {
            throw new StoreException("cannot put " + source + " in place of " + library + ": " + e.getMessage(), e);
        }
    }

    /**
     * The library as last committed, copied into {@code target} through a connection of the copy's own:
     * the write-ahead log lets it read beside the library's connection, which stays free meanwhile. Through
     * that connection, the first launch of a day waited the seconds a 300 MB copy takes before the window
     * could show its first paper, and every search and change waited too. A library opened only to read
     * (perhaps on a private snapshot of its file) is copied through its own connection.
     */
    private static void copyInto(Library library, Path target) {
        Connection own = library.readOnly() ? null : besideTheLibrary(library);
        if (own == null) {
            library.read(c -> {
                vacuumInto(c, target);
                return null;
            });
            return;
        }
        try (own) {
            vacuumInto(own, target);
        } catch (SQLException e) {
            throw new StoreException("cannot write a backup of " + library.file() + " in " + target.getParent() + ": "
                    + copyProblem(e), e);
        }
    }

    /** Why SQLite could not write the copy, in words: the folder's side, since the library was read. */
    private static String copyProblem(SQLException e) {
        String code = LibraryErrors.code(e);
        if (code.startsWith("SQLITE_FULL")) return "the disk is full";
        if (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_READONLY")) return "the folder cannot be written";
        if (code.startsWith("SQLITE_BUSY")) return "the library stayed busy for 10 s; try again";
        return e.getMessage();
    }

    /**
     * A read-only connection to the library's file for the copy, or null where it would not read beside the
     * library's own: outside write-ahead logging its read lock would make the window's changes wait for the copy.
     */
    private static Connection besideTheLibrary(Library library) {
        Connection c = null;
        try {
            c = SqliteFiles.openReadOnly(library.file());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                try (ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    if (rs.next() && "wal".equalsIgnoreCase(rs.getString(1))) return c;
                }
            }
        } catch (SQLException | RuntimeException e) {
            // the library's own connection makes the copy, and says what is wrong if it cannot
        }
        try {
            if (c != null) c.close();
        } catch (SQLException ignored) {
            // nothing was read through it
        }
        return null;
    }

    private static void vacuumInto(Connection c, Path target) throws SQLException {
        // the file name is a bound value, never part of the SQL text
        try (PreparedStatement s = c.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toAbsolutePath().toString());
            s.executeUpdate();
        }
    }

    /** Removes {@code library}'s oldest automatic backups beyond {@link #KEEP}; other libraries' are never touched. */
    private static void rotate(Path dir, Path library, Path keep) {
        List<Path> automatic = new ArrayList<>();
        try {
            for (Path p : listIn(dir, library)) {
                if (!p.getFileName().toString().endsWith("-manual.db") && !p.toAbsolutePath().equals(keep)) automatic.add(p);
            }
        } catch (StoreException e) {
            return; // rotation is housekeeping; a failure here must not fail the backup itself
        }
        for (Path old : automatic.subList(Math.min(KEEP, automatic.size()), automatic.size())) {
            BackupFiles.deleteWithJournals(old);
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
