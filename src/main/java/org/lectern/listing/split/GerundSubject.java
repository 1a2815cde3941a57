package org.lectern.listing.split;

/**
 * A check of the chosen split by the opening sentence's grammar, after the second stage. When the two likeliest
 * boundaries are either side of a capitalised "-ing" word and a capitalised run that a bracketed acronym spells
 * out follows it ("… | Pretraining | Large Language Models (LLMs) on large corpora is"), the number of the first
 * form of "be" or "have" after the bracket tells which boundary is grammatical: with a plural run ("Models",
 * "(LLMs)") a singular verb needs a gerund subject, so the "-ing" word opens the abstract; a plural verb agrees
 * with the run itself, so the "-ing" word ends the title. English grammar only, no vocabulary: nothing is
 * decided when the run is singular, since a gerund and a singular noun take the same verb.
 */
final class GerundSubject {
    private GerundSubject() {
    }

    /**
     * Moves the scored run's choice to the other of its two likeliest boundaries when the grammar says so,
     * swapping their probabilities (the chosen boundary stays the most likely); returns whether it did.
     */
    static boolean check(Tokens t, Splitter.Scores s) {
        int second = -1;
        for (int c = 0; c < s.candidates; c++) {
            if (c != s.best && (second < 0 || s.p[c] > s.p[second])) {
                second = c;
            }
        }
        if (second < 0 || Math.abs(second - s.best) != 1) {
            return false;
        }
        int early = Math.min(second, s.best);
        int late = early + 1;
        int verdict = verdict(t, early + 1);
        int chosen = verdict == 1 ? early : verdict == 2 ? late : s.best;
        if (chosen == s.best) {
            return false;
        }
        double p = s.p[early];
        s.p[early] = s.p[late];
        s.p[late] = p;
        s.best = chosen;
        return true;
    }

    /**
     * What the grammar says of word k: 1 it opens the abstract (a gerund subject), 2 it ends the title, 0 the
     * sentence does not tell.
     */
    static int verdict(Tokens t, int k) {
        int n = t.size;
        if (k + 2 >= n || t.shape[k] != Tokens.CAP || t.ending[k] != Tokens.END_NONE || !Agreement.endsWith(t, k, "ing")
                || (t.shape[k + 1] != Tokens.CAP && t.shape[k + 1] != Tokens.UPPER)) {
            return 0;
        }
        int bracket = -1;
        int head = -1;
        for (int j = k + 1; j < Math.min(n, k + 1 + Agreement.BRACKET_REACH); j++) {
            if (t.bracketed[j] && t.capitals[j] >= 2) {
                bracket = j;
                break;
            }
            int shape = t.shape[j];
            if (shape == Tokens.SMALL) {
                // "Reinforcement Learning with Verifiable Rewards (RLVR)": the head is the word before the preposition
                head = head < 0 ? j - 1 : head;
            } else if (shape != Tokens.CAP && shape != Tokens.UPPER || t.ending[j] != Tokens.END_NONE) {
                return 0;
            }
        }
        if (bracket < 0 || Acronyms.expansionOf(t, bracket) != k + 1) {
            return 0;
        }
        boolean plural = head < 0 ? pluralAcronym(t, bracket) || pluralNoun(t, bracket - 1) : pluralNoun(t, head);
        if (!plural || bracket + 1 >= n) {
            return 0;
        }
        int[] verbs = Agreement.verbNumbers(t);
        // the run must be the subject: the verb comes right after the bracket, or after a phrase that a
        // function word opens ("(LLMs) on large corpora is"); "(LLMs) deployment is" has another subject
        boolean subject = verbs[bracket + 1] == 1 || verbs[bracket + 1] == 2 || t.shape[bracket + 1] == Tokens.SMALL;
        return subject ? Agreement.verbAfter(verbs, bracket, n) : 0;
    }

    /** "(LLMs)": the acronym's last letter a lower-case "s" after a capital. */
    private static boolean pluralAcronym(Tokens t, int w) {
        int to = t.end[w];
        while (to > t.start[w] && !Character.isLetterOrDigit(t.text.charAt(to - 1))) {
            to--;
        }
        return to - t.start[w] >= 3 && t.text.charAt(to - 1) == 's' && Character.isUpperCase(t.text.charAt(to - 2));
    }

    /**
     * A noun's plural "-s", not the "-ss", "-us", "-is" or "-ics" of a singular one ("Process", "Corpus",
     * "Analysis", "Dynamics").
     */
    private static boolean pluralNoun(Tokens t, int w) {
        return Agreement.endsWith(t, w, "s") && !Agreement.endsWith(t, w, "ss") && !Agreement.endsWith(t, w, "us")
                && !Agreement.endsWith(t, w, "is") && !Agreement.endsWith(t, w, "ics");
    }
}
