package org.lectern.ui.detail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.lectern.library.StatusChange;

/** A paper's reading history in one line: "Queued 3 Nov · Reading 5 Nov · Read 6 Nov". */
public final class HistoryLine {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private HistoryLine() {
    }

    /** The line for {@code history} (oldest first) in {@code zone}; empty when nothing happened yet. */
    public static String of(List<StatusChange> history, ZoneId zone, int currentYear) {
        return history.stream().map(c -> {
            var day = c.at().atZone(zone).toLocalDate();
            return c.status().label() + " " + (day.getYear() == currentYear ? DAY : DAY_YEAR).format(day);
        }).collect(Collectors.joining("  ·  "));
    }
}
