package org.lectern.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A paper's first date as the window shows it. Listings that give only a year (DBLP, Scholar, a BibTeX or
 * RIS entry without a month) are kept as 1 January of it; the library keeps no precision beside the date, so
 * 1 January is shown as its year alone rather than as a day nobody gave.
 */
public enum PublishedDate {
    /** "3 Mar 2024": the table's and the preview's column. */
    BRIEF("d MMM yyyy"),
    /** "3 March 2024": the detail's line. */
    FULL("d MMMM yyyy");

    private final DateTimeFormatter days;

    PublishedDate(String pattern) {
        days = DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
    }

    /**
     * Reads the month names ahead, off the FX thread: the first date formatted loads the locale's data,
     * which took the cells of the window's first rows about 15 ms.
     */
    public static void readAhead() {
        for (PublishedDate form : values()) form.of(LocalDate.of(2000, 3, 3));
    }

    /** The date in this form, its year alone for 1 January, "" for no date. */
    public String of(LocalDate date) {
        if (date == null) return "";
        if (date.getDayOfYear() == 1) return String.valueOf(date.getYear());
        return days.format(date);
    }
}
