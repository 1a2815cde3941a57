package org.lectern.store;

import java.time.DateTimeException;

import org.lectern.library.PaperDate;

/**
 * A paper's date as the {@code published} column holds it: {@link PaperDate}'s text, "2021-03-05" or "2021"
 * for a year alone (schema 9; a year alone was written as its 1st of January before).
 */
final class StoredDates {
    private StoredDates() {
    }

    static String text(PaperDate date) {
        return date == null ? null : date.toString();
    }

    /**
     * The column's text after {@code incoming} meets {@code known} ({@link PaperDate#refine}); a known
     * text that is no date is kept as it is, never replaced by a guess.
     */
    static String refine(String known, String incoming) {
        if (known == null || known.isBlank()) return incoming;
        try {
            return text(PaperDate.refine(PaperDate.parse(known), PaperDate.parseOrNull(incoming)));
        } catch (DateTimeException e) {
            return known;
        }
    }

    /** {@code incoming} unless it would blur {@code known} (a year alone where a day is known). */
    static String unlessBlurring(String known, String incoming) {
        if (incoming == null) return known;
        try {
            return PaperDate.blurs(PaperDate.parseOrNull(known), PaperDate.parseOrNull(incoming)) ? known : incoming;
        } catch (DateTimeException e) {
            return incoming;
        }
    }

    /** Whether {@code before} was a year alone and {@code after} is a day of that year. */
    static boolean sharpened(String before, String after) {
        try {
            PaperDate b = PaperDate.parseOrNull(before);
            PaperDate a = PaperDate.parseOrNull(after);
            return b != null && a != null && b.yearOnly() && !a.yearOnly() && a.year() == b.year();
        } catch (DateTimeException e) {
            return false;
        }
    }
}
