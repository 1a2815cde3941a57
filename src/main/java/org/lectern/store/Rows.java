package org.lectern.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** Reading nullable columns the way the library writes them. */
final class Rows {
    private Rows() {
    }

    static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static LocalDate dateOrNull(ResultSet rs, int column) throws SQLException {
        String v = rs.getString(column);
        return v == null || v.isEmpty() ? null : LocalDate.parse(v);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return Instant.parse(rs.getString(column));
    }
}
