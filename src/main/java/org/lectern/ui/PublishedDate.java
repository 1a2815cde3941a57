package org.lectern.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.lectern.library.PaperDate;

/**
 * A paper's first date as the window shows it: a day in this form, a year alone (DBLP, Scholar, a BibTeX
 * or RIS entry without a month) as the year, never as a 1st of January nobody gave.
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
        for (PublishedDate form : values()) form.of(PaperDate.day(LocalDate.of(2000, 3, 3)));
    }

    /** The date in this form, its year alone for a year alone, "" for no date. */
    public String of(PaperDate date) {
        if (date == null) return "";
        if (date.yearOnly()) return String.valueOf(date.year());
        return days.format(date.start());
    }
}
