package org.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A library to match a listing against without changing the disk, for a dry run: the library itself,
 * opened for reading only, when it has this build's schema; otherwise a private library in a temporary
 * folder, removed when this closes: an empty one when the file does not exist yet (every paper is new),
 * a consistent copy brought up to date when its schema is older. No folder, library, log or backup is
 * created beside the file, and the file is left byte for byte as it was.
 */
public final class PreviewLibrary implements AutoCloseable {
    private final LibraryServices services;
    /** The temporary folder of a private library, or null when the library itself is read. */
    private final Path temporary;

    private PreviewLibrary(LibraryServices services, Path temporary) {
        this.services = services;
        this.temporary = temporary;
    }

    /** The library at {@code file} as a dry run sees it. */
    public static PreviewLibrary open(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.exists(absolute)) {
            try {
                return inTemporaryFolder(absolute, null);
            } catch (SQLException e) {
                throw LibraryErrors.describe(absolute, e);
            }
        }
        if (!Files.isWritable(absolute) || !Files.isWritable(absolute.getParent())) {
            return new PreviewLibrary(LibraryServices.of(ReadOnlyLibrary.open(absolute)), null);
        }
        // a connection that could write, used only to read: closing it removes the log and shared-memory
        // files it made, which a connection that cannot write leaves behind
        try {
            Connection c = SqliteFiles.open(absolute);
            try {
                int version;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                if (version >= Library.SCHEMA_VERSION) {
                    return new PreviewLibrary(LibraryServices.of(Library.reading(absolute, c, null)), null);
                }
                return inTemporaryFolder(absolute, c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw LibraryErrors.describe(absolute, e);
        }
    }

    /**
     * A writable library in a new temporary folder: empty, or a copy of what {@code source} reads (closed
     * here) brought up to date there.
     */
    private static PreviewLibrary inTemporaryFolder(Path file, Connection source) throws SQLException {
        Path dir;
        try {
            dir = Files.createTempDirectory("lectern-dry-run-");
        } catch (IOException e) {
            throw new StoreException("cannot make a temporary library for the dry run of " + file + ": " + e.getMessage(), e);
        }
        Path copy = dir.resolve("library.db");
        try {
            if (source != null) {
                // SQLite's VACUUM INTO: a consistent copy, even while another process writes
                try (source; PreparedStatement s = source.prepareStatement("VACUUM INTO ?")) {
                    s.setString(1, copy.toString());
                    s.execute();
                }
            }
            return new PreviewLibrary(LibraryServices.open(copy), dir);
        } catch (SQLException | RuntimeException e) {
            ReadOnlyLibrary.delete(dir);
            throw e;
        }
    }

    public LibraryServices services() {
        return services;
    }

    @Override
    public void close() {
        services.close();
        if (temporary != null) ReadOnlyLibrary.delete(temporary);
    }
}
