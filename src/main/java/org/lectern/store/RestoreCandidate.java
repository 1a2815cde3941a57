package org.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A file offered to {@code restore}, copied into a private folder and checked there, so the bytes
 * that are checked are the bytes that are installed. It is accepted only when it is a sound SQLite
 * database whose whole schema is what this Lectern writes for its schema version; an older one is
 * then brought up to date by this Lectern's own migrations, inside the copy.
 */
final class RestoreCandidate implements AutoCloseable {
    private final Path dir;
    private final Path file;

    private RestoreCandidate(Path dir) {
        this.dir = dir;
        this.file = dir.resolve("candidate.db");
    }

    /** The checked copy, ready to install; throws saying why when {@code source} may not be restored. */
    static RestoreCandidate prepare(Path source, Path library) {
        if (!Files.isRegularFile(source)) throw refused(source, Files.isDirectory(source) ? "it is a folder" : "there is no such file");
        RestoreCandidate candidate;
        try {
            Path backups = Backups.folder(library);
            Files.createDirectories(backups);
            candidate = new RestoreCandidate(Files.createDirectory(BackupFiles.temporary(backups)));
            Files.copy(source, candidate.file);
            Path wal = source.resolveSibling(source.getFileName() + "-wal");
            if (Files.isRegularFile(wal)) Files.copy(wal, candidate.dir.resolve("candidate.db-wal"));
        } catch (IOException e) {
            throw new StoreException("cannot restore from " + source + ": copying it failed (" + e.getMessage()
                    + "); the library was left as it is", e);
        }
        try {
            String reason = candidate.check();
            if (reason != null) throw refused(source, reason);
            return candidate;
        } catch (RuntimeException e) {
            candidate.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** Why the copy may not be installed, or null when it may; an older schema is migrated here. */
    private String check() {
        if (!BackupFiles.complete(file)) return "it is not a SQLite database (or only part of one)";
        int version;
        try (Connection c = SqliteFiles.open(file); Statement s = c.createStatement()) {
            String integrity = first(s, "PRAGMA integrity_check");
            if (!"ok".equals(integrity)) return "it is damaged (integrity check: " + integrity + ")";
            if (!"UTF-8".equalsIgnoreCase(first(s, "PRAGMA encoding"))) return "its text is not stored as UTF-8";
            version = Integer.parseInt(first(s, "PRAGMA user_version"));
            if (version == 0) return "it is not a Lectern library (it has no schema version)";
            if (version > Library.SCHEMA_VERSION) {
                return "it was written by a newer Lectern (schema " + version + "; this one knows " + Library.SCHEMA_VERSION + ")";
            }
            String schema = schemaProblem(c, version);
            if (schema != null) return schema;
            String fk = first(s, "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1");
            if (fk != null) return "its table " + fk + " holds rows that point at rows that are not there";
            s.execute("INSERT INTO paper_fts(paper_fts) VALUES ('integrity-check')");
            if (!"1".equals(first(s, "SELECT (SELECT count(*) FROM paper) = (SELECT count(*) FROM paper_fts)"
                    + " AND NOT EXISTS (SELECT 1 FROM paper_fts WHERE rowid NOT IN (SELECT id FROM paper))"))) {
                return "its search index does not match its papers";
            }
        } catch (SQLException e) {
            String code = LibraryErrors.code(e);
            if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) return "it is damaged (" + e.getMessage() + ")";
            return "it cannot be read as a Lectern library (" + e.getMessage() + ")";
        }
        if (version < Library.SCHEMA_VERSION) {
            // this Lectern's own migrations, run on the private copy; the result is checked again
            try (Library migrated = Library.open(file)) {
                migrated.userVersion();
            } catch (SQLException | RuntimeException e) {
                return "it could not be brought up from schema " + version + " (" + e.getMessage() + ")";
            }
            try (Connection c = SqliteFiles.open(file)) {
                String schema = schemaProblem(c, Library.SCHEMA_VERSION);
                if (schema != null) return "after bringing it up from schema " + version + ", " + schema;
            } catch (SQLException e) {
                return "it cannot be read after bringing it up from schema " + version + " (" + e.getMessage() + ")";
            }
        }
        return null;
    }

    private static String schemaProblem(Connection c, int version) throws SQLException {
        List<String> differences = SchemaCheck.differences(c, version);
        if (differences.isEmpty()) return null;
        int shown = Math.min(5, differences.size());
        return "its schema is not the one Lectern writes for schema " + version + ": "
                + String.join("; ", differences.subList(0, shown))
                + (differences.size() > shown ? "; and " + (differences.size() - shown) + " more differences" : "");
    }

    private static String first(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static StoreException refused(Path source, String reason) {
        return new StoreException(source + " was not restored: " + reason + "; the library was left as it is");
    }

    @Override
    public void close() {
        ReadOnlyLibrary.delete(dir);
    }
}
