package org.lectern.families;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Names a topic after the phrases that set its papers apart, and lists the words that justify it. */
public final class ProposalNamer {

    /** A readable name and the top weighted words behind it. */
    public record Naming(String name, List<String> reason) {
    }

    private final int reasonWords;

    /** @param reasonWords how many words to give as the reason */
    public ProposalNamer(int reasonWords) {
        this.reasonWords = reasonWords;
    }

    /**
     * Names the cluster {@code members} (indices into {@code vectors}). A term's weight is its mean tf-idf
     * inside the cluster minus its mean outside, so words every topic uses do not name any of them.
     */
    public Naming name(int[] members, List<SparseVector> vectors, double[] corpusSum, TfIdf tfidf) {
        double[] inside = new double[tfidf.size()];
        for (int i : members) {
            vectors.get(i).addTo(inside, 1.0);
        }
        int n = vectors.size();
        int m = members.length;
        Integer[] order = new Integer[inside.length];
        double[] score = new double[inside.length];
        for (int t = 0; t < inside.length; t++) {
            order[t] = t;
            double in = inside[t] / m;
            double out = n > m ? (corpusSum[t] - inside[t]) / (n - m) : 0;
            score[t] = in - out;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
        List<String> reason = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < order.length && reason.size() < reasonWords; k++) {
            int t = order[k];
            if (score[t] <= 0) {
                break;
            }
            String key = tfidf.term(t);
            // "audio generation" already says "audio": do not spend a reason slot on a part of a shown phrase
            if (keys.stream().anyMatch(s -> contains(s, key) || contains(key, s))) {
                continue;
            }
            keys.add(key);
            reason.add(tfidf.surface(t));
        }
        return new Naming(title(order, score, tfidf), reason);
    }

    /** The best phrase: a two-word phrase when it is nearly as distinctive as the best single word. */
    private static String title(Integer[] order, double[] score, TfIdf tfidf) {
        if (order.length == 0 || score[order[0]] <= 0) {
            return "Untitled topic";
        }
        int best = order[0];
        for (int k = 0; k < Math.min(order.length, 10); k++) {
            int t = order[k];
            if (tfidf.term(t).indexOf(' ') > 0 && score[t] >= 0.6 * score[best]) {
                best = t;
                break;
            }
        }
        return capitalise(tfidf.surface(best));
    }

    private static boolean contains(String phrase, String word) {
        return !phrase.equals(word) && (" " + phrase + " ").contains(" " + word + " ");
    }

    private static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
