package org.lectern.families;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Names a topic after the phrases that set its papers apart, and lists the words that justify it. */
public final class ProposalNamer {

    /** A readable name and the top weighted words behind it. */
    public record Naming(String name, List<String> reason) {
    }

    private static final int CANDIDATES = 40;

    private final int reasonWords;

    /** @param reasonWords how many words to give as the reason */
    public ProposalNamer(int reasonWords) {
        this.reasonWords = reasonWords;
    }

    /**
     * Names the cluster {@code members} (indices into {@code docs} and {@code vectors}). A term scores by how
     * much more weight it has inside than outside (so words every topic uses name none of them) times how
     * much more often members use it than others (so a word two members repeat does not name all of them).
     */
    public Naming name(int[] members, List<Document> docs, List<SparseVector> vectors, double[] corpusSum,
                       TfIdf tfidf) {
        double[] inside = new double[tfidf.size()];
        int[] insideDf = new int[tfidf.size()];
        for (int i : members) {
            SparseVector v = vectors.get(i);
            v.addTo(inside, 1.0);
            for (int t : v.indices()) {
                insideDf[t]++;
            }
        }
        int n = vectors.size();
        int m = members.length;
        double[] score = new double[inside.length];
        for (int t = 0; t < inside.length; t++) {
            double weightOut = n > m ? (corpusSum[t] - inside[t]) / (n - m) : 0;
            double shareOut = n > m ? (double) (tfidf.docFreq(t) - insideDf[t]) / (n - m) : 0;
            double weight = inside[t] / m - weightOut;
            double share = (double) insideDf[t] / m - shareOut;
            score[t] = weight > 0 && share > 0 ? weight * share : 0;
        }
        int[] top = topTerms(score, CANDIDATES);
        Map<String, String> spelling = spellings(members, docs, tfidf, top);
        List<String> reason = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int t : top) {
            if (reason.size() >= reasonWords) {
                break;
            }
            String key = tfidf.term(t);
            // "audio generation" already says "audio": do not spend a reason slot on a part of a shown phrase
            if (shown.stream().anyMatch(s -> overlaps(s, key))) {
                continue;
            }
            shown.add(key);
            reason.add(spelling.get(key));
        }
        return new Naming(title(top, score, tfidf, spelling), reason);
    }

    /** The k best-scoring terms, best first, by one pass with a small heap: the vocabulary can be large. */
    private static int[] topTerms(double[] score, int k) {
        java.util.PriorityQueue<Integer> heap = new java.util.PriorityQueue<>(
                (a, b) -> score[a] != score[b] ? Double.compare(score[a], score[b]) : Integer.compare(b, a));
        for (int t = 0; t < score.length; t++) {
            if (score[t] > 0 && (heap.size() < k || score[t] > score[heap.peek()])) {
                heap.add(t);
                if (heap.size() > k) {
                    heap.poll();
                }
            }
        }
        int[] out = new int[heap.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = heap.poll();
        }
        return out;
    }

    /**
     * The best term, or a phrase holding it ("audio" → "audio generation", "device" → "on-device") when that
     * phrase is at least half as distinctive: phrases read as names, single words often do not.
     */
    private static String title(int[] top, double[] score, TfIdf tfidf, Map<String, String> spelling) {
        if (top.length == 0) {
            return "Untitled topic";
        }
        String best = tfidf.term(top[0]);
        String name = best;
        for (int k = 1; k < Math.min(top.length, 10); k++) {
            String key = tfidf.term(top[k]);
            if (overlaps(key, best) && key.length() > best.length() && score[top[k]] >= 0.5 * score[top[0]]) {
                name = key;
                break;
            }
        }
        return capitalise(spelling.get(name));
    }

    /** Whether one phrase holds the other as a word or a hyphen part. */
    private static boolean overlaps(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        String wa = " " + a.replace('-', ' ') + " ";
        String wb = " " + b.replace('-', ' ') + " ";
        return wa.contains(wb) || wb.contains(wa);
    }

    /**
     * How the members spell each candidate term, commonest first; lower case wins ties and titles count
     * once, because title case ("Audio Generation") is not how the words are written.
     */
    private static Map<String, String> spellings(int[] members, List<Document> docs, TfIdf tfidf, int[] top) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (int t : top) {
            counts.put(tfidf.term(t), new HashMap<>());
        }
        Tokenizer tokenizer = tfidf.tokenizer();
        for (int i : members) {
            Document d = docs.get(i);
            String text = (d.title() == null ? "" : d.title()) + " . " + (d.abstractText() == null ? "" : d.abstractText());
            for (Tokenizer.Term term : tokenizer.terms(text)) {
                Map<String, Integer> c = counts.get(term.key());
                if (c != null) {
                    c.merge(term.surface(), 1, Integer::sum);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            String best = e.getKey();
            int bestCount = 0;
            for (Map.Entry<String, Integer> s : e.getValue().entrySet()) {
                int c = s.getValue();
                boolean lower = s.getKey().equals(s.getKey().toLowerCase(Locale.ROOT));
                if (c > bestCount || (c == bestCount && lower)) {
                    best = s.getKey();
                    bestCount = c;
                }
            }
            out.put(e.getKey(), best);
        }
        return out;
    }

    private static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
