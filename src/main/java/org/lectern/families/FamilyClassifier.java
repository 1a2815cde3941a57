package org.lectern.families;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps families current: one linear model per family, trained on its members, the papers the reader
 * rejected for it and the rest of the library, says which families a new paper belongs to.
 */
public final class FamilyClassifier {

    /** Probability at or above which a paper is placed without asking. */
    public static final double PLACE_AT = 0.5;
    /** Probability at or above which a family is suggested. */
    public static final double SUGGEST_AT = 0.25;

    // more negatives than this add time, not accuracy: the rest of the library is sampled evenly
    private static final int MAX_NEGATIVES = 3000;
    private static final double LAMBDA = 1e-3;
    private static final int EPOCHS = 8;

    private record Trained(FamilyExamples family, LinearModel model) {
    }

    private final TfIdf tfidf;
    private final List<Trained> models;

    private FamilyClassifier(TfIdf tfidf, List<Trained> models) {
        this.tfidf = tfidf;
        this.models = models;
    }

    /**
     * Trains one model per family. {@code corpus} is the library the families were made from; members and
     * rejected papers are looked up in it by id (ids not in it are ignored).
     */
    public static FamilyClassifier train(List<FamilyExamples> families, List<Document> corpus) {
        TfIdf tfidf = TfIdf.fit(corpus, new Tokenizer(), 2, 0.5);
        List<SparseVector> vectors = corpus.parallelStream().map(tfidf::vector).toList();
        Map<Long, Integer> row = new HashMap<>();
        for (int i = 0; i < corpus.size(); i++) {
            row.put(corpus.get(i).id(), i);
        }
        List<Trained> models = families.parallelStream()
                .map(f -> new Trained(f, trainOne(f, vectors, corpus, row, tfidf.size())))
                .toList();
        return new FamilyClassifier(tfidf, models);
    }

    private static LinearModel trainOne(FamilyExamples f, List<SparseVector> vectors, List<Document> corpus,
                                        Map<Long, Integer> row, int dims) {
        Set<Long> members = new HashSet<>(f.members());
        Set<Long> rejected = new HashSet<>(f.rejected());
        List<LinearModel.Example> examples = new ArrayList<>();
        for (long id : members) {
            Integer i = row.get(id);
            if (i != null) {
                examples.add(new LinearModel.Example(vectors.get(i), true, 1.0));
            }
        }
        int positives = examples.size();
        for (long id : rejected) {
            Integer i = row.get(id);
            if (i != null && !members.contains(id)) {
                // the reader said no to these: they are the negatives that matter most
                examples.add(new LinearModel.Example(vectors.get(i), false, 3.0));
            }
        }
        int others = corpus.size() - positives - rejected.size();
        int step = Math.max(1, others / MAX_NEGATIVES);
        int negatives = 0;
        for (int i = 0; i < corpus.size(); i += 1) {
            long id = corpus.get(i).id();
            if (!members.contains(id) && !rejected.contains(id) && (i % step == 0)) {
                examples.add(new LinearModel.Example(vectors.get(i), false, 1.0));
                negatives++;
            }
        }
        // positives are few: weight them up to count like the negatives, but not beyond 5x, which makes
        // the model place anything faintly similar
        double up = positives == 0 ? 1 : Math.min(5.0, Math.max(1.0, (double) negatives / positives / 4));
        List<LinearModel.Example> weighted = new ArrayList<>(examples.size());
        for (LinearModel.Example e : examples) {
            weighted.add(e.positive() ? new LinearModel.Example(e.x(), true, up) : e);
        }
        return LinearModel.train(weighted, dims, LAMBDA, EPOCHS, f.familyId());
    }

    /**
     * The families {@code doc} belongs to, best first: PLACE at or above {@link #PLACE_AT}, SUGGEST at or
     * above {@link #SUGGEST_AT}. A title carrying a model family's name is always placed in it.
     */
    public List<Placement> classify(Document doc) {
        SparseVector x = tfidf.vector(doc);
        List<Placement> out = new ArrayList<>();
        for (Trained t : models) {
            FamilyExamples f = t.family();
            if (f.rejected().contains(doc.id())) {
                continue;
            }
            if ("model".equals(f.kind()) && ModelNameDetector.titleCarries(doc.title(), f.name())) {
                out.add(new Placement(f.familyId(), 1.0, Decision.PLACE));
                continue;
            }
            double p = t.model().probability(x);
            if (p >= PLACE_AT) {
                out.add(new Placement(f.familyId(), p, Decision.PLACE));
            } else if (p >= SUGGEST_AT) {
                out.add(new Placement(f.familyId(), p, Decision.SUGGEST));
            }
        }
        out.sort(Comparator.comparingDouble(Placement::score).reversed());
        return out;
    }

    /** The words that weigh most for {@code familyId}, to show why papers are placed there. */
    public List<String> topWords(long familyId, int k) {
        for (Trained t : models) {
            if (t.family().familyId() == familyId) {
                SparseVector w = t.model().weights();
                Integer[] order = new Integer[w.size()];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (a, b) -> Float.compare(w.values()[b], w.values()[a]));
                List<String> out = new ArrayList<>();
                for (int i = 0; i < Math.min(k, order.length) && w.values()[order[i]] > 0; i++) {
                    out.add(tfidf.term(w.indices()[order[i]]));
                }
                return out;
            }
        }
        return List.of();
    }
}
