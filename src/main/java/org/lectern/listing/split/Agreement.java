package org.lectern.listing.split;

/**
 * Whether an abstract's opening sentence agrees in number with its subject when the boundary is put at k.
 * "Pretraining Large Language Models (LLMs) on large corpora is now a standard paradigm": a boundary
 * before "Large" makes the subject a plural noun ("Models (LLMs)") that "is" disagrees with, while a
 * boundary before "Pretraining" makes it a gerund, which is singular. This is English grammar (the forms
 * of "be" and "have"), not vocabulary of particular papers.
 */
final class Agreement {
    private static final int IS = SmallWords.hash("is");
    private static final int WAS = SmallWords.hash("was");
    private static final int HAS = SmallWords.hash("has");
    private static final int ARE = SmallWords.hash("are");
    private static final int WERE = SmallWords.hash("were");
    private static final int HAVE = SmallWords.hash("have");
    /** Words that open a clause of its own: a verb after them need not be the opening subject's. */
    private static final int THAT = SmallWords.hash("that");
    private static final int WHICH = SmallWords.hash("which");
    private static final int WHO = SmallWords.hash("who");
    private static final int WHERE = SmallWords.hash("where");
    private static final int WHILE = SmallWords.hash("while");
    private static final int AND = SmallWords.hash("and");
    /** Stands for a clause boundary in {@link #verbNumbers}. */
    private static final int CLAUSE = 3;
    /** How far after the bracket the verb may come, and how far after the boundary the bracket. */
    private static final int VERB_REACH = 14;
    static final int BRACKET_REACH = 8;

    private Agreement() {
    }

    /**
     * For each word, what it says of the opening sentence's verb: 1 a singular form of "be" or "have", 2 a
     * plural one, {@link #CLAUSE} a comma or a word opening another clause (a verb after it may be that
     * clause's), 0 neither.
     */
    static int[] verbNumbers(Tokens t) {
        int n = t.size;
        int[] number = new int[n];
        for (int i = 0; i < n; i++) {
            int w = t.lower[i];
            int s = t.shape[i];
            number[i] = s == Tokens.LOWER ? (w == IS || w == WAS || w == HAS ? 1 : w == ARE || w == WERE || w == HAVE ? 2
                    : w == WHICH || w == WHO || w == WHERE || w == WHILE ? CLAUSE : 0)
                    : s == Tokens.SMALL && (w == THAT || w == AND) ? CLAUSE : 0;
            if (number[i] == 0 && t.ending[i] != Tokens.END_NONE) {
                number[i] = CLAUSE;
            }
        }
        return number;
    }

    /**
     * A code for the opening sentence after boundary k: whether word k is a capitalised "-ing" word, whether
     * the noun before the first bracketed acronym is plural, the number of the verb after that bracket,
     * and how far the bracket is; 0 unless a run of words without punctuation, articles or prepositions
     * leads from the boundary straight into a bracketed acronym.
     */
    static int at(Tokens t, int[] verbs, int k) {
        int n = t.size;
        int bracket = -1;
        for (int j = k; j < Math.min(n, k + BRACKET_REACH); j++) {
            if (t.bracketed[j] && t.capitals[j] >= 2) {
                bracket = j;
                break;
            }
            int s = t.shape[j];
            if (s == Tokens.SMALL || s == Tokens.PUNCT || t.ending[j] != Tokens.END_NONE) {
                // "The use of large language models (LLMs) is": the subject's head is not the bracket's noun
                return 0;
            }
        }
        if (bracket < 0) {
            return 0;
        }
        int verb = verbAfter(verbs, bracket, n);
        int gerund = t.shape[k] == Tokens.CAP && endsWith(t, k, "ing") ? 1 : 0;
        int plural = bracket == k ? 2 : endsWith(t, bracket - 1, "s") ? 1 : 0;
        return 1 + ((gerund * 3 + plural) * 3 + verb) * 8 + Math.min(bracket - k, 7);
    }

    /**
     * The number of the first form of "be" or "have" after word {@code w} within reach: 1 singular, 2 plural, 0
     * when none comes before a comma or a word opening another clause.
     */
    static int verbAfter(int[] verbs, int w, int n) {
        int verb = 0;
        for (int j = w + 1; j < Math.min(n, w + VERB_REACH) && verb == 0; j++) {
            verb = verbs[j];
        }
        return verb == CLAUSE ? 0 : verb;
    }

    /**
     * The same question without a bracket: the opening sentence's subject runs from boundary k to the first
     * form of "be" or "have" ("Proving Shannon-type entropy inequalities is ..."), its head the word before
     * the first article or preposition ("Finetuning Large Vision-Language Models with reinforcement learning
     * has"). A code for whether word k is a capitalised "-ing" word, whether the head is plural, the verb's
     * number and the subject's length; 0 when a comma, a clause word or the reach comes first. Most
     * abstracts open this way, so the grammar is learned from many more papers than the bracketed case.
     */
    static int opening(Tokens t, int[] verbs, int k) {
        int n = t.size;
        int head = -1;
        for (int j = k; j < Math.min(n, k + VERB_REACH); j++) {
            int v = verbs[j];
            if (v == 1 || v == 2) {
                if (j == k) {
                    return 0;
                }
                int h = head < 0 ? j - 1 : head;
                // "Large Language Models (LLMs) is": the bracket stands for the noun before it
                int noun = t.bracketed[h] && h > k ? h - 1 : h;
                int gerund = t.shape[k] == Tokens.CAP && endsWith(t, k, "ing") ? 1 : 0;
                int plural = endsWith(t, noun, "s") && !endsWith(t, noun, "ss") ? 1 : 0;
                return 1 + ((gerund * 2 + plural) * 2 + v - 1) * 4 + Math.min(h - k, 3);
            }
            if (v == CLAUSE) {
                return 0;
            }
            if (head < 0 && t.shape[j] == Tokens.SMALL) {
                if (j == k) {
                    return 0;
                }
                head = j - 1;
            }
        }
        return 0;
    }

    /** The word's letters (before trailing punctuation and closing wrappers) end with this lower-case ending. */
    static boolean endsWith(Tokens t, int w, String ending) {
        int to = t.end[w];
        while (to > t.start[w] && !Character.isLetterOrDigit(t.text.charAt(to - 1))) {
            to--;
        }
        int from = to - ending.length();
        return from >= t.start[w] && t.text.regionMatches(true, from, ending, 0, ending.length());
    }
}
