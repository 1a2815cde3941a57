package org.lectern.edit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a library file, read through a connection of its own, so a test can say
 * "the file holds exactly what it held before". The full-text index is left out: triggers derive it.
 */
public record TableDump(Map<String, List<String>> tables) {
    private static final String TIME = "<time>";

    /** Reads {@code file} as it is on disk now. */
    public static TableDump of(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                            + "AND name NOT LIKE 'paper_fts%' ORDER BY name")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            Map<String, List<String>> tables = new TreeMap<>();
            for (String name : names) tables.put(name, rows(c, name));
            return new TableDump(Collections.unmodifiableMap(tables));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dump " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<String> rows(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i);
                    String value = rs.getString(i);
                    // a time a redo writes afresh; the tests compare what is there, not when it was written
                    if (value != null && (column.equals("at") || column.endsWith("_at"))) value = TIME + value;
                    row.append(column).append('=').append(value).append(i < meta.getColumnCount() ? ", " : "");
                }
                out.add(row.toString());
            }
        }
        Collections.sort(out);
        return List.copyOf(out);
    }

    /** The same dump with every written-at time made equal (a redo writes the time it runs). */
    public TableDump withoutTimes() {
        Map<String, List<String>> out = new TreeMap<>();
        tables.forEach((name, rows) -> out.put(name, rows.stream()
                .map(r -> r.replaceAll(TIME.replace("<", "\\<").replace(">", "\\>") + "[^,]*", TIME)).sorted().toList()));
        return new TableDump(Collections.unmodifiableMap(out));
    }

    /** The same dump without {@code table} (one a change writes on purpose, a note's revisions say). */
    public TableDump without(String table) {
        Map<String, List<String>> out = new TreeMap<>(tables);
        if (out.remove(table) == null) throw new IllegalArgumentException("no table " + table);
        return new TableDump(Collections.unmodifiableMap(out));
    }

    /** The rows of one table. */
    public List<String> rows(String table) {
        List<String> rows = tables.get(table);
        if (rows == null) throw new IllegalArgumentException("no table " + table);
        return rows;
    }
}
