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
        return new Naming(title(read, docs, top, score, tfidf, spelling), reason);
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
     * A name the way a reader would write it, taken from the members' own titles: the head is the candidate
     * that is distinctive and carried by the most titles (authors sum up their topic there), widened to the
     * phrase that usually holds it ("audio" → "audio generation"), and preceded by a distinctive modifier
     * that several titles use ("on-device" + "language models"). Terms no title uses can still name a
     * topic, at a tenth of their weight.
     */
    private static String title(int[] members, List<Document> docs, int[] top, double[] score, TfIdf tfidf,
                                Map<String, String> spelling) {
        if (top.length == 0) {
            return "Untitled topic";
        }
        Map<String, Integer> inTitles = titleCounts(members, docs, tfidf.tokenizer());
        int m = members.length;
        double[] named = new double[top.length];
        for (int k = 0; k < top.length; k++) {
            named[k] = score[top[k]] * (0.1 + (double) inTitles.getOrDefault(tfidf.term(top[k]), 0) / m);
        }
        int head = 0;
        for (int k = 1; k < top.length; k++) {
            if (named[k] > named[head]) {
                head = k;
            }
        }
        String name = tfidf.term(top[head]);
        int headTitles = inTitles.getOrDefault(name, 0);
        // the phrase the head word is usually part of, in the titles or in the text as a whole
        String widest = name;
        double widestScore = 0;
        for (int k = 0; k < top.length; k++) {
            String key = tfidf.term(top[k]);
            int n = inTitles.getOrDefault(key, 0);
            boolean titlesSayIt = n >= 2 && n >= 0.6 * headTitles;
            boolean textSaysIt = score[top[k]] >= 0.5 * score[top[head]];
            if (key.length() > name.length() && overlaps(key, name) && (titlesSayIt || textSaysIt)
                    && named[k] > widestScore) {
                widest = key;
                widestScore = named[k];
            }
        }
        name = widest;
        String modifier = null;
        double modifierScore = 0.25 * named[head];
        for (int k = 0; k < top.length; k++) {
            String key = tfidf.term(top[k]);
            if (named[k] >= modifierScore && inTitles.getOrDefault(key, 0) >= Math.max(2, 0.25 * m)
                    && !overlaps(key, name) && !sharesStem(key, name) && modifies(key)) {
                modifier = key;
                modifierScore = named[k];
            }
        }
        String shown = spelling.getOrDefault(name, name);
        if (modifier != null) {
            shown = spelling.getOrDefault(modifier, modifier) + " " + shown;
        }
        return capitalise(sentenceCase(shown));
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

    /** In how many of the members' titles each term occurs. */
    private static Map<String, Integer> titleCounts(int[] members, List<Document> docs, Tokenizer tokenizer) {
        Map<String, Integer> out = new HashMap<>();
        for (int i : members) {
            String t = docs.get(i).title();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Tokenizer.Term term : tokenizer.terms(t)) {
                if (seen.add(term.key())) {
                    out.merge(term.key(), 1, Integer::sum);
                }
            }
        }
        return out;
    }

    // words that read as a modifier before a noun phrase: compounds ("on-device", "zero-shot") and the
    // common adjective endings; a noun in front of a name ("parameter language models") reads badly
    private static final String[] ADJECTIVE_ENDINGS = {"al", "ic", "ive", "ent", "ant", "ous", "able", "ible", "less"};

    private static boolean modifies(String key) {
        if (key.indexOf(' ') >= 0) {
            return false;
        }
        if (key.indexOf('-') > 0) {
            return true;
        }
        if (key.endsWith("ment")) {
            return false;
        }
        for (String e : ADJECTIVE_ENDINGS) {
            if (key.length() > e.length() + 3 && key.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    // "mathematical" adds nothing to "math", nor "efficient" to "efficiency"
    private static boolean sharesStem(String a, String b) {
        for (String w : a.split("[ -]")) {
            for (String v : b.split("[ -]")) {
                int common = Math.min(Math.min(w.length(), v.length()), 4);
                if (w.regionMatches(0, v, 0, common)) {
                    return true;
                }
            }
        }
        return false;
    }

    // a name reads as a phrase, not a title: "Voice Conversion" → "voice conversion"; an acronym or a word
    // with inner capitals ("LLMs", "MoE") keeps them
    private static String sentenceCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String w : s.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean titleWord = w.length() > 1 && Character.isUpperCase(w.charAt(0))
                    && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
            out.append(titleWord ? w.toLowerCase(Locale.ROOT) : w);
        }
        return out.toString();
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
