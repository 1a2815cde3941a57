package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;

/** A listing's text cut into lines, whatever its line ends (LF, CRLF, CR or a mix) and without a BOM. */
final class ListingText {
    final List<String> lines;

    private ListingText(List<String> lines) {
        this.lines = lines;
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
        return new ListingText(lines);
    }

    int size() {
        return lines.size();
    }

    /** The line with the given 1-based number. */
    String line(int number) {
        return lines.get(number - 1);
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
