package org.lectern.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Author names as a reader writes them ("Yu Sun"), from BibTeX name lists ("Sun, Yu and Wang, Shuohuan and
 * others", "First von Last", "von Last, Jr, First", braced corporate names) and from RIS ("Sun, Yu").
 */
final class AuthorNames {
    private AuthorNames() {
    }

    /** The names of a BibTeX name list in their order; "others" (et al.) is left out. */
    static List<String> fromBibtex(String field) {
        List<String> raw = split(field.strip());
        if (raw.size() == 1) {
            // some hand-kept files list names with ';' or ", " instead of " and "
            List<String> semicolons = splitTopLevel(raw.get(0), ';');
            List<String> commas = splitTopLevel(raw.get(0), ',');
            if (semicolons.size() > 1) {
                raw = semicolons;
            } else if (commas.size() > 2 && commas.stream().allMatch(p -> p.strip().split("\\s+").length >= 2)) {
                raw = commas;
            }
        }
        List<String> names = new ArrayList<>(raw.size());
        for (String r : raw) {
            String name = display(r, true);
            if (name != null) {
                names.add(name);
            }
        }
        return List.copyOf(names);
    }

    /** One RIS name ("Sun, Yu", "Sun, Yu, Jr", "Yu Sun"), or null when it is empty. */
    static String fromRis(String value) {
        return display(value, false);
    }

    /** "First von Last Jr" from any of the three BibTeX forms; null for nothing or "others". */
    private static String display(String raw, boolean latex) {
        List<String> parts = new ArrayList<>();
        for (String p : splitTopLevel(raw, ',')) {
            String t = latex ? Latex.toText(p) : p.replaceAll("\\s+", " ").strip();
            parts.add(t);
        }
        String name = switch (parts.size()) {
            case 0 -> "";
            case 1 -> parts.get(0);
            case 2 -> join(parts.get(1), parts.get(0));
            default -> join(String.join(" ", parts.subList(2, parts.size())), join(parts.get(0), parts.get(1)));
        };
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || lower.equals("others") || lower.equals("et al.") || lower.equals("et al")) {
            return null;
        }
        return name;
    }

    private static String join(String first, String rest) {
        return (first.strip() + " " + rest.strip()).strip();
    }

    /** Where a separator starts at {@code i} outside braces: its length, 0 when none starts there. */
    private interface Separator {
        int at(String s, int i);
    }

    /** Names separated by "and" (any case) between spaces, outside braces. */
    private static List<String> split(String s) {
        return splitTopLevel(s, (t, i) -> Character.isWhitespace(t.charAt(i)) && i + 4 < t.length()
                && t.regionMatches(true, i + 1, "and", 0, 3) && Character.isWhitespace(t.charAt(i + 4)) ? 4 : 0);
    }

    private static List<String> splitTopLevel(String s, char separator) {
        return splitTopLevel(s, (t, i) -> t.charAt(i) == separator ? 1 : 0);
    }

    private static List<String> splitTopLevel(String s, Separator separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int at;
        while ((at = Braces.find(s, start, s.length(), (i, c, depth) -> depth == 0 && separator.at(s, i) > 0)) >= 0) {
            out.add(s.substring(start, at));
            start = at + separator.at(s, at);
        }
        out.add(s.substring(start));
        out.removeIf(String::isBlank);
        return out;
    }
}
