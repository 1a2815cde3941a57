package org.lectern.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.lectern.library.PaperDate;

/**
 * A paper's first date as the window shows it: a day in this form, a month without its day (a BibTeX or
 * RIS entry without one) as the month and year, a year alone (DBLP, Scholar, an entry without a month) as
 * the year: never as a 1st nobody gave.
 */
public enum PublishedDate {
    /** "3 Mar 2024": the table's and the preview's column. */
    BRIEF("d MMM yyyy", "MMM yyyy"),
    /** "3 March 2024": the detail's line. */
    FULL("d MMMM yyyy", "MMMM yyyy");

    private final DateTimeFormatter days;
    private final DateTimeFormatter months;

    PublishedDate(String days, String months) {
        this.days = DateTimeFormatter.ofPattern(days, Locale.ENGLISH);
        this.months = DateTimeFormatter.ofPattern(months, Locale.ENGLISH);
    }

    /**
     * Reads the month names ahead, off the FX thread: the first date formatted loads the locale's data,
     * which took the cells of the window's first rows about 15 ms.
     */
    public static void readAhead() {
        for (PublishedDate form : values()) {
            form.of(PaperDate.day(LocalDate.of(2000, 3, 3)));
            form.of(PaperDate.month(2000, 3));
        }
    }

    /** The date in this form, its month and year for a month, its year alone for a year alone, "" for no date. */
    public String of(PaperDate date) {
        if (date == null) return "";
        return switch (date.precision()) {
            case YEAR -> String.valueOf(date.year());
            case MONTH -> months.format(date.start());
            case DAY -> days.format(date.start());
        };
    }
}
