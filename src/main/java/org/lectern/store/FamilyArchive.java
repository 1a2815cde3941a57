package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Families kept whole, row for row (the family itself, its members, the reader's refusals, the waiting
 * suggestions), so that undoing a delete or a merge puts back exactly what was there, under the same id.
 */
public final class FamilyArchive {
    /** The tables a family's rows live in; the family row comes first, as the others refer to it. */
    private static final List<String> TABLES = List.of("family", "family_member", "family_rejection", "family_suggestion");

    /** The rows of some families as they were; opaque to callers. */
    public static final class Saved {
        private final List<Long> familyIds;
        private final List<Table> tables;

        private Saved(List<Long> familyIds, List<Table> tables) {
            this.familyIds = familyIds;
            this.tables = tables;
        }

        public List<Long> familyIds() {
            return familyIds;
        }
    }

    private record Table(String name, List<String> columns, List<List<Object>> rows) {
    }

    private final Library library;

    public FamilyArchive(Library library) {
        this.library = library;
    }

    /** Reads every row of the families {@code familyIds}. */
    public Saved save(long... familyIds) {
        List<Long> ids = new ArrayList<>();
        for (long id : familyIds) ids.add(id);
        return library.read(c -> {
            List<Table> tables = new ArrayList<>();
            for (String table : TABLES) tables.add(read(c, table, ids));
            return new Saved(Collections.unmodifiableList(ids), List.copyOf(tables));
        });
    }

    /** Puts the saved families back as they were, replacing whatever those ids hold now. */
    public void restore(Saved saved) {
        library.write(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM family WHERE id = ?")) {
                for (long id : saved.familyIds) {
                    s.setLong(1, id); // members, refusals and suggestions go with it (ON DELETE CASCADE)
                    s.executeUpdate();
                }
            }
            for (Table t : saved.tables) write(c, t);
            return null;
        });
    }

    private static Table read(Connection c, String table, List<Long> ids) throws SQLException {
        String key = table.equals("family") ? "id" : "family_id";
        List<String> columns = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        // the table names are this class's own constants, never input
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM " + table + " WHERE " + key + " = ?")) {
            for (long id : ids) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    if (columns.isEmpty()) {
                        for (int i = 1; i <= n; i++) columns.add(rs.getMetaData().getColumnName(i));
                    }
                    while (rs.next()) {
                        List<Object> row = new ArrayList<>(n);
                        for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
                        rows.add(Collections.unmodifiableList(row));
                    }
                }
            }
        }
        return new Table(table, List.copyOf(columns), List.copyOf(rows));
    }

    private static void write(Connection c, Table t) throws SQLException {
        if (t.rows().isEmpty()) return;
        String marks = String.join(", ", Collections.nCopies(t.columns().size(), "?"));
        try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO " + t.name()
                + "(" + String.join(", ", t.columns()) + ") VALUES (" + marks + ")")) {
            for (List<Object> row : t.rows()) {
                for (int i = 0; i < row.size(); i++) s.setObject(i + 1, row.get(i));
                s.executeUpdate();
            }
        }
    }
}
