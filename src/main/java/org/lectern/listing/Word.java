package org.lectern.listing;

import java.util.Set;

/** One whitespace-separated word of a title+abstract run, classified by the shape the splitter cares about. */
final class Word {
    /** Lower-case words that Title Case keeps lower-case: seeing them says nothing about the case style. */
    static final Set<String> TITLE_SMALL = Set.of(
            "a", "an", "the", "and", "or", "but", "nor", "for", "of", "in", "on", "at", "to", "by", "with",
            "via", "from", "into", "onto", "as", "vs", "vs.", "per", "up", "over", "under", "upon", "than",
            "through", "without", "within", "across", "between", "versus", "towards", "toward", "about",
            "after", "before", "against", "beyond", "among", "during", "that", "not", "so", "yet", "off", "out");

    enum Shape {
        /** Punctuation only, e.g. a lone ":" or "-". */
        PUNCT,
        /** Starts with a digit: "3D", "2.0", "100". */
        NUMBER,
        /** A lower-case word that Title Case also writes lower-case ("of", "with"). */
        SMALL,
        /** A lower-case content word: a sign of sentence case ("language", "we", "is"). */
        LOWER,
        /** Starts lower-case but has capitals later: a name ("mPLUG", "sDPO"). */
        NAME_LOWER,
        /** Capitalised, the rest of the first part lower-case ("Large", "Pre-training"). */
        CAP,
        /** Two or more capitals: an acronym or a CamelCase name ("LLM", "GPT-4", "ERNIE-ViL"). */
        UPPER
    }

    final int start;
    final int end;
    final String text;
    /** The word without surrounding quotes, brackets and trailing punctuation. */
    final String core;
    final Shape shape;
    final char last;
    final boolean openParen;

    Word(String source, int start, int end) {
        this.start = start;
        this.end = end;
        this.text = source.substring(start, end);
        this.last = text.charAt(text.length() - 1);
        this.openParen = text.charAt(0) == '(' || text.charAt(0) == '[';
        this.core = core(text);
        this.shape = shape(core);
    }

    /** True when the word closes a sentence: titles almost never do that, abstracts' first sentences always do. */
    boolean endsSentence() {
        if (last != '.' || core.length() < 2) {
            return false;
        }
        // "et al." / "vs." / "e.g." / single initials are abbreviations, not sentence ends
        String lower = core.toLowerCase();
        return !(lower.equals("al") || lower.equals("vs") || lower.equals("e.g") || lower.equals("i.e")
                || lower.equals("etc") || lower.equals("fig") || lower.equals("eq"));
    }

    boolean isCapitalised() {
        return shape == Shape.CAP || shape == Shape.UPPER;
    }

    boolean isLowerStart() {
        return shape == Shape.LOWER || shape == Shape.SMALL;
    }

    static String core(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isWrapper(text.charAt(from))) {
            from++;
        }
        while (to > from && (isWrapper(text.charAt(to - 1)) || isTrailing(text.charAt(to - 1)))) {
            to--;
        }
        return text.substring(from, to);
    }

    private static boolean isWrapper(char c) {
        return c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019' || c == '*' || c == '`';
    }

    private static boolean isTrailing(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!';
    }

    static Shape shape(String core) {
        if (core.isEmpty()) {
            return Shape.PUNCT;
        }
        char first = core.charAt(0);
        if (Character.isDigit(first)) {
            return Shape.NUMBER;
        }
        if (!Character.isLetter(first)) {
            return Shape.PUNCT;
        }
        if (Character.isLowerCase(first)) {
            for (int i = 1; i < core.length(); i++) {
                if (Character.isUpperCase(core.charAt(i))) {
                    return Shape.NAME_LOWER;
                }
            }
            return TITLE_SMALL.contains(core) ? Shape.SMALL : Shape.LOWER;
        }
        // capitals after the first letter, within the first hyphen part or anywhere, mark an acronym or name
        for (int i = 1; i < core.length(); i++) {
            char c = core.charAt(i);
            if (Character.isUpperCase(c)) {
                return Shape.UPPER;
            }
            if (c == '-') {
                break;
            }
        }
        return Shape.CAP;
    }
}
