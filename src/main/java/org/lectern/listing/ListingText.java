package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;

/** A listing's text cut into lines, whatever its line ends (LF, CRLF, CR or a mix) and without a BOM. */
final class ListingText {
    final List<String> lines;
    /** Lines that cannot be text (a NUL, or bytes that did not decode), blanked in {@link #lines}. */
    final List<Diagnostic> damaged;

    /** How many lines go by between two progress reports. */
    private static final int REPORT_EVERY = 250;
    private ListingReader.Progress progress;
    private int nextReport;

    private ListingText(List<String> lines, List<Diagnostic> damaged) {
        this.lines = lines;
        this.damaged = damaged;
    }

    static ListingText of(String text) {
        List<String> lines = new ArrayList<>();
        int n = text.length();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        List<Diagnostic> damaged = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String why = damage(lines.get(i));
            if (why != null) {
                damaged.add(new Diagnostic(i + 1, why));
                lines.set(i, ""); // one diagnostic for the line; the readers see a blank line
            }
        }
        return new ListingText(lines, damaged);
    }

    /** Why a line cannot be read as text, or null when it can. */
    static String damage(String line) {
        int replaced = line.indexOf('\uFFFD');
        if (replaced >= 0) {
            return "the line is not valid UTF-8 text (undecodable bytes from column " + (replaced + 1)
                    + ", shown as \uFFFD); it was skipped";
        }
        int nul = line.indexOf('\u0000');
        if (nul >= 0) {
            return "the line holds a NUL character (column " + (nul + 1) + "), which text never has; it was skipped";
        }
        return null;
    }

    int size() {
        return lines.size();
    }

    /** From now on, {@code progress} hears how far the readers have come (every few hundred lines). */
    void watch(ListingReader.Progress progress) {
        this.progress = progress;
        this.nextReport = REPORT_EVERY;
    }

    /** The line with the given 1-based number. */
    String line(int number) {
        if (progress != null && number >= nextReport) {
            nextReport = number + REPORT_EVERY;
            progress.read(number, lines.size());
        }
        return lines.get(number - 1);
    }

    /** Hands {@code each} every line that holds text, with its 1-based number, in order. */
    void eachFilledLine(FilledLine each) {
        for (int n = 1; n <= size(); n++) {
            String line = line(n);
            if (!isBlank(line)) {
                each.accept(n, line);
            }
        }
    }

    /** One line that holds text, and its number. */
    @FunctionalInterface
    interface FilledLine {
        void accept(int number, String line);
    }

    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\uFEFF') {
                return false;
            }
        }
        return true;
    }
}
