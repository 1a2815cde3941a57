package org.lectern.listing.split;

/**
 * The hashed features of a choice between two nearby boundaries of one run: the title ends after word
 * {@code e} (earlier) or after word {@code l} (later), and the words between them belong to the abstract
 * or to the title. The first stage scores each boundary alone; these describe the pair: the words between
 * (their shapes, endings, and how often the training papers open an abstract or end a title with them),
 * and how the abstract reads from either boundary (its opening words, how far its first lower-case word
 * is, the subject against its verb).
 */
final class PairFeatures {
    static final int PER_PAIR = 28;
    /** The farthest apart two boundaries may be for the pair to be re-ranked. */
    static final int REACH = 3;
    private static final int NONE = 0x7fffffff;
    private static final int TEMPLATES = 100;

    // word classes by ending: what part of speech a word is likely to be
    private static final int ING = 1;
    private static final int ED = 2;
    private static final int LY = 3;
    private static final int AL = 4;
    private static final int PLURAL = 5;
    private static final int ION = 6;

    private PairFeatures() {
    }

    /** Writes the pair's feature hashes to {@code out} from 0; {@code 1 <= e < l < t.size}. */
    static void extract(Tokens t, WordStats.Lookup stats, int e, int l, int[] out) {
        int n = t.size;
        int d = l - e;
        int[] verbs = Agreement.verbNumbers(t);
        int[] expansion = Acronyms.expansionStarts(t);
        int[] run = Acronyms.runStarts(t, expansion);
        int shapes = 0;
        int statPattern = 0;
        for (int w = e; w < l; w++) {
            shapes = shapes * 8 + t.shape[w];
            statPattern = statPattern * 3 + leaning(stats, t.lower[w]);
        }
        int lower = 0;
        int capitalised = 0;
        for (int w = 0; w < e; w++) {
            lower += t.shape[w] == Tokens.LOWER ? 1 : 0;
            capitalised += t.shape[w] == Tokens.CAP || t.shape[w] == Tokens.UPPER ? 1 : 0;
        }
        int style = lower == 0 ? 0 : capitalised > lower ? 1 : 2;
        int first = e;
        int last = l - 1;
        int after = l;
        int next = l + 1 < n ? t.lower[l + 1] : NONE;
        int lowerAfter = firstLower(t, l);
        int lowerEarly = firstLower(t, e);
        int reachL = Math.min(lowerEarly - e, 7);
        int reachR = Math.min(lowerAfter - l, 7);
        int i = 0;
        out[i++] = h(i, d, 0);
        out[i++] = h(i, shapes, t.shape[after]);
        out[i++] = h(i, t.lower[first], d);
        out[i++] = h(i, t.raw[first], 0);
        out[i++] = h(i, t.lower[last], d);
        out[i++] = h(i, wordClass(t, first) * 8 + t.shape[first], first + 1 < n ? t.shape[first + 1] : 7);
        out[i++] = h(i, wordClass(t, last) * 8 + t.shape[last], d);
        out[i++] = h(i, opener(stats, t.lower[first]), t.shape[first]);
        out[i++] = h(i, finalWord(stats, t.lower[last]), d);
        out[i++] = h(i, opener(stats, t.lower[after]), t.shape[after]);
        out[i++] = h(i, finalWord(stats, t.lower[e - 1]), t.shape[e - 1]);
        out[i++] = h(i, t.lower[e - 1], t.lower[first]);
        out[i++] = h(i, t.lower[last], t.lower[after]);
        out[i++] = h(i, t.lower[first], first + 1 < n ? t.lower[first + 1] : NONE);
        out[i++] = h(i, t.lower[after], next);
        out[i++] = h(i, reachL * 8 + reachR, lowerAfter < n ? wordClass(t, lowerAfter) : 7);
        out[i++] = h(i, lowerAfter < n && reachR < 7 ? t.lower[lowerAfter] : NONE, d);
        out[i++] = h(i, style, shapes);
        out[i++] = h(i, Agreement.opening(t, verbs, e), Agreement.opening(t, verbs, l));
        out[i++] = h(i, Acronyms.startsAt(expansion, e, n), Acronyms.startsAt(expansion, l, n) * 4 + d);
        out[i++] = h(i, Math.min(e, 20), d);
        out[i++] = h(i, statPattern, d * 8 + t.shape[after]);
        out[i++] = h(i, magnitude(stats.level(WordStats.IN_TITLE, t.lower[first])), wordClass(t, first) * 8 + t.shape[first]);
        out[i++] = h(i, t.ending[e - 1], t.ending[last]);
        out[i++] = h(i, t.lower[first], t.shape[after]);
        out[i++] = h(i, magnitude(stats.level(WordStats.OPENER, t.lower[first])),
                magnitude(stats.level(WordStats.OPENER, t.lower[after])));
        out[i++] = h(i, Acronyms.runRelation(expansion, run, e, n) & 7, Acronyms.runRelation(expansion, run, l, n) & 7);
        out[i++] = h(i, Agreement.at(t, verbs, e), Agreement.at(t, verbs, l));
    }

    private static int h(int template, int a, int b) {
        return Features.h(TEMPLATES + template, a, b);
    }

    /** The word's first lower-case word at or after w (the word count when none within the words read). */
    private static int firstLower(Tokens t, int w) {
        for (int j = w; j < t.size; j++) {
            if (t.shape[j] == Tokens.LOWER || t.shape[j] == Tokens.SMALL) {
                return j;
            }
        }
        return t.size;
    }

    /** How often the word opens an abstract against how often it ends a title, in doublings, and how often at all. */
    private static int opener(WordStats.Lookup stats, int lowerHash) {
        int o = stats.level(WordStats.OPENER, lowerHash);
        int f = stats.level(WordStats.FINAL, lowerHash);
        return ratio(o, f) * 8 + magnitude(o);
    }

    private static int finalWord(WordStats.Lookup stats, int lowerHash) {
        int o = stats.level(WordStats.OPENER, lowerHash);
        int f = stats.level(WordStats.FINAL, lowerHash);
        return ratio(o, f) * 8 + magnitude(f);
    }

    /** 0 when the word leans to neither, 1 to opening abstracts, 2 to ending titles (by more than a doubling). */
    private static int leaning(WordStats.Lookup stats, int lowerHash) {
        int r = ratio(stats.level(WordStats.OPENER, lowerHash), stats.level(WordStats.FINAL, lowerHash)) - 5;
        return r > 1 ? 1 : r < -1 ? 2 : 0;
    }

    /** The log ratio of two levels in doublings, within -5..5, shifted to 0..10. */
    private static int ratio(int a, int b) {
        int r = Math.round((float) (a - b) / WordStats.LEVELS_PER_DOUBLING);
        return Math.max(-5, Math.min(5, r)) + 5;
    }

    /** A level in doublings, within 0..7 (0: never seen). */
    private static int magnitude(int level) {
        return level == 0 ? 0 : Math.min(7, 1 + (level - 1) / (2 * WordStats.LEVELS_PER_DOUBLING));
    }

    /** The word's class by its ending: -ing, -ed, -ly, -al, a plural -s, -ion, or none of them (0). */
    static int wordClass(Tokens t, int w) {
        int to = t.end[w];
        int from = t.start[w];
        while (to > from && !Character.isLetter(t.text.charAt(to - 1))) {
            to--;
        }
        if (endsWith(t.text, from, to, "ing")) {
            return ING;
        }
        if (endsWith(t.text, from, to, "ed")) {
            return ED;
        }
        if (endsWith(t.text, from, to, "ly")) {
            return LY;
        }
        if (endsWith(t.text, from, to, "al")) {
            return AL;
        }
        if (endsWith(t.text, from, to, "ion")) {
            return ION;
        }
        return endsWith(t.text, from, to, "s") && !endsWith(t.text, from, to, "ss") ? PLURAL : 0;
    }

    private static boolean endsWith(String text, int from, int to, String ending) {
        int at = to - ending.length();
        return at > from && text.regionMatches(true, at, ending, 0, ending.length());
    }
}
