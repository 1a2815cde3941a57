package org.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Opens a library that may not be written. SQLite reads a write-ahead-log library only when it can
 * create the shared-memory file beside it; in a read-only folder it cannot, so the library (and its
 * log, if any) is copied to a private temporary folder and the copy is read instead.
 */
final class ReadOnlyLibrary {
    private ReadOnlyLibrary() {
    }

    static Library open(Path file) {
        try {
            Connection c = SqliteFiles.openReadOnly(file);
            try {
                probe(c);
                return Library.reading(file, c, null);
            } catch (SQLException e) {
                c.close();
                if (!LibraryErrors.code(e).startsWith("SQLITE_CANTOPEN") && !LibraryErrors.code(e).startsWith("SQLITE_READONLY")) {
                    throw e;
                }
            }
            return fromSnapshot(file);
        } catch (SQLException e) {
            throw LibraryErrors.describe(file, e);
        }
    }

    private static Library fromSnapshot(Path file) throws SQLException {
        Path dir;
        try {
            dir = Files.createTempDirectory("lectern-read-");
            Path copy = dir.resolve("library.db");
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            if (Files.isRegularFile(wal)) Files.copy(wal, dir.resolve("library.db-wal"));
            copy.toFile().setWritable(true, true);
        } catch (IOException e) {
            throw new StoreException("cannot read the library " + file + ": its folder is read-only and it could not be"
                    + " copied to a temporary folder (" + e.getMessage() + ")", e);
        }
        Connection c = SqliteFiles.openReadOnly(dir.resolve("library.db"));
        try {
            probe(c);
            return Library.reading(file, c, dir);
        } catch (SQLException | RuntimeException e) {
            c.close();
            delete(dir);
            throw e;
        }
    }

    /** Reading the schema is where a missing shared-memory file shows. */
    private static void probe(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT count(*) FROM sqlite_master").close();
        }
    }

    /** Removes a snapshot folder; what cannot be removed stays in the system's temporary folder. */
    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the temporary folder is the system's to clean
        }
    }
}
