package org.lectern.families;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Names a topic after the phrases that set its papers apart, and lists the words that justify it. */
public final class ProposalNamer {

    /**
     * A readable name, the top weighted words behind it, and other names it could go by, best first, for
     * when the name is already taken.
     */
    public record Naming(String name, List<String> reason, List<String> alternatives) {
    }

    private static final int CANDIDATES = 40;
    private static final int READ_AT_MOST = 300;

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
                       int[] corpusDf, TfIdf tfidf) {
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
            double shareOut = n > m ? (double) (corpusDf[t] - insideDf[t]) / (n - m) : 0;
            double weight = inside[t] / m - weightOut;
            double share = (double) insideDf[t] / m - shareOut;
            score[t] = weight > 0 && share > 0 ? weight * share : 0;
        }
        int[] top = topTerms(score, CANDIDATES);
        // spellings and title shares are read from the text again: a few hundred members tell them well enough
        int[] read = evenly(members, READ_AT_MOST);
        Map<String, String> spelling = spellings(read, docs, tfidf, top);
        List<Document> readDocs = new ArrayList<>(read.length);
        for (int i : read) {
            readDocs.add(docs.get(i));
        }
        WrittenWords written = new WrittenWords(readDocs);
        List<String> reason = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (int t : top) {
            if (reason.size() >= reasonWords) {
                break;
            }
            String key = tfidf.term(t);
            // "audio generation" already says "audio": do not spend a reason slot on a part of a shown phrase
            if (shown.stream().anyMatch(s -> overlaps(s, key)) || !written.says(spelling.get(key))) {
                continue;
            }
            shown.add(key);
            reason.add(spelling.get(key));
        }
        List<String> names = NameChoice.names(read, docs, top, score, tfidf, spelling, written);
        if (names.isEmpty()) {
            // no phrase the titles carry will do: the first reason that can stand alone, else the first
            String fallback = reason.stream().filter(r -> NameChoice.nameable(r.toLowerCase(Locale.ROOT)))
                    .findFirst().orElse(reason.isEmpty() ? "Untitled topic" : reason.get(0));
            names = List.of(capitalise(NameChoice.sentenceCase(fallback)));
        }
        return new Naming(names.get(0), reason, names.subList(1, names.size()));
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

    private static int[] evenly(int[] members, int k) {
        if (members.length <= k) {
            return members;
        }
        int[] out = new int[k];
        for (int i = 0; i < k; i++) {
            out[i] = members[(int) ((long) i * members.length / k)];
        }
        return out;
    }

    /** Whether one phrase holds the other as a word or a hyphen part. */
    static boolean overlaps(String a, String b) {
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
                boolean bestLower = best.equals(best.toLowerCase(Locale.ROOT));
                // ties: lower case first, then the alphabet, so the same papers always give one spelling
                if (c > bestCount || (c == bestCount && (lower && !bestLower
                        || lower == bestLower && s.getKey().compareTo(best) < 0))) {
                    best = s.getKey();
                    bestCount = c;
                }
            }
            out.put(e.getKey(), best);
        }
        return out;
    }

    static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
