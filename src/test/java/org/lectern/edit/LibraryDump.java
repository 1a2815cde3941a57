package org.lectern.edit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every row of every table of a library file, read over a connection of its own, so that a change
 * and its undo can be compared with the file as it was. The search index is read through its virtual
 * table (what a search sees); its shadow tables hold the same text in an order of their own.
 */
final class LibraryDump {
    private LibraryDump() {
    }

    static Map<String, List<String>> of(Path file) throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'paper_fts_%'")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
                        rows.add(row.toString());
                    }
                }
                if (t.equals("paper_fts")) {
                    rows.clear();
                    try (ResultSet rs = s.executeQuery("SELECT rowid, title, abstract, note, tags FROM paper_fts")) {
                        while (rs.next()) rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5));
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
        }
        return out;
    }
}
