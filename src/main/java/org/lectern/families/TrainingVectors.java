package org.lectern.families;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The vectors training needs, read from a corpus a page at a time: one pass over the whole corpus keeps the
 * negative sample and adds up the papers in no family as they go by; then each group of families being
 * trained reads its own members and refusals, kept only while that group trains. The texts of a page are
 * dropped before the next is read.
 */
final class TrainingVectors {

    private final Map<Long, SparseVector> kept;
    // the vectors every group shares (the negative sample); null in the shared set itself
    private final TrainingVectors shared;
    private final SparseVector outside;

    private TrainingVectors(Map<Long, SparseVector> kept, TrainingVectors shared, SparseVector outside) {
        this.kept = kept;
        this.shared = shared;
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
        int[] outside = {0};
        vectorise(corpus, ids, tfidf, pageSize, (id, v) -> {
            if (!inAFamily.contains(id)) {
                v.addTo(sum, 1.0);
                outside[0]++;
            }
            if (wanted.contains(id)) {
                kept.put(id, v);
            }
        });
        return new TrainingVectors(kept, null, mean(sum, outside[0]));
    }

    /**
     * These vectors and those of {@code more} (papers of the corpus, read in pages of {@code pageSize}): what
     * one group of families trains on. Ids already kept here are not read again.
     */
    TrainingVectors with(Corpus corpus, long[] more, TfIdf tfidf, int pageSize) {
        long[] missing = Arrays.stream(more).filter(id -> !kept.containsKey(id)).toArray();
        Map<Long, SparseVector> group = new HashMap<>(Math.max(16, missing.length * 2));
        vectorise(corpus, missing, tfidf, pageSize, group::put);
        return new TrainingVectors(group, this, outside);
    }

    /** Each paper of {@code ids} with its vector, a page of {@code pageSize} at a time, in the corpus's order. */
    private static void vectorise(Corpus corpus, long[] ids, TfIdf tfidf, int pageSize, BiConsumer<Long, SparseVector> each) {
        for (int from = 0; from < ids.length; from += pageSize) {
            List<Document> page = corpus.read(Arrays.copyOfRange(ids, from, Math.min(ids.length, from + pageSize)));
            List<SparseVector> vectors = page.parallelStream().map(tfidf::vector).toList();
            for (int j = 0; j < page.size(); j++) {
                each.accept(page.get(j).id(), vectors.get(j));
            }
        }
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
        SparseVector v = kept.get(id);
        return v != null || shared == null ? v : shared.get(id);
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
            SparseVector v = get(id);
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
