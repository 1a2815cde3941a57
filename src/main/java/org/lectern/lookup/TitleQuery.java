package org.lectern.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * arXiv {@code search_query} text for a title. The query language has no escape for a quote inside a
 * phrase, and its search ignores punctuation anyway, so the title is reduced to its letters, digits and
 * decimal points (2.0 stays one term) before it goes between quotes; the client URL-encodes the result.
 */
final class TitleQuery {
    private static final Pattern NOT_TERM = Pattern.compile("(?:(?<!\\p{N})\\.|\\.(?!\\p{N})|[^\\p{L}\\p{N}.])+");

    private TitleQuery() {
    }

    /** The title's searchable terms, in order. */
    static List<String> terms(String title) {
        List<String> out = new ArrayList<>();
        if (title == null) return out;
        for (String t : NOT_TERM.split(title.strip())) if (!t.isEmpty()) out.add(t);
        return out;
    }

    /** {@code ti:"w1 w2 …"} over the first {@code limit} terms, or null when the title has none. */
    static String phrase(String title, int limit) {
        List<String> t = terms(title);
        if (t.isEmpty()) return null;
        return "ti:\"" + String.join(" ", t.subList(0, Math.min(limit, t.size()))) + "\"";
    }
}
