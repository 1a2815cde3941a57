package org.lectern.store;

import java.time.DateTimeException;

import org.lectern.library.PaperDate;

/**
 * A paper's date as the {@code published} column holds it: {@link PaperDate}'s text, "2021-03-05", "2021-03"
 * for a month or "2021" for a year alone (schema 9; a year alone was written as its 1st of January before,
 * and a month as its 1st before months were kept).
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

    /** {@code incoming} unless it would blur {@code known} (a year alone where a day is known, say). */
    static String unlessBlurring(String known, String incoming) {
        if (incoming == null) return known;
        try {
            return PaperDate.blurs(PaperDate.parseOrNull(known), PaperDate.parseOrNull(incoming)) ? known : incoming;
        } catch (DateTimeException e) {
            return incoming;
        }
    }

    /** Whether {@code after} says more than {@code before} and lies within it: a day of its month or year, a month of its year. */
    static boolean sharpened(String before, String after) {
        try {
            PaperDate b = PaperDate.parseOrNull(before);
            PaperDate a = PaperDate.parseOrNull(after);
            return b != null && b.sharpenedBy(a);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
