package org.lectern.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns SQLite's error codes into sentences that name the library file and say what to do: a
 * read-only file or folder, a full disk, a damaged file (with the newest sound backup and the
 * command that restores it). Errors of other kinds keep the driver's own words.
 */
final class LibraryErrors {
    private LibraryErrors() {
    }

    /** The exception to throw for {@code e}, raised while working on the library {@code file}. */
    static StoreException describe(Path file, SQLException e) {
        String code = code(e);
        Path library = file.toAbsolutePath();
        if (code.startsWith("SQLITE_READONLY_DIRECTORY") || code.startsWith("SQLITE_CANTOPEN") && !writable(library.getParent())) {
            return new StoreException("the folder " + library.getParent() + " of the library is read-only; SQLite needs to"
                    + " write its journal beside " + library.getFileName() + " to change it", e);
        }
        if (code.startsWith("SQLITE_READONLY")) {
            return new StoreException("the library " + library + " is read-only (" + (writable(library)
                    ? "it was opened for reading only" : "the file may not be written") + "); nothing was changed", e);
        }
        if (code.startsWith("SQLITE_FULL")) {
            return new StoreException("the disk holding " + library + " is full; the change was not saved", e);
        }
        if (code.startsWith("SQLITE_CORRUPT") || code.startsWith("SQLITE_NOTADB")) {
            return damaged(library, e);
        }
        if (code.startsWith("SQLITE_CANTOPEN")) {
            return new StoreException("cannot open the library " + library + " (" + (Files.isDirectory(library)
                    ? "it is a folder" : "the file cannot be opened") + ")", e);
        }
        return new StoreException(e.getMessage(), e);
    }

    /** The library is damaged: say so, name the newest sound backup and the command that restores it. */
    static StoreException damaged(Path library, Throwable cause) {
        StringBuilder m = new StringBuilder("the library " + library + " is damaged (SQLite: " + detail(cause) + ")");
        Optional<Path> backup = newestSoundBackup(library);
        if (backup.isPresent()) {
            m.append("; the newest sound backup is ").append(backup.get()).append(". Restore it with: lectern --library ")
                    .append(quote(library.toString())).append(" restore ").append(quote(backup.get().toString()));
        } else {
            m.append("; there is no sound backup in ").append(Backups.folder(library));
        }
        return new DamagedLibraryException(m.toString(), cause);
    }

    private static Optional<Path> newestSoundBackup(Path library) {
        try {
            for (Path b : Backups.list(library)) {
                if (sound(b)) return Optional.of(b);
            }
        } catch (RuntimeException ignored) {
            // a backups folder that cannot be read holds no backup to offer
        }
        return Optional.empty();
    }

    private static boolean sound(Path backup) {
        try (Connection c = SqliteFiles.openReadOnly(backup); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            return rs.next() && "ok".equals(rs.getString(1));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static String detail(Throwable cause) {
        String m = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+\\]\\s*", "");
    }

    /** The error's SQLite code name, e.g. SQLITE_READONLY_DIRECTORY, or "" when it has none. */
    static String code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException se && se.getResultCode() != null && se.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
                return se.getResultCode().name();
            }
            String m = t.getMessage();
            if (m != null && m.startsWith("[SQLITE_")) return m.substring(1, m.indexOf(']') > 0 ? m.indexOf(']') : m.length());
        }
        return "";
    }

    /** Quoted for a POSIX shell when it holds anything but plain path characters. */
    static String quote(String s) {
        if (s.matches("[A-Za-z0-9_./:@%+=,-]+")) return s;
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) return "\"" + s + "\"";
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean writable(Path p) {
        return p != null && Files.isWritable(p);
    }
}
