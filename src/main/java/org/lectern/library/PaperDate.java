package org.lectern.library;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a paper first came out, as precisely as its listing said: a whole day (arXiv, Hugging Face, a
 * BibLaTeX date), a month (a BibTeX or RIS entry with a month and no day) or a year alone (DBLP, Scholar,
 * an entry without a month). Written as ISO 8601 text, "2021-03-05", "2021-03" or "2021": the library
 * stores it so, and because each coarser text is a prefix of the finer ones it sorts before them, as the
 * start of its month or year.
 *
 * @param start      the day, or the 1st of the month or of January
 * @param precision  how much of it is known
 */
public record PaperDate(LocalDate start, Precision precision) implements Comparable<PaperDate> {
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    /** How much of a date is known, coarsest first. */
    public enum Precision {
        YEAR, MONTH, DAY
    }

    public PaperDate {
        if (start == null || precision == null) throw new IllegalArgumentException("a paper's date needs a day, a month or a year");
        if (precision == Precision.YEAR) start = LocalDate.of(start.getYear(), 1, 1);
        if (precision == Precision.MONTH) start = start.withDayOfMonth(1);
    }

    // written out, as PaperRow's: the table compares the dates of its first rows (a record's equals is
    // linked through method handles on its first call)
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PaperDate d && precision == d.precision && start.equals(d.start);
    }

    @Override
    public int hashCode() {
        return 31 * start.hashCode() + precision.hashCode();
    }

    /** A whole day. */
    public static PaperDate day(LocalDate day) {
        return new PaperDate(day, Precision.DAY);
    }

    /** A whole day; throws {@link DateTimeException} when there is no such day. */
    public static PaperDate day(int year, int month, int dayOfMonth) {
        return day(LocalDate.of(year, month, dayOfMonth));
    }

    /** A month without its day; throws {@link DateTimeException} when there is no such month. */
    public static PaperDate month(int year, int month) {
        return new PaperDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    /** A year alone; throws {@link DateTimeException} when it is out of range. */
    public static PaperDate year(int year) {
        return new PaperDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    /** A whole day, or null for none. */
    public static PaperDate dayOrNull(LocalDate day) {
        return day == null ? null : day(day);
    }

    /**
     * "2021" (a year alone), "2021-03" (a month) or "2021-03-05" (a day), as {@link #toString} writes it;
     * throws {@link DateTimeParseException} for anything else ("2021-13" too).
     */
    public static PaperDate parse(String text) {
        String t = text.strip();
        if (YEAR.matcher(t).matches()) return year(Integer.parseInt(t));
        Matcher m = MONTH.matcher(t);
        if (m.matches()) {
            try {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException e) {
                throw new DateTimeParseException("no such month: " + t, t, 5, e);
            }
        }
        return day(LocalDate.parse(t));
    }

    /** {@link #parse} for a stored value: null or "" is no date. */
    public static PaperDate parseOrNull(String text) {
        return text == null || text.isBlank() ? null : parse(text);
    }

    public int year() {
        return start.getYear();
    }

    /** Whether only the year is known. */
    public boolean yearOnly() {
        return precision == Precision.YEAR;
    }

    /** Whether the day is known. */
    public boolean wholeDay() {
        return precision == Precision.DAY;
    }

    /** Whether {@code finer} says more than this date and lies within it: a day of this month, a month of this year. */
    public boolean sharpenedBy(PaperDate finer) {
        if (finer == null || finer.precision.compareTo(precision) <= 0 || finer.year() != year()) return false;
        return precision == Precision.YEAR || finer.start.getMonthValue() == start.getMonthValue();
    }

    /**
     * The date a paper keeps when {@code known} meets {@code incoming} (a later listing of it, or a paper
     * merged into it): what is missing is filled in, a finer date within the known one replaces it (a day
     * of a known month, a month or a day of a known year), and otherwise the known date stays, whichever
     * came first (a coarser date never replaces a finer one, and two that disagree keep the known one).
     */
    public static PaperDate refine(PaperDate known, PaperDate incoming) {
        if (known == null) return incoming;
        return known.sharpenedBy(incoming) ? incoming : known;
    }

    /** Whether {@code incoming} would only blur {@code known}: a coarser date where a finer one is known. */
    public static boolean blurs(PaperDate known, PaperDate incoming) {
        return known != null && incoming != null && incoming.precision.compareTo(known.precision) < 0;
    }

    /** In order of their starts; a year or a month before the days it holds. */
    @Override
    public int compareTo(PaperDate other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : precision.compareTo(other.precision);
    }

    /** "2021", "2021-03" or "2021-03-05". */
    @Override
    public String toString() {
        String day = start.toString();
        return switch (precision) {
            case YEAR -> day.substring(0, day.length() - 6);
            case MONTH -> day.substring(0, day.length() - 3);
            case DAY -> day;
        };
    }
}
