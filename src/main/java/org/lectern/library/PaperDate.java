package org.lectern.library;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * When a paper first came out, as precisely as its listing said: a whole day (arXiv, Hugging Face, a
 * BibLaTeX date) or a year alone (DBLP, Scholar, a BibTeX or RIS entry without a month). Written as ISO
 * 8601 text, "2021-03-05" or "2021": the library stores it so, and because a year's text is a prefix of
 * its days' it sorts before them, as the start of its year.
 *
 * @param start     the day, or the 1st of January of a year alone
 * @param yearOnly  whether only the year is known
 */
public record PaperDate(LocalDate start, boolean yearOnly) implements Comparable<PaperDate> {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    public PaperDate {
        if (start == null) throw new IllegalArgumentException("a paper's date needs a day or a year");
        if (yearOnly) start = LocalDate.of(start.getYear(), 1, 1);
    }

    // written out, as PaperRow's: the table compares the dates of its first rows (a record's equals is
    // linked through method handles on its first call)
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PaperDate d && yearOnly == d.yearOnly && start.equals(d.start);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + Boolean.hashCode(yearOnly);
    }

    /** A whole day. */
    public static PaperDate day(LocalDate day) {
        return new PaperDate(day, false);
    }

    /** A whole day; throws {@link DateTimeException} when there is no such day. */
    public static PaperDate day(int year, int month, int dayOfMonth) {
        return day(LocalDate.of(year, month, dayOfMonth));
    }

    /** A year alone; throws {@link DateTimeException} when it is out of range. */
    public static PaperDate year(int year) {
        return new PaperDate(LocalDate.of(year, 1, 1), true);
    }

    /** A whole day, or null for none. */
    public static PaperDate dayOrNull(LocalDate day) {
        return day == null ? null : day(day);
    }

    /**
     * "2021" (a year alone) or "2021-03-05" (a day), as {@link #toString} writes it; throws
     * {@link DateTimeParseException} for anything else.
     */
    public static PaperDate parse(String text) {
        String t = text.strip();
        if (YEAR.matcher(t).matches()) return year(Integer.parseInt(t));
        return day(LocalDate.parse(t));
    }

    /** {@link #parse} for a stored value: null or "" is no date. */
    public static PaperDate parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public int year() {
        return start.getYear();
    }

    /**
     * The date a paper keeps when {@code known} meets {@code incoming} (a later listing of it, or a paper
     * merged into it): what is missing is filled in, a whole day replaces a year alone of the same year,
     * and otherwise the known date stays, whichever came first (a year alone never replaces a day, and two
     * days that disagree keep the known one).
     */
    public static PaperDate refine(PaperDate known, PaperDate incoming) {
        if (known == null) return incoming;
        if (incoming != null && known.yearOnly && !incoming.yearOnly && known.year() == incoming.year()) {
            return incoming;
        }
        return known;
    }

    /** Whether {@code incoming} would only blur {@code known}: a year alone where a day is known. */
    public static boolean blurs(PaperDate known, PaperDate incoming) {
        return known != null && incoming != null && incoming.yearOnly && !known.yearOnly;
    }

    /** Days in order; a year alone before the days of its year. */
    @Override
    public int compareTo(PaperDate other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : Boolean.compare(other.yearOnly, yearOnly);
    }

    /** "2021" or "2021-03-05". */
    @Override
    public String toString() {
        return yearOnly ? start.toString().substring(0, start.toString().length() - 6) : start.toString();
    }
}
