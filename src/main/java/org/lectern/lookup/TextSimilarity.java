package org.lectern.lookup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two texts are, once case, accents, punctuation and spacing are taken out: a title is
 * compared by its words, a whole text (title and abstract) by the cosine of its word and word-pair
 * counts, so the way a listing split title from abstract does not matter.
 */
final class TextSimilarity {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextSimilarity() {
    }

    /** The text's words, lower-cased, without accents or punctuation. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) return List.of();
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(plain)) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** Dice coefficient of the two word sets: 1 for the same words, 0 for none in common. */
    static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> sa = new HashSet<>(a);
        Set<String> sb = new HashSet<>(b);
        int common = 0;
        for (String w : sa) if (sb.contains(w)) common++;
        return 2.0 * common / (sa.size() + sb.size());
    }

    /**
     * How far {@code text} begins with {@code title}: the share of the title's words found among the
     * text's first words (a few more than the title has). A title the listing ran into its abstract,
     * or cut short, still begins the paper's whole text.
     */
    static double begins(List<String> title, List<String> text) {
        if (title.isEmpty() || text.isEmpty()) return 0;
        Set<String> head = new HashSet<>(text.subList(0, Math.min(text.size(), title.size() + 2)));
        Set<String> t = new HashSet<>(title);
        int found = 0;
        for (String w : t) if (head.contains(w)) found++;
        return (double) found / t.size();
    }

    /** Cosine of the word and adjacent-word-pair counts; words of one or two letters are left out as noise. */
    static double cosine(List<String> a, List<String> b) {
        Map<String, Integer> va = terms(a);
        Map<String, Integer> vb = terms(b);
        if (va.isEmpty() || vb.isEmpty()) return 0;
        double dot = 0;
        for (Map.Entry<String, Integer> e : va.entrySet()) {
            Integer o = vb.get(e.getKey());
            if (o != null) dot += (double) e.getValue() * o;
        }
        return dot / (norm(va) * norm(vb));
    }

    private static Map<String, Integer> terms(List<String> words) {
        Map<String, Integer> out = new HashMap<>();
        String previous = null;
        for (String w : words) {
            if (w.length() > 2) out.merge(w, 1, Integer::sum);
            if (previous != null) out.merge(previous + ' ' + w, 1, Integer::sum);
            previous = w;
        }
        return out;
    }

    private static double norm(Map<String, Integer> v) {
        double s = 0;
        for (int n : v.values()) s += (double) n * n;
        return Math.sqrt(s);
    }
}
