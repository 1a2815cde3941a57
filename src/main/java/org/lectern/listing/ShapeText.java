package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Small text helpers shared by the readers of copied web pages. */
final class ShapeText {
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u2009\u202F\u200A]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF\u00AD]");

    private ShapeText() {
    }

    /** A line as a reader sees it: no-break and thin spaces are spaces, runs of spaces one, no invisible marks. */
    static String clean(String line) {
        String s = INVISIBLE.matcher(line).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Every line of {@code text} {@link #clean cleaned}, in order, so line numbers stay those of the text. */
    static List<String> cleanLines(ListingText text) {
        List<String> lines = new ArrayList<>(text.lines.size());
        for (String l : text.lines) {
            lines.add(clean(l));
        }
        return lines;
    }

    /** Lines joined with single spaces, blank ones skipped. */
    static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (l.isBlank()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(l.strip());
        }
        return sb.toString();
    }

    static boolean isCut(String s) {
        String t = s.strip();
        return t.endsWith("…") || t.endsWith("...");
    }

    /**
     * Author names from a list such as "A One, B Two and C Three" or "A One, B Two…"; an ellipsis, "et al."
     * and "others" end the list and mark it cut. DBLP's homonym numbers ("Wei Wang 0001") are dropped.
     *
     * @param cut set to true in cut[0] when the list was shortened
     */
    static List<String> names(String list, boolean[] cut) {
        List<String> out = new ArrayList<>();
        String s = clean(list);
        boolean shortened = false;
        for (String marker : new String[] {"…", "...", "[…]", " et al.", " et al"}) {
            int at = s.indexOf(marker);
            if (at >= 0) {
                s = s.substring(0, at);
                shortened = true;
            }
        }
        for (String part : s.split(",|;|\\s+and\\s+|\\s+&\\s+")) {
            String name = part.strip().replaceAll("\\s+\\d{4}$", "");
            if (name.startsWith("and ")) {
                name = name.substring(4).strip();
            }
            if (name.equalsIgnoreCase("others")) {
                shortened = true;
                continue;
            }
            if (!name.isEmpty()) {
                out.add(name);
            }
        }
        if (cut != null) {
            cut[0] = shortened;
        }
        return out;
    }
}
