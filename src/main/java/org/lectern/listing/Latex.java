package org.lectern.listing;

import java.text.Normalizer;
import java.util.Map;

/** Turns BibTeX field text into plain text: accents, escapes, dashes and braces; counts "A and B" authors. */
final class Latex {
    private Latex() {
    }

    /** Accent commands as Unicode combining marks, composed afterwards by NFC. */
    private static final Map<Character, Character> ACCENTS = Map.ofEntries(
            Map.entry('"', '\u0308'), Map.entry('\'', '\u0301'), Map.entry('`', '\u0300'), Map.entry('^', '\u0302'),
            Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('.', '\u0307'), Map.entry('c', '\u0327'),
            Map.entry('v', '\u030C'), Map.entry('u', '\u0306'), Map.entry('H', '\u030B'), Map.entry('k', '\u0328'));
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"),
            Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("textendash", "–"), Map.entry("textemdash", "—"),
            Map.entry("LaTeX", "LaTeX"), Map.entry("TeX", "TeX"));

    static String toText(String latex) {
        StringBuilder out = new StringBuilder(latex.length());
        int n = latex.length();
        for (int i = 0; i < n; i++) {
            char c = latex.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = latex.charAt(i + 1);
                if (ACCENTS.containsKey(next) && !(Character.isLetter(next) && i + 2 < n
                        && Character.isLetter(latex.charAt(i + 2)))) {
                    // \"a, \"{a}, \c{c}: the accented letter follows, perhaps in braces
                    int j = i + 2;
                    while (j < n && (latex.charAt(j) == '{' || latex.charAt(j) == ' ')) {
                        j++;
                    }
                    if (j < n && Character.isLetter(latex.charAt(j))) {
                        out.append(latex.charAt(j)).append(ACCENTS.get(next));
                        while (j + 1 < n && latex.charAt(j + 1) == '}') {
                            j++;
                        }
                        i = j;
                        continue;
                    }
                }
                if (!Character.isLetter(next)) {
                    // \& \% \_ \$ \# \{ \}: the character itself
                    out.append(next);
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < n && Character.isLetter(latex.charAt(j))) {
                    j++;
                }
                String command = latex.substring(i + 1, j);
                String symbol = SYMBOLS.get(command);
                if (symbol != null) {
                    out.append(symbol);
                }
                // any other command (\textit, \emph…) is dropped and its argument kept
                while (j < n && latex.charAt(j) == ' ' && symbol != null) {
                    j++;
                }
                i = j - 1;
            } else if (c == '{' || c == '}' || c == '$') {
                continue;
            } else if (c == '~') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        String text = Normalizer.normalize(out, Normalizer.Form.NFC)
                .replace("---", "—").replace("--", "–").replace("``", "“").replace("''", "”");
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Names separated by " and " outside braces; "others" (et al.) is not counted. */
    static Integer countAuthors(String authors) {
        int count = 0;
        int depth = 0;
        int start = 0;
        String s = authors.strip();
        for (int i = 0; i <= s.length(); i++) {
            boolean end = i == s.length();
            char c = end ? ' ' : s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            if (end || depth == 0 && Character.isWhitespace(c) && s.regionMatches(true, i + 1, "and", 0, 3)
                    && i + 4 < s.length() && Character.isWhitespace(s.charAt(i + 4))) {
                String name = s.substring(start, i).strip();
                if (!name.isEmpty() && !name.equalsIgnoreCase("others")) {
                    count++;
                }
                start = i + 4;
                if (!end) {
                    i += 3;
                }
            }
        }
        return count == 0 ? null : count;
    }
}
