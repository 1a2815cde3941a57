package org.lectern.listing.split;

/**
 * The first words of a "TITLE ABSTRACT" run with everything the features ask of each word worked out once:
 * hashes of the word as written and lower-cased, its shape and the punctuation it ends with. Plain arrays,
 * because the splitter reads every listing line and allocation per word would dominate its time.
 */
final class Tokens {
    /** Words looked at: candidates end at {@link Features#MAX_TITLE_WORDS}, the rest is look-ahead. */
    static final int MAX_WORDS = 48;

    // shapes: what a word looks like to a reader deciding "is this still the title?"
    static final int PUNCT = 0;
    static final int NUMBER = 1;
    static final int SMALL = 2;   // a lower-case word that Title Case also writes lower-case ("of", "with")
    static final int LOWER = 3;   // a lower-case content word
    static final int NAME = 4;    // starts lower-case with capitals later ("mPLUG")
    static final int CAP = 5;     // capitalised ("Large")
    static final int UPPER = 6;   // two or more capitals ("LLM", "GPT-4")

    // what the word ends with
    static final int END_NONE = 0;
    static final int END_COLON = 1;
    static final int END_COMMA = 2;
    static final int END_PERIOD = 3;
    static final int END_QUESTION = 4;
    static final int END_OTHER = 5;

    final String text;
    int size;
    final int[] start = new int[MAX_WORDS];
    final int[] end = new int[MAX_WORDS];
    /** Hash of the word as written, punctuation included. */
    final int[] raw = new int[MAX_WORDS];
    /** Hash of the word's letters and digits, lower-cased, without wrapping quotes or trailing punctuation. */
    final int[] lower = new int[MAX_WORDS];
    /** Hash of the word's character classes ("Xx-X" for "Vision-Language"), repeats collapsed. */
    final int[] pattern = new int[MAX_WORDS];
    final int[] shape = new int[MAX_WORDS];
    final int[] ending = new int[MAX_WORDS];
    /** Length of the word's core (without wrappers and trailing punctuation). */
    final int[] coreLength = new int[MAX_WORDS];
    /** The word is wrapped in brackets: "(LLMs)". */
    final boolean[] bracketed = new boolean[MAX_WORDS];
    /** Hash of the core's last three characters, lower-cased: "-ing", "-ly", "-ed" say what kind of word it is. */
    final int[] suffix = new int[MAX_WORDS];
    /** Capital letters in the core: two or more make an acronym candidate. */
    final int[] capitals = new int[MAX_WORDS];

    Tokens(String text) {
        this.text = text;
        int n = text.length();
        int i = 0;
        while (i < n && size < MAX_WORDS) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                describe(size++, s, i);
            }
        }
    }

    private void describe(int w, int s, int e) {
        start[w] = s;
        end[w] = e;
        int from = s;
        int to = e;
        while (from < to && isWrapper(text.charAt(from))) {
            from++;
        }
        char last = text.charAt(e - 1);
        while (to > from && (isWrapper(text.charAt(to - 1)) || isTrailing(text.charAt(to - 1)))) {
            to--;
        }
        // "(LLMs)", "(LLMs),", and "(ToM)-the" where a dash runs the bracket into the next word
        bracketed[w] = (text.charAt(s) == '(' || text.charAt(s) == '[') && closesEarly(text, s + 1, e);
        ending[w] = endingOf(text, s, e);
        coreLength[w] = to - from;
        int r = 0;
        for (int j = s; j < e; j++) {
            r = 31 * r + text.charAt(j);
        }
        raw[w] = r;
        int l = 0;
        int p = 0;
        int prevClass = -1;
        int caps = 0;
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            int cls = charClass(c);
            l = 31 * l + toLower(c);
            if (cls == 1) {
                caps++;
            }
            if (cls != prevClass) {
                p = 37 * p + cls;
                prevClass = cls;
            }
        }
        lower[w] = l;
        int x = 0;
        for (int j = Math.max(from, to - 3); j < to; j++) {
            x = 31 * x + toLower(text.charAt(j));
        }
        suffix[w] = x;
        pattern[w] = p;
        capitals[w] = caps;
        shape[w] = shapeOf(text, from, to, l);
    }

    // ASCII through tables, the rest through Character: the same answers, and most text of a listing is ASCII
    private static final byte[] ASCII_CLASS = new byte[128];
    private static final boolean[] ASCII_SPACE = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_CLASS[c] = (byte) slowClass(c);
            ASCII_SPACE[c] = Character.isWhitespace(c);
        }
    }

    private static boolean isSpace(char c) {
        return c < 128 ? ASCII_SPACE[c] : Character.isWhitespace(c);
    }

    /** 1 upper-case, 2 lower-case, 3 digit, 4.. other characters (by their code, so "-" and "+" differ). */
    private static int charClass(char c) {
        return c < 128 ? ASCII_CLASS[c] : slowClass(c);
    }

    private static int slowClass(char c) {
        return Character.isUpperCase(c) ? 1 : Character.isLowerCase(c) ? 2 : Character.isDigit(c) ? 3 : 4 + c % 7;
    }

    private static char toLower(char c) {
        return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
    }

    private static int endingOf(String text, int s, int e) {
        char c = text.charAt(e - 1);
        switch (c) {
            case ':':
                return END_COLON;
            case ',':
            case ';':
                return END_COMMA;
            case '.':
                return e - s >= 3 ? END_PERIOD : END_OTHER;
            case '?':
            case '!':
                return END_QUESTION;
            default:
                return Character.isLetterOrDigit(c) || c == ')' || c == ']' || c == '"' ? END_NONE : END_OTHER;
        }
    }

    private static int shapeOf(String text, int from, int to, int lowerHash) {
        if (from >= to) {
            return PUNCT;
        }
        char first = text.charAt(from);
        if (Character.isDigit(first)) {
            return NUMBER;
        }
        if (!Character.isLetter(first)) {
            return PUNCT;
        }
        if (Character.isLowerCase(first)) {
            for (int j = from + 1; j < to; j++) {
                if (Character.isUpperCase(text.charAt(j))) {
                    return NAME;
                }
            }
            return SmallWords.contains(lowerHash) ? SMALL : LOWER;
        }
        for (int j = from + 1; j < to; j++) {
            char c = text.charAt(j);
            if (Character.isUpperCase(c)) {
                return UPPER;
            }
            if (c == '-') {
                break;
            }
        }
        return CAP;
    }

    /** The word closes a sentence: a period after a word of three or more characters ("al." does not). */
    boolean endsSentence(int w) {
        return ending[w] == END_PERIOD && coreLength[w] >= 3;
    }

    boolean isContent(int w) {
        int s = shape[w];
        return (s == LOWER || s == CAP || s == UPPER || s == NAME) && coreLength[w] > 3;
    }

    /** A word that may be an acronym the abstract defines: two or more capitals, short. */
    boolean isAcronym(int w) {
        return capitals[w] >= 2 && coreLength[w] <= 15;
    }

    /** A closing bracket ends the word, or comes just before its end, or is followed by a dash. */
    private static boolean closesEarly(String text, int from, int e) {
        for (int j = from; j < e; j++) {
            char c = text.charAt(j);
            if (c == ')' || c == ']') {
                return j >= e - 2 || text.charAt(j + 1) == '-' || text.charAt(j + 1) == '\u2013' || text.charAt(j + 1) == '\u2014';
            }
        }
        return false;
    }

    private static boolean isWrapper(char c) {
        return c == '"' || c == '\'' || c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '\u201c' || c == '\u201d' || c == '\u2018' || c == '\u2019' || c == '*' || c == '`';
    }

    private static boolean isTrailing(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '?' || c == '!';
    }
}
