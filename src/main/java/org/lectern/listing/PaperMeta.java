package org.lectern.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "6 authors · Dec 13, 2022 [3]" tail of a Hugging Face paper: author count, first-version date and the
 * optional discussion comment count.
 *
 * @param headEnd where the text before the tail ends (the title and abstract, or nothing on a meta line)
 */
record PaperMeta(int authors, LocalDate published, Integer comments, int headEnd) {

    /** How a meta tail is written, shown to readers when a line lacks one. */
    static final String EXAMPLE = "… 6 authors · Dec 13, 2022";

    /**
     * Only the tail is matched, so a 2,000-character line costs no more than a short one. The separator
     * may be "·", "•", "|", "-" or nothing, the month short or long, the year and the comment count optional.
     */
    private static final Pattern TAIL = Pattern.compile((
            "(?:^|\\s)(\\d{1,7})\\s+authors?\\s*[·•|\\-–—,]?\\s*([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?"
                    + "(?:\\s*,\\s*|\\s+)?(\\d{4})?\\s*,?(?:\\s+(\\d{1,7}))?\\s*$")
            // a no-break space (as copied from a web page) counts as a space
            .replace("\\s", "[\\s\u00A0]"));
    private static final int TAIL_WINDOW = 90;

    /** Reads the meta at the end of a line, or null when the line does not end with one. */
    static PaperMeta parse(String line) {
        int at = line.lastIndexOf("author");
        if (at < 0) {
            return null;
        }
        int from = Math.max(0, at - 12);
        int end = line.length();
        // trailing spaces and stray control characters do not hide a meta tail
        while (end > at && (line.charAt(end - 1) <= ' ' || line.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        if (end - from > TAIL_WINDOW) {
            return null;
        }
        Matcher m = TAIL.matcher(line);
        m.region(from, end);
        if (!m.find()) {
            return null;
        }
        int month = month(m.group(2));
        if (month == 0) {
            return null;
        }
        int authors;
        try {
            authors = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return null;
        }
        LocalDate date = null;
        if (m.group(4) != null) {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(4)), month, Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        Integer comments = m.group(5) == null ? null : Integer.valueOf(m.group(5));
        return new PaperMeta(authors, date, comments, m.start(1));
    }

    /** 1..12 for an English month name or its abbreviation ("Sept" too), 0 otherwise. */
    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] months = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            if (n.equals(months[i]) || n.equals(full[i]) || (i == 8 && n.equals("sept"))) {
                return i + 1;
            }
        }
        return 0;
    }
}
