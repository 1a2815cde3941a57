package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every row that belongs to some papers: the papers' own rows and the rows of each table whose foreign
 * key points at a paper (notes and their revisions, status history, tags, families, suggestions,
 * refusals, import records). Found from the schema, not from a list, so a table added later is kept
 * too. Restoring deletes what the papers have now and writes the snapshot back with the same ids, so
 * undoing a merge or a delete gives the library back exactly; search follows through the triggers.
 */
public final class PaperSnapshot {
    private record Table(String name, String paperColumn, List<String> columns, List<Object[]> rows) {
    }

    private final List<Long> ids;
    private final List<Table> tables;

    private PaperSnapshot(List<Long> ids, List<Table> tables) {
        this.ids = ids;
        this.tables = tables;
    }

    /** The papers' rows and everything that hangs on them, as they are now. */
    public static PaperSnapshot take(Connection c, Collection<Long> paperIds) throws SQLException {
        List<Long> ids = List.copyOf(paperIds);
        List<Table> tables = new ArrayList<>();
        tables.add(read(c, "paper", "id", ids));
        for (String[] child : children(c)) tables.add(read(c, child[0], child[1], ids));
        return new PaperSnapshot(ids, tables);
    }

    /** The papers this snapshot holds. */
    public List<Long> ids() {
        return ids;
    }

    /** How many rows of the paper table it holds (papers that existed when it was taken). */
    public int papers() {
        return tables.get(0).rows().size();
    }

    /** Puts the papers back as they were when the snapshot was taken, in one transaction. */
    public void restore(Library library) {
        library.write(c -> {
            restore(c);
            return null;
        });
    }

    void restore(Connection c) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM paper WHERE id = ?")) {
            for (long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            delete.executeBatch(); // the children go with them (ON DELETE CASCADE)
        }
        for (Table t : tables) {
            if (t.rows().isEmpty()) continue;
            String sql = "INSERT INTO " + quote(t.name()) + "(" + String.join(", ", t.columns().stream().map(PaperSnapshot::quote).toList())
                    + ") VALUES (" + String.join(", ", t.columns().stream().map(x -> "?").toList()) + ")";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (Object[] row : t.rows()) {
                    for (int i = 0; i < row.length; i++) s.setObject(i + 1, row[i]);
                    s.executeUpdate(); // one by one: the search triggers fire in the original order
                }
            }
        }
    }

    /** {table, column} of every foreign key to paper(id). */
    private static List<String[]> children(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                     + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        List<String[]> out = new ArrayList<>();
        for (String table : names) {
            try (PreparedStatement s = c.prepareStatement("SELECT \"table\", \"from\" FROM pragma_foreign_key_list(?)")) {
                s.setString(1, table);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if ("paper".equalsIgnoreCase(rs.getString(1))) out.add(new String[] {table, rs.getString(2)});
                    }
                }
            }
        }
        return out;
    }

    private static Table read(Connection c, String table, String column, List<Long> ids) throws SQLException {
        List<String> columns = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        // table and column names come from the schema, never from the reader
        String sql = "SELECT * FROM " + quote(table) + " WHERE " + quote(column) + " = ? ORDER BY rowid";
        if (isWithoutRowid(c, table)) sql = "SELECT * FROM " + quote(table) + " WHERE " + quote(column) + " = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (long id : ids) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    ResultSetMetaData meta = rs.getMetaData();
                    if (columns.isEmpty()) for (int i = 1; i <= meta.getColumnCount(); i++) columns.add(meta.getColumnName(i));
                    while (rs.next()) {
                        Object[] row = new Object[meta.getColumnCount()];
                        for (int i = 0; i < row.length; i++) row[i] = rs.getObject(i + 1);
                        rows.add(row);
                    }
                }
            }
        }
        return new Table(table, column, columns, rows);
    }

    private static boolean isWithoutRowid(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            s.setString(1, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getString(1).toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ").contains("WITHOUT ROWID");
            }
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
