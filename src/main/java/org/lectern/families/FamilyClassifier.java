package org.lectern.families;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps families current: one linear model per family, trained on its members, the papers the reader
 * rejected for it and the rest of the library, says which families a new paper may belong to; the paper
 * is placed without asking only when it is also clearly nearer that family than anything else in the
 * library.
 */
public final class FamilyClassifier {

    /**
     * How much higher a paper's average cosine to a family's members must be than to the members of its
     * nearest rival (another family, the papers in no family, the papers the reader refused for this
     * family) for the paper to be placed without asking. On random halves of the dev listing, the papers
     * placed at this margin are right about 96% of the time.
     */
    public static final double PLACE_MARGIN = 0.10;
    /** Probability at or above which a family is suggested, and below which a paper is never placed. */
    public static final double SUGGEST_AT = 0.25;

    // more negatives than this add time, not accuracy: the rest of the library is sampled evenly
    private static final int MAX_NEGATIVES = 3000;
    private static final double LAMBDA = 1e-3;
    private static final int EPOCHS = 8;
    // the vocabulary is fitted on this many papers spread over the library: a term that can name or
    // separate topics is common enough to be among them
    private static final int VOCABULARY_SAMPLE = 4000;
    // papers read and vectorised at a time
    private static final int PAGE = 1000;
    // members and refusals whose vectors are held at once while the families that changed train
    private static final int GROUP = 4000;

    /**
     * @param members the mean of the members' vectors: its dot product with a paper's vector is the paper's
     *                average cosine to the members
     * @param refused the same for the papers the reader refused for the family (empty when none)
     */
    record Trained(FamilyExamples family, LinearModel model, SparseVector members, SparseVector refused) {
    }

    private final TfIdf tfidf;
    private final List<Trained> models;
    // the mean of the papers in no family: a paper as near to them as to a family may be of a topic the
    // reader has no family for yet
    private final SparseVector outside;

    private FamilyClassifier(TfIdf tfidf, List<Trained> models, SparseVector outside) {
        this.tfidf = tfidf;
        this.models = models;
        this.outside = outside;
    }

    /**
     * Trains one model per family. {@code corpus} is the library the families were made from; members and
     * rejected papers are looked up in it by id (ids not in it are ignored).
     */
    public static FamilyClassifier train(List<FamilyExamples> families, List<Document> corpus) {
        return train(families, corpus, new ClassifierCache());
    }

    /** Trains as {@link #train(List, Corpus, ClassifierCache)} on a corpus already in memory. */
    public static FamilyClassifier train(List<FamilyExamples> families, List<Document> corpus, ClassifierCache cache) {
        return train(families, Corpus.of(corpus), cache);
    }

    /**
     * Trains one model per family, reading {@code corpus} a page at a time and reusing what {@code cache}
     * kept from the last training: the vocabulary while the library has not grown or shrunk by more than a
     * quarter since it was fitted, and the model of every family whose members and refusals are unchanged.
     * Only the families that changed are trained again, and only their papers' vectors are kept while they
     * train.
     */
    public static FamilyClassifier train(List<FamilyExamples> families, Corpus corpus, ClassifierCache cache) {
        return train(families, corpus, cache, PAGE);
    }

    static FamilyClassifier train(List<FamilyExamples> families, Corpus corpus, ClassifierCache cache, int pageSize) {
        return train(families, corpus, cache, pageSize, GROUP, MAX_NEGATIVES);
    }

    /**
     * Trains reading pages of {@code pageSize} papers, the families that changed in groups of at most
     * {@code groupSize} examples, with a negative sample of about {@code maxNegatives} papers.
     */
    static FamilyClassifier train(List<FamilyExamples> families, Corpus corpus, ClassifierCache cache, int pageSize,
                                  int groupSize, int maxNegatives) {
        synchronized (cache) {
            long[] ids = corpus.ids();
            TfIdf tfidf = cache.vocabulary(ids.length, () -> TfIdf.fit(
                    TrainingVectors.sample(corpus, spread(ids, VOCABULARY_SAMPLE), pageSize), new Tokenizer(), 2, 0.5));
            int dims = tfidf.size();
            List<FamilyExamples> stale = families.stream().filter(cache::stale).toList();
            // one sample of the library, spread evenly over it, is every family's negatives
            long[] negatives = stale.isEmpty() ? new long[0] : every(ids, Math.max(1, ids.length / maxNegatives));
            Set<Long> wanted = new HashSet<>();
            for (long id : negatives) {
                wanted.add(id);
            }
            Set<Long> inAFamily = new HashSet<>();
            families.forEach(f -> inAFamily.addAll(f.members()));
            TrainingVectors shared = TrainingVectors.read(corpus, ids, tfidf, wanted, inAFamily, pageSize);
            // the families that changed train a group at a time, each group reading its own members and
            // refusals again: a group's vectors are dropped before the next group's are read
            long[] inCorpus = ids.clone();
            Arrays.sort(inCorpus);
            for (List<FamilyExamples> group : groups(stale, groupSize)) {
                TrainingVectors vectors = shared.with(corpus, examplesIn(group, inCorpus), tfidf, pageSize);
                group.parallelStream().forEach(f -> cache.model(f, () -> new Trained(f, trainOne(f, vectors, negatives, dims),
                        vectors.mean(f.members(), dims), vectors.mean(f.rejected(), dims))));
            }
            List<Trained> models = families.stream()
                    .map(f -> cache.model(f, () -> {
                        throw new IllegalStateException("family " + f.familyId() + " was not trained");
                    }))
                    .toList();
            cache.keepOnly(families);
            return new FamilyClassifier(tfidf, models, shared.outside());
        }
    }

    /** {@code families} in their order, cut into groups of at most {@code size} members and refusals (or one family). */
    private static List<List<FamilyExamples>> groups(List<FamilyExamples> families, int size) {
        List<List<FamilyExamples>> out = new ArrayList<>();
        List<FamilyExamples> group = new ArrayList<>();
        int papers = 0;
        for (FamilyExamples f : families) {
            if (!group.isEmpty() && papers + f.members().size() + f.rejected().size() > size) {
                out.add(group);
                group = new ArrayList<>();
                papers = 0;
            }
            group.add(f);
            papers += f.members().size() + f.rejected().size();
        }
        if (!group.isEmpty()) out.add(group);
        return out;
    }

    /** The members and refusals of {@code group} that are in the corpus ({@code inCorpus}, sorted), each once, sorted. */
    private static long[] examplesIn(List<FamilyExamples> group, long[] inCorpus) {
        return group.stream()
                .flatMap(f -> java.util.stream.Stream.concat(f.members().stream(), f.rejected().stream()))
                .mapToLong(Long::longValue)
                .filter(id -> Arrays.binarySearch(inCorpus, id) >= 0)
                .sorted().distinct().toArray();
    }

    /** At most {@code k} of {@code ids}, spread evenly over them, in their order. */
    private static long[] spread(long[] ids, int k) {
        return ids.length <= k ? ids
                : java.util.stream.IntStream.range(0, k).mapToLong(i -> ids[(int) ((long) i * ids.length / k)]).toArray();
    }

    /** Every {@code step}-th of {@code ids}, from the first. */
    private static long[] every(long[] ids, int step) {
        long[] out = new long[(ids.length + step - 1) / step];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids[i * step];
        }
        return out;
    }

    private static LinearModel trainOne(FamilyExamples f, TrainingVectors vectors, long[] sample, int dims) {
        Set<Long> members = new HashSet<>(f.members());
        Set<Long> rejected = new HashSet<>(f.rejected());
        List<LinearModel.Example> examples = new ArrayList<>();
        for (long id : members) {
            SparseVector v = vectors.get(id);
            if (v != null) {
                examples.add(new LinearModel.Example(v, true, 1.0));
            }
        }
        int positives = examples.size();
        for (long id : rejected) {
            SparseVector v = vectors.get(id);
            if (v != null && !members.contains(id)) {
                // the reader said no to these: they are the negatives that matter most
                examples.add(new LinearModel.Example(v, false, 3.0));
            }
        }
        int negatives = 0;
        for (long id : sample) {
            SparseVector v = vectors.get(id);
            if (v != null && !members.contains(id) && !rejected.contains(id)) {
                examples.add(new LinearModel.Example(v, false, 1.0));
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
     * The families {@code doc} may belong to, placements first, each by score. A title carrying a model
     * family's name is placed in it. Otherwise a family whose model gives the paper at least
     * {@link #SUGGEST_AT} is suggested, or, for a topic, placed when the paper is nearer its members than
     * any rival's by {@link #PLACE_MARGIN}: the models are trained one family at a time, and a paper two
     * families fit about as well is for the reader to judge. A model family is its name: a paper without
     * the name is only suggested.
     */
    public List<Placement> classify(Document doc) {
        SparseVector x = tfidf.vector(doc);
        // the two families nearest the paper (among those the reader has not refused it for): every
        // family's nearest rival family is one of them
        double[] near = new double[models.size()];
        int first = -1;
        int second = -1;
        for (int i = 0; i < models.size(); i++) {
            if (models.get(i).family().rejected().contains(doc.id())) {
                continue;
            }
            near[i] = x.dot(models.get(i).members());
            if (first < 0 || near[i] > near[first]) {
                second = first;
                first = i;
            } else if (second < 0 || near[i] > near[second]) {
                second = i;
            }
        }
        double nearOutside = x.dot(outside);
        List<Placement> out = new ArrayList<>();
        for (int i = 0; i < models.size(); i++) {
            Trained t = models.get(i);
            FamilyExamples f = t.family();
            if (f.rejected().contains(doc.id())) {
                continue;
            }
            boolean model = "model".equals(f.kind());
            if (model && ModelNameDetector.titleCarries(doc.title(), f.name())) {
                out.add(new Placement(f.familyId(), 1.0, Decision.PLACE));
                continue;
            }
            double p = t.model().probability(x);
            if (p < SUGGEST_AT) {
                continue;
            }
            int other = i == first ? second : first;
            double rival = Math.max(nearOutside, x.dot(t.refused()));
            if (other >= 0) {
                rival = Math.max(rival, near[other]);
            }
            boolean clear = !model && near[i] - rival >= PLACE_MARGIN;
            out.add(new Placement(f.familyId(), p, clear ? Decision.PLACE : Decision.SUGGEST));
        }
        out.sort(Comparator.comparing(Placement::decision)
                .thenComparing(Comparator.comparingDouble(Placement::score).reversed()));
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
