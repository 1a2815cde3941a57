package org.lectern.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.EnumMap;
import java.util.Map;

import org.lectern.library.Status;

/** Counts of the reading: papers by status, papers read per week. */
final class ReadingStats {
    private final Library library;

    ReadingStats(Library library) {
        this.library = library;
    }

    /** How many papers have each status. */
    public Map<Status, Integer> statusCounts() {
        return library.read(c -> {
            Map<Status, Integer> out = new EnumMap<>(Status.class);
            for (Status s : Status.values()) out.put(s, 0);
            try (PreparedStatement s = c.prepareStatement("SELECT status, count(*) FROM paper GROUP BY status");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.put(Status.parse(rs.getString(1)), rs.getInt(2));
            }
            return out;
        });
    }

    /** Papers marked read per week (weeks starting on Monday, UTC), oldest first, over the last {@code weeks} weeks. */
    public Map<java.time.LocalDate, Integer> readPerWeek(java.time.LocalDate today, int weeks) {
        java.time.LocalDate thisWeek = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        java.time.LocalDate first = thisWeek.minusWeeks(weeks - 1L);
        Map<java.time.LocalDate, Integer> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < weeks; i++) out.put(first.plusWeeks(i), 0);
        library.read(c -> {
            // a paper read twice on one day (read, taken back, read again) counts once
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT DISTINCT paper_id, substr(at, 1, 10) FROM status_change
                    WHERE status = 'read' AND at >= ? ORDER BY 2""")) {
                s.setString(1, first.toString());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        java.time.LocalDate day = java.time.LocalDate.parse(rs.getString(2));
                        java.time.LocalDate week = day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
                        out.computeIfPresent(week, (k, v) -> v + 1);
                    }
                }
            }
            return null;
        });
        return out;
    }
}
