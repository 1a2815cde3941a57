package org.lectern.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether a file's schema is exactly what this Lectern writes for its schema version: every table,
 * index, trigger, view and virtual table, with its SQL. The reference is not written down here: it
 * is made by running this build's own migrations up to that version in an empty in-memory database,
 * so it follows every migration added later.
 */
final class SchemaCheck {
    /** Made by ANALYZE (which SQLite's optimizer may run): statistics only, they hold no code. */
    private static final Set<String> STATISTICS = Set.of("sqlite_stat1", "sqlite_stat4");
    private static final Map<Integer, Map<String, Entry>> REFERENCES = new ConcurrentHashMap<>();

    /** One row of sqlite_master: a table, index, trigger or view, with its SQL as SQLite stores it. */
    record Entry(String type, String name, String table, String sql) {
        String describe() {
            return type + " '" + name + "'" + ("table".equals(type) || "view".equals(type) || name.equals(table) ? "" : " on " + table);
        }
    }

    private SchemaCheck() {
    }

    /** What differs between {@code c}'s schema and this Lectern's for {@code version}; empty when none. */
    static List<String> differences(Connection c, int version) throws SQLException {
        Map<String, Entry> want = reference(version);
        Map<String, Entry> have = entries(c);
        List<String> out = new ArrayList<>();
        for (Entry e : have.values()) {
            Entry w = want.get(e.name());
            if (w == null) {
                if (!("table".equals(e.type()) && STATISTICS.contains(e.name()))) {
                    out.add("it has a " + e.describe() + " that Lectern never writes");
                }
            } else if (!w.type().equals(e.type())) {
                out.add("'" + e.name() + "' is a " + e.type() + " where Lectern writes a " + w.type());
            } else if (!w.table().equals(e.table()) || !normalised(w.sql()).equals(normalised(e.sql()))) {
                out.add("its " + e.describe() + " is not defined the way Lectern defines it");
            }
        }
        for (Entry w : want.values()) {
            if (!have.containsKey(w.name())) out.add("it lacks the " + w.describe());
        }
        return out;
    }

    /** The schema this build writes for {@code version}, made once per version by the migrations. */
    static Map<String, Entry> reference(int version) throws SQLException {
        Map<String, Entry> cached = REFERENCES.get(version);
        if (cached != null) return cached;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            for (int v = 1; v <= version; v++) {
                Library.migrationStep(c, v);
            }
            Map<String, Entry> made = entries(c);
            REFERENCES.put(version, made);
            return made;
        }
    }

    private static Map<String, Entry> entries(Connection c) throws SQLException {
        Map<String, Entry> out = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rs.next()) {
                Entry e = new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                // two rows of one name (possible only in a file edited by hand) are both reported
                Entry before = out.putIfAbsent(e.name(), e);
                if (before != null) out.put(e.name() + "\u0000" + out.size(), e);
            }
        }
        return out;
    }

    /**
     * SQL with comments removed and every run of white space made one space, outside quotes: the
     * same definition laid out differently is the same definition; anything else is not.
     */
    static String normalised(String sql) {
        if (sql == null) return "";
        StringBuilder out = new StringBuilder(sql.length());
        int n = sql.length();
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char ch = sql.charAt(i);
            if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
                space = true;
            } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                space = true;
            } else if (Character.isWhitespace(ch)) {
                space = true;
            } else {
                if (space && out.length() > 0) out.append(' ');
                space = false;
                if (ch == '\'' || ch == '"' || ch == '`' || ch == '[') {
                    char close = ch == '[' ? ']' : ch;
                    int end = i + 1;
                    while (end < n && sql.charAt(end) != close) end++;
                    out.append(sql, i, Math.min(end + 1, n));
                    i = end;
                } else {
                    out.append(ch);
                }
            }
        }
        return out.toString();
    }
}
