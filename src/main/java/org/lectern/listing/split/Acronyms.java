package org.lectern.listing.split;

/**
 * Acronyms and their definitions. An abstract usually spells out the acronym its title coins, "...
 * Role-Playing (LARP)", so a title word defined in brackets after the boundary is a sign the boundary is
 * right; and a boundary inside a spelled-out form ("Large Language | Models (LLMs)") is a sign it is wrong.
 */
final class Acronyms {
    private static final int MAX_LENGTH = 15;

    private Acronyms() {
    }

    /**
     * Every "(ACR)" of the whole text, as (char position << 32 | lower-case hash); a plural's "s" is dropped
     * too, so "(LLMs)" defines both "LLMs" and "LLM".
     */
    static long[] definitions(String text) {
        long[] out = new long[16];
        int count = 0;
        int i = text.indexOf('(');
        while (i >= 0 && count + 2 <= 64) {
            int close = -1;
            int caps = 0;
            for (int j = i + 1; j < Math.min(text.length(), i + 2 + MAX_LENGTH); j++) {
                char c = text.charAt(j);
                if (c == ')') {
                    close = j;
                    break;
                }
                if (Character.isWhitespace(c) || c == '(') {
                    break;
                }
                if (Character.isUpperCase(c)) {
                    caps++;
                }
            }
            if (close > i + 2 && caps >= 2) {
                if (count + 2 > out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                }
                int h = 0;
                for (int j = i + 1; j < close; j++) {
                    h = 31 * h + Character.toLowerCase(text.charAt(j));
                }
                out[count++] = (long) i << 32 | (h & 0xffffffffL);
                if (text.charAt(close - 1) == 's') {
                    int singular = 0;
                    for (int j = i + 1; j < close - 1; j++) {
                        singular = 31 * singular + Character.toLowerCase(text.charAt(j));
                    }
                    out[count++] = (long) i << 32 | (singular & 0xffffffffL);
                }
            }
            i = text.indexOf('(', i + 1);
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /** The char position of the last definition of the word with this lower-case hash, -1 when none. */
    static int lastDefinition(long[] definitions, int lowerHash) {
        int at = -1;
        for (long d : definitions) {
            if ((int) d == lowerHash) {
                at = Math.max(at, (int) (d >>> 32));
            }
        }
        return at;
    }

    /** For each bracketed acronym among the words, the index of the word where its spelled-out form starts, else -1. */
    static int[] expansionStarts(Tokens t) {
        int[] start = new int[t.size];
        for (int j = 0; j < t.size; j++) {
            start[j] = expansionOf(t, j);
        }
        return start;
    }

    /** The index of the word where the spelled-out form of the bracketed acronym at word {@code bracket} starts, else -1. */
    static int expansionOf(Tokens t, int bracket) {
        return bracket > 0 && t.bracketed[bracket] && t.capitals[bracket] >= 2
                ? expansionStart(t, bracket, letters(t.text, t.start[bracket], t.end[bracket])) : -1;
    }

    static boolean crosses(int[] expansion, int k, int n) {
        for (int j = k; j < Math.min(n, k + 12); j++) {
            if (expansion[j] >= 0 && expansion[j] < k) {
                return true;
            }
        }
        return false;
    }

    /**
     * 1 when a spelled-out acronym starts right after the boundary, 2 when it starts one word later (an
     * opener before it: "Training Large Language Models (LLMs)"), else 0.
     */
    static int startsAt(int[] expansion, int k, int n) {
        for (int j = k; j < Math.min(n, k + 10); j++) {
            if (expansion[j] == k) {
                return 1;
            }
            if (expansion[j] == k + 1) {
                return 2;
            }
        }
        return 0;
    }

    /**
     * For each spelled-out acronym (by its bracket word), where the capitalised run that leads into it
     * starts: up to three capitalised words before the spelled-out form, none of them ending in
     * punctuation ("Pretraining | Large Language Models (LLMs)"). A boundary at the run's start reads as an
     * abstract opening its sentence; a boundary inside the run leaves the title ending on a lead-in word.
     */
    static int[] runStarts(Tokens t, int[] expansion) {
        int[] run = new int[t.size];
        for (int j = 0; j < t.size; j++) {
            int r = expansion[j];
            if (r >= 0) {
                while (r > 0 && expansion[j] - r < 3 && t.ending[r - 1] == Tokens.END_NONE
                        && (t.shape[r - 1] == Tokens.CAP || t.shape[r - 1] == Tokens.UPPER)) {
                    r--;
                }
            }
            run[j] = r;
        }
        return run;
    }

    /**
     * How boundary k stands to the next spelled-out acronym's lead-in run, as lead * 8 + relation: relation 1
     * when the run starts at k before the spelled-out form, 2 when k cuts the run's lead-in, 3 when k is
     * right before the spelled-out form after a lead-in, 4 when the form starts at k with no lead-in; 0 when
     * no acronym starts within reach. lead is the lead-in's length in words (0 to 3).
     */
    static int runRelation(int[] expansion, int[] run, int k, int n) {
        for (int j = k; j < Math.min(n, k + 12); j++) {
            int e = expansion[j];
            if (e < k) {
                continue;
            }
            int r = run[j];
            int lead = e - r;
            int relation = k == r ? (lead > 0 ? 1 : 4) : k > r && k < e ? 2 : k == e ? 3 : 0;
            return relation == 0 ? 0 : lead * 8 + relation;
        }
        return 0;
    }

    /** The acronym's letters and digits, a plural "s" dropped: "(LLMs)," gives "LLM". */
    private static String letters(String text, int s, int e) {
        StringBuilder b = new StringBuilder();
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        int len = b.length();
        if (len > 2 && b.charAt(len - 1) == 's' && Character.isUpperCase(b.charAt(len - 2))) {
            b.setLength(len - 1);
        }
        return b.toString();
    }

    /** Walks back from the bracket matching word initials (or a word's own capitals) to the acronym's start. */
    private static int expansionStart(Tokens t, int paren, String acronym) {
        int p = acronym.length();
        int i = paren - 1;
        while (p > 0 && i >= 0 && paren - i <= acronym.length() + 4) {
            int used = match(t.text, t.start[i], t.end[i], acronym, p);
            if (used > 0) {
                p -= used;
            } else if (t.shape[i] != Tokens.SMALL) {
                return -1;
            }
            i--;
        }
        return p == 0 ? i + 1 : -1;
    }

    /** How many acronym letters ending at p the word accounts for: its own capitals, its hyphen parts' initials, or its initial. */
    private static int match(String text, int s, int e, String acronym, int p) {
        while (s < e && !Character.isLetterOrDigit(text.charAt(s))) {
            s++;
        }
        if (s >= e) {
            return 0;
        }
        StringBuilder caps = new StringBuilder();
        StringBuilder initials = new StringBuilder();
        boolean partStart = true;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                caps.append(c);
            }
            if (c == '-') {
                partStart = true;
            } else if (partStart && Character.isLetterOrDigit(c)) {
                initials.append(c);
                partStart = false;
            }
        }
        if (caps.length() > 1 && endsWith(acronym, p, caps)) {
            return caps.length();
        }
        if (initials.length() > 1 && endsWith(acronym, p, initials)) {
            return initials.length();
        }
        return Character.toLowerCase(text.charAt(s)) == Character.toLowerCase(acronym.charAt(p - 1)) ? 1 : 0;
    }

    private static boolean endsWith(String acronym, int p, CharSequence part) {
        int len = part.length();
        if (len > p) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (Character.toLowerCase(acronym.charAt(p - len + i)) != Character.toLowerCase(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
