package org.lectern.listing;

import java.text.Normalizer;

/**
 * Turns BibTeX field text into the plain text a reader sees: accents and symbols as Unicode, the ligatures
 * ("--", "``") as their characters, formatting commands and protective braces dropped, math kept readable
 * ("$\alpha$-divergence" reads "α-divergence").
 */
final class Latex {
    private final String s;

    private Latex(String s) {
        this.s = s;
    }

    static String toText(String latex) {
        if (latex == null || latex.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(latex.length());
        new Latex(latex).text(0, latex.length(), out);
        String text = Normalizer.isNormalized(out, Normalizer.Form.NFC) ? out.toString()
                : Normalizer.normalize(out, Normalizer.Form.NFC);
        return collapseSpaces(text);
    }

    /** Runs of white space as one space, none at the ends. */
    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private void text(int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> i = command(i, to, out);
                case '{', '}', '$' -> i++;
                case '~' -> {
                    out.append(' ');
                    i++;
                }
                case '-' -> {
                    int run = run(i, to, '-');
                    out.append(run >= 3 ? "—" : run == 2 ? "–" : "-");
                    i += Math.min(run, 3);
                }
                case '`' -> {
                    boolean two = run(i, to, '`') >= 2;
                    out.append(two ? '“' : '‘');
                    i += two ? 2 : 1;
                }
                case '\'' -> {
                    boolean two = run(i, to, '\'') >= 2;
                    out.append(two ? "”" : "'");
                    i += two ? 2 : 1;
                }
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
    }

    private int run(int at, int to, char c) {
        int j = at;
        while (j < to && s.charAt(j) == c) {
            j++;
        }
        return j - at;
    }

    /** A command at {@code at} (its backslash); returns where the text after it starts. */
    private int command(int at, int to, StringBuilder out) {
        if (at + 1 >= to) {
            return to;
        }
        char next = s.charAt(at + 1);
        if (!isAsciiLetter(next)) {
            Character mark = LatexSymbols.ACCENTS.get(String.valueOf(next));
            if (mark != null) {
                return accent(at + 2, to, mark, out);
            }
            switch (next) {
                case '\\', ' ', '\n', '\r', '\t', ',', ';', ':' -> out.append(' ');
                // a hyphenation point, an italic correction, math delimiters: nothing to read
                case '!', '-', '/', '@', '(', ')', '[', ']' -> { }
                default -> out.append(next);
            }
            return at + 2;
        }
        int j = at + 1;
        while (j < to && isAsciiLetter(s.charAt(j))) {
            j++;
        }
        String word = s.substring(at + 1, j);
        Character mark = LatexSymbols.ACCENTS.get(word);
        if (mark != null) {
            return accent(j, to, mark, out);
        }
        // TeX reads the spaces after a control word as part of it ("Stra\ss e" is one word)
        int k = skipSpaces(j, to);
        String symbol = LatexSymbols.WORDS.get(word);
        if (symbol != null) {
            out.append(symbol);
            // after a math or text symbol the space is kept, so "\leq \epsilon" and "\TeX and" stay readable
            int after = LatexSymbols.LETTERS.contains(word) ? k : j;
            return after + 1 < to && s.charAt(after) == '{' && s.charAt(after + 1) == '}' ? after + 2 : after;
        }
        if (LatexSymbols.DROP_ARGUMENT.contains(word)) {
            if (k < to && s.charAt(k) == '[') {
                int close = s.indexOf(']', k);
                k = close < 0 || close >= to ? k : skipSpaces(close + 1, to);
            }
            return k < to && s.charAt(k) == '{' ? Math.min(to, closing(k, to) + 1) : k;
        }
        if (word.equals("frac") && k < to && s.charAt(k) == '{') {
            int end = closing(k, to);
            text(k + 1, end, out);
            out.append('/');
            return Math.min(to, end + 1);
        }
        // a formatting command (\textit, \emph, \mathcal…) or one not known: dropped, its argument read as text
        return k;
    }

    /** An accent's letter: "u", "{u}", "{\i}" or "\i", with its mark after it for NFC to compose. */
    private int accent(int at, int to, char mark, StringBuilder out) {
        int k = skipSpaces(at, to);
        if (k >= to) {
            return to;
        }
        StringBuilder base = new StringBuilder();
        int end;
        char c = s.charAt(k);
        if (c == '{') {
            int close = closing(k, to);
            text(k + 1, close, base);
            end = Math.min(to, close + 1);
        } else if (c == '\\') {
            end = command(k, to, base);
        } else {
            base.append(c);
            end = k + 1;
        }
        if (base.isEmpty()) {
            return end;
        }
        int first = base.offsetByCodePoints(0, 1);
        // a letter already accented ({\^{e}} under \~) keeps its marks in order: the new one goes after them
        while (first < base.length() && Character.getType(base.charAt(first)) == Character.NON_SPACING_MARK) {
            first++;
        }
        String letter = base.substring(0, first);
        // the dotless i and j carry accents in TeX; in Unicode the accent goes on the plain letter
        if (letter.startsWith("ı") || letter.startsWith("ȷ")) {
            letter = (letter.startsWith("ı") ? "i" : "j") + letter.substring(1);
        }
        out.append(letter).append(mark).append(base, first, base.length());
        return end;
    }

    /** The index of the '}' closing the '{' at {@code open}, or {@code to} when it is never closed. */
    private int closing(int open, int to) {
        int close = Braces.closing(s, open, to);
        return close < 0 ? to : close;
    }

    private int skipSpaces(int at, int to) {
        int k = at;
        while (k < to && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
