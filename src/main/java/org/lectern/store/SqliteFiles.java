package org.lectern.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.sqlite.SQLiteConfig;

/**
 * Opens SQLite files by their plain path. The driver reads what follows a '?' in a file name as
 * settings ("a?&b.db" opens "a?b.db") and a name starting with "file:" as a URI, so a path is made
 * absolute (it then never starts with "file:"), a name the driver would rewrite is refused, and after
 * opening the file SQLite reports is compared with the one asked for. Read-only use goes through
 * {@link SQLiteConfig#setReadOnly}, never through URI parameters.
 */
final class SqliteFiles {
    private SqliteFiles() {
    }

    /** A connection to exactly {@code file}, with {@code config}'s settings. */
    static Connection open(Path file, SQLiteConfig config) throws SQLException {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.toString();
        int query = name.indexOf('?');
        if (query >= 0 && (name.indexOf('&', query) >= 0 || name.indexOf('=', query) >= 0)) {
            throw new StoreException("cannot open " + absolute + ": after a '?', the SQLite driver reads '&' and '=' in a"
                    + " file name as settings; rename the file (or its folder) without them");
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + name, config.toProperties());
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA database_list")) {
            while (rs.next()) {
                if (!"main".equals(rs.getString(2))) continue;
                String opened = rs.getString(3);
                if (opened == null || !Path.of(opened).normalize().equals(absolute)) {
                    throw new StoreException("cannot open " + absolute + ": the SQLite driver opened " + opened
                            + " instead; rename the file without '?'");
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** A connection that can only read {@code file}. */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return open(file, config);
    }

    /** A connection that may write {@code file}, creating it when missing. */
    static Connection open(Path file) throws SQLException {
        return open(file, new SQLiteConfig());
    }
}
