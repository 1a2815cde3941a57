package org.lectern.families;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A tf-idf vocabulary fitted on a corpus: sublinear tf, smoothed idf, unit-length vectors. */
public final class TfIdf {

    private final Tokenizer tokenizer;
    private final Map<String, Integer> index;
    private final String[] terms;
    private final float[] idf;
    private final int[] docFreq;
    private final int docCount;

    private TfIdf(Tokenizer tokenizer, Map<String, Integer> index, String[] terms, float[] idf, int[] docFreq,
                  int docCount) {
        this.tokenizer = tokenizer;
        this.index = index;
        this.terms = terms;
        this.idf = idf;
        this.docFreq = docFreq;
        this.docCount = docCount;
    }

    /** The text a paper is judged by: the title counts twice because it is the author's own summary. */
    static String text(Document d) {
        String t = d.title() == null ? "" : d.title();
        String a = d.abstractText() == null ? "" : d.abstractText();
        return t + " . " + t + " . " + a;
    }

    /**
     * Fits the vocabulary on {@code docs}. Terms in fewer than {@code minDf} papers cannot group papers,
     * and terms in more than {@code maxDfShare} of them cannot tell groups apart; both are dropped.
     */
    public static TfIdf fit(List<Document> docs, Tokenizer tokenizer, int minDf, double maxDfShare) {
        return fit(docs, tokenizer, minDf, maxDfShare, Integer.MAX_VALUE);
    }

    /**
     * Fits the vocabulary on at most {@code sampleSize} papers spread evenly over {@code docs}: a term that
     * can name or separate topics is common enough to be in the sample, and reading every paper twice
     * (once to count, once to weigh) is most of the cost of organizing a large library.
     */
    public static TfIdf fit(List<Document> docs, Tokenizer tokenizer, int minDf, double maxDfShare, int sampleSize) {
        if (docs.size() > sampleSize) {
            List<Document> sample = new ArrayList<>(sampleSize);
            for (int i = 0; i < sampleSize; i++) {
                sample.add(docs.get((int) ((long) i * docs.size() / sampleSize)));
            }
            docs = sample;
        }
        Map<String, int[]> df = docs.parallelStream().collect(HashMap::new, (acc, d) -> {
            Set<String> seen = new HashSet<>();
            seen.addAll(tokenizer.keys(text(d)));
            for (String key : seen) {
                acc.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }, (a, b) -> b.forEach((k, v) -> a.computeIfAbsent(k, x -> new int[1])[0] += v[0]));
        int n = docs.size();
        int maxDf = Math.max(minDf, (int) Math.floor(maxDfShare * n));
        List<String> kept = new ArrayList<>();
        for (Map.Entry<String, int[]> e : df.entrySet()) {
            int f = e.getValue()[0];
            if (f >= minDf && f <= maxDf) {
                kept.add(e.getKey());
            }
        }
        kept.sort(null);
        Map<String, Integer> index = new HashMap<>(kept.size() * 2);
        String[] terms = kept.toArray(new String[0]);
        float[] idf = new float[terms.length];
        int[] freq = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            index.put(terms[i], i);
            int f = df.get(terms[i])[0];
            freq[i] = f;
            idf[i] = (float) (Math.log((1.0 + n) / (1.0 + f)) + 1.0);
        }
        return new TfIdf(tokenizer, index, terms, idf, freq, n);
    }

    /** The unit-length tf-idf vector of a paper; terms outside the vocabulary are ignored. */
    public SparseVector vector(Document d) {
        List<String> found = tokenizer.keys(text(d));
        int[] ids = new int[found.size()];
        int k = 0;
        for (String key : found) {
            Integer i = index.get(key);
            if (i != null) {
                ids[k++] = i;
            }
        }
        if (k == 0) {
            return SparseVector.EMPTY;
        }
        // sorting the term ids counts them without a map per paper
        Arrays.sort(ids, 0, k);
        int distinct = 0;
        for (int j = 0; j < k; j++) {
            if (j == 0 || ids[j] != ids[j - 1]) {
                distinct++;
            }
        }
        int[] idx = new int[distinct];
        float[] val = new float[distinct];
        int at = -1;
        for (int j = 0; j < k; j++) {
            if (j == 0 || ids[j] != ids[j - 1]) {
                idx[++at] = ids[j];
            }
            val[at]++;
        }
        double norm = 0;
        for (int j = 0; j < distinct; j++) {
            double w = (1.0 + Math.log(val[j])) * idf[idx[j]];
            val[j] = (float) w;
            norm += w * w;
        }
        float inv = (float) (1.0 / Math.sqrt(norm));
        for (int j = 0; j < distinct; j++) {
            val[j] *= inv;
        }
        return new SparseVector(idx, val);
    }

    /** The tokenizer the vocabulary was built with. */
    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** Number of terms in the vocabulary. */
    public int size() {
        return terms.length;
    }

    /** The key of term {@code i}. */
    public String term(int i) {
        return terms[i];
    }

    /** In how many papers term {@code i} occurs. */
    public int docFreq(int i) {
        return docFreq[i];
    }

    /** How many papers the vocabulary was fitted on. */
    public int docCount() {
        return docCount;
    }
}
