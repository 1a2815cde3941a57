package org.lectern.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A paper's first date as the window shows it. Listings that give only a year (DBLP, Scholar, a BibTeX or
 * RIS entry without a month) are kept as 1 January of it; the library keeps no precision beside the date, so
 * 1 January is shown as its year alone rather than as a day nobody gave.
 */
public final class PublishedDate {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private PublishedDate() {
    }

    /** "3 Mar 2024", "2024" for a year alone, "" for no date: the table's and the preview's column. */
    public static String brief(LocalDate date) {
        return format(date, SHORT);
    }

    /** "3 March 2024", "2024" for a year alone, "" for no date: the detail's line. */
    public static String full(LocalDate date) {
        return format(date, LONG);
    }

    private static String format(LocalDate date, DateTimeFormatter days) {
        if (date == null) return "";
        if (date.getDayOfYear() == 1) return String.valueOf(date.getYear());
        return days.format(date);
    }
}
