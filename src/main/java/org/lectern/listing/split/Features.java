package org.lectern.listing.split;

/**
 * The hashed sparse features of every candidate boundary of one run: candidate c puts the title's end after
 * word c+1. Each candidate gets exactly {@link #PER_CANDIDATE} bucket indices, one per template below; a
 * template's value is hashed together with the template's number, so the model learns a weight for every
 * (template, value) pair it has seen, e.g. "the word after the boundary is 'we'" or "a sentence-case title
 * would be followed by a capitalised word".
 */
final class Features {
    /**
     * Titles longer than this many words are not considered: 4 of the corpus's 98,700 titles have more
     * than 30, none more than 40, and every candidate more costs time on every paper.
     */
    static final int MAX_TITLE_WORDS = 32;
    static final int PER_CANDIDATE = 45;
    /** The hash {@link Tokens#suffix} gives a word ending in "ing". */
    private static final int ING = ('i' * 31 + 'n') * 31 + 'g';
    /** Stands for a word beyond the run's end. */
    private static final int NONE = 0x7fffffff;

    private Features() {
    }

    /**
     * Writes the 32-bit feature hashes of each candidate to {@code out} (row c at c*PER_CANDIDATE) and
     * returns the count; each member of a model takes its own bits of them.
     */
    static int extract(Tokens t, int[] out) {
        int n = t.size;
        int candidates = Math.min(n - 1, MAX_TITLE_WORDS);
        if (candidates < 1) {
            return 0;
        }
        long[] definitions = Acronyms.definitions(t.text);
        int[] expansion = Acronyms.expansionStarts(t);
        int[] run = Acronyms.runStarts(t, expansion);
        int[] nextLower = nextLower(t);
        int[] verbs = Agreement.verbNumbers(t);
        int[] titleSet = new int[128];
        int[] titlePairs = new int[128];
        int lowerContent = 0;
        int capitalised = 0;
        int lastColon = -1;
        boolean sentence = false;
        boolean question = false;
        int defined = 0;
        int[] definedAt = new int[MAX_TITLE_WORDS];
        for (int k = 1; k <= candidates; k++) {
            int p = k - 1;
            // what the title side holds once word p is in it
            if (p > 0) {
                sentence |= t.endsSentence(p - 1);
                question |= t.ending[p - 1] == Tokens.END_QUESTION;
            }
            int shapeP = t.shape[p];
            if (shapeP == Tokens.LOWER) {
                lowerContent++;
            } else if ((shapeP == Tokens.CAP || shapeP == Tokens.UPPER) && p > 0 && t.ending[p - 1] != Tokens.END_COLON) {
                capitalised++;
            }
            if (t.ending[p] == Tokens.END_COLON) {
                lastColon = p;
            }
            // a title seldom holds a content word twice: the second is more likely the abstract's start
            boolean repeated = t.isContent(p) && !Hashes.add(titleSet, t.lower[p]);
            if (p > 0) {
                Hashes.add(titlePairs, 31 * t.lower[p - 1] + t.lower[p]);
            }
            if (t.isAcronym(p)) {
                definedAt[defined < MAX_TITLE_WORDS ? defined++ : MAX_TITLE_WORDS - 1] = Acronyms.lastDefinition(definitions, t.lower[p]);
            }
            int cut = t.start[k];
            int acronymsAfter = 0;
            for (int i = 0; i < defined; i++) {
                if (definedAt[i] >= cut) {
                    acronymsAfter++;
                }
            }
            int style = lowerContent == 0 ? 0 : capitalised > lowerContent ? 1 : 2;
            int w0 = t.lower[k];
            int w1 = k + 1 < n ? t.lower[k + 1] : NONE;
            int w2 = k + 2 < n ? t.lower[k + 2] : NONE;
            int s0 = t.shape[k];
            int s1 = k + 1 < n ? t.shape[k + 1] : 7;
            int sp2 = p > 0 ? t.shape[p - 1] : 7;
            int lp2 = p > 0 ? t.lower[p - 1] : NONE;
            int capsAhead = 0;
            for (int i = k; i < Math.min(n, k + 4); i++) {
                int s = t.shape[i];
                capsAhead = 3 * capsAhead + (s == Tokens.CAP || s == Tokens.UPPER ? 1 : s == Tokens.LOWER ? 2 : 0);
            }
            int repeats = (Hashes.contains(titleSet, w0) ? 1 : 0) + (k + 1 < n && Hashes.contains(titleSet, w1) ? 1 : 0)
                    + (k + 2 < n && Hashes.contains(titleSet, w2) ? 1 : 0);
            int cross = Acronyms.crosses(expansion, k, n) ? 3 : Acronyms.startsAt(expansion, k, n);
            int lead = Acronyms.runRelation(expansion, run, k, n);
            int relation = lead & 7;
            int o = (k - 1) * PER_CANDIDATE;
            out[o] = h(0, k, 0);
            out[o + 1] = h(1, Math.min(cut / 6, 40), 0);
            out[o + 2] = h(2, w0, 0);
            out[o + 3] = h(3, t.raw[k], 0);
            out[o + 4] = h(4, w0, w1);
            out[o + 5] = h(5, w0, 31 * w1 + w2);
            out[o + 6] = h(6, w1, 0);
            out[o + 7] = h(7, t.lower[p], 0);
            out[o + 8] = h(8, t.raw[p], 0);
            out[o + 9] = h(9, lp2, t.lower[p]);
            out[o + 10] = h(10, t.lower[p], w0);
            out[o + 11] = h(11, shapeP * 8 + s0, t.ending[p]);
            out[o + 12] = h(12, (sp2 * 8 + shapeP) * 8 + s0, s1);
            out[o + 13] = h(13, t.pattern[k], t.ending[k]);
            out[o + 14] = h(14, t.pattern[p], t.ending[p]);
            out[o + 15] = h(15, capsAhead, 0);
            out[o + 16] = h(16, style * 8 + s0, s1);
            out[o + 17] = h(17, Math.min(lowerContent, 6), Math.min(capitalised, 8));
            out[o + 18] = h(18, lastColon < 0 ? -1 : Math.min(p - lastColon, 12), t.ending[p]);
            out[o + 19] = h(19, sentence ? 1 : 0, t.ending[p]);
            out[o + 20] = h(20, question ? 1 : 0, s0);
            out[o + 21] = h(21, Math.min(acronymsAfter, 2), Math.min(defined, 3));
            out[o + 22] = h(22, cross, s0);
            out[o + 23] = h(23, repeats, s0);
            out[o + 24] = h(24, k >= 2 && w0 == t.lower[0] && w1 == t.lower[1] ? 1 : 0, 0);
            out[o + 25] = h(25, Math.min(k, 30), style);
            out[o + 26] = h(26, w0, style);
            out[o + 27] = h(27, w0, s1);
            // the abstract opening with a phrase of the title ("Scholar Inbox is..."), or the boundary cutting one
            out[o + 28] = h(28, Hashes.contains(titlePairs, 31 * w0 + w1) ? 1 : 0, s0);
            out[o + 29] = h(29, repeated ? 1 : 0, shapeP);
            out[o + 30] = h(30, Hashes.contains(titlePairs, 31 * t.lower[p] + w0) ? 1 : 0, 0);
            // word endings generalise beyond the words seen: a capitalised "-ing" word opens many abstracts
            out[o + 31] = h(31, t.suffix[k], s0 * 8 + s1);
            out[o + 32] = h(32, t.suffix[p], shapeP * 8 + s0);
            // a capitalised run leading into a spelled-out acronym opens a sentence: the abstract's, when the
            // boundary is at its start ("Pretraining Large Language Models (LLMs)"); the word kinds tell which
            out[o + 33] = h(33, lead, s0);
            out[o + 34] = h(34, relation, relation == 0 ? 0 : t.suffix[k]);
            out[o + 35] = h(35, relation, relation == 0 ? 0 : t.suffix[p]);
            out[o + 36] = h(36, relation, relation == 0 ? 0 : t.lower[k]);
            // an abstract seldom opens with a bracket: "... Management Systems | (RDBMS)" is a boundary one
            // run too late, whether or not the acronym's letters match the words before it
            out[o + 37] = h(37, t.bracketed[k] ? 1 : 0, (s0 * 8 + t.ending[p]) * 8 + shapeP);
            // the abstract's first sentence: how many words after the boundary before its first lower-case
            // word (its verb, often), which word that is, and the ending of the word leading into it
            int lowerAt = nextLower[k];
            int reach = Math.min(lowerAt - k, 7);
            out[o + 38] = h(38, reach, reach < 7 && lowerAt < n ? t.lower[lowerAt] : 0);
            out[o + 39] = h(39, reach * 8 + style, reach < 7 && lowerAt < n && lowerAt > k ? t.suffix[lowerAt - 1] : 0);
            // "Pretraining | Large Language Models (LLMs) ... is": a plural subject with a singular verb
            int agreement = Agreement.at(t, verbs, k);
            out[o + 40] = h(40, agreement, 0);
            // the same against the lead-in run: a gerund opening the abstract is a lead-in the boundary precedes
            out[o + 41] = h(41, agreement, relation);
            // a title does not say a word twice in a row: "Knowledge Editing Editing" puts the boundary one word late
            out[o + 42] = h(42, p > 0 && t.lower[p] == lp2 ? 1 : 0, t.lower[p] == w0 ? 1 : 0);
            // the opening sentence's subject against its verb, bracket or not ("Proving | Shannon-type entropy
            // inequalities is"), alone and against a title side that ends on a capitalised "-ing" word
            int opening = Agreement.opening(t, verbs, k);
            out[o + 43] = h(43, opening, 0);
            out[o + 44] = h(44, opening, shapeP == Tokens.CAP && t.suffix[p] == ING ? style + 1 : 0);
        }
        return candidates;
    }

    /** For each word, the index of the first lower-case word at or after it (the word count when none). */
    private static int[] nextLower(Tokens t) {
        int n = t.size;
        int[] next = new int[n + 1];
        next[n] = n;
        for (int i = n - 1; i >= 0; i--) {
            int s = t.shape[i];
            next[i] = s == Tokens.LOWER || s == Tokens.SMALL ? i : next[i + 1];
        }
        return next;
    }

    /** A template's value as a 32-bit mix, so neighbouring values land far apart in every member's bits. */
    static int h(int template, int a, int b) {
        int x = template * 0x9E3779B1 + a;
        x = (x ^ (x >>> 15)) * 0x85EBCA6B + b;
        x = (x ^ (x >>> 13)) * 0xC2B2AE35;
        x ^= x >>> 16;
        return x;
    }
}
