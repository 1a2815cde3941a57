package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of schema migration 6 that SQL alone cannot do: SQLite cannot drop a UNIQUE constraint, so
 * the paper table is rebuilt from its own definition without it (whatever columns other migrations
 * added come along), and every paper's text hash is computed. Runs inside the migration's
 * transaction, with foreign keys off, so dropping the old table cascades nothing.
 */
final class IdentityMigration {
    static final int VERSION = 6;

    private static final Pattern UNIQUE_KEY = Pattern.compile("(?i)(title_key\\s+TEXT\\s+NOT\\s+NULL)\\s+UNIQUE");
    private static final Pattern CREATE = Pattern.compile("(?i)^CREATE\\s+TABLE\\s+\"?paper\"?");

    private IdentityMigration() {
    }

    static void apply(Connection c) throws SQLException {
        rebuildWithoutUniqueTitle(c);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS paper_by_title_key ON paper(title_key)");
        }
        fillTextHashes(c);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX IF NOT EXISTS paper_by_text_hash ON paper(text_hash)");
            s.execute("CREATE INDEX IF NOT EXISTS paper_needing_details ON paper(id) WHERE needs_details = 1");
        }
    }

    private static void rebuildWithoutUniqueTitle(Connection c) throws SQLException {
        String table = one(c, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'paper'");
        Matcher m = UNIQUE_KEY.matcher(table);
        if (!m.find()) return;
        String rebuilt = CREATE.matcher(m.replaceFirst("$1")).replaceFirst("CREATE TABLE paper_rebuilt");
        List<String> dependants = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE tbl_name = 'paper' AND type IN ('index', 'trigger') AND sql IS NOT NULL");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) dependants.add(rs.getString(1));
        }
        try (Statement s = c.createStatement()) {
            s.execute(rebuilt);
            s.execute("INSERT INTO paper_rebuilt SELECT * FROM paper");
            s.execute("DROP TABLE paper");
            s.execute("ALTER TABLE paper_rebuilt RENAME TO paper");
            for (String sql : dependants) s.execute(sql);
        }
    }

    private static void fillTextHashes(Connection c) throws SQLException {
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, title, abstract FROM paper");
             PreparedStatement write = c.prepareStatement("UPDATE paper SET text_hash = ? WHERE id = ?")) {
            int n = 0;
            while (rs.next()) {
                write.setLong(1, TextIdentity.textHash(rs.getString(2), rs.getString(3)));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
                if (++n % 5000 == 0) write.executeBatch();
            }
            write.executeBatch();
        }
    }

    private static String one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) throw new SQLException("the library has no paper table");
            return rs.getString(1);
        }
    }
}
