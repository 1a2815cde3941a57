package org.lectern.listing;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lectern.library.PaperDate;

/**
 * Hugging Face paper cards as copied from collections, model pages and profiles: a title line, then
 * "Paper • 2401.05391 • Published Dec 19, 2023 • 8". The page drops the year for dates of the current year,
 * so the year then comes from the clock; a comment count may stand alone on the next line.
 */
final class HuggingFaceCardFormat {
    static final String NAME = "huggingface-cards";

    private static final String DOT = "\\s*[•·|∙⋅]\\s*";
    static final Pattern META = Pattern.compile("(?i)^Paper" + DOT + "(?:arXiv:)?(\\d{4}\\.\\d{4,5})(?:v\\d+)?"
            + "(?:" + DOT + "(?:Published\\s+(?:on\\s+)?)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*(\\d{4}))?)?"
            + "(?:" + DOT + "(\\d+(?:\\.\\d+)?[kK]?|-))?(?:" + DOT + "(\\d+))?\\s*$");
    private static final Pattern COUNT = Pattern.compile("^\\d{1,6}$");

    private final Clock clock;

    HuggingFaceCardFormat(Clock clock) {
        this.clock = clock;
    }

    static boolean isMeta(String cleanLine) {
        return cleanLine.regionMatches(true, 0, "Paper", 0, 5) && META.matcher(cleanLine).matches();
    }

    /** Reads the listing's lines, {@link ShapeText#cleanLines cleaned}. */
    ParseResult parse(List<String> lines) {
        List<ParsedPaper> papers = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int consumed = 0; // lines before this index belong to earlier cards
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = META.matcher(lines.get(i));
            if (!lines.get(i).regionMatches(true, 0, "Paper", 0, 5) || !m.matches()) {
                continue;
            }
            int t = i - 1;
            while (t >= consumed && lines.get(t).isEmpty()) {
                t--;
            }
            PaperDraft d = new PaperDraft(t >= consumed ? t + 1 : i + 1);
            d.arxivId = m.group(1);
            if (t >= consumed) {
                d.title = lines.get(t);
            } else {
                diagnostics.add(new Diagnostic(i + 1, "a Hugging Face paper card without a title line above it"));
            }
            d.published = PaperDate.dayOrNull(date(m.group(2), m.group(3), m.group(4)));
            if (d.published == null && m.group(2) != null) {
                // "Feb 29, 2021": the month and year are still known
                d.published = month(m.group(2), m.group(4));
                diagnostics.add(new Diagnostic(i + 1, "the card's date '" + m.group(2) + " " + m.group(3)
                        + (m.group(4) == null ? "" : ", " + m.group(4)) + "' is not a day"
                        + (d.published == null ? ": no date is kept" : ": the month is kept")));
            }
            if (m.group(5) != null) {
                d.upvotes = Upvotes.parse(m.group(5));
            }
            if (m.group(6) != null) {
                d.comments = Integer.valueOf(m.group(6));
            }
            consumed = i + 1;
            int next = nextNonBlank(lines, i + 1);
            // a lone number under the card is its comment count, unless it is the title of the next card
            if (next >= 0 && COUNT.matcher(lines.get(next)).matches() && d.comments == null) {
                int after = nextNonBlank(lines, next + 1);
                if (after < 0 || !isMeta(lines.get(after))) {
                    d.comments = Integer.valueOf(lines.get(next));
                    consumed = next + 1;
                }
            }
            papers.add(d.toPaper());
        }
        return new ParseResult(NAME, papers, diagnostics);
    }

    private static int nextNonBlank(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    /** The month of a card whose day does not exist, when it names its year; else null. */
    private static PaperDate month(String month, String year) {
        int mo = PaperMeta.month(month);
        try {
            return mo == 0 || year == null ? null : PaperDate.month(Integer.parseInt(year), mo);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The card's date; without a year it is this year's, or last year's when that day is still to come. */
    private LocalDate date(String month, String day, String year) {
        if (month == null) {
            return null;
        }
        int mo = PaperMeta.month(month);
        if (mo == 0) {
            return null;
        }
        try {
            int d = Integer.parseInt(day);
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), mo, d);
            }
            LocalDate today = LocalDate.now(clock);
            LocalDate thisYear = LocalDate.of(today.getYear(), mo, d);
            // a page seen a little ahead of this clock's time zone may show tomorrow; a later day is last year's
            return thisYear.isAfter(today.plusDays(1)) ? thisYear.minusYears(1) : thisYear;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
