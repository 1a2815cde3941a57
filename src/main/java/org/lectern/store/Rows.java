package org.lectern.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.lectern.library.PaperDate;

/** Reading nullable columns the way the library writes them, and binding a statement's arguments. */
final class Rows {
    private Rows() {
    }

    static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Double doubleOrNull(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static PaperDate dateOrNull(ResultSet rs, int column) throws SQLException {
        return PaperDate.parseOrNull(rs.getString(column));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return Instant.parse(rs.getString(column));
    }

    /** One row of a result as a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row {@code sql} gives with {@code args} bound in order, each read by {@code row}. */
    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(row.read(rs));
            }
            return out;
        }
    }

    /** Runs one statement with {@code args} bound in order (a null binds NULL). */
    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }
}
