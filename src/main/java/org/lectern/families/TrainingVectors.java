package org.lectern.families;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a corpus, a page at a time, keeping the vectors training needs (members, refusals, the
 * negative sample) and adding up the papers in no family as they go by: the texts of a page are dropped
 * before the next is read.
 */
final class TrainingVectors {

    private final Map<Long, SparseVector> kept;
    private final SparseVector outside;

    private TrainingVectors(Map<Long, SparseVector> kept, SparseVector outside) {
        this.kept = kept;
        this.outside = outside;
    }

    /**
     * Reads {@code corpus} in pages of {@code pageSize}, vectorising with {@code tfidf}; keeps the vectors of
     * {@code wanted}, and the mean of the papers not in {@code inAFamily}.
     */
    static TrainingVectors read(Corpus corpus, long[] ids, TfIdf tfidf, Set<Long> wanted, Set<Long> inAFamily,
                                int pageSize) {
        Map<Long, SparseVector> kept = new HashMap<>(Math.max(16, wanted.size() * 2));
        double[] sum = new double[tfidf.size()];
        int outside = 0;
        for (int from = 0; from < ids.length; from += pageSize) {
            List<Document> page = corpus.read(Arrays.copyOfRange(ids, from, Math.min(ids.length, from + pageSize)));
            List<SparseVector> vectors = page.parallelStream().map(tfidf::vector).toList();
            for (int j = 0; j < page.size(); j++) {
                long id = page.get(j).id();
                if (!inAFamily.contains(id)) {
                    vectors.get(j).addTo(sum, 1.0);
                    outside++;
                }
                if (wanted.contains(id)) {
                    kept.put(id, vectors.get(j));
                }
            }
        }
        return new TrainingVectors(kept, mean(sum, outside));
    }

    /** The papers at these positions of {@code ids}, read in pages of {@code pageSize}. */
    static List<Document> sample(Corpus corpus, long[] ids, int pageSize) {
        List<Document> out = new ArrayList<>(ids.length);
        for (int from = 0; from < ids.length; from += pageSize) {
            out.addAll(corpus.read(Arrays.copyOfRange(ids, from, Math.min(ids.length, from + pageSize))));
        }
        return out;
    }

    /** The paper's vector, or null when it is not in the corpus or was not asked for. */
    SparseVector get(long id) {
        return kept.get(id);
    }

    /** The mean of the papers in no family; empty when there are none. */
    SparseVector outside() {
        return outside;
    }

    /** The mean of the vectors of {@code ids} that were kept; empty when there are none. */
    SparseVector mean(List<Long> ids, int dims) {
        double[] sum = new double[dims];
        int n = 0;
        for (long id : ids) {
            SparseVector v = kept.get(id);
            if (v != null) {
                v.addTo(sum, 1.0);
                n++;
            }
        }
        return mean(sum, n);
    }

    private static SparseVector mean(double[] sum, int n) {
        return n == 0 ? SparseVector.EMPTY : SparseVector.ofDense(sum, 1.0 / n);
    }
}
